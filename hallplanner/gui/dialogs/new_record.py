"""A dialog with the full form of a new item, window, venue or department."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from hallplanner.gui.detail import FORMS, RecordForm


class NewRecordDialog(QDialog):
    """``create`` gets the form's values and returns the problems, or None once it has saved."""

    def __init__(self, kind: str, defaults: dict[str, object], departments: list[tuple[int, str]],
                 create: Callable[[dict[str, object]], list[str] | None], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新增{}").format(self.tr(FORMS[kind][0])))
        self._create = create
        self.form = RecordForm(kind)
        self.form.save.hide()
        self.form.set_departments(departments)
        self.form.load(defaults)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._try_create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def _try_create(self) -> None:
        problems = self._create(self.form.values())
        if problems:
            self.form.show_problems(problems)
        else:
            self.accept()
