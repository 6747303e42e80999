"""Every edit a planner makes, each in its own transaction, each undoable.

The plan's rules are checked in the services, so the GUI, the command line and
an import all keep them. ``PlanEditor`` gathers the edits by concern:
placement (items at windows), lifecycle (items themselves), places
(windows, venues, departments), signboards (a board's own wording), staff
(people, posts, opening hours, the checklist, staffing settings), importing
(a catalog file, as one edit), the plan's deadlines, the floor plan (windows placed,
zones; ``floorplan_layout``: windows added, pasted, renumbered, moved between floors, floors
renamed, their drawings), publication of changed places (R13), inspections (R16), the negative
list's versions and its adjustment proposals; ``editor`` holds what they share.
"""

from __future__ import annotations

from hallplanner.services.deadlines import DeadlineEdits
from hallplanner.services.floorplan import FloorplanEdits
from hallplanner.services.floorplan_layout import LayoutEdits
from hallplanner.services.importing import CatalogImport
from hallplanner.services.inspections import InspectionEdits
from hallplanner.services.lifecycle import ItemEdits
from hallplanner.services.negative_list import NegativeListEdits
from hallplanner.services.placement import PlacementEdits
from hallplanner.services.places import PlaceEdits
from hallplanner.services.publication import PublicationEdits
from hallplanner.services.proposals import ProposalEdits
from hallplanner.services.signboards import SignboardEdits
from hallplanner.services.staff import StaffEdits


class PlanEditor(PlacementEdits, ItemEdits, PlaceEdits, SignboardEdits, StaffEdits, CatalogImport,
                 DeadlineEdits, FloorplanEdits, LayoutEdits, PublicationEdits, InspectionEdits,
                 NegativeListEdits, ProposalEdits):
    """The edits of one planner on one database."""
