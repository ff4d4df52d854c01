"""Mission › Check all missions…: a progress window off the GUI thread, then a list that opens missions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from missionplanner.ui.dialogs.checked_missions_dialog import CheckedMissionsDialog
from missionplanner.ui.main_window import MainWindow
from tests.conftest import BELARUS_MISSION_ID, double_book_belarus


def test_check_all_missions_lists_the_one_with_a_clash_and_opens_it(qtbot: Any, window: MainWindow) -> None:
    services = window.services
    double_book_belarus(services)
    window.check_all_action.trigger()
    dialog = window.checked_missions
    assert isinstance(dialog, CheckedMissionsDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert "Checked 2 missions: 1 with errors, 0 with warnings only." in dialog.summary.text()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == services.missions.get(BELARUS_MISSION_ID).title
    first = dialog.table.item(0, 1)
    rect = dialog.table.visualItemRect(first)
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.workspace.mission_id == BELARUS_MISSION_ID
    assert window.workspace.tabs.currentWidget() is window.workspace.itinerary
    dialog.close()


def test_check_upcoming_missions_finds_nothing_among_past_missions(qtbot: Any, window: MainWindow) -> None:
    window.check_upcoming_action.trigger()
    dialog = window.checked_missions
    qtbot.waitUntil(dialog.isVisible)
    assert "Checked 0 missions: nothing needs attention." in dialog.summary.text()
    assert not dialog.open_button.isEnabled()
    dialog.close()


def test_the_list_closes_with_the_window(qtbot: Any, window: MainWindow) -> None:
    """Left open, it kept the app running on a closed database, and opening a mission from it failed."""
    double_book_belarus(window.services)
    window.check_all_action.trigger()
    dialog = window.checked_missions
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    window.close()
    assert not dialog.isVisible()
