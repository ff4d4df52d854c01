"""Tabs that are hidden catch up when shown: a change made elsewhere is never lost, only deferred."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from missionplanner.domain.enums import ItemKind
from missionplanner.ui.main_window import MainWindow
from tests.conftest import KAZAKHSTAN_MISSION_ID


def _meeting_titles(window: MainWindow) -> list[str]:
    meetings = window.workspace.meetings.meetings
    return [meetings.item(row).text() for row in range(meetings.count())]


def test_at_start_no_mission_tab_is_built(window: MainWindow) -> None:
    assert window.workspace._page is None
    window.open_mission(KAZAKHSTAN_MISSION_ID)
    assert window.workspace._page is not None


def test_a_meeting_renamed_from_the_itinerary_shows_renamed_in_the_meetings_tab(qtbot: Any, window: MainWindow) -> None:
    services = window.services
    window.open_mission(KAZAKHSTAN_MISSION_ID, tab=4)
    window.workspace.tabs.setCurrentIndex(2)  # the itinerary: the meetings tab is now hidden
    meeting = next(i for i in services.items.for_mission(KAZAKHSTAN_MISSION_ID) if i.kind == ItemKind.MEETING)
    window.context.update("item", replace(meeting, title="Talks moved to the ministry"), "Rename")
    assert window.workspace.meetings._meetings_refresh.stale  # not re-read while hidden
    window.workspace.tabs.setCurrentIndex(4)
    assert any("Talks moved to the ministry" in title for title in _meeting_titles(window))


def test_the_overview_figures_follow_a_change_made_while_hidden(qtbot: Any, window: MainWindow) -> None:
    services = window.services
    window.open_mission(KAZAKHSTAN_MISSION_ID, tab=2)
    overview = window.workspace.overview
    before = overview.counts.text()
    visit = next(i for i in services.items.for_mission(KAZAKHSTAN_MISSION_ID) if i.kind == ItemKind.SITE_VISIT)
    window.context.delete("item", visit.id, "Delete visit")
    window.workspace.tabs.setCurrentIndex(0)
    assert overview.counts.text() != before
    window.undo_action.trigger()
    assert overview.counts.text() == before
