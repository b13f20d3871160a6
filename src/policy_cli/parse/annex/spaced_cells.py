"""A row whose cells runs of spaces separate -> its cells under the header's columns: cells placed under the
names they stand under, units written first, lone characters and blank-named columns."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

import regex

from ... import patterns as P
from ...decode import fold
from ...models import Warning
from ...regex_engine import compile_regex
from .cells import _ALIGNED_GAP, _UNIT_COLUMNS, _Cell, _due_like, _reads_as_units, _width


def _cells_under_names(
    cells: list[_Cell], roles: list[str], text: str, header_lines: Sequence[str], names: Sequence[str]
) -> list[_Cell] | None:
    """A spaced row short of cells in a table set in a fixed-width font (runs of spaces pad the header's names
    and the row's cells to their columns: 4  污水处理厂提标改造  赵某  市水务局  (no partner)  2025年10月底前):
    each cell goes to the column whose name starts nearest above it, a wide character counting two, the
    columns with no cell empty. None where the row or the header is not so padded, a name is not found in
    the header, two cells fall under one name or out of order, a cell stands before the task's column, or
    a cell under a units column does not read as units."""
    if len(names) != len(roles) or not 2 <= len(cells) < len(roles) or not _ALIGNED_GAP.search(text):
        return None
    spaced = [h for h in header_lines if "\t" not in h and "|" not in h and _ALIGNED_GAP.search(h)]
    if not spaced:
        return None
    header, starts, at = spaced[-1], [], 0
    for name in names:
        found = header.find(name, at)
        if not name or found < 0:
            return None
        starts.append(_width(header[:found]))
        at = found + len(name)
    columns = [min(range(len(starts)), key=lambda k: abs(starts[k] - _width(text[: cell.start]))) for cell in cells]
    if len(set(columns)) != len(columns) or columns != sorted(columns) or "task" not in roles[: columns[0] + 1]:
        return None
    if any(roles[k] in _UNIT_COLUMNS and not _reads_as_units(c.folded) for c, k in zip(cells, columns, strict=True)):
        return None
    out: list[_Cell] = []
    placed = dict(zip(columns, cells, strict=True))
    for k in range(len(roles)):
        end = out[-1].end if out else cells[0].start
        out.append(placed.get(k, _Cell("", end, end, "")))
    return out


def _units_under_names(
    units: list[_Cell], unit_roles: Sequence[str], text: str, header_lines: Sequence[str], names: Mapping[str, str]
) -> list[_Cell] | None:
    """A spaced row with fewer unit cells than unit columns, its cells lined up under the header's names
    (a page written in a fixed-width font): each unit cell goes to the column whose name starts nearest
    above it, counting a wide character as two, the others are empty; None when a name is not found in a
    spaced header line or two cells fall under one name, or when the row is not padded to its columns (a
    single space between cells tells no column)."""
    if not _ALIGNED_GAP.search(text):
        return None
    starts = []
    for role in unit_roles:
        name = names.get(role, "")
        spaced = [h for h in header_lines if name and "\t" not in h and "|" not in h]
        at = next(((h, h.find(name)) for h in spaced if name in h), None)
        if at is None:
            return None
        starts.append(_width(at[0][: at[1]]))
    columns = [min(range(len(starts)), key=lambda k: abs(starts[k] - _width(text[: cell.start]))) for cell in units]
    if len(set(columns)) != len(columns) or columns != sorted(columns):
        return None
    out = [_Cell("", units[-1].end, units[-1].end, "") for _ in unit_roles]
    for cell, k in zip(units, columns, strict=True):
        out[k] = cell
    return out


def _units_first_cells(cells: list[_Cell], roles: list[str]) -> list[_Cell] | None:
    """A spaced row of a table whose unit columns come before the task column (牵头单位 配合单位 重点工作 完成时限),
    a cell short: the units are the first cells that read as units, and the unit columns they do not fill
    are empty (3  镇综治中心  (no partner)  开展矛盾纠纷排查化解  每月); None for any other row."""
    at = roles.index("task")
    if at == 0 or len(cells) >= len(roles) or any(r not in _UNIT_COLUMNS for r in roles[:at]):
        return None
    if any(r != "due" for r in roles[at + 1 :]):
        return None
    taken = 0
    while taken < min(at, len(cells) - 1) and _reads_as_units(cells[taken].folded):
        taken += 1
    if not taken or len(cells) - taken != len(roles) - at:
        return None  # the cells after the units are not the task's and the deadline's, one each
    blank = [_Cell("", cells[taken - 1].end, cells[taken - 1].end, "") for _ in range(at - taken)]
    return [*cells[:taken], *blank, *cells[taken:]]


_EMPTY_FIRST_CELL = compile_regex(r"^\s*\d{1,3}[ \u3000]{2,}")  # 2  严守…: a number, then an empty cell


def _spaced_row_cells(
    cells: list[_Cell],
    roles: list[str],
    line: int,
    task_id: int,
    warnings: list[Warning],
    text: str = "",
    header: tuple[Sequence[str], Mapping[str, str]] = ((), {}),
    names: Sequence[str] = (),
) -> list[_Cell]:
    """The cells of a row whose cells a space separates (a scrape that lost its tabs), read by what they
    hold: the deadline is the last cell when it reads as one, the units are the cells before it that
    end as units' names do, the task text everything before them. A units cell whose units a space
    separates (县发展改革局 县财政局) is read as the last units column's; where the count of unit cells
    is not the count of units columns (a boundary guessed), or no unit is found, the row is warned. A row
    short of cells in a table set in a fixed-width font is read by where its cells stand (names: the
    columns' names, for roles)."""
    if "task" not in roles:
        return cells
    short = len(cells) < len(roles)  # (the two readings below are of a row short of cells only: most rows are not)
    if short and (units_first := _units_first_cells(cells, roles)) is not None:
        return units_first
    if short and (under := _cells_under_names(cells, roles, text, header[0], names)) is not None:
        if (
            "lead" in roles
            and not under[roles.index("lead")].text
            and any(c.text for r, c in zip(roles, under, strict=True) if r == "partners")
        ):
            message = f"task {task_id}: no unit under the lead's column; the units under the partners' are its partners"
            warnings.append(Warning("row-units-unsure", line, message))
        return under
    last_task, remark_column, has_due, unit_roles = _spaced_columns(tuple(roles))
    remark: list[_Cell] = []
    if remark_column and len(cells) >= 2 and not _due_like(cells[-1].folded) and _due_like(cells[-2].folded):
        remark, cells = [cells[-1]], cells[:-1]
    if not unit_roles:
        return [*cells, *remark]
    end = len(cells)
    due: list[_Cell] = []
    if has_due and end > 1 and _due_like(cells[-1].folded):
        due, end = [cells[-1]], end - 1
    elif has_due and end > 2 and P.DUE_CELL_VERB.fullmatch(cells[-2].folded + cells[-1].folded):
        joined = cells[-2].text + cells[-1].text  # 2024年9月 投用: a verb the space cut off its date
        due, end = [_Cell(joined, cells[-2].start, cells[-1].end, fold(joined))], end - 2
    start = end
    floor = roles.count("task")  # the task's cells come first (a category cell merged over rows may be missing)
    while start > floor and _reads_as_units(cells[start - 1].folded):
        start -= 1
    opened = _EMPTY_FIRST_CELL.match(text) if roles[0] == "category" else None
    stop = start - (last_task - 1)  # the cells after the task's: the other task columns (细化措施)
    if (
        start >= last_task + 1
        and roles[0] == "category"
        and opened is not None
        and cells[0].start == opened.end()
        and stop > 1
        and not any(ch in c.folded for c in cells[:stop] for ch in "。;,:")
    ):
        # 2  严守用水 效率控制 红线 落实…: two spaces after the number are the empty category cell (merged
        # over the rows above), and the short pieces before the measures are the task the page wrapped
        pieces = cells[:stop]
        joined = "".join(c.text for c in pieces)
        blank = _Cell("", pieces[0].start, pieces[0].start, "")
        kept = [blank, _Cell(joined, pieces[0].start, pieces[-1].end, fold(joined)), *cells[stop:]]
        end, start = end - (len(cells) - len(kept)), start - (len(cells) - len(kept))
        cells = kept
    if start > last_task + 1:  # more cells before the units than columns: a word the page split (保 护)
        glued = _lone_chars_glued(cells[:start], start - last_task - 1)
        cells, end, start = [*glued, *cells[start:]], end - (start - len(glued)), len(glued)
        if start > last_task + 1 and "category" in roles[:last_task]:
            message = (
                f"task {task_id}: {start} cells before the units for {last_task + 1} columns, told apart by spaces "
                f"only; the category is taken to be {cells[0].text[:20]}"
            )
            warnings.append(Warning("row-category-guessed", line, message))
    if start and start < last_task + 1 and (empty := _blank_name_columns(roles, last_task + 1 - start)):
        # 序号 / 名称 / 工作任务 / 牵头单位 over `1 完成… 县财政局`: the text before the units is the task's, and the
        # name column before it (merged over rows, or left blank) is empty
        padded = list(cells[:start])
        for at in empty:
            padded.insert(at, _Cell("", cells[0].start, cells[0].start, ""))
        message = (
            f"task {task_id} row is {len(empty)} cell short before its units; the text before them is taken as the "
            "task, the name column before it as empty (a task cell left out is not told apart)"
        )
        warnings.append(Warning("row-incomplete", line, message))
        cells, end, start = [*padded, *cells[start:]], end + len(empty), start + len(empty)
    units = cells[start:end]
    if not units:  # the cells are read by their places, as written
        message = f"task {task_id}: no cell of this row reads as a unit; its cells are read by their places"
        warnings.append(Warning("row-units-unsure", line, message))
        return [*cells, *remark]
    if len(units) < len(unit_roles) and (aligned := _units_under_names(units, unit_roles, text, *header)):
        return [*cells[:start], *aligned, *due, *remark]  # each unit under its column's name, the others empty
    if len(units) != len(unit_roles):
        share = (
            "the first columns take one each, the last the rest"
            if len(units) > len(unit_roles)
            else "the first columns take one each, the others are empty"
        )
        message = (
            f"task {task_id}: {len(units)} cells that read as units for {len(unit_roles)} unit columns, "
            f"told apart by spaces only; {share}"
        )
        warnings.append(Warning("row-cells-guessed", line, message))
    grouped = units[: len(unit_roles) - 1]
    rest = units[len(unit_roles) - 1 :]
    if len(rest) == 1:
        grouped.append(rest[0])
    elif rest:
        text = "、".join(c.text for c in rest)
        grouped.append(_Cell(text, rest[0].start, rest[-1].end, fold(text)))
    if len(grouped) < len(unit_roles):
        grouped += [_Cell("", units[-1].end, units[-1].end, "") for _ in range(len(unit_roles) - len(grouped))]
    return [*cells[:start], *grouped, *due, *remark]


class _SpacedColumns(NamedTuple):
    """The columns a spaced row's cells are read into, by their roles: the last task column, whether a column of
    remarks (备注) closes the row after its deadline's, whether the row ends in a deadline (before the remarks),
    and the roles of the units columns between the task's and the deadline's (none where a column between
    names no units: the row's cells are then read by their places)."""

    last_task: int
    remark_column: bool
    has_due: bool
    unit_roles: tuple[str, ...]


@lru_cache(maxsize=64)  # (worked out once for each table's roles, not for each of its rows)
def _spaced_columns(roles: tuple[str, ...]) -> _SpacedColumns:
    last_task = len(roles) - 1 - roles[::-1].index("task")
    tail = roles[last_task + 1 :]
    remark_column = len(tail) >= 2 and tail[-1] == "other" and tail[-2] == "due"
    if remark_column:
        tail = tail[:-1]
    has_due = bool(tail) and tail[-1] == "due"
    unit_roles = tail[:-1] if has_due else tail
    if any(r not in _UNIT_COLUMNS for r in unit_roles):
        unit_roles = ()
    return _SpacedColumns(last_task, remark_column, has_due, unit_roles)


def _blank_name_columns(roles: Sequence[str], short: int) -> list[int]:
    """The places of the columns of no role before a spaced row's only task column (序号 / 名称 / 工作任务 / …:
    名称), where the row is short of exactly that many cells before its units; none otherwise (a row with two
    task columns, or short by another count, is read as before)."""
    task = roles.index("task")
    if roles.count("task") != 1:
        return []
    blank = [i for i, role in enumerate(roles[:task]) if role == "other"]
    return blank if len(blank) == short else []


def _lone_chars_glued(cells: list[_Cell], extra: int) -> list[_Cell]:
    """Cells of a spaced row before its units, a cell of one Han character (the end of a word a narrow
    column wrapped: 加强水资源保 护) joined to the cell before it, at most extra times."""
    out: list[_Cell] = []
    for cell in cells:
        if extra and out and len(cell.folded) == 1 and regex.match(r"\p{Han}", cell.folded):
            before = out.pop()
            text = before.text + cell.text
            out.append(_Cell(text, before.start, cell.end, fold(text)))
            extra -= 1
            continue
        out.append(cell)
    return out
