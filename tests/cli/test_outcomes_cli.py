"""`missionplanner follow-ups` and `missionplanner outcomes`, with the clock pinned through cli_commands.today."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from missionplanner import cli_commands
from missionplanner.domain.enums import OutcomeStatus
from missionplanner.domain.models import FollowUp, Outcome
from missionplanner.services.app import open_services
from tests.cli.conftest import Run
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID

TODAY = date(2025, 7, 28)
UNION_TM = "f0418326-fa6c-40d0-a461-710ebf46e3a3"
FOLLOW_UP_KEYS = {"id", "mission_id", "outcome_id", "action", "owner", "due_date", "done_on", "overdue"}


@pytest.fixture
def db(cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database with the sample missions, on 28 July 2025."""
    monkeypatch.setattr(cli_commands, "today", lambda: TODAY)
    path = tmp_path / "samples.db"
    assert cli("--db", path, "--with-samples", "missions").code == 0
    return path


def _json(cli: Run, *args: str | Path) -> list[dict[str, object]]:
    result = cli(*args, "--json")
    assert (result.code, result.err) == (0, "")
    return json.loads(result.out)


# follow-ups


def test_follow_ups_as_json_overdue_first_then_by_due_date(cli: Run, db: Path) -> None:
    rows = _json(cli, "--db", db, "follow-ups")
    assert all(set(r) == FOLLOW_UP_KEYS for r in rows)
    assert [(r["due_date"], r["overdue"]) for r in rows] == [
        ("2023-12-22", True),
        ("2024-03-29", True),
        ("2024-03-29", True),
        ("2024-04-30", True),
        ("2024-06-28", True),
        ("2025-07-31", False),
        ("2025-07-31", False),
        ("2025-08-29", False),
        ("2025-08-29", False),
        ("2025-09-30", False),
    ]
    assert rows[0] == {
        "id": "86bc60cf-0c4a-4722-8cb3-511fa14e0042",
        "mission_id": KAZAKHSTAN_MISSION_ID,
        "outcome_id": None,
        "action": "Circulate the contacts exchanged during the mission to the delegation members",
        "owner": "Diplomatic Club “Astana”",
        "due_date": "2023-12-22",
        "done_on": None,
        "overdue": True,
    }


def test_overdue_only(cli: Run, db: Path) -> None:
    rows = _json(cli, "--db", db, "follow-ups", "--overdue")
    assert len(rows) == 5
    assert all(r["overdue"] and r["mission_id"] == KAZAKHSTAN_MISSION_ID for r in rows)


def test_the_clock_decides_what_is_overdue(cli: Run, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_commands, "today", lambda: date(2025, 8, 1))
    assert len(_json(cli, "--db", db, "follow-ups", "--overdue")) == 7
    monkeypatch.setattr(cli_commands, "today", lambda: date(2023, 12, 22))
    assert _json(cli, "--db", db, "follow-ups", "--overdue") == []


def test_filters_by_mission_prefix_and_owner(cli: Run, db: Path) -> None:
    belarus = _json(cli, "--db", db, "follow-ups", "--mission", BELARUS_MISSION_ID[:8])
    assert len(belarus) == 5
    assert {r["mission_id"] for r in belarus} == {BELARUS_MISSION_ID}
    kbtu = _json(cli, "--db", db, "follow-ups", "--owner", "kbtu")
    assert [r["outcome_id"] for r in kbtu] == ["df3c0d7a-c735-401c-88f3-eff53a970d1d"]
    assert _json(cli, "--db", db, "follow-ups", "--owner", "astana", "--overdue", "--mission", BELARUS_MISSION_ID) == []


def test_done_follow_ups_are_not_listed(cli: Run, db: Path) -> None:
    services = open_services(db, make_backups=False)
    try:
        services.follow_ups.mark_done("86bc60cf-0c4a-4722-8cb3-511fa14e0042", date(2023, 12, 20))
    finally:
        services.close()
    rows = _json(cli, "--db", db, "follow-ups")
    assert len(rows) == 9
    assert "86bc60cf-0c4a-4722-8cb3-511fa14e0042" not in {r["id"] for r in rows}


def test_follow_ups_as_text(cli: Run, db: Path) -> None:
    result = cli("--db", db, "follow-ups")
    assert (result.code, result.err) == (0, "")
    lines = result.out.splitlines()
    assert lines[0].startswith("2023-12-22  OVERDUE  Circulate the contacts exchanged during the mission")
    assert "[Diplomatic Club “Astana”]" in lines[0]
    assert lines[0].endswith("– Kazakhstani business mission to Turkmenistan, December 2023")
    assert lines[5].startswith("2025-07-31           Support follow-up commercial offers")
    assert lines[-1] == "10 follow-up(s), 5 overdue (as of 2025-07-28)."


def test_nothing_to_chase(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    assert cli("--db", db, "follow-ups").out == "No open follow-ups (as of " + date.today().isoformat() + ").\n"
    assert _json(cli, "--db", db, "follow-ups", "--overdue") == []


def test_an_unknown_mission_is_an_error(cli: Run, db: Path) -> None:
    cli("--db", db, "follow-ups", "--mission", "ffffffff").assert_error("mission")
    cli("--db", db, "outcomes", "--mission", "ffffffff").assert_error("mission")


def test_help_lists_the_new_commands(cli: Run) -> None:
    out = cli("--help").out
    assert "follow-ups" in out
    assert "outcomes" in out
    options = cli("follow-ups", "--help").out
    for option in ("--mission MISSION_ID", "--owner TEXT", "--overdue", "--json"):
        assert option in options


# outcomes


def test_outcomes_as_json(cli: Run, db: Path) -> None:
    rows = _json(cli, "--db", db, "outcomes")
    assert len(rows) == 15
    assert [r["mission_id"] for r in rows] == [BELARUS_MISSION_ID] * 5 + [KAZAKHSTAN_MISSION_ID] * 10
    forum = next(r for r in rows if r["id"] == "c993ff76-3a0b-49a7-9048-2fe208551a02")
    assert forum == {
        "id": "c993ff76-3a0b-49a7-9048-2fe208551a02",
        "mission_id": KAZAKHSTAN_MISSION_ID,
        "mission_title": "Kazakhstani business mission to Turkmenistan, December 2023",
        "item_id": "eb73c98d-b7d7-435d-bb31-ed741f5d09c5",
        "title": "Business forum in Ashgabat in 2024 with the participation of Kazakhstan business community",
        "kind": "follow_up_event",
        "status": "agreed",
        "counterparts": ["Union of Industrialists and Entrepreneurs of Turkmenistan", "Diplomatic Club “Astana”"],
        "sector": "",
        "commodity": "",
        "direction": "both",
        "amount": None,
        "currency": None,
        "signed_on": None,
    }
    assert len(_json(cli, "--db", db, "outcomes", "--mission", "5eb3")) == 5


def _add_turnover(db: Path) -> str:
    services = open_services(db, make_backups=False)
    try:
        saved, _ = services.outcomes.create(
            Outcome(
                id="",
                mission_id=KAZAKHSTAN_MISSION_ID,
                title="Trade turnover of $300 million",
                organization_ids=(UNION_TM,),
                amount=Decimal("300000000.00"),
                currency="USD",
                status=OutcomeStatus.SIGNED,
                signed_on=date(2023, 12, 7),
            ),
            on=date(2023, 12, 7),
        )
        services.outcomes.create(
            Outcome(
                id="",
                mission_id=KAZAKHSTAN_MISSION_ID,
                title="Tiny",
                amount=Decimal("0.1") + Decimal("0.2"),
                currency="KZT",
            ),
            on=date(2023, 12, 7),
        )
        services.follow_ups.create(
            FollowUp(id="", mission_id=KAZAKHSTAN_MISSION_ID, action="Report", outcome_id=saved.id)
        )
    finally:
        services.close()
    return saved.id


def test_amounts_are_exact_decimal_strings(cli: Run, db: Path) -> None:
    outcome_id = _add_turnover(db)
    rows = {r["title"]: r for r in _json(cli, "--db", db, "outcomes", "--mission", KAZAKHSTAN_MISSION_ID)}
    turnover = rows["Trade turnover of $300 million"]
    assert turnover["id"] == outcome_id
    assert (turnover["amount"], turnover["currency"]) == ("300000000.00", "USD")
    assert isinstance(turnover["amount"], str)
    assert (turnover["status"], turnover["signed_on"]) == ("signed", "2023-12-07")
    assert turnover["counterparts"] == ["Union of Industrialists and Entrepreneurs of Turkmenistan"]
    assert (rows["Tiny"]["amount"], rows["Tiny"]["currency"]) == ("0.3", "KZT")
    assert Decimal(rows["Tiny"]["amount"]) == Decimal("0.1") + Decimal("0.2")
    # An undated follow-up comes after the dated ones.
    follow_ups = _json(cli, "--db", db, "follow-ups", "--mission", KAZAKHSTAN_MISSION_ID)
    assert (follow_ups[-1]["outcome_id"], follow_ups[-1]["due_date"], follow_ups[-1]["overdue"]) == (
        outcome_id,
        None,
        False,
    )


def test_outcomes_as_text(cli: Run, db: Path) -> None:
    _add_turnover(db)
    result = cli("--db", db, "outcomes", "--mission", KAZAKHSTAN_MISSION_ID)
    assert (result.code, result.err) == (0, "")
    lines = result.out.splitlines()
    assert lines[0] == "Discussed    Intention: Cooperation in transport, logistics and agriculture with Mary province"
    assert lines[1].strip().startswith("counterparts: Union of Industrialists and Entrepreneurs of Mary province")
    assert "Signed       Agreement: Trade turnover of $300 million" in lines
    amount_line = lines[lines.index("Signed       Agreement: Trade turnover of $300 million") + 1]
    assert "300,000,000.00 USD" in amount_line
    assert lines[-1] == "12 outcome(s)."


def test_no_outcomes_yet(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    assert cli("--db", db, "outcomes").out == "No outcomes recorded yet.\n"
    assert _json(cli, "--db", db, "outcomes") == []
