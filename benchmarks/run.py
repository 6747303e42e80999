"""Every benchmark in one command: each scenario at city and at province scale, against its baseline.

    cd REPO && PYTHONPATH=$PWD python benchmarks/run.py            # full run: 2,000 and 100,000 items, 3 repeats
    PYTHONPATH=$PWD python benchmarks/run.py --quick               # CI: 2,000 items, one repetition
    PYTHONPATH=$PWD python benchmarks/run.py --json results.json   # also every figure as JSON
    PYTHONPATH=$PWD python benchmarks/run.py --only excel checks   # some scenarios

The catalogs are generated once per scale with ``hallplanner sample generate``
(``shell.cached_catalog``: ``benchmarks/.cache/``, named after the generator's and
the schema's source, so a changed generator regenerates them). Each scenario runs
in a child process of its own (its peak memory is its own, one scenario's garbage
is not charged to the next), reusing the scenario scripts beside this file, which
stay runnable alone: ``shell.py`` (first paint, stalls, keystroke, GUI memory),
``checks.py``, ``excel.py``, ``signboards.py``, ``findings.py``, ``foundation.py``,
``search_keystroke.py``, ``floorplan.py`` and ``bulk_edit.py``.

The table gives, per figure: the median, min and max of the repeats; the peak
memory (``ru_maxrss`` of the process measured: the GUI process for the shell's
figures, the scenario's child otherwise); the baseline's median, measured in the
same run, alternating with the measured side; the ratio (median of the ratios of
each pair); the target and whether the median (or the ratio) meets it. Machines
are shared and noisy, so speed is judged by ratios to a baseline wherever there
is one. It asserts no target (a noisy machine would make CI flaky), but it exits 1
when a scenario could not run at all, so that CI notices a benchmark that rotted.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
CITY, PROVINCE = 2_000, 100_000
BOARDS = 1_000
FLOORPLAN_WINDOWS = 1_000
DID_NOT_RUN = ": did not run"


@dataclass
class Target:
    kind: str  # "ratio": the ratio to the baseline, at most ``limit``; "value": the median, under ``limit``
    limit: float
    text: str

    def met(self, row: Row) -> bool | None:
        if self.kind == "ratio":
            return None if row.ratio is None else row.ratio <= self.limit
        return statistics.median(row.values) < self.limit if row.values else None


@dataclass
class Row:
    scenario: str
    scale: str
    unit: str
    values: list[float]
    baseline: list[float] | None = None
    ratios: list[float] | None = None  # per pair; computed from values and baseline when not given
    target: Target | None = None
    peak_mb: float | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        ratios = self.ratios
        if ratios is None and self.baseline:
            ratios = [ours / bare for ours, bare in zip(self.values, self.baseline) if bare]
        return statistics.median(ratios) if ratios else None

    @property
    def verdict(self) -> str:
        if self.target is None:
            return ""
        met = self.target.met(self)
        return "no data" if met is None else "pass" if met else "FAIL"


FIRST_PAINT = Target("ratio", 2.0, "<= 2x")
KEYSTROKE = Target("value", 50.0, "< 50 ms")
STALL = Target("value", 100.0, "< 100 ms")
CHECKS = Target("value", 1.0, "< 1 s")
EXPORT = Target("ratio", 1.2, "<= 1.2x")
IMPORT = Target("ratio", 1.5, "<= 1.5x")
BOARDS_TARGET = Target("ratio", 1.2, "<= 1.2x")
MEMORY = Target("value", 400.0, "< 400 MB")
FRAME = Target("value", 1000 / 60, "< 16.7 ms (60 frames a second)")


def own_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


# The scenarios: each runs in a child and returns its rows. ``items`` is the scale.

def shell_scenario(db: Path, items: int, repeat: int, work: Path) -> list[Row]:
    import shell

    figures = shell.measure(db, items, repeat, repeat, work)
    scale = f"{items:,}"
    memory = figures.get("memory_mb") or []
    gui_peak = statistics.median(memory) if memory else None
    notes = figures.get("errors", []) + [f"unexpected {dialog}" for dialog in figures.get("dialogs", [])]
    rows = [
        Row("first paint: hallplanner --db vs bare QMainWindow", scale, "s", figures.get("first_paint_s", []),
            figures.get("bare_first_paint_s"), figures.get("first_paint_ratio"), FIRST_PAINT, gui_peak, notes),
        Row("open to the filled catalog table", scale, "s", figures.get("catalog_paint_s", []),
            figures.get("bare_first_paint_s"), peak_mb=gui_peak),
        Row("search keystroke (median of a typed series)", scale, "ms", figures.get("keystroke", []),
            target=KEYSTROKE),
    ]
    for key, label in (("drag_assign", "drag-assign 3 items"), ("undo", "undo"), ("redo", "redo"),
                       ("rename_department", "rename a department")):
        rows.append(Row(f"longest event-loop stall: {label}", scale, "ms", figures.get(key, []), target=STALL))
    rows.append(Row("GUI peak memory, catalog filled (baseline: bare window)", scale, "MB", memory,
                    figures.get("bare_memory_mb"), target=MEMORY, peak_mb=gui_peak))
    return rows


def checks_scenario(db: Path, items: int, repeat: int, work: Path) -> list[Row]:
    import checks

    figures = checks.measure(db, repeat)
    scale, peak = f"{items:,}", own_peak_mb()
    return [Row("plan checks: the rules (baseline: bare read of their columns)", scale, "s", figures["rules"],
                figures["bare_read"], target=CHECKS, peak_mb=peak),
            Row("  whole check report (with signboards, staffing)", scale, "s", figures["check_plan"],
                peak_mb=peak),
            Row("  check of the 3 items of a drag", scale, "s", figures["check_items"], peak_mb=peak)]


def excel_scenario(db: Path, items: int, repeat: int, work: Path) -> list[Row]:
    import excel

    figures = excel.measure(db, repeat, work, whole_export=False)  # the standalone script shows it
    scale, peak = f"{items:,}", own_peak_mb()
    return [Row("Excel export vs bare openpyxl write-only", scale, "s", figures["export"], figures["bare_write"],
                target=EXPORT, peak_mb=peak),
            Row("  same, CPU time of the process", scale, "s", figures["export_cpu"], figures["bare_write_cpu"],
                peak_mb=peak),
            Row("Excel import (file to checked records) vs bare calamine", scale, "s", figures["import"],
                figures["bare_read"], target=IMPORT, peak_mb=peak),
            Row("  same, CPU time of the process", scale, "s", figures["import_cpu"], figures["bare_read_cpu"],
                peak_mb=peak)]


def signboards_scenario(db: Path, items: int, repeat: int, work: Path) -> list[Row]:
    import signboards

    figures = signboards.measure(db, BOARDS, repeat, work)
    return [Row(f"{BOARDS:,} signboards to PDF vs bare reportlab loop", f"{items:,}", "s", figures["ours"],
                figures["bare"], target=BOARDS_TARGET, peak_mb=own_peak_mb())]


def findings_scenario(db: Path, items: int, repeat: int, work: Path) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import findings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    runs = [findings.measure(app, db) for _ in range(repeat)]
    scale, peak = f"{items:,}", own_peak_mb()
    return [Row("findings panel: whole check in the background", scale, "s",
                [run["whole_check_s"] for run in runs], peak_mb=peak),
            Row("findings panel: first rows shown (GUI thread; baseline: bare pass)", scale, "ms",
                [run["gui_ms"]["first rows"] for run in runs], [run["baseline_ms"] for run in runs], peak_mb=peak)]


def foundation_scenario(db: Path, items: int, repeat: int, work: Path) -> list[Row]:
    import foundation

    figures = foundation.measure(db, repeat)
    scale, peak = f"{items:,}", own_peak_mb()
    return [Row("open the database, read every item with its places", scale, "s", figures["open_list"],
                peak_mb=peak),
            Row("  hallplanner items --json (whole process)", scale, "s", figures["items_json"], peak_mb=peak)]


def keystroke_scenario(db: Path, items: int, repeat: int, work: Path) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import search_keystroke
    from PySide6.QtWidgets import QApplication

    from hallplanner.gui.app import configure_application

    app = QApplication.instance() or QApplication([])
    configure_application()
    copy = work / "keystroke.sqlite"
    copy.write_bytes(db.read_bytes())  # the assignments write: never into the cached catalog
    figures = search_keystroke.measure(app, copy)
    scale, peak = f"{items:,}", own_peak_mb()
    return [Row("search keystroke, window in this process (each key)", scale, "ms", figures["keystrokes_ms"],
                target=KEYSTROKE, peak_mb=peak),
            Row("  assignment until shown", scale, "ms", figures["assignments_ms"], peak_mb=peak)]


def floorplan_scenario(db: Path, items: int, repeat: int, work: Path) -> list[Row]:
    """The real floor-plan view with 1,000 windows on one floor (its own generated floor, whatever
    the catalog's scale), frames alternated with bare rectangles in the same run."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import floorplan

    figures = floorplan.measure(FLOORPLAN_WINDOWS, repeat, work)
    peak = own_peak_mb()
    return [Row(f"floor plan, {FLOORPLAN_WINDOWS:,} windows: {label} step (baseline: bare rectangles)",
                f"{items:,}", "ms", figures[kind]["real_ms"], figures[kind]["bare_ms"], target=FRAME, peak_mb=peak)
            for kind, label in (("zoom", "zoom"), ("pan", "pan"))]


def bulk_edit_scenario(db: Path, items: int, repeat: int, work: Path) -> list[Row]:
    """One edit of a whole department's worth of items (its own generated plan of ``items``)."""
    import bulk_edit

    selected = (1_000,) if items <= CITY else (2_000, 20_000)
    figures = bulk_edit.measure(items, selected, repeat)
    rows, peak = [], own_peak_mb()
    for count, run in figures["selections"].items():
        seconds = run["seconds"]
        rows += [Row(f"one edit of {count:,} items: assign (baseline: Core writing its rows)", f"{items:,}", "s",
                     seconds["assign"], seconds["bare_assign"], peak_mb=peak),
                 Row("  its undo (baseline: Core writing the rows back)", f"{items:,}", "s",
                     seconds["undo"], seconds["bare_undo"], peak_mb=peak)]
    return rows


SCENARIOS: dict[str, Callable[[Path, int, int, Path], list[Row]]] = {
    "shell": shell_scenario,
    "checks": checks_scenario,
    "excel": excel_scenario,
    "signboards": signboards_scenario,
    "findings": findings_scenario,
    "foundation": foundation_scenario,
    "keystroke": keystroke_scenario,
    "floorplan": floorplan_scenario,
    "bulk_edit": bulk_edit_scenario,
}


def run_child(name: str, db: Path, items: int, repeat: int, work: Path) -> list[Row]:
    """Run one scenario in a child process (this file with ``--child``); its rows, or one row saying why not."""
    out = work / f"{name}-{items}.json"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [sys.executable, str(Path(__file__).resolve()), "--child", name, "--db", str(db),
               "--items", str(items), "--repeat", str(repeat), "--out", str(out)]
    child = subprocess.run(command, env=env, cwd=work, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if not out.exists():
        tail = " | ".join(child.stderr.decode(errors="replace").strip().splitlines()[-3:])
        return [Row(f"{name}{DID_NOT_RUN}", f"{items:,}", "", [], notes=[f"exit {child.returncode}: {tail}"])]
    rows = []
    for data in json.loads(out.read_text()):
        target = data.pop("target")
        rows.append(Row(**data, target=Target(**target) if target else None))
    return rows


def child_main(name: str, db: Path, items: int, repeat: int, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix=f"hallplanner-bench-{name}-") as folder:
        rows = SCENARIOS[name](db, items, repeat, Path(folder))
    out.write_text(json.dumps([asdict(row) for row in rows], ensure_ascii=False))
    os._exit(0)  # a Qt scenario's widgets need no orderly teardown


def machine() -> dict[str, str]:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor() or "unknown")
    memory = next((int(line.split()[1]) * 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), 0)
    try:
        import PySide6
        from PySide6.QtCore import qVersion
        qt = f"PySide6 {PySide6.__version__}, Qt {qVersion()}"
    except ImportError:
        qt = "PySide6 missing"
    return {"cpus": str(os.cpu_count()), "cpu": model, "ram": f"{memory / 2**30:.1f} GiB",
            "python": platform.python_version(), "qt": qt, "load": " ".join(f"{v:.1f}" for v in os.getloadavg())}


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:.0f}" if unit in ("ms", "MB") and value >= 10 else f"{value:.2f}" if unit else f"{value:.3g}"


def table(rows: list[Row]) -> str:
    """A Markdown table: it reads in a terminal and pastes into docs/benchmarks.md as it is."""
    lines = ["| scenario | scale | unit | median | min | max | peak MB | baseline | ratio | target | result |",
             "|---|---:|---|---:|---:|---:|---:|---:|---:|---|---|"]
    for row in rows:
        values = row.values
        median, low, high = ((statistics.median(values), min(values), max(values)) if values else (None,) * 3)
        baseline = statistics.median(row.baseline) if row.baseline else None
        ratio = row.ratio
        lines.append(" | ".join([
            f"| {row.scenario}", row.scale, row.unit or "—", fmt(median, row.unit), fmt(low, row.unit),
            fmt(high, row.unit), fmt(row.peak_mb, "MB"), fmt(baseline, row.unit),
            f"{ratio:.2f}x" if ratio is not None else "—", row.target.text if row.target else "—",
            row.verdict or "—"]) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="city scale only, one repetition (CI)")
    parser.add_argument("--items", type=int, nargs="+", help=f"scales (default {CITY} and {PROVINCE})")
    parser.add_argument("--repeat", type=int, help="repetitions of each figure (default 3)")
    parser.add_argument("--only", nargs="+", choices=list(SCENARIOS), help="run only these scenarios")
    parser.add_argument("--json", type=Path, help="also write the rows and the machine to this file")
    parser.add_argument("--child", choices=list(SCENARIOS), help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_main(args.child, args.db, args.items[0], args.repeat, args.out)
        return

    import shell

    scales = args.items or ([CITY] if args.quick else [CITY, PROVINCE])
    repeat = args.repeat or (1 if args.quick else 3)
    names = args.only or list(SCENARIOS)
    began = time.monotonic()
    rows: list[Row] = []
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="hallplanner-bench-") as folder:
        for items in scales:
            db = shell.cached_catalog(items)
            for name in names:
                start = time.monotonic()
                print(f"{name} at {items:,} items, {repeat} repetition(s) …", file=sys.stderr, flush=True)
                rows += run_child(name, db, items, repeat, Path(folder))
                timings[f"{name} {items}"] = time.monotonic() - start
    elapsed = time.monotonic() - began
    host = machine()
    command = "python benchmarks/run.py" + " ".join([""] + sys.argv[1:])
    print(f"HallPlanner benchmarks: {host['cpus']} × {host['cpu']}, {host['ram']} RAM, Python {host['python']}, "
          f"{host['qt']}; load average at the end {host['load']}")
    print(f"{command}: scales {', '.join(f'{s:,}' for s in scales)}, {repeat} repetition(s), {elapsed:.0f} s\n")
    print(table(rows))
    for row in rows:
        for note in row.notes:
            print(f"note ({row.scenario}, {row.scale}): {note}")
    if args.json:
        args.json.write_text(json.dumps({"machine": host, "command": command, "seconds": elapsed,
                                         "scenario_seconds": timings, "rows": [
                                             {**asdict(row), "ratio": row.ratio, "verdict": row.verdict}
                                             for row in rows]}, ensure_ascii=False, indent=1))
    if any(row.scenario.endswith(DID_NOT_RUN) for row in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
