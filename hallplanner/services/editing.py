"""Every edit a planner makes, each in its own transaction, each undoable.

The plan's rules are checked in the services, so the GUI, the command line and
an import all keep them. ``PlanEditor`` gathers the edits by concern:
placement (items at windows), lifecycle (items themselves) and places
(windows, venues, departments) and signboards (a board's own wording); ``editor`` holds what they share.
"""

from __future__ import annotations

from hallplanner.services.lifecycle import ItemEdits
from hallplanner.services.placement import PlacementEdits
from hallplanner.services.places import PlaceEdits
from hallplanner.services.signboards import SignboardEdits


class PlanEditor(PlacementEdits, ItemEdits, PlaceEdits, SignboardEdits):
    """The edits of one planner on one database."""
