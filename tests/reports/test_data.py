"""What the reports say, checked on the assembled records, without rendering anything."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from missionplanner.domain.enums import Direction, ItemKind, ItemStatus, OutcomeStatus, TravelMode
from missionplanner.domain.models import Item, Outcome, TravelInfo
from missionplanner.reports import REPORT_KINDS, build_report, write_ics, write_report, write_sheet
from missionplanner.reports.data import MissionData, currency_totals, itinerary, outcomes_report, trade_direction
from missionplanner.reports.narrative import summary
from missionplanner.reports.text import date_range, money, utc_offset, zone_label
from missionplanner.services.app import Services
from tests.reports.builders import add_member
from tests.reports.conftest import BELARUS, KAZAKHSTAN, TODAY
from tests.services.factories import add_contact, add_mission, add_organization, item_of


def test_text_helpers() -> None:
    assert date_range(date(2025, 5, 23), date(2025, 5, 27)) == "23–27 May 2025"
    assert date_range(date(2025, 5, 30), date(2025, 6, 2)) == "30 May – 2 June 2025"
    assert date_range(date(2024, 12, 30), date(2025, 1, 2)) == "30 December 2024 – 2 January 2025"
    assert money(Decimal("300000000"), "USD") == "USD 300,000,000"
    assert money(Decimal("1250000.50"), "EUR") == "EUR 1,250,000.50"
    assert utc_offset(datetime(2025, 5, 23, 0, 45), "Europe/Minsk") == "UTC+3"
    assert utc_offset(datetime(2025, 1, 10, 9, 0), "Asia/Kolkata") == "UTC+5:30"
    assert utc_offset(datetime(2025, 7, 1, 9, 0), "America/New_York") == "UTC−4"
    assert zone_label(datetime(2025, 7, 1), "America/New_York") == "New York time (UTC−4)"
    assert Direction.BOTH.label == "Both"


def test_money_is_totalled_per_currency_and_never_mixed(services: Services) -> None:
    mission = add_mission(services)
    outcomes = [
        Outcome(id="1", mission_id=mission.id, title="a", amount=Decimal("0.10"), currency="USD"),
        Outcome(id="2", mission_id=mission.id, title="b", amount=Decimal("0.20"), currency="USD"),
        Outcome(id="3", mission_id=mission.id, title="c", amount=Decimal("5"), currency="EUR"),
        Outcome(
            id="4", mission_id=mission.id, title="d", amount=Decimal("7"), currency="EUR", status=OutcomeStatus.DROPPED
        ),
        Outcome(
            id="5", mission_id=mission.id, title="e", amount=Decimal("1"), currency="EUR", status=OutcomeStatus.SIGNED
        ),
    ]
    totals = {t.currency: t for t in currency_totals(outcomes)}
    assert set(totals) == {"EUR", "USD"}
    assert totals["USD"].total == "USD 0.30"  # exact: 0.1 + 0.2 in Decimal
    assert (totals["EUR"].total, totals["EUR"].realised, totals["EUR"].count) == ("EUR 6", "EUR 1", 2)


def test_an_itinerary_names_other_zones_statuses_and_attendees(services: Services) -> None:
    host = add_organization(services, "Chamber", address="Magtymguly avenue 17", city="Ashgabat", country="TM")
    contact = add_contact(services, "Aýna Myradowa", organization_id=host.id, phone="+993 12 00 00 00")
    mission = add_mission(services, origin_country="BY", destination_country="TM")
    first = add_member(services, mission, "Ivan Petrov")
    add_member(services, mission, "Olga Sidorova")
    start = datetime(2025, 5, 23, 0, 45)
    services.items.create(
        Item(
            id="",
            mission_id=mission.id,
            title="Flight",
            start=start,
            end=start.replace(hour=6, minute=30),
            timezone="Europe/Minsk",
            end_timezone="Asia/Ashgabat",
            kind=ItemKind.TRAVEL,
            travel=TravelInfo("Minsk", "Ashgabat", TravelMode.FLIGHT, "B2 731"),
            status=ItemStatus.CONFIRMED,
        )
    )
    services.items.create(
        replace(
            item_of(mission, "Talks", day=24),
            venue="Chamber",
            city="Ashgabat",
            host_organization_ids=(host.id,),
            host_contact_ids=(contact.id,),
            attendee_ids=(first.id,),
            status=ItemStatus.REQUESTED,
        )
    )
    report = itinerary(MissionData(services, mission.id, TODAY))
    flight, talks = (i for d in report.days for i in d.items)
    assert flight.zone_notes == ("Departs Minsk time (UTC+3)", "Arrives Ashgabat time (UTC+5)")
    assert flight.travel is not None
    assert (flight.travel.departs, flight.travel.arrives, flight.travel.reference) == ("00:45", "06:30", "B2 731")
    assert flight.status == ""  # confirmed: nothing to say
    assert talks.zone_notes == ()
    assert talks.status == "Requested"
    assert talks.attendees == ("Ivan Petrov",)
    assert talks.address == "Magtymguly avenue 17"
    assert talks.host_contacts[0].phone == "+993 12 00 00 00"
    assert [d.heading for d in report.days][:2] == ["Day 1 – Friday, 23 May 2025", "Day 2 – Saturday, 24 May 2025"]
    personal = itinerary(MissionData(services, mission.id, TODAY), participant_id=first.id[:8])
    assert [i.title for d in personal.days for i in d.items] == ["Flight", "Talks"]
    other = next(p for p in services.participants.for_mission(mission.id) if p.id != first.id)
    assert [
        i.title for d in itinerary(MissionData(services, mission.id), participant_id=other.id).days for i in d.items
    ] == ["Flight"]


def test_trade_directions_read_from_the_delegation_s_country(samples: Services) -> None:
    mission = samples.missions.get(BELARUS)
    assert trade_direction(mission, Direction.EXPORT) == "Belarus → Turkmenistan"
    assert trade_direction(mission, Direction.IMPORT) == "Turkmenistan → Belarus"
    assert trade_direction(mission, Direction.NONE) == ""


def test_the_summary_tells_the_sample_missions(samples: Services) -> None:
    kazakhstan = summary(MissionData(samples, KAZAKHSTAN, TODAY))
    assert kazakhstan.paragraphs[-3] == "The programme took the delegation to Mary, Ashgabat, Arkadag and Turkmenbashi."
    assert [f.lines[0] for f in kazakhstan.figures] == ["4", "4", "3", "7", "10", "5"]
    assert kazakhstan.next_steps[0].startswith("Circulate the contacts exchanged during the mission")
    belarus = summary(MissionData(samples, BELARUS, TODAY))
    assert belarus.lead.startswith("From 23 to 27 May 2025, a business delegation from Belarus visited Turkmenistan")
    assert (
        "organized by the Minsk Branch of the Belarusian Chamber of Commerce and Industry and the Embassy"
        in belarus.lead
    )
    # Before the mission ends, the same text speaks of what is planned.
    planned = summary(MissionData(samples, BELARUS, date(2025, 5, 1)))
    assert " will visit Turkmenistan" in planned.lead


def test_outcome_groups_come_most_advanced_first(samples: Services) -> None:
    report = outcomes_report(MissionData(samples, BELARUS, TODAY))
    assert [g.status_label for g in report.groups] == ["In progress", "Agreed", "Discussed"]
    assert (report.open_count, report.overdue_count) == (5, 0)
    # On 1 August 2025 the two offers due by 31 July are overdue, and they come first.
    later = outcomes_report(MissionData(samples, BELARUS, date(2025, 8, 1)))
    assert later.overdue_count == 2
    assert [f.overdue for f in later.follow_ups] == [True, True, False, False, False]


def test_a_mission_with_nothing_in_it_still_gives_every_report(services: Services, tmp_path: Path) -> None:
    mission = add_mission(services, "Empty mission")
    for kind in REPORT_KINDS:
        if kind == "personal":
            continue
        report = build_report(services, kind, mission.id, today=TODAY)
        write_report(report, tmp_path / f"{kind}.pdf")
    write_ics(services, mission.id, tmp_path / "empty.ics")
    write_sheet(services, mission.id, tmp_path / "empty.xlsx", what="itinerary")
    write_sheet(services, mission.id, tmp_path / "empty.csv", what="outcomes")
    with pytest.raises(Exception, match="participant"):
        build_report(services, "personal", mission.id, participant_id="anyone")
