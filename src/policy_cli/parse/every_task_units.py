"""Units a notice names once for every task, beside those each task names: 表中所列任务，各乡镇人民政府均为责任单位，
表中不再逐项列出 in a cover, or 各乡镇人民政府对辖区内…负属地管理责任，以上各项任务涉及本辖区的，均须同步落实 after the
last block. Those units are responsible for each task the sentence names (the table's rows for 表中, the tasks
before it for 以上 / 上述, every task otherwise), after the task's own units, neither lead nor partner. The
sentence is told as info (`units-for-every-task-given`) with the lines of the tasks it reached."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import patterns as P
from ..decode import fold
from ..departments import has_ending, split_units
from ..models import Task, Warning
from .lines import SourceLine

_SENTENCE = re.compile(r"[^。]+。?")


def units_for_every_task(tasks: list[Task], content: list[SourceLine]) -> tuple[list[Task], list[Warning]]:
    """The tasks with the units each sentence for every task adds, and an info for each such sentence."""
    warnings: list[Warning] = []
    for line in content:
        if "责任" not in line.folded:
            continue
        for found in _SENTENCE.finditer(line.folded):
            match = P.UNITS_FOR_EVERY_TASK.match(found.group().strip())
            if match is None:
                continue
            units = split_units(match["units"].strip())
            if not units or not all(has_ending(u) for u in units):
                continue
            scope = match["scope"]
            reached: list[int] = []
            for at, task in enumerate(tasks):
                if not _in_scope(task, scope, line.number):
                    continue
                known = {fold(d) for d in task.departments}
                added = tuple(u for u in units if fold(u) not in known)
                if added:
                    tasks[at] = replace(task, departments=(*task.departments, *added))
                    reached.append(task.line)
            if reached:
                shown = line.text[found.start() : found.end()].strip()[:60]
                where = f"given to the tasks at lines {', '.join(map(str, reached))}"
                warnings.append(Warning("units-for-every-task-given", line.number, f"{shown}: {where}"))
    return tasks, warnings


def _in_scope(task: Task, scope: str, line: int) -> bool:
    """Whether the tasks a sentence names (表中所列任务, 以上各项任务, 本方案所列任务) hold this one."""
    if scope.startswith("表"):
        return task.source == "annex"
    if scope.startswith(("以上", "上述")):
        return task.line < line
    return True
