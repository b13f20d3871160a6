"""Supervision: export work sheets, the ledger (import, close, reopen, sync), status and report.

The library is policy_cli.supervise; these commands parse options, call it,
and print. openpyxl is imported only by the commands that read or write xlsx.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ParamSpec

import typer

from ..errors import StrictError, UsageError
from ..i18n import _, n_
from .core import APP_SETTINGS, REGISTERED, command, guarded, note, nothing
from .options import MAX_SIZE, READ, FormatOpt, MaxSizeOpt, ModelOpt, NoticeOpt, OutputOpt, emit, load, registry

P = ParamSpec("P")

if TYPE_CHECKING:
    from ..models import Notice
    from ..supervise.ledger import Ledger, SyncReport

LedgerOpt = Annotated[
    Path,
    typer.Option("--ledger", "-l", help=_("The ledger file (YAML; created by the first import)."), readable=False),
]
LEDGER = Path("ledger.yaml")
OnOpt = Annotated[
    str | None,
    typer.Option("--on", help=_("The day of the import or change, YYYY-MM-DD (default: today)."), show_default=False),
]
AsOfOpt = Annotated[
    str | None,
    typer.Option("--as-of", help=_("Compute states as of this day, YYYY-MM-DD (default: today)."), show_default=False),
]
SinceOpt = Annotated[
    str | None,
    typer.Option(
        "--since",
        help=_("Start of the reporting period (default: the first day of the as-of month)."),
        show_default=False,
    ),
]
WindowOpt = Annotated[int, typer.Option("--window", help=_("Days before a deadline that count as approaching."), min=0)]
UnitOpt = Annotated[list[str] | None, typer.Option("--unit", "-u", help=_("A unit (repeat for several)."))]


def _day(value: str | None, option: str) -> str:
    if value is None:
        return dt.date.today().isoformat()
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise UsageError(
            _("{option} {value!r} is not a date; write it as YYYY-MM-DD").format(option=option, value=value)
        ) from None


def _units(names: list[str] | None, notice: Notice) -> list[str]:
    from ..query import resolve_departments

    return list(resolve_departments(names or [], notice, registry()))


def _sync_notes(sync: SyncReport, ledger: Path) -> None:
    if sync.added:
        note(
            n_(
                "{ledger}: {n} row added for new (task, unit) pairs",
                "{ledger}: {n} rows added for new (task, unit) pairs",
                len(sync.added),
            ).format(ledger=ledger, n=len(sync.added))
        )
    for old, new, ratio in sync.rematched:
        note(
            _("{ledger}: task {old} reworded as task {new} (similarity {ratio}); its rows follow it").format(
                ledger=ledger, old=old, new=new, ratio=f"{ratio:.2f}"
            )
        )
    for task, unit in sync.orphaned:
        note(
            _("{ledger}: task {task} of {unit} is no longer in the notice; its row is kept, marked orphaned").format(
                ledger=ledger, task=task, unit=unit
            )
        )
    for task, unit in sync.restored:
        note(_("{ledger}: task {task} of {unit} is back in the notice").format(ledger=ledger, task=task, unit=unit))


# ---------------------------------------------------------------- export


@command
def export(
    xlsx: Annotated[
        Path | None,
        typer.Option("--xlsx", help=_("Write one workbook: a summary and a sheet per unit."), readable=False),
    ] = None,
    per_unit: Annotated[
        Path | None,
        typer.Option("--per-unit", help=_("Write one workbook per unit into this folder."), readable=False),
    ] = None,
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    max_size: MaxSizeOpt = MAX_SIZE,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """Write the work sheets units fill in: each unit's tasks with a drop-down for 完成状态.

    Prints the units with their sheet names and task counts.

    Example: policy-cli export --xlsx sheets.xlsx --per-unit sheets/
    """
    from ..supervise import sheets
    from ..views import View

    if xlsx is None and per_unit is None:
        raise UsageError(_("give --xlsx FILE, --per-unit DIR or both"))
    found = load(model, notice, max_size)
    infos = []
    if xlsx is not None:
        infos = sheets.export_workbook(found, registry(), xlsx, inputs=READ)
        note(
            _("wrote {file}: a summary and {sheets} unit sheets, {rows} rows").format(
                file=xlsx, sheets=len(infos), rows=sum(i.tasks for i in infos)
            )
        )
    if per_unit is not None:
        written = sheets.export_per_unit(found, registry(), per_unit, inputs=READ)
        infos = [info for info, _ in written]
        note(_("wrote {n} workbooks into {folder}").format(n=len(written), folder=per_unit))
    records = [
        {"unit": i.unit, "sheet": i.sheet, "tasks": i.tasks, "lead": i.lead, "partner": i.partner} for i in infos
    ]
    emit(View(records, ("unit", "sheet", "tasks", "lead", "partner")), fmt, output)


# ---------------------------------------------------------------- ledger

ledger_app = typer.Typer(
    **{
        **APP_SETTINGS,
        "name": "ledger",
        "help": _("The ledger: import filled sheets; close, reopen and extend tasks; sync."),
    }
)
REGISTERED["ledger"] = ledger_app


def _subcommand(name: str) -> Callable[[Callable[P, None]], Callable[P, None]]:
    """Register a ledger subcommand with its help in the user's language and one-line errors."""

    def register(fn: Callable[P, None]) -> Callable[P, None]:
        summary = inspect.cleandoc(fn.__doc__ or "")
        ledger_app.command(name, help=_(summary))(guarded(fn))
        return fn

    return register


@_subcommand("import")
def import_(
    files: Annotated[
        list[Path], typer.Argument(help=_("Filled sheets: .xlsx, or .csv (UTF-8 or GBK)."), readable=False)
    ],
    ledger: LedgerOpt = LEDGER,
    on: OnOpt = None,
    strict: Annotated[bool, typer.Option("--strict", help=_("Exit 5 when any row or field was not taken."))] = False,
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    max_size: MaxSizeOpt = MAX_SIZE,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """Merge filled work sheets into the ledger; print what could not be taken, with file, sheet and row.

    Importing a file twice changes nothing; two imports at once both land.

    Example: policy-cli ledger import 州财政局.xlsx 州公安局.csv --on 2018-12-20
    """
    from ..supervise import intake
    from ..views import View

    day = _day(on, "--on")
    READ.extend([ledger, *files])
    found = load(model, notice, max_size)
    result, sync = intake.import_files(ledger, files, found, registry(), day)
    _sync_notes(sync, ledger)
    note(
        _(
            "{ledger}: {recorded} recorded, {unchanged} already there, {rejected} not taken (of {filled} filled rows)"
        ).format(
            ledger=ledger,
            recorded=result.recorded,
            unchanged=result.unchanged,
            rejected=result.rejected,
            filled=result.filled,
        )
    )
    if result.findings:
        records = [
            {
                "file": f.file,
                "sheet": f.sheet,
                "row": f.row,
                "severity": f.severity,
                "code": f.code,
                "message": f.message,
            }
            for f in result.findings
        ]
        emit(View(records, ("file", "sheet", "row", "severity", "code", "message")), fmt, output)
    problems = [f for f in result.findings if f.severity in ("error", "warning")]
    if strict and problems:
        raise StrictError(_("{n} rows or fields not taken (listed above)").format(n=len(problems)))


@_subcommand("close")
def close(
    task: Annotated[int, typer.Argument(help=_("The task's number in the notice."))],
    completed: Annotated[str, typer.Option("--completed", help=_("The day the task was completed, YYYY-MM-DD."))],
    evidence: Annotated[
        str | None, typer.Option("--evidence", help=_("佐证材料 (default: what the unit last reported)."))
    ] = None,
    unit: UnitOpt = None,
    ledger: LedgerOpt = LEDGER,
    on: OnOpt = None,
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    max_size: MaxSizeOpt = MAX_SIZE,
) -> None:
    """销号: close a task for its units (all, or those given) with a completion date and evidence.

    Example: policy-cli ledger close 17 --unit 州财政局 --completed 2018-12-08 --evidence 验收报告
    """
    from ..supervise import ledger as lg

    day, done = _day(on, "--on"), _day(completed, "--completed")
    found = load(model, notice, max_size)
    units = _units(unit, found)
    _require(ledger)

    def change(led: lg.Ledger) -> list[lg.Row]:
        led.sync(found, registry(), day)
        return led.close(task, units, done, evidence, day)

    rows = lg.update(ledger, change)
    note(
        _("{ledger}: task {task} closed for {units} (completed {date})").format(
            ledger=ledger, task=task, units="、".join(r.unit for r in rows), date=done
        )
    )


@_subcommand("extend")
def extend(
    task: Annotated[int, typer.Argument(help=_("The task's number in the notice."))],
    until: Annotated[str, typer.Option("--until", help=_("The new deadline, YYYY-MM-DD."))],
    reason: Annotated[str, typer.Option("--reason", help=_("Why it is granted (kept in the history)."))],
    unit: UnitOpt = None,
    ledger: LedgerOpt = LEDGER,
    on: OnOpt = None,
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    max_size: MaxSizeOpt = MAX_SIZE,
) -> None:
    """Grant a later deadline (延期) to a task's units (all, or those given).

    Example: policy-cli ledger extend 63 --unit 州公安局 --until 2019-06-30 --reason 待省厅批复
    """
    from ..supervise import ledger as lg

    day, new = _day(on, "--on"), _day(until, "--until")
    found = load(model, notice, max_size)
    units = _units(unit, found)
    _require(ledger)

    def change(led: lg.Ledger) -> list[lg.Row]:
        led.sync(found, registry(), day)
        return led.extend(task, units, new, reason, day)

    rows = lg.update(ledger, change)
    note(
        _("{ledger}: task {task} due {date} for {units}").format(
            ledger=ledger, task=task, date=new, units="、".join(r.unit for r in rows)
        )
    )


@_subcommand("reopen")
def reopen(
    task: Annotated[int, typer.Argument(help=_("The task's number in the notice."))],
    reason: Annotated[str, typer.Option("--reason", help=_("Why the task is reopened (kept in the history)."))],
    unit: UnitOpt = None,
    ledger: LedgerOpt = LEDGER,
    on: OnOpt = None,
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    max_size: MaxSizeOpt = MAX_SIZE,
) -> None:
    """Reopen a closed task (back to 推进中); the reason is recorded in the history.

    Example: policy-cli ledger reopen 17 --unit 州财政局 --reason 复查未通过
    """
    from ..supervise import ledger as lg

    day = _day(on, "--on")
    found = load(model, notice, max_size)
    units = _units(unit, found)
    _require(ledger)

    def change(led: lg.Ledger) -> list[lg.Row]:
        led.sync(found, registry(), day)
        return led.reopen(task, units, reason, day)

    rows = lg.update(ledger, change)
    note(
        _("{ledger}: task {task} reopened for {units}").format(
            ledger=ledger, task=task, units="、".join(r.unit for r in rows)
        )
    )


@_subcommand("sync")
def sync(
    ledger: LedgerOpt = LEDGER,
    on: OnOpt = None,
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    max_size: MaxSizeOpt = MAX_SIZE,
) -> None:
    """Match the ledger to the notice (after a revision): rows follow their tasks by content, none is dropped.

    Example: policy-cli ledger sync --notice revised_notice.txt
    """
    from ..supervise import ledger as lg

    day = _day(on, "--on")
    found = load(model, notice, max_size)
    _require(ledger)
    report = lg.update(ledger, lambda led: led.sync(found, registry(), day))
    _sync_notes(report, ledger)
    if not report.changed:
        note(_("{ledger}: already matches the notice").format(ledger=ledger))


def _require(ledger: Path) -> None:
    from ..errors import ModelError
    from ..files import existing_regular

    if not existing_regular(ledger, error=ModelError, what=_("ledger")):
        raise UsageError(
            _("{ledger}: no ledger yet; create it with 'policy-cli ledger import FILE...'").format(ledger=ledger)
        )


# ---------------------------------------------------------------- status and report


def _ledger_for(ledger: Path, found: Notice, day: str) -> Ledger:
    """The ledger matched to the notice in memory (nothing is written)."""
    from ..errors import ModelError
    from ..files import existing_regular
    from ..supervise import ledger as lg

    READ.append(ledger)
    if not existing_regular(ledger, error=ModelError, what=_("ledger")):
        note(_("{ledger}: no ledger yet; every task counts as not reported").format(ledger=ledger))
    led = lg.read(ledger, found, registry(), day)[0]
    return led


@command
def status(
    as_of: AsOfOpt = None,
    since: SinceOpt = None,
    unit: UnitOpt = None,
    window: WindowOpt = 30,
    per_task: Annotated[
        bool, typer.Option("--per-task", help=_("One row per task, its units' states counted."))
    ] = False,
    state: Annotated[
        list[str] | None,
        typer.Option(
            "--state", "-s", help=_("closed, completed, overdue, approaching or on-track (repeat for several).")
        ),
    ] = None,
    ledger: LedgerOpt = LEDGER,
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    max_size: MaxSizeOpt = MAX_SIZE,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """Each task and unit as of a day: status, state (overdue, approaching, ...), latest report.

    Example: policy-cli status --as-of 2018-12-20 --unit 州财政局 --state overdue
    """
    from ..supervise import status as st
    from ..views import View

    day = _day(as_of, "--as-of")
    start = _day(since, "--since") if since else None
    for s in state or []:
        if s not in st.STATES:
            raise UsageError(_("--state {value!r} is not one of {states}").format(value=s, states=", ".join(st.STATES)))
    found = load(model, notice, max_size)
    units = set(_units(unit, found))
    led = _ledger_for(ledger, found, day)
    rows = [r for r in st.statuses(led, found, day, start, window) if not units or r.unit in units]
    records = st.per_task(rows) if per_task else [r.record() for r in rows]
    records = [r for r in records if not state or r["state"] in state]
    if not records:
        nothing(_("no rows matched"))
    emit(View(records, st.TASK_COLUMNS if per_task else st.STATUS_COLUMNS), fmt, output)


class ReportFormat(enum.StrEnum):
    table = "table"
    tsv = "tsv"
    csv = "csv"
    json = "json"
    yaml = "yaml"
    md = "md"
    xlsx = "xlsx"
    chart = "chart"


@command
def report(
    as_of: AsOfOpt = None,
    since: SinceOpt = None,
    window: WindowOpt = 30,
    fmt: Annotated[
        ReportFormat | None,
        typer.Option(
            "--format",
            "-f",
            help=_(
                "md: the 通报 for circulation; xlsx: the same as a workbook (needs -o); "
                "table: per-unit figures and a bar chart; chart: the bar chart alone; "
                "tsv/csv/json/yaml: the per-unit figures."
            ),
            case_sensitive=False,
        ),
    ] = None,
    output: OutputOpt = None,
    ledger: LedgerOpt = LEDGER,
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    max_size: MaxSizeOpt = MAX_SIZE,
) -> None:
    """The 通报 as of a day: per unit, tasks held, completed, closed, on track, approaching, overdue, not reported.

    Example: policy-cli report --as-of 2018-12-20 --format md -o 通报.md
    """
    from ..files import write_output
    from ..supervise import status as st
    from ..views import View
    from .options import Format

    day = _day(as_of, "--as-of")
    start = _day(since, "--since") if since else None
    chosen = fmt.value if fmt else ("xlsx" if output and output.suffix.lower() == ".xlsx" else None)
    if chosen == "xlsx" and output is None:
        raise UsageError(_("--format xlsx writes a workbook: give -o FILE.xlsx"))
    found = load(model, notice, max_size)
    led = _ledger_for(ledger, found, day)
    rep = st.report(led, found, day, start, window)
    if chosen == "xlsx" and output is not None:
        st.write_xlsx(rep, output, inputs=READ)
        note(_("wrote {file}").format(file=output))
        return
    if chosen in ("md", "chart") or (chosen is None and output is not None and output.suffix.lower() == ".md"):
        text = st.bar_chart(rep) if chosen == "chart" else st.markdown(rep)
        if output is None:
            sys.stdout.write(text)
        else:
            write_output(output, text.encode("utf-8"), inputs=READ)
        return
    view = View([u.record() for u in [*rep.units, rep.total]], st.REPORT_COLUMNS, caption=st.summary_line(rep))
    table_format = Format(chosen) if chosen else None
    emit(view, table_format, output)
    if (chosen == "table" or (chosen is None and output is None and sys.stdout.isatty())) and output is None:
        sys.stdout.write(st.bar_chart(rep))
