"""An item's places as the detail pane tells them: role, window, dates, and why an old place stays.

The plan over time (``domain.plan_time``) reads: the center place opens on the entry
date; an old place closes then, unless the planner keeps it with a reason (R4). Each
place says what that means today: current, planned from a day, closed since a day,
kept and why.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hallplanner.domain.vocabulary import EntryStatus
from hallplanner.gui.i18n import translated
from hallplanner.services.views import ItemView, PlaceView

MUTED, CLOSED, WARNING = "#555555", "#8a8a8a", "#9a5b00"

PHRASES = {
    "places": QT_TRANSLATE_NOOP("ItemPlaces", "办理地点"),
    "no places": QT_TRANSLATE_NOOP("ItemPlaces", "办理地点:尚未安排"),
    "no center": QT_TRANSLATE_NOOP("ItemPlaces", "进驻日期:未定(尚无政务服务中心窗口)"),
    "entered undated": QT_TRANSLATE_NOOP("ItemPlaces", "进驻日期:未记录(已进驻)"),
    "undated": QT_TRANSLATE_NOOP("ItemPlaces", "进驻日期:未定"),
    "entry planned": QT_TRANSLATE_NOOP("ItemPlaces", "进驻日期:{date}(计划)"),
    "entered": QT_TRANSLATE_NOOP("ItemPlaces", "进驻日期:{date}(已进驻)"),
    "current": QT_TRANSLATE_NOOP("ItemPlaces", "当前"),
    "center undated": QT_TRANSLATE_NOOP("ItemPlaces", "计划进驻,日期未定"),
    "opens": QT_TRANSLATE_NOOP("ItemPlaces", "计划自 {date} 起办理"),
    "open since": QT_TRANSLATE_NOOP("ItemPlaces", "当前,自 {date} 起办理"),
    "closed": QT_TRANSLATE_NOOP("ItemPlaces", "已于 {date} 关闭"),
    "closes": QT_TRANSLATE_NOOP("ItemPlaces", "当前,计划 {date} 关闭"),
    "kept": QT_TRANSLATE_NOOP("ItemPlaces", "保留:{reason}"),
    "kept with note": QT_TRANSLATE_NOOP("ItemPlaces", "保留:{reason}({note})"),
    "kept without reason": QT_TRANSLATE_NOOP("ItemPlaces", "当前;已进驻而未说明保留理由"),
    "closes on entry": QT_TRANSLATE_NOOP("ItemPlaces", "当前;进驻时关闭,除非保留"),
}


def _say(phrase: str, **values: object) -> str:
    return QCoreApplication.translate("ItemPlaces", PHRASES[phrase]).format(**values)


def entry_text(item: ItemView, today: dt.date) -> str:
    """The item's entry as of ``today``, or "" for an item not on the track to enter."""
    entered = item.status is EntryStatus.ENTERED
    if not entered and item.status is not EntryStatus.PLANNED:
        return ""
    center = item.center_place
    if center is None:
        return "" if entered else _say("no center")
    if center.opens_on is None:
        return _say("entered undated") if entered else _say("undated")
    return _say("entry planned" if center.opens_on > today else "entered", date=center.opens_on.isoformat())


def place_state(item: ItemView, place: PlaceView, today: dt.date) -> tuple[str, str]:
    """What the place does for the item today, and the colour to say it in."""
    center = item.center_place
    if place is center:
        if place.opens_on is None:
            return _say("current" if item.status is EntryStatus.ENTERED else "center undated"), MUTED
        return _say("opens" if place.opens_on > today else "open since", date=place.opens_on.isoformat()), MUTED
    if place.closes_on is not None and place.closes_on <= today:
        return _say("closed", date=place.closes_on.isoformat()), CLOSED
    if place.opens_on is not None and place.opens_on > today:
        return _say("opens", date=place.opens_on.isoformat()), MUTED
    if place.closes_on is not None:
        return _say("closes", date=place.closes_on.isoformat()), MUTED
    if place.keep_reason is not None:
        reason = translated(place.keep_reason.label)
        return (_say("kept with note", reason=reason, note=place.keep_note) if place.keep_note
                else _say("kept", reason=reason)), MUTED
    if place.is_center or center is None:
        return _say("current"), MUTED
    if item.status is EntryStatus.ENTERED:
        return _say("kept without reason"), WARNING  # R4: a warning, the planner's to settle
    return _say("closes on entry"), MUTED


def places_html(item: ItemView | None, today: dt.date) -> str:
    """The item's entry date and each place, as rich text for a narrow pane."""
    if item is None or not item.places:
        return escape(_say("no places"))
    paragraphs = [f"<b>{escape(_say('places'))}</b>"]
    entry = entry_text(item, today)
    if entry:
        paragraphs.append(escape(entry))
    for place in item.places:
        state, colour = place_state(item, place, today)
        where = f"<b>{escape(place.venue)}</b>"
        if place.window_label:
            where += f" {escape(place.window_label)}"
        if colour == CLOSED:
            where = f'<span style="color:{CLOSED}">{where}</span>'
        role = escape(translated(place.role.label))
        what = escape(state) if colour == CLOSED else f"{role} · {escape(state)}"  # a closed place plays no role
        paragraphs.append(f'{where}<br><span style="color:{colour}">{what}</span>')
    return "".join(f'<p style="margin-top:0; margin-bottom:6px">{paragraph}</p>' for paragraph in paragraphs)
