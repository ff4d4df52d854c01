"""Long work (reports, imports) on a worker thread, with a progress dialog the user can cancel."""

from __future__ import annotations

import contextvars
import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from missionplanner.domain.errors import MissionPlannerError
from missionplanner.domain.progress import Progress

log = logging.getLogger(__name__)
T = TypeVar("T")

# The dialog appears only for work that lasts longer than this; quick work shows nothing.
SHOW_AFTER_MS = 400
POLL_MS = 50


class _Done(QObject):
    finished = Signal()


class _Worker(QRunnable):
    def __init__(self, work: Callable[[], object], done: _Done) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.done = done
        self.result: object = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work()
        except BaseException as error:  # handed to the GUI thread, which raises it there
            if not isinstance(error, MissionPlannerError):
                log.error("long task failed", exc_info=error)
            # Drop the traceback here: its frames hold the task's Qt objects (a report's QTextDocument),
            # which must be destroyed in the thread that made them, not later in the GUI thread.
            self.error = error.with_traceback(None)
            del error
        self.done.finished.emit()


def run_long_task(parent: QWidget | None, title: str, work: Callable[[Progress], T]) -> T:
    """Run `work(progress)` on a worker thread and wait for it while the GUI stays responsive.

    A modal progress dialog shows the stages `work` reports and offers Cancel, which makes the
    task's next `progress.check()` raise CancelledError. Whatever `work` raises is raised here, in the
    GUI thread. The caller's context (the report language chosen with use_language) goes along.
    """
    progress = Progress()
    context = contextvars.copy_context()
    done = _Done()
    worker = _Worker(lambda: context.run(work, progress), done)
    loop = QEventLoop()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(title)
    dialog.setCancelButtonText(QCoreApplication.translate("LongTask", "Cancel"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    # Shown by our timer below, not by QProgressDialog's own guess from the progress rate.
    dialog.setMinimumDuration(2**30)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setRange(0, 0)
    dialog.canceled.connect(progress.cancel)

    def show_state() -> None:
        if dialog.wasCanceled():  # also set by the cancel() slot, which emits no signal
            progress.cancel()
        done_steps, total, text = progress.state()
        if text and dialog.labelText() != text:
            dialog.setLabelText(text)
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done_steps, total))
        else:
            dialog.setRange(0, 0)
            dialog.setValue(0)

    timer = QTimer(interval=POLL_MS)
    timer.timeout.connect(show_state)
    timer.start()
    finished: list[bool] = []
    done.finished.connect(lambda: finished.append(True), Qt.ConnectionType.QueuedConnection)
    QTimer.singleShot(SHOW_AFTER_MS, lambda: None if finished else dialog.show())
    QThreadPool.globalInstance().start(worker)
    loop.exec()
    timer.stop()
    dialog.reset()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    # Work that finished before it noticed a late Cancel is kept: it is complete.
    return worker.result  # type: ignore[return-value]
