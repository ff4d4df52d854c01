"""Work that must not block the GUI thread, such as the daily backup of a large archive."""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

from missionplanner.domain.errors import MissionPlannerError
from missionplanner.domain.progress import CancelledError

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(object)  # the result, or None
    failed = Signal(str)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], object], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except CancelledError:
            return  # stopped on purpose (the app is quitting): nobody is waiting for an answer
        except MissionPlannerError as error:
            self._emit(self.signals.failed, error.message)
        except Exception as error:  # a background failure must reach the user as a message, not kill a thread
            log.exception("background task failed")
            self._emit(self.signals.failed, str(error))
        else:
            self._emit(self.signals.finished, result)

    def _emit(self, signal: SignalInstance, value: object) -> None:
        # The window that asked may be gone by now (closed while a backup ran): then nobody listens.
        if shiboken6.isValid(self.signals):
            signal.emit(value)


def run_in_background(
    work: Callable[[], object],
    *,
    finished: Callable[[object], None] | None = None,
    failed: Callable[[str], None] | None = None,
    parent: QObject | None = None,
) -> _Signals:
    """Run `work` on the global thread pool; the callbacks run on the GUI thread."""
    signals = _Signals(parent)
    if finished is not None:
        signals.finished.connect(finished)
    if failed is not None:
        signals.failed.connect(failed)
    QThreadPool.globalInstance().start(_Task(work, signals))
    return signals
