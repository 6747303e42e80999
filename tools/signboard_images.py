"""The README's signboard images: each template, on the Xiamen sample, as poppler draws the PDF.

    python tools/signboard_images.py   # writes docs/signboards/<template>-<kind>.png

For each template (A4, A3, desk plate, door plate, a custom 300×150 mm) the first
sub-center sign, window plate and special-item notice of the sample are written to
a PDF exactly as ``hallplanner signs`` writes them, then drawn by ``pdftoppm``.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from hallplanner.bundled import sample_database
from hallplanner.db.database import open_database
from hallplanner.domain.signboards import BoardKind
from hallplanner.exchange.fonts import find_cjk_font
from hallplanner.exchange.sign_templates import template_named
from hallplanner.exchange.signboards import write_pdf
from hallplanner.services.signboards import read_signboards

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "signboards"
TEMPLATES = ("a4", "a3", "desk", "door", "300x150")
KINDS = (BoardKind.SUBCENTER, BoardKind.WINDOW, BoardKind.SENSITIVE)
WIDTH_PX = 640


def main() -> None:
    db = open_database(sample_database(), readonly=True)
    signboards = read_signboards(db)
    db.close()
    boards = [signboards.chosen([kind]).boards[0] for kind in KINDS]
    font = find_cjk_font()
    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        for name in TEMPLATES:
            pdf = Path(folder) / f"{name}.pdf"
            write_pdf(pdf, boards, template_named(name), font)
            for page, kind in enumerate(KINDS, start=1):
                target = IMAGES / f"{name}-{kind.value}"
                subprocess.run(["pdftoppm", "-png", "-singlefile", "-f", str(page), "-l", str(page),
                                "-scale-to", str(WIDTH_PX), str(pdf), str(target)], check=True)
                print(target.with_suffix(".png"))


if __name__ == "__main__":
    main()
