"""Reports follow the language the caller chose; the templates' texts are listed for translators."""

from __future__ import annotations

from missionplanner.i18n.catalog import use_language
from missionplanner.i18n.languages import Language
from missionplanner.i18n.maintenance import TEMPLATE_TEXTS, template_texts_module
from missionplanner.reports import build_report
from missionplanner.reports.text import join_names, number_word
from missionplanner.services.app import Services
from tests.reports.conftest import BELARUS, TODAY


def test_a_report_is_written_in_the_language_in_use(samples: Services) -> None:
    with use_language(Language.RUSSIAN):
        russian = build_report(samples, "itinerary", BELARUS, today=TODAY).html
    english = build_report(samples, "itinerary", BELARUS, today=TODAY).html
    assert '<html lang="ru">' in russian
    assert "пятница, 23 мая 2025" in russian
    assert '<html lang="en">' in english
    assert "Friday, 23 May 2025" in english


def test_numbers_are_words_only_in_english() -> None:
    assert (number_word(2), join_names(["A", "B", "C"])) == ("two", "A, B and C")
    with use_language(Language.RUSSIAN):
        assert number_word(2) == "2"


def test_the_template_texts_are_listed_for_translators() -> None:
    # After changing a template: python -m missionplanner.i18n.maintenance (or template_texts_module()).
    assert TEMPLATE_TEXTS.read_text(encoding="utf-8") == template_texts_module()
