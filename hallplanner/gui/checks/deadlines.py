"""The plan's deadlines, edited: by when each level's items enter and its sub-centers are set up.

The dialog reads the deadlines in the background, shows one date per region, level and kind
(未定 for none), and saves the dates the planner changed as edits through the session: each
one transaction and one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from hallplanner.gui.i18n import translated
from hallplanner.gui.session import PlanSession

if TYPE_CHECKING:  # the module itself loads with the panels, before the database layer
    from hallplanner.services.deadlines import DeadlineView

NO_DATE = QDate(2000, 1, 1)  # the date editor at its minimum shows 未定: no deadline


class DeadlineDialog(QDialog):
    def __init__(self, session: PlanSession, deadlines: list[DeadlineView], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="deadlineDialog")
        self.session = session
        self.setWindowTitle(self.tr("期限"))
        self.deadlines = deadlines
        self.editors: list[QDateEdit] = []
        form = QFormLayout()
        for deadline in deadlines:
            editor = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
            editor.setMinimumDate(NO_DATE)
            editor.setSpecialValueText(self.tr("未定"))
            editor.setDate(QDate(deadline.due_on) if deadline.due_on else NO_DATE)
            self.editors.append(editor)
            label = self.tr("{region}({level}):{kind}").format(
                region=deadline.region, level=translated(deadline.level.label), kind=translated(deadline.kind.label))
            if deadline.plan_ref:
                label += f"({deadline.plan_ref})"
            form.addRow(label, editor)
        note = QLabel(self.tr("方案的期限:市级事项 2023-12-31 前进驻,分中心 2023-11-30 前设立。改动可撤销。"))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def changed(self) -> list[tuple[DeadlineView, object]]:
        """(deadline, new date or None) for every date the planner changed."""
        found = []
        for deadline, editor in zip(self.deadlines, self.editors, strict=True):
            chosen = None if editor.date() == NO_DATE else editor.date().toPython()
            if chosen != deadline.due_on:
                found.append((deadline, chosen))
        return found

    def accept(self) -> None:
        for deadline, chosen in self.changed():
            self.session.edit(lambda editor, d=deadline, c=chosen: editor.set_deadline(
                d.region_id, d.level, d.kind, c, d.plan_ref))
        super().accept()


def edit_deadlines(session: PlanSession, parent: QWidget) -> None:
    """Read the deadlines in the background, then let the planner change them."""

    def read(database):
        from hallplanner.services.deadlines import list_deadlines

        return list_deadlines(database)

    session.read(read, lambda deadlines: DeadlineDialog(session, deadlines, parent).open())
