"""Keep the translation sources current: `python -m missionplanner.i18n.maintenance`.

Lists the report templates' texts for pyside6-lupdate, updates resources/translations/*.ts from the
sources (new texts arrive marked unfinished for the translator), and compiles them to .qm.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import PySide6

from missionplanner.i18n.catalog import TRANSLATIONS, catalogue_path
from missionplanner.i18n.extraction import complete, read_translations, texts_under
from missionplanner.i18n.languages import Language

PACKAGE = Path(__file__).resolve().parents[1]
TEMPLATES = PACKAGE.parent / "resources" / "templates" / "reports"
TEMPLATE_TEXTS = PACKAGE / "reports" / "template_texts.py"
TRANSLATED = [language for language in Language if language is not Language.ENGLISH]
# How many plural forms each language's translations give (Qt's rules for the language decide which is used).
PLURAL_FORMS = {Language.RUSSIAN: 3}

# _("text") and _n("%n text(s)", count) in the templates; the texts never contain a double quote.
_CALLS = re.compile(r"""\b(_n?)\(\s*"([^"\\]*)"\s*[,)]""")


def template_texts() -> list[tuple[str, bool]]:
    """(text, is_plural) for every translatable text in the report templates, in first-seen order."""
    found: dict[str, bool] = {}
    for template in sorted(TEMPLATES.glob("*.j2")):
        for call, text in _CALLS.findall(template.read_text(encoding="utf-8")):
            found.setdefault(text, call == "_n")
    return list(found.items())


def template_texts_module() -> str:
    """The source of reports/template_texts.py for the templates as they are now."""
    lines = [
        '"""The report templates\' texts, listed so pyside6-lupdate finds them (generated: do not edit).',
        "",
        "Regenerate with `python -m missionplanner.i18n.maintenance` after changing a template.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from missionplanner.domain.translation import translate",
        "",
        "",
        "def _listed_for_translators() -> None:",
    ]
    for text, plural in template_texts():
        count = ", None, 2" if plural else ""
        lines.append(f'    translate("Report", "{text}"{count})')
    if len(lines) == 11:
        lines.append("    pass")
    return "\n".join(lines) + "\n"


def _tool(name: str) -> str:
    return str(Path(PySide6.__file__).parent / name)


def update_sources(ts_file: Path, language: Language) -> None:
    """Bring `ts_file` up to date with the sources: lupdate, then what lupdate misses in Python (see extraction)."""
    previous = read_translations(ts_file)
    run_lupdate(ts_file, language)
    complete(ts_file, texts_under(PACKAGE), previous, PLURAL_FORMS.get(language, 2))


def run_lupdate(ts_file: Path, language: Language) -> subprocess.CompletedProcess[str]:
    """Run lupdate over the package into `ts_file` (dropping texts no longer in the sources)."""
    command = [
        _tool("lupdate"),
        "-silent",
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        language.value,
        "-extensions",
        "py",
        str(PACKAGE),
        "-ts",
        str(ts_file),
    ]
    return subprocess.run(command, check=True, capture_output=True, text=True)


def compile_catalogue(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def main() -> int:
    TEMPLATE_TEXTS.write_text(template_texts_module(), encoding="utf-8")
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in TRANSLATED:
        ts_file = catalogue_path(language, ".ts")
        update_sources(ts_file, language)
        compile_catalogue(ts_file, catalogue_path(language))
        print(f"updated {ts_file.relative_to(PACKAGE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
