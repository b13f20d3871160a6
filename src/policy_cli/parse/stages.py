"""Stages of a plan's schedule (三、实施步骤 ⏎ （三）总结验收阶段（2027年1月—6月）。县生态环境局组织开展验收评估。)
whose prose gives work to a unit with no annotation: where other stages of the notice are tasks (they carry
annotations), the stage is read as a task of that unit, its range the deadline, and warned
(stage-read-from-prose); else no task is read from it, and it is warned (work-not-read) at its line."""

from __future__ import annotations

from .. import patterns as P
from ..decode import fold
from ..models import Warning
from ..regex_engine import Match
from .body import Node
from .inline import Share, node_shares
from .roles import Assignment


def unread_stages(parts: list[Node], warned: set[int]) -> list[Warning]:
    """A work-not-read warning for each stage under a schedule part that names a unit doing work and
    holds no task."""
    out: list[Warning] = []
    schedules = [part for part in parts if P.SCHEDULE_HEADING.match(fold(part.title).strip(" 。"))]
    stages = [s for part in schedules for s in part.children if P.STAGE_TITLE.search(fold(s.title).strip(" 。"))]
    read = any(node_shares(stage)[0] for stage in stages)  # the notice's stages are tasks elsewhere
    for part in schedules:
        for stage in part.children:
            if stage.line.number in warned or node_shares(stage)[0] or stage.children:
                continue
            if not P.STAGE_TITLE.search(fold(stage.title).strip(" 。")):
                continue
            text = fold(stage.text)
            # 各乡镇全面摸清底数，县自然资源局汇总建立台账: every unit its prose gives work to
            found = sorted([*P.NAMED_UNIT_IN_LINE.finditer(text), *P.STAGE_COLLECTIVE.finditer(text)], key=_start)
            units = "、".join(dict.fromkeys(u.group() for u in found if P.STAGE_WORK_VERB.match(text[u.end() :])))
            if units and read:
                assignment = Assignment()
                assignment.add("departments", units)
                stage.shares = ([Share(stage.text, stage.line.number, assignment)], node_shares(stage)[1])
                message = f"a stage read as a task of {units}, the units its prose names: "
                out.append(Warning("stage-read-from-prose", stage.line.number, message + stage.title[:30]))
            elif units:
                message = f"a stage gives work to {units} in its prose, read as no task: "
                out.append(Warning("work-not-read", stage.line.number, message + stage.line.text.strip()[:40]))
    return out


def _start(match: Match) -> int:
    return match.start()
