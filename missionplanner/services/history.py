"""Institutional memory: what an organization or a person has done with us, across every mission."""

from __future__ import annotations

from datetime import date

from missionplanner.domain.models import HistoryEntry
from missionplanner.storage.store import Store

# On the same day, what follows from something comes first when reading newest first.
_RANK = {"mission": 0, "outcome": 2, "follow_up": 3}
_ITEM_RANK = 1


def _newest_first(*groups: list[HistoryEntry]) -> list[HistoryEntry]:
    """Entries of every kind, newest first; undated entries last. Each group comes newest first already."""
    entries = [entry for group in groups for entry in group]
    entries.sort(key=lambda e: (e.on is not None, e.on or date.min, _RANK.get(e.kind, _ITEM_RANK)), reverse=True)
    return entries


class HistoryService:
    """Every mission, meeting, outcome and follow-up that involved an organization or a contact."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def organization(self, organization_id: str) -> list[HistoryEntry]:
        """Missions it organized or supported, items it hosted, outcomes it is a counterpart of and their
        follow-ups; newest first."""
        self.store.organizations.get(organization_id)
        history = self.store.history
        return _newest_first(
            history.organized_missions(organization_id),
            history.hosted_items(organization_id),
            history.counterpart_outcomes(organization_id),
            history.counterpart_follow_ups(organization_id),
        )

    def contact(self, contact_id: str) -> list[HistoryEntry]:
        """Missions the person was part of (with their role), items they hosted and items they attended;
        newest first."""
        self.store.contacts.get(contact_id)
        history = self.store.history
        return _newest_first(
            history.participations(contact_id),
            history.items_hosted_by_contact(contact_id),
            history.items_attended(contact_id),
        )
