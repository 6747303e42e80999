"""What the window's large pages share: they read the plan when shown, not while hidden."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class LazyPage(QWidget):
    """A page of the central tabs that reads the plan in the background when it is on show.

    A change notice that concerns the page calls ``plan_changed``: a page on show reads
    again at once, a hidden one when it is next shown, so hidden pages cost nothing while
    the planner edits elsewhere. Subclasses implement ``refresh``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = True  # what is on show no longer matches the plan

    def plan_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read again in the background; clears ``_stale``."""
        raise NotImplementedError
