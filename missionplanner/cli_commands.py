"""The commands of `missionplanner`: each opens the database, calls services and prints the result."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from missionplanner.cli import EXIT_FINDINGS, EXIT_OK, UsageError, env_database_set, printable
from missionplanner.domain.checks import Finding, Severity
from missionplanner.domain.cloning import CloneOptions
from missionplanner.domain.errors import NotFoundError, quotable
from missionplanner.domain.progress import Progress
from missionplanner.domain.reference import country_name
from missionplanner.domain.translation import translate
from missionplanner.domain.validation import SHORTEST_ID_PREFIX
from missionplanner.exchange.mission_files import export_mission_file, import_mission_file
from missionplanner.exchange.samples import seed_samples
from missionplanner.services.app import Services, open_services
from missionplanner.services.backups import restore_backup
from missionplanner.services.city_reference import ReferenceFileError
from missionplanner.storage.location import default_database_path


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed command `args.command` on the chosen database (cli.run has set the language)."""
    if args.command == "restore":
        return _cmd_restore(args)
    services = open_for(args)
    try:
        return COMMANDS[args.command](services, args)
    finally:
        services.close()


def _say(text: object, *, err: bool = False) -> None:
    """Print one line for a person: every text line of the commands goes through here, so that control
    characters in titles and names read from files cannot drive the terminal."""
    print(printable(str(text)), file=sys.stderr if err else sys.stdout)


# json.dumps escapes C0 controls itself; with ensure_ascii=False it leaves DEL and the C1 controls raw.
_RAW_IN_JSON = re.compile(r"[\x7f-\x9f]")


def _say_json(data: object, *, indent: int | None = 2) -> None:
    """Print `data` as JSON that stays valid and shows no control character raw."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    print(_RAW_IN_JSON.sub(lambda found: f"\\u{ord(found.group()):04x}", text))


def _mission_id(services: Services, text: str) -> str:
    """The mission `text` names (its id or first characters); too short a prefix is told as such."""
    try:
        return services.missions.resolve_id(text)
    except NotFoundError:
        typed = text.strip()
        if len(typed) < SHORTEST_ID_PREFIX:
            message = translate("CommandLine", "No mission with id '{id}'; give at least {count} characters of the id.")
            raise UsageError(message.format(id=quotable(typed), count=SHORTEST_ID_PREFIX)) from None
        raise


def _severity(finding: Finding) -> str:
    """The finding's severity as the column tag of a findings list."""
    tags = {
        Severity.ERROR: translate("CommandLine", "ERROR"),
        Severity.WARNING: translate("CommandLine", "WARNING"),
        Severity.INFO: translate("CommandLine", "INFO"),
    }
    return tags[finding.severity]


def _finding_line(finding: Finding) -> str:
    return f"{_severity(finding):<8} {finding.rule:<20} {finding.message}"


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
        _say_json(rows)
        return EXIT_OK
    if not summaries:
        _say(translate("CommandLine", "No missions yet. Import one with: missionplanner import FILE.json"))
        return EXIT_OK
    for s in summaries:
        template = translate("CommandLine", " [template]") if s.is_template else ""
        where = f" – {country_name(s.destination_country)}" if s.destination_country else ""
        _say(f"{s.id}  {s.start_date} … {s.end_date}  {s.status.label:<11}  {s.title}{where}{template}")
    return EXIT_OK


def _cmd_export(services: Services, args: argparse.Namespace) -> int:
    mission_id = _mission_id(services, args.mission_id)
    out = export_mission_file(services, mission_id, args.out)
    title = services.missions.get(mission_id).title
    _say(translate("CommandLine", "Exported '{title}' to {path}").format(title=title, path=out))
    return EXIT_OK


def _cmd_import(services: Services, args: argparse.Namespace) -> int:
    mission_id, _ = import_mission_file(services, args.file, as_copy=args.as_copy)
    _say(mission_id)
    return EXIT_OK


def _cmd_import_contacts(services: Services, args: argparse.Namespace) -> int:
    from missionplanner.domain.people_import import parse_role
    from missionplanner.exchange.people_import import import_table
    from missionplanner.exchange.table_files import read_table

    role = None
    if args.role:
        role = parse_role(args.role)
        if role is None:
            message = translate(
                "CommandLine", "'{role}' is not a delegation role; use one such as member or head_of_delegation"
            )
            raise UsageError(message.format(role=quotable(args.role)))
    mission_id = _mission_id(services, args.mission) if args.mission else None
    table = read_table(args.file, encoding=args.encoding, delimiter=args.delimiter, sheet=args.sheet)
    ops, _ = import_table(services, table, args.kind, mission_id=mission_id, role=role, dry_run=args.dry_run)
    report = ops.report(dry_run=args.dry_run)
    if args.json:
        _say_json({"file": str(args.file), **report})
        return EXIT_OK
    for match in report["matched_records"]:
        text = translate("CommandLine", "Row {row}: matched {entity} '{name}' with '{existing}' ({score}%)")
        _say(
            text.format(
                row=match["row"],
                entity=match["entity"],
                name=match["name"],
                existing=match["existing_name"],
                score=f"{match['score']:.0f}",
            )
        )
    for skipped in report["skipped"]:
        _say(
            translate("CommandLine", "Row {row}: skipped: {reason}").format(
                row=skipped["row"], reason=skipped["reason"]
            )
        )
    for row in report["already_in_delegation"]:
        text = translate("CommandLine", "Row {row}: '{name}' is already in the delegation")
        _say(text.format(row=row["row"], name=row["name"]))
    created, matched = report["created"], report["matched"]
    counts = {
        "created_contacts": created["contacts"],
        "created_organizations": created["organizations"],
        "created_members": created["participants"],
        "matched_contacts": matched["contacts"],
        "matched_organizations": matched["organizations"],
        "skipped": len(report["skipped"]),
    }
    if args.dry_run:
        text = translate(
            "CommandLine",
            "Dry run, nothing was changed: would have created {created_contacts} contact(s), "
            "{created_organizations} organization(s), {created_members} delegation member(s); matched "
            "{matched_contacts} contact(s), {matched_organizations} organization(s); skipped {skipped} row(s).",
        )
    else:
        text = translate(
            "CommandLine",
            "Created {created_contacts} contact(s), {created_organizations} organization(s), {created_members} "
            "delegation member(s); matched {matched_contacts} contact(s), {matched_organizations} "
            "organization(s); skipped {skipped} row(s).",
        )
    _say(text.format(**counts))
    return EXIT_OK


def _cmd_backup(services: Services, args: argparse.Namespace) -> int:
    _say(translate("CommandLine", "Backup written to {path}").format(path=services.backup(args.out)))
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    """Restore without opening the current database first: it may be the damaged one being replaced."""
    result = restore_backup(args.db or default_database_path(), args.backup_file)
    if result.previous_content is not None:
        text = translate("CommandLine", "The previous content was backed up to {path}")
        _say(text.format(path=result.previous_content))
    text = translate("CommandLine", "Restored {database} from {backup} ({missions} missions).")
    _say(text.format(database=result.database, backup=result.restored_from, missions=result.missions))
    if result.problems:
        found = len(result.problems)
        _say(translate("CommandLine", "%n problem(s) found by doctor:", None, found))
        for problem in result.problems:
            _say(f"  - {problem}")
        return EXIT_FINDINGS
    _say(translate("CommandLine", "Integrity check: ok. Foreign keys: ok. Search index: ok."))
    return EXIT_OK


def _cmd_doctor(services: Services, args: argparse.Namespace) -> int:
    report = services.store.integrity_report()
    if report.problems and args.repair:
        services.store.rebuild_search_index()
        report = services.store.integrity_report()
    problems = report.problems
    counts = services.store.counts()
    _say(translate("CommandLine", "Database: {path}").format(path=services.path))
    records = ", ".join(_record_count(name, n) for name, n in counts.items())
    _say(translate("CommandLine", "Records: {counts}").format(counts=records))
    if problems:
        found = len(problems)
        _say(translate("CommandLine", "%n problem(s) found:", None, found))
        for problem in problems:
            _say(f"  - {problem}")
        if not report.stale_search_indexes:  # all --repair rebuilds
            advice = translate(
                "CommandLine",
                "doctor --repair cannot fix these: restore the database from a backup (see the backups folder "
                "beside it).",
            )
        else:
            advice = translate(
                "CommandLine",
                "Restore the database from a backup (see the backups folder beside it), or run doctor --repair.",
            )
        _say(advice)
    else:
        _say(translate("CommandLine", "Integrity check: ok. Foreign keys: ok. Search index: ok."))
    try:
        services.cities.prepare()
    except ReferenceFileError as error:
        _say(error.message)
        return EXIT_FINDINGS
    _say(translate("CommandLine", "Reference cities: ok."))
    return EXIT_FINDINGS if problems else EXIT_OK


def _record_count(table: str, count: int) -> str:
    """'3 missions', '1 follow-up': how many records of one kind the database holds (Store.counts' keys)."""
    texts = {
        "missions": translate("CommandLine", "%n mission(s)", None, count),
        "organizations": translate("CommandLine", "%n organization(s)", None, count),
        "contacts": translate("CommandLine", "%n contact(s)", None, count),
        "participants": translate("CommandLine", "%n participant(s)", None, count),
        "items": translate("CommandLine", "%n itinerary item(s)", None, count),
        "outcomes": translate("CommandLine", "%n outcome(s)", None, count),
        "follow-ups": translate("CommandLine", "%n follow-up(s)", None, count),
    }
    return texts.get(table, f"{count} {table}")  # a kind added to Store.counts later: still shown


class _TerminalProgress(Progress):
    """Shows how far a long command has got on a terminal's last line (nothing when piped)."""

    def advance(self, steps: int = 1) -> None:
        super().advance(steps)
        done, total, text = self.state()
        if sys.stderr.isatty() and (done % 50 == 0 or done == total):
            end = "\n" if done == total else ""
            print(f"\r{printable(text)} {done:,}/{total:,}", end=end, file=sys.stderr, flush=True)


def _cmd_check(services: Services, args: argparse.Namespace) -> int:
    if args.all or args.upcoming:
        if args.mission_id:
            raise UsageError(translate("CommandLine", "give a mission id or --all/--upcoming, not both"))
        return _check_many(services, args)
    if not args.mission_id:
        raise UsageError(translate("CommandLine", "give the mission to check (MISSION_ID), or --all or --upcoming"))
    mission_id = _mission_id(services, args.mission_id)
    findings = services.checks.check(mission_id)
    errors = [f for f in findings if f.severity == Severity.ERROR]
    if args.json:
        _say_json([f.to_json() for f in findings])
        return EXIT_FINDINGS if errors else EXIT_OK
    mission = services.missions.get(mission_id)
    _say(f"{mission.title} ({mission.start_date} … {mission.end_date})")
    if not findings:
        _say(translate("CommandLine", "No conflicts found."))
    for finding in findings:
        _say(_finding_line(finding))
    counts = {s: sum(f.severity == s for f in findings) for s in Severity}
    text = translate("CommandLine", "{errors} error(s), {warnings} warning(s), {notes} note(s).")
    _say(text.format(errors=counts[Severity.ERROR], warnings=counts[Severity.WARNING], notes=counts[Severity.INFO]))
    return EXIT_FINDINGS if errors else EXIT_OK


def _check_many(services: Services, args: argparse.Namespace) -> int:
    missions = services.checks.missions_to_check(ending_from=date.today() if args.upcoming else None)
    found = services.checks.check_missions(missions, _TerminalProgress())
    failing = sum(f.errors > 0 for f in found)
    if args.json:
        _say_json({"checked": len(missions), "missions": [f.to_json() for f in found]}, indent=None)
        return EXIT_FINDINGS if failing else EXIT_OK
    text = translate("CommandLine", "Checked {count} missions: {errors} with errors, {warnings} with warnings only.")
    _say(text.format(count=len(missions), errors=failing, warnings=len(found) - failing))
    counts = translate("CommandLine", "{errors} error(s), {warnings} warning(s)")
    for mission in found:
        summary = counts.format(errors=mission.errors, warnings=mission.warnings)
        _say(f"{mission.mission.start_date}  {mission.mission.id[:8]}  {summary:<24} {mission.mission.title}")
        _say(f"    {mission.first}")
    return EXIT_FINDINGS if failing else EXIT_OK


def _cmd_clone(services: Services, args: argparse.Namespace) -> int:
    source_id = _mission_id(services, args.mission_id)
    options = CloneOptions(
        start_date=args.start,
        title=args.title,
        keep_delegation=args.with_delegation,
        follow_ups_as_items=args.with_follow_ups,
        keep_weekdays=args.keep_weekdays,
    )
    mission_id, _, findings = services.templates.clone(source_id, options)
    _say(mission_id)
    mission = services.missions.get(mission_id)
    text = translate("CommandLine", "Created '{title}' ({start} … {end}).")
    _say(text.format(title=mission.title, start=mission.start_date, end=mission.end_date), err=True)
    for finding in findings:
        _say(_finding_line(finding), err=True)
    return EXIT_OK


def today() -> date:
    """Today's date: the only clock the commands read (tests replace it)."""
    return date.today()


def _decimal_text(amount: Decimal | None) -> str | None:
    """An amount as exact decimal text without exponent ("300000000.00"), or None."""
    return format(amount, "f") if amount is not None else None


def _cmd_follow_ups(services: Services, args: argparse.Namespace) -> int:
    mission_id = _mission_id(services, args.mission) if args.mission else None
    day = today()
    rows = services.follow_ups.agenda(day, owner=args.owner, mission_id=mission_id)
    if args.overdue:
        rows = [r for r in rows if r.follow_up.is_overdue(day)]
    if args.json:
        items = [
            {
                "id": f.id,
                "mission_id": f.mission_id,
                "outcome_id": f.outcome_id,
                "action": f.action,
                "owner": f.owner,
                "due_date": f.due_date.isoformat() if f.due_date else None,
                "done_on": f.done_on.isoformat() if f.done_on else None,
                "overdue": f.is_overdue(day),
            }
            for f in (r.follow_up for r in rows)
        ]
        _say_json(items)
        return EXIT_OK
    if not rows:
        if args.overdue:
            _say(translate("CommandLine", "No overdue follow-ups (as of {date}).").format(date=day))
        else:
            _say(translate("CommandLine", "No open follow-ups (as of {date}).").format(date=day))
        return EXIT_OK
    for row in rows:
        f = row.follow_up
        due = f.due_date.isoformat() if f.due_date else translate("CommandLine", "no date")
        flag = translate("CommandLine", "OVERDUE") if f.is_overdue(day) else ""
        owner = f" [{f.owner}]" if f.owner else ""
        _say(f"{due:<10}  {flag:<7}  {f.action}{owner} – {row.mission_title}")
    overdue = sum(r.follow_up.is_overdue(day) for r in rows)
    text = translate("CommandLine", "{count} follow-up(s), {overdue} overdue (as of {date}).")
    _say(text.format(count=len(rows), overdue=overdue, date=day))
    return EXIT_OK


def _cmd_outcomes(services: Services, args: argparse.Namespace) -> int:
    mission_id = _mission_id(services, args.mission) if args.mission else None
    rows = services.outcomes.register(mission_id=mission_id)
    if args.json:
        items = [
            {
                "id": o.id,
                "mission_id": o.mission_id,
                "mission_title": row.mission_title,
                "item_id": o.item_id,
                "title": o.title,
                "kind": o.kind.value,
                "status": o.status.value,
                "counterparts": list(row.counterparts),
                "sector": o.sector,
                "commodity": o.commodity,
                "direction": o.direction.value,
                "amount": _decimal_text(o.amount),
                "currency": o.currency,
                "signed_on": o.signed_on.isoformat() if o.signed_on else None,
            }
            for row, o in ((row, row.outcome) for row in rows)
        ]
        _say_json(items)
        return EXIT_OK
    if not rows:
        _say(translate("CommandLine", "No outcomes recorded yet."))
        return EXIT_OK
    for row in rows:
        o = row.outcome
        _say(f"{o.status.label:<11}  {o.kind.label}: {o.title}")
        details = [
            translate("CommandLine", "counterparts: {names}").format(names="; ".join(row.counterparts))
            if row.counterparts
            else translate("CommandLine", "no counterparts")
        ]
        if o.amount is not None:
            details.append(f"{o.amount:,f} {o.currency}")
        details.append(row.mission_title)
        _say("             " + " · ".join(details))
    _say(translate("CommandLine", "{count} outcome(s).").format(count=len(rows)))
    return EXIT_OK


# Reports are imported when asked for: they load Qt, which the other commands do not need.
def _cmd_report(services: Services, args: argparse.Namespace) -> int:
    from missionplanner.reports import build_report, write_report

    mission_id = _mission_id(services, args.mission_id)
    report = build_report(services, args.kind, mission_id, participant_id=args.participant, today=today())
    _say(write_report(report, args.out, args.page_size))
    return EXIT_OK


def _cmd_ics(services: Services, args: argparse.Namespace) -> int:
    from missionplanner.reports import write_ics

    mission_id = _mission_id(services, args.mission_id)
    _say(write_ics(services, mission_id, args.out, participant_id=args.participant))
    return EXIT_OK


def _cmd_sheet(services: Services, args: argparse.Namespace) -> int:
    from missionplanner.reports import write_sheet

    mission_id = _mission_id(services, args.mission_id)
    _say(write_sheet(services, mission_id, args.out, what=args.what, today=today()))
    return EXIT_OK


COMMANDS: dict[str, Callable[[Services, argparse.Namespace], int]] = {
    "missions": _cmd_missions,
    "export": _cmd_export,
    "import": _cmd_import,
    "import-contacts": _cmd_import_contacts,
    "backup": _cmd_backup,
    "check": _cmd_check,
    "doctor": _cmd_doctor,
    "follow-ups": _cmd_follow_ups,
    "outcomes": _cmd_outcomes,
    "clone": _cmd_clone,
    "report": _cmd_report,
    "ics": _cmd_ics,
    "sheet": _cmd_sheet,
}


def open_for(args: argparse.Namespace) -> Services:
    """Open the chosen database; a new default database gets the sample missions."""
    explicit = args.db is not None
    services = open_services(args.db)
    seeded_by_default = not explicit and not env_database_set() and services.created
    if services.created and (args.with_samples or seeded_by_default):
        seed_samples(services)
    return services
