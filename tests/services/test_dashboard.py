"""Dashboard figures: asserted on the two sample missions (counted by hand from their files), and rule by rule.

Counted from resources/samples:
- Belarus 2025 (to Turkmenistan): meetings held 3 (negotiations at the Chamber and at the Union, meeting with
  the Women in Business Union), site visits 3 (strawberries, polypropylene bags, building materials);
  outcomes 5: supply deal 4, joint project 1; discussed 2, agreed 2, in progress 1; 5 follow-ups, due
  2025-07-31 (2), 2025-08-29 (2), 2025-09-30; no amounts.
- Kazakhstan 2023 (to Turkmenistan): meetings held 3 (Mary union, Union of Turkmenistan, transport agency
  negotiations), site visits 7 (sausages, shoes, Arkadag, commodity exchange, shipyard, vegetables, pallets);
  outcomes 10: intention 8, follow-up event 1, joint project 1; discussed 7, agreed 2, in progress 1;
  5 follow-ups, due 2023-12-22, 2024-03-29 (2), 2024-04-30, 2024-06-28; no amounts.
Every item of both is done, so a clock before the missions changes nothing for them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest

from missionplanner.domain.enums import ItemKind, ItemStatus, OutcomeKind, OutcomeStatus
from missionplanner.domain.models import Dashboard
from missionplanner.services.app import Services
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID
from tests.services.conftest import World
from tests.services.factories import add_follow_up, add_item, add_mission, add_outcome

TODAY = date(2025, 7, 28)

BELARUS = Dashboard(
    missions=1,
    meetings_held=3,
    site_visits=3,
    outcomes_by_kind={OutcomeKind.SUPPLY_DEAL: 4, OutcomeKind.JOINT_PROJECT: 1},
    outcomes_by_status={OutcomeStatus.DISCUSSED: 2, OutcomeStatus.AGREED: 2, OutcomeStatus.IN_PROGRESS: 1},
    value_by_currency={},
    open_follow_ups=5,
    overdue_follow_ups=0,
)
KAZAKHSTAN = Dashboard(
    missions=1,
    meetings_held=3,
    site_visits=7,
    outcomes_by_kind={OutcomeKind.INTENTION: 8, OutcomeKind.FOLLOW_UP_EVENT: 1, OutcomeKind.JOINT_PROJECT: 1},
    outcomes_by_status={OutcomeStatus.DISCUSSED: 7, OutcomeStatus.AGREED: 2, OutcomeStatus.IN_PROGRESS: 1},
    value_by_currency={},
    open_follow_ups=5,
    overdue_follow_ups=5,
)
BOTH = Dashboard(
    missions=2,
    meetings_held=6,
    site_visits=10,
    outcomes_by_kind={
        OutcomeKind.SUPPLY_DEAL: 4,
        OutcomeKind.JOINT_PROJECT: 2,
        OutcomeKind.INTENTION: 8,
        OutcomeKind.FOLLOW_UP_EVENT: 1,
    },
    outcomes_by_status={OutcomeStatus.DISCUSSED: 9, OutcomeStatus.AGREED: 4, OutcomeStatus.IN_PROGRESS: 2},
    value_by_currency={},
    open_follow_ups=10,
    overdue_follow_ups=5,
)
NOTHING = Dashboard(0, 0, 0, {}, {}, {}, 0, 0)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, BOTH),
        ({"mission_id": BELARUS_MISSION_ID}, BELARUS),
        ({"mission_id": KAZAKHSTAN_MISSION_ID}, KAZAKHSTAN),
        ({"year": 2025}, BELARUS),
        ({"year": 2023}, KAZAKHSTAN),
        ({"year": 2024}, NOTHING),
        ({"country": "TM"}, BOTH),
        ({"country": "BY"}, NOTHING),
        ({"year": 2023, "country": "TM"}, KAZAKHSTAN),
        ({"mission_id": BELARUS_MISSION_ID, "year": 2023}, NOTHING),
    ],
)
def test_the_sample_missions(sample_services: Services, filters: dict[str, object], expected: Dashboard) -> None:
    assert sample_services.dashboard.figures(**filters, today=TODAY) == expected  # type: ignore[arg-type]


def test_overdue_follow_ups_depend_on_the_day(sample_services: Services) -> None:
    figures = sample_services.dashboard.figures
    assert figures(today=date(2023, 12, 1)).overdue_follow_ups == 0
    assert figures(today=date(2024, 3, 30)).overdue_follow_ups == 3
    assert figures(today=date(2025, 8, 1)).overdue_follow_ups == 7
    assert figures(today=date(2026, 1, 1)).overdue_follow_ups == 10
    # Done items are held whatever the clock says.
    assert figures(today=date(2020, 1, 1)).meetings_held == 6


def test_a_done_follow_up_is_neither_open_nor_overdue(sample_services: Services) -> None:
    sample_services.follow_ups.mark_done("86bc60cf-0c4a-4722-8cb3-511fa14e0042", date(2023, 12, 20))
    figures = sample_services.dashboard.figures(mission_id=KAZAKHSTAN_MISSION_ID, today=TODAY)
    assert (figures.open_follow_ups, figures.overdue_follow_ups) == (4, 4)


def _at(world: World, title: str, day: int, end_day: int | None = None, **fields: object) -> None:
    start = datetime(2025, 5, day, 10)
    end = datetime(2025, 5, end_day or day, 12)
    add_item(world.services, world.mission, title, day=day, **fields)
    if end_day:
        item = next(i for i in world.services.items.for_mission(world.mission.id) if i.title == title)
        world.services.items.update(replace(item, start=start, end=end))


def test_an_item_is_held_once_it_has_ended_or_is_done_and_never_when_cancelled(world: World) -> None:
    # world.item: a proposed meeting on 24 May, 10:00–12:00.
    _at(world, "Negotiations", 25, kind=ItemKind.NEGOTIATION, status=ItemStatus.CONFIRMED)
    _at(world, "Plant visit", 25, 26, kind=ItemKind.SITE_VISIT)
    _at(world, "Early visit", 26, kind=ItemKind.SITE_VISIT, status=ItemStatus.DONE)
    _at(world, "Called off", 23, kind=ItemKind.MEETING, status=ItemStatus.CANCELLED)
    _at(world, "Done but cancelled later", 23, kind=ItemKind.SITE_VISIT, status=ItemStatus.CANCELLED)
    _at(world, "Reception", 23, kind=ItemKind.RECEPTION, status=ItemStatus.DONE)

    def held(day: int) -> tuple[int, int]:
        figures = world.services.dashboard.figures(mission_id=world.mission.id, today=date(2025, 5, day))
        return figures.meetings_held, figures.site_visits

    assert held(23) == (0, 1)  # only the visit marked done
    assert held(24) == (1, 1)  # world.item ends on the 24th, before the end of that day
    assert held(25) == (2, 1)
    assert held(26) == (2, 2)  # the plant visit ends on the 26th


def test_value_by_currency_is_exact_and_never_summed_across_currencies(world: World) -> None:
    services, mission = world.services, world.mission
    # world.outcome: 1250000.50 USD.
    add_outcome(services, mission, "Tenth", amount=Decimal("0.1"), currency="USD")
    add_outcome(services, mission, "Fifth", amount=Decimal("0.2"), currency="USD")
    add_outcome(services, mission, "Turnover", amount=Decimal("300000000.00"), currency="EUR")
    add_outcome(services, mission, "Moulds", amount=Decimal("0.1"), currency="BYN")
    add_outcome(services, mission, "Moulds again", amount=Decimal("0.2"), currency="BYN")
    add_outcome(services, mission, "Dropped", amount=Decimal("5"), currency="BYN", status=OutcomeStatus.DROPPED)
    add_outcome(services, mission, "Intention without amount")

    values = services.dashboard.figures(mission_id=mission.id, today=TODAY).value_by_currency

    assert values == {
        "BYN": Decimal("0.3"),
        "EUR": Decimal("300000000.00"),
        "USD": Decimal("1250000.80"),
    }
    assert all(isinstance(v, Decimal) for v in values.values())
    assert str(values["BYN"]) == "0.3"
    assert str(values["USD"]) == "1250000.80"
    # 0.1 + 0.2 in float would not be 0.3.
    assert values["BYN"] != Decimal(0.1 + 0.2)
    by_status = services.dashboard.figures(mission_id=mission.id, today=TODAY).outcomes_by_status
    assert by_status == {OutcomeStatus.DISCUSSED: 7, OutcomeStatus.DROPPED: 1}


def test_templates_are_left_out(world: World) -> None:
    services = world.services
    template = add_mission(services, "Template", is_template=True, destination_country="TM")
    add_item(services, template, "Template meeting", status=ItemStatus.DONE)
    add_follow_up(services, template, "Template chore", due_date=date(2020, 1, 1))
    assert services.dashboard.figures(mission_id=template.id, today=TODAY) == NOTHING
    everything = services.dashboard.figures(today=TODAY)
    assert everything.missions == 2
    assert everything.value_by_currency == {"USD": Decimal("1250000.50")}
    assert everything.overdue_follow_ups == 0
