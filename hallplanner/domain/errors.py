"""The one exception type whose message is written for the planner."""


class HallPlannerError(Exception):
    """An error the user can act on; its message is shown as it is (in Chinese)."""
