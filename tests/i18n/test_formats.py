"""Dates, numbers and amounts in English and Russian, and the language switch they follow."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from missionplanner.domain.enums import ItemKind, ItemStatus, MissionStatus
from missionplanner.domain.reference import countries, country_name
from missionplanner.domain.translation import translate
from missionplanner.i18n import formats
from missionplanner.i18n.catalog import current_language, use_language
from missionplanner.i18n.languages import Language

RU = Language.RUSSIAN
EN = Language.ENGLISH


def test_amounts_follow_the_language() -> None:
    with use_language(EN):
        assert formats.money(Decimal("1250000.00"), "USD") == "USD 1,250,000.00"
    with use_language(RU):
        assert formats.money(Decimal("1250000.00"), "USD") == "1\u00a0250\u00a0000,00 USD"


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_russian_amounts_read_back_exactly(amount: Decimal) -> None:
    with use_language(RU):
        text = formats.decimal(amount)
    assert Decimal(text.replace("\u00a0", "").replace(",", ".")) == amount


def test_day_headings_in_both_languages() -> None:
    day = date(2025, 5, 24)
    with use_language(EN):
        assert formats.day_heading(day, 2) == "Day 2 – Saturday, 24 May 2025"
    with use_language(RU):
        # Russian writes the year with «г.» in full dates, but not in compact ones.
        assert formats.day_heading(day, 2) == "День 2 – суббота, 24 мая 2025 г."
        assert formats.month_year(day) == "май 2025 г."
        assert formats.date_range(date(2025, 5, 30), date(2025, 6, 2)) == "30 мая – 2 июня 2025 г."
        assert formats.date_span_prose(date(2023, 12, 4), date(2023, 12, 7)) == "С 4 по 7 декабря 2023 г."
        assert formats.short_date_range(date(2023, 12, 4), date(2023, 12, 7)) == "4–7 дек. 2023"
        assert formats.short_date_time(datetime(2025, 5, 24, 9, 5)) == "24 мая 09:05"


def test_enumerations_are_shown_translated_but_stored_as_codes() -> None:
    with use_language(RU):
        assert ItemKind.SITE_VISIT.label == "Посещение предприятия"
        assert MissionStatus.CONFIRMED.label == "Подтверждена"
        assert ItemStatus.CONFIRMED.label == "Подтверждён"
        assert ItemKind.SITE_VISIT.value == "site_visit"
    assert ItemKind.SITE_VISIT.label == "Site visit"


def test_country_names_in_the_current_language() -> None:
    with use_language(RU):
        assert country_name("TM") == "Туркменистан"
        names = [name for name, _ in countries()]
        assert "Беларусь" in names
        assert names == sorted(names, key=str.casefold)
    assert country_name("TM") == "Turkmenistan"


def test_use_language_nests_and_restores() -> None:
    before = current_language()
    with use_language(RU):
        with use_language(EN):
            assert translate("Weekdays", "Monday") == "Monday"
        assert translate("Weekdays", "Monday") == "понедельник"
    assert current_language() is before


def test_english_plurals_without_a_catalogue_entry() -> None:
    with use_language(EN):
        assert translate("Test", "%n mission(s)", None, 1) == "1 mission"
        assert translate("Test", "%n mission(s)", None, 3) == "3 missions"
