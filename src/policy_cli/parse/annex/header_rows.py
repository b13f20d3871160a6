"""Where a table's header is: a header row, or a header scraped one name a line (vertical_header_lengths,
_vertical_roles); header rows the parser could not read -> warnings (unread_headers)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ... import patterns as P
from ...models import Warning
from ..lines import SourceLine
from .cells import _UNIT_COLUMNS, _due_like, _unit_like
from .column_roles import (
    _columns_of,
    _content_after_units,
    _name_roles,
    _names_a_column,
    _scores,
    header_columns,
    header_names,
)


def unread_headers(lines: list[SourceLine], rows: Iterable[int] = ()) -> list[Warning]:
    """A row that looks like a table header (序号 and two more names, or two column names and more)
    but names no task column: its rows cannot be read as tasks, so it is warned at its line. `rows` are the
    lines tasks were read from: a header one name a line whose first row is read as a task is no header unread."""
    read = set(rows)
    out = [
        w for w in _unread_vertical_headers(lines) if not any(w.line < r <= w.line + _HEADER_ROW_REACH for r in read)
    ]
    for line in lines:
        if not _unread_header(line):  # (asked once a line: every line of the notice is)
            continue
        if _scores(header_names(line)):
            message = f"a scoring table, no task table: its rows are set aside: {line.text[:60]}"
            out.append(Warning("scoring-table", line.number, message))
        else:
            out.append(
                Warning(
                    "table-header-unread",
                    line.number,
                    f"a table header with no task column the parser knows; its rows are not read: {line.text[:60]}",
                )
            )
    return out


def _unread_header(line: SourceLine) -> bool:
    """A row that looks like a table header (序号 and two more names, or two column names and more) but
    names no task column (序号 / 单位 / 姓名 / 职务 / 联系电话: a contact list): no task table."""
    if len(line.tokens) < 3 and "\t" not in line.text and "|" not in line.folded:
        return False  # (a row of spaces gives a name at most a token, and such a header names three at least)
    return _names_a_column(line) and _unread_header_names(header_names(line))


def _unread_header_names(names: list[str]) -> bool:
    """The names of a row that looks like a table header and names no task column (see _unread_header)."""
    if len(names) < 3 or _columns_of(names) is not None:
        return False
    roles = [P.COLUMN_ROLES.get(n) for n in names]
    return roles[0] == "number" or sum(1 for r in roles if r) >= 2


# how far after 序号 alone on its line the first row of its table stands at most (its names, then the row's number)
_HEADER_ROW_REACH = 10


def _unread_vertical_headers(lines: list[SourceLine]) -> list[Warning]:
    """A header scraped one name a line that cannot be read: 序号 alone on its line, then within the next
    few short lines two column names or more (a units column among them) but no run the parser reads as
    a header (a task column named in words it does not know: 序号 / 工作目标 / 责任单位 / 完成时限)."""
    out: list[Warning] = []
    vertical = None
    for i, line in enumerate(lines):
        if P.COLUMN_ROLES.get(line.folded.strip()) != "number":
            continue
        vertical = vertical or vertical_header_lengths(lines)
        if vertical[i]:
            continue
        window = [_cell_name(ln.folded) for ln in lines[i + 1 : i + 7]]
        names = [P.COLUMN_ROLES.get(w) for w in window[: next((n for n, w in enumerate(window) if w.isdigit()), 6)]]
        if sum(1 for r in names if r) >= 2 and any(r in _UNIT_COLUMNS for r in names):
            message = f"a table header written one name a line with no task column the parser knows; its rows are not read: {line.text[:20]}"
            out.append(Warning("table-header-unread", line.number, message))
    return out


def find_header(lines: list[SourceLine], vertical: list[int] | None = None) -> int | None:
    """Where the table's header starts: a header row, or the first of a header written one name a line
    (vertical: the lines' vertical_header_lengths, where the caller has them)."""
    vertical = vertical_header_lengths(lines) if vertical is None else vertical
    for i, line in enumerate(lines):
        if vertical[i] or header_columns(line):
            return i
    return None


def vertical_header_lengths(lines: list[SourceLine]) -> list[int]:
    """For each line, how many lines from it hold one column name each (a table scraped one cell a line), or 0.

    One pass from the end: a run of column names is measured once, not again from each of its lines.
    """
    lengths = [0] * len(lines)
    run = 0  # column-name lines from i on
    task_at: int | None = None  # the nearest line of the run naming the task column
    last: str | None = None  # the role of the run's last name
    roles = _vertical_roles([_cell_name(line.folded) for line in lines])
    for i in range(len(lines) - 1, -1, -1):
        role = roles[i]
        if role is None:
            run, task_at, last = 0, None, None
            continue
        run += 1
        last = last or role
        if role == "task":
            task_at = i
        if run >= 2 and role == "number" and task_at is not None:
            lengths[i] = run
        elif (
            (run >= 3 or (run == 2 and role == "task" and last in _UNIT_COLUMNS))
            and task_at is not None
            and (i == 0 or roles[i - 1] is None)
            and (
                last in _ROW_ENDS
                or (run >= 3 and _values_after_units(roles[i : i + run]))
                or (last == "partners" and "lead" in roles[i : i + run])
            )
        ):
            # no 序号 column: each row ends at its last cell (see _rows_by_last_cell); two names do when
            # they are the task and its units (工作任务 / 责任单位)
            lengths[i] = run
    return lengths


def _values_after_units(roles: Sequence[str | None]) -> bool:
    """A header with no 序号 whose last columns, after its one units column, are all values (项目名称 / 内容 /
    牵头单位 / 进展情况 (7月) / 进展情况 (10月)): its rows are told apart by their units cell."""
    named = [r for r in roles if r != "qualifier"]
    units = [i for i, r in enumerate(named) if r in _UNIT_COLUMNS]
    if len(units) != 1 or "due" in named or units[0] == len(named) - 1:
        return False
    return all(r == "task" or r == "category" for r in named[: units[0]]) and all(
        r == "other" or r == "leaders" for r in named[units[0] + 1 :]
    )


def _vertical_roles(names: list[str]) -> list[str | None]:
    """The roles of lines that may be column names one a line: as a header row's, and the value columns of an
    assessment list (单位, 年度目标, 评分部门) as columns that name no unit (other): in a run of names only,
    so a line 单位 elsewhere is no column."""
    roles = _name_roles(names)
    if "task" in roles:
        _content_after_units(names, roles)  # (one name a line only: its rows are rejoined in the columns' order)
    out = [
        r
        if r is not None
        or (
            not _value_column(n)
            and n not in P.REMARK_COLUMNS
            and n not in P.PROBLEM_COLUMNS
            and not P.CONTACT_COLUMN.match(n)  # 联系电话 among the names: a column, its cells not kept
        )
        else "other"
        for r, n in zip(roles, names, strict=True)
    ]
    for i, name in enumerate(names):
        if len(name) > 8:
            continue
        if out[i] is not None:
            if (
                out[i] not in ("qualifier", "number")
                and i + 1 < len(out)
                and out[i + 1] in (None, "other")
                and len(name) <= 4
                and len(names[i + 1]) <= 4
                and (whole_role := P.COLUMN_ROLES.get(name + names[i + 1])) is not None
            ):  # 牵头 / 单位, 任务 / 内容: a known name the page wrapped after a first half that is a name alone
                out[i], out[i + 1] = whole_role, "qualifier"
            continue
        if name[:2] in ("19", "20") and P.YEAR_COLUMN.fullmatch(name):
            if i + 1 < len(out) and out[i + 1] == "due" and name.endswith(("年", "年度")):
                out[i], out[i + 1] = "due", "qualifier"  # 2024年 / 目标进度: the year the page wrapped off its name
                continue
            out[i] = "other"  # 2018年度: a year's target, under 年度目标 (see _year_columns_in_place)
        elif i + 1 < len(out) and len(name) <= 6 and len(names[i + 1]) <= 4:
            whole = name + names[i + 1]
            joined = P.COLUMN_ROLES.get(whole) or ("other" if _value_column(whole) else None)
            if joined is not None:  # 牵头责任 / 部门, 第二季度 / 完成情况: a name the page wrapped over two lines
                out[i], out[i + 1] = joined, "qualifier"
    for i in range(1, len(out) - 1):
        if out[i] is None and out[i - 1] is not None and out[i - 1] not in ("qualifier", "number"):
            _unknown_value_column(names, out, i)
    for i in range(1, len(out)):
        if (
            out[i] is None
            and out[i - 1] not in (None, "qualifier")
            and names[i][:1] == "("
            and P.COLUMN_QUALIFIER.fullmatch(names[i])
            and not P.OTHER_NUMBER_CELL.match(names[i])  # (1): the first row's 序号, no qualifier
        ):
            out[i] = "qualifier"  # 责任股室 / (单位): the name's qualifier on a line of its own
    return out


def _unknown_value_column(names: list[str], out: list[str | None], i: int) -> None:
    """A short name no vocabulary knows, maybe wrapped over two lines (区本级 / 任务数), between a known name
    and the units or deadline column right after it (序号 / 重点工作 / 区本级 / 任务数 / 责任单位): a column of
    values, its lines joined into its name, so the header is read whole and no row's units are lost."""
    for w in (1, 2):
        j = i + w
        if j >= len(out) or out[j] not in (*_UNIT_COLUMNS, "due"):
            continue
        words = names[i:j]
        if any(out[k] is not None for k in range(i, j)) or not all(
            _unknown_name_like(n)
            or (w == 1 and _unit_column_name(n))
            or (k and n[:1] == "(" and P.COLUMN_QUALIFIER.fullmatch(n))  # 总投资 / (万元): its measure wrapped
            for k, n in enumerate(words)
        ):
            continue
        out[i] = "other"
        for k in range(i + 1, j):
            out[k] = "qualifier"
        return


def _unit_column_name(name: str) -> bool:
    """A name of units' column no vocabulary knows (督办单位, 审核部门): two to four letters, then 单位 or 部门."""
    return 4 <= len(name) <= 6 and name.isalpha() and name.endswith(("单位", "部门"))


def _unknown_name_like(name: str) -> bool:
    """A line that may be a column name no vocabulary knows: short, letters only, no unit's or deadline's form,
    maybe with its measure in brackets after it (总投资(亿元), 面积(亩))."""
    if name[-1:] == ")" and (qualifier := P.COLUMN_QUALIFIER.search(name)) and qualifier.end() == len(name):
        name = name[: qualifier.start()]
    return 0 < len(name) <= 6 and name.isalpha() and not _unit_like(name) and not _due_like(name)


def _value_column(name: str) -> bool:
    """A column of values that names no unit (年度目标, 评分部门), or of progress, a period before its name or
    not (进展情况, 四季度进展情况), a bracketed qualifier after it or not (完成情况(具体表述))."""
    if name[-1:] == ")" and (qualifier := P.COLUMN_QUALIFIER.search(name)) and qualifier.end() == len(name):
        name = name[: qualifier.start()]
    if name in P.VALUE_COLUMNS:
        return True
    if len(name) > 12 or not any(name.endswith(value) for value in P.VALUE_COLUMNS):
        return False  # a cheap test before the pattern: every line of a page is asked
    period = P.PERIOD_BEFORE_NAME.match(name)
    return period is not None and name[period.end() :] in P.VALUE_COLUMNS


def _cell_name(folded: str) -> str:
    """A line that may be a column name alone, its inner spaces dropped (主 要 工 作 任 务 -> 主要工作任务), and
    the bars of a pipe cell alone on its line (| 序号 |) dropped."""
    name = folded.strip()
    if name[:1] == "|" and name[-1:] == "|" and name.count("|") == 2:
        name = name[1:-1].strip()
    return "".join(name.split()) if " " in name and len(name) <= 24 else name


def _vertical_header_length(lines: list[SourceLine], start: int) -> int:
    """How many lines from start hold one column name each (a table scraped one cell a line), or 0."""
    return vertical_header_lengths(lines)[start] if start < len(lines) else 0


# the last columns by which the rows of a table with no 序号 column, one cell a line, are told apart
_ROW_ENDS = ("due", "departments", "lead")
