"""The interface language: chosen at start-up from the setting or the system, and the window in English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QComboBox, QFormLayout, QInputDialog, QMenu

from hallplanner.gui import settings as app_settings
from hallplanner.gui.catalog.columns import FLAGS_COLUMN
from hallplanner.gui.i18n import CHINESE, ENGLISH, install_translators, interface_language, translation_file
from hallplanner.gui.main_window import MainWindow
from tests.gui_helpers import click_row, open_window, settle, trigger, type_text
from tests.test_translations import CHINESE as CHINESE_TEXT

SYSTEM = app_settings.SYSTEM_LANGUAGE


@pytest.mark.parametrize(("choice", "system", "expected"), [
    (SYSTEM, "zh_CN", CHINESE),
    (SYSTEM, "zh_TW", CHINESE),
    (SYSTEM, "en_US", ENGLISH),
    (SYSTEM, "de_DE", ENGLISH),  # a language HallPlanner does not speak
    (SYSTEM, "C", ENGLISH),
    (CHINESE, "en_US", CHINESE),
    (ENGLISH, "zh_CN", ENGLISH),
])
def test_the_language_is_the_setting_else_the_systems(choice, system, expected):
    assert interface_language(choice, QLocale(system)) == expected


class RecordingTranslator(QTranslator):
    """The English translation, noting every Chinese text the window asked for that it has no translation of."""

    def __init__(self) -> None:
        super().__init__()
        self.missing: set[tuple[str, str]] = set()
        assert self.load(translation_file(ENGLISH))

    def translate(self, context, source, disambiguation=None, n=-1):
        found = super().translate(context, source, disambiguation, n)
        if not found and CHINESE_TEXT.search(source):
            self.missing.add((context, source))
        return found or None  # None: Qt shows the source text, as it does without a translation


@pytest.fixture
def english(qapp):
    """The interface in English, as ``run_app`` makes it, and a recorder asked first; all go after the test."""
    installed = install_translators(ENGLISH)
    recorder = RecordingTranslator()
    qapp.installTranslator(recorder)
    yield recorder
    for translator in (*installed, recorder):
        qapp.removeTranslator(translator)


def chrome(window) -> list[str]:
    """The interface's own words: menus, headers, labels, choices, the value sets in the catalog and tree.

    Not the plan's data (item, venue and department names are Chinese in any language).
    """
    texts = [window.windowTitle(), window.counts.text(), window.work_on_copy.text()]
    for menu in window.findChildren(QMenu):
        if menu.objectName() == "languageMenu":
            continue  # named in both languages, each language named in itself
        texts.append(menu.title())
        for action in menu.actions():
            if action.menu() is None or action.menu().objectName() != "languageMenu":
                texts += [action.text(), action.statusTip()]
    tabs = window.places
    texts += [tabs.tabText(index) for index in range(tabs.count())]
    for model in (window.catalog.model, window.places.tree.model()):
        texts += [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
    catalog = window.catalog.model
    texts += [catalog.index(row, column).data() for row in range(catalog.rowCount()) for column in (4, 5, FLAGS_COLUMN)]
    tree = window.places.tree.model()
    for row in range(tree.rowCount()):
        venue = tree.index(row, 0)
        texts.append(tree.index(row, 1).data())
        texts += [tree.index(child, 1, venue).data() for child in range(tree.rowCount(venue))]
    bar = window.catalog.filter_bar
    texts += [bar.search.placeholderText()] + [box.text() for box in (bar.unassigned, bar.negative, bar.special,
                                                                      bar.online)]
    texts += [bar.department.itemText(0), bar.domain.itemText(0)]
    texts += [combo.itemText(index) for combo in (bar.status, bar.level) for index in range(combo.count())]
    for form in window.detail.forms.values():
        layout = form.findChild(QFormLayout)
        texts += [layout.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text()
                  for row in range(layout.rowCount())]
        for field in form.fields:
            if field.choices is not None:
                combo: QComboBox = form.editors[field.key]
                texts += [combo.itemText(index) for index in range(combo.count())]
        texts.append(form.save.text())
    texts.append(window.detail.placeholder.text())
    return texts


def test_the_window_speaks_english(qtbot, sample_copy, english):
    window = open_window(qtbot, sample_copy)
    click_row(qtbot, window, 0)  # the item form, with its places
    window.places.tree.setCurrentIndex(window.places.tree.model().index(1, 0))  # a venue's form
    settle(qtbot, window)

    shown = chrome(window)
    assert [text for text in shown if CHINESE_TEXT.search(text or "")] == []
    assert "&Items" in shown and "Cases/year" in shown and "Entered" in shown
    assert "<b>Handled at</b>" in window.detail.forms["item"].extra.text()
    assert english.missing == set()


NARROW_PANE = 240  # a detail pane the planner narrowed; its form fields then go below their labels


def test_english_fits_the_workspace(qtbot, sample_copy, english):
    """English words are longer than Chinese: headers, codes and form fields still show whole."""
    window = open_window(qtbot, sample_copy)
    header = window.catalog.view.horizontalHeader()
    assert [column for column in range(header.count())
            if header.sectionSize(column) < header.sectionSizeHint(column)] == []
    assert header.sectionSize(0) >= window.catalog.view.sizeHintForColumn(0), "the codes"
    assert {kind: form.minimumSizeHint().width() for kind, form in window.detail.forms.items()
            if form.minimumSizeHint().width() > NARROW_PANE} == {}


def test_a_refusal_from_the_services_is_shown_in_english(qtbot, sample_copy, english, messages):
    window = open_window(qtbot, sample_copy)
    type_text(qtbot, window.catalog.filter_bar.search, "对公民法律援助申请的审批")
    click_row(qtbot, window, 0)

    trigger(qtbot, window, "unassign")

    assert messages == [("warning", "“对公民法律援助申请的审批” has entered the government service center and "
                                    "must not be taken out of it: the center stays its main place "
                                    "(plan §二(一), §二(二)). It can move to another window of the center.")]
    assert english.missing == set()


def test_an_edit_is_named_in_english_in_the_undo_menu(qtbot, sample_copy, english, monkeypatch):
    window = open_window(qtbot, sample_copy)
    type_text(qtbot, window.catalog.filter_bar.search, "普通护照补发")
    click_row(qtbot, window, 0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("普通护照补办", True))

    trigger(qtbot, window, "rename_item")

    assert window.actions["undo"].text() == "Undo Rename to “普通护照补办”"
    assert window.statusBar().currentMessage() == "Rename to “普通护照补办”"
    assert english.missing == set()


def test_the_language_menu_keeps_the_choice_for_the_next_start(qtbot, messages):
    window = MainWindow()
    qtbot.addWidget(window)
    menu = window.findChild(QMenu, "languageMenu")
    english = next(action for action in menu.actions() if action.text() == "English")

    english.trigger()

    assert app_settings.language() == ENGLISH
    assert interface_language(app_settings.language(), QLocale("zh_CN")) == ENGLISH
    assert len(messages) == 1 and "下次启动" in messages[0][1]
    assert english.isChecked()


def test_the_chinese_interface_gets_qts_own_words_in_chinese(qapp):
    """Standard buttons (OK, Cancel) and dialogs come from Qt's translations, shipped with PySide6."""
    installed = install_translators(CHINESE)
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
