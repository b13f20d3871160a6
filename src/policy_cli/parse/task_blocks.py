"""Tasks written as blocks of labelled lines, each opening with the task's name (任务名称：… ⏎ 工作内容：… ⏎
牵头单位：… ⏎ 配合单位：… ⏎ 完成时限：…), put in the form the body reads: the name line an item numbered in turn
under its heading (1.…), the content line its paragraph without the label; the role lines stay as they are."""

from __future__ import annotations

import re

from .. import patterns as P
from ..decode import fold
from .lines import SourceLine, opens_item

# the label opening a task's block, and the one holding what the task does (folded)
_NAME_LABEL = re.compile(r"^(?:任务名称|工作任务|任务事项|事项名称|重点任务)\s*:\s*(?P<value>\S.*)$")
_CONTENT_LABEL = re.compile(r"^(?:工作内容|任务内容|主要内容|具体内容|工作措施|具体措施)\s*:\s*(?P<value>\S.*)$")
_BLOCK_REACH = 6  # the role lines of a block stand within so many lines of its name


def number_task_blocks(lines: list[SourceLine]) -> list[SourceLine]:
    """The lines with each block of labelled lines opening with a task's name read as an item: only where two or
    more such blocks each have a role label (牵头单位：, 责任单位：…) within a few lines of their name, and no
    block's name line holds a number of its own already. Numbering starts again under each heading (一、, （一）)."""
    names = [n for n, line in enumerate(lines) if ":" in line.folded[:8] and _NAME_LABEL.match(line.folded)]
    if len(names) < 2:
        return lines
    for at, n in enumerate(names):
        stop = min(names[at + 1] if at + 1 < len(names) else len(lines), n + _BLOCK_REACH + 1)
        if not any(_names_units(lines[k].folded) for k in range(n + 1, stop)):
            return lines  # (a name with no roles under it: no block of a task, the lines stay as written)
        value = _NAME_LABEL.match(lines[n].folded)
        if value is None or any(mark in value["value"] for mark in "。;:"):
            return lines  # (工作任务：围绕…推进以下事项。: a sentence, no task's name)
        if n and opens_item(lines[n - 1].folded):
            return lines  # (1.深化… ⏎ 任务名称：…: the item numbers its own block, read as it stands)
    out: list[SourceLine] = []
    count = 0
    named = set(names)
    in_block = False
    for n, line in enumerate(lines):
        folded = line.folded.strip()
        if P.PART.match(folded) or P.CLAUSE.match(folded):
            count, in_block = 0, False
        if n in named:
            count += 1
            in_block = True
            value = _NAME_LABEL.match(line.folded)
            assert value is not None
            text = f"{count}.{line.text[value.start('value') :].strip()}"
            out.append(SourceLine(line.number, text, fold(text)))
            continue
        content = _CONTENT_LABEL.match(line.folded) if in_block else None
        if content is not None:
            text = line.text[content.start("value") :].strip()
            out.append(SourceLine(line.number, text, fold(text)))
            continue
        out.append(line)
    return out


def _names_units(folded: str) -> bool:
    """A line labelled with a role of units (牵头单位：, 配合单位：, 责任单位：…), not a deadline's or a person's."""
    label = P.ROLE_LABEL.match(folded)
    return label is not None and P.LABEL_ROLES.get(label["label"]) in ("lead", "partners", "departments")
