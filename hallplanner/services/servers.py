"""A team's PostgreSQL server: where it is, its password kept where PostgreSQL looks, and copies to and from it.

The password never goes into HallPlanner's settings, nor into a URL that is kept:
it goes into PostgreSQL's own password file (``~/.pgpass``; on Windows
``%APPDATA%\\postgresql\\pgpass.conf``; ``PGPASSFILE`` when set), readable by its
owner only, where the driver (libpq) finds it by itself when connecting with a URL
that names no password. A password the planner chose not to keep travels only in
the URL of the one connection that needs it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import message

if TYPE_CHECKING:
    from hallplanner.db.database import Database
    from hallplanner.db.transfer import CopyResult

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerLogin:
    """Where a plan lives on a server, and as whom to connect (no password)."""

    host: str
    port: int
    database: str
    user: str

    def url(self, password: str | None = None) -> str:
        """The SQLAlchemy URL; with ``password`` only for a connection made now, never to keep."""
        secret = f":{quote(password, safe='')}" if password else ""
        return (f"postgresql+psycopg://{quote(self.user, safe='')}{secret}@{_host(self.host)}:{self.port}/"
                f"{quote(self.database, safe='')}")


def _host(host: str) -> str:
    return f"[{host}]" if ":" in host else host  # an IPv6 address


def password_file() -> Path:
    """Where libpq looks for passwords."""
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escaped(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def _key(line: str) -> str | None:
    """The ``host:port:database:user`` part of a password file line (None for a comment or a short line)."""
    if not line.strip() or line.lstrip().startswith("#"):
        return None
    fields, current, escaped = [], "", False
    for character in line:
        if escaped:
            current, escaped = current + "\\" + character, False
        elif character == "\\":
            escaped = True
        elif character == ":" and len(fields) < 4:
            fields.append(current)
            current = ""
        else:
            current += character
    return ":".join(fields) if len(fields) == 4 else None


def remember_password(login: ServerLogin, password: str) -> Path:
    """Keep ``password`` for ``login`` in the password file, replacing an older one for the same login.

    The file is written whole beside itself and moved over it, created readable by
    its owner only (libpq ignores a password file others can read).
    """
    path = password_file()
    key = ":".join(_escaped(field) for field in (login.host, str(login.port), login.database, login.user))
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    kept = [line for line in lines if _key(line) != key]
    kept.append(f"{key}:{_escaped(password)}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write("\n".join(kept) + "\n")
        os.chmod(partial, 0o600)
        os.replace(partial, path)
    except OSError as exc:
        raise HallPlannerError(message("servers", "无法写入 PostgreSQL 密码文件 {path}:{reason}")
                               .format(path=path, reason=exc.strerror or exc)) from exc
    return path


def copy_to_server(database: Database, destination: str, *, force: bool = False,
                   progress: Callable[[int, int], None] | None = None) -> CopyResult:
    """Copy the open plan onto a server database (or any other database), in one transaction there."""
    from hallplanner.db.transfer import copy_from  # the GUI's dialog uses this module before any database

    return copy_from(database, destination, force=force, progress=progress)
