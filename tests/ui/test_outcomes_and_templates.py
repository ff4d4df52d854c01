"""Outcomes, follow-ups, organization history, dashboard and templates, driven through the GUI."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from missionplanner.domain.enums import OutcomeStatus
from missionplanner.exchange.samples import seed_samples
from missionplanner.services.app import open_services
from missionplanner.ui.main_window import MainWindow
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID
from tests.ui.conftest import in_dialog, type_text, wait_for_plan

FIXED_TODAY = date(2024, 3, 1)


@pytest.fixture
def dated_window(qtbot: Any, tmp_path: Path, settings: QSettings) -> MainWindow:
    """The sample database seen on 1 March 2024 (between the two missions)."""
    services = open_services(tmp_path / "dated.db")
    seed_samples(services)
    window = MainWindow(services, settings, today=lambda: FIXED_TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _button(parent: Any, text: str) -> QPushButton:
    return next(b for b in parent.findChildren(QPushButton) if b.text() == text)


def _union_meeting(window: MainWindow) -> Any:
    items = window.services.items.for_mission(KAZAKHSTAN_MISSION_ID)
    return next(i for i in items if i.title.startswith("Meetings with the Union of Industrialists"))


def test_log_an_outcome_from_a_meeting_prefills_its_hosts(qtbot: Any, dated_window: MainWindow) -> None:
    window = dated_window
    services = window.services
    meeting = _union_meeting(window)
    window.open_mission(KAZAKHSTAN_MISSION_ID, tab=4)
    wait_for_plan(qtbot, window)
    tab = window.workspace.meetings
    tab.select_meeting(meeting.id)
    before = {o.id for o in services.outcomes.for_mission(KAZAKHSTAN_MISSION_ID)}
    seen: dict[str, Any] = {}

    def fill(dialog: Any) -> None:
        seen["counterparts"] = dialog.counterparts.ids()
        seen["meeting"] = dialog.meeting.currentData()
        type_text(qtbot, dialog.title_edit, "Supply of drip irrigation equipment — Türkmenistan")
        qtbot.keyClicks(dialog.amount, "1 250 000,50")
        dialog.currency.set_code("USD")
        dialog.status.set_value(OutcomeStatus.AGREED)
        qtbot.keyClicks(dialog.note, "Agreed at the meeting")
        dialog.accept()

    errors = in_dialog(qtbot, fill)
    qtbot.mouseClick(_button(tab, "Log outcome…"), Qt.MouseButton.LeftButton)
    assert errors == []
    assert seen["counterparts"] == meeting.host_organization_ids
    assert seen["meeting"] == meeting.id
    [new_id] = {o.id for o in services.outcomes.for_mission(KAZAKHSTAN_MISSION_ID)} - before
    outcome = services.outcomes.get(new_id)
    assert outcome.amount == Decimal("1250000.50")
    assert outcome.currency == "USD"
    assert outcome.item_id == meeting.id
    history = services.outcomes.history(new_id)
    assert [(h.from_status, h.to_status, h.note) for h in history] == [
        (None, OutcomeStatus.AGREED, "Agreed at the meeting")
    ]
    assert history[0].changed_on == FIXED_TODAY
    assert tab.outcomes.rowCount() >= 1
    assert any(tab.outcomes.item(r, 0).text().startswith("Supply of drip") for r in range(tab.outcomes.rowCount()))
    window.undo_action.trigger()
    assert services.outcomes.find(new_id) is None


def test_status_change_is_kept_in_history_and_undo_is_exact(qtbot: Any, dated_window: MainWindow) -> None:
    window = dated_window
    services = window.services
    outcome = next(o for o in services.outcomes.for_mission(KAZAKHSTAN_MISSION_ID) if o.item_id)
    before = services.outcomes.state(outcome.id)
    window.open_mission(KAZAKHSTAN_MISSION_ID, tab=4)
    wait_for_plan(qtbot, window)
    tab = window.workspace.meetings
    tab.select_meeting(outcome.item_id)
    tab.select_outcome(outcome.id)

    def sign(dialog: Any) -> None:
        dialog.status.set_value(OutcomeStatus.SIGNED)
        qtbot.keyClicks(dialog.note, "Signed in Astana")
        dialog.accept()

    errors = in_dialog(qtbot, sign)
    tab.edit_outcome()
    assert errors == []
    history = services.outcomes.history(outcome.id)
    assert history[-1].from_status == outcome.status
    assert history[-1].to_status == OutcomeStatus.SIGNED
    assert history[-1].note == "Signed in Astana"
    window.undo_action.trigger()
    assert services.outcomes.state(outcome.id) == before


def test_follow_ups_across_missions_overdue_first_mark_done_and_undo(qtbot: Any, dated_window: MainWindow) -> None:
    window = dated_window
    services = window.services
    window.follow_ups_view_action.trigger()
    view = window.follow_ups
    assert window.pages.currentIndex() == 2
    rows = services.follow_ups.agenda(FIXED_TODAY)
    overdue = [r for r in rows if r.bucket == "overdue"]
    assert overdue, "the Kazakhstani follow-ups due before March 2024 are overdue on 1 March 2024"
    qtbot.waitUntil(lambda: view.model.rowCount() == len(rows))  # read off the GUI thread
    assert view.model.index(0, view.model.columnCount() - 1).data() == "Overdue"
    # Counted off the GUI thread.
    qtbot.waitUntil(lambda: f"{len(overdue)} overdue" in window.follow_ups_view_action.text())
    assert window.overdue_label.isVisible() or window.overdue_label.text()
    first = overdue[0].follow_up
    view.table.selectRow(0)
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert services.follow_ups.get(first.id).done_on == FIXED_TODAY
    if len(overdue) > 1:
        qtbot.waitUntil(lambda: f"{len(overdue) - 1} overdue" in window.follow_ups_view_action.text())
    else:
        qtbot.waitUntil(lambda: "overdue" not in window.follow_ups_view_action.text())
    window.undo_action.trigger()
    assert services.follow_ups.get(first.id).done_on is None
    view.owner.setText("zzz-nobody")
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    view.owner.clear()
    # The mission filter lists the missions when it is opened.
    assert view.mission_filter.count() == 1
    view.mission_filter.showPopup()
    view.mission_filter.hidePopup()
    assert view.mission_filter.count() == 3  # all, and the two sample missions
    mission_id = first.mission_id
    view.mission_filter.setCurrentIndex(view.mission_filter.findData(mission_id))
    expected = services.follow_ups.agenda(FIXED_TODAY, mission_id=mission_id)
    assert 0 < len(expected) < len(rows)
    qtbot.waitUntil(lambda: view.model.rowCount() == len(expected))


def test_organization_history_spans_both_missions(qtbot: Any, dated_window: MainWindow) -> None:
    window = dated_window
    window.directory_view_action.trigger()
    union = window.services.organizations.list("Industrialists and Entrepreneurs of Turkmenistan")[0]
    window.directory.select_organization(union.id)
    history = window.directory.history
    missions = {history.topLevelItem(r).text(2) for r in range(history.topLevelItemCount())}
    assert any("Belarusian" in m for m in missions)
    assert any("Kazakhstani" in m for m in missions)
    dates = [history.topLevelItem(r).data(0, Qt.ItemDataRole.UserRole) for r in range(history.topLevelItemCount())]
    assert dates  # double-click opens the mission
    history.itemDoubleClicked.emit(history.topLevelItem(0), 0)
    assert window.pages.currentIndex() == 0
    assert window.workspace.mission_id == BELARUS_MISSION_ID  # newest first: May 2025


def test_dashboard_shows_figures_and_values_by_currency(qtbot: Any, dated_window: MainWindow) -> None:
    window = dated_window
    window.dashboard_view_action.trigger()
    dashboard = window.dashboard
    # The counting runs off the GUI thread; the figures arrive shortly after.
    qtbot.waitUntil(lambda: dashboard.figures is not None)
    figures = dashboard.figures
    assert figures.missions == 2
    assert sum(figures.outcomes_by_kind.values()) == 15
    dashboard.year.setCurrentIndex(dashboard.year.findData(2023))
    qtbot.waitUntil(lambda: dashboard.figures.missions == 1)
    assert "No amounts" in dashboard.values.text()
    dashboard.year.setCurrentIndex(0)
    # The missions are listed when the filter is first opened; one of them narrows the figures.
    assert dashboard.mission.count() == 1
    dashboard.mission.showPopup()
    dashboard.mission.hidePopup()
    assert dashboard.mission.count() == 3
    dashboard.set_mission(KAZAKHSTAN_MISSION_ID)
    qtbot.waitUntil(lambda: dashboard.figures.missions == 1)
    assert dashboard.mission.currentData() == KAZAKHSTAN_MISSION_ID


def test_new_mission_from_a_past_one_with_follow_ups_as_items(
    qtbot: Any, dated_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = dated_window
    services = window.services
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    window.open_mission(KAZAKHSTAN_MISSION_ID)

    def fill(dialog: Any) -> None:
        dialog.start.setDate(dialog.start.date().fromString("2024-12-02", "yyyy-MM-dd"))
        dialog.follow_ups.setChecked(True)
        type_text(qtbot, dialog.title_edit, "Kazakhstani business mission to Turkmenistan, December 2024")
        dialog.accept()

    errors = in_dialog(qtbot, fill)
    window.clone_action.trigger()
    assert errors == []
    new_id = window.workspace.mission_id
    assert new_id != KAZAKHSTAN_MISSION_ID
    mission = services.missions.get(new_id)
    assert mission.start_date == date(2024, 12, 2)
    assert mission.source_mission_id == KAZAKHSTAN_MISSION_ID
    titles = [i.title for i in services.items.for_mission(new_id)]
    assert any(t.startswith("Follow-up:") and "forum" in t.lower() for t in titles)
    assert services.outcomes.for_mission(new_id) == []
    assert shown
    assert "was created" in shown[0]
    window.undo_action.trigger()
    assert services.missions.find(new_id) is None


def test_save_as_template_lists_it_apart(qtbot: Any, dated_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window = dated_window
    offered: list[list[str]] = []

    def choose_first(parent: Any, title: str, text: str, choices: list[str]) -> str:
        offered.append(choices)
        return choices[0]

    monkeypatch.setattr("missionplanner.ui.window_missions.ask_choice", choose_first)
    window.open_mission(BELARUS_MISSION_ID)
    window.save_template_action.trigger()
    template_id = window.workspace.mission_id
    template = window.services.missions.get(template_id)
    assert template.is_template
    assert template.source_mission_id == BELARUS_MISSION_ID
    assert window.mission_list.templates_button.isChecked()
    assert window.mission_list.model.row_of(template_id) == 0
    assert window.services.outcomes.for_mission(template_id) == []
    assert offered == [["Save a template copy"]]  # the mission has outcomes: only a copy can be a template


def test_a_template_copy_of_a_mission_stored_outside_the_years_says_what_to_correct(
    qtbot: Any, dated_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = dated_window
    # Stored by a version before the years were limited.
    with window.services.store.atomic():
        window.services.store.db.execute(
            "UPDATE missions SET start_date = '1899-12-28', end_date = '1899-12-31' WHERE id = ?", [BELARUS_MISSION_ID]
        )
    monkeypatch.setattr("missionplanner.ui.window_missions.ask_choice", lambda *args: args[3][0])
    window.open_mission(BELARUS_MISSION_ID)
    shown: list[str] = []
    errors = in_dialog(qtbot, lambda box: shown.append(box.text()))
    window.save_template_action.trigger()
    assert errors == []
    assert shown == [
        "The mission's dates (1899-12-28 to 1899-12-31) lie outside the years 1900–2199; correct them in the "
        "mission first."
    ]
    assert window.workspace.mission_id == BELARUS_MISSION_ID


def test_a_mission_without_outcomes_can_itself_become_a_template(
    qtbot: Any, dated_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = dated_window
    services = window.services
    snapshot = services.templates.plan_clone(
        BELARUS_MISSION_ID,
        __import__("missionplanner.domain.cloning", fromlist=["CloneOptions"]).CloneOptions(
            start_date=date(2026, 5, 22)
        ),
    )
    services.missions.restore(snapshot)
    monkeypatch.setattr("missionplanner.ui.window_missions.ask_choice", lambda *args: args[3][1])
    window.open_mission(snapshot.mission.id)
    window.save_template_action.trigger()
    assert services.missions.get(snapshot.mission.id).is_template
    window.undo_action.trigger()
    assert not services.missions.get(snapshot.mission.id).is_template


def test_a_new_mission_from_a_past_one_leaves_the_directory_as_it_is(
    qtbot: Any, dated_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An organization renamed while the new mission was planned keeps its name, through undo and redo."""
    from dataclasses import replace

    window = dated_window
    services = window.services
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    plan_clone = services.templates.plan_clone
    renamed: list[str] = []

    def planned_then_renamed(source_id: str, options: Any) -> Any:
        plan = plan_clone(source_id, options)
        host_id = next(h for item in plan.items for h in item.host_organization_ids)
        renamed.append(host_id)
        services.organizations.update(replace(services.organizations.get(host_id), name=f"Renamed {len(renamed)}"))
        return plan

    monkeypatch.setattr(services.templates, "plan_clone", planned_then_renamed)
    window.open_mission(KAZAKHSTAN_MISSION_ID)
    errors = in_dialog(qtbot, lambda dialog: dialog.accept())
    window.clone_action.trigger()
    assert errors == []
    new_id = window.workspace.mission_id
    assert new_id != KAZAKHSTAN_MISSION_ID
    host_id, name = renamed[-1], f"Renamed {len(renamed)}"  # the plan written (a preview may come first)
    assert services.organizations.get(host_id).name == name
    window.undo_action.trigger()
    assert services.missions.find(new_id) is None
    assert services.organizations.get(host_id).name == name
    window.redo_action.trigger()
    assert services.missions.find(new_id) is not None
    assert services.organizations.get(host_id).name == name


def test_a_start_date_that_moves_the_mission_past_2199_keeps_ok_disabled(qtbot: Any, dated_window: MainWindow) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDialogButtonBox

    window = dated_window
    window.open_mission(BELARUS_MISSION_ID)  # five days: from 29 December 2199 on, it ends in 2200
    before = window.services.missions.summaries()
    seen: list[str] = []

    def late(dialog: Any) -> None:
        dialog.start.setDate(QDate(2199, 12, 30))
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible()))
        dialog.reject()

    errors = in_dialog(qtbot, late)
    window.clone_action.trigger()
    assert errors == []
    assert any("outside the years 1900–2199" in text for text in seen)
    assert window.services.missions.summaries() == before
