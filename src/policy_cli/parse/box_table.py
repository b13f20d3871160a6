"""A task table drawn in boxes whose cells wrap over several lines (a database's text rendering of a Word
table, each column as wide as its widest cell allows) -> one box row a table row, as the annex reads one.

    ┌────────┬──────┬────┐           ┌────────┬──────┬────┐
    │工作任务│牵头单│完成│           │工作任务│牵头单位│完成时限│
    │        │位    │时限│    ->     │        │      │    │
    ├────────┼──────┼────┤           ├────────┼──────┼────┤
    │改造集镇│县商务│9月 │           │改造集镇农贸市场│县商务局│9月底前│
    │农贸市场│局    │底前│           │        │      │    │

A row runs from one rule to the next; each cell's pieces are joined top to bottom in their column (a units
cell as the space-laid table joins it: 县商务 / 局 is one unit, 县商务局 / 县财政局 two). A cell merged down
over several rows (no rule under it where the rows' other cells have one) gives its text to each of them.
Where the merged cells do not line up with the rows (a cell of one column ends inside another column's
cell), which row a cell belongs to cannot be told: where the task column cuts the rows, they are read with
the cells cut as they are and the deadline or leader cells merged over them; else no cell is read. Each row
is warned at its first line with the text left unread (`table-row-unclear`), never given a cell of another
row.

Rows rewritten on their first line; their other lines left blank, so each row keeps its line number.
"""

from __future__ import annotations

from ..models import Warning
from .annex import _UNIT_COLUMNS, _columns_of
from .layout_table import _joined

# a cell's walls: the bar, and the corners and tees a rule meets them with
_WALLS = frozenset("│┃║├┤┼┬┴┌┐└┘┣┫╋┳┻┏┓┗┛╠╣╬╦╩╔╗╚╝")
_RULE_CHARS = frozenset("─━═┄┅┈┉")


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
    if "│" not in text and "┃" not in text and "║" not in text:
        return text, []
    raws = text.split("\n")
    warnings: list[Warning] = []
    n = 0
    while n < len(raws):
        first = _cells(raws[n])
        if first is None:
            n += 1
            continue
        end = n + 1
        while end < len(raws) and (cells := _cells(raws[end])) is not None and len(cells) == len(first):
            end += 1
        _rewrite(raws, n, end, warnings)
        n = end
    return "\n".join(raws), warnings


def _rewrite(raws: list[str], start: int, end: int, warnings: list[Warning]) -> None:
    """The box lines raws[start:end] (each with as many cells) rewritten, each group of lines between two full
    rules on its own. A group is one row where rules part the rows: the header (the first group, under a top
    rule), a group with a rule across some of its columns, and every group of a table with two body groups at
    least; a table's one body group with no rule in it is a row a line, as it is."""
    table = [_cells(raws[k]) or [] for k in range(start, end)]
    full = [all(_rule(c) for c in cells) for cells in table]
    groups: list[list[int]] = [[]]
    for k in range(start, end):
        if full[k - start]:
            groups.append([])
        else:
            groups[-1].append(k)
    header = bool(groups[0]) is False and len(groups) > 2  # a top rule, then the header, then a rule
    groups = [g for g in groups if g]
    body = groups[1:] if header else groups
    names: list[str] | None = None
    for at, group in enumerate(groups):
        partial = any(_rule(c) for k in group for c in table[k - start])
        if not (partial or (header and at == 0) or len(body) >= 2):
            continue
        rows = _rows(raws, group, table, start, names, warnings)
        if header and at == 0 and rows:  # the header's names tell the units cells
            names = ["".join(c.split()) for c in rows[0]]


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
