"""The command line's own messages: in the chosen language, clear about empty paths and short ids, and
never writing a control character from user data raw to the terminal."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from missionplanner.cli import argparse_message, build_parser, printable
from missionplanner.i18n.catalog import Catalog, activate
from missionplanner.i18n.languages import Language
from tests.cli.conftest import Run
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID

# What a terminal acts on: C0 controls but tab and newline, DEL, C1 controls.
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """`--lang ru` switches the whole process: put English back for the tests that follow."""
    yield
    activate(Language.ENGLISH)


@pytest.fixture
def db(cli: Run, tmp_path: Path) -> Path:
    path = tmp_path / "m.db"
    assert cli("--db", path, "--with-samples", "missions").code == 0
    return path


@pytest.fixture
def marked_russian(monkeypatch: pytest.MonkeyPatch) -> None:
    """Russian answers every CommandLine text as ‹English›: shows which texts went through `translate`,
    whatever the Russian catalogue holds yet."""
    original = Catalog.translate

    def marked(self: Catalog, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if self.language is Language.RUSSIAN and context == "CommandLine":
            return f"‹{source}›"
        return original(self, context, source, disambiguation, n)

    monkeypatch.setattr(Catalog, "translate", marked)


def _message(err: str) -> str:
    """The error's text after the fixed "missionplanner: error: " (which scripts look for, so never translated)."""
    assert err.startswith("missionplanner: error: "), err
    return err.removeprefix("missionplanner: error: ").strip()


# --- 1. --lang reaches argparse's messages and the commands' own errors ------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["clone", KAZAKHSTAN_MISSION_ID[:4], "--start", "2025-02-30"],
            "‹‹argument --start: ‹'2025-02-30' is not a date; use the form YYYY-MM-DD›› (see missionplanner --help)›",
        ),
        (["frobnicate"], "‹‹argument COMMAND: ‹invalid choice: 'frobnicate' (choose from 'missions',"),
        (
            ["export", BELARUS_MISSION_ID[:8]],
            "‹‹the following arguments are required: --out› (see missionplanner --help)›",
        ),
        (["missions", "--colour"], "‹‹unrecognized arguments: --colour› (see missionplanner --help)›"),
        (["check", "--all", "--upcoming"], "‹‹argument --upcoming: ‹not allowed with argument --all›› (see"),
        (["check", "--json=yes"], "‹‹argument --json: ‹ignored explicit argument 'yes'›› (see"),
        (["report", BELARUS_MISSION_ID[:8], "--out", "r.pdf", "--kind"], "‹‹argument --kind: ‹expected one argument››"),
        (["check", BELARUS_MISSION_ID[:8], "--all"], "‹give a mission id or --all/--upcoming, not both›"),
        (["check"], "‹give the mission to check (MISSION_ID), or --all or --upcoming›"),
    ],
)
def test_lang_translates_every_command_line_error(
    cli: Run, db: Path, marked_russian: None, args: list[str], expected: str
) -> None:
    result = cli("--db", db, "--lang", "ru", *args)
    result.assert_error()
    assert _message(result.err).startswith(expected), result.err


def test_an_unknown_role_is_reported_in_the_chosen_language(
    cli: Run, db: Path, tmp_path: Path, marked_russian: None
) -> None:
    people = tmp_path / "people.csv"
    people.write_text("Name\nAida Berdieva\n", encoding="utf-8")
    result = cli("--db", db, "--lang", "ru", "import-contacts", people, "--role", "boss")
    result.assert_error()
    assert _message(result.err) == "‹'boss' is not a delegation role; use one such as member or head_of_delegation›"


def test_english_messages_are_unchanged_without_lang(cli: Run, db: Path) -> None:
    result = cli("--db", db, "clone", KAZAKHSTAN_MISSION_ID[:4], "--start", "2025-02-30")
    result.assert_error()
    assert _message(result.err) == (
        "argument --start: '2025-02-30' is not a date; use the form YYYY-MM-DD (see missionplanner --help)"
    )


def test_argparse_messages_it_does_not_know_pass_through() -> None:
    assert argparse_message("something argparse 3.14 says") == "something argparse 3.14 says"
    assert argparse_message("argument --x: a message of our own") == "argument --x: a message of our own"


# These need the Russian texts proposed for resources/translations/missionplanner_ru.ts (CommandLine context).
@pytest.mark.parametrize(
    ("args", "russian"),
    [
        (
            ["clone", KAZAKHSTAN_MISSION_ID[:4], "--start", "2025-02-30"],
            "аргумент --start: «2025-02-30» — не дата; укажите дату в формате YYYY-MM-DD (см. missionplanner --help)",
        ),
        (["frobnicate"], "аргумент COMMAND: недопустимое значение 'frobnicate' (допустимые: 'missions',"),
        (["export", BELARUS_MISSION_ID[:8]], "не указаны обязательные аргументы: --out (см. missionplanner --help)"),
        (["check", BELARUS_MISSION_ID[:8], "--all"], "укажите либо идентификатор миссии, либо --all/--upcoming"),
        (["check", "5eb"], "укажите не менее 4 символов идентификатора"),
    ],
)
def test_errors_in_russian(cli: Run, db: Path, args: list[str], russian: str) -> None:
    result = cli("--db", db, "--lang", "ru", *args)
    result.assert_error(russian)


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                yield from _parsers(command)


def test_every_help_text_goes_through_translate(marked_russian: None) -> None:
    activate(Language.RUSSIAN)
    parsers = list(_parsers(build_parser()))
    assert len(parsers) == 15  # the program and its 14 commands
    texts = []
    for parser in parsers:
        texts += [parser.description, parser._positionals.title, parser._optionals.title]
        texts += [action.help for action in parser._actions if action.help is not None]
        texts += [group.title for group in parser._action_groups]
        usage = parser.format_usage()
        assert usage.startswith("‹usage: ›"), usage
    unmarked = [text for text in texts if not (text and text.startswith("‹"))]
    assert unmarked == []


def test_help_in_russian(cli: Run) -> None:
    result = cli("--lang", "ru", "--help")
    assert result.code == 0
    assert result.out.startswith("использование: missionplanner")
    shown = ("команды:", "параметры:", "показать эту справку и выйти", "список миссий (id, даты, статус, название)")
    for text in shown:
        assert text in result.out
    assert cli("--lang", "ru", "--hel").out == result.out  # argparse takes an abbreviation too
    check = cli("--lang", "ru", "check", "--help")
    assert "проверить ещё не завершившиеся миссии" in check.out
    assert "позиционные аргументы:" in check.out


# --- 2. An empty path is refused while parsing ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["--db", "", "missions"], "--db"),
        (["--db", "  ", "missions"], "--db"),
        (["export", BELARUS_MISSION_ID[:8], "--out", ""], "--out"),
        (["import", ""], "FILE.json"),
        (["import-contacts", ""], "FILE"),
        (["backup", "--out", ""], "--out"),
        (["restore", ""], "BACKUP_FILE"),
        (["report", BELARUS_MISSION_ID[:8], "--kind", "itinerary", "--out", ""], "--out"),
        (["ics", BELARUS_MISSION_ID[:8], "--out", ""], "--out"),
        (["sheet", BELARUS_MISSION_ID[:8], "--what", "outcomes", "--out", ""], "--out"),
    ],
)
def test_an_empty_path_is_refused_naming_the_option(
    cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], option: str
) -> None:
    monkeypatch.chdir(tmp_path)  # an empty path would have meant this folder
    db_args = [] if args[0] == "--db" else ["--db", str(tmp_path / "m.db")]
    result = cli(*db_args, *args)
    result.assert_error(f"argument {option}: the file name is empty; give a file name")
    assert list(tmp_path.iterdir()) == []  # refused before the database was opened or anything written


# --- 3. A too short id prefix says so -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["check", "5eb"],
        ["export", "5eb", "--out", "x.json"],
        ["clone", "5e", "--start", "2026-05-22"],
        ["outcomes", "--mission", "5eb"],
        ["follow-ups", "--mission", "5eb"],
    ],
)
def test_a_short_id_prefix_asks_for_four_characters(cli: Run, db: Path, args: list[str]) -> None:
    cli("--db", db, *args).assert_error("No mission with id", "give at least 4 characters of the id")


def test_four_characters_are_enough_and_an_unknown_long_id_is_not_found(cli: Run, db: Path) -> None:
    assert cli("--db", db, "check", BELARUS_MISSION_ID[:4]).code == 0
    result = cli("--db", db, "check", "zzzzzzzz")
    result.assert_error("No mission with id 'zzzzzzzz'")
    assert "4 characters" not in result.err


# --- 4. Control characters from user data never reach the terminal raw ---------------------------------------

HOSTILE_TITLE = "\x1b[2J\x1b]0;pwned\x07Visit\rfake\x00 \x9b31m\x7f end\ttabbed"


def test_control_characters_in_titles_are_shown_escaped(cli: Run, db: Path) -> None:
    cloned = cli("--db", db, "clone", BELARUS_MISSION_ID[:8], "--start", "2026-05-22", "--title", HOSTILE_TITLE)
    assert cloned.code == 0, cloned.err
    assert not RAW_CONTROL.search(cloned.out + cloned.err), repr(cloned.err)
    assert r"\x1b[2J\x1b]0;pwned\x07Visit\x0dfake\x00 \x9b31m\x7f end" in cloned.err
    new_id = cloned.out.strip()

    for args in (["missions"], ["check", new_id]):
        result = cli("--db", db, *args)
        assert result.code in (0, 1), result.err
        assert not RAW_CONTROL.search(result.out + result.err), (args, repr(result.out))
        assert r"\x1b[2J" in result.out, (args, result.out)
        assert "\ttabbed" in result.out  # tab is harmless and kept


def test_json_output_escapes_control_characters_and_stays_valid(cli: Run, db: Path) -> None:
    cloned = cli("--db", db, "clone", BELARUS_MISSION_ID[:8], "--start", "2026-05-22", "--title", HOSTILE_TITLE)
    assert cloned.code == 0, cloned.err
    result = cli("--db", db, "missions", "--json")
    assert result.code == 0
    assert not RAW_CONTROL.search(result.out.replace("\n", "")), repr(result.out)
    titles = {mission["title"] for mission in json.loads(result.out)}
    assert HOSTILE_TITLE in titles  # escaped for the terminal, not altered


def test_printable_keeps_ordinary_text() -> None:
    text = "Türkmenbaşy – Минск\tday 1\nday 2 «ok» \u00a0"
    assert printable(text) == text
    assert printable("a\x1bb\x9bc\x00") == r"a\x1bb\x9bc\x00"
