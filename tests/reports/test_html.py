"""HTML: user text is escaped everywhere, the standalone file carries its own style, bad paths refused."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from missionplanner.domain.errors import ValidationError
from missionplanner.reports import REPORT_KINDS, Report, build_report, write_report
from missionplanner.services.app import Services
from tests.reports.conftest import TODAY, pdf_pages
from tests.services.factories import add_mission, add_organization, item_of

SCRIPT = "<script>alert(1)</script>"


@pytest.fixture
def hostile(services: Services) -> str:
    """A mission whose user text is all markup."""
    host = add_organization(services, f"Host {SCRIPT}", name_local="<b>bold</b> & Co", country="TM")
    mission = add_mission(services, f"Mission {SCRIPT}", organizers=(host,), objectives=f"Aim {SCRIPT}")
    services.items.create(
        replace(item_of(mission, SCRIPT), host_organization_ids=(host.id,), venue="<i>venue</i>", agenda=SCRIPT)
    )
    return mission.id


@pytest.mark.parametrize("kind", [k for k in REPORT_KINDS if k != "personal"])
def test_user_text_is_escaped_never_markup(services: Services, hostile: str, kind: str) -> None:
    report = build_report(services, kind, hostile, today=TODAY)
    assert "<script>" not in report.html
    assert "<b>bold</b>" not in report.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in report.html
    assert report.title == f"Mission {SCRIPT}"  # the running header is painted as text, not parsed


def test_escaped_text_prints_as_the_letters_typed(services: Services, hostile: str, tmp_path: Path) -> None:
    report = build_report(services, "itinerary", hostile, today=TODAY)
    text = " ".join(pdf_pages(write_report(report, tmp_path / "hostile.pdf")))
    assert f"Mission {SCRIPT}" in text
    assert "<b>bold</b> & Co" in text


def test_the_html_file_is_standalone_utf8_with_its_style(samples: Services, tmp_path: Path) -> None:
    report = build_report(samples, "itinerary", "5eb3085c-be0c-4c04-a7db-76240de93d5f", today=TODAY)
    path = write_report(report, tmp_path / "itinerary.html")
    html = path.read_bytes().decode("utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in html
    assert "<style>" in html
    assert "font-family" in html
    assert "<link" not in html  # nothing to fetch
    assert "Минский филиал Белорусской торгово-промышленной палаты" in html
    assert "Türkmenistanyň Söwda-senagat edarasy" in html


@pytest.mark.parametrize("name", ["report.docx", "report", "report.pdf.txt"])
def test_other_extensions_are_refused_naming_out(tmp_path: Path, name: str) -> None:
    report = Report(kind="summary", title="T", html="<p>x</p>")
    with pytest.raises(ValidationError) as raised:
        write_report(report, tmp_path / name)
    assert raised.value.field == "out"
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_the_old_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"old")
    report = Report(kind="summary", title="T", html="<p>x</p>")
    with pytest.raises(ValidationError):
        write_report(report, path, page_size="A0")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_unknown_kinds_and_missing_participants_are_refused(services: Services, hostile: str) -> None:
    with pytest.raises(ValidationError) as raised:
        build_report(services, "minutes", hostile)
    assert raised.value.field == "kind"
    with pytest.raises(ValidationError) as raised:
        build_report(services, "personal", hostile)
    assert raised.value.field == "participant_id"
    with pytest.raises(ValidationError) as raised:
        build_report(services, "personal", hostile, participant_id="nobody-at-all")
    assert raised.value.field == "participant_id"
