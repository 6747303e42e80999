"""How fast the Excel exchange is, against the bare libraries in the same run.

    cd REPO && PYTHONPATH=$PWD python benchmarks/excel.py                 # 100,000 items
    PYTHONPATH=$PWD python benchmarks/excel.py --items 10000 --repeat 5

One command that measures and reports; it asserts nothing. A catalog of
``--items`` items is generated once (``hallplanner sample generate``) into
``benchmarks/.cache/``. Each figure is the median of ``--repeat`` runs; runs of a
pair alternate, so both see the same machine.

Export: the catalog's rows (read once from the database into a list) written by
``exchange.xlsx`` (title, styled header, text kept text, widths, print setup)
against openpyxl's bare write-only mode appending the same rows and saving.
Target: at most 1.2x. Also shown: the whole ``catalog`` export, database read included.

Import: reading the exported file into import records (checks against hostile
files, header, columns, merged cells, cleaning every value) against
python-calamine's bare read of the same file (open, ``to_python``). Target: at
most 1.5x. Also shown: the whole import into an empty database, one transaction
with its audit trail and undo record, which is database work on top of the read.
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

import python_calamine
from openpyxl import Workbook

from hallplanner.db.database import open_database
from hallplanner.exchange.catalog_file import read_catalog_file
from hallplanner.exchange.exporters import CATALOG_COLUMNS, CatalogExporter, title_line
from hallplanner.exchange.xlsx import Sheet, write_sheets
from hallplanner.services import exports
from hallplanner.services.importing import ImportOptions, import_catalog

CACHE = Path(__file__).parent / ".cache"


def catalog(items: int) -> Path:
    path = CACHE / f"excel-{items}.sqlite"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        subprocess.run([sys.executable, "-m", "hallplanner", "sample", "generate", "--items", str(items),
                        "--db", str(path), "--force"], check=True, stdout=subprocess.DEVNULL)
    return path


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


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


def report(label: str, ours: list[float], bare: list[float], target: float) -> None:
    ratios = [a / b for a, b in zip(ours, bare)]
    ratio = statistics.median(ratios)
    verdict = "ok" if ratio <= target else "OVER TARGET"
    print(f"{label:<8} ours {statistics.median(ours):6.2f} s  bare {statistics.median(bare):6.2f} s  "
          f"ratio {ratio:4.2f} (min {min(ratios):.2f}, max {max(ratios):.2f}; target <= {target})  {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    source = catalog(args.items)
    db = open_database(source, readonly=True)
    rows = list(exports.catalog_rows(db))
    headers = [column.header for column in CATALOG_COLUMNS]
    title = title_line("政务服务事项目录", db)
    work = Path(tempfile.mkdtemp(prefix="hallplanner-excel-"))
    try:
        ours_write, bare_writes, whole_export = [], [], []
        for _ in range(args.repeat):
            bare_writes.append(timed(lambda: bare_write(rows, headers, work / "bare.xlsx")))
            ours_write.append(timed(lambda: write_sheets(work / "ours.xlsx", [
                Sheet("事项目录", title, CATALOG_COLUMNS, iter(rows), len(rows))])))
            whole_export.append(timed(lambda: CatalogExporter().export(db, work / "catalog.xlsx")))
        db.close()
        exported = work / "catalog.xlsx"

        ours_read, bare_reads, whole_import = [], [], []
        for _ in range(args.repeat):
            bare_reads.append(timed(lambda: bare_read(exported)))
            ours_read.append(timed(lambda: read_catalog_file(exported)))
        for number in range(args.repeat):
            target = open_database(work / f"empty-{number}.sqlite", create=True)
            start = time.perf_counter()
            parsed = read_catalog_file(exported)
            outcome = import_catalog(target, parsed, ImportOptions(create_departments=True, source=exported.name))
            whole_import.append(time.perf_counter() - start)
            target.close()
            assert outcome.created == len(rows), outcome.summary()

        print(f"{args.items:,} items, {exported.stat().st_size / 1e6:.1f} MB xlsx, median of {args.repeat}")
        report("export", ours_write, bare_writes, 1.2)
        report("import", ours_read, bare_reads, 1.5)
        print(f"whole export (database read + write): {statistics.median(whole_export):6.2f} s")
        print(f"whole import into an empty database (read + one transaction): {statistics.median(whole_import):6.2f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
