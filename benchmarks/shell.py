"""How the GUI shell feels at city and at province scale: stalls, typing, start, memory.

    cd REPO && QT_QPA_PLATFORM=offscreen PYTHONPATH=$PWD python benchmarks/shell.py
    ... python benchmarks/shell.py --items 100000 --repeat 3 --json results.json

One command that measures and reports; it asserts nothing and exits 0 (unless it
cannot run at all). For each ``--items`` size (default 2,000 and 100,000) it
prints, over ``--repeat`` repeats, the median, min and max of:

1. The longest stall of the GUI event loop while the planner drags three
   unassigned items onto a window (real drag-enter/move/drop events delivered
   to the venue tree's viewport, as ``tests/test_gui.py`` ``drop_on`` does),
   undoes it (``undo_action.trigger()``), redoes it, and renames the department
   that owns the most items (chosen in the department list, ``full_name``
   changed in the detail form, its save button clicked). A 5 ms heartbeat
   ``QTimer`` records the largest gap between its ticks; the gap is measured
   from just before the action until the *views show its effect*: the catalog
   rows of the dropped items show (or no longer show) the window, the window's
   item count in the venue tree has changed, the catalog rows of the
   department show its new name (and the department list does), the undo
   stack has moved and its Edit menu entries are enabled, and
   ``window.session.is_busy()`` (if the window has a session with that
   method) is False. Waiting on what the views
   show, not on a signal, makes the same code measure today's synchronous
   edits and the planned background ones. A few heartbeat ticks after the
   views are right are included, so the repaint that follows counts too.
   Also reported: how long until the effect was first visible (no target).
   The widgets are found by their object names (``itemTable``, ``venueTree``,
   ``departmentList``, ``search``, ``department_full_name``,
   ``department_save``); undo and redo are ``window.undo_action`` or
   ``window.actions["undo"]``, the stack ``window.undo_stack`` or
   ``window.session.undo_stack``, so panels can move without breaking this.
   Target: each stall under 100 ms. (An idle loop scores about 5 ms, the
   heartbeat's own period.)
2. The median keystroke in the search box, typed as ``search_keystroke.py``
   types it (pinyin initials, codes, backspaces, Chinese committed by an input
   method), each timed until the table has been repainted. Target: under 50 ms.
3. First paint: seconds from the parent's ``Popen`` to the first paint of the
   main window for the real start path (``python -m hallplanner --db FILE``:
   ``cli.main`` -> ``gui.app.run_app``), and for a bare PySide6 ``QMainWindow``
   process started the same way in the same run; runs alternate between the two.
   Target: the real path takes at most 2x the bare one (ratio of each pair).
   Also reported: seconds until the catalog is painted filled, i.e. with as
   many rows as the catalog has items (the window starts unfiltered).
4. Peak memory (``ru_maxrss``) of the real GUI process once the filled catalog
   has been painted, taken in that child process, so the figure is the GUI's
   alone. Target: under 400 MB (1 MB = 10^6 bytes). The bare window's peak is
   shown beside it: what PySide6 alone costs.

Pass/fail is judged on the median of the repeats.

How the first paint is detected. Each start-up child runs as ``python -c
PROBE`` (the string below). The probe imports PySide6, wraps
``QApplication.__init__`` (a class attribute; the product's code is untouched)
so that whichever code constructs the application - ``run_app`` today, a
subclass or another place tomorrow - gets an application-wide event filter
installed right after construction, and then starts the program: for the real
path it runs the ``hallplanner`` package with ``runpy`` exactly as ``-m`` does,
with ``sys.argv = ["hallplanner", "--db", FILE]``; for the bare path it shows
a 1600x920 ``QMainWindow``, the product window's size. The filter notes
``time.monotonic()`` (CLOCK_MONOTONIC, the same clock in parent and child) at
the first ``QEvent.Paint`` delivered to a widget whose top-level window is a
``QMainWindow`` (the main window or one of its children; dialogs such as the
open progress do not count), and for the real path again at the first paint
of a ``QTableView`` viewport in that window whose model has as many rows as the
catalog has items. It then writes the times and ``ru_maxrss`` as JSON to a
file named by the parent and ends the process with ``os._exit(0)``; a watchdog
thread in the child writes an error instead if that has not happened within
two minutes. Both children import PySide6 first and carry the same filter
(a Python call per event), so the comparison is fair.

Catalogs are generated once with ``python -m hallplanner sample generate`` into
``benchmarks/.cache/`` (git-ignored), named after the size, the seed and a
hash of ``hallplanner/sample`` and ``hallplanner/db`` so a changed generator or
schema regenerates them. Every child works on its own copy; the cache is never
opened by the application. Children get their own empty settings and data
folders (``XDG_CONFIG_HOME``, ``XDG_DATA_HOME``) and ``PYTHONPATH`` set to this
checkout, so they run this checkout's ``hallplanner``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / ".cache"
SEED = 1

STALL_TARGET_MS = 100.0
KEYSTROKE_TARGET_MS = 50.0
PAINT_RATIO_TARGET = 2.0
MEMORY_TARGET_MB = 400.0

HEARTBEAT_MS = 5
SETTLE_TICKS = 3  # heartbeat ticks after the views are right: the repaint that follows counts
ASCII_QUERIES = ["crj", "jdc", "bdc", "C1", "zfgjj"]  # as search_keystroke.py types them
CHINESE_QUERIES = ["护照", "不动产", "登记"]


# The start-up probe: runs in a child as ``python -c PROBE``. See the module docstring.
PROBE = r"""
import json, os, resource, sys, threading, time

OUT, MODE, DB = os.environ["HPBENCH_OUT"], os.environ["HPBENCH_MODE"], os.environ.get("HPBENCH_DB", "")
ROWS, LIMIT = int(os.environ.get("HPBENCH_ROWS", "1")), float(os.environ["HPBENCH_LIMIT"])

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget

found = {}
finishing = threading.Lock()


def finish():
    finishing.acquire()  # the watchdog and the GUI thread must not both write
    found["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    hallplanner = sys.modules.get("hallplanner")
    found["hallplanner"] = getattr(hallplanner, "__file__", None)
    with open(OUT, "w") as out:
        json.dump(found, out)
    os._exit(0)


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            now = time.monotonic()
            if isinstance(obj.window(), QMainWindow):
                found.setdefault("first_paint", now)
                if MODE == "bare":
                    finish()
                view = obj.parent()
                if isinstance(view, QTableView) and obj is view.viewport() and view.model() is not None:
                    rows = view.model().rowCount()
                    found["catalog_rows"] = max(rows, found.get("catalog_rows", 0))
                    if rows >= ROWS:
                        found["catalog_paint"] = now
                        finish()
        return False


def too_late():
    found["error"] = f"{MODE} start: no {'paint' if MODE == 'bare' else 'paint of the filled catalog'} " \
                     f"within {LIMIT:.0f} s (catalog rows seen: {found.get('catalog_rows', 0)})"
    finish()


watchdog = threading.Timer(LIMIT, too_late)
watchdog.daemon = True
watchdog.start()


probe = FirstPaint()
original_init = QApplication.__init__


def init_with_probe(self, *args, **kwargs):
    original_init(self, *args, **kwargs)
    self.installEventFilter(probe)


QApplication.__init__ = init_with_probe

if MODE == "bare":
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1600, 920)
    window.show()
    sys.exit(app.exec())
else:
    import runpy

    sys.argv = ["hallplanner", "--db", DB]
    try:
        runpy.run_module("hallplanner", run_name="__main__", alter_sys=True)
        code = 0
    except SystemExit as exc:
        code = exc.code
    found["error"] = f"the application ended (exit {code}) before the filled catalog was painted"
    finish()
"""


# Running children.

def child_environment(home: Path) -> dict[str, str]:
    """This checkout first on the path; fresh settings and data folders; a platform without a display."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        folder = home / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    env.pop("HALLPLANNER_DB", None)
    return env


def source_hash() -> str:
    digest = hashlib.sha1()
    for folder in ("sample", "db"):
        for path in sorted((ROOT / "hallplanner" / folder).rglob("*.py")):
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def cached_catalog(items: int) -> Path:
    """The generated catalog of ``items`` items, made with the CLI on first use."""
    CACHE.mkdir(parents=True, exist_ok=True)
    stem = f"catalog-{items}-seed{SEED}"
    path = CACHE / f"{stem}-{source_hash()}.sqlite"
    if path.exists():
        return path
    for stale in CACHE.glob(f"{stem}-*"):
        stale.unlink()
    with tempfile.TemporaryDirectory(dir=CACHE) as folder:
        partial = Path(folder) / path.name
        print(f"generating {items:,} items into {path.relative_to(ROOT)} …", flush=True)
        subprocess.run([sys.executable, "-m", "hallplanner", "sample", "generate", "--items", str(items),
                        "--seed", str(SEED), "--db", str(partial)],
                       check=True, env=child_environment(Path(folder) / "home"), stdout=subprocess.DEVNULL)
        partial.replace(path)
    return path


def run_probe(mode: str, db: Path | None, rows: int, work: Path, timeout: float) -> dict:
    """One start-up child; seconds from Popen to its first paints, and its peak memory."""
    home = Path(tempfile.mkdtemp(dir=work))
    out = home / "probe.json"
    env = child_environment(home)
    env.update(HPBENCH_OUT=str(out), HPBENCH_MODE=mode, HPBENCH_DB=str(db or ""), HPBENCH_ROWS=str(rows),
               HPBENCH_LIMIT=str(timeout))
    started = time.monotonic()
    child = subprocess.Popen([sys.executable, "-c", PROBE], env=env, cwd=home,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _, stderr = child.communicate(timeout=timeout + 30)  # the probe's own watchdog ends it first
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        return {"error": f"{mode} start: nothing painted within {timeout:.0f} s"}
    if not out.exists():
        tail = stderr.decode(errors="replace").strip().splitlines()[-3:]
        return {"error": f"{mode} start ended ({child.returncode}) without a paint: {' | '.join(tail)}"}
    found = json.loads(out.read_text())
    result = {key: found[key] - started for key in ("first_paint", "catalog_paint") if key in found}
    result["memory_mb"] = found["maxrss_kb"] * 1024 / 1e6
    result["hallplanner"] = found.get("hallplanner")
    if "error" in found:
        result["error"] = found["error"]
    shutil.rmtree(home, ignore_errors=True)
    return result


def measure_starts(db: Path, items: int, runs: int, work: Path, timeout: float) -> dict:
    """Alternate bare and real starts (after one warm-up pair, not counted)."""
    copy = work / "start.sqlite"
    shutil.copyfile(db, copy)
    bare, real, errors = [], [], []
    for attempt in range(runs + 1):
        pair = run_probe("bare", None, 1, work, timeout=60), run_probe("real", copy, items, work, timeout=timeout)
        errors += [result["error"] for result in pair if "error" in result]
        if attempt == 0 and "error" in pair[1]:
            errors.append("start-up runs skipped after the warm-up failed")
            break
        if attempt > 0:
            bare.append(pair[0])
            real.append(pair[1])
        print(f"  start {attempt}/{runs}{' (warm-up)' if attempt == 0 else ''}: "
              f"bare {pair[0].get('first_paint', float('nan')):.3f} s, "
              f"hallplanner {pair[1].get('first_paint', float('nan')):.3f} s, "
              f"catalog {pair[1].get('catalog_paint', float('nan')):.3f} s, "
              f"{pair[1].get('memory_mb', float('nan')):.0f} MB", flush=True)
    ratios = [r["first_paint"] / b["first_paint"] for b, r in zip(bare, real, strict=True)
              if "first_paint" in b and "first_paint" in r]
    modules = {r.get("hallplanner") for r in real if r.get("hallplanner")}
    return {
        "bare_first_paint_s": [b["first_paint"] for b in bare if "first_paint" in b],
        "first_paint_s": [r["first_paint"] for r in real if "first_paint" in r],
        "first_paint_ratio": ratios,
        "catalog_paint_s": [r["catalog_paint"] for r in real if "catalog_paint" in r],
        "memory_mb": [r["memory_mb"] for r in real if "catalog_paint" in r],
        "bare_memory_mb": [b["memory_mb"] for b in bare if "first_paint" in b],
        "hallplanner": sorted(modules),
        "errors": sorted(set(errors)),
    }


def measure_interactions(db: Path, items: int, repeat: int, work: Path, timeout: float) -> dict:
    """The stalls and keystrokes, measured in a child process on a copy of the catalog."""
    home = Path(tempfile.mkdtemp(dir=work))
    copy, out = home / "catalog.sqlite", home / "interactions.json"
    shutil.copyfile(db, copy)
    command = [sys.executable, str(Path(__file__).resolve()), "--interactions-child", str(copy),
               "--items", str(items), "--repeat", str(repeat), "--out", str(out), "--wait-timeout", str(timeout)]
    try:
        child = subprocess.run(command, env=child_environment(home), cwd=home, stderr=subprocess.PIPE, check=False,
                               timeout=600)
    except subprocess.TimeoutExpired:  # run() has killed it
        return {"errors": ["interactions child still running after 10 minutes; killed"]}
    if not out.exists():
        tail = child.stderr.decode(errors="replace").strip().splitlines()[-5:]
        return {"errors": [f"interactions child ended ({child.returncode}) without results: {' | '.join(tail)}"]}
    return json.loads(out.read_text())


def measure(db: Path, items: int, repeat: int, starts: int, work: Path, wait_timeout: float = 30.0) -> dict:
    """Every figure of one catalog: the interactions (``repeat`` each), then ``starts`` start-ups of each kind."""
    print(f"{items:,} items: interactions ({repeat} repeats) …", flush=True)
    figures = measure_interactions(db, items, repeat, work, wait_timeout)
    print(f"{items:,} items: start-up ({starts} runs of each) …", flush=True)
    started = measure_starts(db, items, starts, work, timeout=120)
    figures["errors"] = figures.get("errors", []) + started.pop("errors")
    figures["start_hallplanner"] = started.pop("hallplanner")
    figures.update(started)
    return figures


# The interactions child: the real main window, driven in this process.

def interactions_child(db: str, items: int, repeat: int, out: str, wait_timeout: float) -> None:
    from PySide6.QtCore import QEventLoop, QPersistentModelIndex, Qt, QTimer
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import (
        QApplication,
        QDialog,
        QLineEdit,
        QListWidget,
        QMessageBox,
        QPushButton,
        QTableView,
        QTreeView,
    )

    import hallplanner
    from hallplanner.domain.vocabulary import EntryStatus
    from hallplanner.gui import app as gui_app
    from hallplanner.gui.catalog.item_model import ItemRole
    from hallplanner.gui.venues.venue_tree import WindowIdRole
    from tests.gui_helpers import drop_on_view as drop_on  # the drop the GUI tests deliver

    results: dict = {"hallplanner": hallplanner.__file__, "errors": [], "dialogs": []}
    app = QApplication([])
    try:
        gui_app.configure_application(app)
    except TypeError:  # a later signature reads the application itself
        gui_app.configure_application()

    # A dialog would block the run: note it and answer as if dismissed.
    for kind in ("warning", "critical", "information", "question"):
        setattr(QMessageBox, kind, staticmethod(
            lambda parent, title, text, *rest, k=kind: results["dialogs"].append(f"{k}: {text}")
            or QMessageBox.StandardButton.No))
    QDialog.exec = lambda self: results["dialogs"].append(f"dialog {type(self).__name__}") or 0

    class Heartbeat:
        """A 5 ms timer; the longest gap between its ticks is the longest the loop was stalled."""

        def __init__(self) -> None:
            self.timer = QTimer()
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.timer.setInterval(HEARTBEAT_MS)
            self.timer.timeout.connect(self._tick)
            self.ticks = 0
            self.reset()
            self.timer.start()

        def _tick(self) -> None:
            now = time.perf_counter()
            self.longest = max(self.longest, now - self.last)
            self.last = now
            self.ticks += 1

        def reset(self) -> None:
            self.last = time.perf_counter()
            self.longest = 0.0

        def forgive(self, seconds: float) -> None:
            """Leave the benchmark's own work in the GUI thread out of the current gap."""
            self.last += seconds

        def longest_ms(self) -> float:
            return max(self.longest, time.perf_counter() - self.last) * 1000

    heartbeat = Heartbeat()

    def busy() -> bool:
        is_busy = getattr(getattr(window, "session", None), "is_busy", None)
        return bool(is_busy()) if callable(is_busy) else False

    def wait_until(shown, timeout: float = wait_timeout) -> float | None:
        """Process events until ``shown()`` holds and the session is idle, then a few more ticks.

        Returns when (``perf_counter``) it first held, or None after ``timeout`` seconds.
        """
        deadline = time.perf_counter() + timeout
        while not (shown() and not busy()):
            if time.perf_counter() > deadline:
                return None
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)  # the heartbeat wakes it
        held = time.perf_counter()
        settled = heartbeat.ticks + SETTLE_TICKS
        while heartbeat.ticks < settled:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        return held

    def measured(name: str, action, shown) -> bool:
        """The longest stall from ``action`` until the views show its effect."""
        heartbeat.reset()
        started = time.perf_counter()
        action()
        held = wait_until(shown)
        if held is not None:
            results.setdefault(name, []).append(heartbeat.longest_ms())
            results.setdefault(name + "_shown", []).append((held - started) * 1000)
            return True
        results["errors"].append(f"{name}: the views did not show the effect within {wait_timeout:.0f} s")
        return False

    def undo_steps() -> int | None:
        """Where the undo stack stands; the Edit menu is a view of it too."""
        return undo_stack.index() if undo_stack is not None else None

    def edit_menu_at(step: int | None) -> bool:
        """The undo stack at ``step`` and, when it has one, its undo (or redo) entry enabled."""
        if step is None:
            return True
        return undo_stack.index() == step and (step == 0 or undo_action.isEnabled()) \
            and (step == undo_stack.count() or redo_action.isEnabled())

    # Opening, the way the application opens its database.
    started = time.perf_counter()
    create = getattr(gui_app, "create_main_window", None)
    if create is not None:
        window = create(db)
    else:
        window = gui_app.MainWindow()
        window.open(db)
    window.show()

    # The widgets, by their object names (stable while the panels move about), and the
    # Edit menu's actions and undo stack wherever the window keeps them.
    def widget(kind, name: str):
        found = window.findChild(kind, name)
        if found is None:
            results["errors"].append(f"no {kind.__name__} named {name!r} in the main window")
            Path(out).write_text(json.dumps(results))
            os._exit(0)
        return found

    table, venue_view = widget(QTableView, "itemTable"), widget(QTreeView, "venueTree")
    departments, search = widget(QListWidget, "departmentList"), widget(QLineEdit, "search")
    full_name, save = widget(QLineEdit, "department_full_name"), widget(QPushButton, "department_save")
    actions = getattr(window, "actions", {})
    undo_action = getattr(window, "undo_action", None) or actions["undo"]
    redo_action = getattr(window, "redo_action", None) or actions["redo"]
    undo_stack = getattr(window, "undo_stack", None) or getattr(getattr(window, "session", None), "undo_stack", None)
    model, tree = table.model(), venue_view.model()
    if wait_until(lambda: model.rowCount() >= items and tree.rowCount() > 0 and departments.count() > 0,
                  timeout=300) is None:
        results["errors"].append("the catalog did not open")
        Path(out).write_text(json.dumps(results))
        os._exit(0)
    results["open_s"] = time.perf_counter() - started
    window.activateWindow()

    def item_in_row(row: int):
        return model.index(row, 0).data(ItemRole)

    class Rows:
        """Rows of the catalog holding given items; looked up again only if an item moved."""

        def __init__(self, rows: dict[int, int]) -> None:
            self.rows = rows  # item id -> row
            self.wanted = set(rows)

        def item(self, item_id: int):
            row = self.rows.get(item_id, model.rowCount())
            if row < model.rowCount():
                item = item_in_row(row)
                if item is not None and item.id == item_id:
                    return item
            # Slow path, e.g. after a re-sort: find every item again. The scan is the
            # benchmark's work, not the application's, so the stall leaves it out.
            started = time.perf_counter()
            results["row_lookups"] = results.get("row_lookups", 0) + 1
            self.rows = {item.id: row for row in range(model.rowCount())
                         if (item := item_in_row(row)) is not None and item.id in self.wanted}
            heartbeat.forgive(time.perf_counter() - started)
            row = self.rows.get(item_id)
            return item_in_row(row) if row is not None else None

    # 2. Keystrokes, as search_keystroke.py types them, on the unchanged catalog.

    def filtered() -> bool:
        wanted = getattr(model, "filter", None)
        return getattr(wanted, "text", search.text()) == search.text()

    def keystroke(action) -> float:
        start = time.perf_counter()
        action()
        app.processEvents()
        if not filtered():  # a filter that runs later: wait for it
            wait_until(filtered)
        table.viewport().repaint()
        return (time.perf_counter() - start) * 1000

    for _ in range(repeat):
        timings = []
        for query in ASCII_QUERIES:
            for char in query:
                timings.append(keystroke(lambda c=char: QTest.keyClick(search, c)))
            for _ in query:
                timings.append(keystroke(lambda: QTest.keyClick(search, Qt.Key.Key_Backspace)))
        for word in CHINESE_QUERIES:
            event = QInputMethodEvent()
            event.setCommitString(word)
            timings.append(keystroke(lambda e=event: QApplication.sendEvent(search, e)))
            timings.append(keystroke(search.clear))
        results.setdefault("keystroke", []).append(statistics.median(timings))
        results.setdefault("keystroke_max", []).append(max(timings))
    wait_until(lambda: model.rowCount() >= items)

    # 1a. Drag three unassigned items onto a window, undo, redo.

    def drop_target():
        for venue_row in range(tree.rowCount()):
            venue = tree.index(venue_row, 0)
            for row in range(tree.rowCount(venue)):
                index = tree.index(row, 0, venue)
                if index.data(WindowIdRole) is not None and index.flags() & Qt.ItemFlag.ItemIsDropEnabled:
                    return index
        return None

    target = drop_target()
    window_id = target.data(WindowIdRole)
    results["drop_window"] = target.data()
    count_cell = QPersistentModelIndex(target.siblingAtColumn(2))

    def window_count() -> int | None:
        nonlocal count_cell
        if not count_cell.isValid():  # the tree was rebuilt
            fresh = drop_target()
            if fresh is None or fresh.data(WindowIdRole) != window_id:
                return None
            count_cell = QPersistentModelIndex(fresh.siblingAtColumn(2))
        text = count_cell.data()
        return int(text) if text and text.isdigit() else None

    def at_window(item) -> bool:
        return any(place.window_id == window_id for place in item.places)

    used: set[int] = set()

    def three_unassigned() -> dict[int, int]:
        found = {}
        for row in range(model.rowCount()):
            item = item_in_row(row)
            if item.id not in used and not item.window_names and item.status is EntryStatus.PLANNED:
                found[item.id] = row
                if len(found) == 3:
                    break
        used.update(found)
        return found

    for _ in range(repeat):
        chosen = three_unassigned()
        if len(chosen) < 3:
            results["errors"].append("fewer than three unassigned planned items left")
            break
        rows = Rows(chosen)
        before, step = window_count(), undo_steps()
        after = None if step is None else step + 1
        view = table
        view.clearSelection()
        for row in chosen.values():
            view.selectionModel().select(model.index(row, 0), view.selectionModel().SelectionFlag.Select
                                         | view.selectionModel().SelectionFlag.Rows)
        mime = model.mimeData(view.selectionModel().selectedRows())
        index = tree.index(count_cell.row(), 0, count_cell.parent())

        def assigned(yes: bool, rows=rows, before=before) -> bool:
            return all((item := rows.item(item_id)) is not None and at_window(item) == yes for item_id in rows.wanted) \
                and window_count() == (before + 3 if yes else before)

        if not (measured("drag_assign", lambda mime=mime, index=index: drop_on(venue_view, mime, index),
                         lambda after=after: assigned(True) and edit_menu_at(after))
                and measured("undo", undo_action.trigger,
                             lambda step=step: assigned(False) and edit_menu_at(step))
                and measured("redo", redo_action.trigger,
                             lambda after=after: assigned(True) and edit_menu_at(after))):
            break  # the next step would start from an unknown state

    # 1b. Rename the department that owns the most items.
    owned: dict[int, list[int]] = {}
    for row in range(model.rowCount()):
        item = item_in_row(row)
        owned.setdefault(item.department_id, []).append(row)
    department_id, department_rows = max(owned.items(), key=lambda entry: len(entry[1]))
    results["department_items"] = len(department_rows)
    samples = Rows({item_in_row(row).id: row for row in
                    sorted({department_rows[0], department_rows[len(department_rows) // 2], department_rows[-1]})})
    entry = next(departments.item(row) for row in range(departments.count())
                 if departments.item(row).data(Qt.ItemDataRole.UserRole) == department_id)
    name = item_in_row(department_rows[0]).department
    results["department"] = name
    departments.setCurrentItem(entry)
    for attempt in range(repeat):
        if wait_until(lambda n=name: save.isVisible() and full_name.text() == n) is None:
            results["errors"].append("rename: the department form did not show the department")
            break
        new = f"{name.split('(基准')[0]}(基准{attempt + 1})"
        step = undo_steps()

        def renamed(new=new, after=None if step is None else step + 1) -> bool:
            return bool(departments.findItems(new, Qt.MatchFlag.MatchStartsWith)) and all(
                (item := samples.item(item_id)) is not None and item.department == new for item_id in samples.wanted) \
                and edit_menu_at(after)

        def rename(new=new) -> None:
            full_name.setText(new)
            QTest.mouseClick(save, Qt.MouseButton.LeftButton)

        if not measured("rename_department", rename, renamed):
            break
        name = new
    stale = sum(1 for row in department_rows if item_in_row(row).department != name)
    if stale:
        results["errors"].append(f"rename: {stale} of {len(department_rows)} rows still show the old name")

    Path(out).write_text(json.dumps(results))
    window.close()
    os._exit(0)  # tearing down 100,000 Qt-held objects tells us nothing


# Reporting.

STALL = (f"< {STALL_TARGET_MS:.0f}", lambda v: v < STALL_TARGET_MS)
KEYSTROKE = (f"< {KEYSTROKE_TARGET_MS:.0f}", lambda v: v < KEYSTROKE_TARGET_MS)
PAINT_RATIO = (f"<= {PAINT_RATIO_TARGET:.0f}", lambda v: v <= PAINT_RATIO_TARGET)
MEMORY = (f"< {MEMORY_TARGET_MB:.0f}", lambda v: v < MEMORY_TARGET_MB)
ROWS = [
    # key, label, unit, format, target (text, test on the median) or None
    ("drag_assign", "GUI stall: drag-assign 3 items", "ms", "{:.0f}", STALL),
    ("undo", "GUI stall: undo", "ms", "{:.0f}", STALL),
    ("redo", "GUI stall: redo", "ms", "{:.0f}", STALL),
    ("rename_department", "GUI stall: rename department", "ms", "{:.0f}", STALL),
    ("drag_assign_shown", "  drag-assign until shown", "ms", "{:.0f}", None),
    ("undo_shown", "  undo until shown", "ms", "{:.0f}", None),
    ("redo_shown", "  redo until shown", "ms", "{:.0f}", None),
    ("rename_department_shown", "  rename until shown", "ms", "{:.0f}", None),
    ("keystroke", "Search keystroke, median", "ms", "{:.1f}", KEYSTROKE),
    ("keystroke_max", "  slowest keystroke", "ms", "{:.1f}", None),
    ("bare_first_paint_s", "First paint, bare QMainWindow", "s", "{:.3f}", None),
    ("first_paint_s", "First paint, hallplanner --db", "s", "{:.3f}", None),
    ("first_paint_ratio", "First paint ratio hallplanner/bare", "x", "{:.2f}", PAINT_RATIO),
    ("catalog_paint_s", "Catalog painted filled, hallplanner", "s", "{:.2f}", None),
    ("memory_mb", "Peak memory, catalog filled", "MB", "{:.0f}", MEMORY),
    ("bare_memory_mb", "  bare QMainWindow, first paint", "MB", "{:.0f}", None),
]


def table(results: dict[int, dict]) -> str:
    header = f"{'figure':<38}{'unit':>5}{'items':>9}{'n':>4}{'median':>9}{'min':>9}{'max':>9}{'target':>8}  result"
    lines = [header, "-" * len(header)]
    for key, label, unit, fmt, target in ROWS:
        for items, figures in results.items():
            values = figures.get(key) or []
            if values:
                med, low, high = (fmt.format(v) for v in (statistics.median(values), min(values), max(values)))
                verdict = ("pass" if target[1](statistics.median(values)) else "FAIL") if target else ""
            else:
                med = low = high = "n/a"
                verdict = "no data" if target else ""
            lines.append(f"{label:<38}{unit:>5}{items:>9,}{len(values):>4}{med:>9}{low:>9}{high:>9}"
                         f"{target[0] if target else '':>8}  {verdict}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, nargs="+", default=[2_000, 100_000], help="catalog sizes")
    parser.add_argument("--repeat", type=int, default=5, help="repeats of each interaction (default 5)")
    parser.add_argument("--starts", type=int, default=5, help="start-up runs of each kind (default 5)")
    parser.add_argument("--wait-timeout", type=float, default=30.0,
                        help="seconds to wait for the views to show an edit (default 30)")
    parser.add_argument("--json", type=Path, help="also write every measurement to this file")
    parser.add_argument("--interactions-child", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.interactions_child:
        interactions_child(args.interactions_child, args.items[0], args.repeat, args.out, args.wait_timeout)
        return

    began = time.monotonic()
    results: dict[int, dict] = {}
    with tempfile.TemporaryDirectory(prefix="hallplanner-shell-") as folder:
        work = Path(folder)
        for items in args.items:
            results[items] = measure(cached_catalog(items), items, args.repeat, args.starts, work,
                                     args.wait_timeout)

    try:
        import PySide6
        qt = f"PySide6 {PySide6.__version__}"
    except ImportError:
        qt = "PySide6 missing"
    print()
    print(f"HallPlanner shell benchmark: {os.cpu_count()} cores, Python {platform.python_version()}, {qt}, "
          f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen (set by this script)')}, "
          f"{time.monotonic() - began:.0f} s")
    print(f"{args.repeat} repeats of each interaction, {args.starts} start-ups of each kind; "
          f"pass/fail judged on the median.")
    print()
    print(table(dict(sorted(results.items()))))
    for items, figures in sorted(results.items()):
        details = [f"opened in {figures['open_s']:.2f} s" if "open_s" in figures else None,
                   f"dropped on “{figures.get('drop_window')}”" if figures.get("drop_window") else None,
                   f"renamed “{figures['department']}” ({figures['department_items']:,} items)"
                   if figures.get("department") else None]
        print(f"\n{items:,} items: " + "; ".join(filter(None, details)))
        modules = {figures.get("hallplanner")} | set(figures.get("start_hallplanner", []))
        foreign = [m for m in modules if m and not Path(m).resolve().is_relative_to(ROOT)]
        if foreign:
            print(f"  WARNING: hallplanner imported from outside this checkout: {', '.join(foreign)}")
        for problem in figures.get("errors", []) + [f"unexpected {d}" for d in figures.get("dialogs", [])]:
            print(f"  problem: {problem}")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1))
        print(f"\nwrote {args.json}")


if __name__ == "__main__":
    main()
