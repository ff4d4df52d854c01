"""A whole mission with everything it refers to: the unit of export, import, undo and cloning."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from missionplanner.domain.models import (
    Contact,
    FollowUp,
    Item,
    Mission,
    MissionOrganizer,
    Organization,
    Outcome,
    Participant,
    new_id,
)


@dataclass(frozen=True)
class MissionSnapshot:
    """A mission, its delegation, itinerary, outcomes and follow-ups, and the directory records they use."""

    mission: Mission
    organizations: tuple[Organization, ...] = ()
    contacts: tuple[Contact, ...] = ()
    participants: tuple[Participant, ...] = ()
    items: tuple[Item, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()

    def counts(self) -> dict[str, int]:
        return {
            "participants": len(self.participants),
            "items": len(self.items),
            "outcomes": len(self.outcomes),
            "follow_ups": len(self.follow_ups),
        }


@dataclass
class _IdMap:
    mapping: dict[str, str] = field(default_factory=dict)

    def __call__(self, old: str) -> str:
        if old not in self.mapping:
            self.mapping[old] = new_id()
        return self.mapping[old]

    def optional(self, old: str | None) -> str | None:
        return None if old is None else self(old)

    def many(self, olds: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(self(o) for o in olds)


def with_fresh_ids(snapshot: MissionSnapshot) -> MissionSnapshot:
    """The same mission with every record (directory records included) given a new id."""
    ids = _IdMap()
    mission = snapshot.mission
    return MissionSnapshot(
        mission=replace(
            mission,
            id=ids(mission.id),
            organizers=tuple(MissionOrganizer(ids(o.organization_id), o.role) for o in mission.organizers),
            source_mission_id=None,
            created_at="",
            updated_at="",
        ),
        organizations=tuple(replace(o, id=ids(o.id), created_at="", updated_at="") for o in snapshot.organizations),
        contacts=tuple(
            replace(c, id=ids(c.id), organization_id=ids.optional(c.organization_id), created_at="", updated_at="")
            for c in snapshot.contacts
        ),
        participants=tuple(
            replace(
                p,
                id=ids(p.id),
                mission_id=ids(p.mission_id),
                contact_id=ids(p.contact_id),
                created_at="",
                updated_at="",
            )
            for p in snapshot.participants
        ),
        items=tuple(
            replace(
                i,
                id=ids(i.id),
                mission_id=ids(i.mission_id),
                host_organization_ids=ids.many(i.host_organization_ids),
                host_contact_ids=ids.many(i.host_contact_ids),
                attendee_ids=None if i.attendee_ids is None else ids.many(i.attendee_ids),
                created_at="",
                updated_at="",
            )
            for i in snapshot.items
        ),
        outcomes=tuple(
            replace(
                o,
                id=ids(o.id),
                mission_id=ids(o.mission_id),
                item_id=ids.optional(o.item_id),
                organization_ids=ids.many(o.organization_ids),
                created_at="",
                updated_at="",
            )
            for o in snapshot.outcomes
        ),
        follow_ups=tuple(
            replace(
                f,
                id=ids(f.id),
                mission_id=ids(f.mission_id),
                outcome_id=ids.optional(f.outcome_id),
                created_at="",
                updated_at="",
            )
            for f in snapshot.follow_ups
        ),
    )
