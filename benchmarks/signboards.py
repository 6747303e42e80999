"""How long 1,000 signboards take to become a PDF, against a bare reportlab loop in the same run.

    cd REPO && PYTHONPATH=$PWD python benchmarks/signboards.py
    ... python benchmarks/signboards.py --boards 1000 --repeat 9 --template desk

One command that measures and reports; it asserts nothing. The boards come from a
catalog generated with ``hallplanner sample generate --items 10000`` (sub-center
signs and window plates; repeated in order when the catalog has fewer than
``--boards``). Two things are timed, alternately (each goes first in turn, after a garbage
collection: reportlab makes many objects and a collection lands anywhere),
``--repeat`` times each, and the median reported:

1. HallPlanner: ``exchange.signboards.write_pdf``, as ``hallplanner signs`` calls it:
   the glyph check, each board laid out (wrapped and shrunk until it fits), drawn,
   and the file written to a temporary name and renamed.
2. Bare: a plain reportlab loop on the same font and page settings that draws the
   very same lines at the very same sizes and places, background and frame
   included, computed beforehand outside the timing. What it cannot know without
   HallPlanner's layout it is given for free, so the ratio is the cost of the
   layout and of writing safely.

Target: HallPlanner within 1.2x the bare loop. Also reported: reading the boards
from the database (``services.signboards.read_signboards``), which is not in either.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hallplanner.db.database import open_database
from hallplanner.exchange.fonts import find_cjk_font
from hallplanner.exchange.sign_templates import template_named
from hallplanner.exchange.signboards import BORDER_INSET, Measure, layout, write_pdf
from hallplanner.services.signboards import read_signboards

TARGET = 1.2


def planned_lines(boards, template, font) -> list[list[tuple[float, float, str]]]:
    """Each board's lines as HallPlanner places them: (size, baseline, text)."""
    measure = Measure(font)
    height = template.height_mm * mm
    raise_ = (font.ascent + font.descent) / 2000
    pages = []
    for board in boards:
        placed = layout(board, template, measure)
        top, lines = (height + placed.height) / 2, []
        for block in (placed.title, placed.body):
            if not block.lines:
                continue
            slot = block.size * measure.pitch
            for line in block.lines:
                lines.append((block.size, top - slot / 2 - raise_ * block.size, line))
                top -= slot
            top -= placed.gap
        pages.append(lines)
    return pages


def bare(path: Path, pages, template, font) -> None:
    width, height = template.width_mm * mm, template.height_mm * mm
    background, foreground = HexColor(template.background), HexColor(template.foreground)
    inset = template.margin_mm * BORDER_INSET * mm
    canvas = Canvas(str(path), pagesize=(width, height), pageCompression=1, initialFontName=font.name,
                    initialFontSize=12)
    for lines in pages:
        canvas.setPageSize((width, height))
        canvas.setFillColor(background)
        canvas.rect(0, 0, width, height, stroke=0, fill=1)
        canvas.setStrokeColor(foreground)
        canvas.setLineWidth(max(0.5, template.margin_mm * 0.08 * mm))
        canvas.rect(inset, inset, width - 2 * inset, height - 2 * inset, stroke=1, fill=0)
        canvas.setFillColor(foreground)
        for size, baseline, text in lines:
            canvas.setFont(font.name, size)
            canvas.drawCentredString(width / 2, baseline, text)
        canvas.showPage()
    canvas.save()


def measure(catalog: Path, boards_wanted: int, repeat: int, folder: Path, template_name: str = "a4") -> dict:
    """Seconds of ``write_pdf`` (``ours``) and of the bare loop (``bare``), alternating, ``repeat`` times each."""
    db = open_database(catalog, readonly=True)
    start = time.perf_counter()
    everything = read_signboards(db)
    reading = time.perf_counter() - start
    db.close()
    boards = [everything.boards[n % len(everything.boards)] for n in range(boards_wanted)]
    template, font = template_named(template_name), find_cjk_font()
    pages = planned_lines(boards, template, font)

    runs = {"ours": (lambda: write_pdf(folder / "ours.pdf", boards, template, font), []),
            "bare": (lambda: bare(folder / "bare.pdf", pages, template, font), [])}
    for number in range(repeat):
        for name in ("ours", "bare") if number % 2 else ("bare", "ours"):  # neither always goes first
            work, timings = runs[name]
            gc.collect()  # a collection left over from the other run would be charged to this one
            start = time.perf_counter()
            work()
            timings.append(time.perf_counter() - start)
    return {"ours": runs["ours"][1], "bare": runs["bare"][1], "reading": reading,
            "available": len(everything.boards), "font": font.family,
            "ours_mb": (folder / "ours.pdf").stat().st_size / 1e6, "bare_mb": (folder / "bare.pdf").stat().st_size / 1e6}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--boards", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--template", default="a4")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        catalog = folder / "catalog.sqlite"
        subprocess.run([sys.executable, "-m", "hallplanner", "sample", "generate", "--items", "10000", "--db",
                        str(catalog)], check=True, stdout=subprocess.DEVNULL)
        figures = measure(catalog, args.boards, args.repeat, folder, args.template)
        ours_s, bare_s = statistics.median(figures["ours"]), statistics.median(figures["bare"])
        ratio = ours_s / bare_s
        print(f"{args.boards} boards, template {args.template}, font {figures['font']}, median of {args.repeat}")
        print(f"  reading the boards (all {figures['available']}): {figures['reading']:.3f} s")
        print(f"  HallPlanner write_pdf: {ours_s:.3f} s ({args.boards / ours_s:.0f} boards/s, "
              f"{figures['ours_mb']:.1f} MB)")
        print(f"  bare reportlab loop:   {bare_s:.3f} s ({figures['bare_mb']:.1f} MB)")
        print(f"  ratio {ratio:.2f}x (target {TARGET}x): {'met' if ratio <= TARGET else 'MISSED'}")


if __name__ == "__main__":
    main()
