"""The record forms: the fields of an item, window, venue or department, editable, and what changed."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hallplanner.domain.errors import HallPlannerError
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
from hallplanner.services.views import DepartmentView


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: str = "text"  # text, int, float, bool, choice, department
    choices: type[Enum] | None = None
    maximum: int = 10_000_000


ITEM = "item"
WINDOW = "window"
VENUE = "venue"
DEPARTMENT = "department"

FORMS: dict[str, tuple[str, tuple[Field, ...]]] = {
    ITEM: ("事项", (
        Field("name", "事项名称"),
        Field("basic_code", "基本编码"),
        Field("implementation_code", "实施编码"),
        Field("item_type", "事项类型", "choice", ItemType),
        Field("department_id", "所属部门", "department"),
        Field("level", "行使层级", "choice", Level),
        Field("category", "业务类别"),
        Field("status", "进驻状态", "choice", EntryStatus),
        Field("annual_volume", "年办件量", "int"),
        Field("avg_minutes", "平均办理时长(分钟)", "int", maximum=100_000),
        Field("online_depth", "网办深度", "int", maximum=4),
        Field("fully_online", "全程网办", "bool"),
        Field("jointly_handled", "联办事项", "bool"),
        Field("negative_list", "负面清单", "bool"),
        Field("special_sensitive", "特殊敏感事项", "bool"),
        Field("plan_ref", "方案条款"),
    )),
    WINDOW: ("窗口", (
        Field("number", "窗口号"),
        Field("name", "窗口名称"),
        Field("kind", "窗口类型", "choice", WindowKind),
        Field("domain", "领域"),
        Field("department_id", "部门", "department"),
        Field("x", "平面位置 x(米)", "float"),
        Field("y", "平面位置 y(米)", "float"),
        Field("width", "宽(米)", "float"),
        Field("height", "深(米)", "float"),
        Field("rotation", "旋转(度)", "float"),
    )),
    VENUE: ("场所", (
        Field("name", "场所名称"),
        Field("kind", "场所类型", "choice", VenueKind),
        Field("status", "状态", "choice", VenueStatus),
        Field("host_kind", "依托单位类型", "choice", HostKind),
        Field("department_id", "主管部门", "department"),
        Field("business_category", "业务分类(分中心标识)"),
        Field("location_label", "地点(延伸窗口标识)"),
        Field("address", "地址"),
        Field("floor", "楼层"),
        Field("room", "房号"),
        Field("contact_person", "联系人"),
        Field("phone", "联系电话"),
    )),
    DEPARTMENT: ("部门", (
        Field("full_name", "部门全称"),
        Field("short_name", "标识用简称"),
        Field("kind", "类别", "choice", DepartmentKind),
    )),
}


def problems_of(refusal: HallPlannerError) -> list[str]:
    """What a form shows for a refused save: each failed check, or the one reason."""
    return list(getattr(refusal, "problems", None) or [str(refusal)])


def field_labels(kind: str) -> dict[str, str]:
    return {field.key: field.label for field in FORMS[kind][1]}


class RecordForm(QWidget):
    """One form per kind of record; shows a record's values and reports what was changed."""

    save_requested = Signal(str, int, int, dict)  # kind, id, version, changed values

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.record: dict[str, object] = {}
        self.editors: dict[str, QWidget] = {}
        title, fields = FORMS[kind]
        self.fields = fields
        self.title = QLabel(objectName="detailTitle")
        self.title.setStyleSheet("font-weight: bold; font-size: 14px;")
        form = QFormLayout()
        for field in fields:
            editor = self._editor(field)
            editor.setObjectName(f"{kind}_{field.key}")
            self.editors[field.key] = editor
            form.addRow(self.tr(field.label), editor)
        self.extra = QLabel(objectName="detailExtra")
        self.extra.setWordWrap(True)
        self.problems = QLabel(objectName="detailProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        self.save = QPushButton(self.tr("保存"), objectName=f"{kind}_save")
        self.save.clicked.connect(self._request_save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
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
            editor.setRange(-1000, 1000)
            editor.setDecimals(2)
            return editor
        if field.kind == "bool":
            return QCheckBox()
        if field.kind in ("choice", "department"):
            editor = QComboBox()
            editor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            editor.setMinimumContentsLength(8)
            for member in field.choices or ():
                editor.addItem(member.label, member)
            return editor
        return QLineEdit()

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
        self.title.setText(f"{FORMS[self.kind][0]}:{record.get('name') or record.get('full_name') or ''}")
        for field in self.fields:
            self._set(self.editors[field.key], record.get(field.key))
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
        return editor.text().strip()

    def _value(self, field: Field) -> object:
        value = self._get(self.editors[field.key])
        # Qt hands enum members back as plain strings; the services expect members.
        return field.choices(value) if field.choices is not None and value is not None else value

    def values(self) -> dict[str, object]:
        return {field.key: self._value(field) for field in self.fields}

    def changes(self) -> dict[str, object]:
        return {key: value for key, value in self.values().items() if value != self.record.get(key)}

    def show_problems(self, problems: list[str]) -> None:
        self.problems.setText("\n".join(problems))

    def _request_save(self) -> None:
        changes = self.changes()
        if not changes:
            self.problems.setText(self.tr("没有修改"))
            return
        self.save_requested.emit(self.kind, int(self.record["id"]), int(self.record["version"]), changes)
