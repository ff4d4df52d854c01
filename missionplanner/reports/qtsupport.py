"""Qt set-up for rendering without a window: a GUI application when there is none, and the bundled fonts."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from missionplanner.domain.errors import MissionPlannerError
from missionplanner.resources import resources_dir

SANS = "DejaVu Sans"
SERIF = "DejaVu Serif"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf")

# Kept alive for the life of the process: Qt allows one application object and it must outlive every document.
_app: QGuiApplication | None = None


def ensure_gui_application() -> QCoreApplication:
    """The running Qt application, creating a headless QGuiApplication if there is none yet.

    Text layout and PDF writing need a QGuiApplication. From the command line, without a display, Qt's
    offscreen platform is chosen, so reports render on servers and in CI as they do on a desktop.
    """
    global _app
    app = QCoreApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["missionplanner"])
        app = _app
    if not isinstance(app, QGuiApplication):
        raise MissionPlannerError("Reports need a Qt GUI application, but a console-only one is running.")
    register_fonts()
    return app


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@cache
def register_fonts() -> tuple[str, ...]:
    """Register the bundled DejaVu fonts with Qt once; returns the families they provide.

    They carry Latin, Cyrillic and Turkmen Latin (ň ý ş ä ž ç ö ü), so a report prints the same on a
    machine that has none of these fonts installed.
    """
    families: list[str] = []
    for name in FONT_FILES:
        path = fonts_dir() / name
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        if font_id >= 0:
            families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return tuple(families)


def plain_letters(font: QFont) -> QFont:
    """Turn off "fi"/"fl" ligatures, so that text copied out of a PDF is plain letters."""
    font.setFeature(QFont.Tag("liga"), 0)
    return font
