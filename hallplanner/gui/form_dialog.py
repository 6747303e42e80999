"""A dialog that is a form above OK and Cancel: the features' small editing dialogs build on it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QWidget


class FormDialog(QDialog):
    """Rows go into ``form``; ``finish()`` puts the buttons under them."""

    def __init__(self, title: str, parent: QWidget | None, *, min_width: int = 0) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(min_width)
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.form.addRow(self.buttons)
