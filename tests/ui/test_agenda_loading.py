"""Opening a mission reads its plan off the GUI thread: shown when read, read at once when asked for."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from missionplanner.ui.main_window import MainWindow
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID
from tests.ui.conftest import wait_for_plan


def _titles(window: MainWindow) -> list[str]:
    model = window.workspace.itinerary.model
    return [
        model.index(row, 1, model.index(day, 0)).data()
        for day in range(model.rowCount())
        for row in range(model.rowCount(model.index(day, 0)))
    ]


def test_the_plan_shows_once_read_with_every_day_open(qtbot: Any, window: MainWindow) -> None:
    window.open_mission(KAZAKHSTAN_MISSION_ID, tab=2)
    itinerary = window.workspace.itinerary
    assert itinerary.model.loading  # the open returned before the items were read
    assert itinerary.model.rowCount() == 0
    wait_for_plan(qtbot, window)
    items = window.services.items.for_mission(KAZAKHSTAN_MISSION_ID)
    assert sorted(t for t in _titles(window) if t in {i.title for i in items}) == sorted(i.title for i in items)
    assert all(itinerary.tree.isExpanded(itinerary.model.index(d, 0)) for d in range(itinerary.model.rowCount()))


def test_code_that_asks_for_the_plan_gets_it_at_once(window: MainWindow) -> None:
    window.open_mission(KAZAKHSTAN_MISSION_ID, tab=0)
    model = window.workspace.itinerary.model
    assert model.loading
    assert [i.id for i in model.all_items()] == [i.id for i in window.services.items.for_mission(KAZAKHSTAN_MISSION_ID)]
    assert not model.loading


def test_an_edit_made_while_the_plan_is_read_shows(qtbot: Any, window: MainWindow) -> None:
    item = window.services.items.for_mission(KAZAKHSTAN_MISSION_ID)[0]
    window.open_mission(KAZAKHSTAN_MISSION_ID, tab=2)
    window.context.update("item", replace(item, title="Renamed while loading"), "Rename")
    wait_for_plan(qtbot, window)
    qtbot.wait(20)  # any read started before the edit has come back, and been dropped
    assert "Renamed while loading" in _titles(window)


def test_only_the_last_mission_opened_shows(qtbot: Any, window: MainWindow) -> None:
    window.open_mission(KAZAKHSTAN_MISSION_ID, tab=2)
    window.open_mission(BELARUS_MISSION_ID, tab=2)
    wait_for_plan(qtbot, window)
    qtbot.wait(50)  # the first read comes back late, and is dropped
    model = window.workspace.itinerary.model
    assert model.mission.id == BELARUS_MISSION_ID
    assert {i.mission_id for i in model.all_items()} == {BELARUS_MISSION_ID}
    assert len(model.all_items()) == len(window.services.items.for_mission(BELARUS_MISSION_ID))


def test_an_outcome_found_by_search_opens_with_its_meeting_and_itself_selected(window: MainWindow) -> None:
    from missionplanner.domain.models import SearchHit

    starts = {i.id: i.start for i in window.services.items.for_mission(KAZAKHSTAN_MISSION_ID)}
    tied = [o for o in window.services.outcomes.for_mission(KAZAKHSTAN_MISSION_ID) if o.item_id]
    outcome = max(tied, key=lambda o: starts[o.item_id])  # not the first meeting listed
    window.open_hit(SearchHit("outcome", outcome.id, outcome.title, "", KAZAKHSTAN_MISSION_ID))
    tab = window.workspace.meetings
    assert tab.meetings.currentRow() > 0
    assert tab.current_key() == outcome.item_id
    selected = tab.selected_outcome()
    assert selected is not None
    assert selected.id == outcome.id
