"""Pickers over the directory, filled from the services."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from missionplanner.services.app import Services
from missionplanner.ui.widgets.pickers import RecordPicker

PICKER_LIMIT = 5000


def organization_picker(services: Services) -> RecordPicker:
    def lookup(text: str) -> list[tuple[str, str]]:
        return [
            (f"{o.name} — {o.city}" if o.city else o.name, o.id)
            for o in services.organizations.list(text, limit=PICKER_LIMIT)
        ]

    return RecordPicker(lookup, QCoreApplication.translate("Lookups", "Type an organization name"))


def contact_picker(services: Services, organization_id: str | None = None) -> RecordPicker:
    def lookup(text: str) -> list[tuple[str, str]]:
        contacts = services.contacts.list(text, organization_id=organization_id, limit=PICKER_LIMIT)
        return [(f"{c.name}, {c.position}" if c.position else c.name, c.id) for c in contacts]

    return RecordPicker(lookup, QCoreApplication.translate("Lookups", "Type a person's name"))
