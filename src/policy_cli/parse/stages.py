"""Stages of a plan's schedule (三、实施步骤 ⏎ （三）总结验收阶段（2027年1月—6月）。县生态环境局组织开展验收评估。)
whose prose gives work to a unit with no annotation: where other stages of the notice are tasks (they carry
annotations), the stage is read as a task of that unit, its range the deadline, and warned
(stage-read-from-prose); else no task is read from it, and it is warned (work-not-read) at its line, unless
its work is only the plan's own procedure (组织验收, 开展总结评估, 制定具体方案) and its prose writes no roles. Roles
its prose writes (县商务局会同县财政局组织验收) are read the same way: the stage's whole text the task's, where it
is one, and warned work-not-read where it is not."""

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
    read = any(node_shares(stage)[0] and _annotated(stage) for stage in stages)  # the stages are tasks elsewhere
    for part in schedules:
        for stage in part.children:
            if stage.line.number in warned or stage.children:
                continue
            if not P.STAGE_TITLE.search(fold(stage.title).strip(" 。")):
                continue
            shares, warnings = node_shares(stage)
            if shares and _annotated(stage):
                continue
            text = fold(stage.text)
            # 各乡镇全面摸清底数，县自然资源局汇总建立台账: every unit its prose gives work to
            found = sorted([*P.NAMED_UNIT_IN_LINE.finditer(text), *P.STAGE_COLLECTIVE.finditer(text)], key=_start)
            working = [u for u in found if P.STAGE_WORK_VERB.match(text[u.end() :])]
            units = "、".join(dict.fromkeys(u.group() for u in working))
            if shares:  # 县商务局会同县财政局组织验收: roles its prose writes, read with the stage's whole text
                units = units or "、".join(dict.fromkeys(u for share in shares for u in share.assignment.order))
                assignment = shares[0].assignment
                for share in shares[1:]:
                    assignment.merge(share.assignment)
            else:
                assignment = Assignment()
                assignment.add("departments", units)
            if units and read:
                stage.shares = ([Share(stage.text, stage.line.number, assignment)], warnings)
                message = f"a stage read as a task of {units}, the units its prose names: "
                out.append(Warning("stage-read-from-prose", stage.line.number, message + stage.title[:30]))
                continue
            stage.shares = ([], warnings)
            # the work after each unit at work, or after the last unit its roles name (…会同县财政局组织验收)
            named = [text.rfind(fold(u)) + len(u) for u in assignment.order if fold(u) in text]
            ends = [u.end() for u in working] or ([max(named)] if named else [])
            # a stage writing its roles (…会同…) gives work whatever it is: no procedure of the plan alone
            if units and (shares or not (ends and all(_procedure(text, end) for end in ends))):
                message = f"a stage gives work to {units} in its prose, read as no task: "
                out.append(Warning("work-not-read", stage.line.number, message + stage.line.text.strip()[:40]))
    return out


def _annotated(stage: Node) -> bool:
    """Whether a stage's roles stand in a bracket or a label (（县商务局负责）), not in its prose."""
    if stage.labels:
        return True
    from .inline import find_annotations

    return any(
        (opener := stage.text[a.start : a.start + 1]) != "" and opener in "（(〔[【—-"
        for a in find_annotations(stage.text)
    )


def _procedure(text: str, at: int) -> bool:
    """Whether the work after a unit's name, to its clause's end, is the plan's own procedure (组织验收)."""
    end = min((i for i in (text.find(c, at) for c in "。;,") if i >= 0), default=len(text))
    return P.STAGE_PROCEDURE.match(text[at:end]) is not None


def _start(match: Match) -> int:
    return match.start()
