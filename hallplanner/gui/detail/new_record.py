"""A dialog with the full form of a new item, window, venue or department.

OK saves in the background; the dialog stays open until the save is done, and
shows the reasons when the record is refused (a missing field, a duplicate code).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from hallplanner.gui.detail.forms import RecordForm, title_of
from hallplanner.gui.i18n import problems_of
from hallplanner.gui.session import PlanSession
from hallplanner.services.views import DepartmentView


class NewRecordDialog(QDialog):
    def __init__(self, kind: str, defaults: dict[str, object], departments: list[DepartmentView],
                 save: Callable[[dict[str, object]], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新增{kind}").format(kind=title_of(kind)))
        self._save = save
        self.form = RecordForm(kind)
        self.form.save.hide()
        self.form.set_departments(departments)
        self.form.load(defaults)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._try_create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def _try_create(self) -> None:
        self.ok.setEnabled(False)  # one save at a time; Cancel stays, whatever becomes of the save
        self._save(self.form.values())

    def refused(self, problems: list[str]) -> None:
        self.ok.setEnabled(True)
        self.form.show_problems(problems)


def ask_new_record(parent: QWidget, session: PlanSession, kind: str, defaults: dict[str, object],
                   departments: list[DepartmentView], create: Callable[[object, dict[str, object]], object]) -> None:
    """Ask for a new record's fields; ``create(editor, values)`` saves it once they pass validation."""
    dialog: NewRecordDialog

    def save(values: dict[str, object]) -> None:
        record = {**defaults, **values}
        session.edit(lambda editor: create(editor, record), on_done=lambda _edit: dialog.accept(),
                     on_refused=lambda exc: dialog.refused(problems_of(exc)))

    dialog = NewRecordDialog(kind, defaults, departments, save, parent)
    dialog.exec()
    dialog.deleteLater()

