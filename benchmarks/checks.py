"""How long checking the plan takes, at city and at province scale.

    cd REPO && PYTHONPATH=$PWD python benchmarks/checks.py
    ... python benchmarks/checks.py --items 100000 --repeat 5

For each ``--items`` size (default 2,000 and 100,000) a generated plan
(``hallplanner sample generate``, cached in the system's temp folder by size and
seed) is checked ``--repeat`` times, and the script prints the median, min and
max of:

1. ``check_plan``: the whole report as ``hallplanner check`` makes it (facts
   loaded, every rule, checklist, progress). Target: under 1 s.
2. the bare read: the same item and place columns fetched with SQLAlchemy Core and
   nothing done with them, in the same run; the ratio says what the checks add to
   reading the rows they need.
3. ``check_items`` on the 3 items of a drag-assign: what the findings panel re-checks
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
from hallplanner.services.checks import check_items, check_plan

AS_OF = dt.date(2024, 1, 15)


def generated_plan(items: int, seed: int) -> Path:
    path = Path(tempfile.gettempdir()) / f"hallplanner-bench-{items}-{seed}.sqlite"
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


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def spread(values: list[float]) -> str:
    return f"median {statistics.median(values):7.3f} s   min {min(values):7.3f}   max {max(values):7.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, action="append", help="plan sizes (default 2000 and 100000)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    for size in arguments.items or [2_000, 100_000]:
        db = open_database(generated_plan(size, arguments.seed), readonly=True)
        report = check_plan(db, AS_OF)  # warm-up: the file in the page cache, the code imported
        some = [finding.subject_id for finding in report.findings if finding.subject_id][:3]
        whole, bare, local = [], [], []
        for _ in range(arguments.repeat):  # alternating, so that noise hits both alike
            bare.append(timed(lambda: bare_read(db)))
            whole.append(timed(lambda: check_plan(db, AS_OF)))
            local.append(timed(lambda: check_items(db, some, AS_OF)))
        db.close()
        ratio = statistics.median(whole) / statistics.median(bare)
        verdict = "pass" if statistics.median(whole) < 1.0 else "FAIL"
        print(f"{size:,} items, {len(report.findings):,} findings, as of {AS_OF}")
        print(f"  check_plan        {spread(whole)}   target < 1 s: {verdict}")
        print(f"  bare read         {spread(bare)}   check_plan / bare read = {ratio:.2f}")
        print(f"  check_items (3)   {spread(local)}")


if __name__ == "__main__":
    main()
