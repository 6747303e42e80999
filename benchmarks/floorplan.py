"""How fluid the floor plan stays with 1,000 windows on one floor: frame times while zooming and panning.

    cd REPO && QT_QPA_PLATFORM=offscreen PYTHONPATH=$PWD python benchmarks/floorplan.py
    ... python benchmarks/floorplan.py --windows 1000 --repeat 3 --json results.json

A generated plan (``hallplanner sample generate``, 2,000 items) gets a floor in its city center holding
``--windows`` counters in rows of 40 (2 × 1.2 m, 2.5 m apart, rows 4 m apart, eight domains, every
tenth a low counter) and a zone for every five rows. The floor is read with ``services.floorplan``
and shown in the real page's scene and view (``gui.floorplan``), 1400 × 900 pixels, offscreen.

A frame is one step and its paint, timed together: ``view.scale`` (zoom about the centre, 1.15 a
step) or a scroll-bar move of 60 pixels (pan), then the event loop until the viewport has had its
paint event (the view paints what it chooses to, as on screen: a pan scrolls the pixels it has and
paints the strip it uncovers; a zoom paints everything). ``--full-repaint`` repaints the whole view
in every frame instead (``viewport().repaint()``): the worst case, a pan drawing everything in view.
The sequence: 16 zoom steps in from the whole floor and 16 back out (the whole floor drawn is the
heaviest frame), then 40 pan steps across and 40 down (to and fro within the scroll range) at 2.5 times the whole floor's scale.

The baseline, in the same run: a bare ``QGraphicsScene`` with one plain ``QGraphicsRectItem`` per
window at the same places, in a bare ``QGraphicsView`` of the same size with the same render hints,
put through the same frames. The ratio says what the page's counters (text, colour, badges,
zones) cost over the cheapest drawing Qt has. 60 frames a second is 16.7 ms a frame.

``measure(...)`` returns the figures as a dict (``benchmarks/run.py`` calls it); run alone, the
script prints them. It asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ITEMS = 2_000
PER_ROW, PITCH, ROW_PITCH = 40, 2.5, 4.0
DOMAINS = ("公安事务", "人社事务", "不动产登记", "公积金", "教育事务", "民政事务", "市场监管", "税务事务")
VIEW_SIZE = (1400, 900)
ZOOM_STEPS, PAN_STEPS, PAN_PIXELS, PAN_ZOOM = 16, 40, 60, 2.5


def build_floor(path: Path, windows: int) -> int:
    """A generated plan at ``path`` with one floor of ``windows`` counters; the floor's id."""
    from sqlalchemy import select

    from hallplanner.db.database import open_database
    from hallplanner.db.schema import Floor, Venue, Window, Zone
    from hallplanner.domain.vocabulary import VenueKind, WindowKind, ZoneKind
    from hallplanner.sample.generate import generate

    generate(path, items=ITEMS)
    db = open_database(path)
    try:
        with db.transaction() as session:
            venue = session.scalars(select(Venue).where(Venue.kind == VenueKind.CITY_CENTER)).first()
            floor = Floor(venue_id=venue.id, name="基准层", level=9)
            session.add(floor)
            session.flush()
            rows = (windows + PER_ROW - 1) // PER_ROW
            for first in range(0, rows, 5):
                top = 1 + first * ROW_PITCH
                bottom = 1 + min(first + 5, rows) * ROW_PITCH - 1
                session.add(Zone(floor_id=floor.id, name=f"{DOMAINS[first // 5 % len(DOMAINS)]}区", kind=ZoneKind.DOMAIN,
                                 colour="#d6e2f3", polygon=[[0.5, top], [PER_ROW * PITCH + 1, top],
                                                            [PER_ROW * PITCH + 1, bottom], [0.5, bottom]]))
            for index in range(windows):
                row, column = divmod(index, PER_ROW)
                session.add(Window(venue_id=venue.id, floor_id=floor.id, number=f"B{index + 1:04d}",
                                   name=f"{DOMAINS[row % len(DOMAINS)]}窗口", kind=WindowKind.DOMAIN,
                                   domain=DOMAINS[row % len(DOMAINS)], x=1 + column * PITCH, y=2 + row * ROW_PITCH,
                                   width=2.0, height=1.2, low_counter=index % 10 == 0))
            session.flush()
            return floor.id
    finally:
        db.close()


def _frames(view, app, full_repaint: bool = False) -> dict[str, list[float]]:
    """Zoom in and out from the whole floor, then pan across and down; each frame's milliseconds."""
    from PySide6.QtCore import QEvent, QObject, Qt

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    paints = Paints()
    view.viewport().installEventFilter(paints)

    def timed(step) -> float:
        """The step, then the event loop until the view has painted what it chose to (as on screen: a pan
        scrolls the pixels it has and paints the strip it uncovers)."""
        before = paints.count
        start = time.perf_counter()
        step()
        if full_repaint:
            view.viewport().repaint()
        while paints.count == before and time.perf_counter() - start < 2:
            app.processEvents()
        return (time.perf_counter() - start) * 1000

    view.resetTransform()
    view.fitInView(view.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    view.viewport().repaint()
    app.processEvents()
    zoom = [timed(lambda: view.scale(1.15, 1.15)) for _ in range(ZOOM_STEPS)]
    zoom += [timed(lambda: view.scale(1 / 1.15, 1 / 1.15)) for _ in range(ZOOM_STEPS)]
    view.scale(PAN_ZOOM, PAN_ZOOM)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
    app.processEvents()
    pan = []
    for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
        direction = 1
        for _ in range(PAN_STEPS):  # to and fro within the scroll range: every step moves the view
            if not bar.minimum() <= bar.value() + direction * PAN_PIXELS <= bar.maximum():
                direction = -direction
            pan.append(timed(lambda bar=bar, by=direction * PAN_PIXELS: bar.setValue(bar.value() + by)))
    return {"zoom": zoom, "pan": pan}


def _real_view(path: Path, floor_id: int):
    from hallplanner.db.database import open_database
    from hallplanner.gui.floorplan.scene import FloorScene
    from hallplanner.gui.floorplan.view import FloorView
    from hallplanner.services.floorplan import floor_layout

    db = open_database(path, readonly=True)
    try:
        layout = floor_layout(db, floor_id)
    finally:
        db.close()
    scene = FloorScene()
    scene.show_layout(layout.zones, layout.windows)
    return FloorView(scene), scene, layout


def _bare_view(layout):
    from PySide6.QtGui import QBrush, QColor, QPainter, QPen
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

    from hallplanner.gui.floorplan.scene import to_scene

    scene = QGraphicsScene()
    for counter in layout.windows:
        p = counter.placement
        scene.addRect(to_scene(p.x), to_scene(p.y), to_scene(p.width), to_scene(p.height), QPen(QColor("#333333")),
                      QBrush(QColor(counter.colour)))
    scene.setSceneRect(scene.itemsBoundingRect().adjusted(-300, -300, 300, 300))
    view = QGraphicsView(scene)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    return view, scene


def _summary(times: list[float]) -> dict[str, float]:
    return {"median_ms": round(statistics.median(times), 2), "max_ms": round(max(times), 2), "frames": len(times)}


def measure(windows: int = 1_000, repeat: int = 3, workdir: Path | None = None, full_repaint: bool = False) -> dict:
    """Frame times of the real floor-plan view and of the bare baseline, over ``repeat`` runs;
    ``full_repaint``: every frame repaints the whole view (a pan then draws everything, not a strip)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(dir=workdir) as folder:
        path = Path(folder) / "floorplan-bench.sqlite"
        floor_id = build_floor(path, windows)
        started = time.perf_counter()
        real, real_scene, layout = _real_view(path, floor_id)
        build_ms = (time.perf_counter() - started) * 1000
        bare, bare_scene = _bare_view(layout)
        runs: dict[str, dict[str, list[float]]] = {"real": {"zoom": [], "pan": []}, "bare": {"zoom": [], "pan": []}}
        for _ in range(repeat):
            for name, view in (("real", real), ("bare", bare)):  # alternated: both see the same machine load
                view.resize(*VIEW_SIZE)
                view.show()
                app.processEvents()
                for kind, times in _frames(view, app, full_repaint).items():
                    runs[name][kind] += times
                view.hide()
        real.close()
        bare.close()
        del real_scene, bare_scene
    result: dict = {"windows": windows, "repeat": repeat, "view": list(VIEW_SIZE), "full_repaint": full_repaint,
                    "read_and_build_ms": round(build_ms, 1)}
    for kind in ("zoom", "pan"):
        real_summary, bare_summary = _summary(runs["real"][kind]), _summary(runs["bare"][kind])
        result[kind] = {"real": real_summary, "bare": bare_summary,
                        "real_ms": runs["real"][kind], "bare_ms": runs["bare"][kind],
                        "ratio_median": round(real_summary["median_ms"] / max(bare_summary["median_ms"], 0.01), 2),
                        "ratio_max": round(real_summary["max_ms"] / max(bare_summary["max_ms"], 0.01), 2)}
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--windows", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--full-repaint", action="store_true", help="repaint the whole view every frame")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    result = measure(args.windows, args.repeat, full_repaint=args.full_repaint)
    print(f"{result['windows']} windows, {result['view'][0]}×{result['view'][1]} view, {result['repeat']} runs"
          f"{', full repaints' if result['full_repaint'] else ''}; "
          f"layout read and scene built in {result['read_and_build_ms']} ms")
    for kind in ("zoom", "pan"):
        figures = result[kind]
        print(f"{kind:5}  page view: median {figures['real']['median_ms']:7.2f} ms, max {figures['real']['max_ms']:7.2f} ms"
              f" | bare rects: median {figures['bare']['median_ms']:6.2f} ms, max {figures['bare']['max_ms']:6.2f} ms"
              f" | ratio {figures['ratio_median']}× (max {figures['ratio_max']}×)")
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
