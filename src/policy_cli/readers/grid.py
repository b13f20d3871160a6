"""Tables with merged cells -> one line a row, cells separated by tabs.

Every reader hands its table here as rows of cells, each with its row and
column span. A merged cell's text is copied into every row and column it
spans, so a 完成时间 or 牵头单位 merged over five tasks applies to all five.
Two exceptions, both about layout rather than data: a row that is one cell
across the whole table (a heading inside the table) becomes one line without
tabs, and the header's rows collapse into one row of column names, the lower
name where a heading spans several (责任单位 over 牵头单位 | 配合单位).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# Spans beyond these are damage or hostility, not layout; past the budget of grid
# positions a table's cells no longer span (a page of spans cannot take all memory).
MAX_COLSPAN = 100
MAX_ROWSPAN = 1_000
MAX_POSITIONS = 200_000


@dataclass(frozen=True)
class Cell:
    text: str
    rowspan: int = 1
    colspan: int = 1
    lines: tuple[str, ...] = ()  # the cell's lines as written, when it has several (read as a header)

    @classmethod
    def of(cls, lines: list[str], rowspan: int = 1, colspan: int = 1) -> Cell:
        """A cell from its lines (<br>, paragraphs)."""
        return cls(join_pieces(lines), rowspan, colspan, tuple(p.strip() for p in lines if p.strip()))


@dataclass(frozen=True)
class Slot:
    """One grid position: the text it shows and which cell it comes from."""

    cell: int  # a number unique to the cell in its table
    text: str
    row: int  # the row the cell starts in
    name: str  # the text as a column name: its lines joined with nothing


# A piece that ends a sentence or clause runs on into the next as it is.
_ENDS_CLAUSE = tuple("。；;，,：:、")
# A piece ending or starting with these is a date or phrase broken across lines: 2019年 / 6月底前
_RUNS_ON_BEFORE = tuple("年月日至和及与—-~")
_RUNS_ON_AFTER = tuple("年月日前底至")


def join_pieces(pieces: list[str]) -> str:
    """A cell's lines (<br>, paragraphs) as one: units listed one a line joined by 、 so they
    stay separate units; a sentence or a date broken across lines joined as it was. (A header
    cell's lines are joined with nothing: 牵头<br>单位 is a name a narrow column broke.)"""
    out = ""
    for piece in (p.strip() for p in pieces):
        if not piece:
            continue
        if out and _separate(out, piece):
            out += "、"
        out += piece
    return cell_text(out)


def _separate(before: str, after: str) -> bool:
    if before.endswith(_ENDS_CLAUSE + _RUNS_ON_BEFORE) or after.startswith(_RUNS_ON_AFTER):
        return False
    return not (before[-1].isdigit() or after[0].isdigit())


def cell_text(text: str) -> str:
    """A cell's text on one line, with no tab inside it (tabs separate cells)."""
    return " ".join(text.split())


def expand(rows: Sequence[Sequence[Cell]]) -> list[list[Slot | None]]:
    """Place every cell at each grid position it spans; positions no cell covers are None."""
    taken: dict[tuple[int, int], Slot] = {}
    width = 0
    serial = 0
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            rowspan = min(len(rows) - r if cell.rowspan <= 0 else cell.rowspan, MAX_ROWSPAN, len(rows) - r)
            colspan = min(max(cell.colspan, 1), MAX_COLSPAN)
            if len(taken) + rowspan * colspan > MAX_POSITIONS:
                rowspan = colspan = 1
            name = cell_text("".join(cell.lines)) if cell.lines else cell_text(cell.text)
            slot = Slot(serial, cell_text(cell.text), r, name)
            serial += 1
            for dr in range(rowspan):
                for dc in range(colspan):
                    taken.setdefault((r + dr, c + dc), slot)
            c += colspan
            width = max(width, c)
    return [[taken.get((r, c)) for c in range(width)] for r in range(len(rows))]


def header_height(rows: Sequence[Sequence[Cell]], grid: list[list[Slot | None]]) -> int:
    """How many rows the header takes. Two (or three) when the first row both spans rows
    (序号 over two rows) and spans columns (责任单位 over 牵头 | 配合); two also when the
    second row only names the columns under first-row headings that span several
    (责任单位 over 牵头单位 | 配合单位 with nothing else in that row)."""
    if not rows or not _looks_like_header(grid):
        return 0
    first = rows[0]
    tall = max((c.rowspan for c in first), default=1)
    if tall > 1 and any(c.colspan > 1 for c in first) and len(rows) > tall:
        return min(tall, 3)
    if len(grid) > 2 and any(c.colspan > 1 for c in first) and _names_under_spans(grid):
        return 2
    return 1


def _names_under_spans(grid: list[list[Slot | None]]) -> bool:
    upper = grid[0]
    widths: dict[int, int] = {}
    for slot in upper:
        if slot is not None:
            widths[slot.cell] = widths.get(slot.cell, 0) + 1
    named = 0
    for c, slot in enumerate(grid[1]):
        if slot is None or slot.row != 1 or not slot.name:
            continue
        above = upper[c]
        if above is None or widths[above.cell] < 2 or len(slot.name) > 12 or any(ch.isdigit() for ch in slot.name):
            return False
        named += 1
    return named >= 2


def table_lines(rows: Sequence[Sequence[Cell]]) -> list[str]:
    """The table as lines: a collapsed header, then one line a row."""
    grid = expand(rows)
    if not grid:
        return []
    height = header_height(rows, grid)
    lines: list[str] = []
    if height:
        names: list[Slot] = []
        for c in range(len(grid[0])):
            below = [grid[r][c] for r in reversed(range(height))]
            lowest = next((s for s in below if s is not None and s.name), None)
            if lowest is not None and (not names or names[-1].cell != lowest.cell):
                names.append(lowest)
        lines.append("\t".join(s.name for s in names))
    for row in grid[height:]:
        line = _row_line(row)
        if line:
            lines.append(line)
    return lines


def _looks_like_header(grid: list[list[Slot | None]]) -> bool:
    """A header row names columns: short texts, none empty (short rows end early)."""
    first = _trimmed(grid[0])
    return bool(first) and all(s is not None and 0 < len(s.text) <= 12 for s in first)


def _trimmed(row: list[Slot | None]) -> list[Slot | None]:
    """The row without the empty positions at its end."""
    end = len(row)
    while end and (row[end - 1] is None or not row[end - 1].text):  # type: ignore[union-attr]
        end -= 1
    return row[:end]


def _row_line(row: list[Slot | None]) -> str:
    slots = [s for s in row if s is not None]
    if not slots or not any(s.text for s in slots):
        return ""
    if len({s.cell for s in slots}) == 1 and len(slots) == len(row) and len(row) > 1:
        return slots[0].text  # one cell across the table: a heading row
    return "\t".join(s.text if s is not None else "" for s in _trimmed(row))
