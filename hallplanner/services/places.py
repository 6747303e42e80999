"""Windows, venues and departments: create, update, delete."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hallplanner.db.schema import Department, HandlingPlace, ServiceItem, StaffMember, Venue, Window
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.validation import ValidationError, check, named_problems
from hallplanner.domain.vocabulary import VenueStatus
from hallplanner.services.catalog import home_region
from hallplanner.services.editor import Edit, EditorBase

WINDOW_FIELDS = {"number": ("窗口号", 16), "name": ("窗口名称", 128)}
VENUE_FIELDS = {"name": ("场所名称", 128)}
DEPARTMENT_FIELDS = {"full_name": ("部门全称", 128), "short_name": ("标识用简称", 64)}


class PlaceEdits(EditorBase):
    @staticmethod
    def _check_unique_name(session: Session, obj: object) -> None:
        """Window numbers are unique within their venue, department names overall."""
        with session.no_autoflush:
            if isinstance(obj, Window):
                clash = select(Window).where(Window.venue_id == obj.venue_id, Window.number == obj.number)
                message = f"该场所已有窗口号“{obj.number}”"
            elif isinstance(obj, Department):
                clash = select(Department).where(Department.full_name == obj.full_name)
                message = f"已有部门“{obj.full_name}”"
            else:
                return
            if obj.id is not None:
                clash = clash.where(type(obj).id != obj.id)
            if session.scalar(clash) is not None:
                raise ValidationError([message])


    def _create(self, model: type, values: Mapping[str, object], fields: Mapping[str, tuple[str, int]],
                label: str) -> Edit:
        def work(session: Session) -> str:
            check(named_problems(values, fields) + [f"缺少{text}" for key, (text, _) in fields.items()
                                                    if key not in values])
            obj = model(**values)
            self._check_unique_name(session, obj)
            session.add(obj)
            return f"新增{label}“{getattr(obj, next(iter(fields)))}”"

        return self._run(work)

    def _update(self, model: type, row_id: int, expected_version: int, values: Mapping[str, object],
                fields: Mapping[str, tuple[str, int]], label: str) -> Edit:
        def work(session: Session) -> str:
            obj = self._fresh(session, model, row_id, expected_version, values)
            check(named_problems(values, fields))
            for key, value in values.items():
                setattr(obj, key, value)
            self._check_unique_name(session, obj)
            return f"修改{label}“{getattr(obj, next(iter(fields)))}”"

        return self._run(work)

    def _delete(self, model: type, row_id: int, label: str, users: list[tuple[type, object, str]]) -> Edit:
        def work(session: Session) -> str:
            obj = self._get(session, model, row_id)
            name = getattr(obj, "name", None) or getattr(obj, "full_name")
            for user, column, what in users:
                count = session.scalar(select(func.count()).select_from(user).where(column == row_id))
                if count:
                    raise HallPlannerError(f"{label}“{name}”还有 {count} 个{what},请先移走")
            session.delete(obj)
            return f"删除{label}“{name}”"

        return self._run(work)

    def create_window(self, values: Mapping[str, object]) -> Edit:
        return self._create(Window, values, WINDOW_FIELDS, "窗口")

    def update_window(self, window_id: int, expected_version: int, values: Mapping[str, object]) -> Edit:
        if "venue_id" in values:
            raise HallPlannerError("窗口不能移到其他场所;请在新场所新增窗口,再把事项分配过去")
        return self._update(Window, window_id, expected_version, values, WINDOW_FIELDS, "窗口")

    def delete_window(self, window_id: int) -> Edit:
        return self._delete(Window, window_id, "窗口", [
            (HandlingPlace, HandlingPlace.window_id, "事项"), (StaffMember, StaffMember.window_id, "人员")])

    def create_venue(self, values: Mapping[str, object]) -> Edit:
        """A new venue; it belongs to the plan's top region (厦门市) unless another is named."""
        return self._create(Venue, {"region_id": home_region(self.db), **values}, VENUE_FIELDS, "场所")

    def update_venue(self, venue_id: int, expected_version: int, values: Mapping[str, object]) -> Edit:
        """Closing a venue that still handles items is refused; the items move first."""
        if values.get("status") == VenueStatus.CLOSED:
            with self.db.reading() as session:
                count = session.scalar(select(func.count()).select_from(HandlingPlace)
                                       .where(HandlingPlace.venue_id == venue_id))
            if count:
                raise HallPlannerError(f"该场所还有 {count} 个事项在办理,不能撤销;请先把事项移走")
        return self._update(Venue, venue_id, expected_version, values, VENUE_FIELDS, "场所")

    def delete_venue(self, venue_id: int) -> Edit:
        return self._delete(Venue, venue_id, "场所", [
            (Window, Window.venue_id, "窗口"), (HandlingPlace, HandlingPlace.venue_id, "办理事项"),
            (StaffMember, StaffMember.venue_id, "人员")])

    def create_department(self, values: Mapping[str, object]) -> Edit:
        """A new department; it belongs to the plan's top region unless another is named."""
        return self._create(Department, {"region_id": home_region(self.db), **values}, DEPARTMENT_FIELDS, "部门")

    def update_department(self, department_id: int, expected_version: int, values: Mapping[str, object]) -> Edit:
        return self._update(Department, department_id, expected_version, values, DEPARTMENT_FIELDS, "部门")

    def delete_department(self, department_id: int) -> Edit:
        return self._delete(Department, department_id, "部门", [
            (ServiceItem, ServiceItem.department_id, "事项"), (Venue, Venue.department_id, "场所"),
            (Window, Window.department_id, "窗口"), (StaffMember, StaffMember.department_id, "人员")])

