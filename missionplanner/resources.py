"""Where the bundled resources (samples, templates, icons) live, installed or in a source tree."""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    bundled = Path(__file__).parent / "resources"
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parent.parent / "resources"
