"""Searchable pickers: countries (localized names), time zones (zoneinfo), enumerations, directory records."""

from __future__ import annotations

import gettext
from collections.abc import Callable, Sequence
from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any, TypeVar

import pycountry
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QHBoxLayout, QWidget

from missionplanner.domain.reference import countries, timezone_names
from missionplanner.domain.translation import current_language_code
from missionplanner.ui.background import run_in_background
from missionplanner.ui.widgets.dates import date_edit, from_qdate, show_date
from missionplanner.ui.widgets.lazy_combo import LazyComboBox

E = TypeVar("E", bound=StrEnum)


def _searchable(combo: QComboBox) -> None:
    """Make an editable combo filter its popup as the user types, matching anywhere in the text."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    # Long entries ("South Georgia and the South Sandwich Islands") must not widen the form.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    completer = combo.completer()
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


class CountryPicker(QComboBox):
    """Pick a country by typing its name; the ISO 3166-1 alpha-2 code is what gets stored."""

    codeChanged = Signal(object)  # str | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("—", None)
        for name, code in countries():  # names in the current language, sorted
            self.addItem(f"{name} ({code})", code)
        _searchable(self)
        self.lineEdit().setPlaceholderText(QCoreApplication.translate("CountryPicker", "Type a country"))
        self.currentIndexChanged.connect(lambda _: self.codeChanged.emit(self.code()))

    def code(self) -> str | None:
        # Text typed but not chosen from the list must not silently keep the old code.
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        self.setCurrentIndex(max(index, 0))


@cache
def _zones() -> list[str]:
    return [*sorted(z for z in timezone_names() if "/" in z and not z.startswith(("Etc/", "SystemV/"))), "UTC"]


class TimezonePicker(QComboBox):
    """Pick an IANA time zone by typing part of its name (e.g. 'Ashga')."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItems(_zones())
        _searchable(self)

    def zone(self) -> str:
        return self.currentText().strip()

    def set_zone(self, zone: str) -> None:
        index = self.findText(zone)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(zone)


class EnumCombo(QComboBox):
    """A combo box over an enumeration: shows labels, returns members."""

    def __init__(self, enum: type[E], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enum = enum
        for member in enum:
            self.addItem(member.label, member.value)  # type: ignore[attr-defined]

    def value(self) -> Any:
        return self.enum(self.currentData())

    def set_value(self, member: StrEnum) -> None:
        self.setCurrentIndex(max(self.findData(member.value), 0))


class RecordPicker(LazyComboBox):
    """Choose a directory record by typing part of its name.

    `lookup(text)` gives (label, id) pairs of some records matching `text`, best first; `describe(id)`
    the label of one record. The list is filled when the picker is first used and looked up again
    (off the GUI thread) when the user pauses typing, so a directory of 200,000 people costs nothing
    until then, typing never waits for the database, and every record can be found, not only those
    the first lookup brought.
    """

    TYPING_PAUSE_MS = 180

    def __init__(
        self,
        lookup: Callable[[str], Sequence[tuple[str, str]]],
        placeholder: str,
        parent: QWidget | None = None,
        describe: Callable[[str], str | None] | None = None,
    ) -> None:
        super().__init__(lambda: self._fill("", self.lookup("")), parent)
        self.lookup = lookup
        self.describe = describe
        self._looked_up: str | None = None  # the text the entries were looked up for; None: not yet
        _searchable(self)
        self.lineEdit().setPlaceholderText(placeholder)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(self.TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._look_up_typed)
        self.lineEdit().textEdited.connect(lambda _: self._typing.start())

    def refresh(self) -> None:
        """Look the entries up again (the directory changed); an unused picker stays empty until used."""
        if self._looked_up is not None:
            self._fill(self._looked_up, self.lookup(self._looked_up))

    def choose(self, record_id: str | None) -> None:
        """Show `record_id` as the choice, whether or not the entries looked up so far hold it."""
        self.ensure_filled()
        index = self.findData(record_id) if record_id else -1
        if index < 0 and record_id and self.describe is not None:
            label = self.describe(record_id)
            if label is not None:
                self.addItem(label, record_id)
                index = self.count() - 1
        self.setCurrentIndex(index)

    def record_id(self) -> str | None:
        """The chosen record: the entry whose label is the text, or the only one containing it."""
        text = self.currentText().strip()
        if not text:
            return None
        self.ensure_filled()
        index = self._index_of(text)
        if index < 0 and self._looked_up != text:
            # Typed faster than the lookup, or beyond the entries brought so far: ask the directory.
            self._fill(text, self.lookup(text))
            index = self._index_of(text)
        return self.itemData(index) if index >= 0 else None

    def clear_choice(self) -> None:
        self.setCurrentIndex(-1)
        self.setEditText("")

    def _index_of(self, text: str) -> int:
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            matches = self.model().match(
                self.model().index(0, 0), Qt.ItemDataRole.DisplayRole, text, 2, Qt.MatchFlag.MatchContains
            )
            index = matches[0].row() if len(matches) == 1 else -1
        return index

    def _look_up_typed(self) -> None:
        text = self.currentText().strip()
        if text == self._looked_up:
            return
        # A LIKE over 200,000 names takes longer than a keystroke: the GUI thread must not wait for it.
        run_in_background(
            lambda: self.lookup(text),
            finished=lambda pairs: self._typed_found(text, pairs),  # type: ignore[arg-type]
            parent=self,
        )

    def _typed_found(self, text: str, pairs: Sequence[tuple[str, str]]) -> None:
        if self.currentText().strip() != text:
            return  # the user typed on; the lookup for the newer text is coming
        self._fill(text, pairs)
        if self.lineEdit().hasFocus():
            self.completer().setCompletionPrefix(text)
            self.completer().complete()

    def _fill(self, text: str, pairs: Sequence[tuple[str, str]]) -> None:
        typed, cursor = self.currentText(), self.lineEdit().cursorPosition()
        self.blockSignals(True)
        self.clear()
        for label, record_id in pairs:
            self.addItem(label, record_id)
        self.setCurrentIndex(-1)
        self.setEditText(typed)
        self.lineEdit().setCursorPosition(cursor)
        self.blockSignals(False)
        self._looked_up = text


@cache
def _currency_names(language: str) -> gettext.NullTranslations:
    """pycountry's own ISO 4217 translations for `language` (English: the names as they are)."""
    return gettext.translation("iso4217", pycountry.LOCALES_DIR, languages=[language], fallback=True)


def _currencies() -> list[tuple[str, str]]:
    """(code, name in the current language) of every currency, by code."""
    names = _currency_names(current_language_code())
    return sorted((c.alpha_3, names.gettext(c.name)) for c in pycountry.currencies)


# Currencies met most often in missions between the CIS and their partners, listed first.
COMMON_CURRENCIES = ("USD", "EUR", "RUB", "BYN", "KZT", "TMT", "CNY", "TRY", "GBP")


class CurrencyPicker(QComboBox):
    """Pick an ISO 4217 currency by code or name; the code is what gets stored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("—", None)
        names = dict(_currencies())
        for code in COMMON_CURRENCIES:
            if code in names:
                self.addItem(f"{code} – {names[code]}", code)
        self.insertSeparator(self.count())
        for code, name in _currencies():
            if code not in COMMON_CURRENCIES:
                self.addItem(f"{code} – {name}", code)
        _searchable(self)
        self.lineEdit().setPlaceholderText(QCoreApplication.translate("CurrencyPicker", "Currency"))

    def code(self) -> str | None:
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.itemData(index)
        # A typed code such as "usd" is accepted as it is.
        upper = text.upper()
        return upper if pycountry.currencies.get(alpha_3=upper) is not None else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        self.setCurrentIndex(max(index, 0))


class OptionalDate(QWidget):
    """A date that may be absent: a check box to enable it and a calendar editor."""

    changed = Signal()

    def __init__(self, label: str, value: date | None = None, default: date | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = date_edit(value or default or date.today())
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _: self.changed.emit())
        self.edit.dateChanged.connect(lambda _: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        return from_qdate(self.edit.date())

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            show_date(self.edit, value)
