"""A new plan names its own city and districts, with their administrative division codes (plan §三(六))."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QFileDialog

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.regions import plan_regions
from hallplanner.domain.vocabulary import Level
from hallplanner.gui.files.regions_dialog import RegionsDialog
from hallplanner.services.setup import new_plan
from tests.gui_helpers import open_window, settle
from tests.test_cli import assert_one_clear_error, hallplanner
from tests.test_places_gui import answer


def regions_of(path):
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT r.name, r.level, p.name, r.code FROM regions r "
                                  "LEFT JOIN regions p ON p.id = r.parent_id ORDER BY r.id").fetchall()


def test_a_new_plan_holds_the_city_and_districts_the_planner_names(tmp_path):
    path = tmp_path / "quanzhou.sqlite"
    new_plan(path, plan_regions("泉州市", "350500", [("鲤城区", "350502"), ("丰泽区", "350503")]))
    assert regions_of(path) == [("泉州市", "city", None, "350500"), ("鲤城区", "district", "泉州市", "350502"),
                                ("丰泽区", "district", "泉州市", "350503")]


@pytest.mark.parametrize(("city", "code", "districts", "error"), [
    ("", "350500", [], "城市名称"),
    ("泉州市", "3505", [], "应为 6 位数字"),
    ("泉州市", "350500", [("思明区", "350203")], "前 4 位与泉州市(350500)相同"),
    ("泉州市", "350500", [("鲤城区", "350502"), ("鲤城区", "350503")], "重复"),
])
def test_bad_regions_are_refused_with_the_reason(city, code, districts, error):
    with pytest.raises(HallPlannerError, match=error.replace("(", r"\(").replace(")", r"\)")):
        plan_regions(city, code, districts)


def test_the_sample_regions_carry_their_codes():
    specs = plan_regions("厦门市", "350200", [("思明区", "350203")])
    assert [(s.name, s.level, s.code) for s in specs] == [("厦门市", Level.CITY, "350200"),
                                                          ("思明区", Level.DISTRICT, "350203")]


def test_db_init_with_a_city_and_districts(tmp_path):
    path = tmp_path / "plan.sqlite"
    made = hallplanner("db", "init", "--db", str(path), "--city", "泉州市:350500", "--district", "鲤城区:350502")
    assert made.returncode == 0, made.stderr
    assert [row[0] for row in regions_of(path)] == ["泉州市", "鲤城区"]
    other = tmp_path / "other.sqlite"
    assert_one_clear_error(hallplanner("db", "init", "--db", str(other), "--city", "泉州市:350500",
                                       "--district", "思明区 350203"), "名称:代码")
    assert not other.exists()


def test_the_new_plan_dialog_names_the_regions_and_the_plan_opens(qtbot, sample_copy, tmp_path, monkeypatch, messages):
    window = open_window(qtbot, sample_copy)
    path = tmp_path / "泉州.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))

    def fill(dialog):
        dialog.city.setText("泉州市")
        dialog.city_code.setText("350500")
        dialog.districts.setPlainText("鲤城区 350502\n丰泽区,350503\n")

    answer(monkeypatch, RegionsDialog, fill)
    with qtbot.waitSignal(window.database_opened, timeout=20_000):
        window.actions["new"].trigger()
    settle(qtbot, window)
    assert [row[0] for row in regions_of(path)] == ["泉州市", "鲤城区", "丰泽区"]
    assert messages == []
