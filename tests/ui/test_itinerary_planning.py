"""Timeline drag-to-move and resize with undo, conflict marks in the agenda and timeline, city picking."""

from __future__ import annotations

from datetime import datetime
from itertools import groupby
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from missionplanner.domain.checks import RULE_DOUBLE_BOOKING, Severity
from missionplanner.ui.dialogs.item_dialog import ItemDialog
from missionplanner.ui.main_window import MainWindow
from missionplanner.ui.presentation import SEVERITY_MARKS
from missionplanner.ui.views.timeline import HOUR_HEIGHT
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID
from tests.ui.conftest import wait_for_checks, wait_for_plan


def _drag(qtbot: Any, widget: Any, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, pos=QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseMove(widget, pos=end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def _meeting(window: MainWindow) -> Any:
    items = window.services.items.for_mission(BELARUS_MISSION_ID)
    return next(i for i in items if i.title.startswith("Bilateral negotiations at the Chamber"))


def test_drag_a_block_to_move_it_and_undo(qtbot: Any, window: MainWindow) -> None:
    window.open_mission(BELARUS_MISSION_ID, tab=3)
    wait_for_plan(qtbot, window)
    canvas = window.workspace.timeline.canvas
    canvas.resize(1200, 900)
    item = _meeting(window)
    rect = canvas.rect_of_item(item.id)
    assert rect is not None
    start = rect.center().toPoint()
    _drag(qtbot, canvas, start, start + QPoint(0, HOUR_HEIGHT))  # one hour later
    moved = window.services.items.get(item.id)
    assert moved.start == item.start.replace(hour=item.start.hour + 1)
    assert moved.end - moved.start == item.end - item.start
    assert "moved to 23 May 16:00" in window.statusBar().currentMessage()
    assert window.undo_action.text().startswith("&Undo Move negotiation")
    window.undo_action.trigger()
    assert window.services.items.get(item.id).start == item.start
    window.redo_action.trigger()
    assert window.services.items.get(item.id).start == moved.start


def test_drag_to_another_day(qtbot: Any, window: MainWindow) -> None:
    window.open_mission(BELARUS_MISSION_ID, tab=3)
    wait_for_plan(qtbot, window)
    canvas = window.workspace.timeline.canvas
    canvas.resize(1200, 900)
    item = _meeting(window)
    start = canvas.rect_of_item(item.id).center().toPoint()
    _drag(qtbot, canvas, start, start + QPoint(int(canvas.column_width()), 0))
    assert window.services.items.get(item.id).start == datetime(2025, 5, 24, 15, 0)


def test_drag_the_bottom_edge_to_change_duration(qtbot: Any, window: MainWindow) -> None:
    window.open_mission(BELARUS_MISSION_ID, tab=3)
    wait_for_plan(qtbot, window)
    canvas = window.workspace.timeline.canvas
    canvas.resize(1200, 900)
    item = _meeting(window)
    rect = canvas.rect_of_item(item.id)
    edge = QPoint(int(rect.center().x()), int(rect.bottom()) - 2)
    _drag(qtbot, canvas, edge, edge + QPoint(0, HOUR_HEIGHT // 2))
    resized = window.services.items.get(item.id)
    assert resized.start == item.start
    assert (resized.end - item.end).total_seconds() == 30 * 60
    window.undo_action.trigger()
    assert window.services.items.get(item.id).end == item.end


def test_conflicts_are_marked_in_agenda_timeline_and_findings(qtbot: Any, window: MainWindow) -> None:
    window.open_mission(BELARUS_MISSION_ID, tab=3)
    canvas = window.workspace.timeline.canvas
    canvas.resize(1200, 900)
    itinerary = window.workspace.itinerary
    wait_for_checks(qtbot, window)
    assert not any(f.severity == Severity.ERROR for f in window.workspace.checks.findings)
    meeting = _meeting(window)
    visit = next(i for i in window.services.items.for_mission(BELARUS_MISSION_ID) if i.start.day == 24)
    # Move the meeting onto the first site visit of 24 May: the whole delegation is in two places.
    minutes = (visit.start.hour - meeting.start.hour) * 60 + visit.start.minute - meeting.start.minute
    start = canvas.rect_of_item(meeting.id).center().toPoint()
    target = start + QPoint(int(canvas.column_width()), int(minutes * HOUR_HEIGHT / 60))
    _drag(qtbot, canvas, start, target)
    qtbot.waitUntil(lambda: any(f.rule == RULE_DOUBLE_BOOKING for f in window.workspace.checks.findings))
    finding = next(f for f in window.workspace.checks.findings if f.rule == RULE_DOUBLE_BOOKING)
    assert set(finding.item_ids) == {meeting.id, visit.id}
    assert meeting.id in canvas.findings
    index = itinerary.model.index_of_item(meeting.id)
    assert itinerary.model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert SEVERITY_MARKS[Severity.ERROR] in itinerary.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert SEVERITY_MARKS[Severity.ERROR] in window.workspace.tabs.tabText(2)
    assert "error" in itinerary.findings.summary.text()
    itinerary.findings.tree.setCurrentItem(itinerary.findings.tree.topLevelItem(0))
    itinerary.findings._activated(itinerary.findings.tree.topLevelItem(0))
    assert itinerary.selected_item().id in finding.item_ids
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not any(f.rule == RULE_DOUBLE_BOOKING for f in window.workspace.checks.findings))
    assert SEVERITY_MARKS[Severity.ERROR] not in window.workspace.tabs.tabText(2)


def test_choosing_a_city_sets_the_items_time_zone(qtbot: Any, window: MainWindow) -> None:
    services = window.services
    mission = services.missions.get(KAZAKHSTAN_MISSION_ID)
    dialog = ItemDialog(services, mission)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.timezone.set_zone("UTC")
    [minsk] = [c for c in services.cities.search("Minsk") if c.country == "BY"][:1]
    dialog.city.citySelected.emit(minsk)
    assert dialog.timezone.zone() == "Europe/Minsk"
    suggestions = services.cities.search("Türkmenb", country="TM")
    assert suggestions
    assert suggestions[0].timezone == "Asia/Ashgabat"
    qtbot.keyClicks(dialog.city, "Mar")
    labels = dialog.city.completer().model().stringList()
    assert any(label.startswith("Mary") for label in labels)


def test_preferences_change_the_checks_and_undo(qtbot: Any, window: MainWindow) -> None:
    from datetime import timedelta

    from missionplanner.domain.checks import RULE_LONG_DAY
    from tests.ui.conftest import in_dialog

    window.open_mission(KAZAKHSTAN_MISSION_ID, tab=2)

    def long_days() -> int:
        return sum(f.rule == RULE_LONG_DAY for f in window.workspace.checks.findings)

    wait_for_checks(qtbot, window)
    assert long_days() == 2

    def shorten(dialog: Any) -> None:
        dialog.max_day.setValue(8)
        dialog.accept()

    errors = in_dialog(qtbot, shorten)
    window.preferences_action.trigger()
    assert errors == []
    assert window.services.preferences.planning().max_day == timedelta(hours=8)
    qtbot.waitUntil(lambda: long_days() == 4)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: long_days() == 2)
    assert window.services.preferences.planning().max_day == timedelta(hours=12)


def test_add_a_missing_city(qtbot: Any, window: MainWindow) -> None:
    from tests.ui.conftest import in_dialog, type_text

    window.open_mission(KAZAKHSTAN_MISSION_ID)

    def fill(dialog: Any) -> None:
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        type_text(qtbot, dialog.name, "Awaza")
        type_text(qtbot, dialog.local_names, "Awaza, Аваза")
        dialog.latitude.setValue(40.02)
        dialog.longitude.setValue(52.97)
        dialog.accept()

    errors = in_dialog(qtbot, fill)
    window.add_city_action.trigger()
    assert errors == []
    city = window.services.cities.resolve("Аваза", country="TM")
    assert city is not None
    assert city.name == "Awaza"
    assert city.country == "TM"
    assert city.latitude == pytest.approx(40.02)
    window.undo_action.trigger()
    assert window.services.cities.resolve("Аваза", country="TM") is None


def _max_difference(first: Any, second: Any) -> int:
    worst = 0
    for y in range(first.height()):
        for x in range(first.width()):
            a, b = first.pixelColor(x, y), second.pixelColor(x, y)
            worst = max(worst, abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))
    return worst


def _blocks(ratio: float, cache: Any, lanes: int = 6, pen_width: float = 1) -> Any:
    """Side-by-side lane blocks at fractional positions, as the timeline lays them out, drawn at `ratio`."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen

    image = QImage(round(260 * ratio), round(120 * ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    lane_width = (239.3 - 8) / lanes
    for lane in range(lanes):
        rect = QRectF(10.7 + lane * lane_width, 10.3, lane_width - 2, 90.6)  # a 2 px gap between lanes
        cache.draw(painter, rect, QPen(QColor("#1f5f8b"), pen_width), QBrush(QColor(70, 130, 200, 225)), 5)
    painter.end()
    return image


@pytest.mark.parametrize("ratio", [1.0, 1.25, 1.5, 2.0])
def test_timeline_blocks_drawn_from_the_frame_cache_look_as_drawn_directly(qtbot: Any, ratio: float) -> None:
    from missionplanner.ui.views.timeline import _FrameCache

    cache, direct = _FrameCache(), _FrameCache()
    direct.LARGEST = 0  # every block drawn directly
    cached_image = _blocks(ratio, cache)
    assert len(cache._frames) <= 2  # six blocks of (nearly) one size: painted once or twice
    assert not direct._frames
    assert _max_difference(cached_image, _blocks(ratio, direct)) <= 2


@pytest.mark.parametrize("ratio", [1.0, 1.25, 1.5, 1.75, 2.0])
@pytest.mark.parametrize("pen_width", [1, 3])
def test_lanes_keep_even_gaps_at_any_pixel_density(qtbot: Any, ratio: float, pen_width: float) -> None:
    """At 125 % or 150 % the blocks used to sit on half pixels: gaps between lanes of 0-3 px, blurred edges,
    and a thick outline (a finding, the selection) spilling over the gap."""
    from missionplanner.ui.views.timeline import _FrameCache

    image = _blocks(ratio, _FrameCache(), pen_width=pen_width)
    y = image.height() // 2
    background = [image.pixelColor(x, y).red() == 255 for x in range(image.width())]
    gaps = [len(list(run)) for blank, run in groupby(background) if blank][1:-1]  # not the margins
    assert len(gaps) == 5
    exact = 2 * ratio
    assert all(abs(gap - exact) <= 1 for gap in gaps), gaps
    assert max(gaps) - min(gaps) <= 1, gaps


def test_a_block_too_large_to_cache_is_drawn_directly(qtbot: Any) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen

    from missionplanner.ui.views.timeline import _FrameCache

    cache = _FrameCache()
    image = QImage(900, 900, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for width in range(600, 700, 10):  # a day zoomed in, as the window is resized
        cache.draw(painter, QRectF(10, 10, width, 800), QPen(QColor("black"), 1), QBrush(QColor("teal")), 5)
    painter.end()
    assert not cache._frames
    assert image.pixelColor(300, 400) == QColor("teal")
