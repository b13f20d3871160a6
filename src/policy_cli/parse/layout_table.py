"""A task table laid out in columns of spaces (a PDF's text layer extracted with its layout kept, as
`pdftotext -layout` writes it) -> one pipe row a table row, as the annex reads a pipe table.

Such a table has a header of one to three lines whose names may be spaced out (序 / 号 over two lines,
`责 任 单 位` over 牵头单位 and 配合单位); its cells are aligned by runs of spaces, and each cell wraps over
several lines within its own column. Columns are read by their DISPLAY position (a CJK character is two
columns wide), never by the order of a line's pieces:

- the header's names give the columns: a name over two or more names of the line under it spans them (a
  group's name, dropped); names one above the other join (序 over 号 -> 序号);
- the cut between two columns is where no row line has text (the gap of two or more spaces between cells);
- a row starts at a line with a number in the number column and runs until the next row; the pieces of
  each cell are joined in their column with nothing between them (`县安委会各成员单` / `位`);
- page furniture between rows (`— 2 —`, `-3-`, `第 2 页`) is taken out FIRST, and a copy of the header
  after a page break is read as the header's copy: a row cut by a page break goes on after it.

The table is rewritten in place: the header and each row on their first line as a pipe row, the other
lines of the header and of each row left blank, so that every row keeps its line number. A row whose
pieces fall across a cut (the columns do not line up) is not read: it is warned with its line
(`table-row-unclear`), never given a cell from the wrong column.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from itertools import pairwise

from .. import patterns as P
from ..decode import fold
from ..departments import split_units
from ..models import Warning
from .annex import _UNIT_COLUMNS, _columns_of, unit_like

_SPACES = " \u3000\u00a0"
_LONGEST_NAME = 12  # characters of a column's name at most (完成时限（截止时间）): a longer piece is a title
_SECTION_ROW = 20  # characters of a section row at most: a heading, not a sentence
_LONE_NAME = 6  # characters of a name alone on a header's line at most (责任单位, 时限, 号)
_SEPARATORS = str.maketrans({",": "、", "，": "、", ";": "、", "；": "、"})


@dataclass(frozen=True)
class _Piece:
    start: int  # display column of the first character
    end: int  # display column after the last character
    text: str


# punctuation of ambiguous width (“”‘’…—), which one PDF's text sets one column wide and another two, as a
# CJK font draws it: read one wide first, then two where the rows do not line up so
_WIDE_PUNCTUATION = frozenset("“”‘’…—·※")
_PUNCTUATION_WIDE: ContextVar[bool] = ContextVar("punctuation_wide", default=False)


def _width(char: str) -> int:
    if char == "\t":
        return 1
    if unicodedata.east_asian_width(char) in "WF":
        return 2
    return 2 if char in _WIDE_PUNCTUATION and _PUNCTUATION_WIDE.get() else 1


def pieces(raw: str) -> list[_Piece]:
    """A line's pieces between runs of two or more spaces (a full-width space is two), with their display
    columns."""
    out: list[_Piece] = []
    col = 0
    start = -1
    text = ""
    gap = 0  # display width of the spaces since the last character
    for char in raw:
        w = _width(char)
        if char in _SPACES:
            gap += w
            col += w
            continue
        if text and gap >= 2:
            out.append(_Piece(start, col - gap, text.strip()))
            text = ""
        if not text:
            start = col
        elif gap:
            text += " "
        text += char
        gap = 0
        col += w
    if text:
        out.append(_Piece(start, col - gap, text))
    return out


def _name(parts: Sequence[str]) -> str:
    """A header name from its pieces top to bottom: spaced-out characters closed up (责 任 单 位 -> 责任单位)."""
    return "".join("".join(part.split()) for part in parts)


def _role_under(names: Sequence[str]) -> str:
    """A column's name from its pieces, where a units column's name stands over the first of the roles it
    spans, left-aligned over it (责任单位 over 牵头, 配合 beside it): the role under it (牵头), which the name
    joined (责任单位牵头) is none."""
    name = _name(names)
    if len(names) == 2 and name not in P.COLUMN_ROLES:
        upper, lower = _name(names[:1]), _name(names[1:])
        if P.COLUMN_ROLES.get(upper) in _UNIT_COLUMNS and P.COLUMN_ROLES.get(lower) in _UNIT_COLUMNS:
            return lower
    return name


@dataclass(frozen=True)
class _Column:
    start: int
    end: int
    name: str


def header_of(raws: Sequence[str]) -> list[_Column] | None:
    """The columns a header of one to three lines names, left to right, or None when the lines name no task
    table of the genre (a number column first, a task column, a units column)."""
    lines = [pieces(raw) for raw in raws]
    if not lines[-1] or not any(len(line) > 1 for line in lines):
        return None  # (a name alone on a line is a header's too: 时限 under 完成, 责 任 单 位 over two names)
    if any(len(_name([piece.text])) > _LONGEST_NAME for line in lines for piece in line):
        return None  # a title or a sentence over the header, no column's name
    if any(len(line) == 1 and len(_name([line[0].text])) > _LONE_NAME for line in lines):
        return None  # a title over a header (青石市招商任务清单), not a name alone on its line
    if len(lines) > 1 and any(len(line) == 1 and P.LAYOUT_TABLE_TITLE.search(line[0].text) for line in lines):
        return None  # a short title centred over the header (任务分工表): it names the table, no column
    kept: list[tuple[int, _Piece]] = []
    for at, line in enumerate(lines):
        for piece in line:
            spans = any(
                sum(1 for other in below if other.start < piece.end and piece.start < other.end) >= 2
                for row, below in enumerate(lines)
                if row != at
            )
            if not spans:  # (a group's name over two or more names: 责任单位 over 牵头单位 and 配合单位)
                kept.append((at, piece))
    kept.sort(key=lambda item: item[1].start)
    groups: list[list[tuple[int, _Piece]]] = []
    end = -1
    for at, piece in kept:
        if groups and piece.start < end:  # overlapping the column so far: a name over or under it
            groups[-1].append((at, piece))
            end = max(end, piece.end)
        else:
            groups.append([(at, piece)])
            end = piece.end
    columns = []
    for group in groups:
        if len({at for at, _ in group}) < len(group):
            return None  # two names side by side on one line in one column: not a layout of columns
        names = [piece.text for _, piece in sorted(group, key=lambda item: item[0])]
        columns.append(_Column(min(p.start for _, p in group), max(p.end for _, p in group), _role_under(names)))
    roles = _columns_of([c.name for c in columns])
    if roles is None or roles[0] != "number" or not any(r in _UNIT_COLUMNS for r in roles):
        return None
    return columns


def _cuts(columns: Sequence[_Column], rows: Sequence[list[_Piece]]) -> list[int]:
    """The display columns where each column ends and the next begins: between two headers' starts, the
    position that cuts the fewest row pieces (none in a clean layout), the middle of the widest such run."""
    cuts = []
    for left, right in pairwise(columns):
        places = range(left.start + 1, right.start + 1)
        costs = [sum(1 for line in rows for p in line if p.start < at < p.end) for at in places]
        if not costs:
            cuts.append(right.start)
            continue
        least = min(costs)
        runs: list[list[int]] = []
        for at, cost in zip(places, costs, strict=True):
            if cost != least:
                continue
            if runs and runs[-1][-1] == at - 1:
                runs[-1].append(at)
            else:
                runs.append([at])
        widest = max(runs, key=len)
        cuts.append(widest[len(widest) // 2])
    return cuts


def _pages_bounds(
    raws: Sequence[str], columns: list[_Column], copies: list[list[int]], laid: dict[int, list[_Piece]]
) -> list[tuple[int, list[int]]]:
    """The cuts between the columns on each page: from the header and the rows under it, then from each copy
    of the header a page break repeated (its columns may stand elsewhere on the new page) and the rows under it
    up to the next; each with the index of the page's first line."""
    starts = [(0, columns)]
    for copy in copies:
        again = header_of([raws[k] for k in copy])
        same = again is not None and [c.name for c in again] == [c.name for c in columns]
        starts.append((copy[0], again if again is not None and same else columns))
    out = []
    for n, (start, names) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else 1 << 30
        lines = [line for k, line in laid.items() if start <= k < end]
        out.append((start, _cuts(names, lines)))
    return out


def _bounds_at(bounds: list[tuple[int, list[int]]], k: int) -> list[int]:
    """The cuts of the page line k is on."""
    return next(cuts for start, cuts in reversed(bounds) if start <= k)


def _furniture(raw: str) -> bool:
    """A page's number, or 续表 over a table's header copied after a page break."""
    text = fold(raw).strip(" \f\u3000")
    return bool(P.PAGE_NUMBER.match(text)) or text in ("续表", "续上表", "(续表)", "(续)")


def _compact(raw: str) -> str:
    return "".join(fold(raw).split())


def _joined(parts: Sequence[str], units: bool = False, doubts: list[str] | None = None) -> str:
    """A cell's pieces top to bottom joined as one: the PDF broke them by width, not by meaning (a space only
    between two Latin letters or digits). In a units cell, a piece opening a unit's whole name (县商务局, 青石镇
    人民政府, not 管委会 nor 改革局) under a piece closing one (县水利局, 河口工业园), no 、 between them, is a unit
    of its own (units written one a line): 、 between. A piece that is a unit's name of its own but opens none,
    under one closing a unit, may be either: joined, and told in doubts with how the units' list reads the join."""
    out = ""
    for part in parts:
        if out and part and out[-1].isascii() and out[-1].isalnum() and part[0].isascii() and part[0].isalnum():
            out += " "
        elif out and units:
            kind = _unit_after_unit(out, part)
            if kind == "apart":
                out += "、"
            elif kind == "unsure" and doubts is not None:
                # told as the units' list reads the cell: 县林业局相关部门 splits in two, 县水利局水务集团 is one name
                two = len(split_units(out + part)) > len(split_units(out))
                doubts.append(f"read as {'two' if two else 'one'}: {out[-12:]} / {part[:12]}")
        out += part
    return out


def _unit_after_unit(before: str, after: str) -> str:
    """Whether `after`, under `before` in a units cell, is another unit ("apart"), the rest of the same
    ("on"), or may be either ("unsure")."""
    last = fold(before).translate(_SEPARATORS).split("、")[-1]
    first = fold(after).translate(_SEPARATORS).split("、")[0]
    closes = len(last) >= 3 and (unit_like(last) or bool(P.LAYOUT_ZONE_CLOSES.search(last)))
    if not closes or not unit_like(first) or P.EMPTY_CELL.match(first):
        return "on"
    if len(first) >= 4 and P.LAYOUT_UNIT_OPENS.match(first):
        return "apart"
    if first in P.UNIT_ENDINGS or len(first) < 4:
        return "on"  # a body's ending alone (管委会, 人民政府, 中心): the name above goes on
    return "unsure"


def _paged_rows(raws: Sequence[str], rows: Sequence[list[int]], copies: set[int]) -> bool:
    """Whether the rows are as a PDF's text with its layout kept shows them: a blank line (or a page break) between
    each row and the next, and some row wrapped over several lines."""
    apart = all(
        not raws[row[0] - 1].strip() or row[0] - 1 in copies or _furniture(raws[row[0] - 1]) for row in rows[1:]
    )
    return apart and len(rows) > 1 and any(len(row) > 1 for row in rows)


def _section(text: str) -> bool:
    folded = fold(text)
    return bool(P.PART.match(folded) or P.CLAUSE.match(folded))


def _section_row(text: str) -> bool:
    """A section row's text: a heading (一、保障水源安全), not a sentence with its own units (（一）加强督查。（责任…）)."""
    folded = fold(text)
    return len(_compact(folded)) <= _SECTION_ROW and not any(ch in folded for ch in "。;:") and "(" not in folded[3:]


def _ends_table(raws: Sequence[str], at: int, blanks: int, opens_row: Callable[[int], bool]) -> bool:
    """Whether the line at `at`, after a blank line under the last row and opening no row, ends the table: it
    follows two blank lines (on the same page), or it is a signature, a unit's name or a date alone on its line (青梧县水利局,
    2025年2月18日) with no row's number right under it (a cell set in the middle of its row's height has one)."""
    if blanks >= 2:
        return True
    line = pieces(raws[at])
    if len(line) != 1:
        return False
    text = fold(line[0].text).strip()
    if P.SIGNED_DATE.match(text):
        return True
    under = at + 1 < len(raws) and raws[at + 1].strip() and opens_row(at + 1)
    return unit_like(text) and not P.EMPTY_CELL.match(text) and not under


def _date_alone(raw: str) -> bool:
    line = pieces(raw)
    return len(line) == 1 and bool(P.SIGNED_DATE.match(fold(line[0].text).strip()))


def _signature(raws: Sequence[str], at: int, next_text: Callable[[int], int | None]) -> bool:
    """Whether the line at `at` starts a signature block under a table: a date alone on its line (2025年2月18日), or
    a unit's name alone on its line with a date alone on the next line with text (青梧县水利局 over 2025年2月18日); in
    whichever column it stands, so that no cell takes it in."""
    if _date_alone(raws[at]):
        return True
    line = pieces(raws[at])
    if len(line) != 1:
        return False
    text = fold(line[0].text).strip()
    after = next_text(at)
    return unit_like(text) and not P.EMPTY_CELL.match(text) and after is not None and _date_alone(raws[after])


def _settle_above(
    raws: Sequence[str], rows: list[list[int]], numbers: list[int], above: list[tuple[int, list[int], bool]]
) -> None:
    """Lines after a gap right above a row's number are that row's only where the rows stand apart by blank
    lines and the row has lines under its number too (a cell set in the middle of its row's height) and no page
    break came before them; else they are the row above's (a row the page break cut goes on after it)."""
    apart = all(not raws[row[0] - 1].strip() for row in rows[1:])
    # (every row starting above its number: cells set in the middle of each row's height, the number on the
    # row's last line where the row is two lines high)
    tall = [(row, number) for row, number in zip(rows, numbers, strict=True) if len(row) > 1]
    every = len(tall) > 1 and all(row[0] < number for row, number in tall)
    for index, lines, after_break in above:
        centred = apart and not after_break and (rows[index][-1] > numbers[index] or every)
        if centred or index == 0:
            continue
        rows[index - 1].extend(lines)
        rows[index] = [k for k in rows[index] if k not in lines]


def _number_piece(piece: _Piece) -> bool:
    return bool(P.LAYOUT_ROW_NUMBER.match(piece.text))


def _number_second(raw: str) -> bool:
    """A row opening with its group's cell, then its number (一、交通  1  改建…): a row of a table whose category
    column stands before 序号, read by the annex one row a line."""
    line = pieces(raw)
    return len(line) > 2 and _number_piece(line[1]) and not _number_piece(line[0])


def _header_at(raws: Sequence[str], row_at: int) -> tuple[int, int, list[_Column]] | None:
    """The header over the row starting at row_at: the one to three lines right above it (a blank line, and
    a section row, between them and the row allowed), the most that name a task table; with the index after
    its last line."""
    end = row_at
    indent = pieces(raws[row_at])[0].start
    while end > 0 and raws[end - 1].strip() and pieces(raws[end - 1])[0].start > indent + 1 and row_at - end < 4:
        end -= 1  # (the row's first lines, its cells set in the middle of its height: the number under them)
    while end > 0 and not raws[end - 1].strip() and row_at - end < 6:
        end -= 1
    if end > 0 and len(above := pieces(raws[end - 1])) == 1 and _section(above[0].text):
        end -= 1
        while end > 0 and not raws[end - 1].strip() and row_at - end < 8:
            end -= 1
    found = None
    for size in (1, 2, 3):
        start = end - size
        if start < 0 or any(not raws[n].strip() for n in range(start, end)):
            break
        columns = header_of(raws[start:end])
        if columns is not None:
            found = (start, end, columns)
    return found


def unlayout_tables(text: str) -> tuple[str, list[Warning]]:
    """Task tables laid out in columns of spaces rewritten as pipe rows (see the module's doc), with a
    warning for each row whose pieces do not fit the columns. Other text as it is. Quotes and dashes are read
    one column wide, else two where that leaves fewer rows unread."""
    if not P.LAYOUT_ROW_START.search(text):
        return text, []
    narrow = _unlayout_tables(text)
    if not narrow[1] or not any(ch in _WIDE_PUNCTUATION for ch in text):
        return narrow
    token = _PUNCTUATION_WIDE.set(True)
    try:
        wide = _unlayout_tables(text)
    finally:
        _PUNCTUATION_WIDE.reset(token)
    return wide if len(wide[1]) < len(narrow[1]) else narrow


def _unlayout_tables(text: str) -> tuple[str, list[Warning]]:
    raws = text.split("\n")
    warnings: list[Warning] = []
    n = 0
    while n < len(raws):
        if not P.LAYOUT_ROW_START.match(raws[n]) or "\t" in raws[n]:
            n += 1
            continue
        header = _header_at(raws, n)
        if header is None:
            n = _unread_rows(raws, n, warnings)
            continue
        n = _rewrite(raws, header, n, warnings)
    return "\n".join(raws), warnings


def _unread_rows(raws: Sequence[str], row_at: int, warnings: list[Warning]) -> int:
    """Under two or three lines naming a task table's columns (a task and a units column among them) that give
    no columns (names that do not line up), each numbered row warned at its line: its cells cannot be told apart.
    The index of the line to go on from."""
    end = row_at
    while end > 0 and not raws[end - 1].strip() and row_at - end < 2:
        end -= 1
    start = end
    while start > 0 and raws[start - 1].strip() and end - start < 3:
        start -= 1
    names = [_name([p.text]) for k in range(start, end) for p in pieces(raws[k])]
    named = all(len(name) <= _LONGEST_NAME for name in names) and not any(
        P.LAYOUT_ROW_START.match(raws[k]) or _number_second(raws[k]) for k in range(start, end)
    )  # (column names, no row of a table above: a table the annex reads, one row a line)
    roles = _columns_of(names) if named and end - start > 1 and len(names) < 16 else None
    if roles is None or not any(r in _UNIT_COLUMNS for r in roles):
        return row_at + 1
    indent = pieces(raws[row_at])[0].start
    message = "a row of a table laid out in columns whose header's names do not line up with its columns; not read"
    at = row_at
    while at < len(raws):
        line = pieces(raws[at])
        if line and line[0].start <= indent and not _furniture(raws[at]):
            if not _number_piece(line[0]) or len(line) < 2:
                break
            warnings.append(Warning("table-row-unclear", at + 1, f"{message}: {raws[at].strip()[:30]}"))
        at += 1
    return at


def _rewrite(raws: list[str], header: tuple[int, int, list[_Column]], first_row: int, warnings: list[Warning]) -> int:
    """The table under the header (its first line, the index after its last, its columns) rewritten in raws,
    its first row at first_row; the index after its last line."""
    header_at, header_end, columns = header
    # each header line's text with no space, and where it starts: a copy standing elsewhere moves the columns
    header_lines = {
        _compact(raws[k]): pieces(raws[k])[0].start for k in range(header_at, header_end) if raws[k].strip()
    }
    number_end = min(p.start for p in pieces(raws[first_row])[1:2]) if len(pieces(raws[first_row])) > 1 else 0
    if number_end <= columns[0].start:
        return first_row + 1
    shift = 0  # how far the page's columns stand right of the first page's (a page after a header copy)
    # the table's lines: its rows, page furniture and header copies between them, up to a line with text in
    # the number column that opens no row (a note, the prose after the table) or the text's end
    rows: list[list[int]] = []
    numbers: list[int] = []  # each row's line with its number
    copies: list[list[int]] = []
    sections: list[int] = []
    # lines after a gap (a blank line, a page break) that open no row: the last row's, or, where they stand right
    # above a row's number, perhaps that row's (a cell set in the middle of its row's height starts above the
    # number): told once the table's rows are known
    pending: list[int] = []
    above: list[tuple[int, list[int], bool]] = []  # (row, its lines above its number, after a page break)
    gap = True
    blanks = 0  # blank lines right before this line
    paged = False  # a page break since the last row's line
    pending_paged = False
    at = header_end

    def flush() -> None:
        if rows:
            rows[-1].extend(pending)
        pending.clear()

    def opens_row(k: int) -> bool:
        line = pieces(raws[k])
        return len(line) > 1 and line[0].start < number_end + shift and _number_piece(line[0])

    def next_text(k: int) -> int | None:
        """The next line with text after k, past blank lines and page furniture."""
        k += 1
        while k < len(raws) and (not raws[k].strip() or _furniture(raws[k])):
            k += 1
        return k if k < len(raws) else None

    while at < len(raws):
        raw = raws[at]
        if "\t" in raw:
            break
        if not raw.strip() or _furniture(raw):
            flush()
            gap = True
            blanks = blanks + 1 if not raw.strip() else 0
            paged = paged or bool(raw.strip())
            at += 1
            continue
        if _compact(raw) in header_lines:
            flush()
            gap = True
            blanks = 0
            paged = True
            shift = pieces(raw)[0].start - header_lines[_compact(raw)]
            if copies and copies[-1][-1] == at - 1:
                copies[-1].append(at)
            else:
                copies.append([at])
            at += 1
            continue
        line = pieces(raw)
        if rows and _signature(raws, at, next_text):
            break  # a date alone, or a unit's name alone over one (a signature block): no cell's, wherever it stands
        if len(line) == 1 and _section(line[0].text):
            after = next_text(at)
            # (the row under it may start above its number: a cell set in the middle of the row's height)
            while (
                after is not None
                and not opens_row(after)
                and after - at < 5
                and pieces(raws[after])[0].start >= number_end
            ):
                after = next_text(after)
            if not _section_row(line[0].text) or after is None or not opens_row(after):
                break  # a part's heading over body clauses, or a clause with its own units: the table ends
            flush()
            gap = True
            blanks = 0
            sections.append(at)  # a section row across the table (一、…, （一）…) heading the rows under it
            at += 1
            continue
        if line[0].start < number_end + shift:
            if not _number_piece(line[0]) or len(line) < 2:
                break
            if pending:
                above.append((len(rows), list(pending), pending_paged))
            rows.append([*pending, at])
            numbers.append(at)
            pending.clear()
        elif gap and not pending and rows and _ends_table(raws, at, 0 if paged else blanks, opens_row):
            break  # after a blank line: a signature (a unit, a date alone), or anything after two blank lines
        elif gap or pending:
            if not pending:
                pending_paged = paged
            pending.append(at)
        elif rows:
            rows[-1].append(at)
        else:
            break
        gap = False
        blanks = 0
        if not pending:
            paged = False
        at += 1
    if pending and rows:
        flush()
    if not rows or (len(columns) < 3):
        return first_row + 1
    _settle_above(raws, rows, numbers, above)
    copied = {k for copy in copies for k in copy}
    spread = sum(1 for k in range(header_at, header_end) if len(pieces(raws[k])) > 1) > 1
    if not spread and not _paged_rows(raws, rows, copied):
        # a header of one line (or with a name alone over it) over rows of one line each, or run together: the
        # annex's own
        return first_row + 1
    roles = _columns_of([c.name for c in columns]) or ()
    laid = {k: pieces(raws[k]) for row in rows for k in row}
    bounds = _pages_bounds(raws, columns, copies, laid)
    for n, k in enumerate(rows[-1]):
        if k <= numbers[-1]:
            continue
        if not raws[k - 1].strip() and any(p.start < cut < p.end for p in laid[k] for cut in _bounds_at(bounds, k)):
            # after a blank line, a line across the columns under the last row: prose after the table
            at = k
            del rows[-1][n:]
            break
    header_text = " | ".join(c.name for c in columns)
    for k in range(header_at, header_end):
        raws[k] = ""
    raws[header_at] = f"| {header_text} |"
    for copy in copies:
        for k in copy:
            raws[k] = ""
        raws[copy[0]] = f"| {header_text} |"
    for k in sections:
        raws[k] = f"| {raws[k].strip()} |"
    for row, number in zip(rows, numbers, strict=True):
        cells: list[list[str]] = [[] for _ in columns]
        clear = True
        for k in row:
            cuts = [0, *_bounds_at(bounds, k), 1 << 30]
            for piece in laid[k]:
                col = next(i for i in range(len(columns)) if piece.start < cuts[i + 1])
                if piece.end > cuts[col + 1]:
                    clear = False  # a piece across a cut: which column it is in cannot be told
                cells[col].append(piece.text)
        if any(
            role == "due" and any(unit_like(fold(t)) for t in cell) for cell, role in zip(cells, roles, strict=True)
        ):
            clear = False  # a unit's name in the deadline column: the header's names stand off their columns
        if not clear:
            message = "a row of a table laid out in columns whose pieces do not line up with its columns; not read"
            warnings.append(Warning("table-row-unclear", number + 1, f"{message}: {raws[number].strip()[:30]}"))
            for k in row:
                raws[k] = ""
            continue
        doubts: list[str] = []
        values = [_joined(cell, role in _UNIT_COLUMNS, doubts) for cell, role in zip(cells, roles, strict=True)]
        for doubt in doubts:
            message = "a units cell of a table laid out in columns: one unit's name or two,"
            warnings.append(Warning("table-units-unclear", number + 1, f"{message} {doubt}"))
        for k in row:
            raws[k] = ""
        raws[number] = "| " + " | ".join(v or "" for v in values) + " |"
    return at
