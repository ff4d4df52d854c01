"""The open database every repository shares: a connection per thread, sqlite-utils loaded on first need."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.db import Table

Parameters = Sequence[Any] | dict[str, Any] | None

# The first bytes of every SQLite database file.
SQLITE_HEADER = b"SQLite format 3\x00"
# "MPLN": marks the file as ours so we never migrate somebody else's SQLite database.
APPLICATION_ID = 0x4D504C4E

# Statements that never open a transaction: for them sqlite-utils' execute() is sqlite3's (it only
# commits or rolls back the implicit transaction of an INSERT, UPDATE or DELETE).
_PLAIN_READS = ("SELECT", "PRAGMA")


class Database:
    """One SQLite database: reads go straight to sqlite3, everything else through sqlite-utils.

    Importing sqlite-utils (with click, dateutil and pluggy) took about a tenth of the desktop app's
    start-up, before the mission list could be painted; start-up only reads, so the import waits for
    the first write, table helper or migration. Anything not defined here is sqlite-utils' Database's.

    With `connect`, each thread other than the one that opened the database gets a connection of its
    own, made by `connect` on its first use. One connection shared between threads serialises them:
    while a background search ran a 0.4 s query, another thread binding a parameter waited for the
    connection's lock while holding the GIL, and the GUI thread froze with it. In WAL mode readers on
    separate connections do not wait for each other, and a reader sees what was committed.
    """

    def __init__(self, conn: sqlite3.Connection, connect: Callable[[], sqlite3.Connection] | None = None) -> None:
        self._first = conn
        self._owner = threading.get_ident()
        self._connect = connect
        self._local = threading.local()
        self._others: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection."""
        if self._connect is None or threading.get_ident() == self._owner:
            return self._first
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
            with self._lock:
                self._others.append(conn)
        return conn

    @property
    def _utils(self) -> sqlite_utils.Database | None:
        """This thread's sqlite-utils Database, if made yet."""
        return getattr(self._local, "utils", None)

    @property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils' Database over this thread's connection (made, and the library imported, on first use)."""
        utils = self._utils
        if utils is None:
            import sqlite_utils

            utils = self._local.utils = sqlite_utils.Database(self.conn, execute_plugins=False)
        return utils

    @staticmethod
    def load_sqlite_utils() -> None:
        """Import sqlite-utils now, so that the first save does not wait for it (~40 ms)."""
        import sqlite_utils  # noqa: F401

    def execute(self, sql: str, parameters: Parameters = None) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed (sqlite-utils' rule)."""
        if sql.lstrip()[:6].upper() in _PLAIN_READS:
            return self.conn.execute(sql, () if parameters is None else parameters)
        return self.utils.execute(sql, parameters)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """sqlite-utils' transaction (a savepoint when one is already open)."""
        with self.utils.atomic():
            yield self

    def __getitem__(self, table: str) -> Table:
        return self.utils[table]  # type: ignore[return-value]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # not sqlite-utils' API (and _utils itself before __init__ ran)
            raise AttributeError(name)
        return getattr(self.utils, name)

    def close(self) -> None:
        """Close every thread's connection (callers make sure no other thread still uses one)."""
        with self._lock:
            others, self._others = self._others, []
        for conn in [self._first, *others]:
            conn.close()
