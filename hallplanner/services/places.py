"""Windows, venues and departments: create, update, delete."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hallplanner.db.schema import (
    Department,
    HandlingPlace,
    Inspection,
    ServiceItem,
    StaffMember,
    StaffPost,
    Venue,
    Window,
)
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import Message, message
from hallplanner.domain.validation import ValidationError, check, named_problems
from hallplanner.domain.vocabulary import VenueStatus
from hallplanner.services.catalog import home_region
from hallplanner.services.editor import Edit, EditorBase

WINDOW_FIELDS = {"number": (message("places", "窗口号"), 16), "name": (message("places", "窗口名称"), 128)}
VENUE_FIELDS = {"name": (message("places", "场所名称"), 128)}
DEPARTMENT_FIELDS = {"full_name": (message("places", "部门全称"), 128),
                     "short_name": (message("places", "标识用简称"), 64)}
# What each kind of record is called in the messages ("删除窗口“A01”") …
WINDOW, VENUE, DEPARTMENT = message("places", "窗口"), message("places", "场所"), message("places", "部门")
# … and the records that keep one from being deleted ("还有 3 个窗口"): the same Chinese words, which
# other languages count in the plural, so they are translated apart.
ITEMS, STAFF, HANDLED_ITEMS = message("in use", "事项"), message("in use", "人员"), message("in use", "办理事项")
WINDOWS, VENUES = message("in use", "窗口"), message("in use", "场所")
INSPECTIONS = message("in use", "督查记录")


class PlaceEdits(EditorBase):
    @staticmethod
    def _check_unique_name(session: Session, obj: object) -> None:
        """Window numbers are unique within their venue, department names overall."""
        with session.no_autoflush:
            if isinstance(obj, Window):
                clash = select(Window).where(Window.venue_id == obj.venue_id, Window.number == obj.number)
                clash_message = message("places", "该场所已有窗口号“{number}”").format(number=obj.number)
            elif isinstance(obj, Department):
                clash = select(Department).where(Department.full_name == obj.full_name)
                clash_message = message("places", "已有部门“{name}”").format(name=obj.full_name)
            else:
                return
            if obj.id is not None:
                clash = clash.where(type(obj).id != obj.id)
            if session.scalar(clash) is not None:
                raise ValidationError([clash_message])


    def _create(self, model: type, values: Mapping[str, object], fields: Mapping[str, tuple[Message, int]],
                label: Message) -> Edit:
        def work(session: Session) -> Message:
            check(named_problems(values, fields) + [message("places", "缺少{field}").format(field=text)
                                                    for key, (text, _) in fields.items() if key not in values])
            obj = model(**values)
            self._check_unique_name(session, obj)
            session.add(obj)
            return message("places", "新增{kind}“{name}”").format(kind=label, name=getattr(obj, next(iter(fields))))

        return self._run(work)

    def _update(self, model: type, row_id: int, expected_version: int, values: Mapping[str, object],
                fields: Mapping[str, tuple[Message, int]], label: Message) -> Edit:
        def work(session: Session) -> Message:
            obj = self._fresh(session, model, row_id, expected_version, values)
            check(named_problems(values, fields))
            for key, value in values.items():
                setattr(obj, key, value)
            self._check_unique_name(session, obj)
            return message("places", "修改{kind}“{name}”").format(kind=label, name=getattr(obj, next(iter(fields))))

        return self._run(work)

    def _delete(self, model: type, row_id: int, label: Message, users: list[tuple[type, object, Message]]) -> Edit:
        def work(session: Session) -> Message:
            obj = self._get(session, model, row_id)
            name = getattr(obj, "name", None) or getattr(obj, "full_name")
            for user, column, what in users:
                count = session.scalar(select(func.count()).select_from(user).where(column == row_id))
                if count:
                    raise HallPlannerError(message("places", "{kind}“{name}”还有 {count} 个{what},请先移走")
                                           .format(kind=label, name=name, count=count, what=what))
            session.delete(obj)
            return message("places", "删除{kind}“{name}”").format(kind=label, name=name)

        return self._run(work)

    def create_window(self, values: Mapping[str, object]) -> Edit:
        return self._create(Window, values, WINDOW_FIELDS, WINDOW)

    def update_window(self, window_id: int, expected_version: int, values: Mapping[str, object]) -> Edit:
        if "venue_id" in values:
            raise HallPlannerError(message("places", "窗口不能移到其他场所;请在新场所新增窗口,再把事项分配过去"))
        return self._update(Window, window_id, expected_version, values, WINDOW_FIELDS, WINDOW)

    def delete_window(self, window_id: int) -> Edit:
        return self._delete(Window, window_id, WINDOW, [
            (HandlingPlace, HandlingPlace.window_id, ITEMS), (StaffPost, StaffPost.window_id, STAFF)])

    def create_venue(self, values: Mapping[str, object]) -> Edit:
        """A new venue; it belongs to the plan's top region (厦门市) unless another is named."""
        return self._create(Venue, {"region_id": home_region(self.db), **values}, VENUE_FIELDS, VENUE)

    def update_venue(self, venue_id: int, expected_version: int, values: Mapping[str, object]) -> Edit:
        """Closing a venue that still handles items is refused; the items move first."""
        if values.get("status") == VenueStatus.CLOSED:
            with self.db.reading() as session:
                count = session.scalar(select(func.count()).select_from(HandlingPlace)
                                       .where(HandlingPlace.venue_id == venue_id))
            if count:
                raise HallPlannerError(message("places", "该场所还有 {count} 个事项在办理,不能撤销;请先把事项移走")
                                       .format(count=count))
        return self._update(Venue, venue_id, expected_version, values, VENUE_FIELDS, VENUE)

    def delete_venue(self, venue_id: int) -> Edit:
        return self._delete(Venue, venue_id, VENUE, [
            (Window, Window.venue_id, WINDOWS), (HandlingPlace, HandlingPlace.venue_id, HANDLED_ITEMS),
            (StaffMember, StaffMember.venue_id, STAFF), (Inspection, Inspection.venue_id, INSPECTIONS)])

    def create_department(self, values: Mapping[str, object]) -> Edit:
        """A new department; it belongs to the plan's top region unless another is named."""
        return self._create(Department, {"region_id": home_region(self.db), **values}, DEPARTMENT_FIELDS, DEPARTMENT)

    def update_department(self, department_id: int, expected_version: int, values: Mapping[str, object]) -> Edit:
        return self._update(Department, department_id, expected_version, values, DEPARTMENT_FIELDS, DEPARTMENT)

    def delete_department(self, department_id: int) -> Edit:
        return self._delete(Department, department_id, DEPARTMENT, [
            (ServiceItem, ServiceItem.department_id, ITEMS), (Venue, Venue.department_id, VENUES),
            (Window, Window.department_id, WINDOWS), (StaffMember, StaffMember.department_id, STAFF)])

