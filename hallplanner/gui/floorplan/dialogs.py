"""The small forms the floor plan asks: a new window, a new zone, a row's numbering, a floor's name,
a known distance, a floor's minimum route width. Each ``ask_…`` returns what the planner entered, or None when cancelled."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from hallplanner.domain.floorplan_checks import (
    DEFAULT_ROUTE_WIDTH,
    MAX_ROUTE_WIDTH,
    MIN_ROUTE_WIDTH,
)
from hallplanner.domain.layout import numbered
from hallplanner.domain.vocabulary import WindowKind, ZoneKind
from hallplanner.gui.form_dialog import FormDialog
from hallplanner.gui.i18n import translated

# A zone's colour until the planner picks another: the sample's colours, by kind.
ZONE_COLOURS = {ZoneKind.GENERAL: "#cfe8d4", ZoneKind.DOMAIN: "#d6e2f3", ZoneKind.DEDICATED: "#e9e0cf",
                ZoneKind.WAITING: "#f3ecd6", ZoneKind.GUIDANCE: "#f6d9d2", ZoneKind.SELF_SERVICE: "#e6dcf0",
                ZoneKind.BACK_OFFICE: "#dedede", ZoneKind.OTHER: "#eeeeee"}


@dataclass(frozen=True)
class NewWindow:
    number: str
    name: str
    kind: WindowKind


@dataclass(frozen=True)
class NewZone:
    name: str
    kind: ZoneKind
    colour: str


class WindowForm(FormDialog):
    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("新增窗口"), parent)
        self.number = QLineEdit(number, objectName="newWindowNumber", maxLength=16)
        self.name = QLineEdit(self.tr("综合窗口"), objectName="newWindowName", maxLength=128)
        self.kind = QComboBox(objectName="newWindowKind")
        for kind in WindowKind:
            self.kind.addItem(translated(kind.label), kind)
        self.form.addRow(self.tr("窗口号"), self.number)
        self.form.addRow(self.tr("窗口名称"), self.name)
        self.form.addRow(self.tr("窗口类型"), self.kind)
        self.finish()

    def values(self) -> NewWindow:
        return NewWindow(self.number.text().strip(), self.name.text().strip(), self.kind.currentData())


class ZoneForm(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("新增功能区"), parent)
        self.name = QLineEdit(objectName="newZoneName", maxLength=64)
        self.kind = QComboBox(objectName="newZoneKind")
        for kind in ZoneKind:
            self.kind.addItem(translated(kind.label), kind)
        self.colour = QPushButton(objectName="newZoneColour")
        self.colour.clicked.connect(self._pick_colour)
        self.kind.currentIndexChanged.connect(lambda _: self._show_colour(ZONE_COLOURS[self.kind.currentData()]))
        self._show_colour(ZONE_COLOURS[ZoneKind.GENERAL])
        self.form.addRow(self.tr("名称"), self.name)
        self.form.addRow(self.tr("类型"), self.kind)
        self.form.addRow(self.tr("颜色"), self.colour)
        self.finish()

    def _show_colour(self, colour: str) -> None:
        self.chosen = colour
        self.colour.setText(colour)
        self.colour.setStyleSheet(f"background: {colour}")

    def _pick_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.chosen), self, self.tr("功能区颜色"))
        if colour.isValid():
            self._show_colour(colour.name())

    def values(self) -> NewZone:
        return NewZone(self.name.text().strip() or translated(self.kind.currentData().label),
                       self.kind.currentData(), self.chosen)


class RenumberForm(FormDialog):
    """Prefix and first number, with the numbers the row will get shown as they are typed."""

    def __init__(self, count: int, prefix: str, start: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("窗口重新编号"), parent)
        self.count = count
        self.prefix = QLineEdit(prefix, objectName="renumberPrefix", maxLength=12)
        self.start = QSpinBox(objectName="renumberStart", minimum=0, maximum=9999, value=start)
        self.preview = QLabel(objectName="renumberPreview")
        self.prefix.textChanged.connect(self._preview)
        self.start.valueChanged.connect(self._preview)
        self.form.addRow(self.tr("前缀"), self.prefix)
        self.form.addRow(self.tr("起始号"), self.start)
        self.form.addRow(self.tr("从左到右"), self.preview)
        self.finish()
        self._preview()

    def _preview(self) -> None:
        numbers = numbered(self.prefix.text().strip(), self.start.value(), self.count)
        self.preview.setText(" ".join(numbers) if len(numbers) <= 6 else f"{numbers[0]} … {numbers[-1]}")


def ask_window(parent: QWidget, number: str) -> NewWindow | None:
    form = WindowForm(number, parent)
    try:
        return form.values() if form.exec() == QDialog.DialogCode.Accepted else None
    finally:
        form.deleteLater()


def ask_zone(parent: QWidget) -> NewZone | None:
    form = ZoneForm(parent)
    try:
        return form.values() if form.exec() == QDialog.DialogCode.Accepted else None
    finally:
        form.deleteLater()


def ask_renumbering(parent: QWidget, count: int, prefix: str, start: int) -> tuple[str, int] | None:
    form = RenumberForm(count, prefix, start, parent)
    try:
        accepted = form.exec() == QDialog.DialogCode.Accepted
        return (form.prefix.text().strip(), form.start.value()) if accepted else None
    finally:
        form.deleteLater()


def ask_floor_name(parent: QWidget, title: str, name: str = "") -> str | None:
    label = QCoreApplication.translate("FloorplanDialogs", "楼层名称:")
    text, accepted = QInputDialog.getText(parent, title, label, text=name)
    return text.strip() if accepted and text.strip() else None


def ask_distance(parent: QWidget, shown: float) -> float | None:
    """The real distance between the two points measured, in metres (the drawing now says ``shown``)."""
    title = QCoreApplication.translate("FloorplanDialogs", "设定底图比例")
    label = QCoreApplication.translate("FloorplanDialogs", "两点之间的实际距离(米;按当前比例为 {} 米):")
    value, accepted = QInputDialog.getDouble(parent, title, label.format(f"{shown:.2f}"), round(shown, 2), 0.01,
                                             10_000, 2)
    return value if accepted and value > 0 else None


@dataclass(frozen=True)
class RouteWidth:
    width: float | None  # metres; None: the preset


def ask_route_width(parent: QWidget, current: float | None) -> RouteWidth | None:
    """The floor's minimum clear width of public routes (GB 55019-2021 §2.2.2), or the preset."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("FloorplanDialogs", "公共通道最小净宽"))
    about = QCoreApplication.translate("FloorplanDialogs", "窗口前公共通道的最小净宽,GB 55019-2021 第2.2.2条不小于 {} 米:")
    use_preset = QCoreApplication.translate("FloorplanDialogs", "使用预设 {} 米(人员密集场所)")
    preset = QCheckBox(use_preset.format(f"{DEFAULT_ROUTE_WIDTH:.2f}"), objectName="routeWidthPreset")
    width = QDoubleSpinBox(objectName="routeWidth", decimals=2, singleStep=0.05,
                           suffix=QCoreApplication.translate("FloorplanDialogs", " 米"))
    width.setRange(MIN_ROUTE_WIDTH, MAX_ROUTE_WIDTH)
    width.setValue(current if current is not None else DEFAULT_ROUTE_WIDTH)
    preset.toggled.connect(lambda checked: width.setEnabled(not checked))
    preset.setChecked(current is None)
    width.setEnabled(current is not None)
    form = QFormLayout(dialog)
    form.addRow(QLabel(about.format(f"{MIN_ROUTE_WIDTH:.2f}"), wordWrap=True))
    form.addRow(preset)
    form.addRow(QCoreApplication.translate("FloorplanDialogs", "最小净宽"), width)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return RouteWidth(None if preset.isChecked() else round(width.value(), 2))


def ask_pdf_page(parent: QWidget, pages: int) -> int | None:
    title = QCoreApplication.translate("FloorplanDialogs", "选择 PDF 页")
    label = QCoreApplication.translate("FloorplanDialogs", "该 PDF 有 {} 页,导入第几页:")
    page, accepted = QInputDialog.getInt(parent, title, label.format(pages), 1, 1, pages)
    return page if accepted else None
