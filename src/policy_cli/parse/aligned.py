"""A task table set in a fixed-width font whose cells wrap onto the lines under them (a PDF's text as extracted),
put back one row a line, its cells tab-separated, for the table reader."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from .. import patterns as P
from ..decode import fold
from .lines import SourceLine

_HEADER_LINES = 4  # a header wraps its names over this many lines at most (序 / 号 under 责 任 单 位)
_NAME_LENGTH = 8
_COLUMNS = 12  # a task table has this many columns at most
_UNIT_COLUMNS = ("departments", "lead", "partners")
_LEAST_UNIT = 3  # a unit's whole name has this many characters at least (县财政局; 局 alone is a name's end)  # a column's name is this many characters at most once its spaces are out


def _width(text: str) -> int:
    """How wide a text prints in a fixed-width font: two for a wide (CJK) character, one for any other."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pieces(raw: str) -> list[tuple[int, int, str]]:
    """A line's pieces (runs of text a single space may break: 责 任 单 位), each with where it starts and ends
    in print, a wide character counting two (measured once along the line: a long line costs its length)."""
    out: list[tuple[int, int, str]] = []
    at = width = 0
    for m in P.ALIGNED_PIECE.finditer(fold(raw)):
        start = width + _width(raw[at : m.start()])
        end = start + _width(raw[m.start() : m.end()])
        out.append((start, end, raw[m.start() : m.end()]))
        at, width = m.end(), end
    return out


def _column(start: int, stops: Sequence[int]) -> int | None:
    """The column a piece starting there stands in: the stop it starts at, one off at most."""
    return next((k for k, stop in enumerate(stops) if abs(stop - start) <= 1), None)


def _overlapped(start: int, end: int, stops: Sequence[int], bounds: Sequence[int]) -> list[int]:
    """The columns a piece from start to end stands over, the one it covers most first."""
    over = [(min(end, bounds[k]) - max(start, stop), k) for k, stop in enumerate(stops)]
    return [k for width, k in sorted(over, key=lambda o: (-o[0], o[1])) if width > 0]


def _opens_row(raw: str) -> bool:
    return "\t" not in raw and "|" not in raw and P.ALIGNED_ROW_START.match(fold(raw)) is not None


def _header(raws: list[str], first_row: int, stops: Sequence[int]) -> tuple[list[int], list[str]] | None:
    """The header's lines right above the first row (blank lines between them and the row skipped) and its names
    by column: each name's pieces stacked over the lines (序 ⏎ 号, a name the page wrapped), a name spanning
    columns whose names stand under it (责任单位 over 牵头单位 and 配合单位) left out. None where no header of
    the genre stands there."""
    at = first_row - 1
    while at >= 0 and not raws[at].strip():
        at -= 1
    lines: list[int] = []
    while at >= 0 and raws[at].strip() and len(lines) < _HEADER_LINES:
        pieces = _pieces(raws[at])
        if "\t" in raws[at] or any(len(text.replace(" ", "")) > _NAME_LENGTH for _, _, text in pieces):
            break
        lines.insert(0, at)
        at -= 1
    if not lines:
        return None
    bounds = [*stops[1:], 10**6]
    placed: list[list[tuple[list[int], str]]] = []  # each header line's names, with the columns each overlaps
    for at in lines:
        placed.append(
            [(_overlapped(start, end, stops, bounds), text.replace(" ", "")) for start, end, text in _pieces(raws[at])]
        )
    names = [""] * len(stops)
    for i, row in enumerate(placed):
        below = {over[0] for later in placed[i + 1 :] for over, _ in later if len(over) == 1}
        for over, text in row:
            if len(over) > 1 and len(below & set(over)) > 1:
                continue  # a name over the names of its columns
            if over:
                names[over[0]] += text
    return lines, names


def join_aligned_tables(text: str) -> str:
    """The text with each task table set in a fixed-width font and wrapped inside its cells put back one row a
    line (a PDF's text: 1   开展…学 ⏎ 习宣贯… under the task's column, 县安委会各成员单 ⏎ 位 under the partners').

    A table is read so where rows open with their number and consecutive numbers (1, 2, 3), their cells
    stand at the same columns, and a line between two rows holds pieces only at those columns, not at the
    number's: each piece is the rest of the cell above it, joined with no space (a Chinese cell wraps
    anywhere, even inside a unit's name). The header's names over the first row are stacked by column the
    same way (序 ⏎ 号) and kept where they name a task table's columns. The row keeps its first line's
    number, and the lines it takes become blank; any other text is as it was."""
    if "\t" in text or "  " not in text:
        return text
    raws = text.split("\n")
    n, out = 0, list(raws)
    while n < len(raws):
        if not _opens_row(raws[n]):
            n += 1
            continue
        n = _table_at(raws, n, out)
    return "\n".join(out)


def _table_at(raws: list[str], first: int, out: list[str]) -> int:
    """Rows from the line first opens, rewritten in out where they form a wrapped aligned table; the line to go
    on from."""
    stops = [start for start, _, _ in _pieces(raws[first])]
    if not 3 <= len(stops) <= _COLUMNS:
        return first + 1
    rows: list[list[int]] = []
    number = None
    at = first
    while at < len(raws):
        raw = raws[at]
        if not raw.strip():
            at += 1
            continue
        pieces = _pieces(raw)
        columns = [_column(start, stops) for start, _, _ in pieces]
        if _opens_row(raw):
            match = P.ALIGNED_ROW_START.match(fold(raw))
            assert match is not None
            if None in columns or (number is not None and int(match["num"]) != number + 1):
                break
            number = int(match["num"])
            rows.append([at])
        elif rows and None not in columns and 0 not in columns:
            rows[-1].append(at)
        else:
            break
        at += 1
    if len(rows) < 2 or all(len(row) == 1 for row in rows):
        return max(at, first + 1)  # no cell wrapped: the table readers read it as it stands
    header = _header(raws, first, stops)
    if header is None:
        return max(at, first + 1)
    header_lines, names = header
    from .annex import header_columns  # (annex reads tables: it needs nothing of this module)

    joined = "\t".join(names)
    if any(not name for name in names[1:]) or header_columns(SourceLine(0, joined, fold(joined))) is None:
        return max(at, first + 1)
    if len(header_columns(SourceLine(0, joined, fold(joined))) or ()) != len(stops):
        return max(at, first + 1)
    roles = header_columns(SourceLine(0, joined, fold(joined))) or ()
    rewritten: dict[int, str] = {}
    for row in rows:
        cells = [""] * len(stops)
        for line in row:
            for start, _, piece in _pieces(raws[line]):
                column = _column(start, stops)
                assert column is not None
                if roles[column] in _UNIT_COLUMNS and _another_unit(cells[column], piece):
                    return at  # 县财政局 ⏎ 县自然资源局: a unit whole above another, no 、 between: left as written
                cells[column] += piece
        rewritten[row[0]] = "\t".join(cells)
        rewritten.update((line, "") for line in row[1:])
    for k, line in enumerate(header_lines):
        out[line] = joined if k == 0 else ""
    for line, value in rewritten.items():
        out[line] = value
    return at


def _another_unit(cell: str, piece: str) -> bool:
    """A units cell's piece that names a unit, under a unit's whole name with no 、 between (县财政局 ⏎ 县自然资源局):
    whether it is another unit or more of the name is not for the join to guess. (县农业农村 ⏎ 局, 县人民政府 ⏎
    办公室: the rest of one name.)"""
    from .annex import unit_like

    folded = fold(piece)
    return (
        bool(cell)
        and unit_like(fold(cell))
        and not P.UNIT_LIST_GOES_ON.search(fold(cell[-1]) + folded[:1])
        and len(folded) >= _LEAST_UNIT
        and unit_like(folded)
        and not P.UNIT_NAME_TAIL.match(folded)
    )
