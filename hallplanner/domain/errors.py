"""The exception types whose message is written for the planner."""

from __future__ import annotations

from collections.abc import Mapping

from hallplanner.domain.messages import message


class HallPlannerError(Exception):
    """An error the user can act on; its message is shown as it is (in Chinese), or translated by the GUI.

    ``message`` is usually a ``messages.Message``; the command line prints it,
    the GUI shows it in the planner's language.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.message = text


class StaleEdit(HallPlannerError):
    """Someone saved the same record since this planner read it: both versions, to choose from."""

    def __init__(self, table: str, row_id: int, mine: Mapping[str, object], theirs: Mapping[str, object]) -> None:
        super().__init__(message("errors", "该记录在您读取之后已被他人修改"))
        self.table = table
        self.row_id = row_id
        self.mine = dict(mine)
        self.theirs = dict(theirs)


class PlanExists(HallPlannerError):
    """The database a plan was to be copied or written into already holds one; nothing was changed."""
