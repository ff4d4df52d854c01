"""Synthetic databases for the benchmark: a national trade agency's archive, built in seconds.

The file is created by Mission Planner's own `open_store`, so the schema, the full-text indexes and
their triggers are the real ones. Rows then go in with bulk `executemany` through plain sqlite3, with
the full-text triggers dropped during the load and the indexes rebuilt once at the end (the triggers
are put back exactly as the migration wrote them).

Also here: synthetic check contexts (pure domain objects) for the conflict-check figure.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from missionplanner.domain.checks import CheckContext
from missionplanner.domain.enums import ItemKind, ItemStatus, ParticipantRole
from missionplanner.domain.models import Item, Mission, Participant
from missionplanner.storage.migrations import FTS_COLUMNS
from missionplanner.storage.repositories.directory import fill_match_keys
from missionplanner.storage.store import open_store


@dataclass(frozen=True)
class Sizes:
    missions: int
    items: int
    organizations: int
    contacts: int
    outcomes: int
    follow_ups: int
    # The missions the per-mission figures use (their items count towards `items`).
    big_mission_items: int = 2000
    report_mission_items: int = 1000
    participants_per_mission: int = 6


FULL = Sizes(10_000, 500_000, 50_000, 200_000, 100_000, 100_000)
QUICK = Sizes(500, 25_000, 2_500, 10_000, 5_000, 5_000)
TINY = Sizes(40, 800, 100, 300, 100, 100, big_mission_items=200, report_mission_items=60)

_KIND_OFFSET = {
    "organization": 1,
    "contact": 2,
    "mission": 3,
    "participant": 4,
    "item": 5,
    "outcome": 6,
    "follow_up": 7,
}


def make_id(kind: str, number: int) -> str:
    """A UUID-shaped id, sequential per kind (so bulk inserts append to the primary-key index)."""
    return str(uuid.UUID(int=(_KIND_OFFSET[kind] << 120) | (number + 1)))


# Words for titles and notes: a mix of trade vocabulary and pronounceable made-up names, so the
# full-text index has a realistic spread of common and rare terms.
def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_TRADE_WORDS = _split(
    "trade export import textile cotton machinery agriculture energy logistics pharmaceutical "
    "construction investment forum exhibition chamber commerce industry ministry embassy "
    "negotiation agreement memorandum supply contract partnership cooperation business "
    "delegation meeting reception visit factory plant port railway transit gas oil chemical "
    "food grain fruit vegetable leather carpet silk wool steel cement glass furniture software "
    "telecom banking insurance tourism education health water irrigation fertilizer tractor"
)
_SYLLABLES = _split("ka ra to mi na sa lo be du vi ash gab at tur kmen baş yk ze po ri ul an es or")
_CITIES = (
    ("Ashgabat", "Asia/Ashgabat", "TM"),
    ("Tashkent", "Asia/Tashkent", "UZ"),
    ("Istanbul", "Europe/Istanbul", "TR"),
    ("Dubai", "Asia/Dubai", "AE"),
    ("Shanghai", "Asia/Shanghai", "CN"),
    ("Berlin", "Europe/Berlin", "DE"),
    ("Tokyo", "Asia/Tokyo", "JP"),
    ("Mumbai", "Asia/Kolkata", "IN"),
    ("Baku", "Asia/Baku", "AZ"),
    ("Moscow", "Europe/Moscow", "RU"),
)
_ORG_KINDS = ("chamber_of_commerce", "business_association", "government_agency", "ministry", "enterprise", "embassy")
_MISSION_KINDS = ("trade_mission", "official_visit", "working_visit", "exhibition_participation", "forum")
_MISSION_STATUSES = ("draft", "planned", "confirmed", "completed", "completed", "completed", "cancelled")
_ITEM_KINDS = ("meeting", "meeting", "meeting", "negotiation", "site_visit", "reception", "forum", "exhibition")
_ITEM_STATUSES = ("proposed", "requested", "confirmed", "confirmed", "done")
_OUTCOME_KINDS = ("agreement", "memorandum_of_understanding", "contract", "supply_deal", "intention")
_OUTCOME_STATUSES = ("discussed", "agreed", "signed", "in_progress", "completed", "dropped")
_NOW = "2025-01-01T00:00:00+00:00"


def vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    words = set(_TRADE_WORDS)
    while len(words) < size:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


@dataclass(frozen=True)
class Built:
    """What the benchmark needs to know about a built database."""

    path: Path
    sizes: Sizes
    big_mission_id: str
    report_mission_id: str
    words: tuple[str, ...]


@cache
def _offset(zone: str, day: date) -> timedelta:
    offset = datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(zone)).utcoffset()
    assert offset is not None
    return offset


def _utc_text(local: datetime, zone: str) -> str:
    return (local - _offset(zone, local.date())).strftime("%Y-%m-%dT%H:%M:%SZ")


def _local_text(local: datetime) -> str:
    return local.strftime("%Y-%m-%dT%H:%M")


def _drop_fts_triggers(conn: sqlite3.Connection) -> list[str]:
    names = [f"{table}_{suffix}" for table in FTS_COLUMNS for suffix in ("ai", "ad", "au")]
    sql = [
        row[0]
        for row in conn.execute(
            f"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({', '.join('?' for _ in names)})",
            names,
        )
    ]
    for name in names:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    return sql


def build(path: Path, sizes: Sizes, seed: int = 11) -> Built:
    """Create the database at `path` (which must not exist) with `sizes` rows of each kind."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    open_store(path, make_backups=False).close()
    rng = random.Random(seed)
    words = vocabulary(rng)

    def text(low: int, high: int) -> str:
        return " ".join(rng.choices(words, k=rng.randint(low, high)))

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -200000")
    triggers = _drop_fts_triggers(conn)
    with conn:
        # Directory.
        org_ids = [make_id("organization", n) for n in range(sizes.organizations)]
        conn.executemany(
            "INSERT INTO organizations (id, name, name_local, kind, country, city, sectors, notes, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    org_ids[n],
                    f"{text(1, 3).title()} {rng.choice(('LLC', 'JSC', 'Group', 'Chamber', 'Agency'))}",
                    text(1, 2) if n % 4 == 0 else "",
                    rng.choice(_ORG_KINDS),
                    (city := rng.choice(_CITIES))[2],
                    city[0],
                    f'["{rng.choice(_TRADE_WORDS)}"]',
                    text(0, 8),
                    _NOW,
                    _NOW,
                )
                for n in range(sizes.organizations)
            ),
        )
        contact_ids = [make_id("contact", n) for n in range(sizes.contacts)]
        conn.executemany(
            "INSERT INTO contacts (id, organization_id, name, position, email, notes, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    contact_ids[n],
                    rng.choice(org_ids),
                    text(2, 3).title(),
                    rng.choice(("Director", "Head of sales", "Deputy minister", "Manager", "Attaché")),
                    f"person{n}@example.org",
                    text(0, 5),
                    _NOW,
                    _NOW,
                )
                for n in range(sizes.contacts)
            ),
        )

        # The match keys an import finds names by, as the repositories write them.
        fill_match_keys(conn)

        # Missions: the big one (for opening and cloning), the report one, then the rest share the
        # remaining items evenly.
        mission_ids = [make_id("mission", n) for n in range(sizes.missions)]
        rest = max(sizes.items - sizes.big_mission_items - sizes.report_mission_items, 0)
        per_mission = [sizes.big_mission_items, sizes.report_mission_items] + [
            rest // max(sizes.missions - 2, 1) + (1 if n < rest % max(sizes.missions - 2, 1) else 0)
            for n in range(sizes.missions - 2)
        ]
        missions, organizers, participants, items, hosts, attendees = [], [], [], [], [], []
        item_number = participant_number = 0
        mission_items: list[list[str]] = []
        for n, mission_id in enumerate(mission_ids):
            city, zone, country = rng.choice(_CITIES)
            count = per_mission[n]
            per_day = 8 if n != 0 else 40
            days = max(3, min(-(-count // per_day), 400))
            start = date(2005, 1, 3) + timedelta(days=rng.randrange(20 * 365))
            end = start + timedelta(days=days - 1)
            title = f"{text(2, 4).title()} mission to {city} {start.year}"
            missions.append(
                (
                    mission_id,
                    title,
                    rng.choice(_MISSION_KINDS),
                    rng.choice(_MISSION_STATUSES),
                    "TM",
                    country,
                    start.isoformat(),
                    end.isoformat(),
                    zone,
                    text(5, 20),
                    text(0, 10),
                    _NOW,
                    _NOW,
                )
            )
            organizers.append((mission_id, rng.choice(org_ids), "organizer", 0))
            delegation = []
            for position, contact in enumerate(
                rng.sample(contact_ids, min(sizes.participants_per_mission, len(contact_ids)))
            ):
                participant_id = make_id("participant", participant_number)
                participant_number += 1
                delegation.append(participant_id)
                participants.append(
                    (participant_id, mission_id, contact, "member" if position else "head_of_delegation", position)
                )
            ids_here = []
            for k in range(count):
                item_id = make_id("item", item_number)
                item_number += 1
                ids_here.append(item_id)
                day = start + timedelta(days=(k // per_day) % days)
                slot = k % per_day
                begin = datetime(day.year, day.month, day.day, 8) + timedelta(minutes=slot * (720 // per_day))
                finish = begin + timedelta(minutes=rng.choice((30, 45, 60, 90)))
                whole = rng.random() < 0.8
                items.append(
                    (
                        item_id,
                        mission_id,
                        rng.choice(_ITEM_KINDS),
                        text(2, 6).capitalize(),
                        _local_text(begin),
                        _local_text(finish),
                        zone,
                        _utc_text(begin, zone),
                        _utc_text(finish, zone),
                        city,
                        f"{text(1, 2).title()} hall",
                        int(whole),
                        rng.choice(_ITEM_STATUSES),
                        text(0, 12),
                        text(0, 6),
                        _NOW,
                        _NOW,
                    )
                )
                if rng.random() < 0.7:
                    hosts.append((item_id, rng.choice(org_ids), 0))
                if not whole:
                    for position, participant in enumerate(rng.sample(delegation, min(2, len(delegation)))):
                        attendees.append((item_id, participant, position))
            mission_items.append(ids_here)
        conn.executemany(
            "INSERT INTO missions (id, title, kind, status, origin_country, destination_country, start_date, "
            "end_date, timezone, objectives, notes, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            missions,
        )
        conn.executemany(
            "INSERT INTO mission_organizers (mission_id, organization_id, role, position) VALUES (?, ?, ?, ?)",
            organizers,
        )
        conn.executemany(
            "INSERT INTO participants (id, mission_id, contact_id, role, position, created_at, updated_at) "
            f"VALUES (?, ?, ?, ?, ?, '{_NOW}', '{_NOW}')",
            participants,
        )
        conn.executemany(
            "INSERT INTO items (id, mission_id, kind, title, start_local, end_local, timezone, start_utc, end_utc, "
            "city, venue, whole_delegation, status, agenda, notes, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            items,
        )
        conn.executemany("INSERT INTO item_hosts (item_id, organization_id, position) VALUES (?, ?, ?)", hosts)
        conn.executemany("INSERT INTO item_attendees (item_id, participant_id, position) VALUES (?, ?, ?)", attendees)
        del items, hosts, attendees, participants

        # Outcomes and follow-ups, spread over the missions (never the two measured ones' items).
        outcomes, counterparts, follow_ups = [], [], []
        outcome_ids = [make_id("outcome", n) for n in range(sizes.outcomes)]
        for n, outcome_id in enumerate(outcome_ids):
            m = 2 + n % max(sizes.missions - 2, 1) if sizes.missions > 2 else 0
            linked = mission_items[m]
            amount = rng.random() < 0.5
            outcomes.append(
                (
                    outcome_id,
                    mission_ids[m],
                    rng.choice(linked) if linked and rng.random() < 0.6 else None,
                    rng.choice(_OUTCOME_KINDS),
                    text(2, 6).capitalize(),
                    text(0, 15),
                    rng.choice(_TRADE_WORDS),
                    rng.choice(_TRADE_WORDS),
                    rng.choice(("export", "import", "both", "none")),
                    f"{rng.randint(1, 5000) * 1000}.00" if amount else None,
                    rng.choice(("USD", "EUR", "TMT")) if amount else None,
                    rng.choice(_OUTCOME_STATUSES),
                    None,
                    _NOW,
                    _NOW,
                )
            )
            counterparts.append((outcome_id, rng.choice(org_ids), 0))
        conn.executemany(
            "INSERT INTO outcomes (id, mission_id, item_id, kind, title, description, sector, commodity, direction, "
            "amount, currency, status, signed_on, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            outcomes,
        )
        conn.executemany(
            "INSERT INTO outcome_organizations (outcome_id, organization_id, position) VALUES (?, ?, ?)", counterparts
        )
        for n in range(sizes.follow_ups):
            source = outcomes[n % len(outcomes)] if outcomes and rng.random() < 0.7 else None
            mission_id = source[1] if source else mission_ids[2 + n % max(sizes.missions - 2, 1)]
            due = date(2005, 1, 1) + timedelta(days=rng.randrange(21 * 365))
            follow_ups.append(
                (
                    make_id("follow_up", n),
                    mission_id,
                    source[0] if source else None,
                    f"Send {text(2, 5)}",
                    rng.choice(("", "trade desk", "embassy", "A. Orazov")),
                    due.isoformat(),
                    (due + timedelta(days=3)).isoformat() if rng.random() < 0.8 else None,
                    _NOW,
                    _NOW,
                )
            )
        conn.executemany(
            "INSERT INTO follow_ups (id, mission_id, outcome_id, action, owner, due_date, done_on, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            follow_ups,
        )
        for table in FTS_COLUMNS:
            conn.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('rebuild')")
        for sql in triggers:
            conn.execute(sql)
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return Built(path, sizes, mission_ids[0], mission_ids[1], tuple(words))


# ------------------------------------------------------------------------------ check contexts


def check_context(n: int, seed: int = 5, participants: int = 12, hosts: int = 200) -> CheckContext:
    """One mission of `n` items over n/10 days: mostly whole-delegation meetings, some with a few
    attendees, most with a host; a few overlaps, travel legs and cancelled items, like a real plan."""
    rng = random.Random(seed)
    days = max(n // 10, 1)
    start = date(2030, 3, 4)
    zone = "Asia/Ashgabat"
    mission = Mission(
        id="m",
        title="Synthetic",
        start_date=start,
        end_date=start + timedelta(days=days - 1),
        timezone=zone,
        destination_country="TM",
    )
    people = [Participant(id=f"p{k}", mission_id="m", contact_id=f"c{k}") for k in range(participants)]
    if people:
        people[0] = replace(people[0], role=ParticipantRole.HEAD_OF_DELEGATION)
    host_ids = [f"o{k}" for k in range(hosts)]
    items = []
    for k in range(n):
        day = start + timedelta(days=k // 10)
        begin = datetime(day.year, day.month, day.day, 8) + timedelta(minutes=70 * (k % 10) + rng.choice((0, 0, 0, 20)))
        kind = ItemKind.TRAVEL if k % 25 == 0 else rng.choice((ItemKind.MEETING, ItemKind.NEGOTIATION))
        items.append(
            Item(
                id=f"i{k}",
                mission_id="m",
                title=f"Meeting {k}",
                start=begin,
                end=begin + timedelta(minutes=rng.choice((45, 60, 75))),
                timezone=zone,
                kind=kind,
                city="Ashgabat",
                venue=f"Hall {k % 7}",
                host_organization_ids=(rng.choice(host_ids),) if rng.random() < 0.7 else (),
                attendee_ids=None if rng.random() < 0.8 else tuple(p.id for p in rng.sample(people, 3)),
                status=ItemStatus.CANCELLED if k % 50 == 0 else ItemStatus.CONFIRMED,
            )
        )
    rng.shuffle(items)
    names = {p.id: f"Person {p.id}" for p in people} | {h: f"Host {h}" for h in host_ids}
    return CheckContext(mission=mission, items=items, participants=people, names=names)


def timestamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
