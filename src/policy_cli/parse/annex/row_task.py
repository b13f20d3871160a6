"""One table row's cells -> its Task: text, units by role, deadline, group and sub-group, with the cells it
could not keep, merged problem cells and units written in the task's text -> warnings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

import regex

from ... import patterns as P
from ...decode import fold
from ...departments import letter_spaced, split_units
from ...models import Group, Subgroup, Task, Warning
from ...numerals import int_to_cn
from ...regex_engine import compile_regex
from ...registry import bundled_name
from ..deadlines import cited_spans, in_cited
from ..lines import SourceLine
from ..roles import Assignment, deadline_in_prose, joined_cell, unit_role
from .cells import (
    _UNIT_COLUMNS,
    _Cell,
    _due_without_verb,
    _names_units,
    _reads_as_units,
    _sentence_not_units,
    _unit_like,
    _without_role_mark,
)
from .column_roles import _due_split_off, _units_and_due
from .fit import _group_cell_kept
from .header_rows import _value_column
from .row_cells import _filled, _list_mark_joined, _marks_lead, _shifted_units, _spaced_unnumbered_row, _unnumbered_row
from .spaced_cells import _spaced_row_cells
from .table_lines import _form_and_number


@dataclass
class _GroupBuilder:
    number: int
    title: str
    line: int
    variants: list[str] = field(default_factory=list)
    subgroups: list[Subgroup] = field(default_factory=list)

    def freeze(self) -> Group:
        return Group(
            number=self.number,
            title=self.title,
            line=self.line,
            variants=tuple(self.variants),
            subgroups=tuple(self.subgroups),
        )


# a tab between a wrapped cell's lines, after Chinese or its punctuation and before Chinese
_WRAP_IN_CHINESE = compile_regex(
    r"(?<=[\p{Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f])[ \u3000]*\t[ \u3000]*(?=\p{Han})"
)


def _wrap_joined(match: regex.Match[str]) -> str:
    """The tab between a wrapped cell's lines: nothing, unless the next line reads as units (a units cell the
    row's fit left in its text, 深化改革 ⏎ 市市场监管局), which stays apart."""
    nxt = match.string[match.end() :].split("\t", 1)[0]
    return match.group() if _unit_like(fold(nxt)) else ""


_TRAILING_OPTIONAL = ("other", "leaders")  # last columns a row may leave empty (备注, 责任领导)


def _row_task(
    line: SourceLine,
    cells: list[_Cell],
    columns: tuple[str, ...],
    names: list[str],
    groups: list[_GroupBuilder],
    subgroup: Subgroup | None,
    next_id: int,
    warnings: list[Warning],
    above: dict[str, str] | None = None,
    header_lines: Sequence[str] = (),
    written_names: Mapping[str, str] | None = None,
) -> Task | None:
    """The task of one row. above holds the previous row's unit and deadline cells by role: a cell
    written 同上 repeats it, and an empty one in a row that names no unit (or no deadline) takes it, as
    a merged cell would, with a warning that the fill is a guess. written_names: each column role's name
    as the header writes it (the first of two columns of a role), made once for a table's rows."""
    above = {} if above is None else above
    if written_names is None:
        written_names = dict(zip(columns, names, strict=False))
    tabbed = "\t" in line.text  # (asked often below: a row's cells come from tabs, or from runs of spaces)
    roles = list(columns)
    label_end = 0
    counted = False
    cells = _category_cell_restored(cells, roles)
    if roles[0] == "number" and not tabbed and (glued := P.ITEM.match(cells[0].folded)):
        task_id = int(glued["num"])  # 1.完成…: the number cell glued to the task's text, no space between
        label_end = glued.start("rest")
        roles = roles[1:]
    elif roles[0] == "number":
        numbered = _form_and_number(cells[0].folded)
        if numbered is not None:
            task_id = numbered[1]
        elif sub := P.SUBNUMBER_CELL.match(cells[0].folded) or P.SUBNUMBER_DASH_CELL.match(cells[0].folded.strip()):
            # 2.1 / 2.2: rows numbered under a task number are tasks of their own; a second one shares it (under a
            # group row numbered so, 1 安全生产 ⏎ 1.1 ⏎ 1.2, they are its tasks, numbered in turn)
            task_id = next_id if groups and groups[-1].number == int(sub["num"]) else int(sub["num"])
            if task_id < next_id:
                mark = "." if "." in cells[0].folded else "-"  # (2.1, or 2-1)
                message = f"a row numbered {sub['num']}{mark}{sub['sub']}, read as a task sharing number {task_id}"
                warnings.append(Warning("row-number-shared", line.number, message))
        elif (
            tabbed
            and next_id > 1
            and ((not cells[0].text and len(cells) > 1 and cells[1].text) or len(cells) == len(roles) - 1)
        ):
            # a row under the 序号 cell merged with the row above (its empty cell kept, or lost with the
            # line's leading tab): a task of its own
            task_id = next_id - 1
            if cells[0].text:
                cells = [_Cell("", 0, 0, ""), *cells]
            message = f"a row with no 序号 of its own, read as a task sharing number {task_id} with the row above"
            warnings.append(Warning("row-number-shared", line.number, message))
        elif (
            next_id > 1
            and (tabbed or _spaced_measure_row(cells, roles))
            and (merged := _merged_problem_cells(cells, roles, names, above, 1))
        ):
            # a problem spanning several measure rows of a rectification list: its 序号 and 存在问题 cells (and
            # maybe its units) merged down them, lost with the line's leading tabs; a task of its own, for the
            # problem above
            task_id = next_id - 1
            cells = [_Cell("", 0, 0, ""), *merged]
            message = f"a row with no 序号 or problem of its own, read as another measure for problem {task_id} above"
            warnings.append(Warning("row-number-shared", line.number, message))
        else:
            return None
        roles, cells = roles[1:], cells[1:]
        if not cells:
            warnings.append(Warning("row-incomplete", line.number, f"task {task_id} row has its number and no cells"))
            return None
    elif (
        tabbed
        and len(roles) > 2
        and roles[0] == "category"
        and roles[1] == "number"
        and len(cells) == len(roles)
        and (group_number := P.NUMBER_CELL.fullmatch(cells[1].folded.strip()))
    ):
        # 类别 / 序号 / 工作任务 / …: the row's own 序号 after its category cell (filled, or merged above and left
        # empty), kept where each group numbers its rows from 1 again (the ids made unique later, with a warning)
        task_id = int(group_number["num"])
        roles, cells = [roles[0], *roles[2:]], [cells[0], *cells[2:]]
    elif (
        tabbed
        and len(cells) > 1
        and (len(cells) > len(roles) or roles[0] == "task")
        and (number_cell := P.NUMBER_CELL.match(cells[0].folded))
    ):
        # a header that names no 序号 (its cell merged away or left blank) over rows whose first cell is a bare
        # number: the row's number, never the task's text
        task_id = int(number_cell["num"])
        cells = cells[1:]
    elif item := P.ITEM.match(cells[0].folded):
        task_id = int(item["num"])
        label_end = item.start("rest")
        if _category_cell_lost(cells, roles):
            roles = roles[1:]
            cells = cells[:-1] if len(cells) > len(roles) else cells  # (its empty last cell, a bar added)
    elif tabbed and next_id > 1 and (merged := _merged_problem_cells(cells, roles, names, above, 0)):
        # a table with no 序号 whose problem cell is merged down its measure rows: a row of its own, counted
        cells, task_id, counted = merged, next_id, True
    elif _unnumbered_row(line, cells, roles) or _spaced_unnumbered_row(line, cells, roles):
        task_id = next_id  # a table without a 序号 column: its rows are counted
        counted = True
    else:
        return None
    if task_id < 1:  # 0.: no task is numbered 0 (the row is warned as not understood)
        return None
    if not tabbed:
        placed = (header_lines, written_names)
        own = names[len(names) - len(roles) :] if len(names) == len(columns) >= len(roles) else []
        cells = _list_mark_joined(cells, roles)
        cells = _spaced_row_cells(cells, roles, line.number, task_id, warnings, line.text, placed, own)
    if (
        roles[0] == "due"
        and tabbed
        and len(cells) == len(roles) - 1
        and above.get("due")
        and not P.DUE_CELL.search(cells[0].folded)
    ):  # 月份 / 工作内容 / 责任股室: a deadline cell merged down the rows of its month, lost with the line's leading tab
        cells = [_Cell("", 0, 0, ""), *cells]
    # The task column absorbs extra cells (text with spaces in it); a missing
    # date is allowed; any other shortfall means the table stopped mid-row.
    if (
        "due" in roles
        and roles[-1] in _TRAILING_OPTIONAL
        and len(cells) < len(roles)
        and roles.index("due") < len(cells)
        and P.DUE_CELL.search(cells[roles.index("due")].folded)
    ):  # the deadline in its column, the row short by its empty last remarks (备注) or leader (责任领导) cell, lost
        # with the line's end
        while len(cells) < len(roles) and roles[-1] in _TRAILING_OPTIONAL:
            roles.pop()
    if tabbed and _trailing_cells_lost(cells, roles):
        # 完成时限 before the task (序号 / 完成时限 / 工作任务 / 牵头单位 / 配合单位): the row's deadline stands in its
        # column, so the cells it is short by are its last ones, empty and lost with the line's end
        cells = [*cells, *(_Cell("", 0, 0, "") for _ in range(len(roles) - len(cells)))]
    if "due" in roles and len(cells) < len(roles) and not P.DUE_CELL.search(cells[-1].folded):
        warnings.append(Warning("task-without-date", line.number, f"task {task_id} has no completion date"))
        roles = [r for r in roles if r != "due"]
    while len(cells) < len(roles) and roles[-1] == "other":
        roles.pop()  # an empty last column of remarks (备注)
    while (
        len(cells) < len(roles)
        and "category" in roles[: roles.index("task") if "task" in roles else 0]
        and not _group_cell_kept([c.folded for c in cells], roles, roles.index("category"))
    ):
        roles.remove("category")  # a category cell merged over several rows is written on the first only
    if _empty_cells_after_task_lost(cells, roles):
        # 序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 over a row of task | units | deadline: the empty
        # 细化分工 cell was dropped by the scrape; the cells after the task's stand in the last columns
        # (each empty cell placed where the task's ends: the row's text runs from the task's cell to the last
        # cell before the units, and an empty cell at the line's start would cut it to nothing)
        lost = len(roles) - len(cells)
        at = roles.index("task") + 1
        end = cells[at - 1].end
        cells = [*cells[:at], *(_Cell("", end, end, "") for _ in range(lost)), *cells[at:]]
    complete = len(cells) >= len(roles)
    if not complete:
        warnings.append(
            Warning("row-incomplete", line.number, f"task {task_id} row has {len(cells)} of {len(roles)} cells")
        )
        roles = roles[: len(cells)]
    task_col, last_task, after, several, no_lead_column = _row_columns(tuple(roles))
    text_cells = cells[task_col : len(cells) - after]
    if not text_cells or not text_cells[0].text:  # a number alone, or an empty task cell: no task
        return None
    if counted and (item := P.ITEM.match(text_cells[0].folded)) and int(item["num"]) == task_id:
        label_end = item.start("rest")  # 2.加强…: the task cell opens with the number the row is counted as
    unaligned = _units_cell_in_task_text(tabbed, complete, text_cells, roles, last_task, header_lines)
    if unaligned:
        # 序号 | 整治任务 | 责任单位 | 完成时限 over rows of five cells: a sub-column of the units (主抓 | 协作配合 under
        # 责任单位) the header's second row names in words the parser does not know; which cell is whose cannot be
        # told, so no unit is read, with a warning
        text_cells = text_cells[:-1]
        message = (
            f"task {task_id}: the row has more cells than the header has columns and the one before the units "
            f"reads as units; the columns do not line up, no unit is read: {cells[task_col + len(text_cells)].text[:30]}"
        )
        warnings.append(Warning("row-cells-unaligned", line.number, message))
    text = line.text[text_cells[0].start + label_end : text_cells[-1].end].strip()
    if len(text_cells) > 1 and "\t" in text and roles.count("task") == 1:
        # one task column, its cell the scrape wrapped over lines (建设高标准农田3万亩， ⏎ 配套建设…): the lines
        # join as written, with no space between Chinese
        text = _WRAP_IN_CHINESE.sub(_wrap_joined, text)
        text = regex.sub(r"\s*\t\s*", " ", text)
    elif len(text_cells) > 1 and "\t" in text:  # an item's name and its content: two cells, one text
        text = regex.sub(r"\s*\t\s*", " ", text)
    assignment = Assignment()
    marked: list[str] = []  # the units of a cell that marks its lead, in the cell's order
    raw_pairs = list(zip(roles[last_task + 1 :], cells[len(cells) - after :], strict=True))
    if any(_numbered_item(c.folded) for r, c in raw_pairs if r in _UNIT_COLUMNS):
        return None  # 3、开展比赛 where the units cell stands: a numbered list after the table, no row of it
    if task_col and complete:  # 序号 / 责任单位 / 责任人 / 考核指标 / …: units, leaders and deadline columns before
        # the task's (序号 / 完成时限 / 工作任务 / 牵头单位: the deadline is read wherever its column stands)
        raw_pairs[:0] = [
            (r, c)
            for r, c in zip(roles[:task_col], cells[:task_col], strict=True)
            if r in _UNIT_COLUMNS or r in ("leaders", "due")
        ]
    if unaligned:
        raw_pairs = [(r, c) for r, c in raw_pairs if r not in _UNIT_COLUMNS]
    raw_pairs = _shifted_units(raw_pairs, line.number, task_id, warnings)
    filled = _filled(raw_pairs, above, tabbed, line.number, task_id, warnings)
    if (
        "other" in roles
        and not any(r in _UNIT_COLUMNS for r in columns)
        and any(r == "other" and c.text and _reads_as_units(c.folded) for r, c in raw_pairs)
    ):  # a column the header names in words the parser does not know holds units
        message = f"task {task_id}: a cell of a column the parser does not know reads as units; no unit is read"
        warnings.append(Warning("row-units-unread", line.number, message))
    for role, value, cell in filled:
        if role in ("category", "other", "number", "task"):
            continue  # names no unit
        if role in _UNIT_COLUMNS and _sentence_not_units(cell.folded):
            # 实施某路改造工程。 / 2月开工，年内完成。 under 责任单位: a sentence the cells' shift put there, no unit
            message = f"task {task_id}: a units cell holding a sentence, no unit's name; no unit is read: {value[:30]}"
            warnings.append(Warning("row-units-unsure", line.number, message))
            continue
        if role in _UNIT_COLUMNS and _units_and_due(written_names.get(role, "")) and (cut := _due_split_off(value)):
            value, due_text = cut  # 责任单位及完成时限: 县林业局，2025年3月底前
            assignment.add("due", _due_without_verb(due_text), due_text)
        as_written = f"{cell.text}（{value}）" if cell.text and cell.text != value else value  # 同上（县水务局）
        written = f"{written_names.get(role, role)}：{as_written}" if several and role != "due" else as_written
        if role in _UNIT_COLUMNS and (segments := _labelled_segments(value, role)) is not None:
            for segment_role, segment, segment_written in segments:  # 牵头：县应急局；配合：县工信局
                assignment.add(segment_role, _spaced_units(segment), segment_written)
            if not segments:
                message = f"task {task_id}: a units cell whose role labels name no unit: {value[:30]}"
                warnings.append(Warning("cell-labels-without-units", line.number, message))
            continue
        if role == "due":
            value = _due_without_verb(value)
        elif role in _UNIT_COLUMNS:
            value = _spaced_units(value)
        if role == "departments" and no_lead_column and (joined := joined_cell(value) or _duty_then_partners(value)):
            # 县民政局会同县财政局, 县税务局负责，各乡镇人民政府配合: read as the same words in prose
            assignment.add("lead", joined[0], written)
            assignment.add("partners", joined[1], written)
            if assignment.raw[-2:] == [written, written]:
                assignment.raw.pop()  # one cell names both roles: it is written once
            continue
        if role == "lead" and _marks_lead(value):
            # 消防救援站（牵头）、各平台公司 in a lead cell: the units not marked as lead are its partners (no second
            # lead); in a 责任单位 cell they stay responsible, neither lead nor partner
            role = "partners"
            marked = [(unit_role(unit) or (unit, ""))[0] for unit in split_units(value)]
        assignment.add(role, value, written)
    if len(text_cells) > 1 and "due" not in roles and (due := P.TARGET_CELL_DUE.match(text_cells[-1].folded)):
        # a target cell (目标任务) opening with its deadline (2021年2月底前,群众…), no deadline column: its deadline
        assignment.add("due", text_cells[-1].text[: due.end("due")], text_cells[-1].text[: due.end("due")])
    if complete and assignment.due is None and "due" not in columns and (in_text := _deadline_in_task_cell(text)):
        assignment.add("due", in_text, in_text)  # no deadline column: the date the task's text sets (6月底前实现…)
    elif (
        complete
        and assignment.due is None
        and "due" not in columns
        and not any("目标" in name for name in names)
        and (target := _target_year_in_task_cell(text))
    ):  # 到2020年，全市用水总量…: the year the task's target is set for (a table with a target column, 目标任务,
        # holds its goals there, their years no deadline)
        assignment.add("due", target, target)
    if "other" in roles:  # (problem and value cells are in columns of no role the parser reads: most tables have none)
        problem, values = _problem_text(cells, columns, roles, names), _values_written(cells, columns, roles, names)
        text = f"{problem} {text}{values}" if problem else f"{text}{values}"
    _keep_problems(cells, columns, roles, names, above)
    group = groups[-1] if groups else None
    under = _path_under(group.number if group else None, subgroup.number if subgroup else None)
    path = f"{under}/{task_id}" if under else str(task_id)
    task = assignment.task(
        due=assignment.due,
        id=task_id,
        text=text,
        line=line.number,
        path=path,
        source="annex",
        group=group.number if group else None,
        subgroup=subgroup.number if subgroup else None,
    )
    if marked:  # 州住建局、州自然资源局（牵头）: the departments in the order the cell names them
        rank = {name: i for i, name in enumerate(marked)}
        task = replace(task, departments=tuple(sorted(task.departments, key=lambda d: rank.get(d, len(rank)))))
    elif task.lead and task.departments[: len(task.lead)] != task.lead and _lead_after_units(roles):
        # 责任单位 | 牵头单位: the units cell lists the lead among the others; the lead comes first
        rest = tuple(d for d in task.departments if d not in task.lead)
        task = replace(task, departments=(*task.lead, *rest))
    return task


def _units_cell_in_task_text(
    tabbed: bool,
    complete: bool,
    text_cells: list[_Cell],
    roles: Sequence[str],
    last_task: int,
    header_lines: Sequence[str] = (),
) -> bool:
    """Whether a tab row's task text absorbed a cell of units: the row has more cells than its header has columns
    (its one task column taking the extra ones), the last of them right before a units column reads as units
    and the first is task text, no unit. (A two-line header whose second row names the sub-columns of 责任单位
    in words the parser does not know leaves the lead's cell there.) Only where the row cannot be aligned
    otherwise: a header of one line with no empty cell lines up with the row's last cells from the right (units,
    deadline), the extra cell being task detail (重点排查县第一中学、县实验小学 | 县教育局 | 5月底前); and only
    where the extra cell is a clean list of units (never 联合县市场监管局)."""
    if not tabbed or not complete or len(text_cells) < 2 or roles.count("task") != 1:
        return False
    if len(header_lines) < 2 and not any("\t\t" in h.strip("\t") for h in header_lines):
        return False  # (序号 | 重点任务 | 责任单位 | 完成时限 over 1 | 整治… | 各乡镇人民政府 | 县公安局 | 6月底前)
    pieces = [p for p in text_cells[-1].folded.replace(",", "、").split("、") if p.strip()]
    if not pieces or any(
        p.strip().startswith(P.UNIT_OPENING_WORDS) or not _unit_like(_without_role_mark(p.strip())) for p in pieces
    ):
        return False  # (联合县市场监管局, 重点排查…: no clean list of units)
    if last_task + 1 >= len(roles) or roles[last_task + 1] not in _UNIT_COLUMNS:
        return False
    first, last = text_cells[0].folded, text_cells[-1].folded
    return bool(last) and _reads_as_units(last) and not _reads_as_units(first)


class _RowColumns(NamedTuple):
    """Where a row's task cells stand among its roles and what its other cells are: the first and the last task
    column (the first column where none is the task's), how many columns follow the last, whether the row has
    more than one units column (each units cell is then written with its column's name) and whether it has
    neither a lead nor a partners column."""

    task_col: int
    last_task: int
    after: int
    several: bool
    no_lead_column: bool


@lru_cache(maxsize=64)  # (worked out once for each table's roles, not for each of its rows)
def _row_columns(roles: tuple[str, ...]) -> _RowColumns:
    task_col = roles.index("task") if "task" in roles else 0
    last_task = len(roles) - 1 - roles[::-1].index("task") if "task" in roles else task_col
    return _RowColumns(
        task_col,
        last_task,
        len(roles) - last_task - 1,
        sum(map(_UNIT_COLUMNS.__contains__, roles)) > 1,
        "lead" not in roles and "partners" not in roles,
    )


def _numbered_item(folded: str) -> bool:
    """A cell that is a numbered item (3、开展比赛, P.ITEM) and no list of units. ITEM opens with its number:
    a cell opening otherwise is not tried (nearly all units cells). (Its \\d also holds the digits of Unicode
    versions newer than this Python's, which str.isdigit does not know: all of them past U+FFFF.)"""
    first = folded[:1]
    return (first.isdigit() or first > "\uffff") and P.ITEM.match(folded) is not None and not _reads_as_units(folded)


@lru_cache(maxsize=256)  # (the rows of a group share it)
def _path_under(group: int | None, subgroup: int | None) -> str:
    """The numbering path of a group and its sub-group, a task's path before its number: 一/（二）."""
    numbers = (
        int_to_cn(group) if group is not None else "",
        f"（{int_to_cn(subgroup)}）" if subgroup is not None else "",
    )
    return "/".join(x for x in numbers if x)


def _empty_cells_after_task_lost(cells: list[_Cell], roles: Sequence[str]) -> bool:
    """Whether a row short of cells lost empty cells of columns of no role standing between its task and its
    units (细化分工, 具体措施 left blank and dropped by the scrape; a second task column's too): its last cell is a date in the last column,
    the deadline's, and the cells before it, down to the task's, read as units where their columns, counted
    from the right, hold units. A row whose cell before the date reads as no unit stays short, warned."""
    lost = len(roles) - len(cells)
    if lost <= 0 or not roles or roles[0] != "task" or roles[-1] != "due" or len(cells) < 3:
        return False
    if any(role not in ("other", "task") for role in roles[1 : 1 + lost]):
        return False
    if not P.DUE_CELL.search(cells[-1].folded):
        return False
    right = list(zip(roles[len(roles) - len(cells) + 1 :], cells[1:], strict=True))
    if any(role not in _UNIT_COLUMNS for role, _ in right[:-1]):
        return False  # a leaders (责任领导) or other column among them: which cell was dropped cannot be told
    return all(_names_units(cell.folded) and not _work_named_as_units(cell.folded) for _, cell in right[:-1])


# a measure's cell opening with the work it sets up, ending as a unit's name does: 设立政务服务中心, 组建工作专班,
#   建设乡镇综合文化站, 配齐村卫生室 (not 建设局, 建设银行某支行: units)
_SETUP_WORK = compile_regex(
    r"^(?:成立|组建|设立|建立|新建|建成|筹建|改扩建|扩建|修建|配齐|配备|打造|培育|创建|争创|引进"
    r"|建设(?!局|厅|委|银行|兵团|集团|公司))\p{Han}"
)


def _work_named_as_units(folded: str) -> bool:
    """Whether a cell read as units names work (举办招商推介会, 新建社区服务中心, 设立政务服务中心): a measure's
    cell, whatever its ending, no unit's."""
    pieces = [P.CELL_ROLE_VERB_END.sub("", fold(piece)).strip() for piece in split_units(folded)] or [folded]
    return any(
        P.WORK_NAMED_AS_UNIT.match(piece)
        or _SETUP_WORK.match(piece)
        or (P.NOT_A_UNIT.search(piece) and not bundled_name(piece))
        for piece in pieces
    )


def _trailing_cells_lost(cells: list[_Cell], roles: Sequence[str]) -> bool:
    """Whether a tab row short of cells lost its last ones: its deadline column stands before its last cell
    and holds a date there, its 序号 column a number, and its last cell is no date (a row whose deadline
    column comes last and is empty reads as a row without a date)."""
    if len(cells) >= len(roles) or "due" not in roles or P.DUE_CELL.search(cells[-1].folded):
        return False
    due = roles.index("due")
    if due >= len(cells) - 1 or not P.DUE_CELL.search(cells[due].folded):
        return False
    return "number" not in roles[: len(cells)] or P.NUMBER_CELL.match(cells[roles.index("number")].folded) is not None


_PARTNER_VERBS = ("配合", "协助", "参与", "协同")


def _duty_then_partners(value: str) -> tuple[str, str] | None:
    """县税务局负责，各乡镇人民政府配合 -> (县税务局, 各乡镇人民政府): a units cell of two clauses, the first units
    and 负责 (maybe its work after it, 负责组织), the second units closed by a partner's verb (配合, 协助, 参与, 协同), read as the same words in prose are
    (X负责，Y配合: X lead, Y partners); None for any other cell (县税务局负责 alone: responsible, no lead)."""
    folded = fold(value)
    if "负责" not in folded or folded.count(",") != 1:
        return None
    first, second = (piece.strip() for piece in value.split("，" if "，" in value else ",", 1))
    if (duty := first.find("负责")) <= 0 or first[:duty].endswith(("分别", "共同")):
        return None  # (县工信局负责组织，…: the units before 负责, the work after it; 分别负责: no one lead)
    verb = next((v for v in _PARTNER_VERBS if second.endswith(v)), None)
    if verb is None:
        return None
    leads, partners = split_units(first[:duty]), split_units(second.removesuffix(verb))
    if not leads or not partners or not all(_unit_like(fold(u)) for u in (*leads, *partners)):
        return None
    return "、".join(leads), "、".join(partners)


def _category_cell_lost(cells: Sequence[_Cell], roles: Sequence[str]) -> bool:
    """类别 / 事项名称 / … over a row opening with its numbered item (14.改扩建…) and short by a cell (or its last
    cell empty, a bar the page added at its end): the category cell was merged down the rows (or read as their
    heading), so the cells start at the task's column; never where the next cell is numbered too (1.稳增长 /
    1.推进…: a category and its task)."""
    return (
        len(roles) > 2
        and roles[0] == "category"
        and roles[1] == "task"
        and len(cells) > 1
        and (len(cells) < len(roles) or (len(cells) == len(roles) and not cells[-1].text))
        and P.ITEM.match(cells[0].folded) is not None
        and P.ITEM.match(cells[1].folded) is None
    )


def _category_cell_restored(cells: list[_Cell], roles: Sequence[str]) -> list[_Cell]:
    """The cells of a row under 领域 / 序号 / … that open with its 序号, one short: the category cell merged
    down its rows (or read as their heading, 一、经济发展) was lost with the line's leading tab, and is put
    back empty, so the row's cells start at their columns."""
    if (
        len(roles) > 2
        and roles[0] == "category"
        and roles[1] == "number"
        and len(cells) == len(roles) - 1
        and P.NUMBER_CELL.fullmatch(cells[0].folded.strip())
    ):
        return [_Cell("", 0, 0, ""), *cells]
    return cells


def _cells_not_kept(cells: list[_Cell], columns: tuple[str, ...], names: list[str]) -> list[str]:
    """The names of a row's columns the parser does not read (联系电话, 二季度进展情况, 备注) whose cells hold
    text: no task keeps it. A value column (年度目标, 完成情况) and a second due column (进度安排) are kept
    in the task's text (see _values_written); a row whose cells do not line up with the columns is not
    asked."""
    if "other" not in columns:
        return []  # (only a column of no role the parser reads is asked: most tables have none)
    cells = _category_cell_restored(cells, columns)
    if len(cells) != len(columns) or len(names) != len(columns):
        return []
    no_units = not any(r in _UNIT_COLUMNS for r in columns)  # units there are warned by row (row-units-unread)
    return [
        name
        for cell, role, name in zip(cells, columns, names, strict=True)
        if role == "other"
        and cell.text.strip()
        and not (no_units and _reads_as_units(cell.folded))
        and not _value_column(_without_qualifier(name))
        and name not in P.PROBLEM_COLUMNS
        and P.COLUMN_ROLES.get(name) != "due"
    ]


def _warn_not_kept(not_kept: dict[str, None], line: int, warnings: list[Warning]) -> None:
    """One warning for a table whose columns the parser does not read hold text, naming them."""
    if not_kept:
        message = f"cells of columns the parser does not read are not kept: {'、'.join(not_kept)[:60]}"
        warnings.append(Warning("column-not-kept", line, message))


def _row_offset(cells: list[_Cell], columns: tuple[str, ...], roles: list[str], names: list[str]) -> int | None:
    """Where a row's cells start among the table's columns (after the 序号 cell, read before), or None when
    the row has no cell of a column of no role the parser reads (most tables have none), has no task cell, or
    its cells do not line up with the columns."""
    if "other" not in roles:
        return None
    offset = len(columns) - len(roles)  # the 序号 cell, read before
    if offset > 1 and columns[0] == "number" and roles == list(columns[1 : 1 + len(roles)]):
        offset = 1  # the row's last cells, its deadline or remark, are empty (see task-without-date)
    if (
        len(cells) != len(roles)
        or roles != list(columns[offset:][: len(roles)])
        or len(names) != len(columns)
        or "task" not in roles
    ):
        return None
    return offset


def _problem_text(cells: list[_Cell], columns: tuple[str, ...], roles: list[str], names: list[str]) -> str:
    """The problem cells of a rectification list's row (存在问题 before 整改措施), to open the task's text in
    the columns' order: the problem the measure is for, read before it as two task columns are; empty where
    the table has none."""
    if (offset := _row_offset(cells, columns, roles, names)) is None:
        return ""
    first_task = roles.index("task")
    return " ".join(
        cells[i].text.strip()
        for i in range(first_task)
        if roles[i] == "other" and names[offset + i] in P.PROBLEM_COLUMNS and cells[i].text.strip()
    )


def _values_written(cells: list[_Cell], columns: tuple[str, ...], roles: list[str], names: list[str]) -> str:
    """The value cells of an assessment list's row (单位, 年度目标, 评分部门), kept after the task's text as
    written with their column names: （单位：%；年度目标：≥6%；评分部门：市统计局）. They name no unit of the
    task and no deadline, but they are the row's measure and target; empty where the table has none."""
    if (offset := _row_offset(cells, columns, roles, names)) is None:
        return ""
    last_task = len(roles) - 1 - roles[::-1].index("task")
    after = names[offset + last_task + 1 : offset + len(roles)]
    values = [
        f"{name}：{cell.text.strip()}"
        for role, name, cell in zip(roles[last_task + 1 :], after, cells[last_task + 1 :], strict=True)
        if role == "other"
        and (
            _value_column(_without_qualifier(name)) or P.COLUMN_ROLES.get(name) == "due"
        )  # 进度安排 (see _one_deadline)
        and cell.text.strip()
        # 完成情况：/ (or —, 无): a progress cell saying it is empty adds nothing (a measure's 单位：- is kept)
        and not (P.EMPTY_CELL.match(cell.folded.strip()) and not name.endswith("单位"))
    ]
    return f"（{'；'.join(values)}）" if values else ""


def _problem_columns(columns: Sequence[str], names: Sequence[str]) -> list[int]:
    """The columns of a rectification list's problems (存在问题, 问题表现) before its task column."""
    first_task = columns.index("task") if "task" in columns else 0
    return [i for i in range(first_task) if columns[i] == "other" and i < len(names) and names[i] in P.PROBLEM_COLUMNS]


def _keep_problems(
    cells: list[_Cell], columns: tuple[str, ...], roles: list[str], names: list[str], above: dict[str, str] | None
) -> None:
    """Keep a row's problem cells for the rows under it that share them (their cells merged down)."""
    if above is None or "other" not in columns or len(names) != len(columns):
        return  # (a problem column is one of no role the parser reads: most tables have none)
    offset = len(columns) - len(roles)
    for i in _problem_columns(columns, names):
        if 0 <= i - offset < len(cells) and cells[i - offset].text.strip():
            above[f"problem:{i}"] = cells[i - offset].text.strip()


def _spaced_measure_row(cells: list[_Cell], roles: list[str]) -> bool:
    """A row a space separates, short by its 序号 and problem cells: the measure (no unit's name), then a
    cell for each units column that reads as units, then its deadline."""
    units = [r for r in roles if r in _UNIT_COLUMNS]
    return (
        len(cells) == 2 + len(units)
        and roles[-1] == "due"
        and not _reads_as_units(cells[0].folded)
        and all(_reads_as_units(c.folded) for c in cells[1:-1])
    )


def _filled_cells(cells: list[_Cell]) -> list[_Cell]:
    """A row's cells from its first with text (the empty ones before it are merged cells)."""
    first = next((i for i, cell in enumerate(cells) if cell.text.strip()), len(cells))
    return cells[first:]


def _merged_problem_cells(
    cells: list[_Cell], roles: list[str], names: list[str], above: dict[str, str] | None, start: int
) -> list[_Cell] | None:
    """The cells after 序号 of a row that shares its problem with the rows above it, the problem's cells
    taken from above: a row short by exactly its 序号 and the problem columns right after it (序号 / 存在问题 /
    整改措施 / 责任单位 / 整改时限 with 整改措施 / 责任单位 / 整改时限 alone), its last cell a deadline, or short by
    its units and leaders cells too (整改措施 / 整改时限 alone: those cells left empty, to be filled from the row
    above as merged cells are); None when it is no such row. start is 1 where the table has a 序号 column (its
    cell is not among those returned), else 0."""
    problems = _problem_columns(roles, names)
    cells = _filled_cells(cells)  # (| | | 建立…清单 | …: the merged cells kept empty)
    short = len(roles) - len(cells)
    if (
        above is None
        or not problems
        or problems != list(range(start, start + len(problems)))
        or not cells
        or not P.DUE_CELL.search(cells[-1].folded)
        or any(f"problem:{i}" not in above for i in problems)
    ):
        return None
    kept = [_Cell(above[f"problem:{i}"], 0, 0, fold(above[f"problem:{i}"])) for i in problems]
    if short == start + len(problems):
        return [*kept, *cells]
    between = roles[start + len(problems) + 1 : -1]  # the columns between the measure and the deadline
    if (
        len(cells) == 2
        and roles[start + len(problems)] == "task"
        and roles[-1] == "due"
        and between
        and all(role in _UNIT_COLUMNS or role == "leaders" for role in between)
        and any(above.get(role) for role in between)
    ):
        return [*kept, cells[0], *(_Cell("", 0, 0, "") for _ in between), cells[1]]
    return None


def _without_qualifier(name: str) -> str:
    """A column name without the qualifier a header wrote after it (进展情况(7月) -> 进展情况)."""
    return name[: name.index("(")] if name[-1:] == ")" and "(" in name else name


def _lead_after_units(roles: Sequence[str | None]) -> bool:
    """Whether a table's lead column comes after its 责任单位 column (责任单位 | 牵头单位)."""
    return "departments" in roles and "lead" in roles and roles.index("departments") < roles.index("lead")


def _deadline_in_task_cell(text: str) -> str | None:
    """The deadline a task cell sets when the table has no deadline column: its one date by which the
    work is done (6月底前实现…, 年内上线…). None where the cell names several dates (a plan of stages:
    3月底前…；6月底前…) or only a target year (到2025年, the horizon of a goal, not a deadline)."""
    if "前" not in text and "年内" not in text:
        return None
    folded = fold(text)
    cited = cited_spans(folded)  # (a date in 《…》 is the cited document's)
    found = [
        m
        for m in P.DEADLINE.finditer(folded)
        if not P.BARE_RECURRENCE.match(m.group()) and not (cited and in_cited(m, cited))
    ]
    if len(found) != 1 or not (found[0].group().endswith("前") or found[0].group() == "年内"):
        return None
    return text[found[0].start() : found[0].end()]


def _target_year_in_task_cell(text: str) -> str | None:
    """The year a task cell sets its target for when the table has no deadline column (nor a target column) and
    the cell names no date by which the work is done (到2020年，全市用水总量控制在…): 到2020年, as a target year in
    a task's prose is read. None where the cell names two target years (到2020年…，到2030年…) or the prose reads another date."""
    folded = fold(text)
    years = {m["year"] for m in P.TARGET_YEAR_IN_TEXT.finditer(folded)}
    if len(years) != 1:
        return None
    found = deadline_in_prose(text)
    if found is None or (target := P.TARGET_YEAR_IN_TEXT.match(fold(found))) is None or target["year"] not in years:
        return None
    return found


def _labelled_segments(cell: str, role: str) -> list[tuple[str, str, str]] | None:
    """A units cell that labels its own roles, 牵头：县应急局；配合：县工信局、县消防大队 (a first segment with no
    label, 县应急局；配合：县工信局, keeps the column's role): each segment with units as (role, units,
    segment as written), an empty list when its labels name no unit; None when the cell labels no role."""
    if ":" not in (folded := fold(cell)) and "〔" not in folded:
        return None
    starts = [(m.start(), m.end(), P.LABEL_ROLES[m["label"]]) for m in P.LABEL_ANYWHERE.finditer(folded)]
    if not starts:
        # 〔牵头〕 alone: a label naming no unit (LABEL_ANYWHERE reads a bracket closing the cell as a unit's mark)
        return [] if P.LABEL_ALONE.match(folded.strip()) else None
    before = folded[: starts[0][0]].rstrip()
    if before and before[-1:] not in ";,":
        return None  # 县财政局配合单位：… or a label inside a name: not a cell of labelled segments
    out = []
    if before:
        out.append((role, cell[: len(before) - 1].strip(), cell[: len(before) - 1].strip()))
    for (start, end, label_role), (following, _, _) in zip(starts, [*starts[1:], (len(cell), 0, "")], strict=True):
        units = cell[end:following].strip().rstrip(";；,，、 \t\n")
        if units:
            out.append((label_role, units, cell[start:following].strip().rstrip(";；,，、 \t\n")))
    return out


def _spaced_units(cell: str) -> str:
    """A units cell whose units a space separates, written with 、 between them: 县财政局 县卫健委 ->
    县财政局、县卫健委. A space separates two units only after a word that ends as a unit's name does
    (a role mark after it aside: 县财政局（牵头） 县卫健委), or after a name opening with its level before
    another that does (市广播电视台 市地震局), and before words that end so too: in 各乡镇人民政府 县公路
    养护中心 the units are 各乡镇人民政府 and 县公路 养护中心. A name spaced a character at a time (县 司 法 局) is one."""
    tokens = cell.split()
    if len(tokens) < 2 or letter_spaced(cell):
        return cell
    names: list[list[str]] = [[]]
    levels = (*P.LEVELS, "各")
    for token, after in zip(tokens, [*tokens[1:], ""], strict=True):
        names[-1].append(token)
        # 市广播电视台 市地震局: a name opening with its level, before another that does, is whole (台 aside)
        whole = len(token) >= 3 and fold(token)[:1] in levels and fold(after)[:1] in levels
        # 市住房城乡 建设局（牵头）: a name the registry knows that a space cut after a word ending as a unit's (乡)
        cut = bool(after) and bundled_name(_without_role_mark(fold(token + after)))
        if not cut and (whole or _unit_like(_without_role_mark(fold(token)))):
            names.append([])
    if not names[-1]:
        names.pop()
    elif len(names) > 1:
        names[-2].extend(names.pop())  # words after the last unit's name stay with it
    return "、".join(" ".join(name) for name in names)
