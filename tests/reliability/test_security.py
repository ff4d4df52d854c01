"""Security checks as tests.

Covered elsewhere and referenced here: report HTML escapes all user text
(tests/reports/test_html.py::test_user_text_is_escaped_never_markup), spreadsheet exports neutralise
formulas (tests/reports/test_sheets.py::test_neutralise_prefixes_what_a_spreadsheet_would_run and the
xlsx/csv read-backs).
"""

from __future__ import annotations

import ast
import json
import os
from pathlib import Path

import missionplanner
from missionplanner.exchange.mission_files import import_mission_file
from missionplanner.exchange.samples import sample_files
from missionplanner.services.app import Services

PACKAGE = Path(missionplanner.__file__).parent
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
FORBIDDEN_MODULES = {"pickle", "marshal", "shelve", "dill", "yaml"}


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_eval_exec_or_pickle_anywhere_in_the_package() -> None:
    found = []
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in FORBIDDEN_CALLS:
                found.append(f"{path}:{node.lineno} {node.func.id}()")
            if isinstance(node, ast.Import):
                found += [f"{path}:{node.lineno} import {a.name}" for a in node.names if a.name in FORBIDDEN_MODULES]
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in FORBIDDEN_MODULES:
                found.append(f"{path}:{node.lineno} from {node.module}")
    assert found == []
    assert len(_modules()) > 20  # the scan did see the package


def _files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def test_the_importer_never_writes_outside_the_database(sample_services: Services, tmp_path: Path) -> None:
    """Ids and names that look like paths stay text in the database; no file appears anywhere."""
    document = json.loads(sample_files()[0].read_text(encoding="utf-8"))
    document["mission"]["title"] = "../../../../tmp/evil"
    document["mission"]["notes"] = "/etc/passwd; $(rm -rf ~)"
    for item in document.get("items", [])[:3]:
        item["title"] = "..\\..\\evil.txt"
    source = tmp_path / "in" / "mission.json"
    source.parent.mkdir()
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    watched = [tmp_path, Path.cwd()]
    before = {str(folder): _files_under(folder) for folder in watched if folder != Path.cwd()}
    cwd_before = set(os.listdir(Path.cwd()))
    mission_id, _ = import_mission_file(sample_services, source, as_copy=True)
    after = {str(folder): _files_under(folder) for folder in watched if folder != Path.cwd()}
    # Only the database's own files (and its WAL companions) may have changed in its folder.
    for folder, files in after.items():
        extra = {f for f in files - before[folder] if not f.startswith(sample_services.path.name)}
        assert extra == set()
    assert set(os.listdir(Path.cwd())) == cwd_before
    assert sample_services.missions.get(mission_id).title == "../../../../tmp/evil"
