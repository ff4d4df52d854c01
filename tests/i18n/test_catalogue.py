"""The Russian catalogue is complete, consistent with the sources, compiled, and keeps every placeholder."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from missionplanner.domain import enums
from missionplanner.i18n.catalog import catalogue_path
from missionplanner.i18n.languages import Language
from missionplanner.i18n.maintenance import (
    TEMPLATE_TEXTS,
    compile_catalogue,
    template_texts_module,
    update_sources,
)

RUSSIAN_TS = catalogue_path(Language.RUSSIAN, ".ts")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|</?[a-z]+[^>]*>")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]
    unfinished: bool


def messages(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = tuple(forms) if message.get("numerus") == "yes" else (translation.text or "",)
            unfinished = translation.get("type") in {"unfinished", "vanished", "obsolete"} or not all(texts)
            found.append(Message(name, message.findtext("source") or "", texts, unfinished))
    return found


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """The committed catalogue after running lupdate over today's sources (what a translator would get)."""
    copy = tmp_path_factory.mktemp("ts") / RUSSIAN_TS.name
    shutil.copy(RUSSIAN_TS, copy)
    update_sources(copy, Language.RUSSIAN)
    return messages(copy)


def test_every_text_in_the_sources_has_a_russian_translation(refreshed: list[Message]) -> None:
    missing = [f"[{m.context}] {m.source}" for m in refreshed if m.unfinished]
    assert missing == [], "Untranslated texts; run `uv run python -m missionplanner.i18n.maintenance` and translate:\n"
    assert len(refreshed) > 500


def test_the_committed_catalogue_has_no_texts_the_sources_no_longer_use(refreshed: list[Message]) -> None:
    current = {(m.context, m.source) for m in refreshed}
    committed = {(m.context, m.source) for m in messages(RUSSIAN_TS)}
    assert committed - current == set()
    assert current - committed == set()


def test_translations_keep_placeholders_markup_and_plural_counts() -> None:
    wrong = []
    for message in messages(RUSSIAN_TS):
        expected = sorted(PLACEHOLDER.findall(message.source))
        for text in message.translations:
            if sorted(PLACEHOLDER.findall(text)) != expected:
                wrong.append(f"[{message.context}] {message.source!r} -> {text!r}")
        if len(message.translations) > 1:
            assert len(message.translations) == 3, f"Russian has three plural forms: {message.source!r}"
    assert wrong == []


def test_menu_accelerators_survive_translation() -> None:
    wrong = [
        f"[{m.context}] {m.source!r} -> {m.translations[0]!r}"
        for m in messages(RUSSIAN_TS)
        if re.search(r"&\w", m.source) and not re.search(r"&\w", m.translations[0])
    ]
    assert wrong == []


def test_the_compiled_catalogue_matches_its_source(tmp_path: Path) -> None:
    compiled = tmp_path / "ru.qm"
    compile_catalogue(RUSSIAN_TS, compiled)
    assert compiled.read_bytes() == catalogue_path(Language.RUSSIAN).read_bytes(), (
        "resources/translations/missionplanner_ru.qm is stale: run `uv run python -m missionplanner.i18n.maintenance`"
    )


def test_the_list_of_report_template_texts_is_current() -> None:
    assert TEMPLATE_TEXTS.read_text(encoding="utf-8") == template_texts_module()


def test_every_enumeration_label_is_listed_for_translators() -> None:
    listed = set(
        re.findall(
            r'QT_TRANSLATE_NOOP\("(\w+)", "([^"]+)"\)', Path(enums.__file__).with_name("enum_labels.py").read_text()
        )
    )
    labelled = {
        (cls.__name__, member.english_label)
        for cls in vars(enums).values()
        if isinstance(cls, type) and issubclass(cls, enums.LabelledEnum) and cls is not enums.LabelledEnum
        for member in cls
    }
    assert listed == labelled
