"""Who does a task and by when: roles from cells, labelled lines or annotations, and due years."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import patterns as P
from ..decode import fold
from ..departments import split_units
from ..models import Task
from .deadlines import deadline_in_prose as deadline_in_prose  # re-exported for the body's annotations
from .deadlines import due_year


@dataclass
class Assignment:
    """Units by role, in the order the notice names them, and the deadline as written."""

    lead: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    responsible: list[str] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)
    due: str | None = None
    raw: list[str] = field(default_factory=list)  # the units' cells or segments as written

    def add(self, role: str, value: str, written: str | None = None) -> None:
        """Record one cell or labelled value under its role (lead, partners, departments, leaders, due)."""
        value = value.strip()
        if not value or P.EMPTY_CELL.match(fold(value)):
            return
        if role == "due":
            self.due = self.due or value
            return
        if role == "leaders":
            self.leaders.extend(split_units(value))
            return
        self.raw.append(written if written is not None else value)
        target = {"lead": self.lead, "partners": self.partners}.get(role, self.responsible)
        target.extend(split_units(value))

    @property
    def departments(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([*self.lead, *self.partners, *self.responsible]))

    @property
    def has_units(self) -> bool:
        return bool(self.lead or self.partners or self.responsible)

    def task(self, *, due: str | None, **where: Any) -> Task:
        """A task carrying this assignment; where holds its id, text, line, path, source, group, subgroup."""
        return Task(
            **where,
            departments_raw="；".join(self.raw) or None,
            departments=self.departments,
            lead=tuple(self.lead),
            partners=tuple(self.partners),
            leaders=tuple(self.leaders),
            due=due,
            due_year=due_year(due),
        )


def parse_annotation(body: str) -> Assignment | None:
    """（牵头单位：A；配合单位：B） or （A牵头，B配合） or （责任单位：C） -> an Assignment; else None."""
    assignment = Assignment()
    folded = fold(body)
    # labelled segments: split before each label
    starts = [m.start() for m in P.LABEL_ANYWHERE.finditer(folded)]
    if starts and starts[0] == 0:
        for n, start in enumerate(starts):
            end = starts[n + 1] if n + 1 < len(starts) else len(body)
            segment = body[start:end].strip(" ;；,，")
            match = P.ROLE_LABEL.match(fold(segment))
            if match:
                value = segment[match.start("value") :]
                assignment.add(P.LABEL_ROLES[match["label"]], value, segment)
        return assignment if assignment.has_units else None
    # verb segments: units followed by 牵头 / 配合 / …
    pos = 0
    for match in P.VERB_SEGMENT.finditer(folded):
        units = body[match.start("units") : match.end("units")].strip(" ;；,，")
        assignment.add(P.VERB_ROLES[match["verb"]], units, body[match.start() : match.end()].strip(" ;；,，"))
        pos = match.end()
    if assignment.has_units and not folded[pos:].strip(" ;,。"):
        return assignment
    return None
