"""Units an annotation's closing remark gives to its task and every later one (`…。各街道办事处、镇人民政府均须落实
属地责任，下同`): independent readers add them to the departments of that task and of each task after it (of the
body, or of the annex, where the remark stands), neither lead nor partner, as units for every task are added
(every_task_units). The remark, which the annotation's reader leaves out of its roles and warns
`remark-for-later-tasks` (the warning holds it as written), is then read: the warning gives way to an info
(`units-for-later-tasks-given`) naming the tasks it reached. A remark naming no unit's name (相关部门, 上述单位)
stays warned."""

from __future__ import annotations

from .. import patterns as P
from ..decode import fold
from ..departments import has_ending, split_units
from ..models import Task, Warning
from .every_task_units import units_added
from .inline import LATER_REMARK_MESSAGE


def units_for_later_tasks(tasks: list[Task], remarks: list[Warning]) -> tuple[list[Task], list[Warning], set[int]]:
    """The tasks with the units each 下同 remark (a remark-for-later-tasks warning's) adds, an info for each remark
    read, and the ids of the warnings read (dropped by the caller)."""
    infos: list[Warning] = []
    read: set[int] = set()
    for warning in remarks:
        remark = warning.message.removeprefix(LATER_REMARK_MESSAGE)
        found = P.UNITS_FOR_LATER_TASKS.match(fold(remark)) if "同" in remark else None
        # 以下各项均需各乡镇落实，不再列出: the tasks below its own, not its own
        below = found is None and "不再" in remark and bool(found := P.UNITS_FOR_TASKS_BELOW.match(fold(remark)))
        if found is None:
            continue
        # (the units as written, not folded: brackets stay full-width; folding keeps offsets)
        written = remark[found.start("units") : found.end("units")].strip()
        if P.UNITS_EXCLUDED.search(fold(written)):
            continue  # (县融媒体中心以外的有关单位: units by what they are not; the remark stays warned)
        units = split_units(written)
        if not units or not all(has_ending(u) for u in units):
            continue
        units = tuple(u for u in units if not P.UNIT_REFERENCE.match(fold(u)))
        if not units:
            continue
        # its own task (the last to start at or before the remark's line) and each later one of the same part
        own = max((t for t in tasks if t.line <= warning.line), key=lambda t: t.line, default=None)
        if own is None:
            continue
        reached: list[int] = []
        for at, task in enumerate(tasks):
            if task.source != own.source or task.line < own.line or (below and task is own):
                continue
            if below and own.subgroup is not None and task.group != own.group:
                continue  # 以下…不再列出 in a clause of a part (一、): the tasks below it in that part only
            tasks[at] = units_added(task, units)
            reached.append(task.line)
        if not reached:
            continue  # 以下… in the last task's annotation: no task below it to give them to
        read.add(id(warning))
        where = f"given to the tasks at lines {', '.join(map(str, sorted(set(reached))))}"
        form = "以下…不再列出" if below else "下同"
        infos.append(Warning("units-for-later-tasks-given", warning.line, f"{'、'.join(units)} ({form}): {where}"))
    return tasks, infos, read
