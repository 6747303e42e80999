"""The sample's negative list and its adjustment proposals (plan §三(五)), from their CSV source.

Both are illustrative: the province's list holds here only the sample's own negative-list items,
and the proposals' people are invented (``sample_db/source/README.md``).
"""

from __future__ import annotations

from pathlib import Path

from hallplanner.domain.vocabulary import ListScope, ProposalAction, ProposalState
from hallplanner.sample.xiamen import BUILDER, PLAN_DATE, Keyed, read_source


def negative_list_tables(source: Path, departments: dict[str, int], items: Keyed) -> dict[str, list[dict]]:
    """The rows of the list's versions, their entries, the proposals and their steps."""
    item_rows = {row["id"]: row for row in items.rows}
    versions = Keyed()
    for row in read_source(source, "negative_list_versions.csv"):
        versions.add(row, "key", row.text("key"), {
            "name": row.text("name", max_length=128), "scope": row.choice("scope", ListScope),
            "effective_on": row.date("effective_on"), "document": row.text("document", required=False),
            "source": "", "note": row.text("note", required=False), "illustrative": row.flag("illustrative"),
            "based_on_id": None, "proposal_id": None, "created_by": BUILDER, "created_at": PLAN_DATE})
    entries = [{"id": number, "version_id": row.ref("version", versions.ids), "name": row.text("name", max_length=200),
                "basic_code": row.text("basic_code", required=False, max_length=12),
                "department": row.text("department", required=False), "note": row.text("note", required=False)}
               for number, row in enumerate(read_source(source, "negative_list_entries.csv"), start=1)]
    proposals = Keyed()
    for row in read_source(source, "proposals.csv"):
        item = item_rows[row.ref("item", items.ids)]
        proposals.add(row, "key", row.text("key"), {
            "department_id": row.ref("department", departments), "scope": row.choice("scope", ListScope),
            "action": row.choice("action", ProposalAction), "item_id": item["id"], "item_name": item["name"],
            "basic_code": item["basic_code"], "state": ProposalState.RAISED, "illustrative": row.flag("illustrative")})
    steps = []
    for number, row in enumerate(read_source(source, "proposal_steps.csv"), start=1):
        proposal_id = row.ref("proposal", proposals.ids)
        state = row.choice("state", ProposalState)
        proposals.rows[proposal_id - 1]["state"] = state  # the last step is where it stands
        steps.append({"id": number, "proposal_id": proposal_id, "state": state, "on": row.date("on"),
                      "person": row.text("person"), "office": row.text("office", required=False),
                      "reason": row.text("reason", required=False),
                      "attachments": [name for name in row.text("attachments", required=False).split(";") if name]})
    return {"negative_list_proposals": proposals.rows, "negative_list_proposal_steps": steps,
            "negative_list_versions": versions.rows, "negative_list_entries": entries}
