"""What a units cell or label writes after a unit's name that is no part of it: a person (县卫健局（李华）,
县城管局 张涛, 镇综治中心 负责人：李明), a contact (（责任人：刘洋，联系电话：…）), a deadline (县林业局（2025年10月底
前完成）, 各乡镇人民政府 长期坚持) or the unit's duty (区财政局负责资金保障). The name keeps the unit; the person
becomes a leader of the task, the deadline its deadline when it has none, and dropped duty prose is warned."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .. import patterns as P
from ..decode import fold
from ..models import Task, Warning
from .deadlines import resolve, without_closing_phrase

_SPACES = " \u3000\u00a0\t"


@dataclass
class _Notes:
    people: list[str] = field(default_factory=list)
    due: str | None = None
    dropped: list[str] = field(default_factory=list)  # duty prose cut off a name, warned


def units_without_notes(tasks: list[Task]) -> tuple[list[Task], list[Warning]]:
    """Each task's unit names without the person, contact, deadline or duty written after them."""
    out, warnings = [], []
    read: dict[str, tuple[str, _Notes]] = {}  # each name read once: a notice names its units again and again
    for task in tasks:
        names = {}
        noted = False  # whether a name of the task's holds notes (never the unit it holds then)
        for unit in dict.fromkeys((*task.departments, *task.lead, *task.partners)):
            if unit not in read:
                own = _Notes()
                read[unit] = (_bare_unit(unit, own), own)
            bare = names[unit] = read[unit][0]
            noted = noted or bare != unit
        if not noted:
            out.append(task)  # the task has no notes
            continue
        notes = _Notes()  # the task's notes, its units' in their order
        for unit in names:
            own = read[unit][1]
            notes.people.extend(own.people)
            notes.due = notes.due or own.due
            notes.dropped.extend(own.dropped)
        task = replace(
            task,
            departments=_bare(task.departments, names),
            lead=_bare(task.lead, names),
            partners=_bare(task.partners, names),
            leaders=tuple(dict.fromkeys([*task.leaders, *notes.people])),
            due=task.due if task.due or notes.due is None else notes.due,
        )
        if notes.dropped:
            message = f"task {task.id}: text after a unit's name is no part of it, dropped: {'；'.join(notes.dropped)}"
            warnings.append(Warning("unit-text-dropped", task.line, message))
        out.append(task)
    return out, warnings


def _bare(units: tuple[str, ...], names: dict[str, str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names[u] for u in units if names[u]))


def _bare_unit(name: str, notes: _Notes) -> str:
    """The unit a name holds, its notes recorded; the name itself when it has none."""
    folded = fold(name)
    if (label := P.PERSON_AFTER_UNIT.search(folded)) and label.start() > 0 and _ends_unit(folded[: label.start()]):
        notes.people.extend(
            m["who"] for m in P.PERSON_LABELLED.finditer(folded, label.start()) if _is_person(m["who"], labelled=True)
        )
        return name[: label.start()].rstrip(_SPACES)
    if folded.endswith(")") and (opened := _bracket_start(folded)) > 0 and _ends_unit(folded[:opened]):
        inside = folded[opened + 1 : -1].strip()
        if _deadline(inside) is not None:
            notes.due = notes.due or name[opened + 1 : -1].strip()
            return name[:opened].rstrip(_SPACES)
        if _duty_note(inside):  # 县卫生健康局（水质监测）, 县财政局（负责资金保障）: the unit's duty, no name
            notes.dropped.append(name[opened:].strip())
            return name[:opened].rstrip(_SPACES)
        people = [p.strip() for p in inside.replace("，", "、").replace(",", "、").split("、")]
        if people and all(_is_person(p) for p in people):
            notes.people.extend(people)
            return name[:opened].rstrip(_SPACES)
        return name
    unit, slash, person = folded.partition("/")
    if slash and _ends_unit(unit) and _is_person(person):  # 县民政局/李明 (under 责任单位/责任人)
        notes.people.append(name[len(unit) + 1 :].strip())
        return name[: len(unit)].rstrip(_SPACES)
    if any(ch in folded for ch in _SPACES):
        head, _, tail = folded.strip().partition(" ")
        tail = tail.strip()
        if _ends_unit(head) and tail:
            if _deadline(tail) is not None:
                notes.due = notes.due or name.strip()[len(head) :].strip()
                return name.strip()[: len(head)]
            if _is_person(tail):
                notes.people.append(name.strip()[len(head) :].strip())
                return name.strip()[: len(head)]
        return name
    if (duty := P.UNIT_THEN_DUTY.search(folded)) and len(folded[: duty.start()]) >= 2:
        prose = name[duty.start() :].strip()
        if not fold(prose).startswith(("按职责", "按照职责")):
            notes.dropped.append(prose)
        return name[: duty.start()]
    return name


def _duty_note(inside: str) -> bool:
    """水质监测, 负责资金保障, 做好交通疏导: the work a unit does, in a bracket after its name (not 社区, 粮食局,
    牵头: a place, a second name, a role; nor a name opening with its level, 县综合行政执法: an office named short)."""
    if not 2 <= len(inside) <= 12 or _ends_unit(inside) or not inside.isalpha() or P.PLACE_PREFIX.match(inside):
        return False
    return inside.endswith(P.DUTY_NOTE_WORDS) or P.UNIT_OWN_DUTY.search(f"({inside})") is not None


def _bracket_start(folded: str) -> int:
    """Where the bracket closing a name opens (-1 when it is not balanced)."""
    depth = 0
    for i in range(len(folded) - 1, -1, -1):
        if folded[i] == ")":
            depth += 1
        elif folded[i] == "(":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _ends_unit(folded: str) -> bool:
    text = folded.strip()
    return len(text) >= 2 and text.endswith(P.UNIT_ENDINGS)


def _deadline(folded: str) -> str | None:
    """The deadline a note is, without its closing phrase (2025年10月底前完成 -> 2025年10月底前), or None."""
    text = fold(without_closing_phrase(folded.strip()))
    if not text or len(text) > 24 or any(ch in text for ch in "。;"):
        return None
    if (
        P.DUE_CELL.search(text)
        or P.DEADLINE.fullmatch(text)
        or resolve(text, 2000).kind in ("date", "range", "standing")
    ):
        return text
    return None


def _is_person(text: str, labelled: bool = False) -> bool:
    """A person's name (李华), or a post and a name (副县长王强); a bare name must open with a family name."""
    text = "".join(text.split())
    if P.POST_AND_NAME.fullmatch(text):
        return True
    if not (2 <= len(text) <= 4) or not text.isalpha() or text.endswith(P.UNIT_ENDINGS):
        return False
    if text in P.LABEL_ROLES or text in P.VERB_ROLES or text in P.COLUMN_ROLES:
        return False
    return labelled or (text.startswith(P.SURNAMES) and len(text) <= 3)


def lead_marks_lost(tasks: list[Task]) -> list[Warning]:
    """A warning at the first task whose units note that a typeface marks the leads (字体加粗者为牵头部门): a plain
    text keeps no bold, so the leads cannot be read and the units are responsible only."""
    for task in tasks:
        if task.lead:
            continue  # (**市市场监管局**: a mark the text kept, read)
        if task.departments_raw and (note := P.LEAD_BY_TYPEFACE.search(fold(task.departments_raw))):
            message = (
                f"task {task.id}: the units' note says a typeface marks the leads ({note.group()}), a mark the text has"
                " lost: no lead is read, the units are responsible only"
            )
            return [Warning("lead-marks-lost", task.line, message)]
    return []
