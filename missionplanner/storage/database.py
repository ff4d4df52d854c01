"""Opening a Mission Planner database safely: inspect, refuse what is not ours, back up, migrate."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from missionplanner.domain.errors import DatabaseError
from missionplanner.domain.translation import translate
from missionplanner.storage.backup import BackupManager
from missionplanner.storage.connection import APPLICATION_ID, SQLITE_HEADER, Database
from missionplanner.storage.migrations import MIGRATION_SET, known_migration_names, migration_set

BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class FileState:
    """What inspecting a database file found before anything was written to it."""

    exists: bool
    pending_migrations: bool


def _header_problem(path: Path) -> str | None:
    """The message refusing `path` when it cannot be an intact SQLite database, judged from its header alone."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_HEADER):
        return translate(
            "Storage",
            "Cannot open {path}: it is not a Mission Planner database (not an SQLite file). "
            "It was left untouched; choose another file, or restore it from a backup.",
        ).format(path=path)
    if len(header) < 100 or (_truncated(header, size) and not _has_wal(path)):
        return translate(
            "Storage",
            "Cannot open {path}: it is damaged (the file is truncated). "
            "It was left untouched; choose another file, or restore it from a backup.",
        ).format(path=path)
    return None


def _has_wal(path: Path) -> bool:
    """Whether a write-ahead log with content lies beside the file.

    A process killed while copying the log into the file (a checkpoint) leaves the header already
    counting pages the file does not hold yet; SQLite finishes the copy from the log on the next open,
    so the file is not truncated for good.
    """
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def _truncated(header: bytes, size: int) -> bool:
    """Whether a file of `size` bytes is shorter than its full 100-byte SQLite `header` says it is."""
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    return bool(valid_for == change_counter and page_count and size < page_count * page_size)


def inspect_file(path: Path) -> FileState:
    """Check that `path` is a usable Mission Planner database without modifying it."""
    if path.is_dir():
        raise DatabaseError(
            translate("Storage", "{path} is a folder, not a database file. Choose a file name.").format(path=path)
        )
    if not path.exists() or path.stat().st_size == 0:
        return FileState(exists=False, pending_migrations=True)
    try:
        problem = _header_problem(path)
    except OSError as error:
        raise DatabaseError(
            translate("Storage", "Cannot read {path}: {error}. Check the file's permissions.").format(
                path=path, error=error.strerror
            )
        ) from None
    if problem:
        raise DatabaseError(problem)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            applied: set[str] = set()
            if "_sqlite_migrations" in tables:
                applied = {
                    r[0]
                    for r in conn.execute(
                        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
                    )
                }
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        if _folder_read_only(path, error):  # not damage: see _folder_read_only
            raise DatabaseError(_read_only_folder_message(path)) from None
        raise DatabaseError(
            translate(
                "Storage",
                "Cannot open {path}: it is damaged ({error}). It was left untouched; restore it from a backup.",
            ).format(path=path, error=error)
        ) from None
    if not tables:
        return FileState(exists=True, pending_migrations=True)
    if app_id != APPLICATION_ID:
        raise DatabaseError(
            translate(
                "Storage",
                "Cannot open {path}: it is an SQLite database of another program, not a Mission Planner "
                "database. It was left untouched; choose another file.",
            ).format(path=path)
        )
    unknown = applied - known_migration_names()
    if unknown:
        raise DatabaseError(
            translate(
                "Storage",
                "Cannot open {path}: it was written by a newer version of Mission Planner. "
                "It was left untouched; update Mission Planner to open it.",
            ).format(path=path)
        )
    return FileState(exists=True, pending_migrations=bool(known_migration_names() - applied))


def _connect(path: Path) -> Database:
    # Background work (searches, checks, imports) gets a connection per thread: see Database.
    return Database(_open_connection(path), connect=lambda: _open_connection(path))


def _open_connection(path: Path) -> sqlite3.Connection:
    # Closed by the thread that opened the database, whichever thread used it.
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # As sqlite-utils sets it (it is loaded only for writes, and some writes go to the connection
    # directly): a row replaced by INSERT OR REPLACE fires its delete trigger, keeping the search index right.
    conn.execute("PRAGMA recursive_triggers = ON")
    # 64 MB of page cache instead of 2 MB: an import into a national archive updates index pages all over
    # a 700 MB file (10,000 contacts written in 1.6 s instead of 2.0 s); only pages read take memory.
    conn.execute("PRAGMA cache_size = -65536")
    # FULL also syncs the write-ahead log on every commit: an agreement once saved survives a power cut.
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _check_writable(path: Path) -> None:
    target = path if path.exists() else path.parent
    if target.exists() and not os.access(target, os.W_OK):
        if target == path:
            message = translate(
                "Storage",
                "Cannot open {path}: the file is read-only. "
                "Make it writable, or copy the database somewhere you can write to.",
            )
            raise DatabaseError(message.format(path=path))
        raise DatabaseError(_read_only_folder_message(path))


def _read_only_folder_message(path: Path) -> str:
    return translate(
        "Storage",
        "Cannot open {path}: the folder is read-only. "
        "Make it writable, or copy the database somewhere you can write to.",
    ).format(path=path)


def _folder_read_only(path: Path, error: sqlite3.Error) -> bool:
    """Whether SQLite's `error` comes from the folder of `path`, where no file can be created.

    SQLite creates its -wal and -shm files beside the database (it cannot even read a database in
    WAL mode without them) and says only "unable to open database file". The folder is tried by
    creating a file, since os.access says yes to root and to an immutable folder.
    """
    if getattr(error, "sqlite_errorcode", 0) & 0xFF not in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY):
        return False
    try:
        with tempfile.TemporaryFile(dir=path.parent):
            return False
    except OSError as trying:
        return trying.errno in (errno.EACCES, errno.EPERM, errno.EROFS)


def open_sqlite(
    path: Path, *, backups: BackupManager | None = None, daily_backup: bool = True
) -> tuple[Database, bool]:
    """Open (creating if needed) and migrate the database; return it and whether it was new.

    With `daily_backup` False the caller makes the daily backup itself (the GUI does it after the
    window is shown, off the GUI thread); the backup before a schema upgrade is always made here.
    """
    path = Path(path)
    state = inspect_file(path)
    _check_writable(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            translate("Storage", "Cannot create the folder for {path}: {error}.").format(
                path=path, error=error.strerror
            )
        ) from None
    if backups is not None and state.exists and state.pending_migrations:
        backups.create(reason="before-upgrade")
    try:
        db = _connect(path)
        db.execute("PRAGMA journal_mode = WAL")
        with translate_errors(path):
            if state.pending_migrations:
                with db.atomic():
                    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                migration_set().apply(db)
                db.execute(f"PRAGMA user_version = {len(known_migration_names())}")
                # An upgrade may rewrite every row (m006 fills a key for each name): copy the log into
                # the file now rather than on the first save, which it made 1 s slower on the scale archive.
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as error:
        if _folder_read_only(path, error):
            raise DatabaseError(_read_only_folder_message(path)) from None
        raise DatabaseError(
            translate("Storage", "Cannot open {path}: {error}.").format(path=path, error=error)
        ) from None
    if backups is not None and state.exists and daily_backup:
        backups.create_if_due()
    return db, not state.exists


@contextlib.contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    try:
        yield
    except sqlite3.OperationalError as error:
        text = str(error)
        if "locked" in text or "busy" in text:
            raise DatabaseError(
                translate(
                    "Storage",
                    "{path} is busy: another Mission Planner window or command is writing to it. "
                    "Try again in a moment.",
                ).format(path=path)
            ) from None
        if "readonly" in text:
            raise DatabaseError(
                translate("Storage", "{path} is read-only; make it writable and try again.").format(path=path)
            ) from None
        if "full" in text:
            raise DatabaseError(
                translate("Storage", "The disk holding {path} is full; free some space and try again.").format(
                    path=path
                )
            ) from None
        raise DatabaseError(
            translate("Storage", "Database error in {path}: {error}.").format(path=path, error=text)
        ) from None
    except sqlite3.DatabaseError as error:
        # Only the plain class means a damaged file ("malformed"); integrity and programming errors pass on.
        if type(error) is not sqlite3.DatabaseError:
            raise
        raise DatabaseError(
            translate("Storage", "{path} is damaged ({error}); nothing was saved. Restore it from a backup.").format(
                path=path, error=error
            )
        ) from None
