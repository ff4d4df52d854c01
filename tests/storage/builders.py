"""Records for storage tests: one mission using every table and link table, written through a Store."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from missionplanner.domain.enums import (
    ItemKind,
    OrganizationKind,
    OrganizerRole,
    OutcomeKind,
    ParticipantRole,
    TravelMode,
)
from missionplanner.domain.models import (
    Contact,
    FollowUp,
    Item,
    Mission,
    MissionOrganizer,
    Organization,
    Outcome,
    Participant,
    TravelInfo,
    new_id,
)
from missionplanner.storage.store import Store


@dataclass(frozen=True)
class Seeded:
    """What seed_mission wrote."""

    mission: Mission
    organizations: list[Organization]
    contacts: list[Contact]
    participants: list[Participant]
    items: list[Item]
    outcomes: list[Outcome]
    follow_ups: list[FollowUp]


def seed_mission(store: Store, title: str = "Миссия Белорусской торгово-промышленной палаты в Ашхабад") -> Seeded:
    """A mission with organizers, a delegation, items with hosts and attendees, outcomes and follow-ups."""
    with store.atomic():
        orgs = [
            store.organizations.insert(
                Organization(
                    new_id(),
                    "Türkmenistanyň Söwda-senagat edarasy",
                    name_local="Торгово-промышленная палата Туркменистана",
                    kind=OrganizationKind.CHAMBER_OF_COMMERCE,
                    country="TM",
                    city="Aşgabat",
                    sectors=("söwda", "textiles"),
                )
            ),
            store.organizations.insert(
                Organization(new_id(), "Белорусская торгово-промышленная палата", country="BY", city="Минск")
            ),
            store.organizations.insert(Organization(new_id(), "Minsk Tractor Works", kind=OrganizationKind.ENTERPRISE)),
        ]
        contacts = [
            store.contacts.insert(Contact(new_id(), "Иван Петров", organization_id=orgs[1].id, languages=("ru", "en"))),
            store.contacts.insert(Contact(new_id(), "Aýna Annaýewa", organization_id=orgs[0].id)),
            store.contacts.insert(Contact(new_id(), "Ольга Сидорова", position="Interpreter")),
        ]
        mission = store.missions.insert(
            Mission(
                new_id(),
                title,
                date(2025, 3, 10),
                date(2025, 3, 14),
                origin_country="BY",
                destination_country="TM",
                timezone="Asia/Ashgabat",
                objectives="Поставки тракторов; cotton yarn",
                organizers=(
                    MissionOrganizer(orgs[2].id, OrganizerRole.SPONSOR),
                    MissionOrganizer(orgs[1].id, OrganizerRole.ORGANIZER),
                ),
            )
        )
        participants = [
            store.participants.insert(
                Participant(new_id(), mission.id, contacts[0].id, ParticipantRole.HEAD_OF_DELEGATION)
            ),
            store.participants.insert(Participant(new_id(), mission.id, contacts[2].id, ParticipantRole.INTERPRETER)),
        ]
        items = [
            store.items.insert(
                Item(
                    new_id(),
                    mission.id,
                    "Flight Minsk – Ashgabat",
                    datetime(2025, 3, 9, 23, 30),
                    datetime(2025, 3, 10, 5, 40),
                    "Europe/Minsk",
                    end_timezone="Asia/Ashgabat",
                    kind=ItemKind.TRAVEL,
                    travel=TravelInfo("Minsk", "Ashgabat", TravelMode.FLIGHT, "B2 733"),
                )
            ),
            store.items.insert(
                Item(
                    new_id(),
                    mission.id,
                    "Meeting at Türkmenistanyň Söwda-senagat edarasy",
                    datetime(2025, 3, 10, 10),
                    datetime(2025, 3, 10, 12),
                    "Asia/Ashgabat",
                    host_organization_ids=(orgs[0].id, orgs[2].id),
                    host_contact_ids=(contacts[1].id,),
                    attendee_ids=(participants[1].id, participants[0].id),
                    agenda="Обсуждение поставок",
                )
            ),
        ]
        outcomes = [
            store.outcomes.insert(
                Outcome(
                    new_id(),
                    mission.id,
                    "Memorandum on tractor supplies",
                    item_id=items[1].id,
                    kind=OutcomeKind.MEMORANDUM_OF_UNDERSTANDING,
                    organization_ids=(orgs[2].id, orgs[0].id),
                    amount=Decimal("300000000.01"),
                    currency="USD",
                    signed_on=date(2025, 3, 10),
                )
            )
        ]
        follow_ups = [
            store.follow_ups.insert(FollowUp(new_id(), mission.id, "Send price list", outcome_id=outcomes[0].id)),
            store.follow_ups.insert(FollowUp(new_id(), mission.id, "Thank the hosts", due_date=date(2025, 3, 20))),
        ]
    return Seeded(mission, orgs, contacts, participants, items, outcomes, follow_ups)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(folder: Path) -> list[str]:
    """Every file under `folder` (relative names), or [] if it does not exist."""
    if not folder.exists():
        return []
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def row_count(path: Path, table: str) -> int:
    """How many rows `table` of the database file at `path` holds, read without touching the file."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """Make `folder` unwritable, even for root (immutable, chattr +i); skip where that cannot be done."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("running as root where a folder cannot be made immutable (chattr +i)")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=False)
