"""A small signal hub that broadcasts every ChangeSet, so each model updates just what changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from missionplanner.services.changes import ChangeSet


class ChangeHub(QObject):
    """Relays what the services changed to every interested model and view."""

    changed = Signal(object)  # ChangeSet
    message = Signal(str)  # a confirmation for the status bar
    failed = Signal(str, object)  # a title and the MissionPlannerError of an undo or redo that could not be done

    def publish(self, changes: ChangeSet, message: str = "") -> None:
        if changes:
            self.changed.emit(changes)
        if message:
            self.message.emit(message)
