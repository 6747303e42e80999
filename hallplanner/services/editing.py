"""Every edit a planner makes, each in its own transaction, each undoable.

The plan's rules are checked in the services, so the GUI, the command line and
an import all keep them. ``PlanEditor`` gathers the edits by concern:
placement (items at windows), lifecycle (items themselves), places
(windows, venues, departments) and importing (a catalog file, as one edit); ``editor`` holds what they share.
"""

from __future__ import annotations

from hallplanner.services.importing import CatalogImport
from hallplanner.services.lifecycle import ItemEdits
from hallplanner.services.placement import PlacementEdits
from hallplanner.services.places import PlaceEdits


class PlanEditor(PlacementEdits, ItemEdits, PlaceEdits, CatalogImport):
    """The edits of one planner on one database."""
