"""The real sample missions shipped under resources/samples, loaded through the importer."""

from __future__ import annotations

from pathlib import Path

from missionplanner.exchange.mission_files import import_snapshot, read_mission_file
from missionplanner.resources import resources_dir
from missionplanner.services.app import Services


def sample_files() -> list[Path]:
    return sorted((resources_dir() / "samples").glob("*.json"))


def seed_samples(services: Services) -> list[str]:
    """Import every sample mission not already present; return the ids of those imported."""
    imported = []
    for path in sample_files():
        snapshot = read_mission_file(path)
        # Seeding twice (or into a database a sample was imported into) must not fail.
        if services.missions.find(snapshot.mission.id) is None:
            mission_id, _ = import_snapshot(services, snapshot)
            imported.append(mission_id)
    return imported
