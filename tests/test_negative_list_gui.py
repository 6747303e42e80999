"""The 负面清单 page driven as a planner does: a proposal's steps through the dialogs, an import, undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QItemSelectionModel

from hallplanner.db.database import open_database
from hallplanner.domain.vocabulary import ListScope, ProposalState
from hallplanner.gui.negative_list.dialogs import StepDialog, VersionDialog
from hallplanner.services.catalog import list_items
from hallplanner.services.negative_list import list_versions, version_entries
from hallplanner.services.proposals import list_proposals
from tests.gui_helpers import open_window, settle
from tests.test_negative_list import MEDIATION, list_file
from tests.test_places_gui import answer

STUCK = "劳动人事争议仲裁调解书出具"  # the sample's proposal waiting at the city office


def stored(path):
    db = open_database(path, readonly=True)
    try:
        # The province's list for the centers; the towns' and villages' own list (§三(六)) stays as it is.
        return list_proposals(db), {item.name: item for item in list_items(db)}, [
            version for version in list_versions(db) if version.scope is ListScope.CENTERS]
    finally:
        db.close()


def show_page(qtbot, window):
    page = window.negative_list
    window.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.reads > 0, timeout=20_000)
    settle(qtbot, window)
    return page


def choose_proposal(page, name):
    page.proposal_table.selectRow(next(row for row, p in enumerate(page.proposals) if p.item_name == name))


def step(state, person, on, reason=""):
    def fill(dialog):
        dialog.state.setCurrentIndex(dialog.state.findData(state))
        dialog.person.setText(person)
        dialog.on.setDate(QDate(on))
        dialog.reason.setPlainText(reason)
        dialog.attachments.setText("复函.pdf;汇总表.xlsx")

    return fill


def test_the_page_walks_the_stuck_proposal_to_approval_and_undo_takes_it_back(qtbot, sample_copy, monkeypatch, messages):
    window = open_window(qtbot, sample_copy)
    page = show_page(qtbot, window)
    assert page.entry_table.rowCount() == 38  # the version in force, shown
    choose_proposal(page, STUCK)
    assert page.step_table.rowCount() == 2 and page.step_button.isEnabled()

    answer(monkeypatch, StepDialog, step(ProposalState.GATHERED, "陈志远", dt.date.today()))
    page.step_button.click()
    settle(qtbot, window)
    proposals, items, _ = stored(sample_copy)
    found = next(p for p in proposals if p.item_name == STUCK)
    assert found.state is ProposalState.GATHERED and found.steps[-1].attachments == ("复函.pdf", "汇总表.xlsx")
    assert items[STUCK].negative_list

    qtbot.waitUntil(lambda: next(p for p in page.proposals if p.item_name == STUCK).state is ProposalState.GATHERED)
    choose_proposal(page, STUCK)
    answer(monkeypatch, StepDialog, step(ProposalState.APPROVED, "省审改办", dt.date.today()))
    page.step_button.click()
    settle(qtbot, window)
    proposals, items, versions = stored(sample_copy)
    assert next(p for p in proposals if p.item_name == STUCK).state is ProposalState.APPROVED
    assert not items[STUCK].negative_list and len(versions) == 2
    qtbot.waitUntil(lambda: page.version_table.rowCount() == 3)  # and the towns' and villages' list

    # Compare the two versions of the province's list (listed first): the item taken off is the one line removed.
    assert page.version_table.item(2, 1).text() == ListScope.GRASSROOTS.label
    page.version_table.clearSelection()
    for row in (0, 1):
        page.version_table.selectionModel().select(
            page.version_table.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    page.compare_button.click()
    settle(qtbot, window)
    assert [page.entry_table.item(row, 2).text() for row in range(page.entry_table.rowCount())] == [STUCK]
    assert page.entry_table.item(0, 0).text() == "−"

    window.session.undo()
    settle(qtbot, window)
    proposals, items, versions = stored(sample_copy)
    assert items[STUCK].negative_list and len(versions) == 1
    assert next(p for p in proposals if p.item_name == STUCK).state is ProposalState.GATHERED
    assert messages == []


def test_importing_a_version_from_the_page(qtbot, sample_copy, monkeypatch, tmp_path, messages):
    db = open_database(sample_copy, readonly=True)
    [centers] = [v for v in list_versions(db) if v.scope is ListScope.CENTERS]
    lines = [e for e in version_entries(db, centers.id) if e.name != MEDIATION]
    db.close()
    path = list_file(tmp_path / "2024版.xlsx", [[n, e.department, e.name, e.basic_code, ""]
                                               for n, e in enumerate(lines, start=1)], title=False)
    window = open_window(qtbot, sample_copy)
    page = show_page(qtbot, window)

    def fill(dialog):
        dialog.effective.setDate(QDate(dt.date.today()))
        assert dialog.name.text() == "2024版"

    answer(monkeypatch, VersionDialog, fill)
    page.read_file(path)
    settle(qtbot, window)
    _, items, versions = stored(sample_copy)
    assert [v.name for v in versions if v.in_force] == ["2024版"]
    assert not items[MEDIATION].negative_list
    qtbot.waitUntil(lambda: page.version_table.rowCount() == 3)
    assert messages == []
