"""Repositories through the Store: every record type round-trips exactly, links keep order, deletes cascade."""

from __future__ import annotations

import string
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from missionplanner.domain.enums import (
    Direction,
    ItemStatus,
    MissionStatus,
    OrganizerRole,
    OutcomeStatus,
    ParticipantRole,
)
from missionplanner.domain.errors import DatabaseError, NotFoundError
from missionplanner.domain.models import (
    Contact,
    FollowUp,
    Item,
    MissionOrganizer,
    Organization,
    Outcome,
    Participant,
    new_id,
)
from missionplanner.storage.store import Store
from tests.storage.builders import Seeded, seed_mission

OLD = "2020-01-01T00:00:00+00:00"
FIXTURE_DB = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def bare(record):
    """The record without its timestamps, for comparing what was written with what was read."""
    return replace(record, created_at="", updated_at="")


def _link_rows(store: Store, table: str) -> int:
    return int(store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_seeded_records_read_back_as_written(store: Store, seeded: Seeded) -> None:
    assert store.missions.get(seeded.mission.id) == seeded.mission
    for repo, records in (
        (store.organizations, seeded.organizations),
        (store.contacts, seeded.contacts),
        (store.participants, seeded.participants),
        (store.items, seeded.items),
        (store.outcomes, seeded.outcomes),
        (store.follow_ups, seeded.follow_ups),
    ):
        for record in records:
            assert repo.get(record.id) == record
            assert record.created_at
            assert record.updated_at == record.created_at
        assert repo.get_many([r.id for r in reversed(records)]) == list(reversed(records))
        assert repo.existing_ids([r.id for r in records] + ["missing"]) == {r.id for r in records}
    assert store.participants.for_mission(seeded.mission.id) == seeded.participants
    assert store.items.for_mission(seeded.mission.id) == seeded.items
    assert store.outcomes.for_mission(seeded.mission.id) == seeded.outcomes
    assert store.follow_ups.for_mission(seeded.mission.id) == seeded.follow_ups
    assert store.integrity_problems() == []


def test_every_field_round_trips(store: Store, seeded: Seeded) -> None:
    org = seeded.organizations[0]
    assert bare(org) == bare(
        Organization(
            org.id,
            "Türkmenistanyň Söwda-senagat edarasy",
            name_local="Торгово-промышленная палата Туркменистана",
            kind=org.kind,
            country="TM",
            city="Aşgabat",
            sectors=("söwda", "textiles"),
        )
    )
    flight = seeded.items[0]
    assert flight.travel is not None
    assert flight.travel.reference == "B2 733"
    assert flight.end_timezone == "Asia/Ashgabat"
    assert flight.start == datetime(2025, 3, 9, 23, 30)
    assert flight.attendee_ids is None
    assert seeded.contacts[0].languages == ("ru", "en")
    assert seeded.outcomes[0].signed_on == date(2025, 3, 10)
    # UTC columns are kept for ordering and conflict queries.
    row = store.db.execute("SELECT start_utc, end_utc FROM items WHERE id = ?", [flight.id]).fetchone()
    assert row == ("2025-03-09T20:30:00Z", "2025-03-10T00:40:00Z")


def test_update_every_record_type(store: Store, seeded: Seeded) -> None:
    org, contact = seeded.organizations[2], seeded.contacts[2]
    mission, participant = seeded.mission, seeded.participants[1]
    item, outcome, follow_up = seeded.items[1], seeded.outcomes[0], seeded.follow_ups[1]
    changed = [
        (store.organizations, replace(org, name="МТЗ", sectors=("machinery",), email="info@mtz.by")),
        (store.contacts, replace(contact, organization_id=org.id, languages=("tk",))),
        (store.missions, replace(mission, status=MissionStatus.CONFIRMED, end_date=date(2025, 3, 15), notes="н")),
        (store.participants, replace(participant, role=ParticipantRole.PRESS, notes="photos")),
        (store.items, replace(item, status=ItemStatus.CONFIRMED, venue="Hall 2", end=datetime(2025, 3, 10, 13))),
        (store.outcomes, replace(outcome, status=OutcomeStatus.SIGNED, direction=Direction.EXPORT, amount=None)),
        (store.follow_ups, replace(follow_up, done_on=date(2025, 3, 21), owner="Ольга")),
    ]
    with store.atomic():
        for repo, record in changed:
            saved = repo.update(record)
            assert bare(saved) == bare(record)
            assert saved.created_at == record.created_at
    for repo, record in changed:
        assert bare(repo.get(record.id)) == bare(record)
    assert store.integrity_problems() == []


def test_delete_every_record_type(store: Store, seeded: Seeded) -> None:
    with store.atomic():
        for repo, record in (
            (store.follow_ups, seeded.follow_ups[1]),
            (store.outcomes, seeded.outcomes[0]),
            (store.items, seeded.items[1]),
            (store.participants, seeded.participants[1]),
            (store.missions, seeded.mission),
            (store.contacts, seeded.contacts[2]),
        ):
            repo.delete(record.id)
            assert repo.find(record.id) is None
            assert not repo.exists(record.id)
    # An organization no longer used by anything can go too.
    with store.atomic():
        store.contacts.delete(seeded.contacts[0].id)
        store.organizations.delete(seeded.organizations[1].id)
    assert store.organizations.find(seeded.organizations[1].id) is None
    assert store.integrity_problems() == []


@pytest.mark.parametrize(
    "repo_name", ["organizations", "contacts", "missions", "participants", "items", "outcomes", "follow_ups"]
)
def test_missing_ids_raise_not_found(store: Store, seeded: Seeded, repo_name: str) -> None:
    repo = getattr(store, repo_name)
    missing = new_id()
    assert repo.find(missing) is None
    with pytest.raises(NotFoundError) as raised:
        repo.get(missing)
    assert missing in raised.value.message
    assert raised.value.record_id == missing
    with pytest.raises(NotFoundError):
        repo.delete(missing)
    existing = {
        "organizations": seeded.organizations[0],
        "contacts": seeded.contacts[0],
        "missions": seeded.mission,
        "participants": seeded.participants[0],
        "items": seeded.items[0],
        "outcomes": seeded.outcomes[0],
        "follow_ups": seeded.follow_ups[0],
    }[repo_name]
    with pytest.raises(NotFoundError):
        repo.update(replace(existing, id=missing))
    assert repo.get_many([missing]) == []
    count = repo.count()
    assert repo.get(existing.id) == existing
    assert repo.count() == count


def test_links_keep_their_order(store: Store, seeded: Seeded) -> None:
    orgs = [o.id for o in seeded.organizations]
    contacts = [c.id for c in seeded.contacts]
    # Written out of id order, so that sorting by id would be caught.
    host_orgs = tuple(sorted(orgs, reverse=True))
    host_contacts = (contacts[2], contacts[0], contacts[1])
    attendees = tuple(sorted((p.id for p in seeded.participants), reverse=True))
    organizers = tuple(
        MissionOrganizer(o, role)
        for o, role in zip(
            sorted(orgs, reverse=True),
            (OrganizerRole.PARTNER, OrganizerRole.ORGANIZER, OrganizerRole.SPONSOR),
            strict=True,
        )
    )
    with store.atomic():
        item = store.items.update(
            replace(
                seeded.items[1], host_organization_ids=host_orgs, host_contact_ids=host_contacts, attendee_ids=attendees
            )
        )
        outcome = store.outcomes.update(replace(seeded.outcomes[0], organization_ids=host_orgs))
        mission = store.missions.update(replace(seeded.mission, organizers=organizers))
    for _ in range(2):  # written, then read back
        assert item.host_organization_ids == host_orgs
        assert item.host_contact_ids == host_contacts
        assert item.attendee_ids == attendees
        assert outcome.organization_ids == host_orgs
        assert mission.organizers == organizers
        item, outcome, mission = (
            store.items.get(item.id),
            store.outcomes.get(outcome.id),
            store.missions.get(mission.id),
        )
    # Reversing again replaces, never appends.
    with store.atomic():
        store.items.update(replace(item, host_organization_ids=host_orgs[::-1]))
    assert store.items.get(item.id).host_organization_ids == host_orgs[::-1]
    assert _link_rows(store, "item_hosts") == len(host_orgs)


def test_delegation_keeps_the_order_members_were_added(store: Store, seeded: Seeded) -> None:
    extra = store.contacts.insert(Contact(new_id(), "Aaron First-By-Name"))
    with store.atomic():
        added = store.participants.insert(Participant(new_id(), seeded.mission.id, extra.id))
    delegation = store.participants.for_mission(seeded.mission.id)
    assert [p.id for p in delegation] == [*(p.id for p in seeded.participants), added.id]


def test_whole_delegation_and_nobody_are_different(store: Store, seeded: Seeded) -> None:
    item = seeded.items[1]
    with store.atomic():
        whole = store.items.update(replace(item, attendee_ids=None))
    assert whole.attendee_ids is None
    assert store.items.get(item.id).attendee_ids is None
    with store.atomic():
        nobody = store.items.update(replace(item, attendee_ids=()))
    assert nobody.attendee_ids == ()
    assert store.items.get(item.id).attendee_ids == ()
    assert _link_rows(store, "item_attendees") == 0


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Decimal("300000000.01"), "300000000.01"),
        (Decimal("0.1") + Decimal("0.2"), "0.3"),
        (Decimal("1250000.50"), "1250000.50"),
        (Decimal("0.000001"), "0.000001"),
        (Decimal("999999999999999.99"), "999999999999999.99"),
    ],
)
def test_amounts_are_stored_exactly_as_text(store: Store, seeded: Seeded, amount: Decimal, text: str) -> None:
    with store.atomic():
        store.outcomes.update(replace(seeded.outcomes[0], amount=amount))
    stored = store.db.execute("SELECT amount, typeof(amount) FROM outcomes WHERE id = ?", [seeded.outcomes[0].id])
    assert stored.fetchone() == (text, "text")
    read = store.outcomes.get(seeded.outcomes[0].id).amount
    assert read == amount
    assert str(read) == text


@FIXTURE_DB
@given(amount=st.decimals(min_value=0, max_value=Decimal("1e15"), allow_nan=False, allow_infinity=False))
def test_any_decimal_round_trips(store: Store, seeded: Seeded, amount: Decimal) -> None:
    with store.atomic():
        store.outcomes.update(replace(seeded.outcomes[0], amount=amount))
    read = store.outcomes.get(seeded.outcomes[0].id).amount
    assert read == amount
    assert str(read) == str(amount)


def test_created_at_is_kept_and_updated_at_moves(store: Store) -> None:
    with store.atomic():
        org = store.organizations.insert(Organization(new_id(), "Old", created_at=OLD, updated_at=OLD))
    # Timestamps given on insert (an import, an undo) are kept.
    assert org.created_at == org.updated_at == OLD
    with store.atomic():
        updated = store.organizations.update(replace(org, name="New", created_at="ignored", updated_at="ignored"))
    assert updated.created_at == OLD
    assert updated.updated_at not in (OLD, "ignored")
    assert datetime.fromisoformat(updated.updated_at) > datetime.fromisoformat(OLD)
    # Without timestamps, insert stamps both with the current time.
    with store.atomic():
        fresh = store.organizations.insert(Organization(new_id(), "Fresh"))
    assert fresh.created_at == fresh.updated_at
    assert datetime.fromisoformat(fresh.created_at) >= datetime.fromisoformat(updated.updated_at)


def test_updating_a_mission_keeps_its_timestamps_sane(store: Store, seeded: Seeded) -> None:
    with store.atomic():
        store.db.execute("UPDATE missions SET created_at = ?, updated_at = ?", [OLD, OLD])
    mission = store.missions.get(seeded.mission.id)
    with store.atomic():
        saved = store.missions.update(replace(mission, title="Renamed"))
    assert saved.created_at == OLD
    assert saved.updated_at > OLD


NAMES = st.text(alphabet="aAbBzZäÄбБяЯ -", min_size=1, max_size=4).filter(lambda s: s.strip())
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


@FIXTURE_DB
@given(names=st.lists(NAMES, min_size=0, max_size=25), page=st.integers(min_value=1, max_value=6))
def test_keyset_paging_returns_every_organization_once_in_name_order(store: Store, names: list[str], page: int) -> None:
    with store.atomic():
        store.db.execute("DELETE FROM organizations")
        for name in names:
            store.organizations.insert(Organization(new_id(), name))
    seen: list[Organization] = []
    after: tuple[str, str] | None = None
    while True:
        batch = store.organizations.list(limit=page, after=after)
        assert len(batch) <= page
        if not batch:
            break
        seen += batch
        after = (batch[-1].name, batch[-1].id)
    assert len(seen) == len(names)
    assert len({o.id for o in seen}) == len(names)
    # SQLite's NOCASE folds ASCII letters only; ties are broken by id.
    assert [o.id for o in seen] == [o.id for o in sorted(seen, key=lambda o: (o.name.translate(_ASCII_LOWER), o.id))]
    assert [o.id for o in seen] == [o.id for o in store.organizations.list(limit=1000)]


def test_organization_text_filter_is_literal(store: Store) -> None:
    with store.atomic():
        for name in ("100% Cotton", "100 Cotton", "Under_score", "Underscore"):
            store.organizations.insert(Organization(new_id(), name))
    assert [o.name for o in store.organizations.list("100%")] == ["100% Cotton"]
    assert [o.name for o in store.organizations.list("r_s")] == ["Under_score"]


def test_deleting_a_mission_cascades(store: Store, seeded: Seeded) -> None:
    # A second mission proves that only the deleted mission's rows go.
    second = seed_mission(store, title="Second mission")
    tables = ("participants", "items", "outcomes", "follow_ups")
    assert store.missions.dependents(seeded.mission.id) == {
        "participants": 2,
        "items": 2,
        "outcomes": 1,
        "follow_ups": 2,
    }
    links = ("mission_organizers", "item_hosts", "item_host_contacts", "item_attendees", "outcome_organizations")
    links_before = {t: _link_rows(store, t) for t in links}
    with store.atomic():
        store.missions.delete(seeded.mission.id)
    for table in tables:
        rows = store.db.execute(f"SELECT count(*) FROM {table} WHERE mission_id = ?", [seeded.mission.id])
        assert rows.fetchone()[0] == 0
    # Each seeded mission has the same number of link rows; half of each link table is gone.
    for table in links:
        assert _link_rows(store, table) * 2 == links_before[table], table
    # The directory stays, and so does the other mission.
    assert store.organizations.count() == 6
    assert store.contacts.count() == 6
    assert store.missions.get(second.mission.id) == second.mission
    assert store.items.for_mission(second.mission.id) == second.items
    assert list(store.db.execute("PRAGMA foreign_key_check")) == []
    assert store.integrity_problems() == []
    # The search index forgot the deleted mission's records.
    hits = store.search.search("Белорусской", kinds=("mission",))
    assert [h.id for h in hits] == []
    assert {h.mission_id for h in store.search.search("Memorandum")} == {second.mission.id}


def test_deleting_a_participant_removes_it_from_attendees(store: Store, seeded: Seeded) -> None:
    with store.atomic():
        store.participants.delete(seeded.participants[0].id)
    assert store.items.get(seeded.items[1].id).attendee_ids == (seeded.participants[1].id,)


def test_deleting_an_item_keeps_its_outcomes(store: Store, seeded: Seeded) -> None:
    with store.atomic():
        store.items.delete(seeded.items[1].id)
    outcome = store.outcomes.get(seeded.outcomes[0].id)
    assert outcome.item_id is None
    assert outcome.organization_ids == seeded.outcomes[0].organization_ids
    assert _link_rows(store, "item_hosts") == 0


def test_deleting_an_outcome_removes_its_follow_ups(store: Store, seeded: Seeded) -> None:
    with store.atomic():
        store.outcomes.delete(seeded.outcomes[0].id)
    assert [f.id for f in store.follow_ups.for_mission(seeded.mission.id)] == [seeded.follow_ups[1].id]
    assert _link_rows(store, "outcome_organizations") == 0


def test_deleting_an_organization_in_use_is_refused(store: Store, seeded: Seeded) -> None:
    used = seeded.organizations[2]  # sponsor, host and counterpart
    assert store.organizations.usage(used.id) == {
        "contacts": 0,
        "organized missions": 1,
        "hosted items": 1,
        "outcomes": 1,
    }
    with pytest.raises(DatabaseError) as raised, store.atomic():
        store.organizations.delete(used.id)
    assert "nothing was saved" in raised.value.message
    assert store.organizations.get(used.id) == used
    assert store.integrity_problems() == []


def test_deleting_an_organization_unlinks_its_contacts(store: Store, seeded: Seeded) -> None:
    contact = seeded.contacts[1]
    with store.atomic():
        store.items.update(replace(seeded.items[1], host_organization_ids=(), host_contact_ids=()))
        store.outcomes.update(replace(seeded.outcomes[0], organization_ids=(seeded.organizations[2].id,)))
        store.organizations.delete(contact.organization_id)
    assert store.contacts.get(contact.id).organization_id is None


def test_a_failed_transaction_leaves_nothing_behind(store: Store, seeded: Seeded) -> None:
    before = store.counts()

    def write_both() -> None:
        with store.atomic():
            store.organizations.insert(Organization(new_id(), "Written, then rolled back"))
            store.participants.insert(Participant(new_id(), seeded.mission.id, "no-such-contact"))

    with pytest.raises(DatabaseError):
        write_both()
    assert store.counts() == before
    assert store.organizations.list("rolled back") == []


def test_database_constraints_back_up_validation(store: Store, seeded: Seeded) -> None:
    for bad in (
        replace(seeded.mission, end_date=date(2025, 3, 1)),
        replace(seeded.mission, title="  "),
    ):
        with pytest.raises(DatabaseError), store.atomic():
            store.missions.update(bad)
    with pytest.raises(DatabaseError), store.atomic():
        store.items.update(replace(seeded.items[1], end=datetime(2025, 3, 10, 9)))
    with pytest.raises(DatabaseError), store.atomic():
        store.participants.insert(Participant(new_id(), seeded.mission.id, seeded.contacts[0].id))
    assert store.missions.get(seeded.mission.id) == seeded.mission


def test_counts_and_emptiness(store: Store, seeded: Seeded, db_path: Path) -> None:
    assert not store.is_empty()
    assert store.counts() == {
        "missions": 1,
        "organizations": 3,
        "contacts": 3,
        "participants": 2,
        "items": 2,
        "outcomes": 1,
        "follow-ups": 2,
    }
    assert store.path == db_path


def test_open_follow_ups_earliest_due_first(store: Store, seeded: Seeded) -> None:
    with store.atomic():
        late = store.follow_ups.insert(FollowUp(new_id(), seeded.mission.id, "Later", due_date=date(2025, 4, 1)))
        store.follow_ups.insert(FollowUp(new_id(), seeded.mission.id, "Done", done_on=date(2025, 3, 1)))
    open_ids = [f.id for f in store.follow_ups.open_items(mission_id=seeded.mission.id)]
    assert open_ids == [seeded.follow_ups[1].id, late.id, seeded.follow_ups[0].id]
    due = store.follow_ups.open_items(due_before=date(2025, 3, 25))
    assert [f.id for f in due] == [seeded.follow_ups[1].id]


def test_outcome_without_amount(store: Store, seeded: Seeded) -> None:
    with store.atomic():
        outcome = store.outcomes.insert(Outcome(new_id(), seeded.mission.id, "Intention to cooperate"))
    assert outcome.amount is None
    assert outcome.currency is None
    assert outcome.organization_ids == ()


def test_item_repository_orders_by_utc(store: Store, seeded: Seeded) -> None:
    # 08:00 in Minsk is 05:00 UTC, 09:00 in Ashgabat is 04:00 UTC: the later wall clock comes first.
    with store.atomic():
        minsk = store.items.insert(
            Item(
                new_id(),
                seeded.mission.id,
                "Call Minsk",
                datetime(2025, 3, 11, 8),
                datetime(2025, 3, 11, 9),
                "Europe/Minsk",
            )
        )
        ashgabat = store.items.insert(
            Item(
                new_id(),
                seeded.mission.id,
                "Breakfast",
                datetime(2025, 3, 11, 9),
                datetime(2025, 3, 11, 10),
                "Asia/Ashgabat",
            )
        )
    order = [i.id for i in store.items.for_mission(seeded.mission.id)]
    assert order.index(ashgabat.id) < order.index(minsk.id)


def test_insert_many_writes_what_insert_writes(store: Store, seeded: Seeded) -> None:
    """The batched path of a whole-mission restore keeps every field, link order and timestamp."""
    items = [replace(item, id=new_id(), created_at=OLD if k % 2 else "") for k, item in enumerate(seeded.items)]
    outcomes = [replace(outcome, id=new_id(), item_id=None) for outcome in seeded.outcomes]
    with store.atomic():
        store.items.insert_many(items)
        store.outcomes.insert_many(outcomes)
        store.items.insert_many([])
    for written in items:
        read = store.items.get(written.id)
        assert bare(read) == bare(written)
        assert read.created_at == (written.created_at or read.updated_at)
    for written in outcomes:
        assert bare(store.outcomes.get(written.id)) == bare(written)
    assert any(item.host_organization_ids for item in items)
    assert any(outcome.organization_ids for outcome in outcomes)


@FIXTURE_DB
@given(
    moments=st.lists(
        st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)).map(
            lambda moment: moment.replace(second=0, microsecond=0)
        ),
        min_size=2,
        max_size=2,
    )
)
def test_item_times_of_any_year_round_trip_and_sort_as_text(
    store: Store, seeded: Seeded, moments: list[datetime]
) -> None:
    start, end = sorted(moments)
    item = replace(seeded.items[1], start=start, end=end, timezone="UTC", end_timezone=None)
    with store.atomic():
        store.items.update(item)
    read = store.items.get(item.id)
    assert (read.start, read.end) == (start, end)
    row = store.db.execute("SELECT start_local, end_local, start_utc, end_utc FROM items WHERE id = ?", [item.id])
    start_local, end_local, start_utc, end_utc = row.fetchone()
    # The text columns order (and range queries compare) as the moments do.
    assert start_local <= end_local
    assert start_utc <= end_utc
    assert len(start_local) == len("2025-03-09T23:30")
