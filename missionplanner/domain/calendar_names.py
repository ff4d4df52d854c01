"""Month and weekday names in the current language, independent of the machine's locale (strftime's is not).

Russian declines month names: "май 2025" on its own but "24 мая" in a date, hence separate contexts.
"""

from __future__ import annotations

from datetime import date

from missionplanner.domain.translation import QT_TRANSLATE_NOOP, translate

MONTHS = (
    QT_TRANSLATE_NOOP("Months", "January"),
    QT_TRANSLATE_NOOP("Months", "February"),
    QT_TRANSLATE_NOOP("Months", "March"),
    QT_TRANSLATE_NOOP("Months", "April"),
    QT_TRANSLATE_NOOP("Months", "May"),
    QT_TRANSLATE_NOOP("Months", "June"),
    QT_TRANSLATE_NOOP("Months", "July"),
    QT_TRANSLATE_NOOP("Months", "August"),
    QT_TRANSLATE_NOOP("Months", "September"),
    QT_TRANSLATE_NOOP("Months", "October"),
    QT_TRANSLATE_NOOP("Months", "November"),
    QT_TRANSLATE_NOOP("Months", "December"),
)
MONTHS_IN_DATE = (
    QT_TRANSLATE_NOOP("Months in a date", "January"),
    QT_TRANSLATE_NOOP("Months in a date", "February"),
    QT_TRANSLATE_NOOP("Months in a date", "March"),
    QT_TRANSLATE_NOOP("Months in a date", "April"),
    QT_TRANSLATE_NOOP("Months in a date", "May"),
    QT_TRANSLATE_NOOP("Months in a date", "June"),
    QT_TRANSLATE_NOOP("Months in a date", "July"),
    QT_TRANSLATE_NOOP("Months in a date", "August"),
    QT_TRANSLATE_NOOP("Months in a date", "September"),
    QT_TRANSLATE_NOOP("Months in a date", "October"),
    QT_TRANSLATE_NOOP("Months in a date", "November"),
    QT_TRANSLATE_NOOP("Months in a date", "December"),
)
SHORT_MONTHS_IN_DATE = (
    QT_TRANSLATE_NOOP("Short months in a date", "Jan"),
    QT_TRANSLATE_NOOP("Short months in a date", "Feb"),
    QT_TRANSLATE_NOOP("Short months in a date", "Mar"),
    QT_TRANSLATE_NOOP("Short months in a date", "Apr"),
    QT_TRANSLATE_NOOP("Short months in a date", "May"),
    QT_TRANSLATE_NOOP("Short months in a date", "Jun"),
    QT_TRANSLATE_NOOP("Short months in a date", "Jul"),
    QT_TRANSLATE_NOOP("Short months in a date", "Aug"),
    QT_TRANSLATE_NOOP("Short months in a date", "Sep"),
    QT_TRANSLATE_NOOP("Short months in a date", "Oct"),
    QT_TRANSLATE_NOOP("Short months in a date", "Nov"),
    QT_TRANSLATE_NOOP("Short months in a date", "Dec"),
)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("Weekdays", "Monday"),
    QT_TRANSLATE_NOOP("Weekdays", "Tuesday"),
    QT_TRANSLATE_NOOP("Weekdays", "Wednesday"),
    QT_TRANSLATE_NOOP("Weekdays", "Thursday"),
    QT_TRANSLATE_NOOP("Weekdays", "Friday"),
    QT_TRANSLATE_NOOP("Weekdays", "Saturday"),
    QT_TRANSLATE_NOOP("Weekdays", "Sunday"),
)


def month_name(day: date) -> str:
    """'December' / 'декабрь': the month on its own."""
    return translate("Months", MONTHS[day.month - 1])


def month_year(day: date) -> str:
    """'December 2023' / 'декабрь 2023'."""
    return f"{month_name(day)} {day.year}"


def day_month(day: date) -> str:
    """'24 May' / '24 мая'."""
    return f"{day.day} {translate('Months in a date', MONTHS_IN_DATE[day.month - 1])}"


def short_day_month(day: date) -> str:
    """'24 Dec' / '24 дек.'."""
    return f"{day.day} {translate('Short months in a date', SHORT_MONTHS_IN_DATE[day.month - 1])}"


def weekday_name(day: date) -> str:
    """'Saturday' / 'суббота'."""
    return translate("Weekdays", WEEKDAYS[day.weekday()])
