"""The shape every entity service shares: validate, check references, write in one transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Generic, TypeVar

from missionplanner.domain.errors import Problem, ValidationError, quotable
from missionplanner.domain.models import new_id
from missionplanner.domain.translation import QT_TRANSLATE_NOOP, translate
from missionplanner.domain.validation import ensure_valid
from missionplanner.services.changes import ChangeSet
from missionplanner.storage.repositories.base import Repository
from missionplanner.storage.store import Store

T = TypeVar("T")


class EntityService(Generic[T]):
    """Create, update, delete and get one kind of record."""

    entity: str

    def __init__(self, store: Store, repository: Repository[T], validate: Callable[[T], list[Problem]]) -> None:
        self.store = store
        self.repository = repository
        self._validate = validate

    def problems(self, record: T) -> list[Problem]:
        """Everything wrong with the record, including references to records that do not exist."""
        return self._validate(record) + self.reference_problems(record)

    def reference_problems(self, record: T) -> list[Problem]:
        return []

    def warnings(self, record: T) -> list[Problem]:
        return []

    def get(self, record_id: str) -> T:
        return self.repository.get(record_id)

    def find(self, record_id: str) -> T | None:
        return self.repository.find(record_id)

    def get_many(self, ids: list[str]) -> list[T]:
        """The records with these ids that exist, in the order asked."""
        return self.repository.get_many(ids)

    def create(self, record: T) -> tuple[T, ChangeSet]:
        if not getattr(record, "id", None):
            record = replace(record, id=new_id())  # type: ignore[type-var]
        ensure_valid(self.problems(record))
        with self.store.atomic():
            saved = self.repository.insert(record)
        changes = ChangeSet(warnings=self.warnings(saved)).created(self.entity, saved.id)  # type: ignore[attr-defined]
        return saved, changes

    def update(self, record: T) -> tuple[T, ChangeSet]:
        ensure_valid(self.problems(record))
        with self.store.atomic():
            saved = self.repository.update(record)
        changes = ChangeSet(warnings=self.warnings(saved)).updated(self.entity, saved.id)  # type: ignore[attr-defined]
        return saved, changes

    def revert_to(self, record: T) -> tuple[T, ChangeSet]:
        """Put back an earlier version exactly, its updated_at included (used by undo)."""
        ensure_valid(self.problems(record))
        with self.store.atomic():
            saved = self.repository.update(record, keep_updated_at=True)
        return saved, ChangeSet().updated(self.entity, saved.id)  # type: ignore[attr-defined]

    def delete(self, record_id: str) -> ChangeSet:
        with self.store.atomic():
            self.repository.delete(record_id)
        return ChangeSet().deleted(self.entity, record_id)


# What a reference to a record that does not exist says, one whole sentence per kind of record.
_MISSING = {
    "organization": QT_TRANSLATE_NOOP("Services", "No organization with id '{id}'; choose an existing organization."),
    "contact": QT_TRANSLATE_NOOP("Services", "No contact with id '{id}'; choose an existing contact."),
    "mission": QT_TRANSLATE_NOOP("Services", "No mission with id '{id}'; choose an existing mission."),
}

# The kinds of records `usage` counts (see the directory repositories), as counted phrases.
_USES = {
    "contacts": QT_TRANSLATE_NOOP("Services", "%n contact(s)"),
    "organized missions": QT_TRANSLATE_NOOP("Services", "%n organized mission(s)"),
    "hosted items": QT_TRANSLATE_NOOP("Services", "%n hosted item(s)"),
    "outcomes": QT_TRANSLATE_NOOP("Services", "%n outcome(s)"),
    "delegations": QT_TRANSLATE_NOOP("Services", "%n delegation(s)"),
}


def missing_references(
    repository: Repository[object], ids: Iterable[str | None], field: str, what: str
) -> list[Problem]:
    """A problem for each id that names no existing record; `what` is "organization", "contact" or "mission"."""
    wanted = [i for i in ids if i]
    missing = set(wanted) - repository.existing_ids(wanted)
    message = translate("Services", _MISSING[what])
    return [Problem(field, message.format(id=quotable(i))) for i in sorted(missing)]


def refuse_if_used(usage: dict[str, int], name: str) -> None:
    """Refuse to delete the directory record called `name` while missions still refer to it, saying where."""
    used = {kind: n for kind, n in usage.items() if n}
    if used:
        where = ", ".join(
            translate("Services", _USES[kind], None, n) if kind in _USES else f"{n} {kind}" for kind, n in used.items()
        )
        message = translate("Services", "'{name}' is still used by {where}; remove those references first.")
        raise ValidationError.single("id", message.format(name=name, where=where))
