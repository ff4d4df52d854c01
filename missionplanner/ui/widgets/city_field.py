"""A city field with type-ahead over reference and user-added cities; choosing one reports its zone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from missionplanner.domain.geo import City
from missionplanner.domain.reference import country_name


def city_label(city: City) -> str:
    """'Mary — Turkmenistan' (the label the completer shows and the field keeps only the name of)."""
    where = country_name(city.country) if city.country else ""
    return f"{city.name} — {where}" if where else city.name


class CityField(QLineEdit):
    """Free text is allowed (any place name works); suggestions come from `search` as the user types."""

    citySelected = Signal(object)  # City

    def __init__(
        self,
        search: Callable[[str], list[City]],
        text: str = "",
        placeholder: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.search = search
        self.setPlaceholderText(
            placeholder if placeholder is not None else QCoreApplication.translate("CityField", "City")
        )
        self._cities: dict[str, City] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # The service already matched alternate and local spellings: show its suggestions as they are.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated[str].connect(self._chosen)
        self.setCompleter(completer)
        self.textEdited.connect(self._suggest)

    def _suggest(self, text: str) -> None:
        if len(text.strip()) < 2:
            self._model.setStringList([])
            return
        cities = self.search(text.strip())
        self._cities = {city_label(c): c for c in cities}
        self._model.setStringList(list(self._cities))
        self.completer().complete()

    def _chosen(self, label: str) -> None:
        city = self._cities.get(label)
        if city is None:
            return
        # Keep just the name in the field; the zone goes to the time-zone picker.
        self.setText(city.name)
        self.citySelected.emit(city)
