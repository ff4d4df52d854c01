"""Reference data lookups (countries, currencies, time zones) from maintained packages."""

from __future__ import annotations

import gettext
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import pycountry

from missionplanner.domain.translation import current_language_code


def is_country(code: str) -> bool:
    return len(code) == 2 and pycountry.countries.get(alpha_2=code.upper()) is not None


@cache
def _country_names(language: str) -> gettext.NullTranslations:
    """pycountry's own ISO 3166-1 translations for `language` (English: the names as they are)."""
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


def country_name(code: str | None) -> str:
    """The short name of an ISO 3166-1 alpha-2 code in the current language, or the code itself if unknown."""
    if not code:
        return ""
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code
    return _country_names(current_language_code()).gettext(country.name)


def countries() -> list[tuple[str, str]]:
    """(name in the current language, alpha-2 code) of every country, sorted by name."""
    names = _country_names(current_language_code())
    return sorted(
        ((names.gettext(c.name), c.alpha_2) for c in pycountry.countries), key=lambda pair: pair[0].casefold()
    )


def is_currency(code: str) -> bool:
    return len(code) == 3 and pycountry.currencies.get(alpha_3=code.upper()) is not None


@cache
def timezone_names() -> frozenset[str]:
    """Every IANA time zone name.

    tzdata's own list, one small file: zoneinfo.available_timezones() walks the system's zoneinfo
    folders as well, which takes long enough to be felt in the start-up of the window.
    """
    try:
        text = resources.files("tzdata").joinpath("zones").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return frozenset(available_timezones())
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


def is_timezone(key: str) -> bool:
    if key in timezone_names():
        return True
    try:
        ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a "name" too long for a file name
        return False
    return True


@cache
def _country_zones() -> dict[str, list[str]]:
    """Country code -> IANA zones, main zone first, from tzdata's zone.tab."""
    zones: dict[str, list[str]] = {}
    try:
        text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return zones
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, _, zone, *_ = line.split("\t")
            zones.setdefault(code, []).append(zone)
    return zones


def main_timezone(country: str | None) -> str | None:
    """The main IANA zone of a country (the first listed in zone.tab), if known."""
    if not country:
        return None
    zones = _country_zones().get(country.upper())
    return zones[0] if zones else None
