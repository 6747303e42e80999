"""How counters are coloured, by the page's colour mode, and the legend that says so.

By domain: counters of one domain share a colour, general (无差别) windows green as halls sign
them: the palette of ``CounterView.colour``, which the exported plan (``exchange.floorplan_pdf``)
draws with too, so a print matches the screen. By load: the yearly cases of the items handled there, in thirds of the floor's busiest. By
staffing: the worst staffing finding about the window. By findings: how many findings concern the
window or the items handled there. Staffing and findings come from a background read
(``services.floorplan_marks``); until it is back the counters are grey.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from hallplanner.domain.vocabulary import WindowKind
from hallplanner.services.floorplan_views import CounterView, WindowMarks

DOMAIN, LOAD, STAFFING, FINDINGS = "domain", "load", "staffing", "findings"
MODES = {
    DOMAIN: QT_TRANSLATE_NOOP("FloorplanColours", "按业务领域"),
    LOAD: QT_TRANSLATE_NOOP("FloorplanColours", "按办件量"),
    STAFFING: QT_TRANSLATE_NOOP("FloorplanColours", "按人员配置"),
    FINDINGS: QT_TRANSLATE_NOOP("FloorplanColours", "按检查问题"),
}
UNKNOWN = "#b9bcc0"  # staffing or findings not read yet
LOAD_COLOURS = ("#d7dadd", "#9fd29a", "#f3c04f", "#d9534f")  # none, low, middle, high
STAFFING_COLOURS = {None: "#5cb85c", "info": "#7fa7d9", "warning": "#f0ad4e", "error": "#d9534f"}
FINDING_COLOURS = ("#5cb85c", "#f0ad4e", "#d9534f")  # none, one or two, three or more
LEGEND = {
    "none": QT_TRANSLATE_NOOP("FloorplanColours", "无办理事项"),
    "at most": QT_TRANSLATE_NOOP("FloorplanColours", "年办件量 ≤ {}"),
    "over": QT_TRANSLATE_NOOP("FloorplanColours", "年办件量 > {}"),
    "staffed": QT_TRANSLATE_NOOP("FloorplanColours", "A、B 岗配齐"),
    "warning": QT_TRANSLATE_NOOP("FloorplanColours", "缺 B 岗等提醒"),
    "unstaffed": QT_TRANSLATE_NOOP("FloorplanColours", "有时段无人值守或资格不足"),
    "note": QT_TRANSLATE_NOOP("FloorplanColours", "提示"),
    "no findings": QT_TRANSLATE_NOOP("FloorplanColours", "无检查问题"),
    "few findings": QT_TRANSLATE_NOOP("FloorplanColours", "1–2 条问题"),
    "many findings": QT_TRANSLATE_NOOP("FloorplanColours", "3 条及以上问题"),
    "general": QT_TRANSLATE_NOOP("FloorplanColours", "无差别综合窗口"),
    "dedicated": QT_TRANSLATE_NOOP("FloorplanColours", "专用窗口"),
}


@dataclass
class Colouring:
    """The mode and what it needs: the floor's busiest window, the marks read for the floor."""

    mode: str = DOMAIN
    busiest: int = 0
    marks: WindowMarks | None = None
    domains: dict[str, str] = field(default_factory=dict)  # domain or department → colour, for the legend

    def colour_of(self, counter: CounterView) -> QColor:
        if self.mode == LOAD:
            return QColor(LOAD_COLOURS[self._third(counter.yearly_volume) if counter.items else 0])
        if self.mode in (STAFFING, FINDINGS) and self.marks is None:
            return QColor(UNKNOWN)
        if self.mode == STAFFING:
            return QColor(STAFFING_COLOURS[self.marks.staffing.get(counter.id)])
        if self.mode == FINDINGS:
            count = self.marks.findings.get(counter.id, 0)
            return QColor(FINDING_COLOURS[0 if not count else 1 if count <= 2 else 2])
        return QColor(counter.colour)

    def _third(self, volume: int) -> int:
        if self.busiest <= 0 or volume * 3 <= self.busiest:
            return 1
        return 2 if volume * 3 <= self.busiest * 2 else 3

    def legend(self, counters: tuple[CounterView, ...]) -> list[tuple[str, str]]:
        """(colour, what it means) for the mode, as the floor on show has them."""
        if self.mode == LOAD:
            third = max(self.busiest // 3, 1)
            return [(LOAD_COLOURS[0], _text("none")),
                    (LOAD_COLOURS[1], _text("at most").format(f"{third:,}")),
                    (LOAD_COLOURS[2], _text("at most").format(f"{2 * third:,}")),
                    (LOAD_COLOURS[3], _text("over").format(f"{2 * third:,}"))]
        if self.mode == STAFFING:
            return [(STAFFING_COLOURS[None], _text("staffed")), (STAFFING_COLOURS["warning"], _text("warning")),
                    (STAFFING_COLOURS["error"], _text("unstaffed")), (STAFFING_COLOURS["info"], _text("note"))]
        if self.mode == FINDINGS:
            return [(FINDING_COLOURS[0], _text("no findings")), (FINDING_COLOURS[1], _text("few findings")),
                    (FINDING_COLOURS[2], _text("many findings"))]
        seen: dict[str, str] = {}
        for counter in sorted(counters, key=lambda c: c.number):
            name = (_text("general") if counter.kind is WindowKind.GENERAL
                    else counter.domain or counter.department or _text("dedicated"))
            seen.setdefault(name, counter.colour)
        return [(colour, name) for name, colour in seen.items()]


def _text(key: str) -> str:
    return QCoreApplication.translate("FloorplanColours", LEGEND[key])


class Legend(QWidget):
    """A row of swatches under the plan: what each colour means in the mode on show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floorplanLegend")
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(4, 2, 4, 2)
        self.entries: list[str] = []  # what the legend says, in order (tests read it)

    def show_entries(self, entries: list[tuple[str, str]]) -> None:
        while self.row.count():
            item = self.row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.entries = [text for _, text in entries]
        for colour, text in entries:
            swatch = QLabel()
            swatch.setFixedSize(16, 16)
            swatch.setStyleSheet(f"background: {colour}; border: 1px solid #555; border-radius: 3px")
            self.row.addWidget(swatch)
            self.row.addWidget(QLabel(text))
            self.row.addSpacing(12)
        self.row.addStretch(1)
