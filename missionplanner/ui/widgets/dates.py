"""Date and date-time editors that stay within the days a plan may use, and their conversions."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from missionplanner.domain.validation import FIRST_DAY, LAST_DAY

# A zone without clock changes, for wall-clock times that belong to other zones (see to_qdatetime).
_WALL_CLOCK = QTimeZone.utc()
DATE_FORMAT = "ddd d MMM yyyy"
DATETIME_FORMAT = "ddd d MMM yyyy  HH:mm"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdatetime(moment: datetime) -> QDateTime:
    """`moment`, a wall-clock time in the item's own zone, as Qt should keep it: unchanged. In the computer's
    zone (Qt's default), an hour its clocks skip (02:30 on the last Sunday of March in Berlin) became 03:30,
    whatever the item's zone, and saving the item moved it."""
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute), _WALL_CLOCK)


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def date_edit(value: date | None = None) -> QDateEdit:
    """A date editor with a calendar pop-up, limited to the years validation accepts: a user cannot
    pick a day that saving would refuse (Qt's own range reaches year 9999)."""
    edit = QDateEdit(calendarPopup=True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDateRange(to_qdate(FIRST_DAY), to_qdate(LAST_DAY))
    if value is not None:
        show_date(edit, value)
    return edit


def datetime_edit(value: datetime) -> QDateTimeEdit:
    """A date-and-time editor with a calendar pop-up, limited as `date_edit`."""
    edit = QDateTimeEdit()
    edit.setTimeZone(_WALL_CLOCK)  # see to_qdatetime
    edit.setDisplayFormat(DATETIME_FORMAT)
    edit.setCalendarPopup(True)
    _widen_for(edit, value.date())
    edit.setDateTime(to_qdatetime(value))
    return edit


def show_date(edit: QDateEdit, value: date) -> None:
    """Show `value` in `edit`, even a day outside its range (kept by an older version)."""
    _widen_for(edit, value)
    edit.setDate(to_qdate(value))


def _widen_for(edit: QDateTimeEdit, value: date) -> None:
    # Qt would move a stored day outside the range onto its edge, and saving would then change it without
    # a word; shown as it is, saving it names the problem instead.
    # The usual range otherwise, also when the editor showed such a day before (the overview's, mission after
    # mission).
    edit.setDateRange(to_qdate(min(value, FIRST_DAY)), to_qdate(max(value, LAST_DAY)))
