"""The lines of one row of a table scraped one cell a line -> one row line, its lines fitted to the columns
(from the right, by the kinds of their text, a short row, a wrapped task, numbered items)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations, pairwise

import regex

from ... import patterns as P
from ...decode import fold
from ...departments import split_outside_parens
from ...models import Warning
from ..lines import SourceLine
from .cells import (
    _UNIT_COLUMNS,
    _due_like,
    _joined,
    _name_like,
    _names_units,
    _person_like,
    _reads_as_units,
    _unit_like,
)
from .header_rows import _unit_column_name, _value_column


def _remark_column(name: str, role: str | None) -> bool:
    """A column of remarks (备注, 进度), or a column of a short name no vocabulary knows (read as one: mostly
    empty, it takes no line that reads as a unit or a deadline)."""
    if name in P.REMARK_COLUMNS:
        return True
    return (
        role == "other"
        and 0 < len(name) <= 6
        and name not in P.COLUMN_ROLES
        and name not in P.PROBLEM_COLUMNS
        and not _value_column(name)
        and not P.YEAR_COLUMN.fullmatch(name)
    )


def _fit_rows(
    row: list[SourceLine],
    roles: list[str | None],
    warnings: list[Warning] | None,
    names: Sequence[str] = (),
    dashes: bool = False,
    lineless: list[SourceLine] | None = None,
) -> list[SourceLine]:
    """The rows of the lines under one 序号 cell: one row, or, where a deadline cell is followed by more
    task text and a deadline of its own (开工建设老年大学 / 12月底前 under a merged 序号 and units cell),
    a second row with an empty 序号 cell and, where it has no line for them, empty units cells (the
    merged cells above: see _filled)."""
    if len(row) > len(roles):
        row = _continued_units(row)
    if len(row) > len(roles) and (items := _numbered_item_rows(row, roles)) is not None:
        return items
    if roles[-1] == "due" and roles[0] == "number" and "task" in roles and len(row) > len(roles):
        task = roles.index("task")
        cut = next(
            (k for k in range(task + 2, len(row) - 2) if _due_like(row[k].folded.strip())),
            None,
        )
        rest = row[cut + 1 :] if cut is not None else []
        if (
            cut is not None
            and _due_like(rest[-1].folded.strip())
            and not _unit_like(rest[0].folded)
            and len(rest) <= len(roles) - task
        ):
            blank = SourceLine(rest[0].number, "", "")
            units = [blank] * (len(roles) - task - len(rest))  # the merged units cells left empty
            second = _joined([blank, *([blank] * (task - 1)), rest[0], *units, *rest[1:]])
            return [_fit_row(row[: cut + 1], roles, warnings), second]
    if _has_value_columns(roles):
        ledger = _fit_progress_ledger(row, roles, names)
        if ledger is not None:
            return [ledger]
        kinds = _fit_by_kinds(row, roles, names) or _fit_wrapped_task(row, roles, names, warnings)
        if kinds is not None:
            return [kinds]
        short = _fit_short_row(row, roles, names, warnings) if len(row) < len(roles) else None
        if short is not None:
            return [short]
        if (whole := _fit_one_a_column(row, roles, names)) is not None:
            return [whole]
        if warnings is not None and names and _remark_column(names[-1], roles[-1]) and "due" in roles:
            message = (
                f"row has {len(row)} lines for {len(roles)} columns and its cells do not fall one a column;"
                " which column a line belongs to is a guess"
            )
            warnings.append(Warning("row-cells-guessed", row[0].number, message))
        fitted = _fit_from_the_right(row, roles, names)
        if warnings is not None and (unread := _units_left_in_text(row, roles, fitted)) is not None:
            message = f"row {row[0].folded.strip()}: a line that reads as units fell in no units column: {unread.text.strip()[:30]}"
            warnings.append(Warning("row-units-unread", unread.number, message))
        return [fitted]
    return [_fit_row(row, roles, warnings, dashes, lineless, names)]


def _units_left_in_text(row: list[SourceLine], roles: list[str | None], fitted: SourceLine) -> SourceLine | None:
    """The first line of a row that opens with a unit's name (区住建局 张晓) where the row, fitted from the right,
    has every units cell empty: units the fit left in the task's text, or None."""
    cells = fitted.text.split("\t")
    if len(cells) != len(roles) or any(c.strip() for c, r in zip(cells, roles, strict=True) if r in _UNIT_COLUMNS):
        return None
    if not any(r in _UNIT_COLUMNS for r in roles):
        return None
    return next((ln for ln in row[2:] if (first := ln.folded.split()) and _unit_like(first[0])), None)


def _numbered_item_rows(row: list[SourceLine], roles: list[str | None]) -> list[SourceLine] | None:
    """The rows of numbered items under one merged 序号 cell (1 / 主要预期目标 / 1.地区生产总值增长5%以上。 /
    钱 宇 / ★区发改委、统计局 / 2.一般公共预算收入… / ★区财政局、税务局): each item a row of its own, numbered
    as the item is, its leaders' lines (none where the cell is empty) and its units line after it; the cells
    before the first item (the merged 项目 cell) pass through as a line of their own. None where the row is
    no such run: fewer than two items, or an item not closed by a units line."""
    if roles[0] != "number" or "task" not in roles or roles[-1] not in _UNIT_COLUMNS:
        return None
    last_task = len(roles) - 1 - roles[::-1].index("task")
    after = roles[last_task + 1 :]
    if after[:-1] and after[:-1] != ["leaders"]:
        return None
    lines = [ln for ln in row[1:] if ln.folded.strip().strip("|")]  # || / |||: the bars of empty cells
    starts = [k for k, ln in enumerate(lines) if P.ITEM.match(ln.folded.strip())]
    if len(starts) < 2 or starts[0] > last_task:
        return None
    out: list[SourceLine] = []
    if starts[0]:
        out.append(_joined(lines[: starts[0]]) if starts[0] > 1 else lines[0])
    for a, b in zip(starts, [*starts[1:], len(lines)], strict=True):
        item = P.ITEM.match(lines[a].folded.strip())
        assert item is not None
        units, people = lines[b - 1], lines[a + 1 : b - 1]
        if b - a < 2 or not _unit_like(units.folded.lstrip("★☆*")):
            return None
        if people and (not after[:-1] or not all(_person_like(ln.folded.strip()) for ln in people)):
            return None
        blank = SourceLine(lines[a].number, "", "")
        number = SourceLine(lines[a].number, item["num"], item["num"])
        text = lines[a].text.strip()
        task = SourceLine(lines[a].number, text[len(text) - len(item["rest"]) :], item["rest"])
        leaders = (
            [
                SourceLine(
                    people[0].number,
                    "、".join(ln.text.strip() for ln in people),
                    "、".join(ln.folded.strip() for ln in people),
                )
            ]
            if people
            else [blank] * len(after[:-1])
        )
        out.append(_joined([number, *[blank] * (last_task - 1), task, *leaders, units]))
    return out


def _numbered_items_cut_off(
    row: list[SourceLine], roles: list[str | None], warnings: list[Warning] | None
) -> list[SourceLine] | None:
    """The last row of a table, numbered items under one merged 序号 cell (see _numbered_item_rows), whose last
    item the text's end cut off before its units line (… / ★区科技局、统计局 / 7.实现…比重达4.15% / 钱 宇, then
    nothing): the items before it are rows, the cut item is warned (row-cut-off) and not read. None where the
    row is no such run, or its last item has a units line."""
    if roles[0] != "number" or "task" not in roles or roles[-1] not in _UNIT_COLUMNS:
        return None
    leaders = roles[len(roles) - roles[::-1].index("task") : -1]
    if leaders not in ([], ["leaders"]):
        return None
    row = _continued_units(row) if len(row) > len(roles) else row
    last = next((k for k in range(len(row) - 1, 1, -1) if P.ITEM.match(row[k].folded.strip())), None)
    if last is None:
        return None
    tail = [ln.folded.strip() for ln in row[last + 1 :] if ln.folded.strip().strip("|")]
    if tail and (whole := _units_cut_short(tail[-1])) is not None:
        # the text ends inside the item's units line (★区科技局、统): the names before the cut are read
        at = max(k for k in range(len(row)) if row[k].folded.strip() == tail[-1])
        kept = SourceLine(row[at].number, row[at].text[: len(whole)], row[at].folded[: len(whole)])
        items = _numbered_item_rows([*row[:at], kept, *row[at + 1 :]], roles)
        if items is not None and warnings is not None:
            cut = tail[-1][len(whole) :].lstrip("、")
            message = f"the text ends inside the units of item {row[last].folded.strip()[:12]}…; not read: {cut}"
            warnings.append(Warning("row-cut-off", row[at].number, message))
        return items
    if not all(leaders and _person_like(folded) for folded in tail):
        return None  # a units line (or anything else) after the item: not cut before its units
    before = [ln for ln in row[1:last] if ln.folded.strip().strip("|")]
    if any(P.ITEM.match(ln.folded.strip()) for ln in before):
        items = _numbered_item_rows(row[:last], roles)
    else:  # the run's first item cut (1 / 筑牢发展底座 / 12.强化…): the merged 项目 cell alone before it, named
        items = [] if len(before) == 1 and not _unit_like(before[0].folded) else None
    if items is None:
        return None
    if warnings is not None:
        under = f" (under {before[0].folded.strip()[:16]})" if not items else ""
        message = (
            f"the text ends inside item {row[last].folded.strip()[:12]}…{under}, before its units; the item is not read"
        )
        warnings.append(Warning("row-cut-off", row[last].number, message))
    return items


def _units_cut_short(folded: str) -> str | None:
    """A units line the text's end cut inside its last name (★区科技局、统): the line up to the last whole name
    (★区科技局, as many characters of the line as it holds); None where the line ends as a unit's name does, or
    its names before the cut do not."""
    head, sep, piece = folded.rstrip().rpartition("、")
    if not sep or not piece or _unit_like(piece) or not _unit_like(head.lstrip(" \u3000" + P.STARS)):
        return None
    return folded[: len(head)]


def _fit_one_a_column(row: list[SourceLine], roles: list[str | None], names: Sequence[str]) -> SourceLine | None:
    """A row with one line for each column whose lines after the task read as their columns do (序号 / 实事项目 /
    牵头单位 / 配合单位 / 工作标准 / 完成时限: 区民政局 / 各街道办事处 / 按期保质完成 / 2024年10月): one line a
    column, a value column (工作标准, a name no vocabulary knows) keeping its line, never the units' (a units
    column no vocabulary knows, 督办单位, takes a unit's). With no deadline column, two columns of a kind a line
    is tested for (a progress ledger's 分管区领导 / 责任单位 / 进展情况 / 是否完成: 王某 / 区民政局 / 已完成… / 完成)
    vouch for the fit instead. A row longer than the columns whose one units column was written one unit a line
    (区住建局 / 区民政局) has those lines joined into its cell first. None where a line does not read as its
    column's."""
    if len(names) != len(roles) or "task" not in roles:
        return None
    units_at = [i for i, r in enumerate(roles) if r in _UNIT_COLUMNS]
    if len(row) > len(roles) and len(units_at) == 1:
        at, extra = units_at[0], len(row) - len(roles)
        cell = row[at : at + extra + 1]
        if all(_unit_like(ln.folded) for ln in cell):
            row = [*row[:at], _unit_lines_joined(cell), *row[at + extra + 1 :]]
    if len(row) != len(roles):
        return None
    last_task = len(roles) - 1 - roles[::-1].index("task")
    if "due" not in roles and sum(1 for r in roles[last_task + 1 :] if r in _UNIT_COLUMNS or r == "leaders") < 2:
        return None
    first_units = next((i for i in range(last_task + 1, len(roles)) if roles[i] in _UNIT_COLUMNS), len(roles))
    if "other" in roles[last_task + 1 : first_units]:
        return None  # a value column before the units (总投资): its value is kept with the task's text
    for line, role, name in zip(row[last_task + 1 :], roles[last_task + 1 :], names[last_task + 1 :], strict=True):
        folded = line.folded.strip()
        if not folded or P.EMPTY_CELL.match(folded):
            continue
        if role == "due" and not _due_like(folded):
            return None
        if role in _UNIT_COLUMNS and not (_unit_like(folded) or _unit_then_person(folded)):
            return None
        if role == "leaders" and not _person_like(folded):
            return None
        if role == "other" and (_due_like(folded) or (_unit_like(folded) and not _unit_column_name(name))):
            return None
    return _joined(row)


def _unit_then_person(folded: str) -> bool:
    """A units cell naming the person in charge after the unit, a space apart (区住建局 张晓, 区民政局 王 芳): the
    unit keeps its cell, the person is read as the task's leader (see unit_notes)."""
    pieces = folded.split()
    for at in range(len(pieces) - 1, 0, -1):
        if _unit_like(" ".join(pieces[:at])) and _person_like(" ".join(pieces[at:])):
            return True
    return False


def _fit_progress_ledger(row: list[SourceLine], roles: list[str | None], names: Sequence[str]) -> SourceLine | None:
    """A row of a progress ledger scraped one cell a line (序号 / 目标任务 / 牵头责任单位 / 计划完成时间 /
    目前完成情况 / 是否达到序时进度), read from the left, or None where it does not fit: after the task one
    units column whose lines read as units (a stray bare number among them is no unit and is dropped),
    then the deadline line, then the value columns, which take what is left (blank lines dropped, the
    lines beyond their count joined into the last)."""
    task = roles.index("task") if "task" in roles else -1
    if task < 0 or len(roles) < task + 4 or roles[task + 1] not in _UNIT_COLUMNS or roles[task + 2] != "due":
        return None
    values = roles[task + 3 :]
    if not values or any(r != "other" for r in values) or len(names) != len(roles):
        return None
    if any(_remark_column(name, role) for name, role in zip(names[task + 3 :], values, strict=True)):
        return None  # a remark column (备注): the row is fitted by the kinds of its cells
    due = next((k for k in range(task + 2, len(row)) if _due_like(row[k].folded.strip())), None)
    if due is None:
        return None
    middle = [ln for ln in row[task + 1 : due] if not ln.folded.strip().isdigit()]
    if not middle or not all(_unit_like(ln.folded) for ln in middle):
        return None
    rest = [ln for ln in row[due + 1 :] if ln.folded.strip()]
    if len(rest) > len(values):
        kept = rest[: len(values) - 1]
        tail = rest[len(values) - 1 :]
        rest = [
            *kept,
            SourceLine(
                tail[0].number, "".join(ln.text.strip() for ln in tail), "".join(ln.folded.strip() for ln in tail)
            ),
        ]
    blank = SourceLine(row[due].number, "", "")
    rest = [*rest, *[blank] * (len(values) - len(rest))]
    return _joined([*row[: task + 1], _unit_lines_joined(middle), row[due], *rest])


def _fit_by_kinds(row: list[SourceLine], roles: list[str | None], names: Sequence[str]) -> SourceLine | None:
    """A row of a task list whose last column is a remark (序号 / 工作任务 / 牵头单位 / 完成时限 / 备注), read
    one line a column by the kinds of its cells, or None where they do not fit: the row has a line for
    every column, or for every column but the remark (the remark is the last column, whatever it reads
    as: 县财政局保障资金, 6月底前完成主体), and the deadline column's line is a deadline, the units
    columns' lines names, the leaders' a person."""
    if not names or not _remark_column(names[-1], roles[-1]) or len(names) != len(roles):
        return None
    last_task = len(roles) - 1 - roles[::-1].index("task")
    if any(
        r not in _UNIT_COLUMNS and r not in ("due", "leaders") and not P.CONTACT_COLUMN.match(names[i])
        for i, r in enumerate(roles[last_task + 1 : -1], start=last_task + 1)
    ):
        return None  # value columns (单位, 年度目标): an assessment list, fitted from the right
    if "due" not in roles[last_task + 1 :] or len(row) not in (len(roles), len(roles) - 1):
        return None
    if len(row) == len(roles) and roles[-2] in _UNIT_COLUMNS and _unit_like(row[-1].folded):
        return None  # 基础教育股 / 县幼教中心: a units cell on two lines, the remark empty
    cells = row if len(row) == len(roles) else [*row, SourceLine(row[-1].number, "", "")]
    for cell, role in zip(cells[last_task + 1 : -1], roles[last_task + 1 : -1], strict=True):
        folded = cell.folded.strip()
        if P.EMPTY_CELL.match(folded):
            continue  # an empty cell written as a dash (—, /): any column's
        if role == "other" and not P.PHONE_CELL.match(folded):
            return None  # a contact column (联系电话) takes a phone number
        if role == "due" and not _due_like(folded):
            return None
        if role in _UNIT_COLUMNS and not (_name_like(folded) or _unit_like(folded)):
            return None
        if role == "leaders" and not _person_like(folded):
            return None
    return _joined(cells)


# what each column of a short row scraped one cell a line takes, by the kind of a line, and how well it fits
# (a kind missing from a column's entry does not go there): see _fit_short_row
_KIND_FITS: dict[str, dict[str, int]] = {
    "task": {"text": 2, "person": 1, "unit": 1},
    "lead": {"unit": 3, "empty": 3},
    "partners": {"unit": 3, "empty": 3},
    "departments": {"unit": 3, "empty": 3},
    "leaders": {"person": 3, "empty": 3},
    "due": {"due": 3, "empty": 3},
    "other": {"progress": 3, "text": 1, "person": 1, "empty": 3},
}


def _line_kind(folded: str) -> str:
    """What a line of a row scraped one cell a line holds: a deadline, progress words (已完成5公里, 推进中), a
    unit's name or a list of them, a person (王芳, 副县长张军), an empty cell's dash, or text."""
    text = folded.strip()
    if P.EMPTY_CELL.match(text):
        return "empty"
    if _due_like(text):
        return "due"
    if P.PROGRESS_CELL.match(text):
        return "progress"
    if _unit_like(text) or all(_unit_like(piece) for piece in text.split("、")):
        return "unit"
    return "person" if _person_like(text) else "text"


def _fit_short_row(
    row: list[SourceLine], roles: list[str | None], names: Sequence[str], warnings: list[Warning] | None
) -> SourceLine | None:
    """A numbered row scraped one cell a line with fewer lines than columns (an empty cell the scrape left no
    line for), each line put in the column its kind fits, in the columns' order, or None where no such fit
    exists or the table has columns this does not know (a category, a value column before the units).

    Every line takes one column and every column one line at most; the first task column takes a line.
    Of the fits that suit the lines best, a lone unit in two units columns is the lead's (配合单位 is the
    cell most often empty); where fits still differ (a short line that may be a person or a remark), the
    first is taken and the row is warned `row-cells-guessed`. A column left empty is then empty, never the
    row above's: the row has its own line of that kind where it has one."""
    if roles[0] != "number" or "task" not in roles or len(names) != len(roles):
        return None
    # a rectification list's problem column (问题) is text as the task's is; an unnamed last column a remark
    columns = [
        "task" if r == "other" and name in P.PROBLEM_COLUMNS else r or "other"
        for r, name in zip(roles[1:], names[1:], strict=True)
    ]
    if any(r not in _KIND_FITS for r in columns):
        return None
    last_named = max(i for i, r in enumerate(columns) if r != "other")
    if "other" in columns[:last_named]:
        return None  # a value column among the task's and the units' (单位, 年度目标): an assessment list
    lines = [ln for ln in row[1:] if ln.folded.strip()]
    if not lines or len(lines) >= len(columns):
        return None
    kinds = [_line_kind(ln.folded) for ln in lines]
    first_task = columns.index("task")
    best: list[tuple[int, tuple[int, ...]]] = []
    for chosen in combinations(range(len(columns)), len(lines)):
        if first_task not in chosen:
            continue
        fits = [_KIND_FITS[columns[c]].get(kind) for c, kind in zip(chosen, kinds, strict=True)]
        if any(f is None for f in fits):
            continue
        best.append((sum(f or 0 for f in fits), chosen))
    if not best:
        return None
    top = max(score for score, _ in best)
    chosen_fits = [chosen for score, chosen in best if score == top]

    units = [i for i, r in enumerate(columns) if r in _UNIT_COLUMNS]
    unsure = len({tuple(c if c not in units else -1 for c in chosen) for chosen in chosen_fits}) > 1
    chosen = min(chosen_fits)  # the earliest columns: a lone unit under 牵头单位 / 配合单位 is the lead
    if chosen == tuple(range(len(lines))):
        return None  # the lines fill the first columns: the row is cut short, read as it stands
    if unsure and warnings is not None:
        message = (
            f"row has {len(lines) + 1} lines for {len(roles)} columns and its lines fit the columns in more than"
            " one way; which column a line belongs to is a guess"
        )
        warnings.append(Warning("row-cells-guessed", row[0].number, message))
    cells = [SourceLine(row[0].number, "", "")] * len(columns)
    for c, line in zip(chosen, lines, strict=True):
        cells[c] = line
    return _joined([row[0], *cells])


def _fit_wrapped_task(
    row: list[SourceLine], roles: list[str | None], names: Sequence[str], warnings: list[Warning] | None
) -> SourceLine | None:
    """A row of a task list whose last column is a remark (序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限 /
    备注) and more lines than columns, read by the kinds of its lines, or None where they do not fit: one
    line reads as a deadline and at most one (the remark) follows it; the run of lines before the deadline
    that end as units' names do are the units cells, at least one a units column; the lines before them are
    the task cell the page wrapped (建设高标准农田3万亩， / 配套建设灌溉设施), joined. A run longer than the
    units columns (a cell written one unit a line, or task text that ends as a unit's name does: which is a
    guess) gives the first columns one line each and the last the rest, with a warning."""
    if (
        not names
        or not _remark_column(names[-1], roles[-1])
        or len(names) != len(roles)
        or roles[:2] != ["number", "task"]
    ):
        return None
    middle = roles[2:-1]
    count = len(middle) - 1
    if count < 1 or middle[-1] != "due" or any(r not in _UNIT_COLUMNS for r in middle[:-1]):
        return None
    lines = [ln for ln in row[1:] if ln.folded.strip()]
    dues = [k for k, ln in enumerate(lines) if _due_like(ln.folded.strip())]
    if len(dues) != 1 or len(lines) - dues[0] - 1 > 1 or dues[0] < count + 2:
        return None
    before = lines[: dues[0]]
    run = 0
    while run < len(before) - 1 and _unit_like(before[-1 - run].folded):
        run += 1
    if run < count:
        return None
    units, task = before[len(before) - run :], before[: len(before) - run]
    if run > count:
        if warnings is not None:
            message = (
                f"{run} lines that read as units for {count} unit columns; the first columns take one each, the"
                " last the rest"
            )
            warnings.append(Warning("row-cells-guessed", units[0].number, message))
        units = [*units[: count - 1], _unit_lines_joined(units[count - 1 :])]
    text = "".join(ln.text.strip() for ln in task)
    remark = lines[dues[0] + 1 :] or [SourceLine(row[-1].number, "", "")]
    return _joined([row[0], SourceLine(task[0].number, text, fold(text)), *units, lines[dues[0]], *remark])


def _continued_units(row: list[SourceLine]) -> list[SourceLine]:
    """A row's lines, a units line ending in 、 joined to the unit on the next line: the page wrapped the
    cell after its separator (区应急管理局、 / 区市场监管局), so the next line goes on in the same cell."""
    out: list[SourceLine] = []
    for n, line in enumerate(row):
        before = out[-1].folded.strip() if out else ""
        following = row[n + 1].folded.strip() if n + 1 < len(row) else ""
        if (
            (before.endswith("、") and _unit_like(before[:-1]) and _unit_like(line.folded))
            or (before.endswith("、") and _unit_like(before[:-1]) and _cut_unit_opens(line.folded.strip(), following))
            or _name_cut_at_end(before, line.folded.strip())
            # (区市场监管局、城 / 管局、消防救援大 / 队: a name cut again, completed by the line after)
            or (following and _name_cut_at_end(before, line.folded.strip() + following))
            or _deadline_cut_at_end(before, line.folded.strip())
        ):
            out[-1] = SourceLine(out[-1].number, out[-1].text.strip() + line.text.strip(), before + line.folded.strip())
        else:
            out.append(line)
    return out


def _deadline_cut_at_end(before: str, line: str) -> bool:
    """A deadline cell the width cut inside its time (…完成迁移方案，12月 / 底前基本完成迁移): the line opens with the
    rest of a time (底前, 前, 日前, 末) and the cell before it reads as a deadline."""
    return bool(before) and _due_like(before) and line.startswith(("底前", "底", "前", "日前", "末", "中旬", "下旬"))


def _cut_unit_opens(line: str, following: str) -> bool:
    """A line opening a unit's name the cell's width cut (市生态环境局宁垣 / 分局、区交通运输), the line after it
    completing it: the list's next name, after a 、."""
    if not line or not following or _unit_like(line) or following[:1] in "省市州县区镇乡各、,;":
        return False
    names = regex.split("[、,;]", line + following)
    return len(names[0]) > 2 and _unit_like(names[0])


_BODY_ENDINGS = ("人民政府", "办事处", "管委会", "街道办事处")


def _name_cut_at_end(before: str, line: str) -> bool:
    """A units line whose last name the cell's width cut (区应急管理局（牵头）、区住建局、交 / 通运输局、市场监管局; …、
    各街道办事 / 处): the names before it whole, at least one, the cut start no name, and the two lines joined
    straight on reading as whole names."""
    if not before or not line:
        return False
    names = regex.split("[、,;]", before)
    if line.startswith(_BODY_ENDINGS) and all(_unit_like(n) for n in names[:-1]) and names[-1].startswith("各"):
        return True  # (…、各镇 / 人民政府: a body's ending alone goes on the name above)
    if not line or line[:1] in "、,;" or _unit_like(names[-1]) or not all(_unit_like(n) for n in names[:-1]):
        return False
    if line[:1] in "省市州县区镇乡各" and names[-1] != "各":
        return False  # (…，各 / 县（市、区）人民政府: each place's, the only cut a level may follow)
    joined = [n for piece in split_outside_parens(names[-1] + line) for n in piece.split(",")]
    if len(names) < 2 and not (names[0][:1] in "省市州县区" and (len(line) <= 8 or len(joined) > 1)):
        return False  # (市政务服务和大数据管 / 理局, 区人力资源社会保 / 障局、区总工会: one name cut, its start with a
        # level, its rest short or more names after it)
    return all(len(n) > 1 and _unit_like(n) for n in joined)


def _fit_row(
    row: list[SourceLine],
    roles: list[str | None],
    warnings: list[Warning] | None,
    dashes: bool = False,
    lineless: list[SourceLine] | None = None,
    names: Sequence[str] = (),
) -> SourceLine:
    """One row of a table scraped one cell a line, its cells joined by tabs.

    A row longer than the header is either task text the scrape wrapped (sentences after the task
    cell: the task column takes them in, as in any row) or a units cell the page wrote one unit a
    line (区民政局 / 区财政局 / 区残联): those unit lines past the units columns' count are joined into
    the last units column, the earlier units columns taking one line each. Any other row too long
    is warned at its line."""
    extra = len(row) - len(roles)
    units_at = max((i for i, r in enumerate(roles) if r in _UNIT_COLUMNS), default=len(roles) - 1) - 1
    if (
        extra == -1
        and (at := _group_column(roles)) is not None
        and not _group_cell_kept([ln.folded for ln in row], roles, at)
        and _names_units(row[units_at].folded)
    ):
        # the group cell (类别, 大项, or the first of two task columns) is written on its group's first
        # row only: the row keeps an empty cell there, so its other cells stay in their columns
        blank = SourceLine(row[0].number, "", "")
        return _joined([*row[:at], blank, *row[at:]])
    if (
        extra == -1
        and not dashes
        and len(roles) >= 4
        and roles[-1] == "due"
        and roles[-2] == "partners"
        and roles[-3] in _UNIT_COLUMNS
        and _due_like(row[-1].folded.strip())
        and _unit_like(row[-2].folded)
    ):
        # 区公安分局 / 2025年6月底前 under 牵头单位 / 配合单位 / 完成时限: the partners cell is empty, as it is
        # in many rows, and the scrape left no line for it (in a table that writes no empty cell as —)
        if lineless is not None:
            lineless.append(row[0])
        return _joined([*row[:-1], SourceLine(row[-1].number, "", ""), row[-1]])
    if extra < 0 and (short := _fit_short_row(row, roles, names, warnings)) is not None:
        return short
    if extra <= 0:
        return _joined(row)
    # the last task column (工作任务 / 工作要求 / 牵头处室: the lines before the units are the task's)
    task = len(roles) - 1 - roles[::-1].index("task") if "task" in roles else None
    last = max((i for i, r in enumerate(roles) if r in _UNIT_COLUMNS), default=None)
    if (
        task is not None
        and last == len(roles) - 1
        and "other" in roles[task + 1 : last]
        and not any(r in _UNIT_COLUMNS for r in roles[task + 1 : last])
    ):
        # 工作安排 / 工作完成情况 / 牵头单位 with its one units cell written one unit a line (市府办 / 市体育局): the
        # run of unit lines closing the row, one line for each extra, is that cell; the value keeps its line
        run = next((k for k in range(len(row) - 1) if not _unit_like(row[len(row) - 1 - k].folded)), 0)
        if run == extra + 1:
            return _joined([*row[: len(row) - run], _unit_lines_joined(row[len(row) - run :])])
    if (leaders := _leader_lines_joined(row, roles, task, extra)) is not None:
        return leaders
    if task is not None and last is not None and task < last:
        after = len(roles) - last - 1
        middle = row[task + 1 : len(row) - after]
        wrapped = 0
        while wrapped < len(middle) and not _unit_like(middle[wrapped].folded):
            wrapped += 1  # task text the scrape wrapped onto more lines
        units = middle[wrapped:]
        count = last - task
        if len(units) <= count and all(_unit_like(ln.folded) for ln in units):
            return _joined(row)
        if all(_unit_like(ln.folded) for ln in units) and all(r in _UNIT_COLUMNS for r in roles[task + 1 : last + 1]):
            cells = _cells_by_blank_lines(row, units)
            if len(cells) == count:  # cells a blank line apart, a cell's units on lines next to each other
                merged = [_unit_lines_joined(cell) for cell in cells]
                return _joined([*row[: task + 1 + wrapped], *merged, *row[len(row) - after :]])
            cell = units[count - 1 :]
            if count > 1 and warnings is not None:  # which column a unit line belongs to is a guess
                message = (
                    f"{len(units)} lines that read as units for {count} unit columns; the first columns take "
                    "one each, the last the rest"
                )
                warnings.append(Warning("row-cells-guessed", units[0].number, message))
            joined = _unit_lines_joined(cell)
            return _joined([*row[: task + 1 + wrapped], *units[: count - 1], joined, *row[len(row) - after :]])
    if warnings is not None:
        message = f"row has {len(row)} lines for {len(roles)} columns; its cells may be shifted"
        warnings.append(Warning("row-too-long", row[0].number, message))
    return _joined(row)


def _leader_lines_joined(
    row: list[SourceLine], roles: list[str | None], task: int | None, extra: int
) -> SourceLine | None:
    """A row whose 责任领导 cell, right after the task cell, the page wrote one leader a line (董明华 / 郑立强):
    the run of names is that one cell, its names joined by 、, so the text keeps no name and the units their
    column. None where the row's extra lines are no such run."""
    if task is None or task + 1 >= len(roles) or roles[task + 1] != "leaders" or task + 1 + extra + 1 >= len(row):
        return None
    run = row[task + 1 : task + 2 + extra]
    if not all(_person_like(ln.folded.strip()) for ln in run) or _person_like(row[task + 2 + extra].folded.strip()):
        return None
    if not _unit_like(row[task + 2 + extra].folded):
        return None
    names = "、".join(ln.text.strip() for ln in run)
    cell = SourceLine(run[0].number, names, "、".join(ln.folded.strip() for ln in run))
    return _joined([*row[: task + 1], cell, *row[task + 2 + extra :]])


def _has_value_columns(roles: Sequence[str | None]) -> bool:
    """A numbered table whose columns after the task include one that names no unit (单位, 年度目标, 评分部门)."""
    if not roles or roles[0] != "number" or "task" not in roles:
        return False
    last_task = len(roles) - 1 - list(roles)[::-1].index("task")
    return "other" in roles[last_task + 1 :]


def _fit_from_the_right(row: list[SourceLine], roles: list[str | None], names: Sequence[str] = ()) -> SourceLine:
    """A row of an assessment list scraped one cell a line (序号 / 考核指标 / 考核内容 / 单位 / 年度目标 /
    责任部门 / 评分部门), whose cells are not one a column: a merged cell is written on its first row only
    (考核指标), an empty cell has no line (单位), and a units cell may take a line per unit. The columns
    after the task are filled from the row's end: a units column takes the run of lines that read as
    units (one line where the column to its left names units too), any other column one line, as long as
    the task keeps a line; the task columns take what is left, from the first, and an empty cell stays
    empty in its place."""
    last_task = len(roles) - 1 - roles[::-1].index("task")
    first_task = roles.index("task")
    lines = row[1:]
    tail: list[SourceLine] = []
    blank = SourceLine(row[0].number, "", "")
    # a deadline cell (12月底前) anchors the cells after it: a column between it and the units takes one line
    # (责任领导), and the units column the lines from there (文化宣传股 / 文化馆 / 图书馆, whatever they end in)
    due_col = next((i for i in range(last_task + 1, len(roles)) if roles[i] == "due"), None)
    due_line = next((k for k in range(1, len(lines)) if _due_like(lines[k].folded.strip())), None)
    for at in range(len(roles) - 1, last_task, -1):
        role = roles[at]
        last = lines[-1].folded.strip() if lines else ""
        remark = at < len(names) and _remark_column(names[at], role)
        if len(lines) > 1 and (
            P.EMPTY_CELL.match(last)
            or (at < len(names) and P.CONTACT_COLUMN.match(names[at]) and P.PHONE_CELL.match(last))
        ):
            # an empty cell written as a dash (—, /, 无), whatever the column, or a phone number under 联系电话
            tail.append(lines[-1])
            lines = lines[:-1]
            continue
        if at < len(names) and P.CONTACT_COLUMN.match(names[at]):
            tail.append(blank)  # a contact column with no phone number on the row's last line: empty
            continue
        if (
            len(lines) <= 1
            or (remark and (not _remark_like(last) and not _short_remark(lines, roles, at)))
            or (remark and len(lines) < len(roles) - 1 - (last_task - first_task))  # task columns: one cell or more
            or (role == "due" and not _due_like(last))
            or (role == "leaders" and not _person_like(last))
        ):
            tail.append(blank)  # no line left past the task's, or an empty cell the scrape left no line for
            continue
        if role in _UNIT_COLUMNS and roles[at - 1] not in _UNIT_COLUMNS:
            # with no value column before it (only 完成时限, 责任领导), a units cell's names need not end as
            # a unit's do (羌研会 / 灵岩寺博物馆), and a sentence there is the task's, the units cell empty
            plain = all(r in ("due", "leaders") for r in roles[last_task + 1 : at])
            fits = _name_or_spaced_units if plain else _unit_like
            run = 0
            while (
                run < len(lines) - 1
                and fits(lines[-1 - run].folded)
                and not (run and roles[at - 1] == "leaders" and _person_like(lines[-1 - run].folded))
            ):  # 徐国江 / 城管局: a 分管领导 column before the units keeps its person
                run += 1
            if due_col is not None and due_line is not None and due_col < at:
                run = len(lines) - (due_line + 1 + (at - due_col - 1))
            if run <= 0 and plain:
                tail.append(blank)
                continue
            if run > 1:
                tail.append(_unit_lines_joined(lines[-run:]))
                lines = lines[:-run]
                continue
        tail.append(lines[-1])
        lines = lines[:-1]
    width = last_task - first_task + 1
    before = [blank] * (first_task - 1)  # the columns between 序号 and the task (指标, 类别): a group cell
    if len(lines) > width and before:  # is written on its group's first row only
        kept = min(len(before), len(lines) - width)
        before = [*lines[:kept], *before[kept:]]
        lines = lines[kept:]
    if len(lines) > width:  # the last task cell wrapped over several lines
        rest = lines[width - 1 :]
        wrapped = SourceLine(rest[0].number, "".join(ln.text for ln in rest), "".join(ln.folded for ln in rest))
        lines = [*lines[: width - 1], wrapped]
    task_cells = lines
    task_cells = [*task_cells, *([blank] * (width - len(task_cells)))]
    return _joined([row[0], *before, *task_cells, *reversed(tail)])


def _name_or_spaced_units(folded: str) -> bool:
    """A units cell's line: a name (_name_like), or a list of names a space apart, however long (市委社会工作部
    市广播电视台 市地震局 …): each piece short, with no sentence punctuation and no digit, most of them
    units' names or lists of them (a pipe closing the cell aside)."""
    if _name_like(folded):
        return True
    pieces = [piece for piece in folded.split() if piece != "|"]
    if len(pieces) < 2 or any(len(p) > 24 or regex.search(r"[。,;:!?\d]", p) for p in pieces):
        return False
    return 2 * sum(1 for piece in pieces if _reads_as_units(piece)) > len(pieces)


def _short_remark(lines: Sequence[SourceLine], roles: Sequence[str | None], at: int) -> bool:
    """A short remark after a units cell (县教育局 / 市民生实事: the project's category): the line before it
    reads as a unit, and it reads neither as a unit nor as a date."""
    if len(lines) < 2 or roles[at - 1] not in _UNIT_COLUMNS:
        return False
    last = lines[-1].folded.strip()
    return _unit_like(lines[-2].folded) and not _unit_like(last) and not _due_like(last)


def _remark_like(folded: str) -> bool:
    """A line that can be a remark (备注): a sentence or a long note, not a name (图书馆) nor a date."""
    text = folded.strip()
    return (any(ch in text for ch in "。,;:") or len(text) > 15) and not _due_like(text)


def _group_cell_kept(cells: Sequence[str], roles: Sequence[str | None], at: int) -> bool:
    """Whether a row one cell short still has its group cell: the 序号 column after the group column
    holds a number as the row stands, and would not where an empty group cell shifted it (激发市场活力 /
    14 / task / units: the last units cell is what is missing, cut off by the end of the page)."""
    number = next((i for i, r in enumerate(roles) if r == "number"), None)
    if number is None or number <= at or number >= len(cells):
        return False
    return _number_cell(cells[number]) and not _number_cell(cells[number - 1])


def _number_cell(folded: str) -> bool:
    return folded.strip().rstrip(".．、").isdigit()


def _cells_by_blank_lines(row: list[SourceLine], units: list[SourceLine]) -> list[list[SourceLine]]:
    """The unit lines of a row grouped into cells, where the page put a blank line between cells (every
    cell of the row a blank line apart) and a cell's units on lines next to each other; one group when
    the row does not separate its cells so."""
    if any(b.number - a.number < 2 for a, b in pairwise(row[: len(row) - len(units)])):
        return [units]
    cells = [[units[0]]]
    for before, line in pairwise(units):
        if line.number - before.number > 1:
            cells.append([])
        cells[-1].append(line)
    return cells


def _unit_lines_joined(lines: list[SourceLine]) -> SourceLine:
    """Unit lines of one cell as one cell: 区民政局 / 区卫生健康委 -> 区民政局、区卫生健康委."""
    return SourceLine(
        lines[0].number, "、".join(ln.text.strip() for ln in lines), "、".join(ln.folded.strip() for ln in lines)
    )


def _group_column(roles: Sequence[str | None]) -> int | None:
    """The column that names a row's group, when the table has one: a category column (类别, 大项) before
    the task, or the first of two task columns (目标任务 then 具体举措)."""
    task = next((i for i, r in enumerate(roles) if r == "task"), None)
    if task is None:
        return None
    if "category" in roles[:task]:
        return roles.index("category")
    if task + 1 < len(roles) and roles[task + 1] == "task":
        return task
    return None
