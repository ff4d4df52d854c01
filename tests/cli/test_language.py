"""`--lang`: reports, sheets and messages in Russian or English whatever the system speaks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader

from missionplanner.cli import main
from missionplanner.i18n.catalog import activate
from missionplanner.i18n.languages import Language
from tests.conftest import BELARUS_MISSION_ID


@pytest.fixture(autouse=True)
def _one_application(qapp: Any) -> None:
    """Reports need a Qt GUI application; in a test process it must be the one QApplication of the session."""


def _seeded(tmp_path: Path) -> Path:
    path = tmp_path / "m.db"
    assert main(["--db", str(path), "--with-samples", "missions"]) == 0
    return path


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)


def test_itinerary_report_in_russian_and_english(tmp_path: Path) -> None:
    db = _seeded(tmp_path)
    try:
        ru, en = tmp_path / "ru.pdf", tmp_path / "en.pdf"
        args = ["report", BELARUS_MISSION_ID[:8], "--kind", "itinerary"]
        assert main(["--db", str(db), "--lang", "ru", *args, "--out", str(ru)]) == 0
        assert main(["--db", str(db), "--lang", "en", *args, "--out", str(en)]) == 0
    finally:
        activate(Language.ENGLISH)
    russian = _pdf_text(ru)
    assert "День 2 – суббота, 24 мая 2025" in russian
    assert "Состав делегации" in russian
    assert "Глава делегации" in russian or "Член делегации" in russian
    assert "Day 2 – Saturday, 24 May 2025" in _pdf_text(en)


def test_spreadsheet_headers_and_messages_follow_the_language(tmp_path: Path, capsys: Any) -> None:
    db = _seeded(tmp_path)
    sheet = tmp_path / "programme.xlsx"
    try:
        args = ["--db", str(db), "--lang", "ru", "sheet", BELARUS_MISSION_ID[:8], "--what", "itinerary"]
        assert main([*args, "--out", str(sheet)]) == 0
        assert main(["--db", str(db), "--lang", "ru", "export", "nosuchid", "--out", str(tmp_path / "x.json")]) == 2
    finally:
        activate(Language.ENGLISH)
    headers = [cell.value for cell in next(openpyxl.load_workbook(sheet).active.iter_rows(max_row=1))]
    assert "Пункт" in headers or "Название" in headers, headers
    error = capsys.readouterr().err
    assert "missionplanner: error:" in error
    assert not error.split("error:", 1)[1].isascii(), error


def test_the_command_lines_own_lines_follow_the_language_too(tmp_path: Path, capsys: Any) -> None:
    db = _seeded(tmp_path)
    capsys.readouterr()
    try:
        assert main(["--db", str(db), "--lang", "ru", "check", BELARUS_MISSION_ID[:8]]) == 0
        assert main(["--db", str(db), "--lang", "ru", "outcomes"]) == 0
    finally:
        activate(Language.ENGLISH)
    out = capsys.readouterr().out
    assert "Ошибок: 0, предупреждений: 0, примечаний: 2." in out
    assert "Результатов: 15." in out
    assert "Подписан" in out or "Согласован" in out
