"""Background work: the daily backup at start-up is made off the GUI thread and still happens."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings

from missionplanner.services.app import open_services
from missionplanner.storage.backup import BackupManager
from missionplanner.ui.app import create_main_window
from missionplanner.ui.background import LatestOnly, run_in_background, wait_for_background_work


def test_daily_backup_is_made_in_the_background(qtbot: Any, tmp_path: Path, settings: QSettings) -> None:
    path = tmp_path / "archive.db"
    open_services(path, make_backups=False).close()  # an existing database with no backup yet
    window = create_main_window(path, settings=settings)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: len(BackupManager(path).list()) == 1, timeout=10_000)
    window.close()


def test_failures_come_back_to_the_gui_thread_as_messages(qtbot: Any) -> None:
    failures: list[str] = []

    def broken() -> None:
        raise ValueError("no space left")

    run_in_background(broken, failed=failures.append)
    qtbot.waitUntil(lambda: failures == ["no space left"], timeout=5_000)


def test_an_older_answer_finishing_late_is_dropped(qtbot: Any) -> None:
    owner = QObject()
    reads = LatestOnly(owner)
    release = threading.Event()
    shown: list[str] = []

    def slow() -> str:
        release.wait(5)
        return "old"

    reads.run(slow, shown.append)
    reads.run(lambda: "new", shown.append)
    qtbot.waitUntil(lambda: shown == ["new"])
    release.set()
    wait_for_background_work()
    qtbot.wait(50)  # the old answer's delivery, had it not been dropped
    assert shown == ["new"]
