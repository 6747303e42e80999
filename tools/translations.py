"""The GUI's Qt Linguist translations: extract the strings into the .ts sources, compile those into .qm files.

    python tools/translations.py update    # pyside6-lupdate: hallplanner/'s strings into resources/i18n/*.ts
    python tools/translations.py compile   # pyside6-lrelease: each .ts into the .qm the application loads
    python tools/translations.py todo      # what update added and nobody translated yet, as TSV
    python tools/translations.py fill F    # translations from a TSV file: context, source, translation

Between update and compile, translate what ``update`` added: in Qt Linguist
(``pyside6-linguist resources/i18n/hallplanner_en.ts``), in a text editor, or with
``todo`` and ``fill`` (write the third column of what ``todo`` printed). Sources and
translations in the TSV write a line break as ``\n``.
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
import xml.etree.ElementTree as ElementTree
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


def escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def unescaped(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message ``ts`` leaves unfinished."""
    found = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for entry in context.iter("message"):
            if entry.find("translation").get("type") == "unfinished":
                found.append((name, entry.findtext("source", "")))
    return found


def fill(ts: Path, table: Path) -> int:
    """Write the translations of ``table`` (TSV: context, source, translation) into ``ts``."""
    wanted = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if line.strip():
            context, source, translation = line.split("\t")
            wanted[context, unescaped(source)] = unescaped(translation)
    tree = ElementTree.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for entry in context.iter("message"):
            translation = wanted.get((name, entry.findtext("source", "")))
            if translation:
                target = entry.find("translation")
                target.text = translation
                target.attrib.pop("type", None)
                filled += 1
    with ts.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return filled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("update", "compile", "todo", "fill"),
                        help="update: code → .ts (lupdate); compile: .ts → .qm (lrelease); "
                             "todo: untranslated strings as TSV; fill: translations from TSV")
    parser.add_argument("table", nargs="?", type=Path, help="fill: the TSV file")
    arguments = parser.parse_args()
    for language in LANGUAGES:
        if arguments.step == "update":
            update(ts_file(language), language)
        elif arguments.step == "compile":
            compile_ts(ts_file(language), qm_file(language))
        elif arguments.step == "todo":
            for context, source in untranslated(ts_file(language)):
                print(f"{context}\t{escaped(source)}\t")
        else:
            print(f"{fill(ts_file(language), arguments.table)} translations filled")


if __name__ == "__main__":
    main()
