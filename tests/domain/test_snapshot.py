"""Mission snapshots: cloning with fresh ids, and finding every broken reference with its path."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from missionplanner.domain.enums import OrganizerRole
from missionplanner.domain.models import (
    Contact,
    FollowUp,
    Item,
    Mission,
    MissionOrganizer,
    Organization,
    Outcome,
    Participant,
)
from missionplanner.domain.snapshot import MissionSnapshot, with_fresh_ids
from missionplanner.domain.snapshot_validation import snapshot_problems

STAMP = "2025-01-01T00:00:00+00:00"


def _subset(draw, ids: list[str]) -> tuple[str, ...]:
    return tuple(draw(st.lists(st.sampled_from(ids), unique=True))) if ids else ()


def _optional(draw, ids: list[str]) -> str | None:
    return draw(st.none() | st.sampled_from(ids)) if ids else None


@st.composite
def snapshots(draw) -> MissionSnapshot:
    """A valid snapshot with every kind of internal reference, in random shapes."""
    orgs = [
        Organization(f"org-{i}", f"Organization {i}", created_at=STAMP, updated_at=STAMP)
        for i in range(draw(st.integers(0, 4)))
    ]
    org_ids = [o.id for o in orgs]
    contacts = [
        Contact(f"contact-{i}", f"Contact {i}", organization_id=_optional(draw, org_ids), created_at=STAMP)
        for i in range(draw(st.integers(0, 5)))
    ]
    contact_ids = [c.id for c in contacts]
    mission = Mission(
        "mission",
        "Mission",
        date(2025, 3, 10),
        date(2025, 3, 14),
        organizers=tuple(
            MissionOrganizer(o, draw(st.sampled_from(list(OrganizerRole)))) for o in _subset(draw, org_ids)
        ),
        source_mission_id=draw(st.none() | st.just("template-mission")),
        created_at=STAMP,
        updated_at=STAMP,
    )
    participants = [
        Participant(f"participant-{i}", mission.id, contact, created_at=STAMP)
        for i, contact in enumerate(_subset(draw, contact_ids))
    ]
    participant_ids = [p.id for p in participants]
    start = datetime(2025, 3, 10, 9)
    items = [
        Item(
            f"item-{i}",
            mission.id,
            f"Item {i}",
            start + timedelta(hours=i),
            start + timedelta(hours=i + 1),
            "Asia/Ashgabat",
            host_organization_ids=_subset(draw, org_ids),
            host_contact_ids=_subset(draw, contact_ids),
            attendee_ids=draw(st.none() | st.just(_subset(draw, participant_ids))),
        )
        for i in range(draw(st.integers(0, 4)))
    ]
    item_ids = [i.id for i in items]
    outcomes = [
        Outcome(
            f"outcome-{i}",
            mission.id,
            f"Outcome {i}",
            item_id=_optional(draw, item_ids),
            organization_ids=_subset(draw, org_ids),
            amount=Decimal("100.50"),
            currency="USD",
        )
        for i in range(draw(st.integers(0, 3)))
    ]
    outcome_ids = [o.id for o in outcomes]
    follow_ups = [
        FollowUp(f"follow-up-{i}", mission.id, f"Action {i}", outcome_id=_optional(draw, outcome_ids))
        for i in range(draw(st.integers(0, 3)))
    ]
    return MissionSnapshot(
        mission, tuple(orgs), tuple(contacts), tuple(participants), tuple(items), tuple(outcomes), tuple(follow_ups)
    )


def _record_ids(s: MissionSnapshot) -> list[str]:
    return [
        s.mission.id,
        *(
            r.id
            for group in (s.organizations, s.contacts, s.participants, s.items, s.outcomes, s.follow_ups)
            for r in group
        ),
    ]


def _shape(s: MissionSnapshot) -> object:
    """The snapshot with every id replaced by where its record sits: equal shapes mean equal structure."""
    where = {s.mission.id: "mission"}
    for name in ("organizations", "contacts", "participants", "items", "outcomes", "follow_ups"):
        for index, record in enumerate(getattr(s, name)):
            where[record.id] = f"{name}[{index}]"

    def at(value: str | None) -> str | None:
        return None if value is None else where.get(value, f"outside:{value}")

    def many(values: tuple[str, ...] | None) -> tuple[str | None, ...] | None:
        return None if values is None else tuple(at(v) for v in values)

    return (
        [(at(o.organization_id), o.role) for o in s.mission.organizers],
        [at(c.organization_id) for c in s.contacts],
        [(at(p.mission_id), at(p.contact_id), p.role) for p in s.participants],
        [
            (at(i.mission_id), many(i.host_organization_ids), many(i.host_contact_ids), many(i.attendee_ids), i.title)
            for i in s.items
        ],
        [(at(o.mission_id), at(o.item_id), many(o.organization_ids), o.amount) for o in s.outcomes],
        [(at(f.mission_id), at(f.outcome_id), f.action) for f in s.follow_ups],
    )


@given(snapshots())
def test_fresh_ids_share_nothing_and_keep_every_reference(snapshot: MissionSnapshot) -> None:
    assert snapshot_problems(snapshot) == []
    fresh = with_fresh_ids(snapshot)
    old_ids, new_ids = _record_ids(snapshot), _record_ids(fresh)
    assert not set(old_ids) & set(new_ids)
    assert len(set(new_ids)) == len(new_ids)
    # Every reference still points inside the new snapshot, to the corresponding record.
    assert snapshot_problems(fresh) == []
    assert _shape(fresh) == _shape(snapshot)
    assert fresh.counts() == snapshot.counts()
    assert len(fresh.organizations) == len(snapshot.organizations)
    assert len(fresh.contacts) == len(snapshot.contacts)
    # A copy is a new record: it has no source and will get its own timestamps.
    assert fresh.mission.source_mission_id is None
    assert fresh.mission.created_at == fresh.mission.updated_at == ""
    assert all(o.created_at == "" for o in fresh.organizations)


def test_fresh_ids_differ_each_time() -> None:
    mission = Mission("m", "Mission", date(2025, 3, 10), date(2025, 3, 14))
    snapshot = MissionSnapshot(mission, participants=(), items=())
    assert with_fresh_ids(snapshot).mission.id != with_fresh_ids(snapshot).mission.id


def _valid_snapshot() -> MissionSnapshot:
    mission = Mission("m", "Mission", date(2025, 3, 10), date(2025, 3, 14), organizers=(MissionOrganizer("o1"),))
    return MissionSnapshot(
        mission,
        organizations=(Organization("o1", "Chamber"), Organization("o2", "Ministry")),
        contacts=(Contact("c1", "Ivan", organization_id="o1"), Contact("c2", "Aýna")),
        participants=(Participant("p1", "m", "c1"), Participant("p2", "m", "c2")),
        items=(
            Item(
                "i1",
                "m",
                "Meeting",
                datetime(2025, 3, 11, 10),
                datetime(2025, 3, 11, 11),
                "Asia/Ashgabat",
                host_organization_ids=("o2",),
                host_contact_ids=("c2",),
                attendee_ids=("p1",),
            ),
        ),
        outcomes=(Outcome("x1", "m", "MoU", item_id="i1", organization_ids=("o2",)),),
        follow_ups=(FollowUp("f1", "m", "Call back", outcome_id="x1"),),
    )


def _paths(snapshot: MissionSnapshot) -> list[str]:
    return [p.field for p in snapshot_problems(snapshot)]


def test_hand_built_snapshot_is_valid_and_clones() -> None:
    snapshot = _valid_snapshot()
    assert snapshot_problems(snapshot) == []
    fresh = with_fresh_ids(snapshot)
    assert snapshot_problems(fresh) == []
    assert _shape(fresh) == _shape(snapshot)
    assert fresh.items[0].attendee_ids == (fresh.participants[0].id,)
    assert fresh.follow_ups[0].outcome_id == fresh.outcomes[0].id


def test_dangling_references_are_reported_with_their_paths() -> None:
    s = _valid_snapshot()
    broken = replace(
        s,
        mission=replace(s.mission, organizers=(MissionOrganizer("gone-org"),)),
        contacts=(replace(s.contacts[0], organization_id="gone-org"), s.contacts[1]),
        participants=(replace(s.participants[0], contact_id="gone-contact"), s.participants[1]),
        items=(
            replace(
                s.items[0],
                host_organization_ids=("o1", "gone-org"),
                host_contact_ids=("gone-contact",),
                attendee_ids=("p1", "gone-participant"),
            ),
        ),
        outcomes=(replace(s.outcomes[0], item_id="gone-item", organization_ids=("gone-org",)),),
        follow_ups=(replace(s.follow_ups[0], outcome_id="gone-outcome"),),
    )
    problems = snapshot_problems(broken)
    assert sorted(p.field for p in problems) == sorted(
        [
            "mission.organizers",
            "contacts[0].organization_id",
            "participants[0].contact_id",
            "items[0].host_organization_ids",
            "items[0].host_contact_ids",
            "items[0].attendee_ids",
            "outcomes[0].item_id",
            "outcomes[0].organization_ids",
            "follow_ups[0].outcome_id",
        ]
    )
    for problem in problems:
        assert "gone-" in problem.message
        assert "add it or remove the reference" in problem.message


def test_records_of_another_mission_are_reported() -> None:
    s = _valid_snapshot()
    broken = replace(
        s,
        participants=(s.participants[0], replace(s.participants[1], mission_id="other")),
        items=(replace(s.items[0], mission_id="other"),),
        outcomes=(replace(s.outcomes[0], mission_id="other"),),
        follow_ups=(replace(s.follow_ups[0], mission_id="other"),),
    )
    assert sorted(_paths(broken)) == [
        "follow_ups[0].mission_id",
        "items[0].mission_id",
        "outcomes[0].mission_id",
        "participants[1].mission_id",
    ]


def test_duplicate_ids_are_reported_with_their_paths() -> None:
    s = _valid_snapshot()
    broken = replace(
        s,
        organizations=(*s.organizations, Organization("o1", "Chamber again")),
        items=(s.items[0], replace(s.items[0], title="Copy")),
        follow_ups=(s.follow_ups[0], s.follow_ups[0], s.follow_ups[0]),
    )
    paths = _paths(broken)
    assert "organizations[2].id" in paths
    assert "items[1].id" in paths
    assert paths.count("follow_ups[1].id") == 1
    assert paths.count("follow_ups[2].id") == 1
    assert "organizations[0].id" not in paths
    messages = [p.message for p in snapshot_problems(broken) if p.field == "organizations[2].id"]
    assert messages == ["id 'o1' is used twice; ids must be unique."]


def test_same_person_twice_in_the_delegation_is_reported() -> None:
    s = _valid_snapshot()
    broken = replace(s, participants=(s.participants[0], replace(s.participants[1], contact_id="c1")))
    assert _paths(broken) == ["participants[1].contact_id"]


def test_invalid_records_are_reported_at_their_path() -> None:
    s = _valid_snapshot()
    broken = replace(
        s,
        mission=replace(s.mission, title=""),
        organizations=(s.organizations[0], replace(s.organizations[1], country="ZZ")),
        items=(replace(s.items[0], end=datetime(2025, 3, 11, 9)),),
        outcomes=(replace(s.outcomes[0], amount=Decimal("-1"), currency="USD"),),
        follow_ups=(replace(s.follow_ups[0], action=" "),),
    )
    assert sorted(_paths(broken)) == [
        "follow_ups[0].action",
        "items[0].end",
        "mission.title",
        "organizations[1].country",
        "outcomes[0].amount",
    ]
