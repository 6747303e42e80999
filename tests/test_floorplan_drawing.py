"""Counters too small to read are drawn by the scene as plain blocks, yet stay counters: clicked, selected,
resized by their handles, and coloured by the page's colour mode like any other counter."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGraphicsItem

from hallplanner.gui.floorplan.colours import LOAD
from tests.gui_helpers import open_window, settle
from tests.test_floorplan import geometry, show_floorplan
from tests.test_floorplan_editing import pull

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def pixel_at_centre(view, item):
    view.viewport().repaint()
    point = view.mapFromScene(item.sceneBoundingRect().center())
    return view.viewport().grab().toImage().pixelColor(point).name(), point


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
    # Selected, it paints itself (its outline and resize handles show); the others stay plain.
    view.viewport().repaint()
    assert not a01.flags() & NO_CONTENTS
    assert all(item.flags() & NO_CONTENTS for item in scene.counters.values() if item is not a01)

    scene.clearSelection()
    view.viewport().repaint()
    assert a01.flags() & NO_CONTENTS

    view.fit()
    view.viewport().repaint()
    assert not a01.flags() & NO_CONTENTS
    window.close()


def test_plain_counters_take_the_colour_modes_colour(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    page = show_floorplan(qtbot, window)
    view, scene = page.view, page.scene
    view.scale(0.3, 0.3)
    [z01] = scene.counters_by_number("Z01")
    view.centerOn(z01)
    shown, _ = pixel_at_centre(view, z01)
    assert z01.flags() & NO_CONTENTS
    assert shown == z01.counter.colour == scene.colour_of(z01.counter).name()  # by domain: the shared palette

    page.colour_box.setCurrentIndex(page.colour_box.findData(LOAD))
    by_load = scene.colour_of(z01.counter).name()
    assert by_load != z01.counter.colour
    shown, _ = pixel_at_centre(view, z01)
    assert shown == by_load
    window.close()


def test_a_small_counter_selected_is_resized_by_its_handle(qtbot, sample_copy):
    """15 px deep, A01 is plain; selected, it shows its handles, and its corner handle widens it."""
    from hallplanner.db.database import open_database

    window = open_window(qtbot, sample_copy)
    page = show_floorplan(qtbot, window)
    view, scene = page.view, page.scene
    [a01] = scene.counters_by_number("A01")
    wanted = 15 / a01.depth()
    view.scale(wanted / view.transform().m11(), wanted / view.transform().m22())
    view.centerOn(a01)
    view.viewport().repaint()
    assert a01.flags() & NO_CONTENTS
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(a01.sceneBoundingRect().center()))
    view.viewport().repaint()
    assert scene.selected_counters() == [a01] and not a01.flags() & NO_CONTENTS

    corner = a01.mapToScene(QPointF(200, 120))  # the corner handle of a 2 × 1.2 m counter
    pull(view, corner, corner + QPointF(100, 0))
    settle(qtbot, window)
    db = open_database(sample_copy, readonly=True)
    assert geometry(db, ["A01"])["A01"][2:4] == (3.0, 1.2)
    db.close()
    window.close()
