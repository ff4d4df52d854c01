"""Reference data lookups (countries, currencies, time zones) from maintained packages."""

from __future__ import annotations

from functools import cache
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
