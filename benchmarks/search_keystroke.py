"""Milliseconds from a keystroke in the search box to the updated, repainted table,
and from an assignment (three items onto a window) to the updated workspace.

    QT_QPA_PLATFORM=offscreen python benchmarks/search_keystroke.py            # 100,000 items
    QT_QPA_PLATFORM=offscreen python benchmarks/search_keystroke.py --items 10000

Generates a catalog, opens it in the real main window, then types queries into
the search box key by key (pinyin initials, codes, backspaces, and Chinese words
committed as an input method does) and times each keystroke until the table has
been repainted. Prints the median and the 90th percentile.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QInputMethodEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from hallplanner.gui.app import configure_application  # noqa: E402
from hallplanner.gui.main_window import MainWindow  # noqa: E402
from hallplanner.sample.generate import generate  # noqa: E402

ASCII_QUERIES = ["crj", "jdc", "bdc", "C1", "zfgjj"]
CHINESE_QUERIES = ["护照", "不动产", "登记"]


def timed(app: QApplication, table, action) -> float:
    start = time.perf_counter()
    action()
    app.processEvents()
    table.viewport().repaint()
    return (time.perf_counter() - start) * 1000


def measure(app: QApplication, path: Path) -> dict:
    """Open ``path`` in the real main window; milliseconds of each keystroke and of each assignment."""
    window = MainWindow()
    start = time.perf_counter()
    window.open(str(path))
    while window.session.database is None or window.session.runner.is_busy():
        app.processEvents()
    opened = time.perf_counter() - start
    window.show()
    app.processEvents()
    search, table = window.catalog.filter_bar.search, window.catalog.view

    keystrokes = []
    for query in ASCII_QUERIES:
        for char in query:
            keystrokes.append(timed(app, table, lambda c=char: QTest.keyClick(search, c)))
        for _ in query:
            keystrokes.append(timed(app, table, lambda: QTest.keyClick(search, Qt.Key.Key_Backspace)))
    for word in CHINESE_QUERIES:
        event = QInputMethodEvent()
        event.setCommitString(word)
        keystrokes.append(timed(app, table, lambda e=event: QApplication.sendEvent(search, e)))
        keystrokes.append(timed(app, table, search.clear))
    edits = []
    window_id = window.places.venues()[0].windows[0].id

    def assign(ids: list[int]) -> None:  # from the drop to the rows shown: the edit runs in the background
        window.catalog.assign(ids, window_id)
        while window.session.runner.is_busy():
            app.processEvents()

    for first in range(0, 30, 3):
        ids = [window.catalog.model.item_at(row).id for row in range(first, first + 3)]
        edits.append(timed(app, table, lambda ids=ids: assign(ids)))
    window.close()
    return {"opened_s": opened, "keystrokes_ms": keystrokes, "assignments_ms": edits}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=100_000)
    args = parser.parse_args()

    app = QApplication([])
    configure_application()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "catalog.sqlite"
        generate(path, items=args.items, seed=1)
        figures = measure(app, path)

    keystrokes, edits = sorted(figures["keystrokes_ms"]), figures["assignments_ms"]
    p90 = keystrokes[int(len(keystrokes) * 0.9)]
    print(f"{args.items} items, opened in {figures['opened_s']:.2f} s; {len(keystrokes)} keystrokes: "
          f"median {statistics.median(keystrokes):.1f} ms, 90th percentile {p90:.1f} ms, max {keystrokes[-1]:.1f} ms; "
          f"{len(edits)} assignments: median {statistics.median(edits):.0f} ms")


if __name__ == "__main__":
    main()
