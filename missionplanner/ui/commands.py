"""Undoable edits: each QUndoCommand calls the services and captures its own undo state in redo()."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from missionplanner.domain.errors import MissionPlannerError
from missionplanner.domain.models import Organization
from missionplanner.domain.snapshot import MissionSnapshot
from missionplanner.services.app import Services
from missionplanner.services.changes import Action, ChangeSet
from missionplanner.services.trash import Removal
from missionplanner.ui.hub import ChangeHub
from missionplanner.ui.long_task import run_long_task

ENTITY_SERVICES = {
    "organization": "organizations",
    "contact": "contacts",
    "mission": "missions",
    "participant": "participants",
    "item": "items",
    "outcome": "outcomes",
    "follow_up": "follow_ups",
    "city": "cities",
}


class ServiceCommand(QUndoCommand):
    """Base: runs service calls, publishes their ChangeSets, remembers the last error."""

    def __init__(self, services: Services, hub: ChangeHub, text: str) -> None:
        super().__init__(text)
        self.services = services
        self.hub = hub
        self.done_message = ""
        self.undone_message = QCoreApplication.translate("Commands", "Undone: {action}").format(action=text)

        self.error: MissionPlannerError | None = None
        self._done_before = False  # the first redo is push()'s, which AppContext.push reports on

    def redo(self) -> None:
        # An exception must not escape into Qt: an obsolete command is dropped by push() (and by redo()).
        try:
            self.error = None
            self._redo()
        except MissionPlannerError as error:
            self.error = error
            self.setObsolete(True)
            if self._done_before:
                title = QCoreApplication.translate("Commands", "Cannot redo {action}").format(action=self.text())
                self.hub.failed.emit(title, error)
        self._done_before = True

    def undo(self) -> None:
        try:
            self.error = None
            self._undo()
        except MissionPlannerError as error:
            # Said, and dropped from the stack: offering to redo what could not be undone would be wrong
            # (the record undo wanted to remove, say, was deleted from another window meanwhile).
            self.error = error
            self.setObsolete(True)
            title = QCoreApplication.translate("Commands", "Cannot undo {action}").format(action=self.text())
            self.hub.failed.emit(title, error)

    def _redo(self) -> None:
        """Do the edit (first time and after an undo)."""

    def _undo(self) -> None:
        """Revert the edit."""

    def service(self, entity: str) -> Any:
        return getattr(self.services, ENTITY_SERVICES[entity])

    def publish(self, changes: ChangeSet, message: str) -> None:
        self.hub.publish(changes, message)


class CreateCommand(ServiceCommand):
    """Create a record; undo deletes it; redo re-creates it with the same id."""

    def __init__(self, services: Services, hub: ChangeHub, entity: str, record: Any, text: str) -> None:
        super().__init__(services, hub, text)
        self.entity = entity
        self.record = record
        self.warnings: list[Any] = []

    def _redo(self) -> None:
        saved, changes = self.service(self.entity).create(self.record)
        self.record = saved
        self.warnings = changes.warnings
        self.publish(changes, self.done_message or self.text())

    def _undo(self) -> None:
        self.publish(self.service(self.entity).delete(self.record.id), self.undone_message)


class UpdateCommand(ServiceCommand):
    """Replace a record with an edited version; undo writes back the version captured in redo()."""

    def __init__(self, services: Services, hub: ChangeHub, entity: str, record: Any, text: str) -> None:
        super().__init__(services, hub, text)
        self.entity = entity
        self.after = record
        self.before: Any = None

    def _redo(self) -> None:
        service = self.service(self.entity)
        if self.before is None:
            self.before = service.get(self.after.id)
        _, changes = service.update(self.after)
        self.publish(changes, self.done_message or self.text())

    def _undo(self) -> None:
        _, changes = self.service(self.entity).revert_to(self.before)
        self.publish(changes, self.undone_message)


class DeleteCommand(ServiceCommand):
    """Delete a record and whatever goes with it; undo restores all of it with the same ids."""

    def __init__(self, services: Services, hub: ChangeHub, entity: str, record_id: str, text: str) -> None:
        super().__init__(services, hub, text)
        self.entity = entity
        self.record_id = record_id
        self.removal: Removal | None = None

    def _redo(self) -> None:
        self.removal = self.services.trash.capture(self.entity, self.record_id)
        changes = self.service(self.entity).delete(self.record_id)
        self.publish(changes, self.done_message or self.text())

    def _undo(self) -> None:
        assert self.removal is not None
        self.publish(self.services.trash.restore(self.removal), self.undone_message)


class FunctionCommand(ServiceCommand):
    """An edit given as a pair of functions returning ChangeSets (for compound actions)."""

    def __init__(
        self,
        services: Services,
        hub: ChangeHub,
        text: str,
        do: Callable[[], ChangeSet],
        undo: Callable[[], ChangeSet],
    ) -> None:
        super().__init__(services, hub, text)
        self._do = do
        self._undo_fn = undo

    def _redo(self) -> None:
        self.publish(self._do(), self.done_message or self.text())

    def _undo(self) -> None:
        self.publish(self._undo_fn(), self.undone_message)


class ImportMissionCommand(ServiceCommand):
    """Import a whole mission; undo removes it and puts the directory back as it was.

    With `keep_directory` (a mission made from another one here: a clone, a template copy) the directory's
    records are referred to as they are: neither written back from the plan nor, on undo, put back; undo
    removes only those the import had to add.
    """

    def __init__(
        self, services: Services, hub: ChangeHub, snapshot: MissionSnapshot, text: str, *, keep_directory: bool = False
    ) -> None:
        super().__init__(services, hub, text)
        self.snapshot = snapshot
        self.keep_directory = keep_directory
        self.previous: dict[str, Any] = {}
        self.added: set[str] | None = None  # with keep_directory: the directory records the import added
        self.captured = False

    def _redo(self) -> None:
        if not self.captured and not self.keep_directory:
            # What the directory held before, so undo can restore updated records exactly.
            self.previous = {
                record.id: existing
                for record in (*self.snapshot.organizations, *self.snapshot.contacts)
                if (existing := self._find(record)) is not None
            }
        self.captured = True
        services, snapshot, keep = self.services, self.snapshot, self.keep_directory
        # A 2,000-item mission takes a noticeable moment to write: off the GUI thread (one transaction).
        changes = run_long_task(
            None, self.text(), lambda _: services.missions.restore(snapshot, keep_directory=keep), cancellable=False
        )
        if keep:
            self.added = {*changes.ids("organization", Action.CREATED), *changes.ids("contact", Action.CREATED)}
        self.publish(changes, self.done_message or self.text())

    def _find(self, record: Any) -> Any:
        service = self.services.organizations if isinstance(record, Organization) else self.services.contacts
        return service.find(record.id)

    def _undo(self) -> None:
        services, snapshot, previous, added = self.services, self.snapshot, self.previous, self.added
        changes = run_long_task(
            None,
            self.text(),
            lambda _: services.trash.revert_import(snapshot, previous, only_added=added),
            cancellable=False,
        )
        self.publish(changes, self.undone_message)


class SaveOutcomeCommand(ServiceCommand):
    """Log or edit an outcome with a status note; undo restores the outcome and its history exactly."""

    def __init__(self, services: Services, hub: ChangeHub, outcome: Any, *, on: date, note: str, text: str) -> None:
        super().__init__(services, hub, text)
        self.outcome = outcome
        self.on = on
        self.note = note
        self.before: Any = None
        self.existed: bool | None = None

    def _redo(self) -> None:
        outcomes = self.services.outcomes
        if self.existed is None:
            self.existed = outcomes.find(self.outcome.id) is not None
            if self.existed:
                self.before = outcomes.state(self.outcome.id)
        if self.existed:
            _, changes = outcomes.update(self.outcome, on=self.on, note=self.note)
        else:
            _, changes = outcomes.create(self.outcome, on=self.on, note=self.note)
        self.publish(changes, self.done_message or self.text())

    def _undo(self) -> None:
        outcomes = self.services.outcomes
        changes = outcomes.restore_state(self.before) if self.existed else outcomes.delete(self.outcome.id)
        self.publish(changes, self.undone_message)
