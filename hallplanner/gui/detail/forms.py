"""The record forms: the fields of an item, window, venue or department, editable, and what changed."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hallplanner.domain.vocabulary import (
    DepartmentKind,
    EntryStatus,
    HostKind,
    ItemType,
    Level,
    VenueKind,
    VenueStatus,
    WindowKind,
)
from hallplanner.gui.i18n import translated
from hallplanner.services.views import DepartmentView


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # marked for lupdate in FORMS, translated where shown
    kind: str = "text"  # text, int, float, bool, choice, department
    choices: type[Enum] | None = None
    maximum: int = 2**31 - 1  # what a spin box holds; a larger stored value would be cut on display


ITEM = "item"
WINDOW = "window"
VENUE = "venue"
DEPARTMENT = "department"
NO_DATE = QDate(2000, 1, 1)  # a date editor at its minimum shows 未定: no date

FORMS: dict[str, tuple[str, tuple[Field, ...]]] = {
    ITEM: (QT_TRANSLATE_NOOP("RecordForm", "事项"), (
        Field("name", QT_TRANSLATE_NOOP("RecordForm", "事项名称")),
        Field("basic_code", QT_TRANSLATE_NOOP("RecordForm", "基本编码")),
        Field("implementation_code", QT_TRANSLATE_NOOP("RecordForm", "实施编码")),
        Field("item_type", QT_TRANSLATE_NOOP("RecordForm", "事项类型"), "choice", ItemType),
        Field("department_id", QT_TRANSLATE_NOOP("RecordForm", "所属部门"), "department"),
        Field("level", QT_TRANSLATE_NOOP("RecordForm", "行使层级"), "choice", Level),
        Field("category", QT_TRANSLATE_NOOP("RecordForm", "业务类别")),
        Field("status", QT_TRANSLATE_NOOP("RecordForm", "进驻状态"), "choice", EntryStatus),
        Field("annual_volume", QT_TRANSLATE_NOOP("RecordForm", "年办件量"), "int"),
        Field("avg_minutes", QT_TRANSLATE_NOOP("RecordForm", "平均办理时长(分钟)"), "int", maximum=100_000),
        Field("online_depth", QT_TRANSLATE_NOOP("RecordForm", "网办深度"), "int", maximum=4),
        Field("fully_online", QT_TRANSLATE_NOOP("RecordForm", "全程网办"), "bool"),
        Field("jointly_handled", QT_TRANSLATE_NOOP("RecordForm", "联办事项"), "bool"),
        Field("negative_list", QT_TRANSLATE_NOOP("RecordForm", "负面清单"), "bool"),
        Field("special_sensitive", QT_TRANSLATE_NOOP("RecordForm", "特殊敏感事项"), "bool"),
        Field("plan_ref", QT_TRANSLATE_NOOP("RecordForm", "方案条款")),
    )),
    WINDOW: (QT_TRANSLATE_NOOP("RecordForm", "窗口"), (
        Field("number", QT_TRANSLATE_NOOP("RecordForm", "窗口号")),
        Field("name", QT_TRANSLATE_NOOP("RecordForm", "窗口名称")),
        Field("kind", QT_TRANSLATE_NOOP("RecordForm", "窗口类型"), "choice", WindowKind),
        Field("domain", QT_TRANSLATE_NOOP("RecordForm", "领域")),
        Field("department_id", QT_TRANSLATE_NOOP("RecordForm", "部门"), "department"),
        Field("x", QT_TRANSLATE_NOOP("RecordForm", "平面位置 x(米)"), "float"),
        Field("y", QT_TRANSLATE_NOOP("RecordForm", "平面位置 y(米)"), "float"),
        Field("width", QT_TRANSLATE_NOOP("RecordForm", "宽(米)"), "float"),
        Field("height", QT_TRANSLATE_NOOP("RecordForm", "深(米)"), "float"),
        Field("rotation", QT_TRANSLATE_NOOP("RecordForm", "旋转(度)"), "float"),
        Field("low_counter", QT_TRANSLATE_NOOP("RecordForm", "低位服务设施(GB 55019-2021 §3.6.1)"), "bool"),
        Field("accessibility_sign", QT_TRANSLATE_NOOP("RecordForm", "已设无障碍标识(§4.0.1)"), "bool"),
    )),
    VENUE: (QT_TRANSLATE_NOOP("RecordForm", "场所"), (
        Field("name", QT_TRANSLATE_NOOP("RecordForm", "场所名称")),
        Field("kind", QT_TRANSLATE_NOOP("RecordForm", "场所类型"), "choice", VenueKind),
        Field("status", QT_TRANSLATE_NOOP("RecordForm", "状态"), "choice", VenueStatus),
        Field("host_kind", QT_TRANSLATE_NOOP("RecordForm", "依托单位类型"), "choice", HostKind),
        Field("department_id", QT_TRANSLATE_NOOP("RecordForm", "主管部门"), "department"),
        Field("business_category", QT_TRANSLATE_NOOP("RecordForm", "业务分类(分中心、延伸窗口标识)")),
        Field("location_label", QT_TRANSLATE_NOOP("RecordForm", "地点(延伸窗口标识)")),
        Field("address", QT_TRANSLATE_NOOP("RecordForm", "地址")),
        Field("floor", QT_TRANSLATE_NOOP("RecordForm", "楼层")),
        Field("room", QT_TRANSLATE_NOOP("RecordForm", "房号")),
        Field("contact_person", QT_TRANSLATE_NOOP("RecordForm", "联系人")),
        Field("phone", QT_TRANSLATE_NOOP("RecordForm", "联系电话")),
        Field("opens_on", QT_TRANSLATE_NOOP("RecordForm", "启用日期"), "date"),
        Field("closes_on", QT_TRANSLATE_NOOP("RecordForm", "撤销日期"), "date"),
    )),
    DEPARTMENT: (QT_TRANSLATE_NOOP("RecordForm", "部门"), (
        Field("full_name", QT_TRANSLATE_NOOP("RecordForm", "部门全称")),
        Field("short_name", QT_TRANSLATE_NOOP("RecordForm", "标识用简称")),
        Field("kind", QT_TRANSLATE_NOOP("RecordForm", "类别"), "choice", DepartmentKind),
        # R1's base leaves out the items of vertically managed central departments (customs, tax …).
        Field("centrally_managed", QT_TRANSLATE_NOOP("RecordForm", "中央垂管部门"), "bool"),
    )),
}


def title_of(kind: str) -> str:
    """What a kind of record is called: 事项, 窗口 …"""
    return QCoreApplication.translate("RecordForm", FORMS[kind][0])


def field_labels(kind: str) -> dict[str, str]:
    return {field.key: QCoreApplication.translate("RecordForm", field.label) for field in FORMS[kind][1]}


class RecordForm(QWidget):
    """One form per kind of record; shows a record's values and reports what was changed."""

    save_requested = Signal(str, int, int, dict)  # kind, id, version, changed values

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.record: dict[str, object] = {}
        self._shown: dict[str, object] = {}
        self.editors: dict[str, QWidget] = {}
        self.fields = FORMS[kind][1]
        self.title = QLabel(objectName="detailTitle")
        self.title.setStyleSheet("font-weight: bold; font-size: 14px;")
        form = QFormLayout()
        # A field goes below its label rather than past the pane's edge when a label is long (in English).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        labels = field_labels(kind)
        for field in self.fields:
            editor = self._editor(field)
            editor.setObjectName(f"{kind}_{field.key}")
            self.editors[field.key] = editor
            form.addRow(labels[field.key], editor)
        self.extra = QLabel(objectName="detailExtra")  # an item's places, as rich text
        self.extra.setTextFormat(Qt.TextFormat.RichText)
        self.extra.setWordWrap(True)
        self.problems = QLabel(objectName="detailProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        self.locked = QLabel(objectName=f"{kind}_readOnly")  # why this login may not change the record
        self.locked.setWordWrap(True)
        self.locked.setStyleSheet("color: #8a5a00;")
        self.locked.hide()
        self.save = QPushButton(self.tr("保存"), objectName=f"{kind}_save")
        self.save.clicked.connect(self._request_save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.locked)
        layout.addLayout(form)
        layout.addWidget(self.extra)
        layout.addWidget(self.problems)
        layout.addWidget(self.save)
        layout.addStretch(1)

    def _editor(self, field: Field) -> QWidget:
        if field.kind == "int":
            editor = QSpinBox()
            editor.setRange(0 if field.key != "online_depth" else 1, field.maximum)
            return editor
        if field.kind == "float":
            editor = QDoubleSpinBox()
            editor.setRange(-10_000, 10_000)
            editor.setDecimals(3)  # metres to the millimetre
            return editor
        if field.kind == "bool":
            return QCheckBox()
        if field.kind == "date":
            editor = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
            editor.setMinimumDate(NO_DATE)
            editor.setSpecialValueText(self.tr("未定"))  # the minimum stands for no date: open-ended
            return editor
        if field.kind in ("choice", "department"):
            editor = QComboBox()
            editor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            editor.setMinimumContentsLength(8)
            for member in field.choices or ():
                editor.addItem(translated(member.label), member)
            return editor
        return QLineEdit()

    def set_read_only(self, reason: str | None, fields: frozenset[str] = frozenset()) -> None:
        """Show the record read-only, saying why (``reason`` None: editable); with ``fields``, only those."""
        whole = reason is not None and not fields
        for key, editor in self.editors.items():
            locked = reason is not None and (whole or key in fields)
            editor.setEnabled(not locked)
            editor.setToolTip(reason if locked else "")
        self.save.setEnabled(not whole)
        self.save.setToolTip(reason if whole else "")
        self.locked.setText(reason or "")
        self.locked.setVisible(whole)

    def set_departments(self, departments: list[DepartmentView]) -> None:
        for field in self.fields:
            if field.kind == "department":
                combo: QComboBox = self.editors[field.key]
                chosen = combo.currentData()  # refilling must not change what the form holds
                combo.blockSignals(True)
                combo.clear()
                combo.addItem(self.tr("(无)"), None)
                for department in departments:
                    combo.addItem(department.full_name, department.id)
                combo.setCurrentIndex(max(0, combo.findData(chosen)))
                combo.blockSignals(False)

    def load(self, record: dict[str, object], extra: str = "") -> None:
        self.record = record
        self.title.setText(self.tr("{kind}:{name}").format(kind=title_of(self.kind),
                                                            name=record.get("name") or record.get("full_name") or ""))
        for field in self.fields:
            self._set(self.editors[field.key], record.get(field.key))
        # What the editors show, which may differ from the record (a stripped text, a rounded
        # number): only what the planner changes after this counts as a change.
        self._shown = self.values()
        self.extra.setText(extra)
        self.problems.clear()

    @staticmethod
    def _set(editor: QWidget, value: object) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            editor.setValue(value or 0)
        elif isinstance(editor, QDateEdit):
            editor.setDate(QDate(value) if value else NO_DATE)
        else:
            editor.setText("" if value is None else str(value))
            editor.setCursorPosition(0)  # long codes show their start

    @staticmethod
    def _get(editor: QWidget) -> object:
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            return editor.value()
        if isinstance(editor, QDateEdit):
            return None if editor.date() == NO_DATE else editor.date().toPython()
        return editor.text().strip()

    def _value(self, field: Field) -> object:
        value = self._get(self.editors[field.key])
        # Qt hands enum members back as plain strings; the services expect members.
        return field.choices(value) if field.choices is not None and value is not None else value

    def values(self) -> dict[str, object]:
        return {field.key: self._value(field) for field in self.fields}

    def changes(self) -> dict[str, object]:
        """The fields the planner changed since the record was loaded."""
        return {key: value for key, value in self.values().items() if value != self._shown.get(key)}

    def show_problems(self, problems: list[str]) -> None:
        self.problems.setText("\n".join(problems))

    def _request_save(self) -> None:
        changes = self.changes()
        if not changes:
            self.problems.setText(self.tr("没有修改"))
            return
        self.save_requested.emit(self.kind, int(self.record["id"]), int(self.record["version"]), changes)
