"""The catalog model keeps its rows right when edits arrive piecemeal.

An edit changes, adds or removes a few items, and the model places each by
bisection instead of sorting and filtering everything again. Whatever the sort
column, direction and filter, the rows must then be exactly the rows a model
built from scratch shows, and Qt's model contract must hold throughout.
"""

from __future__ import annotations

import dataclasses
import random

import pytest
from PySide6.QtCore import Qt

from hallplanner.domain.vocabulary import EntryStatus, ItemType, Level, PlaceRole, VenueKind
from hallplanner.gui.catalog.columns import COLUMNS
from hallplanner.gui.catalog.item_model import ItemTableModel
from hallplanner.services.search import ItemFilter
from hallplanner.services.views import ItemView, PlaceView

NAMES = ["出入境证件签发", "厦门市户籍迁入", "护照换发", "工伤认定申请", "法律援助申请", "社会保险登记", "不动产登记"]
WINDOWS = [PlaceView(1, "厦门市政务服务中心", VenueKind.CITY_CENTER, PlaceRole.MAIN, w, f"A{w:02d}", "综合窗口", "公安事务")
           for w in range(1, 6)]


def random_item(rng: random.Random, item_id: int) -> ItemView:
    return ItemView(
        id=item_id, name=rng.choice(NAMES) + rng.choice(["", "(一)", "(二)"]), basic_code=f"{rng.randrange(50):06d}",
        implementation_code=f"X{item_id}", item_type=rng.choice(list(ItemType)), department_id=1,
        department=rng.choice(["厦门市公安局", "厦门市人力资源和社会保障局"]), department_short="局", level=Level.CITY,
        category=rng.choice(["出入境", "社会保险", "不动产"]), annual_volume=rng.randrange(5) * 100, avg_minutes=10,
        jointly_handled=False, online_depth=1, fully_online=False, negative_list=rng.random() < 0.3,
        special_sensitive=False, status=rng.choice(list(EntryStatus)), plan_ref="", illustrative=False, version=1,
        places=(rng.choice(WINDOWS),) if rng.random() < 0.5 else (),
    )


def shown(model: ItemTableModel) -> list[int]:
    return [model.item_at(row).id for row in range(model.rowCount())]


@pytest.mark.parametrize("seed", range(12))
def test_piecemeal_edits_leave_the_rows_a_fresh_model_shows(qtmodeltester, seed):
    rng = random.Random(seed)
    items = {item_id: random_item(rng, item_id) for item_id in range(1, 120)}
    model = ItemTableModel()
    model.set_items(list(items.values()))
    column = rng.randrange(len(COLUMNS))
    order = rng.choice([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
    model.sort(column, order)
    wanted = rng.choice([ItemFilter(), ItemFilter(text="crj"), ItemFilter(negative_list=True),
                         ItemFilter(text="护照"), ItemFilter(text="护照换发"), ItemFilter(unassigned_only=True)])
    model.set_filter(wanted)
    qtmodeltester.check(model)
    next_id = 1000
    for _ in range(40):
        changed, removed = [], set()
        for _ in range(rng.randrange(1, 6)):
            roll = rng.random()
            if roll < 0.2 and items:
                removed.add(items.pop(rng.choice(list(items))).id)
            elif roll < 0.4:
                next_id += 1
                items[next_id] = random_item(rng, next_id)
                changed.append(items[next_id])
            elif items:
                old = items[rng.choice(list(items))]
                new = random_item(rng, old.id)
                items[old.id] = dataclasses.replace(old, **{f: getattr(new, f) for f in rng.sample(
                    ["name", "basic_code", "annual_volume", "status", "places", "negative_list", "category"], 2)})
                changed.append(items[old.id])
        model.update_items([item for item in changed if item.id not in removed], removed)

        fresh = ItemTableModel()
        fresh.set_items(list(items.values()))
        fresh.sort(column, order)
        fresh.set_filter(wanted)
        assert shown(model) == shown(fresh)
        assert model.assigned_count == sum(item.assigned for item in items.values())
    qtmodeltester.check(model)
