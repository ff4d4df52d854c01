"""Plain-English formatting of dates, times, zones and money for reports (no locale, no Qt)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from missionplanner.domain.calendar_names import MONTHS, WEEKDAYS


def long_date(day: date | None) -> str:
    """23 May 2025"""
    if day is None:
        return ""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def medium_date(day: date | None) -> str:
    """22 Dec 2023"""
    if day is None:
        return ""
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def weekday_date(day: date) -> str:
    """Saturday, 24 May 2025"""
    return f"{WEEKDAYS[day.weekday()]}, {long_date(day)}"


def short_day(day: date) -> str:
    """Sat 24 May"""
    return f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]}"


def date_range(start: date, end: date) -> str:
    """23–27 May 2025; 30 May – 2 June 2025; 30 December 2024 – 2 January 2025."""
    if start == end:
        return long_date(start)
    if start.year != end.year:
        return f"{long_date(start)} – {long_date(end)}"
    if start.month != end.month:
        return f"{start.day} {MONTHS[start.month - 1]} – {long_date(end)}"
    return f"{start.day}–{long_date(end)}"


def date_span_prose(start: date, end: date) -> str:
    """From 4 to 7 December 2023 (for running text)."""
    if start == end:
        return f"On {long_date(start)}"
    if start.year != end.year:
        return f"From {long_date(start)} to {long_date(end)}"
    if start.month != end.month:
        return f"From {start.day} {MONTHS[start.month - 1]} to {long_date(end)}"
    return f"From {start.day} to {long_date(end)}"


def clock(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def zone_place(zone: str) -> str:
    """The place an IANA zone is named after: Europe/Minsk -> Minsk, America/New_York -> New York."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def utc_offset(local: datetime, zone: str) -> str:
    """UTC+5, UTC−3:30, UTC: the offset of `zone` at that local wall-clock time."""
    offset = local.replace(tzinfo=ZoneInfo(zone)).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def zone_label(local: datetime, zone: str) -> str:
    """Minsk time (UTC+3)"""
    if zone == "UTC":
        return "UTC"
    return f"{zone_place(zone)} time ({utc_offset(local, zone)})"


def money(amount: Decimal | None, currency: str | None) -> str:
    """USD 1,250,000.50 — exact, with thousands separators; never through float."""
    if amount is None:
        return ""
    text = f"{amount:,f}"
    return f"{currency} {text}" if currency else text


def join_names(names: Sequence[str], *, conjunction: str = "and") -> str:
    """A, B and C"""
    names = [n for n in names if n]
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    word = singular if count == 1 else (plural_form or singular + "s")
    return f"{count} {word}"


def number_word(count: int) -> str:
    words = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    return words[count] if 0 <= count < len(words) else str(count)


def unique(values: Iterable[str]) -> list[str]:
    """The non-empty values, first occurrence first."""
    seen: set[str] = set()
    result = []
    for value in values:
        key = value.strip().casefold()
        if key and key not in seen:
            seen.add(key)
            result.append(value.strip())
    return result


def label(member: object) -> str:
    """An enum member's English label, hyphenated where English wants it (Follow-up event, Co-organizer)."""
    text = str(getattr(member, "label", member))
    for plain, hyphenated in (("ollow up", "ollow-up"), ("o organizer", "o-organizer"), ("e mail", "e-mail")):
        text = text.replace(plain, hyphenated)
    return text
