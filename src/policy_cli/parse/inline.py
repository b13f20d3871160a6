"""Tasks assigned in the body: a trailing annotation （牵头单位：…） or labelled lines after an item."""

from __future__ import annotations

from .. import patterns as P
from ..decode import fold
from ..models import Task
from ..numerals import int_to_cn
from .body import Node
from .roles import Assignment, deadline_in_prose, parse_annotation

_CLOSERS = {")": "(", "〕": "〔", "]": "["}


def parentheticals(text: str) -> list[tuple[int, int, str]]:
    """Top-level bracketed groups of a text: (start, end, what is inside), in order."""
    folded = fold(text)
    found = []
    opened: list[int] = []
    for i, ch in enumerate(folded):
        if ch in _CLOSERS.values():
            opened.append(i)
        elif ch in _CLOSERS and opened:
            start = opened.pop()
            if not opened:
                found.append((start, i + 1, text[start + 1 : i]))
    return found


def find_assignment(text: str) -> tuple[Assignment, str] | None:
    """The assignment written into a clause or item, and the text without it.

    Looked for, in order: a bracketed group at the end of the text in any form
    （牵头单位：…） （…牵头，…配合）; a labelled bracketed group elsewhere
    （牵头单位：…；完成时限：…）; labels after the last sentence, unbracketed:
    …。牵头单位：…；配合单位：…
    """
    groups = parentheticals(text)
    folded = fold(text)
    tail = folded.rstrip(" 。.;")
    for n, (start, end, inner) in enumerate(reversed(groups)):
        trailing = n == 0 and end == len(tail)
        if not trailing and not P.LABEL_ANYWHERE.match(fold(inner)):
            continue
        assignment = parse_annotation(inner)
        if assignment:
            return assignment, (text[:start].rstrip() + text[end:].lstrip(" ")).rstrip()
    for label in P.LABEL_ANYWHERE.finditer(folded):
        if label.start() == 0 or folded[label.start() - 1] not in "。.;, ":
            continue
        assignment = parse_annotation(text[label.start() :])
        if assignment:
            return assignment, text[: label.start()].rstrip(" ;；,，")
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
    found = find_assignment(text)
    if found:
        assignment, text = found
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
