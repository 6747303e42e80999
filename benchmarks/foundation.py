"""How long the foundation's batch work takes at city and at province scale.

    python benchmarks/foundation.py                # 10,000 and 100,000 items
    python benchmarks/foundation.py --items 5000   # any sizes

Each figure is the median of ``--repeat`` runs on a freshly generated SQLite file.
Measured: generating the catalog, opening it and reading every item with its
places (what the GUI does on open), reading the venue tree, and the whole
``hallplanner items --json`` process.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hallplanner.db.database import open_database
from hallplanner.sample.generate import generate
from hallplanner.services.catalog import list_items, list_venues


def open_and_list(path: Path) -> None:
    db = open_database(path, readonly=True)
    list_items(db)
    db.close()


def venues(path: Path) -> None:
    db = open_database(path, readonly=True)
    list_venues(db)
    db.close()


def cli_json(path: Path) -> None:
    subprocess.run([sys.executable, "-m", "hallplanner", "items", "--json", "--db", str(path)],
                   check=True, stdout=subprocess.DEVNULL)


def measure(path: Path, repeat: int) -> dict:
    """Seconds of each batch read of an existing catalog: ``open_list``, ``venues``, ``items_json``, ``repeat`` each."""
    figures: dict[str, list[float]] = {}
    for name, work in (("open_list", open_and_list), ("venues", venues), ("items_json", cli_json)):
        figures[name] = []
        for _ in range(repeat):
            start = time.perf_counter()
            work(path)
            figures[name].append(time.perf_counter() - start)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    print(f"{'items':>8} {'generate':>9} {'file MB':>8} {'open+list':>10} {'venues':>8} {'items --json':>13}")
    with tempfile.TemporaryDirectory() as folder:
        for count in args.items:
            path = Path(folder) / f"catalog-{count}.sqlite"
            start = time.perf_counter()
            generate(path, items=count, seed=1)
            generated = time.perf_counter() - start
            size = path.stat().st_size / 1e6
            figures = [statistics.median(values) for values in measure(path, args.repeat).values()]
            print(f"{count:>8} {generated:>8.2f}s {size:>8.1f} " + " ".join(
                f"{figure:>{width}.2f}s" for figure, width in zip(figures, (9, 7, 12))))


if __name__ == "__main__":
    main()
