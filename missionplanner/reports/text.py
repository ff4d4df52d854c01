"""Dates, times, zones, money and lists for reports, written the way the current language writes them.

Dates and amounts come from missionplanner.i18n.formats (QLocale); words come from the translation
catalogue through missionplanner.domain.translation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from missionplanner.domain.translation import QT_TRANSLATE_NOOP, translate
from missionplanner.i18n import formats
from missionplanner.i18n.catalog import current_language
from missionplanner.i18n.languages import Language


def long_date(day: date | None) -> str:
    """23 May 2025 / 23 мая 2025"""
    return formats.long_date(day)


def medium_date(day: date | None) -> str:
    """22 Dec 2023 / 22 дек. 2023"""
    return formats.medium_date(day)


def weekday_date(day: date) -> str:
    """Saturday, 24 May 2025 / суббота, 24 мая 2025"""
    return formats.weekday_date(day)


def short_day(day: date) -> str:
    """Sat 24 May / сб 24 мая"""
    return formats.short_day(day)


def day_heading(day: date, number: int | None = None) -> str:
    """Day 2 – Saturday, 24 May 2025 / День 2 – суббота, 24 мая 2025 (the weekday date alone without a number)."""
    return formats.day_heading(day, number)


def date_range(start: date, end: date) -> str:
    """23–27 May 2025; 30 May – 2 June 2025; 30 December 2024 – 2 January 2025."""
    return formats.date_range(start, end)


def date_span_prose(start: date, end: date) -> str:
    """From 4 to 7 December 2023 (for running text)."""
    return formats.date_span_prose(start, end)


def clock(moment: datetime) -> str:
    return formats.clock(moment)


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


# The places of the zones missions most often meet, translated in the form "{place} time" needs
# (Russian: the genitive, "время Минска"); other zones keep the time zone database's spelling.
ZONE_PLACES: dict[str, str] = {
    "Europe/Minsk": QT_TRANSLATE_NOOP("Time zone places", "Minsk"),
    "Europe/Moscow": QT_TRANSLATE_NOOP("Time zone places", "Moscow"),
    "Europe/Kaliningrad": QT_TRANSLATE_NOOP("Time zone places", "Kaliningrad"),
    "Europe/Samara": QT_TRANSLATE_NOOP("Time zone places", "Samara"),
    "Europe/Volgograd": QT_TRANSLATE_NOOP("Time zone places", "Volgograd"),
    "Asia/Yekaterinburg": QT_TRANSLATE_NOOP("Time zone places", "Yekaterinburg"),
    "Asia/Omsk": QT_TRANSLATE_NOOP("Time zone places", "Omsk"),
    "Asia/Novosibirsk": QT_TRANSLATE_NOOP("Time zone places", "Novosibirsk"),
    "Asia/Krasnoyarsk": QT_TRANSLATE_NOOP("Time zone places", "Krasnoyarsk"),
    "Asia/Irkutsk": QT_TRANSLATE_NOOP("Time zone places", "Irkutsk"),
    "Asia/Vladivostok": QT_TRANSLATE_NOOP("Time zone places", "Vladivostok"),
    "Asia/Ashgabat": QT_TRANSLATE_NOOP("Time zone places", "Ashgabat"),
    "Asia/Almaty": QT_TRANSLATE_NOOP("Time zone places", "Almaty"),
    "Asia/Qostanay": QT_TRANSLATE_NOOP("Time zone places", "Qostanay"),
    "Asia/Aqtobe": QT_TRANSLATE_NOOP("Time zone places", "Aqtobe"),
    "Asia/Aqtau": QT_TRANSLATE_NOOP("Time zone places", "Aqtau"),
    "Asia/Atyrau": QT_TRANSLATE_NOOP("Time zone places", "Atyrau"),
    "Asia/Oral": QT_TRANSLATE_NOOP("Time zone places", "Oral"),
    "Asia/Qyzylorda": QT_TRANSLATE_NOOP("Time zone places", "Qyzylorda"),
    "Asia/Tashkent": QT_TRANSLATE_NOOP("Time zone places", "Tashkent"),
    "Asia/Samarkand": QT_TRANSLATE_NOOP("Time zone places", "Samarkand"),
    "Asia/Bishkek": QT_TRANSLATE_NOOP("Time zone places", "Bishkek"),
    "Asia/Dushanbe": QT_TRANSLATE_NOOP("Time zone places", "Dushanbe"),
    "Asia/Baku": QT_TRANSLATE_NOOP("Time zone places", "Baku"),
    "Asia/Yerevan": QT_TRANSLATE_NOOP("Time zone places", "Yerevan"),
    "Asia/Tbilisi": QT_TRANSLATE_NOOP("Time zone places", "Tbilisi"),
    "Europe/Kyiv": QT_TRANSLATE_NOOP("Time zone places", "Kyiv"),
    "Europe/Chisinau": QT_TRANSLATE_NOOP("Time zone places", "Chisinau"),
    "Europe/Istanbul": QT_TRANSLATE_NOOP("Time zone places", "Istanbul"),
    "Asia/Tehran": QT_TRANSLATE_NOOP("Time zone places", "Tehran"),
    "Asia/Kabul": QT_TRANSLATE_NOOP("Time zone places", "Kabul"),
    "Asia/Karachi": QT_TRANSLATE_NOOP("Time zone places", "Karachi"),
    "Asia/Kolkata": QT_TRANSLATE_NOOP("Time zone places", "Kolkata"),
    "Asia/Shanghai": QT_TRANSLATE_NOOP("Time zone places", "Shanghai"),
    "Asia/Urumqi": QT_TRANSLATE_NOOP("Time zone places", "Urumqi"),
    "Asia/Ulaanbaatar": QT_TRANSLATE_NOOP("Time zone places", "Ulaanbaatar"),
    "Asia/Dubai": QT_TRANSLATE_NOOP("Time zone places", "Dubai"),
    "Asia/Riyadh": QT_TRANSLATE_NOOP("Time zone places", "Riyadh"),
    "Asia/Tokyo": QT_TRANSLATE_NOOP("Time zone places", "Tokyo"),
    "Asia/Seoul": QT_TRANSLATE_NOOP("Time zone places", "Seoul"),
    "Asia/Singapore": QT_TRANSLATE_NOOP("Time zone places", "Singapore"),
    "Europe/London": QT_TRANSLATE_NOOP("Time zone places", "London"),
    "Europe/Berlin": QT_TRANSLATE_NOOP("Time zone places", "Berlin"),
    "Europe/Paris": QT_TRANSLATE_NOOP("Time zone places", "Paris"),
    "Europe/Rome": QT_TRANSLATE_NOOP("Time zone places", "Rome"),
    "Europe/Vienna": QT_TRANSLATE_NOOP("Time zone places", "Vienna"),
    "Europe/Warsaw": QT_TRANSLATE_NOOP("Time zone places", "Warsaw"),
    "Europe/Vilnius": QT_TRANSLATE_NOOP("Time zone places", "Vilnius"),
    "Europe/Riga": QT_TRANSLATE_NOOP("Time zone places", "Riga"),
    "Europe/Tallinn": QT_TRANSLATE_NOOP("Time zone places", "Tallinn"),
    "Europe/Helsinki": QT_TRANSLATE_NOOP("Time zone places", "Helsinki"),
    "America/New_York": QT_TRANSLATE_NOOP("Time zone places", "New York"),
}


def zone_label(local: datetime, zone: str) -> str:
    """Minsk time (UTC+3) / время Минска (UTC+3)"""
    if zone == "UTC":
        return "UTC"
    offset = utc_offset(local, zone)
    if zone in ZONE_PLACES:
        place = translate("Time zone places", ZONE_PLACES[zone])
        return translate("Report", "{place} time ({offset})").format(place=place, offset=offset)
    # {zone_place}: the place as the time zone database spells it (in Latin letters, undeclined).
    return translate("Report", "{zone_place} time ({offset})").format(zone_place=zone_place(zone), offset=offset)


def money(amount: Decimal | None, currency: str | None) -> str:
    """USD 1,250,000.50 / 1 250 000,50 USD — exact, with the language's separators; never through float."""
    return formats.money(amount, currency)


def join_names(names: Sequence[str]) -> str:
    """A, B and C / A, B и C"""
    names = [n for n in names if n]
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return translate("Lists", "{items} and {last}").format(items=", ".join(names[:-1]), last=names[-1])


def number_word(count: int) -> str:
    """'two' in English running text; other languages write the digits."""
    if current_language() is not Language.ENGLISH:
        return str(count)
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
