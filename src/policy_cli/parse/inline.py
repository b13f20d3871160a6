"""Tasks assigned in the body: a trailing annotation （牵头单位：…） or labelled lines after an item."""

from __future__ import annotations

from .. import patterns as P
from ..decode import fold
from ..models import Task
from ..numerals import int_to_cn
from .body import Node
from .roles import Assignment, deadline_in_prose, parse_annotation

_OPENERS = {")": "(", "〕": "〔", "]": "["}


def trailing_parenthetical(text: str) -> tuple[int, str] | None:
    """Where a closing （…） at the end of text starts, and what is inside it."""
    folded = fold(text).rstrip(" 。.")
    if not folded or folded[-1] not in _OPENERS:
        return None
    depth = 0
    for i in range(len(folded) - 1, -1, -1):
        ch = folded[i]
        if ch in _OPENERS:
            depth += 1
        elif ch in _OPENERS.values():
            depth -= 1
            if depth == 0:
                return i, text[i + 1 : len(folded) - 1]
    return None


def body_tasks(parts: list[Node]) -> list[Task]:
    """Every clause or item of the body that carries an assignment, in document order."""
    tasks: list[Task] = []
    for part in parts:
        _walk(part, [int_to_cn(part.number)], part, None, tasks)
    return tasks


def _walk(node: Node, path: list[str], part: Node, clause: Node | None, tasks: list[Task]) -> None:
    for child in node.children:
        label = (
            f"（{int_to_cn(child.number)}）"
            if child.kind == "clause"
            else (f"（{child.number}）" if child.kind == "subitem" else str(child.number))
        )
        child_path = [*path, label]
        child_clause = child if child.kind == "clause" else clause
        task = _task_of(child, child_path, part, child_clause, len(tasks) + 1)
        if task:
            tasks.append(task)
        _walk(child, child_path, part, child_clause, tasks)


def _task_of(node: Node, path: list[str], part: Node, clause: Node | None, task_id: int) -> Task | None:
    text = node.text
    assignment: Assignment | None = None
    found = trailing_parenthetical(text)
    if found:
        assignment = parse_annotation(found[1])
        if assignment:
            text = text[: found[0]].rstrip()
    if assignment is None and node.labels:
        assignment = Assignment()
        for label, value, _line in node.labels:
            assignment.add(P.LABEL_ROLES[label], value, f"{label}：{value}")
    if assignment is None or not assignment.has_units:
        return None
    due = assignment.due or deadline_in_prose(text)
    return assignment.task(
        due=due,
        id=task_id,
        text=text,
        line=node.line.number,
        path="/".join(path),
        source="body",
        group=part.number,
        subgroup=clause.number if clause else None,
    )
