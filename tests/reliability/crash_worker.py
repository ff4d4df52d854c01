"""The child of the crash harness: writes through the services forever, journaling each operation.

Run as `python -m tests.reliability.crash_worker DB MISSION_FILE JOURNAL SEED`; the parent kills it
with SIGKILL at a random moment. Each operation is journaled as "begin ..." before it starts and
"end ..." after its transaction committed (unbuffered writes survive a SIGKILL).
"""

from __future__ import annotations

import os
import random
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from missionplanner.domain.cloning import CloneOptions
from missionplanner.exchange.mission_files import import_mission_file
from missionplanner.services.app import open_services

BIG_MISSION_TITLE = "Big mission"
EDITED_ORGANIZATION = "Edited organization"


def main(db: str, mission_file: str, journal_path: str, seed: str) -> None:
    rng = random.Random(int(seed))
    services = open_services(Path(db), make_backups=False)
    big = next(s.id for s in services.missions.summaries() if s.title == BIG_MISSION_TITLE)
    organization = next(o for o in services.organizations.list() if o.name.startswith(EDITED_ORGANIZATION))
    journal = os.open(journal_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)

    def note(line: str) -> None:
        os.write(journal, (line + "\n").encode())

    # clone() runs the plan checks after its transaction committed; they only read and are slow on a
    # large mission, so they are skipped here to let the kills land among the writes.
    services.checks.check = lambda mission_id: []  # type: ignore[method-assign]
    note("ready")
    made: list[str] = []
    n = 0
    while True:
        n += 1
        op = rng.choice(["clone", "clone", "import", "edit", "delete"])
        if op == "clone":
            note(f"begin clone {n}")
            options = CloneOptions(start_date=date(2030, 1, 1), title=f"Clone {n}", keep_delegation=True)
            mission_id, _, _ = services.templates.clone(big, options)
            made.append(mission_id)
            note(f"end clone {n} {mission_id}")
        elif op == "import":
            note(f"begin import {n}")
            mission_id, _ = import_mission_file(services, Path(mission_file), as_copy=True)
            made.append(mission_id)
            note(f"end import {n} {mission_id}")
        elif op == "edit":
            note(f"begin edit {n}")
            organization, _ = services.organizations.update(replace(organization, name=f"{EDITED_ORGANIZATION} {n}"))
            note(f"end edit {n}")
        elif made:
            victim = made.pop(rng.randrange(len(made)))
            note(f"begin delete {n} {victim}")
            services.missions.delete(victim)
            note(f"end delete {n} {victim}")


if __name__ == "__main__":
    main(*sys.argv[1:5])
