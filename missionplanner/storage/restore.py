"""Restoring a database from a backup: check the backup, back up the current file, copy it in."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from missionplanner.domain.errors import DatabaseError
from missionplanner.domain.translation import translate
from missionplanner.storage.backup import BackupManager
from missionplanner.storage.connection import APPLICATION_ID
from missionplanner.storage.database import BUSY_TIMEOUT_MS, inspect_file
from missionplanner.storage.migrations import missing_schema


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as a restore dialog lists it."""

    path: Path
    created: datetime
    missions: int
    # Why it cannot be restored (None when it can).
    problem: str | None = None


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def check_backup(path: Path) -> BackupInfo:
    """Describe a valid Mission Planner backup; raise DatabaseError naming the file when it is not one."""
    path = Path(path)
    if path.is_dir():
        raise DatabaseError(
            translate(
                "Storage", "Cannot restore from {path}: it is a folder, not a backup file. Choose a backup file in it."
            ).format(path=path)
        )
    if not path.is_file():
        raise DatabaseError(
            translate(
                "Storage", "Cannot restore from {path}: there is no such file. Choose an existing backup."
            ).format(path=path)
        )
    try:
        state = inspect_file(path)
    except DatabaseError as error:
        # The reason is a whole sentence of its own, its full stop closing the parentheses.
        raise DatabaseError(
            translate(
                "Storage",
                "Cannot restore from {path}: it is not a valid Mission Planner backup ({reason}) Nothing was changed.",
            ).format(path=path, reason=error.message)
        ) from None
    if not state.exists:
        raise DatabaseError(
            translate(
                "Storage",
                "Cannot restore from {path}: the file is empty, not a Mission Planner backup. Nothing was changed.",
            ).format(path=path)
        )
    try:
        conn = _read_only(path)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            checks = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            # integrity_check passes a copy with a table dropped: the app would fail on it after the restore.
            missing = missing_schema(conn) if app_id == APPLICATION_ID and checks == ["ok"] else []
            missions = 0 if missing else int(conn.execute("SELECT count(*) FROM missions").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise DatabaseError(
            translate(
                "Storage",
                "Cannot restore from {path}: it is not a valid Mission Planner backup ({error}). Nothing was changed.",
            ).format(path=path, error=error)
        ) from None
    if app_id != APPLICATION_ID:
        raise DatabaseError(
            translate(
                "Storage", "Cannot restore from {path}: it is not a Mission Planner backup. Nothing was changed."
            ).format(path=path)
        )
    if checks != ["ok"]:
        raise DatabaseError(
            translate(
                "Storage", "Cannot restore from {path}: the backup itself is damaged ({error}). Choose another backup."
            ).format(path=path, error=checks[0])
        )
    if missing:
        raise DatabaseError(
            translate(
                "Storage",
                "Cannot restore from {path}: it lacks tables or columns that Mission Planner needs ({missing}). "
                "Nothing was changed; choose another backup.",
            ).format(path=path, missing=", ".join(_schema_name(table, column) for table, column in missing))
        )
    created = datetime.fromtimestamp(path.stat().st_mtime, UTC).astimezone()
    return BackupInfo(path, created, missions)


def _schema_name(table: str, column: str | None) -> str:
    """A missing table as its name, a missing column as table.column."""
    return table if column is None else f"{table}.{column}"


def describe_backups(manager: BackupManager) -> list[BackupInfo]:
    """Every backup of a database, newest first; unusable ones are listed with their problem."""
    found = []
    for path in manager.list():
        try:
            found.append(check_backup(path))
        except DatabaseError as error:
            created = datetime.fromtimestamp(path.stat().st_mtime, UTC).astimezone()
            found.append(BackupInfo(path, created, 0, error.message))
    return found


def _copy_aside(manager: BackupManager) -> Path:
    """Keep a byte copy of a database too damaged for the online backup API."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = manager.folder / f"{manager.database_path.stem}-{stamp}-before-restore.damaged"
    try:
        manager.folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(manager.database_path, target)
        wal = manager.database_path.with_name(manager.database_path.name + "-wal")
        if wal.exists():
            shutil.copy2(wal, target.with_name(target.name + "-wal"))
    except OSError as error:
        raise DatabaseError(
            translate(
                "Storage", "Could not keep a copy of {path} before restoring ({error}); nothing was changed."
            ).format(path=manager.database_path, error=error.strerror)
        ) from None
    return target


def _replace_file(source: Path, target: Path) -> None:
    """Put a copy of `source` in place of a damaged `target` atomically (rename over it)."""
    partial = target.with_name(target.name + ".restoring")
    shutil.copyfile(source, partial)
    with partial.open("rb+") as handle:
        os.fsync(handle.fileno())
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    partial.replace(target)


def restore_database(database_path: Path, backup_path: Path, manager: BackupManager | None = None) -> Path | None:
    """Replace the database's content with the backup's; return the safety backup of what it held.

    The backup is checked first and nothing is touched when it is not a valid Mission Planner
    backup. The copy goes through SQLite's backup API in one write transaction, so other
    connections (another window) see either the old content or the restored one, never a mix.
    """
    database_path = Path(database_path)
    manager = manager or BackupManager(database_path)
    check_backup(backup_path)
    if database_path.exists() and Path(backup_path).resolve() == database_path.resolve():
        raise DatabaseError(
            translate("Storage", "Cannot restore {path} from itself; choose a backup file.").format(path=database_path)
        )
    safety: Path | None = None
    damaged = False
    if database_path.exists() and database_path.stat().st_size > 0:
        try:
            inspect_file(database_path)
            safety = manager.create(reason="before-restore")
        except DatabaseError:
            damaged = True
            safety = _copy_aside(manager)
    try:
        if damaged:
            _replace_file(Path(backup_path), database_path)
        else:
            database_path.parent.mkdir(parents=True, exist_ok=True)
            source = _read_only(Path(backup_path))
            try:
                target = sqlite3.connect(str(database_path), timeout=BUSY_TIMEOUT_MS / 1000)
                try:
                    source.backup(target)
                finally:
                    target.close()
            finally:
                source.close()
    except sqlite3.OperationalError as error:
        text = str(error)
        if "locked" in text or "busy" in text:
            raise DatabaseError(
                translate(
                    "Storage",
                    "{path} is busy: another Mission Planner window or command is writing to it. "
                    "Nothing was restored; try again in a moment.",
                ).format(path=database_path)
            ) from None
        raise DatabaseError(_not_restored(database_path, text, safety)) from None
    except (OSError, sqlite3.Error) as error:
        raise DatabaseError(_not_restored(database_path, error, safety)) from None
    return safety


def _not_restored(database_path: Path, error: object, safety: Path | None) -> str:
    """The message of a restore that failed while copying, naming where the previous content was kept."""
    return translate("Storage", "Could not restore {path}: {error}. Its backup is {backup}.").format(
        path=database_path, error=error, backup=safety
    )
