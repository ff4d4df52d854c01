"""Schema migrations, applied in order by sqlite-utils' Migrations when a database is opened."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from missionplanner.storage.repositories.directory import fill_match_keys

if TYPE_CHECKING:
    from sqlite_utils import Migrations

    from missionplanner.storage.connection import Database

MIGRATION_SET = "missionplanner"

# unicode61 with remove_diacritics 2 folds case in every script and lets "Turkmenbasy"
# find "Türkmenbaşy"; Cyrillic text is tokenised as words like any other.
FTS_TOKENIZER = "unicode61 remove_diacritics 2"

FTS_COLUMNS: dict[str, list[str]] = {
    "missions": ["title", "objectives", "notes"],
    "organizations": ["name", "name_local", "city", "sectors", "notes"],
    "contacts": ["name", "position", "email", "notes"],
    "items": ["title", "city", "venue", "agenda", "notes"],
    "outcomes": ["title", "description", "sector", "commodity"],
}

_TIMESTAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"
_TEXT = "TEXT NOT NULL DEFAULT ''"

INITIAL_SCHEMA = f"""
CREATE TABLE organizations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    name_local {_TEXT},
    kind TEXT NOT NULL,
    country TEXT,
    city {_TEXT},
    address {_TEXT},
    sectors TEXT NOT NULL DEFAULT '[]',
    website {_TEXT},
    phone {_TEXT},
    email {_TEXT},
    notes {_TEXT},
    {_TIMESTAMPS}
);
CREATE INDEX organizations_name ON organizations (name COLLATE NOCASE, id);

CREATE TABLE contacts (
    id TEXT PRIMARY KEY,
    organization_id TEXT REFERENCES organizations (id) ON DELETE SET NULL,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    position {_TEXT},
    email {_TEXT},
    phone {_TEXT},
    languages TEXT NOT NULL DEFAULT '[]',
    notes {_TEXT},
    {_TIMESTAMPS}
);
CREATE INDEX contacts_organization ON contacts (organization_id);
CREATE INDEX contacts_name ON contacts (name COLLATE NOCASE, id);

CREATE TABLE missions (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    origin_country TEXT,
    destination_country TEXT,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL CHECK (end_date >= start_date),
    timezone TEXT NOT NULL,
    objectives {_TEXT},
    notes {_TEXT},
    is_template INTEGER NOT NULL DEFAULT 0 CHECK (is_template IN (0, 1)),
    source_mission_id TEXT REFERENCES missions (id) ON DELETE SET NULL,
    {_TIMESTAMPS}
);
CREATE INDEX missions_list ON missions (is_template, start_date DESC, id);
CREATE INDEX missions_source ON missions (source_mission_id);

CREATE TABLE mission_organizers (
    mission_id TEXT NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (mission_id, organization_id)
);
CREATE INDEX mission_organizers_organization ON mission_organizers (organization_id);

CREATE TABLE participants (
    id TEXT PRIMARY KEY,
    mission_id TEXT NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
    contact_id TEXT NOT NULL REFERENCES contacts (id),
    role TEXT NOT NULL,
    notes {_TEXT},
    position INTEGER NOT NULL DEFAULT 0,
    {_TIMESTAMPS},
    UNIQUE (mission_id, contact_id)
);
CREATE INDEX participants_contact ON participants (contact_id);

CREATE TABLE items (
    id TEXT PRIMARY KEY,
    mission_id TEXT NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    start_local TEXT NOT NULL,
    end_local TEXT NOT NULL,
    timezone TEXT NOT NULL,
    end_timezone TEXT,
    start_utc TEXT NOT NULL,
    end_utc TEXT NOT NULL CHECK (end_utc >= start_utc),
    city {_TEXT},
    venue {_TEXT},
    whole_delegation INTEGER NOT NULL DEFAULT 1 CHECK (whole_delegation IN (0, 1)),
    status TEXT NOT NULL,
    agenda {_TEXT},
    notes {_TEXT},
    travel_mode TEXT,
    travel_from_city {_TEXT},
    travel_to_city {_TEXT},
    travel_reference {_TEXT},
    {_TIMESTAMPS}
);
CREATE INDEX items_mission_start ON items (mission_id, start_utc, id);

CREATE TABLE item_hosts (
    item_id TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (item_id, organization_id)
);
CREATE INDEX item_hosts_organization ON item_hosts (organization_id);

CREATE TABLE item_host_contacts (
    item_id TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    contact_id TEXT NOT NULL REFERENCES contacts (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (item_id, contact_id)
);
CREATE INDEX item_host_contacts_contact ON item_host_contacts (contact_id);

CREATE TABLE item_attendees (
    item_id TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (item_id, participant_id)
);
CREATE INDEX item_attendees_participant ON item_attendees (participant_id);

CREATE TABLE outcomes (
    id TEXT PRIMARY KEY,
    mission_id TEXT NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
    item_id TEXT REFERENCES items (id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    description {_TEXT},
    sector {_TEXT},
    commodity {_TEXT},
    direction TEXT NOT NULL,
    amount TEXT,
    currency TEXT,
    status TEXT NOT NULL,
    signed_on TEXT,
    {_TIMESTAMPS}
);
CREATE INDEX outcomes_mission ON outcomes (mission_id);
CREATE INDEX outcomes_item ON outcomes (item_id);

CREATE TABLE outcome_organizations (
    outcome_id TEXT NOT NULL REFERENCES outcomes (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (outcome_id, organization_id)
);
CREATE INDEX outcome_organizations_organization ON outcome_organizations (organization_id);

CREATE TABLE follow_ups (
    id TEXT PRIMARY KEY,
    mission_id TEXT NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
    outcome_id TEXT REFERENCES outcomes (id) ON DELETE CASCADE,
    action TEXT NOT NULL CHECK (trim(action) <> ''),
    owner {_TEXT},
    due_date TEXT,
    done_on TEXT,
    {_TIMESTAMPS}
);
CREATE INDEX follow_ups_mission ON follow_ups (mission_id);
CREATE INDEX follow_ups_outcome ON follow_ups (outcome_id);
CREATE INDEX follow_ups_open ON follow_ups (done_on, due_date);
"""


def m001_initial_schema(db: Database) -> None:
    # executescript would COMMIT the migration's transaction; run statement by statement.
    for statement in INITIAL_SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


def m002_full_text_search(db: Database) -> None:
    for table, columns in FTS_COLUMNS.items():
        _enable_fts(db, table, columns)


def _enable_fts(db: Database, table: str, columns: list[str]) -> None:
    """sqlite-utils' enable_fts, without its executescript (which would end our transaction)."""
    cols = ", ".join(columns)
    db.execute(f"CREATE VIRTUAL TABLE {table}_fts USING FTS5 ({cols}, tokenize='{FTS_TOKENIZER}', content={table})")
    db.execute(f"INSERT INTO {table}_fts (rowid, {cols}) SELECT rowid, {cols} FROM {table}")
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    db.execute(
        f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {table}_fts (rowid, {cols}) VALUES (new.rowid, {new}); END"
    )
    db.execute(
        f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {table}_fts ({table}_fts, rowid, {cols}) VALUES ('delete', old.rowid, {old}); END"
    )
    db.execute(
        f"CREATE TRIGGER {table}_au AFTER UPDATE ON {table} BEGIN "
        f"INSERT INTO {table}_fts ({table}_fts, rowid, {cols}) VALUES ('delete', old.rowid, {old}); "
        f"INSERT INTO {table}_fts (rowid, {cols}) VALUES (new.rowid, {new}); END"
    )


CUSTOM_CITIES_SCHEMA = f"""
CREATE TABLE custom_cities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    country TEXT,
    latitude REAL CHECK (latitude BETWEEN -90 AND 90),
    longitude REAL CHECK (longitude BETWEEN -180 AND 180),
    timezone TEXT,
    local_names TEXT NOT NULL DEFAULT '[]',
    {_TIMESTAMPS},
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX custom_cities_name ON custom_cities (name COLLATE NOCASE, id);
"""


def m003_custom_cities(db: Database) -> None:
    # Cities users add because reference data (geonames) lacks them; coordinates are optional.
    for statement in CUSTOM_CITIES_SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


def m004_settings(db: Database) -> None:
    # Settings that belong to the database (shared by the GUI and the CLI), stored as JSON values.
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL)")


OUTCOME_HISTORY_SCHEMA = """
CREATE TABLE outcome_status_changes (
    id TEXT PRIMARY KEY,
    outcome_id TEXT NOT NULL REFERENCES outcomes (id) ON DELETE CASCADE,
    changed_on TEXT NOT NULL,
    from_status TEXT,
    to_status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX outcome_status_changes_outcome ON outcome_status_changes (outcome_id, changed_on)
"""


def m005_outcome_history(db: Database) -> None:
    # Status changes of outcomes (date, from, to, note). Outcomes that exist already get no
    # invented history: their history starts with the next change.
    for statement in OUTCOME_HISTORY_SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


def m006_match_keys(db: Database) -> None:
    # The names as an import matches them (domain.people_import.match_key), kept with each record: an
    # import then finds an exact name with one indexed query instead of normalising the whole directory.
    db.execute(f"ALTER TABLE organizations ADD COLUMN match_key {_TEXT}")
    db.execute(f"ALTER TABLE organizations ADD COLUMN local_match_key {_TEXT}")
    db.execute(f"ALTER TABLE contacts ADD COLUMN match_key {_TEXT}")
    # Reindex for search only when a searched column changes: filling the keys of a national archive
    # would otherwise rewrite the full-text index of every organization and contact.
    for table in ("organizations", "contacts"):
        _reindex_on_update_of(db, table, FTS_COLUMNS[table])
    fill_match_keys(db.conn)
    db.execute("CREATE INDEX contacts_match_key ON contacts (match_key)")
    # The organizations in name order with what an import matches them by, read from the index alone
    # (0.08 s instead of 0.16 s for 62,500 names); it serves the name-ordered lists as the old one did.
    db.execute("DROP INDEX organizations_name")
    db.execute(
        "CREATE INDEX organizations_name ON organizations "
        "(name COLLATE NOCASE, id, name_local, match_key, local_match_key)"
    )


def _reindex_on_update_of(db: Database, table: str, columns: list[str]) -> None:
    """The full-text index's update trigger (see _enable_fts), firing only when `columns` are written."""
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    db.execute(f"DROP TRIGGER {table}_au")
    db.execute(
        f"CREATE TRIGGER {table}_au AFTER UPDATE OF {cols} ON {table} BEGIN "
        f"INSERT INTO {table}_fts ({table}_fts, rowid, {cols}) VALUES ('delete', old.rowid, {old}); "
        f"INSERT INTO {table}_fts (rowid, {cols}) VALUES (new.rowid, {new}); END"
    )


# In the order they are applied; a step's function name is its name in _sqlite_migrations.
STEPS: tuple[Callable[[Database], None], ...] = (
    m001_initial_schema,
    m002_full_text_search,
    m003_custom_cities,
    m004_settings,
    m005_outcome_history,
    m006_match_keys,
)


def known_migration_names() -> set[str]:
    return {step.__name__ for step in STEPS}


# Where sqlite-utils records the migrations applied to a database.
MIGRATIONS_TABLE = "_sqlite_migrations"


def table_columns(conn: sqlite3.Connection) -> dict[str, frozenset[str]]:
    """Every table of the database on `conn` (search indexes included) with the names of its columns."""
    names = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    ]
    return {
        name: frozenset(r[0] for r in conn.execute("SELECT name FROM pragma_table_info(?)", [name])) for name in names
    }


@cache
def expected_columns(applied: frozenset[str]) -> dict[str, frozenset[str]]:
    """The tables and columns that the migrations named in `applied` create, found by running them in memory."""
    from missionplanner.storage.connection import Database

    db = Database(sqlite3.connect(":memory:"))
    try:
        for step in STEPS:
            if step.__name__ in applied:
                step(db)
        return table_columns(db.conn)
    finally:
        db.close()


def missing_schema(conn: sqlite3.Connection) -> list[tuple[str, str | None]]:
    """(table, None) for each table and (table, column) for each column that the migrations recorded as
    applied to the database on `conn` created but it lacks (dropped by hand, or a damaged copy).

    An older database lacks the tables of later migrations legitimately: they are made when it is opened.
    """
    actual = table_columns(conn)
    if MIGRATIONS_TABLE not in actual:
        return [(MIGRATIONS_TABLE, None)]
    applied = frozenset(
        r[0] for r in conn.execute(f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [MIGRATION_SET])
    )
    missing: list[tuple[str, str | None]] = []
    for table, columns in expected_columns(applied).items():
        if table not in actual:
            missing.append((table, None))
        else:
            missing.extend((table, column) for column in sorted(columns - actual[table]))
    return missing


@cache
def migration_set() -> Migrations:
    """sqlite-utils' Migrations of STEPS, made (and sqlite-utils imported) when a database needs them."""
    from sqlite_utils import Migrations

    steps = Migrations(MIGRATION_SET)
    for step in STEPS:
        steps()(step)
    return steps
