"""A table scraped one cell a line (a vertical header, then a row's cells one a line) -> one line a row, its
cells tab-separated: rows found by their number cell, last cell, items, units cell, unit runs or projects."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ... import patterns as P
from ...decode import fold
from ...departments import split_units
from ...models import Warning
from ...regex_engine import compile_regex
from ..lines import SourceLine
from .cells import _UNIT_COLUMNS, _due_like, _joined, _names_units, _pipe_row, _unit_like
from .column_roles import header_columns
from .fit import _fit_rows, _group_column, _has_value_columns, _numbered_items_cut_off, _unit_lines_joined
from .glued import _warn_cut_units
from .header_rows import _ROW_ENDS, _cell_name, _unit_column_name, _vertical_roles, find_header, vertical_header_lengths
from .table_lines import _CONTINUED, _REPEATED_TITLE, _number_form, _page_furniture, _release_note


def _header_copy(lines: list[SourceLine], start: int, width: int, later: int, later_width: int) -> bool:
    """Whether the header at later is the one at start again, name for name."""
    first = [_cell_name(ln.folded) for ln in lines[start : start + width]]
    return later_width == width and [_cell_name(ln.folded) for ln in lines[later : later + later_width]] == first


def _page_line(folded: str) -> bool:
    """A page's number, 续表 or the table's title again between a table's rows and its header's copy (第3页 共5页,
    — 3 —, （续表）, 某县2026年任务分解表), or a blank line."""
    text = folded.strip()
    return (
        not text
        or bool(P.PAGE_NUMBER.match(text))
        or bool("续" in text and _CONTINUED.fullmatch(text))
        or bool(_REPEATED_TITLE.fullmatch(text))
    )


def merge_vertical_table(
    lines: list[SourceLine],
    warnings: list[Warning] | None = None,
    vertical: list[int] | None = None,
    above: Sequence[str] = (),
) -> list[SourceLine]:
    """Rejoin a table scraped one cell a line into one line a row, cells separated by tabs.

    Rows are told apart by their number cell (a line holding only a number), so
    this needs a 序号 column; headings and notes between rows pass through. A row
    with more lines than the header has names is a cell the page wrote over several
    lines (one unit a line): see _fit_row. vertical: the lines' vertical_header_lengths, where the
    caller has them; lines themselves (the same list) are returned when no table is rejoined. above: the
    column names of the table above, where this one follows it (a header a page break repeated).
    """
    vertical = vertical_header_lengths(lines) if vertical is None else vertical
    start = find_header(lines, vertical)
    if start is None:
        return lines
    width = vertical[start]
    if not width:
        return lines
    # a later table written one name a line too (附件2, its own header): each table is rejoined by its own
    later = next((i for i in range(start + width, len(lines)) if vertical[i] and _starts_header(vertical, i)), None)
    if later is not None and _header_copy(lines, start, width, later, vertical[later]):
        # 续表 ⏎ 序号 ⏎ 工作任务 ⏎ …: the header a page break repeated, the rows going on under it (the row it cut
        # too): the copy and the page's furniture before it taken out, one table
        cut = later
        while cut > start + width and _page_line(lines[cut - 1].folded):
            cut -= 1
        # (the page's lines kept after the rows, where the annex reads them as its furniture)
        kept = [*lines[:cut], *lines[later + vertical[later] :]]
        return [*merge_vertical_table(kept, warnings, above=above), *lines[cut:later]]
    if later is not None:
        first = merge_vertical_table(lines[:later], warnings)
        joined = first[start] if len(first) > start and "\t" in first[start].text else None
        names_above = [_cell_name(name) for name in joined.folded.split("\t")] if joined is not None else []
        return [*first, *merge_vertical_table(lines[later:], warnings, above=names_above)]
    header = lines[start : start + width]
    names = [_cell_name(ln.folded) for ln in header]
    qualified = _vertical_roles(names)
    if qualified[0] == "number":
        # a short name no vocabulary knows between the last known name and the first row's 序号 (进展, 牵头县领导)
        # is a column too: its cells are named (column-not-kept), never read as the others'
        # (or, under a header a page break repeated, a name the header above has at that place: 进度情况 before 6)
        while start + width + 1 < len(lines) and (
            _unknown_column_name(
                lines[start + width], lines[start + width + 1], lines[start + width + 2 : start + width + 3]
            )
            or _repeated_column_name(lines[start + width], lines[start + width + 1], names, above)
        ):
            width += 1
            header = lines[start : start + width]
            names.append(_cell_name(header[-1].folded))
            qualified.append("other")
    roles = [r for r in qualified if r != "qualifier"]
    cells = _qualifiers_joined(header, qualified)
    names = [_cell_name(ln.folded) for ln in cells]
    cells, roles, names = _year_columns_in_place(cells, roles, names)
    body = lines[start + width :]
    if (second := _second_header_row_last(roles, names, body)) is not None:
        cells, roles, names = [cells[i] for i in second], [roles[i] for i in second], [names[i] for i in second]
    if (projects := _project_rows(body, roles, warnings)) is not None:
        # the content column read before the units, as the rows' cells are read (the task's text in a run)
        order = [0, 1, 3, 2, *range(4, len(roles))]
        return [*lines[:start], _joined([cells[i] for i in order]), *(_joined([r[i] for i in order]) for r in projects)]
    out = [*lines[:start], _joined(cells)]
    if roles[0] != "number" and _numbered_rows(body):
        # no 序号 column named, but each row opens with its number on a line of its own (1 ⏎ 完成… ⏎ 县交通运输局
        # ⏎ 李明 ⏎ 已完成…): rows told apart by that number, a cell the header does not name
        return [*out, *_rows_by_number_cell(body, ["number", *roles], ["序号", *names], warnings)]
    if roles[0] != "number":
        if roles[-1] == "partners":  # 牵头处室 / 协办单位 last: rows told apart by their numbered items only
            return [*out, *_rows_by_items(body, roles, warnings)]
        if _bullet_groups_table(body, roles):
            return [*out, *_rows_by_unit_runs(body, roles, warnings)]
        if roles[-1] not in _ROW_ENDS:  # value columns after the units (see _values_after_units)
            return [*out, *_rows_by_units_cell(body, roles, warnings)]
        return [*out, *_rows_by_last_cell(body, roles, warnings)]
    return [*out, *_rows_by_number_cell(body, roles, names, warnings)]


def _spaced_category_first(lines: list[SourceLine], header_at: int) -> list[SourceLine]:
    """A table whose cells runs of spaces separate under a header opening with a category column, then 序号
    (类别  序号  主要任务  牵头单位 …): its rows open with their group's cell (一、交通  1  改建…), or with their
    number where the cell is merged down from the row above (its spaces lost with the line's start). The
    header and each row whose pieces are one a column (one fewer, opening with its number, for a row whose
    category cell is empty) are read as tabbed rows; any other line is left as it is."""
    header = lines[header_at]
    if "\t" in header.text or _pipe_row(header.folded):
        return lines
    columns = header_columns(header)
    if columns is None or len(columns) < 4 or columns[:2] != ("category", "number"):
        return lines
    names = P.SPACED_CELL_GAP.split(header.text.strip())
    if len(names) != len(columns):
        return lines

    def tabbed(line: SourceLine) -> SourceLine:
        text = "\t".join(P.SPACED_CELL_GAP.split(line.text.strip()))
        return SourceLine(line.number, text, fold(text))

    out = [*lines[:header_at], tabbed(header)]
    for line in lines[header_at + 1 :]:
        if "\t" in line.text or _pipe_row(line.folded):
            out.append(line)
            continue
        cells = P.SPACED_CELL_GAP.split(line.text.strip())
        first = [fold(cell) for cell in cells[:2]]
        whole = len(cells) == len(columns) and P.NUMBER_CELL.fullmatch(first[1]) and not P.NUMBER_CELL.match(first[0])
        merged = len(cells) == len(columns) - 1 and P.NUMBER_CELL.fullmatch(first[0])
        out.append(tabbed(line) if whole or merged else line)
    return out


def _second_header_row_last(roles: list[str | None], names: list[str], body: list[SourceLine]) -> list[int] | None:
    """A two-row header written one name a line, its first row's names then its second row's: a units cell
    spanning two columns or more (责任单位, 责任分工) before the deadline, and the names under it (牵头单位 /
    配合单位) last, after the deadline column (序号 / 工作任务 / 责任单位 / 完成时限 / 牵头单位 / 配合单位). Where
    the first row has one line fewer than the names, the order of the columns with the names under the spanning
    cell in its place (its indexes into the names); None otherwise (each name then read as before)."""
    if not roles or roles[0] != "number":
        return None
    width = 0
    while width < len(roles) and roles[len(roles) - 1 - width] in ("lead", "partners"):
        width += 1
    last = len(roles) - width  # the first of the names under the spanning cell
    if width < 2 or roles[last - 1] != "due" or roles[last] != "lead":
        return None
    spans = [i for i in range(last) if roles[i] == "departments" or names[i] in P.UNIT_GROUP_COLUMNS]
    if len(spans) != 1 or any(r in _UNIT_COLUMNS for i, r in enumerate(roles[:last]) if i != spans[0]):
        return None
    numbers = [i for i, ln in enumerate(body) if P.NUMBER_CELL.fullmatch(ln.folded.strip())]
    if len(numbers) < 2 or body[numbers[0]].folded.strip().rstrip(".、") != "1":
        return None
    if numbers[1] - numbers[0] != len(roles) - 1 or body[numbers[1]].folded.strip().rstrip(".、") != "2":
        return None  # (the first row, a line for each column once the spanning cell is gone)
    at = spans[0]
    return [*range(at), *range(last, len(roles)), *range(at + 1, last)]


def _numbered_rows(body: list[SourceLine]) -> bool:
    """Rows under a header with no 序号 that each open with a number alone on its line: the first line is 1,
    and 2 follows on a line of its own."""
    lines = [ln.folded.strip() for ln in body if ln.folded.strip()]
    return bool(lines) and lines[0].rstrip(".、") == "1" and "2" in (x.rstrip(".、") for x in lines[2:])


def _unknown_column_name(line: SourceLine, following: SourceLine, after: Sequence[SourceLine] = ()) -> bool:
    """A line after a header written one name a line that is one more name: short, no number, no unit's or
    deadline's form (or a units' column's name, 督办单位), and the first row's 序号 right after it, or after a
    group row (一、陈东市长负责事项（共3项）) right after it."""
    folded = line.folded.strip()
    if following.folded.strip()[:1] in "一二三四五六七八九十" and P.PART.match(following.folded.strip()) and after:
        following = after[0]
    return (
        0 < len(folded) <= 6
        and folded.isalpha()
        and ((not _unit_like(folded) and not _due_like(folded)) or _unit_column_name(folded))
        and P.NUMBER_CELL.fullmatch(following.folded.strip()) is not None
        and following.folded.strip().rstrip(".、") in ("1", "01")
    )


def _repeated_column_name(line: SourceLine, following: SourceLine, names: list[str], above: Sequence[str]) -> bool:
    """A line after a header a page break repeated one name a line that is the next name of the header above
    (the names so far being the first of that header's), with a row's number cell after it."""
    return (
        len(above) > len(names)
        and list(above[: len(names)]) == names
        and _cell_name(line.folded) == above[len(names)]
        and P.NUMBER_CELL.fullmatch(following.folded.strip()) is not None
    )


def _qualifiers_joined(header: list[SourceLine], qualified: list[str | None]) -> list[SourceLine]:
    """The header's cells, a qualifier scraped on a line of its own joined to the name before it: 责任股室 /
    (单位) -> 责任股室(单位)."""
    cells: list[SourceLine] = []
    for line, role in zip(header, qualified, strict=True):
        if role == "qualifier":
            before = cells[-1]
            cells[-1] = SourceLine(
                before.number, before.text.strip() + line.text.strip(), before.folded.strip() + line.folded.strip()
            )
        else:
            cells.append(line)
    return cells


def _rows_by_number_cell(
    body: list[SourceLine], roles: list[str | None], names: list[str], warnings: list[Warning] | None
) -> list[SourceLine]:
    """The rows of a table scraped one cell a line under its 序号 column: each row starts at a line holding
    only a number; headings and notes between rows pass through."""
    out: list[SourceLine] = []
    row: list[SourceLine] = []
    values = _has_value_columns(roles)
    dashes = any(P.EMPTY_CELL.match(line.folded.strip()) for line in body)  # empty cells written —: none lineless
    lineless: list[SourceLine] = []  # the first lines of rows whose empty partners cell has no line
    for at, line in enumerate(body):
        folded = line.folded.strip()
        # 责任编辑：…, 来源：…, (此件公开发布) after the last row; the table's title a page break repeats over
        # its header (某县整治任务分解表 ⏎ 序号, the header there starting a table of its own), after a full row
        ends_table = len(row) >= len(roles) and (
            _page_furniture(line)
            or _release_note(folded)
            or (
                (at + 1 == len(body) or body[at + 1].folded.strip() == names[0])
                and _REPEATED_TITLE.fullmatch(folded) is not None
            )
        )
        if (
            values
            and row
            and len(row) < len(roles)
            and folded.isdigit()
            and int(folded) != int(row[0].folded.strip()) + 1
        ):
            # a target (年度目标 0, 42) in a row not yet full is a cell; the next number, or any number after a
            # full row (145 then 249: a list of a plan's numbered tasks), starts a row
            row.append(line)
        elif (
            (numbered := folded.isdigit() or _number_form(folded) in ("(figures)", "circled"))
            or P.PART.match(folded)
            or P.NOTES_START.match(folded)
            or P.TABLE_NOTE.match(folded)  # （表内“/”表示无配合单位）: a note under the table, no cell of its last row
            or P.CLAUSE.fullmatch(folded)
            or P.ANNEX_START.match(folded)
            or ends_table
            or (row and names and folded == names[0])  # 序号 alone between rows: a page break's header, no cell
            or _CONTINUED.fullmatch(folded)  # （续表） after a row, the header repeated under it
        ):
            if row:
                out.extend(_fit_rows(row, roles, warnings, names, dashes, lineless))
            row = [line] if numbered else []  # 12, or (1) and ① (never a heading's (一))
            if not row:
                out.append(line)
        elif row:
            row.append(line)
        else:
            out.append(line)
    if row and _row_cut_off(row, roles):
        # the text ends inside the last row, mid-sentence and short of its cells: warned, not read
        if warnings is not None:
            message = (
                f"the text ends inside row {row[0].folded.strip()}, mid-sentence, with {len(row)} of {len(roles)}"
                f" cells; the row is not read: {row[-1].folded.strip()[-16:]}"
            )
            warnings.append(Warning("row-cut-off", row[-1].number, message))
    elif row and (items := _numbered_items_cut_off(row, roles, warnings)) is not None:
        out.extend(items)
    elif row:
        out.extend(_fit_rows(row, roles, warnings, names, dashes, lineless))
    if lineless and warnings is not None:  # one warning for the table, not one a row
        rows = "、".join(line.folded.strip() for line in lineless)
        message = f"rows {rows[:40]} have no line for their {names[-2] if len(names) > 1 else ''} cell; read as empty"
        warnings.append(Warning("row-incomplete", lineless[0].number, message))
    return out


def _project_rows(
    body: list[SourceLine], roles: list[str | None], warnings: list[Warning] | None
) -> list[list[SourceLine]] | None:
    """A project table scraped one cell a line, a blank line between lines, whose units column stands between
    the project's name and its content (序号 / 项目 / 责任单位 / 建设内容 / 总投资（万元） / 2024年目标进度): a
    project of several units, its 序号 and 项目 cells merged over its sub-rows, leaves those cells empty, so a
    run of blank lines (more than one) opens a sub-row, a row of its own with the cells before its units empty.
    A units cell the page wrapped (县交通运输 ⏎ 服务中心) is rejoined until it names a unit (县综合行政 ⏎ 执法局 ⏎
    县公建中心: two); a figure (3200) fills a value column, never starts a row; the deadline cell may wrap too.
    None where the table is not so shaped, or a row does not fit (read as any other)."""
    n = len(roles)
    if n < 5 or roles[:2] != ["number", "task"] or roles[2] not in _UNIT_COLUMNS or roles[3] != "task":
        return None
    if any(r not in ("other", "due") for r in roles[4:]) or not body:
        return None
    if any(b.number - a.number < 2 for a, b in pairwise(body)):
        return None  # (lines next to each other: no blank line between cells)
    segments: list[list[SourceLine]] = []
    number = 0
    for before, line in zip([None, *body[:-1]], body, strict=True):
        folded = line.folded.strip()
        if folded.isdigit() and int(folded) == number + 1 and (before is None or segments):
            number += 1
            segments.append([line])
        elif before is not None and segments and line.number - before.number > 2:
            # (the project's cell, merged over its sub-rows, is the sub-row's too)
            segments.append([SourceLine(line.number, "", ""), segments[-1][1], line])
        elif segments:
            segments[-1].append(line)
        else:
            return None
    out: list[list[SourceLine]] = []
    for k, segment in enumerate(segments):
        row = _project_row(segment, roles, warnings)
        if row is None and k == len(segments) - 1 and k and len(segment) < n:
            # the text ends inside the last sub-row, short of its cells: warned, not read (a row with all its
            # lines that does not fit is no row cut off: the table read as any other)
            if warnings is not None:
                message = f"the text ends inside a row short of its cells; the row is not read: {segment[-1].text.strip()[:16]}"
                warnings.append(Warning("row-cut-off", segment[-1].number, message))
            break
        if row is None:
            return None
        out.append(row)
    return out


def _project_row(
    segment: list[SourceLine], roles: list[str | None], warnings: list[Warning] | None = None
) -> list[SourceLine] | None:
    """One row of a project table (see _project_rows): its number and project cells (maybe empty), its units
    lines rejoined into names (a bare ending, 县人民政府 ⏎ 办公室, joins the name above: P.UNIT_NAME_TAIL; a
    named one, 县公安局 ⏎ 交警大队, too, warned), its content (a line opening with a verb of work,
    P.PROJECT_WORK_LINE, is content, unless it ends as a unit's name does: then a unit, warned; its wrapped
    lines rejoined), one figure a value column, and
    the deadline cell's lines; None where its lines do not fall so."""
    cells, rest = segment[:2], segment[2:]
    units: list[str] = []
    piece = ""
    while rest and not _ends_sentence(line := rest[0].folded.strip()):
        if P.PROJECT_WORK_LINE.match(line):
            if not units or not _unit_like(line) or len(rest) < 2 or P.FIGURE_CELL.match(rest[1].folded.strip()):
                break  # 实施门诊楼改造工程, 新建城东卫生院 before the figures: the content
            # 新建城东卫生院, 建设工程服务中心: a work's name or a unit's, read as a unit (as the cell's other lines are), warned
            if warnings is not None:
                message = f"a units cell's line opening with a verb of work read as a unit: {line}"
                warnings.append(Warning("row-units-unsure", segment[2].number, message))
        rest = rest[1:]
        if not piece and units and (tail := P.UNIT_NAME_TAIL.match(line)):
            units[-1] += line  # 县人民政府 ⏎ 办公室: the name above wrapped
            if tail.group("named") and warnings is not None:
                message = f"a units cell's line read as the end of the name above it: {units[-1]}"
                warnings.append(Warning("row-units-unsure", segment[2].number, message))
            continue
        piece += line
        if _unit_like(piece):
            units.append(piece)
            piece = ""
    if piece or not units or not rest:
        return None
    values = len(roles) - 4 - (roles[-1] == "due")
    need = values + (roles[-1] == "due")
    content, rest = rest[0], rest[1:]
    while (
        len(rest) > need
        and not content.folded.strip().endswith(("。", "；", ";"))
        and not P.FIGURE_CELL.match(rest[0].folded.strip())
    ):
        content, rest = _lines_joined([content, rest[0]]), rest[1:]  # 新建城东卫生院 ⏎ 实施门诊楼改造工程。
    if len(rest) < need:
        return None
    figures, rest = rest[:values], rest[values:]
    if any(not P.FIGURE_CELL.match(f.folded.strip()) for f in figures):
        return None
    unit_cell = SourceLine(segment[2].number, "、".join(units), "、".join(units))
    due = [_lines_joined(rest)] if rest else []
    return [*cells, unit_cell, content, *figures, *due]


def _lines_joined(lines: list[SourceLine]) -> SourceLine:
    """Lines of one cell the page wrapped, as one cell."""
    return SourceLine(
        lines[0].number, "".join(ln.text.strip() for ln in lines), "".join(ln.folded.strip() for ln in lines)
    )


def _ends_sentence(folded: str) -> bool:
    """A line of a project row that is its content, not a piece of a units cell: a sentence (…工程。), or a line
    too long for a unit's name."""
    return folded.endswith(("。", "；", ";")) or len(folded) > 16


def _row_cut_off(row: list[SourceLine], roles: Sequence[str | None]) -> bool:
    """A numbered row with fewer lines than columns whose last line stops after a comma (…有关政策要求,), or
    after the first words of a new sentence (…重点项目建设。凤: the text cut inside its cell; not a deadline
    or a unit after the full stop, 完成建设。2025年底前)."""
    if len(row) >= len(roles):
        return False
    last = row[-1].folded.rstrip()
    if last[-1:] in ",、:":
        return True
    filled = [ln for ln in row[1:] if ln.folded.strip()]
    if len(filled) == 1 and len(roles) >= 4 and last[-1:] not in _SENTENCE_CLOSES and not _due_like(last):
        return True  # 56 ⏎ 加快绿色食品产: the task's first words only, and no cell after them
    tail = last[last.rfind("。") + 1 :].strip() if "。" in last else ""
    return bool(tail) and tail.isalpha() and not _due_like(tail) and not _unit_like(tail)


# how a cell's sentence ends: a row whose one cell ends otherwise at the text's end is cut there
_SENTENCE_CLOSES = tuple('。;；!！?？)）”"')


def _year_columns_in_place(
    cells: list[SourceLine], roles: list[str | None], names: list[str]
) -> tuple[list[SourceLine], list[str | None], list[str]]:
    """A two-row header scraped one name a line: the first row's names (序号 / 任务事项 / 年度目标 / 牵头责任部门
    / 主要参与部门), then the second row's, the years under the spanning 年度目标 (2018年度 / 2019年度 / 2020年度).
    The rows' cells stand in the table's order, so the years take the spanning name's place."""
    run = 0
    while run < len(names) and names[-1 - run][:2] in ("19", "20") and P.YEAR_COLUMN.fullmatch(names[-1 - run]):
        run += 1
    if run < 2:
        return cells, roles, names
    end = len(names) - run
    spanning = next((i for i in range(end) if roles[i] == "other" and names[i].endswith("目标")), None)
    if spanning is None or spanning == end - 1:
        return cells, roles, names
    order = [*range(spanning), *range(end, len(names)), *range(spanning + 1, end)]
    return [cells[i] for i in order], [roles[i] for i in order], [names[i] for i in order]


def _starts_header(vertical: list[int], i: int) -> bool:
    """Whether a run of column names starts at line i (not a later line of a run counted from above)."""
    return i == 0 or vertical[i - 1] <= vertical[i]


def _ends_row(folded: str, role: str | None) -> bool:
    """Whether a line can be a row's last cell: a deadline (or 同上), or a list of units."""
    if P.SAME_AS_ABOVE.fullmatch(folded):
        return True
    if role == "due":
        return len(folded) <= 24 and "。" not in folded and P.DUE_CELL.search(folded) is not None
    units = split_units(folded)
    return (bool(units) and all(_unit_like(unit) for unit in units)) or _names_units(folded)


def _rows_by_last_cell(
    lines: list[SourceLine], roles: list[str | None], warnings: list[Warning] | None
) -> list[SourceLine]:
    """The rows of a table scraped one cell a line that has no 序号 column: each row ends at the line
    of its last column (a deadline, or the units); headings and notes between rows pass through."""
    out: list[SourceLine] = []
    row: list[SourceLine] = []
    # a row has a line for each column, or one fewer where its group cell is left to the row above
    shortest = max(2, len(roles) - (1 if _group_column(roles) is not None else 0))
    for n, line in enumerate(lines):
        folded = line.folded.strip()
        signature = not row and n + 1 < len(lines) and P.SIGNED_DATE.match(lines[n + 1].folded.strip())
        if signature or (n and P.SIGNED_DATE.match(folded) and out and out[-1] is lines[n - 1]):
            out.append(line)  # the issuer and date that sign the notice after the table: no row
            continue
        if P.PART.match(folded) or P.NOTES_START.match(folded) or P.CLAUSE.fullmatch(folded):
            if row:
                out.extend(_fit_rows(row, roles, warnings))
                row = []
            out.append(line)
            continue
        row.append(line)
        # a units cell ends its row where the next line is no units cell (a short task such as 成立工作专班
        # reads as a unit too)
        nxt = lines[n + 1].folded.strip() if n + 1 < len(lines) else None
        signed = n + 2 < len(lines) and P.SIGNED_DATE.match(lines[n + 2].folded.strip()) is not None
        later = roles[-1] != "due" and nxt is not None and not signed and _ends_row(nxt, roles[-1])
        if (len(row) >= shortest and _ends_row(folded, roles[-1]) and not later) or _short_due_closes(row, roles):
            if nxt is None and roles[-1] in _UNIT_COLUMNS and warnings is not None:
                _warn_cut_units(line, warnings)
            out.extend(_fit_rows(row, roles, warnings))
            row = []
    if row:
        out.extend(_fit_rows(row, roles, warnings))
    return out


def _short_due_closes(row: list[SourceLine], roles: list[str | None]) -> bool:
    """A row with a line for each column whose last line, under the deadline column, is a short phrase in a
    form no pattern knows (秋季学期开学前, 按上级要求), after its units cell: the header's count of columns ends
    the row."""
    if len(row) != len(roles) or roles[-1] != "due" or roles[-2] not in _UNIT_COLUMNS:
        return False
    last = row[-1].folded.strip()
    if not last or len(last) > 12 or any(ch in last for ch in "。,;:") or _unit_like(last):
        return False
    return _ends_row(row[-2].folded.strip(), roles[-2])


def _rows_by_items(
    lines: list[SourceLine], roles: list[str | None], warnings: list[Warning] | None
) -> list[SourceLine]:
    """The rows of a table scraped one cell a line, with no 序号 and its partners column last (the lines of a
    row's units cells are no sign of where it ends: a partners cell may be empty or hold a unit a line):
    each row starts at its task's numbered item (1.主动公开…, then 2.…), headings pass through. With no
    numbered items in a row, the lines are left as they are (and warned as not read)."""
    out: list[SourceLine] = []
    row: list[SourceLine] = []
    expected = None

    def fit(row: list[SourceLine]) -> list[SourceLine]:
        if len(row) >= len(roles):
            return _fit_rows(row, roles, warnings)
        # a row that starts at its item has its first cells: the cells it lacks are its last (no partners)
        return [_joined([*row, *[SourceLine(row[0].number, "", "")] * (len(roles) - len(row))])]

    for line in lines:
        folded = line.folded.strip()
        item = P.ITEM.match(folded)
        if item and (expected is None or int(item["num"]) == expected):
            if row:
                out.extend(fit(row))
            row, expected = [line], int(item["num"]) + 1
        elif P.PART.match(folded) or P.CLAUSE.match(folded) or P.NOTES_START.match(folded):
            if row:
                out.extend(fit(row))
            row = []
            out.append(line)
        elif row:
            row.append(line)
        else:
            out.append(line)
    if row and len(row) < len(roles) and row[-1].folded.rstrip()[-1:] not in "。;!?)" and warnings is not None:
        # the text ends inside the last row, mid-sentence and short of its cells: warned, not read
        message = (
            f"the text ends inside the row of item {expected - 1 if expected else '?'}, mid-sentence, with {len(row)}"
            f" of {len(roles)} cells; the row is not read: {row[-1].folded.strip()[-16:]}"
        )
        warnings.append(Warning("row-cut-off", row[-1].number, message))
    elif row:
        out.extend(fit(row))
    return out


def _rows_by_units_cell(
    lines: list[SourceLine], roles: list[str | None], warnings: list[Warning] | None
) -> list[SourceLine]:
    """The rows of a table scraped one cell a line whose units column is followed by value columns only (a
    progress report: 项目名称 / 内容 / 牵头单位 / 进展情况 by month), with no 序号. A row is its cells before the
    units, one line each, its units cell, then its values up to the next row's cells before its units; the
    values may take more lines than their columns (the extra lines join the last value). More lines before
    the first units cell than the row's cells are task text the page wrapped: joined to the first cell, and
    warned (row-too-long), since the cells may be shifted."""
    at = next(i for i, r in enumerate(roles) if r in _UNIT_COLUMNS)
    values = len(roles) - at - 1
    end = len(lines)
    while end and (not lines[end - 1].folded.strip() or _page_furniture(lines[end - 1])):
        end -= 1  # 分享：, 来源：… after the last row
    # (a progress cell that only ends like a unit, 已选址3处, holds a figure: no units cell)
    units_at = [
        i
        for i in range(at, end)
        if _ends_row(f := lines[i].folded.strip(), roles[at]) and not any(ch.isdigit() for ch in f)
    ]
    units_at = [i for n, i in enumerate(units_at) if n == 0 or i - units_at[n - 1] > at]
    if not units_at:
        return lines
    out: list[SourceLine] = []
    if units_at[0] > at:
        first = lines[: units_at[0] - at + 1]
        if warnings is not None:
            message = f"row has {units_at[0]} lines before its units for {at} columns; its cells may be shifted"
            warnings.append(Warning("row-too-long", first[0].number, message))
        wrapped = SourceLine(first[0].number, "".join(x.text for x in first), "".join(x.folded for x in first))
        shift = len(first) - 1
        lines = [wrapped, *lines[len(first) :]]
        units_at = [i - shift for i in units_at]
        end -= shift
    for n, i in enumerate(units_at):
        stop = units_at[n + 1] - at if n + 1 < len(units_at) else end
        cells = list(lines[i - at : i + 1])
        rest = list(lines[i + 1 : stop])
        if len(rest) > values:
            last = rest[values - 1 :]
            rest = [
                *rest[: values - 1],
                SourceLine(last[0].number, " ".join(x.text for x in last), " ".join(x.folded for x in last)),
            ]
        rest += [SourceLine(lines[i].number, "", "")] * (values - len(rest))
        out.append(_joined([*cells, *rest]))
    return [*out, *lines[end:]]


_BULLET = "——"  # a plan's target list marker (——孕产妇死亡率控制在…): not task text


_ROW_NUMBER = compile_regex(r"^\d{1,2}[.．、](?!\d)")


def _bullet_groups_table(lines: list[SourceLine], roles: list[str | None]) -> bool:
    """A 目标责任分解 table scraped one cell a line with no 序号 column, whose target cells list their
    targets as ——bullets, each run of them followed by the lines of its own units cells."""
    if "task" not in roles or roles[-1] not in _UNIT_COLUMNS or "due" in roles:
        return False
    return sum(1 for ln in lines if ln.folded.lstrip().startswith(_BULLET)) >= 2


def _unit_run_line(folded: str, in_run: bool) -> bool:
    """A line of a units run: a unit's name, or, inside a run, a short name the page cut (省人口计生)."""
    if _unit_like(folded):
        return True
    text = folded.strip()
    return (
        in_run
        and 0 < len(text) <= 12
        and not text.startswith(_BULLET)
        and not any(ch in text for ch in "。;,,!?:：")
        and not text[0].isdigit()
        and P.PART.match(text) is None
    )


def _rows_by_unit_runs(
    lines: list[SourceLine], roles: list[str | None], warnings: list[Warning] | None
) -> list[SourceLine]:
    """The rows of a bullet-group table (see _bullet_groups_table): each run of target lines and the run
    of unit lines after it make one task row. Where the header has two unit columns (主要责任单位 /
    责任单位), the boundary between their cells is lost on the page: the first unit goes to the first
    column, the rest to the last, and the row is warned. The category cell (领域) is left empty."""
    task = roles.index("task")
    unit_cols = [i for i, r in enumerate(roles) if r in _UNIT_COLUMNS]
    out: list[SourceLine] = []
    text: list[SourceLine] = []
    units: list[SourceLine] = []

    def flush(last: bool = False) -> None:
        if not text and not units:
            return
        if not units and last:  # the page ends inside a row, before its units cells: warned, not read
            if warnings is not None:
                message = f"the text ends inside a row before its units cells; the row is not read: {text[0].folded.strip()[:20]}"
                warnings.append(Warning("row-cut-off", text[0].number, message))
        elif not units:  # target text with no units after it: passes through unread
            out.extend(text)
        elif not text:
            out.extend(units)
        else:
            first = text[0]
            # the row's own number (2.提高孕产妇医疗保健水平。) restarts under each 领域: tasks are numbered on
            body = " ".join(_ROW_NUMBER.sub("", ln.folded.strip().removeprefix(_BULLET), 1) for ln in text)
            raw = " ".join(_ROW_NUMBER.sub("", ln.text.strip().removeprefix(_BULLET), 1) for ln in text)
            cells = [SourceLine(first.number, "", "") for _ in roles]
            cells[task] = SourceLine(first.number, raw, body)
            if len(unit_cols) >= 2 and len(units) >= 2:
                cells[unit_cols[0]] = units[0]
                cells[unit_cols[-1]] = _unit_lines_joined(units[1:])
                if warnings is not None:
                    message = (
                        f"{len(units)} lines that read as units for {len(unit_cols)} unit columns; the first "
                        "column takes the first, the last the rest"
                    )
                    warnings.append(Warning("row-cells-guessed", units[0].number, message))
            else:
                cells[unit_cols[0]] = _unit_lines_joined(units)
            out.append(_joined(cells))
        text.clear()
        units.clear()

    for line in lines:
        folded = line.folded.strip()
        if not folded:
            continue
        if P.PART.match(folded) or P.NOTES_START.match(folded) or P.SIGNED_DATE.match(folded):
            flush()
            out.append(line)
        elif _unit_run_line(folded, bool(units)) and (text or units):
            units.append(line)
        else:
            if units:
                flush()
            text.append(line)
    flush(last=True)
    return out
