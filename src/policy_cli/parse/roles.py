"""Who does a task and by when: roles from cells, labelled lines or annotations, and due years."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import patterns as P
from ..decode import fold
from ..departments import ends_unit, has_ending, restore_level, split_units, strip_remarks
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
        if role == "due":  # a deadline is one line and one sentence: 完成时限：2021年底前。(next paragraph)
            value = value.split("\n", 1)[0].split("。", 1)[0].strip()
            self.due = self.due or value or None
            return
        if role == "leaders":
            self.leaders.extend(split_units(value))
            return
        self.raw.append(written if written is not None else value)
        for unit in split_units(value):
            deadline = P.DEADLINE.match(fold(unit))
            if deadline and deadline.start() == 0:  # 责任单位：各乡（镇），2024年底前完成
                self.due = self.due or unit[: deadline.end()]
                continue
            own = unit_role(unit) or _verb_role(unit)
            name, unit_role_name = own if own else (unit, role)
            self._target(unit_role_name).extend(_split_and(name) if own else [name])

    def merge(self, other: Assignment) -> None:
        """Take in the roles of an annotation written right after this one."""
        self.lead.extend(other.lead)
        self.partners.extend(other.partners)
        self.responsible.extend(other.responsible)
        self.leaders.extend(other.leaders)
        self.due = self.due or other.due
        self.raw.extend(other.raw)

    def restore_level(self, level: str) -> None:
        """财政局 -> 县财政局: the notice's level for units named without one."""
        self.lead[:] = restore_level(self.lead, level)
        self.partners[:] = restore_level(self.partners, level)
        self.responsible[:] = restore_level(self.responsible, level)

    def _target(self, role: str) -> list[str]:
        return {"lead": self.lead, "partners": self.partners}.get(role, self.responsible)

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
            lead=tuple(dict.fromkeys(self.lead)),
            partners=tuple(dict.fromkeys(self.partners)),
            leaders=tuple(self.leaders),
            due=due,
            due_year=due_year(due),
        )


def _verb_role(unit: str) -> tuple[str, str] | None:
    """县水务局牵头 inside a labelled list -> (县水务局, lead): a role verb closing a unit's name."""
    folded = fold(unit)
    verb = next((v for v in P.VERBS if folded.endswith(v) and len(folded) > len(v)), None)
    if verb is None or not has_ending(unit[: -len(verb)].rstrip()):
        return None
    return unit[: -len(verb)].rstrip(), P.VERB_ROLES[verb]


def _split_and(name: str) -> list[str]:
    """县经济投资局和县口岸局 -> both, where 和 stands right after a unit's name (分别牵头)."""
    folded = fold(name)
    out = []
    start = 0
    for i, ch in enumerate(folded):
        if ch == "和" and ends_unit(folded, start, i):
            out.append(name[start:i])
            start = i + 1
    out.append(name[start:])
    return [n for n in out if n]


def unit_role(unit: str) -> tuple[str, str] | None:
    """州水务局（牵头） -> (州水务局, lead): a role written in brackets right after a unit."""
    mark = P.UNIT_ROLE_MARK.search(fold(unit))
    if not mark:
        return None
    word = mark["role"]
    role = P.VERB_ROLES.get(word) or P.LABEL_ROLES.get(word)
    if role not in ("lead", "partners", "departments"):
        return None
    return unit[: mark.start()].rstrip(), role


def parse_annotation(body: str) -> Assignment | None:
    """The roles an annotation states, or None when it is not wholly an assignment.

    （牵头单位：A；配合单位：B） （A牵头，B配合；C负责落实） （责任单位：C） （A（牵头）、B）
    Read in one pass: clauses split at ；, each a run of labelled segments
    (牵头单位：…) or of units each closed by a role verb (…牵头, …配合).
    """
    assignment = Assignment()
    folded = fold(body)
    for start, end in top_level_spans(folded, ";"):
        if not _read_clause(body[start:end], folded[start:end], assignment):
            return None
    return assignment if assignment.has_units else None


def top_level_spans(folded: str, separators: str) -> list[tuple[int, int]]:
    """(start, end) of the stretches between separators outside brackets."""
    spans = []
    depth = 0
    start = 0
    for i, ch in enumerate(folded):
        if ch in "(〔[【":
            depth += 1
        elif ch in ")〕]】":
            depth = max(depth - 1, 0)
        elif depth == 0 and ch in separators:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(folded)))
    return spans


_SPACE = " \u3000\u00a0\t\n"


def _read_clause(text: str, folded: str, assignment: Assignment) -> bool:
    """Add one clause's roles; False when part of it is neither a role nor a deadline."""
    labels = [m.start() for m in P.LABEL_ANYWHERE.finditer(folded)]
    first = labels[0] if labels else len(folded)
    if folded[:first].strip(_SPACE + ",;。") and not _read_verbs(text[:first], folded[:first], assignment):
        return False
    for n, start in enumerate(labels):
        end = labels[n + 1] if n + 1 < len(labels) else len(text)
        segment = text[start:end].strip(_SPACE + ",，;；")
        match = P.ROLE_LABEL.match(fold(segment))
        if match:
            # the value is its first line: a paragraph after the annotation is no part of it
            value = segment[match.start("value") :].lstrip(_SPACE).split("\n", 1)[0]
            assignment.add(P.LABEL_ROLES[match["label"]], value, segment)
    return True


def _read_verbs(text: str, folded: str, assignment: Assignment) -> bool:
    """A牵头，B、C配合 -> lead A, partners B, C; False when a piece has no role verb."""
    for start, end in top_level_spans(folded, ",。"):
        piece = folded[start:end].strip(_SPACE)
        if not piece:
            continue
        verb = next((v for v in P.VERBS if piece.endswith(v)), None)
        if verb is None and any(unit_role(u) for u in split_units(piece)):
            raw = text[start:end].strip(_SPACE)  # 州水务局（牵头）、州财政局: the roles are in the brackets
            assignment.add("departments", raw, raw)
            continue
        if verb is None and piece.endswith("的"):  # a condition: 涉及门票减免的，由各市人民政府负责落实
            continue
        if verb is None:
            deadline = P.DEADLINE.match(piece)
            if deadline and len(piece) - deadline.end() <= 3:  # （县水务局牵头，2020年底前完成）
                assignment.add("due", text[start:end].strip(_SPACE)[deadline.start() : deadline.end()])
                continue
            if not strip_remarks(piece) or piece in P.UNIT_REMARKS:  # 下同
                continue
            return False
        raw = text[start:end].strip(_SPACE)
        units = raw[: len(raw) - len(verb)].strip(_SPACE)
        if units.startswith("由"):
            units = units[1:]
        found = split_units(units)
        if not any(has_ending(u) or P.QUALIFIER.match(u) for u in found):
            return False
        assignment.add(P.VERB_ROLES[verb], units, raw)
    return True
