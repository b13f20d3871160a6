"""Units an annotation's closing remark gives to its task and every later one (`…。各街道办事处、镇人民政府均须落实
属地责任，下同`): independent readers add them to the departments of that task and of each task after it, neither
lead nor partner, as units for every task are added (every_task_units). The remark, which the annotation's reader
leaves out of its roles and warns `remark-for-later-tasks`, is then read: the warning gives way to an info
(`units-for-later-tasks-given`) naming the tasks it reached. A remark naming no unit's name (相关部门, 各有关单位)
stays warned."""

from __future__ import annotations

from dataclasses import replace

from .. import patterns as P
from ..decode import fold
from ..departments import has_ending, split_units
from ..models import Task, Warning
from .lines import SourceLine


def units_for_later_tasks(
    tasks: list[Task], content: list[SourceLine], remark_lines: set[int]
) -> tuple[list[Task], list[Warning], set[int]]:
    """The tasks with the units each 下同 remark adds, an info for each remark read, and the lines of those remarks
    (their remark-for-later-tasks warnings are dropped by the caller)."""
    warnings: list[Warning] = []
    read: set[int] = set()
    for line in content:
        if line.number not in remark_lines or ("下同" not in line.folded and "后同" not in line.folded):
            continue
        found = P.UNITS_FOR_LATER_TASKS.search(line.folded)
        if found is None:
            continue
        # (the units as written, not folded: brackets stay full-width; folding keeps offsets)
        units = split_units(line.text[found.start("units") : found.end("units")].strip())
        if not units or not all(has_ending(u) for u in units):
            continue
        units = tuple(u for u in units if not P.UNIT_REFERENCE.match(fold(u)))
        if not units:
            continue
        reached: list[int] = []
        for at, task in enumerate(tasks):
            if task.line < line.number:
                continue
            known = {fold(d) for d in task.departments}
            added = tuple(u for u in units if fold(u) not in known)
            if added:
                tasks[at] = replace(task, departments=(*task.departments, *added))
            reached.append(task.line)
        if reached:
            read.add(line.number)
            shown = "、".join(units)
            where = f"given to the tasks at lines {', '.join(map(str, reached))}"
            warnings.append(Warning("units-for-later-tasks-given", line.number, f"{shown} (下同): {where}"))
    return tasks, warnings, read
