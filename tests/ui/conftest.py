"""GUI fixtures: a main window over a real database, settings in tmp_path, dialogs answered."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from missionplanner.exchange.samples import seed_samples
from missionplanner.i18n.catalog import activate
from missionplanner.i18n.languages import Language
from missionplanner.services.app import open_services
from missionplanner.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _english(qapp: QApplication) -> None:
    """The GUI in English, as the app installs it at start-up (plural forms, Qt's own texts)."""
    activate(Language.ENGLISH, qapp)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _window(qtbot: Any, path: Path, settings: QSettings, samples: bool) -> MainWindow:
    services = open_services(path)
    if samples:
        seed_samples(services)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Shortcuts only reach the active window.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, settings: QSettings) -> Iterator[MainWindow]:
    """The main window on a database holding the two sample missions."""
    return _window(qtbot, tmp_path / "missions.db", settings, samples=True)


@pytest.fixture
def empty_window(qtbot: Any, tmp_path: Path, settings: QSettings) -> Iterator[MainWindow]:
    return _window(qtbot, tmp_path / "empty.db", settings, samples=False)


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer every QMessageBox question with Yes and record what was asked or shown."""
    asked: list[str] = []

    def question(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    def record(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "critical", record)
    return asked


def _open_dialog() -> QDialog | None:
    modal = QApplication.activeModalWidget()
    if isinstance(modal, QDialog):
        return modal
    # Offscreen, a modal dialog is not always "active": look for a visible one.
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    return shown[-1] if shown else None


def in_dialog(qtbot: Any, act: Callable[[QDialog], None], *, attempts: int = 250) -> list[str]:
    """Run `act` on the next dialog once it is shown (as a user would fill it in); give up after ~5 s."""
    # Until the dialog is handled the list says so, so a test cannot pass without it.
    errors: list[str] = ["the dialog was not shown"]

    def handle(left: int) -> None:
        dialog = _open_dialog()
        if dialog is None:
            if left:
                QTimer.singleShot(20, lambda: handle(left - 1))
            return
        errors.clear()
        try:
            act(dialog)
        except Exception as error:  # surface failures in the test, and never leave a dialog open
            errors.append(repr(error))
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, lambda: handle(attempts))
    return errors


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type text as a keyboard would, including letters QTest cannot (Cyrillic, ň ý ş ä ž ç ö ü)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def wait_for_checks(qtbot: Any, window: MainWindow) -> None:
    """The checks run off the GUI thread: wait until the open mission's findings are in."""
    checks = window.workspace.checks
    qtbot.waitUntil(lambda: not checks.pending and checks.checked == window.workspace.mission_id, timeout=10_000)


def wait_for_plan(qtbot: Any, window: MainWindow) -> None:
    """The open mission's items are read off the GUI thread: wait until the agenda shows them."""
    agenda = window.workspace.itinerary.model
    qtbot.waitUntil(lambda: not agenda.loading, timeout=10_000)


@pytest.fixture
def silent_pipe(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """Makes named pipes nothing writes to. Should the app open one anyway (which waits for a writer), it
    is let go after 5 s, reading as empty, so that the test fails instead of hanging."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs named pipes")
    done = threading.Event()
    watchdogs: list[threading.Thread] = []

    def release(path: Path) -> None:
        if not done.wait(5):
            with path.open("wb"):
                pass

    def make(name: str) -> Path:
        path = tmp_path / name
        os.mkfifo(path)
        watchdogs.append(threading.Thread(target=release, args=(path,), daemon=True))
        watchdogs[-1].start()
        return path

    yield make
    done.set()
    for watchdog in watchdogs:
        watchdog.join()
