"""The open SQLite connection every repository shares, with sqlite-utils loaded on first need."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.db import Table

Parameters = Sequence[Any] | dict[str, Any] | None

# Statements that never open a transaction: for them sqlite-utils' execute() is sqlite3's (it only
# commits or rolls back the implicit transaction of an INSERT, UPDATE or DELETE).
_PLAIN_READS = ("SELECT", "PRAGMA")


class Database:
    """One SQLite connection: reads go straight to sqlite3, everything else through sqlite-utils.

    Importing sqlite-utils (with click, dateutil and pluggy) took about a tenth of the desktop app's
    start-up, before the mission list could be painted; start-up only reads, so the import waits for
    the first write, table helper or migration. Anything not defined here is sqlite-utils' Database's.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None

    @property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils' Database over the same connection (made, and the library imported, on first use)."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._utils

    def load_sqlite_utils(self) -> None:
        """Import sqlite-utils now, so that the first save does not wait for it (~40 ms)."""
        self.utils  # noqa: B018 (made for its side effect)

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
        self.conn.close()
