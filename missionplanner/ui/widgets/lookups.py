"""Pickers over the directory, filled from the services."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from missionplanner.domain.errors import NotFoundError
from missionplanner.domain.models import Contact, Organization
from missionplanner.services.app import Services
from missionplanner.ui.widgets.pickers import RecordPicker

# Entries a picker offers before anything is typed (by name); typing looks up the rest of the directory.
PICKER_LIMIT = 200


def _organization_label(organization: Organization) -> str:
    return f"{organization.name} — {organization.city}" if organization.city else organization.name


def _contact_label(contact: Contact) -> str:
    return f"{contact.name}, {contact.position}" if contact.position else contact.name


def organization_picker(services: Services) -> RecordPicker:
    def lookup(text: str) -> list[tuple[str, str]]:
        return [(_organization_label(o), o.id) for o in services.organizations.list(text, limit=PICKER_LIMIT)]

    def describe(organization_id: str) -> str | None:
        try:
            return _organization_label(services.organizations.get(organization_id))
        except NotFoundError:
            return None

    return RecordPicker(lookup, QCoreApplication.translate("Lookups", "Type an organization name"), describe=describe)


def contact_picker(services: Services, organization_id: str | None = None) -> RecordPicker:
    def lookup(text: str) -> list[tuple[str, str]]:
        contacts = services.contacts.list(text, organization_id=organization_id, limit=PICKER_LIMIT)
        return [(_contact_label(c), c.id) for c in contacts]

    def describe(contact_id: str) -> str | None:
        try:
            return _contact_label(services.contacts.get(contact_id))
        except NotFoundError:
            return None

    return RecordPicker(lookup, QCoreApplication.translate("Lookups", "Type a person's name"), describe=describe)
