"""Status as of a date, per task and unit, and the per-unit report (通报).

Each ledger row is replayed up to the as-of date and put in exactly one
state, so a unit's states add up to the tasks it holds:

- closed (已销号): closed by the supervision office;
- completed (已完成): reported complete, not yet closed;
- overdue (逾期): the deadline (Task.due_date) has passed and it is neither;
- approaching (临期): the deadline falls within the window (30 days) from the as-of date;
- on track (正常推进): everything else, including tasks without a deadline.

The deadline is the task's (Task.due_date), or a later one the supervision
office granted (`Ledger.extend`); a unit's request (申请延期至) alone does not
move it. Overdue is computed here and never stored. A row is "not reported this
period" when it is neither completed nor closed and has no report dated in the
period (default: the as-of date's month up to the as-of date). Orphaned rows
(a task no longer in the notice) are counted apart.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..models import Notice
from .assign import CLOSED, COMPLETED
from .ledger import Ledger, Row

WINDOW_DAYS = 30
STATES = ("closed", "completed", "overdue", "approaching", "on-track")
STATE_NAMES = {
    "closed": "已销号",
    "completed": "已完成",
    "overdue": "逾期",
    "approaching": "临期",
    "on-track": "正常推进",
}


@dataclass(frozen=True)
class RowStatus:
    task: int
    unit: str
    role: str
    due: str | None  # as written
    due_date: str | None  # the notice's deadline
    extended_to: str | None  # a later deadline granted by the supervision office
    extension_asked: str | None  # a later deadline the unit asked for and has not been granted
    status: str  # 未启动 | 推进中 | 已完成 | 已销号 | 申请延期
    state: str  # one of STATES
    days: int | None  # overdue: days past the deadline; otherwise days left (None without a deadline)
    reported: str | None  # date of the latest report up to the as-of date
    reported_in_period: bool
    progress: str | None
    evidence: str | None

    def record(self) -> dict[str, Any]:
        return {
            "task": self.task,
            "unit": self.unit,
            "role": self.role,
            "due": self.due,
            "due_date": self.due_date,
            "extended_to": self.extended_to,
            "status": self.status,
            "state": self.state,
            "days": self.days,
            "reported": self.reported,
            "progress": self.progress,
        }


STATUS_COLUMNS = [
    "task",
    "unit",
    "role",
    "due",
    "due_date",
    "extended_to",
    "status",
    "state",
    "days",
    "reported",
    "progress",
]


TASK_COLUMNS = [
    "task",
    "due",
    "due_date",
    "state",
    "units",
    "closed",
    "completed",
    "overdue",
    "approaching",
    "on_track",
]


def per_task(rows: list[RowStatus]) -> list[dict[str, Any]]:
    """One record per task: its units' states counted, and the task's state.

    A task is closed when every unit's row is, completed when every row is
    completed or closed, and otherwise takes the most urgent state of its open
    rows (overdue, then approaching, then on track).
    """
    by_task: dict[int, list[RowStatus]] = {}
    for r in rows:
        by_task.setdefault(r.task, []).append(r)
    out = []
    for task, held in by_task.items():
        counts = {s: sum(1 for r in held if r.state == s) for s in STATES}
        if counts["closed"] == len(held):
            state = "closed"
        elif counts["closed"] + counts["completed"] == len(held):
            state = "completed"
        else:
            state = next(s for s in ("overdue", "approaching", "on-track") if counts[s])
        out.append(
            {
                "task": task,
                "due": held[0].due,
                "due_date": held[0].due_date,
                "state": state,
                "units": len(held),
                "closed": counts["closed"],
                "completed": counts["completed"],
                "overdue": counts["overdue"],
                "approaching": counts["approaching"],
                "on_track": counts["on-track"],
            }
        )
    return out


@dataclass
class UnitFigures:
    unit: str
    held: int = 0
    closed: int = 0
    completed: int = 0
    on_track: int = 0
    approaching: int = 0
    overdue: int = 0
    not_reported: int = 0

    def add(self, row: RowStatus) -> None:
        self.held += 1
        attr = {"on-track": "on_track"}.get(row.state, row.state)
        setattr(self, attr, getattr(self, attr) + 1)
        if not row.reported_in_period and row.state not in ("closed", "completed"):
            self.not_reported += 1

    @property
    def completion(self) -> float:
        """Per cent of held tasks completed or closed, one decimal."""
        return round(100 * (self.completed + self.closed) / self.held, 1) if self.held else 0.0

    def record(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "held": self.held,
            "completed": self.completed,
            "closed": self.closed,
            "on_track": self.on_track,
            "approaching": self.approaching,
            "overdue": self.overdue,
            "not_reported": self.not_reported,
            "completion": self.completion,
        }


REPORT_COLUMNS = [
    "unit",
    "held",
    "completed",
    "closed",
    "on_track",
    "approaching",
    "overdue",
    "not_reported",
    "completion",
]
REPORT_HEADERS = ["单位", "承担", "已完成", "已销号", "正常推进", "临期", "逾期", "本期未报送", "完成率(%)"]


@dataclass
class Report:
    title: str
    identity: str
    version: str
    as_of: str
    since: str
    rows: list[RowStatus]
    units: list[UnitFigures]
    total: UnitFigures
    orphaned: int = 0
    overdue: list[RowStatus] = field(default_factory=list)
    extensions: list[RowStatus] = field(default_factory=list)  # later deadlines asked for, not yet granted


def period_start(as_of: str) -> str:
    return as_of[:8] + "01"


def row_status(row: Row, notice: Notice, as_of: str, since: str, window: int = WINDOW_DAYS) -> RowStatus:
    st = row.state(as_of)
    task = notice.task(row.task) if row.task is not None else None
    deadline = st.extended_to or row.due_date
    day = dt.date.fromisoformat(as_of)
    days = None
    if st.status == CLOSED:
        state = "closed"
    elif st.status == COMPLETED:
        state = "completed"
    elif deadline is None:
        state = "on-track"
    else:
        left = (dt.date.fromisoformat(deadline) - day).days
        if left < 0:
            state, days = "overdue", -left
        else:
            state, days = ("approaching" if left <= window else "on-track"), left
    asked = st.extension_asked if st.extension_asked and st.extension_asked != st.extended_to else None
    in_period = any(e.kind == "report" and since <= e.date <= as_of for e in row.history)
    return RowStatus(
        task=row.task or 0,
        unit=row.unit,
        role=row.role,
        due=task.due if task else None,
        due_date=row.due_date,
        extended_to=st.extended_to,
        extension_asked=asked if state not in ("closed", "completed") else None,
        status=st.status,
        state=state,
        days=days,
        reported=st.reported,
        reported_in_period=in_period,
        progress=st.progress,
        evidence=st.evidence,
    )


def statuses(
    ledger: Ledger, notice: Notice, as_of: str, since: str | None = None, window: int = WINDOW_DAYS
) -> list[RowStatus]:
    """Every current row's status as of a date, in task order."""
    start = since or period_start(as_of)
    return [row_status(r, notice, as_of, start, window) for r in ledger.rows if not r.orphaned and r.task is not None]


def report(ledger: Ledger, notice: Notice, as_of: str, since: str | None = None, window: int = WINDOW_DAYS) -> Report:
    start = since or period_start(as_of)
    rows = statuses(ledger, notice, as_of, start, window)
    by_unit: dict[str, UnitFigures] = {}
    total = UnitFigures("合计")
    for r in rows:
        by_unit.setdefault(r.unit, UnitFigures(r.unit)).add(r)
        total.add(r)
    units = sorted(by_unit.values(), key=lambda u: (-u.held, u.unit))
    overdue = sorted((r for r in rows if r.state == "overdue"), key=lambda r: (-(r.days or 0), r.task, r.unit))
    return Report(
        title=ledger.title,
        identity=ledger.identity,
        version=ledger.version,
        as_of=as_of,
        since=start,
        rows=rows,
        units=units,
        total=total,
        orphaned=sum(1 for r in ledger.rows if r.orphaned),
        overdue=overdue,
        extensions=[r for r in rows if r.extension_asked],
    )


# ---------------------------------------------------------------- Markdown


def _md_table(headers: list[str], rows: list[list[Any]]) -> str:
    def cell(v: Any) -> str:
        return ("" if v is None else str(v)).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _figures(u: UnitFigures) -> list[Any]:
    return [u.unit, u.held, u.completed, u.closed, u.on_track, u.approaching, u.overdue, u.not_reported, u.completion]


def summary_line(rep: Report) -> str:
    t = rep.total
    return (
        f"共 {t.held} 项（任务×单位），已完成 {t.completed} 项，已销号 {t.closed} 项，完成率 {t.completion}%；"
        f"正常推进 {t.on_track} 项，临期 {t.approaching} 项，逾期 {t.overdue} 项；本期未报送 {t.not_reported} 项。"
    )


def markdown(rep: Report) -> str:
    head = f"{rep.title}（{rep.identity}）" if rep.identity and rep.identity != rep.title else rep.title
    out = [
        "# 任务落实情况通报\n",
        f"{head}，截至 {rep.as_of}（本期 {rep.since} 至 {rep.as_of}；通知版本 {rep.version}）。\n",
        "## 总体情况\n",
        summary_line(rep) + "\n",
        "## 各单位情况\n",
        _md_table(REPORT_HEADERS, [*(_figures(u) for u in rep.units), _figures(rep.total)]),
        "## 逾期任务\n",
    ]
    if rep.overdue:
        out.append(
            _md_table(
                ["任务", "单位", "完成时限", "状态", "逾期天数"],
                [[r.task, r.unit, r.due or r.due_date, r.status, r.days] for r in rep.overdue],
            )
        )
    else:
        out.append("无。\n")
    out.append("\n## 申请延期\n")
    if rep.extensions:
        out.append(
            _md_table(
                ["任务", "单位", "完成时限", "申请延期至", "状态"],
                [[r.task, r.unit, r.due_date, r.extension_asked, r.status] for r in rep.extensions],
            )
        )
    else:
        out.append("无。\n")
    late = [u for u in rep.units if u.not_reported]
    out.append("\n## 本期未报送\n")
    out.append("；".join(f"{u.unit} {u.not_reported} 项" for u in late) + "。\n" if late else "无。\n")
    if rep.orphaned:
        out.append(f"\n另有 {rep.orphaned} 行台账所属任务已不在通知中（见台账 orphaned 行），未计入上表。\n")
    return "\n".join(out)


# ---------------------------------------------------------------- xlsx


def write_xlsx(rep: Report, path: Path, inputs: Iterable[Path] = ()) -> None:
    """The report as a workbook for circulation: 通报 (per unit, colour-coded), 逾期任务 and 申请延期."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    from ..files import write_output
    from .assign import display_width

    red = PatternFill("solid", fgColor="F8CBAD")
    blue = PatternFill("solid", fgColor="BDD7EE")
    yellow = PatternFill("solid", fgColor="FFE699")
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "通报"
    ws["A1"] = "任务落实情况通报"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = f"{rep.title}（{rep.identity}），截至 {rep.as_of}（本期 {rep.since} 至 {rep.as_of}）"
    ws["A3"] = summary_line(rep)
    header_row = 5
    for i, h in enumerate(REPORT_HEADERS, start=1):
        cell = ws.cell(row=header_row, column=i, value=h)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    table = [*rep.units, rep.total]
    for r, u in enumerate(table, start=header_row + 1):
        for i, v in enumerate(_figures(u), start=1):
            ws.cell(row=r, column=i, value=v)
        if u.overdue:
            ws.cell(row=r, column=7).fill = red
        if u.approaching:
            ws.cell(row=r, column=6).fill = blue
        if u.not_reported:
            ws.cell(row=r, column=8).fill = yellow
        if u is rep.total:
            for i in range(1, len(REPORT_HEADERS) + 1):
                ws.cell(row=r, column=i).font = Font(bold=True)
    widths = [
        max(display_width(str(v)) for v in [h, *(_figures(u)[i] for u in table)]) for i, h in enumerate(REPORT_HEADERS)
    ]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w + 2
    ws.freeze_panes = f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    _list_sheet(
        wb.create_sheet("逾期任务"),
        ["任务", "单位", "完成时限", "截止日期", "状态", "逾期天数"],
        [6, 30, 16, 12, 10, 10],
        [[r.task, r.unit, r.due, r.due_date, r.status, r.days] for r in rep.overdue],
        red,
    )
    _list_sheet(
        wb.create_sheet("申请延期"),
        ["任务", "单位", "完成时限", "截止日期", "申请延期至", "状态"],
        [6, 30, 16, 12, 12, 10],
        [[r.task, r.unit, r.due, r.due_date, r.extension_asked, r.status] for r in rep.extensions],
        yellow,
    )
    buffer = io.BytesIO()
    wb.save(buffer)
    write_output(path, buffer.getvalue(), inputs=inputs)


# ---------------------------------------------------------------- terminal chart


def bar_chart(rep: Report, width: int = 30) -> str:
    """Completion per unit as bars: █ completed or closed, ▒ overdue, ░ the rest; plain text."""
    from .assign import display_width

    name_width = max((display_width(u.unit) for u in rep.units), default=4)
    lines = [f"完成率  █ 已完成/已销号  ▒ 逾期  ░ 其他（截至 {rep.as_of}）"]
    for u in [*rep.units, rep.total]:
        done = round(width * (u.completed + u.closed) / u.held) if u.held else 0
        late = round(width * u.overdue / u.held) if u.held else 0
        late = min(late, width - done)
        bar = "█" * done + "▒" * late + "░" * (width - done - late)
        pad = " " * (name_width - display_width(u.unit))
        lines.append(f"{u.unit}{pad}  {bar} {u.completion:5.1f}%  逾期 {u.overdue}")
    return "\n".join(lines) + "\n"


def _list_sheet(ws: Any, headers: list[str], widths: list[int], rows: list[list[Any]], fill: Any) -> None:
    """A sheet listing rows under a bold, frozen header that prints on every page, each row filled."""
    from openpyxl.styles import Font

    for i, h in enumerate(headers, start=1):
        ws.cell(row=1, column=i, value=h).font = Font(bold=True)
    for r, values in enumerate(rows, start=2):
        for i, v in enumerate(values, start=1):
            ws.cell(row=r, column=i, value=v).fill = fill
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
