"""What a line around or inside a task table is: a row's start or a heading, a trailer (抄送：…), page furniture,
an annex's start or notes (注:), a header repeated or broken over lines, a row merged with the one above."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

import regex

from ... import patterns as P
from ...decode import fold
from ...models import Task, Warning
from ...numerals import cn_to_int
from ...regex_engine import Match, compile_regex
from ..lines import SourceLine
from .cells import _UNIT_COLUMNS, _Cell, _cells, _due_like, _reads_as_units, _unit_like
from .column_roles import _name_roles, header_columns
from .header_rows import _unread_header


def _starts_row_or_heading(line: SourceLine, columns: tuple[str, ...]) -> bool:
    if "\t" in line.text and columns[0] != "number":  # a row of cells in a table with no 序号 column
        return True
    folded = fold(line.text.lstrip()) if "\t" in line.text else line.folded  # from the first cell with text
    if columns[0] == "number" and (_NUMBER_FIRST.match(folded) or _OTHER_NUMBER_FIRST.match(folded)):
        return True
    if "\t" in line.text and _CATEGORY_FIRST.match(folded):
        return True  # 二<tab>卫生类<tab><tab>: a category row, its cells after the name left empty
    return bool(
        P.ITEM.match(folded)
        or P.CLAUSE.match(folded)
        or P.PART.match(folded)
        or P.NOTES_START.match(folded)
        or P.ANNEX_LINK.match(folded)
        or P.ANNEX_START.match(folded)  # 附件2: the next annex, and its own table
        or header_columns(line) is not None
        or _unread_header(line)  # the header of a table that is no task table (a contact list)
    )


# a row that starts with its 序号 cell: 12, 12., 12、, or a task's sub-row 1.1 / 1-2 (a decimal in a table's text
# wraps with no tab after it)
_NUMBER_FIRST = compile_regex(r"\d{1,4}\s*[.、]?(?:\s|$)|\d{1,3}[.\-－]\d{1,2}\s")


# 一  大气污染防治   (一)<tab>…   (1)<tab>…   ①<tab>…: a row whose 序号 cell is in other figures than Arabic
_OTHER_NUMBER_FIRST = compile_regex(
    r"(?:[一二三四五六七八九十]{1,3}\s*[.、]?|[(〔]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*[)〕]|[\u2460-\u2487])(?:\s|$)"
)


_CATEGORY_FIRST = compile_regex(
    r"[一二三四五六七八九十]{1,3}\s*[.、]?\s"
)  # 二<tab>卫生类: a category row's numeral cell


def _ends_in_deadline(line: SourceLine, columns: tuple[str, ...]) -> bool:
    """A row complete on its line: every column has a cell and the last, the deadline, reads as one;
    the line after it (a closing sentence, a validity period, page text) is no part of it."""
    if columns[-1] != "due":
        return False
    cells = _cells(line)
    if len(cells) < len(columns) or not cells[-1].text:
        return False
    last = cells[-1].folded
    return len(last) <= 30 and "。" not in last and P.DUE_CELL.search(last) is not None


def _release_note(folded: str) -> bool:
    """(此件公开发布) / (此件主动公开): how the notice is released, a line of its own after its text."""
    return folded.startswith("(此件") and P.TRAILER.search(folded) is not None


def _trailer(line: SourceLine, columns: tuple[str, ...]) -> bool:
    """The notice's distribution line after its table: 抄送：…, (此件公开发布), or an office and the date it
    printed the notice (…办公室  2024年1月20日印发); a row whose deadline cell ends in 印发 is no such line."""
    folded = line.folded.strip()
    if _release_note(folded):
        return True
    if not (folded.startswith("抄") or folded.endswith("印发")) or not P.TRAILER.search(folded):
        return False
    return folded.startswith("抄") or (
        P.ANY_DATE.search(folded) is not None and not _starts_row_or_heading(line, columns)
    )


def _page_furniture(line: SourceLine) -> bool:
    """Page text after a table: a footer, a page field (发布时间：…, 来源：…, 责任编辑：…), the page's links
    (相关链接：), a page time stamp or who filled in the form (填报人：…)."""
    folded = line.folded.strip()
    # (cheap tests first, each what its pattern needs: a page field's label has a colon after it or a
    # bracket before it, and a contact note closes with its bracket; tests/test_patterns.py keeps them so)
    return bool(
        P.FOOTER.search(folded)
        or ((":" in folded or folded[:1] in "〔[") and P.PAGE_FIELD_LABEL.match(folded))
        or (":" in folded and P.FORM_FOOTER.match(folded))
        or (folded.startswith("相") and P.RELATED_LINKS.match(folded))
        or _DATE_STAMP.match(folded)
        or (folded.endswith(")") and P.CONTACT_NOTE.match(folded))
    )


# a table's title repeated over its header after a page break (folded): 某县2025年整治工作任务分解表   某市问题清单
_REPEATED_TITLE = compile_regex(r"[^\s()。,;:、]{4,40}?(?:分解表|清单|一览表|任务表|台账|计划表|推进表)")


# a table's rows going on after a page break: (续表)   续表   续上表   (续表1)   某市问题整改清单(续)
_CONTINUED = compile_regex(
    r"\(?续上?表\s*\d{0,2}\)?|[^\s()。,;:]{2,40}?(?:清单|表|台账|计划|方案)\s*\(续(?:上?表)?\s*\d{0,2}\)"
)


_DATE_STAMP = compile_regex(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")  # 2025-03-05 10:30


# Patterns tried on every row, each opening with a character of its own: a row opening otherwise is not
# tried (tests/test_patterns.py checks each pattern opens so).


def _annex_start(folded: str) -> bool:
    """附件2 alone on its line (P.ANNEX_START)."""
    return folded.startswith("附") and P.ANNEX_START.match(folded) is not None


def _annex_link(folded: str) -> bool:
    """附件1：… naming an annex to open, a link of the page (P.ANNEX_LINK)."""
    return folded.startswith("附") and P.ANNEX_LINK.match(folded) is not None


def _notes_start(folded: str, later: Iterable[SourceLine] = ()) -> Match | None:
    """注：… opening the notes under a table (P.NOTES_START); 说明：/备注： only after the table's last row (later:
    the lines after it; one opening with a row's number makes it a row's remark, never notes swallowing the rows).
    (later is read only for a line opening with 说明 or 备注: callers pass an iterator, never a copy of the rest.)"""
    if folded.startswith("注"):
        return P.NOTES_START.match(folded)
    if not folded.startswith(("说明", "备注")):
        return None
    if any(P.NUMBER_CELL.match(line.folded.split(maxsplit=1)[0]) for line in later if line.folded.strip()):
        return None
    return P.NOTES_START.match(folded)


def _joined_row(pieces: list[SourceLine], columns: tuple[str, ...] = ()) -> SourceLine:
    first = pieces[0]
    if len(pieces) == 1:
        return first
    texts, folded = [first.text], [first.folded]
    for previous, line in pairwise(pieces):
        before = "".join(texts)
        if _units_cell_broken(before, line, columns):
            gap = "、"  # 县财政局 / 县卫生健康局: a units cell the page broke over two lines
        elif "\t" in line.text and before.count("\t") + line.text.count("\t") + 2 == len(columns):
            gap = "\t"  # 7 整理材料 / 办公室 12月10日前: the row's next cells on a line of their own, its tab lost
        elif _next_units_cell(before, line, columns):
            gap = " "  # 县财政局 / 县税务局 / 县直有关部门、各乡镇: the list on its own line is the next cell
        elif _deadline_cell_alone(before, line, columns):
            gap = " "  # …开展联合执法检查 / 2025年11月底前: the row's deadline cell on a line of its own
        else:
            gap = " " if previous.folded.rstrip()[-1:] in "。;；" else ""
        texts += [gap, line.text]
        folded += [gap, line.folded]
    return SourceLine(first.number, "".join(texts), "".join(folded))


def _deadline_cell_alone(before: str, line: SourceLine, columns: tuple[str, ...]) -> bool:
    """Whether, in a row whose cells spaces separate and whose last column is the deadline, the next line
    holds a deadline alone (2025年11月底前, no sentence): the page wrapped the deadline cell onto a line of
    its own, so it is the row's next cell, not more of its task text."""
    if not columns or columns[-1] != "due" or "\t" in before or "\t" in line.text:
        return False
    rest = line.folded.strip()
    return (
        0 < len(rest) <= 16
        and " " not in rest
        and not any(mark in rest for mark in "。,;:")
        and P.DUE_CELL.search(rest) is not None
    )


def _units_cell_broken(before: str, line: SourceLine, columns: tuple[str, ...]) -> bool:
    """Whether the row so far ends inside a units cell (its last cell is a unit's name in a units column)
    and the next line goes on with another unit: the two are one cell's list, never one glued name."""
    pieces = line.text.split("\t", 1)[0].split() if "\t" in line.text else line.folded.split()
    first = fold(pieces[0]) if pieces else ""
    if not _unit_like(first):
        return False
    if "\t" in before:
        cells = before.split("\t")
        at = len(cells) - 1
        return at < len(columns) and columns[at] in _UNIT_COLUMNS and _unit_like(fold(cells[-1]))
    tokens = fold(before).split()
    task = columns.index("task") if "task" in columns else 0
    return len(tokens) > task + 1 and _unit_like(tokens[-1]) and any(c in _UNIT_COLUMNS for c in columns)


def _next_units_cell(before: str, line: SourceLine, columns: tuple[str, ...]) -> bool:
    """Whether, in a row whose cells spaces separate, the row so far ends with a unit's name and the next
    line starts with a list of units (县直有关部门、各乡镇人民政府): in a table of two units columns
    that list is the next column's cell, not more of the unit before it."""
    if "\t" in line.text or "\t" in before or sum(c in _UNIT_COLUMNS for c in columns) < 2:
        return False
    tokens = line.folded.split()
    if not tokens or not any(sep in tokens[0] for sep in P.UNIT_SEPARATORS):
        return False
    first = regex.split(r"[、,;]", tokens[0], maxsplit=1)[0]
    last = fold(before).split()
    return bool(last) and _unit_like(last[-1]) and _unit_like(first)


def _numbered_group_row(line: SourceLine, columns: tuple[str, ...]) -> SourceLine:
    """A group row whose numeral is in the 序号 cell and its title in the next (一 / 公路建设, the other
    cells empty) as the heading it is (一、公路建设); any other line as it is."""
    if not columns or columns[0] != "number" or "\t" not in line.text:
        return line
    cells = [c.strip() for c in line.text.split("\t")]
    filled = [c for c in cells if c]
    if len(filled) != 2 or cells[0] != filled[0] or not all(ch in P.CN_DIGITS for ch in filled[0]):
        return line
    title = filled[1]
    if len(title) > 20 or any(ch in title for ch in "。；;，,"):
        return line
    text = f"{filled[0]}、{title}"
    return SourceLine(line.number, text, fold(text))


def _column_name(name: str) -> bool:
    return name in P.REMARK_COLUMNS or _name_roles([name])[0] is not None


def _header_cells_broken(lines: list[SourceLine], at: int) -> tuple[SourceLine, int] | None:
    """A tabbed header row whose names the page broke inside their cells, each line going on with the rest
    of the cell it stopped in and the cells after it (序号<tab>重点任务<tab>责任 / 单位<tab>完成 / 时限): the
    header with each broken name joined (责任单位, 完成时限), and how many lines went on; None where a piece
    is no column's name once joined, the piece and the one before it are names alone, or the last name stays
    broken."""
    top = lines[at]
    if "\t" not in top.text:
        return None
    text = top.text.rstrip()
    taken = 0
    for line in lines[at + 1 : at + 7]:
        pieces = [fold("".join(piece.split())) for piece in line.text.split("\t")]
        head = fold("".join(text.rsplit("\t", 1)[-1].split()))
        if (
            not pieces[0]
            or any(ch.isdigit() for ch in line.folded)
            or (_column_name(head) and _column_name(pieces[0]))  # (牵头 / 单位: a short name going on, joined)
            or not _column_name(head + pieces[0])
            or not all(_column_name(piece) for piece in pieces[1:-1])
        ):
            break
        text += line.text.strip()
        taken += 1
    if not taken or not _column_name(fold("".join(text.rsplit("\t", 1)[-1].split()))):
        return None
    joined = SourceLine(top.number, text, fold(text))
    return (joined, taken) if header_columns(joined) is not None else None


def _wrapped_header(top: SourceLine, bottom: SourceLine) -> SourceLine | None:
    """A header row whose names the page wrapped onto a second row, cell by cell (牵头 | 配合 | 完成 over
    单位 | 单位 | 时限, tabs or spaces): the header with each name joined, when every joined name is a column's;
    None otherwise."""
    if "\t" in top.text and "\t" in bottom.text:
        tops, bottoms = top.text.split("\t"), bottom.text.split("\t")
    elif "\t" in top.text or "\t" in bottom.text or "|" in top.text or "|" in bottom.text:
        return None
    else:  # names a space apart (a page set in a fixed-width font)
        tops, bottoms = top.text.split(), bottom.text.split()
    if len(bottoms) > len(tops):
        return None
    # the scrape may have dropped the row's leading empty cells: the names stand under the last columns
    bottoms = [""] * (len(tops) - len(bottoms)) + bottoms
    joined = []
    for upper, lower in zip(tops, bottoms, strict=True):
        upper, lower = upper.strip(), lower.strip()
        if lower and (not upper or fold(upper + lower) not in P.COLUMN_ROLES):
            return None
        joined.append(upper + lower)
    if joined == [t.strip() for t in tops]:
        return None
    text = "\t".join(joined)
    return SourceLine(top.number, text, fold(text))


def _without_repeated_header(lines: list[SourceLine]) -> tuple[list[SourceLine], list[SourceLine]]:
    """The rows under a header (lines[0]) without the copies of it a page break repeated, the second row of a
    two-row header with them (序号 主要任务 责任单位 完成时限 / 牵头单位 配合单位, again after the break, whole or
    only its first row): the rows after a copy are read under the first header, as the ones before it. Also
    the copies, which are header rows."""
    first = lines[0].folded.strip()
    second = lines[1].folded.split() if len(lines) > 1 and _is_subheader(lines[1]) else None
    rows: list[SourceLine] = []
    copies: list[SourceLine] = []
    after_copy = False
    for line in lines[1:]:
        if line.folded.strip() == first and rows and _in_table(rows[-1]) and header_columns(line) is not None:
            # (after a title or an annex marker it heads a table of its own: 附件2, its title, the same header)
            if header_columns(rows[-1]) is not None:
                # a two-row header whose copy the reader kept as written (责任单位 | 责任单位 over 牵头单位 |
                # 配合单位), where the first came joined into one row: the row above is the copy's too
                copies.append(rows.pop())
            copies.append(line)
            after_copy = True
            continue
        if after_copy and second is not None and line.folded.split() == second:
            copies.append(line)
            continue
        after_copy = False
        rows.append(line)
    return rows, copies


def _in_table(line: SourceLine) -> bool:
    """A line of a table's rows: cells a tab apart, or opening with a row's number."""
    return "\t" in line.text or regex.match(r"\s*\d", line.folded) is not None


def _is_subheader(line: SourceLine) -> bool:
    """大项 小项 子项: a second header row of short labels, no numbers."""
    names = line.folded.split()
    return len(names) >= 2 and all(len(n) <= 4 and not any(ch.isdigit() for ch in n) for n in names)


def _starts_task(cell: _Cell, columns: tuple[str, ...]) -> bool:
    folded = cell.folded
    if columns[0] == "number":
        return _form_and_number(folded) is not None
    return bool(P.ITEM.match(folded))


def _numbered_category_row(
    cells: list[_Cell], columns: tuple[str, ...], following: SourceLine | None
) -> tuple[int, str, bool] | None:
    """A category row of a table with a 序号 column: its 序号 cell a number in words (一, (一)) and one cell of
    text after it that names no unit and sets no deadline, every other cell empty (一  大气污染防治,
    (一)<tab>夯实数字基础设施<tab><tab>), and the row after it numbered in other figures (1, 2…): a row
    numbered as the next one is ((一) then (二)) is a task whose cells were merged with those above; also a row
    numbered in figures over rows numbered under it (1 安全生产风险防控 over 1.1, 1.2). Its number, its title, and
    whether the number is in brackets."""
    if columns[0] != "number" or len(cells) < 2 or not cells[0].text or following is None:
        return None
    after = _cells(following)
    filled = [c for c in cells[1:] if c.text]
    sub = (
        (P.SUBNUMBER_CELL.match(after[0].folded.strip()) or P.SUBNUMBER_DASH_CELL.match(after[0].folded.strip()))
        if after
        else None
    )
    if sub is not None and cells[0].folded.strip().rstrip(".、") == sub["num"] and len(filled) == 1:
        # 1<tab>安全生产风险防控 over 1.1<tab>…: a group of the rows numbered under it
        title = filled[0]
        if _reads_as_units(title.folded) or _due_like(title.folded) or any(ch in title.folded for ch in "。;"):
            return None
        return int(sub["num"]), title.text, False
    if not after or _number_form(after[0].folded) in (None, _number_form(cells[0].folded)):
        return None
    number = P.OTHER_NUMBER_CELL.match(cells[0].folded.strip())
    if number is None or not number["cn"] or len(filled) != 1:
        return None
    title = filled[0]
    if _reads_as_units(title.folded) or _due_like(title.folded) or any(ch in title.folded for ch in "。;"):
        return None
    return cn_to_int(number["cn"]), title.text, cells[0].folded.strip()[:1] in "(〔"


def _spaced_row_numbered_in_words(cells: list[_Cell], columns: tuple[str, ...]) -> bool:
    """A spaced row whose 序号 cell is a number in words with its mark (一、  县城污水管网改造  县住建局
    2025年10月底前), never a group heading (一、大气污染防治, 一、 大气污染防治): three cells or more, a
    unit or a deadline among those after the task's."""
    return (
        columns[0] == "number"
        and len(cells) >= 3
        and _form_and_number(cells[0].folded) is not None
        and any(_reads_as_units(c.folded) or _due_like(c.folded) for c in cells[2:])
    )


def _number_form(folded: str) -> str | None:
    """How a 序号 cell writes its number (as _form_and_number gives it); None for a cell that is no number."""
    cell = _form_and_number(folded)
    return None if cell is None else cell[0]


def _form_and_number(folded: str) -> tuple[str, int] | None:
    """How a 序号 cell writes its number and the number it gives its row: ("figures", 12), ("words", 1) for
    一 or 一、, ("(words)", 1) for (一), ("(figures)", 1) for (1), ("circled", 1) for ① or ⑵; None for a cell
    that is no number."""
    if number := P.NUMBER_CELL.match(folded):
        return "figures", int(number["num"])
    other = P.OTHER_NUMBER_CELL.match(folded.strip())
    if other is None:
        return None
    bracketed = folded.strip()[:1] in "(〔"
    if other["cn"]:
        return ("(words)" if bracketed else "words"), cn_to_int(other["cn"])
    if other["num"]:
        return "(figures)", int(other["num"])
    if other["circled"]:
        return "circled", ord(other["circled"]) - 0x2460 + 1
    return "circled", ord(other["paren"]) - 0x2474 + 1


def _row_by_column(cells: list[_Cell], columns: tuple[str, ...]) -> list[str] | None:
    """A row's cells, one a column, when they fall one a column (an empty 序号 cell lost with the line's
    leading tab is put back); None when they do not."""
    texts = [c.text for c in cells]
    if len(texts) == len(columns) - 1 and columns[0] == "number" and not P.NUMBER_CELL.match(cells[0].folded):
        texts = ["", *texts]
    return texts if len(texts) == len(columns) else None


def _merged_above(
    line: SourceLine, cells: list[_Cell], columns: tuple[str, ...], above: list[_Cell] | None
) -> SourceLine | None:
    """A tabbed row whose 序号 cell and first task cells are empty, merged with the row above's (their
    leading tabs lost with the line's start, or kept empty): ⇥⇥同步实施加装电梯50部⇥区市场监管局⇥2024年12月底前
    (a sub-task under the task above), ⇥⇥各区人民政府⇥2024年10月底前 (the task above given to more units). The
    row as it reads with those cells filled from the row above, its 序号 left empty; None for any other row:
    its cells, aligned to the right, must end in a deadline under the deadline column (or units under a units
    column) and name units under the first units column, and every cell it lacks must be a task's, a
    category's or one of a column the parser does not read."""
    if above is None or "\t" not in line.text or columns[0] != "number" or len(cells) > len(columns):
        return None
    if (previous := _row_by_column(above, columns)) is None:
        return None  # (the row above's cells do not fall one a column)
    if P.NUMBER_CELL.match(cells[0].folded) and len(cells) < len(columns) - 1:
        return None  # (4⇥推进…: a row opening with its own 序号, cut short, merges with no row above)
    texts = [*[""] * (len(columns) - len(cells)), *(c.text for c in cells)]
    if len(texts) < 3 or texts[0] or texts[1]:
        return None  # (the 序号 cell alone empty: a row sharing the number above, read as such)
    empty = next((i for i in range(1, len(texts)) if texts[i]), len(texts))
    if not all(role in ("task", "category", "other") for role in columns[1:empty]):
        return None  # (a units or deadline cell lacking: where the others fall is a guess)
    last, role = fold(texts[-1]), columns[-1]
    if not (role == "due" and P.DUE_CELL.search(last)) and not (role in _UNIT_COLUMNS and _reads_as_units(last)):
        return None
    units = next((i for i, r in enumerate(columns) if r in _UNIT_COLUMNS), None)
    if units is None or units < empty or not _reads_as_units(fold(texts[units])):
        return None
    filled = [previous[i] if 0 < i < empty else text for i, text in enumerate(texts)]
    if not all(filled[1:empty]):
        return None  # nothing above to merge with
    text = "\t".join(filled)
    return SourceLine(line.number, text, fold(text))


def _merged_row_told(warnings: list[Warning], line: SourceLine, task: Task) -> None:
    """The info for a row read with its 序号 and task cells merged with the row above's, in place of the
    warning that it shares the number above."""
    if warnings and warnings[-1].code == "row-number-shared" and warnings[-1].line == line.number:
        warnings.pop()
    message = (
        f"a row whose 序号 and task cells are merged with the row above's: read with number {task.id} and the"
        f" task cells above it, its own units and deadline: {task.text[:30]}"
    )
    warnings.append(Warning("row-cells-merged", line.number, message))
