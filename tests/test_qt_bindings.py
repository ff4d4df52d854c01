"""The Qt bindings must not corrupt CPython's reference counts (PySide6 6.12.0 does, on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont


def test_void_calls_leave_the_refcount_of_none_alone() -> None:
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(1000):
        font.setBold(True)
    # A leak of one reference per call would show as -1000 and abort the interpreter later on.
    assert abs(sys.getrefcount(None) - before) < 100
