"""A quick run of the benchmark suite at tiny sizes: every measurement works and the JSON has its shape.

The full benchmark (`uv run python tests/benchmarks/run.py`) is not part of the test run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from missionplanner.domain.checks import check_mission
from missionplanner.storage.store import open_store
from tests.benchmarks import synthetic

RUN = Path(__file__).with_name("run.py")
FIELDS = {"figure", "size", "value", "floor", "ratio", "target", "unit", "holds"}


def test_synthetic_database_is_a_healthy_mission_planner_database(tmp_path: Path) -> None:
    built = synthetic.build(tmp_path / "tiny.db", synthetic.TINY)
    store = open_store(built.path, make_backups=False)
    try:
        counts = store.counts()
        assert counts["missions"] == synthetic.TINY.missions
        assert counts["items"] == synthetic.TINY.items
        assert counts["contacts"] == synthetic.TINY.contacts
        # Schema, FTS indexes and their triggers are the real ones, and the indexes are in sync.
        assert store.integrity_problems() == []
        assert len(store.items.for_mission(built.big_mission_id)) == synthetic.TINY.big_mission_items
        word = next(w for w in built.words if store.search.search(w))
        assert store.search.search(word)
    finally:
        store.close()


def test_synthetic_check_context_has_the_requested_size() -> None:
    context = synthetic.check_context(200)
    assert len(context.items) == 200
    assert isinstance(check_mission(context), list)


def test_quick_run_of_the_suite_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(RUN), "--tiny", "--repeat", "1", "--json", str(out), "--keep", str(tmp_path / "work")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(out.read_text(encoding="utf-8"))
    assert all(set(r) == FIELDS for r in results)
    assert all(isinstance(r["holds"], bool) and isinstance(r["target"], str) for r in results)
    figures = {r["figure"] for r in results}
    for expected in (
        "cold start to first paint",
        "cold start, reference: menu + list of missions in plain PySide6",
        "open a mission (agenda + timeline populated)",
        "conflict check of one mission",
        "conflict check growth time(10n)/time(n)",
        "search as you type, p95",
        "clone a mission (service, incl. its checks)",
        "itinerary PDF",
        "peak memory, scale DB open in the GUI",
        "GUI thread's longest stall in common actions",
    ):
        assert expected in figures
    assert any(f.startswith("import a CSV") for f in figures)
    for r in results:
        if r["floor"] is not None and r["value"] is not None:
            assert r["ratio"] is not None
    assert "| figure | size | median | floor | ratio | target | holds |" in done.stdout
