"""The main window driven as a user would: start-up, missions, delegation, itinerary, undo, search."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from missionplanner.domain.enums import ItemKind
from missionplanner.services.app import open_services
from missionplanner.ui.app import create_main_window
from missionplanner.ui.dialogs.item_dialog import ItemDialog
from missionplanner.ui.dialogs.mission_dialog import NewMissionDialog
from missionplanner.ui.main_window import MainWindow
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID
from tests.ui.conftest import in_dialog, type_text, wait_for_plan


def _ok(dialog: Any) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_starts_on_an_empty_database_with_guidance(empty_window: MainWindow) -> None:
    panel = empty_window.mission_list
    assert panel.model.rowCount() == 0
    assert panel.empty.isVisible()
    assert "Ctrl+N" in panel.empty.text()
    assert empty_window.workspace.currentIndex() == 0
    assert empty_window.windowTitle().startswith("empty.db")


def test_starts_on_the_sample_database_newest_first(window: MainWindow) -> None:
    model = window.mission_list.model
    assert [model.id_at(r) for r in range(model.rowCount())] == [BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID]
    assert not window.mission_list.empty.isVisible()


def test_a_database_that_cannot_be_opened_shows_a_message(
    qtbot: Any, tmp_path: Path, settings: QSettings, answer: list[str]
) -> None:
    garbage = tmp_path / "notes.db"
    garbage.write_bytes(b"this is not a database at all" * 10)
    before = garbage.read_bytes()
    assert create_main_window(garbage, settings=settings) is None
    assert any("not a Mission Planner database" in text for text in answer)
    assert garbage.read_bytes() == before


def test_create_mission_through_the_dialog_then_undo_and_redo(qtbot: Any, empty_window: MainWindow) -> None:
    services = empty_window.services

    def fill(dialog: NewMissionDialog) -> None:
        assert not _ok(dialog).isEnabled()  # no title yet
        qtbot.keyClicks(dialog.title_edit, "Trade mission to Ashgabat, May 2026")
        dialog.destination.setCurrentIndex(dialog.destination.findData("TM"))
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    errors = in_dialog(qtbot, fill)
    qtbot.keyClick(empty_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert errors == []
    [summary] = services.missions.summaries()
    mission = services.missions.get(summary.id)
    assert mission.title == "Trade mission to Ashgabat, May 2026"
    assert mission.destination_country == "TM"
    assert mission.timezone == "Asia/Ashgabat"  # chosen from the destination
    assert empty_window.workspace.mission_id == mission.id
    assert empty_window.undo_action.text() == "&Undo New mission 'Trade mission to Ashgabat, May 2026'"
    empty_window.undo_action.trigger()
    assert services.missions.summaries() == []
    empty_window.redo_action.trigger()
    assert services.missions.get(mission.id).title == mission.title


def test_delegation_add_change_role_remove_with_undo(qtbot: Any, window: MainWindow, answer: list[str]) -> None:
    services = window.services
    window.open_mission(KAZAKHSTAN_MISSION_ID, tab=1)
    tab = window.workspace.delegation
    before = len(services.participants.for_mission(KAZAKHSTAN_MISSION_ID))
    # Someone from the other mission joins this delegation.
    other = services.participants.for_mission(BELARUS_MISSION_ID)[0]
    contact = services.contacts.get(other.contact_id)
    tab.picker.setFocus()
    qtbot.keyClicks(tab.picker.lineEdit(), contact.name)
    qtbot.mouseClick(_button(tab, "Add to delegation"), Qt.MouseButton.LeftButton)
    participants = services.participants.for_mission(KAZAKHSTAN_MISSION_ID)
    assert len(participants) == before + 1
    added = participants[-1]
    assert added.contact_id == contact.id
    assert tab.model.rowCount() == before + 1
    assert tab.model.data(tab.model.index(before, 0)) == contact.name

    tab.table.selectRow(before)
    tab.change_role_combo.setCurrentIndex(tab.change_role_combo.findData("head_of_delegation"))
    qtbot.mouseClick(_button(tab, "Set role"), Qt.MouseButton.LeftButton)
    assert services.participants.get(added.id).role.value == "head_of_delegation"
    assert tab.model.data(tab.model.index(before, 3)) == "Head of delegation"

    tab.table.selectRow(before)
    qtbot.mouseClick(_button(tab, "Remove"), Qt.MouseButton.LeftButton)
    assert services.participants.find(added.id) is None
    assert "stay in the directory" in answer[-1]
    window.undo_action.trigger()  # remove undone: same id, same role
    assert services.participants.get(added.id).role.value == "head_of_delegation"
    window.undo_action.trigger()  # role change undone
    assert services.participants.get(added.id).role.value == "member"
    window.undo_action.trigger()  # addition undone
    assert services.participants.find(added.id) is None
    window.redo_action.trigger()
    assert services.participants.get(added.id).contact_id == contact.id


def _button(parent: Any, text: str) -> Any:
    from PySide6.QtWidgets import QPushButton

    return next(b for b in parent.findChildren(QPushButton) if b.text() == text)


def test_itinerary_add_edit_delete_through_dialogs_with_undo(qtbot: Any, window: MainWindow, answer: list[str]) -> None:
    services = window.services
    window.open_mission(BELARUS_MISSION_ID, tab=2)
    wait_for_plan(qtbot, window)
    tab = window.workspace.itinerary
    day_two = tab.model.index(1, 0)
    tab.tree.setCurrentIndex(day_two)
    before = {i.id for i in services.items.for_mission(BELARUS_MISSION_ID)}

    def add(dialog: ItemDialog) -> None:
        assert not _ok(dialog).isEnabled()
        assert "Title" in dialog.error_labels["title"].text() or dialog.error_labels["title"].isVisible()
        dialog.kind.setCurrentIndex(dialog.kind.findData(ItemKind.MEETING.value))
        type_text(qtbot, dialog.title_edit, "Meeting at the Ministry of Trade — Söwda ministrligi")
        qtbot.keyClicks(dialog.venue, "Ministry building, Ashgabat")
        assert _ok(dialog).isEnabled()
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    errors = in_dialog(qtbot, add)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert errors == []
    [new_id] = {i.id for i in services.items.for_mission(BELARUS_MISSION_ID)} - before
    item = services.items.get(new_id)
    assert item.title == "Meeting at the Ministry of Trade — Söwda ministrligi"
    assert item.start.date().isoformat() == "2025-05-24"  # the selected day
    assert (item.end - item.start).total_seconds() == 3600
    existing = [
        i
        for i in services.items.for_mission(BELARUS_MISSION_ID)
        if i.id != new_id and i.start.date() == item.start.date()
    ]
    assert all(not (i.start < item.end and item.start < i.end) for i in existing)  # next free slot
    index = tab.model.index_of_item(new_id)
    assert index.isValid()
    assert tab.tree.currentIndex().row() == index.row()

    def edit(dialog: ItemDialog) -> None:
        dialog.title_edit.selectAll()
        qtbot.keyClicks(dialog.title_edit, "Talks at the Ministry of Trade")
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    errors = in_dialog(qtbot, edit)
    tab.edit_index(tab.model.index_of_item(new_id))
    assert errors == []
    assert services.items.get(new_id).title == "Talks at the Ministry of Trade"
    assert "saved" in window.statusBar().currentMessage()

    rect = tab.tree.visualRect(tab.model.index_of_item(new_id).siblingAtColumn(1))
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.selected_item().id == new_id
    # Offscreen there is no window manager to give focus back after a dialog closes.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert services.items.find(new_id) is None
    assert "Delete 'Talks at the Ministry of Trade'?" in answer[-1]
    assert window.undo_action.text() == "&Undo Delete meeting 'Talks at the Ministry of Trade'"
    window.undo_action.trigger()
    assert services.items.get(new_id).title == "Talks at the Ministry of Trade"
    window.undo_action.trigger()
    assert services.items.get(new_id).title.startswith("Meeting at the Ministry")
    window.undo_action.trigger()
    assert services.items.find(new_id) is None
    window.redo_action.trigger()
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert services.items.find(new_id) is None


def test_an_invalid_item_form_cannot_be_accepted(qtbot: Any, window: MainWindow) -> None:
    services = window.services
    mission = services.missions.get(BELARUS_MISSION_ID)
    item = services.items.for_mission(BELARUS_MISSION_ID)[1]
    dialog = ItemDialog(services, mission, item)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _ok(dialog).isEnabled()
    dialog.title_edit.clear()
    dialog.validate()
    assert not _ok(dialog).isEnabled()
    assert "Title is required" in dialog.error_labels["title"].text()
    qtbot.keyClicks(dialog.title_edit, "Visit")
    dialog.end.setDateTime(dialog.start.dateTime().addSecs(-3600))
    dialog.validate()
    assert not _ok(dialog).isEnabled()
    assert "ends before it starts" in dialog.error_labels["end"].text()
    dialog.accept()
    assert dialog.result() == 0
    assert services.items.get(item.id) == item


def test_item_outside_mission_dates_is_a_warning_not_an_error(qtbot: Any, window: MainWindow) -> None:
    services = window.services
    mission = services.missions.get(BELARUS_MISSION_ID)
    item = services.items.for_mission(BELARUS_MISSION_ID)[1]
    dialog = ItemDialog(services, mission, item)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start.setDateTime(dialog.start.dateTime().addDays(30))
    dialog.validate()
    assert _ok(dialog).isEnabled()
    assert "outside the mission's dates" in dialog.summary.text()


def test_overview_edits_save_at_once_and_undo(qtbot: Any, window: MainWindow) -> None:
    services = window.services
    window.open_mission(KAZAKHSTAN_MISSION_ID)
    overview = window.workspace.overview
    overview.title.selectAll()
    type_text(qtbot, overview.title, "Kazakhstani business mission — Aşgabat, Mary, Arkadag, Türkmenbaşy")
    qtbot.keyClick(overview.title, Qt.Key.Key_Return)
    mission = services.missions.get(KAZAKHSTAN_MISSION_ID)
    assert mission.title == "Kazakhstani business mission — Aşgabat, Mary, Arkadag, Türkmenbaşy"
    assert window.undo_action.text() == "&Undo Change mission title"
    assert "Türkmenbaşy" in window.workspace.header.text()
    row = window.mission_list.model.row_of(KAZAKHSTAN_MISSION_ID)
    assert window.mission_list.model.data(window.mission_list.model.index(row)) == mission.title
    # An invalid title is shown next to the field and never saved.
    overview.title.clear()
    qtbot.keyClick(overview.title, Qt.Key.Key_Return)
    assert "Title is required" in overview.errors["title"].text()
    assert services.missions.get(KAZAKHSTAN_MISSION_ID).title == mission.title
    window.undo_action.trigger()
    assert services.missions.get(KAZAKHSTAN_MISSION_ID).title.startswith("Kazakhstani business mission to")


def test_delete_mission_says_what_goes_with_it_and_undo_restores_everything(
    qtbot: Any, window: MainWindow, answer: list[str]
) -> None:
    services = window.services
    before = services.missions.snapshot(BELARUS_MISSION_ID)
    window.open_mission(BELARUS_MISSION_ID)
    window.delete_mission_action.trigger()
    assert "5 participants, 9 itinerary items, 5 outcomes and 5 follow-ups" in answer[-1]
    assert services.missions.find(BELARUS_MISSION_ID) is None
    assert window.mission_list.model.row_of(BELARUS_MISSION_ID) == -1
    assert window.workspace.currentIndex() == 0
    window.undo_action.trigger()
    assert services.missions.snapshot(BELARUS_MISSION_ID) == before
    assert window.mission_list.model.row_of(BELARUS_MISSION_ID) == 0


def test_global_search_opens_an_itinerary_item_in_place(qtbot: Any, window: MainWindow) -> None:
    search = window.search
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.hasFocus()
    qtbot.keyClicks(search, "Agro Pack")
    qtbot.waitUntil(lambda: search.model.hit_count() > 0)
    labels = [search.model.data(search.model.index(r, 0)) for r in range(search.model.rowCount())]
    assert any(label.startswith("Itinerary items") for label in labels)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.workspace.mission_id == KAZAKHSTAN_MISSION_ID
    assert window.workspace.tabs.currentWidget() is window.workspace.itinerary
    selected = window.workspace.itinerary.selected_item()
    assert selected is not None
    assert "Agro Pack" in selected.title


def test_global_search_finds_organizations_in_turkmen_and_russian(qtbot: Any, window: MainWindow) -> None:
    search = window.search
    search.setFocus()
    type_text(qtbot, search, "Senagatçylar")
    qtbot.waitUntil(lambda: search.model.hit_count() > 0)
    qtbot.keyClick(search, Qt.Key.Key_Down)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == 1
    organization = window.directory.current_organization()
    assert organization is not None
    assert "Union of Industrialists" in organization.name
    search.clear()
    type_text(qtbot, search, "палаты")
    qtbot.waitUntil(lambda: search.model.hit_count() > 0)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.directory.current_organization().name.startswith("Minsk Branch")


def test_mission_list_filters_as_you_type_and_by_year(qtbot: Any, window: MainWindow) -> None:
    panel = window.mission_list
    qtbot.keyClicks(panel.search, "Kazakh")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.id_at(0) == KAZAKHSTAN_MISSION_ID
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    panel.year.setCurrentIndex(panel.year.findData(2025))
    assert [panel.model.id_at(0), panel.model.rowCount()] == [BELARUS_MISSION_ID, 1]
    panel.year.setCurrentIndex(0)
    qtbot.mouseClick(panel.templates_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0
    assert "No templates yet" in panel.empty.text()


def test_import_mission_is_one_undo_step(qtbot: Any, window: MainWindow, tmp_path: Path, answer: list[str]) -> None:
    services = window.services
    exported = tmp_path / "belarus.json"
    assert window.export_mission_to(BELARUS_MISSION_ID, exported)
    organizations_before = services.organizations.list(limit=1000)
    new_id = window.import_mission_file(exported, as_copy=True)
    assert new_id is not None
    assert new_id != BELARUS_MISSION_ID
    assert window.workspace.mission_id == new_id
    assert len(services.organizations.list(limit=1000)) == 2 * len(organizations_before) - len(
        organizations_before
    ) + len(services.missions.snapshot(new_id).organizations)
    window.undo_action.trigger()
    assert services.missions.find(new_id) is None
    assert services.organizations.list(limit=1000) == organizations_before


def test_importing_a_named_pipe_is_refused_without_waiting_for_a_writer(
    qtbot: Any, window: MainWindow, silent_pipe: Callable[[str], Path]
) -> None:
    pipe = silent_pipe("mission.json")
    shown: list[str] = []
    errors = in_dialog(qtbot, lambda box: shown.append(box.text()))
    assert window.import_mission_file(pipe) is None
    assert errors == []
    assert shown == [f"{pipe} is a device or a pipe, not a file; choose a mission file (.json)."]


def test_window_state_and_last_database_are_remembered(qtbot: Any, tmp_path: Path, settings: QSettings) -> None:
    path = tmp_path / "remembered.db"
    first = MainWindow(open_services(path), settings)
    qtbot.addWidget(first)
    first.resize(701, 503)
    first.close()
    assert settings.value("lastDatabase") == str(path)
    assert str(path) in settings.value("recentDatabases")
    second = create_main_window(None, settings=settings)
    assert second is not None
    qtbot.addWidget(second)
    assert second.services.path == path
    assert second.size().width() == 701
    second.close()


def test_about_names_version_and_database(qtbot: Any, window: MainWindow, monkeypatch: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.about_action.trigger()
    assert str(window.services.path) in shown[0]
    assert "Mission Planner" in shown[0]


def test_no_unexpected_top_level_windows_left(qtbot: Any, window: MainWindow) -> None:
    window.close()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
    assert all(not isinstance(w, MainWindow) for w in visible)


def test_closing_the_window_saves_the_minutes_being_typed(qtbot: Any, window: MainWindow) -> None:
    # The minutes are saved when the user leaves the field; closing the window must count as leaving it
    # (it used to close the database first: the text was lost and the process crashed).
    window.open_mission(KAZAKHSTAN_MISSION_ID, tab=4)
    wait_for_plan(qtbot, window)
    tab = window.workspace.meetings
    meeting_id = tab.current_key()
    tab.minutes.setFocus()
    qtbot.keyClicks(tab.minutes, "Both sides agreed to sign in March")
    path = window.services.path
    window.close()
    reopened = open_services(path, make_backups=False)
    try:
        assert "Both sides agreed to sign in March" in reopened.items.get(meeting_id).notes
    finally:
        reopened.close()


def test_after_the_first_paint_the_app_loads_ahead_what_the_first_actions_need(
    qtbot: Any, tmp_path: Path, settings: QSettings
) -> None:
    import gc
    import sys

    from missionplanner.services import cities

    cities.forget_reference()
    window = create_main_window(tmp_path / "warm.db", with_samples=True, settings=settings)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.workspace._page is None
        window.show()
        qtbot.waitUntil(lambda: window.workspace._page is not None, timeout=10_000)
        assert cities.reference_loaded()  # the reference cities
        assert "sqlite_utils" in sys.modules  # for the first save
        assert gc.get_freeze_count() > 0
        # The prepared page shows the first mission opened at once.
        window.open_mission(KAZAKHSTAN_MISSION_ID)
        assert window.workspace.itinerary.model.mission.id == KAZAKHSTAN_MISSION_ID
    finally:
        gc.unfreeze()  # the test process's heap is not the app's to keep
        window.close()


def test_the_directory_shows_at_once_and_lists_the_organizations_when_read(qtbot: Any, window: MainWindow) -> None:
    window.directory_view_action.trigger()
    directory = window.directory
    qtbot.waitUntil(lambda: directory.organizations.rowCount() == len(window.services.organizations.ids()))
    assert directory.current_organization() is not None  # the first one, chosen once the list came


def test_a_change_while_the_directory_list_is_on_its_way_is_not_lost(qtbot: Any, window: MainWindow) -> None:
    from dataclasses import replace

    window.directory_view_action.trigger()
    directory = window.directory
    first = window.services.organizations.list()[0]
    window.context.update("organization", replace(first, name="Aaa renamed first"), "Rename")
    qtbot.wait(50)  # the read started before the change arrives, and is dropped
    names = [directory.organizations.record_at(row).name for row in range(directory.organizations.rowCount())]
    assert "Aaa renamed first" in names
    assert len(names) == len(window.services.organizations.ids())


def test_a_search_hit_hidden_by_the_directory_filter_stays_selected(qtbot: Any, window: MainWindow) -> None:
    window.directory_view_action.trigger()
    directory = window.directory
    organizations = window.services.organizations.list()
    qtbot.waitUntil(lambda: directory.organizations.rowCount() == len(organizations))
    wanted = organizations[-1]
    qtbot.keyClicks(directory.search, "zzz no such name")
    qtbot.waitUntil(lambda: directory.organizations.rowCount() == 0)
    directory.select_organization(wanted.id)  # what opening a search hit does
    assert directory.current_organization() == wanted
    qtbot.wait(400)  # past the filter's debounce and its background read
    assert directory.search.text() == ""
    assert directory.current_organization() == wanted


def test_the_chosen_organization_stays_chosen_while_the_filter_still_shows_it(qtbot: Any, window: MainWindow) -> None:
    window.directory_view_action.trigger()
    directory = window.directory
    organizations = window.services.organizations.list()
    qtbot.waitUntil(lambda: directory.organizations.rowCount() == len(organizations))
    # The last of several organizations in one city: not the first row once filtered by that city.
    cities = Counter(o.city for o in organizations if o.city)
    city = next(c for c, n in cities.most_common() if n > 1)
    wanted = [o for o in organizations if o.city == city][-1]
    directory.select_organization(wanted.id)
    qtbot.keyClicks(directory.search, city)
    qtbot.waitUntil(lambda: directory.organizations.rowCount() < len(organizations))
    assert directory.organizations.row_of(wanted.id) > 0
    assert directory.current_organization() == wanted


def test_date_editors_offer_only_the_years_a_plan_may_use(qtbot: Any, window: MainWindow) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    from missionplanner.domain.validation import FIRST_DAY, LAST_DAY

    def ends_of_the_calendar(dialog: NewMissionDialog) -> None:
        for edit in (dialog.start, dialog.end):
            assert (edit.minimumDate().year(), edit.maximumDate().year()) == (FIRST_DAY.year, LAST_DAY.year)
        dialog.start.setDate(QDate(9999, 12, 28))  # as far as Qt's own editor would go
        assert dialog.start.date().year() == LAST_DAY.year
        dialog.reject()

    in_dialog(qtbot, ends_of_the_calendar)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    mission = window.services.missions.get(KAZAKHSTAN_MISSION_ID)
    dialog = ItemDialog(window.services, mission)
    qtbot.addWidget(dialog)
    assert dialog.start.maximumDate() == QDate(LAST_DAY.year, 12, 31)
    assert dialog.end.minimumDate() == QDate(FIRST_DAY.year, 1, 1)
    window.open_mission(KAZAKHSTAN_MISSION_ID, tab=0)
    overview = window.workspace.overview
    assert overview.end.maximumDate().toPython() == LAST_DAY
    assert overview.start.date().toPython() == date(2023, 12, 4)


def test_a_copy_with_an_edited_mission_id_is_offered_as_a_copy(
    qtbot: Any, window: MainWindow, tmp_path: Path, answer: list[str]
) -> None:
    import json

    services = window.services
    exported = tmp_path / "belarus.json"
    assert window.export_mission_to(BELARUS_MISSION_ID, exported)
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["mission"]["id"] = document["mission"]["id"].upper()  # a new mission id, its records known
    exported.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    new_id = window.import_mission_file(exported)  # the question is answered Yes
    assert any("probably a copy" in text for text in answer)
    assert new_id is not None
    assert new_id not in (BELARUS_MISSION_ID, document["mission"]["id"])
    assert len(services.items.for_mission(new_id)) == len(services.items.for_mission(BELARUS_MISSION_ID))


def test_a_stored_day_outside_the_years_is_shown_as_it_is_not_moved(qtbot: Any, window: MainWindow) -> None:
    """An older version accepted such days: the editors show them (saving names the problem) instead of
    moving them silently onto the edge of the range."""
    from dataclasses import replace
    from datetime import date, datetime

    from missionplanner.domain.validation import LAST_DAY
    from missionplanner.ui.widgets.dates import date_edit, from_qdate, from_qdatetime, show_date

    mission = window.services.missions.get(KAZAKHSTAN_MISSION_ID)
    item = replace(
        window.services.items.for_mission(KAZAKHSTAN_MISSION_ID)[0],
        start=datetime(2205, 3, 1, 10),
        end=datetime(2205, 3, 1, 11),
    )
    dialog = ItemDialog(window.services, mission, item)
    qtbot.addWidget(dialog)
    assert from_qdatetime(dialog.start.dateTime()) == datetime(2205, 3, 1, 10)
    assert "start" in {problem.field for problem in dialog.problems()}
    edit = date_edit(date(1850, 1, 1))
    assert from_qdate(edit.date()) == date(1850, 1, 1)
    show_date(edit, date(2025, 5, 23))  # the next mission's: the usual range again
    assert edit.minimumDate().year() == 1900
    assert edit.maximumDate().toPython() == LAST_DAY


def test_messages_name_no_internal_field_and_a_long_list_fits_the_screen(
    qtbot: Any, window: MainWindow, tmp_path: Path, answer: list[str]
) -> None:
    from missionplanner.domain.errors import ExchangeError, Problem
    from missionplanner.ui.widgets.ask import SHOWN_PROBLEMS, error_text

    window.open_mission(KAZAKHSTAN_MISSION_ID)
    assert window.export_spreadsheet(tmp_path / "itinerary", "itinerary") is None  # no .xlsx or .csv
    [said] = answer
    assert "xlsx" in said
    assert not said.startswith("out:")
    problems = [Problem(f"items[{n}].timezone", "'Mars/Base' is not an IANA time zone.") for n in range(3000)]
    text = error_text(ExchangeError("mission.json has problems; nothing was imported:", problems))
    assert len(text.splitlines()) == SHOWN_PROBLEMS + 2
    assert text.splitlines()[-1].strip() == f"… and {3000 - SHOWN_PROBLEMS} more (Show Details…)"


def test_an_undo_that_cannot_be_done_says_so_and_leaves_the_stack(
    qtbot: Any, window: MainWindow, answer: list[str]
) -> None:
    from missionplanner.domain.models import Organization

    created = window.context.create("organization", Organization("", "Short-lived LLC"), "New organization")
    assert created is not None
    other = open_services(window.services.path)  # the command line, or another window, on the same file
    try:
        other.organizations.delete(created.id)
    finally:
        other.close()
    window.undo_action.trigger()
    assert any("Short-lived" in text or created.id in text for text in answer), answer
    assert not window.context.undo_stack.canRedo()  # nothing to redo that was never undone


def test_shortening_too_long_notes_brings_ok_back(qtbot: Any, window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    mission = window.services.missions.get(KAZAKHSTAN_MISSION_ID)
    dialog = ItemDialog(window.services, mission, window.services.items.for_mission(KAZAKHSTAN_MISSION_ID)[0])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.notes.setPlainText("x" * 100_001)
    assert not ok.isEnabled()
    assert dialog.error_labels["notes"].text()
    dialog.notes.setPlainText("Short notes")
    assert ok.isEnabled()
    assert not dialog.error_labels["notes"].isVisibleTo(dialog)
