"""Directory pickers on a directory larger than one lookup: filled when used, every record reachable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from missionplanner.domain.models import Contact, Organization, new_id
from missionplanner.services.app import Services, open_services
from missionplanner.ui.background import close_after_background_work
from missionplanner.ui.dialogs.directory_dialogs import ContactDialog
from missionplanner.ui.widgets.lookups import PICKER_LIMIT, organization_picker
from missionplanner.ui.widgets.pickers import RecordPicker

COUNT = PICKER_LIMIT + 50
LAST = f"Company {COUNT - 1:04d}"


@pytest.fixture
def services(tmp_path: Path) -> Services:
    services = open_services(tmp_path / "directory.db", make_backups=False)
    for n in range(COUNT):
        services.organizations.create(Organization(id=new_id(), name=f"Company {n:04d}", city="Aşgabat"))
    yield services
    close_after_background_work(services)  # typed look-ups may still be running


def _last(services: Services) -> Organization:
    return services.organizations.list(LAST, limit=1)[0]


def test_a_picker_reads_nothing_until_it_is_used(qtbot: Any) -> None:
    asked: list[str] = []

    def lookup(text: str) -> list[tuple[str, str]]:
        asked.append(text)
        return [("Türkmengaz", "1")]

    picker = RecordPicker(lookup, "Type")
    qtbot.addWidget(picker)
    picker.show()
    assert asked == []
    picker.setFocus()
    qtbot.waitUntil(lambda: asked == [""])
    assert picker.count() == 1
    picker.refresh()
    assert asked == ["", ""]


def test_typing_looks_up_records_beyond_the_first_entries(qtbot: Any, services: Services) -> None:
    picker = organization_picker(services)
    qtbot.addWidget(picker)
    picker.show()
    picker.setFocus()
    qtbot.waitUntil(lambda: picker.count() == PICKER_LIMIT)
    last = _last(services)
    assert picker.findData(last.id) < 0  # beyond the first lookup, alphabetically
    qtbot.keyClicks(picker.lineEdit(), LAST[-4:])
    # After a pause in typing, the matches are looked up off the GUI thread and offered.
    qtbot.waitUntil(lambda: picker.findData(last.id) >= 0, timeout=3000)
    assert picker.count() == 1
    assert picker.currentText() == LAST[-4:]  # what the user typed stays
    assert picker.record_id() == last.id


def test_a_record_typed_in_full_and_chosen_at_once_is_found(qtbot: Any, services: Services) -> None:
    picker = organization_picker(services)
    qtbot.addWidget(picker)
    picker.show()
    picker.setFocus()
    last = _last(services)
    picker.setEditText(LAST)  # no pause for the lookup: Enter pressed straight away
    assert picker.record_id() == last.id


def test_editing_a_contact_keeps_an_organization_beyond_the_first_entries(qtbot: Any, services: Services) -> None:
    last = _last(services)
    contact, _ = services.contacts.create(Contact(id=new_id(), name="Aýna Öwezowa", organization_id=last.id))
    dialog = ContactDialog(organization_picker(services), contact)
    qtbot.addWidget(dialog)
    assert dialog.organization.currentText() == f"{LAST} — Aşgabat"
    assert dialog.record().organization_id == last.id


def test_the_dropdown_fills_the_list_when_opened(qtbot: Any, services: Services) -> None:
    picker = organization_picker(services)
    qtbot.addWidget(picker)
    picker.show()
    assert picker.count() == 0
    picker.showPopup()
    assert picker.count() == PICKER_LIMIT
    qtbot.keyClick(picker.view(), Qt.Key.Key_Escape)
