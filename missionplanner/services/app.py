"""The services of one open database, in one object the GUI, CLI and reports share."""

from __future__ import annotations

from pathlib import Path

from missionplanner.domain.progress import NO_PROGRESS, Progress
from missionplanner.services.backups import BackupService
from missionplanner.services.checks import CheckService
from missionplanner.services.cities import CityService
from missionplanner.services.dashboard import DashboardService
from missionplanner.services.directory import ContactService, OrganizationService
from missionplanner.services.history import HistoryService
from missionplanner.services.itinerary import ItemService
from missionplanner.services.missions import MissionService, ParticipantService
from missionplanner.services.outcomes import FollowUpService, OutcomeService
from missionplanner.services.preferences import PreferencesService
from missionplanner.services.search import SearchService
from missionplanner.services.templates import TemplateService
from missionplanner.services.trash import Trash
from missionplanner.storage.location import default_database_path
from missionplanner.storage.store import Store, open_store


class Services:
    """Every use-case over one open database."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.organizations = OrganizationService(store)
        self.contacts = ContactService(store)
        self.missions = MissionService(store)
        self.participants = ParticipantService(store)
        self.items = ItemService(store)
        self.outcomes = OutcomeService(store)
        self.follow_ups = FollowUpService(store)
        self.history = HistoryService(store)
        self.dashboard = DashboardService(store)
        self.search = SearchService(store)
        self.trash = Trash(store)
        self.cities = CityService(store)
        self.preferences = PreferencesService(store)
        self.checks = CheckService(store, self.cities, self.preferences)
        self.templates = TemplateService(store, self.missions, self.checks)
        self.backups = BackupService(store)

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def created(self) -> bool:
        """True when opening made a new, empty database."""
        return self.store.created

    def warm_up(self) -> None:
        """Load ahead what start-up did not need but later actions do: sqlite-utils for the first save, the
        reference cities (~0.3 s) for the first check or city search. The desktop app calls it off the GUI
        thread once its window is up, rather than have the first save or mission opened wait for them."""
        self.store.prepare_for_writing()
        self.cities.prepare()

    def backup(self, out: Path | None = None, progress: Progress = NO_PROGRESS) -> Path:
        return self.store.backups.create(out, progress=progress)

    def doctor(self) -> list[str]:
        return self.store.integrity_problems()

    def close(self) -> None:
        self.store.close()


def open_services(path: Path | None = None, *, make_backups: bool = True, daily_backup: bool = True) -> Services:
    """Open the database at `path` (default: the user's database) and its services."""
    path = Path(path) if path else default_database_path()
    return Services(open_store(path, make_backups=make_backups, daily_backup=daily_backup))
