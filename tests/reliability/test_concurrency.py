"""Two processes on one database: reads go on during a write; a second writer waits, then fails clearly."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from missionplanner.domain.errors import DatabaseError
from missionplanner.domain.models import Organization
from missionplanner.services.app import Services, open_services
from missionplanner.storage import database

ROOT = Path(__file__).resolve().parents[2]


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "missionplanner", "--db", str(db), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _hold_write_lock(db: Path) -> sqlite3.Connection:
    """Another process's open write transaction, as the GUI holds one during a long import."""
    other = sqlite3.connect(str(db), timeout=0)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE organizations SET name = name")
    return other


def test_reads_work_while_another_process_writes(sample_services: Services, db_path: Path) -> None:
    sample_services.close()
    other = _hold_write_lock(db_path)
    try:
        result = _cli(db_path, "missions")
        assert result.returncode == 0, result.stderr
        assert "Ashgabat" in result.stdout or "Ашхабад" in result.stdout
    finally:
        other.rollback()
        other.close()


def test_a_write_during_another_write_waits_then_fails_clearly(
    sample_services: Services, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample_services.close()
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    services = open_services(db_path, make_backups=False)
    before = list(services.store.db.conn.iterdump())
    other = _hold_write_lock(db_path)
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseError) as raised:
            services.organizations.create(Organization(id="", name="Second writer"))
        waited = time.monotonic() - started
        assert "is busy" in raised.value.message
        assert str(db_path) in raised.value.message
        assert waited >= 0.25  # it waited for the lock (busy_timeout) before giving up
    finally:
        other.rollback()
        other.close()
    assert list(services.store.db.conn.iterdump()) == before
    assert services.doctor() == []
    # Once the other writer is gone, writing works again.
    services.organizations.create(Organization(id="", name="Second writer"))
    services.close()


def test_a_transaction_that_read_first_cannot_fail_halfway(sample_services: Services, db_path: Path) -> None:
    """Store.atomic takes the write lock up front (BEGIN IMMEDIATE): no SQLITE_BUSY after its first reads."""
    services = sample_services
    other = sqlite3.connect(str(db_path), timeout=0.1)
    with services.store.atomic():
        services.store.db.execute("SELECT count(*) FROM missions").fetchone()
        # Another process cannot slip a write in between our read and our write.
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        saved, _ = services.organizations.create(Organization(id="", name="Mine"))
    other.close()
    assert services.organizations.find(saved.id) is not None


def test_cli_write_while_locked_exits_2_with_a_clear_message(sample_services: Services, db_path: Path) -> None:
    sample_services.close()
    other = _hold_write_lock(db_path)
    try:
        mission_file = ROOT / "resources" / "samples" / "belarus-ashgabat-2025.json"
        result = _cli(db_path, "import", str(mission_file), "--as-copy")
    finally:
        other.rollback()
        other.close()
    assert result.returncode == 2
    assert "is busy" in result.stderr
    assert "Traceback" not in result.stderr
