"""The dashboard: what missions achieved, per mission or across missions, by year and country."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from enum import StrEnum

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from missionplanner.domain.models import Dashboard
from missionplanner.domain.reference import country_name
from missionplanner.i18n.formats import decimal, integer
from missionplanner.services.changes import ChangeSet
from missionplanner.ui.background import LatestOnly
from missionplanner.ui.context import AppContext
from missionplanner.ui.widgets.mission_filter import MissionFilter

CENTS = Decimal("0.01")
CARD_STYLE = "QFrame#card { background: palette(base); border: 1px solid #d5dbe1; border-radius: 6px; }"


def _card(value: str, label: str) -> QFrame:
    card = QFrame()
    card.setObjectName("card")
    card.setStyleSheet(CARD_STYLE)
    layout = QVBoxLayout(card)
    number = QLabel(value)
    number.setObjectName("cardValue")
    number.setStyleSheet("font-size: 20pt; font-weight: 600;")
    caption = QLabel(label)
    caption.setStyleSheet("color: #5d6d7e;")
    layout.addWidget(number)
    layout.addWidget(caption)
    return card


def bar_chart(title: str, counts: Mapping[StrEnum, int], colour: str) -> QChartView:
    """A horizontal bar chart of counts by category (zero categories left out)."""
    shown = [(key.label, n) for key, n in counts.items() if n]  # type: ignore[attr-defined]
    bars = QBarSet(title)
    bars.setColor(QColor(colour))
    for _, n in shown:
        bars.append(n)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    chart = QChart()
    chart.addSeries(series)
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    categories = QBarCategoryAxis()
    categories.append([label for label, _ in shown] or ["—"])
    values = QValueAxis()
    values.setRange(0, max([n for _, n in shown] or [1]) + 1)
    values.setLabelFormat("%d")
    values.setTickCount(min(max(n for _, n in shown) + 2, 8) if shown else 2)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(values)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    return view


class DashboardView(QWidget):
    """Figures, charts and values by currency for the chosen scope."""

    def __init__(self, context: AppContext, today: Callable[[], date] = date.today, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.today = today
        # Thousands of missions: listed when the filter is first opened, not when the page is built.
        self.mission = MissionFilter(context.services, QCoreApplication.translate("DashboardView", "All missions"))
        self.year = QComboBox()
        self.country = QComboBox()
        filters = QHBoxLayout()
        filters.addWidget(QLabel(QCoreApplication.translate("DashboardView", "<b>Dashboard</b>")))
        filters.addStretch(1)
        labelled = (
            (QCoreApplication.translate("DashboardView", "Mission"), self.mission),
            (QCoreApplication.translate("DashboardView", "Year"), self.year),
            (QCoreApplication.translate("DashboardView", "Destination"), self.country),
        )
        for label, combo in labelled:
            filters.addWidget(QLabel(label))
            filters.addWidget(combo)
        self.cards = QGridLayout()
        self.charts = QHBoxLayout()
        self.values = QLabel()
        self.values.setObjectName("valuesByCurrency")
        self.values.setTextFormat(Qt.TextFormat.RichText)
        values_box = QGroupBox(
            QCoreApplication.translate("DashboardView", "Value of outcomes by currency (never added across currencies)")
        )
        QVBoxLayout(values_box).addWidget(self.values)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(self.cards)
        layout.addLayout(self.charts, 1)
        layout.addWidget(values_box)
        self.figures: Dashboard | None = None
        self._counts = LatestOnly(self)  # the scope may change while counting: the newest answer wins
        for combo in (self.mission, self.year, self.country):
            combo.currentIndexChanged.connect(lambda _: self.refresh())
        context.hub.changed.connect(self.on_changed)
        self._fill_filters()
        self.refresh()

    def _fill_filters(self) -> None:
        services = self.context.services
        self.mission.relist()
        chosen = (self.year.currentData(), self.country.currentData())
        for combo in (self.year, self.country):
            combo.blockSignals(True)
            combo.clear()
        self.year.addItem(QCoreApplication.translate("DashboardView", "Any year"), None)
        for year in services.missions.years():
            self.year.addItem(str(year), year)
        self.country.addItem(QCoreApplication.translate("DashboardView", "Any country"), None)
        for code in sorted(services.missions.destination_countries(), key=country_name):
            self.country.addItem(country_name(code), code)
        for combo, value in zip((self.year, self.country), chosen, strict=True):
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)

    def set_mission(self, mission_id: str | None) -> None:
        self.mission.choose(mission_id)

    def refresh(self) -> None:
        """Count again for the chosen scope, off the GUI thread: over a national archive's 500,000 items
        the counts take about half a second; the figures on screen stay until the new ones arrive."""
        services = self.context.services
        scope = {
            "mission_id": self.mission.currentData(),
            "year": self.year.currentData(),
            "country": self.country.currentData(),
            "today": self.today(),
        }
        self._counts.run(lambda: services.dashboard.figures(**scope), self._show)

    def _show(self, figures: Dashboard) -> None:
        self.figures = figures
        _clear(self.cards)
        outcomes = sum(figures.outcomes_by_kind.values())
        cards = [
            (figures.missions, QCoreApplication.translate("DashboardView", "missions")),
            (figures.meetings_held, QCoreApplication.translate("DashboardView", "meetings held")),
            (figures.site_visits, QCoreApplication.translate("DashboardView", "site visits")),
            (outcomes, QCoreApplication.translate("DashboardView", "outcomes")),
            (figures.open_follow_ups, QCoreApplication.translate("DashboardView", "open follow-ups")),
            (figures.overdue_follow_ups, QCoreApplication.translate("DashboardView", "overdue follow-ups")),
        ]
        for column, (value, label) in enumerate(cards):
            self.cards.addWidget(_card(integer(value), label), 0, column)
        _clear(self.charts)
        by_kind = QCoreApplication.translate("DashboardView", "Outcomes by kind")
        by_status = QCoreApplication.translate("DashboardView", "Outcomes by status")
        self.charts.addWidget(bar_chart(by_kind, figures.outcomes_by_kind, "#2f6fb3"))
        self.charts.addWidget(bar_chart(by_status, figures.outcomes_by_status, "#2e8b57"))
        if figures.value_by_currency:
            rows = "".join(
                f"<tr><td style='padding-right:16px'><b>{code}</b></td>"
                f"<td align='right'>{decimal(amount.quantize(CENTS))}</td></tr>"
                for code, amount in sorted(figures.value_by_currency.items())
            )
            self.values.setText(f"<table>{rows}</table>")
        else:
            empty = QCoreApplication.translate("DashboardView", "No amounts recorded for these outcomes.")
            self.values.setText(f"<span style='color:#777'>{empty}</span>")

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.ids("mission"):
            self._fill_filters()
        if any(changes.ids(e) for e in ("mission", "item", "outcome", "follow_up")):
            self.refresh()


def _clear(layout: QGridLayout | QHBoxLayout) -> None:
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.deleteLater()
