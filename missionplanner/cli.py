"""The `missionplanner` command: parses arguments, then runs the desktop app or one command.

Only what parsing needs is imported here: the desktop app and the commands import their own modules, so
neither pays at start-up for the other's.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from missionplanner import __version__
from missionplanner.domain.errors import MissionPlannerError, quotable
from missionplanner.domain.translation import QT_TRANSLATE_NOOP, translate
from missionplanner.i18n.languages import Language, desktop_choice, resolve_language
from missionplanner.storage.location import ENV_DATABASE

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
log = logging.getLogger("missionplanner")


# argparse's own messages (Python 3.11) as they read once argparse has filled them in, with {name} where it
# puts a value. argparse takes its texts from gettext, which has no catalogue for them, so they always come
# out in English: _Parser.error matches them here and gives the user's language instead. Marked, not
# translated, here: the language is chosen at run time.
_ARGPARSE_MESSAGES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("CommandLine", "argument {argument}: {message}"),
    QT_TRANSLATE_NOOP("CommandLine", "invalid choice: {value} (choose from {choices})"),
    QT_TRANSLATE_NOOP("CommandLine", "the following arguments are required: {arguments}"),
    QT_TRANSLATE_NOOP("CommandLine", "one of the arguments {arguments} is required"),
    QT_TRANSLATE_NOOP("CommandLine", "unrecognized arguments: {arguments}"),
    QT_TRANSLATE_NOOP("CommandLine", "expected one argument"),
    QT_TRANSLATE_NOOP("CommandLine", "expected at most one argument"),
    QT_TRANSLATE_NOOP("CommandLine", "expected at least one argument"),
    QT_TRANSLATE_NOOP("CommandLine", "not allowed with argument {argument}"),
    QT_TRANSLATE_NOOP("CommandLine", "ignored explicit argument {value}"),
    QT_TRANSLATE_NOOP("CommandLine", "ambiguous option: {option} could match {matches}"),
    QT_TRANSLATE_NOOP("CommandLine", "invalid {type} value: {value}"),
)
_PLACEHOLDER = re.compile(r"\\\{(\w+)\\\}")


def _pattern(template: str) -> re.Pattern[str]:
    """`template` as a regular expression matching argparse's message, each {name} a named group."""
    return re.compile(_PLACEHOLDER.sub(r"(?P<\1>.+?)", re.escape(template)), re.DOTALL)


@cache
def _argparse_patterns() -> list[tuple[str, re.Pattern[str]]]:
    # Compiled on the first error, not at start-up (a millisecond or two the desktop app need not pay).
    return [(template, _pattern(template)) for template in _ARGPARSE_MESSAGES]


def argparse_message(message: str) -> str:
    """argparse's English `message` in the current language; anything else (our own texts) as it is."""
    for template, pattern in _argparse_patterns():
        found = pattern.fullmatch(message)
        if found is None:
            continue
        values = found.groupdict()
        if "message" in values:  # "argument --start: <its own message>"
            values["message"] = argparse_message(values["message"])
        return translate("CommandLine", template).format(**values)
    return message


class UsageError(MissionPlannerError):
    """The command line itself is wrong."""


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help with its own words ("usage:") in the current language."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, translate("CommandLine", "usage: ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing usage and exiting, so errors share one format and language;
    its help, its own headings included, is in the current language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs, add_help=False, formatter_class=_HelpFormatter)
        # argparse takes these from gettext, which has no catalogue for them.
        self._positionals.title = translate("CommandLine", "positional arguments")
        self._optionals.title = translate("CommandLine", "options")
        self.add_argument("-h", "--help", action="help", help=translate("CommandLine", "show this help and exit"))

    def error(self, message: str) -> None:  # type: ignore[override]
        text = translate("CommandLine", "{message} (see missionplanner --help)")
        raise UsageError(text.format(message=argparse_message(message)))


def _command(commands: Any, name: str, summary: str) -> argparse.ArgumentParser:
    """A command, its summary shown both in the list of commands and atop its own help."""
    parser: argparse.ArgumentParser = commands.add_parser(name, help=summary, description=summary)
    return parser


def _mission_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "mission_id", metavar="MISSION_ID", help=translate("CommandLine", "mission id (or its first characters)")
    )


def _mission_filter(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--mission",
        metavar="MISSION_ID",
        help=translate("CommandLine", "only this mission's (id or its first characters)"),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="missionplanner",
        description=translate(
            "CommandLine", "Plan business and trade delegation missions. With no command, opens the desktop app."
        ),
    )
    parser.add_argument(
        "--db",
        type=_file_path,
        metavar="PATH",
        help=translate(
            "CommandLine", "database file (default: ${variable} or missions.db in your user data folder)"
        ).format(variable=ENV_DATABASE),
    )
    parser.add_argument(
        "--with-samples",
        action="store_true",
        help=translate("CommandLine", "seed the sample missions into a database that is new"),
    )
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help=translate(
            "CommandLine", "open the desktop app and exit as soon as its window is painted (for measuring start-up)"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=[language.value for language in Language],
        help=translate(
            "CommandLine",
            "language of reports, exports and messages (default: the desktop app's choice, else the system's)",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"missionplanner {__version__}",
        help=translate("CommandLine", "show the version and exit"),
    )
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_Parser, title=translate("CommandLine", "commands")
    )

    missions = _command(commands, "missions", translate("CommandLine", "list missions (id, dates, status, title)"))
    missions.add_argument("--json", action="store_true", help=translate("CommandLine", "print JSON instead of a table"))

    export = _command(commands, "export", translate("CommandLine", "write a mission to a JSON mission file"))
    _mission_argument(export)
    export.add_argument("--out", type=_file_path, required=True, metavar="FILE.json")

    imp = _command(commands, "import", translate("CommandLine", "import a JSON mission file; prints the mission id"))
    imp.add_argument("file", type=_file_path, metavar="FILE.json")
    imp.add_argument(
        "--as-copy", action="store_true", help=translate("CommandLine", "give every imported record a fresh id")
    )

    contacts = _command(
        commands,
        "import-contacts",
        translate("CommandLine", "import a people or organizations list (CSV or .xlsx) into the directory"),
    )
    contacts.add_argument(
        "file", type=_file_path, metavar="FILE", help=translate("CommandLine", "a .csv or .xlsx file with a header row")
    )
    contacts.add_argument(
        "--kind",
        choices=["people", "organizations"],
        default="people",
        help=translate("CommandLine", "(default: people)"),
    )
    contacts.add_argument(
        "--mission",
        metavar="MISSION_ID",
        help=translate("CommandLine", "also add the people to this mission's delegation"),
    )
    contacts.add_argument(
        "--role", help=translate("CommandLine", "delegation role for people whose row names none (default: member)")
    )
    contacts.add_argument(
        "--encoding", metavar="ENC", help=translate("CommandLine", "text encoding of a CSV file (default: detected)")
    )
    contacts.add_argument(
        "--delimiter", metavar="D", help=translate("CommandLine", "CSV column delimiter, or 'tab' (default: detected)")
    )
    contacts.add_argument(
        "--sheet",
        metavar="NAME",
        help=translate("CommandLine", "the sheet of an .xlsx file to read (default: the first)"),
    )
    contacts.add_argument(
        "--dry-run", action="store_true", help=translate("CommandLine", "check and report, but change nothing")
    )
    contacts.add_argument(
        "--json", action="store_true", help=translate("CommandLine", "print the counts and lists as JSON")
    )

    backup = _command(commands, "backup", translate("CommandLine", "back up the database now"))
    backup.add_argument(
        "--out",
        type=_file_path,
        metavar="FILE",
        help=translate("CommandLine", "where to write it (default: the backups folder)"),
    )

    restore = _command(
        commands,
        "restore",
        translate(
            "CommandLine", "replace the database's content with a backup (the current content is backed up first)"
        ),
    )
    restore.add_argument("backup_file", type=_file_path, metavar="BACKUP_FILE")

    check = _command(
        commands,
        "check",
        translate(
            "CommandLine", "check a mission's plan, or many missions, for conflicts (exit 1 when there are errors)"
        ),
    )
    check.add_argument(
        "mission_id",
        nargs="?",
        metavar="MISSION_ID",
        help=translate("CommandLine", "mission id (or its first characters)"),
    )
    scope = check.add_mutually_exclusive_group()
    scope.add_argument(
        "--all",
        action="store_true",
        help=translate("CommandLine", "check every mission (not templates or cancelled ones)"),
    )
    scope.add_argument(
        "--upcoming", action="store_true", help=translate("CommandLine", "check the missions that have not ended yet")
    )
    check.add_argument("--json", action="store_true", help=translate("CommandLine", "print the findings as JSON"))

    clone = _command(
        commands, "clone", translate("CommandLine", "make a new mission from a past one or a template; prints its id")
    )
    clone.add_argument(
        "mission_id", metavar="MISSION_ID", help=translate("CommandLine", "source mission id (or its first characters)")
    )
    clone.add_argument(
        "--start",
        type=_iso_date,
        required=True,
        metavar="YYYY-MM-DD",
        help=translate("CommandLine", "the new start date"),
    )
    clone.add_argument(
        "--title", help=translate("CommandLine", "the new title (default: the source's, with its year updated)")
    )
    clone.add_argument(
        "--with-delegation", action="store_true", help=translate("CommandLine", "carry over the delegation")
    )
    clone.add_argument(
        "--with-follow-ups",
        action="store_true",
        help=translate("CommandLine", "turn open follow-ups into proposed items"),
    )
    clone.add_argument(
        "--keep-weekdays",
        action="store_true",
        help=translate("CommandLine", "keep weekdays (start on or after --start)"),
    )

    follow_ups = _command(
        commands, "follow-ups", translate("CommandLine", "list follow-ups not done, overdue first, then by due date")
    )
    _mission_filter(follow_ups)
    follow_ups.add_argument(
        "--owner", metavar="TEXT", help=translate("CommandLine", "only those whose owner contains TEXT (any case)")
    )
    follow_ups.add_argument(
        "--overdue", action="store_true", help=translate("CommandLine", "only those past due today")
    )
    follow_ups.add_argument(
        "--json", action="store_true", help=translate("CommandLine", "print JSON instead of a list")
    )

    outcomes = _command(
        commands, "outcomes", translate("CommandLine", "list outcomes: kind, status, counterparts, amount")
    )
    _mission_filter(outcomes)
    outcomes.add_argument(
        "--json", action="store_true", help=translate("CommandLine", "print JSON (amounts as exact decimal strings)")
    )

    report = _command(
        commands,
        "report",
        translate("CommandLine", "write a report of a mission as PDF or HTML (by the file's extension)"),
    )
    _mission_argument(report)
    report.add_argument(
        "--kind",
        required=True,
        choices=["itinerary", "personal", "briefing", "outcomes", "summary"],
        help=translate("CommandLine", "which report (personal: one participant's itinerary, needs --participant)"),
    )
    report.add_argument(
        "--participant",
        metavar="ID",
        help=translate("CommandLine", "participant id (or its first characters) for personal"),
    )
    report.add_argument(
        "--page-size",
        default="A4",
        type=lambda text: {"a4": "A4", "letter": "Letter"}.get(text.casefold(), text),
        choices=["A4", "Letter"],
        help=translate("CommandLine", "paper size (default: A4)"),
    )
    report.add_argument("--out", type=_file_path, required=True, metavar="FILE.pdf|FILE.html")

    ics = _command(commands, "ics", translate("CommandLine", "write a mission's itinerary as an iCalendar file"))
    _mission_argument(ics)
    ics.add_argument(
        "--participant",
        metavar="ID",
        help=translate("CommandLine", "only this participant's items (id or its first characters)"),
    )
    ics.add_argument("--out", type=_file_path, required=True, metavar="FILE.ics")

    sheet = _command(
        commands, "sheet", translate("CommandLine", "write a mission's itinerary or outcomes as a spreadsheet")
    )
    _mission_argument(sheet)
    sheet.add_argument(
        "--what", required=True, choices=["itinerary", "outcomes"], help=translate("CommandLine", "what to export")
    )
    sheet.add_argument("--out", type=_file_path, required=True, metavar="FILE.xlsx|FILE.csv")

    doctor = _command(commands, "doctor", translate("CommandLine", "check the database's integrity and print a report"))
    doctor.add_argument(
        "--repair", action="store_true", help=translate("CommandLine", "rebuild the search index if it is out of date")
    )
    return parser


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        message = translate("CommandLine", "'{text}' is not a date; use the form YYYY-MM-DD")
        raise argparse.ArgumentTypeError(message.format(text=quotable(text))) from None


def _file_path(text: str) -> Path:
    """A file argument. An empty one is refused: Path('') is the current folder, never the file meant."""
    if not text.strip():
        raise argparse.ArgumentTypeError(translate("CommandLine", "the file name is empty; give a file name"))
    return Path(text)


# C0 controls except tab and newline, DEL and the C1 controls: a terminal acts on them (ESC [ … moves the
# cursor and rewrites the screen, CR overwrites the line), so text from files must not reach it raw.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """`text` safe to print on a terminal: control characters shown as escapes such as \\x1b."""
    return _CONTROL.sub(lambda found: f"\\x{ord(found.group()):02x}", text)


def env_database_set() -> bool:
    return bool(os.environ.get(ENV_DATABASE))


class _LanguageOption(argparse.ArgumentParser):
    """Reads only --lang, before the real parsing, so that the real parser's errors are in that language."""

    def __init__(self) -> None:
        super().__init__(add_help=False)
        self.add_argument("--lang")

    def error(self, message: str) -> None:  # type: ignore[override]
        raise ValueError(message)  # the real parser reports it, in the default language


def _asks_for_help(argument: str) -> bool:
    """-h, --help, or an abbreviation of it that argparse accepts (--he, --hel)."""
    return argument == "-h" or (len(argument) >= 3 and "--help".startswith(argument))


def _language_choice(argv: Sequence[str]) -> str | None:
    """The valid --lang given in `argv`, else None."""
    try:
        chosen = _LanguageOption().parse_known_args(list(argv))[0].lang
    except ValueError:
        return None
    return chosen if chosen in {language.value for language in Language} else None


def run(argv: Sequence[str]) -> int:
    argv = list(argv)
    if any(_asks_for_help(argument) for argument in argv):
        _speak(_language_choice(argv))  # the help is worded as the parser is built
    try:
        args = build_parser().parse_args(argv)
    except UsageError:
        # Parsed again in the language chosen, which words argparse's errors and ours as they are made.
        # Only then: the desktop app sets its language itself, and its start-up should not pay for it twice.
        _speak(_language_choice(argv))
        build_parser().parse_args(argv)
        raise
    if args.command is None:
        # The Qt-free modules first: once PySide6 is loaded it reads the source of every module imported
        # after it (looking for `from __feature__ import`), a tenth of the desktop app's start-up.
        import missionplanner.services.app  # noqa: F401
        from missionplanner.ui.app import run_gui

        return run_gui(
            args.db,
            with_samples=args.with_samples,
            seed_default=args.db is None and not env_database_set(),
            quit_when_ready=args.quit_when_ready,
            language=args.lang,
        )
    from missionplanner.cli_commands import run_command  # before Qt, as above

    _speak(args.lang)
    return run_command(args)


def _speak(choice: str | None) -> None:
    """Use the language given, else the desktop app's choice, else the system's."""
    from missionplanner.i18n.catalog import activate  # loads Qt: only once the modules above are in

    activate(resolve_language(choice or desktop_choice()))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script: one clear line on stderr and exit 2 on any error.

    "missionplanner: error:" stays in English whatever the language: scripts look for it.
    """
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        return run(sys.argv[1:] if argv is None else argv)
    except SystemExit as exit_request:  # --help and --version
        return int(exit_request.code or 0)
    except MissionPlannerError as error:
        print(f"missionplanner: error: {printable(error.message)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"missionplanner: {translate('CommandLine', 'interrupted')}", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: say so in one line, keep the details out of the user's way
        log.debug("unexpected error", exc_info=True)
        text = translate(
            "CommandLine",
            "unexpected error ({error}); nothing further was changed. Please report this with the command you ran.",
        )
        print(f"missionplanner: {printable(text.format(error=f'{type(error).__name__}: {error}'))}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
