"""The source scan finds what pyside6-lupdate misses in Python, and keeps plural forms across updates."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from missionplanner.i18n.extraction import Translation, complete, read_translations, texts_in

SOURCE = """
from PySide6.QtCore import QCoreApplication
from missionplanner.domain.translation import QT_TRANSLATE_NOOP, translate

HEADERS = (QT_TRANSLATE_NOOP("Table", "Name"),)

def f(items, n):
    translate("C", "%n item(s)", None, len(items))
    QCoreApplication.translate("C", "day(s)", None, n)
    translate("C", "Plain {x}").format(x=1)
    "abc".translate({})
    translate(type(n).__name__, "Not literal context")
"""


def test_texts_in_finds_calls_lupdate_drops_and_marks_plurals() -> None:
    assert texts_in(SOURCE) == {
        ("Table", "Name"): False,
        ("C", "%n item(s)"): True,
        ("C", "day(s)"): True,
        ("C", "Plain {x}"): False,
    }


def test_complete_adds_missing_texts_and_restores_plural_forms(tmp_path: Path) -> None:
    ts = tmp_path / "x_ru.ts"
    # What lupdate leaves after a run: the plural text made singular, a text it did not see missing.
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ru">'
        "<context><name>C</name><message><source>%n item(s)</source>"
        '<translation type="unfinished">%n пункт</translation></message></context></TS>',
        encoding="utf-8",
    )
    previous = {("C", "%n item(s)"): Translation(("%n пункт", "%n пункта", "%n пунктов"), True)}
    complete(ts, {("C", "%n item(s)"): True, ("C", "Plain {x}"): False}, previous, 3)
    held = read_translations(ts)
    assert held[("C", "%n item(s)")] == Translation(("%n пункт", "%n пункта", "%n пунктов"), True)
    assert held[("C", "Plain {x}")].finished is False
    root = ET.parse(ts).getroot()
    assert [m.get("numerus") for m in root.iter("message")] == ["yes", None]
