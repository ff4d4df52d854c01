"""The open mission's checks run in the background: switching missions and failures are shown honestly."""

from __future__ import annotations

from typing import Any

import pytest

from missionplanner.ui.main_window import MainWindow
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID
from tests.ui.conftest import wait_for_checks


def test_a_check_that_fails_says_so_and_keeps_what_was_known(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_mission(KAZAKHSTAN_MISSION_ID, tab=2)
    wait_for_checks(qtbot, window)
    checks = window.workspace.checks
    before = list(checks.findings)
    assert before
    messages: list[str] = []
    window.workspace.context.hub.message.connect(messages.append)

    def broken(mission_id: str) -> list[Any]:
        raise RuntimeError("the holiday calendar is unreadable")

    monkeypatch.setattr(window.services.checks, "check", broken)
    checks.run()
    qtbot.waitUntil(lambda: not checks.pending)
    assert checks.findings == before
    assert messages == ["The checks could not run: the holiday calendar is unreadable"]


def test_switching_missions_never_shows_the_previous_missions_findings(qtbot: Any, window: MainWindow) -> None:
    window.open_mission(KAZAKHSTAN_MISSION_ID, tab=2)
    wait_for_checks(qtbot, window)
    kazakh_items = {i.id for i in window.services.items.for_mission(KAZAKHSTAN_MISSION_ID)}
    seen: list[list[Any]] = []
    window.workspace.checks.changed.connect(seen.append)
    window.open_mission(BELARUS_MISSION_ID, tab=2)
    # At once, before the new mission's checks are in: nothing of the previous mission is shown.
    assert not any(set(f.item_ids) & kazakh_items for f in window.workspace.checks.findings)
    wait_for_checks(qtbot, window)
    assert seen
    for findings in seen:
        assert not any(set(f.item_ids) & kazakh_items for f in findings)
