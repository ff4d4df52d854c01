"""The `missionplanner` command: parses arguments, then runs the desktop app or one command.

Only what parsing needs is imported here: the desktop app and the commands import their own modules, so
neither pays at start-up for the other's.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from missionplanner import __version__
from missionplanner.domain.errors import MissionPlannerError
from missionplanner.i18n.languages import Language
from missionplanner.storage.location import ENV_DATABASE

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
log = logging.getLogger("missionplanner")


class UsageError(MissionPlannerError):
    """The command line itself is wrong."""


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing usage and exiting, so errors share one format."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see missionplanner --help)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="missionplanner",
        description="Plan business and trade delegation missions. With no command, opens the desktop app.",
    )
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help=f"database file (default: ${ENV_DATABASE} or missions.db in your user data folder)",
    )
    parser.add_argument(
        "--with-samples", action="store_true", help="seed the sample missions into a database that is new"
    )
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="open the desktop app and exit as soon as its window is painted (for measuring start-up)",
    )
    parser.add_argument(
        "--lang",
        choices=[language.value for language in Language],
        help="language of reports, exports and messages (default: the desktop app's choice, else the system's)",
    )
    parser.add_argument("--version", action="version", version=f"missionplanner {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    missions = commands.add_parser("missions", help="list missions (id, dates, status, title)")
    missions.add_argument("--json", action="store_true", help="print JSON instead of a table")

    export = commands.add_parser("export", help="write a mission to a JSON mission file")
    export.add_argument("mission_id", metavar="MISSION_ID", help="mission id (or its first characters)")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.json")

    imp = commands.add_parser("import", help="import a JSON mission file; prints the mission id")
    imp.add_argument("file", type=Path, metavar="FILE.json")
    imp.add_argument("--as-copy", action="store_true", help="give every imported record a fresh id")

    contacts = commands.add_parser(
        "import-contacts", help="import a people or organizations list (CSV or .xlsx) into the directory"
    )
    contacts.add_argument("file", type=Path, metavar="FILE", help="a .csv or .xlsx file with a header row")
    contacts.add_argument("--kind", choices=["people", "organizations"], default="people", help="(default: people)")
    contacts.add_argument("--mission", metavar="MISSION_ID", help="also add the people to this mission's delegation")
    contacts.add_argument("--role", help="delegation role for people whose row names none (default: member)")
    contacts.add_argument("--encoding", metavar="ENC", help="text encoding of a CSV file (default: detected)")
    contacts.add_argument("--delimiter", metavar="D", help="CSV column delimiter, or 'tab' (default: detected)")
    contacts.add_argument("--dry-run", action="store_true", help="check and report, but change nothing")
    contacts.add_argument("--json", action="store_true", help="print the counts and lists as JSON")

    backup = commands.add_parser("backup", help="back up the database now")
    backup.add_argument("--out", type=Path, metavar="FILE", help="where to write it (default: the backups folder)")

    restore = commands.add_parser(
        "restore", help="replace the database's content with a backup (the current content is backed up first)"
    )
    restore.add_argument("backup_file", type=Path, metavar="BACKUP_FILE")

    check = commands.add_parser(
        "check", help="check a mission's plan, or many missions, for conflicts (exit 1 when there are errors)"
    )
    check.add_argument("mission_id", nargs="?", metavar="MISSION_ID", help="mission id (or its first characters)")
    scope = check.add_mutually_exclusive_group()
    scope.add_argument("--all", action="store_true", help="check every mission (not templates or cancelled ones)")
    scope.add_argument("--upcoming", action="store_true", help="check the missions that have not ended yet")
    check.add_argument("--json", action="store_true", help="print the findings as JSON")

    clone = commands.add_parser("clone", help="make a new mission from a past one or a template; prints its id")
    clone.add_argument("mission_id", metavar="MISSION_ID", help="source mission id (or its first characters)")
    clone.add_argument("--start", type=_iso_date, required=True, metavar="YYYY-MM-DD", help="the new start date")
    clone.add_argument("--title", help="the new title (default: the source's, with its year updated)")
    clone.add_argument("--with-delegation", action="store_true", help="carry over the delegation")
    clone.add_argument("--with-follow-ups", action="store_true", help="turn open follow-ups into proposed items")
    clone.add_argument("--keep-weekdays", action="store_true", help="keep weekdays (start on or after --start)")

    follow_ups = commands.add_parser("follow-ups", help="list follow-ups not done, overdue first, then by due date")
    follow_ups.add_argument("--mission", metavar="MISSION_ID", help="only this mission's (id or its first characters)")
    follow_ups.add_argument("--owner", metavar="TEXT", help="only those whose owner contains TEXT (any case)")
    follow_ups.add_argument("--overdue", action="store_true", help="only those past due today")
    follow_ups.add_argument("--json", action="store_true", help="print JSON instead of a list")

    outcomes = commands.add_parser("outcomes", help="list outcomes: kind, status, counterparts, amount")
    outcomes.add_argument("--mission", metavar="MISSION_ID", help="only this mission's (id or its first characters)")
    outcomes.add_argument("--json", action="store_true", help="print JSON (amounts as exact decimal strings)")

    report = commands.add_parser("report", help="write a report of a mission as PDF or HTML (by the file's extension)")
    report.add_argument("mission_id", metavar="MISSION_ID", help="mission id (or its first characters)")
    report.add_argument(
        "--kind",
        required=True,
        choices=["itinerary", "personal", "briefing", "outcomes", "summary"],
        help="which report (personal: one participant's itinerary, needs --participant)",
    )
    report.add_argument("--participant", metavar="ID", help="participant id (or its first characters) for personal")
    report.add_argument(
        "--page-size",
        default="A4",
        type=lambda text: {"a4": "A4", "letter": "Letter"}.get(text.casefold(), text),
        choices=["A4", "Letter"],
        help="paper size (default: A4)",
    )
    report.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.html")

    ics = commands.add_parser("ics", help="write a mission's itinerary as an iCalendar file")
    ics.add_argument("mission_id", metavar="MISSION_ID", help="mission id (or its first characters)")
    ics.add_argument("--participant", metavar="ID", help="only this participant's items (id or its first characters)")
    ics.add_argument("--out", type=Path, required=True, metavar="FILE.ics")

    sheet = commands.add_parser("sheet", help="write a mission's itinerary or outcomes as a spreadsheet")
    sheet.add_argument("mission_id", metavar="MISSION_ID", help="mission id (or its first characters)")
    sheet.add_argument("--what", required=True, choices=["itinerary", "outcomes"], help="what to export")
    sheet.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx|FILE.csv")

    doctor = commands.add_parser("doctor", help="check the database's integrity and print a report")
    doctor.add_argument("--repair", action="store_true", help="rebuild the search index if it is out of date")
    return parser


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; use the form YYYY-MM-DD") from None


def env_database_set() -> bool:
    return bool(os.environ.get(ENV_DATABASE))


def run(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    if args.command is None:
        from missionplanner.ui.app import run_gui

        return run_gui(
            args.db,
            with_samples=args.with_samples,
            seed_default=args.db is None and not env_database_set(),
            quit_when_ready=args.quit_when_ready,
            language=args.lang,
        )
    from missionplanner.cli_commands import run_command

    return run_command(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script: one clear line on stderr and exit 2 on any error."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        return run(sys.argv[1:] if argv is None else argv)
    except SystemExit as exit_request:  # --help and --version
        return int(exit_request.code or 0)
    except MissionPlannerError as error:
        print(f"missionplanner: error: {error.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("missionplanner: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: say so in one line, keep the details out of the user's way
        log.debug("unexpected error", exc_info=True)
        print(
            f"missionplanner: unexpected error ({type(error).__name__}: {error}); nothing further was changed. "
            "Please report this with the command you ran.",
            file=sys.stderr,
        )
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
