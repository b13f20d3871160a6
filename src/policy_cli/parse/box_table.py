"""A task table drawn in boxes whose cells wrap over several lines (a database's text rendering of a Word
table, each column as wide as its widest cell allows) -> one box row a table row, as the annex reads one.

    ┌────────┬──────┬────┐           ┌────────┬──────┬────┐
    │工作任务│牵头单│完成│           │工作任务│牵头单位│完成时限│
    │        │位    │时限│    ->
    ├────────┼──────┼────┤           ├────────┼──────┼────┤
    │改造集镇│县商务│9月 │           │改造集镇农贸市场│县商务局│9月底前│
    │农贸市场│局    │底前│

A row runs from one rule to the next; each cell's pieces are joined top to bottom in their column (a units
cell as the space-laid table joins it: 县商务 / 局 is one unit, 县商务局 / 县财政局 two). A cell merged down
over several rows (no rule under it where the rows' other cells have one) gives its text to each of them.
Where the merged cells do not line up with the rows (a cell of one column ends inside another column's
cell), which row a cell belongs to cannot be told: where the task column cuts the rows, they are read with
the cells cut as they are and the deadline or leader cells merged over them; else no cell is read. Each row
is warned at its first line with the text left unread (`table-row-unclear`), never given a cell of another
row.

A grid drawn in ASCII (+----+----+ rules, | walls) is read as the same grid in boxes, where one of its rules
opens with + (a table written with pipes, |--|--|, is never one).

Rows rewritten on their first line; their other lines left blank, so each row keeps its line number.
"""

from __future__ import annotations

from ..models import Warning
from ..regex_engine import compile_regex
from .annex import _UNIT_COLUMNS, _columns_of
from .layout_table import _joined

# a cell's walls: the bar, and the corners and tees a rule meets them with
_WALLS = frozenset("│┃║├┤┼┬┴┌┐└┘┣┫╋┳┻┏┓┗┛╠╣╬╦╩╔╗╚╝")
_RULE_CHARS = frozenset("─━═┄┅┈┉")
# an ASCII grid's rule (+----+-----+, = under a header) and its lines with text between walls (|序号|任务|)
_ASCII_RULE = compile_regex(r"\s*\+(?:[-=]+\+)+\s*")
_ASCII_LINE = compile_regex(r"\s*(?:\+(?:[-=]+\+)+|\|.*\|)\s*")
_ASCII_RULE_BOX = str.maketrans({"+": "┼", "-": "─", "=": "─"})
_ASCII_WALL_BOX = str.maketrans({"|": "│"})
_NUMBER = compile_regex(r"[0-9０-９]{1,3}[.、．]?|[一二三四五六七八九十]{1,3}、?")  # a row's number cell: 12, 3., 四


def _cells(line: str) -> list[str] | None:
    """A box line's cells between its walls, or None for a line that is none (no wall at both ends)."""
    s = line.strip()
    if len(s) < 2 or s[0] not in _WALLS or s[-1] not in _WALLS:
        return None
    cells: list[str] = []
    current = ""
    for char in s[1:]:
        if char in _WALLS:
            cells.append(current)
            current = ""
        else:
            current += char
    return cells


def _rule(cell: str) -> bool:
    """A cell crossed by a rule (────): no text of its own."""
    s = cell.strip()
    return bool(s) and all(c in _RULE_CHARS for c in s)


def unbox_tables(text: str) -> tuple[str, list[Warning]]:
    """Box tables whose rows wrap over several lines rewritten one row a line (see the module's doc), with a
    warning for each row whose merged cells do not line up. Other text as it is."""
    if "│" not in text and "┃" not in text and "║" not in text and "+-" not in text:
        return text, []
    raws = text.split("\n")
    warnings: list[Warning] = []
    n = 0
    while n < len(raws):
        if (first := _cells(raws[n])) is not None:
            end = n + 1
            while end < len(raws) and (cells := _cells(raws[end])) is not None and len(cells) == len(first):
                end += 1
            _rewrite(raws, n, end, warnings)
            n = end
        elif _ASCII_LINE.fullmatch(raws[n]):
            n = _ascii_grid(raws, n, warnings)
        else:
            n += 1
    return "\n".join(raws), warnings


def _ascii_grid(raws: list[str], start: int, warnings: list[Warning]) -> int:
    """A grid drawn in ASCII from raws[start] (+----+----+ rules, | walls), read as the same grid drawn in boxes
    where a rule opening with + is in it (so never a table written with pipes, |--|--|): its rules and the rows
    it joins are written back drawn in boxes. The index after its last line."""
    end = start
    while end < len(raws) and _ASCII_LINE.fullmatch(raws[end]):
        end += 1
    if not any(_ASCII_RULE.fullmatch(raws[k]) for k in range(start, end)):
        return end
    boxed = raws[:]
    for k in range(start, end):
        boxed[k] = raws[k].translate(_ASCII_RULE_BOX if _ASCII_RULE.fullmatch(raws[k]) else _ASCII_WALL_BOX)
    drawn = boxed[start:end]
    cells = [len(_cells(line) or ()) for line in drawn]
    if len(set(cells)) != 1:
        return end  # (a bar or a + inside a cell: the walls do not line up)
    _rewrite(boxed, start, end, warnings)
    for k in range(start, end):
        if boxed[k] != drawn[k - start] or _ASCII_RULE.fullmatch(raws[k]):
            raws[k] = boxed[k]  # a joined row, or a rule: a box's rule reads as one (|--|--|), + never does
    return end


def _rewrite(raws: list[str], start: int, end: int, warnings: list[Warning]) -> None:
    """The box lines raws[start:end] (each with as many cells) rewritten, each group of lines between two full
    rules on its own. A group is one row where rules part the rows: the header (the first group, under a rule
    and over another group, its cells joined naming a task table's columns), a group with a rule across some
    of its columns, and each body group of a table with two at least. A group of rows a line (two lines with a
    number in the first cell, no rule between them) is left as it is, and so is a table's one body group."""
    table = [_cells(raws[k]) or [] for k in range(start, end)]
    full = [all(_rule(c) for c in cells) for cells in table]
    groups: list[list[int]] = [[]]
    for k in range(start, end):
        if full[k - start]:
            groups.append([])
        else:
            groups[-1].append(k)
    groups = [g for g in groups if g]
    width = len(table[0])
    names = None
    if len(groups) > 1:  # (a rule under the first group: another group follows)
        names = ["".join("".join(table[k - start][c] for k in groups[0]).split()) for c in range(width)]
        if _columns_of(names) is None:
            names = None
    body = groups[1:] if names is not None else groups
    for at, group in enumerate(groups):
        if names is not None and at == 0:
            if len(group) > 1:
                _rows(raws, group, table, start, None, warnings)
            continue
        partial = any(_rule(c) for k in group for c in table[k - start])
        if partial or (len(body) >= 2 and not _rows_a_line(group, table, start)):
            _rows(raws, group, table, start, names, warnings)


def _rows_a_line(group: list[int], table: list[list[str]], start: int) -> bool:
    """Whether two lines of the group open with a row's number: rows one a line, not one row wrapped."""
    return sum(bool(_NUMBER.fullmatch(table[k - start][0].strip())) for k in group) >= 2


def _rows(
    raws: list[str],
    group: list[int],
    table: list[list[str]],
    start: int,
    names: list[str] | None,
    warnings: list[Warning],
) -> list[list[str]]:
    """The rows of the lines in group (between two full rules), each rewritten on its first line in raws."""
    width = len(table[group[0] - start])
    # the lines of the group where each column has a rule: where its cell ends
    cuts = [{k for k in group if _rule(table[k - start][c])} for c in range(width)]
    ruled = max(range(width), key=lambda c: (len(cuts[c]), -c))  # the column cut into the most cells: its rows
    columns = _columns_of(names) if names is not None else None
    roles = [columns[c] if columns and c < len(columns) else "other" for c in range(width)]
    # a column whose cell ends where the rows' cells do not: which row its cells belong to cannot be told. Then
    # the rows are read only where the task column cuts them: with the cells cut as they are, and the cells of
    # a column with no rule that names no unit (a deadline or a leader merged over the rows); else none is read
    clear = [True] * width
    if not all(cut <= cuts[ruled] for cut in cuts):
        rows_by_task = roles[ruled] == "task"
        clear = [
            rows_by_task and (cut == cuts[ruled] or (not cut and roles[c] not in (*_UNIT_COLUMNS, "task")))
            for c, cut in enumerate(cuts)
        ]
    if len(group) == 1:
        return [table[group[0] - start]]
    units = [role in _UNIT_COLUMNS for role in roles]
    bounds: list[list[int]] = [[]]  # the rows: their lines
    for k in group:
        if k in cuts[ruled]:
            bounds.append([])
        else:
            bounds[-1].append(k)
    bounds = [b for b in bounds if b]
    out: list[list[str]] = []
    for row in bounds:
        cells, lost = [], []
        for c in range(width):
            # the column's cell holding this row: its lines from the rule above to the rule below
            above = max((k for k in cuts[c] if k < row[0]), default=group[0] - 1)
            below = min((k for k in cuts[c] if k > row[-1]), default=group[-1] + 1)
            pieces = [table[k - start][c].strip() for k in range(above + 1, below) if not _rule(table[k - start][c])]
            doubts: list[str] = []
            text = _joined([p for p in pieces if p], units=units[c], doubts=doubts)
            if not clear[c]:
                lost.append(text)
                text = ""
            cells.append(text)
            warnings.extend(Warning("table-units-unclear", row[0] + 1, f"a wrapped units cell {d}") for d in doubts)
        if lost:
            message = "a box table's cell merged over rows that do not line up with its rows; the cell is not read"
            warnings.append(Warning("table-row-unclear", row[0] + 1, f"{message}: {'、'.join(lost)[:30]}"))
        out.append(cells)
    for k in group:
        raws[k] = ""
    for row, cells in zip(bounds, out, strict=True):
        raws[row[0]] = "│" + "│".join(cells) + "│"
    return out
