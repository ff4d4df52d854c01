"""Which language to speak: the command line, the user's choice, the environment, the system."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from missionplanner.i18n.languages import (
    LANGUAGE_SETTING,
    Language,
    parse_language,
    resolve_language,
    stored_choice,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ru", Language.RUSSIAN),
        ("ru_RU.UTF-8", Language.RUSSIAN),
        ("Русский", Language.RUSSIAN),
        ("en-GB", Language.ENGLISH),
        ("fr", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_language(text: str | None, expected: Language | None) -> None:
    assert parse_language(text) is expected


def test_an_explicit_choice_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISSIONPLANNER_LANGUAGE", "ru")
    assert resolve_language("en") is Language.ENGLISH
    assert resolve_language("system") is Language.RUSSIAN
    assert resolve_language(None) is Language.RUSSIAN


def test_the_stored_choice_reads_back_and_ignores_nonsense(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert stored_choice(settings) == "system"
    settings.setValue(LANGUAGE_SETTING, "ru")
    assert stored_choice(settings) == "ru"
    settings.setValue(LANGUAGE_SETTING, "klingon")
    assert stored_choice(settings) == "system"
