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
    store = settings()
    store.setValue(LAST_DATABASE, location)
    recent = [location] + [path for path in recent_files() if path != location]
    store.setValue(RECENT_FILES, recent[:RECENT_LIMIT])


def language() -> str:
    return settings().value(LANGUAGE, SYSTEM_LANGUAGE, type=str)


def set_language(choice: str) -> None:
    settings().setValue(LANGUAGE, choice)


def save_bytes(key: str, value: QByteArray) -> None:
    settings().setValue(key, value)


def load_bytes(key: str) -> QByteArray | None:
    value = settings().value(key)
    return value if isinstance(value, QByteArray) else None
