"""How long the history, the publication list and the oversight checks take on a province-sized plan.

    cd REPO && PYTHONPATH=$PWD python benchmarks/history.py
    ... python benchmarks/history.py --items 100000 --big-edit 20000 --small-edits 300 --repeat 5

A generated plan (``hallplanner sample generate``, cached in the temp folder) is copied and
given a history: one large edit (``--big-edit`` items assigned to a window in one step, as an
import or a bulk assignment would) and ``--small-edits`` edits of one item each. Then, median
of ``--repeat`` runs:

1. a page of the whole plan's history (200 edits, 50 rows each), as the 历史 page opens;
2. one item's history; the history filtered by a department and by a person;
3. the bare read: the newest 200 × 50 audit rows fetched with SQLAlchemy Core, nothing done
   with them, in the same run; the ratio says what grouping and wording add;
4. the publication list (every change with its channels) against ``place_changes`` alone,
   and the plan's own rules followed by the two oversight checks (R13 on the same facts, as
   ``check_plan`` runs them) against the rules alone.

It asserts nothing; it reports.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from benchmarks.checks import generated_plan
from hallplanner.db.database import open_database
from hallplanner.db.schema import AuditEntry, HandlingPlace, ServiceItem, Window
from hallplanner.services.changes import place_changes
from hallplanner.services.checks import plan_rules
from hallplanner.services.editing import PlanEditor
from hallplanner.services.history import history
from hallplanner.services.history_views import HistoryQuery
from hallplanner.services.inspections import inspection_findings
from hallplanner.services.publication import publication_findings, publication_rows

AS_OF = dt.date(2024, 1, 15)


def timed(work, repeat: int) -> tuple[float, float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times), max(times)


def with_history(source: Path, folder: Path, big: int, small: int) -> Path:
    path = folder / "plan.sqlite"
    shutil.copyfile(source, path)
    db = open_database(path)
    with db.engine.connect() as connection:
        unplaced = list(connection.scalars(
            select(ServiceItem.id).where(~ServiceItem.id.in_(select(HandlingPlace.item_id).where(
                HandlingPlace.window_id.is_not(None)))).limit(big + small)))
        window = connection.scalar(select(Window.id).limit(1))
    start = time.perf_counter()
    PlanEditor(db, "批量").assign(unplaced[:big], window)
    print(f"one edit of {big} items: {time.perf_counter() - start:.1f} s")
    editor = PlanEditor(db, "王芳")
    for item_id in unplaced[big:big + small]:
        editor.assign([item_id], window)
    db.close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--big-edit", type=int, default=20_000)
    parser.add_argument("--small-edits", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = with_history(generated_plan(args.items, args.seed), Path(folder), args.big_edit, args.small_edits)
        db = open_database(path, readonly=True)
        with db.engine.connect() as connection:
            rows = connection.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
            item_id, department_id = connection.execute(
                select(AuditEntry.item_id, AuditEntry.department_id).order_by(AuditEntry.id.desc()).limit(1)).one()
        print(f"{args.items} items, {rows} audit rows")

        def bare():
            with db.engine.connect() as connection:
                connection.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(200 * 50)).all()

        def rules_and_oversight():  # as check_plan runs them: R13 on the facts the rules loaded
            with db.reading() as session:
                plan_rules(session.connection(), AS_OF, session.info)
                publication_findings(session, AS_OF)
                inspection_findings(session, AS_OF)

        def own_rules():
            with db.engine.connect() as connection:
                plan_rules(connection, AS_OF)

        results = {
            "bare read of 200 × 50 audit rows": timed(bare, args.repeat),
            "history page, whole plan (200 edits)": timed(lambda: history(db, HistoryQuery(limit=200)), args.repeat),
            "one item's history": timed(lambda: history(db, HistoryQuery(record=("item", item_id))), args.repeat),
            "history of a department": timed(lambda: history(db, HistoryQuery(department_id=department_id, limit=200)),
                                             args.repeat),
            "history of a person": timed(lambda: history(db, HistoryQuery(actor="王芳", limit=200)), args.repeat),
            "place_changes": timed(lambda: place_changes(db), args.repeat),
            "publication list": timed(lambda: publication_rows(db), args.repeat),
            "plan's own rules": timed(own_rules, args.repeat),
            "plan's own rules, then R13 + R16": timed(rules_and_oversight, args.repeat),
        }
        base = results["bare read of 200 × 50 audit rows"][0]
        for name, (median, low, high) in results.items():
            print(f"{name:40s} median {median * 1000:8.1f} ms  (min {low * 1000:.1f}, max {high * 1000:.1f})"
                  f"  {median / base:5.1f}× bare")
        db.close()


if __name__ == "__main__":
    main()
