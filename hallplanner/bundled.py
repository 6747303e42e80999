"""Where the files shipped with HallPlanner are: the sample database and resources.

A wheel carries them inside the package (``_bundled``); a source checkout
(editable install) has them at the top of the repository.
"""

from __future__ import annotations

from pathlib import Path

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import message

PACKAGE_DIR = Path(__file__).resolve().parent
REPOSITORY_DIR = PACKAGE_DIR.parent
SAMPLE_NAME = "xiamen.sqlite"


def _find(relative: str) -> Path:
    for base in (PACKAGE_DIR / "_bundled", REPOSITORY_DIR):
        candidate = base / relative
        if candidate.exists():
            return candidate
    raise HallPlannerError(message("bundled", "安装不完整,找不到随附文件:{file}").format(file=relative))


def sample_database() -> Path:
    """The shipped Xiamen sample; never opened for writing."""
    return _find(f"sample_db/{SAMPLE_NAME}")


def sample_source_dir() -> Path:
    """The sample's text source; only a source checkout has it."""
    return _find("sample_db/source")


def resources_dir() -> Path:
    return _find("resources")


def is_sample_database(path: Path) -> bool:
    """Whether ``path`` is the shipped sample itself (through any link), not a copy of it."""
    try:
        return path.samefile(sample_database())
    except (HallPlannerError, OSError):  # no sample shipped, or no file at ``path``
        return False
