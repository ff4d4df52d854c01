"""Hypothesis strategies for whole, valid mission snapshots in many scripts, zones and currencies."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from hypothesis import assume
from hypothesis import strategies as st

from missionplanner.domain.enums import (
    Direction,
    ItemKind,
    ItemStatus,
    MissionKind,
    MissionStatus,
    OrganizationKind,
    OrganizerRole,
    OutcomeKind,
    OutcomeStatus,
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
)
from missionplanner.domain.snapshot import MissionSnapshot
from missionplanner.domain.snapshot_validation import snapshot_problems

# Turkmen Latin and Cyrillic letters, punctuation that JSON must escape, and typographic quotes.
LETTERS = "abzAZ ňýşäžçöüŇÝŞÄŽÇÖÜ АБВабвгдёжйъЁЪ–“”«»'\"\\/\n\t0123456789"
ZONES = ["UTC", "Asia/Ashgabat", "Europe/Minsk", "Asia/Almaty", "Asia/Kathmandu", "America/New_York"]
COUNTRIES = [None, "TM", "BY", "KZ", "US"]
CURRENCIES = ["USD", "EUR", "TMT", "BYN", "KZT", "JPY"]

text = st.one_of(st.text(alphabet=LETTERS, max_size=12), st.text(max_size=6))
title = st.text(alphabet=LETTERS, min_size=1, max_size=20).filter(lambda t: t.strip() != "")
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31))
moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2035, 12, 31)).map(
    lambda m: m.replace(second=0, microsecond=0)
)
amounts = st.decimals(min_value=0, max_value=Decimal("999999999999.99"), allow_nan=False, allow_infinity=False)


def _subset(draw: st.DrawFn, ids: list[str]) -> tuple[str, ...]:
    return tuple(draw(st.lists(st.sampled_from(ids), unique=True))) if ids else ()


@st.composite
def snapshots(draw: st.DrawFn) -> MissionSnapshot:
    """A valid snapshot: every reference inside it, items ending after they start (compared in UTC)."""
    ids = iter(str(u) for u in draw(st.lists(st.uuids(version=4), min_size=40, max_size=40, unique=True)))
    mission_id = next(ids)
    organizations = [
        Organization(
            id=next(ids),
            name=draw(title),
            name_local=draw(text),
            kind=draw(st.sampled_from(OrganizationKind)),
            country=draw(st.sampled_from(COUNTRIES)),
            city=draw(text),
            address=draw(text),
            sectors=tuple(draw(st.lists(title, max_size=2))),
            website=draw(text),
            phone=draw(text),
            email=draw(st.sampled_from(["", "info@tstb.gov.tm", "minsk@cci.by"])),
            notes=draw(text),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    org_ids = [o.id for o in organizations]
    contacts = [
        Contact(
            id=next(ids),
            name=draw(title),
            organization_id=draw(st.sampled_from([None, *org_ids])),
            position=draw(text),
            email=draw(st.sampled_from(["", "ayna@example.tm"])),
            phone=draw(text),
            languages=tuple(draw(st.lists(st.sampled_from(["tk", "ru", "en", "be", "kk"]), unique=True))),
            notes=draw(text),
        )
        for _ in range(draw(st.integers(0, 4)))
    ]
    start_date = draw(dates)
    mission = Mission(
        id=mission_id,
        title=draw(title),
        start_date=start_date,
        end_date=start_date + timedelta(days=draw(st.integers(0, 20))),
        kind=draw(st.sampled_from(MissionKind)),
        status=draw(st.sampled_from(MissionStatus)),
        origin_country=draw(st.sampled_from(COUNTRIES)),
        destination_country=draw(st.sampled_from(COUNTRIES)),
        timezone=draw(st.sampled_from(ZONES)),
        objectives=draw(text),
        notes=draw(text),
        is_template=draw(st.booleans()),
        organizers=tuple(MissionOrganizer(o, draw(st.sampled_from(OrganizerRole))) for o in _subset(draw, org_ids)),
    )
    participants = [
        Participant(
            id=next(ids),
            mission_id=mission_id,
            contact_id=contact_id,
            role=draw(st.sampled_from(ParticipantRole)),
            notes=draw(text),
        )
        for contact_id in _subset(draw, [c.id for c in contacts])
    ]
    items = [
        _item(draw, next(ids), mission_id, org_ids, contacts, participants) for _ in range(draw(st.integers(0, 4)))
    ]
    outcomes = []
    for _ in range(draw(st.integers(0, 3))):
        amount = draw(st.none() | amounts)
        outcomes.append(
            Outcome(
                id=next(ids),
                mission_id=mission_id,
                title=draw(title),
                item_id=draw(st.sampled_from([None, *[i.id for i in items]])),
                kind=draw(st.sampled_from(OutcomeKind)),
                description=draw(text),
                organization_ids=_subset(draw, org_ids),
                sector=draw(text),
                commodity=draw(text),
                direction=draw(st.sampled_from(Direction)),
                amount=amount,
                currency=draw(st.sampled_from(CURRENCIES)) if amount is not None else None,
                status=draw(st.sampled_from(OutcomeStatus)),
                signed_on=draw(st.none() | dates),
            )
        )
    follow_ups = [
        FollowUp(
            id=next(ids),
            mission_id=mission_id,
            action=draw(title),
            outcome_id=draw(st.sampled_from([None, *[o.id for o in outcomes]])),
            owner=draw(text),
            due_date=draw(st.none() | dates),
            done_on=draw(st.none() | dates),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    snapshot = MissionSnapshot(
        mission=mission,
        organizations=tuple(organizations),
        contacts=tuple(contacts),
        participants=tuple(participants),
        items=tuple(items),
        outcomes=tuple(outcomes),
        follow_ups=tuple(follow_ups),
    )
    # Wall-clock times that fall into a DST fold can come out a little off; such rare draws are skipped.
    assume(snapshot_problems(snapshot) == [])
    return snapshot


def _item(
    draw: st.DrawFn,
    item_id: str,
    mission_id: str,
    org_ids: list[str],
    contacts: list[Contact],
    participants: list[Participant],
) -> Item:
    zone = draw(st.sampled_from(ZONES))
    end_zone = draw(st.sampled_from(ZONES))
    start = draw(moments)
    # The end is a real instant after the start, written as wall-clock time where the item ends.
    start_utc = start.replace(tzinfo=ZoneInfo(zone))
    end = (start_utc + timedelta(minutes=draw(st.integers(0, 72 * 60)))).astimezone(ZoneInfo(end_zone))
    travel = draw(
        st.none()
        | st.builds(TravelInfo, from_city=text, to_city=text, mode=st.sampled_from(TravelMode), reference=text)
    )
    attend = draw(st.booleans())
    return Item(
        id=item_id,
        mission_id=mission_id,
        title=draw(title),
        start=start,
        end=end.replace(tzinfo=None),
        timezone=zone,
        end_timezone=None if end_zone == zone else end_zone,
        kind=draw(st.sampled_from(ItemKind)),
        city=draw(text),
        venue=draw(text),
        host_organization_ids=_subset(draw, org_ids),
        host_contact_ids=_subset(draw, [c.id for c in contacts]),
        attendee_ids=_subset(draw, [p.id for p in participants]) if attend else None,
        status=draw(st.sampled_from(ItemStatus)),
        agenda=draw(text),
        notes=draw(text),
        travel=travel,
    )
