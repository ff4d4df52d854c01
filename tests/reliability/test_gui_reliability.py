"""The GUI side: restore from backup (dialog, reload), and the warning when a database is already open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLockFile, QSettings
from PySide6.QtWidgets import QMessageBox

from missionplanner.ui import app as ui_app
from missionplanner.ui import locking
from missionplanner.ui.background import close_after_background_work
from missionplanner.ui.dialogs.restore_dialog import RestoreDialog
from missionplanner.ui.main_window import MainWindow
from tests.ui.conftest import answer, in_dialog, settings, window  # noqa: F401


def test_restore_from_backup_through_the_dialog_reloads_the_window(
    window: MainWindow,  # noqa: F811
    qtbot: Any,
    answer: list[str],  # noqa: F811
) -> None:
    services = window.services
    backup = services.backup()
    for summary in services.missions.summaries():
        services.missions.delete(summary.id)
    assert window.services.missions.summaries() == []
    assert "&Restore from backup…" in [a.text() for a in window.menuBar().actions()[0].menu().actions()]

    def choose(dialog: Any) -> None:
        assert isinstance(dialog, RestoreDialog)
        assert dialog.table.rowCount() >= 1
        assert dialog.table.item(0, 1).text() == "2"
        dialog.select(0)
        assert dialog.restore_button.isEnabled()
        dialog.restore_button.click()

    errors = in_dialog(qtbot, choose)
    assert window.restore_from_backup() is True
    assert errors == []
    # The window shows the restored database through a fresh connection.
    assert len(window.services.missions.summaries()) == 2
    assert window.services.doctor() == []
    previous = [p for p in window.services.store.backups.list() if "before-restore" in p.name]
    assert len(previous) == 1
    assert backup.exists()


def test_restoring_a_bad_file_is_refused_with_a_message(
    window: MainWindow,  # noqa: F811
    tmp_path: Path,
    answer: list[str],  # noqa: F811
) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_text("not a backup")
    before = len(window.services.missions.summaries())
    assert window.restore_from_backup(bogus) is False
    assert len(answer) == 1
    assert str(bogus) in answer[0]
    assert len(window.services.missions.summaries()) == before


def _start(tmp_path: Path, db: Path, qapp: Any) -> MainWindow | None:
    settings_ = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return ui_app.create_main_window(db, settings=settings_)


def test_a_database_open_in_another_window_gives_a_warning(
    tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "missions.db"
    asked: list[str] = []
    monkeypatch.setattr(locking, "ask_open_locked", lambda path, owner: asked.append(str(path)) or False)
    first = _start(tmp_path, db, qapp)
    assert first is not None
    assert locking.lock_file_path(db).exists()
    # A second window on the same file: the user is warned and may cancel.
    assert _start(tmp_path, db, qapp) is None
    assert asked == [str(db)]
    # ... or open anyway.
    monkeypatch.setattr(locking, "ask_open_locked", lambda path, owner: True)
    second = _start(tmp_path, db, qapp)
    assert second is not None
    close_after_background_work(second.services)  # as closing the window does
    second.deleteLater()
    first.database_lock.unlock()  # type: ignore[attr-defined]
    close_after_background_work(first.services)  # as closing the window does
    first.deleteLater()
    assert not locking.lock_file_path(db).exists()


def test_the_real_warning_offers_open_anyway_or_cancel(
    tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[list[str]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append([b.text() for b in box.buttons()])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert locking.ask_open_locked(tmp_path / "x.db", "") is False
    assert "Open anyway (read-only risk)" in shown[0]
    assert "Cancel" in "".join(shown[0]).replace("&", "")


def test_a_stale_lock_from_a_crashed_window_is_taken_over(
    tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "missions.db"
    lock_path = locking.lock_file_path(db)
    # A lock file whose process no longer exists (QLockFile format: pid, app name, host name).
    from PySide6.QtCore import QSysInfo

    lock_path.write_text(f"999999\nmissionplanner\n{QSysInfo.machineHostName()}\n")
    monkeypatch.setattr(locking, "ask_open_locked", lambda path, owner: pytest.fail("asked about a stale lock"))
    window_ = _start(tmp_path, db, qapp)
    assert window_ is not None
    assert isinstance(window_.database_lock, QLockFile)  # type: ignore[attr-defined]
    window_.database_lock.unlock()  # type: ignore[attr-defined]
    close_after_background_work(window_.services)  # as closing the window does
    window_.deleteLater()


def test_opening_another_database_takes_its_lock_and_releases_the_old_one(
    qtbot: Any,
    tmp_path: Path,
    settings: QSettings,  # noqa: F811
) -> None:
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    main = ui_app.create_main_window(first, settings=settings)
    assert main is not None
    qtbot.addWidget(main)
    assert locking.lock_file_path(first).exists()
    assert main.open_database(second)
    assert locking.lock_file_path(second).exists()
    assert not locking.lock_file_path(first).exists()
    assert main.open_database(second)  # reopening its own database asks nothing and keeps the lock
    assert locking.lock_file_path(second).exists()
    main.close()


def test_opening_a_database_locked_by_another_window_asks_first(
    qtbot: Any,
    tmp_path: Path,
    settings: QSettings,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mine, theirs = tmp_path / "mine.db", tmp_path / "theirs.db"
    main = ui_app.create_main_window(mine, settings=settings)
    assert main is not None
    qtbot.addWidget(main)
    other = QLockFile(str(locking.lock_file_path(theirs)))
    assert other.tryLock(0)
    asked: list[str] = []
    monkeypatch.setattr(locking, "ask_open_locked", lambda path, owner: asked.append(str(path)) or False)
    assert not main.open_database(theirs)
    assert asked == [str(theirs)]
    assert main.services.path == mine
    other.unlock()
    main.close()
