"""Global search: a toolbar field whose results, grouped by kind, update as the user types."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLineEdit, QTreeView, QVBoxLayout, QWidget

from missionplanner.domain.models import SearchHit
from missionplanner.ui.background import LatestOnly
from missionplanner.ui.context import AppContext
from missionplanner.ui.models.search_results import SearchResultsModel

MIN_TYPED = 2


class SearchField(QLineEdit):
    """Type to search everything; Down moves into the results, Enter opens the chosen record."""

    opened = Signal(object)  # SearchHit

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("globalSearch")
        self.setPlaceholderText(QCoreApplication.translate("SearchField", "Search everything (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self.model = SearchResultsModel(context.services, self)
        # A frameless tool window that never takes focus: typing stays in the field, as in a completer.
        self.popup = QFrame(self, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.popup.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.results = QTreeView()
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setItemsExpandable(False)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self.popup)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.results)
        self.popup.resize(560, 380)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.clicked.connect(self._open_index)
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self._search_typed)
        self._searches = LatestOnly(self)
        self.textEdited.connect(self._typed)
        self.returnPressed.connect(self._open_current)

    def _typed(self, text: str) -> None:
        # One-letter prefixes match most of a large archive and cost SQLite most of a second;
        # as-you-type search starts at two letters (Enter still searches whatever was typed).
        if len(text.strip()) >= MIN_TYPED:
            self._debounce.start()
        else:
            self._debounce.stop()
            self.popup.hide()

    def _search_typed(self) -> None:
        # A two-letter prefix over a national archive costs SQLite half a second: search off the GUI
        # thread, so typing never waits, and show the hits if nothing newer was typed meanwhile.
        text, model = self.text(), self.model

        def show(hits: object) -> None:
            if text == self.text():  # typed on meanwhile: the newer search's hits will come
                model.show_hits(text, hits)  # type: ignore[arg-type]
                self._show_results()

        self._searches.run(lambda: model.find(text), show)

    def run_search(self) -> None:
        """Search now, on this thread (Enter: the user asked for the result and waits for it)."""
        self._searches.supersede()
        self.model.search(self.text())
        self._show_results()

    def _show_results(self) -> None:
        self.results.expandAll()
        if self.model.hit_count():
            self._show_popup()
        else:
            self.popup.hide()

    def _show_popup(self) -> None:
        # Right-aligned under the field, which sits at the right end of the toolbar.
        anchor = self.mapToGlobal(QPoint(self.width(), self.height()))
        self.popup.move(anchor.x() - self.popup.width(), anchor.y())
        self.popup.show()

    def _hit_indexes(self) -> list[QModelIndex]:
        indexes = []
        for group in range(self.model.rowCount()):
            parent = self.model.index(group, 0)
            indexes += [self.model.index(row, 0, parent) for row in range(self.model.rowCount(parent))]
        return indexes

    def _open_current(self) -> None:
        if self._debounce.isActive() or self.model.query != self.text():
            self._debounce.stop()
            self.run_search()
        current = self.results.currentIndex()
        if self.model.hit_at(current) is None:
            hits = self._hit_indexes()
            current = hits[0] if hits else QModelIndex()
        self._open_index(current)

    def _open_index(self, index: QModelIndex) -> None:
        hit: SearchHit | None = self.model.hit_at(index)
        if hit is None:
            return
        self.popup.hide()
        self.opened.emit(hit)

    def _step(self, delta: int) -> None:
        hits = self._hit_indexes()
        if not hits:
            return
        current = self.results.currentIndex()
        position = next((i for i, h in enumerate(hits) if h == current), -1)
        target = hits[max(0, min(len(hits) - 1, position + delta))]
        self.results.setCurrentIndex(target)
        self.results.scrollTo(target)
        self._show_popup()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self._step(1)
            return
        if event.key() == Qt.Key.Key_Up:
            self._step(-1)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.popup.hide()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # Let a click on a result land before the popup goes.
        QTimer.singleShot(150, self._hide_unless_focused)

    def _hide_unless_focused(self) -> None:
        if not self.hasFocus():
            self.popup.hide()
