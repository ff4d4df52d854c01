"""Random edits, undos and redos through the GUI's undo stack; undoing everything restores the database.

Records are compared row by row, every table ordered by primary key, every column included:
undo writes back the earlier version exactly, its `created_at` and `updated_at` too.
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtGui import QUndoStack

from missionplanner.domain.enums import ParticipantRole
from missionplanner.domain.models import Contact, FollowUp, Organization, Outcome, Participant
from missionplanner.exchange.samples import seed_samples
from missionplanner.services.app import open_services
from missionplanner.ui.commands import CreateCommand, DeleteCommand, UpdateCommand
from missionplanner.ui.context import AppContext
from tests.conftest import BELARUS_MISSION_ID
from tests.reliability.conftest import PROFILE
from tests.services.factories import item_of

NAMES = st.text(alphabet="abcdefghijklmnopqrstuvwxyzÄÖÜşňýžçАБВГД ", min_size=1, max_size=20).map(
    lambda s: s.strip() or "x"
)


# Known gap (reported in issue 12's work): undoing the deletion of a participant puts them back at
# the end of the delegation (a new `position`), not where they were. Everything else is exact.
IGNORED: set[tuple[str, str]] = set()


def table_dump(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    dump: dict[str, list[tuple[Any, ...]]] = {}
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%' "
            "AND name NOT LIKE 'sqlite_%' AND name != '_sqlite_migrations' ORDER BY name"
        )
    ]
    for table in tables:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if (table, r[1]) not in IGNORED]
        keys = [r[1] for r in sorted(conn.execute(f"PRAGMA table_info({table})"), key=lambda r: r[5]) if r[5]]
        order = ", ".join(keys or columns)
        dump[table] = list(conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}"))
    return dump


class UndoMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        self.services = open_services(Path(self.folder.name) / "missions.db", make_backups=False)
        seed_samples(self.services)
        self.context = AppContext(self.services, QUndoStack())
        self.mission = self.services.missions.get(BELARUS_MISSION_ID)
        self.start = table_dump(self.services.store.db.conn)

    def push(self, command: Any) -> None:
        self.context.push(command)

    def _ids(self, table: str, where: str = "") -> list[str]:
        sql = f"SELECT id FROM {table} {where} ORDER BY rowid"  # creation order: stable across runs
        return [r[0] for r in self.services.store.db.execute(sql, [self.mission.id] if "?" in where else [])]

    @rule(name=NAMES)
    def create_organization(self, name: str) -> None:
        self.push(CreateCommand(self.services, self.context.hub, "organization", Organization(id="", name=name), "t"))

    @rule(name=NAMES, data=st.data())
    def create_contact(self, name: str, data: st.DataObject) -> None:
        orgs = self._ids("organizations")
        org = data.draw(st.sampled_from([None, *orgs]))
        record = Contact(id="", name=name, organization_id=org)
        self.push(CreateCommand(self.services, self.context.hub, "contact", record, "t"))

    @rule(data=st.data())
    def add_participant(self, data: st.DataObject) -> None:
        contacts = self._ids("contacts")
        contact = data.draw(st.sampled_from(contacts))
        record = Participant(id="", mission_id=self.mission.id, contact_id=contact, role=ParticipantRole.MEMBER)
        self.push(CreateCommand(self.services, self.context.hub, "participant", record, "t"))

    @rule(title=NAMES, day=st.integers(min_value=23, max_value=27))
    def create_item(self, title: str, day: int) -> None:
        record = item_of(self.mission, title, day=day, timezone=self.mission.timezone)
        self.push(CreateCommand(self.services, self.context.hub, "item", record, "t"))

    @rule(title=NAMES)
    def create_outcome(self, title: str) -> None:
        record = Outcome(id="", mission_id=self.mission.id, title=title)
        self.push(CreateCommand(self.services, self.context.hub, "outcome", record, "t"))

    @rule(action=NAMES)
    def create_follow_up(self, action: str) -> None:
        record = FollowUp(id="", mission_id=self.mission.id, action=action)
        self.push(CreateCommand(self.services, self.context.hub, "follow_up", record, "t"))

    @rule(data=st.data(), name=NAMES)
    def rename(self, data: st.DataObject, name: str) -> None:
        entity, table, field = data.draw(
            st.sampled_from(
                [
                    ("organization", "organizations", "name"),
                    ("contact", "contacts", "name"),
                    ("item", "items", "title"),
                    ("outcome", "outcomes", "title"),
                ]
            )
        )
        ids = self._ids(table)
        if not ids:
            return
        record = getattr(self.services, f"{entity}s").get(data.draw(st.sampled_from(ids)))
        self.push(UpdateCommand(self.services, self.context.hub, entity, replace(record, **{field: name}), "t"))

    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        entity, table = data.draw(
            st.sampled_from(
                [
                    ("organization", "organizations"),
                    ("contact", "contacts"),
                    ("participant", "participants"),
                    ("item", "items"),
                    ("outcome", "outcomes"),
                    ("follow_up", "follow_ups"),
                ]
            )
        )
        ids = self._ids(table)
        if ids:
            self.push(DeleteCommand(self.services, self.context.hub, entity, data.draw(st.sampled_from(ids)), "t"))

    @precondition(lambda self: self.context.undo_stack.canUndo())
    @rule()
    def undo(self) -> None:
        self.context.undo_stack.undo()

    @precondition(lambda self: self.context.undo_stack.canRedo())
    @rule()
    def redo(self) -> None:
        self.context.undo_stack.redo()

    @invariant()
    def database_is_consistent(self) -> None:
        assert list(self.services.store.db.execute("PRAGMA foreign_key_check")) == []

    def teardown(self) -> None:
        try:
            stack = self.context.undo_stack
            while stack.canUndo():
                stack.undo()
            assert table_dump(self.services.store.db.conn) == self.start
            assert self.services.doctor() == []
        finally:
            self.services.close()
            self.folder.cleanup()


_base = settings.get_profile(PROFILE)
UndoMachine.TestCase.settings = settings(_base, max_examples=max(50, _base.max_examples // 4), stateful_step_count=20)


def test_undo_everything_restores_the_database(qapp: Any) -> None:
    UndoMachine.TestCase().runTest()
