"""The command line: a stable contract that scripts and tests rely on.

Exit status 0 on success; 1 with one clear line on stderr for a bad file or
bad data (and nothing changed); 2 for wrong usage. FILE may also be a team
database's `postgresql://user@host:port/db` URL; its password comes from the
URL, PGPASSWORD or ~/.pgpass, and is never printed.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from kpidesk import __version__

if TYPE_CHECKING:
    import argparse

    from kpidesk.store.transfer import TransferReport

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2
COMMANDS = ("demo", "check", "backup", "shots", "report", "charter", "import", "export", "team")


class CommandError(Exception):
    """A failure to report as one line on stderr, with exit status 1."""


def _cmd_demo(args: argparse.Namespace) -> int:
    from kpidesk.demo.build import create_demo
    from kpidesk.store.errors import StoreError

    path = Path(args.file)
    try:
        with create_demo(path, args.lang, args.years, args.today) as store:
            _print_summary(store)
    except (StoreError, ValueError) as exc:
        raise CommandError(str(exc)) from exc
    print(f"Demo business written to {path}")
    return EXIT_OK


def _is_url(target: str | None) -> bool:
    return bool(target) and target.startswith(("postgresql://", "postgres://"))


def _shown(target: str) -> str:
    """A file as given, a team database as user@host:port/db (never its password)."""
    if not _is_url(target):
        return target
    from kpidesk.store.server import parse_url

    return parse_url(target).display_name


def _cmd_check(args: argparse.Namespace) -> int:
    from kpidesk.store.check import check_file, check_server

    report = check_server(args.file) if _is_url(args.file) else check_file(Path(args.file))
    for warning in report.warnings:
        print(f"warning: {warning}")
    name = _shown(args.file)
    if not report.ok:
        raise CommandError(f"{name}: {report.errors[0]}" + _more(report.errors))
    counts = ", ".join(f"{n} {table}" for table, n in report.counts.items())
    print(f"{name}: OK (file version {report.schema_version}; {counts})")
    return EXIT_OK


def _more(errors: list[str]) -> str:
    return f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""


def _cmd_backup(args: argparse.Namespace) -> int:
    from kpidesk.locations import backups_dir
    from kpidesk.store.backup import backup_file, new_backup_path
    from kpidesk.store.backups import list_backups, restore

    if _is_url(args.file):
        return _backup_server(args)
    source = Path(args.file)
    if args.list:
        for info in list_backups(source, with_counts=True):
            print(
                f"{info.taken_at:%Y-%m-%d %H:%M}  {info.label or 'manual':<16} "
                f"{info.goals} goals, {info.kpis} KPIs, {info.values} values  {info.path}"
            )
        return EXIT_OK
    if args.restore:
        kept = restore(source, Path(args.restore))
        print(f"Restored {source} from {args.restore}; the previous file is kept as {kept}")
        return EXIT_OK
    folder = Path(args.to) if args.to else None
    if folder is not None and not folder.is_dir():
        raise CommandError(f"{folder} is not a folder")
    target_dir = folder or backups_dir(source)
    written = backup_file(source, new_backup_path(target_dir, source))
    print(f"Backup written to {written}")
    return EXIT_OK


def _backup_server(args: argparse.Namespace) -> int:
    """A team database's backup is a complete, verified copy as a new file."""
    from kpidesk.locations import backups_dir
    from kpidesk.store.backup import new_backup_path
    from kpidesk.store.server import parse_url
    from kpidesk.store.transfer import pull

    if args.list or args.restore:
        raise CommandError(
            "--list and --restore are for files. A team database's backups are files: restore "
            "one with `kpidesk team push BACKUP URL` into an empty database (or use pg_dump)."
        )
    name = Path(f"{parse_url(args.file).dbname}.kpidesk")
    folder = Path(args.to) if args.to else backups_dir(name)
    if not folder.is_dir():
        raise CommandError(f"{folder} is not a folder")
    report = pull(args.file, new_backup_path(folder, name))
    print(f"Backup of {report.source} written to {report.target} ({report.rows} rows verified)")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from kpidesk.imports.errors import ImportFileError
    from kpidesk.imports.plan import apply_plan, plan_file
    from kpidesk.imports.summary import applied_line, plan_lines, question_line
    from kpidesk.store.connection import open_database

    # A dry run opens the file read-only: it promises to change nothing at all.
    with open_database(args.file, read_only=args.dry_run) as store:
        if store.read_only and not args.dry_run:
            raise CommandError(store.read_only_reason or f"{_shown(args.file)} is read-only")
        plan = plan_file(
            store,
            args.data,
            args.preset,
            dict(args.map or []),
            args.number_format,
            args.date_format,
            today=args.today,
        )
        if plan.questions:
            raise CommandError(question_line(plan))
        if plan.problems:
            raise CommandError(f"{plan.source}: {ImportFileError(plan.problems)}; nothing written")
        for line in plan_lines(plan, show_changes=args.dry_run):
            print(line)
        if args.dry_run:
            print("Dry run: nothing written.")
            return EXIT_OK
        conflict = "keep" if args.keep_existing else "overwrite"
        print(applied_line(apply_plan(store, plan, conflict), plan.source))
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from kpidesk.imports.export import ExportError, export_values
    from kpidesk.store.connection import open_database

    with open_database(args.file, read_only=True) as store:
        try:
            summary = export_values(store, args.out)
        except ExportError as exc:
            raise CommandError(str(exc)) from None
    print(f"{summary.values} values of {summary.kpis} KPIs written to {args.out}")
    return EXIT_OK


def _map_arg(text: str) -> tuple[str, str]:
    import argparse

    column, sep, kpi = text.partition("=")
    if not sep or not column.strip():
        raise argparse.ArgumentTypeError(f"'{text}' is not COLUMN=KPI (KPI '-' leaves it out)")
    return column.strip(), kpi.strip()


def _export_target(text: str) -> str:
    import argparse

    if Path(text).suffix.lower() not in (".csv", ".xlsx"):
        raise argparse.ArgumentTypeError(f"'{text}': export writes .csv or .xlsx files")
    return text


def _has_display() -> bool:
    """False on a Linux machine without a screen (and no Qt platform chosen)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _cmd_report(args: argparse.Namespace) -> int:
    from kpidesk.reports.gc_pause import paused_gc

    with paused_gc():  # one-shot: see gc_pause.py; also over the imports
        from kpidesk.reports.api import write_scorecard_file

        written = _export(
            lambda: write_scorecard_file(
                args.file,
                Path(args.out),
                args.period,
                args.lang,
                args.today,
                in_parallel=getattr(args, "one_shot", False),
            )
        )
    print(f"Scorecard for {written.period} written to {written.path} ({written.pages} pages)")
    return EXIT_OK


def _cmd_charter(args: argparse.Namespace) -> int:
    from kpidesk.reports.gc_pause import paused_gc

    with paused_gc():
        from kpidesk.reports.api import write_charter_file

        written = _export(
            lambda: write_charter_file(args.file, Path(args.out), args.lang, args.today)
        )
    print(f"KPI charter written to {written.path} ({written.pages} pages)")
    return EXIT_OK


def _export(work: Callable[[], object]) -> Any:
    """Run a PDF export; bad periods, folders and fonts become one-line errors."""
    from kpidesk.reports.api import ReportError

    try:
        return work()
    except ReportError as exc:
        raise CommandError(str(exc)) from exc


X11_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
}
"""Libraries Qt's X11 plugin needs that a minimal Linux desktop may lack (Qt aborts without)."""


def _missing_x11_packages() -> list[str]:
    """Debian/Ubuntu packages to install before Qt can open a window on X11."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    x11 = platform in ("", "xcb") and bool(os.environ.get("DISPLAY"))
    if not sys.platform.startswith("linux") or not x11 or os.environ.get("WAYLAND_DISPLAY"):
        return []
    import ctypes.util

    return [
        package for name, package in X11_LIBRARIES.items() if not ctypes.util.find_library(name)
    ]


def _cmd_open(args: argparse.Namespace) -> int:
    missing = _missing_x11_packages()
    if missing:
        raise CommandError(
            "the window needs system libraries that are missing here: "
            f"sudo apt-get install {' '.join(missing)}"
        )
    if _has_display():
        # The start creates tens of thousands of objects that live as long as
        # the app: collecting them while it starts only costs time. run_app
        # switches the collector back on once the window is painted.
        gc.disable()
        from kpidesk import dataclass_code

        dataclass_code.install_in_cache_folder()
        first_home = None
        if args.file and not _is_url(args.file):
            from kpidesk.gui.first_home import FirstHome

            # Home's data is computed by a helper process while this one loads Qt.
            first_home = FirstHome.start(args.file, date.today())
        from kpidesk.gui import startup
        from kpidesk.gui.app import run_app

        startup.mark("imports")
        return run_app(
            args.file,
            crash_dialog=not args.no_crash_dialog,
            smoke=args.smoke,
            first_home=first_home,
        )
    if args.file is None:
        raise CommandError("there is no display to show KPIDesk on; name a file to print")
    from kpidesk.reports.api import write_scorecard_file

    if _is_url(args.file):
        from kpidesk.store.server import parse_url

        out = Path(f"{parse_url(args.file).dbname}-scorecard.pdf")
    else:
        source = Path(args.file)
        out = source.with_name(f"{source.stem}-scorecard.pdf")
    written = _export(lambda: write_scorecard_file(args.file, out))
    print(
        f"There is no display here, so KPIDesk printed the scorecard for {written.period} "
        f"instead: {written.path.resolve()}"
    )
    return EXIT_OK


def _cmd_shots(args: argparse.Namespace) -> int:
    # Offscreen before Qt loads: shots work on machines without a screen.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from kpidesk.gui.shots import take_shots
    from kpidesk.store.header import read_header

    if _is_url(args.file):
        raise CommandError(
            "shots work on a copy of a file; copy the team database to one first "
            "(kpidesk team pull URL FILE)"
        )
    read_header(Path(args.file))
    written = take_shots(Path(args.file), Path(args.dir), args.lang)
    print(f"{len(written)} screenshots written to {args.dir}")
    return EXIT_OK


def _print_summary(store: object) -> None:
    from kpidesk.store.summary import summarize

    s = summarize(store)  # type: ignore[arg-type]
    span = f"{s.first_period} – {s.last_period}" if s.first_period else "no values yet"
    print(f"{s.business} ({s.language})")
    print(f"  {s.goals} goals, {s.kpis} KPIs (+{s.retired_kpis} retired), {s.values} values")
    print(f"  values from {span}")


def _date_arg(text: str) -> date:
    import argparse

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-27") from None


def _command_parser() -> argparse.ArgumentParser:
    """`kpidesk COMMAND …`."""
    import argparse

    commands = argparse.ArgumentParser(prog="kpidesk", description="KPIDesk command line")
    commands.add_argument("--version", action="version", version=f"KPIDesk {__version__}")
    sub = commands.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="create the demo business in a new file")
    demo.add_argument("file")
    demo.add_argument("--lang", choices=("nb", "en"), default="nb")
    demo.add_argument("--years", type=int, default=3)
    demo.add_argument("--today", type=_date_arg, default=None, help=argparse.SUPPRESS)
    demo.set_defaults(run=_cmd_demo)
    check = sub.add_parser("check", help="check a file's integrity and content")
    check.add_argument("file")
    check.set_defaults(run=_cmd_check)
    backup = sub.add_parser("backup", help="write a consistent copy of a file")
    backup.add_argument("file")
    backup.add_argument("--to", metavar="DIR", help="folder for the copy")
    backup.add_argument("--list", action="store_true", help="list the file's backups")
    backup.add_argument("--restore", metavar="BACKUP", help="replace the file by a backup")
    backup.set_defaults(run=_cmd_backup)
    shots = sub.add_parser("shots", help="save a PNG of every screen (offscreen)")
    shots.add_argument("file")
    shots.add_argument("dir")
    shots.add_argument("--lang", choices=("nb", "en"), default="en")
    shots.set_defaults(run=_cmd_shots)

    report = sub.add_parser("report", help="print the scorecard of a period as PDF")
    report.add_argument("file")
    report.add_argument("--out", required=True, metavar="OUT.pdf")
    report.add_argument(
        "--period", metavar="PERIOD", help="e.g. 2026-10, 2026-Q3 or 2026 (default: last ended)"
    )
    report.add_argument("--lang", choices=("nb", "en"), help="default: the business's language")
    report.add_argument("--today", type=_date_arg, default=None, help=argparse.SUPPRESS)
    report.set_defaults(run=_cmd_report)
    charter = sub.add_parser("charter", help="print the KPI charter as PDF")
    charter.add_argument("file")
    charter.add_argument("--out", required=True, metavar="OUT.pdf")
    charter.add_argument("--lang", choices=("nb", "en"), help="default: the business's language")
    charter.add_argument("--today", type=_date_arg, default=None, help=argparse.SUPPRESS)
    charter.set_defaults(run=_cmd_charter)
    _add_import_export(sub)
    _add_team(sub)
    return commands


def _open_parser() -> argparse.ArgumentParser:
    """`kpidesk [FILE]`: the window, for what `_window_args` leaves to a parser."""
    import argparse

    opener = argparse.ArgumentParser(prog="kpidesk", description="Open KPIDesk")
    opener.add_argument("--version", action="version", version=f"KPIDesk {__version__}")
    opener.add_argument("file", nargs="?")
    opener.add_argument("--no-crash-dialog", action="store_true", help=argparse.SUPPRESS)
    opener.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    opener.set_defaults(run=_cmd_open)
    return opener


def _add_import_export(sub: argparse._SubParsersAction) -> None:
    import argparse

    imp = sub.add_parser("import", help="import values from a CSV, XLSX, GA4 or Meta file")
    imp.add_argument("file")
    imp.add_argument("data")
    imp.add_argument("--preset", choices=("generic", "ga4", "meta"), default="generic")
    imp.add_argument("--map", action="append", type=_map_arg, metavar="COLUMN=KPI")
    imp.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    imp.add_argument("--number-format", choices=("nb", "en"))
    imp.add_argument("--date-format", choices=("dmy", "mdy"))
    imp.add_argument(
        "--keep-existing", action="store_true", help="leave stored values that differ alone"
    )
    imp.add_argument("--today", type=_date_arg, default=None, help=argparse.SUPPRESS)
    imp.set_defaults(run=_cmd_import)
    exp = sub.add_parser("export", help="export every value to CSV (long format) or XLSX")
    exp.add_argument("file")
    exp.add_argument("out", type=_export_target, metavar="OUT.csv|OUT.xlsx")
    exp.set_defaults(run=_cmd_export)


def _add_team(sub: argparse._SubParsersAction) -> None:
    team = sub.add_parser("team", help="share a business on a PostgreSQL server")
    actions = team.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help="set up roles and row security (run with an administrator's URL)"
    )
    init.add_argument("url", metavar="URL")
    init.set_defaults(run=_cmd_team_init)
    add = actions.add_parser("add-user", help="give a person a login with a role")
    add.add_argument("url", metavar="URL")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=("owner", "editor", "viewer"))
    add.add_argument(
        "--kpi", action="append", default=[], metavar="CODE", help="an editor's KPI (repeat)"
    )
    add.add_argument(
        "--password-stdin", action="store_true", help="read the new password from stdin"
    )
    add.set_defaults(run=_cmd_team_add_user)
    push = actions.add_parser("push", help="copy a file's business into an empty database")
    push.add_argument("file", metavar="FILE")
    push.add_argument("url", metavar="URL")
    push.set_defaults(run=_cmd_team_push)
    pull = actions.add_parser("pull", help="copy a team database into a new file")
    pull.add_argument("url", metavar="URL")
    pull.add_argument("file", metavar="FILE")
    pull.set_defaults(run=_cmd_team_pull)


def _cmd_team_init(args: argparse.Namespace) -> int:
    from kpidesk.store.team import init_team

    setup = init_team(_url(args.url))
    roles = ", ".join(setup.roles[r] for r in ("owner", "editor", "viewer"))
    print(
        f"{setup.display_name}: team roles ready ({roles}; tables owned by "
        f"{setup.roles['admin']}, row security forced)"
    )
    print("Next: kpidesk team add-user URL NAME --role owner|editor|viewer [--kpi CODE …]")
    return EXIT_OK


def _cmd_team_add_user(args: argparse.Namespace) -> int:
    from kpidesk.store.team import add_user

    password = _new_password(args.name, args.password_stdin)
    granted = add_user(_url(args.url), args.name, args.role, password, kpi_codes=args.kpi)
    kpis = f" for {len(granted)} KPI(s): {', '.join(args.kpi)}" if granted else ""
    print(f"{args.name} is now {args.role} of {_shown(args.url)}{kpis}")
    return EXIT_OK


def _new_password(name: str, from_stdin: bool) -> str:
    """The new login's password: one line from stdin, or typed twice at a prompt."""
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        import getpass

        if not sys.stdin.isatty():
            raise CommandError("no terminal to ask for the password: use --password-stdin")
        password = getpass.getpass(f"Password for {name}: ")
        if getpass.getpass("Again: ") != password:
            raise CommandError("the passwords differ; nothing was changed")
    if len(password) < 8:
        raise CommandError("the password needs at least 8 characters; nothing was changed")
    return password


def _cmd_team_push(args: argparse.Namespace) -> int:
    from kpidesk.store.transfer import push

    report = push(args.file, _url(args.url), progress=_progress())
    _transfer_done(report)
    return EXIT_OK


def _cmd_team_pull(args: argparse.Namespace) -> int:
    from kpidesk.store.transfer import pull

    report = pull(_url(args.url), args.file, progress=_progress())
    _transfer_done(report)
    return EXIT_OK


def _url(text: str) -> str:
    if not _is_url(text):
        raise CommandError(f"'{text}' is not a postgresql://user@host:port/database URL")
    return text


def _progress() -> Callable[[int, int], None] | None:
    """Percent steps on stderr when a person watches; nothing for scripts."""
    if not sys.stderr.isatty():
        return None
    shown = [-1]

    def show(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if percent != shown[0]:
            shown[0] = percent
            print(f"\r{percent:3d} %", end="", file=sys.stderr, flush=True)

    return show


def _transfer_done(report: TransferReport) -> None:
    counts = report.counts
    print(
        f"Copied {report.source} to {report.target}: {counts.get('kpi', 0)} KPIs, "
        f"{counts.get('measurement', 0)} values, {report.rows} rows in {len(counts)} tables; "
        f"counts and checksum {report.checksum[:12]} match"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    as_program = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    # `kpidesk FILE` and `kpidesk COMMAND …` share the first position.
    first = argv[0] if argv else ""
    if first == "--first-home":  # the app's helper process (gui.first_home), not for people
        from kpidesk.gui.first_home import helper_main

        return helper_main(argv[1:])
    if first not in {*COMMANDS, "-h", "--help"}:
        window = _window_args(argv)
        if window is not None:
            return _run(_cmd_open, window)
    parser = _command_parser() if first in {*COMMANDS, "-h", "--help"} else _open_parser()
    args = parser.parse_args(argv)
    if getattr(args, "run", None) is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    one_shot = as_program and args.run in (_cmd_report, _cmd_charter)
    args.one_shot = one_shot  # the scorecard may then be computed in a child process
    if one_shot:
        # The process ends with the document: no cyclic collection at all (gc_pause.py
        # says why), neither at the end, when switching it back on would run one
        # (~15 ms), nor at exit, when it would scan every object left (frozen: skipped).
        gc.disable()
    status = _run(args.run, args)
    if one_shot:
        gc.freeze()
    return status


_WINDOW_FLAGS = ("--smoke", "--no-crash-dialog")


def _window_args(argv: list[str]) -> SimpleNamespace | None:
    """`kpidesk [FILE]` (the app's every start) read without building a parser.

    None for anything else (an option, two files, --help …): the parser reads
    that, and says what is wrong with it.
    """
    files = [a for a in argv if a not in _WINDOW_FLAGS]
    if len(files) > 1 or any(a.startswith("-") for a in files):
        return None
    return SimpleNamespace(
        file=files[0] if files else None,
        smoke="--smoke" in argv,
        no_crash_dialog="--no-crash-dialog" in argv,
    )


def _run(command: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    from kpidesk.store.errors import StoreError

    try:
        return command(args)
    except (CommandError, StoreError) as exc:
        print(f"kpidesk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("kpidesk: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
