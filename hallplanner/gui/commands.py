"""Undo commands: thin wrappers over edits the service already made."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from hallplanner.domain.errors import HallPlannerError
from hallplanner.services.editing import Edit, PlanEditor


class EditCommand(QUndoCommand):
    """Pushed after the edit succeeded, so its first ``redo`` has nothing to do.

    Undo and redo revert the rows the edit changed. If another planner changed
    them meanwhile, the revert is refused: the command says why and leaves the
    stack, rather than overwrite their work.
    """

    def __init__(self, editor: PlanEditor, edit: Edit, applied: Callable[[Edit], None],
                 refused: Callable[[str], None]) -> None:
        super().__init__(edit.label)
        self._editor = editor
        self._edit = edit
        self._applied = applied
        self._refused = refused
        self._done = True

    def undo(self) -> None:
        self._revert()

    def redo(self) -> None:
        if self._done:
            return
        self._revert()

    def _revert(self) -> None:
        try:
            self._edit = self._editor.undo(self._edit)
        except HallPlannerError as exc:
            self.setObsolete(True)
            self._refused(str(exc))
            return
        self._done = not self._done
        self._applied(self._edit)
