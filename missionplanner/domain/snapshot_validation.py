"""Checks a whole mission snapshot: every record valid, every reference inside the snapshot."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from missionplanner.domain.errors import Problem, quotable
from missionplanner.domain.snapshot import MissionSnapshot
from missionplanner.domain.translation import QT_TRANSLATE_NOOP, translate
from missionplanner.domain.validation import (
    contact_problems,
    follow_up_problems,
    item_problems,
    mission_problems,
    organization_problems,
    outcome_problems,
)


def _at(path: str, problems: Iterable[Problem]) -> list[Problem]:
    return [Problem(f"{path}.{p.field}", p.message) for p in problems]


# What a reference to a record missing from the file says, one whole sentence per kind of record.
_MISSING = {
    "organization": QT_TRANSLATE_NOOP(
        "SnapshotValidation", "refers to organization '{id}', which is not in the file; add it or remove the reference."
    ),
    "contact": QT_TRANSLATE_NOOP(
        "SnapshotValidation", "refers to contact '{id}', which is not in the file; add it or remove the reference."
    ),
    "mission": QT_TRANSLATE_NOOP(
        "SnapshotValidation", "refers to mission '{id}', which is not in the file; add it or remove the reference."
    ),
    "participant": QT_TRANSLATE_NOOP(
        "SnapshotValidation", "refers to participant '{id}', which is not in the file; add it or remove the reference."
    ),
    "item": QT_TRANSLATE_NOOP(
        "SnapshotValidation", "refers to item '{id}', which is not in the file; add it or remove the reference."
    ),
    "outcome": QT_TRANSLATE_NOOP(
        "SnapshotValidation", "refers to outcome '{id}', which is not in the file; add it or remove the reference."
    ),
}


def _refs(path: str, ids: Sequence[str | None], known: set[str], what: str) -> list[Problem]:
    message = translate("SnapshotValidation", _MISSING[what])
    return [Problem(path, message.format(id=quotable(i))) for i in ids if i is not None and i not in known]


def _duplicates(path: str, ids: Sequence[str]) -> list[Problem]:
    seen: set[str] = set()
    problems = []
    for index, record_id in enumerate(ids):
        if record_id in seen:
            message = translate("SnapshotValidation", "id '{id}' is used twice; ids must be unique.")
            problems.append(Problem(f"{path}[{index}].id", message.format(id=quotable(record_id))))
        seen.add(record_id)
    return problems


def snapshot_problems(snapshot: MissionSnapshot, stored: frozenset[str] = frozenset()) -> list[Problem]:
    """Every problem in the snapshot, each with the path of the offending field.

    `stored` names directory records already in the database exactly as the snapshot has them: they
    were validated when written, so only their references are checked again (a clone carries
    hundreds of them).
    """
    mission = snapshot.mission
    org_ids = {o.id for o in snapshot.organizations}
    contact_ids = {c.id for c in snapshot.contacts}
    participant_ids = {p.id for p in snapshot.participants}
    item_ids = {i.id for i in snapshot.items}
    outcome_ids = {o.id for o in snapshot.outcomes}
    mission_ids = {mission.id}
    problems = _at("mission", mission_problems(mission))
    problems += _refs("mission.organizers", [o.organization_id for o in mission.organizers], org_ids, "organization")
    for name, records in (
        ("organizations", snapshot.organizations),
        ("contacts", snapshot.contacts),
        ("participants", snapshot.participants),
        ("items", snapshot.items),
        ("outcomes", snapshot.outcomes),
        ("follow_ups", snapshot.follow_ups),
    ):
        problems += _duplicates(name, [r.id for r in records])
    for i, org in enumerate(snapshot.organizations):
        if org.id not in stored:
            problems += _at(f"organizations[{i}]", organization_problems(org))
    for i, contact in enumerate(snapshot.contacts):
        if contact.id not in stored:
            problems += _at(f"contacts[{i}]", contact_problems(contact))
        problems += _refs(f"contacts[{i}].organization_id", [contact.organization_id], org_ids, "organization")
    seen_contacts: set[str] = set()
    for i, participant in enumerate(snapshot.participants):
        path = f"participants[{i}]"
        problems += _refs(f"{path}.mission_id", [participant.mission_id], mission_ids, "mission")
        problems += _refs(f"{path}.contact_id", [participant.contact_id], contact_ids, "contact")
        if participant.contact_id in seen_contacts:
            message = translate("SnapshotValidation", "this person is in the delegation twice; keep one entry.")
            problems.append(Problem(f"{path}.contact_id", message))
        seen_contacts.add(participant.contact_id)
    for i, item in enumerate(snapshot.items):
        path = f"items[{i}]"
        problems += _at(path, item_problems(item))
        problems += _refs(f"{path}.mission_id", [item.mission_id], mission_ids, "mission")
        problems += _refs(f"{path}.host_organization_ids", item.host_organization_ids, org_ids, "organization")
        problems += _refs(f"{path}.host_contact_ids", item.host_contact_ids, contact_ids, "contact")
        problems += _refs(f"{path}.attendee_ids", item.attendee_ids or (), participant_ids, "participant")
    for i, outcome in enumerate(snapshot.outcomes):
        path = f"outcomes[{i}]"
        problems += _at(path, outcome_problems(outcome))
        problems += _refs(f"{path}.mission_id", [outcome.mission_id], mission_ids, "mission")
        problems += _refs(f"{path}.item_id", [outcome.item_id], item_ids, "item")
        problems += _refs(f"{path}.organization_ids", outcome.organization_ids, org_ids, "organization")
    for i, follow_up in enumerate(snapshot.follow_ups):
        path = f"follow_ups[{i}]"
        problems += _at(path, follow_up_problems(follow_up))
        problems += _refs(f"{path}.mission_id", [follow_up.mission_id], mission_ids, "mission")
        problems += _refs(f"{path}.outcome_id", [follow_up.outcome_id], outcome_ids, "outcome")
    return problems
