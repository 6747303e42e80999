"""Counters too small to read are drawn by the scene as plain blocks, yet stay counters: clicked, selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsItem

from tests.gui_helpers import open_window
from tests.test_floorplan import show_floorplan

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def test_a_plain_counter_far_out_is_still_clicked_and_selected(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    page = show_floorplan(qtbot, window)
    view, scene = page.view, page.scene
    [a01] = scene.counters_by_number("A01")
    view.viewport().repaint()
    assert not a01.flags() & NO_CONTENTS  # the floor fitted: numbers readable, each counter paints itself

    view.scale(0.2, 0.2)
    view.viewport().repaint()
    assert all(item.flags() & NO_CONTENTS for item in scene.counters.values())
    point = view.mapFromScene(a01.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert scene.selected_counters() == [a01]
    assert page.window_title.text().startswith("A01")

    view.fit()
    view.viewport().repaint()
    assert not a01.flags() & NO_CONTENTS
    window.close()
