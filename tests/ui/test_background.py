"""Background work: the daily backup at start-up is made off the GUI thread and still happens."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from missionplanner.services.app import open_services
from missionplanner.storage.backup import BackupManager
from missionplanner.ui.app import create_main_window
from missionplanner.ui.background import run_in_background


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
