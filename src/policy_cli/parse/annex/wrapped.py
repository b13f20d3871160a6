"""Rows whose cell text the scrape wrapped onto the next lines -> each row on one line again: a task cell, an
open cell or units cut at a line's end joined back, a unit's name cut at a cell's width completed."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from ... import patterns as P
from ...decode import fold
from ...departments import has_ending, split_units
from ...models import Task, Warning
from ...registry import bundled_name
from ..lines import SourceLine
from .cells import _ALIGNED_GAP, _CELL_TEXT, _UNIT_COLUMNS, _Cell, _cells, _person_like, _unit_like, _width
from .table_lines import (
    _CONTINUED,
    _ends_in_deadline,
    _is_subheader,
    _joined_row,
    _notes_start,
    _page_furniture,
    _starts_row_or_heading,
    _trailer,
)


def _merge_wrapped_rows(rows: list[SourceLine], columns: tuple[str, ...]) -> list[SourceLine]:
    """Join a row's cell text that the scrape wrapped onto the next line back onto its row.

    A wrap inside a sentence joins without a gap; after 。 or ； the next line
    may be the next cell, so a gap is kept and the task column absorbs any extra.
    Pieces are gathered and joined once per row, so a long wrap costs its length.
    """
    out: list[list[SourceLine]] = []  # each row: its first line and the lines wrapped after it
    printed: dict[int, SourceLine] = {}  # a row's line as printed, before any wrap joined it (its cells' places)
    opens_row: list[bool] = []  # whether each row's first line starts a row (or a heading)
    in_notes = False
    for n, line in enumerate(rows):
        in_notes = in_notes or bool(_notes_start(line.folded, islice(rows, n + 1, None)))
        # 续表 after a page break: no cell text
        if not in_notes and "续" in line.folded and _CONTINUED.fullmatch(line.folded.strip()):
            out.append([line])
            opens_row.append(False)
            continue
        if not in_notes and out and len(out[-1]) == 1 and _row_under_merged_number(out[-1][0], line, columns):
            out.append([line])  # a sub-row under the merged 序号 cell of the row above
            opens_row.append(True)
            continue
        if not in_notes and out and len(out[-1]) == 1 and (joined := _cut_row_goes_on(out[-1][0], line, columns)):
            out[-1][0] = joined  # a row cut after a cell, its last cells on the next line in their columns
            continue
        if not in_notes and out and len(out[-1]) == 1 and (joined := _task_cell_breaks(out[-1][0], line, columns)):
            out[-1][0] = joined  # a row broken inside its task cell, the rest of that cell and its other cells below
            continue
        if not in_notes and out and len(out[-1]) == 1 and (joined := _row_goes_on(out[-1][0], line, columns)):
            out[-1][0] = joined  # a row the page wrapped cell by cell onto a row with no 序号
            continue
        if not in_notes and out and len(out[-1]) == 1 and (joined := _next_item_of_cell(out[-1][0], line, columns)):
            out[-1][0] = joined  # 2.推广… under a row whose measures cell opens 1.开展…: the cell's next item
            continue
        if not in_notes and out and len(out[-1]) == 1 and (joined := _open_cell_goes_on(out[-1][0], line, columns)):
            out[-1][0] = joined  # the one open cell of the row above goes on alone on this line
            continue
        starts = _starts_row_or_heading(line, columns)
        if (
            not starts
            and not in_notes
            and out
            and len(out[-1]) == 1
            and (
                wrapped := _task_cell_wraps(out[-1][0], line, columns)
                or _cells_wrap(
                    out[-1][0],
                    line,
                    columns,
                    printed.setdefault(out[-1][0].number, out[-1][0]),
                    more=_continued(rows, n, columns),
                )
                or (line.number == rows[n - 1].number + 1 and _task_text_goes_on(out[-1][0], line, columns))
            )
        ):
            out[-1][0] = wrapped  # the task cell of a row whose cells are all on its line goes on on this one
            continue
        if starts and not in_notes and out and _task_cell_starts_above(out[-1], opens_row[-1], line):
            out[-1].append(line)  # the row's task cell began on the line above, cut inside its sentence
            opens_row[-1] = True
            continue
        if (
            in_notes
            or not out
            or (n == 0 and _is_subheader(line))
            or starts
            or not opens_row[-1]
            or P.PART.match(out[-1][0].folded)
            or P.ANNEX_START.fullmatch(out[-1][0].folded.strip())  # 附件2 alone: its title is no cell of it
            or (len(out[-1]) == 1 and _ends_in_deadline(out[-1][0], columns))
            or _page_furniture(line)
            or _trailer(line, columns)  # 某局办公室  2025年2月26日印发 after the last row: never its cell
            or P.SIGNED_DATE.match(line.folded.strip())
            or (n + 1 < len(rows) and P.SIGNED_DATE.match(rows[n + 1].folded.strip()))
        ):
            out.append([line])
            opens_row.append(starts)
            continue
        out[-1].append(line)
    return [_joined_row(pieces, columns) for pieces in out]


def _next_item_of_cell(row: SourceLine, line: SourceLine, columns: tuple[str, ...]) -> SourceLine | None:
    """A tabbed row with a cell for each column whose last task cell (具体措施) opens with item 1 (1.开展…；),
    then a line with no tab holding the next item of that cell (2.推广…；, its empty cells lost with the line's
    leading tabs): the line goes on with that cell, never a row of its own. The row with the item put back at
    the end of the cell, or None (a line numbered otherwise, or with cells of its own)."""
    if "\t" not in row.text or "\t" in line.text or "task" not in columns or columns.count("task") < 2:
        return None
    item = P.ITEM.match(line.folded.strip())
    cells = _cells(row)
    if item is None or len(cells) != len(columns):
        return None
    pieces = line.folded.split()
    if len(pieces) > 1 and any(_unit_like(p) or P.DUE_CELL.search(p) for p in pieces[1:]):
        return None  # 2.推广… 县金融服务中心 2025年12月底前: a row of its own, its cells a space apart
    cell = cells[len(columns) - 1 - columns[::-1].index("task")]
    numbers = [int(m["num"]) for m in P.ITEM_IN_CELL.finditer(cell.folded)]
    if not numbers or numbers[0] != 1 or int(item["num"]) != numbers[-1] + 1:
        return None
    text = " " + line.text.strip(" \t\u3000")
    folded = " " + line.folded.strip(" \t\u3000")
    return SourceLine(
        row.number,
        row.text[: cell.end] + text + row.text[cell.end :],
        row.folded[: cell.end] + folded + row.folded[cell.end :],
    )


def _open_cell_goes_on(row: SourceLine, line: SourceLine, columns: tuple[str, ...]) -> SourceLine | None:
    """A tabbed row with a cell for each column, then a line with no tab holding one more piece of one of its
    cells, the cells before it left empty (their tabs lost with the line's start): the one units cell ending in
    、 takes units' names (区自然资源局、 / 区交通运输局), or a deadline cell holding its year alone takes the month
    (2025年 / 6月底前). The row with the piece put back at the end of that cell, or None: a line that could go
    on with two cells, or with none."""
    if "\t" not in row.text or "\t" in line.text or _page_furniture(line) or _trailer(line, columns):
        return None
    cells = _cells(row)
    if len(cells) != len(columns):
        return None
    rest = line.folded.strip()
    units = [c for c, r in zip(cells, columns, strict=True) if r in _UNIT_COLUMNS and c.folded.rstrip().endswith("、")]
    dues = [c for c, r in zip(cells, columns, strict=True) if r == "due" and P.YEAR_ALONE_CELL.match(c.folded.strip())]
    if len(units) + len(dues) != 1:
        return None
    if units:
        if not _names_alone(rest):
            return None
        at = units[0].end
    else:
        if not P.MONTH_DUE_PIECE.match(rest):
            return None
        at = dues[0].end
    text = line.text.strip(" \t\u3000")
    return SourceLine(row.number, row.text[:at] + text + row.text[at:], row.folded[:at] + rest + row.folded[at:])


def _names_alone(folded: str) -> bool:
    """Whether a piece of a line is units' names alone (区交通运输局、县财政局), no date among them."""
    names = split_units(folded)
    return bool(names) and all(_unit_like(name) for name in names) and not P.DUE_CELL.search(folded)


def _cut_row_goes_on(row: SourceLine, line: SourceLine, columns: tuple[str, ...]) -> SourceLine | None:
    """A numbered tab (or pipe) row that stops after some of its cells, its task's among them (| 2 | 开展… |
    县司法局 |), then on the next line a row of as many cells as the header has columns whose cells are empty up
    to where the row stopped and go on in the columns after it (| | | | 县市场监管局 | 2025年9月底前 |): the page
    broke the row between two cells. The line's empty cells may be lost with its leading tabs: then its cells
    must read as the columns they go on in (units under a units column, a deadline under the deadline's). The
    row with the line's cells put after its own, or None."""
    if line.number != row.number + 1 or "\t" not in row.text or "\t" not in line.text or "task" not in columns:
        return None
    cells, pieces = _cells(row), _cells(line)
    cut = len(cells)
    last_task = len(columns) - 1 - columns[::-1].index("task")
    if (
        not last_task < cut < len(columns)
        or not P.NUMBER_CELL.match(cells[0].folded)
        or not cells[-1].text
        or cells[-1].folded.endswith("、")  # (its last cell goes on: 县司法局、 / 县财政局)
    ):
        return None
    if len(pieces) == len(columns) - cut:  # (the empty cells lost with the line's leading tabs)
        if not all(
            (role in _UNIT_COLUMNS and _unit_like(p.folded)) or (role == "due" and P.DUE_CELL.search(p.folded))
            for role, p in zip(columns[cut:], pieces, strict=True)
        ):
            return None
        pieces = [*(_Cell("", 0, 0, "") for _ in range(cut)), *pieces]
    if len(pieces) != len(columns) or any(p.text for p in pieces[:cut]) or not all(p.text for p in pieces[cut:]):
        return None
    text = "\t".join([*(c.text for c in cells), *(p.text for p in pieces[cut:])])
    return SourceLine(row.number, text, fold(text))


def _task_cell_breaks(row: SourceLine, line: SourceLine, columns: tuple[str, ...]) -> SourceLine | None:
    """A numbered tab row that stops inside its (last) task cell, a cell holding a line break (…建成助餐点40个， ⏎
    引导餐饮企业参与⇥区民政局、…⇥2024年9月底前): the next line, no 序号 of its own, holds the rest of that cell, then the
    row's other cells in their columns, each reading as its column (units under a units column, a deadline under
    the deadline's; empty last cells may be lost with the line's end). The row with the cell joined, or None."""
    if line.number != row.number + 1 or "\t" not in row.text or "\t" not in line.text or "task" not in columns:
        return None
    cells, pieces = _cells(row), _cells(line)
    last_task = len(columns) - 1 - columns[::-1].index("task")
    if len(cells) != last_task + 1 or not P.NUMBER_CELL.match(cells[0].folded) or not cells[-1].text:
        return None
    if cells[-1].folded[-1:] in "。;!?" or not pieces[0].text or P.NUMBER_CELL.match(pieces[0].folded):
        return None
    after = pieces[1:]
    if not after or len(after) > len(columns) - len(cells):
        return None
    if not all(
        (role in _UNIT_COLUMNS and _unit_like(p.folded)) or (role == "due" and P.DUE_CELL.search(p.folded))
        for role, p in zip(columns[len(cells) :], after, strict=False)
        if p.text
    ) or not any(p.text for p in after):
        return None
    text = "\t".join([*(c.text for c in cells[:-1]), cells[-1].text + pieces[0].text, *(p.text for p in after)])
    return SourceLine(row.number, text, fold(text))


def _row_under_merged_number(row: SourceLine, line: SourceLine, columns: tuple[str, ...]) -> bool:
    """A full row whose 序号 cell (and the cells merged with it) is empty, under a full row: a sub-row of the
    row above (a project of two units, one row each under one merged 序号 and 项目 cell), never text the page
    wrapped: its task cell and its units cell are filled and every column has its cell."""
    if columns[0] != "number" or not line.text.startswith("\t") or "\t" not in row.text:
        return False
    cells, above = _cells(line), _cells(row)
    if len(cells) != len(columns) or len(above) != len(columns) or cells[0].text:
        return False
    if any(c.folded.endswith("、") for c, r in zip(above, columns, strict=True) if r in _UNIT_COLUMNS):
        return False  # (市营商环境建设局、 / 财政局、人社局: the list above goes on, a wrap of its row)
    task = len(columns) - 1 - columns[::-1].index("task")
    units = [c for c, r in zip(cells, columns, strict=True) if r in _UNIT_COLUMNS]
    return bool(cells[task].text) and bool(units) and all(_unit_like(c.folded) for c in units)


def _row_goes_on(row: SourceLine, line: SourceLine, columns: tuple[str, ...]) -> SourceLine | None:
    """A tabbed row (a pipe row) with no 序号 of its own that goes on with the cells of the numbered row
    above, the page having wrapped that row cell by cell: the row's task cell stops inside its phrase
    (…，推进 / 部门业务系统迁移上云), and each other piece goes on with an open cell, a units cell ending in 、
    (市财政局、 / 市网信办) or a deadline cell whose piece is no date of its own (2025年10月 / 底前); at least
    one such piece. The row with each piece put back after its cell, or None. A tabbed line whose first piece
    is no 序号 lost its empty 序号 cell with the line's leading tab: the cell is put back."""
    if columns[0] != "number" or "task" not in columns or "\t" not in row.text or "\t" not in line.text:
        return None
    if not line.text.startswith("\t"):
        if P.NUMBER_CELL.match(line.folded.split("\t", 1)[0]):
            return None
        line = SourceLine(line.number, "\t" + line.text, "\t" + line.folded)
    cells, pieces = _cells(row), _cells(line)
    if len(pieces) > len(columns) or len(cells) != len(columns) or not P.NUMBER_CELL.match(cells[0].folded):
        return None
    task = columns.index("task")
    if pieces[0].text or not cells[task].text or cells[task].folded[-1:] in "。;:!?)":
        return None
    if task >= len(pieces) or not pieces[task].text:
        return None
    open_cells = 0
    units_open = False
    long_due = False  # a deadline cell going on at length (…首批 / 上线，年底前全面完成): only beside units going on
    for role, cell, piece in zip(columns, cells, pieces, strict=False):
        if not piece.text or role == "task":
            continue
        units_go_on = role in _UNIT_COLUMNS and cell.folded.endswith("、") and _unit_like(piece.folded)
        due_goes_on = role == "due" and bool(cell.text) and len(piece.folded) <= 4
        if units_go_on:
            units_open = True
        elif role == "due" and bool(cell.text) and not due_goes_on and P.DUE_CELL.search(piece.folded):
            long_due = True
        elif not (due_goes_on and not any(ch.isdigit() for ch in piece.folded)):
            return None
        open_cells += 1
    if not open_cells or (long_due and not units_open):
        return None
    text = "\t".join(c.text + (pieces[i].text if i < len(pieces) else "") for i, c in enumerate(cells))
    return SourceLine(row.number, text, fold(text))


def _task_cell_wraps(row: SourceLine, line: SourceLine, columns: tuple[str, ...]) -> SourceLine | None:
    """A row whose cells spaces separate, one cell for each column, its task cell stopping inside a sentence,
    then a line of one piece of text ending a sentence: the page wrapped the task cell in its column (fixed-
    width text) and the line goes on with it (围绕…开展 / 精准招商，…20个。). The row with the text put back
    into its task cell, or None."""
    if "task" not in columns or "\t" in row.text or "\t" in line.text:
        return None
    rest = line.folded.strip()
    if rest[-1:] != "。" or "  " not in row.folded or P.CELL_GAP.search(rest) or _page_furniture(line):
        return None  # (a fixed-width row pads its cells with runs of spaces)
    cells = _cells(row)
    if len(cells) != len(columns):
        return None
    task = cells[columns.index("task")]
    if task.folded[-1:] in "。;!?)" or len(rest) > len(task.text) + 2:
        return None  # no wider than the column it wraps in
    if P.SENTENCE_OPENER.match(rest) or P.CLOSING.search(rest):
        return None  # a sentence of its own after the table (请各部门…。)
    if not task.text:
        return None
    text, folded = line.text.strip(), rest
    return SourceLine(
        row.number,
        row.text[: task.end] + text + row.text[task.end :],
        row.folded[: task.end] + folded + row.folded[task.end :],
    )


def _task_text_goes_on(row: SourceLine, line: SourceLine, columns: tuple[str, ...]) -> SourceLine | None:
    """A row with a cell for each column (tabs, bars or runs of spaces between them), its task cell stopping
    inside its sentence, then (on the next line, no blank line between) a line holding one piece of text and
    nothing in the row's other cells: the page
    wrapped the task cell (推进建筑垃圾资源化利用，建成 / 资源化利用厂1座; 开展…综合治理， / ⇥重点整治…⇥⇥⇥). The
    row with the text put back at the end of its task cell, or None: a line that is a deadline, units, a
    sentence after the table (请各单位…, 本表…), or a full sentence under a cell that ends its own."""
    if "task" not in columns or _page_furniture(line) or _trailer(line, columns):
        return None
    cells, task = _cells(row), columns.index("task")
    if len(cells) != len(columns) or not cells[0].text or not cells[task].text:
        return None
    if "\t" in line.text:
        pieces = _cells(line)
        if task >= len(pieces) or any(p.text for i, p in enumerate(pieces) if i != task):
            return None
        rest = pieces[task].folded.strip()
    else:
        rest = line.folded.strip()
    end = cells[task].folded.rstrip()[-1:]
    if not rest or P.CELL_GAP.search(rest) or end in "。;!?)" or (rest[-1:] == "。" and end not in ",、"):
        return None
    if rest[:1] in "[【" or _unit_like(rest) or P.DUE_CELL.search(rest) or P.SENTENCE_OPENER.match(rest):
        return None  # (【我要纠错】: a page's tool left after the table)
    if P.CLOSING.search(rest):
        return None
    at = cells[task].end
    text, folded = line.text.strip(" \t\u3000"), rest
    return SourceLine(row.number, row.text[:at] + text + row.text[at:], row.folded[:at] + folded + row.folded[at:])


def _cells_wrap(
    row: SourceLine,
    line: SourceLine,
    columns: tuple[str, ...],
    printed: SourceLine | None = None,
    *,
    more: bool = False,
) -> SourceLine | None:
    """A row whose cells spaces separate, one cell for each column, then an indented line going on with
    several of its cells (fixed-width text): the task cell stopping inside a sentence takes the line's
    first piece, and each units cell ending in 、 the next unit (完成…3万亩， / 同步实施…配套。 under it, 县财政局、
    / 县水利局 under it). The row with the pieces put back into their cells, or None where a piece has no
    cell to go on in. printed: the row's line as printed, whose cells the pieces stand under (a row a wrap has
    joined already is longer than the page printed it)."""
    if "task" not in columns or "\t" in row.text or "\t" in line.text:
        return None
    cells = _cells(row)
    pieces, written = line.folded.split(), line.text.split()
    if len(cells) == len(columns) and len(pieces) == 1 and len(written) == 1 and not _page_furniture(line):
        # 区民政局、区市场监管局、 / 各街道办事处: the one units cell left open by its 、 goes on alone on this line
        open_cells = [c for c, r in zip(cells, columns, strict=True) if r in _UNIT_COLUMNS and c.folded.endswith("、")]
        if not open_cells and (cut := _cut_units_cell(cells, columns, pieces[0], more)) is not None:
            open_cells = [cut]  # 省税务局、省高级人民 / 法院: the cell's last name the width cut, completed alone
        if len(open_cells) == 1 and (
            _names_alone(pieces[0]) or not open_cells[0].folded.endswith("、") or _list_goes_on(pieces[0], more)
        ):
            at = open_cells[0].end
            return SourceLine(
                row.number, row.text[:at] + written[0] + row.text[at:], row.folded[:at] + pieces[0] + row.folded[at:]
            )
        return None
    if len(cells) != len(columns) or len(pieces) < 2 or len(written) != len(pieces) or _page_furniture(line):
        return None
    task = cells[columns.index("task")]
    open_units = [c for c, r in zip(cells, columns, strict=True) if r in _UNIT_COLUMNS and c.folded.endswith("、")]
    inserts: list[tuple[int, str, str]] = []  # (where, as folded, as written)
    if not _unit_like(pieces[0]):
        if task.folded[-1:] in "。;!?)":
            return None  # the task cell ends its sentence: the piece is no part of it
        inserts.append((task.end, pieces.pop(0), written.pop(0)))
    if len(pieces) == len(open_units) and all(_unit_like(piece) for piece in pieces):
        inserts.extend(
            (cell.end, piece, as_written) for cell, piece, as_written in zip(open_units, pieces, written, strict=True)
        )
    elif (aligned := _pieces_under_cells(row, line, cells, columns, printed, more)) is not None:
        inserts = aligned  # (a fixed-width row: each piece under the cell it goes on with)
    else:
        return None
    text, folded = row.text, row.folded
    for at, piece, as_written in sorted(inserts, reverse=True):
        text, folded = text[:at] + as_written + text[at:], folded[:at] + piece + folded[at:]
    return SourceLine(row.number, text, folded)


def _continued(rows: list[SourceLine], n: int, columns: tuple[str, ...]) -> bool:
    """Whether the line after rows[n] goes on with the same row (the next line, indented text that starts no row):
    a name the width cut at the end of rows[n] may be completed there."""
    if n + 1 >= len(rows) or rows[n + 1].number != rows[n].number + 1:
        return False
    following = rows[n + 1]
    return bool(following.folded.strip()) and not _starts_row_or_heading(following, columns)


def _cut_units_cell(cells: list[_Cell], columns: tuple[str, ...], piece: str, more: bool) -> _Cell | None:
    """The one units cell of a row whose last name the cell's width cut (…、省高级人民), where the piece alone on
    the next line completes it (法院): a short piece with no level of its own making a unit's name with it."""

    def cut_at(folded: str) -> bool:
        last = re.split("[、,;]", folded)[-1]
        return (
            not _unit_like(last)
            or (piece == "门" and folded.endswith("部"))  # 省直有关部 / 门
            or (last.endswith("集团") and piece.startswith(_COMPANY_FORMS))  # 某邮政集团 / 有限公司某县分公司
            or _each_place_cut(last, piece)
        )

    cut = [c for c, r in zip(cells, columns, strict=True) if r in _UNIT_COLUMNS and c.text and cut_at(c.folded)]
    if len(cut) != 1 or (piece[:1] in "省市州县区镇乡各" and not _each_place_cut(cut[0].folded, piece)):
        return None
    last = re.split("[、,;]", cut[0].folded)[-1]
    if _short_unit(last):
        return None  # (县电信 / 分公司 alone under it: whole as written, the line not lined up with the row)
    if last.endswith("集团") and piece.startswith(_COMPANY_FORMS) and _unit_like(piece):
        return cut[0]  # 中国某集团 / 有限公司某县分公司: the company's legal form and its branch
    if len(piece) <= 6 and (_unit_like(last + piece) or has_ending(last + piece)):
        return cut[0]
    return cut[0] if _cut_list_joined(cut[0].folded, piece, more) else None


_COMPANY_FORMS = ("有限公司", "股份有限公司", "有限责任公司")


def _each_place_cut(cell: str, piece: str) -> bool:
    """各乡 / 镇人民政府, 各县 / （市、区）人民政府: each place's name the width cut, its rest on the next line."""
    last = re.split("[、,;]", cell)[-1]
    head = re.split("[、,;]", piece)[0]
    return last in ("各乡", "各镇", "各县", "各区", "各市", "各街", "各") and _unit_like(last + head)


def _list_goes_on(piece: str, more: bool) -> bool:
    """A piece under a units cell left open by its 、 that goes on with whole names, the last cut again by the
    line's end where another line goes on (某水务投资集团有限公司、某 / 燃气集团有限公司)."""
    names = re.split("[、,;]", piece)
    return more and len(names) > 1 and all(len(n) > 1 and (_unit_like(n) or has_ending(n)) for n in names[:-1])


def _cut_list_joined(cell: str, piece: str, more: bool) -> bool:
    """Whether a units cell whose last name the cell's width cut (…、发展改革 / 委、财政厅) reads as a list of units
    with the piece under it joined straight on: every name whole, but maybe the last, cut again by the next line
    (…、省税务局、人民 / 银行某省分行, where another line goes on), never a name of one character or a piece
    opening with a level, nor after a known short name (县电信 / 分公司 is left as written)."""
    last = re.split("[、,;]", cell)[-1]
    if not last or _short_unit(last) or piece[:1] in "、,;":
        return False
    if _unit_like(last) and not _each_place_cut(last, piece):
        return False
    if piece[:1] in "省市州县区镇乡各" and not _each_place_cut(last, piece):
        return False
    names = re.split("[、,;]", cell + piece)
    whole, end = names[:-1], names[-1]
    if not all(len(n) > 1 and (_unit_like(n) or has_ending(n)) for n in whole):
        return False
    # (the last name whole, or the list going on after its 、, or a name cut again, its start long enough)
    if more:  # (a name cut again, completed on the line after)
        return _unit_like(end) or has_ending(end) or (len(names) > len(re.split("[、,;]", cell)) and len(end) != 1)
    return _unit_like(end)


def _pieces_under_cells(
    row: SourceLine,
    line: SourceLine,
    cells: list[_Cell],
    columns: tuple[str, ...],
    printed: SourceLine | None = None,
    more: bool = False,
) -> list[tuple[int, str, str]] | None:
    """The pieces of a line going on with a row set in a fixed-width font, its first the task's text, each under
    the row's cell that starts nearest above it (a wide character counting two): the task cell stopping inside
    its sentence takes its text, a leaders' cell the rest of a person's name (副县长 / 周明), and a units cell the next unit after its 、 or
    the end of a name the page cut (县发改局、河口工业园 / 管委会; 县水利局，各乡镇人民 / 政府: a name not
    ending as a unit's does, which the piece completes, and a piece with no place of its own). Where each piece
    goes (after the cell's end, as folded, as written), or None where a piece fits no such cell."""
    if not _ALIGNED_GAP.search(row.text):
        return None
    runs: list[list[int]] = []  # [start, end] of the line's pieces: runs of text a single space may split (龚 越)
    end = 0
    for token in line.tokens:
        start = line.folded.find(token, end)
        end = start + len(token)
        if runs and start - runs[-1][1] == 1:
            runs[-1][1] = end
        else:
            runs.append([start, end])
    if not runs or _unit_like(line.folded[runs[0][0] : runs[0][1]]):
        return None
    placed = _cells(printed) if printed is not None and printed is not row else cells
    if printed is None or len(placed) != len(cells):
        placed, printed = cells, row  # (no printed line whose cells match the row's: the row's own places)
    starts = [_width(printed.text[: c.start]) for c in placed]
    # (the line is trimmed: its first piece, the task's text, stands under the task cell, and the others as far
    # from it as they are printed)
    shift = starts[columns.index("task")]
    out: list[tuple[int, str, str]] = []
    taken: set[int] = set()
    for start, end in runs:
        at = shift + _width(line.text[:start])
        k = min(range(len(cells)), key=lambda n: abs(starts[n] - at))
        piece, as_written, cell, role = line.folded[start:end], line.text[start:end], cells[k], columns[k]
        if abs(starts[k] - at) > 4 or k in taken or not cell.text:
            return None
        taken.add(k)
        if role == "task":
            if cell.folded[-1:] in "。;!?)" or _unit_like(piece):
                return None
        elif role in _UNIT_COLUMNS:
            last = cell.folded
            for mark in "、,;":
                last = last.rsplit(mark, 1)[-1]
            if cell.folded.endswith(("、", ",")):
                if not _unit_like(piece) and not _units_go_on(last, piece):
                    return None
            elif (
                not (
                    len(piece) <= 6
                    and piece[:1] not in "省市州县区镇乡各"
                    and not _unit_like(last)
                    and _unit_like(last + piece)
                )
                and not _cut_name_completed(last, piece)
                and not _units_go_on(last, piece, more)
                and not _cut_list_joined(cell.folded, piece, more)
                and not (piece == "门" and last.endswith("部"))  # 省直有关部 / 门: 部门 the width cut
            ):
                return None
        elif role == "due":
            # 2025年6月 / 底前, 2025—2026 / 年: the end of a deadline the cell's width cut; 2024年6月底前完成排 / 查，
            # 11月底前完成整改: a deadline in stages going on with its next
            if not (_DUE_END.fullmatch(piece) or P.DEADLINE.search(piece)) or not P.DUE_CELL.search(
                cell.folded + piece
            ):
                return None
        elif role != "leaders" or not _person_like(piece):
            return None
        else:  # 龚 越: a name padded to its cell's width, its space no gap between cells
            piece, as_written = "".join(piece.split()), "".join(as_written.split())
        out.append((cell.end, piece, as_written))
    return out or None


# the end of a deadline a cell's width cut: 底前, 年, 月底, 30日前, 前 (no word of another kind)
_DUE_END = re.compile(r"[\d年月日底前末内止旬初季度半]{1,6}")


def _units_go_on(last: str, piece: str, more: bool = False) -> bool:
    """A units cell cut at its width, its names going on over two lines under it: the piece's last name opens a
    unit the next line completes (县商务局、农业农 / 村局，各乡镇人民 / 政府; 县金融服务中心， / 县内各银行业金融 /
    机构), or the piece's names are whole and its 、 says the list goes on (区民政局、 / 区市场监管局、 / 各街道办事处).
    The piece before that name surely completes the cell's last name (_cut_name_completed), or, after the cell's 、
    or comma, is whole units; the cut name opens with a level or 各."""
    names = re.split("[、,;]", piece)
    cut = names[-1]
    if not cut and len(names) > 1:
        whole = piece.rstrip("、,;")
        return all(_unit_like(n) for n in re.split("[、,;]", whole)) and (not last or _cut_name_completed(last, whole))
    before = piece[: len(piece) - len(cut)].rstrip("、,;")
    if not cut or _unit_like(cut):
        return False
    if cut[0] not in "省市州县区镇乡各" and not (more and last and before and len(cut) <= 12):
        return False  # (a cut name opening with no level only after names that surely complete the cell's: 人力资 /
        # 源社会保障厅，省税务局，人民 / 银行某省分行)
    if not before:
        return not last  # (the cell closed by its 、 or comma, the piece one name cut: 县内各银行业金融)
    if last:
        return not _short_unit(last) and _cut_name_completed(last, before)
    return all(_unit_like(n) for n in re.split("[、,;]", before))


def _cut_name_dropped(task: Task, row: str, under: str, number: int, warnings: list[Warning]) -> Task:
    """A fixed-width row's unit whose name the page cut (市发展 over 改革委、市财政局 on a line not read): a start
    with no unit's ending that the first name of the unread line's piece under the units cell completes is no
    unit; it is dropped from the task, with a warning (never printed as a unit). Only where surely cut: a known
    short form (县电信, 县农商行) is whole, and the task text's piece of the line is never asked."""
    starts = [u for u in task.departments if not _unit_like(fold(u)) and not _short_unit(u)]
    if not starts:
        return task
    pieces = _pieces_under(row, under, starts)
    # (a name opening with a level, 县商务局, is a unit of its own: no end of the one above)
    firsts = [names[0] for piece in pieces if (names := split_units(piece)) and names[0][:1] not in "省市州县区镇乡各"]
    cut = [u for u in starts if any(_unit_like(fold(u) + first) for first in firsts)]
    if not cut:
        return task
    message = f"task {task.id}: a unit's name the page cut and the line under it not read ({cut[0]}…): no unit"
    warnings.append(Warning("unit-name-cut", number, message))
    return replace(
        task,
        departments=tuple(u for u in task.departments if u not in cut),
        lead=tuple(u for u in task.lead if u not in cut),
        partners=tuple(u for u in task.partners if u not in cut),
    )


def _pieces_under(row: str, under: str, names: list[str]) -> list[str]:
    """The pieces of a fixed-width line (under) that start right under the cell of the row holding one of names
    (by display width, two columns either way; the trimmed line read from the margin or from
    the task column): the units cell's piece, never the task text's."""

    def fields(text: str) -> list[tuple[int, str]]:
        return [(_width(text[: m.start()]), m.group()) for m in _CELL_TEXT.finditer(text)]

    row_fields = fields(row)
    cells = [col for col, field in row_fields if any(n in fold(field) for n in names)]
    # (the line is kept trimmed: written from the task column, under the row's second cell, or from the margin)
    indents = {0, row_fields[1][0]} if len(row_fields) > 1 else {0}
    return [
        fold(field)
        for col, field in fields(under)
        if any(abs(col + indent - at) <= 2 for at in cells for indent in indents)
    ]


def _short_unit(name: str) -> bool:
    """A company or bank named by its short form after a level (县移动, 县电信, 县农商行, 市邮政): a whole unit."""
    folded = fold(name).strip()
    return len(folded) > 1 and folded[0] in "省市州县区镇乡" and folded[1:] in P.SHORT_UNIT_FORMS


def _cut_name_completed(last: str, piece: str) -> bool:
    """Whether a piece under a units cell of a fixed-width row surely completes the cell's last name, which the
    page cut: a short start that is no unit's name (市发展 / 改革委, 市自 / 然资源和规划局, 各县 / （市、区）人民政府)
    completed by the piece's first name, the piece's other names whole units (改革委、市财政局); a piece opening
    with a bracket, which no unit's name does, after any start (各乡 / （镇）人民政府); or a company's
    legal form alone under a company's name (苇湾港务集团 / 有限公司, P.CUT_NAME_TAILS)."""
    names = split_units(piece)
    if not names or not piece.startswith(names[0]) or not all(map(_unit_like, names[1:])):
        return False
    head = names[0]
    if piece[:1] == "(":  # (a bracket opens no unit's name: 各乡 / (镇)人民政府)
        return _unit_like(last + head)
    bare_ending = len(head) <= 3 and _unit_like(head) and head[:1] not in "省市州县区镇乡各"  # 公司, 分公司, 管理局
    if head.startswith(P.SHORT_UNIT_FORMS) or bundled_name(head) or (_short_unit(last) and not bare_ending):
        # 县移动 over 联通公司负责: a whole unit by its short name, a piece opening a unit of its own; not sure, not
        # glued (县移动 over 公司、县电信公司: the bare ending completes it)
        return False
    if _unit_like(last):
        return piece in P.CUT_NAME_TAILS and last.endswith("集团")
    if len(last) > 4 or piece[:1] in "省市州县区镇乡各":
        return False
    return _unit_like(last + head)


def _task_cell_starts_above(row: list[SourceLine], opens: bool, line: SourceLine) -> bool:
    """A tabbed row whose task cell the scrape began on the line above: that line holds no tab and starts
    no row, stops inside a sentence, and this row's first cell ends the sentence (…完成年度耕地 /
    进出平衡任务。<tab>units<tab>due)."""
    above = row[0]
    if len(row) != 1 or opens or "\t" in above.text or "\t" not in line.text or line.text.startswith("\t"):
        return False
    end = above.folded.rstrip()[-1:]
    if not end or end in "。;:!?)" or P.PART.match(above.folded) or P.CLAUSE.match(above.folded):
        return False
    first = fold(line.text.split("\t", 1)[0]).strip()
    return first[-1:] in "。;" and not P.ITEM.match(first) and len(first) < len(above.folded.strip())
