"""Staff, their posts and authorizations, opening hours, the checklist, staffing settings (plan §三(四)1).

Every operation is one transaction and one undo step, however many child rows it replaces
(posts, qualifications, listed items). A person's posts, qualifications and listed items are
given whole: the rows that stay are kept, the others removed, the new ones added.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from hallplanner.db.schema import (
    AuthorizedItem,
    ChecklistEntry,
    Department,
    ItemQualification,
    OpeningSession,
    ServiceItem,
    StaffingSettings,
    StaffMember,
    StaffPost,
    StaffQualification,
    Venue,
    Window,
)
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import Message, message
from hallplanner.domain.staffing import SETTINGS, Assumptions
from hallplanner.domain.validation import ValidationError, check, named_problems
from hallplanner.domain.vocabulary import AuthorizationCoverage, ChecklistPoint, ChecklistState, Post, VenueStatus
from hallplanner.services.editor import Edit, EditorBase

STAFF_FIELDS = {"name": (message("staff", "姓名"), 64)}  # required
OPTIONAL_LENGTHS = {"authorization_category": (message("staff", "授权类别"), 64), "note": (message("staff", "备注"), 2000)}
SESSION_FIELDS = {"name": (message("staff", "时段名称"), 32)}
QUALIFICATION_MAX = 64
STAFF_COLUMNS = ("name", "department_id", "role", "full_time", "start_date", "venue_id", "authorization_written",
                 "authorization_date", "authorization_coverage", "authorization_category", "note")
PostSpec = tuple[int, Post, int | None]  # window, A or B, session (None: every session)


class StaffEdits(EditorBase):
    # People.

    def create_staff(self, values: Mapping[str, object]) -> Edit:
        def work(session: Session) -> Message:
            if not str(values.get("name") or "").strip():
                raise ValidationError([message("staff", "缺少姓名")])
            person = StaffMember(illustrative=False, **{key: values[key] for key in STAFF_COLUMNS if key in values})
            session.add(person)
            self._apply(session, person, values)
            return message("staff", "新增人员“{name}”").format(name=person.name)

        return self._run(work)

    def update_staff(self, staff_id: int, expected_version: int, values: Mapping[str, object]) -> Edit:
        def work(session: Session) -> Message:
            person = self._fresh(session, StaffMember, staff_id, expected_version,
                                 {key: value for key, value in values.items() if key in STAFF_COLUMNS})
            for key in STAFF_COLUMNS:
                if key in values:
                    setattr(person, key, values[key])
            self._apply(session, person, values)
            if not session.is_modified(person, include_collections=False):
                # Only posts, qualifications or listed items changed: the person's version still moves
                # on, so a colleague's form read before this edit is stale.
                flag_modified(person, "name")
            return message("staff", "修改人员“{name}”").format(name=person.name)

        return self._run(work)

    def delete_staff(self, staff_id: int) -> Edit:
        def work(session: Session) -> Message:
            person = self._get(session, StaffMember, staff_id)
            session.delete(person)
            return message("staff", "删除人员“{name}”").format(name=person.name)

        return self._run(work)

    def _apply(self, session: Session, person: StaffMember, values: Mapping[str, object]) -> None:
        problems = named_problems({key: value for key, value in values.items() if key in STAFF_FIELDS}, STAFF_FIELDS)
        if not str(person.name or "").strip() and "name" not in values:
            problems.append(message("staff", "缺少姓名"))
        problems += [message("staff", "{field}不能超过 {limit} 个字符").format(field=label, limit=limit)
                     for key, (label, limit) in OPTIONAL_LENGTHS.items() if len(str(values.get(key) or "")) > limit]
        if self._get(session, Department, person.department_id) is None:
            problems.append(message("staff", "缺少部门"))
        if person.venue_id is not None:
            venue = self._get(session, Venue, person.venue_id)
            if venue.status is VenueStatus.CLOSED:
                problems.append(message("staff", "场所“{venue}”已撤销,不能派驻人员").format(venue=venue.name))
        if person.authorization_coverage is AuthorizationCoverage.CATEGORY and not person.authorization_category.strip():
            problems.append(message("staff", "授权范围为某一类别时须写明类别"))
        if "posts" in values:
            problems += self._set_posts(session, person, values["posts"])
        if "qualifications" in values:
            problems += self._set_qualifications(session, person, values["qualifications"])
        if "authorized_items" in values:
            problems += self._set_authorized_items(session, person, values["authorized_items"])
        check(problems)

    def _set_posts(self, session: Session, person: StaffMember, posts: Iterable[PostSpec]) -> list[Message]:
        problems = []
        wanted = list(dict.fromkeys((int(window), Post(post), session_id) for window, post, session_id in posts))
        for window_id, _, session_id in wanted:
            window = self._get(session, Window, window_id)
            if window.venue.status is VenueStatus.CLOSED:
                problems.append(message("staff", "窗口 {number} 所在场所已撤销").format(number=window.number))
            if session_id is not None and self._get(session, OpeningSession, session_id).venue_id != window.venue_id:
                problems.append(message("staff", "时段不属于窗口 {number} 所在的场所").format(number=window.number))
        kept = {(p.window_id, p.post, p.session_id): p for p in person.posts}
        for key, post in kept.items():
            if key not in wanted:
                person.posts.remove(post)
                session.delete(post)  # explicitly: an orphan removed at flush escapes the change tracker
        for window_id, post, session_id in wanted:
            if (window_id, post, session_id) not in kept:
                person.posts.append(StaffPost(window_id=window_id, post=post, session_id=session_id))
        return problems

    @staticmethod
    def _set_qualifications(session: Session, person: StaffMember, qualifications: Iterable[str]) -> list[Message]:
        wanted = list(dict.fromkeys(text.strip() for text in qualifications if text.strip()))
        problems = [message("staff", "资格“{text}”超过 {limit} 个字符").format(text=text, limit=QUALIFICATION_MAX)
                    for text in wanted if len(text) > QUALIFICATION_MAX]
        for held in list(person.qualifications):
            if held.qualification not in wanted:
                person.qualifications.remove(held)
                session.delete(held)
        have = {held.qualification for held in person.qualifications}
        person.qualifications.extend(StaffQualification(qualification=text) for text in wanted if text not in have)
        return problems

    def _set_authorized_items(self, session: Session, person: StaffMember, item_ids: Iterable[int]) -> list[Message]:
        wanted = list(dict.fromkeys(int(item_id) for item_id in item_ids))
        self._items(session, wanted) if wanted else None
        for listed in list(person.authorized_items):
            if listed.item_id not in wanted:
                person.authorized_items.remove(listed)
                session.delete(listed)
        have = {listed.item_id for listed in person.authorized_items}
        person.authorized_items.extend(AuthorizedItem(item_id=item_id) for item_id in wanted if item_id not in have)
        return []

    # Item qualifications.

    def set_item_qualifications(self, item_id: int, qualifications: Iterable[str]) -> Edit:
        wanted = list(dict.fromkeys(text.strip() for text in qualifications if text.strip()))

        def work(session: Session) -> Message:
            item = self._get(session, ServiceItem, item_id)
            check([message("staff", "资格“{text}”超过 {limit} 个字符").format(text=text, limit=QUALIFICATION_MAX)
                   for text in wanted if len(text) > QUALIFICATION_MAX])
            for held in list(item.qualifications):
                if held.qualification not in wanted:
                    item.qualifications.remove(held)
                    session.delete(held)
            have = {held.qualification for held in item.qualifications}
            item.qualifications.extend(ItemQualification(qualification=text) for text in wanted if text not in have)
            return message("staff", "设定“{item}”所需资格").format(item=item.name)

        return self._run(work)

    # Opening hours.

    def create_session(self, values: Mapping[str, object]) -> Edit:
        def work(session: Session) -> Message:
            opening = OpeningSession(**values)
            self._check_session(session, opening, values)
            session.add(opening)
            return message("staff", "新增开放时段“{name}”").format(name=opening.name)

        return self._run(work)

    def update_session(self, session_id: int, expected_version: int, values: Mapping[str, object]) -> Edit:
        if "venue_id" in values:
            raise HallPlannerError(message("staff", "开放时段不能移到其他场所"))

        def work(session: Session) -> Message:
            opening = self._fresh(session, OpeningSession, session_id, expected_version, values)
            for key, value in values.items():
                setattr(opening, key, value)
            self._check_session(session, opening, values)
            return message("staff", "修改开放时段“{name}”").format(name=opening.name)

        return self._run(work)

    def delete_session(self, session_id: int) -> Edit:
        """The session and the posts that name it go; posts for every session stay."""
        def work(session: Session) -> Message:
            opening = self._get(session, OpeningSession, session_id)
            session.delete(opening)
            return message("staff", "删除开放时段“{name}”").format(name=opening.name)

        return self._run(work)

    def _check_session(self, session: Session, opening: OpeningSession, values: Mapping[str, object]) -> None:
        problems = named_problems({key: value for key, value in values.items() if key in SESSION_FIELDS},
                                  SESSION_FIELDS)
        if not (opening.name or "").strip():
            problems.append(message("staff", "缺少时段名称"))
        if not opening.days or not set(opening.days) <= set("1234567"):
            problems.append(message("staff", "星期应写为 1–7 的数字(1 为周一)"))
        if not isinstance(opening.opens, dt.time) or not isinstance(opening.closes, dt.time) \
                or opening.opens >= opening.closes:
            problems.append(message("staff", "开始时间须早于结束时间"))
        self._get(session, Venue, opening.venue_id)
        check(problems)

    # The checklist and the settings.

    def set_checklist(self, department_id: int, point: ChecklistPoint, state: ChecklistState | None,
                      note: str = "") -> Edit:
        """Where a department stands on one point; ``None`` takes the assessment back."""
        def work(session: Session) -> Message:
            department = self._get(session, Department, department_id)
            entry = next((e for e in department.checklist if e.point is point), None)
            if state is None:
                if entry is not None:
                    department.checklist.remove(entry)
                    session.delete(entry)
            elif entry is None:
                department.checklist.append(ChecklistEntry(point=point, state=state, note=note))
            else:
                entry.state, entry.note = state, note
            return message("staff", "{department}:{point}").format(department=department.short_name, point=point.label)

        return self._run(work)

    def update_staffing_settings(self, expected_version: int | None, values: Mapping[str, float]) -> Edit:
        """Change the staffing assumptions; the first change writes the row the defaults stood for."""
        problems = []
        for key, value in values.items():
            if key == "reference_date":
                if value is not None and not isinstance(value, dt.date):
                    problems.append(message("staff", "基准日应为日期"))
                continue
            setting = SETTINGS.get(key)
            if setting is None:
                raise HallPlannerError(message("staff", "没有这项设置:{key}").format(key=key))
            if not setting.minimum <= value <= setting.maximum:
                problems.append(message("staff", "{setting}应在 {low} 与 {high} 之间").format(
                    setting=setting.label, low=setting.minimum, high=setting.maximum))
        check(problems)

        def work(session: Session) -> Message:
            row = session.scalar(select(StaffingSettings).order_by(StaffingSettings.id).limit(1))
            if row is None:
                if expected_version is not None:
                    raise HallPlannerError(message("editor", "记录已被他人修改或删除,请刷新后再试"))
                row = StaffingSettings(**Assumptions().as_dict())
                session.add(row)
            elif row.version != expected_version:
                raise HallPlannerError(message("editor", "记录已被他人修改或删除,请刷新后再试"))
            for key, value in values.items():
                setattr(row, key, value if key == "reference_date" else type(getattr(Assumptions(), key))(value))
            return message("staff", "修改人员配置参数")

        return self._run(work)
