"""How long checking the plan takes, at city and at province scale.

    cd REPO && PYTHONPATH=$PWD python benchmarks/checks.py
    ... python benchmarks/checks.py --items 100000 --repeat 5

For each ``--items`` size (default 2,000 and 100,000) a generated plan
(``hallplanner sample generate``, cached in the system's temp folder by size and
seed) is checked ``--repeat`` times, and the script prints the median, min and
max of:

1. the plan's rules (``services.checks.plan_rules``): the facts loaded and every rule of
   ``domain/checks.py`` run on them, with the progress measures. Target: under 1 s.
2. ``check_plan``: the whole report as ``hallplanner check`` makes it: the plan's rules
   and the other features' checks (signboards, staffing), checklist, progress.
3. the bare read: the same item and place columns fetched with SQLAlchemy Core and
   nothing done with them, in the same run; the ratio says what the rules add to
   reading the rows they need.
4. ``check_items`` on the 3 items of a drag-assign: what the findings panel re-checks
   after an edit that touched only items.

It asserts nothing; it reports.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from hallplanner.db.database import open_database
from hallplanner.db.schema import HandlingPlace, ServiceItem
from hallplanner.services.checks import check_items, check_plan, plan_rules
from shell import source_hash  # benchmarks/ is on the path: this script's folder

AS_OF = dt.date(2024, 1, 15)


def generated_plan(items: int, seed: int) -> Path:
    path = Path(tempfile.gettempdir()) / f"hallplanner-bench-{items}-{seed}-{source_hash()}.sqlite"  # schema
    if not path.exists():
        subprocess.run([sys.executable, "-m", "hallplanner", "sample", "generate", "--items", str(items),
                        "--seed", str(seed), "--db", str(path)], check=True, stdout=subprocess.DEVNULL)
    return path


def bare_read(db) -> int:
    with db.engine.connect() as connection:
        items = connection.execute(select(
            ServiceItem.id, ServiceItem.name, ServiceItem.department_id, ServiceItem.level, ServiceItem.status,
            ServiceItem.negative_list, ServiceItem.special_sensitive, ServiceItem.fully_online,
            ServiceItem.jointly_handled)).all()
        places = connection.execute(select(
            HandlingPlace.item_id, HandlingPlace.venue_id, HandlingPlace.window_id, HandlingPlace.role,
            HandlingPlace.opens_on, HandlingPlace.closes_on, HandlingPlace.keep_reason)).all()
    return len(items) + len(places)


def rules_only(db) -> int:
    with db.engine.connect() as connection:
        return len(plan_rules(connection, AS_OF).findings)


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def spread(values: list[float]) -> str:
    return f"median {statistics.median(values):7.3f} s   min {min(values):7.3f}   max {max(values):7.3f}"


def measure(db_path: Path, repeat: int) -> dict:
    """The figures of one plan, in seconds: ``rules``, ``check_plan``, ``bare_read``, ``check_items``."""
    db = open_database(db_path, readonly=True)
    report = check_plan(db, AS_OF)  # warm-up: the file in the page cache, the code imported
    some = [finding.subject_id for finding in report.findings if finding.subject_id][:3]
    rules, whole, bare, local = [], [], [], []
    for _ in range(repeat):  # alternating, so that noise hits all alike
        bare.append(timed(lambda: bare_read(db)))
        rules.append(timed(lambda: rules_only(db)))
        whole.append(timed(lambda: check_plan(db, AS_OF)))
        local.append(timed(lambda: check_items(db, some, AS_OF)))
    db.close()
    return {"rules": rules, "check_plan": whole, "bare_read": bare, "check_items": local,
            "findings": len(report.findings)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, action="append", help="plan sizes (default 2000 and 100000)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    for size in arguments.items or [2_000, 100_000]:
        figures = measure(generated_plan(size, arguments.seed), arguments.repeat)
        rules, whole, bare, local = (figures[key] for key in ("rules", "check_plan", "bare_read", "check_items"))
        ratio = statistics.median(rules) / statistics.median(bare)
        verdict = "pass" if statistics.median(rules) < 1.0 else "FAIL"
        print(f"{size:,} items, {figures['findings']:,} findings, as of {AS_OF}")
        print(f"  plan rules        {spread(rules)}   target < 1 s: {verdict}")
        print(f"  check_plan        {spread(whole)}   (with signboards and staffing)")
        print(f"  bare read         {spread(bare)}   plan rules / bare read = {ratio:.2f}")
        print(f"  check_items (3)   {spread(local)}")


if __name__ == "__main__":
    main()
