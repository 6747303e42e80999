"""How long copying a large plan onto a PostgreSQL server and back takes, against the bare drivers.

    cd REPO && PYTHONPATH=$PWD python benchmarks/plan_copy.py
    ... python benchmarks/plan_copy.py --items 100000 --repeat 3 --server postgresql+psycopg://postgres@host/postgres

A generated plan (``hallplanner sample generate --items N``, cached in the system's
temp folder by size, seed and schema version) is copied with ``db.transfer.copy_plan``, the code
behind ``hallplanner db copy``:

1. to the server: the SQLite file into a new, empty database on the server
   (schema created, one transaction, sequences set, counts verified);
2. back: the server's plan into a new SQLite file.

Beside each, in the same run, the bare baseline moves the same rows with the
drivers alone, into the same empty schema (created untimed): ``sqlite3`` fetchall
and psycopg ``COPY … FROM STDIN`` to the server; psycopg ``COPY … TO STDOUT`` and
``sqlite3`` executemany back. No checks, no type handling, no progress: the
floor any copy stands on. Reported: seconds (median, min, max over ``--repeat``)
and the ratio copy / bare of the medians.

Without ``--server`` a throwaway PostgreSQL cluster is started (as the tests do,
``tests/postgres_cluster.py``) and removed afterwards; with it, databases named
``hallplanner_bench_*`` are created on that server and dropped again.
``measure(...)`` returns the figures as a dict; this script only prints them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing, contextmanager
from pathlib import Path

import psycopg
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hallplanner.db.database import open_database  # noqa: E402
from hallplanner.db.migrations import HEAD  # noqa: E402
from hallplanner.db.schema import Base  # noqa: E402
from hallplanner.db.transfer import copy_plan  # noqa: E402

TABLES = [table.name for table in Base.metadata.sorted_tables]


def generated_plan(items: int, seed: int) -> Path:
    # Named after the schema version too: a plan cached by an older checkout is not at this one's.
    path = Path(tempfile.gettempdir()) / f"hallplanner-bench-copy-{items}-{seed}-{HEAD}.sqlite"
    if not path.exists():
        subprocess.run([sys.executable, "-m", "hallplanner", "sample", "generate", "--items", str(items),
                        "--seed", str(seed), "--db", str(path)], check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    return path


@contextmanager
def throwaway_server():
    from tests.postgres_cluster import find_bin_dir, new_cluster

    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise SystemExit("no PostgreSQL server binaries (initdb, pg_ctl); give --server URL")
    cluster = new_cluster(bin_dir)
    cluster.start()
    try:
        yield cluster.url()
    finally:
        cluster.stop()
        shutil.rmtree(cluster.data_dir, ignore_errors=True)


class Server:
    """Fresh databases on one server, by name, dropped at the end."""

    def __init__(self, maintenance_url: str) -> None:
        self.url = make_url(maintenance_url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.names: set[str] = set()

    def fresh(self, name: str) -> str:
        name = f"hallplanner_bench_{name}"
        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        self.names.add(name)
        return self.url.set(database=name).render_as_string(hide_password=False)

    def close(self) -> None:
        with self.admin.connect() as connection:
            for name in self.names:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        self.admin.dispose()


def libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def with_schema(target: str | Path) -> None:
    open_database(target, create=True).close()


def bare_to_server(source: Path, url: str) -> int:
    """The source's rows with sqlite3, into the server with COPY, in one transaction."""
    rows = 0
    with closing(sqlite3.connect(source)) as reading, psycopg.connect(libpq(url)) as writing:
        with writing.cursor() as cursor:
            for table in TABLES:
                result = reading.execute(f"SELECT * FROM {table}")
                columns = ", ".join(column[0] for column in result.description)
                with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in result.fetchall():
                        copy.write_row(row)
                        rows += 1
    return rows


def bare_from_server(url: str, destination: Path) -> int:
    """The server's rows with plain SELECTs, into SQLite with executemany, in one transaction."""
    rows = 0
    with psycopg.connect(libpq(url)) as reading, closing(sqlite3.connect(destination)) as writing:
        writing.execute("BEGIN")
        with reading.cursor() as cursor:
            for table in TABLES:
                columns = ", ".join(column.name for column in Base.metadata.tables[table].columns)
                values = cursor.execute(f"SELECT {columns} FROM {table}").fetchall()
                marks = ", ".join("?" for _ in Base.metadata.tables[table].columns)
                writing.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)
                rows += len(values)
        writing.execute("COMMIT")
    return rows


# What sqlite3 cannot store as it comes from psycopg: as text, the way SQLAlchemy stores it.
for kind in (dt.date, dt.datetime, dt.time):
    sqlite3.register_adapter(kind, lambda value: value.isoformat(" ") if isinstance(value, dt.datetime)
                             else value.isoformat())
for kind in (dict, list):
    sqlite3.register_adapter(kind, json.dumps)


def timed(work) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def measure(items: int = 100_000, seed: int = 1, repeat: int = 1, server_url: str | None = None) -> dict:
    """Seconds for each copy and its bare baseline, ``repeat`` times each, and the ratios of the medians."""
    if server_url is None:
        with throwaway_server() as url:
            return measure(items, seed, repeat, url)
    source = generated_plan(items, seed)
    server = Server(server_url)
    work = Path(tempfile.mkdtemp(prefix="hallplanner-bench-copy-"))
    times: dict[str, list[float]] = {"to_server": [], "bare_to_server": [], "back": [], "bare_back": []}
    rows = 0
    try:
        for run in range(repeat):
            copied = server.fresh("copy")
            seconds, result = timed(lambda: copy_plan(source, copied))
            times["to_server"].append(seconds)
            rows = result.rows

            bare = server.fresh("bare")
            with_schema(bare)
            seconds, bare_rows = timed(lambda: bare_to_server(source, bare))
            times["bare_to_server"].append(seconds)
            assert bare_rows == rows, (bare_rows, rows)

            back = work / f"back-{run}.sqlite"
            seconds, _ = timed(lambda: copy_plan(copied, back))
            times["back"].append(seconds)

            bare_back = work / f"bare-back-{run}.sqlite"
            with_schema(bare_back)
            seconds, bare_rows = timed(lambda: bare_from_server(bare, bare_back))
            times["bare_back"].append(seconds)
            assert bare_rows == rows, (bare_rows, rows)
    finally:
        server.close()
        shutil.rmtree(work, ignore_errors=True)
    medians = {name: statistics.median(values) for name, values in times.items()}
    return {
        "items": items,
        "rows": rows,
        "seconds": times,
        "median_s": medians,
        "ratio_to_server": medians["to_server"] / medians["bare_to_server"],
        "ratio_back": medians["back"] / medians["bare_back"],
        "rows_per_s_to_server": rows / medians["to_server"],
        "rows_per_s_back": rows / medians["back"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--server", help="maintenance URL on a server (postgresql+psycopg://user@host/postgres); "
                                         "default: a throwaway cluster")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    arguments = parser.parse_args()
    figures = measure(arguments.items, arguments.seed, arguments.repeat, arguments.server)
    print(f"{figures['items']} items, {figures['rows']} rows in all")
    for name in ("to_server", "bare_to_server", "back", "bare_back"):
        values = figures["seconds"][name]
        print(f"  {name:15} median {statistics.median(values):7.2f} s   min {min(values):7.2f}   max {max(values):7.2f}")
    print(f"  copy / bare: to the server {figures['ratio_to_server']:.2f}x, back {figures['ratio_back']:.2f}x")
    if arguments.json:
        arguments.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
