"""parse_amount: exact decimals from the ways people and spreadsheets write money."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from missionplanner.domain.errors import ValidationError
from missionplanner.domain.validation import parse_amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 250 000,50", "1250000.50"),
        ("1250000.50", "1250000.50"),
        ("1,250,000.50", "1250000.50"),
        ("1.250.000,50", "1250000.50"),
        ("1,250,000", "1250000"),
        ("1\u00a0250\u00a0000,50", "1250000.50"),
        ("1\u202f250\u202f000,50", "1250000.50"),
        ("12,34,567.00", "1234567.00"),
        ("1_000_000", "1000000"),
        ("  300000000.01 ", "300000000.01"),
        ("0", "0"),
        ("0,1", "0.1"),
        ("-5", "-5"),
        ("1E+3", "1E+3"),
    ],
)
def test_written_amounts_parse_exactly(text: str, expected: str) -> None:
    value = parse_amount(text)
    assert isinstance(value, Decimal)
    assert value == Decimal(expected)
    assert str(value) == expected  # exact, including trailing zeros: no float on the way


@pytest.mark.parametrize("text", [None, "", "   ", "\u00a0"])
def test_empty_text_is_no_amount(text: str | None) -> None:
    assert parse_amount(text) is None


@pytest.mark.parametrize(
    "text", ["abc", "12abc", "1,2,3", "1,2.3", "1..2", "--1", "NaN", "Infinity", "-inf", "$100", "1.2.3,4", "1,,000"]
)
def test_garbage_is_refused_naming_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as raised:
        parse_amount(text, "outcomes[2].amount")
    assert raised.value.field == "outcomes[2].amount"
    assert repr(text) in raised.value.message
    assert "enter digits" in raised.value.message
    with pytest.raises(ValidationError) as default:
        parse_amount(text)
    assert default.value.field == "amount"


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_str_of_a_decimal_round_trips_exactly(value: Decimal) -> None:
    parsed = parse_amount(str(value))
    assert parsed == value
    assert str(parsed) == str(value)


@given(
    whole=st.integers(min_value=0, max_value=10**15),
    cents=st.integers(min_value=0, max_value=99),
    style=st.sampled_from(["en", "ru", "ru-nbsp", "de", "plain", "plain-comma"]),
)
def test_grouped_amounts_parse_exactly(whole: int, cents: int, style: str) -> None:
    en = f"{whole:,}.{cents:02d}"
    text = {
        "en": en,
        "ru": f"{whole:,}".replace(",", " ") + f",{cents:02d}",
        "ru-nbsp": f"{whole:,}".replace(",", "\u00a0") + f",{cents:02d}",
        "de": f"{whole:,}".replace(",", ".") + f",{cents:02d}",
        "plain": f"{whole}.{cents:02d}",
        "plain-comma": f"{whole},{cents:02d}",
    }[style]
    assert parse_amount(text) == Decimal(f"{whole}.{cents:02d}")


@given(st.integers(min_value=1_000_000, max_value=10**15))
def test_whole_amounts_with_several_group_separators(whole: int) -> None:
    assert parse_amount(f"{whole:,}") == whole
    assert parse_amount(f"{whole:,}".replace(",", ".")) == whole
