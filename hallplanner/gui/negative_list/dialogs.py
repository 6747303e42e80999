"""The negative-list page's dialogs: a version's particulars on import, a new proposal, a proposal's next step.

Each asks only; the page turns the answer into an edit.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from hallplanner.domain.vocabulary import ListScope, ProposalAction, ProposalState
from hallplanner.gui.form_dialog import FormDialog
from hallplanner.gui.i18n import translated
from hallplanner.services.views import DepartmentView, ItemView


def date_edit(object_name: str, day: dt.date | None = None) -> QDateEdit:
    editor = QDateEdit(QDate(day) if day else QDate.currentDate(), objectName=object_name)
    editor.setCalendarPopup(True)
    editor.setDisplayFormat("yyyy-MM-dd")
    return editor


class _Form(FormDialog):
    """A form above OK and Cancel. Qt gives a combo box's enum data back as plain text: ``values``
    turns it into the enum again."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(title, parent, min_width=460)


def _attachments(text: str) -> list[str]:
    return [line.strip() for line in text.replace(";", "\n").replace(";", "\n").splitlines() if line.strip()]


class VersionDialog(_Form):
    """Name, scope, effective date and document number of a list being imported."""

    def __init__(self, file_name: str, entries: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("导入负面清单版本"), parent)
        self.form.addRow(self.tr("文件"), QLineEdit(self.tr("{file}({count} 项)").format(file=file_name, count=entries),
                                                    readOnly=True))
        self.name = QLineEdit(file_name.rsplit(".", 1)[0], objectName="versionName")
        self.scope = QComboBox(objectName="versionScope")
        for scope in ListScope:
            self.scope.addItem(translated(scope.label), scope)
        self.effective = date_edit("versionEffective")
        self.document = QLineEdit(objectName="versionDocument", placeholderText=self.tr("如 闽审改办〔2024〕1号"))
        self.form.addRow(self.tr("版本名称"), self.name)
        self.form.addRow(self.tr("适用范围"), self.scope)
        self.form.addRow(self.tr("施行日期"), self.effective)
        self.form.addRow(self.tr("文号"), self.document)
        self.finish()

    def values(self) -> dict[str, object]:
        return {"name": self.name.text(), "scope": ListScope(self.scope.currentData()),
                "effective_on": self.effective.date().toPython(), "document": self.document.text()}


class ProposalDialog(_Form):
    """A department's proposal: which item, on or off the list, when, who, why, with which papers."""

    def __init__(self, departments: list[DepartmentView], items: list[ItemView], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("提出负面清单调整建议"), parent)
        self.department = QComboBox(objectName="proposalDepartment")
        for department in departments:
            self.department.addItem(department.full_name, department.id)
        self.action = QComboBox(objectName="proposalAction")
        for action in ProposalAction:
            self.action.addItem(translated(action.label), action)
        self.item = QComboBox(objectName="proposalItem", editable=True)
        self.item.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for item in items:
            self.item.addItem(f"{item.name}({item.basic_code})", item.id)
        self.item.setCurrentIndex(-1)
        self.item.lineEdit().setPlaceholderText(self.tr("选择事项,或写不在规划中的事项名称"))
        self.on = date_edit("proposalOn")
        self.person = QLineEdit(objectName="proposalPerson")
        self.reason = QPlainTextEdit(objectName="proposalReason")
        self.reason.setFixedHeight(70)
        self.attachments = QLineEdit(objectName="proposalAttachments", placeholderText=self.tr("附件名称,以分号分隔"))
        for label, widget in ((self.tr("提出部门"), self.department), (self.tr("调整"), self.action),
                              (self.tr("事项"), self.item), (self.tr("日期"), self.on), (self.tr("经办人"), self.person),
                              (self.tr("理由"), self.reason), (self.tr("附件"), self.attachments)):
            self.form.addRow(label, widget)
        self.finish()

    def values(self) -> dict[str, object]:
        index = self.item.currentIndex()
        chosen = index >= 0 and self.item.currentText() == self.item.itemText(index)
        return {"department_id": self.department.currentData(), "action": ProposalAction(self.action.currentData()),
                "item_id": self.item.itemData(index) if chosen else None,
                "item_name": "" if chosen else self.item.currentText(),
                "on": self.on.date().toPython(), "person": self.person.text(),
                "reason": self.reason.toPlainText(), "attachments": _attachments(self.attachments.text())}


class StepDialog(_Form):
    """The next step of a proposal: its state (of those allowed), date, person, office, reason, papers."""

    def __init__(self, item_name: str, states: tuple[ProposalState, ...], last_on: dt.date | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("办理调整建议:{item}").format(item=item_name), parent)
        self.state = QComboBox(objectName="stepState")
        for state in states:
            self.state.addItem(translated(state.label), state)
        self.on = date_edit("stepOn", max(dt.date.today(), last_on) if last_on else None)
        self.person = QLineEdit(objectName="stepPerson")
        self.office = QLineEdit(objectName="stepOffice", placeholderText=self.tr("默认:同级审改办、市审改办或省审改办"))
        self.reason = QPlainTextEdit(objectName="stepReason")
        self.reason.setFixedHeight(70)
        self.attachments = QLineEdit(objectName="stepAttachments", placeholderText=self.tr("附件名称,以分号分隔"))
        for label, widget in ((self.tr("办理结果"), self.state), (self.tr("日期"), self.on),
                              (self.tr("经办人"), self.person), (self.tr("办理机构"), self.office),
                              (self.tr("意见或理由"), self.reason), (self.tr("附件"), self.attachments)):
            self.form.addRow(label, widget)
        self.finish()

    def values(self) -> dict[str, object]:
        return {"state": ProposalState(self.state.currentData()), "on": self.on.date().toPython(), "person": self.person.text(),
                "office": self.office.text(), "reason": self.reason.toPlainText(),
                "attachments": _attachments(self.attachments.text())}
