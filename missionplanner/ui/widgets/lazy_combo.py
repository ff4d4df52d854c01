"""A combo box whose entries are listed only when the user first reaches for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QWidget


class LazyComboBox(QComboBox):
    """Calls `fill` once, when first opened or focused: listing 10,000 missions up front slows a page down."""

    def __init__(self, fill: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filler = fill
        self.filled = False

    def ensure_filled(self) -> None:
        if not self.filled:
            self.filled = True
            self._filler()

    def showPopup(self) -> None:
        self.ensure_filled()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.ensure_filled()
        super().focusInEvent(event)
