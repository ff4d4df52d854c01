"""Find the translatable texts in the Python sources, and complete what pyside6-lupdate extracts.

pyside6-lupdate 6.11 misses two things in Python: a call whose count argument is an expression
(`len(x)`, `a.b`, `n=n`) is dropped, and a count held in a variable does not make the text a plural one
(its Russian forms are then thrown away on the next run). Reading the sources with `ast` finds every
`translate`, `QCoreApplication.translate` and `QT_TRANSLATE_NOOP` call with literal texts, so the
catalogue can be completed and its plural texts marked.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

Key = tuple[str, str]


@dataclass(frozen=True)
class Translation:
    """A finished or unfinished translation: one form, or one per plural form."""

    forms: tuple[str, ...]
    finished: bool


def _is_translate_call(node: ast.Call) -> bool:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id in {"translate", "QT_TRANSLATE_NOOP"}
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id == "QCoreApplication"
    )


def texts_in(source: str) -> dict[Key, bool]:
    """(context, text) -> is_plural for every translate call with literal context and text in `source`."""
    found: dict[Key, bool] = {}
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not _is_translate_call(node) or len(node.args) < 2:
            continue
        context, text = node.args[0], node.args[1]
        if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
            continue
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            continue
        plural = len(node.args) >= 4 or any(keyword.arg == "n" for keyword in node.keywords)
        key = (context.value, text.value)
        found[key] = found.get(key, False) or plural
    return found


def texts_under(folder: Path) -> dict[Key, bool]:
    """The translatable texts of every .py file under `folder`."""
    found: dict[Key, bool] = {}
    for path in sorted(folder.rglob("*.py")):
        for key, plural in texts_in(path.read_text(encoding="utf-8")).items():
            found[key] = found.get(key, False) or plural
    return found


def _key(context: ET.Element, message: ET.Element) -> Key:
    return (context.findtext("name") or "", message.findtext("source") or "")


def read_translations(ts_file: Path) -> dict[Key, Translation]:
    """What a .ts file already holds, plural forms included."""
    if not ts_file.exists():
        return {}
    held: dict[Key, Translation] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            translation = _translation_of(message)
            if translation is not None:
                held[_key(context, message)] = translation
    return held


def _set_translation(message: ET.Element, translation: Translation | None, plural: bool, plural_forms: int) -> None:
    for old in message.findall("translation"):
        message.remove(old)
    element = ET.SubElement(message, "translation")
    forms = translation.forms if translation is not None else ()
    if plural:
        message.set("numerus", "yes")
        if len(forms) != plural_forms:
            forms = ("",) * plural_forms
        for form in forms:
            ET.SubElement(element, "numerusform").text = form
    else:
        message.attrib.pop("numerus", None)
        element.text = forms[0] if forms else ""
    if translation is None or not translation.finished or not all(forms):
        element.set("type", "unfinished")


def complete(ts_file: Path, found: dict[Key, bool], previous: dict[Key, Translation], plural_forms: int) -> None:
    """Add the texts lupdate missed, mark the plural ones, and give back translations lupdate dropped."""
    root = ET.parse(ts_file).getroot()
    contexts = {context.findtext("name") or "": context for context in root.iter("context")}
    seen: set[Key] = set()
    for context in list(contexts.values()):
        for message in context.findall("message"):
            key = _key(context, message)
            seen.add(key)
            plural = found.get(key, False) or "%n" in key[1]
            if plural:
                # lupdate turned the plural text into a singular one; give it back its forms.
                _set_translation(message, previous.get(key, _translation_of(message)), plural, plural_forms)
    for key in sorted(set(found) - seen):
        context = contexts.get(key[0])
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = key[0]
            contexts[key[0]] = context
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = key[1]
        _set_translation(message, previous.get(key), found[key] or "%n" in key[1], plural_forms)
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    ts_file.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{text}\n', encoding="utf-8")


def _translation_of(message: ET.Element) -> Translation | None:
    element = message.find("translation")
    if element is None:
        return None
    forms = tuple(form.text or "" for form in element.iter("numerusform")) or (element.text or "",)
    return Translation(forms, element.get("type") is None and all(forms))
