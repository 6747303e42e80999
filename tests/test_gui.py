"""The first main window, driven through real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from hallplanner.gui import app as gui_app
from hallplanner.gui.item_model import ItemRole


@pytest.fixture(autouse=True)
def isolated_user_folders(qapp, tmp_path, monkeypatch):
    """Settings and the data folder live in the test's tmp folder, never the user's."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    gui_app.configure_application(qapp)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    QSettings().clear()
    yield
    QSettings().clear()


def shown_items(window) -> list:
    model = window.item_view.model()
    return [model.index(row, 0).data(ItemRole) for row in range(model.rowCount())]


def test_first_start_opens_a_working_copy_of_the_sample(qtbot, tmp_path, sample_path):
    before = sample_path.read_bytes()
    window = gui_app.create_main_window(None)
    qtbot.addWidget(window)

    copy = tmp_path / "data" / "HallPlanner" / "HallPlanner" / "xiamen.sqlite"
    assert window.database.location == str(copy)
    items = shown_items(window)
    assert len(items) == 277
    assert "对公民法律援助申请的审批" in {item.name for item in items}
    assert f"事项 {len(items)} 个" in window.counts.text()
    assert sample_path.read_bytes() == before

    venues = window.venue_view.model()
    names = [venues.index(row, 0).data() for row in range(venues.rowCount())]
    center = names.index("厦门市政务服务中心")
    windows = [venues.index(row, 0, venues.index(center, 0)).data()
               for row in range(venues.rowCount(venues.index(center, 0)))]
    assert any(name.endswith("公安事务综合窗口") for name in windows)
    assert any("已撤销" in name for name in names), "closed sub-centers are marked"


def test_next_start_reopens_the_last_database(qtbot, tmp_path, sample_copy):
    first = gui_app.create_main_window(str(sample_copy))
    qtbot.addWidget(first)
    first.close()

    second = gui_app.create_main_window(None)
    qtbot.addWidget(second)
    assert second.database.location == str(sample_copy)


def test_a_bad_file_is_explained_and_the_open_database_stays(qtbot, tmp_path, sample_copy, monkeypatch):
    window = gui_app.create_main_window(str(sample_copy))
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database", encoding="utf-8")

    assert window.open(str(bad)) is False
    assert shown == [("无法打开数据库", f"不是 HallPlanner 数据库(不是 SQLite 文件):{bad}")]
    assert window.database.location == str(sample_copy)
    assert len(shown_items(window)) == 277


def test_selecting_a_row_with_the_keyboard(qtbot, sample_copy):
    window = gui_app.create_main_window(str(sample_copy))
    qtbot.addWidget(window)
    window.show()
    view = window.item_view
    view.setFocus()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 1)).center())
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1
    assert view.selectionModel().selectedRows()[0].data(ItemRole) == shown_items(window)[1]
