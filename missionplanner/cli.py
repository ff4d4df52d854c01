"""The `missionplanner` command: parses arguments, calls services, prints results."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from missionplanner import __version__
from missionplanner.domain.checks import Severity
from missionplanner.domain.errors import MissionPlannerError
from missionplanner.domain.reference import country_name
from missionplanner.exchange.mission_files import export_mission_file, import_mission_file
from missionplanner.exchange.samples import seed_samples
from missionplanner.services.app import Services, open_services
from missionplanner.storage.database import ENV_DATABASE

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

    backup = commands.add_parser("backup", help="back up the database now")
    backup.add_argument("--out", type=Path, metavar="FILE", help="where to write it (default: the backups folder)")

    check = commands.add_parser("check", help="check a mission's plan for conflicts (exit 1 when there are errors)")
    check.add_argument("mission_id", metavar="MISSION_ID", help="mission id (or its first characters)")
    check.add_argument("--json", action="store_true", help="print the findings as JSON")

    doctor = commands.add_parser("doctor", help="check the database's integrity and print a report")
    doctor.add_argument("--repair", action="store_true", help="rebuild the search index if it is out of date")
    return parser


def _cmd_missions(services: Services, args: argparse.Namespace) -> int:
    summaries = services.missions.summaries()
    if args.json:
        rows = [
            {
                "id": s.id,
                "title": s.title,
                "start_date": s.start_date.isoformat(),
                "end_date": s.end_date.isoformat(),
                "status": s.status.value,
                "kind": s.kind.value,
                "destination_country": s.destination_country,
                "is_template": s.is_template,
            }
            for s in summaries
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not summaries:
        print("No missions yet. Import one with: missionplanner import FILE.json")
        return EXIT_OK
    for s in summaries:
        template = " [template]" if s.is_template else ""
        where = f" – {country_name(s.destination_country)}" if s.destination_country else ""
        print(f"{s.id}  {s.start_date} … {s.end_date}  {s.status.label:<11}  {s.title}{where}{template}")
    return EXIT_OK


def _cmd_export(services: Services, args: argparse.Namespace) -> int:
    mission_id = services.missions.resolve_id(args.mission_id)
    out = export_mission_file(services, mission_id, args.out)
    print(f"Exported '{services.missions.get(mission_id).title}' to {out}")
    return EXIT_OK


def _cmd_import(services: Services, args: argparse.Namespace) -> int:
    mission_id, _ = import_mission_file(services, args.file, as_copy=args.as_copy)
    print(mission_id)
    return EXIT_OK


def _cmd_backup(services: Services, args: argparse.Namespace) -> int:
    print(f"Backup written to {services.backup(args.out)}")
    return EXIT_OK


def _cmd_doctor(services: Services, args: argparse.Namespace) -> int:
    problems = services.doctor()
    if problems and args.repair:
        services.store.rebuild_search_index()
        problems = services.doctor()
    counts = services.store.counts()
    print(f"Database: {services.path}")
    print("Records: " + ", ".join(f"{n} {name}" for name, n in counts.items()))
    if not problems:
        print("Integrity check: ok. Foreign keys: ok. Search index: ok.")
        return EXIT_OK
    print(f"{len(problems)} problem(s) found:")
    for problem in problems:
        print(f"  - {problem}")
    print("Restore the database from a backup (see the backups folder beside it), or run doctor --repair.")
    return EXIT_FINDINGS


def _cmd_check(services: Services, args: argparse.Namespace) -> int:
    mission_id = services.missions.resolve_id(args.mission_id)
    findings = services.checks.check(mission_id)
    errors = [f for f in findings if f.severity == Severity.ERROR]
    if args.json:
        print(json.dumps([f.to_json() for f in findings], ensure_ascii=False, indent=2))
        return EXIT_FINDINGS if errors else EXIT_OK
    mission = services.missions.get(mission_id)
    print(f"{mission.title} ({mission.start_date} … {mission.end_date})")
    if not findings:
        print("No conflicts found.")
    for finding in findings:
        print(f"{finding.severity.value.upper():<8} {finding.rule:<20} {finding.message}")
    counts = {s: sum(f.severity == s for f in findings) for s in Severity}
    print(f"{counts[Severity.ERROR]} error(s), {counts[Severity.WARNING]} warning(s), {counts[Severity.INFO]} note(s).")
    return EXIT_FINDINGS if errors else EXIT_OK


COMMANDS: dict[str, Callable[[Services, argparse.Namespace], int]] = {
    "missions": _cmd_missions,
    "export": _cmd_export,
    "import": _cmd_import,
    "backup": _cmd_backup,
    "check": _cmd_check,
    "doctor": _cmd_doctor,
}


def open_for(args: argparse.Namespace) -> Services:
    """Open the chosen database; a new default database gets the sample missions."""
    explicit = args.db is not None
    services = open_services(args.db)
    seeded_by_default = not explicit and not _env_database_set() and services.created
    if services.created and (args.with_samples or seeded_by_default):
        seed_samples(services)
    return services


def _env_database_set() -> bool:
    return bool(os.environ.get(ENV_DATABASE))


def run(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    if args.command is None:
        from missionplanner.ui.app import run_gui

        return run_gui(
            args.db, with_samples=args.with_samples, seed_default=args.db is None and not _env_database_set()
        )
    services = open_for(args)
    try:
        return COMMANDS[args.command](services, args)
    finally:
        services.close()


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
