"""The interface language: the user's choice kept in the settings, applied to Qt at start-up."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from missionplanner.i18n.catalog import activate
from missionplanner.i18n.languages import Language, resolve_language, stored_choice


def apply_language(application: QApplication, settings: QSettings, override: str | None = None) -> Language:
    """Install the language given on the command line, else the one chosen in Preferences, else the system's."""
    language = resolve_language(override or stored_choice(settings))
    activate(language, application)
    return language
