"""A sentence giving every task without units of its own its roles: 以上各项任务，除明确责任单位外，均由县爱卫办牵头，
各成员单位配合。 after the last block, or 本方案所列任务均由镇农业综合服务中心牵头 / 未明确责任单位的，均由…负责 in
the preamble. Its roles go to each block of the body that names no unit and has no blocks under it (only those
before it for 以上 / 上述), but for a plan's frame (指导思想, 基本原则) and its requirements and schedule
(保障措施, 工作要求, 实施步骤, 时间安排): those assign no work. The sentence is warned (`units-for-all`) with the
lines it gave its roles to, or why it gave them to none."""

from __future__ import annotations

import re
from copy import deepcopy

from .. import patterns as P
from ..decode import fold
from ..models import Warning
from .body import Body, Node, preorder
from .inline import Share, node_shares
from .lines import SourceLine
from .roles import parse_annotation


def give_units_for_all(body: Body, preamble: list[SourceLine]) -> list[Warning]:
    """Give the roles of each sentence for all tasks (in the preamble, or a line of the body) to the blocks
    that name none; one warning for each sentence, saying where its roles went."""
    found = [(line, span) for line in preamble for span in _sentences(line.folded)]
    found += [(line, (0, len(line.folded))) for line in body.units_for_all]
    out: list[Warning] = []
    for line, (start, end) in found:
        sentence, folded = line.text[start:end].strip(), line.folded[start:end].strip()
        match = P.UNITS_FOR_ALL.match(folded) if "由" in folded else None
        if match is None or not (match["scope"] or match["except"]):
            continue
        assignment = parse_annotation(sentence[match.start("roles") : match.end("roles")], strict=True)
        shown = sentence[:60]
        if assignment is None:
            out.append(
                Warning("units-for-all", line.number, f"a sentence giving units to every task, not read: {shown}")
            )
            continue
        before = match["scope"] is not None and match["scope"].startswith(("以上", "上述"))
        given: list[int] = []
        for part in body.parts:
            if P.FRAME_HEADING.match(fold(part.title)) or P.SCHEDULE_HEADING.match(fold(part.title)):
                continue
            for node in preorder([part]):
                if node.children or (before and node.line.number > line.number) or not _without_units(node):
                    continue
                node.shares = ([Share(node.text, node.line.number, deepcopy(assignment))], node_shares(node)[1])
                given.append(node.line.number)
        where = f"given to the blocks at lines {', '.join(map(str, given))}" if given else "no block lacks units"
        out.append(Warning("units-for-all", line.number, f"{shown}: {where}"))
    return out


def _without_units(node: Node) -> bool:
    """A block that names no unit: no task of its own, no label, no unit with its level in its text."""
    return not node_shares(node)[0] and not node.labels and not P.NAMED_UNIT_IN_LINE.search(fold(node.text))


_SENTENCE = re.compile(r"[^。]+。?")


def _sentences(folded: str) -> list[tuple[int, int]]:
    """Where each sentence of a line starts and ends (the folded text keeps the line's offsets)."""
    return [m.span() for m in _SENTENCE.finditer(folded) if "由" in m.group()]
