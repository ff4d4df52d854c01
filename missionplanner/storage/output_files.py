"""Files the app writes (reports, sheets, calendars, mission files, backups): checked before anything is
written, and written whole or not at all, so a half-written file never replaces a good one."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from missionplanner.domain.errors import MissionPlannerError, os_reason
from missionplanner.domain.translation import translate
from missionplanner.storage.connection import APPLICATION_ID, SQLITE_HEADER


def check_target(path: Path, *, replace_backup: bool = False) -> None:
    """Raise MissionPlannerError, naming `path` and what to do, when it cannot be written as a file: an
    empty name, a folder, a device or a pipe (/dev/full), a path through a file, or an SQLite database
    (the open one, given by mistake) or its log, shared memory or journal, unless `replace_backup` and it is
    one of our backups."""
    path = Path(path)
    if path.name in ("", ".", ".."):
        message = translate("Files", "Cannot write '{path}': it is not a file name. Choose a file name.")
        raise MissionPlannerError(message.format(path=path))
    try:
        blocker = _nearest_existing(path)
    except OSError:
        return  # a folder we may not look into: writing will tell, with its reason
    if blocker is not None:
        message = translate(
            "Files", "Cannot write '{path}': '{folder}' is a file, not a folder. Choose a file in an existing folder."
        )
        raise MissionPlannerError(message.format(path=path, folder=blocker))
    if _is_beside_a_database(path):  # there or not yet: SQLite would take the file for its own
        raise MissionPlannerError(_would_lose_a_database(path))
    try:
        status = path.stat()  # follows a link: what matters is what would be lost
    except OSError:
        return  # nothing there (or nothing we can see): writing will tell
    if stat.S_ISDIR(status.st_mode):
        message = translate("Files", "Cannot write '{path}': it is a folder. Choose a file name.")
        raise MissionPlannerError(message.format(path=path))
    if not stat.S_ISREG(status.st_mode):
        message = translate(
            "Files", "Cannot write '{path}': it is not a regular file (a device or a pipe). Choose a file name."
        )
        raise MissionPlannerError(message.format(path=path))
    try:
        with path.open("rb") as handle:
            header = handle.read(_HEADER_SIZE)
    except OSError:
        return  # unreadable: replacing it will fail with its own reason
    database = header.startswith(SQLITE_HEADER) and not (replace_backup and _is_our_backup(header))
    if database or header.startswith(_WAL_MAGIC):
        raise MissionPlannerError(_would_lose_a_database(path))


def _would_lose_a_database(path: Path) -> str:
    message = translate(
        "Files", "Cannot write '{path}': it is a database, which would be lost. Choose another file name."
    )
    return message.format(path=path)


# A write-ahead log's first bytes (big-endian magic, either checksum order); replaced, its commits are lost.
_WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
_COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def _is_beside_a_database(path: Path) -> bool:
    """Whether `path` is a database's log, shared memory or journal (`x.db-wal` beside `x.db`)."""
    for suffix in _COMPANION_SUFFIXES:
        if path.name.endswith(suffix):
            try:
                with path.with_name(path.name.removesuffix(suffix)).open("rb") as handle:
                    return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
            except OSError:
                return False
    return False


# The database header's fields read here: the write version (offset 18) and the application id (68).
_HEADER_SIZE = 100


def _is_our_backup(header: bytes) -> bool:
    """Whether a database header is one of our backups: our application id, in rollback-journal mode.

    A database the app uses keeps write-ahead logging in its header even when closed (and no -wal file is
    left beside it); every backup is switched to a rollback journal when made (`BackupManager.create`).
    """
    rollback_journal = len(header) == _HEADER_SIZE and header[18] == 1
    return rollback_journal and int.from_bytes(header[68:72], "big") == APPLICATION_ID


def _nearest_existing(path: Path) -> Path | None:
    """The nearest existing part of `path`'s folders when it is a file (nothing can go in it), else None."""
    for folder in path.parents:
        if folder.exists():
            return None if folder.is_dir() else folder
    return None


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`; on success it replaces `path`, on failure it is removed.

    `path` must pass `check_target`, in a folder that exists; both are checked before anything is written.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    temp: Path | None = None
    try:
        check_target(path)
        if not folder.is_dir():  # may raise too: a folder we may not look into
            message = translate("Files", "Cannot write '{path}': the folder '{folder}' does not exist.")
            raise MissionPlannerError(message.format(path=path, folder=folder))
        temp = temporary_beside(path)
        yield temp
        give_default_mode(temp)
        # Checked again: rendering a long report leaves time for the name to be taken by something else.
        check_target(path)
        os.replace(temp, path)
    except OSError as error:
        remove_quietly(temp)
        message = translate("Files", "Cannot write '{path}': {reason}.")
        raise MissionPlannerError(message.format(path=path, reason=os_reason(error))) from error
    except BaseException:
        remove_quietly(temp)
        raise


def temporary_beside(path: Path, suffix: str | None = None) -> Path:
    """A new empty file in `path`'s folder, to be renamed over `path` once written; it ends with
    `suffix`, by default `path`'s own (the writers may look at it: .pdf, .xlsx)."""
    folder = path.parent if str(path.parent) else Path(".")
    # Only the start of the stem: with all of a long (legal) name, the added prefix and random part made
    # the temporary name longer than the 255 bytes a name may have. A "suffix" longer than 16 characters
    # is part of a long name.
    if suffix is None:
        suffix = path.suffix if len(path.suffix) <= 16 else ""
    handle, name = tempfile.mkstemp(prefix=f".{path.stem[:24]}-", suffix=suffix, dir=folder)
    os.close(handle)
    return Path(name)


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Read once, at import: reading it means setting it for a moment, which a file made meanwhile by another
# thread (a backup runs in the background) would get.
_UMASK = _read_umask()


def give_default_mode(path: Path) -> None:
    """The permissions an ordinary new file gets (the umask's), not the private ones of a temporary file."""
    os.chmod(path, 0o666 & ~_UMASK)


def remove_quietly(path: Path | None) -> None:
    """Delete an unfinished file if it was made; a failure here must not hide the error being reported."""
    if path is not None:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
