"""`missionplanner import-contacts`: counts, JSON, dry runs, delegations and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from missionplanner.exchange.samples import seed_samples
from missionplanner.services.app import open_services
from tests.cli.conftest import Run, content
from tests.conftest import BELARUS_MISSION_ID
from tests.exchange.test_table_files import write_csv, write_xlsx

ROWS = [
    ["ФИО", "Должность", "Организация", "E-mail", "Страна"],
    ["Иванов Иван", "Директор", "ОАО «Белшина»", "ivanov@belshina.by", "BY"],
    ["Ann Lee", "Chair", "Union of Industrialists & Entrepreneurs of Turkmenistan", "ann@example.org", "TM"],
    ["", "Engineer", "ОАО «Белшина»", "", ""],
    ["Petr Petrov", "Engineer", "ОАО «Белшина»", "not-mail", "Narnia"],
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "missions.db"
    services = open_services(path)
    seed_samples(services)
    services.close()
    return path


def test_prints_counts_matches_and_skipped_rows(cli: Run, db: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "people.csv", ROWS, encoding="cp1251", delimiter=";")
    result = cli("--db", db, "import-contacts", path)
    assert result.code == 0, result.err
    assert "Row 3: matched organization 'Union of Industrialists & Entrepreneurs of Turkmenistan'" in result.out
    assert "Row 4: skipped: Name: Name is required" in result.out
    assert "Row 5: skipped: Country: 'Narnia' is not a known country" in result.out
    assert result.out.splitlines()[-1] == (
        "Created 2 contact(s), 1 organization(s), 0 delegation member(s); "
        "matched 0 contact(s), 1 organization(s); skipped 2 row(s)."
    )


def test_json_with_a_mission_and_role(cli: Run, db: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "people.csv", ROWS)
    result = cli(
        "--db", db, "import-contacts", path, "--mission", BELARUS_MISSION_ID[:8], "--role", "interpreter", "--json"
    )
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["created"] == {"organizations": 1, "contacts": 2, "participants": 2}
    assert report["matched"] == {"organizations": 1, "contacts": 0}
    assert [s["row"] for s in report["skipped"]] == [4, 5]
    assert {r["name"] for r in report["created_records"]} == {"Иванов Иван", "Ann Lee", "ОАО «Белшина»"}
    services = open_services(db, make_backups=False)
    try:
        members = services.participants.for_mission(BELARUS_MISSION_ID)
        added = [p for p in members if services.contacts.get(p.contact_id).name in ("Ann Lee", "Иванов Иван")]
        assert {p.role.value for p in added} == {"interpreter"}
    finally:
        services.close()


def test_dry_run_changes_nothing(cli: Run, db: Path, tmp_path: Path) -> None:
    before = content(db)
    path = write_csv(tmp_path / "people.csv", ROWS)
    result = cli("--db", db, "import-contacts", path, "--dry-run", "--mission", BELARUS_MISSION_ID)
    assert result.code == 0, result.err
    assert "Dry run, nothing was changed: would have created 2 contact(s)" in result.out
    assert content(db) == before


def test_organizations_from_xlsx(cli: Run, db: Path, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "orgs.xlsx",
        {
            "Sheet1": [
                ["Organization", "Kind", "Country", "City", "Sectors"],
                ["Belshina JSC", "enterprise", "BY", "Bobruisk", "tyres"],
            ]
        },
    )
    result = cli("--db", db, "import-contacts", path, "--kind", "organizations", "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["created"]["organizations"] == 1


def test_a_sheet_is_chosen_by_name(cli: Run, db: Path, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "list.xlsx",
        {"Notes": [["Name", "E-mail"]], "People": [["Name", "E-mail"], ["Ann Lee", "ann@example.org"]]},
    )
    before = content(db)
    first = cli("--db", db, "import-contacts", path)
    first.assert_error("the sheet 'Notes' has a header row but no data under it")
    assert content(db) == before
    result = cli("--db", db, "import-contacts", path, "--sheet", "People", "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["created"]["contacts"] == 1
    cli("--db", db, "import-contacts", path, "--sheet", "Nope").assert_error("there is no sheet 'Nope'")
    csv_file = write_csv(tmp_path / "people.csv", [["Name"], ["Bob"]])
    cli("--db", db, "import-contacts", csv_file, "--sheet", "People").assert_error("a CSV file has no sheets")


@pytest.mark.parametrize(
    ("content_bytes", "options", "words"),
    [
        (b"", (), ("people.csv", "empty")),
        (bytes(range(256)) * 40, (), ("people.csv", "binary data")),
        ("ФИО;Должность\nИванов;Директор\n".encode("cp1251"), ("--encoding", "utf-8"), ("not in the utf-8",)),
        (b"Colour,Size\nred,big\n", (), ("No column is recognised as the Name column", "'full name'")),
    ],
)
def test_unreadable_files_exit_2_with_one_line(
    cli: Run, db: Path, tmp_path: Path, content_bytes: bytes, options: tuple[str, ...], words: tuple[str, ...]
) -> None:
    before = content(db)
    path = tmp_path / "people.csv"
    path.write_bytes(content_bytes)
    cli("--db", db, "import-contacts", path, *options).assert_error(*words)
    assert content(db) == before


def test_an_unknown_role_or_mission_is_an_error(cli: Run, db: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "people.csv", ROWS)
    cli("--db", db, "import-contacts", path, "--role", "boss").assert_error("not a delegation role")
    cli("--db", db, "import-contacts", path, "--mission", "nonexistent").assert_error("No mission")
