"""`planner`: the command line (SPEC §7). Same engine as the GUI, no display needed.

Bad input ends with one line on stderr and exit status 2; nothing is written.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import textwrap
from collections.abc import Hashable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from planner import __version__
from planner.app.documents import dump_json, import_json, read_plan
from planner.domain.engine import recalculate
from planner.domain.model import Plan
from planner.domain.results import RecalcOptions
from planner.store.address import PlanLocation, TeamAddress, parse_location
from planner.store.errors import PlanError, PlanReadOnlyError

if TYPE_CHECKING:
    from planner.store.offline import OfflineConflict

EXIT_BAD_INPUT = 2
EXIT_BROKEN_PIPE = 128 + 13  # what a shell reports for a tool ended by SIGPIPE
# control characters (C0, DEL, C1) and lone surrogates: shown escaped, never sent to the terminal
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
PRESET_KEYS = ("slide", "slide-4k", "a4", "a3", "email")  # planner.export.presets.PRESETS
COMMANDS = (
    "recalc",
    "sessions",
    "import",
    "dump",
    "export-image",
    "export-ics",
    "export-table",
    "read-mandates",
    "export-doclist",
    "team-setup",
    "offline-copy",
    "bring-back",
)


class UsageError(Exception):
    """A bad command-line argument; the message names it."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def _iso_date(text: str) -> date:
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad date {text!r}: expected YYYY-MM-DD") from None


WINDOW_OPTIONS = (
    (
        "PLAN",
        "a .sqlite plan, a .json interchange file or postgresql://HOST/DATABASE?plan=NAME"
        " (default: the last plan opened, or on first run the default plan, {default})",
    ),
    ("--read-only", "open the plan without editing it"),
    ("--quit-after-paint", "quit once the window is drawn (to time start-up)"),
)


def _window_help() -> str:
    from planner.app.locations import default_plan_path

    lines = ["the window (no command):"]
    for name, text in WINDOW_OPTIONS:
        lines += textwrap.wrap(
            text.format(default=default_plan_path()),
            width=88,
            initial_indent=f"  {name:<20}",
            subsequent_indent=" " * 22,
            break_on_hyphens=False,
            break_long_words=False,
        )
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="planner",
        usage="planner [PLAN] [--read-only] [--quit-after-paint]\n"
        "       planner {recalc,import,dump,export-image,export-ics,export-table} ...\n"
        "       planner {team-setup,offline-copy,bring-back} ...\n"
        "       planner [-h] [--version]",
        description="Mandate Planner: which reports are due at which session, why, and by when.",
        epilog=_window_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"Mandate Planner {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, prog="planner")

    recalc = sub.add_parser("recalc", help="print the requirements and diagnostics of a plan")
    recalc.add_argument("plan", type=_location, help=PLAN_HELP)
    recalc.add_argument(
        "--as-of", type=_iso_date, metavar="DATE", help="ignore decisions adopted later"
    )
    recalc.add_argument("--with-drafts", action="store_true", help="include draft decisions")
    recalc.add_argument("--json", action="store_true", help="print the JSON result")
    recalc.add_argument("--today", type=_iso_date, metavar="DATE", help=argparse.SUPPRESS)

    sessions = sub.add_parser("sessions", help="list the sessions, explicit and projected")
    sessions.add_argument("plan", type=_location, help=PLAN_HELP)
    sessions.add_argument(
        "--from", dest="first", type=_iso_date, metavar="DATE", help="sessions ending on or after"
    )
    sessions.add_argument(
        "--to", dest="last", type=_iso_date, metavar="DATE", help="sessions starting on or before"
    )
    sessions.add_argument("--body", metavar="ID", help="one body (with the bodies under it)")
    sessions.add_argument("--json", action="store_true", help="print JSON")

    imp = sub.add_parser("import", help="import a .json plan into a new .sqlite plan")
    imp.add_argument("plan", type=Path)
    imp.add_argument("out", type=_location, help="a new .sqlite file or a new team plan's URL")

    dump = sub.add_parser("dump", help="write a plan as .json interchange")
    dump.add_argument("plan", type=_location, help=PLAN_HELP)
    dump.add_argument("out", type=Path)

    image = sub.add_parser("export-image", help="draw the timeline as .png, .svg or .pdf")
    image.add_argument("plan", type=_location, help=PLAN_HELP)
    image.add_argument("out", type=Path)
    image.add_argument(
        "--from", dest="first", type=_year, metavar="YEAR", help="first year shown (default 2012)"
    )
    image.add_argument("--to", dest="last", type=_year, metavar="YEAR", help="last year shown")
    image.add_argument(
        "--width", type=_width, default=2400, metavar="PX", help="width in pixels (default 2400)"
    )
    image.add_argument("--as-of", type=_iso_date, metavar="DATE")
    image.add_argument("--with-drafts", action="store_true")
    image.add_argument("--title", help="title over the timeline (default: the plan's)")
    image.add_argument("--subtitle", default="", help="a line under the title")
    image.add_argument("--no-legend", action="store_true")
    image.add_argument(
        "--preset",
        choices=sorted(PRESET_KEYS),
        help="size and type for a slide (1920×1080), slide-4k (3840×2160), an a4 handout,"
        " an a3 poster or an email image (1200 px); only lanes with reports in the years",
    )
    image.add_argument("--bodies", help="comma-separated bodies to show (default: all)")
    image.add_argument(
        "--lang",
        choices=("en", "fr", "es", "ru", "zh_CN", "ar"),
        default="en",
        help="the language of the picture's words (default: English)",
    )
    image.add_argument(
        "--reports", help="comma-separated report lines to show; the rest is left out"
    )
    image.add_argument("--decision", metavar="SYMBOL", help="show only what this decision mandates")
    image.add_argument("--today", type=_iso_date, metavar="DATE", help=argparse.SUPPRESS)

    ics = sub.add_parser("export-ics", help="sessions and deadlines as an iCalendar file")
    ics.add_argument("plan", type=_location, help=PLAN_HELP)
    ics.add_argument("out", type=Path)
    ics.add_argument("--with-drafts", action="store_true")
    ics.add_argument("--bodies", help="comma-separated bodies (default: all)")
    ics.add_argument("--officer", default="", help="only the deadlines tracked to this officer")
    ics.add_argument("--today", type=_iso_date, metavar="DATE", help=argparse.SUPPRESS)

    doclist = sub.add_parser(
        "export-doclist",
        help="a session's documentation list (reports by agenda item) as .docx or .pdf",
    )
    doclist.add_argument("plan", type=_location, help=PLAN_HELP)
    doclist.add_argument("out", type=Path)
    doclist.add_argument("--session", required=True, metavar="ID", help="e.g. ecosoc-2016")
    doclist.add_argument("--as-of", type=_iso_date, metavar="DATE")
    doclist.add_argument("--with-drafts", action="store_true")
    doclist.add_argument(
        "--lang",
        choices=("en", "fr", "es", "ru", "zh_CN", "ar"),
        help="the language of the list's words (default: the app's)",
    )
    doclist.add_argument("--today", type=_iso_date, metavar="DATE", help=argparse.SUPPRESS)

    table = sub.add_parser("export-table", help="the requirements as .csv or .xlsx")
    table.add_argument("plan", type=_location, help=PLAN_HELP)
    table.add_argument("out", type=Path)
    table.add_argument("--as-of", type=_iso_date, metavar="DATE")
    table.add_argument("--with-drafts", action="store_true")

    from planner.cli.read_mandates import add_parser

    add_parser(sub, _iso_date)

    setup = sub.add_parser(
        "team-setup", help="create a team plan's reader, editor and owner roles and grant them"
    )
    setup.add_argument("plan", type=_team_location, help="postgresql://HOST/DATABASE?plan=NAME")
    for kind in ("reader", "editor", "owner"):
        setup.add_argument(
            f"--{kind}",
            action="append",
            default=[],
            metavar="USER",
            help=f"make this database user a {kind} (repeatable)",
        )
    setup.add_argument("--print-sql", action="store_true", help="print the SQL, change nothing")

    take = sub.add_parser(
        "offline-copy",
        help="take an offline copy of a team plan (a .sqlite plan to edit without network)",
        description="Write an offline copy of a team plan: an ordinary .sqlite plan that"
        " remembers the plan it came from and the version of each record. Edit it in the"
        " window (planner COPY.sqlite); its edits are kept, and `planner bring-back` applies"
        " them to the team plan. Never replaces an existing file.",
    )
    take.add_argument("plan", type=_team_location, help="postgresql://HOST/DATABASE?plan=NAME")
    take.add_argument("out", type=Path, help="a new .sqlite file")

    back = sub.add_parser(
        "bring-back",
        help="apply an offline copy's changes to its team plan (once)",
        description="Apply the changes made in an offline copy to the team plan it was taken"
        " of, in one transaction. A record changed both in the copy and on the server"
        " meanwhile is a conflict: without --prefer nothing is brought back and the"
        " conflicting records are listed; with --prefer mine the copy's version is kept,"
        " with --prefer theirs the team plan's. The version not kept stays in the plan's"
        " history (the audit). A copy comes back only once.",
    )
    back.add_argument("copy", type=Path, help="the offline copy (.sqlite)")
    back.add_argument(
        "--prefer",
        choices=("mine", "theirs"),
        help="which version wins where both sides changed a record (mine: the copy's)",
    )
    back.add_argument(
        "--to",
        type=_team_location,
        metavar="URL",
        help="the team plan (default: the one the copy remembers; e.g. to connect as another user)",
    )
    return parser


PLAN_HELP = "a .sqlite plan, a .json interchange file or postgresql://HOST/DATABASE?plan=NAME"


def _location(text: str) -> PlanLocation:
    try:
        return parse_location(text)
    except PlanError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _team_location(text: str) -> TeamAddress:
    location = _location(text)
    if not isinstance(location, TeamAddress):
        raise argparse.ArgumentTypeError(f"{text}: expected postgresql://HOST/DATABASE?plan=NAME")
    return location


def _name(location: PlanLocation) -> str:
    return location.plan if isinstance(location, TeamAddress) else location.name


def _year(text: str) -> int:
    if not text.isdigit() or not 1900 <= int(text) <= 2200:
        raise argparse.ArgumentTypeError(f"bad year {text!r}: expected e.g. 2012")
    return int(text)


def _width(text: str) -> int:
    if not text.isdigit() or not 200 <= int(text) <= 30000:
        raise argparse.ArgumentTypeError(f"bad width {text!r}: expected pixels from 200 to 30000")
    return int(text)


def _reports(plan: Plan, text: str | None) -> frozenset[str]:
    if not text:
        return frozenset()
    wanted = {r.strip() for r in text.split(",") if r.strip()}
    known = {r.id for r in plan.reports}
    unknown = sorted(wanted - known)
    if unknown:
        raise UsageError(
            f"planner: --reports: unknown report line {unknown[0]!r}"
            f" (the plan has {', '.join(sorted(known))})"
        )
    return frozenset(wanted)


def _decision(plan: Plan, symbol: str | None) -> str | None:
    if symbol is None:
        return None
    if not any(d.symbol == symbol for d in plan.decisions):
        raise UsageError(f"planner: --decision: no decision {symbol!r} in the plan")
    return symbol


def _bodies(plan: Plan, text: str | None, option: str = "--bodies") -> frozenset[str]:
    if not text:
        return frozenset()
    wanted = {b.strip() for b in text.split(",") if b.strip()}
    known = {b.id for b in plan.bodies}
    unknown = sorted(wanted - known)
    if unknown:
        raise UsageError(
            f"planner: {option}: unknown body {unknown[0]!r}"
            f" (the plan has {', '.join(sorted(known))})"
        )
    return frozenset(wanted)


def _officer(plan: Plan, text: str) -> str:
    """An officer the plan's tracking names, as `--bodies` takes only known bodies."""
    if not text:
        return ""
    known = sorted({t.officer for t in plan.tracking if t.officer})
    if text not in known:
        named = f"the plan names {', '.join(known)}" if known else "the plan names no officer"
        raise UsageError(f"planner: --officer: no requirement is tracked to {text!r} ({named})")
    return text


def _check_out(path: Path, suffixes: tuple[str, ...]) -> None:
    if path.suffix.lower() not in suffixes:
        raise UsageError(f"planner: {path}: use a {' or '.join(suffixes)} file name")


def printable(text: str) -> str:
    """`text` safe for a terminal: an ESC or BEL from a plan is shown as `\\x1b`, `\\x07`."""
    return _UNPRINTABLE.sub(lambda m: ascii(m.group())[1:-1], text)


def _json_text(data: object) -> str:
    """JSON with non-ASCII text kept readable; a lone surrogate (which UTF-8 cannot carry)
    written as its JSON escape."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def say(text: str) -> None:
    print(printable(text))


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)
    ]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)


def cmd_recalc(args: argparse.Namespace) -> int:
    plan = read_plan(args.plan)
    options = RecalcOptions(as_of=args.as_of, with_drafts=args.with_drafts, today=args.today)
    result = recalculate(plan, options)
    if args.json:
        print(_json_text(result.to_json()))
        return 0
    rows = [
        [
            printable(cell)
            for cell in (
                r.session_start.isoformat(),
                r.body,
                r.session,
                r.report,
                r.submission_due.isoformat(),
                r.issuance_due.isoformat(),
                ", ".join(r.mandated_by),
                ("OVERDUE " if r.overdue else "") + str(r.status),
            )
        ]
        for r in result.requirements
    ]
    header = [
        "Session start",
        "Body",
        "Session",
        "Report",
        "Submit by",
        "Issue by",
        "Mandated by",
        "Status",
    ]
    scope = "with drafts" if options.with_drafts else "adopted decisions only"
    if options.as_of:
        scope += f", as of {options.as_of.isoformat()}"
    say(f"{plan.title or _name(args.plan)} — {len(result.requirements)} requirements ({scope})")
    print(_table(rows, header))
    if result.diagnostics:
        print(f"\n{len(result.diagnostics)} diagnostics:")
        for d in result.diagnostics:
            say(f"  {d.level:<7} {d.code:<22} {d.message}  [{d.where}]")
    return 0


def cmd_sessions(args: argparse.Namespace) -> int:
    from planner.app.sessions import SessionFilter, list_sessions, sessions_json
    from planner.domain.calendar import Calendar

    plan = read_plan(args.plan)
    if args.body is not None:
        _bodies(plan, args.body, option="--body")
    if args.first and args.last and args.last < args.first:
        raise UsageError(f"planner: --to {args.last} is before --from {args.first}")
    found = list_sessions(plan, Calendar(plan), SessionFilter(args.first, args.last, args.body))
    if args.json:
        print(_json_text(sessions_json(plan, found)))
        return 0
    rows = [
        [
            printable(cell)
            for cell in (
                s.start.isoformat(),
                s.end.isoformat(),
                s.body,
                s.id,
                s.name,
                s.location,
                str(s.status),
                str(s.format),
                s.source,
            )
        ]
        for s in found
    ]
    header = ["Start", "End", "Body", "Session", "Name", "Place", "Status", "Format", "Source"]
    print(_table(rows, header))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    plan = import_json(args.plan, args.out)
    say(f"imported {len(plan.decisions)} decisions into {args.out}")
    return 0


def cmd_dump(args: argparse.Namespace) -> int:
    dump_json(args.plan, args.out)
    return 0


def gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="planner", description="Open the Mandate Planner window.")
    (_, plan_help), (_, read_only_help), (_, quit_help) = WINDOW_OPTIONS
    from planner.app.locations import default_plan_path

    parser.add_argument(
        "plan", type=_location, nargs="?", help=plan_help.format(default=default_plan_path())
    )
    parser.add_argument("--read-only", action="store_true", help=read_only_help)
    parser.add_argument("--quit-after-paint", action="store_true", help=quit_help)
    parser.add_argument("--today", type=_iso_date, metavar="DATE", help=argparse.SUPPRESS)
    return parser


def cmd_open(argv: list[str]) -> int:
    """`planner [PLAN]`: the window on PLAN, the last plan, or the default plan."""
    from planner.app.session import builtin_default_plan, plan_to_open

    args = gui_parser().parse_args(argv)
    if isinstance(args.plan, Path) and not args.plan.exists():
        raise UsageError(f"planner: {args.plan}: no such file")
    reason = ""
    try:
        path = plan_to_open(args.plan)
    except PlanReadOnlyError as exc:  # no default plan can be made: show the built-in one
        path, reason = builtin_default_plan(), exc.reason
    try:
        from planner.ui.launch import launch_window
    except ImportError:
        # no window available (e.g. Qt missing): show the plan's requirements instead
        return cmd_recalc(build_parser().parse_args(["recalc", str(path)]))
    return launch_window(
        path,
        read_only=args.read_only,
        quit_after_paint=args.quit_after_paint,
        today=args.today,
        reason=reason,
    )


def cmd_export_image(args: argparse.Namespace) -> int:
    _check_out(args.out, (".png", ".svg", ".pdf"))
    plan = read_plan(args.plan)
    bodies = _bodies(plan, args.bodies)
    reports = _reports(plan, args.reports)
    decision = _decision(plan, args.decision)
    if args.first and args.last and args.last < args.first:
        raise UsageError(f"planner: --to {args.last} is before --from {args.first}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    from PySide6.QtWidgets import QApplication

    from planner.ui.i18n import Translations

    # a QApplication (not QGuiApplication) so a window can be made later in the same process
    _app = QApplication.instance() or QApplication(["planner"])

    translations = Translations()
    translations.apply(args.lang)
    try:
        return _export_image(args, plan, bodies, reports, decision)
    finally:
        translations.apply("en")


def _export_image(
    args: argparse.Namespace,
    plan: Plan,
    bodies: frozenset[str],
    reports: frozenset[str],
    decision: str | None,
) -> int:
    from planner.app.workspace import Workspace
    from planner.export.image import ImageOptions, export_image
    from planner.export.presets import PRESETS
    from planner.timeline.scene import TimelineScene
    from planner.timeline.scope import Scope

    ws = Workspace.in_memory(
        plan, RecalcOptions(as_of=args.as_of, with_drafts=args.with_drafts, today=args.today)
    )
    scene = TimelineScene(ws)
    options = ImageOptions(
        first_year=args.first,
        last_year=args.last,
        width=args.width,
        title=args.title,
        subtitle=args.subtitle,
        legend=not args.no_legend,
        today=args.today,
        scope=Scope(reports=reports, bodies=bodies, decision=decision),
    )
    if args.preset:
        options = PRESETS[args.preset].apply(options)
    comp = export_image(scene, args.out, options)
    scale = comp.options.scale
    say(f"wrote {args.out} ({round(comp.width * scale)}×{round(comp.height * scale)})")
    return 0


def cmd_export_ics(args: argparse.Namespace) -> int:
    from planner.app.identity import read_plan_id
    from planner.domain.engine import Engine
    from planner.export.calendar_ics import IcsFilter, build_ics, write_ics

    _check_out(args.out, (".ics",))
    plan = read_plan(args.plan)
    flt = IcsFilter(_bodies(plan, args.bodies), _officer(plan, args.officer))
    engine = Engine(plan, RecalcOptions(with_drafts=args.with_drafts, today=args.today))
    cal = build_ics(
        plan,
        engine.calendar,
        engine.result(),
        flt,
        plan_id=read_plan_id(args.plan, plan),
        today=args.today,
    )
    write_ics(cal, args.out)
    say(f"wrote {args.out} ({len(cal.subcomponents)} events)")
    return 0


def cmd_export_table(args: argparse.Namespace) -> int:
    from planner.export.tables import write_csv, write_xlsx

    _check_out(args.out, (".csv", ".xlsx"))
    plan = read_plan(args.plan)
    result = recalculate(plan, RecalcOptions(as_of=args.as_of, with_drafts=args.with_drafts))
    (write_xlsx if args.out.suffix.lower() == ".xlsx" else write_csv)(
        plan, result.requirements, args.out
    )
    say(f"wrote {args.out} ({len(result.requirements)} requirements)")
    return 0


def cmd_read_mandates(args: argparse.Namespace) -> int:
    from planner.cli.read_mandates import cmd_read_mandates as run_read

    return run_read(args, UsageError)


def cmd_export_doclist(args: argparse.Namespace) -> int:
    import os

    _check_out(args.out, (".docx", ".pdf"))
    plan = read_plan(args.plan)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from planner.domain.engine import Engine
    from planner.export.doclist import build_doclist
    from planner.export.doclist_files import export_doclist
    from planner.ui.i18n import Translations, chosen_language
    from planner.ui.main_window import SETTINGS_APP, SETTINGS_ORG

    _app = QApplication.instance() or QApplication(["planner"])
    language = args.lang or chosen_language(QSettings(SETTINGS_ORG, SETTINGS_APP))
    translations = Translations()
    translations.apply(language)
    try:
        engine = Engine(
            plan, RecalcOptions(as_of=args.as_of, with_drafts=args.with_drafts, today=args.today)
        )
        doc = build_doclist(plan, engine.calendar, engine.result(), args.session)
        export_doclist(doc, args.out)
    finally:
        translations.apply("en")
    print(f"wrote {args.out} ({len(doc.reports)} reports)")
    return 0


def cmd_team_setup(args: argparse.Namespace) -> int:
    from planner.store.team_roles import team_setup

    people = {"reader": args.reader, "editor": args.editor, "owner": args.owner}
    statements = team_setup(args.plan, people, dry_run=args.print_sql)
    if args.print_sql:
        for statement in statements:
            say(statement + ";")
    else:
        say(f"{args.plan}: roles set up ({len(statements)} statements)")
    return 0


def cmd_offline_copy(args: argparse.Namespace) -> int:
    from planner.store.offline import take_offline_copy
    from planner.store.team import TeamStore

    _check_out(args.out, (".sqlite",))
    if args.out.exists() or args.out.is_symlink():
        raise UsageError(
            f"planner: {args.out}: already exists; an offline copy never replaces a file,"
            " choose a new name"
        )
    with TeamStore.open(args.plan) as store:
        take_offline_copy(store, args.out)
    say(f"wrote an offline copy of {args.plan} to {args.out}")
    return 0


class _Undecided(Exception):
    """Conflicts, and no --prefer to settle them: nothing is brought back."""

    def __init__(self, conflicts: Sequence[OfflineConflict]) -> None:
        super().__init__(len(conflicts))
        self.conflicts = conflicts


def _conflict_line(c: OfflineConflict) -> str:
    at = f" at {c.theirs_at:%Y-%m-%d %H:%M}" if c.theirs_at is not None else ""
    return f"  {c.what}: changed offline and by {c.theirs_by}{at}"


def cmd_bring_back(args: argparse.Namespace) -> int:
    from planner.store.offline import bring_back, copy_origin
    from planner.store.team import TeamStore

    copy: Path = args.copy
    if not copy.is_file():
        raise UsageError(f"planner: {copy}: no such file")
    target = args.to if args.to is not None else _team_location_of_copy(copy, copy_origin(copy))

    def choose(conflicts: Sequence[OfflineConflict]) -> set[tuple[str, Hashable]]:
        if args.prefer is None:
            raise _Undecided(conflicts)
        return {(c.table, c.key) for c in conflicts} if args.prefer == "mine" else set()

    try:
        with TeamStore.open(target) as store:
            result = bring_back(store, copy, choose)
    except _Undecided as undecided:
        lines = [
            f"planner: {copy}: {len(undecided.conflicts)} record(s) changed both offline and"
            f" on {target}; nothing was brought back. Choose with --prefer mine (the copy's"
            " version) or --prefer theirs (the team plan's):",
            *(_conflict_line(c) for c in undecided.conflicts),
        ]
        for line in lines:
            print(printable(line), file=sys.stderr)
        return EXIT_BAD_INPUT
    kept = ""
    if result.conflicts:
        theirs = len(result.conflicts) - result.kept_mine
        kept = f"; conflicts: {result.kept_mine} kept as in the copy, {theirs} as on the server"
    say(f"brought back {result.applied} record(s) from {copy} into {target}{kept}")
    return 0


def _team_location_of_copy(copy: Path, origin: str) -> TeamAddress:
    try:
        return _team_location(origin)
    except argparse.ArgumentTypeError:
        raise UsageError(
            f"planner: {copy}: the team plan it remembers ({origin}) is not an address;"
            " name it with --to URL"
        ) from None


HANDLERS = {
    "recalc": cmd_recalc,
    "sessions": cmd_sessions,
    "import": cmd_import,
    "dump": cmd_dump,
    "export-image": cmd_export_image,
    "export-ics": cmd_export_ics,
    "export-table": cmd_export_table,
    "read-mandates": cmd_read_mandates,
    "export-doclist": cmd_export_doclist,
    "team-setup": cmd_team_setup,
    "offline-copy": cmd_offline_copy,
    "bring-back": cmd_bring_back,
}


def run(argv: Sequence[str]) -> int:
    argv = list(argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        return cmd_open(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    return HANDLERS[args.command](args)


def _stdout_gone() -> int:
    """The reader of our output went away (`planner recalc … | head`): stop quietly, as Unix
    tools do, and point stdout at /dev/null so the final flush cannot complain either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
    return EXIT_BROKEN_PIPE


def main(argv: Sequence[str] | None = None) -> int:
    try:
        code = run(sys.argv[1:] if argv is None else argv)
        sys.stdout.flush()
    except BrokenPipeError:
        return _stdout_gone()
    except UsageError as exc:
        print(printable(str(exc)), file=sys.stderr)
        return EXIT_BAD_INPUT
    except PlanError as exc:
        print(printable(f"planner: {exc}"), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # last resort: a bug must still not show a traceback
        print(
            printable(
                f"planner: internal error ({exc.__class__.__name__}: {exc}); please report it"
            ),
            file=sys.stderr,
        )
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
