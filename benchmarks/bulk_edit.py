"""How long one edit of thousands of items takes: a department's items dragged onto a window.

    cd REPO && PYTHONPATH=$PWD python benchmarks/bulk_edit.py
    ... python benchmarks/bulk_edit.py --items 100000 --selected 2000 --selected 20000 --repeat 3

On a generated plan (``hallplanner sample generate --items N``, cached in the system's
temp folder by size, seed and schema version), copied afresh for every run, the first
``--selected`` items by department (what a planner selects: whole departments) are

1. assigned to one window of the city center (``PlanEditor.assign``: one transaction, the
   audit trail, the R3 guard, the history's context columns);
2. undone, then redone (``PlanEditor.undo``: values checked against what the edit left,
   optimistic locking, audited too);
3. those not entered and in no center before taken out of it again (``PlanEditor.unassign``;
   R3 keeps the others).

Beside them, in the same run, the bare baseline writes the same rows with SQLAlchemy Core
alone on another fresh copy: the assign's inserted and updated rows (``executemany``, one
transaction), then the undo's (the same rows back). No audit, no checks: the floor an
edit stands on. Reported: seconds (median, min, max over ``--repeat``) and the ratio of the
medians to the bare write. ``measure(...)`` returns the figures as a dict; this script only
prints them.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from sqlalchemy import bindparam, delete, insert, select, update

from hallplanner.db.changes import RowChange
from hallplanner.db.database import open_database
from hallplanner.db.migrations import HEAD
from hallplanner.db.schema import Base, HandlingPlace, ServiceItem, Venue, Window
from hallplanner.domain.plan_time import CENTER_KINDS
from hallplanner.domain.vocabulary import EntryStatus
from hallplanner.services.editing import PlanEditor

ROOT = Path(__file__).resolve().parents[1]


def generated_plan(items: int, seed: int) -> Path:
    # Named after the schema version too: a plan cached by an older checkout is not at this one's.
    path = Path(tempfile.gettempdir()) / f"hallplanner-bench-{items}-{seed}-{HEAD}.sqlite"
    if not path.exists():
        subprocess.run([sys.executable, "-m", "hallplanner", "sample", "generate", "--items", str(items),
                        "--seed", str(seed), "--db", str(path)], check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    return path


def selection(path: Path, count: int) -> tuple[list[int], list[int], int, int]:
    """The first ``count`` items by department, those of them not entered and in no center yet (what
    R3 lets leave the center again), the first window of a city center and its venue."""
    db = open_database(path, readonly=True)
    try:
        with db.engine.connect() as connection:
            in_center = select(HandlingPlace.id).join(Venue).where(
                HandlingPlace.item_id == ServiceItem.id, Venue.kind.in_(CENTER_KINDS)).exists()
            chosen = connection.execute(select(ServiceItem.id, ServiceItem.status, in_center.label("in_center"))
                                        .order_by(ServiceItem.department_id, ServiceItem.id).limit(count)).all()
            window, venue = connection.execute(select(Window.id, Window.venue_id).join(Venue)
                                               .where(Venue.kind == "city_center").order_by(Window.id).limit(1)).one()
    finally:
        db.close()
    return ([row.id for row in chosen], [row.id for row in chosen if row.status is not EntryStatus.ENTERED and not row.in_center],
            window, venue)


def bare_write(db, changes: tuple[RowChange, ...], *, back: bool = False) -> None:
    """The rows ``changes`` leave (``back``: the rows they started from), written with Core alone."""
    rows: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for change in changes:
        old, new = (change.after, change.before) if back else (change.before, change.after)
        kind = "insert" if old is None else "delete" if new is None else "update"
        rows[change.table, kind].append({"id": change.id} if new is None else dict(new))
    with db.engine.begin() as connection:
        for (name, kind), values in rows.items():
            table = Base.metadata.tables[name]
            if kind == "insert":
                connection.execute(insert(table), values)
            else:
                by_id = table.c.id == bindparam("row_id")
                statement = delete(table).where(by_id) if kind == "delete" else update(table).where(by_id)
                connection.execute(statement, [{**value, "row_id": value["id"]} for value in values])


def timed(work):
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def measure(items: int = 100_000, selected: tuple[int, ...] = (2_000, 20_000), repeat: int = 1,
            seed: int = 1) -> dict:
    """Seconds for each edit of each selection size and its bare baseline, with the ratios of the medians."""
    source = generated_plan(items, seed)
    work = Path(tempfile.mkdtemp(prefix="hallplanner-bench-bulk-"))
    figures: dict = {"items": items, "selections": {}}
    try:
        for count in selected:
            ids, movable, window, venue = selection(source, count)
            times: dict[str, list[float]] = defaultdict(list)
            rows = 0
            for run in range(repeat):
                copy = work / f"edit-{count}-{run}.sqlite"
                shutil.copyfile(source, copy)
                db = open_database(copy)
                editor = PlanEditor(db, "bench")
                seconds, edit = timed(lambda: editor.assign(ids, window))
                times["assign"].append(seconds)
                rows = len(edit.changes)
                seconds, undone = timed(lambda: editor.undo(edit))
                times["undo"].append(seconds)
                seconds, redone = timed(lambda: editor.undo(undone, redo=True))
                times["redo"].append(seconds)
                seconds, _ = timed(lambda: editor.unassign(movable, venue))
                times["unassign"].append(seconds)
                db.close()

                bare = work / f"bare-{count}-{run}.sqlite"
                shutil.copyfile(source, bare)
                db = open_database(bare)
                times["bare_assign"].append(timed(lambda: bare_write(db, edit.changes))[0])
                times["bare_undo"].append(timed(lambda: bare_write(db, edit.changes, back=True))[0])
                db.close()
                for path in work.iterdir():
                    path.unlink()
            medians = {name: statistics.median(values) for name, values in times.items()}
            figures["selections"][count] = {
                "rows": rows,
                "seconds": dict(times),
                "median_s": medians,
                "ratio_assign": medians["assign"] / medians["bare_assign"],
                "ratio_undo": medians["undo"] / medians["bare_undo"],
                "ratio_redo": medians["redo"] / medians["bare_assign"],
            }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000, help="plan size (default 100000)")
    parser.add_argument("--selected", type=int, action="append", help="items in the edit (default 2000 and 20000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    arguments = parser.parse_args()
    figures = measure(arguments.items, tuple(arguments.selected or (2_000, 20_000)), arguments.repeat, arguments.seed)
    print(f"plan of {figures['items']:,} items")
    for count, result in figures["selections"].items():
        print(f"  {count:,} items selected, {result['rows']:,} rows changed")
        for name in ("assign", "undo", "redo", "unassign", "bare_assign", "bare_undo"):
            values = result["seconds"][name]
            print(f"    {name:12} median {statistics.median(values):7.2f} s   min {min(values):7.2f}   "
                  f"max {max(values):7.2f}")
        print(f"    edit / bare: assign {result['ratio_assign']:.1f}x, undo {result['ratio_undo']:.1f}x, "
              f"redo {result['ratio_redo']:.1f}x")
    if arguments.json:
        arguments.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
