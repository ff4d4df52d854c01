"""Full-text search over missions, organizations, contacts, items and outcomes (FTS5).

Outcomes are also found by their counterparts' names (after the outcomes that match directly).
"""

from __future__ import annotations

from missionplanner.domain.models import SearchHit
from missionplanner.storage.connection import Database
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

    def __init__(self, db: Database) -> None:
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
            found = [SearchHit(entity, r[0], r[1], r[3] or "", r[2]) for r in cursor]
            if entity == "outcome" and len(found) < limit_per_kind:
                found += self._outcomes_by_counterpart(match, {h.id for h in found}, limit_per_kind - len(found))
            hits += found
        return hits

    def _outcomes_by_counterpart(self, match: str, exclude: set[str], limit: int) -> list[SearchHit]:
        """Outcomes whose counterpart organization's name or local name matches, best match first.

        Each outcome once (under its best-matching counterpart), and none already found directly.
        """
        cursor = self.db.execute(
            "SELECT o.id, o.title, o.mission_id, "
            "snippet(organizations_fts, -1, '[', ']', '…', 12), organizations_fts.rank "
            "FROM organizations_fts JOIN organizations org ON org.rowid = organizations_fts.rowid "
            "JOIN outcome_organizations oo ON oo.organization_id = org.id "
            "JOIN outcomes o ON o.id = oo.outcome_id "
            "WHERE organizations_fts MATCH ? ORDER BY organizations_fts.rank, o.rowid",
            [f"{{name name_local}} : ({match})"],
        )
        hits: list[SearchHit] = []
        seen = set(exclude)
        for outcome_id, title, mission_id, snippet, _ in cursor:
            if outcome_id in seen:
                continue
            seen.add(outcome_id)
            snippet = f"Counterpart: {snippet or ''}"
            hits.append(SearchHit("outcome", outcome_id, title, snippet, mission_id, {"via": "counterpart"}))
            if len(hits) >= limit:
                break
        return hits
