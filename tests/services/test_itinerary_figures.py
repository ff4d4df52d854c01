"""The overview's itinerary figures, counted by SQLite, agree with counting the items themselves."""

from __future__ import annotations

from missionplanner.domain.enums import ItemKind
from missionplanner.services.app import Services

KAZAKHSTAN = "8e6038ca-9332-42eb-ad03-6d2fe70c1750"
BELARUS = "5eb3085c-be0c-4c04-a7db-76240de93d5f"


def _counted_in_python(services: Services, mission_id: str) -> tuple[tuple[str, ...], int, int]:
    items = services.items.for_mission(mission_id)  # chronological
    cities = tuple(dict.fromkeys(i.city for i in items if i.city))
    meetings = sum(i.kind in (ItemKind.MEETING, ItemKind.NEGOTIATION) for i in items)
    visits = sum(i.kind == ItemKind.SITE_VISIT for i in items)
    return cities, meetings, visits


def test_figures_of_the_sample_missions(sample_services: Services) -> None:
    for mission_id in (KAZAKHSTAN, BELARUS):
        figures = sample_services.items.figures(mission_id)
        assert (figures.cities, figures.meetings, figures.site_visits) == _counted_in_python(
            sample_services, mission_id
        )
        assert figures.meetings > 0
        assert len(figures.cities) >= 2


def test_a_mission_without_items_has_no_figures(sample_services: Services) -> None:
    for item in sample_services.items.for_mission(BELARUS):
        sample_services.items.delete(item.id)
    figures = sample_services.items.figures(BELARUS)
    assert (figures.cities, figures.meetings, figures.site_visits) == ((), 0, 0)
