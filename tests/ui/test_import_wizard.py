"""File > Import contacts…: the wizard driven page by page, then undo and redo of the whole import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from missionplanner.domain.enums import ParticipantRole
from missionplanner.ui.dialogs.import_wizard import ImportWizard
from missionplanner.ui.main_window import MainWindow
from tests.conftest import KAZAKHSTAN_MISSION_ID
from tests.exchange.test_table_files import write_csv, write_xlsx
from tests.ui.conftest import in_dialog, type_text

ROWS = [
    ["ФИО", "Должность", "Организация", "E-mail", "Страна"],
    ["Иванов Иван", "Директор", "ОАО «Белшина»", "ivanov@belshina.by", "Беларусь"],
    ["Ann Lee", "Chair", "Union of Industrialists & Entrepreneurs of Turkmenistan", "ann@example.org", "TM"],
    ["", "Engineer", "ОАО «Белшина»", "", ""],
    ["Petr Petrov", "Engineer", "Union of Industrialists & Entrepreneurs of Turkmenistan", "not-mail", "Narnia"],
]


def dump(window: MainWindow) -> list[str]:
    return [line for line in window.services.store.db.conn.iterdump() if "_fts" not in line]


def _finish(wizard: ImportWizard) -> None:
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_import_through_the_wizard_then_undo_and_redo(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    services = window.services
    path = write_csv(tmp_path / "delegates.csv", ROWS, encoding="cp1251", delimiter=";")
    original = dump(window)
    members_before = len(services.participants.for_mission(KAZAKHSTAN_MISSION_ID))
    seen: dict[str, Any] = {}

    def drive(wizard: Any) -> None:
        assert isinstance(wizard, ImportWizard)
        page = wizard.file_page
        type_text(qtbot, page.path_edit, str(path))
        page.path_edit.editingFinished.emit()
        assert "cp1251" in page.encoding.currentText()
        assert page.delimiter.currentText() == "Detected: semicolon"
        assert page.kind.currentData() == "people"
        wizard.next()
        assert wizard.currentPage() is wizard.mapping_page
        assert wizard.mapping_page.combos["name"].currentText() == "ФИО"
        assert wizard.mapping_page.combos["email"].currentText() == "E-mail"
        wizard.next()
        assert wizard.currentPage() is wizard.preview_page
        seen["preview"] = wizard.preview_page.table.item(0, 1).text()
        wizard.next()
        problems = [wizard.problems_page.list.item(i).text() for i in range(wizard.problems_page.list.count())]
        seen["problems"] = problems
        assert wizard.problems_page.skip.isChecked()
        wizard.next()
        matching = wizard.matching_page.table
        assert matching.rowCount() == 1
        assert matching.item(0, 3).text() == "Union of Industrialists and Entrepreneurs of Turkmenistan"
        assert matching.item(0, 0).checkState() == Qt.CheckState.Checked
        wizard.next()
        destination = wizard.destination_page
        destination.mission.setCurrentIndex(destination.mission.findData(KAZAKHSTAN_MISSION_ID))
        destination.role.setCurrentIndex(destination.role.findData(ParticipantRole.PRESS.value))
        _finish(wizard)

    errors = in_dialog(qtbot, drive)
    assert window.import_contacts_action.text() == "Import &contacts…"
    window.import_contacts_action.trigger()
    assert errors == []
    assert seen["preview"] == "Иванов Иван"
    assert seen["problems"] == [
        "Row 4: Name: Name is required; enter a name.",
        "Row 5: Country: 'Narnia' is not a known country; use a name or a code such as TM.",
        "Row 5: E-mail: 'not-mail' is not an e-mail address; use the form name@example.org.",
    ]
    contacts = {c.name: c for c in services.contacts.list(limit=1000)}
    assert {"Иванов Иван", "Ann Lee"} <= set(contacts)
    assert "Petr Petrov" not in contacts
    union = services.organizations.get(contacts["Ann Lee"].organization_id)
    assert union.name == "Union of Industrialists and Entrepreneurs of Turkmenistan"
    members = services.participants.for_mission(KAZAKHSTAN_MISSION_ID)
    assert len(members) == members_before + 2
    assert {p.role for p in members[-2:]} == {ParticipantRole.PRESS}
    assert "2 contacts created" in window.statusBar().currentMessage()

    assert window.undo_action.text() == "&Undo Import contacts from delegates.csv"
    window.undo_action.trigger()
    assert dump(window) == original
    window.redo_action.trigger()
    assert {"Иванов Иван", "Ann Lee"} <= {c.name for c in services.contacts.list(limit=1000)}


def test_declining_a_merge_and_choosing_cancel(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "delegates.csv", ROWS)
    original = dump(window)

    def cancel_on_problems(wizard: Any) -> None:
        wizard.file_page.set_path(path)
        wizard.next()
        wizard.next()
        wizard.next()
        wizard.problems_page.cancel.setChecked(True)
        wizard.next()
        assert not wizard.isVisible()

    errors = in_dialog(qtbot, cancel_on_problems)
    assert window.import_contacts() is None
    assert errors == []
    assert dump(window) == original

    def decline(wizard: Any) -> None:
        wizard.file_page.set_path(path)
        for _ in range(4):
            wizard.next()
        wizard.matching_page.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
        wizard.next()
        _finish(wizard)

    errors = in_dialog(qtbot, decline)
    assert window.import_contacts() is not None
    assert errors == []
    names = [o.name for o in window.services.organizations.list("Union of Industrialists", limit=100)]
    assert "Union of Industrialists & Entrepreneurs of Turkmenistan" in names


def test_an_unreadable_file_is_explained_on_the_first_page(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(bytes(range(256)) * 10)
    wizard = ImportWizard(window.context, window)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.file_page.set_path(garbage)
    assert "binary data" in wizard.file_page.status.text()
    assert not wizard.file_page.isComplete()


def test_a_sheet_with_a_header_row_alone_is_explained_and_another_can_be_chosen(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", {"Notes": [ROWS[0]], "People": ROWS[:3]})
    original = dump(window)
    wizard = ImportWizard(window.context, window)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.set_path(path)
    assert wizard.file_page.sheet.currentText() == "Notes"
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert "the sheet 'Notes' has a header row but no data under it" in wizard.mapping_page.error.text()
    assert dump(window) == original
    wizard.back()
    sheet = wizard.file_page.sheet
    sheet.setCurrentIndex(sheet.findText("People"))
    sheet.activated.emit(sheet.currentIndex())
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    assert wizard.preview_page.table.item(0, 1).text() == "Иванов Иван"


def test_enter_reads_a_corrected_file_again(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "people.csv", [["ФИО", "E-mail"]])
    wizard = ImportWizard(window.context, window)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.set_path(path)
    assert "header row but no data" in wizard.file_page.status.text()
    write_csv(path, ROWS[:2])  # corrected and saved under the same name
    wizard.file_page.path_edit.setFocus()
    qtbot.keyClick(wizard.file_page.path_edit, Qt.Key.Key_Return)
    assert wizard.file_page.isComplete()
    assert wizard.table is not None
    assert len(wizard.table.rows) == 1


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(
    qtbot: Any, window: MainWindow, silent_pipe: Callable[[str], Path]
) -> None:
    wizard = ImportWizard(window.context, window)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.file_page.set_path(silent_pipe("people.csv"))
    assert wizard.file_page.status.text() == (
        "people.csv: this is a device or a pipe, not a file; choose a CSV or .xlsx file."
    )
    assert not wizard.file_page.isComplete()


def test_matching_against_the_directory_can_be_cancelled(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    import time

    from missionplanner.exchange import people_import
    from missionplanner.ui import long_task
    from tests.ui.test_long_task import _cancel_when_shown

    # Matching against a national archive takes long; here each name takes 0.2 s.
    slow = people_import._Index.candidates
    monkeypatch.setattr(
        people_import._Index, "candidates", lambda self, *a, **k: time.sleep(0.2) or slow(self, *a, **k)
    )
    monkeypatch.setattr(long_task, "SHOW_AFTER_MS", 0)
    path = write_csv(tmp_path / "delegates.csv", ROWS, encoding="utf-8", delimiter=";")
    original = dump(window)
    seen: dict[str, Any] = {}

    def drive(wizard: Any) -> None:
        type_text(qtbot, wizard.file_page.path_edit, str(path))
        wizard.file_page.path_edit.editingFinished.emit()
        wizard.next()
        assert wizard.currentPage() is wizard.mapping_page
        seen["labels"] = _cancel_when_shown(qtbot)
        wizard.next()
        seen["stayed"] = wizard.currentPage() is wizard.mapping_page
        seen["error"] = wizard.mapping_page.error.text()
        seen["plan"] = wizard.plan

    errors = in_dialog(qtbot, drive)
    window.import_contacts_action.trigger()
    assert errors == []
    assert seen["labels"]
    assert seen["labels"][0].startswith("Checking delegates.csv")
    assert seen["stayed"]
    assert seen["error"] == "Cancelled; nothing was changed."
    assert seen["plan"] is None
    assert dump(window) == original
