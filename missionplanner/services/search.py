"""Global search across missions, organizations, contacts, items and outcomes."""

from __future__ import annotations

from missionplanner.domain.models import SearchHit
from missionplanner.storage.store import Store


class SearchService:
    """Full-text search, grouped by kind of record."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def search(self, text: str, *, limit_per_kind: int = 20) -> list[SearchHit]:
        return self.store.search.search(text, limit_per_kind=limit_per_kind)
