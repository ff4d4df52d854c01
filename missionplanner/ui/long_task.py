"""Long work (reports, imports) on a worker thread, with a progress dialog the user can cancel."""

from __future__ import annotations

import contextvars
import logging
import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from missionplanner.domain.errors import MissionPlannerError
from missionplanner.domain.progress import CancelledError, Progress

log = logging.getLogger(__name__)
T = TypeVar("T")

# The dialog appears only for work that lasts longer than this; quick work shows nothing.
SHOW_AFTER_MS = 400
POLL_MS = 50

_USER_INPUT = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.Shortcut,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.Wheel,
    QEvent.Type.Close,
}


class _Outcome:
    """What the worker hands back: its result or its error, and that it is done (thread-safe)."""

    def __init__(self) -> None:
        self.result: object = None
        self.error: BaseException | None = None
        self.done = threading.Event()


class _Done(QObject):
    finished = Signal()


class _Worker(QRunnable):
    """Runs the work once; deleted by the pool afterwards (the outcome lives on in `_Outcome`)."""

    def __init__(self, work: Callable[[], object], outcome: _Outcome, done: _Done) -> None:
        super().__init__()
        self.work: Callable[[], object] | None = work
        self.outcome = outcome
        self.done = done

    def run(self) -> None:
        outcome, done, work = self.outcome, self.done, self.work
        self.work = None
        try:
            assert work is not None
            outcome.result = work()
        except BaseException as error:  # handed to the GUI thread, which raises it there
            if not isinstance(error, MissionPlannerError):
                log.error("long task failed", exc_info=error)
            # Drop the tracebacks here: their frames hold the task's Qt objects (a report's QTextDocument),
            # which must be destroyed in the thread that made them, not later in the GUI thread.
            cause: BaseException | None = error
            while cause is not None:
                cause.__traceback__ = None
                cause = cause.__cause__ or cause.__context__
            outcome.error = error
            del error
        outcome.done.set()
        done.finished.emit()


class _InputBlocker(QObject):
    """Swallows the user's clicks and keys everywhere but the progress dialog while a task runs.

    The dialog is window-modal only once shown (after SHOW_AFTER_MS); until then a second click on the
    same button must not start the work again.
    """

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__()
        self.dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _USER_INPUT:
            return False
        if isinstance(watched, QWindow):  # input reaches a window before its widgets
            return watched is not self.dialog.windowHandle()
        if isinstance(watched, QWidget):
            return not (watched is self.dialog or self.dialog.isAncestorOf(watched))
        return False


def run_long_task(parent: QWidget | None, title: str, work: Callable[[Progress], T], *, cancellable: bool = True) -> T:
    """Run `work(progress)` on a worker thread and wait for it while the GUI stays responsive.

    A modal progress dialog shows the stages `work` reports and offers Cancel, which makes the
    task's next `progress.check()` raise CancelledError. Whatever `work` raises is raised here, in the
    GUI thread. The caller's context (the report language chosen with use_language) goes along.
    Work that cannot stop halfway (one transaction that never checks) is run with `cancellable` False:
    the window then offers no Cancel.
    """
    progress = Progress()
    context = contextvars.copy_context()
    outcome = _Outcome()
    done = _Done()
    loop = QEventLoop()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(title)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("LongTask", "Cancel"))
    else:
        dialog.setCancelButton(None)
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
    QTimer.singleShot(SHOW_AFTER_MS, dialog, lambda: None if outcome.done.is_set() else dialog.show())
    blocker = _InputBlocker(dialog)
    application = QApplication.instance()
    application.installEventFilter(blocker)
    try:
        QThreadPool.globalInstance().start(_Worker(lambda: context.run(work, progress), outcome, done))
        loop.exec()
        if not outcome.done.is_set():
            # The loop ended early: the application is quitting. Stop the work and let it finish.
            progress.cancel()
            outcome.done.wait()
    finally:
        application.removeEventFilter(blocker)
        timer.stop()
        timer.deleteLater()
        done.deleteLater()
        dialog.reset()
        dialog.close()
        dialog.deleteLater()
    if outcome.error is not None:
        raise outcome.error
    if progress.cancelled and outcome.result is None:
        raise CancelledError
    # Work that finished before it noticed a late Cancel is kept: it is complete.
    return outcome.result  # type: ignore[return-value]
