"""The application's settings, declared once, stored by QSettings in INI format."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LAST_DATABASE = "database/last"
RECENT_FILES = "database/recent"
GEOMETRY = "window/geometry"
STATE = "window/state"
SPLITTERS = "window/splitters"
LANGUAGE = "interface/language"  # a language code (zh_CN, en), or SYSTEM_LANGUAGE
SYSTEM_LANGUAGE = "system"  # the interface follows the system's languages
SIGNBOARD_TEMPLATE = "signboards/template"  # a template name (a4, desk …) or "custom"
SERVER = "server/last"  # host, port, database and user of the last server; never a password
SIGNBOARD_FONT = "signboards/font"  # a TrueType font file the planner chose; empty: found on the system
RECENT_LIMIT = 8


def settings() -> QSettings:
    return QSettings()


def last_database() -> str:
    return settings().value(LAST_DATABASE, "", type=str)


def recent_files() -> list[str]:
    value = settings().value(RECENT_FILES, [], type=list)
    return [path for path in value if "://" in path or Path(path).exists()]


def remember_database(location: str) -> None:
    location = without_password(location)
    store = settings()
    store.setValue(LAST_DATABASE, location)
    recent = [location] + [path for path in recent_files() if path != location]
    store.setValue(RECENT_FILES, recent[:RECENT_LIMIT])


def without_password(location: str) -> str:
    """A server URL without its ``:password`` (even a masked one): reopened, the password file supplies it."""
    scheme, separator, rest = location.partition("://")
    credentials, at, place = rest.rpartition("@")
    if not separator or not at or ":" not in credentials:
        return location
    return f"{scheme}://{credentials.split(':', 1)[0]}@{place}"


def last_server() -> dict[str, str]:
    value = settings().value(SERVER, {})
    return {key: str(item) for key, item in value.items()} if isinstance(value, dict) else {}


def remember_server(*, host: str, port: int, database: str, user: str) -> None:
    settings().setValue(SERVER, {"host": host, "port": str(port), "database": database, "user": user})


def language() -> str:
    return settings().value(LANGUAGE, SYSTEM_LANGUAGE, type=str)


def set_language(choice: str) -> None:
    settings().setValue(LANGUAGE, choice)


def save_bytes(key: str, value: QByteArray) -> None:
    settings().setValue(key, value)


def load_bytes(key: str) -> QByteArray | None:
    value = settings().value(key)
    return value if isinstance(value, QByteArray) else None
