"""The form that edits one person in place: role, posts, authorization, qualifications."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hallplanner.domain.vocabulary import AuthorizationCoverage, Post, StaffRole
from hallplanner.gui.i18n import translated
from hallplanner.gui.staffing.authorized_items import AuthorizedItemsPicker
from hallplanner.services.staffing_views import (
    LIST_SEPARATOR,
    StaffingReport,
    StaffView,
)

NO_DATE = QDate(2000, 1, 1)  # shown as "—": the date is not known


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit(objectName=name, calendarPopup=True, displayFormat="yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    return edit


def _to_date(edit: QDateEdit) -> dt.date | None:
    value = edit.date()
    return None if value == NO_DATE else dt.date(value.year(), value.month(), value.day())


def _set_date(edit: QDateEdit, value: dt.date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


class StaffForm(QWidget):
    """Edits the person chosen in the staff table; Save makes one edit, one undo step."""

    save_requested = Signal(object, int, dict)  # staff id (None: new), version, values
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: StaffingReport | None = None
        self.person: StaffView | None = None
        self.department_id: int | None = None
        self.name = QLineEdit(objectName="staffName")
        self.role = QComboBox(objectName="staffRole")
        for role in StaffRole:
            self.role.addItem(translated(role.label), role)
        self.full_time = QCheckBox(self.tr("全职进驻"), objectName="staffFullTime")
        self.start_date = _date_edit("staffStart")
        self.venue = QComboBox(objectName="staffVenue")
        self.venue.currentIndexChanged.connect(self._venue_changed)
        self.a_window = QComboBox(objectName="staffWindow")
        self.a_session = QComboBox(objectName="staffSession")
        self.b_window = QComboBox(objectName="staffBackup")
        self.written = QCheckBox(self.tr("书面授权"), objectName="staffWritten")
        self.authorization_date = _date_edit("staffAuthorizationDate")
        self.coverage = QComboBox(objectName="staffCoverage")
        for coverage in AuthorizationCoverage:
            self.coverage.addItem(translated(coverage.label), coverage)
        self.coverage.currentIndexChanged.connect(self._coverage_changed)
        self.category = QComboBox(objectName="staffCategory", editable=True)
        self.authorized_items = AuthorizedItemsPicker(self)
        self.qualifications = QLineEdit(objectName="staffQualifications",
                                        placeholderText=self.tr("以“、”分隔"))
        self.note = QLineEdit(objectName="staffNote")
        self.save = QPushButton(self.tr("保存"), objectName="staffSave")
        self.new = QPushButton(self.tr("新增人员"), objectName="staffNew")
        self.delete = QPushButton(self.tr("删除人员"), objectName="staffDelete")
        self.save.clicked.connect(self._save)
        self.new.clicked.connect(self._new)
        self.delete.clicked.connect(lambda: self.person and self.delete_requested.emit(self.person.id))

        form = QFormLayout()
        form.addRow(self.tr("姓名"), self.name)
        form.addRow(self.tr("角色"), self._row(self.role, self.full_time))
        form.addRow(self.tr("到岗日期"), self.start_date)
        form.addRow(self.tr("派驻场所"), self.venue)
        form.addRow(self.tr("A岗窗口"), self._row(self.a_window, self.a_session))
        form.addRow(self.tr("B岗(顶岗)窗口"), self.b_window)
        form.addRow(self.tr("授权"), self._row(self.written, self.authorization_date))
        form.addRow(self.tr("授权范围"), self._row(self.coverage, self.category))
        form.addRow(self.tr("授权事项"), self.authorized_items)
        form.addRow(self.tr("资格"), self.qualifications)
        form.addRow(self.tr("备注"), self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(self._row_layout(self.save, self.new, self.delete))
        self.setEnabled(False)

    @staticmethod
    def _row_layout(*widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        return row

    def _row(self, *widgets: QWidget) -> QWidget:
        holder = QWidget(self)
        holder.setLayout(self._row_layout(*widgets))
        return holder

    # Showing a person.

    def set_report(self, report: StaffingReport) -> None:
        self.report = report
        self.venue.blockSignals(True)
        self.venue.clear()
        self.venue.addItem(self.tr("(未派驻)"), None)
        for venue_id, name in report.venues:
            self.venue.addItem(name, venue_id)
        self.venue.blockSignals(False)

    def show_person(self, department_id: int | None, person: StaffView | None) -> None:
        self.department_id, self.person = department_id, person
        self.setEnabled(department_id is not None)
        self.delete.setEnabled(person is not None)
        self.category.clear()
        choice = next((c for c in self.report.department_choices if c.id == department_id), None) if self.report else None
        self.category.addItems(list(choice.categories) if choice else [])
        self.authorized_items.set_items(choice.center_items if choice else (),
                                        person.authorized_items if person else ())
        if person is None:
            self.name.clear()
            self.role.setCurrentIndex(self.role.findData(StaffRole.WINDOW))
            self.full_time.setChecked(True)
            _set_date(self.start_date, self.report.as_of if self.report else dt.date.today())
            self._select(self.venue, self.report.venues[0][0] if self.report and self.report.venues else None)
            self._fill_windows(None, None, None)
            self.written.setChecked(False)
            _set_date(self.authorization_date, None)
            self.coverage.setCurrentIndex(self.coverage.findData(AuthorizationCoverage.NONE))
            self.category.setCurrentText("")
            self.qualifications.clear()
            self.note.clear()
            self._coverage_changed()
            return
        self.name.setText(person.name)
        self.role.setCurrentIndex(self.role.findData(person.role))
        self.full_time.setChecked(person.full_time)
        _set_date(self.start_date, person.start_date)
        self._select(self.venue, person.venue_id)
        a = next((p for p in person.posts if p.post is Post.A), None)
        b = next((p for p in person.posts if p.post is Post.B), None)
        self._fill_windows(a.window_id if a else None, a.session_id if a else None, b.window_id if b else None)
        self.written.setChecked(person.authorization_written)
        _set_date(self.authorization_date, person.authorization_date)
        self.coverage.setCurrentIndex(self.coverage.findData(person.authorization_coverage))
        self.category.setCurrentText(person.authorization_category)
        self.qualifications.setText(LIST_SEPARATOR.join(person.qualifications))
        self.note.setText(person.note)
        self._coverage_changed()

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(max(index, 0))

    def _coverage_changed(self) -> None:
        """The category is asked for a category's coverage, the items for a list."""
        coverage = self.coverage.currentData()  # Qt hands the enum back as its string value
        self.category.setEnabled(coverage == AuthorizationCoverage.CATEGORY)
        self.authorized_items.setEnabled(coverage == AuthorizationCoverage.LISTED)

    def _venue_changed(self) -> None:
        self._fill_windows(None, None, None)

    def _fill_windows(self, a_window: int | None, session: int | None, b_window: int | None) -> None:
        venue_id = self.venue.currentData()
        windows = [w for w in self.report.windows if w.venue_id == venue_id] if self.report else []
        sessions = [s for s in self.report.sessions if s.venue_id == venue_id] if self.report else []
        for combo, chosen in ((self.a_window, a_window), (self.b_window, b_window)):
            combo.clear()
            combo.addItem(self.tr("(无)"), None)
            for window in windows:
                combo.addItem(window.label, window.id)
            self._select(combo, chosen)
        self.a_session.clear()
        self.a_session.addItem(self.tr("全部时段"), None)
        for opening in sessions:
            self.a_session.addItem(opening.label, opening.id)
        self._select(self.a_session, session)

    # Saving.

    def values(self) -> dict[str, object]:
        posts = []
        if self.a_window.currentData() is not None:
            posts.append((self.a_window.currentData(), Post.A, self.a_session.currentData()))
        if self.b_window.currentData() is not None:
            posts.append((self.b_window.currentData(), Post.B, None))
        if self.person is not None:  # posts this form does not show (a second window) are kept
            shown = {Post.A: False, Post.B: False}
            for post in self.person.posts:
                if shown[post.post]:
                    posts.append((post.window_id, post.post, post.session_id))
                shown[post.post] = True
        values: dict[str, object] = {
            "name": self.name.text().strip(), "department_id": self.department_id, "role": self.role.currentData(),
            "full_time": self.full_time.isChecked(), "start_date": _to_date(self.start_date),
            "venue_id": self.venue.currentData(), "authorization_written": self.written.isChecked(),
            "authorization_date": _to_date(self.authorization_date),
            "authorization_coverage": self.coverage.currentData(),
            "authorization_category": self.category.currentText().strip(),
            "qualifications": [part for part in self.qualifications.text().replace(",", LIST_SEPARATOR).split(LIST_SEPARATOR) if part.strip()],
            "note": self.note.text().strip(), "posts": posts,
        }
        if self.coverage.currentData() == AuthorizationCoverage.LISTED:
            values["authorized_items"] = self.authorized_items.checked_ids()
        return values

    def _save(self) -> None:
        if self.department_id is None:
            return
        person = self.person
        self.save_requested.emit(person.id if person else None, person.version if person else 0, self.values())

    def _new(self) -> None:
        self.show_person(self.department_id, None)
        self.name.setFocus()
