"""The report, ics and sheet commands, run in-process as a user would run them."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from missionplanner.cli import main
from tests.cli.conftest import Result, Run
from tests.reports.conftest import BELARUS, KAZAKHSTAN, KAZAKHSTAN_ORGANIZER, pdf_pages


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Run:
    def run(*args: str | Path) -> Result:
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "missions.db"


def test_report_writes_a_pdf_and_prints_its_path(cli: Run, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "itinerary.pdf"
    result = cli("--db", db, "--with-samples", "report", KAZAKHSTAN[:8], "--kind", "itinerary", "--out", out)
    assert (result.code, result.out.strip(), result.err) == (0, str(out), "")
    pages = pdf_pages(out)
    assert "Page 1 of" in pages[0]
    assert "Kazakhstani business mission to Turkmenistan" in pages[0]


def test_report_personal_on_letter_paper_as_html(cli: Run, db: Path, tmp_path: Path) -> None:
    pdf, html = tmp_path / "me.pdf", tmp_path / "me.html"
    for out in (pdf, html):
        result = cli(
            "--db", db, "--with-samples", "report", KAZAKHSTAN, "--kind", "personal",
            "--participant", KAZAKHSTAN_ORGANIZER[:8], "--page-size", "Letter", "--out", out,
        )  # fmt: skip
        assert result.code == 0, result.err
    assert "Prepared for <b>Kayyrbolat Sakhmetov</b>" in html.read_text(encoding="utf-8")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_ics_and_sheet_commands(cli: Run, db: Path, tmp_path: Path) -> None:
    ics, xlsx = tmp_path / "m.ics", tmp_path / "o.xlsx"
    assert cli("--db", db, "--with-samples", "ics", BELARUS, "--out", ics).out.strip() == str(ics)
    assert len(Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == 9
    result = cli("--db", db, "sheet", BELARUS, "--what", "outcomes", "--out", xlsx)
    assert (result.code, result.out.strip()) == (0, str(xlsx))
    assert load_workbook(xlsx)["Outcomes"].max_row == 6


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["report", BELARUS, "--kind", "memo", "--out", "x.pdf"], ["invalid choice", "memo"]),
        (["report", BELARUS, "--kind", "personal", "--out", "x.pdf"], ["participant_id", "needs a participant"]),
        (["report", BELARUS, "--kind", "personal", "--participant", "zzzz", "--out", "x.pdf"], ["participant_id"]),
        (["report", BELARUS, "--kind", "summary", "--out", "x.docx"], ["out", ".pdf or .html or .htm"]),
        (["report", "no-such-mission", "--kind", "summary", "--out", "x.pdf"], ["No mission"]),
        (["ics", BELARUS, "--out", "x.csv"], ["out", ".ics"]),
        (["sheet", BELARUS, "--what", "outcomes", "--out", "x.pdf"], ["out", ".xlsx or .csv"]),
        (["sheet", BELARUS, "--what", "contacts", "--out", "x.xlsx"], ["invalid choice"]),
    ],
)
def test_errors_are_one_line_and_exit_2(
    cli: Run, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], words: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    cli("--db", db, "--with-samples", "missions")
    cli("--db", db, *args).assert_error(*words)
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(("x.", ".x-"))]
