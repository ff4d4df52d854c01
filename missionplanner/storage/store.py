"""An open Mission Planner database: its repositories, transactions, backups and checks."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from missionplanner.domain.errors import DatabaseError
from missionplanner.domain.translation import translate
from missionplanner.storage.backup import BackupManager
from missionplanner.storage.connection import Database
from missionplanner.storage.database import open_sqlite, translate_errors
from missionplanner.storage.migrations import missing_schema
from missionplanner.storage.repositories.cities import CityRepository
from missionplanner.storage.repositories.dashboard import DashboardRepository
from missionplanner.storage.repositories.directory import ContactRepository, OrganizationRepository
from missionplanner.storage.repositories.history import HistoryRepository
from missionplanner.storage.repositories.itinerary import ItemRepository
from missionplanner.storage.repositories.missions import MissionRepository, ParticipantRepository
from missionplanner.storage.repositories.outcomes import (
    FollowUpRepository,
    OutcomeRepository,
    OutcomeStatusChangeRepository,
)
from missionplanner.storage.repositories.search import SearchRepository
from missionplanner.storage.repositories.settings import SettingsRepository


class IntegrityReport(NamedTuple):
    """What doctor finds: every problem, and the tables whose search index alone is stale (repairable)."""

    problems: list[str]
    stale_search_indexes: tuple[str, ...]


class Store:
    """The repositories of one open database, and the transaction that groups their writes."""

    def __init__(self, db: Database, path: Path, created: bool, backups: BackupManager) -> None:
        self.db = db
        self.path = path
        self.created = created
        self.backups = backups
        self.organizations = OrganizationRepository(db)
        self.contacts = ContactRepository(db)
        self.missions = MissionRepository(db)
        self.participants = ParticipantRepository(db)
        self.items = ItemRepository(db)
        self.outcomes = OutcomeRepository(db)
        self.outcome_status_changes = OutcomeStatusChangeRepository(db)
        self.follow_ups = FollowUpRepository(db)
        self.search = SearchRepository(db)
        self.settings = SettingsRepository(db)
        self.cities = CityRepository(db)
        self.history = HistoryRepository(db)
        self.dashboard = DashboardRepository(db)

    def prepare_for_writing(self) -> None:
        """Load what writing needs but reading does not (start-up only reads); safe off the GUI thread."""
        self.db.load_sqlite_utils()

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction: everything inside happens whole or not at all."""
        with translate_errors(self.path):
            try:
                with self._transaction():
                    yield
            except sqlite3.IntegrityError as error:
                raise DatabaseError(
                    translate("Storage", "The change was refused by the database ({error}); nothing was saved.").format(
                        error=error
                    )
                ) from None

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        # sqlite-utils' atomic() starts with a deferred BEGIN: a transaction that reads first and
        # writes later can then fail with SQLITE_BUSY halfway, without waiting, when another
        # process wrote in between. BEGIN IMMEDIATE takes the write lock up front (waiting up to
        # busy_timeout), so a transaction either starts with the lock or fails before doing anything.
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():  # nested: a savepoint
                yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def counts(self) -> dict[str, int]:
        """How many records of each main kind the database holds."""
        tables = ("missions", "organizations", "contacts", "participants", "items", "outcomes", "follow_ups")
        # A table dropped by hand is left out (integrity_problems reports it) rather than failing the count.
        present = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {
            t.replace("_", "-"): int(self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in tables
            if t in present
        }

    def is_empty(self) -> bool:
        return self.missions.count() == 0 and self.organizations.count() == 0

    def integrity_problems(self) -> list[str]:
        """What `PRAGMA integrity_check` and `foreign_key_check` report; empty when healthy."""
        return self.integrity_report().problems

    def integrity_report(self) -> IntegrityReport:
        """The integrity problems, and which of them `rebuild_search_index` repairs (stale search indexes)."""
        try:
            problems = [r[0] for r in self.db.execute("PRAGMA integrity_check") if r[0] != "ok"]
            missing = missing_schema(self.db.conn)
            problems.extend(_schema_problem(table, column) for table, column in missing)
            for table, rowid, parent, _ in self.db.execute("PRAGMA foreign_key_check"):
                problems.append(
                    translate("Storage", "{table} row {row} refers to a missing {parent} record").format(
                        table=table, row=rowid, parent=parent
                    )
                )
        except sqlite3.DatabaseError as error:
            # Damage bad enough to stop the checks themselves is the finding, not a crash.
            damaged = translate("Storage", "the database file is damaged ({error}); restore it from a backup")
            return IntegrityReport([damaged.format(error=error)], ())
        # A table or index missing altogether is a schema problem above: only a backup brings it back.
        stale = self._stale_search_indexes({table for table, column in missing if column is None})
        problems.extend(
            translate("Storage", "the search index of {table} is out of date (run doctor --repair)").format(table=table)
            for table in stale
        )
        return IntegrityReport(problems, stale)

    def _stale_search_indexes(self, missing: set[str]) -> tuple[str, ...]:
        stale = []
        for table in ("missions", "organizations", "contacts", "items", "outcomes"):
            if table in missing or f"{table}_fts" in missing:
                continue
            try:
                # rank 1 makes FTS5 also compare an external-content index with its table; without
                # it only the index's own structure is checked and a stale index passes.
                self.db.execute(f"INSERT INTO {table}_fts ({table}_fts, rank) VALUES ('integrity-check', 1)")
            except sqlite3.DatabaseError:
                stale.append(table)
        return tuple(stale)

    def rebuild_search_index(self) -> None:
        """Rebuild the search indexes there are: a table (or index) dropped by hand needs a backup, and
        `integrity_problems` says so."""
        missing = {table for table, column in missing_schema(self.db.conn) if column is None}
        with self.atomic():
            for table in ("missions", "organizations", "contacts", "items", "outcomes"):
                if table not in missing and f"{table}_fts" not in missing:
                    self.db.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('rebuild')")

    def close(self) -> None:
        self.db.close()


def _schema_problem(table: str, column: str | None) -> str:
    """What doctor says of a table or column the migrations made that the database no longer has."""
    if column is None:
        return translate("Storage", "the table {table} is missing; restore the database from a backup").format(
            table=table
        )
    return translate(
        "Storage", "the column {column} of the table {table} is missing; restore the database from a backup"
    ).format(table=table, column=column)


def open_store(path: Path, *, make_backups: bool = True, daily_backup: bool = True) -> Store:
    """Open, check and migrate the database at `path` (created if missing)."""
    path = Path(path)
    backups = BackupManager(path)
    db, created = open_sqlite(path, backups=backups if make_backups else None, daily_backup=daily_backup)
    return Store(db, path, created, backups)
