"""The interface language: which one, the translators that speak it, and the services' messages in it.

Chinese (zh_CN) is the source language: the code's strings are Chinese, so the
Chinese interface needs none of our translations, only Qt's own (its standard
buttons and dialogs). Each other language is ``resources/i18n/hallplanner_<language>.qm``,
compiled from the ``.ts`` beside it by ``tools/translations.py``. The language
is chosen once, at start-up, before the first widget is made: a change in the
settings applies at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hallplanner.bundled import resources_dir
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import Message
from hallplanner.gui.errors import log

CHINESE, ENGLISH = "zh_CN", "en"
# Each language named in itself: whoever cannot read the interface still finds their own.
LANGUAGE_NAMES = {CHINESE: "中文", ENGLISH: "English"}


def interface_language(choice: str, system: QLocale) -> str:
    """The language to show: ``choice`` if it names one, else the first of the system's that HallPlanner speaks.

    A system that speaks neither gets English, which its planner more likely reads.
    """
    if choice in LANGUAGE_NAMES:
        return choice
    for name in system.uiLanguages():
        language = QLocale(name).language()
        if language == QLocale.Language.Chinese:
            return CHINESE
        if language == QLocale.Language.English:
            return ENGLISH
    return ENGLISH


def translation_file(language: str) -> str:
    return str(resources_dir() / "i18n" / f"hallplanner_{language}.qm")


def install_translators(language: str) -> list[QTranslator]:
    """Make the application speak ``language``: Qt's own strings, and ours unless it is the source language.

    Returns the translators installed, for tests to remove again.
    """
    app = QCoreApplication.instance()
    wanted = [(QTranslator(app), f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if language != CHINESE:
        wanted.append((QTranslator(app), translation_file(language), ""))
    installed = []
    for translator, name, folder in wanted:
        if translator.load(name, folder) and app.installTranslator(translator):
            installed.append(translator)
        else:  # the interface then shows those strings in the source language: usable, so no dialog
            log.warning("no translation %s for the interface language %s", name, language)
    return installed


def translated(text: str) -> str:
    """Text from the services in the interface language; any other text (a name, a code) as it is."""
    return text.render(QCoreApplication.translate) if isinstance(text, Message) else text


def problems_of(refusal: HallPlannerError) -> list[str]:
    """What a refused operation is told with: each failed check, or the one reason, in the interface language."""
    return [translated(problem) for problem in getattr(refusal, "problems", None) or [refusal.message]]


def refusal_text(refusal: HallPlannerError) -> str:
    return joined(problems_of(refusal))


def joined(parts: list[str]) -> str:
    """Sentences or phrases shown in one line, separated as the interface language separates them."""
    return QCoreApplication.translate("i18n", ";").join(parts)
