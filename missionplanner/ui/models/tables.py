"""Table models over lists of records: the delegation, organizations, contacts."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from missionplanner.domain.models import Contact, Organization, Participant
from missionplanner.domain.reference import country_name
from missionplanner.domain.translation import QT_TRANSLATE_NOOP
from missionplanner.services.app import Services
from missionplanner.services.changes import ChangeSet
from missionplanner.ui.background import LatestOnly
from missionplanner.ui.models.rows import sync_rows

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
RecordIdRole = Qt.ItemDataRole.UserRole + 1


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows are record ids in display order; records are cached and refreshed from ChangeSets."""

    # Column headers in English, marked with QT_TRANSLATE_NOOP under `context` and translated when shown.
    context = "RecordTableModel"
    columns: tuple[str, ...] = ()
    entity: str = ""
    # Other entities whose change alters what the rows show (e.g. a contact's name in the delegation).
    related: tuple[str, ...] = ()

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self._ids: list[str] = []
        self._records: dict[str, T] = {}

    # Subclasses
    def load_ids(self) -> list[str]:
        """The ids to show, in order, for the current scope."""
        return []

    def fetch(self, ids: list[str]) -> list[T]:
        return []

    def cell(self, record: T, column: int) -> str:
        return ""

    # Loading and updates: only the ids are read up front; records are read a chunk at a time when a
    # row is shown (the directory of a national archive has 50,000 organizations).
    CHUNK = 200

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = self.load_ids()
        self._records = {}
        self.endResetModel()

    def apply(self, changes: ChangeSet) -> None:
        touched = set(changes.ids(self.entity))
        related = any(changes.ids(e) for e in self.related)
        if not touched and not related:
            return
        new_ids = self.load_ids()
        for record_id in touched:
            self._records.pop(record_id, None)
        sync_rows(self, self._ids, new_ids)
        if related:
            self.refresh_related()
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))
            return
        for record_id in touched:
            if record_id in self._ids:
                row = self._ids.index(record_id)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def refresh_related(self) -> None:
        """Drop cached names of related records (overridden where names are cached)."""

    def record_at(self, row: int) -> T | None:
        if not 0 <= row < len(self._ids):
            return None
        record_id = self._ids[row]
        if record_id not in self._records:
            # The rows around this one are about to be painted too: read them in one query.
            start = max(0, row - self.CHUNK // 4)
            missing = [i for i in self._ids[start : start + self.CHUNK] if i not in self._records]
            self._records.update({r.id: r for r in self.fetch(missing)})  # type: ignore[attr-defined]
        return self._records.get(record_id)

    def row_of(self, record_id: str) -> int:
        return self._ids.index(record_id) if record_id in self._ids else -1

    # Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.columns[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.record_at(index.row())
        if record is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(record, index.column())
        if role == RecordIdRole:
            return record.id  # type: ignore[attr-defined]
        return None


class ParticipantsModel(RecordTableModel[Participant]):
    """The delegation of one mission: name, position, company, role."""

    context = "ParticipantsModel"
    columns = (
        QT_TRANSLATE_NOOP("ParticipantsModel", "Name"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Position"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Company"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Role"),
    )
    entity = "participant"
    related = ("contact", "organization")

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(services, parent)
        self.mission_id: str | None = None
        self._contacts: dict[str, Contact] = {}
        self._companies: dict[str, str] = {}

    def set_mission(self, mission_id: str | None) -> None:
        self.mission_id = mission_id
        self.refresh_related()
        self.reload()

    def load_ids(self) -> list[str]:
        if self.mission_id is None:
            return []
        return [p.id for p in self.services.participants.for_mission(self.mission_id)]

    def fetch(self, ids: list[str]) -> list[Participant]:
        return self.services.participants.get_many(ids)

    def refresh_related(self) -> None:
        self._contacts.clear()
        self._companies.clear()

    def contact(self, participant: Participant) -> Contact | None:
        if participant.contact_id not in self._contacts:
            contact = self.services.contacts.find(participant.contact_id)
            if contact is None:
                return None
            self._contacts[participant.contact_id] = contact
        return self._contacts[participant.contact_id]

    def cell(self, record: Participant, column: int) -> str:
        contact = self.contact(record)
        if column == 0:
            return contact.name if contact else "?"
        if column == 1:
            return contact.position if contact else ""
        if column == 2:
            organization_id = contact.organization_id if contact else None
            if not organization_id:
                return ""
            if organization_id not in self._companies:
                organization = self.services.organizations.find(organization_id)
                self._companies[organization_id] = organization.name if organization else ""
            return self._companies[organization_id]
        return record.role.label


class OrganizationsModel(RecordTableModel[Organization]):
    """Organizations of the directory matching a filter text, by name."""

    context = "OrganizationsModel"
    columns = (
        QT_TRANSLATE_NOOP("OrganizationsModel", "Name"),
        QT_TRANSLATE_NOOP("OrganizationsModel", "Kind"),
        QT_TRANSLATE_NOOP("OrganizationsModel", "Country"),
        QT_TRANSLATE_NOOP("OrganizationsModel", "City"),
    )
    entity = "organization"

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(services, parent)
        self.text = ""
        self._filtering = LatestOnly(self)

    def set_text(self, text: str) -> None:
        """Show the organizations matching `text` now."""
        self._filtering.supersede()
        self.text = text
        self.reload()

    def set_text_soon(self, text: str) -> None:
        """Show the organizations matching `text` once they are read off the GUI thread.

        For typing, and for the directory's first list: reading a national archive's 50,000
        organizations takes 30-100 ms.
        """
        self._filtering.run(lambda: self.services.organizations.ids(text), lambda ids: self._show(text, ids))

    def flush(self) -> None:
        """Read now what a background read would bring (before code looks for an organization's row)."""
        self._filtering.flush()

    def row_of(self, record_id: str) -> int:
        self.flush()
        return super().row_of(record_id)

    def apply(self, changes: ChangeSet) -> None:
        self.flush()  # a read on its way may predate the change
        super().apply(changes)

    def _show(self, text: str, ids: list[str]) -> None:
        self.beginResetModel()
        self.text, self._ids, self._records = text, ids, {}
        self.endResetModel()

    def load_ids(self) -> list[str]:
        return self.services.organizations.ids(self.text)

    def fetch(self, ids: list[str]) -> list[Organization]:
        return self.services.organizations.get_many(ids)

    def cell(self, record: Organization, column: int) -> str:
        if column == 0:
            return record.name + (f"  ·  {record.name_local}" if record.name_local else "")
        if column == 1:
            return record.kind.label
        if column == 2:
            return country_name(record.country)
        return record.city


class ContactsModel(RecordTableModel[Contact]):
    """Contacts of one organization."""

    context = "ContactsModel"
    columns = (
        QT_TRANSLATE_NOOP("ContactsModel", "Name"),
        QT_TRANSLATE_NOOP("ContactsModel", "Position"),
        QT_TRANSLATE_NOOP("ContactsModel", "E-mail"),
        QT_TRANSLATE_NOOP("ContactsModel", "Phone"),
    )
    entity = "contact"

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(services, parent)
        self.organization_id: str | None = None

    def set_organization(self, organization_id: str | None) -> None:
        self.organization_id = organization_id
        self.reload()

    def load_ids(self) -> list[str]:
        if self.organization_id is None:
            return []
        return [c.id for c in self.services.contacts.list(organization_id=self.organization_id, limit=100_000)]

    def fetch(self, ids: list[str]) -> list[Contact]:
        return self.services.contacts.get_many(ids)

    def cell(self, record: Contact, column: int) -> str:
        return (record.name, record.position, record.email, record.phone)[column]
