"""Writing a file so that a failure leaves nothing half-written and an existing file untouched."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import message


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """``write`` into a temporary file beside ``path``, then rename it into place.

    The file gets the permissions any new file would get (``mkstemp`` makes it private).
    On any failure the temporary file is removed and ``path`` stays as it was.
    """
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise HallPlannerError(message("files", "无法写入 {path}:{reason}")
                               .format(path=path, reason=exc.strerror or exc)) from exc
    try:
        with os.fdopen(handle, "wb") as file:
            write(file)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise HallPlannerError(message("files", "无法写入 {path}:{reason}")
                               .format(path=path, reason=exc.strerror or exc)) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
