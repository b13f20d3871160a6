"""A row's cells mended before its task is read: 同上 and empty cells filled from the cell above, a units
list cut at its 、 joined, units shifted by a merged cell, lead marks, items of one cell; a row without its number."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ... import patterns as P
from ...decode import fold
from ...departments import split_units
from ...models import Warning
from ...regex_engine import compile_regex
from ..lines import SourceLine
from ..roles import unit_role
from .cells import _UNIT_COLUMNS, _Cell, _due_like, _prose_not_units, _reads_as_units
from .fit import _line_kind
from .table_lines import _form_and_number


def _list_mark_joined(cells: list[_Cell], roles: Sequence[str]) -> list[_Cell]:
    """The cells of a row whose cells a space separates, a cell of units ending in 、 joined to the units cell
    after it: the page spaced a list after its mark (基教科 各区教育局、 市局直属单位 holds two cells, the
    second 各区教育局、市局直属单位), not a boundary. A cell after 、 that is no unit's name stays apart, and
    nothing is joined where the row would then hold fewer cells than the header has columns while two unit
    columns are to be filled (县水利局、 县财政局、县自然资源局 under 牵头单位 配合单位: a lead and its partners)."""
    joined = _list_mark_joined_all(cells)
    if len(joined) < len(cells) and len(joined) < len(roles) and sum(r in _UNIT_COLUMNS for r in roles) > 1:
        return cells
    return joined


def _list_mark_joined_all(cells: list[_Cell]) -> list[_Cell]:
    out: list[_Cell] = []
    for cell in cells:
        before = out[-1] if out else None
        if (
            before is not None
            and before.folded.endswith("、")
            and _reads_as_units(before.folded.rstrip("、"))
            and _reads_as_units(cell.folded)
        ):
            text = before.text + cell.text
            out[-1] = _Cell(text, before.start, cell.end, fold(text))
            continue
        out.append(cell)
    return out


def _shifted_units(
    pairs: list[tuple[str, _Cell]], line: int, task_id: int, warnings: list[Warning]
) -> list[tuple[str, _Cell]]:
    """A units cell holding prose (_prose_not_units) with the units in the cell after it (the remarks column's):
    a cell merged over the rows before them (a group's name) shifted the row by one, so the units are read from
    where they stand, with a warning; prose in a units cell with no units after it reads no unit (warned)."""
    out = list(pairs)
    for at, (role, cell) in enumerate(out):
        if role not in _UNIT_COLUMNS or not _prose_not_units(cell.folded):
            continue
        after = out[at + 1] if at + 1 < len(out) else None
        if after is not None and after[0] == "other" and after[1].text and _reads_as_units(after[1].folded):
            out[at], out[at + 1] = (role, after[1]), ("other", cell)
            message = (
                f"task {task_id}: the units cell holds prose and the cell after it units; the row is read one cell "
                f"to the right (a merged cell before it): {after[1].text[:30]}"
            )
            warnings.append(Warning("row-cells-shifted", line, message))
        else:
            out[at] = ("other", cell)
            message = f"task {task_id}: a units cell holding prose, no unit's name; no unit is read: {cell.text[:30]}"
            warnings.append(Warning("row-units-unsure", line, message))
    return out


def _kinds_held_elsewhere(pairs: list[tuple[str, _Cell]]) -> set[str]:
    """The roles (due, lead, departments) a row holds a line of in another column (2024年10月底前 under
    进展情况): the row has its own, never to be filled from the row above."""
    return {
        role
        for role, kind in (("due", "due"), ("lead", "unit"), ("departments", "unit"))
        if any(r != role and r not in _UNIT_COLUMNS and c.text and _line_kind(c.folded) == kind for r, c in pairs)
    }


def _filled(
    pairs: list[tuple[str, _Cell]],
    above: dict[str, str],
    tabbed: bool,
    line: int,
    task_id: int,
    warnings: list[Warning],
) -> list[tuple[str, str, _Cell]]:
    """The row's cells by role, each with its value: 同上 replaced by the cell above, and an empty lead or
    deadline cell, or an empty 责任单位 cell in a row that names no unit, filled from the row above with a
    warning (a merged cell the scrape wrote once); an empty 配合单位 stays empty. The row then becomes the
    one above."""
    own: set[str] | None = None  # (found only when a cell may be filled: most rows have none empty)
    out = []
    for role, cell in pairs:
        value = cell.text
        if value and _same_as_above(value):
            value = above.get(role, "")
            if not value:
                message = f"task {task_id}: a cell says {cell.text} but the row above has nothing in that column"
                warnings.append(Warning("cell-same-as-above-empty", line, message))
            elif role == "due":  # the deadline is kept as the row above writes it: say where it came from
                message = f"task {task_id}: deadline {cell.text} read as the row above's: {value[:30]}"
                warnings.append(Warning("cell-same-as-above", line, message))
        elif (
            not value
            and tabbed
            and above.get(role)
            and (role in ("lead", "due") or (role == "departments" and not _names_a_unit(pairs)))
            and role not in (own := _kinds_held_elsewhere(pairs) if own is None else own)
        ):
            value = above[role]
            _filled_from_above(warnings, line, task_id, value)
        if role in _UNIT_COLUMNS or role in ("due", "leaders"):
            above[role] = value
        out.append((role, value, cell))
    return out


def _names_a_unit(pairs: list[tuple[str, _Cell]]) -> bool:
    """Whether a row's units cells name a unit of their own (a cell with text, not 同上)."""
    return any(c.text and not _same_as_above(c.text) for r, c in pairs if r in _UNIT_COLUMNS)


def _filled_from_above(warnings: list[Warning], line: int, task_id: int, value: str) -> None:
    """The cell-filled-from-above warning for a row: one for a run of rows under one merged cell, at the run's
    first row and naming its tasks (tasks 2–8), the warning of the row before extended when it fills the
    same value (a row filling two cells warns twice, so the last few warnings are looked at)."""
    for back in range(len(warnings) - 1, max(-1, len(warnings) - 5), -1):
        before = warnings[back]
        if before.code != "cell-filled-from-above" or not before.message.endswith(f": {value[:30]}"):
            continue
        run = _FILLED_RUN.match(before.message)
        if run is not None and int(run["last"] or run["first"]) == task_id - 1:
            message = f"tasks {run['first']}–{task_id}: empty cells taken to be merged with the one above: {value[:30]}"
            warnings[back] = Warning(before.code, before.line, message)
            return
    message = f"task {task_id}: an empty cell taken to be merged with the one above: {value[:30]}"
    warnings.append(Warning("cell-filled-from-above", line, message))


_FILLED_RUN = compile_regex(r"^tasks? (?P<first>\d+)(?:–(?P<last>\d+))?: ")


# P.SAME_AS_ABOVE's longest form (同上栏。) has four characters; a longer cell is not tried (nearly all).
# tests/test_patterns.py keeps the two together.
_SAME_AS_ABOVE_LONGEST = 4


def _same_as_above(cell: str) -> bool:
    """A cell that repeats the cell above it: 同上, 同上栏, 〃."""
    return len(cell) <= _SAME_AS_ABOVE_LONGEST and P.SAME_AS_ABOVE.fullmatch(fold(cell)) is not None


def _marks_lead(cell: str) -> bool:
    """Whether a cell marks one of its units as lead: 州水务局（牵头）、州财政局 (short cells are kept). A unit's
    role mark closes it with a bracket (P.UNIT_ROLE_MARK): a cell holding none is not split (nearly all)."""
    folded = fold(cell)
    if not any(closer in folded for closer in ")〕]〉>"):
        return False
    return _marks_lead_kept(cell) if len(cell) <= 256 else _unit_marked_lead(cell)


@lru_cache(maxsize=4096)
def _marks_lead_kept(cell: str) -> bool:
    return _unit_marked_lead(cell)


def _unit_marked_lead(cell: str) -> bool:
    return any((own := unit_role(unit)) is not None and own[1] == "lead" for unit in split_units(cell))


def _item_cells(line: SourceLine, cells: list[_Cell]) -> list[int]:
    """The cells of a tab row, two or more side by side, that are numbered items in a row (3.… | 4.… | 5.…):
    a table scraped one cell a line whose units cell was merged over the items' rows. Else none."""
    if "\t" not in line.text or len(cells) < 3:
        return []
    found: list[int] = []
    number = 0
    for i, cell in enumerate(cells[:-1]):
        item = P.ITEM.match(cell.folded) if cell.folded[:1].isdigit() else None
        if item is None or (found and (i != found[-1] + 1 or int(item["num"]) != number + 1)):
            if len(found) >= 2:
                break
            found = [i] if item is not None else []
        else:
            found.append(i)
        if item is not None:
            number = int(item["num"])
    if len(found) < 2 or not _reads_as_units(cells[found[-1] + 1].folded):
        return []  # no units cell after the items: a list of work the table does not assign
    return found


def _items_of_one_cell(cells: list[_Cell], columns: tuple[str, ...], items: list[int]) -> bool:
    """Whether the numbered items side by side in a row are one cell's list (a rectification list's measures,
    1.…；2.…；3.…, scraped one item a line), never rows under a merged units cell: the table numbers its
    rows, the row opens with its own 序号 cell and its items number from 1 after it."""
    if not columns or columns[0] != "number" or not items or items[0] == 0:
        return False
    first = P.ITEM.match(cells[items[0]].folded)
    return first is not None and int(first["num"]) == 1 and _form_and_number(cells[0].folded) is not None


def _items_joined(line: SourceLine, cells: list[_Cell], items: list[int]) -> SourceLine:
    """A row whose items side by side are one cell's list: the items one cell, joined as written (a space
    between two where the first does not end in punctuation)."""
    texts = [c.text for c in cells]
    joined = texts[items[0]]
    for piece in texts[items[0] + 1 : items[-1] + 1]:
        joined += piece if joined[-1:] in "；;。，,、" else f" {piece}"
    text = "\t".join([*texts[: items[0]], joined, *texts[items[-1] + 1 :]])
    return SourceLine(line.number, text, fold(text))


def _unnumbered_row(line: SourceLine, cells: list[_Cell], roles: list[str]) -> bool:
    """A tab or pipe row of a table with no 序号 column whose task cell holds text."""
    if "\t" not in line.text or "task" not in roles:
        return False
    missing = max(0, len(roles) - len(cells)) if "category" in roles[: roles.index("task")] else 0
    at = roles.index("task") - missing  # a category cell merged over several rows may be missing
    return 0 <= at < len(cells) and bool(cells[at].text)


def _spaced_unnumbered_row(line: SourceLine, cells: list[_Cell], roles: list[str]) -> bool:
    """A row whose cells a space separates, in a table with no 序号 column: a task cell, then units
    cells, and a deadline last where the table has that column (扩建水厂 县水务局 县财政局 2024年9月底前)."""
    if "\t" in line.text or "task" not in roles or roles[0] == "category":
        return False
    if len(cells) == len(roles) and roles[-1] == "other" and len(roles) >= 4:
        # 分管领导 重点工作 工作要求 牵头单位 配合单位 完成情况: a cell for each column, the last a report of progress;
        # the units cells read as units, the task's not
        by_role = list(zip(roles, cells, strict=True))
        units = [c for r, c in by_role if r in _UNIT_COLUMNS]
        task = next(c for r, c in by_role if r == "task")
        return (
            bool(units)
            and all(_reads_as_units(c.folded) for c in units)
            and all(_due_like(c.folded) for r, c in by_role if r == "due")
            and not _reads_as_units(task.folded)
        )
    tail = roles[len(roles) - roles[::-1].index("task") :]
    if not tail or any(r not in (*_UNIT_COLUMNS, "due") for r in tail) or len(cells) < len(tail) + 1:
        return False
    units = cells[-len(tail) :]
    if tail[-1] == "due":
        if not _due_like(units[-1].folded):
            return False
        units = units[:-1]
    return all(c.folded == "" or _reads_as_units(c.folded) for c in units) and not _reads_as_units(cells[0].folded)
