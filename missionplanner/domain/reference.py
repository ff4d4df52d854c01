"""Reference data lookups (countries, currencies, time zones) from maintained packages."""

from __future__ import annotations

from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import pycountry


def is_country(code: str) -> bool:
    return len(code) == 2 and pycountry.countries.get(alpha_2=code.upper()) is not None


def country_name(code: str | None) -> str:
    """The English short name of an ISO 3166-1 alpha-2 code, or the code itself if unknown."""
    if not code:
        return ""
    country = pycountry.countries.get(alpha_2=code.upper())
    return country.name if country is not None else code


def is_currency(code: str) -> bool:
    return len(code) == 3 and pycountry.currencies.get(alpha_3=code.upper()) is not None


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


def is_timezone(key: str) -> bool:
    if key in _zones():
        return True
    try:
        ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
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
