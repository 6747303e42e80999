"""The GUI's Qt Linguist translations: extract the strings into the .ts sources, compile those into .qm files.

    python tools/translations.py update    # pyside6-lupdate: hallplanner/'s strings into resources/i18n/*.ts
    python tools/translations.py compile   # pyside6-lrelease: each .ts into the .qm the application loads

Between the two, translate what ``update`` added: in Qt Linguist
(``pyside6-linguist resources/i18n/hallplanner_en.ts``) or in a text editor.
Chinese is the source language. ``tests/test_translations.py`` fails while a
string of the code is missing from a .ts or untranslated, or a .qm is older
than its .ts.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "hallplanner"
I18N = ROOT / "resources" / "i18n"
SOURCE_LANGUAGE = "zh_CN"
LANGUAGES = ("en",)
# lupdate reads the services' messages (hallplanner/domain/messages.py) as it reads QT_TRANSLATE_NOOP.
FUNCTION_ALIAS = "QT_TRANSLATE_NOOP+=message"


def ts_file(language: str) -> Path:
    return I18N / f"hallplanner_{language}.ts"


def qm_file(language: str) -> Path:
    return I18N / f"hallplanner_{language}.qm"


def tool(name: str) -> str:
    """``pyside6-<name>`` as PySide6 installed it beside this Python, else from the PATH."""
    search = os.pathsep.join((sysconfig.get_path("scripts"), os.environ.get("PATH", "")))
    found = shutil.which(f"pyside6-{name}", path=search)
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: it comes with PySide6")
    return found


def update(ts: Path, language: str) -> None:
    """Bring ``ts`` up to date with the code: new strings come in untranslated, vanished ones go.

    No source locations: they would change the file whenever a line moves.
    """
    sources = [str(path) for path in sorted(PACKAGE.rglob("*.py"))]
    subprocess.run([tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                    "-source-language", SOURCE_LANGUAGE, "-target-language", language,
                    "-tr-function-alias", FUNCTION_ALIAS, *sources, "-ts", str(ts)], check=True)


def compile_ts(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("update", "compile"),
                        help="update: code → .ts (lupdate); compile: .ts → .qm (lrelease)")
    step = parser.parse_args().step
    for language in LANGUAGES:
        if step == "update":
            update(ts_file(language), language)
        else:
            compile_ts(ts_file(language), qm_file(language))


if __name__ == "__main__":
    main()
