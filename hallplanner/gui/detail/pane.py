"""The detail pane: shows the selected record, saves its changes, settles conflicts.

Records are read in the background. A change notice that touches the record on
show reads it again; if the planner has typed changes meanwhile, they stay in
the form and a note says the record moved on (saving then shows both versions).
"""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from hallplanner.domain.errors import HallPlannerError, StaleEdit
from hallplanner.gui.conflicts.dialog import ConflictDialog
from hallplanner.gui.detail.forms import (
    DEPARTMENT,
    FORMS,
    ITEM,
    VENUE,
    WINDOW,
    RecordForm,
    field_labels,
)
from hallplanner.gui.detail.places import places_html
from hallplanner.gui.i18n import problems_of
from hallplanner.gui.session import PlanSession
from hallplanner.services.views import ChangeNotice, ItemView

TABLES = {ITEM: "service_items", WINDOW: "windows", VENUE: "venues", DEPARTMENT: "departments"}
UPDATES = {ITEM: "update_item", WINDOW: "update_window", VENUE: "update_venue", DEPARTMENT: "update_department"}


def read_record(database, kind: str, row_id: int) -> tuple[dict[str, object] | None, ItemView | None]:
    """In the background: the record's columns, and for an item its places."""
    from hallplanner.services.catalog import list_items, record

    values = record(database, kind, row_id)
    item = next(iter(list_items(database, [row_id])), None) if kind == ITEM and values else None
    return values, item


class DetailPane(QScrollArea):
    """Shows the form of whatever is selected."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.shows: tuple[str, int] | None = None  # (kind, id) of the record on show
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.forms = {kind: RecordForm(kind) for kind in FORMS}
        body = QWidget()
        layout = QVBoxLayout(body)
        self.placeholder = QLabel(self.tr("选择一个事项、窗口或场所查看详情"))
        self.placeholder.setWordWrap(True)  # longer in English than the pane is wide
        layout.addWidget(self.placeholder)
        for form in self.forms.values():
            form.hide()
            form.save_requested.connect(self.save)
            layout.addWidget(form)
        self.setWidget(body)
        session.changed.connect(self.apply)

    # Showing.

    def show_record(self, kind: str, row_id: int) -> None:
        self.shows = (kind, row_id)
        self.session.read(lambda database: read_record(database, kind, row_id),
                          lambda result: self._arrived(kind, row_id, *result, keep_typing=False))

    def _arrived(self, kind: str, row_id: int, values: dict | None, item: ItemView | None, *,
                 keep_typing: bool) -> None:
        if self.shows != (kind, row_id):
            return  # the planner has moved on to another record
        if values is None:
            self.clear()
            return
        form = self.forms[kind]
        places = places_html(item, self.session.plan_day) if kind == ITEM else ""
        if keep_typing and form.isVisible() and form.record.get("id") == row_id:
            form.extra.setText(places)  # places change without the record's version moving
            if form.record.get("version") == values.get("version"):
                return
            typed = form.changes()
            if any(values.get(key) != value for key, value in typed.items()):  # not what was just saved
                form.show_problems([self.tr("此记录刚被他人修改;保存时可比较双方的版本。")])
                return
        self.placeholder.hide()
        for name, other in self.forms.items():
            other.setVisible(name == kind)
        form.load(values, places)
        self._lock(form, kind, values, item)

    def _lock(self, form: RecordForm, kind: str, values: dict, item: ItemView | None) -> None:
        """What this login may not change is shown read-only, with the reason (on a file: nothing)."""
        session = self.session
        if not session.writable or kind != ITEM:  # a read-only file stays as it was: saving says why
            form.set_read_only(session.plan_refusal())
        elif not session.may_change_department(values.get("department_id")):
            owner = item.department_short if item is not None else ""
            form.set_read_only(session.department_refusal(values.get("department_id"), owner))
        elif not session.access.may_edit_plan:
            # Its own item, but not to give away to another department.
            form.set_read_only(self.tr("只读:部门账号不能把事项转给其他部门"), frozenset({"department_id"}))
        else:
            form.set_read_only(None)

    def clear(self) -> None:
        self.shows = None
        for form in self.forms.values():
            form.hide()
        self.placeholder.show()

    def apply(self, notice: ChangeNotice) -> None:
        departments = notice.catalog.departments if notice.catalog is not None else notice.departments
        if departments is not None:
            for form in self.forms.values():
                form.set_departments(list(departments))
        if notice.origin == "open":
            self.clear()
        if self.shows is None:
            return
        kind, row_id = self.shows
        touched = notice.catalog is not None or notice.touches(TABLES[kind], row_id) or (
            kind == ITEM and (row_id in notice.removed_items or any(item.id == row_id for item in notice.items)))
        if touched:
            self.session.read(lambda database: read_record(database, kind, row_id),
                              lambda result: self._arrived(kind, row_id, *result, keep_typing=True))

    # Saving.

    def save(self, kind: str, row_id: int, version: int, changes: dict) -> None:
        update = UPDATES[kind]
        self.session.edit(lambda editor: getattr(editor, update)(row_id, version, changes),
                          on_refused=lambda refusal: self._refused(kind, row_id, changes, refusal))

    def _refused(self, kind: str, row_id: int, changes: dict, refusal: HallPlannerError) -> None:
        if not isinstance(refusal, StaleEdit):
            self.forms[kind].show_problems(problems_of(refusal))
            return
        editor = self.session.editor
        dialog = ConflictDialog(field_labels(kind), refusal.mine, refusal.theirs, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if self.session.editor is not editor or self.shows != (kind, row_id):
            return  # another plan opened while the planner chose: the answer concerns none on show
        if accepted:
            self.save(kind, row_id, int(refusal.theirs["version"]), changes)
        else:
            self.show_record(kind, row_id)
