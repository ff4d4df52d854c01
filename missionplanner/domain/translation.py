"""The one door through which text shown to people is translated; the application plugs the catalogue in.

The domain stays free of Qt: `translate` calls whatever function `set_translator` installed (the Qt
catalogue of the chosen language, see missionplanner.i18n) and, with none installed, returns the English
source text. The signature mirrors QCoreApplication.translate so pyside6-lupdate extracts the calls.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]

_PLURAL_S = re.compile(r"\(s\)")


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself, with '%n' filled in and '(s)' made singular or plural."""
    if n < 0:
        return text
    return _PLURAL_S.sub("" if n == 1 else "s", text.replace("%n", str(n)))


def _english_code() -> str:
    return "en"


_translator: Translator = english
_language: Callable[[], str] = _english_code


def set_translator(translator: Translator | None, language: Callable[[], str] | None = None) -> None:
    """Route every later `translate` call through `translator` (None: back to English).

    `language` tells the code ('en', 'ru') of the language `translator` currently answers in, for text
    that comes translated from elsewhere (country names from pycountry's catalogues).
    """
    global _translator, _language
    _translator = translator or english
    _language = language or _english_code


def current_language_code() -> str:
    """'en' or 'ru': the language `translate` answers in right now."""
    return _language()


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` (English, the source) in the current language; `n` picks the plural form for '%n'."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Mark `text` for extraction where it is defined; translate it later, where it is shown."""
    return text
