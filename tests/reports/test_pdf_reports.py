"""Every report of both sample missions as a PDF, read back with pypdf: entries, order, scripts, pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from missionplanner.reports import REPORT_KINDS, build_report, write_report
from missionplanner.services.app import Services
from tests.reports.conftest import (
    BELARUS,
    KAZAKHSTAN,
    MEMBER_OF,
    TODAY,
    assert_in_order,
    normalise,
    pdf_pages,
)

PAGE_LIMITS = {
    "itinerary": (2, 12),
    "personal": (2, 12),
    "briefing": (2, 14),
    "outcomes": (1, 8),
    "summary": (1, 2),
}


@pytest.fixture(scope="module")
def pdfs(samples: Services, tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], list[str]]:
    """The text of every page of every report kind for both sample missions."""
    folder = tmp_path_factory.mktemp("pdfs")
    result = {}
    for mission_id in (BELARUS, KAZAKHSTAN):
        for kind in REPORT_KINDS:
            participant = MEMBER_OF[mission_id] if kind == "personal" else None
            report = build_report(samples, kind, mission_id, participant_id=participant, today=TODAY)
            path = write_report(report, folder / f"{kind}-{mission_id[:8]}.pdf")
            result[(kind, mission_id)] = pdf_pages(path)
    return result


@pytest.mark.parametrize("mission_id", [BELARUS, KAZAKHSTAN])
@pytest.mark.parametrize("kind", list(REPORT_KINDS))
def test_every_page_has_the_running_header_and_its_number(
    pdfs: dict[tuple[str, str], list[str]], samples: Services, kind: str, mission_id: str
) -> None:
    pages = pdfs[(kind, mission_id)]
    low, high = PAGE_LIMITS[kind]
    assert low <= len(pages) <= high
    title = normalise(samples.missions.get(mission_id).title)
    for number, text in enumerate(pages, start=1):
        assert text.startswith(title), f"page {number} lacks the running header"
        assert f"Page {number} of {len(pages)}" in text
        assert REPORT_KINDS[kind] in text
    assert REPORT_KINDS[kind].upper() in pages[0]  # the cover's label


def test_the_kazakhstani_itinerary_runs_mary_ashgabat_arkadag_turkmenbashi(
    pdfs: dict[tuple[str, str], list[str]],
) -> None:
    text = " ".join(pdfs[("itinerary", KAZAKHSTAN)])
    assert_in_order(
        text,
        "Day 1 – Monday, 4 December 2023",
        "Flight Astana – Ashgabat",
        "Visit to an enterprise producing sausage products, confectionery and dairy products",
        "Meeting with representatives of the Union of Industrialists and Entrepreneurs of Mary province",
        "Day 2 – Tuesday, 5 December 2023",
        "Meetings with the Union of Industrialists and Entrepreneurs of Turkmenistan",
        "Day 3 – Wednesday, 6 December 2023",
        "Arkadag “smart city”: energy-saving technologies and smart infrastructure",
        "Negotiations with the Agency for Transport and Communications",
        "Day 4 – Thursday, 7 December 2023",
        "Visit to a shipbuilding and ship repair plant",
        "Flight Ashgabat – Astana",
        "Contacts",
        "Diplomatic Club “Astana”",
    )
    # The flights home and out cross a zone: both local zones are named.
    assert "Departs Almaty time (UTC+6)" in text or "Departs Almaty time (UTC+5)" in text
    assert "Arrives Ashgabat time (UTC+5)" in text


def test_the_belarusian_itinerary_names_zones_days_and_hosts_in_their_own_scripts(
    pdfs: dict[tuple[str, str], list[str]],
) -> None:
    pages = pdfs[("itinerary", BELARUS)]
    text = " ".join(pages)
    assert_in_order(
        text,
        "Minsk Branch of the Belarusian Chamber of Commerce and Industry (organizer)",
        "Embassy of the Republic of Belarus in Turkmenistan (co-organizer)",
        "Day 1 – Friday, 23 May 2025",
        "00:45 – 06:30 Departs Minsk time (UTC+3) Arrives Ashgabat time (UTC+5) TRAVEL Flight Minsk – Ashgabat",
        "Flight: Minsk 00:45 → Ashgabat 06:30 (local times)",
        "Bilateral negotiations at the Chamber of Commerce and Industry of Turkmenistan",
        "Türkmenistanyň Söwda-senagat edarasy",
        "Day 3 – Sunday, 25 May 2025",
        "No scheduled programme.",
        "Day 5 – Tuesday, 27 May 2025",
        "Flight Ashgabat – Minsk",
    )
    contacts = pages[-1]
    assert "Contacts" in contacts
    assert "Минский филиал Белорусской торгово-промышленной палаты" in contacts
    assert "Посольство Республики Беларусь в Туркменистане" in contacts
    assert "Türkmenistanyň Senagatçylar we telekeçiler birleşmesi" in contacts


def test_the_host_briefing_recalls_the_earlier_mission_to_the_union(
    pdfs: dict[tuple[str, str], list[str]], samples: Services
) -> None:
    text = " ".join(pdfs[("briefing", BELARUS)])
    assert_in_order(
        text,
        "Hosts in order of meeting",
        "1. Chamber of Commerce and Industry of Turkmenistan",
        "Who they are",
        "When we meet them",
        "4. Union of Industrialists and Entrepreneurs of Turkmenistan",
        "Türkmenistanyň Senagatçylar we telekeçiler birleşmesi",
        "industry, entrepreneurship",
        "History with us",
        "Kazakhstani business mission to Turkmenistan, December 2023",
        "Meetings with the Union of Industrialists and Entrepreneurs of Turkmenistan",
        "Business forum in Ashgabat in 2024",
        "5. Women of Turkmenistan in Business Union",
    )
    # The Kazakhstani mission came first: its briefing tells no history from the later one.
    later = normalise(samples.missions.get(BELARUS).title)
    assert later not in " ".join(pdfs[("briefing", KAZAKHSTAN)])


def test_the_outcomes_report_groups_by_status_then_kind_and_chases_follow_ups(
    pdfs: dict[tuple[str, str], list[str]],
) -> None:
    text = " ".join(pdfs[("outcomes", KAZAKHSTAN)])
    assert_in_order(
        text,
        "10 outcomes recorded: 7 discussed, 2 agreed and 1 in progress.",
        "In progress (1)",
        "Joint project",
        "KBTU–MIT logistics research and development center",
        "Agreed (2)",
        "Intention",
        "Interregional business forum and exhibition in the Avaza tourist zone",
        "Follow-up event",
        "Business forum in Ashgabat in 2024",
        "Discussed (7)",
        "Follow-ups",
        "5 open, 5 overdue.",
        "Circulate the contacts exchanged during the mission",
    )
    assert "No amounts have been recorded." in text


def test_the_summary_reads_as_a_press_release(pdfs: dict[tuple[str, str], list[str]]) -> None:
    text = " ".join(pdfs[("summary", KAZAKHSTAN)])
    assert_in_order(
        text,
        "From 4 to 7 December 2023, a business delegation from Kazakhstan visited Turkmenistan on a trade "
        "mission organized by the Diplomatic Club “Astana” with the support of the Embassy of Turkmenistan "
        "to Kazakhstan.",
        "The programme took the delegation to Mary, Ashgabat, Arkadag and Turkmenbashi.",
        "Meetings and negotiations",
        "Site visits",
        "Exhibitions and events",
        "Agro Pack Turkmenistan-2023",
        "Outcomes",
        "KBTU–MIT logistics research and development center (in progress",
        "Next steps",
        "Circulate the contacts exchanged during the mission to the delegation members",
    )
    belarus = " ".join(pdfs[("summary", BELARUS)])
    assert "Belarus will" not in belarus  # prose is built from the records, not copied from notes
    assert "Minsk Branch of the Belarusian Chamber of Commerce and Industry" in belarus


def test_a_personal_itinerary_is_for_its_participant(pdfs: dict[tuple[str, str], list[str]]) -> None:
    text = " ".join(pdfs[("personal", KAZAKHSTAN)])
    assert "Prepared for Kayyrbolat Sakhmetov, President, Diplomatic Club “Astana”" in text
    assert "Visit to a plastic pallet manufacturing enterprise" in text


def test_letter_paper_and_a4_both_work(samples: Services, tmp_path: Path) -> None:
    report = build_report(samples, "itinerary", KAZAKHSTAN, today=TODAY)
    a4 = write_report(report, tmp_path / "a4.pdf", "A4")
    letter = write_report(report, tmp_path / "letter.pdf", "Letter")
    a4_box = PdfReader(str(a4)).pages[0].mediabox
    letter_box = PdfReader(str(letter)).pages[0].mediabox
    assert (round(float(a4_box.width)), round(float(a4_box.height))) == (595, 842)
    assert (round(float(letter_box.width)), round(float(letter_box.height))) == (612, 792)
