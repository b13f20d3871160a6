"""An annex's lines -> AnnexResult (parse_annex): its header, groups (一、), sub-groups ((一)), task rows, notes (注)
and boilerplate, each line read by the other modules of the package; the table's tasks numbered and checked."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import islice, takewhile

from ... import patterns as P
from ...decode import fold
from ...models import Annex, Boilerplate, Note, Subgroup, Task, Warning
from ...numerals import cn_to_int
from ...regex_engine import Match
from ..lines import SourceLine
from .cells import _Cell, _cells, _pipe_row, _unit_like
from .column_roles import _RESIDUE, _columns_of, _names_a_column, header_columns, header_names
from .fit import _group_cell_kept, _group_column
from .flat_rows import _spaced_category_first, merge_vertical_table
from .header_rows import _unread_header, _unread_header_names, find_header, vertical_header_lengths
from .pipe_rows import _without_breaks, headless_rows, unpipe_table
from .row_cells import _item_cells, _items_joined, _items_of_one_cell, _same_as_above
from .row_task import _category_cell_lost, _cells_not_kept, _GroupBuilder, _row_task, _warn_not_kept
from .table_lines import (
    _CONTINUED,
    _NUMBER_FIRST,
    _OTHER_NUMBER_FIRST,
    _annex_link,
    _annex_start,
    _header_cells_broken,
    _is_subheader,
    _merged_above,
    _merged_row_told,
    _notes_start,
    _numbered_category_row,
    _numbered_group_row,
    _page_furniture,
    _spaced_row_numbered_in_words,
    _starts_row_or_heading,
    _starts_task,
    _trailer,
    _without_repeated_header,
    _wrapped_header,
)
from .wrapped import _cut_name_dropped, _merge_wrapped_rows


@dataclass
class AnnexResult:
    annex: Annex | None = None
    tasks: list[Task] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)


def parse_annex(
    lines: list[SourceLine], marker: SourceLine | None, lead_may_be_empty: bool = False, followed: bool = False
) -> AnnexResult:
    """Parse the lines after the 附件 marker (or from the header row when there is none).

    lead_may_be_empty: the notice says a task without a lead has its units as leads (无牵头单位的，
    责任单位即为牵头单位), so an empty 牵头单位 cell means no lead, never a cell merged with the one above.
    followed: the notice's parts go on after the table (it ends whole, not where a page was cut)."""
    result = AnnexResult()
    piped = {line.number: line.text for line in lines if _pipe_row(line.folded)}  # header rows as written
    lines, rules = unpipe_table(lines)
    result.boilerplate.extend(rules)
    # 县住建局<br>各乡镇人民政府 in a tab row's cell: its line breaks as a pipe row's are (see _without_breaks)
    lines = [_without_breaks(ln) if "\t" in ln.text and "<" in ln.text and "br" in ln.folded else ln for ln in lines]
    vertical = vertical_header_lengths(lines)
    merged = merge_vertical_table(lines, result.warnings, vertical)
    header_at = find_header(merged, vertical if merged is lines else None)  # (measured once where unchanged)
    lines = merged
    headless = headless_rows(lines) if header_at is None else None
    if headless is not None:
        # a page that starts inside a task table: its rows read under the columns their cells show
        header_at = headless[0]
        lines = [*lines[:header_at], headless[1], *lines[header_at:]]
        message = "rows with no header (the page starts inside a table): their columns are read by what the cells hold"
        result.warnings.append(Warning("row-cells-guessed", headless[1].number, message))
    if header_at is None:
        unread = False  # in a table that is no task table (a scoring rubric, a contact list): set aside
        for n, line in enumerate(lines):
            if _annex_start(line.folded):  # 附件2: another annex follows
                result.boilerplate.append(Boilerplate(line.number, "annex-marker", line.text))
                unread = False
                continue
            following = lines[n + 1] if n + 1 < len(lines) else None
            if not unread and _may_be_title(line.folded) and following is not None and _unread_header(following):
                result.boilerplate.append(Boilerplate(line.number, "annex-heading", line.text))
                continue
            unread = unread or _unread_header(line)
            if unread:
                result.boilerplate.append(Boilerplate(line.number, "unread-table", line.text))
                continue
            result.warnings.append(
                Warning("annex-unparsed", line.number, f"annex line not in a table: {line.text[:30]}")
            )
        return result
    if (broken := _header_cells_broken(lines, header_at)) is not None:
        lines = [*lines[:header_at], broken[0], *lines[header_at + 1 + broken[1] :]]
    lines = _spaced_category_first(lines, header_at)
    title_line = next((ln for ln in lines[:header_at] if P.TITLE.match(ln.folded)), None)
    # 一、经济发展类 right above the first header: the first table's group, as the 二、 above a later one is
    first_group = lines[header_at - 1] if header_at and lines[header_at - 1] is not title_line else None
    first_part = P.PART.match(first_group.folded) if first_group is not None else None
    first_part = first_part if first_part and heads_first_group(first_part, lines[header_at + 1 :]) else None
    for line in lines[:header_at]:
        if line is not title_line and not (first_part and line is first_group):
            result.boilerplate.append(Boilerplate(line.number, "annex-heading", line.text))
    columns = header_columns(lines[header_at])
    assert columns is not None
    header = [piped.get(lines[header_at].number, lines[header_at].text)] if headless is None else []
    names = header_names(lines[header_at])
    first_columns = columns
    groups: list[_GroupBuilder] = []
    if first_part and first_group is not None:
        _add_group(groups, first_part, first_group.text, first_group.number)
    subgroup: Subgroup | None = None
    in_notes = False
    unread = False  # in the rows of a table that is no task table
    not_kept: dict[str, None] = {}  # the table's columns whose cells no task keeps, in order
    table_at = lines[header_at].number
    sectioned = False  # the table's groups are its section rows (一、…), a 类别 cell a sub-group
    after_section = False  # the row follows a section row: a 类别 cell of its own makes the table sectioned
    bracketed_groups = False  # the table's groups are category rows numbered (一), (二)
    body, repeated = _without_repeated_header(lines[header_at:])
    header.extend(piped.get(line.number, line.text) for line in repeated)
    if columns[0] == "number" and names:  # 序号 alone on its line between rows: what a page break kept of the header
        lone = [line for line in body if line.folded.strip() == names[0] and "\t" not in line.text]
        result.boilerplate.extend(Boilerplate(line.number, "page-break", line.text) for line in lone)
        body = [line for line in body if line not in lone]
    totals = [line for line in body if P.TOTAL_ROW.match(line.folded)]  # 合计<tab>3项: sums of the rows, no row
    result.boilerplate.extend(Boilerplate(line.number, "table-total", line.text) for line in totals)
    rows = _merge_wrapped_rows([line for line in body if line not in totals] if totals else body, columns)
    rows = [_numbered_group_row(row, columns) for row in rows]
    columns = _unnamed_number_column(_merged_task_column(columns, rows), rows)
    first_columns = columns
    above: dict[str, str] = {}  # the last row's unit and deadline cells, for 同上 and merged cells
    previous: list[_Cell] | None = None  # the last task row's cells, for merged 序号 and task cells
    named_for: tuple[tuple[str, ...], list[str]] | None = None  # the columns and names written_names is of
    written_names: dict[str, str] = {}  # each column role's name as the header writes it
    for n, line in enumerate(rows):
        folded = line.folded
        following = rows[n + 1] if n + 1 < len(rows) else None
        if n == 0 and _is_subheader(line) and _numbered_category_row(_cells(line), columns, following) is None:
            header.append(piped.get(line.number, line.text))
            wrapped = _wrapped_header(lines[header_at], line)
            if wrapped is not None and (joined := header_columns(wrapped)) is not None:
                columns = first_columns = joined
                names = header_names(wrapped)
                continue
            placed = _under_spanning_cell(lines[header_at], line)
            if placed is not None and (placed_columns := _columns_of(placed)) is not None:
                columns = first_columns = placed_columns
                names = placed
                continue
            collapsed = _under_spanning_name(columns, names, header_names(line))
            if collapsed:
                columns, names = collapsed
                first_columns = columns
            continue
        if _annex_link(folded):
            result.boilerplate.append(Boilerplate(line.number, "link", line.text))
            continue
        if _annex_start(folded):  # 附件2: another annex follows
            result.boilerplate.append(Boilerplate(line.number, "annex-marker", line.text))
            in_notes = False
            unread = False
            continue
        # (a row holding no column name is neither a header nor a header unread: its names are read once for both)
        line_names = header_names(line) if _names_a_column(line) else None
        if line_names is not None and (later_columns := _columns_of(line_names)) is not None:
            # another table, its own columns
            _warn_not_kept(not_kept, table_at, result.warnings)
            not_kept, table_at = {}, line.number
            columns, names = later_columns, line_names
            above = {}
            previous = None
            unread = False
            header.append(piped.get(line.number, line.text))
            in_notes = False
            continue
        if unread or (n and line_names is not None and _unread_header_names(line_names)):
            # a table with no task column (序号 / 单位 / 姓名 / 联系电话): warned at its header (see
            # unread_headers), its rows set aside, never tasks, until the next annex or table
            unread = True
            result.boilerplate.append(Boilerplate(line.number, "unread-table", line.text))
            continue
        may_be_title = _may_be_title(folded)
        if (
            not in_notes
            and "\t" not in line.text
            and may_be_title
            and n + 1 < len(rows)
            and _unread_header(rows[n + 1])
        ):  # the title of a table that is no task table (长湖县…联络员名单)
            result.boilerplate.append(Boilerplate(line.number, "annex-heading", line.text))
            continue
        if not unread and not in_notes and "。" not in folded and _people_list_title(folded.strip()):
            # 领导小组成员名单: people and their posts, no task table: set aside as a contact list is
            result.boilerplate.append(Boilerplate(line.number, "annex-heading", line.text))
            message = f"a list of people, no task table; its lines are not read: {line.text[:40]}"
            result.warnings.append(Warning("table-header-unread", line.number, message))
            unread = True
            continue
        if (
            not in_notes
            and may_be_title
            and P.TITLE.match(folded)
            and not _NUMBER_FIRST.match(folded)
            and not (columns[0] == "number" and _OTHER_NUMBER_FIRST.match(folded))
        ):  # (2 …年度计划 and (2)<tab>…年度计划 are rows)
            result.boilerplate.append(Boilerplate(line.number, "annex-heading", line.text))
            continue
        if _page_furniture(line):
            result.boilerplate.append(Boilerplate(line.number, "footer", line.text))
            continue
        # （续表） over the rest of a table after a page break
        if "续" in folded and _CONTINUED.fullmatch(folded.strip()):
            result.boilerplate.append(Boilerplate(line.number, "table-continued", line.text))
            continue
        if _signs(rows, n):  # the issuer and date signing the notice after its table
            result.boilerplate.append(Boilerplate(line.number, "signature", line.text))
            continue
        if _trailer(line, columns):  # 抄送：…   某县人民政府办公室  2024年1月20日印发
            result.boilerplate.append(Boilerplate(line.number, "trailer", line.text))
            continue
        if not in_notes and P.CLOSING.search(folded) and not _starts_row_or_heading(line, columns):
            _add_note(result.notes, line, None)  # 本表自印发之日起执行…: about the table, not a row of it
            continue
        if folded.endswith("印发") and (glued := P.TRAILER_GLUED.search(line.text)):
            # the printing office and date glued onto the row's last cell: set aside, never a deadline or unit
            result.boilerplate.append(Boilerplate(line.number, "trailer", glued["trailer"]))
            line = SourceLine(
                line.number, line.text[: glued.start()].rstrip(), fold(line.text[: glued.start()].rstrip())
            )
            folded = line.folded
        notes_start = _notes_start(folded, islice(rows, n + 1, None)) if not in_notes else None
        if notes_start or in_notes:
            in_notes = True
            _add_note(result.notes, line, notes_start)
            continue
        cells = _cells(line)
        if (category_row := _numbered_category_row(cells, columns, following)) is not None:
            # 一  大气污染防治 / (一)<tab>夯实数字基础设施<tab><tab>: a group of the rows under it, or a sub-group
            # of the group above when its number is in brackets (a group itself in a table whose highest
            # category rows are bracketed)
            number, title, bracketed = category_row
            after_section = True
            if bracketed and groups and not bracketed_groups:
                if subgroup is None or (subgroup.number, subgroup.title) != (number, title):
                    subgroup = Subgroup(number, title, line.number)
                    groups[-1].subgroups.append(subgroup)
            elif _add_numbered_group(groups, number, title, line.number):
                subgroup = None
                bracketed_groups = bracketed_groups or bracketed
            else:  # the scrape repeated the heading
                result.boilerplate.append(Boilerplate(line.number, "repeated-heading", line.text))
            continue
        if "\t" in line.text and len(filled := [c for c in cells if c.text]) == 1:
            cells = filled  # a heading row: one cell of text, in whichever column
        if "\t" not in line.text and _spaced_row_numbered_in_words(cells, columns):
            heading = folded_heading = ""  # 一、  县城污水管网改造  县住建局  …: a row, its 序号 written 一、
        elif "\t" not in line.text:
            heading, folded_heading = line.text, folded
        elif len(cells) == 1:
            heading, folded_heading = cells[0].text, cells[0].folded
        else:
            heading = folded_heading = ""
        part = P.PART.match(folded_heading)
        if part:  # a heading line or row
            after_section = True
            if _add_group(groups, part, heading, line.number):
                subgroup = None
            else:  # the scrape repeated the heading
                result.boilerplate.append(Boilerplate(line.number, "repeated-heading", line.text))
            continue
        # leading cells of a merged 大项 or 小项 column, copied into each row, are group headings
        while cells and not _starts_task(cells[0], columns):
            folded_cell = cells[0].folded
            if part := P.PART.match(folded_cell):
                if _add_group(groups, part, cells[0].text, line.number):
                    subgroup = None
            elif clause := P.CLAUSE.match(folded_cell):
                number, title = cn_to_int(clause["num"]), cells[0].text[clause.start("rest") :].strip()
                if subgroup is None or (subgroup.number, subgroup.title) != (number, title):
                    subgroup = Subgroup(number, title, line.number)
                    if groups:
                        groups[-1].subgroups.append(subgroup)
            else:
                break
            cells = cells[1:]
        if not cells:
            continue
        merged_row = _merged_above(line, cells, columns, previous)
        if merged_row is not None:  # 序号 and task cells merged with the row above's: read with them
            line, cells = merged_row, _cells(merged_row)
        category = _category(line, cells, columns)
        sectioned = sectioned or (after_section and category is not None)  # 一、… then 扬尘治理 | …
        after_section = False
        if category and sectioned and groups:
            # a 类别 cell under a section row (一、大气污染防治): a sub-group of the section's group
            if subgroup is None or subgroup.title != category:
                subgroup = Subgroup(len(groups[-1].subgroups) + 1, category, line.number)
                groups[-1].subgroups.append(subgroup)
        elif category and (not groups or groups[-1].title != category):
            if not groups and (above_it := [t for t in result.tasks if t.line > table_at and t.group is None]):
                # 类别 empty in the table's first rows, then 政务服务 halfway down: a merged cell written in the
                # middle of its rows (as a PDF centres it); which rows each category covers cannot be told
                message = (
                    f"a category cell ({category[:20]}) under {len(above_it)} row(s) of its table with none: a merged"
                    " cell written in the middle of its rows, so which rows each category covers is a guess (the"
                    " rows above it are read with no group, each category taken for the rows from it down)"
                )
                result.warnings.append(Warning("row-category-guessed", line.number, message))
            groups.append(_GroupBuilder(groups[-1].number + 1 if groups else 1, category, line.number))
            subgroup = None
        if lead_may_be_empty:
            above.pop("lead", None)
        items = _item_cells(line, cells)
        if items and _items_of_one_cell(cells, columns, items):
            # 1 | 问题 | 1.… | 2.… | 3.… | 县河长办: a row's own 序号, its measures cell scraped one item a line
            line = _items_joined(line, cells, items)
            cells, items = _cells(line), []
        if items:  # 3.… | 4.… | 5.… | 县财政局: numbered items over one units cell, merged down their rows
            message = (
                f"{len(items)} numbered items in one row over one units cell: each read as a task with those units"
            )
            result.warnings.append(Warning("row-items-shared", line.number, message))
        read = len(result.tasks)
        shares = (
            [[c for i, c in enumerate(cells) if i == item or i not in items] for item in items] if items else [cells]
        )
        if (columns, names) != named_for:  # (a table's rows share them: worked out again where a header changes)
            named_for, written_names = (columns, names), dict(zip(columns, names, strict=False))
        for row in shares:
            next_id = result.tasks[-1].id + 1 if result.tasks else 1
            if task := _row_task(
                line, row, columns, names, groups, subgroup, next_id, result.warnings, above, header[-2:], written_names
            ):
                result.tasks.append(task)
        if len(result.tasks) > read:
            not_kept.update(dict.fromkeys(_cells_not_kept(cells, columns, names)))
            previous = cells  # (put one a column only when a row below is merged with it: see _merged_above)
            if merged_row is not None:
                _merged_row_told(result.warnings, line, result.tasks[-1])
        else:
            units = [piece for piece in line.folded.split()[1:] if _unit_like(piece)]
            lost = f"; the units in it are not read: {'、'.join(units)[:30]}" if units else ""  # a wrapped row's
            result.warnings.append(
                Warning("annex-unparsed", line.number, f"line not understood as a table row: {line.text[:30]}{lost}")
            )
            if result.tasks and 0 < line.number - result.tasks[-1].line <= 2 and "\t" not in line.text:
                row_text = next((r.text for r in rows[max(0, n - 3) : n] if r.number == result.tasks[-1].line), "")
                result.tasks[-1] = _cut_name_dropped(
                    result.tasks[-1], row_text, line.text, line.number, result.warnings
                )
    _warn_not_kept(not_kept, table_at, result.warnings)
    result.tasks[:] = _group_leaders(result.tasks, groups)
    last_row = result.tasks[-1].line if result.tasks else 0
    closed = (
        followed or bool(result.notes) or any(ln.number > last_row and P.PART.match(ln.folded.strip()) for ln in lines)
    )
    result.tasks[:] = _blank_due_as_above(result.tasks, result.notes, result.warnings, closed)
    result.annex = Annex(
        title=title_line.text if title_line else None,
        line=(marker or title_line or lines[header_at]).number,
        header=tuple(header),
        columns=first_columns,
        groups=tuple(g.freeze() for g in groups),
    )
    shared = {w.line for w in result.warnings if w.code in ("row-number-shared", "row-cells-merged")}
    tasks = result.tasks
    # a row sharing the number of the row above is no break in the numbering (rows of a glued run share a line)
    result.warnings.extend(
        _task_numbering([t for i, t in enumerate(tasks) if not (t.line in shared and i and tasks[i - 1].id == t.id)])
    )
    return result


# P.TITLE's text before its last word excludes these characters, and its last words and qualifier hold none:
# a row holding one is no title. Searched first, since P.TITLE backtracks through a long row (9 in 10 rows
# of a table hold one). tests/test_patterns.py checks TITLE still reads so.
_NOT_IN_TITLE = re.compile("[。;:!?,>›»]")


def _blank_due_as_above(tasks: list[Task], notes: list[Note], warnings: list[Warning], closed: bool) -> list[Task]:
    """A note under the table saying a blank deadline cell is the row above's (注：完成时限栏空白的，与上一行同一类别
    任务的完成时限相同): each row with no deadline takes the one of the row above, of its own group where the note
    says so; told per row (cell-filled-from-above). With no note on blank cells, a row whose deadline cell the line
    lost, under a dated row of its own group and not the table's last, takes the row above's too (a merged cell),
    as the last does where the table is closed (a part heading or a note after it: no page cut it off); a note
    saying anything else of blank cells leaves them blank."""
    said = next((m for n in notes if (m := P.BLANK_DUE_AS_ABOVE.search(fold(n.text)))), None)
    if said is None and any(P.BLANK_DUE_NOTE.search(fold(n.text)) for n in notes):
        return tasks  # a note saying what a blank means, other than the row above's: left blank
    if said is not None and any(P.NOTE_EXCEPTION.search(fold(n.text)) for n in notes):
        return tasks  # a note naming an exception (第2项不适用此规定): left unread
    # with no note, a row whose deadline cell has no text (task-without-date), under a dated row of its own group,
    # lies under a merged cell written once: the row above's date, told per row (never the table's last row, which
    # a page may have cut, unless something closes the table after it)
    lost = {w.line for w in warnings if w.code == "task-without-date"} if said is None else None
    out: list[Task] = []
    filled: set[int] = set()
    for n, task in enumerate(tasks):
        above = out[-1] if out else None
        same_group = above is not None and above.group == task.group
        if (
            task.due is None
            and above is not None
            and above.due
            and (same_group if said is None or said["group"] else True)
            and (lost is None or (task.line in lost and (n + 1 < len(tasks) or closed)))
        ):
            message = (
                f"task {task.id}: a blank deadline cell, the row above's as the note under the table says: {above.due}"
                if said is not None
                else f"task {task.id}: an empty deadline cell taken to be merged with the one above: {above.due}"
            )
            filled.add(task.line)
            warnings.append(Warning("cell-filled-from-above", task.line, message))
            task = replace(task, due=above.due)
        out.append(task)
    # (the rows have a date now: no warning that they have none)
    warnings[:] = [w for w in warnings if not (w.code == "task-without-date" and w.line in filled)]
    return out


def _group_leaders(tasks: list[Task], groups: list[_GroupBuilder]) -> list[Task]:
    """The tasks of a table grouped by the leader in charge (一、陈东市长负责事项（共3项）): a row with no leaders
    cell of its own has its group's leader."""
    leaders = {g.number: m["who"] for g in groups if (m := P.GROUP_LEADER.match(fold(g.title).strip()))}
    if not leaders:
        return tasks
    return [replace(t, leaders=(leaders[t.group],)) if not t.leaders and t.group in leaders else t for t in tasks]


# P.PEOPLE_LIST_TITLE's forms all end the line in one of these (名单, 名册, 通讯录): a line ending otherwise is
# not searched, the pattern being tried at each of its places (tests/test_patterns.py keeps them so).
_PEOPLE_LIST_ENDS = ("单", "册", "录")


def _people_list_title(stripped: str) -> bool:
    """领导小组成员名单, 通讯录: the title of a list of people (P.PEOPLE_LIST_TITLE)."""
    return stripped.endswith(_PEOPLE_LIST_ENDS) and P.PEOPLE_LIST_TITLE.search(stripped) is not None


def _may_be_title(folded: str) -> bool:
    return _NOT_IN_TITLE.search(folded) is None


def _signs(rows: list[SourceLine], n: int) -> bool:
    """An issuer's name alone on its line with a date alone on the next, or that date."""
    here = rows[n].folded.strip()
    if _signed_date(here):
        return n > 0 and _org_name(rows[n - 1].folded.strip())
    return _org_name(here) and n + 1 < len(rows) and _signed_date(rows[n + 1].folded.strip())


# Cheap tests before the patterns, asked of every row of a table: P.SIGNED_DATE's date ends in 日, and
# P.ORG_NAME's name is at most 30 characters and an ending of three (tests/test_patterns.py keeps them so).
_ORG_NAME_LONGEST = 33


def _signed_date(stripped: str) -> bool:
    """2024年1月20日 or 二〇二四年一月二十日 alone on its line (P.SIGNED_DATE)."""
    return stripped.endswith("日") and P.SIGNED_DATE.match(stripped) is not None


def _org_name(stripped: str) -> bool:
    """An issuer's name alone on its line (P.ORG_NAME)."""
    return len(stripped) <= _ORG_NAME_LONGEST and P.ORG_NAME.match(stripped) is not None


def _merged_task_column(columns: tuple[str, ...], rows: list[SourceLine]) -> tuple[str, ...]:
    """Two task columns (目标任务, 具体举措) where the first is left empty in some rows that fill the
    second: the first was merged down its group's rows, so it names the group (a category column)."""
    at = _group_column(columns)
    if at is None or columns[at] != "task":
        return columns
    for row in rows:
        if "\t" not in row.text:
            continue
        cells = row.text.split("\t")
        if len(cells) == len(columns) and not cells[at].strip() and cells[at + 1].strip():
            return (*columns[:at], "category", *columns[at + 1 :])
        if (
            len(cells) > at + 1 and P.PART.match(fold(cells[at].strip())) and P.ITEM.match(fold(cells[at + 1].strip()))
        ):  # 一、做好… | 1.推进…: the first names the group, the second is the numbered task
            return (*columns[:at], "category", *columns[at + 1 :])
    if _labels_its_content(columns, rows, at):
        return (*columns[:at], "category", *columns[at + 1 :])
    return columns


_LABEL_CELL_MAX = 6  # 政策解读, 回应关切: a short name for the row's work, no sentence in it


def _labels_its_content(columns: tuple[str, ...], rows: list[SourceLine], at: int) -> bool:
    """Two task columns (重点任务 | 工作内容) whose first cell is, in every row, a short name with no
    punctuation and whose second holds the work in sentences: the first labels the row's content (a
    category), and the content is the task."""
    full = [cells for row in rows if "\t" in row.text and len(cells := row.text.split("\t")) == len(columns)]
    if len(full) < 2:
        return False
    for cells in full:
        label, content = cells[at].strip(), cells[at + 1].strip()
        if not 0 < len(label) <= _LABEL_CELL_MAX or not label.isalpha() or len(content) <= 2 * len(label):
            return False
    return True


def _unnamed_number_column(columns: tuple[str, ...], rows: list[SourceLine]) -> tuple[str, ...]:
    """Two task columns (工作任务, 具体要求) whose rows hold one cell more than the header names, a bare
    number between the two: the header left the 序号 column unnamed, so the first task column names the
    row's group (a category column) and the number cell is the row's 序号."""
    at = _group_column(columns)
    if at is None or "number" in columns or at + 1 >= len(columns) or columns[at + 1] != "task":
        return columns
    numbered = 0
    for row in rows:
        if "\t" not in row.text:
            continue
        cells = row.text.split("\t")
        if len(cells) != len(columns) + 1:
            continue
        if not cells[at + 1].strip().isdigit():
            return columns
        numbered += 1
    if numbered < 2:
        return columns
    return (*columns[:at], "category", "number", *columns[at + 1 :])


def heads_first_group(part: Match, rows: Sequence[SourceLine]) -> bool:
    """Whether a part heading right above a table's header (一、经济发展类) is the table's first group: the
    table's rows go on to the next group by number (二、社会事业类), with rows or a header of its own under it."""
    number = cn_to_int(part["num"])
    for at, line in enumerate(rows):
        if "\t" in line.text or "|" in line.folded:
            continue
        if (later := P.PART.match(line.folded)) is not None:
            nxt = next((ln for ln in rows[at + 1 :] if ln.folded.strip()), None)
            under = nxt is not None and ("\t" in nxt.text or "|" in nxt.folded or header_columns(nxt) is not None)
            return cn_to_int(later["num"]) == number + 1 and under
    return False


def _add_group(groups: list[_GroupBuilder], part: Match, text: str, line: int) -> bool:
    """A group heading (一、…); False when it repeats the current group's number (a variant title is kept)."""
    return _add_numbered_group(groups, cn_to_int(part["num"]), text[part.start("rest") :].strip(), line)


def _add_numbered_group(groups: list[_GroupBuilder], number: int, title: str, line: int) -> bool:
    if groups and groups[-1].number == number:
        if title != groups[-1].title and title not in groups[-1].variants:
            groups[-1].variants.append(title)
        return False
    groups.append(_GroupBuilder(number, title, line))
    return True


def _header_cells(line: SourceLine) -> list[str] | None:
    """A header row's cells in place, empty ones kept (tabs or pipes; None for a row of spaces)."""
    if "\t" in line.text:
        cells = line.text.split("\t")
    elif _pipe_row(line.folded):
        cells = line.folded.strip().strip("|").split("|")
    else:
        return None
    return ["".join(fold(c).split()).strip(_RESIDUE) for c in cells]


def _under_spanning_cell(top: SourceLine, bottom: SourceLine) -> list[str] | None:
    """A two-row header in cells (tabs or pipes) whose second row names units columns under a first-row
    cell that spans them, its next cells left empty (责任分工 and an empty cell over 牵头单位 | 配合单位),
    every other second-row cell empty (序号, 主要任务, 完成时限 written in the first row only; a scrape
    that trims a row's leading empty cells leaves the names alone): the header's names, the second row's
    in place of the spanning cell. None where the rows do not line up so (each name then read as before)."""
    tops, bottoms = _header_cells(top), _header_cells(bottom)
    if tops is None or bottoms is None:
        return None
    while bottoms and not bottoms[-1]:
        bottoms.pop()  # (the empty cells at a row's end)
    # 参与, 协同, 协办 under the spanning cell: the partners column they are short for (never in a first line)
    bottoms = [P.SUB_PARTNER_COLUMNS.get(cell, cell) for cell in bottoms]
    placed = [i for i, cell in enumerate(bottoms) if cell]
    if len(placed) < 2 or placed != list(range(placed[0], placed[-1] + 1)):
        return None  # the names under a spanning cell stand side by side
    if any(P.COLUMN_ROLES.get(bottoms[i]) not in ("lead", "partners", "departments", "leaders") for i in placed):
        return None  # units columns (牵头单位, 配合单位, 责任领导) under the spanning cell
    width = len(placed)
    spans = [
        i
        for i, cell in enumerate(tops)
        if cell
        and P.COLUMN_ROLES.get(cell) in (None, "departments")  # a name no column has (责任分工), or 责任单位
        and tops[i + 1 : i + width] == [""] * (width - 1)
        and (i + width == len(tops) or tops[i + width])
        and (placed[0] == 0 or placed[0] == i)  # where the row kept its leading cells, right under it
    ]
    if len(spans) != 1 or any(not cell for cell in tops[: spans[0]]):
        return None
    at = spans[0]
    return [*tops[:at], *(bottoms[i] for i in placed), *(cell for cell in tops[at + width :] if cell)]


def _under_spanning_name(
    columns: tuple[str, ...], names: list[str], lower: list[str]
) -> tuple[tuple[str, ...], list[str]] | None:
    """A two-row header: the second row names the columns under one first-row name that spans them
    (责任单位 over 牵头单位 | 配合单位). The spanning name is the first of the units columns (else a
    name that is no column's); None when the second row is not column names."""
    lower = [P.SUB_PARTNER_COLUMNS.get(name, name) for name in lower]  # (参与 under 责任单位: 参与单位)
    roles = [P.COLUMN_ROLES.get(name) for name in lower]
    if not lower or None in roles or len(names) != len(columns):
        return None
    # (a 责任单位 cell of the first row spans them before a group name does)
    spanning = next((i for i, c in enumerate(columns) if c == "departments"), None)
    if spanning is None:
        spanning = next((i for i, name in enumerate(names) if name in P.UNIT_GROUP_COLUMNS), None)
    if spanning is None:
        spanning = next((i for i, c in enumerate(columns) if c == "other"), None)
    if spanning is None:
        return None
    width = len(list(takewhile(names[spanning].__eq__, names[spanning:])))
    # (责任单位 | 责任单位 over 牵头单位 | 配合单位: the spanning name the scrape wrote once for each column under it)
    width = width if width == len(lower) else 1
    return (
        (*columns[:spanning], *(r for r in roles if r), *columns[spanning + width :]),
        [*names[:spanning], *lower, *names[spanning + width :]],
    )


def _category(line: SourceLine, cells: list[_Cell], columns: tuple[str, ...]) -> str | None:
    """The category cell's text in a row whose cells line up with the columns (a tab or pipe row)."""
    if "category" not in columns or "\t" not in line.text or len(cells) > len(columns):
        return None
    if _category_cell_lost(cells, columns):
        return None  # 15.推进… | … |: the row opens with its numbered item, its category cell merged above
    if (
        len(cells) < len(columns)
        and not (  # cells missing at the row's end (a scrape drops empty last cells)
            len(cells) == len(columns) - 1 and columns[-1] == "due" and not P.DUE_CELL.search(fold(cells[-1].text))
        )
        and not _group_cell_kept([c.folded for c in cells], columns, columns.index("category"))
    ):
        return None
    text = cells[columns.index("category")].text
    return None if not text or _same_as_above(text) else text  # 同上: the group above


def _add_note(notes: list[Note], line: SourceLine, notes_start: Match | None) -> None:
    """注:1.… starts the notes; a numbered line starts a note, any other line continues one."""
    text = line.text[notes_start.start("rest") if notes_start else 0 :].strip()
    item = P.ITEM.match(fold(text))
    if item or not notes:
        body = text[item.start("rest") :].strip() if item else text
        notes.append(Note(int(item["num"]) if item else len(notes) + 1, body, line.number))
    elif text:
        last = notes[-1]
        notes[-1] = Note(last.number, f"{last.text}\n{text}", last.line)


def _task_numbering(tasks: list[Task]) -> list[Warning]:
    out = []
    expected = 1
    for task in tasks:
        restarts = task.id == 1 and expected > 2  # a group or a table numbered from 1 again: see _unique_ids
        if task.id != expected and not restarts:
            kind = "repeat" if task.id < expected else "gap"
            out.append(Warning(f"task-numbering-{kind}", task.line, f"task {task.id} where {expected} was expected"))
        expected = task.id + 1
    return out
