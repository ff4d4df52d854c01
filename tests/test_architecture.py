"""The layering rules of ARCHITECTURE.md, checked on every test run."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "missionplanner"
SQL = re.compile(r"\b(SELECT\s+.+\s+FROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE|PRAGMA\s)", re.I)


def _modules(outside: str) -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if outside not in p.relative_to(PACKAGE).parts]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{a.name}" for a in node.names}
    return names


def test_import_linter_contracts_are_kept() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is not installed in this environment"
    result = subprocess.run(
        [lint_imports, "--no-cache"], capture_output=True, text=True, cwd=PACKAGE.parent, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_qt_widgets_only_in_ui() -> None:
    offenders = [str(p) for p in _modules("ui") if any("QtWidgets" in name for name in _imports(p))]
    assert offenders == []


def test_no_sql_outside_storage() -> None:
    offenders = [str(p) for p in _modules("storage") if SQL.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def _loaded_in_order(code: str, home: Path) -> list[str]:
    """The modules a fresh interpreter imports running `code`, in the order it imports them."""
    isolated = {name: str(home / name.lower()) for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME")}
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        cwd=PACKAGE.parent,
        check=True,
        env={**os.environ, **isolated, "QT_QPA_PLATFORM": "offscreen"},
    )
    timings = [line for line in result.stderr.splitlines() if line.startswith("import time:")]
    return [line.rsplit("|", 1)[1].strip() for line in timings[1:]]  # after the header line


def test_the_command_line_and_the_services_load_without_qt(tmp_path: Path) -> None:
    # PySide6 reads the source of every module imported after it: the desktop app imports these first.
    code = "import missionplanner.cli, missionplanner.cli_commands, missionplanner.services.app"
    loaded = _loaded_in_order(code, tmp_path)
    assert "missionplanner.services.app" in loaded
    assert not [name for name in loaded if name.startswith(("PySide6", "shiboken6"))]


def test_the_desktop_app_imports_its_services_before_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from missionplanner.cli import main; "
        f"sys.exit(main(['--db', {str(tmp_path / 'start.db')!r}, '--quit-when-ready']))"
    )
    loaded = _loaded_in_order(code, tmp_path)
    assert loaded.index("missionplanner.storage.database") < loaded.index("PySide6.QtCore")
