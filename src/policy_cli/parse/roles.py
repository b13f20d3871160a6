"""Who does a task and by when: roles from cells, labelled lines or annotations, and due years."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from typing import Any

from .. import patterns as P
from ..decode import fold
from ..departments import (
    angle_qualified,
    carry_place_prefix,
    ends_unit,
    has_ending,
    opens_as_unit,
    restore_level,
    section_evidence,
    split_units,
    strip_remarks,
)
from ..models import Task
from .deadlines import deadline_in_prose as deadline_in_prose  # re-exported for the body's annotations
from .deadlines import deadline_phrase, deadline_piece, done_by_a_date, due_year, resolve

# the characters P.EMPTY_CELL opens with (—, /, 无, (无)): a value opening otherwise is not tried, nearly all of them
# (tests/test_patterns.py keeps the two together)
_EMPTY_CELL_FIRST = "—–-/无|("

# words of a label naming a department's own sections: 牵头处室, 责任科室, 配合股室 (each ends in 室, looked
# for first)
_SECTION_LABEL_WORDS = ("处室", "科室", "股室")


@dataclass(slots=True)  # slots: one is made for each annex row and each annotation, thousands in a notice
class Assignment:
    """Units by role, in the order the notice names them, and the deadline as written."""

    lead: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    responsible: list[str] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)
    # leaders written after the unit they head (责任人：县住建局局长赵明): (unit, post and name, as written);
    # the unit is responsible only when no label names a unit
    heads: list[tuple[str, str, str]] = field(default_factory=list)
    due: str | None = None
    raw: list[str] = field(default_factory=list)  # the units' cells or segments as written
    order: list[str] = field(default_factory=list)  # every unit, in the order the notice names them
    sections: bool = False  # named under a label of a department's sections (牵头处室：), which take no level
    # a closing remark about the tasks after this one (以下各项均由各乡镇人民政府负责落实，不再列出), set aside
    later_remark: str | None = None
    # a piece names the work the units do (会同县农业农村局制定资金管理办法): in prose, the text keeps it
    names_work: bool = False
    # pieces of an annotation read in part that are no role, deadline or remark (县审计局监督…): warned
    unread: list[str] = field(default_factory=list)
    # labels of an annotation the vocabulary lacks and no role word makes (推进单位：): their units are
    # responsible, the labels warned
    unknown_labels: list[str] = field(default_factory=list)

    def add(self, role: str, value: str, written: str | None = None) -> None:
        """Record one cell or labelled value under its role (lead, partners, departments, leaders, due)."""
        value = value.strip()
        folded = fold(value)
        if not value or (folded[:1] in _EMPTY_CELL_FIRST and P.EMPTY_CELL.match(folded)):
            return
        later = P.LABEL_AFTER_SPACE.search(folded) if ":" in folded else None  # (it ends in a colon)
        if later:  # 责任单位：县人社局　完成时间：全年: two labelled values on one line
            rest = value[later.start("label") :]
            label = P.ROLE_LABEL.match(fold(rest))
            if label:
                self.add(
                    role,
                    value[: later.start()],
                    None if written is None else written[: len(written) - len(rest)].rstrip(),
                )
                self.add(P.LABEL_ROLES[label["label"]], rest[label.start("value") :], rest)
                return
        glued = folded.find("〔", 1) if "〔" in folded else -1
        label = P.ROLE_LABEL.match(folded[glued:]) if glued > 0 else None
        if label and folded[glued:].startswith("〔") and folded[glued + label.start("value") :][:1] not in "、,;":
            # 〔牵头单位〕市林业局〔配合单位〕各县（市、区）人民政府〔完成时限〕…: labels in brackets glued on one line
            rest = value[glued:]
            self.add(role, value[:glued], None if written is None else written[: len(written) - len(rest)].rstrip())
            self.add(P.LABEL_ROLES[label["label"]], rest[label.start("value") :], rest)
            return
        if role == "due":
            self.due = self.due or _deadline_as_written(value) or None
            return
        if role in ("supervisors", "progress"):  # 督办单位：县委督查室: who oversees the task is no unit of it, kept
            # as written (and 实际完成情况：…, what has been done)
            self.raw.append(written if written is not None else value)
            return
        if role == "leaders":
            for person in _people(split_units(P.PHONE_AFTER_PERSON.sub("", value))):
                self.leaders.append(person)
                if head := _unit_and_post(person):  # 责任人：县住房城乡建设局局长赵明
                    self.heads.append((*head, written if written is not None else value))
            return
        if role == "departments" and (labelled := _labelled_pieces(value)):
            for piece_role, piece in labelled:  # 牵头：县安委办；配合：县应急局 in a 责任单位 cell
                self.add(piece_role or role, piece)
            return
        if role in ("lead", "partners") and (third := _third_group(value)):
            # 配合单位：县财政局、县人社局，各乡镇人民政府负责落实: the last clause is a group of its own
            self.add(
                role,
                value[:third].rstrip(" ，,；;"),
                None if written is None else written[: len(written) - len(value) + third],
            )
            self.add("departments", value[third:])
            return
        if (
            written is not None
            and "室" in (label := written.partition("：")[0])
            and any(w in label for w in _SECTION_LABEL_WORDS)
        ):
            self.sections = True  # 牵头处室（单位）：综合规划处: the issuing department's own sections
        value, deadlines, named = _units_read(value, role)
        for deadline in deadlines:
            self.due = self.due or deadline
        self.raw.append(written if written is not None else value)
        lead_after_units = (
            role == "lead"
            and written is not None
            and P.ROLE_LABEL.match(fold(written)) is not None
            and bool(self.responsible)
            and not self.lead
        )
        for unit_role_name, names in named:
            self._target(unit_role_name).extend(names)
            self.order.extend(names)
        if lead_after_units and self.lead:
            # 责任单位：各村 / 牵头单位：镇民政办: a lead labelled after the units is listed first, as in a table
            self.order[:] = [*self.lead, *(u for u in self.order if u not in self.lead)]

    def copy(self) -> Assignment:
        """A copy with lists of its own (their items, names and tuples of names, are never changed)."""
        lists: dict[str, Any] = {f.name: list(v) for f in fields(self) if isinstance(v := getattr(self, f.name), list)}
        return replace(self, **lists)

    def merge(self, other: Assignment) -> None:
        """Take in the roles of an annotation written right after this one."""
        self.lead.extend(other.lead)
        self.partners.extend(other.partners)
        self.responsible.extend(other.responsible)
        self.leaders.extend(other.leaders)
        self.heads.extend(other.heads)
        self.due = self.due or other.due
        self.raw.extend(other.raw)
        self.order.extend(other.order)
        self.sections = self.sections or other.sections
        self.names_work = self.names_work or other.names_work
        self.unread.extend(other.unread)
        self.unknown_labels.extend(other.unknown_labels)

    def restore_level(self, level: str, sections: frozenset[str] = frozenset()) -> None:
        """财政局 -> 县财政局: the notice's level for units named without one, but for the department's own
        sections (named under 牵头处室 here or elsewhere in the notice: sections)."""
        if self.sections:
            return  # 综合规划处 under 牵头处室: a section of the department, never 省综合规划处

        def given(units: list[str]) -> list[str]:
            return [u if u in sections else restore_level((u,), level)[0] for u in units]

        self.lead[:] = given(self.lead)
        self.partners[:] = given(self.partners)
        self.responsible[:] = given(self.responsible)
        self.order[:] = given(self.order)

    def _target(self, role: str) -> list[str]:
        if role == "lead":
            return self.lead
        return self.partners if role == "partners" else self.responsible

    @property
    def departments(self) -> tuple[str, ...]:
        if self.heads and not (self.lead or self.partners or self.responsible):
            return tuple(dict.fromkeys(unit for unit, *_ in self.heads))
        return tuple(dict.fromkeys([*self.order, *self.lead, *self.partners, *self.responsible]))

    @property
    def has_units(self) -> bool:
        return bool(self.lead or self.partners or self.responsible or self.heads)

    def task(
        self,
        *,
        due: str | None,
        id: int,
        text: str,
        line: int,
        path: str,
        source: str,
        group: int | None = None,
        subgroup: int | None = None,
    ) -> Task:
        """A task carrying this assignment, with its id, text, line, numbering path, source, group and
        sub-group."""
        leaders, raw = self.leaders, self.raw
        if self.heads and not (self.lead or self.partners or self.responsible):
            # no label names a unit: the unit a leader heads is responsible, the post and name lead
            posts = {f"{unit}{post}": post for unit, post, _ in self.heads}
            leaders = [posts.get(person, person) for person in leaders]
            raw = [*raw, *dict.fromkeys(written for *_, written in self.heads)]
        return Task(
            id=id,
            path=path,
            source=source,
            text=text,
            group=group,
            subgroup=subgroup,
            line=line,
            departments_raw="；".join(raw) or None,
            departments=self.departments,
            lead=tuple(dict.fromkeys(self.lead)),
            partners=tuple(dict.fromkeys(self.partners)),
            leaders=tuple(leaders),
            due=due,
            due_year=due_year(due),
        )


_UnitsRead = tuple[str, tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]


def _units_read(value: str, role: str) -> _UnitsRead:
    """A list of units named under a role, read: the list without a deadline after its last ，or ；, the
    deadlines it names (that one, then those among its items), and each unit's role with the names it
    stands for. Kept for the last 1,024 short lists: a notice names the same ones again and again."""
    return _units_read_kept(value, role, section_evidence(value)) if len(value) <= 256 else _read_units(value, role)


@lru_cache(maxsize=1024)
def _units_read_kept(value: str, role: str, evidence: frozenset[str]) -> _UnitsRead:
    """(evidence: the notice's names that may cut a section's name in value, section_evidence; a key only)"""
    return _read_units(value, role)


def _read_units(value: str, role: str) -> _UnitsRead:
    value, due = _peel_deadline(value)
    # 责任单位：县发改局、各乡镇，全年: the deadline is no unit (nor 各全年)
    deadlines: list[str] = [due] if due else []
    units = split_units(value)
    # 州水务局（牵头）: a role in brackets after the unit; the units of the list not marked keep the list's role
    # (责任单位：县民政局（牵头）、县财政局: 县财政局 stays responsible, neither lead nor partner)
    marks = [unit_role(u) for u in units]
    marked_lead = any(mark is not None and mark[1] == "lead" for mark in marks)
    # 市商务局（主办），市市场监管局、市商务局（协办），各区人民政府: a partners' mark closing a run makes the run's
    # units partners, 各区人民政府 marked neither way keeping the list's role
    marked_runs = _partner_marked_runs(value) if marked_lead else None
    # 区农业农村局、区文旅局（牵头），区乡村振兴局: a lead's mark closing a run that ，parts from the list's next run
    # makes the run's units leads
    lead_runs = _lead_marked_runs(value) if marked_lead else frozenset()
    carried = _carried_roles(value)
    named: list[tuple[str, tuple[str, ...]]] = []
    stripped = False  # a name was read from before a role verb (生态环境厅配合)
    for unit, mark in zip(units, marks, strict=True):
        if unit.lstrip().startswith("分管"):
            continue  # 分管副县长 周某 督办: a leader in charge, named by the post, is no unit (no office opens so)
        if (deadline := _deadline_in_list(unit)) is not None:
            deadlines.append(deadline)  # 责任单位：各乡（镇），2024年底前完成: an item that is the deadline
            continue
        own = mark or _verb_role(unit) or ((unit, "lead") if unit in lead_runs else None)
        if own is None and carried:
            # the list may have restored a level the run's own split did not see (省X牵头，司法厅、省Y参与)
            bare = unit[1:] if unit not in carried and P.PLACE_PREFIX.match(unit) else unit
            own = (unit, carried[bare]) if bare in carried else None
        name, unit_role_name = own if own else (unit, role)
        if name.startswith("由") and has_ending(name[1:]):
            name = name[1:]  # 责任单位：由县税务局负责，…: 由 opens the clause, no part of the name
        if not own and marked_runs is not None and role == "departments" and unit in marked_runs:
            unit_role_name = "partners"  # 县港航中心、县自然资源局（协办）: the run the partners' mark closes
        # 县发改局会同县财政局 and 县水利局联合各乡镇 are two units; 和 splits before a role verb, else only
        # where the name after it opens as a unit's does (县财政局和县审计局, 县直有关部门和各乡镇人民政府; 州委编办和
        # 监管部门 stays), and never after a collective (各州(市)党委和政府落实 is one)
        names = (
            _split_and(name, specific=True)
            if own
            else _split_and(name, ("会同", "联合", "与", "和"), specific=True, and_opening=True)
        )
        named.append((unit_role_name, names))
        stripped = stripped or (own is not None and mark is None and name != unit)
        # (县应急局、农业农村局和各乡镇配合: a name 和 parted from the next takes the level too)
        stripped = stripped or len(names) > 1
    if stripped:
        # 自治区交通运输厅牵头，自治区发展改革委、生态环境厅配合: a name read from before its role verb takes the
        # level the list gave the names before it, as the list without the verbs would
        flat = carry_place_prefix([n for _, names in named for n in names])
        at = iter(flat)
        named = [(unit_role_name, tuple(next(at) for _ in names)) for unit_role_name, names in named]
    return value, tuple(deadlines), tuple(named)


_POST_END = ("常委", "书记", "长", "主任", "主席", "委员", "组长", "专员")


def _people(names: tuple[str, ...]) -> list[str]:
    """州委常委、组织部部长 王某 -> one person with two posts: posts alone before a post with a name
    are that person's; 县长、副县长 (each a post alone) stay two."""
    if len(names) > 1 and all(n.endswith(_POST_END) for n in names[:-1]) and not names[-1].endswith(_POST_END):
        return ["、".join(names)]
    return list(names)


def heads_a_unit(value: str) -> bool:
    """A leaders label's value names a unit's head with the unit (县住房城乡建设局局长赵明)."""
    return any(_unit_and_post(person) for person in split_units(value))


def _unit_and_post(person: str) -> tuple[str, str] | None:
    """县住房城乡建设局局长赵明 -> (县住房城乡建设局, 局长赵明): a leader written after the unit they head, or
    None (赵明, 副县长李四, and a government's own leaders: 县政府副县长李四 names no unit doing the work)."""
    match = P.UNIT_POST_NAME.match(fold(person))
    if match is None:
        return None
    unit = person[: match.end("unit")]
    if not unit.endswith(P.UNIT_ENDINGS) or unit.endswith(("政府", "党委")) or re.search(r"[省市州县区旗]委$", unit):
        return None
    return unit, person[match.end("unit") :]


# Kept for the last 1,024 items: a notice names the same few hundred units again and again, and each is
# tried as every form of deadline. Fewer than the 2,000 distinct units of tests/test_linear_time.py's
# quarter-size list, so that a list longer than a notice's is read anew at every size rather than served
# from the cache at one size only.
@lru_cache(maxsize=1024)
def _deadline_in_list(unit: str) -> str | None:
    """The deadline an item of a list of units is instead of a unit, or None: 责任单位：各乡（镇），2024年底前完成
    (2024年底前); 责任单位及完成时限：县融媒体中心，2024年9月起 (2024年9月起)."""
    folded = fold(unit)
    deadline = P.DEADLINE.match(folded)
    if deadline and deadline.start() == 0:
        return unit[: deadline.end()]
    piece = deadline_piece(folded)
    if piece and not has_ending(piece["then"]):
        return unit[piece.start("due") : piece.end("due")]
    return None


# the circled number opening each milestone of a deadline cell: ①…。②…。
_MILESTONE = re.compile(r"[\u2460-\u2473]")


@lru_cache(maxsize=1024)  # (deadlines repeat: 2024年底前, 长期坚持)
def _deadline_as_written(value: str) -> str:
    """A deadline's value as the task keeps it: one line and one sentence (完成时限：2021年底前。 then the next
    paragraph), the date without what is due then (2025年底前建成 -> 2025年底前, 汛期前完成首轮排查 -> 汛期前).
    A cell of milestones (①2月上旬前，完成设计招标。②3月底前，…。③5月底前，完成开工建设。) is due at its last
    milestone (5月底前)."""
    milestones = [m for m in _MILESTONE.split(value.strip()) if m.strip()] if _MILESTONE.match(value.strip()) else []
    if len(milestones) >= 2 and all(P.DEADLINE.match(fold(m.strip())) for m in milestones):
        last = milestones[-1].strip()
        value = last[: end.end()] if (end := P.DEADLINE.match(fold(last))) else last
    value = value.split("\n", 1)[0].split("。", 1)[0].strip()
    if (standing := P.DATED_THEN_STANDING.match(fold(value))) and _dated(standing["due"]):
        value = value[: standing.end("due")]  # 2025年9月底前，并长期坚持: the date; the work goes on after it
    verb = P.DUE_CELL_VERB.fullmatch(fold(value))
    if verb:
        value = value[: verb.end("due")].rstrip()
    elif value.startswith("每") and (recurring := P.RECURRING_THEN_WORK.match(fold(value))):
        value = value[: recurring.end("due")]  # 每季度开展一次 -> 每季度: the cycle, without the work done each time
    elif "完成" in value or "建成" in value or "实现" in value:
        work = P.DUE_THEN_WORK.match(fold(value))
        value = value[: work.end("due")].rstrip() if work else value
    return value


def _peel_deadline(value: str) -> tuple[str, str | None]:
    """县发改局、各乡镇，全年 -> (县发改局、各乡镇, 全年): a deadline after the list's last ，or ；, or in a sentence
    of its own after the list's 。 (配合：县财政局。3月底前完成。)."""
    folded = fold(value)
    stop = folded.rstrip(_SPACE + "。").rfind("。")
    if stop > 0 and deadline_piece(folded[stop + 1 :].strip(_SPACE + "。")):
        folded = folded[:stop] + ";" + folded[stop + 1 :]  # (fold keeps positions: value is cut where folded is)
    if "," not in folded and ";" not in folded:
        return value, None
    start = top_level_spans(folded, ",;")[-1][0]
    if start == 0:
        return value, None
    piece = folded[start:].strip(_SPACE + "。")
    deadline = deadline_piece(piece)
    offset = start + len(folded[start:]) - len(folded[start:].lstrip(_SPACE))
    if deadline is None and time_phrase(piece):  # 县财政局，2025年起常态化开展: the deadline as written
        return value[: start - 1].rstrip(_SPACE), value[offset : offset + len(piece)]
    if deadline is None or has_ending(deadline["then"]):
        return value, None
    spans = top_level_spans(folded, ",;")
    if len(spans) > 2 and _dated(piece):
        # 县住建局，2025年6月底前启动，12月底前完成: dated pieces before the last one are the same deadline, from the
        # first to the end of the last, as written (the end of the work dates it)
        first = start
        for before, end in reversed(spans[1:-1]):
            earlier = folded[before:end].strip(_SPACE)
            found = deadline_piece(earlier)
            if found is None or has_ending(found["then"]) or not _dated(earlier):
                break
            first = before
        if first < start:
            lead = first + len(folded[first:]) - len(folded[first:].lstrip(_SPACE))
            return value[: first - 1].rstrip(_SPACE), value[lead : offset + len(piece)]
    return value[: start - 1].rstrip(_SPACE), value[offset + deadline.start("due") : offset + deadline.end("due")]


@lru_cache(maxsize=4096)
def _verb_role(unit: str) -> tuple[str, str] | None:
    """县水务局牵头 inside a labelled list -> (县水务局, lead): a role verb closing a unit's name."""
    folded = fold(unit)
    verb = next((v for v in P.VERBS if folded.endswith(v) and len(folded) > len(v)), None)
    if verb is None:
        return None
    name = _without_adverb(unit[: -len(verb)].rstrip())  # 县人社局分别牵头落实, 县财政局全力配合
    if "等" in name and (etc := P.ETC_COLLECTIVE.search(fold(name))) and has_ending(name[: etc.start()]):
        name = name[: etc.start()]  # 县医保局等有关部门参加: the collective sums up the list, no unit of its own
    if not has_ending(name):
        return None
    return name, P.VERB_ROLES[verb]


@lru_cache(maxsize=4096)
def _labelled_pieces(value: str) -> list[tuple[str | None, str]]:
    """牵头：县安委办；配合：县工信局、县消防救援大队 -> (lead, 县安委办), (partners, 县工信局、…): a list of units
    whose pieces, apart by ；, open with a role label and a colon; a piece without one keeps no role (None).
    Empty when the value does not open so."""
    folded = fold(value)
    if ":" not in folded:
        return []  # (a label has its colon, as below: most values have none)
    first = P.ROLE_LABEL.match(folded)
    if first is None or ":" not in folded[first.end("label") : first.start("value")]:
        return []
    out: list[tuple[str | None, str]] = []
    for start, end in top_level_spans(folded, ";"):
        piece = folded[start:end].strip(" ")
        offset = start + len(folded[start:end]) - len(folded[start:end].lstrip(" "))
        label = P.ROLE_LABEL.match(piece)
        if label and ":" in piece[label.end("label") : label.start("value")]:
            out.append((P.LABEL_ROLES[label["label"]], value[offset + label.start("value") : end].strip()))
        else:
            out.append((None, value[start:end].strip()))
    return out


def _third_group(value: str) -> int | None:
    """Where a labelled list of leads or partners ends in a clause of units closed by a verb of the units
    responsible (…，各乡镇人民政府负责落实 or …；各县人民政府负责落实): the clause's start; None otherwise."""
    folded = fold(value)
    if "," not in folded and ";" not in folded:
        return None
    spans = top_level_spans(folded, ",;")  # (…配合单位：县财政局；各乡镇人民政府负责落实: after a semicolon too)
    if len(spans) < 2:
        return None
    start, end = spans[-1]
    clause = folded[start:end].strip(" ")
    verb = next((v for v in _departments_verbs() if clause.endswith(v)), None)
    if verb is None:
        return None
    units = clause[: -len(verb)].removesuffix("按职责分工").removesuffix("按照职责分工")
    if not units or not all(has_ending(u) for u in split_units(units)):
        return None
    return start + len(folded[start:end]) - len(folded[start:end].lstrip(" "))


@lru_cache(maxsize=1)
def _departments_verbs() -> tuple[str, ...]:
    return tuple(sorted((v for v, r in P.VERB_ROLES.items() if r == "departments"), key=len, reverse=True))


@lru_cache(maxsize=1024)  # (a notice names the same lists of units again and again; callers only read it)
def _carried_roles(value: str) -> Mapping[str, str]:
    """县人社局、县农业农村局分别牵头: the units of a list (、) before one closed by a role verb share its
    role, up to the previous ，or ；. Unit -> role, for the units without a role of their own."""
    out: dict[str, str] = {}
    folded = fold(value)
    for start, end in top_level_spans(folded, ",;"):
        run = split_units(value[start:end])
        verb = (_verb_role(run[-1]) or _shared_mark(run[-1])) if len(run) > 1 else None
        if verb is None:
            continue
        for unit in run[:-1]:
            if unit_role(unit) is None and _verb_role(unit) is None:
                out[unit] = verb[1]
    return out


def _partner_marked_runs(value: str) -> frozenset[str] | None:
    """The units of the runs (、, up to the previous ，or ；) that a partners' mark in brackets closes, when a
    list marks its partners so (县港航中心、县自然资源局（协办）: both); None when no unit is marked a partner."""
    folded = fold(value)
    runs = [split_units(value[start:end]) for start, end in top_level_spans(folded, ",;")]
    closed = [run for run in runs if run and (mark := unit_role(run[-1])) is not None and mark[1] == "partners"]
    if not closed:
        return None
    return frozenset(unit for run in closed for unit in run)


def _lead_marked_run(piece: str) -> tuple[str, ...]:
    """The units before the marked one in a run a lead's mark in brackets closes (县农业农村局、县文旅局（牵头） ->
    县农业农村局), none marked or given a verb of their own; () for any other piece."""
    run = split_units(piece)
    if len(run) < 2 or (mark := unit_role(run[-1])) is None or mark[1] != "lead":
        return ()
    return () if any(unit_role(u) or _verb_role(u) for u in run[:-1]) else tuple(run[:-1])


def _lead_run_given(assignment: Assignment, run: tuple[str, ...]) -> tuple[str, ...]:
    """More units after a run a lead's mark closed (…（牵头），县乡村振兴局): the run's units lead, before the
    marked one, as in a labelled list of several runs. Returns no run (it is given)."""
    for name in run:
        at = next((i for i, r in enumerate(assignment.responsible) if fold(r) == fold(name)), None)
        if at is None:
            continue
        unit = assignment.responsible.pop(at)
        order = {name: i for i, name in enumerate(assignment.order)}
        later = [i for i, lead in enumerate(assignment.lead) if order.get(lead, -1) > order.get(unit, len(order))]
        assignment.lead.insert(later[0] if later else len(assignment.lead), unit)
    return ()


def _lead_marked_runs(value: str) -> frozenset[str]:
    """The units of the runs (、, up to the next ，) that a lead's mark in brackets closes, in a list of several
    runs (区农业农村局、区文旅局（牵头），区乡村振兴局: both lead); none in a list of one run (县发改局、县财政局（牵头）
    names one lead), nor after ；, which parts roles, not runs."""
    folded = fold(value)
    if ";" in folded:
        return frozenset()
    runs = [split_units(value[start:end]) for start, end in top_level_spans(folded, ",")]
    if len(runs) < 2:
        return frozenset()
    closed = [
        run
        for run in runs
        if len(run) > 1
        and (mark := unit_role(run[-1])) is not None
        and mark[1] == "lead"
        and not any(unit_role(u) or _verb_role(u) for u in run[:-1])
    ]
    return frozenset(unit for run in closed for unit in run[:-1])


_SHARED_ROLE = ("分别", "共同")  # 县商务局、县市场监管局（分别牵头）: the bracket is the whole run's role


def _shared_mark(unit: str) -> tuple[str, str] | None:
    """县市场监管局（分别牵头） closing a list -> (县市场监管局, lead): a bracketed role that 分别 or 共同 opens
    is the role of every unit of its run, as 分别牵头 written without brackets is; None otherwise."""
    mark = P.UNIT_ROLE_MARK.search(fold(unit))
    if mark is None or not mark["role"].startswith(_SHARED_ROLE):
        return None
    return unit_role(unit)


@lru_cache(maxsize=4096)
def joined_cell(value: str) -> tuple[str, str] | None:
    """县民政局会同县财政局、县人社局 -> (县民政局, 县财政局、县人社局): a units cell whose units are joined by 会同,
    read as the same words in prose are (the units before 会同 lead, those after it are partners); None
    where the cell holds no 会同 between two lists of units, or a name is not a unit's."""
    folded = fold(value)
    at = folded.find("会同")
    if at <= 0 or "会同" in folded[at + 2 :] or not ends_unit(folded, 0, at):
        return None
    lead, rest = value[:at].strip(" 、，,"), value[at + 2 :].strip(" 、，,")
    leads, partners = split_units(lead), split_units(rest)
    if not leads or not partners or not all(has_ending(u) for u in (*leads, *partners)):
        return None
    return "、".join(leads), "、".join(partners)


def _opens_unit(folded: str) -> bool:
    """Whether a name opens as a unit's does and ends as one: a level (县审计局), a qualifier (各乡镇人民政府,
    有关部门), a place below the levels (乡镇人民政府), a place named with its level (青河县财政局) or a town's
    government named with its place (红石镇人民政府, 青山乡), a province's or a national body's (内蒙古电力监管办,
    国家税务总局某县税务局); 监管部门 and 社会保障局 do not."""
    return has_ending(folded) and (
        opens_as_unit(folded)
        or folded.startswith(P.BELOW_LEVEL_PREFIXES)
        or folded.startswith(P.NATIONAL_PREFIXES)
        or P.PLACE_NAMED_UNIT.match(folded) is not None
        or P.TOWN_NAMED_UNIT.match(folded) is not None
        or _VILLAGE.match(folded) is not None
    )


# a village or a community named by its place (沙口村, 东风社区): a unit of a town's list, after 和 too
_VILLAGE = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:村|社区)$")


def _split_and(
    name: str, joints: tuple[str, ...] = ("会同", "和", "与"), *, specific: bool = False, and_opening: bool = False
) -> tuple[str, ...]:
    """县经济投资局和县口岸局, 县发改局会同县财政局 -> both, where 和, 与 or 会同 stands right after a unit's
    name and before another's (分别牵头, 负责). specific: 和 and 与 only after a unit that is not
    collective, so that 各县党委和政府 stays one (各乡镇人民政府和县民政局 two: the second has its level).
    and_opening: 和 only before a name that opens as a unit's
    does (县财政局和县审计局 two, 州委编办和监管部门 one)."""
    folded = fold(name)
    if not any(j in folded for j in joints):
        return (name,) if name else ()
    out = []
    start = 0
    i = 0
    while i < len(folded):
        joint = next((j for j in joints if folded.startswith(j, i)), None)
        # 各县党委和政府 is one; 有关部门和各县区 two (the name after 和 has a qualifier of its own)
        after = i + len(joint or "")
        collective = (
            specific
            and joint != "会同"
            and folded[start:i].endswith(P.COLLECTIVE_ENDINGS)
            and not folded.startswith(P.QUALIFIERS, after)
            # 各乡镇人民政府和县民政局: a name with its level after 和 is a unit of its own
            and not (folded[after : after + 1] in P.LEVELS and has_ending(folded[after:]))
        )
        if and_opening and joint == "和" and not _opens_unit(folded[i + 1 :]):
            joint = None  # 州委编办和监管部门: the name after 和 opens as no unit's does
        if joint == "联合" and not _opens_unit(folded[i + 2 :]):
            joint = None  # 县供销合作社联合社: one name (联合社), no unit joined
        if joint and not collective and ends_unit(folded, start, i) and i + len(joint) < len(folded):
            out.append(name[start:i])
            start = i = i + len(joint)
            continue
        i += 1
    out.append(name[start:])
    return tuple(n for n in out if n)


@lru_cache(maxsize=4096)
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


def parse_annotation(body: str, *, strict: bool = False, partial: bool = False) -> Assignment | None:
    """The roles an annotation states, or None when it is not wholly an assignment.

    （牵头单位：A；配合单位：B） （A牵头，B配合；C负责落实） （责任单位：C） （A（牵头）、B）
    Read in one pass: clauses split at ；, each a run of labelled segments
    (牵头单位：…) or of units each closed by a role verb (…牵头, …配合).
    strict (a sentence of prose that may be an assignment): every name before a
    verb must end like a unit and hold no word of prose (要, 由, 对…).
    partial (a bracket that is no wholly read assignment): the pieces that are roles are kept and the
    others listed in the assignment's unread, when the annotation opens with roles it reads
    (（县住建局牵头，县审计局跟踪问效）: lead 县住建局, 县审计局跟踪问效 unread); None when its first piece is
    not read.
    """
    if "股" in body:
        # (a section's 股: its reading may turn on the names the notice writes alone, NAMES_ALONE; read afresh)
        return _parse_annotation(body, strict, partial)
    kept = _annotation_kept(body, strict, partial)
    return None if kept is None else kept.copy()


@lru_cache(maxsize=2048)
def _annotation_kept(body: str, strict: bool, partial: bool) -> Assignment | None:
    """parse_annotation of a text without 股, a function of its text alone: kept, as a notice reads the same
    clause more than once (as a block's first line, then in its text) and repeats its clauses. Never given out:
    each caller takes a copy it may change."""
    return _parse_annotation(body, strict, partial)


def _parse_annotation(body: str, strict: bool, partial: bool) -> Assignment | None:
    if strict and "|" in body:
        # a table row's cell borders (| 牵头单位 | 配合单位 |): the table reader's, never a sentence of roles
        return None
    assignment = Assignment()
    if "\n" in body:
        body = _unwrapped(body)
    folded = fold(body)
    if " " in folded and (spaces := list(P.DUE_SPACE.finditer(folded))):
        # （县水利局负责， 5月 底前）: the spaces a PDF copy left inside a deadline, beside its numbers
        for space in reversed(spaces):
            body = body[: space.start()] + body[space.end() :]
        folded = fold(body)
    if " " in folded:  # （区政府办公室牵头 区人大联络室 区政协联络室配合）: the space after a verb closes its piece
        for space in reversed(list(P.VERB_THEN_SPACE.finditer(folded))):
            body = body[: space.start("space")] + "，" + body[space.start("space") + 1 :]
        folded = fold(body)
    if "、" in folded:  # （县水利局牵头、县财政局配合、2025年10月底前）: a 、 after a verb closes its piece too
        for mark in reversed(list(P.VERB_THEN_DUNHAO.finditer(folded))):
            body = body[: mark.start("mark")] + "，" + body[mark.end("mark") :]
        folded = fold(body)
    if "负责" in folded and (place := _OWN_PLACE_WORK.search(folded)):
        # 各县（市）人民政府负责本辖区落实: where they carry the work out is no part of the verb
        body = body[: place.start("place")] + body[place.end("place") :]
        folded = fold(body)
    if "。" in folded and any(word in folded for word in P.LATER_TASKS_REMARK_WORDS):
        body, folded, assignment.later_remark = _without_later_remark(body, folded)
    if "。" in folded.rstrip("。 ") and (dated := _deadline_sentence_after(folded)) is not None:
        # 牵头：A；配合：B。3月底前完成。: a deadline in a sentence of its own after the labelled units is theirs
        body = body[:dated] + "；" + body[dated + 1 :]
        folded = fold(body)
    unread: list[str] | None = [] if partial and not strict else None
    clauses = top_level_spans(folded, ";")
    opening_time = _opening_time_label(folded, clauses)
    for start, end in clauses[1:] if opening_time else clauses:
        if not _read_clause(body[start:end], folded[start:end], assignment, strict, unread):
            return None
    if opening_time and assignment.has_units:
        # （时间：2025年9月；牵头单位：区文旅局）: a time label opening the annotation dates the units after it
        assignment.add("due", body[opening_time : clauses[0][1]].strip(_SPACE))
    if unread:
        if fold(unread[0]).strip(_SPACE) == folded.strip(_SPACE)[: len(fold(unread[0]).strip(_SPACE))]:
            return None  # the annotation opens with words that are no role: no assignment read in part
        assignment.unread.extend(unread)
    return assignment if assignment.has_units else None


def _deadline_sentence_after(folded: str) -> int | None:
    """Where the last sentence of an annotation opens (its 。) when that sentence is a deadline alone after
    labelled units (牵头：A；配合：B。3月底前完成。, …。长期坚持。), else None; a sentence of other words after the
    units (…。各县要加强…) is none."""
    spans = top_level_spans(folded, "。")
    spans = [span for span in spans if folded[span[0] : span[1]].strip(_SPACE)]
    if len(spans) < 2 or not P.LABEL_ANYWHERE.search(folded, 0, spans[-1][0]):
        return None
    tail = folded[spans[-1][0] : spans[-1][1]].strip(_SPACE)
    piece = deadline_piece(tail)
    if piece is None or tail[piece.end() :] not in ("", "完成", "前完成"):
        return None
    return spans[-1][0] - 1


def _unwrapped(body: str) -> str:
    """An annotation a page wrapped over two lines, read as one: 配合单位：市水务集团、⏎市燃气公司 joins
    at the break; 市水务集团⏎市燃气公司 (a unit a line) takes a 、 between the units; 市燃⏎气公司 joins."""
    lines = [line.strip(_SPACE) for line in body.split("\n")]
    out = lines[0]
    for line in lines[1:]:
        between = "、" if out and line and out[-1] not in _JOINERS and has_ending(out) else ""
        if between and (_name_goes_on(out, line) or _label_goes_on(out, line)):
            # 县住房和城乡⏎建设局, 各乡⏎镇人民政府: one name the page broke after a place's ending; 责任部⏎门：: a label
            between = ""
        out = out + between + line
    return out


_JOINERS = "、,，;；:：(（"


def _label_goes_on(before: str, after: str) -> bool:
    """Whether a role label goes on over a line break (（责任部⏎门：县工信局；…）): the words after the line's last
    separator and the next line's first make a label, which the next line alone does not open."""
    last = re.split("[、,;:(]", fold(before))[-1].strip(_SPACE)
    joined = last + fold(after).lstrip(_SPACE)
    return bool(last) and P.LABEL_ANYWHERE.match(joined) is not None and P.LABEL_ANYWHERE.match(fold(after)) is None


# a bureau's branch in a place named with no level, as a higher bureau's office there is: 苕浦分局   城东分局
_BRANCH_IN_A_PLACE = re.compile(r"^[^\s、,;:()各省市州县区]{2,4}(?:分局|分公司|支队|大队)$")


def _name_goes_on(before: str, after: str) -> bool:
    """Whether a unit's name goes on over a line break: the line ends in a name whose only unit's ending
    is a place's (县住房和城乡, 县城关镇) and the next opens with a name ending like a unit but with no level
    of its own (建设局, 卫生院), where the names on the line keep theirs. A name on the line with a unit's
    own ending (县财政局⏎审计局) is complete."""
    last = re.split("[、,;:]", fold(before))[-1].strip(_SPACE)
    first = re.split("[、,;:。]", fold(after))[0].strip(_SPACE)
    if last.startswith("各") and len(last) == 2 and last[1:] in (*P.LEVELS, "乡", "镇") and has_ending(last + first):
        return True  # 各乡⏎镇人民政府, 各县⏎区人民政府: the places a collective takes, its name broken after the first
    if last[:1] in P.LEVELS and has_ending(last) and _BRANCH_IN_A_PLACE.match(first):
        return True  # 市生态环境局⏎苕浦分局: the bureau's branch in a place, one name the page broke before the place
    return (
        last.endswith(P.PLACE_UNIT_ENDINGS)
        and last[:1] in P.LEVELS
        and first[:1] not in P.LEVELS
        and not first.startswith("各")
        and has_ending(first)
        and not P.DEADLINE.match(first)
    )


def _without_later_remark(body: str, folded: str) -> tuple[str, str, str | None]:
    """（X牵头，Y配合。以下各项均需各县落实，不再列出） -> the roles before the remark, and the remark.

    A sentence after the first that speaks of the tasks after this one names no unit of it.
    """
    for start, end in top_level_spans(folded, "。")[1:]:
        if P.LATER_TASKS_REMARK.search(folded[start:end].strip(_SPACE)):
            return body[:start], folded[:start], body[start:].strip(_SPACE + "。")
    return body, folded, None


def top_level_spans(folded: str, separators: str) -> list[tuple[int, int]]:
    """(start, end) of the stretches between separators outside brackets."""
    if not any(sep in folded for sep in separators):
        return [(0, len(folded))]
    spans = []
    depth = 0
    start = 0
    qualified = angle_qualified(folded)  # 各县<市、区>人民政府: the qualifier's 、 is no separator
    for mark in _span_marks(separators).finditer(folded):  # only the brackets and separators are visited
        ch, i = mark.group(), mark.start()
        if i in qualified:
            continue
        if ch in "(〔[【":
            depth += 1
        elif ch in ")〕]】":
            depth = max(depth - 1, 0)
        elif depth == 0:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(folded)))
    return spans


@lru_cache(maxsize=16)
def _span_marks(separators: str) -> re.Pattern[str]:
    """The brackets and the separators, each a character top_level_spans looks at."""
    return re.compile("[" + re.escape("(〔[【)〕]】" + separators) + "]")


_SPACE = " \u3000\u00a0\t\n"


def _read_clause(
    text: str, folded: str, assignment: Assignment, strict: bool = False, unread: list[str] | None = None
) -> bool:
    """Add one clause's roles; False when part of it is neither a role nor a deadline (unread: such parts
    are listed there, the rest is read)."""
    # (a label is written 〔牵头单位〕 or 牵头单位: — most clauses of prose hold neither)
    labels = [m.start() for m in P.LABEL_ANYWHERE.finditer(folded)] if "〔" in folded or ":" in folded else []
    first = labels[0] if labels else len(folded)
    unknown = P.LABEL_UNKNOWN.match(folded, 0, first) if ":" in folded[:first] else None
    if unknown and unknown["label"] not in P.LABEL_ROLES and unknown.end() < first:
        # （推进单位：市国资委；配合单位：市财政局）: a label the vocabulary lacks is no part of a unit's name
        assignment.add("departments", text[unknown.end() : first].strip(_SPACE + ",，;；"), text[:first].strip(_SPACE))
        assignment.unknown_labels.append(text[unknown.start("label") : unknown.end("label")])
    elif folded[:first].strip(_SPACE + ",;。") and not _read_verbs(
        text[:first], folded[:first], assignment, strict, unread
    ):
        return False
    for n, start in enumerate(labels):
        end = labels[n + 1] if n + 1 < len(labels) else len(text)
        segment = text[start:end].strip(_SPACE + ",，;；")
        if n + 1 < len(labels) and segment.endswith(("?", "？")):
            segment = segment.rstrip("?？")  # 牵头单位：县交通运输局?配合单位：…: a ； a scrape wrote ?
        match = P.ROLE_LABEL.match(fold(segment))
        if match:
            # the value is its first line: a paragraph after the annotation is no part of it
            value = segment[match.start("value") :].lstrip(_SPACE).split("\n", 1)[0]
            listing = P.LABEL_ROLES[match["label"]] in ("departments", "lead", "partners")
            if not listing and (among := _AMONG_CLAUSE.search(fold(value))) is not None:
                value = value[: among.start()]  # 责任人：张明、李华，其中张明牵头: the people, not which of them leads
            if listing and (named := _role_named_after(value)) is not None:
                # 责任单位：市工信局、市数据局，其中市工信局为牵头单位: the list's units, then which of them leads
                value, role, units = named
                written = len(assignment.raw)
                assignment.add(P.LABEL_ROLES[match["label"]], value, segment)
                assignment.add(role, units, segment)
                del assignment.raw[written + 1 :]  # (the segment is written once)
                continue
            assignment.add(P.LABEL_ROLES[match["label"]], value, segment)
    return True


_AMONG_CLAUSE = re.compile(r"\s*,\s*其中")  # (folded) ，其中张明牵头: a clause naming one of a list's names


def _role_named_after(value: str) -> tuple[str, str, str] | None:
    """市工信局、市数据局，其中市工信局为牵头单位 -> (市工信局、市数据局, lead, 市工信局): a labelled list with a clause
    after it naming which of its units takes a role (为/是/作为 and a label, or 牵头; 其中 may open it; a deadline may
    follow it: …，其中X牵头，9月底前完成); the value without that clause, the role, its units. None for any other
    value."""
    folded = fold(value)
    if "牵头" not in folded and "配合" not in folded:
        return None
    spans = top_level_spans(folded, ",")
    for n, (start, end) in enumerate(spans[1:], start=1):
        piece = folded[start:end].strip(_SPACE + "。").removeprefix("其中").lstrip(_SPACE)
        named = P.UNITS_ARE_ROLE.match(piece)
        verb = next((v for v in P.VERBS if piece.endswith(v)), None) if named is None else None
        units = named["units"] if named else piece[: len(piece) - len(verb)] if verb else ""
        role = P.LABEL_ROLES[named["label"]] if named else P.VERB_ROLES[verb] if verb else ""
        listed = {fold(u) for u in split_units(value[: spans[n - 1][1]])}
        if units and role in ("lead", "partners") and all(fold(u) in listed for u in split_units(units)):
            rest = value[end:].strip(_SPACE + ",，")
            kept = value[: spans[n - 1][1]].strip(_SPACE + ",，")
            return (f"{kept}，{rest}" if rest else kept), role, units
    return None


def _read_verbs(
    text: str, folded: str, assignment: Assignment, strict: bool = False, unread: list[str] | None = None
) -> bool:
    """A牵头，B、C配合 -> lead A, partners B, C; False when a piece is neither units with a role, a deadline nor a remark
    (unread: such a piece is listed there and the others are read; units waiting for a verb that never
    comes are then responsible).

    A list of units without a verb takes the role of the next piece's verb
    (A牵头，B、C，各乡（镇）按职责分工负责), or continues a list that marked its lead
    (A（牵头），B、C: B and C are responsible, as the list's units not marked are).
    """
    pending: list[str] = []  # units written before the verb that gives their role
    marked = False  # the last list marked its lead in brackets
    # the units of a run a lead's mark closes (县农业农村局、县文旅局（牵头）): they lead when ，parts the run from
    # more units, as in a labelled list; in a list of one run the marked unit alone leads
    lead_run: tuple[str, ...] = ()
    first_due: tuple[int, str] | None = None  # where the deadline this clause gave starts, and the deadline
    phased: int | None = None  # where a phased way of working (分阶段推进) the deadline holds starts
    for start, end in top_level_spans(folded, ",。"):
        piece = folded[start:end].strip(_SPACE)
        if not piece:
            continue
        raw = text[start:end].strip(_SPACE)
        at = start + len(folded[start:end]) - len(folded[start:end].lstrip(_SPACE))
        if piece.startswith("其中") and (piece.endswith(P.VERBS) or P.UNITS_ARE_ROLE.match(piece)):
            # （责任单位：市工信局、市数据局，其中市工信局为牵头单位）: which of the units listed takes the role
            piece, raw, at = piece[2:].lstrip(_SPACE), raw[2:].lstrip(_SPACE), at + 2
        if (yu := P.DUE_PREPOSITION.match(piece)) and _dated_piece(piece[yu.end() :]):
            # （县水利局负责，于6月底前完成）: the deadline after 于 or 在, read as without it
            piece, raw, at = piece[yu.end() :], raw[yu.end() :], at + yu.end()
        if (season := P.SEASON_WITH_DATES.match(piece)) and resolve(season["dates"], 2000).kind in ("date", "range"):
            # （县水利局负责，汛期（6月1日—9月30日））: the season and its dates, as written, the deadline (never a unit)
            assignment.add("due", raw)
            continue
        if phased is not None and strict is False and _stage_dated(piece):
            # （…，分阶段推进，2025年6月底前完成目录编制，2025年12月底前完成平台上线）: the phrase and its stages'
            # dates, as written, the deadline (as in a cell: the last stage's date ends the work)
            assignment.due = text[phased : at + len(raw)]
            continue
        if not strict and (colon := P.PHASED_COLON.match(piece)) and _stage_dated(piece[colon.end() :]):
            # （…，分阶段推进：2025年6月底前完成普查，2026年6月底前完成建档）: the stages after the colon, as above
            phased = at
            assignment.due = assignment.due or text[at : at + len(raw)]
            continue
        phased = None
        deadline = deadline_piece(piece)
        if deadline and P.DUE_OF_WORK_DONE.match(deadline["then"]):
            continue  # （…；2024年已开工，2025年12月底前完工）: the date of work done, no deadline
        if deadline and not then_names_unit(deadline["then"]):  # （县水务局牵头，2020年底前完成） 2024年3月起实施
            due = raw[deadline.start("due") : deadline.end("due")]
            if first_due is not None and assignment.due == first_due[1] and _dated(first_due[1]) and _dated(due):
                # （…；2025年6月底前启动，12月底前完成）: from the first time to the end of the last, as written;
                # the end of the work dates it
                assignment.due = text[first_due[0] : at + len(raw)]
                first_due = (first_due[0], assignment.due)
            elif first_due is not None and assignment.due == first_due[1] and _at_once_then(first_due[1], due):
                # （…，立即启动，持续推进）   （…，立行立改，2024年10月底前完成）: begun at once, then kept up or done by a
                # date: both as written, as a 整改时限 label gives them (standing, or due at the date)
                assignment.due = text[first_due[0] : at + len(raw)]
                first_due = (first_due[0], assignment.due)
            elif assignment.due is None:
                assignment.add("due", due)
                first_due = (at + deadline.start("due"), assignment.due) if assignment.due == due else None
                if first_due and P.PHASED_WORK.match(deadline["due"]):  # 分阶段推进: its stages' dates may follow
                    phased = first_due[0]
            continue
        if deadline is None and done_by_a_date(piece):
            continue  # （…；2025年已完成选址，2026年9月底前建成）: the same, with what was done
        if deadline is None and not strict and assignment.has_units and P.MONTH_ALONE.match(piece):
            assignment.add("due", raw)  # （县应急局牵头，县教育局配合，6月）: the month the work is due in
            continue
        recurring = P.RECURRING_THEN_WORK.match(piece) if deadline is None and piece.startswith("每") else None
        if recurring and not strict:  # （县商务局负责，每季度召开1次）: the cycle is the deadline
            assignment.add("due", raw[: recurring.end("due")])
            continue
        if deadline is None and not strict and (time_phrase(piece) or P.RECURRING_WORK.match(piece)):
            # （县财政局负责，2025年起常态化开展） （…，2025年6月启动、12月完成） （…，按季度开展检查）: the time
            # phrase is the deadline
            assignment.add("due", raw)
            continue
        due_work = deadline is None and not strict and P.DUE_WORK_VERB.search(piece)
        work = P.DUE_THEN_WORK.match(piece) if due_work else None
        if work and first_due is not None and assignment.due == first_due[1]:
            # （农业服务中心负责，上半年完成100户，年底前完成200户）: staged targets, from the first time to the last,
            # as written; the last date ends the work
            assignment.due = text[first_due[0] : at + len(raw)]
            first_due = (first_due[0], assignment.due)
            continue
        if work:  # （县水利局牵头，县财政局配合，汛期前完成主体工程）: the date, without what is due then (in prose,
            # 县水务局牵头，2025年底前完成河道巡查 may be the task's own sentence: not read so)
            due = raw[: work.end("due")]
            assignment.add("due", due)
            first_due = (at, assignment.due) if assignment.due == due else None
            continue
        leader = P.LEADER_PIECE.match(piece)
        if leader and not has_ending(leader["who"]):  # 由李明副市长负责: a person or post, never a unit
            assignment.leaders.append(raw[leader.start("who") : leader.end("who")])
            continue
        joined = P.JOINED_PARTNERS.match(piece)
        if joined and _joined(raw, joined, assignment, strict):
            continue
        joined = P.JOINED_PARTNERS_WORK.match(piece) if "会同" in piece else None
        if joined and _joined(raw, joined, assignment, strict, with_work=True):
            continue
        if piece.startswith("以") and piece.endswith("为主") and _all_units(raw[1:-2], strict):
            assignment.add("lead", raw[1:-2], raw)  # 以县环卫站为主，各村参与: the unit the work rests on leads
            marked = False
            continue
        verb = next((v for v in P.VERBS if piece.endswith(v)), None) if piece.endswith(P.VERBS) else None
        # (UNITS_ARE_ROLE names the role with 为, 是 or 作为: a piece holding neither character is not scanned)
        labelled = P.LABEL_IS_UNITS.match(piece) if verb is None and ("为" in piece or "是" in piece) else None
        if labelled and _all_units(raw[labelled.start("units") :], strict):
            # 责任单位为县司法局, 牵头单位是县发改局: the label gives the units after it their role (the label is
            # no part of a name)
            assignment.add(P.LABEL_ROLES[labelled["label"]], raw[labelled.start("units") :], raw)
            continue
        named = P.UNITS_ARE_ROLE.match(piece) if verb is None and ("为" in piece or "是" in piece) else None
        if named and P.FIRST_UNIT_LEADS.search(piece):  # 第一个单位为牵头单位, 首位单位为牵头单位: a note on
            continue  # which unit leads (read over the tasks' units), no unit named
        if named and _all_units(raw[: named.end("units")], strict):  # 县水务局为牵头单位
            units = raw[: named.end("units")].removeprefix("由")
            for waiting in pending:
                # （市工信局、市数据局，市工信局为牵头单位）: the list names the units, the role is the one named again;
                # （县市场监管局、县政务服务中心，县税务局为配合单位）: the list's units stay responsible
                assignment.add("departments", waiting, waiting)
            pending.clear()
            assignment.add(P.LABEL_ROLES[named["label"]], units, raw)
            marked = False
            continue
        if verb is None and any(unit_role(u) for u in split_units(piece)):
            _lead_run_given(assignment, lead_run)
            assignment.add("departments", raw, raw)  # 州水务局（牵头）、州财政局: the roles are in the brackets
            lead_run = _lead_marked_run(raw)
            marked = True
            continue
        if verb is None and piece.endswith("的"):  # a condition: 涉及门票减免的，由各市人民政府负责落实
            continue
        if verb is None:
            if not strip_remarks(piece) or piece in P.UNIT_REMARKS:  # 下同
                continue
            if (assisted := _assisting(raw.removeprefix("由"))) is not None:  # 由县档案馆协助县委办
                assignment.add("lead", assisted[1], raw)
                assignment.add("partners", assisted[0], raw)
                assignment.raw.pop()  # (one piece names both roles: it is written once)
                continue
            if ":" not in piece and _all_units(raw, strict):  # 县财政局、县商务局，各乡（镇）负责落实
                # (a label no role reads, 备注：县财政局保障, names no unit: the piece is unread)
                lead_run = _lead_run_given(assignment, lead_run)
                pending.append(raw.removeprefix("由"))  # 由县财政局、县人社局，各乡镇负责落实
                continue
            if unread is not None and _time_label(raw, assignment):
                continue
            if unread is not None and (duty := _units_on_duty(raw)):
                assignment.add("departments", duty, raw)  # 县发改局、县应急局分别负责粮食和物资储备
                continue
            if strict and "分别负责" in piece and (duty := _units_on_duty(raw)):
                # a sentence of prose, 县气象局、县农业农村局分别负责气象监测和病虫害防治: the units are
                # responsible, and what each does stays in the task's text
                assignment.add("departments", duty, raw)
                assignment.names_work = True
                continue
            if unread is None:
                return False
            unread.append(raw)
            continue
        units = raw[: len(raw) - len(verb)].strip(_SPACE)
        if (this := P.THIS_ITEM_BY.match(fold(units))) is not None:
            units = units[this.end() :]  # （此项由县林业局负责）: the item itself, named before its units
        if units.startswith("由"):
            units = units[1:]
        if units.startswith(_AMONG) and pending == [] and assignment.has_units:
            units = units[len(_AMONG) :]  # （县住建局、县财政局负责，其中县财政局牵头）: one of the units named
        units = _without_adverb(units)  # 各街道全力配合
        if (joint := P.COOPERATION_WITH.match(fold(units))) and _all_units(units[joint.end() :], strict=True):
            units = units[joint.end() :]  # 县发改局牵头，加强与县财政局配合: the units after 与 are the partners
        first_verb = _verb_role(units)
        if first_verb:  # 由县水利局牵头组织实施: the first verb gives the role
            units, verb = first_verb[0], next(v for v in P.VERBS if P.VERB_ROLES[v] == first_verb[1])
        if (assisted := _assisting(units)) is not None:
            # 由县机关事务中心配合县发改局实施: the unit after 配合 leads, the one before it is its partner
            assignment.add("lead", assisted[1], raw)
            assignment.add("partners", assisted[0], raw)
            assignment.raw.pop()  # (one piece names both roles: it is written once)
            continue
        found = split_units(units)
        if not any(has_ending(u) or P.QUALIFIER.match(u) for u in found) or (
            strict and not _all_units(units, strict)  # 各乡镇要积极配合, 相关费用由县财政局负责
        ):
            if unread is None:
                return False
            unread.append(raw)
            continue
        if P.VERB_ROLES[verb] == "partners" and not pending and all(P.COOPERATION_WORK.match(fold(u)) for u in found):
            # 县发改局牵头，加强部门配合: the work the units do together, no unit named (as a vague collective
            # below)
            assignment.raw.append(raw)
            marked = False
            continue
        if (
            P.VERB_ROLES[verb] == "partners"
            and not pending
            and assignment.lead
            and all(P.VAGUE_COLLECTIVE.match(fold(u)) for u in found)
        ):
            # 市发改委牵头，相关部门配合: a vague collective is no partner named (as after 会同); the lead leads alone,
            # and the words stay in departments_raw (not after 负责: 由X负责，有关部门配合 makes X lead by its partners)
            assignment.raw.append(raw)
            marked = False
            continue
        glued = _lead_glued(units) if P.VERB_ROLES[verb] == "partners" and not pending else None
        if glued:
            # 县卫生健康局牵头县财政局、县人社局配合: the comma (or the line's end) after the lead's verb was lost
            assignment.add("lead", glued[0], raw)
            units = glued[1]
            found = split_units(units)
        named_again = {fold(u) for u in found}
        lead_run = _lead_run_given(assignment, lead_run)
        for waiting in pending:
            # （县住建局、县财政局，县住建局牵头）: the list names the units, the role is the one unit's named again
            again = any(fold(u) in named_again for u in split_units(waiting))
            assignment.add("departments" if again else P.VERB_ROLES[verb], waiting, waiting)
        pending.clear()
        assignment.add(P.VERB_ROLES[verb], units, raw)
        if glued and assignment.raw[-2:] == [raw, raw]:
            assignment.raw.pop()  # (one piece names both roles: it is written once)
        marked = False
    if pending and not marked:
        if unread is None:
            return False
        for waiting in pending:
            # 县教育局、县科协，各乡镇视情况做好配合 (the last piece unread): the units named are responsible; a
            # piece that only a qualifier makes a unit (各单位轮流承担场地保障) is unread
            if all(has_ending(u) for u in split_units(waiting)):
                assignment.add("departments", waiting, waiting)
            else:
                unread.append(waiting)
        return True
    for waiting in pending:  # 州住建局（牵头），州自然资源局、州政务局: the list goes on, its units responsible
        assignment.add("departments", waiting, waiting)
    return True


def _lead_glued(units: str) -> tuple[str, str] | None:
    """县卫生健康局牵头县财政局、县人社局 -> (县卫生健康局, 县财政局、县人社局): units before a partners' verb that
    open with a lead and its 牵头 glued to the partners' list; None unless both sides are only units."""
    at = units.find("牵头")
    if at <= 0 or "牵头" in units[at + 2 :]:
        return None
    lead, rest = units[:at], units[at + 2 :]
    if not rest or not _all_units(lead, strict=True) or not _all_units(rest, strict=True):
        return None
    if P.NOT_A_UNIT.match(fold(rest)):
        return None  # 县卫生健康局牵头组织县财政局…: the lead's work, no partner named right after its verb
    return lead, rest


def _dated_piece(folded: str) -> bool:
    """Whether a piece is a deadline, maybe with the work due then (6月底前完成, 2025年底前完成河道清淤, 年底前),
    naming no unit: what may follow 于 or 在 in an annotation (P.DUE_PREPOSITION)."""
    if (deadline := deadline_piece(folded)) is not None:
        return not then_names_unit(deadline["then"])
    return P.DUE_THEN_WORK.match(folded) is not None or time_phrase(folded)


def time_phrase(folded: str) -> bool:
    """Whether a piece is a time phrase naming no unit: 2025年起常态化开展, 2025年6月启动、12月完成 (P.DEADLINE_PHRASE)."""
    phrase = deadline_phrase(folded)
    return phrase is not None and not _names_a_unit(phrase["then"])


def then_names_unit(then: str) -> bool:
    """Whether the words after a time in an annotation's piece name a unit (2025年底前县住建局), not the work
    done then: 每年举办 ends as an office does, but 举办 is a verb with 办 (P.VERB_BAN), no office."""
    return has_ending(then) and not (len(then) <= 4 and P.VERB_BAN.search(fold(then)))


def _names_a_unit(words: str) -> bool:
    """Whether words after a time name a unit (起由县城管局接管), not only how the work goes (部署、11月验收:
    部署 ends as 署 does, but a unit's name is longer)."""
    return any(len(u) > 2 and has_ending(u) for u in split_units(words))


def _stage_dated(piece: str) -> bool:
    """Whether a folded piece of an annotation is a stage of phased work with its date: 2025年12月底前完成平台上线,
    2025年12月底前 (no unit after the date)."""
    deadline = deadline_piece(piece)
    if deadline is not None:
        return not has_ending(deadline["then"]) and _dated(deadline["due"])
    work = P.DUE_THEN_WORK.match(piece) if P.DUE_WORK_VERB.search(piece) else None
    return work is not None and _dated(piece[: work.end("due")])


def _at_once_then(first: str, then: str) -> bool:
    """Whether a deadline starts the work at once (立即启动, 立行立改) and the next one keeps it up (持续推进, 长期坚持)
    or ends it by a date (2024年10月底前完成)."""
    return P.AT_ONCE_OPENING.match(fold(first)) is not None and resolve(then, 2000).kind in (
        "standing",
        "date",
        "range",
    )


def _dated(due: str) -> bool:
    """Whether a deadline as written ends on a date (2025年6月底前, 四季度), in any year; 长期坚持 does not."""
    return resolve(due, 2000).kind in ("date", "range")


def _joined(raw: str, joined: Any, assignment: Assignment, strict: bool, *, with_work: bool = False) -> bool:
    """(X牵头，)会同Y、Z推进: Y and Z are partners (X the lead); False when a name is not a unit's. with_work:
    joined is a match of P.JOINED_PARTNERS_WORK (a match's re is its engine's pattern, not always P's object)."""
    lead = raw[joined.start("lead") : joined.end("lead")].removeprefix("由") if joined["lead"] else ""
    if lead in _CONJUNCTIONS and assignment.has_units:
        lead = ""  # （县住建局牵头，并会同县市场监管局）: the lead is the one named before
    written = raw[joined.start("units") : joined.end("units")]
    if not with_work and not all(has_ending(u) for u in split_units(written)[:-1]):
        return False  # 会同县财政局制定办法、细则: the 、 is the work's, read with the work (never 县财政局制定办)
    units = _before_action(written)
    if not with_work and units != written and len(_partners_before_work(written) or units) < len(units):
        return False  # 会同乡综合执法队开展联合巡查: the work is longer than an action cut at a name's end (…开展联)
    # 县财政局、县统计局和各乡镇: 和 joins the last two partners
    names = [n for u in split_units(units) for n in _split_and(u, ("和", "与"), specific=True)]
    if with_work:
        # 会同县农业农村局制定资金管理办法: the partners, then the work they do together
        units = _partners_before_work(raw[joined.start("units") :])
        names = [n for u in split_units(units) for n in _split_and(u, ("和", "与"), specific=True)]
        assignment.names_work = bool(names)
    if not names or not all(has_ending(u) for u in names) or (lead and not _all_units(lead, strict)):
        return False
    if lead:
        assignment.add("lead", lead, raw)
    assignment.add("partners", "、".join(names), raw)
    if lead and assignment.raw[-2:] == [raw, raw]:
        assignment.raw.pop()  # one piece names both roles: it is written once
    return True


def _partners_before_work(joined: str) -> str:
    """县农业农村局制定资金管理办法 -> 县农业农村局: the shortest list of units the text after 会同 opens with that
    the rest does not go on (no 、 right after it, no list of units running on to a later 、, its last name not
    longer; a 、 inside the work after it is the work's); '' when there is none (会同有关部门: a collective is no
    partner named)."""
    first = ""
    for k in range(3, len(joined) - 1):
        head, rest = joined[:k], joined[k:]
        bracketed = False
        if (
            rest[0] in "（("
            and (close := rest.find("）" if rest[0] == "（" else ")")) > 1
            and has_ending(rest[1:close])
        ):
            k += close + 1  # 省委党校（某行政学院）将…: a second name in brackets is the unit's own
            head, rest, bracketed = joined[:k], joined[k:], True
            if not rest:
                break
        # (县农业农村 is no end: 局 goes on its name)
        if rest[0] in "、和与及,，" or not (bracketed or has_ending(head)) or has_ending(joined[: k + 1]):
            continue
        if (mark := rest.find("、")) >= 0 and all(has_ending(u) for u in split_units(joined[: k + mark])):
            continue  # 会同县财政局县人社局、…: the list goes on past head (not 会同镇财政所做好申报、监督: the work's 、)
        if not (bracketed and rest.startswith(P.WORK_OPENERS)) and P.PROSE_IN_NAME.match(fold(rest)):
            return first  # 会同县农业农村局要加强督查: a sentence of prose, not the partners' work
        names = list(split_units(head))
        if bracketed and names:  # (the name in brackets ends the last unit's name: read as that name)
            names[-1] = head[head.rfind("（" if "（" in head else "(") + 1 : -1]
        if names and all(
            has_ending(u) and not P.PROSE_IN_NAME.search(fold(u)) and P.SPECIFIC_UNIT.search(fold(u)) for u in names
        ):
            if rest.startswith(P.WORK_OPENERS):
                return head
            # 中国联|通某分公司推进…: a name's ending inside a longer name; the list ends where the work begins
            first = first or head
    return first


def _before_action(units: str, longest: int = 4) -> str:
    """有关部门研究制定 -> 有关部门: the list without a short action after its last name (an action of two
    characters at least: 县税务局限时办结 -> 县税务局, never 县税务局限时办)."""
    if has_ending(units) or has_ending(units[max(units.rfind(j) for j in "、和与") + 1 :]):
        return units  # …和各县区: the last name is whole
    for cut in range(len(units) - 2, max(len(units) - longest, 0) - 1, -1):
        if has_ending(units[:cut]):
            return units[:cut]
    return units


# the place words between 负责 and 落实 (folded): 负责本辖区落实   负责辖区内组织实施   负责本地区落实
# 负责本辖区具体实施
_OWN_PLACE_WORK = re.compile(
    r"负责(?P<place>本辖区(?:内)?|辖区内|本地区|本区域内?|本行政区域内?)(?=(?:具体)?(?:落实|组织实施|实施|推进))"
)


def _without_adverb(units: str) -> str:
    """各街道全力配合 -> 各街道, 县城管局按各自职责配合 -> 县城管局: words on how the units act, between their
    names and the verb (vocabulary.yaml, units: role_adverbs), one or two of them."""
    for _ in range(2):
        adverb = next((a for a in P.ROLE_ADVERBS if units.endswith(a) and has_ending(units[: -len(a)].rstrip())), None)
        if adverb is None:
            break
        units = units[: -len(adverb)].rstrip()
    return units


_AMONG = "其中"  # （县住建局、县财政局负责，其中县财政局牵头）
_CONJUNCTIONS = ("并", "并且", "同时", "还")  # （县住建局牵头，并会同县市场监管局）
_ASSISTING = re.compile("配合|协助")


def _assisting(units: str) -> tuple[str, str] | None:
    """县机关事务中心配合县发改局 -> (县机关事务中心, 县发改局): the units before 配合 (协助) assist those after
    it, who lead; None unless both sides are wholly units' names."""
    folded = fold(units)
    if ("配合" not in folded and "协助" not in folded) or any(ch in folded for ch in ",;。[]"):
        return None  # (one clause: a list's own 配合 is read by its verb)
    verbs = list(_ASSISTING.finditer(folded))
    if len(verbs) != 1:
        return None
    before, after = units[: verbs[0].start()].strip(_SPACE), units[verbs[0].end() :].strip(_SPACE)
    for side in (before, after):
        opened = fold(side)
        if len(opened) < 3 or opened.count("(") != opened.count(")") or not _all_units(side, strict=True):
            return None  # (（县生态环境局配合）: a bracket's edges are no units)
    return before, after


_UNITS_ON_DUTY = re.compile("(?:分别|具体)?负责")


def _units_on_duty(raw: str) -> str | None:
    """县发改局、县应急局分别负责粮食和物资储备 -> 县发改局、县应急局: units, 负责 and the work they do, in an
    annotation (the units are responsible; the work stays in the annotation as written); None for any other
    piece (县财政局负责的项目除外: a condition, no duty)."""
    folded = fold(raw)
    verb = _UNITS_ON_DUTY.search(folded)
    if verb is None or verb.start() == 0 or "的" in folded[verb.end() :] or not folded[verb.end() :].strip():
        return None
    units = raw[: verb.start()].removeprefix("由").strip(_SPACE)
    return units if _all_units(units, strict=True) else None


def _bare_time_label(folded: str) -> re.Match[str] | None:
    """时间：2025年4月至10月: a bare time label (the words that label a deadline only beside units:
    vocabulary.yaml, due_labels_after_units) whose value is a deadline, its value the group "value"; else None."""
    label = P.DUE_AFTER_UNITS.match(folded)
    return label if label is not None and deadline_piece(label["value"]) is not None else None


def _time_label(raw: str, assignment: Assignment) -> bool:
    """（牵头单位：区投促局；时间：2025年4月至10月）: a bare time label after the units, read as their deadline;
    False for anything else."""
    label = _bare_time_label(fold(raw)) if assignment.has_units else None
    if label is None:
        return False
    assignment.add("due", raw[label.start("value") :])
    return True


def _opening_time_label(folded: str, clauses: list[tuple[int, int]]) -> int | None:
    """Where the deadline starts when an annotation opens with a bare time label and names its units in
    labelled clauses after it (（时间：2025年9月底前；责任单位：区文旅局）), else None."""
    if len(clauses) < 2 or ":" not in folded:
        return None
    start, end = clauses[0]
    label = _bare_time_label(folded[start:end].strip(_SPACE))
    if label is None:
        return None
    if not any(P.ROLE_LABEL.match(folded[s:e].strip(_SPACE)) for s, e in clauses[1:]):
        return None
    return start + len(folded[start:end]) - len(folded[start:end].lstrip(_SPACE)) + label.start("value")


def _all_units(raw: str, strict: bool = False) -> bool:
    """Whether a piece is only a list of units, each with a unit's ending (or, unless strict, a qualifier)."""
    units = split_units(raw[1:] if raw.startswith("由") else raw)
    if strict:  # (a dash stands between a task's text and its units, never in a name: …投入使用——县教育局)
        return bool(units) and all(
            has_ending(u) and not P.PROSE_IN_NAME.search(fold(u)) and "—" not in u for u in units
        )
    return bool(units) and all(has_ending(u) or P.QUALIFIER.match(u) for u in units)
