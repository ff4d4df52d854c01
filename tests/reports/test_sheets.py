"""Spreadsheets read back with openpyxl and the csv module: scripts intact, formulas never run."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from missionplanner.domain.enums import OutcomeKind, OutcomeStatus
from missionplanner.domain.errors import ValidationError
from missionplanner.domain.models import FollowUp, Outcome
from missionplanner.reports import write_sheet
from missionplanner.reports.sheets import neutralise
from missionplanner.services.app import Services
from tests.reports.conftest import BELARUS, TODAY
from tests.services.factories import add_mission, add_organization, item_of

HOSTILE = {"title": "=1+1", "venue": "+7 701 123 45 67", "city": "-5", "agenda": "@SUM(A1:A9)"}


@pytest.fixture
def mission_id(services: Services) -> str:
    host = add_organization(services, "Минский филиал Белорусской торгово-промышленной палаты")
    mission = add_mission(services, "Türkmenistanyň söwda missiýasy")
    services.items.create(
        replace(item_of(mission, "Встреча в Минском филиале", day=24), host_organization_ids=(host.id,))
    )
    services.items.create(replace(item_of(mission, day=25), **HOSTILE))
    outcome, _ = services.outcomes.create(
        Outcome(
            id="",
            mission_id=mission.id,
            title='=HYPERLINK("http://example.com")',
            kind=OutcomeKind.CONTRACT,
            organization_ids=(host.id,),
            amount=Decimal("1250000.50"),
            currency="USD",
            status=OutcomeStatus.SIGNED,
            commodity="\tTab",
        )
    )
    services.follow_ups.create(
        FollowUp(id="", mission_id=mission.id, action="Send offer", outcome_id=outcome.id, due_date=date(2025, 6, 1))
    )
    return mission.id


def test_neutralise_prefixes_what_a_spreadsheet_would_run() -> None:
    assert [neutralise(t) for t in ("=1+1", "+7 701", "-5", "@SUM", "\tx", "\rx")] == [
        "'=1+1",
        "'+7 701",
        "'-5",
        "'@SUM",
        "'\tx",
        "'\rx",
    ]
    assert neutralise("Ашхабад = город") == "Ашхабад = город"


def test_itinerary_xlsx_keeps_scripts_and_values_and_runs_nothing(
    services: Services, mission_id: str, tmp_path: Path
) -> None:
    path = write_sheet(services, mission_id, tmp_path / "itinerary.xlsx", what="itinerary")
    sheet = load_workbook(path)["Itinerary"]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    by_title = {row[header.index("Title")]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    cyrillic = by_title["Встреча в Минском филиале"]
    assert cyrillic["Hosts"] == "Минский филиал Белорусской торгово-промышленной палаты"
    assert cyrillic["Start"] == time(10, 0)
    assert cyrillic["Time zone"] == "Asia/Ashgabat"
    hostile = by_title["'=1+1"]
    assert (hostile["Venue"], hostile["City"], hostile["Agenda"]) == ("'+7 701 123 45 67", "'-5", "'@SUM(A1:A9)")
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_control_characters_in_a_title_do_not_stop_the_export(
    services: Services, mission_id: str, tmp_path: Path, suffix: str
) -> None:
    """Pasted into a field or brought by a mission file: openpyxl refused them and the export failed."""
    item = services.items.for_mission(mission_id)[0]
    services.items.update(replace(item, title="Bad\x01ti\x1btle\tend"))
    path = write_sheet(services, mission_id, tmp_path / f"itinerary{suffix}", what="itinerary")
    if suffix == ".xlsx":
        titles = [row[8] for row in load_workbook(path)["Itinerary"].iter_rows(values_only=True)]
    else:
        titles = path.read_text(encoding="utf-8-sig").splitlines()
    assert any("Badtitle\tend" in str(title) for title in titles)


def test_outcomes_xlsx_has_exact_amounts_and_a_follow_up_sheet(
    services: Services, mission_id: str, tmp_path: Path
) -> None:
    book = load_workbook(write_sheet(services, mission_id, tmp_path / "outcomes.xlsx", what="outcomes", today=TODAY))
    outcomes = list(book["Outcomes"].iter_rows(values_only=True))
    row = dict(zip(outcomes[0], outcomes[1], strict=True))
    assert row["Title"] == '\'=HYPERLINK("http://example.com")'
    assert Decimal(str(row["Amount"])) == Decimal("1250000.50")
    assert row["Currency"] == "USD"
    assert row["Counterparts"] == "Минский филиал Белорусской торгово-промышленной палаты"
    assert row["Commodity"] == "'\tTab"
    follow_ups = list(book["Follow-ups"].iter_rows(values_only=True))
    follow_up = dict(zip(follow_ups[0], follow_ups[1], strict=True))
    assert (follow_up["Action"], follow_up["Overdue"]) == ("Send offer", "yes")


def test_csv_is_utf8_with_a_bom_and_neutralised(services: Services, mission_id: str, tmp_path: Path) -> None:
    path = write_sheet(services, mission_id, tmp_path / "itinerary.csv", what="itinerary")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    titles = [r["Title"] for r in rows]
    assert "Встреча в Минском филиале" in titles
    hostile = rows[titles.index("'=1+1")]
    assert (hostile["Venue"], hostile["City"], hostile["Agenda"]) == ("'+7 701 123 45 67", "'-5", "'@SUM(A1:A9)")
    assert hostile["Start"] == "10:00"
    outcomes = write_sheet(services, mission_id, tmp_path / "outcomes.csv", what="outcomes")
    with outcomes.open(encoding="utf-8-sig", newline="") as handle:
        (outcome,) = list(csv.DictReader(handle))
    assert outcome["Amount"] == "1250000.50"


def test_sample_itinerary_sheet_lists_every_item_in_order(samples: Services, tmp_path: Path) -> None:
    sheet = load_workbook(write_sheet(samples, BELARUS, tmp_path / "b.xlsx", what="itinerary"))["Itinerary"]
    titles = [row[8] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert (titles[0], titles[-1]) == ("Flight Minsk – Ashgabat", "Flight Ashgabat – Minsk")
    assert len(titles) == 9


def test_unknown_sheets_and_extensions_are_refused(samples: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as raised:
        write_sheet(samples, BELARUS, tmp_path / "x.xlsx", what="contacts")
    assert raised.value.field == "what"
    with pytest.raises(ValidationError) as raised:
        write_sheet(samples, BELARUS, tmp_path / "x.ods", what="itinerary")
    assert raised.value.field == "out"
