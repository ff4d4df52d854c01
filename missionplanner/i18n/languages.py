"""The languages Mission Planner speaks, and which one to use when the user has not chosen.

Qt is imported only by the functions that ask it: the command line parses its arguments with this
module before anything loads Qt (see `missionplanner.cli`).
"""

from __future__ import annotations

import os
from enum import StrEnum
from typing import TYPE_CHECKING

from missionplanner import APPLICATION, ORGANIZATION

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale, QSettings

LANGUAGE_ENVIRONMENT = "MISSIONPLANNER_LANGUAGE"
LANGUAGE_SETTING = "language"
SYSTEM = "system"


class Language(StrEnum):
    """A language of the interface and reports, by its ISO 639-1 code."""

    ENGLISH = "en"
    RUSSIAN = "ru"

    @property
    def native_name(self) -> str:
        """The language's name in itself, as language menus show it."""
        return {Language.ENGLISH: "English", Language.RUSSIAN: "Русский"}[self]

    @property
    def locale(self) -> QLocale:
        from PySide6.QtCore import QLocale

        country = QLocale.Country.UnitedKingdom if self is Language.ENGLISH else QLocale.Country.Russia
        return QLocale(QLocale.Language(self.qt_language), country)

    @property
    def qt_language(self) -> QLocale.Language:
        from PySide6.QtCore import QLocale

        return QLocale.Language.English if self is Language.ENGLISH else QLocale.Language.Russian


def parse_language(text: str | None) -> Language | None:
    """'ru', 'ru_RU.UTF-8', 'Russian', 'русский' -> Language.RUSSIAN; None for anything else."""
    if not text:
        return None
    key = text.strip().casefold()
    for language in Language:
        names = {language.value, language.name.casefold(), language.native_name.casefold()}
        if key in names or key.split("_")[0].split("-")[0].split(".")[0] == language.value:
            return language
    return None


def system_language() -> Language:
    """MISSIONPLANNER_LANGUAGE if set, else Russian for systems in Russian or a neighbouring language."""
    chosen = parse_language(os.environ.get(LANGUAGE_ENVIRONMENT))
    if chosen is not None:
        return chosen
    from PySide6.QtCore import QLocale

    # People whose system speaks one of these read Russian far more often than English.
    reads_russian = {
        QLocale.Language.Russian,
        QLocale.Language.Belarusian,
        QLocale.Language.Kazakh,
        QLocale.Language.Kyrgyz,
        QLocale.Language.Tajik,
        QLocale.Language.Turkmen,
    }
    languages = [QLocale(name).language() for name in QLocale.system().uiLanguages()] or [QLocale.system().language()]
    for language in languages:
        if language == QLocale.Language.English:
            return Language.ENGLISH
        if language in reads_russian:
            return Language.RUSSIAN
    return Language.ENGLISH


def resolve_language(choice: str | None) -> Language:
    """The language for a stored or given choice: 'en', 'ru', or 'system'/None to follow the system."""
    return parse_language(choice) or system_language()


def stored_choice(settings: QSettings) -> str:
    """'system', 'en' or 'ru' as kept in `settings` (anything else counts as 'system')."""
    value = settings.value(LANGUAGE_SETTING)
    language = parse_language(value if isinstance(value, str) else None)
    return language.value if language is not None else SYSTEM


def desktop_choice() -> str:
    """The language chosen in the desktop app's Preferences, for the command line to follow."""
    from PySide6.QtCore import QSettings

    return stored_choice(QSettings(ORGANIZATION, APPLICATION))
