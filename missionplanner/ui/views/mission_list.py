"""The left panel: searchable, filterable mission list with missions and templates apart."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from missionplanner.domain.enums import MissionStatus
from missionplanner.domain.reference import country_name
from missionplanner.services.changes import ChangeSet
from missionplanner.storage.repositories.missions import MissionFilter
from missionplanner.ui.context import AppContext
from missionplanner.ui.models.mission_list import IdRole, MissionListModel, SubtitleRole, SummaryRole
from missionplanner.ui.presentation import MISSION_STATUS_COLOURS


class MissionDelegate(QStyledItemDelegate):
    """Two lines per mission: the title, then dates · status · destination, with a status stripe."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(200, int(height * 2 + 18))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(option.rect, palette.highlight())
        summary = index.data(SummaryRole)
        if summary is not None:
            stripe = QRect(option.rect.left() + 4, option.rect.top() + 8, 4, option.rect.height() - 16)
            painter.fillRect(stripe, QColor(MISSION_STATUS_COLOURS[summary.status]))
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        sub_colour = text_colour if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        rect = option.rect.adjusted(16, 6, -8, -6)
        title_font = option.font
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        metrics = painter.fontMetrics()
        title = metrics.elidedText(index.data() or "", Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
        title_font.setBold(False)
        painter.setFont(title_font)
        painter.setPen(sub_colour)
        subtitle = metrics.elidedText(index.data(SubtitleRole) or "", Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, subtitle)
        painter.restore()


class MissionListPanel(QWidget):
    """Search box, filters, the Missions/Templates switch and the list itself."""

    missionSelected = Signal(object)  # str | None

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = MissionListModel(context.services, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("MissionListPanel", "Filter missions…"))
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("missionFilter")
        self.status = QComboBox()
        self.status.addItem(QCoreApplication.translate("MissionListPanel", "Any status"), None)
        for status in MissionStatus:
            self.status.addItem(status.label, status.value)
        self.year = QComboBox()
        self.country = QComboBox()
        self.missions_button = QPushButton(QCoreApplication.translate("MissionListPanel", "Missions"))
        self.templates_button = QPushButton(QCoreApplication.translate("MissionListPanel", "Templates"))
        switch = QButtonGroup(self)
        for button in (self.missions_button, self.templates_button):
            button.setCheckable(True)
            button.setFlat(False)
            switch.addButton(button)
        self.missions_button.setChecked(True)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(MissionDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setObjectName("missionList")
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 16px;")
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.year)
        filters.addWidget(self.country)
        toggles = QHBoxLayout()
        toggles.setSpacing(0)
        toggles.addWidget(self.missions_button)
        toggles.addWidget(self.templates_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(toggles)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        for combo in (self.status, self.year, self.country):
            combo.currentIndexChanged.connect(lambda _: self.apply_filter())
        switch.buttonClicked.connect(lambda _: self.apply_filter())
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        context.hub.changed.connect(self.on_changed)
        self.refresh_filters()
        self.apply_filter()

    def refresh_filters(self) -> None:
        """Fill the year and destination filters from what the database holds."""
        year, country = self.year.currentData(), self.country.currentData()
        for combo in (self.year, self.country):
            combo.blockSignals(True)
            combo.clear()
        self.year.addItem(QCoreApplication.translate("MissionListPanel", "Any year"), None)
        for value in self.context.services.missions.years():
            self.year.addItem(str(value), value)
        self.country.addItem(QCoreApplication.translate("MissionListPanel", "Any destination"), None)
        codes = self.context.services.missions.destination_countries()
        for code in sorted(codes, key=country_name):
            self.country.addItem(country_name(code), code)
        self.year.setCurrentIndex(max(self.year.findData(year), 0))
        self.country.setCurrentIndex(max(self.country.findData(country), 0))
        for combo in (self.year, self.country):
            combo.blockSignals(False)

    def current_filter(self) -> MissionFilter:
        status = self.status.currentData()
        return MissionFilter(
            text=self.search.text(),
            status=MissionStatus(status) if status else None,
            year=self.year.currentData(),
            destination_country=self.country.currentData(),
            templates=self.templates_button.isChecked(),
        )

    def apply_filter(self) -> None:
        selected = self.selected_id()
        self.model.set_filter(self.current_filter())
        if selected:
            self.select(selected, notify=False)
        self._update_empty_state()

    def _update_empty_state(self) -> None:
        empty = self.model.rowCount() == 0
        filtered = bool(
            self.search.text() or self.status.currentData() or self.year.currentData() or self.country.currentData()
        )
        if self.templates_button.isChecked():
            message = QCoreApplication.translate(
                "MissionListPanel", "No templates yet. Open a mission and choose Save as template."
            )
        elif filtered:
            message = QCoreApplication.translate("MissionListPanel", "No mission matches these filters.")
        else:
            message = QCoreApplication.translate(
                "MissionListPanel", "No missions yet. Press Ctrl+N to create one, or import a mission file."
            )
        self.empty.setText(message)
        self.empty.setVisible(empty)

    def show_templates(self, templates: bool) -> None:
        (self.templates_button if templates else self.missions_button).setChecked(True)
        self.apply_filter()

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def select(self, mission_id: str, *, notify: bool = True) -> bool:
        row = self.model.row_of(mission_id)
        if row < 0:
            summary = self.context.services.missions.find(mission_id)
            if summary is None:
                return False
            # The mission is hidden by the filters: clear them so the user sees what was opened.
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            for combo in (self.status, self.year, self.country):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            (self.templates_button if summary.is_template else self.missions_button).setChecked(True)
            self.model.set_filter(self.current_filter())
            row = self.model.row_of(mission_id)
        index = self.model.index(row)
        if not notify:
            self.view.selectionModel().blockSignals(True)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        if not notify:
            self.view.selectionModel().blockSignals(False)
        self._update_empty_state()
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.missionSelected.emit(current.data(IdRole) if current.isValid() else None)

    def on_changed(self, changes: ChangeSet) -> None:
        if not changes.ids("mission"):
            return
        selected = self.selected_id()
        self.model.apply(changes)
        self.refresh_filters()
        if selected and self.model.row_of(selected) < 0:
            self.missionSelected.emit(None)
        self._update_empty_state()

    def sizeHint(self) -> QSize:
        return QSize(320, 600)
