"""Where the user's database lives: kept apart from opening it so start-up can ask without loading SQLite code."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "missionplanner"
ENV_DATABASE = "MISSIONPLANNER_DB"


def default_database_path() -> Path:
    """MISSIONPLANNER_DB if set, else missions.db in the platform's user data directory."""
    override = os.environ.get(ENV_DATABASE)
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "missions.db"
