"""Online backups of a database file: on demand, before upgrades, and at most once a day."""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from missionplanner.domain.errors import DatabaseError, MissionPlannerError, os_reason
from missionplanner.domain.progress import NO_PROGRESS, CancelledError, Progress
from missionplanner.domain.translation import translate
from missionplanner.storage.output_files import check_target, give_default_mode, remove_quietly, temporary_beside

KEEP_BACKUPS = 10
DAY_SECONDS = 24 * 60 * 60


class BackupManager:
    """Backups of one database, kept in a `<name>.backups` folder beside it."""

    def __init__(self, database_path: Path, keep: int = KEEP_BACKUPS) -> None:
        self.database_path = Path(database_path)
        self.folder = self.database_path.with_name(self.database_path.name + ".backups")
        self.keep = keep

    def list(self) -> list[Path]:
        """Existing backups, newest first."""
        if not self.folder.is_dir():
            return []
        found = [p for p in self.folder.glob("*.db") if p.is_file()]
        return sorted(found, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)

    def create(self, out: Path | None = None, *, reason: str = "manual", progress: Progress = NO_PROGRESS) -> Path:
        """Copy the database with SQLite's online backup API (safe while it is in use).

        The copy goes in steps of 1,024 pages; between steps `progress` may cancel it (the app quitting
        during the daily backup of a large archive), which leaves no file behind.
        """
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
        target = Path(out) if out is not None else self.folder / f"{self.database_path.stem}-{stamp}-{reason}.db"
        if target.resolve() == self.database_path.resolve():
            raise DatabaseError(
                translate("Storage", "Cannot back up {path} onto itself; choose another file.").format(
                    path=self.database_path
                )
            )
        if out is not None:
            try:
                check_target(target, replace_backup=True)  # a new backup may replace an older one
            except MissionPlannerError as error:
                raise DatabaseError(error.message) from None
        partial: Path | None = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            # Not named *.db: the list of backups must not show a copy still being made.
            partial = temporary_beside(target, ".partial")
            source = sqlite3.connect(f"{self.database_path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                copy = sqlite3.connect(str(partial))
                try:
                    source.backup(copy, pages=1024, progress=lambda status, left, total: progress.check())
                    # A backup should be a single self-contained file, not a WAL pair.
                    copy.execute("PRAGMA journal_mode = DELETE")
                finally:
                    copy.close()
            finally:
                source.close()
            give_default_mode(partial)
            partial.replace(target)
        except CancelledError:
            remove_quietly(partial)
            raise
        except (OSError, sqlite3.Error) as error:
            remove_quietly(partial)
            reason = os_reason(error) if isinstance(error, OSError) else error
            raise DatabaseError(
                translate("Storage", "Could not write the backup {path}: {error}.").format(path=target, error=reason)
            ) from None
        if out is None:
            self._prune()
        return target

    def create_if_due(self, progress: Progress = NO_PROGRESS) -> Path | None:
        """Make the daily backup unless one was made in the last 24 hours."""
        existing = self.list()
        if existing and time.time() - existing[0].stat().st_mtime < DAY_SECONDS:
            return None
        return self.create(reason="daily", progress=progress)

    def _prune(self) -> None:
        for old in self.list()[self.keep :]:
            old.unlink(missing_ok=True)
