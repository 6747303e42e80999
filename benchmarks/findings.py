"""The findings panel at scale: the checks in the background, and what the GUI thread pays to show them.

    QT_QPA_PLATFORM=offscreen python benchmarks/findings.py                    # 100,000 generated items
    QT_QPA_PLATFORM=offscreen python benchmarks/findings.py --db big.sqlite    # a plan already generated

The background figures are the jobs the panel submits (a whole check; the check of the ten
items an edit touched). The GUI-thread figures are the model's work in a shown table: the first
rows, the same check again (merged: nothing changes), an edit's ten items replaced, a filter.
Each is also given as a ratio to a bare Python pass over the findings, measured in the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from hallplanner.db.database import open_database  # noqa: E402
from hallplanner.domain.findings import Severity  # noqa: E402
from hallplanner.gui.checks.finding_model import FindingFilter, FindingModel  # noqa: E402
from hallplanner.gui.checks.panel import check_some_items, check_whole_plan  # noqa: E402
from hallplanner.sample.generate import generate  # noqa: E402


def timed(app: QApplication, action) -> float:
    start = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def measure(app: QApplication, path: Path) -> dict:
    """The background checks (seconds) and the model's GUI-thread work (ms), with the bare pass (ms)."""
    db = open_database(path, readonly=True)
    day = dt.date.today()
    start = time.perf_counter()
    whole = check_whole_plan(db, day)
    figures: dict[str, object] = {"whole_check_s": time.perf_counter() - start, "findings": len(whole.rows)}
    item_ids = sorted({row.finding.subject_id for row in whole.rows if row.finding.subject_id})[::997][:10]
    start = time.perf_counter()
    touched = check_some_items(db, item_ids, day)
    figures["items_check_ms"] = (time.perf_counter() - start) * 1000
    figures["items_checked"] = len(item_ids)
    db.close()

    model = FindingModel(lambda department_id: "")
    view = QTableView()
    view.setModel(model)
    view.resize(1400, 300)
    view.show()
    app.processEvents()
    start = time.perf_counter()
    sum(1 for row in whole.rows if row.finding.severity is Severity.WARNING)
    figures["baseline_ms"] = (time.perf_counter() - start) * 1000
    gui: dict[str, float] = {}
    for label, action in (
        ("first rows", lambda: model.set_rows(whole.rows)),
        ("the same check again", lambda: model.set_rows(list(whole.rows))),
        ("an edit's items replaced", lambda: model.replace_items(item_ids, touched)),
        ("filter: warnings only", lambda: model.set_filter(FindingFilter(frozenset({Severity.WARNING})))),
        ("filter off", lambda: model.set_filter(FindingFilter())),
    ):
        gui[label] = timed(app, action)
    figures["gui_ms"] = gui
    view.close()
    return figures


def run(app: QApplication, path: Path) -> None:
    figures = measure(app, path)
    print(f"background: whole check {figures['whole_check_s']:.2f} s, {figures['findings']:,} findings")
    print(f"background: check of {figures['items_checked']} items {figures['items_check_ms']:.0f} ms")
    baseline = figures["baseline_ms"]
    print(f"baseline: one bare pass over the findings {baseline:.1f} ms")
    for label, spent in figures["gui_ms"].items():
        print(f"GUI thread: {label:26} {spent:7.1f} ms  ({spent / baseline:.1f} × baseline)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="a plan to check instead of a generated one")
    args = parser.parse_args()
    app = QApplication([])
    if args.db is not None:
        run(app, args.db)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "catalog.sqlite"
        generate(path, items=args.items, seed=1)
        run(app, path)


if __name__ == "__main__":
    main()
