"""The desktop app in Russian: menus, tabs, the agenda's dates, check findings and the language preference."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from missionplanner.i18n.catalog import activate
from missionplanner.i18n.languages import LANGUAGE_SETTING, Language
from missionplanner.ui.app import create_main_window
from missionplanner.ui.main_window import MainWindow
from tests.conftest import BELARUS_MISSION_ID
from tests.ui.conftest import in_dialog, wait_for_plan


@pytest.fixture
def russian_window(qtbot: Any, tmp_path: Path, settings: QSettings, qapp: QApplication) -> Any:
    """The main window as a user who chose Russian in Preferences gets it at start-up."""
    settings.setValue(LANGUAGE_SETTING, "ru")
    window = create_main_window(tmp_path / "missions.db", with_samples=True, settings=settings)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    activate(Language.ENGLISH, qapp)


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_menus_and_tabs_are_russian(russian_window: MainWindow) -> None:
    titles = _menu_titles(russian_window)
    assert titles[:3] == ["&Файл", "&Правка", "&Миссия"]
    russian_window.open_mission(BELARUS_MISSION_ID, tab=2)
    tabs = russian_window.workspace.tabs
    assert tabs.tabText(0) == "Обзор"
    assert tabs.tabText(1) == "Делегация"
    file_menu = russian_window.menuBar().actions()[0].menu()
    assert "&Новая миссия…" in [action.text() for action in file_menu.actions()]


def test_agenda_days_and_findings_are_russian(qtbot: Any, russian_window: MainWindow) -> None:
    russian_window.open_mission(BELARUS_MISSION_ID, tab=2)
    wait_for_plan(qtbot, russian_window)
    model = russian_window.workspace.itinerary.model
    headings = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert any("суббота, 24 мая 2025" in str(heading) for heading in headings), headings
    checks = russian_window.workspace.checks
    qtbot.waitUntil(lambda: bool(checks.findings))
    for finding in checks.findings:
        assert not finding.message.isascii(), finding.message


def test_choosing_a_language_in_preferences_keeps_it_for_the_next_start(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: shown.append(args[2]))

    def choose_russian(dialog: Any) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("ru"))
        dialog.accept()

    errors = in_dialog(qtbot, choose_russian)
    window.preferences_action.trigger()
    assert errors == []
    assert window.settings.value(LANGUAGE_SETTING) == "ru"
    assert shown == ["Язык интерфейса «Русский» будет включён при следующем запуске Mission Planner."]
    # The running window stays English until the restart.
    assert _menu_titles(window)[0] == "&File"
