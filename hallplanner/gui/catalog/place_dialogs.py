"""The dialogs of the plan over time: the entry date, keeping an old place (R4), closing one.

Each asks only; the catalog panel turns the answer into an edit. Old places are the
selected items' places outside the centers; a venue is offered once, with how many of
the selected items it handles when that is not all of them.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hallplanner.domain.vocabulary import KeepReason
from hallplanner.gui.i18n import translated
from hallplanner.services.views import ItemView

WARNING = "#9a5b00"


def old_places(items: list[ItemView]) -> dict[int, tuple[str, list[int]]]:
    """Venue id → (venue name, ids of the items handled there), for places outside the centers."""
    venues: dict[int, tuple[str, list[int]]] = {}
    for item in items:
        for place in item.places:
            if not place.is_center:
                venues.setdefault(place.venue_id, (place.venue, []))[1].append(item.id)
    return venues


def _date_edit(object_name: str, day: dt.date) -> QDateEdit:
    editor = QDateEdit(QDate(day.year, day.month, day.day), objectName=object_name)
    editor.setCalendarPopup(True)
    editor.setDisplayFormat("yyyy-MM-dd")
    editor.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # a date, not a line of text
    return editor


def _note(text: str, colour: str = "palette(placeholder-text)") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {colour};")
    return label


class _PlaceDialog(QDialog):
    """A form above OK and Cancel, with a line saying which items it is about."""

    def __init__(self, title: str, items: list[ItemView], today: dt.date, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.items = items
        self.today = today  # the plan's day (its reference date, else today): what it calls now
        about = items[0].name if len(items) == 1 else QCoreApplication.translate(
            "PlaceDialog", "选中的 {count} 个事项").format(count=len(items))
        self.about = QLabel(f"<b>{escape(about)}</b>")
        self.about.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.about)
        self.body.addLayout(self.form)

    def _finish(self, note: str) -> None:
        self.body.addWidget(_note(note))
        self.body.addWidget(self.buttons)

    def _venue_choice(self, object_name: str) -> QComboBox:
        combo = QComboBox(objectName=object_name)
        self.venues = old_places(self.items)
        for venue_id, (name, item_ids) in self.venues.items():
            shown = name if len(item_ids) == len(self.items) else QCoreApplication.translate(
                "PlaceDialog", "{venue}({count}/{total} 个事项)").format(venue=name, count=len(item_ids),
                                                                       total=len(self.items))
            combo.addItem(shown, venue_id)
        return combo

    def chosen_items(self, venue_id: int) -> list[int]:
        """The selected items handled at the venue: the others have no place there to keep or close."""
        return self.venues[venue_id][1]


class EntryDateDialog(_PlaceDialog):
    """确定进驻日期: the day the items' center places open and their old places close."""

    def __init__(self, items: list[ItemView], today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("确定进驻日期"), items, today, parent)
        self.date = _date_edit("entryDate", today)
        self.form.addRow(self.tr("进驻日期"), self.date)
        self._say_what_happens()
        self._finish(self.tr("自这一天起,事项在政务服务中心的窗口办理;原办理点同日关闭,已保留的除外。"
                             "规划的当前日期(基准日,未设定则为今天)或以前的日期即为已进驻,以后的日期为计划进驻。"))

    def _say_what_happens(self) -> None:
        """What the entry does to the items' old places, and which items cannot enter yet."""
        old = [place for item in self.items for place in item.places if not place.is_center
               and (place.closes_on is None or place.closes_on > self.today)]
        kept = sum(place.keep_reason is not None for place in old)
        if old:
            self.form.addRow(self.tr("原办理点"), QLabel(self.tr("{closing} 处关闭,{kept} 处保留").format(
                closing=len(old) - kept, kept=kept), objectName="entryOldPlaces"))
        without = [item.name for item in self.items if item.center_place is None]
        if without:
            self.body.addWidget(_note(self.tr("还没有政务服务中心窗口,无法进驻:{items}").format(
                items=self.tr("、").join(without[:3]) + ("…" if len(without) > 3 else "")), WARNING))

    def chosen_date(self) -> dt.date:
        return self.date.date().toPython()


class KeepPlaceDialog(_PlaceDialog):
    """保留原办理点: an old place stays after entry as an extension window, for a reason (R4)."""

    def __init__(self, items: list[ItemView], today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("保留原办理点"), items, today, parent)
        self.venue = self._venue_choice("keepVenue")
        self.reason = QComboBox(objectName="keepReason")
        for reason in KeepReason:
            self.reason.addItem(translated(reason.label), reason.value)
        self.note = QLineEdit(objectName="keepNote")
        self.note.setPlaceholderText(self.tr("依据或说明,如方案条款、联办事项"))
        self.form.addRow(self.tr("原办理点"), self.venue)
        self.form.addRow(self.tr("保留理由"), self.reason)
        self.form.addRow(self.tr("说明"), self.note)
        self._finish(self.tr("进驻后该处作为靠前延伸办事窗口继续办理,政务服务中心为主办理点。"
                             "原则上中心以外的办理点不再保留:只在办件量较大或该处有联办事项时保留(方案§二(二))。"))

    def chosen_venue(self) -> int:
        return self.venue.currentData()

    def chosen_reason(self) -> KeepReason:
        return KeepReason(self.reason.currentData())

    def chosen_note(self) -> str:
        return self.note.text().strip()


class ClosePlaceDialog(_PlaceDialog):
    """关闭原办理点: an old place stops handling the items from a day on, and is no longer kept."""

    def __init__(self, items: list[ItemView], today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("关闭原办理点"), items, today, parent)
        self.venue = self._venue_choice("closeVenue")
        self.date = _date_edit("closeDate", today)
        self.form.addRow(self.tr("原办理点"), self.venue)
        self.form.addRow(self.tr("关闭日期"), self.date)
        self._finish(self.tr("自这一天起该处不再办理这些事项;已进驻事项的主办理点不能关闭(方案§二(一))。"))

    def chosen_venue(self) -> int:
        return self.venue.currentData()

    def chosen_date(self) -> dt.date:
        return self.date.date().toPython()
