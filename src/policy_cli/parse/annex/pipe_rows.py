"""Tables written with bars or tabs (| 类别 | 具体措施 |, bare ｜ bars, <br> in a cell) -> rows with tab-separated
cells, and a page starting inside a table with its header cut off -> the header its rows show."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex

from ... import patterns as P
from ...decode import fold
from ...models import Boilerplate
from ...regex_engine import compile_regex
from ..lines import SourceLine
from .cells import _due_like, _person_like, _pipe_row, _unit_like
from .column_roles import _columns_of


def unpipe_table(lines: list[SourceLine]) -> tuple[list[SourceLine], list[Boilerplate]]:
    """A table written with pipes as rows with tab-separated cells; the rule under its header set aside.

    Cells keep their places (an empty first cell stays); empty cells at a row's end are
    dropped, so a section row (| 一、稳定经济增长 |  |  |) reads as a heading line.
    """
    if not any("|" in line.folded for line in lines):
        return list(lines), []  # no bar in any line: no pipe row, nor a row cut inside a cell (nearly every table)
    out, rules = [], []
    piped = False
    named: int | None = None  # how many names the table's first row of bars holds
    open_header = False  # whether that row has no outer bars (序号 | 任务 | 牵头单位 | 配合单位)
    for line in _rows_rejoined(lines):
        # a row right after a pipe row that stops before its closing bar (a page cut off mid-row) keeps its
        # cells: the table reads it and warns it as cut off
        open_row = piped and line.folded.count(" | ") >= 1 and not line.folded.rstrip().endswith("|")
        # (under a header with no outer bars, a row opening with a bar, its first cell empty, goes on with the table)
        piped = _pipe_row(line.folded) or (open_row and open_header)
        if not piped and not open_row:
            out.append(line)
            continue
        if "<br" in line.folded:  # a line break inside a cell, left as markup: a space between its words
            line = _without_breaks(line)
        bars = [m.start() for m in regex.finditer(r"\|", line.folded)]
        if bars[0] != 0:  # no bar before the first cell
            bars.insert(0, -1)
        elif open_row and named is not None and open_header and len(bars) == named - 1:
            bars.insert(0, -1)  # under a header with no outer bars, a bar opening a row closes its empty first cell
        if open_row or not line.folded.rstrip().endswith("|"):  # (no bar after the last cell: PIPE_ROW_OPEN)
            bars.append(len(line.folded))
        cells = [line.text[a + 1 : b].strip() for a, b in pairwise(bars)]
        if "?" in line.text and _residue_row(cells):
            cells = [_RESIDUE_AT_END.sub("", c) for c in cells]
        text = "\t".join(cells)
        first = named is None
        if first:
            named = sum(1 for c in cells if c)  # the header's names (the first row of bars)
            open_header = not line.folded.startswith("|") and not line.folded.rstrip().endswith("|")
        numbered = bool(cells[0]) and P.NUMBER_CELL.fullmatch(fold(cells[0]).strip()) is not None
        if first or len(cells) != named or not cells[0] or (sum(1 for c in cells if c) < 3 and not numbered):
            # a section row (| 一、稳定经济增长 |  |  |): its empty cells dropped; a numbered row with a cell for
            # each of the header's names keeps an empty last one, a merged deadline cell written once (see _filled),
            # and a numbered row of its number and text alone keeps its empty cells, merged with the row above
            text = text.rstrip("\t")
        if P.PIPE_RULE.match(line.folded) or not text:  # the rule under the header, or a row of empty cells
            rules.append(Boilerplate(line.number, "table-rule", line.text))
        else:
            out.append(SourceLine(line.number, text, fold(text)))
    return out, rules


def bare_bars_spaced(lines: list[SourceLine]) -> list[SourceLine]:
    """A table written with bars and no space around them (时间安排｜工作内容｜主责站所｜协助单位｜包村领导, no outer
    bars), as a pipe table with no outer bars writes its rows (a space either side of each bar): the header's
    cells name a task column and another known column, and the rows are the lines right under it holding as
    many bars (｜利用…｜镇宣传办｜…: a bar opening a row closes its empty first cell). Other lines as written."""
    if not any("|" in line.folded for line in lines):
        return lines
    out = list(lines)
    n = 0
    while n < len(out):
        line = out[n]
        folded = line.folded.strip()
        bars = folded.count("|")
        if bars < 3 or " | " in folded or not P.PIPE_ROW_BARE.match(folded):
            n += 1
            continue
        roles = _columns_of([name.strip() for name in folded.split("|")])
        if roles is None or "task" not in roles or len(set(roles)) < 3:
            n += 1
            continue
        end = n + 1
        while end < len(out) and out[end].folded.count("|") == bars and " | " not in out[end].folded:
            end += 1
        if end < len(out) and "|" in out[end].folded:
            # a row holding more or fewer bars (a bar inside a cell: 推进县|区联动): its cells cannot be told apart,
            # so the table is left as written, never read with that row run into the one above
            n = end + 1
            continue
        for at in range(n, end):
            text = regex.sub(r"\s*([|｜])\s*", r" \1 ", out[at].text).strip()
            out[at] = SourceLine(out[at].number, text, fold(text))
        n = end
    return out


# a `?` a page's lost character (a non-breaking space) left at a cell's end or before a space in it: 1? |
# 祝某? 陈某? |
_RESIDUE_AT_END = compile_regex(r"\?+(?=\s|$)")


def _residue_row(cells: list[str]) -> bool:
    """A pipe row whose cells a broken encoding closed with `?` (1? | 推进…。? | 县财政局? |): its number cell
    so, or every cell it holds (two at least)."""
    filled = [c for c in cells if c]
    return bool(filled) and (
        regex.fullmatch(r"\d{1,3}\?", filled[0]) is not None
        or (len(filled) >= 2 and all(c.endswith("?") for c in filled))
    )


def _rows_rejoined(lines: list[SourceLine]) -> list[SourceLine]:
    """A pipe row written with no space around its bars that a line break cut inside a cell (|4|…|协调区属企业，
    ⏎ 落实安置待遇。|区退役军人事务局|2025年9月底前|): its two lines joined into one row, at the first one's number.
    Only a line opening with a bar and holding two cells at least, with no closing bar, followed by a line
    with no opening bar that closes the row (the spaced form, | 1 | … ⏎ …。 | … |, is read as a wrapped row)."""
    out: list[SourceLine] = []
    n = 0
    while n < len(lines):
        line = lines[n]
        nxt = lines[n + 1] if n + 1 < len(lines) else None
        head, tail = line.folded.strip(), nxt.folded.strip() if nxt is not None else ""
        if (
            nxt is not None
            and nxt.number == line.number + 1
            and head.startswith("|")
            and not head.endswith("|")
            and head.count("|") >= 2
            and " | " not in head
            and tail.endswith("|")
            and not tail.startswith("|")
            and " | " not in tail
        ):
            text = line.text.rstrip() + nxt.text.strip()
            out.append(SourceLine(line.number, text, fold(text)))
            n += 2
            continue
        if nxt is not None and nxt.number == line.number + 1 and _header_name_wrapped(head, tail):
            # | 序号 | 工作任务 | … | 完成 ⏎ 时限 |: a header row whose last name a line break cut: one row
            text = line.text.rstrip() + nxt.text.strip()
            out.append(SourceLine(line.number, text, fold(text)))
            n += 2
            continue
        out.append(line)
        n += 1
    return out


def _header_name_wrapped(head: str, tail: str) -> bool:
    """A spaced pipe row with no closing bar (| 序号 | 工作任务 | 牵头) over a line that goes on with its last
    name and closes the row (单位 | 配合单位 | 完成时限 |): a header row whose name a line break cut, the cut name
    joined a column's name and the row's names a task table's header."""
    if not (head.startswith("|") and " | " in head and not head.endswith("|")):
        return False
    if not tail.endswith("|") or tail.startswith("|"):
        return False
    names = [cell.strip() for cell in head.strip("|").split("|")]
    more = [cell.strip() for cell in tail[:-1].split("|")]
    joined = "".join((names[-1] + more[0]).split())
    return (
        len(names) + len(more) >= 4
        and (names[-1] not in P.COLUMN_ROLES or more[0] not in P.COLUMN_ROLES)  # (牵头 / 单位, 完成 / 时限)
        and joined in P.COLUMN_ROLES
        and _columns_of([*names[:-1], joined, *more[1:]]) is not None
    )


_CELL_BAR = compile_regex(r"[|\t]")  # where a cell ends in a pipe row or a tab row


def _without_breaks(line: SourceLine) -> SourceLine:
    """A cell's line breaks left as markup: between two units' names (市纪委监委机关<br>市国资委: the second
    a unit whose name opens with its level or 各, the first short and no sentence) a list's 、, else a space."""
    pieces = P.CELL_LINE_BREAK.split(line.text)
    text = pieces[0]
    for before, after in pairwise(pieces):
        cell_before, cell_after = _CELL_BAR.split(before)[-1].strip(), _CELL_BAR.split(after, 1)[0].strip()
        units = (
            0 < len(cell_before) <= 20
            and not any(ch in cell_before for ch in "。,，;；:：")
            and fold(cell_after)[:1] in (*P.LEVELS, "各")
            and _unit_like(fold(cell_after))
        )
        text += ("、" if units else " ") + after
    return SourceLine(line.number, text, fold(text))


def headless_rows(lines: Sequence[SourceLine]) -> tuple[int, SourceLine] | None:
    """A page that starts inside a task table, its header cut off (| 4 | 加快推进… | 县工信局 | 2024年9月底前 |):
    where its first row stands among the first lines, and the columns its rows' cells show, as a header
    line of the names the parser reads (序号 / 工作任务 / 责任单位 / 完成时限), numbered as that row; None
    unless two rows or more run on, each of the same cells, opening with a number, one or two units columns
    whose every cell reads as units after one or two task columns, and maybe a deadline column last."""
    start = next((i for i, ln in enumerate(lines[:12]) if _headless_cells(ln) is not None), None)
    if start is None:
        return None
    rows: list[list[str]] = []
    for line in lines[start:]:
        if not line.folded.strip():
            continue
        cells = _headless_cells(line)
        if cells is None or (rows and len(cells) != len(rows[0])):
            break
        rows.append(cells)
    if len(rows) < 2:
        return None
    width = len(rows[0])
    due = all(_due_like(row[-1]) for row in rows)
    end = width - 1 if due else width
    units = [j for j in range(2, end) if all(_unit_like(row[j]) for row in rows)]
    if not units or units[-1] != end - 1 or len(units) > 2 or units != list(range(units[0], end)):
        return None
    # a column of people right before the units (李明（副县长）, 王芳): the task's leaders
    leaders = units[0] > 2 and all(_leader_cell(row[units[0] - 1]) for row in rows)
    tasks = units[0] - 1 - leaders
    if not 1 <= tasks <= 2 or any(_unit_like(row[1]) or _due_like(row[1]) for row in rows):
        return None
    names = ["序号", *(("工作任务",) if tasks == 1 else ("主要任务", "具体措施")), *(("责任领导",) if leaders else ())]
    names += ["责任单位"] if len(units) == 1 else ["牵头单位", "配合单位"]
    names += ["完成时限"] if due else []
    header = "\t".join(names)
    return start, SourceLine(lines[start].number, header, fold(header))


def _leader_cell(cell: str) -> bool:
    """A cell naming a person: a name (李明), a post and a name (副县长赵强), or a name and its post in brackets
    (王芳（副县长）), never a unit's name."""
    text = cell.strip()
    return bool(text) and (_person_like(text) or (P.LEADER_AS_UNIT.match(text) is not None and not _unit_like(text)))


def _headless_cells(line: SourceLine) -> list[str] | None:
    """The cells of a tab or pipe row whose first cell is a number (4, 12), or None."""
    folded = line.folded.strip()
    if "\t" in line.text:
        cells = [fold(c).strip() for c in line.text.strip().split("\t")]
    elif folded[:1] == "|" and folded[-1:] == "|" and folded.count("|") >= 4:
        cells = [c.strip() for c in folded[1:-1].split("|")]
    else:
        return None
    return cells if len(cells) >= 3 and cells[0].isdigit() and len(cells[0]) <= 3 else None
