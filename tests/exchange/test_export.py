"""Export writes the whole file or nothing, and says clearly when it cannot."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from missionplanner.domain.errors import ExchangeError, NotFoundError
from missionplanner.exchange.mission_files import export_mission_file
from missionplanner.exchange.mission_format import dumps
from missionplanner.services.app import Services
from tests.conftest import BELARUS_MISSION_ID


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if "partial" in p.name)


def test_export_writes_the_snapshot(sample_services: Services, tmp_path: Path) -> None:
    out = export_mission_file(sample_services, BELARUS_MISSION_ID, tmp_path / "deep" / "er" / "belarus.json")
    assert out == tmp_path / "deep" / "er" / "belarus.json"
    assert out.read_text(encoding="utf-8") == dumps(sample_services.missions.snapshot(BELARUS_MISSION_ID))
    assert _leftovers(out.parent) == []


def test_export_replaces_an_older_file(sample_services: Services, tmp_path: Path) -> None:
    out = tmp_path / "belarus.json"
    out.write_text("old", encoding="utf-8")
    export_mission_file(sample_services, BELARUS_MISSION_ID, out)
    assert out.read_text(encoding="utf-8").startswith("{")


def test_a_folder_that_is_a_file_is_reported(sample_services: Services, tmp_path: Path) -> None:
    blocker = tmp_path / "exports"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(ExchangeError) as caught:
        export_mission_file(sample_services, BELARUS_MISSION_ID, blocker / "belarus.json")
    assert caught.value.message.startswith(f"Cannot write '{blocker / 'belarus.json'}'")
    assert f"'{blocker}' is a file, not a folder" in caught.value.message
    assert blocker.read_text(encoding="utf-8") == "not a folder"
    assert _leftovers(tmp_path) == []


def test_a_target_that_is_a_folder_leaves_no_partial_file(sample_services: Services, tmp_path: Path) -> None:
    target = tmp_path / "belarus.json"
    target.mkdir()
    with pytest.raises(ExchangeError) as caught:
        export_mission_file(sample_services, BELARUS_MISSION_ID, target)
    assert "Cannot write" in caught.value.message
    assert _leftovers(tmp_path) == []
    assert list(target.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write into read-only folders")
def test_a_read_only_folder_is_reported(sample_services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExchangeError) as caught:
            export_mission_file(sample_services, BELARUS_MISSION_ID, folder / "belarus.json")
        assert "Cannot write" in caught.value.message
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_failure_at_the_last_step_keeps_the_old_file(
    sample_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "belarus.json"
    out.write_text("the previous export", encoding="utf-8")

    def disk_full(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(ExchangeError) as caught:
        export_mission_file(sample_services, BELARUS_MISSION_ID, out)
    monkeypatch.undo()
    assert "the disk is full" in caught.value.message
    assert out.read_text(encoding="utf-8") == "the previous export"
    assert _leftovers(tmp_path) == []


def test_exporting_an_unknown_mission_is_not_found(sample_services: Services, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        export_mission_file(sample_services, "no-such-mission", tmp_path / "out" / "x.json")
    assert not (tmp_path / "out").exists()
