"""Work that must not block the GUI thread: the daily backup, the checks, the dashboard's counts."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from missionplanner.domain.errors import MissionPlannerError
from missionplanner.domain.progress import CancelledError

log = logging.getLogger(__name__)

# Carriers of tasks still running: kept alive here (not by a widget that may close meanwhile) until
# their answer has been delivered on the GUI thread.
_RUNNING: set[_Signals] = set()


class _Signals(QObject):
    finished = Signal(object)  # the result, or None
    failed = Signal(str)
    done = Signal()


class _Task(QRunnable):
    def __init__(self, work: Callable[[], object], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            self._run()
        except RuntimeError:  # the carrier went with the application (quitting mid-task): nobody is waiting
            log.debug("background task finished after its application", exc_info=True)

    def _run(self) -> None:
        signals = self.signals
        try:
            result = self.work()
        except CancelledError:
            pass  # stopped on purpose (the app is quitting): nobody is waiting for an answer
        except MissionPlannerError as error:
            signals.failed.emit(error.message)
        except Exception as error:  # a background failure must reach the user as a message, not kill a thread
            log.exception("background task failed")
            signals.failed.emit(str(error))
        else:
            signals.finished.emit(result)
        signals.done.emit()


def _guarded(receiver: QObject | None, callback: Callable[..., None]) -> Callable[..., None]:
    """`callback`, skipped once `receiver` (the widget that asked) has been destroyed."""

    def call(*args: object) -> None:
        if receiver is None or shiboken6.isValid(receiver):
            callback(*args)

    return call


def run_in_background(
    work: Callable[[], object],
    *,
    finished: Callable[[object], None] | None = None,
    failed: Callable[[str], None] | None = None,
    parent: QObject | None = None,
) -> _Signals:
    """Run `work` on the global thread pool; the callbacks run on the GUI thread, and not at all if
    `parent` (the object that asked) is gone by then."""
    signals = _Signals()
    _RUNNING.add(signals)
    if finished is not None:
        signals.finished.connect(_guarded(parent, finished))
    if failed is not None:
        signals.failed.connect(_guarded(parent, failed))
    signals.done.connect(lambda: _RUNNING.discard(signals))
    # The lambda above and the carrier hold each other through Qt, out of the garbage collector's
    # sight: delete the carrier (and with it the callbacks' references) once it has delivered.
    signals.done.connect(signals.deleteLater)
    QThreadPool.globalInstance().start(_Task(work, signals))
    return signals


class LatestOnly:
    """Background reads for one purpose (a count, a list, search hits): only the latest one asked for is
    delivered, so an older answer finishing late never overwrites a newer one. Code that cannot wait for
    the read on its way can `flush` it: done at once, on the calling thread."""

    def __init__(self, parent: QObject) -> None:
        self.parent = parent
        self._asked = 0
        self._pending: tuple[Callable[[], Any], Callable[[Any], None]] | None = None

    @property
    def pending(self) -> bool:
        """Whether the latest read asked for has not been delivered yet."""
        return self._pending is not None

    def run(
        self,
        work: Callable[[], Any],
        finished: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        asked = self.supersede()
        self._pending = (work, finished)

        def deliver(result: object) -> None:
            if asked == self._asked:
                self._pending = None
                finished(result)

        def report(message: str) -> None:
            if asked == self._asked and failed is not None:
                failed(message)

        run_in_background(work, finished=deliver, failed=report, parent=self.parent)

    def flush(self) -> None:
        """Do the read on its way now, on this thread, and deliver it; its background answer is dropped."""
        if self._pending is not None:
            work, finished = self._pending
            self.supersede()
            finished(work())

    def supersede(self) -> int:
        """Drop the answers still on their way (a newer one, maybe given at once, replaces them)."""
        self._asked += 1
        self._pending = None
        return self._asked


def wait_for_background_work(timeout_ms: int = 30_000) -> bool:
    """Block until no background task runs (before closing the database they read)."""
    finished = QThreadPool.globalInstance().waitForDone(timeout_ms)
    if not finished:
        log.warning("background work still running after %d ms", timeout_ms)
    return finished


def ensure_enough_threads(minimum: int = 4) -> None:
    """A long daily backup must not keep the checks and counts waiting on a one- or two-CPU machine."""
    pool = QThreadPool.globalInstance()
    pool.setMaxThreadCount(max(pool.maxThreadCount(), minimum))


def close_after_background_work(services: object) -> None:
    """Close the services' database once no background task reads it any more."""
    wait_for_background_work()
    services.close()  # type: ignore[attr-defined]
