"""GUI processes the benchmark starts: the bare PySide6 floor, and the app for peak memory.

    python probe.py bare [--memory]      an empty QMainWindow; prints "first paint at <epoch seconds>" and
                                         exits after its first paint
    python probe.py stalls --db PATH --mission ID [--settle MS]
                                         Mission Planner's main window on PATH, driven through common
                                         actions (scroll the mission list, open missions and their tabs,
                                         edit an item of mission ID, type in both search boxes, scroll the
                                         directory); prints {"stalls_ms": {action: longest GUI-thread stall}}
    python probe.py list --db PATH       a reference, not a floor: the least a real app does before its
                                         first paint (a menu, a toolbar, a status bar and a list of PATH's
                                         missions read with plain sqlite3); prints and exits as `bare`
    python probe.py app --db PATH        Mission Planner's main window on PATH; after the mission
                                         list's first paint, scrolls the whole list, then exits

With --memory (always for `app`) it prints {"maxrss_kb": N} on stdout before exiting.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    """Calls `then` after the first paint; with `announce`, prints its moment as the app's --quit-when-ready does."""

    def __init__(self, then: Callable[[], None], *, announce: bool = False) -> None:
        super().__init__()
        self.then = then
        self.announce = announce

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if self.announce:
                print(f"first paint at {time.time():.6f}", flush=True)
            QTimer.singleShot(0, self.then)
        return False


def report_memory() -> None:
    # VmHWM, not getrusage's ru_maxrss: on Linux ru_maxrss survives exec, so a child would report
    # its (bigger) parent's peak.
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            print(json.dumps({"maxrss_kb": int(line.split()[1])}), flush=True)
            return
    print(json.dumps({"maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}), flush=True)


def bare(memory: bool) -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)

    def done() -> None:
        if memory:
            report_memory()
        app.exit(0)

    watcher = FirstPaint(done, announce=True)
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


def mission_list(db: Path) -> int:
    import sqlite3

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QListView, QSplitter, QStyle

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    model = QStandardItemModel()
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    for title, start, end, country in conn.execute(
        "SELECT title, start_date, end_date, destination_country FROM missions ORDER BY start_date DESC, id"
    ):
        item = QStandardItem(title)
        item.setToolTip(f"{start} – {end} · {country or ''}")
        model.appendRow(item)
    view = QListView()
    view.setModel(model)
    view.setUniformItemSizes(True)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(view)
    window.setCentralWidget(splitter)
    menu = window.menuBar().addMenu("&Mission")
    toolbar = window.addToolBar("Main")
    icon = window.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
    for number in range(12):
        action = QAction(icon, f"Action {number}", window)
        action.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))
        menu.addAction(action)
        toolbar.addAction(action)
    window.statusBar().showMessage(str(db))
    watcher = FirstPaint(lambda: app.exit(0), announce=True)
    view.viewport().installEventFilter(watcher)
    window.show()
    return app.exec()


def app_memory(db: Path) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from missionplanner.ui.app import application, create_main_window

    app = application()
    window = create_main_window(db)
    if window is None:
        return 2
    view = window.mission_list.view
    window.resize(1280, 800)

    def scroll() -> None:
        bar = view.verticalScrollBar()
        step = max(bar.pageStep(), 1)
        value = 0
        while value <= bar.maximum():
            bar.setValue(value)
            app.processEvents()
            value += step
        report_when_idle()

    def report_when_idle() -> None:
        # Start-up's background work (the counts, the warm-up) belongs in the figure: wait for it.
        if QThreadPool.globalInstance().activeThreadCount():
            QTimer.singleShot(50, report_when_idle)
            return
        report_memory()
        app.exit(0)

    watcher = FirstPaint(scroll)
    view.viewport().installEventFilter(watcher)
    window.show()
    return app.exec()


HEARTBEAT_MS = 5
SETTLE_MS = 150  # after each action: background answers arrive and are shown within it


def gui_stalls(db: Path, mission_id: str, settle_ms: int = SETTLE_MS) -> int:
    """Drive the app through common actions; report the longest GUI-thread stall during each.

    A timer beats every 5 ms on the GUI thread; whatever holds the thread (the action itself, the
    paints and the background answers it leads to) shows as a late beat.
    """
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from dataclasses import replace

    from PySide6.QtTest import QTest

    from missionplanner.ui.app import application, create_main_window

    app = application()
    window = create_main_window(db)
    if window is None:
        return 2
    window.resize(1280, 800)
    beats: list[float] = []
    heart = QTimer(interval=HEARTBEAT_MS)
    heart.timeout.connect(lambda: beats.append(time.perf_counter()))
    stalls: dict[str, float] = {}
    services = window.services

    def scroll(view_getter: Callable[[], object]) -> list[Callable[[], None]]:
        def page(number: int) -> Callable[[], None]:
            def step() -> None:
                bar = view_getter().verticalScrollBar()  # type: ignore[attr-defined]
                bar.setValue(min(bar.maximum(), number * max(bar.pageStep(), 1)))

            return step

        return [page(number) for number in range(20)]

    def typing(field_getter: Callable[[], object], text: str) -> list[Callable[[], None]]:
        return [lambda ch=ch: QTest.keyClick(field_getter(), ch) for ch in text]  # type: ignore[misc]

    def edit_item() -> None:
        items = services.items.for_mission(mission_id)
        item = items[len(items) // 2]
        window.context.update("item", replace(item, title=item.title + " (moved)"), "Edit item")

    first_ids = [s.id for s in services.missions.summaries(limit=6)]
    actions: list[tuple[str, list[Callable[[], None]]]] = [
        ("scroll the mission list", scroll(lambda: window.mission_list.view)),
        ("open missions", [lambda i=i: window.open_mission(i) for i in [mission_id, *first_ids]]),
        (
            "open a 2,000-item mission's tabs",
            [lambda: window.open_mission(mission_id)]
            + [lambda t=t: window.workspace.tabs.setCurrentIndex(t) for t in range(window.workspace.tabs.count())],
        ),
        ("edit an item of a 2,000-item mission", [edit_item]),
        ("type in the search box", [window.search.setFocus, *typing(lambda: window.search, "export agreement")]),
        ("open the directory", [lambda: window.show_page(1)]),
        ("scroll the directory", scroll(lambda: window.directory.org_table)),
        ("type in the directory filter", typing(lambda: window.directory.search, "trade group")),
        ("open the follow-ups and dashboard", [lambda: window.show_page(2), lambda: window.show_page(3)]),
    ]
    queue = [(label, step) for label, steps in actions for step in steps]

    def longest_stall(since: int) -> float:
        gaps = [b - a for a, b in zip(beats[since:], beats[since + 1 :], strict=False)]
        return max((gap * 1000 - HEARTBEAT_MS for gap in gaps), default=0.0)

    def run_next() -> None:
        if not queue:
            print(json.dumps({"stalls_ms": stalls}), flush=True)
            app.exit(0)
            return
        label, step = queue.pop(0)
        since = len(beats)
        step()

        def measured() -> None:
            stalls[label] = max(stalls.get(label, 0.0), longest_stall(max(since - 1, 0)))
            run_next()

        QTimer.singleShot(settle_ms, measured)

    def when_idle() -> None:
        # Start-up is measured on its own (cold start): let its background work (the counts, the warm-up
        # that loads sqlite-utils and the reference cities) finish first.
        if QThreadPool.globalInstance().activeThreadCount():
            QTimer.singleShot(100, when_idle)
        else:
            QTimer.singleShot(500, run_next)

    def start() -> None:
        heart.start()
        QTimer.singleShot(1000, when_idle)

    watcher = FirstPaint(start)
    window.mission_list.view.viewport().installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "bare":
        sys.exit(bare("--memory" in args))
    if len(args) == 3 and args[0] == "app" and args[1] == "--db":
        sys.exit(app_memory(Path(args[2])))
    if len(args) in (5, 7) and args[0] == "stalls" and args[1] == "--db" and args[3] == "--mission":
        sys.exit(gui_stalls(Path(args[2]), args[4], int(args[6]) if len(args) == 7 else SETTLE_MS))
    if len(args) == 3 and args[0] == "list" and args[1] == "--db":
        sys.exit(mission_list(Path(args[2])))
    print(__doc__, file=sys.stderr)
    sys.exit(2)
