"""Crash safety: a child process writes through the services and is killed with SIGKILL at random moments.

After every kill the database passes integrity_check and foreign_key_check (and the search-index
check of doctor), every clone and import is either wholly present or wholly absent, and every
operation the child saw committed is still there.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest

from missionplanner.domain.cloning import CloneOptions
from missionplanner.domain.models import Organization
from missionplanner.exchange.mission_files import export_mission_file
from missionplanner.exchange.samples import seed_samples
from missionplanner.services.app import Services, open_services
from tests.conftest import KAZAKHSTAN_MISSION_ID
from tests.reliability.crash_worker import BIG_MISSION_TITLE, EDITED_ORGANIZATION
from tests.services.factories import item_of

ROOT = Path(__file__).resolve().parents[2]
IMPORTED_TITLE = "Imported mission"
BIG_EXTRA_ITEMS = 250
KINDS = ("participants", "items", "outcomes", "follow_ups")


@dataclass(frozen=True)
class Plan:
    """The prepared database and what a whole clone or import holds."""

    database: Path
    mission_file: Path
    clone_counts: dict[str, int]
    import_counts: dict[str, int]


def _counts(services: Services, mission_id: str) -> dict[str, int]:
    db = services.store.db
    return {
        kind: int(db.execute(f"SELECT count(*) FROM {kind} WHERE mission_id = ?", [mission_id]).fetchone()[0])
        for kind in KINDS
    }


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Plan:
    folder = tmp_path_factory.mktemp("crash")
    database = folder / "base.db"
    services = open_services(database, make_backups=False)
    seed_samples(services)
    options = CloneOptions(start_date=date(2029, 1, 1), title=BIG_MISSION_TITLE, keep_delegation=True)
    big, _, _ = services.templates.clone(KAZAKHSTAN_MISSION_ID, options)
    # Large enough that a clone's transaction takes a while and kills land inside it.
    mission = services.missions.get(big)
    for number in range(BIG_EXTRA_ITEMS):
        services.items.create(item_of(mission, f"Extra meeting {number}", day=2, timezone=mission.timezone))
    services.organizations.create(Organization(id="", name=EDITED_ORGANIZATION))
    mission_file = export_mission_file(services, KAZAKHSTAN_MISSION_ID, folder / "mission.json")
    document = json.loads(mission_file.read_text(encoding="utf-8"))
    document["mission"]["title"] = IMPORTED_TITLE
    mission_file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    import_counts = _counts(services, KAZAKHSTAN_MISSION_ID)
    services.close()
    # What one whole clone holds, found by cloning on a throwaway copy.
    reference = folder / "reference.db"
    shutil.copyfile(database, reference)
    services = open_services(reference, make_backups=False)
    clone_id, _, _ = services.templates.clone(big, replace(options, title="Reference", start_date=date(2030, 1, 1)))
    clone_counts = _counts(services, clone_id)
    services.close()
    assert clone_counts["items"] > 0
    assert import_counts["items"] > 0
    return Plan(database, mission_file, clone_counts, import_counts)


def _wait_ready(journal: Path, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if journal.exists() and journal.read_text().startswith("ready"):
            return
        if process.poll() is not None:
            break
        time.sleep(0.01)
    process.kill()
    _, err = process.communicate()
    pytest.fail(f"the writer did not start: {err.decode(errors='replace')}")


def _run_and_kill(plan: Plan, folder: Path, seed: int) -> list[list[str]]:
    database = folder / "missions.db"
    shutil.copyfile(plan.database, database)
    journal = folder / "journal.txt"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.reliability.crash_worker",
            str(database),
            str(plan.mission_file),
            str(journal),
            str(seed),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _wait_ready(journal, process)
    time.sleep(random.Random(seed).uniform(0.0, 0.5))
    if process.poll() is not None:
        pytest.fail(f"the writer stopped by itself: {process.stderr.read().decode(errors='replace')}")  # type: ignore[union-attr]
    process.send_signal(signal.SIGKILL)
    process.communicate()
    return [line.split() for line in journal.read_text().splitlines()[1:] if line.strip()]


def _verify(plan: Plan, database: Path, journal: list[list[str]]) -> int:
    """Check the database after a kill; return how many operations had committed."""
    services = open_services(database, make_backups=False)
    try:
        assert services.doctor() == []
        fk = list(services.store.db.execute("PRAGMA foreign_key_check"))
        assert fk == []
        missions = {s.id: s.title for s in services.missions.summaries()}
        for mission_id, title in missions.items():
            if title.startswith("Clone "):
                assert _counts(services, mission_id) == plan.clone_counts, title
            elif title == IMPORTED_TITLE:
                assert _counts(services, mission_id) == plan.import_counts, title
        deleted = {entry[3] for entry in journal if entry[0] == "end" and entry[1] == "delete"}
        being_deleted = {entry[3] for entry in journal if entry[0] == "begin" and entry[1] == "delete"}
        committed = 0
        edits_begun = [int(e[2]) for e in journal if e[0] == "begin" and e[1] == "edit"]
        edits_done = [int(e[2]) for e in journal if e[0] == "end" and e[1] == "edit"]
        for entry in journal:
            if entry[0] != "end":
                continue
            committed += 1
            if entry[1] in ("clone", "import"):
                mission_id = entry[3]
                if mission_id in deleted:
                    assert mission_id not in missions
                elif mission_id not in being_deleted:
                    assert mission_id in missions, f"committed {entry[1]} {entry[2]} was lost"
        # A mission seen begun as a clone but not journaled as done: present whole (checked above) or absent.
        organization = services.organizations.list(EDITED_ORGANIZATION)[0]
        if edits_begun:
            number = int(organization.name.rsplit(" ", 1)[1]) if organization.name != EDITED_ORGANIZATION else 0
            assert number >= max(edits_done, default=0)
            assert number <= max(edits_begun)
        # The database stays usable: the next write works.
        services.organizations.create(Organization(id="", name="After the crash"))
        return committed
    finally:
        services.close()


def test_sigkill_at_random_moments_never_leaves_half_an_operation(plan: Plan, tmp_path: Path, crash_runs: int) -> None:
    committed = 0
    for run in range(crash_runs):
        folder = tmp_path / f"run{run}"
        folder.mkdir()
        journal = _run_and_kill(plan, folder, seed=run)
        committed += _verify(plan, folder / "missions.db", journal)
    # The kills did land after real work, not only before the first write.
    assert committed >= crash_runs // 2
