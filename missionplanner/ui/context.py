"""What every view needs: the services, the change hub, the undo stack, and how to report errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from missionplanner.services.app import Services
from missionplanner.ui.commands import CreateCommand, DeleteCommand, ServiceCommand, UpdateCommand
from missionplanner.ui.hub import ChangeHub
from missionplanner.ui.widgets.ask import error_text


class AppContext:
    """The open database's services plus the GUI plumbing shared by all views."""

    def __init__(self, services: Services, undo_stack: QUndoStack | None = None) -> None:
        self.services = services
        self.hub = ChangeHub()
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack()
        self.report_error: Callable[[str, str], None] = lambda title, message: None

    def push(self, command: ServiceCommand) -> bool:
        """Run an undoable edit; on failure show why and return False (nothing was changed)."""
        self.undo_stack.push(command)
        if command.error is not None:
            self.report_error(
                QCoreApplication.translate("AppContext", "The change was not saved"), error_text(command.error)
            )
            return False
        return True

    def create(self, entity: str, record: Any, text: str) -> Any | None:
        command = CreateCommand(self.services, self.hub, entity, record, text)
        return command.record if self.push(command) else None

    def update(self, entity: str, record: Any, text: str) -> bool:
        return self.push(UpdateCommand(self.services, self.hub, entity, record, text))

    def delete(self, entity: str, record_id: str, text: str) -> bool:
        return self.push(DeleteCommand(self.services, self.hub, entity, record_id, text))
