"""Change notices: after any edit, the rows a view needs are exactly those it shows afresh.

The views apply notices without asking the database, so a notice that misses a
row leaves the planner looking at something the database no longer holds. Each
test makes an edit, builds its notice, and compares the notice's rows with a
fresh read of everything.
"""

from __future__ import annotations

from hallplanner.services.catalog import list_departments, list_items, list_venues
from hallplanner.services.editing import PlanEditor
from hallplanner.services.notices import changes_since, last_change_id, notice_for
from tests.plans import both_backends, items_named, planned_without_window, window


def notice_of(db, edit):
    return notice_for(db, edit.changes, "edit", edit.label)


def assert_fresh(db, notice, *, items=(), venues=()):
    """The notice carries these items and venues as the database now holds them."""
    stored_items = {item.id: item for item in list_items(db)}
    stored_venues = {venue.id: venue for venue in list_venues(db)}
    carried_items = {item.id: item for item in notice.items}
    carried_venues = {venue.id: venue for venue in notice.venues}
    assert set(items) <= set(carried_items), "an item the edit touched is missing"
    assert set(venues) <= set(carried_venues), "a venue the edit touched is missing"
    assert all(carried_items[i] == stored_items[i] for i in carried_items)
    assert all(carried_venues[v] == stored_venues[v] for v in carried_venues)


@both_backends
def test_an_assignment_refreshes_the_items_and_the_venue_totals(plan):
    items = planned_without_window(plan, 2)
    target = window(plan, "Z02")
    notice = notice_of(plan, PlanEditor(plan).assign([i.id for i in items], target.id))
    assert_fresh(plan, notice, items=[i.id for i in items], venues=[target.venue_id])
    assert len(notice.venues) < len(list_venues(plan)), "an item edit never reloads every venue"
    assert notice.departments is None


@both_backends
def test_renaming_a_window_refreshes_every_item_it_handles(plan):
    target = window(plan, "A01")
    handled = [i.id for i in list_items(plan) if any(p.window_id == target.id for p in i.places)]
    assert handled
    edit = PlanEditor(plan).update_window(target.id, target.version, {"name": "公安事务综合窗口(一)"})
    notice = notice_of(plan, edit)
    assert_fresh(plan, notice, items=handled, venues=[target.venue_id])
    assert all(item.window_labels == ["A01 公安事务综合窗口(一)"] for item in notice.items if item.id in handled)


@both_backends
def test_renaming_a_department_refreshes_its_items_and_its_short_name_on_venues(plan):
    editor = PlanEditor(plan)
    [department] = [d for d in list_departments(plan) if d.short_name == "公安局"]
    owned = [i.id for i in list_items(plan) if i.department_id == department.id]
    shows_it = [v.id for v in list_venues(plan) if v.department_short == "公安局"
                or any(w.department_short == "公安局" for w in v.windows)]
    assert owned and shows_it

    full = notice_of(plan, editor.update_department(department.id, 1, {"full_name": "厦门市公安局(新)"}))
    assert_fresh(plan, full, items=owned)
    assert full.venues == (), "the full name shows on no venue"
    assert [d.full_name for d in full.departments] == [d.full_name for d in list_departments(plan)]

    short = notice_of(plan, editor.update_department(department.id, 2, {"short_name": "公安"}))
    assert_fresh(plan, short, items=owned, venues=shows_it)


@both_backends
def test_a_volume_change_refreshes_the_totals_of_every_place_of_the_item(plan):
    [item] = items_named(plan, "普通护照签发")
    notice = notice_of(plan, PlanEditor(plan).update_item(item.id, item.version, {"annual_volume": 1}))
    assert_fresh(plan, notice, items=[item.id], venues=[place.venue_id for place in item.places])


@both_backends
def test_deleted_and_merged_items_are_named_as_removed(plan):
    first, second = items_named(plan, "普通护照签发", "普通护照换发")
    edit = PlanEditor(plan).merge_items([first.id, second.id], "普通护照签发及换发")
    notice = notice_of(plan, edit)
    assert notice.removed_items == {first.id, second.id}
    [merged] = items_named(plan, "普通护照签发及换发")
    assert_fresh(plan, notice, items=[merged.id], venues=[p.venue_id for p in merged.places])


@both_backends
def test_a_colleagues_changes_are_read_from_the_audit_trail_once(plan):
    floor = last_change_id(plan)
    [item] = items_named(plan, "工会法人资格登记")
    PlanEditor(plan, actor="陈审核").update_item(item.id, item.version, {"annual_volume": 4321})

    changes, ids = changes_since(plan, floor, set())
    assert [(c.table, c.id) for c in changes] == [("service_items", item.id)]
    notice = notice_for(plan, changes, "others")
    assert [i.annual_volume for i in notice.items if i.id == item.id] == [4321]
    assert changes_since(plan, floor, ids) == ([], set()), "what was seen is not read again"


def test_an_empty_change_list_makes_an_empty_notice(tmp_path, sample_path):
    from hallplanner.db.database import open_database

    db = open_database(sample_path, readonly=True)
    try:
        notice = notice_for(db, [], "others")
    finally:
        db.close()
    assert notice.is_empty and notice.items == () and notice.venues == ()

