"""Driving the real main window as a planner does, and waiting for the background work it starts."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, qVersion
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication

from hallplanner.db.database import open_database
from hallplanner.gui import app as gui_app
from hallplanner.gui.catalog.item_model import ItemRole
from hallplanner.services.catalog import list_items

CENTER = "厦门市政务服务中心"


def open_window(qtbot, target):
    window = gui_app.MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.database_opened, timeout=20_000):
        window.open(str(target))
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def settle(qtbot, window, timeout=20_000) -> None:
    """Wait until the background work a gesture started is done and shown (reads included)."""
    qtbot.waitUntil(window.session.runner.is_idle, timeout=timeout)


def trigger(qtbot, window, action_id: str) -> None:
    window.actions[action_id].trigger()
    settle(qtbot, window)


def shown_items(window) -> list:
    model = window.catalog.view.model()
    return [model.index(row, 0).data(ItemRole) for row in range(model.rowCount())]


def click_row(qtbot, window, row, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    view = window.catalog.view
    index = view.model().index(row, 1)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center())
    settle(qtbot, window)  # the detail pane reads the record in the background


def tree_window_index(window, number, venue=CENTER):
    model = window.places.tree.model()
    for row in range(model.rowCount()):
        venue_index = model.index(row, 0)
        if venue_index.data() == venue:
            for child in range(model.rowCount(venue_index)):
                index = model.index(child, 0, venue_index)
                if index.data().startswith(f"{number} "):
                    return index
    raise AssertionError(f"no window {number}")


def drop_on(window, mime: QMimeData, index) -> None:
    """Deliver a drag and drop to the venue tree, as the window system would."""
    drop_on_view(window.places.tree, mime, index)


def drop_on_view(view, mime: QMimeData, index) -> None:
    """Drop on a row of any item view (the benchmarks find the tree by its object name)."""
    view.scrollTo(index)
    # The middle of the part of the row that is on screen (a narrow pane may cut the row off).
    point = view.visualRect(index).intersected(view.viewport().rect()).center()
    actions = Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # Qt 6.12 takes a QPointF here and deprecates the QPoint form the earlier releases take.
    position = point.toPointF() if tuple(int(part) for part in qVersion().split(".")[:2]) >= (6, 12) else point
    for event in (QDragEnterEvent(position, actions, mime, buttons, modifiers),
                  QDragMoveEvent(position, actions, mime, buttons, modifiers)):
        QApplication.sendEvent(view.viewport(), event)
    drop = QDropEvent(point.toPointF(), actions, mime, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), drop)


def type_text(qtbot, widget, text: str) -> None:
    """Type as a planner does: ASCII key by key, Chinese committed by the input method."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def stored(db_path, name):
    db = open_database(db_path, readonly=True)
    try:
        return next((item for item in list_items(db) if item.name == name), None)
    finally:
        db.close()


def retype(qtbot, form, field: str, text: str) -> None:
    """Replace what a detail form's field holds by typing, as a planner does."""
    editor = form.editors[field]
    editor.selectAll()
    type_text(qtbot, editor, text)


def retype_and_save(qtbot, window, kind: str, field: str, text: str):
    """Retype one field of the record on show and press Save; the form, once the save came back."""
    form = window.detail.forms[kind]
    retype(qtbot, form, field, text)
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    return form
