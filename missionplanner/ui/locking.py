"""A lock file beside the database, so a second window on the same file is noticed and the user warned."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox


def lock_file_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def ask_open_locked(path: Path, owner: tuple[object, object] | None) -> bool:
    """Warn that another window has the database open; True when the user opens it anyway.

    `owner` is the (process id, host name) of the other window, when the lock file tells it.
    """
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("DatabaseLock", "Database already open"), "")
    if not owner:
        first = QCoreApplication.translate(
            "DatabaseLock", "{path} is already open in another Mission Planner window."
        ).format(path=path)
    else:
        first = QCoreApplication.translate(
            "DatabaseLock", "{path} is already open in another Mission Planner window (process {process} on {host})."
        ).format(path=path, process=owner[0], host=owner[1])
    rest = QCoreApplication.translate(
        "DatabaseLock",
        "Both windows can read it, but edits made in one are not shown in the other, and a save in "
        "one may have to wait for the other. Close the other window first if you can.",
    )
    box.setText(f"{first}\n\n{rest}")
    anyway = box.addButton(
        QCoreApplication.translate("DatabaseLock", "Open anyway (read-only risk)"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is anyway


def lock_database(path: Path) -> QLockFile | None:
    """Take `<db>.lock` beside the database. Returns the lock (None when the folder does not allow
    one); raises LockCancelledError when another window holds it and the user chose not to open anyway.
    A lock left by a crashed window is stale (its process is gone) and is taken over silently."""
    if not path.parent.is_dir():
        return None
    lock = QLockFile(str(lock_file_path(path)))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however old
    if lock.tryLock(0):
        return lock
    if lock.error() != QLockFile.LockError.LockFailedError:
        return None  # cannot create it (read-only folder): opening reports what matters
    info = lock.getLockInfo()  # (pid, hostname, appname) in PySide6
    owner = (info[0], info[1]) if len(info) == 3 and info[0] else None
    if not ask_open_locked(path, owner):
        raise LockCancelledError
    return None


class LockCancelledError(Exception):
    """The database is open in another window and the user chose not to open it here too."""
