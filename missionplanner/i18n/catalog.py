"""Translation catalogues: the compiled Russian texts, Qt's own translations, and the active language."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from missionplanner.domain.translation import english, set_translator
from missionplanner.i18n.languages import Language

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def catalogue_path(language: Language, suffix: str = ".qm") -> Path:
    return TRANSLATIONS / f"missionplanner_{language.value}{suffix}"


class Catalog(QTranslator):
    """Mission Planner's texts in one language; anything it lacks comes back as the English source.

    Installed in the application it answers QCoreApplication.translate for the GUI; the domain,
    services and reports reach it through missionplanner.domain.translation.
    """

    def __init__(self, language: Language) -> None:
        super().__init__()
        self.language = language
        self.locale: QLocale = language.locale
        self._compiled = QTranslator()
        path = catalogue_path(language)
        if language is not Language.ENGLISH and not self._compiled.load(str(path)):
            raise FileNotFoundError(f"The {language.native_name} translation is missing: {path}")

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = self._compiled.translate(context, source, disambiguation, n)
        return found or english(context, source, disambiguation, n)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False

    def text(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The translation with '%n' filled in, as QCoreApplication.translate would return it."""
        found = self.translate(context, source, disambiguation, n)
        # Plain digits, as QCoreApplication.translate fills %n: the GUI and the reports must agree.
        return found.replace("%n", str(n)) if n >= 0 else found


@cache
def catalog(language: Language) -> Catalog:
    """The catalogue of `language`, loaded once."""
    return Catalog(language)


@cache
def qt_translator(language: Language) -> QTranslator | None:
    """Qt's own texts (standard buttons, file dialogs) in `language`, if Qt ships them."""
    if language is Language.ENGLISH:
        return None
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language.value}", folder) else None


# The process-wide catalogue (a list so `activate` can replace it without a global statement).
_default: list[Catalog] = []
_active: ContextVar[Catalog | None] = ContextVar("missionplanner_language", default=None)


def current() -> Catalog:
    """The catalogue in use here: the one `use_language` chose, else the one `activate` set."""
    chosen = _active.get()
    if chosen is not None:
        return chosen
    if not _default:
        _default.append(catalog(Language.ENGLISH))
    return _default[0]


def current_language() -> Language:
    return current().language


def _translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return current().text(context, source, disambiguation, n)


def _install_hook() -> None:
    set_translator(_translate, lambda: current().language.value)


def activate(language: Language, application: QCoreApplication | None = None) -> Catalog:
    """Make `language` the default for this process; with an application, for Qt's texts too."""
    chosen = catalog(language)
    previous = _default[0] if _default else None
    _default[:] = [chosen]
    _install_hook()
    QLocale.setDefault(chosen.locale)
    if application is not None:
        if previous is not None:
            application.removeTranslator(previous)
            if (qt_previous := qt_translator(previous.language)) is not None:
                application.removeTranslator(qt_previous)
        # Installed last, Qt's translator is asked first and answers for Qt's own contexts only.
        application.installTranslator(chosen)
        if (qt_own := qt_translator(language)) is not None:
            application.installTranslator(qt_own)
    return chosen


@contextmanager
def use_language(language: Language) -> Iterator[Catalog]:
    """Within the block, domain texts and formatting use `language` (a report in another language)."""
    _install_hook()
    token = _active.set(catalog(language))
    try:
        yield catalog(language)
    finally:
        _active.reset(token)
