"""Key-value settings stored in the database as JSON, so every front end uses the same values."""

from __future__ import annotations

import json
from typing import Any

from missionplanner.domain.models import utc_now_text
from missionplanner.storage.connection import Database


class SettingsRepository:
    """The settings table."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str) -> Any:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        if row is None:
            return None
        try:
            return json.loads(row[0])
        except ValueError:  # a damaged value behaves like an unset one
            return None

    def set(self, key: str, value: Any) -> None:
        if value is None:
            self.db.execute("DELETE FROM settings WHERE key = ?", [key])
            return
        self.db.execute(
            "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            [key, json.dumps(value, ensure_ascii=False, sort_keys=True), utc_now_text()],
        )
