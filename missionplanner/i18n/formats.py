"""Dates, times, numbers and amounts written the way the current language writes them (QLocale)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale

from missionplanner.domain.translation import translate
from missionplanner.i18n.catalog import current


def _locale() -> QLocale:
    return current().locale


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


# QLocale patterns, translatable because languages write the year differently (Russian adds «г.»).
def long_date(day: date | None) -> str:
    """'23 May 2025' / '23 мая 2025 г.'."""
    return "" if day is None else _locale().toString(_qdate(day), translate("Dates", "d MMMM yyyy"))


def medium_date(day: date | None) -> str:
    """'22 Dec 2023' / '22 дек. 2023 г.'."""
    return "" if day is None else _locale().toString(_qdate(day), translate("Dates", "d MMM yyyy"))


def day_month(day: date) -> str:
    """'24 May' / '24 мая'."""
    return _locale().toString(_qdate(day), "d MMMM")


def short_day(day: date) -> str:
    """'Sat 24 May' / 'сб 24 мая'."""
    return _locale().toString(_qdate(day), "ddd d MMM")


def weekday_date(day: date) -> str:
    """'Saturday, 24 May 2025' / 'суббота, 24 мая 2025 г.'."""
    return _locale().toString(_qdate(day), translate("Dates", "dddd, d MMMM yyyy"))


def weekday(day: date) -> str:
    """'Saturday' / 'суббота'."""
    return _locale().dayName(day.isoweekday())


def month_year(day: date) -> str:
    """'May 2025' / 'май 2025 г.' (the month on its own, not as part of a date)."""
    name = _locale().standaloneMonthName(day.month)
    return translate("Dates", "{month} {year}").format(month=name, year=day.year)


def day_heading(day: date, index: int | None = None) -> str:
    """'Day 2 – Saturday, 24 May 2025' / 'День 2 – суббота, 24 мая 2025'."""
    text = weekday_date(day)
    if index is None or index < 1:
        return text
    return translate("Dates", "Day {number} – {date}").format(number=index, date=text)


def date_range(start: date, end: date) -> str:
    """'23–27 May 2025', '30 May – 2 June 2025', '30 December 2024 – 2 January 2025'."""
    if start == end:
        return long_date(start)
    if start.year != end.year:
        return f"{long_date(start)} – {long_date(end)}"
    if start.month != end.month:
        return f"{day_month(start)} – {long_date(end)}"
    return f"{start.day}–{long_date(end)}"


def short_date_range(start: date, end: date) -> str:
    """'23–27 May 2025', '28 Nov – 2 Dec 2025', for lists where space is short."""
    locale = _locale()
    if start == end:
        return medium_date(start)
    if start.year != end.year:
        return f"{medium_date(start)} – {medium_date(end)}"
    if start.month != end.month:
        return f"{locale.toString(_qdate(start), 'd MMM')} – {medium_date(end)}"
    return f"{start.day}–{medium_date(end)}"


def date_span_prose(start: date, end: date) -> str:
    """'From 4 to 7 December 2023' / 'С 4 по 7 декабря 2023', for running text."""
    if start == end:
        return translate("Dates", "On {date}").format(date=long_date(start))
    if start.year != end.year:
        first = long_date(start)
    elif start.month != end.month:
        first = day_month(start)
    else:
        first = str(start.day)
    return translate("Dates", "From {start} to {end}").format(start=first, end=long_date(end))


def clock(moment: datetime) -> str:
    """'09:30': 24-hour time, the usual form in both languages."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def date_time(moment: datetime) -> str:
    """'24 May 2025 09:30'."""
    return f"{long_date(moment.date())} {clock(moment)}"


def short_date_time(moment: datetime) -> str:
    """'24 May 09:30' / '24 мая 09:30'."""
    return f"{_locale().toString(_qdate(moment.date()), 'd MMM')} {clock(moment)}"


def integer(value: int) -> str:
    """'1,250' / '1 250'."""
    return _locale().toString(value)


def decimal(amount: Decimal) -> str:
    """The exact amount with the locale's separators (never through float): '1,250,000.50' / '1 250 000,50'."""
    locale = _locale()
    text = f"{amount:,f}"
    return text.translate({ord(","): locale.groupSeparator(), ord("."): locale.decimalPoint()})


def money(amount: Decimal | None, currency: str | None) -> str:
    """'USD 1,250,000.00' in English, '1 250 000,00 USD' in Russian."""
    if amount is None:
        return ""
    if not currency:
        return decimal(amount)
    return translate("Money", "{currency} {amount}").format(currency=currency, amount=decimal(amount))
