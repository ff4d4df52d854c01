"""Date-time editors keep an item's wall-clock time as it is, whatever the computer's own time zone."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

_ROUND_TRIP = textwrap.dedent(
    """
    from datetime import datetime
    from PySide6.QtWidgets import QApplication
    from missionplanner.ui.widgets.dates import datetime_edit, from_qdatetime, to_qdatetime

    app = QApplication([])
    # 02:30 on 30 March 2025 does not exist in Berlin (clocks go from 02:00 to 03:00), but it does in
    # Almaty, where the item is: the editor must show and give back exactly that.
    gap = datetime(2025, 3, 30, 2, 30)
    edit = datetime_edit(gap)
    assert from_qdatetime(edit.dateTime()) == gap, from_qdatetime(edit.dateTime())
    edit.setDateTime(to_qdatetime(datetime(2025, 3, 30, 2, 45)))
    assert from_qdatetime(edit.dateTime()) == datetime(2025, 3, 30, 2, 45)
    # The hour repeated in autumn keeps its wall-clock value too.
    edit.setDateTime(to_qdatetime(datetime(2025, 10, 26, 2, 30)))
    assert from_qdatetime(edit.dateTime()) == datetime(2025, 10, 26, 2, 30)
    print("ok")
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="TZ in the environment sets the zone on POSIX systems")
def test_an_hour_the_computers_clock_skips_is_kept(tmp_path: Path) -> None:
    """On a computer in Berlin, an Almaty item at 02:30 on the last Sunday of March became 03:30 when saved."""
    env = {**os.environ, "TZ": "Europe/Berlin", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _ROUND_TRIP], env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith("ok")
