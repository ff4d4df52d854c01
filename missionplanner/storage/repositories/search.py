"""Full-text search over missions, organizations, contacts, items and outcomes (FTS5)."""

from __future__ import annotations

import sqlite_utils

from missionplanner.domain.models import SearchHit
from missionplanner.storage.repositories.missions import fts_match_expression

# entity -> (table, title column, mission id column or None)
_SOURCES = {
    "mission": ("missions", "title", "id"),
    "organization": ("organizations", "name", None),
    "contact": ("contacts", "name", None),
    "item": ("items", "title", "mission_id"),
    "outcome": ("outcomes", "title", "mission_id"),
}


class SearchRepository:
    """Ranked full-text queries against each table's FTS5 index."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def search(self, text: str, *, limit_per_kind: int = 20, kinds: tuple[str, ...] | None = None) -> list[SearchHit]:
        match = fts_match_expression(text)
        if match is None:
            return []
        hits: list[SearchHit] = []
        for entity, (table, title, mission_col) in _SOURCES.items():
            if kinds is not None and entity not in kinds:
                continue
            mission_expr = f"t.{mission_col}" if mission_col else "NULL"
            cursor = self.db.execute(
                f"SELECT t.id, t.{title}, {mission_expr}, "
                f"snippet({table}_fts, -1, '[', ']', '…', 12) "
                f"FROM {table}_fts JOIN {table} t ON t.rowid = {table}_fts.rowid "
                f"WHERE {table}_fts MATCH ? ORDER BY rank LIMIT ?",
                [match, limit_per_kind],
            )
            hits += [SearchHit(entity, r[0], r[1], r[3] or "", r[2]) for r in cursor]
        return hits
