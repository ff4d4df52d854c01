"""Refreshing a view only when it can be seen: a hidden tab catches up when it is next shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QObject):
    """Runs `refresh` at once while `widget` is visible; otherwise once, when it is next shown.

    Every change reaches every tab of the open mission. On a mission of 2,000 items re-reading it for
    each hidden tab (meetings, overview figures) took more than the 100 ms a click may block the GUI.
    """

    def __init__(self, widget: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.refresh = refresh
        self.stale = False
        widget.installEventFilter(self)

    def request(self) -> None:
        if self.widget.isVisible():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def flush(self) -> None:
        """Catch up now if a refresh is owed (before code reads what the view shows)."""
        if self.stale:
            self.stale = False
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Show:
            self.flush()
        return False
