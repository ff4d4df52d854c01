"""Tabs that are hidden catch up when shown: a change made elsewhere is never lost, only deferred."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt

from missionplanner.domain.enums import ItemKind
from missionplanner.domain.models import new_id
from missionplanner.services.changes import ChangeSet
from missionplanner.ui.main_window import MainWindow
from missionplanner.ui.views.meetings import UNIFORM_FROM
from tests.conftest import KAZAKHSTAN_MISSION_ID
from tests.ui.conftest import wait_for_plan


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


def _expanded_days(window: MainWindow) -> list[bool]:
    tree, model = window.workspace.itinerary.tree, window.workspace.itinerary.model
    return [tree.isExpanded(model.index(row, 0)) for row in range(model.rowCount())]


def test_the_agenda_shows_every_day_open_and_an_edit_keeps_a_day_the_user_closed(
    qtbot: Any, window: MainWindow
) -> None:
    services = window.services
    window.open_mission(KAZAKHSTAN_MISSION_ID, tab=2)
    wait_for_plan(qtbot, window)
    itinerary = window.workspace.itinerary
    days = itinerary.model.rowCount()
    assert days > 1
    assert all(_expanded_days(window))
    assert all(itinerary.tree.isFirstColumnSpanned(row, itinerary.tree.rootIndex()) for row in range(days))
    itinerary.tree.collapse(itinerary.model.index(0, 0))
    later = [i for i in services.items.for_mission(KAZAKHSTAN_MISSION_ID) if i.start.date() != itinerary.model.days[0]]
    window.context.update("item", replace(later[0], title="Visit moved to the afternoon"), "Rename")
    assert _expanded_days(window) == [False] + [True] * (days - 1)


def test_an_item_moved_past_the_mission_shows_its_new_day_open(window: MainWindow) -> None:
    services = window.services
    window.open_mission(KAZAKHSTAN_MISSION_ID, tab=2)
    itinerary = window.workspace.itinerary
    item = services.items.for_mission(KAZAKHSTAN_MISSION_ID)[0]
    mission = services.missions.get(KAZAKHSTAN_MISSION_ID)
    shift = mission.end_date - item.start.date() + timedelta(days=2)
    window.context.update("item", replace(item, start=item.start + shift, end=item.end + shift), "Move")
    new_day = itinerary.model.index_of_day(mission.end_date + timedelta(days=2))
    assert new_day.isValid()
    assert itinerary.tree.isExpanded(new_day)
    assert all(_expanded_days(window))


def test_a_long_meeting_list_gives_every_entry_one_height_and_a_short_one_wraps_each(
    qtbot: Any, window: MainWindow
) -> None:
    services = window.services
    window.open_mission(KAZAKHSTAN_MISSION_ID, tab=4)
    wait_for_plan(qtbot, window)
    meetings = window.workspace.meetings.meetings
    assert 1 < meetings.count() <= UNIFORM_FROM
    assert not meetings.uniformItemSizes()
    meeting = next(i for i in services.items.for_mission(KAZAKHSTAN_MISSION_ID) if i.kind == ItemKind.MEETING)
    copies = [replace(meeting, id=new_id(), title=f"Talks, round {n}") for n in range(UNIFORM_FROM)]
    services.store.items.insert_many(copies)
    changes = ChangeSet()
    for copy in copies:
        changes.created("item", copy.id)
    window.context.hub.publish(changes)
    qtbot.waitUntil(lambda: meetings.count() > UNIFORM_FROM)  # once the agenda has reported every new row
    assert meetings.uniformItemSizes()
    assert any(title.endswith("Talks, round 7") for title in _meeting_titles(window))


def test_the_tabs_modules_load_ahead_off_the_gui_thread() -> None:
    script = (
        "import sys, threading\n"
        "from missionplanner.ui.views.workspace import preload_tabs\n"
        "worker = threading.Thread(target=preload_tabs)\n"
        "worker.start(); worker.join()\n"
        "tabs = ('missionplanner.ui.views.meetings', 'missionplanner.ui.views.timeline')\n"
        "print(all(m in sys.modules for m in tabs))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "True"


def test_minutes_being_typed_survive_an_edit_of_another_item(qtbot: Any, window: MainWindow) -> None:
    services = window.services
    window.open_mission(KAZAKHSTAN_MISSION_ID, tab=4)
    wait_for_plan(qtbot, window)
    tab = window.workspace.meetings
    first_entry = tab.meetings.item(0)
    tab.minutes.setFocus()
    qtbot.keyClicks(tab.minutes, "Agreed to meet again in March")
    other = next(i for i in services.items.for_mission(KAZAKHSTAN_MISSION_ID) if i.id != tab.current_key())
    window.context.update("item", replace(other, venue="Another hall"), "Change venue")
    qtbot.wait(20)  # the agenda's change reports are in
    assert "Agreed to meet again in March" in tab.minutes.toPlainText()
    assert tab.meetings.item(0) is first_entry  # the list was not rebuilt


def test_the_meeting_header_follows_a_host_renamed_in_the_directory(qtbot: Any, window: MainWindow) -> None:
    services = window.services
    window.open_mission(KAZAKHSTAN_MISSION_ID, tab=4)
    wait_for_plan(qtbot, window)
    tab = window.workspace.meetings
    listed = [tab.meetings.item(row).data(Qt.ItemDataRole.UserRole) for row in range(tab.meetings.count())]
    hosts = {i.id: i.host_organization_ids for i in services.items.for_mission(KAZAKHSTAN_MISSION_ID)}
    hosted = next(row for row, item_id in enumerate(listed) if hosts.get(item_id))
    tab.meetings.setCurrentRow(hosted)
    host = services.organizations.get(tab.current_meeting().host_organization_ids[0])
    window.context.update("organization", replace(host, name="Renamed Host Ministry"), "Rename")
    assert "Renamed Host Ministry" in tab.header.text()
