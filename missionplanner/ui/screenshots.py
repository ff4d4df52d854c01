"""Regenerate the README screenshots: `uv run python -m missionplanner.ui.screenshots` (works headless)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from missionplanner.i18n.catalog import activate
from missionplanner.i18n.languages import Language
from missionplanner.resources import resources_dir
from missionplanner.ui.app import application, open_startup_database
from missionplanner.ui.background import wait_for_background_work
from missionplanner.ui.main_window import MainWindow
from missionplanner.ui.views.meetings import UNTIED

KAZAKHSTAN = "8e6038ca-9332-42eb-ad03-6d2fe70c1750"
BELARUS = "5eb3085c-be0c-4c04-a7db-76240de93d5f"


def _settle(app: QApplication) -> None:
    # Counts and checks made off the GUI thread (the overdue badge, the findings) belong in the picture.
    wait_for_background_work(10_000)
    for _ in range(5):
        app.processEvents()
        # Widgets replaced with deleteLater (table cell editors) are gone once the event loop runs; run it.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _sample_window(folder: Path) -> MainWindow:
    """A shown main window over a new database with the sample missions, its files in `folder`."""
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(open_startup_database(folder / "missions.db", with_samples=True), settings)
    window.resize(1440, 860)
    window.show()
    return window


def capture(out: Path) -> list[Path]:
    """Render the main screens over the sample missions into `out`."""
    app = application()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        window = _sample_window(Path(folder))
        services = window.services

        def shot(name: str) -> None:
            _settle(app)
            path = out / f"{name}.png"
            window.grab().save(str(path))
            written.append(path)

        window.open_mission(KAZAKHSTAN, tab=0)
        shot("overview")
        window.open_mission(KAZAKHSTAN, tab=2)
        shot("itinerary")
        window.open_mission(KAZAKHSTAN, tab=3)
        shot("timeline")
        window.open_mission(BELARUS, tab=1)
        shot("delegation")
        window.open_mission(BELARUS, tab=4)
        # The sample's outcomes were agreed over the whole visit, not at one meeting.
        window.workspace.meetings.select_meeting(UNTIED)
        shot("outcomes")
        window.show_page(1)
        union = services.organizations.list("Industrialists and Entrepreneurs of Turkmenistan")[0]
        window.directory.select_organization(union.id)
        window.directory.lower.setCurrentIndex(1)
        shot("directory")
        window.show_page(2)
        shot("follow-ups")
        window.show_page(3)
        # The dashboard counts off the GUI thread: wait for its figures.
        deadline = time.monotonic() + 10
        while window.dashboard.figures is None and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        shot("dashboard")
        window.show_page(0)
        window.search.setText("Ashgabat")
        window.search.run_search()
        _settle(app)
        popup = window.search.popup.grab()
        page = window.grab()
        painter = QPainter(page)
        # Offscreen, a tool window is not part of the main window's grab: paint it where it shows.
        painter.drawPixmap(window.mapFromGlobal(window.search.popup.pos()), popup)
        painter.end()
        path = out / "search.png"
        page.save(str(path))
        written.append(path)
        window.close()
    return written


def capture_russian(out: Path) -> list[Path]:
    """The itinerary and outcomes screens with the interface in Russian."""
    app = application()
    activate(Language.RUSSIAN, app)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        window = _sample_window(Path(folder))
        for name, mission, tab in (("ru-itinerary", BELARUS, 2), ("ru-overview", KAZAKHSTAN, 0)):
            window.open_mission(mission, tab=tab)
            _settle(app)
            path = out / f"{name}.png"
            window.grab().save(str(path))
            written.append(path)
        window.close()
    activate(Language.ENGLISH, app)
    return written


def main() -> int:
    out = resources_dir() / "screenshots"
    application()
    activate(Language.ENGLISH, QApplication.instance())
    for path in [*capture(out), *capture_russian(out)]:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
