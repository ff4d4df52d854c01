"""Itinerary use-cases: adding, editing and removing items of a mission."""

from __future__ import annotations

from missionplanner.domain.errors import Problem, quotable
from missionplanner.domain.models import Item, ItineraryFigures
from missionplanner.domain.translation import translate
from missionplanner.domain.validation import item_problems, item_warnings
from missionplanner.services.base import EntityService, missing_references
from missionplanner.services.changes import ChangeSet
from missionplanner.storage.store import Store


class ItemService(EntityService[Item]):
    """Items of a mission's itinerary, including travel legs."""

    entity = "item"

    def __init__(self, store: Store) -> None:
        super().__init__(store, store.items, item_problems)

    def reference_problems(self, record: Item) -> list[Problem]:
        store = self.store
        problems = missing_references(store.missions, [record.mission_id], "mission_id", "mission")
        problems += missing_references(
            store.organizations, record.host_organization_ids, "host_organization_ids", "organization"
        )
        problems += missing_references(store.contacts, record.host_contact_ids, "host_contact_ids", "contact")
        if record.attendee_ids:
            delegation = {p.id for p in store.participants.for_mission(record.mission_id)}
            message = translate("Services", "Participant '{id}' is not in this mission's delegation.")
            problems += [
                Problem("attendee_ids", message.format(id=quotable(pid)))
                for pid in record.attendee_ids
                if pid not in delegation
            ]
        return problems

    def warnings(self, record: Item) -> list[Problem]:
        return item_warnings(record, self.store.missions.get(record.mission_id))

    def for_mission(self, mission_id: str) -> list[Item]:
        return self.store.items.for_mission(mission_id)

    def figures(self, mission_id: str) -> ItineraryFigures:
        """Cities in the order first reached, and the numbers of meetings and site visits."""
        return self.store.items.figures(mission_id)

    def dependents(self, item_id: str) -> dict[str, int]:
        return self.store.items.dependents(item_id)

    def delete(self, record_id: str) -> ChangeSet:
        outcome_ids = [
            o.id for o in self.store.outcomes.for_mission(self.get(record_id).mission_id) if o.item_id == record_id
        ]
        changes = super().delete(record_id)
        # Outcomes outlive the meeting they came from; they only lose the link.
        for outcome_id in outcome_ids:
            changes.updated("outcome", outcome_id)
        return changes
