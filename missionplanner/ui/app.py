"""Starting the desktop application: Qt set-up, opening the database, the main window."""

from __future__ import annotations

import gc
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from missionplanner import APPLICATION, ORGANIZATION, __version__
from missionplanner.domain.errors import MissionPlannerError
from missionplanner.domain.progress import Progress
from missionplanner.services.app import Services, open_services
from missionplanner.storage.location import default_database_path
from missionplanner.ui.background import ensure_enough_threads, run_in_background
from missionplanner.ui.language import apply_language
from missionplanner.ui.locking import LockCancelledError, lock_database
from missionplanner.ui.main_window import MainWindow, preload_pages
from missionplanner.ui.views.workspace import preload_tabs

log = logging.getLogger(__name__)


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    return app


def open_startup_database(path: Path, *, with_samples: bool, daily_backup: bool = True) -> Services:
    """Open the database chosen at start-up; a new one gets the samples when asked."""
    services = open_services(path, daily_backup=daily_backup)
    if services.created and with_samples:
        # Imported only for a new database: the mission file format it loads costs every start-up ~40 ms.
        from missionplanner.exchange.samples import seed_samples

        seed_samples(services)
    return services


def choose_database(db: Path | None, settings: QSettings) -> tuple[Path, bool]:
    """The database to open and whether it is the default one (which gets the samples when new)."""
    if db is not None:
        return Path(db), False
    default = default_database_path()
    last = settings.value("lastDatabase")
    if isinstance(last, str) and last and Path(last).exists():
        return Path(last), Path(last) == default
    return default, True


def create_main_window(
    db: Path | None,
    *,
    with_samples: bool = False,
    seed_default: bool = True,
    settings: QSettings | None = None,
    language: str | None = None,
    warm_up: bool = True,
) -> MainWindow | None:
    """Open the database and build the window; on failure show why and return None.

    `language` ('en', 'ru') overrides the one chosen in Preferences for this run. With `warm_up`, what
    the first actions need is loaded in the background once the window is painted.
    """
    app = application()
    settings = settings or QSettings()
    apply_language(app, settings, language)
    ensure_enough_threads()
    path, is_default = choose_database(db, settings)
    try:
        lock = lock_database(path)
    except LockCancelledError:
        return None
    try:
        services = open_startup_database(
            path, with_samples=with_samples or (is_default and seed_default), daily_backup=False
        )
    except MissionPlannerError as error:
        if lock is not None:
            lock.unlock()
        QMessageBox.critical(None, QCoreApplication.translate("App", "Mission Planner cannot start"), error.message)
        return None
    window = MainWindow(services, settings)
    # Held as long as the window lives; released (file removed) when it is destroyed.
    window.database_lock = lock  # type: ignore[attr-defined]
    # A full copy of a large archive takes seconds: make the daily backup off the GUI thread.
    backup = Progress()
    window.background_work = backup  # type: ignore[attr-defined]
    run_in_background(
        lambda: services.store.backups.create_if_due(backup), failed=lambda message: _backup_failed(window, message)
    )

    # Once the window is up, load off the GUI thread what start-up did not need but the first actions do.
    if warm_up:

        def load_ahead() -> None:
            services.warm_up()
            preload_tabs()
            preload_pages()

        def after_load(_: object) -> None:
            window.workspace.prepare()  # widgets: on the GUI thread, once the modules are loaded
            _keep_from_collector()

        ready = _AfterFirstPaint(lambda: run_in_background(load_ahead, finished=after_load, parent=window), window)
        window.mission_list.view.viewport().installEventFilter(ready)
    return window


def _keep_from_collector(_: object = None) -> None:
    # What start-up and the warm-up loaded (modules, the reference cities, the window) lives as long as the
    # app. Each full pass of the cyclic garbage collector walked all of it and held every thread, the GUI's
    # too, for 150-350 ms now and then on the scale archive; frozen, it is left out of those passes.
    # Once: later windows (another database opened) hold little of their own.
    if not gc.get_freeze_count():
        gc.freeze()


def stop_background_work(window: MainWindow | None, *, wait_ms: int = 10_000) -> None:
    """Cancel what still runs in the background (a daily backup) and wait for it to leave no trace."""
    progress = getattr(window, "background_work", None)
    if isinstance(progress, Progress):
        progress.cancel()
    QThreadPool.globalInstance().waitForDone(wait_ms)


def _backup_failed(window: MainWindow, message: str) -> None:
    if shiboken6.isValid(window):
        text = QCoreApplication.translate("App", "The daily backup could not be made: {reason}")
        window.statusBar().showMessage(text.format(reason=message), 15000)


def install_error_handler() -> None:
    """Show unexpected errors in a message box instead of a traceback on a console nobody reads."""

    def handle(kind: type[BaseException], error: BaseException, trace: object) -> None:
        log.error("unexpected error", exc_info=(kind, error, trace))  # type: ignore[arg-type]
        message = error.message if isinstance(error, MissionPlannerError) else f"{kind.__name__}: {error}"
        text = QCoreApplication.translate(
            "App",
            "Something went wrong and the last action may not have finished:\n\n{reason}\n\n"
            "Your saved data is safe: every change is saved whole or not at all.",
        )
        QMessageBox.critical(
            QApplication.activeWindow(),
            QCoreApplication.translate("App", "Unexpected error"),
            text.format(reason=message),
        )

    sys.excepthook = handle


class _AfterFirstPaint(QObject):
    """Calls `then` from the event loop once the watched widget has been painted for the first time.

    With `announce` it prints the wall-clock moment of that paint ("first paint at <seconds since the
    epoch>"), so a benchmark can time start-up without the process's exit in it.
    """

    def __init__(self, then: Callable[[], None], parent: QObject, *, announce: bool = False) -> None:
        super().__init__(parent)
        self.then = then
        self.announce = announce

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if self.announce:
                print(f"first paint at {time.time():.6f}", flush=True)
            QTimer.singleShot(0, self.then)  # leave the paint event first
        return False


def run_gui(
    db: Path | None,
    *,
    with_samples: bool = False,
    seed_default: bool = True,
    quit_when_ready: bool = False,
    language: str | None = None,
) -> int:
    """The `missionplanner` command without arguments: run the desktop app until it is closed.

    With `quit_when_ready` the app exits with 0 right after the mission list's first paint (for
    measuring start-up time).
    """
    app = application()
    install_error_handler()
    window = create_main_window(
        # Nothing to load ahead for a run that quits at its first paint (it would wait for it to finish).
        db,
        with_samples=with_samples,
        seed_default=seed_default,
        language=language,
        warm_up=not quit_when_ready,
    )
    if window is None:
        return 2
    if quit_when_ready:
        quitter = _AfterFirstPaint(lambda: QApplication.instance().exit(0), window, announce=True)
        window.mission_list.view.viewport().installEventFilter(quitter)
    window.show()
    try:
        return app.exec()
    finally:
        stop_background_work(window)
