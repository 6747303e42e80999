"""How fast the Excel exchange is, against the bare libraries in the same run.

    cd REPO && PYTHONPATH=$PWD python benchmarks/excel.py                 # 100,000 items
    PYTHONPATH=$PWD python benchmarks/excel.py --items 10000 --repeat 5

One command that measures and reports; it asserts nothing. A catalog of
``--items`` items is generated once (``hallplanner sample generate``) into
``benchmarks/.cache/`` (as ``shell.py`` names it). Each figure is the median of ``--repeat`` runs; runs of a
pair alternate, so both see the same machine.

Export: the catalog's rows (read once from the database into a list) written by
``exchange.xlsx`` (title, styled header, text kept text, widths, print setup)
against openpyxl's bare write-only mode appending the same rows and saving.
Target: at most 1.2x. Also shown: the whole ``catalog`` export, database read included.

Import: reading the exported file into import records (checks against hostile
files, header, columns, merged cells, cleaning every value) against
python-calamine's bare read of the same file (open, ``to_python``). Target: at
most 1.5x. The ratio covers the file only: no database is opened or written on
either side. The whole import into an empty database (one transaction with its
audit trail and undo record, database work on top of the read) is shown apart,
without a baseline; ``--no-whole-import`` skips it.

Each pair is timed on the wall clock and in CPU time of this process: on a shared
machine the wall clock also counts other people's work, so both ratios are shown.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import python_calamine
from openpyxl import Workbook

from hallplanner.db.database import open_database
from hallplanner.exchange.catalog_file import read_catalog_file
from hallplanner.exchange.exporters import CATALOG_COLUMNS, CatalogExporter, title_line
from hallplanner.exchange.xlsx import Sheet, write_sheets
from hallplanner.services import exports
from hallplanner.services.importing import ImportOptions, import_catalog
from shell import cached_catalog  # benchmarks/ is on the path: this script's folder



def timed(work) -> tuple[float, float]:
    """Wall-clock and CPU seconds of ``work()`` (CPU time: this process only, steadier on a shared machine).

    Each run starts from the same garbage collector: nothing frozen (the import freezes what
    it made), nothing left to collect, so neither side inherits the other's state.
    """
    gc.unfreeze()
    gc.collect()
    start, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - start, time.process_time() - cpu


def bare_write(rows: list[tuple], headers: list[str], path: Path) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("事项目录")
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def bare_read(path: Path) -> None:
    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)


def measure(source: Path, repeat: int, work: Path, whole_export: bool = True, whole_import: bool = False) -> dict:
    """Seconds of each pair (``export``/``bare_write``, ``import``/``bare_read``), wall and CPU, ``repeat`` each.

    With ``whole_export``, also the catalog export with its database read (the file imported is
    then that export's; without it, the one written by ``export``: the same rows). With
    ``whole_import``, also the import into an empty database (read and one transaction).
    """
    db = open_database(source, readonly=True)
    rows = list(exports.catalog_rows(db))
    headers = [column.header for column in CATALOG_COLUMNS]
    title = title_line("政务服务事项目录", db)
    figures: dict[str, list[float]] = {key: [] for key in (
        "export", "bare_write", "export_cpu", "bare_write_cpu", "whole_export",
        "import", "bare_read", "import_cpu", "bare_read_cpu", "whole_import")}

    def add(name: str, timing: tuple[float, float]) -> None:
        figures[name].append(timing[0])
        if f"{name}_cpu" in figures:
            figures[f"{name}_cpu"].append(timing[1])

    for _ in range(repeat):
        add("bare_write", timed(lambda: bare_write(rows, headers, work / "bare.xlsx")))
        add("export", timed(lambda: write_sheets(work / "ours.xlsx", [
            Sheet("事项目录", title, CATALOG_COLUMNS, iter(rows), len(rows))])))
        if whole_export:
            add("whole_export", timed(lambda: CatalogExporter().export(db, work / "catalog.xlsx")))
    db.close()
    exported = work / ("catalog.xlsx" if whole_export else "ours.xlsx")
    for _ in range(repeat):
        add("bare_read", timed(lambda: bare_read(exported)))
        add("import", timed(lambda: read_catalog_file(exported)))
    for number in range(repeat if whole_import else 0):
        target = open_database(work / f"empty-{number}.sqlite", create=True)
        start = time.perf_counter()
        parsed = read_catalog_file(exported)
        outcome = import_catalog(target, parsed, ImportOptions(create_departments=True, source=exported.name))
        figures["whole_import"].append(time.perf_counter() - start)
        target.close()
        assert outcome.created == len(rows), outcome.summary()
    return {**figures, "rows": len(rows), "xlsx_mb": exported.stat().st_size / 1e6}


def report(label: str, ours: list[float], bare: list[float], target: float) -> None:
    ratios = [a / b for a, b in zip(ours, bare)]
    ratio = statistics.median(ratios)
    verdict = "ok" if ratio <= target else "OVER TARGET"
    print(f"{label:<12} ours {statistics.median(ours):6.2f} s  bare {statistics.median(bare):6.2f} s  "
          f"ratio {ratio:4.2f} (min {min(ratios):.2f}, max {max(ratios):.2f}; target <= {target})  {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-whole-import", action="store_true",
                        help="skip the import into an empty database (a minute at 100,000 items)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="hallplanner-excel-"))
    try:
        figures = measure(cached_catalog(args.items), args.repeat, work, whole_import=not args.no_whole_import)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{args.items:,} items, {figures['xlsx_mb']:.1f} MB xlsx, median of {args.repeat}")
    report("export", figures["export"], figures["bare_write"], 1.2)
    report("import", figures["import"], figures["bare_read"], 1.5)
    report("export (CPU)", figures["export_cpu"], figures["bare_write_cpu"], 1.2)
    report("import (CPU)", figures["import_cpu"], figures["bare_read_cpu"], 1.5)
    print(f"whole export (database read + write): {statistics.median(figures['whole_export']):6.2f} s")
    if figures["whole_import"]:
        print(f"whole import into an empty database (read + one transaction): "
              f"{statistics.median(figures['whole_import']):6.2f} s")


if __name__ == "__main__":
    main()
