"""Header matching, row checks and name keys of contact list imports (pure)."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz

from missionplanner.domain.enums import OrganizationKind, ParticipantRole
from missionplanner.domain.people_import import (
    MATCH_THRESHOLD,
    ImportKind,
    OrganizationRow,
    PersonRow,
    guess_kind,
    guess_mapping,
    mapping_problems,
    normalise_name,
    parse_country,
    parse_kind,
    parse_role,
    parse_rows,
)


@pytest.mark.parametrize(
    "headers",
    [
        ["ФИО", "Должность", "Организация", "Телефон", "E-mail", "Страна", "Город", "Роль"],
        ["Full name", "Position", "Company", "Phone", "Email", "Country", "City", "Role"],
        ["  NAME ", "position:", "ORGANISATION", "tel.", "e_mail", "country", "TOWN", "role"],
        ["Ф.И.О.", "должность", "Компания", "Тел.", "Эл. почта", "страна", "город", "роль в делегации"],
    ],
)
def test_people_headers_in_russian_and_english_are_recognised(headers: list[str]) -> None:
    assert guess_mapping(ImportKind.PEOPLE, headers) == {
        "name": 0,
        "position": 1,
        "organization": 2,
        "phone": 3,
        "email": 4,
        "country": 5,
        "city": 6,
        "role": 7,
        "notes": None,
    }
    assert guess_kind(headers) == ImportKind.PEOPLE


def test_organization_headers_and_kind_guess() -> None:
    headers = ["Наименование", "Тип", "Страна", "Город", "Отрасли", "Сайт"]
    mapping = guess_mapping(ImportKind.ORGANIZATIONS, headers)
    assert (mapping["name"], mapping["kind"], mapping["country"], mapping["city"], mapping["sectors"]) == (
        0,
        1,
        2,
        3,
        4,
    )
    assert mapping["website"] == 5
    assert guess_kind(headers) == ImportKind.ORGANIZATIONS
    assert guess_kind(["Company", "Sectors"]) == ImportKind.ORGANIZATIONS


def test_mapping_problems_name_a_missing_name_and_a_column_used_twice() -> None:
    assert mapping_problems(ImportKind.PEOPLE, {"name": None}) == ["Choose the column that holds the name."]
    assert "two fields" in mapping_problems(ImportKind.PEOPLE, {"name": 0, "email": 0})[0]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("TM", "TM"),
        ("by", "BY"),
        ("TKM", "TM"),
        ("Turkmenistan", "TM"),
        ("Туркменистан", "TM"),
        ("Беларусь", "BY"),
        ("Republic of Belarus", "BY"),
        ("Россия", "RU"),
        ("Russian Federation", "RU"),
        ("Казахстан", "KZ"),
        ("Narnia", None),
        ("XX", None),
    ],
)
def test_countries_from_codes_and_english_or_russian_names(text: str, code: str | None) -> None:
    assert parse_country(text) == code


def test_roles_and_kinds_in_both_languages() -> None:
    assert parse_role("Глава делегации") == ParticipantRole.HEAD_OF_DELEGATION
    assert parse_role("interpreter") == ParticipantRole.INTERPRETER
    assert parse_role("head_of_delegation") == ParticipantRole.HEAD_OF_DELEGATION
    assert parse_role("boss") is None
    assert parse_kind("Министерство") == OrganizationKind.MINISTRY
    assert parse_kind("Chamber of commerce") == OrganizationKind.CHAMBER_OF_COMMERCE
    assert parse_kind("spaceship") is None


def test_normalised_names_drop_case_quotes_legal_forms_and_ampersands() -> None:
    assert normalise_name("ОАО «Белшина»") == "белшина"
    assert normalise_name("Belshina  JSC") == "belshina"
    assert normalise_name('ООО "Ромашка"') == "ромашка"
    assert normalise_name("Union of Industrialists & Entrepreneurs") == "union of industrialists and entrepreneurs"


def _matches(a: str, b: str) -> bool:
    return fuzz.token_sort_ratio(normalise_name(a), normalise_name(b)) >= MATCH_THRESHOLD


def test_the_matching_rule_on_the_issue_examples() -> None:
    assert _matches(
        "Union of Industrialists and Entrepreneurs of Turkmenistan",
        "Union of Industrialists & Entrepreneurs of Turkmenistan",
    )
    # Different scripts are never matched: there is no transliteration.
    assert not _matches("ОАО «Белшина»", "Belshina JSC")
    assert _matches("Ivanov Ivan", "IVAN IVANOV")
    assert not _matches(
        "Union of Industrialists and Entrepreneurs of Turkmenistan",
        "Union of Industrialists and Entrepreneurs of Mary province",
    )


def test_rows_report_every_problem_with_its_row_number() -> None:
    mapping = {"name": 0, "email": 1, "country": 2, "role": 3}
    rows = [
        (2, ["Ivan Ivanov", "ivan@example.org", "BY", "Глава делегации"]),
        (3, ["", "x@example.org", "", ""]),
        (4, ["Petr", "not-an-address", "Narnia", "boss"]),
        (5, ["", "", "", ""]),  # blank rows are left out silently
    ]
    parsed = parse_rows(ImportKind.PEOPLE, rows, mapping)
    assert parsed.rows == [
        PersonRow(2, "Ivan Ivanov", email="ivan@example.org", country="BY", role=ParticipantRole.HEAD_OF_DELEGATION)
    ]
    assert parsed.bad_rows == {3, 4}
    assert [(p.row, p.field) for p in parsed.problems] == [
        (3, "Name"),
        (4, "Country"),
        (4, "Role"),
        (4, "E-mail"),
    ]


def test_organization_rows_are_cleaned() -> None:
    mapping = {"name": 0, "kind": 1, "country": 2, "sectors": 3}
    parsed = parse_rows(
        ImportKind.ORGANIZATIONS, [(2, ["Belshina JSC", "Предприятие", "BLR", "tyres; rubber"])], mapping
    )
    assert parsed.rows == [
        OrganizationRow(2, "Belshina JSC", kind=OrganizationKind.ENTERPRISE, country="BY", sectors=("tyres", "rubber"))
    ]
