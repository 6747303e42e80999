"""The window with a department login on a shared server: what it may not change is read-only, with the reason."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hallplanner.db.database import open_database
from hallplanner.services.catalog import list_items
from tests.gui_helpers import click_row, open_window, retype_and_save, settle, shown_items
from tests.team import Team

pytestmark = pytest.mark.postgres


def _row_of(window, item_id: int) -> int:
    return next(row for row, item in enumerate(shown_items(window)) if item.id == item_id)


def test_a_department_login_sees_other_departments_items_read_only_and_edits_its_own(qtbot, postgres_url, sample_path):
    team = Team(postgres_url, sample_path)
    window = open_window(qtbot, team.url_of(team.police))
    assert window.login.text() == f"账号 {team.police} · 部门(公安局)"
    form = window.detail.forms["item"]

    click_row(qtbot, window, _row_of(window, team.hr_item))
    reason = "只读:部门账号只能修改本部门(公安局)的事项和人员,这一条属于人社局"
    assert form.locked.isVisible() and form.locked.text() == reason
    assert not form.save.isEnabled() and not form.editors["annual_volume"].isEnabled()
    assert form.editors["annual_volume"].toolTip() == reason
    for action_id in ("assign", "unassign", "rename_item", "delete_items"):
        assert not window.actions[action_id].isEnabled(), action_id
    assert window.actions["delete_items"].statusTip() == reason
    model = window.catalog.view.model()
    row = _row_of(window, team.hr_item)
    assert reason in model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert not model.flags(model.index(row, 1)) & Qt.ItemFlag.ItemIsDragEnabled
    # The plan as a whole is the planners'.
    for action_id in ("new_venue", "new_window", "new_department", "import_catalog"):
        assert not window.actions[action_id].isEnabled(), action_id

    click_row(qtbot, window, _row_of(window, team.police_item))
    assert not form.locked.isVisible() and form.save.isEnabled()
    assert not form.editors["department_id"].isEnabled()  # its own item, not to give away
    assert window.actions["rename_item"].isEnabled() and window.actions["assign"].isEnabled()
    retype_and_save(qtbot, window, "item", "annual_volume", "4321")
    db = open_database(team.url)
    try:
        volumes = {item.id: item.annual_volume for item in list_items(db)}
    finally:
        db.close()
    assert volumes[team.police_item] == 4321


def test_a_viewer_login_is_offered_no_edit(qtbot, postgres_url, sample_path):
    team = Team(postgres_url, sample_path)
    window = open_window(qtbot, team.url_of(team.viewer))
    click_row(qtbot, window, _row_of(window, team.police_item))
    form = window.detail.forms["item"]
    assert form.locked.text() == f"只读:只读账号 {team.viewer} 只能查看规划" and not form.save.isEnabled()
    for action_id in ("assign", "new_item", "delete_items", "new_venue", "import_catalog"):
        assert not window.actions[action_id].isEnabled(), action_id
    assert window.login.toolTip() == f"只读:只读账号 {team.viewer} 只能查看规划"


def test_a_department_login_is_offered_no_publication_or_inspection_edits(qtbot, postgres_url, sample_path):
    """Publication and inspections are the plan's: a department login reads them, and is offered no edit."""
    team = Team(postgres_url, sample_path)
    window = open_window(qtbot, team.url_of(team.police))
    for page in (window.publication, window.inspections):
        window.pages.setCurrentWidget(page)
        settle(qtbot, window)
    assert window.publication.table.rowCount() > 0 and window.inspections.table.rowCount() > 0
    assert not window.publication.mark_button.isEnabled() and not window.publication.unmark_button.isEnabled()
    assert not window.inspections.new_button.isEnabled()
    assert "只读" in window.inspections.new_button.toolTip()
