"""Backups as a use-case: list them with date and mission count, restore one safely, check the result."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from missionplanner.storage.backup import BackupManager
from missionplanner.storage.restore import BackupInfo, check_backup, describe_backups, restore_database
from missionplanner.storage.store import Store, open_store

__all__ = ["BackupInfo", "BackupService", "RestoreResult", "restore_backup"]


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: where the previous content was kept, and what doctor found afterwards."""

    database: Path
    restored_from: Path
    previous_content: Path | None
    missions: int
    problems: tuple[str, ...]


def restore_backup(database_path: Path, backup_file: Path) -> RestoreResult:
    """Restore `backup_file` into the database at `database_path` (open or not, even damaged).

    The current content is backed up first; a file that is not a valid Mission Planner backup is
    refused before anything is touched. Afterwards the database is opened (migrating an older
    backup) and checked as `doctor` does.
    """
    database_path = Path(database_path)
    info = check_backup(backup_file)
    previous = restore_database(database_path, Path(backup_file), BackupManager(database_path))
    store = open_store(database_path, make_backups=False)
    try:
        problems = tuple(store.integrity_problems())
    finally:
        store.close()
    return RestoreResult(database_path, Path(backup_file), previous, info.missions, problems)


class BackupService:
    """The backups of one open database."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self) -> list[BackupInfo]:
        """Backups in the folder beside the database, newest first, with date and mission count."""
        return describe_backups(self.store.backups)

    def check(self, backup_file: Path) -> BackupInfo:
        return check_backup(backup_file)

    def restore(self, backup_file: Path) -> RestoreResult:
        """Restore into this database. The open connection stays usable but callers should reopen
        the database (pending migrations of an older backup are applied on opening)."""
        return restore_backup(self.store.path, backup_file)
