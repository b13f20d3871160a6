"""Units a notice names once for every task, beside those each task names: 表中所列任务，各乡镇人民政府均为责任单位，
表中不再逐项列出 in a cover, or 各乡镇人民政府对辖区内…负属地管理责任，以上各项任务涉及本辖区的，均须同步落实 after the
last block, or 以上各项任务，各县（市、区）人民政府负责在本辖区组织实施. Those units are responsible for each task the sentence names (the table's rows for 表中, the tasks
before it for 以上各项 / 上述所有, those of the block it closes for a block's own closing words 以上任务 / 上述工作,
the tasks after it for 以下各项, those of the block it opens for a block's own 以下任务, every task otherwise), after the
task's own units, neither lead nor partner (partners where its verb is 配合 / 协助 / 协同 / 参与: 表中所列任务，各乡镇人民
政府均须协助落实，不再逐项列出; the units stand first too: 各镇人民政府是本方案各项任务的实施主体); only units' names are added, not a
collective of levels (各级党委政府) nor a reference to roles (各牵头单位, 各有关单位). The sentence is told as info
(`units-for-every-task-given`) with the lines of the tasks it reached."""

from __future__ import annotations

from dataclasses import replace

from .. import patterns as P
from ..decode import fold
from ..departments import has_ending, split_units
from ..models import Task, Warning
from .body import heading_kind
from .lines import SourceLine


def units_for_every_task(tasks: list[Task], content: list[SourceLine]) -> tuple[list[Task], list[Warning]]:
    """The tasks with the units each sentence for every task adds, and an info for each such sentence."""
    warnings: list[Warning] = []
    for line in content:
        if not any(word in line.folded for word in ("责任", "辖区", "行政区域", "主体", "不再")):
            continue  # (every form of P.UNITS_FOR_EVERY_TASK and P.UNITS_FOR_EVERY_TASK_ROLE holds one of them)
        for found in P.SENTENCE.finditer(line.folded):
            sentence = found.group()
            if not _may_name_units_for_every_task(sentence):
                continue
            match = P.UNITS_FOR_EVERY_TASK.match(sentence.strip()) or P.UNITS_FOR_EVERY_TASK_ROLE.match(
                sentence.strip()
            )
            row_note = match is None and (match := P.NOTE_UNITS_FOR_EVERY_ROW.match(sentence.strip())) is not None
            if match is None:
                continue
            partners = match.groupdict().get("role") is not None  # 配合 / 协助 / 参与: partners in every task
            # (the units as written, not folded: 各县（市、区）人民政府 keeps its brackets; folding keeps offsets)
            at = found.start() + len(found.group()) - len(found.group().lstrip())
            units = split_units(line.text[at + match.start("units") : at + match.end("units")].strip())
            if not units or not all(has_ending(u) for u in units):
                continue
            units = tuple(
                u for u in units if not P.UNIT_REFERENCE.match(fold(u)) and not fold(u).startswith(_TABLE_WORDS)
            )  # 各牵头单位, 表中所列单位: no unit's name
            if not units:
                continue
            scope = "表中" if row_note else match["scope"]  # 备注:X负责落实,不再逐项列出: the table's rows
            start = _closed_block(content, line.number) if _block_own(scope) else 0
            if row_note:  # a note under a table: the rows of its own table, after the 附件 heading above it
                start = max((s.number for s in content if s.number < line.number and _annex_heading(s)), default=0)
            end = _opened_block_end(content, line.number) if _block_opened(scope) else None
            reached: list[int] = []
            for at, task in enumerate(tasks):
                if not _in_scope(task, scope, line.number) or task.line < start or (end and task.line >= end):
                    continue
                if row_note and task.line > line.number:
                    continue
                given = units_added(task, units, partners)
                if given is not task:
                    tasks[at] = given
                    reached.append(task.line)
            if reached:
                shown = line.text[found.start() : found.end()].strip()[:60]
                where = f"given to the tasks at lines {', '.join(map(str, reached))}"
                warnings.append(Warning("units-for-every-task-given", line.number, f"{shown}: {where}"))
    return tasks, warnings


def units_added(task: Task, units: tuple[str, ...], partners: bool = False) -> Task:
    """The task with the units it does not name already added to its departments, after its own (the task
    itself where it names them all); to its partners as well for units that partner every task."""
    known = {fold(d) for d in task.departments}
    added = tuple(u for u in units if fold(u) not in known)
    if not added:
        return task
    if partners:
        return replace(task, departments=(*task.departments, *added), partners=(*task.partners, *added))
    return replace(task, departments=(*task.departments, *added))


def _may_name_units_for_every_task(sentence: str) -> bool:
    """Cheap test before UNITS_FOR_EVERY_TASK, which regex runs (a sentence of every line holding 责任, 辖区 or
    行政区域 is asked): each of its forms holds 责任 and 为/是 before it (…均为责任单位) or 属地 (…负属地管理责任),
    or 负责 and 辖区 / 行政区域 (…负责在本辖区组织实施)."""
    return (
        (("责任" in sentence or "主体" in sentence) and ("为" in sentence or "是" in sentence or "属地" in sentence))
        or ("负责" in sentence and ("辖区" in sentence or "行政区域" in sentence))
        or "不再" in sentence
    )


_TABLE_WORDS = ("表中", "表内", "表格中")


def _annex_heading(line: SourceLine) -> bool:
    """附件1 / 附件：a heading opening an annex (a note under a table reaches that table's rows only)."""
    folded = line.folded.strip()
    return P.ANNEX_START.match(folded) is not None or (folded.startswith("附件") and len(folded) <= 40)


def _block_own(scope: str) -> bool:
    """以上任务 / 上述工作: a block's own closing words, not every task's (以上各项任务, 上述所有工作)."""
    return scope.startswith(("以上", "上述")) and P.SCOPE_OF_ALL.match(scope) is None


def _closed_block(content: list[SourceLine], line: int) -> int:
    """The line opening the block a sentence at this line closes: the nearest part or clause heading above it
    (一、, （三）, 第四条; the items and points under it are what the sentence closes), 0 when none."""
    for source in reversed(content):
        if source.number < line and heading_kind(source) in ("part", "clause"):
            return source.number
    return 0


def _block_opened(scope: str) -> bool:
    """以下任务: the words opening a block, not every later task (以下各项任务, 下列所有工作)."""
    return scope.startswith(("以下", "下列")) and P.SCOPE_OF_ALL.match(scope) is None


def _opened_block_end(content: list[SourceLine], line: int) -> int | None:
    """The line ending the block whose opening words stand at this line: the next heading of the kind of the
    nearest heading above them (a part's next part; a clause's next clause or part), None when none."""
    above = next((heading_kind(s) for s in reversed(content) if s.number < line and heading_kind(s)), None)
    ends = ("part",) if above == "part" else ("part", "clause")
    return next((s.number for s in content if s.number > line and heading_kind(s) in ends), None)


def _in_scope(task: Task, scope: str, line: int) -> bool:
    """Whether the tasks a sentence names (表中所列任务, 以上各项任务, 本方案所列任务) hold this one."""
    if scope.startswith("表"):
        return task.source == "annex"
    if scope.startswith(("以上", "上述")):
        return task.line < line
    if scope.startswith(("以下", "下列")):
        return task.line > line
    return True
