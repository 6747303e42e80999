"""What accounts cost on a server: reading the catalog and saving edits as a department login.

    cd REPO && PYTHONPATH=$PWD python benchmarks/accounts.py [--items 20000] [--edits 30] [--url URL]

A generated plan (``hallplanner sample generate``, cached in the temp folder) is copied onto a
PostgreSQL database: the one ``--url`` names (an empty database; its owner must be allowed to
create roles), or one in a throwaway cluster started for the run. In the same run it measures:

1. reading the catalog (``list_items``) as the tables' owner, who is outside row-level security:
   the baseline; and as a department login, whose reads pass the policies;
2. saving ``--edits`` single-item edits (``update_item``) as the owner, and as a department login
   on its own items: each then also asks the server for the login's name for the audit trail, is
   checked row by row before it is sent, and passes the department policies on the server.

It prints medians and the ratio to the owner's; it asserts nothing.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from hallplanner.db.database import open_database
from hallplanner.db.migrations import HEAD
from hallplanner.db.transfer import copy_rows
from hallplanner.domain.access import AccessRole
from hallplanner.services import accounts
from hallplanner.services.catalog import list_items
from hallplanner.services.editing import PlanEditor


def generated_plan(items: int, seed: int = 1) -> Path:
    # By schema version too: a file cached by an older HallPlanner would have to be upgraded first.
    path = Path(tempfile.gettempdir()) / f"hallplanner-bench-{items}-{seed}-{HEAD}.sqlite"
    if not path.exists():
        subprocess.run([sys.executable, "-m", "hallplanner", "sample", "generate", "--items", str(items),
                        "--seed", str(seed), "--db", str(path)], check=True, stdout=subprocess.DEVNULL)
    return path


def timed(work, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def edits(db, item_ids: list[int]) -> None:
    editor = PlanEditor(db)
    versions = {item.id: item.version for item in list_items(db, item_ids)}
    for item_id in item_ids:
        editor.update_item(item_id, versions[item_id], {"annual_volume": versions[item_id] + 1000})


def measure(url: str, items: int, edit_count: int, repeat: int) -> None:
    source, owner = open_database(generated_plan(items), readonly=True), open_database(url, create=True)
    copy_rows(source, owner)
    source.close()
    with owner.engine.connect() as connection:
        department_id, name = connection.execute(text(
            "SELECT d.id, d.full_name FROM departments d JOIN service_items i ON i.department_id = d.id "
            "GROUP BY d.id ORDER BY count(*) DESC LIMIT 1")).one()
        own = connection.execute(text("SELECT id FROM service_items WHERE department_id = :d ORDER BY id LIMIT :n"),
                                 {"d": department_id, "n": edit_count * 2}).scalars().all()
    login = f"bench_department_{int(time.time())}"
    accounts.grant(owner, login, AccessRole.DEPARTMENT, department=name, password="bench")
    department = open_database(make_url(url).set(username=login).render_as_string(hide_password=False))

    reads = {label: statistics.median(timed(lambda db=db: list_items(db), repeat))
             for label, db in (("owner", owner), ("department", department))}
    saves = {"owner": statistics.median(timed(lambda: edits(owner, own[:edit_count]), 1)) / edit_count,
             "department": statistics.median(timed(lambda: edits(department, own[edit_count:]), 1)) / edit_count}
    print(f"{items} items, {len(list_items(owner))} read; department {name} ({len(own)} of its items edited)")
    print(f"catalog read: owner {reads['owner'] * 1000:.0f} ms, department {reads['department'] * 1000:.0f} ms "
          f"(× {reads['department'] / reads['owner']:.2f})")
    print(f"one edit: owner {saves['owner'] * 1000:.1f} ms, department {saves['department'] * 1000:.1f} ms "
          f"(× {saves['department'] / saves['owner']:.2f})")
    department.close()
    owner.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--url", help="an empty PostgreSQL database (default: a throwaway cluster)")
    args = parser.parse_args()
    if args.url:
        measure(args.url, args.items, args.edits, args.repeat)
        return
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.postgres_cluster import find_bin_dir, new_cluster

    cluster = new_cluster(find_bin_dir())
    cluster.start()
    try:
        engine = create_engine(cluster.url(), isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text("CREATE DATABASE bench"))
        engine.dispose()
        measure(cluster.url("bench"), args.items, args.edits, args.repeat)
    finally:
        cluster.stop()
        shutil.rmtree(cluster.data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
