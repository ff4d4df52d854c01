"""Long work runs off the GUI thread behind a progress dialog; Cancel stops it and nothing is half-written."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from missionplanner.domain.errors import MissionPlannerError
from missionplanner.domain.progress import CancelledError, Progress
from missionplanner.ui import long_task
from missionplanner.ui.dialogs.report_dialog import ReportDialog
from missionplanner.ui.long_task import run_long_task
from missionplanner.ui.main_window import MainWindow
from tests.reports.builders import long_mission


def _cancel_when_shown(qtbot: Any) -> list[str]:
    """Press Cancel on the progress dialog as soon as it appears."""
    seen: list[str] = []

    def poll() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        if dialogs:
            seen.append(dialogs[0].labelText())
            dialogs[0].cancel()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_the_work_runs_on_another_thread_and_its_result_comes_back(qtbot: Any) -> None:
    gui_thread = threading.get_ident()

    def work(progress: Progress) -> int:
        progress.begin(3, "Counting")
        for _ in range(3):
            progress.advance()
        return threading.get_ident()

    assert run_long_task(None, "Count", work) != gui_thread


def test_errors_reach_the_caller(qtbot: Any) -> None:
    def work(progress: Progress) -> None:
        raise MissionPlannerError("The file is not readable.")

    with pytest.raises(MissionPlannerError, match="not readable"):
        run_long_task(None, "Read", work)


def test_cancel_stops_the_work_while_the_gui_stays_responsive(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(long_task, "SHOW_AFTER_MS", 0)
    steps: list[int] = []

    def work(progress: Progress) -> None:
        progress.begin(1000, "Slow work")
        for step in range(1000):
            time.sleep(0.01)
            steps.append(step)
            progress.advance()

    seen = _cancel_when_shown(qtbot)
    with pytest.raises(CancelledError):
        run_long_task(None, "Slow work", work)
    assert seen == ["Slow work"]
    assert len(steps) < 1000


def test_a_cancelled_report_leaves_no_file(qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(long_task, "SHOW_AFTER_MS", 0)
    # A programme long enough (about 50 pages) that Cancel arrives while it is being written.
    mission = long_mission(window.services, days=25)
    dialog = ReportDialog(window.services, mission.id, parent=window)
    qtbot.addWidget(dialog)
    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "programme.pdf"
    _cancel_when_shown(qtbot)
    assert dialog.save("pdf", target) is None
    assert not target.exists()
    assert list(folder.iterdir()) == []  # not even a partial file
    assert dialog.hint.text() == "Cancelled; no file was written."
    # Without a cancel the same report is written whole.
    assert dialog.save("pdf", target) == target
    assert target.read_bytes().startswith(b"%PDF")


def test_backup_now_copies_the_database_off_the_gui_thread(qtbot: Any, window: MainWindow) -> None:
    before = window.services.store.backups.list()
    window.backup_action.trigger()
    after = window.services.store.backups.list()
    assert len(after) == len(before) + 1
    assert window.statusBar().currentMessage().startswith("Backup saved to ")


def test_a_cancelled_backup_now_leaves_no_file(qtbot: Any, window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(long_task, "SHOW_AFTER_MS", 0)
    before = window.services.store.backups.list()

    def slow_backup(out: Any = None, progress: Progress | None = None) -> Any:
        assert progress is not None
        progress.begin(100, "Copying")
        for _ in range(100):
            time.sleep(0.02)
            progress.advance()
        raise AssertionError("not cancelled")

    monkeypatch.setattr(window.services, "backup", slow_backup)
    _cancel_when_shown(qtbot)
    window.backup_action.trigger()
    assert window.services.store.backups.list() == before
    assert window.statusBar().currentMessage() == "Backup cancelled; no backup file was left."


def test_clicks_before_the_progress_window_shows_do_not_start_the_work_again(qtbot: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("Import")
    qtbot.addWidget(button)
    button.show()
    clicks: list[int] = []
    button.clicked.connect(lambda: clicks.append(1))

    def work(progress: Progress) -> str:
        time.sleep(0.3)
        return "done"

    # A second click 50 ms in, well before the progress window appears (400 ms).
    QTimer.singleShot(50, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
    assert run_long_task(button, "Import", work) == "done"
    assert clicks == []
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicks == [1]
