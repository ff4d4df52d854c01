"""The JSON mission exchange format (version 1): a whole mission in one portable file."""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

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
from missionplanner.domain.errors import ExchangeError, Problem
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
from missionplanner.domain.translation import translate
from missionplanner.exchange.reader import JsonReader, Obj

FORMAT = "missionplanner/mission"
FORMAT_VERSION = 1
_EPOCH = datetime(2000, 1, 1)
_CONTACT_PATH = re.compile(r"^contacts\[(\d+)\]")


def _local(moment: Any) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


def _date(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _contact(c: Contact) -> Obj:
    return {
        "id": c.id,
        "name": c.name,
        "position": c.position,
        "email": c.email,
        "phone": c.phone,
        "languages": list(c.languages),
        "notes": c.notes,
    }


def to_document(snapshot: MissionSnapshot) -> Obj:
    """The exchange document of a snapshot; every field is written, so a round trip is lossless."""
    m = snapshot.mission
    contacts_by_org: dict[str | None, list[Contact]] = {}
    for contact in snapshot.contacts:
        contacts_by_org.setdefault(contact.organization_id, []).append(contact)
    document: Obj = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "mission": {
            "id": m.id,
            "title": m.title,
            "kind": m.kind.value,
            "status": m.status.value,
            "origin_country": m.origin_country,
            "destination_country": m.destination_country,
            "start_date": m.start_date.isoformat(),
            "end_date": m.end_date.isoformat(),
            "timezone": m.timezone,
            "objectives": m.objectives,
            "notes": m.notes,
            "is_template": m.is_template,
            "source_mission_id": m.source_mission_id,
            "organizers": [{"organization_id": o.organization_id, "role": o.role.value} for o in m.organizers],
        },
        "organizations": [
            {
                "id": o.id,
                "name": o.name,
                "name_local": o.name_local,
                "kind": o.kind.value,
                "country": o.country,
                "city": o.city,
                "address": o.address,
                "sectors": list(o.sectors),
                "website": o.website,
                "phone": o.phone,
                "email": o.email,
                "notes": o.notes,
                "contacts": [_contact(c) for c in contacts_by_org.get(o.id, [])],
            }
            for o in snapshot.organizations
        ],
        "contacts": [_contact(c) for c in contacts_by_org.get(None, [])],
        "participants": [
            {"id": p.id, "contact_id": p.contact_id, "role": p.role.value, "notes": p.notes}
            for p in snapshot.participants
        ],
        "items": [
            {
                "id": i.id,
                "kind": i.kind.value,
                "title": i.title,
                "start": _local(i.start),
                "end": _local(i.end),
                "timezone": i.timezone,
                "end_timezone": i.effective_end_timezone,
                "city": i.city,
                "venue": i.venue,
                "host_organization_ids": list(i.host_organization_ids),
                "host_contact_ids": list(i.host_contact_ids),
                **({} if i.attendee_ids is None else {"attendee_ids": list(i.attendee_ids)}),
                "status": i.status.value,
                "agenda": i.agenda,
                "notes": i.notes,
                "travel": None
                if i.travel is None
                else {
                    "from_city": i.travel.from_city,
                    "to_city": i.travel.to_city,
                    "mode": i.travel.mode.value,
                    "reference": i.travel.reference,
                },
            }
            for i in snapshot.items
        ],
        "outcomes": [
            {
                "id": o.id,
                "item_id": o.item_id,
                "kind": o.kind.value,
                "title": o.title,
                "description": o.description,
                "organization_ids": list(o.organization_ids),
                "sector": o.sector,
                "commodity": o.commodity,
                "direction": o.direction.value,
                "amount": str(o.amount) if o.amount is not None else None,
                "currency": o.currency,
                "status": o.status.value,
                "signed_on": _date(o.signed_on),
            }
            for o in snapshot.outcomes
        ],
        "follow_ups": [
            {
                "id": f.id,
                "outcome_id": f.outcome_id,
                "action": f.action,
                "owner": f.owner,
                "due_date": _date(f.due_date),
                "done_on": _date(f.done_on),
            }
            for f in snapshot.follow_ups
        ],
    }
    return document


def dumps(snapshot: MissionSnapshot) -> str:
    return json.dumps(to_document(snapshot), ensure_ascii=False, indent=2) + "\n"


def from_document(document: Any) -> MissionSnapshot:
    """Parse an exchange document; raise ExchangeError listing every problem with its JSON path."""
    r = JsonReader()
    root = r.obj(document, "$")
    if root.get("format") != FORMAT:
        message = translate(
            "MissionFormat", 'This is not a Mission Planner mission file (expected "format": "{format}").'
        )
        raise ExchangeError(message.format(format=FORMAT))
    version = root.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ExchangeError(translate("MissionFormat", "The mission file has no valid format_version."))
    if version > FORMAT_VERSION:
        message = translate(
            "MissionFormat",
            "The mission file uses format version {version}, newer than this Mission Planner understands "
            "({supported}); update Mission Planner to import it.",
        )
        raise ExchangeError(message.format(version=version, supported=FORMAT_VERSION))
    m = r.obj(root.get("mission"), "mission")
    mission_id = r.id(m, "id", "mission")
    start_date = r.date(m, "start_date", "mission", required=True)
    end_date = r.date(m, "end_date", "mission", required=True)
    organizers = tuple(
        MissionOrganizer(
            r.id(o, "organization_id", path), r.enum(o, "role", path, OrganizerRole, OrganizerRole.ORGANIZER)
        )
        for path, o in r.items(m, "organizers", "mission.organizers")
    )
    organizations: list[Organization] = []
    contacts: list[Contact] = []
    for path, o in r.items(root, "organizations", "organizations"):
        org = Organization(
            id=r.id(o, "id", path),
            name=r.text(o, "name", path, required=True),
            name_local=r.text(o, "name_local", path),
            kind=r.enum(o, "kind", path, OrganizationKind, OrganizationKind.OTHER),
            country=r.optional_text(o, "country", path),
            city=r.text(o, "city", path),
            address=r.text(o, "address", path),
            sectors=r.texts(o, "sectors", path),
            website=r.text(o, "website", path),
            phone=r.text(o, "phone", path),
            email=r.text(o, "email", path),
            notes=r.text(o, "notes", path),
        )
        organizations.append(org)
        contacts += [_read_contact(r, c, cpath, org.id) for cpath, c in r.items(o, "contacts", f"{path}.contacts")]
    contacts += [_read_contact(r, c, path, None) for path, c in r.items(root, "contacts", "contacts")]
    participants = [
        Participant(
            id=r.id(p, "id", path),
            mission_id=mission_id,
            contact_id=r.id(p, "contact_id", path),
            role=r.enum(p, "role", path, ParticipantRole, ParticipantRole.MEMBER),
            notes=r.text(p, "notes", path),
        )
        for path, p in r.items(root, "participants", "participants")
    ]
    items = [_read_item(r, i, path, mission_id) for path, i in r.items(root, "items", "items")]
    outcomes = [
        Outcome(
            id=r.id(o, "id", path),
            mission_id=mission_id,
            item_id=r.optional_text(o, "item_id", path),
            kind=r.enum(o, "kind", path, OutcomeKind, OutcomeKind.OTHER),
            title=r.text(o, "title", path, required=True),
            description=r.text(o, "description", path),
            organization_ids=r.texts(o, "organization_ids", path),
            sector=r.text(o, "sector", path),
            commodity=r.text(o, "commodity", path),
            direction=r.enum(o, "direction", path, Direction, Direction.NONE),
            amount=r.decimal(o, "amount", path),
            currency=r.optional_text(o, "currency", path),
            status=r.enum(o, "status", path, OutcomeStatus, OutcomeStatus.DISCUSSED),
            signed_on=r.date(o, "signed_on", path),
        )
        for path, o in r.items(root, "outcomes", "outcomes")
    ]
    follow_ups = [
        FollowUp(
            id=r.id(f, "id", path),
            mission_id=mission_id,
            outcome_id=r.optional_text(f, "outcome_id", path),
            action=r.text(f, "action", path, required=True),
            owner=r.text(f, "owner", path),
            due_date=r.date(f, "due_date", path),
            done_on=r.date(f, "done_on", path),
        )
        for path, f in r.items(root, "follow_ups", "follow_ups")
    ]
    title = r.text(m, "title", "mission", required=True)
    if r.problems or start_date is None or end_date is None:
        raise ExchangeError(_has_problems(), r.problems)
    mission = Mission(
        id=mission_id,
        title=title,
        start_date=start_date,
        end_date=end_date,
        kind=r.enum(m, "kind", "mission", MissionKind, MissionKind.OTHER),
        status=r.enum(m, "status", "mission", MissionStatus, MissionStatus.DRAFT),
        origin_country=r.optional_text(m, "origin_country", "mission"),
        destination_country=r.optional_text(m, "destination_country", "mission"),
        timezone=r.text(m, "timezone", "mission") or "UTC",
        objectives=r.text(m, "objectives", "mission"),
        notes=r.text(m, "notes", "mission"),
        is_template=r.boolean(m, "is_template", "mission"),
        source_mission_id=r.optional_text(m, "source_mission_id", "mission"),
        organizers=organizers,
    )
    if r.problems:
        raise ExchangeError(_has_problems(), r.problems)
    return MissionSnapshot(
        mission=mission,
        organizations=tuple(organizations),
        contacts=tuple(contacts),
        participants=tuple(participants),
        items=tuple(items),
        outcomes=tuple(outcomes),
        follow_ups=tuple(follow_ups),
    )


def _has_problems() -> str:
    return translate("MissionFormat", "The mission file has problems; nothing was imported:")


def _read_contact(r: JsonReader, c: Obj, path: str, organization_id: str | None) -> Contact:
    return Contact(
        id=r.id(c, "id", path),
        name=r.text(c, "name", path, required=True),
        organization_id=organization_id,
        position=r.text(c, "position", path),
        email=r.text(c, "email", path),
        phone=r.text(c, "phone", path),
        languages=r.texts(c, "languages", path),
        notes=r.text(c, "notes", path),
    )


def _read_item(r: JsonReader, i: Obj, path: str, mission_id: str) -> Item:
    travel = None
    if i.get("travel") is not None:
        t = r.obj(i["travel"], f"{path}.travel")
        tpath = f"{path}.travel"
        travel = TravelInfo(
            from_city=r.text(t, "from_city", tpath),
            to_city=r.text(t, "to_city", tpath),
            mode=r.enum(t, "mode", tpath, TravelMode, TravelMode.FLIGHT),
            reference=r.text(t, "reference", tpath),
        )
    timezone = r.text(i, "timezone", path, required=True)
    start = r.local_datetime(i, "start", path)
    end = r.local_datetime(i, "end", path)
    attendees = i.get("attendee_ids")
    return Item(
        id=r.id(i, "id", path),
        mission_id=mission_id,
        title=r.text(i, "title", path, required=True),
        # Placeholders keep parsing going so every problem is reported; the file is refused anyway.
        start=start or _EPOCH,
        end=end or _EPOCH,
        timezone=timezone or "UTC",
        end_timezone=_end_zone(r.optional_text(i, "end_timezone", path), timezone),
        kind=r.enum(i, "kind", path, ItemKind, ItemKind.OTHER),
        city=r.text(i, "city", path),
        venue=r.text(i, "venue", path),
        host_organization_ids=r.texts(i, "host_organization_ids", path),
        host_contact_ids=r.texts(i, "host_contact_ids", path),
        attendee_ids=None if attendees is None else r.texts(i, "attendee_ids", path),
        status=r.enum(i, "status", path, ItemStatus, ItemStatus.PROPOSED),
        agenda=r.text(i, "agenda", path),
        notes=r.text(i, "notes", path),
        travel=travel,
    )


def _end_zone(end_timezone: str | None, timezone: str) -> str | None:
    """None when the item ends in the zone it starts in (how the database stores it)."""
    return None if not end_timezone or end_timezone == timezone else end_timezone


def _contact_paths(document: Obj) -> list[str]:
    """The JSON path of each contact, in the order from_document reads them (those of organizations first)."""
    paths = [
        f"organizations[{i}].contacts[{j}]"
        for i, org in enumerate(document.get("organizations") or [])
        for j in range(len(org.get("contacts") or []))
    ]
    return paths + [f"contacts[{k}]" for k in range(len(document.get("contacts") or []))]


def file_problems(snapshot: MissionSnapshot, document: Obj) -> list[Problem]:
    """snapshot_problems of a parsed document, with contact paths pointing where the contact is in the file."""
    # The snapshot holds contacts in one flat list, but the file nests most of them under their organization.
    paths = _contact_paths(document)
    problems = []
    for problem in snapshot_problems(snapshot):
        match = _CONTACT_PATH.match(problem.field)
        if match and int(match[1]) < len(paths):
            problem = Problem(paths[int(match[1])] + problem.field[match.end() :], problem.message)
        problems.append(problem)
    return problems
