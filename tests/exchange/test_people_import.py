"""The contact list import: plan, problems, matching with the directory, one transaction, exact undo."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from missionplanner.domain.enums import OrganizationKind, ParticipantRole
from missionplanner.domain.errors import DatabaseError, ExchangeError
from missionplanner.domain.models import Contact, Organization
from missionplanner.domain.people_import import ImportKind
from missionplanner.domain.progress import Progress
from missionplanner.exchange import people_import
from missionplanner.exchange.people_import import (
    apply_operations,
    build_operations,
    import_table,
    plan_import,
    revert_operations,
)
from missionplanner.exchange.table_files import read_table
from missionplanner.services.app import Services
from tests.conftest import KAZAKHSTAN_MISSION_ID
from tests.exchange.test_table_files import write_csv, write_xlsx

UNION = "Union of Industrialists and Entrepreneurs of Turkmenistan"


def dump(services: Services) -> list[str]:
    """Every row of every table (the search index's internal pages, which SQLite lays out as it likes, aside)."""
    return [line for line in services.store.db.conn.iterdump() if "_fts" not in line]


def _belshina(services: Services) -> Organization:
    saved, _ = services.organizations.create(
        Organization(id="", name="Belshina JSC", kind=OrganizationKind.ENTERPRISE, country="BY")
    )
    return saved


def _people_file(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "people.csv",
        [
            ["ФИО", "Должность", "Организация", "E-mail", "Страна", "Роль"],
            ["Иванов Иван", "Директор", "ОАО «Белшина»", "ivanov@belshina.by", "Беларусь", ""],
            [
                "Ann Lee",
                "Chair",
                "Union of Industrialists & Entrepreneurs of Turkmenistan",
                "ann@example.org",
                "TM",
                "Глава делегации",
            ],
            ["", "Engineer", "ОАО «Белшина»", "", "", ""],
            ["Petr Petrov", "Engineer", "ОАО «Белшина»", "not-mail", "Narnia", ""],
            ["Ivan Sidorov", "Engineer", "ОАО Белшина", "", "BY", ""],
        ],
        encoding="cp1251",
        delimiter=";",
    )


def test_plan_reports_problems_and_proposes_the_right_matches(tmp_path: Path, sample_services: Services) -> None:
    _belshina(sample_services)
    plan = plan_import(sample_services, read_table(_people_file(tmp_path)))
    assert plan.kind == ImportKind.PEOPLE
    assert [(p.row, p.field) for p in plan.problems] == [(4, "Name"), (5, "Country"), (5, "E-mail")]
    # The ampersand variant matches the Union; the Cyrillic Belshina does not match "Belshina JSC".
    [match] = plan.matches
    assert (match.entity, match.name, match.existing_name, match.rows) == (
        "organization",
        "Union of Industrialists & Entrepreneurs of Turkmenistan",
        UNION,
        (3,),
    )
    headers, rows = plan.preview()
    assert headers[:3] == ["Row", "Name", "Position"]
    assert rows[0][:2] == ["2", "Иванов Иван"]
    assert "BY (Belarus)" in rows[0]


def test_import_creates_matches_and_adds_to_a_delegation(tmp_path: Path, sample_services: Services) -> None:
    services = sample_services
    belshina = _belshina(services)
    before = len(services.participants.for_mission(KAZAKHSTAN_MISSION_ID))
    ops, changes = import_table(
        services,
        read_table(_people_file(tmp_path)),
        mission_id=KAZAKHSTAN_MISSION_ID,
        role=ParticipantRole.OFFICIAL,
    )
    report = ops.report()
    assert report["created"] == {"organizations": 1, "contacts": 3, "participants": 3}
    assert report["matched"] == {"organizations": 1, "contacts": 0}
    assert [s["row"] for s in report["skipped"]] == [4, 5]
    created_org = next(r for e, r in ops.created if e == "organization")
    # "ОАО «Белшина»" and "ОАО Белшина" are one new organization, not Belshina JSC.
    assert created_org.name == "ОАО «Белшина»"
    assert created_org.id != belshina.id
    assert created_org.country == "BY"
    contacts = {c.name: c for c in services.contacts.list(limit=1000)}
    union = next(o for o in services.organizations.list(UNION) if o.name == UNION)
    assert contacts["Ann Lee"].organization_id == union.id
    assert contacts["Ivan Sidorov"].organization_id == created_org.id
    roles = {
        services.contacts.get(p.contact_id).name: p.role
        for p in services.participants.for_mission(KAZAKHSTAN_MISSION_ID)
    }
    assert len(roles) == before + 3
    assert roles["Ann Lee"] == ParticipantRole.HEAD_OF_DELEGATION  # the file's role wins
    assert roles["Иванов Иван"] == ParticipantRole.OFFICIAL
    assert len(changes.ids("contact")) == 3

    # Importing again matches every person and skips those already in the delegation.
    again, _ = import_table(services, read_table(_people_file(tmp_path)), mission_id=KAZAKHSTAN_MISSION_ID)
    report = again.report()
    assert report["created"] == {"organizations": 0, "contacts": 0, "participants": 0}
    assert report["matched"]["contacts"] == 3
    assert [r["row"] for r in report["already_in_delegation"]] == [2, 3, 6]


def test_undo_restores_the_database_exactly(tmp_path: Path, sample_services: Services) -> None:
    services = sample_services
    original = dump(services)
    plan = plan_import(services, read_table(_people_file(tmp_path)), mission_id=KAZAKHSTAN_MISSION_ID)
    ops = build_operations(services, plan)
    apply_operations(services, ops)
    assert dump(services) != original
    revert_operations(services, ops)
    assert dump(services) == original
    assert services.doctor() == []  # the search index follows
    # Redo writes the same records with the same ids.
    apply_operations(services, ops)
    assert services.contacts.get(ops.created[-4][1].id)


def test_a_matched_contact_has_its_blanks_filled_and_undo_puts_it_back(
    tmp_path: Path, sample_services: Services
) -> None:
    services = sample_services
    person, _ = services.contacts.create(Contact(id="", name="Ivan Ivanov", position="Director"))
    path = write_csv(tmp_path / "p.csv", [["Name", "Position", "Email"], ["IVANOV Ivan", "Clerk", "ivan@example.org"]])
    ops, _ = import_table(services, read_table(path))
    assert ops.report()["matched"]["contacts"] == 1
    merged = services.contacts.get(person.id)
    assert (merged.position, merged.email) == ("Director", "ivan@example.org")  # what it held is kept
    revert_operations(services, ops)
    restored = services.contacts.get(person.id)
    assert (restored.position, restored.email) == ("Director", "")


def test_declined_matches_create_new_records(tmp_path: Path, sample_services: Services) -> None:
    services = sample_services
    plan = plan_import(services, read_table(_people_file(tmp_path)))
    ops = build_operations(services, plan, accepted=set())
    assert ops.report()["created"]["organizations"] == 2
    assert ops.report()["matched"]["organizations"] == 0


def test_choosing_cancel_on_problems_changes_nothing(tmp_path: Path, sample_services: Services) -> None:
    original = dump(sample_services)
    plan = plan_import(sample_services, read_table(_people_file(tmp_path)))
    with pytest.raises(ExchangeError, match="2 row") as caught:
        build_operations(sample_services, plan, skip_bad_rows=False)
    assert [p.field for p in caught.value.problems] == ["row 4", "row 5", "row 5"]
    assert dump(sample_services) == original


def test_a_failure_halfway_changes_nothing(
    tmp_path: Path, sample_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = sample_services
    original = dump(services)
    ops = build_operations(services, plan_import(services, read_table(_people_file(tmp_path))))
    real = people_import._repository
    calls = {"n": 0}

    class Failing:
        def __init__(self, inner: object) -> None:
            self.inner = inner

        def insert(self, record: object) -> object:
            calls["n"] += 1
            if calls["n"] == 3:
                raise DatabaseError("disk full")
            return self.inner.insert(record)  # type: ignore[attr-defined]

        def insert_many(self, records: list[object]) -> None:
            # The organizations go in, then the disk fills up before the contacts do.
            calls["n"] += 1
            if calls["n"] == 2:
                raise DatabaseError("disk full")
            self.inner.insert_many(records)  # type: ignore[attr-defined]

    monkeypatch.setattr(people_import, "_repository", lambda s, e: Failing(real(s, e)))
    assert any(entity == "organization" for entity, _ in ops.created)
    with pytest.raises(DatabaseError):
        apply_operations(services, ops)
    assert calls["n"] == 2
    assert dump(services) == original
    assert gc.isenabled()  # the garbage collector's pause ends with the failed step


def test_each_step_pauses_the_garbage_collector_and_resumes_it_as_it_was(
    tmp_path: Path, sample_services: Services
) -> None:
    seen: list[bool] = []

    class Spy(Progress):
        def begin(self, total: int, text: str = "") -> None:
            seen.append(gc.isenabled())
            super().begin(total, text)

    plan = plan_import(sample_services, read_table(_people_file(tmp_path)), progress=Spy())
    assert seen
    assert not any(seen)
    assert gc.isenabled()
    with pytest.raises(ExchangeError):
        build_operations(sample_services, plan, skip_bad_rows=False)
    assert gc.isenabled()
    gc.disable()
    try:
        apply_operations(sample_services, build_operations(sample_services, plan))
        assert not gc.isenabled()  # left off by whoever turned it off
    finally:
        gc.enable()


def test_organizations_list_with_kinds_sectors_and_matching(tmp_path: Path, sample_services: Services) -> None:
    services = sample_services
    union = next(o for o in services.organizations.list(UNION) if o.name == UNION)
    path = write_xlsx(
        tmp_path / "orgs.xlsx",
        {
            "Organizations": [
                ["Наименование", "Тип", "Страна", "Город", "Отрасли"],
                [
                    "Union of Industrialists & Entrepreneurs of Turkmenistan",
                    "Ассоциация",
                    "TM",
                    "Ashgabat",
                    "trade; industry",
                ],
                ["ОАО «Белшина»", "Предприятие", "Беларусь", "Бобруйск", "шины"],
                ["ОАО «Белшина»", "Предприятие", "Беларусь", "Бобруйск", "шины"],
                ["Broken", "Spaceship", "XX", "", ""],
            ]
        },
    )
    table = read_table(path)
    ops, _ = import_table(services, table, "organizations")
    report = ops.report()
    assert report["created"]["organizations"] == 1
    assert report["matched"]["organizations"] == 1
    assert [(s["row"], s["reason"][:6]) for s in report["skipped"]] == [(4, "'ОАО «"), (5, "Countr")]
    belshina = next(o for o in services.organizations.list("Белшина"))
    assert (belshina.kind, belshina.country, belshina.city, belshina.sectors) == (
        OrganizationKind.ENTERPRISE,
        "BY",
        "Бобруйск",
        ("шины",),
    )
    merged = services.organizations.get(union.id)
    assert set(union.sectors) < set(merged.sectors)
    assert "industry" in merged.sectors
    assert merged.city == union.city  # what it held is kept


def test_a_sheet_with_a_header_row_alone_is_refused_when_imported(tmp_path: Path, sample_services: Services) -> None:
    path = write_xlsx(
        tmp_path / "list.xlsx",
        {"Notes": [["Name", "E-mail"], [None, "  "]], "People": [["Name", "E-mail"], ["Ann Lee", "ann@example.org"]]},
    )
    before = dump(sample_services)
    table = read_table(path)  # read, so the wizard can offer the other sheet
    assert (table.sheet, table.sheets) == ("Notes", ["Notes", "People"])
    with pytest.raises(ExchangeError) as caught:
        import_table(sample_services, table, "people")
    assert caught.value.message == (
        "list.xlsx: the sheet 'Notes' has a header row but no data under it; choose another sheet, or add the rows."
    )
    assert dump(sample_services) == before
    import_table(sample_services, read_table(path, sheet="People"), "people")
    assert "Ann Lee" in {c.name for c in sample_services.contacts.list(limit=1000)}


def test_ten_thousand_rows(tmp_path: Path, services: Services) -> None:
    rows = [["Name", "Company", "Email", "Country"]] + [
        [f"Person {i}", f"Company {i % 250}", f"p{i}@example.org", "KAZ"] for i in range(10_000)
    ]
    ops, _ = import_table(services, read_table(write_csv(tmp_path / "big.csv", rows)))
    assert ops.report()["created"] == {"organizations": 250, "contacts": 10_000, "participants": 0}
    assert services.store.counts()["contacts"] == 10_000
    assert services.store.counts()["organizations"] == 250


def test_fuzzy_shortlist_loses_no_match() -> None:
    """The segment filter only skips names that cannot reach the threshold: same result as scoring all."""
    import random
    from types import SimpleNamespace

    from rapidfuzz import fuzz, process

    from missionplanner.domain.people_import import match_key
    from missionplanner.exchange.people_import import _Index

    rng = random.Random(7)
    syllables = ["ka", "ra", "to", "mi", "na", "ov", "a", "e", "ich", "ь", "й"]

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(1, 4)))

    def name() -> str:
        return " ".join(word() for _ in range(rng.randint(1, 3)))

    def spaced(text: str) -> str:
        """Now and then spaced otherwise than by single spaces, as a key stored by hand may be."""
        return text.replace(" ", rng.choice(["  ", "\t", " \u00a0"])) + " " if rng.random() < 0.1 else text

    def token_sorted(text: str) -> str:
        return " ".join(sorted(text.split()))

    records = [SimpleNamespace(id=str(n), name=name()) for n in range(1500)]
    # Some names twice: each distinct name is scored once, and must still give every record it belongs to.
    records += [SimpleNamespace(id=f"again {r.id}", name=r.name) for r in records[::10]]
    for threshold in (90, 80, 60):
        index = _Index(((r, spaced(match_key(r.name)), True) for r in records), threshold)
        for _ in range(300):
            key = spaced(name())
            everything = process.extract(
                token_sorted(key), index._sorted, scorer=fuzz.ratio, score_cutoff=threshold, limit=None
            )
            assert set(index._shortlist(key)) >= {index._sorted[i] for _, _, i in everything}
            assert sorted(index.scored(key)) == sorted((score, i) for _, score, i in everything)
