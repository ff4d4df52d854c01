"""Mission use-cases: missions, their delegations, and whole-mission snapshots."""

from __future__ import annotations

from dataclasses import fields, replace
from functools import cache
from operator import attrgetter
from typing import TypeVar

from missionplanner.domain.errors import NotFoundError, Problem, ValidationError, quotable
from missionplanner.domain.models import Contact, Mission, MissionSummary, Organization, Participant
from missionplanner.domain.snapshot import MissionSnapshot
from missionplanner.domain.snapshot_validation import snapshot_problems
from missionplanner.domain.translation import translate
from missionplanner.domain.validation import SHORTEST_ID_PREFIX, ensure_valid, mission_problems
from missionplanner.services.base import EntityService, missing_references
from missionplanner.services.changes import ChangeSet
from missionplanner.storage.repositories.missions import MissionFilter
from missionplanner.storage.store import Store

T = TypeVar("T")


def _no_problems(_: Participant) -> list[Problem]:
    return []


@cache
def _content_of(kind: type) -> attrgetter:
    """A record's fields but its timestamps, as a tuple."""
    return attrgetter(*(f.name for f in fields(kind) if f.name not in ("created_at", "updated_at")))


def _same_content(stored: Organization | Contact, record: Organization | Contact) -> bool:
    """Whether restoring `record` over `stored` would change anything but its timestamps."""
    # Compared as tuples rather than through dataclasses.replace: a clone compares over a thousand.
    content = _content_of(type(record))
    return type(stored) is type(record) and content(stored) == content(record)


class MissionService(EntityService[Mission]):
    """Missions and templates."""

    entity = "mission"

    def __init__(self, store: Store) -> None:
        super().__init__(store, store.missions, mission_problems)

    def reference_problems(self, record: Mission) -> list[Problem]:
        return missing_references(
            self.store.organizations, [o.organization_id for o in record.organizers], "organizers", "organization"
        ) + missing_references(self.store.missions, [record.source_mission_id], "source_mission_id", "mission")

    def summaries(self, flt: MissionFilter | None = None, *, limit: int = 100_000) -> list[MissionSummary]:
        """Missions and templates for a list, newest first (all of them when no filter is given)."""
        return self.store.missions.summaries(flt or MissionFilter(templates=None), limit=limit)

    def resolve_id(self, text: str) -> str:
        """The id of the mission whose id is `text` or starts with it (as short ids are typed)."""
        text = text.strip()
        if self.store.missions.exists(text):
            return text
        matches = self.store.missions.ids_starting_with(text) if len(text) >= SHORTEST_ID_PREFIX else []
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            count = len(matches)  # a plain name as the count, for pyside6-lupdate
            message = translate("Services", "'{text}' matches %n mission(s); type more of the id.", None, count)
            raise ValidationError.single("mission", message.format(text=quotable(text)))
        raise NotFoundError("mission", text)

    def ids(self, flt: MissionFilter) -> list[str]:
        return self.store.missions.ids(flt)

    def summaries_for(self, ids: list[str]) -> dict[str, MissionSummary]:
        return self.store.missions.summaries_for(ids)

    def destination_countries(self) -> list[str]:
        return self.store.missions.destination_countries()

    def years(self) -> list[int]:
        return self.store.missions.years()

    def dependents(self, mission_id: str) -> dict[str, int]:
        return self.store.missions.dependents(mission_id)

    def derived_from(self, mission_id: str) -> list[MissionSummary]:
        return self.store.missions.derived_from(mission_id)

    def delete(self, record_id: str) -> ChangeSet:
        snapshot = self.snapshot(record_id)
        derived = self.derived_from(record_id)
        changes = super().delete(record_id)
        # Missions made from this one keep existing; they only lose their source_mission_id.
        for mission in derived:
            changes.updated("mission", mission.id)
        for kind, records in (
            ("participant", snapshot.participants),
            ("item", snapshot.items),
            ("outcome", snapshot.outcomes),
            ("follow_up", snapshot.follow_ups),
        ):
            for record in records:
                changes.deleted(kind, record.id)
        return changes

    def snapshot(self, mission_id: str) -> MissionSnapshot:
        """The mission with everything it contains and every directory record it refers to."""
        store = self.store
        mission = store.missions.get(mission_id)
        participants = store.participants.for_mission(mission_id)
        items = store.items.for_mission(mission_id)
        outcomes = store.outcomes.for_mission(mission_id)
        follow_ups = store.follow_ups.for_mission(mission_id)
        contact_ids = [p.contact_id for p in participants] + [c for i in items for c in i.host_contact_ids]
        contacts = store.contacts.get_many(contact_ids)
        organization_ids = (
            [o.organization_id for o in mission.organizers]
            + [c.organization_id for c in contacts if c.organization_id]
            + [h for i in items for h in i.host_organization_ids]
            + [h for o in outcomes for h in o.organization_ids]
        )
        return MissionSnapshot(
            mission=mission,
            organizations=tuple(store.organizations.get_many(organization_ids)),
            contacts=tuple(contacts),
            participants=tuple(participants),
            items=tuple(items),
            outcomes=tuple(outcomes),
            follow_ups=tuple(follow_ups),
        )

    def restore(self, snapshot: MissionSnapshot, *, keep_directory: bool = False) -> ChangeSet:
        """Write a whole mission in one transaction.

        Directory records with known ids are updated from the snapshot (an imported file brings news of
        them), or, with `keep_directory`, kept as they are: a mission made from another one in this
        database refers to its organizations and people, and must not write back what it read of them
        (a change made meanwhile would be undone). Records the database lacks are added either way.
        """
        store = self.store
        changes = ChangeSet()
        with store.atomic():
            # One query per 500 records, not one per record: a clone refers to hundreds of them.
            organization_ids = [o.id for o in snapshot.organizations]
            contact_ids = [c.id for c in snapshot.contacts]
            known: dict[str, Organization | Contact]
            if keep_directory:
                known = {}
                unchanged = frozenset(
                    store.organizations.existing_ids(organization_ids) | store.contacts.existing_ids(contact_ids)
                )
            else:
                known = {
                    r.id: r
                    for r in [*store.organizations.get_many(organization_ids), *store.contacts.get_many(contact_ids)]
                }
                unchanged = frozenset(
                    r.id
                    for r in (*snapshot.organizations, *snapshot.contacts)
                    if r.id in known and _same_content(known[r.id], r)
                )
            ensure_valid(snapshot_problems(snapshot, stored=unchanged))
            if store.missions.exists(snapshot.mission.id):
                message = translate(
                    "Services", "The mission '{title}' is already in this database; import it as a copy instead."
                )
                raise ValidationError.single("mission.id", message.format(title=snapshot.mission.title))
            missing_source = snapshot.mission.source_mission_id and not store.missions.exists(
                snapshot.mission.source_mission_id
            )
            mission = replace(snapshot.mission, source_mission_id=None) if missing_source else snapshot.mission
            for kind, repository, records in (
                ("organization", store.organizations, snapshot.organizations),
                ("contact", store.contacts, snapshot.contacts),
            ):
                for record in records:
                    if record.id in unchanged:
                        continue
                    if record.id not in known:
                        repository.insert(record)  # type: ignore[attr-defined]
                        changes.created(kind, record.id)
                    else:
                        repository.update(record)  # type: ignore[attr-defined]
                        changes.updated(kind, record.id)
            store.missions.insert(mission)
            changes.created("mission", mission.id)
            for participant in snapshot.participants:
                store.participants.insert(participant)  # each goes to the end of the delegation list
                changes.created("participant", participant.id)
            for kind, repository, records in (
                ("item", store.items, snapshot.items),
                ("outcome", store.outcomes, snapshot.outcomes),
                ("follow_up", store.follow_ups, snapshot.follow_ups),
            ):
                repository.insert_many(records)
                for record in records:
                    changes.created(kind, record.id)
        return changes


class ParticipantService(EntityService[Participant]):
    """The delegation: contacts taking part in a mission, with their roles."""

    entity = "participant"

    def __init__(self, store: Store) -> None:
        super().__init__(store, store.participants, _no_problems)

    def reference_problems(self, record: Participant) -> list[Problem]:
        problems = missing_references(self.store.missions, [record.mission_id], "mission_id", "mission")
        problems += missing_references(self.store.contacts, [record.contact_id], "contact_id", "contact")
        existing = self.store.participants.find_by_contact(record.mission_id, record.contact_id)
        if existing is not None and existing.id != record.id:
            problems.append(Problem("contact_id", translate("Services", "This person is already in the delegation.")))
        return problems

    def for_mission(self, mission_id: str) -> list[Participant]:
        return self.store.participants.for_mission(mission_id)

    def delete(self, record_id: str) -> ChangeSet:
        participant = self.get(record_id)
        attended = [
            i.id
            for i in self.store.items.for_mission(participant.mission_id)
            if i.attendee_ids is not None and record_id in i.attendee_ids
        ]
        changes = super().delete(record_id)
        # Items that listed this person lose an attendee.
        for item_id in attended:
            changes.updated("item", item_id)
        return changes
