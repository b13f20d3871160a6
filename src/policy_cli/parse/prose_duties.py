"""Tasks read from the subjects of a notice's sentences, where nothing else in the notice assigns its work.

Many county 实施方案 and 工作方案 never annotate a task: each numbered item says in its sentences who does
what (县环保局。负责…; 各乡镇人民政府务必于1月底前设置…; 由县财政局负责…). The driver calls this reader only
when every other reader found no task in a notice with numbered parts. Each lowest-level numbered block
outside the plan's frame (指导思想, 总体要求, 工作目标, 基本原则 … and 工作要求, see _frame) whose sentences or
clauses open with units and a duty word (P.PROSE_DUTY_WORD: 要, 务必, 应/应当, 须, 负责, 牵头, 统筹, 组织,
会同, 配合, 协助 …), or name them after 由 with a role verb (P.DUTY_BY_UNITS), is a task of those units. A unit
standing as a sentence of its own before a sentence opening with its duty (县环保局。负责…) opens a task of its
own, to the next such unit. Units mentioned otherwise (在县政府统一领导下, 发挥X作用, 报X备案, X成立了)
are no subject. The units are the departments in order of first mention; 牵头 makes the lead, 会同 the lead
and those it joins partners, 配合/协助/协同/参与 partners (配合Y: Y the lead), and X负责… beside Y配合 in one
sentence makes X the lead; every other subject is a responsible unit only. Every task is warned
read-from-prose at its line: it was read from sentence subjects and should be checked.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterator

from .. import patterns as P
from ..decode import fold
from ..departments import has_ending, opens_as_unit, split_units, task_words
from ..models import Task, Warning
from ..numerals import int_to_cn
from ..regex_engine import Match
from .body import Node, labels_time_and_leaders
from .deadlines import deadline_in_prose
from .roles import Assignment

READ_FROM_PROSE = "read-from-prose"

# a sentence's or clause's end (folded), and a list of roles joined by 、 (由X牵头、Y配合)
_CLAUSE_END = re.compile(r"[。;!?,:\n]|(?<=牵头)、|(?<=负责)、")
_SENTENCE_END = re.compile(r"[。!?\n]")
# the first characters of P.PROSE_DUTY_WORD's words: a subject is tried only where one stands
_DUTY_FIRST = frozenset("也还都均亦务必应须需要共分具牵负统组会配协参联印加开做抓落推督指")
_LONGEST_SUBJECT = 40
_NAME_LAST = frozenset("局委办室院所站队心司行会府团部处科股组")  # the last characters of most units' names
# words of a clause's other parts, never in a subject's name: 的 (县水务局牵头的工作组), prepositions (各牵头单位对所…,
# 县政府在…, 各乡镇按…, 经费由县财政局…)
_NOT_IN_SUBJECT = frozenset("的对把将在于向从按被由")
_ROLE_BEFORE_OF = re.compile(r"牵头|负责|配合|协助|主管|分管|组织")  # characters of a list of units opening a clause
_LEAD_VERBS = ("牵头", "牵头负责")
_PARTNER_VERBS = ("配合", "协助", "协同", "参与")
_HELPED_VERBS = ("配合", "协助")  # 配合县教育局做好…: the unit helped is the lead
# the parts that only frame the plan or ask for care, whose sentences name no task (P.FRAME_HEADING: 指导思想,
# 总体要求, 基本原则, 工作目标 …; P.TARGETS_HEADING: 目标任务; P.SUPPORT_HEADING: 保障措施, 工作要求 …, but for
# 组织实施, which a 普查 or 检查 plan's work may stand under)
_WORK_UNDER_SUPPORT = "组织实施"
# a collective named by reference only, no place or field: 各部门, 有关部门, 各级各部门, 各单位, 各成员单位
_REFERENCE = re.compile(r"^(?:各级)?各?(?:有关|相关|成员|责任)?(?:部门|单位)$")
# a place named as the subject of a duty on a higher level's notice, its government meant: 武汉市, 宜昌市, 青川县
# (not a place of the notice's own, 全市, 本县, 我区, nor 城区, 辖区, 景区 …, which are areas)
_PLACE_GOVERNMENT = re.compile(r"^[\u4e00-\u9fff]{1,4}[市县区州盟旗]$")
_NOT_A_PLACE = re.compile(
    r"^[全本我该此各其每上下]|^(?:重点|试点|贫困|示范|先进|受灾|沿海|边境)"
    r"|(?:市区|城区|辖区|景区|园区|社区|山区|林区|矿区|湖区|库区|地区|片区|校区|街区|灾区|新区)$"
)
# the lines naming a group's or an office's people (folded), and a line giving its address or telephone
_PEOPLE_LINE = re.compile(r"^(?:常务)?(?:主任|副主任|组长|副组长|成员|组员|联络员|指挥长|副指挥长)\s*:")
_CONTACT_LINE = re.compile(r"办公地点|办公地址|联系电话|电话\s*[:：]|联系人")
# places of no kind taken together: 各地, 各地区
_EVERY_PLACE = re.compile(r"^各地(?:区)?$")


def prose_duty_tasks(
    parts: list[Node],
    warned: Collection[int] = (),
    held: Collection[int] = (),
    groups: bool = True,
    labels_taken: set[int] | None = None,
) -> tuple[list[Task], list[Warning]]:
    """The tasks the sentences of the body's lowest-level blocks assign by their subjects, in document order,
    and a read-from-prose warning at each task's line. Where any task is read, a block (outside the frame)
    giving none whose sentences open with units is warned line-not-read at its line, unless warned already:
    no-tasks no longer stands for it. held: the lines of tasks other readers found, whose blocks are theirs;
    groups: whether a work group's duties are read. A block's labels naming no unit (完成时限：…, 牵头领导：…) give
    its tasks their deadline and leaders; labels_taken collects their lines."""
    tasks: list[Task] = []
    unread: list[Node] = []
    held = set(held)
    for part, path, clause, node, framed in _leaves(parts):
        if held and {node.line.number, *node.paragraph_lines} & held:
            continue
        # a work group's block, in the frame's parts too (组织领导): its duties; no other subject's there; an item
        # of an office's numbered duties (办公室（市创城办） ⏎ 主要职责： ⏎ 1.负责…): a task of that office
        group = (_group_duty(node) or _office_duty(part, clause, node)) if groups else None
        duties = [group] if group is not None else [] if framed else _duties(node)
        if not duties and not framed and node.line.number not in warned and _opens_with_units(node.text):
            unread.append(node)
        labelled = _own_labels(node) if duties else None
        if labelled is not None and labels_taken is not None:
            labels_taken.update(line.number for *_, line in node.labels)
        for text, line, assignment in duties:
            if labelled is not None:
                assignment.leaders.extend(p for p in labelled.leaders if p not in assignment.leaders)
            tasks.append(
                assignment.task(
                    due=(labelled.due if labelled is not None else None) or deadline_in_prose(text),
                    id=len(tasks) + 1,
                    text=text,
                    line=line,
                    path=path,
                    source="body",
                    group=part.number,
                    subgroup=clause.number if clause else None,
                )
            )
    warnings = [
        Warning(
            READ_FROM_PROSE,
            task.line,
            f"task {task.id} read from the subjects of its sentences ({'、'.join(task.departments)}), no"
            " annotation or label naming its units: check them",
        )
        for task in tasks
    ]
    if tasks:
        warnings += [
            Warning(
                "line-not-read",
                node.line.number,
                "a block naming units at the head of a sentence or after 由, with no duty the prose reader knows:"
                f" not read as a task: {node.text.strip()[:30]}",
            )
            for node in unread
        ]
    return tasks, warnings


def _own_labels(node: Node) -> Assignment | None:
    """A block's labels where they name a deadline and leaders only (the units its sentences name): read."""
    if not labels_time_and_leaders(node):
        return None
    read = Assignment()
    for label, value, line in node.labels:
        read.add(P.LABEL_ROLES[label], value, line.text)
    return read


def _frame(node: Node) -> bool:
    """Whether a block's title names the plan's frame, support measures or general requirements."""
    title = fold(node.title).strip(" 。")
    if title == _WORK_UNDER_SUPPORT:
        return False
    return any(p.match(title) for p in (P.FRAME_HEADING, P.TARGETS_HEADING, P.SUPPORT_HEADING))


def _leaves(parts: list[Node]) -> Iterator[tuple[Node, str, Node | None, Node, bool]]:
    """Each lowest-level block, with its part, path and clause, and whether it stands in the frame's parts and
    clauses (where only a work group's duties are read)."""
    for part in parts:
        label = fold(part.label)
        top = str(part.number) if label[:1].isdigit() else f"（{part.number}）" if label[1:2].isdigit() else None
        stack: list[tuple[Node, list[str], Node | None, bool]] = [
            (part, [top or int_to_cn(part.number)], None, _frame(part))
        ]
        while stack:
            node, path, clause, framed = stack.pop()
            if not node.children:
                yield part, "/".join(path), clause, node, framed
                continue
            for child in reversed(node.children):
                if child.kind == "clause":
                    child_label = f"（{int_to_cn(child.number)}）"
                elif child.kind == "subitem":
                    child_label = f"（{child.number}）"
                elif child.kind == "point":
                    child_label = child.label.replace(")", "）").replace(" ", "").replace("．", ".")
                else:
                    child_label = str(child.number)
                child_framed = framed or (child.kind == "clause" and _frame(child))
                stack.append((child, [*path, child_label], child if child.kind == "clause" else clause, child_framed))


def _group_duty(node: Node) -> tuple[str, int, Assignment] | None:
    """A work group's block (（一）综合协调组。 ⏎ 组长：… ⏎ 职责：负责资料收集…): a task of the group, its text the
    group's name and the duties after the label, at the label's line; None for any other block, and for a group
    whose duties are not written."""
    title = P.WORK_GROUP_TITLE.match(fold(node.title).strip(" 。"))
    duty = P.DUTY_LABEL_LINE.search(fold(node.text)) if title is not None else None
    if title is None or duty is None or not node.text[duty.end() :].strip():
        return None
    name = node.title.strip(" 。\u3000")[: title.end("name")]
    assignment = _group_units(node.text) or Assignment()
    if not assignment.has_units:
        assignment.add("departments", name)
    lines = [node.line.number, *node.paragraph_lines]
    line = lines[min(node.text.count("\n", 0, duty.end()), len(lines) - 1)]
    # (the group's name, then its duties: the lines between, 组长：…, name its people)
    return (
        f"{node.title.strip()}{'' if node.title.strip().endswith('。') else '。'}{node.text[duty.end() :].strip()}",
        line,
        assignment,
    )


def _group_units(text: str) -> Assignment | None:
    """The units a work group's block names under their labels (组长单位：县政府办公室 ⏎ 成员单位：县住建局、县财政局):
    the leading unit its lead, the members responsible; None where it names none so."""
    assignment = Assignment()
    for line in text.split("\n"):
        label, colon, value = fold(line).strip().partition(":")
        found = P.GROUP_UNITS_LABEL.match(label.strip()) if colon else None
        if found is None or not value.strip():
            continue
        written = line.strip().split("：", 1)[-1] if "：" in line else line.strip().split(":", 1)[-1]
        assignment.add("lead" if found["role"] in ("组长", "牵头") else "departments", written.strip(" 。；;"))
    return assignment if assignment.has_units else None


def _office_duty(part: Node, clause: Node | None, node: Node) -> tuple[str, int, Assignment] | None:
    """An item of the numbered duties an office's block lists after its label (办公室（市创城办） ⏎ 主任：… ⏎
    主要职责： ⏎ 1.负责与上级对接…): a task of that office (by its second name where it has one, 市创城办), the
    item its text; None for any other item, and for the office's address or telephone line."""
    # (by identity: a block's fields compared one by one would walk its whole subtree)
    parent = next((p for p in (clause, part) if p is not None and any(c is node for c in p.children)), None)
    if parent is None or _CONTACT_LINE.search(node.text):
        return None
    office = _office_over_duties(parent.text)
    if office is None:
        return None
    assignment = Assignment()
    assignment.add("departments", office)
    return node.text.strip(), node.line.number, assignment


def _office_over_duties(text: str) -> str | None:
    """The office a block's text names just before its closing label of duties (…办公室（市创城办） ⏎ 主任：XXX ⏎
    主要职责：), the lines of its people between them; its second name in brackets where that is a unit's name."""
    lines = [ln.strip() for ln in fold(text).split("\n") if ln.strip()]
    if not lines or not P.DUTY_LABEL_LINE.fullmatch(lines[-1]):
        return None
    for line in reversed(lines[:-1]):
        if _PEOPLE_LINE.match(line):
            continue
        title = P.WORK_GROUP_TITLE.match(line.strip(" 。"))
        if title is None:
            return None
        alias = line[title.end("name") :].strip(" ()。")
        return alias if alias and has_ending(alias) else title["name"]
    return None


def _duties(node: Node) -> list[tuple[str, int, Assignment]]:
    """The tasks one block's sentences assign: (text, line, assignment). A unit standing as a sentence of its
    own before its duty opens a task to the next such unit (the text before the first, no subject's, is none);
    else the block is one task where a subject owes a duty in it, none where none does."""
    text = node.text
    folded = fold(text)
    lines = [node.line.number, *node.paragraph_lines]
    breaks = [m.start() for m in re.finditer("\n", text)]

    def line_at(offset: int) -> int:
        return lines[min(bisect_left(breaks, offset), len(lines) - 1)]

    if any(p.search(folded) for p in (P.UNITS_BY_NUMBER, P.AMONG_BY_NUMBER, P.ROLE_FOR_NUMBERED)):
        return []  # 第1项至第3项由…负责, A牵头落实第一条: a division of the tasks by their numbers, no task of its own
    if "|" in folded:
        return []  # a table's row whose cells no reader cut: its prose is no sentence of the notice's
    starts = _units_alone(text, folded)
    if starts:
        out = []
        for (start, units), end in zip(starts, [s for s, _ in starts[1:]] + [len(text)], strict=True):
            assignment = _assignment(text, folded, start, end, units)
            out.append((text[start:end].strip(), line_at(start), assignment))
        return out
    assignment = _assignment(text, folded, 0, len(text), None)
    # (各部门要密切配合，形成合力: units named by reference alone ask all for care, and name no task)
    named = [u for u in assignment.order if not _REFERENCE.match(fold(u)) and not P.HELPING_REFERENCE.match(fold(u))]
    return [(text.strip(), node.line.number, assignment)] if named else []


def gives_a_duty(text: str) -> bool:
    """Whether a sentence or clause of the text opens with units and a duty (各有关部门要…, 县财政局负责…): work a
    notice of the genre gives in prose."""
    folded = fold(text)
    begin = 0
    for m in [*_CLAUSE_END.finditer(folded), None]:
        stop = m.start() if m else len(folded)
        lead = len(folded[begin:stop]) - len(folded[begin:stop].lstrip(" \u3000"))
        if stop - begin > 3 and _subjects(text[begin + lead : stop], folded[begin + lead : stop]):
            return True
        begin = stop + 1
    return False


def _opens_with_units(text: str) -> bool:
    """Whether a sentence or clause of the text opens with units (县财政局保障经费), or names them after 由
    (经费由县财政局负责保障), whatever follows them."""
    folded = fold(text)
    begin = 0
    for m in [*_CLAUSE_END.finditer(folded), None]:
        stop = m.start() if m else len(folded)
        clause = text[begin:stop].lstrip(" \u3000")
        for start in [0, *(i + 1 for i, ch in enumerate(clause) if ch == "由")]:
            ends = range(start + 3, min(len(clause), start + _LONGEST_SUBJECT) + 1)
            if any(clause[at - 1] in _NAME_LAST and _units(clause[start:at]) for at in ends):
                return True
        begin = stop + 1
    return False


def _units_alone(text: str, folded: str) -> list[tuple[int, tuple[str, ...]]]:
    """The sentences that are a list of units alone (or the words after a sentence's colon), each before a
    sentence opening with a duty (县环保局。负责…): where each starts, and its units."""
    out: list[tuple[int, tuple[str, ...]]] = []
    begin = 0
    for end in [m.start() for m in _SENTENCE_END.finditer(folded)]:
        begin = max(begin, folded.rfind(":", begin, end) + 1)  # 各单位职责如下:县环保局。负责…
        if folded[end] == "。" and (units := _units(text[begin:end])) is not None:
            after = end + 1
            while after < len(folded) and folded[after] in " \n":
                after += 1
            duty = P.PROSE_DUTY_WORD.match(folded[after : after + 16])
            # (a unit opening the block, 任城区。共实施改造…: the block is its work, whatever the verb)
            if (duty is not None and _verb(duty)) or (not out and not folded[:begin].strip() and after < len(folded)):
                out.append((begin + len(text[begin:end]) - len(text[begin:end].lstrip()), units))
        begin = end + 1
    return out


def _assignment(text: str, folded: str, start: int, end: int, alone: tuple[str, ...] | None) -> Assignment:
    """The units owing the duties of text[start:end], by role (see the module's note). With alone, the units
    standing as the first sentence: the subject of the sentence after it."""
    read: list[tuple[tuple[str, ...], str, int]] = []  # (units, role, sentence)
    sentence = 0
    begin = start
    pending_alone = alone
    for m in [*_CLAUSE_END.finditer(folded, start, end), None]:
        stop = m.start() if m else end
        clause_text, clause = text[begin:stop], folded[begin:stop]
        lead_in = len(clause) - len(clause.lstrip(" \u3000"))
        clause_text, clause = clause_text[lead_in:], clause[lead_in:]
        if (ordinal := P.SENTENCE_ORDINAL.match(clause)) is not None:
            clause_text, clause = clause_text[ordinal.end() :], clause[ordinal.end() :]
        if pending_alone is not None and _units(clause_text) == pending_alone:
            pass  # the units standing alone: their duty is the next sentence's
        elif pending_alone is not None and clause:
            duty = P.PROSE_DUTY_WORD.match(clause[:16])
            verb = _verb(duty) if duty else ""
            read.append((pending_alone, verb, sentence))
            read.extend(
                (units, role, sentence)
                for units, role in _objects(clause_text, clause, duty.end() if duty else 0, verb)
            )
            pending_alone = None
        else:
            read.extend((units, role, sentence) for units, role in _subjects(clause_text, clause))
        if m and m.group() in "。!?\n":
            sentence += 1
        begin = stop + 1
    return _roles(read)


def _subjects(text: str, folded: str) -> list[tuple[tuple[str, ...], str]]:
    """The units a clause makes owe a duty, each with its verb (empty for a modal alone), and the units its
    verb joins or helps: by units opening it (由 before them or not), else by a mechanism it sets up led by
    units (建立由镇(街)牵头…)."""
    for at in range(2, min(len(folded), _LONGEST_SUBJECT + 1)):
        if folded[at] not in _DUTY_FIRST:
            continue
        duty = P.PROSE_DUTY_WORD.match(folded[at : at + 48])
        if duty is None or (units := _units(text[:at])) is None:
            continue
        if duty["work"] and not all(P.SPECIFIC_UNIT.search(fold(u)) for u in units):
            continue  # (the work alone after the words: only a specific office's name, never 县金融办协调银行机构)
        verb = _verb(duty)
        return [(units, verb), *_objects(text, folded, at + duty.end(), verb)]
    by = P.DUTY_BY_UNITS.search(folded)
    if by is not None and (units := _units(text[by.start("units") : by.end("units")])) is not None:
        return [(units, by["verb"])]
    return []


def _verb(duty: Match) -> str:
    """The role verb of a duty's words (P.PROSE_DUTY_WORD), empty for a modal alone: 负责 for 共同对…负责."""
    return str(duty["verb"] or duty["role"] or ("负责" if duty["joint"] else ""))


def _objects(text: str, folded: str, at: int, verb: str) -> list[tuple[tuple[str, ...], str]]:
    """The units after 会同 (partners) or 配合/协助 (the lead helped) at folded[at:], up to the work."""
    if verb not in ("会同", *_HELPED_VERBS):
        return []
    for stop in range(at + 2, min(len(folded), at + _LONGEST_SUBJECT) + 1):
        if P.WORK_AFTER_UNITS.match(folded[stop : stop + 4]) and (units := _units(text[at:stop])) is not None:
            return [(units, "会同的" if verb == "会同" else "配合的")]
    return []


def _units(raw: str) -> tuple[str, ...] | None:
    """The units a written list names, where each is a unit a sentence's subject may be: a unit's ending and a
    level or a qualifier opening it (县普查办, 各乡镇人民政府, 各有关部门), an office named by its field (公安部门),
    or places taken together (各地); None for any other words."""
    raw = raw.strip(" \u3000")
    raw = raw[1:] if raw.startswith("由") else raw
    if not raw or len(raw) > _LONGEST_SUBJECT:
        return None
    for joiner in ("与", "和"):
        # 县普查办与县级挂钩乡镇的成员单位(共同对…负责), 各镇和县直各单位都要…: both sides' units, split at the
        # joiner where each side is (县财政局和县发展和改革局; not 县自然资源与规划局: a side that is no unit's name)
        at = raw.find(joiner)
        while at > 0:
            if (left := _units(raw[:at])) and (right := _units(raw[at + 1 :])):
                return tuple(dict.fromkeys((*left, *right)))
            at = raw.find(joiner, at + 1)
    units = split_units(raw)
    return units if units and all(_subject_unit(u) for u in units) else None


def _subject_unit(unit: str) -> bool:
    folded = fold(unit)
    if P.COLLECTIVE_PLACES.match(folded) or P.FIELD_AUTHORITY.match(folded):
        return True
    if folded.startswith("各") and folded.endswith("企业") and 3 <= len(folded) <= 12 and not task_words(unit):
        return True  # 各物业服务企业要建立…: the enterprises a plan sets work, taken together
    if _PLACE_GOVERNMENT.match(folded) and not _NOT_A_PLACE.search(folded):
        return True  # 武汉市、宜昌市应在6月底前制定…: the places a province's notice names, their governments
    if alternative := P.LEVEL_WITH_ALTERNATIVE.match(folded):  # 镇(街)综治办: as 镇综治办
        unit = folded = folded[:1] + folded[alternative.end() :]
    return (
        len(unit) <= 24
        and not any(ch in _NOT_IN_SUBJECT for ch in (unit.replace("的", "") if _described_member(unit) else unit))
        and has_ending(unit)
        and not task_words(unit)
        and (opens_as_unit(folded) or _town_unit(folded) or P.FIELD_DEPARTMENT.match(folded) is not None)
    )


def _described_member(unit: str) -> bool:
    """县直包联乡镇的成员单位, 相关的职能部门: units or departments described before 的 by no role of theirs
    (not 县水务局牵头的工作组: a group a unit leads)."""
    before, _, after = unit.partition("的")
    return after.endswith(("单位", "部门")) and "的" not in after and not _ROLE_BEFORE_OF.search(before)


def _town_unit(folded: str) -> bool:
    """镇综治办, 乡政府: a town's own unit, opening with its level (which departments.opens_as_unit leaves to the
    places above a town); not 乡村…, 镇域…, 镇内…"""
    return folded[:1] in "镇乡" and folded[1:2] not in "村域内里"


def _roles(read: list[tuple[tuple[str, ...], str, int]]) -> Assignment:
    """The assignment the subjects of a task's sentences make (see the module's note)."""
    # 县水务局牵头的工作组要…，各乡（镇）配合: a sentence whose only units help, no unit they help named, reads none
    helped = {s for units, verb, s in read if verb not in _PARTNER_VERBS}
    read = [(units, verb, s) for units, verb, s in read if s in helped]
    assignment = Assignment()
    lead: list[str] = []
    partners: list[str] = []
    for units, verb, _ in read:
        assignment.order.extend(u for u in units if u not in assignment.order)
        if verb in _LEAD_VERBS or verb in ("会同", "配合的"):
            lead.extend(units)
        elif verb in _PARTNER_VERBS or verb == "会同的":
            partners.extend(units)
    # X负责…，Y配合: in one sentence, the unit responsible beside partners and no lead is the lead
    for sentence in {s for units, verb, s in read if verb in _PARTNER_VERBS}:
        if not any(verb in _LEAD_VERBS or verb in ("会同", "配合的") for _, verb, s in read if s == sentence):
            lead.extend(u for units, verb, s in read if s == sentence and verb == "负责" for u in units)
    assignment.lead = list(dict.fromkeys(lead))
    assignment.partners = [u for u in dict.fromkeys(partners) if u not in assignment.lead]
    taken = {*assignment.lead, *assignment.partners}
    assignment.responsible = [u for u in assignment.order if u not in taken]
    assignment.raw = ["、".join(units) for units, *_ in read]
    return assignment


def unread_duties(parts: list[Node], held: Collection[int], warned: Collection[int]) -> list[Warning]:
    """In a notice whose other readers found tasks, each lowest-level numbered block outside the plan's frame
    (the blocks this reader would read in a notice of prose alone) that holds no task (held: the tasks' lines)
    and no warning (warned) and whose sentences give a duty to units by their subjects (各乡镇人民政府务必于1月底
    前设立…, 县普查办与县农业农村局共同对…负责): line-not-read at its line, work the other readers may have
    missed. A stage of a schedule (…阶段) and a support measure (加强组织领导) are none: their own checks speak;
    nor is a block whose only subject is every place (各地要…), which names no unit beside annotated tasks."""
    out: list[Warning] = []
    for part, _, clause, node, framed in _leaves(parts):
        if framed:
            continue  # (the plan's frame and support: the reader reads no duties there)
        if P.SCHEDULE_HEADING.match(fold(part.title).strip(" 。")) and all(
            P.STAGE_TITLE.search(fold(child.title).strip(" 。")) for child in part.children
        ):
            continue  # 三、实施步骤 ⏎ （一）动员部署阶段…: a schedule's stages, read or warned by their own rules
        titles = [fold(n.title).strip(" 。") for n in (node, clause) if n is not None]
        if any(P.STAGE_TITLE.search(t) or P.SUPPORT_TITLE.match(t) for t in titles):
            continue
        lines = {node.line.number, *node.paragraph_lines, *(line.number for *_, line in node.labels)}
        if lines & {*held, *warned}:
            continue
        named = [u for _, _, assignment in _duties(node) for u in assignment.order]
        # (各地要加强…: places of no kind, beside annotated tasks, ask every place for care and name no unit)
        if named and not all(_EVERY_PLACE.match(fold(u)) for u in named):
            units = "、".join(dict.fromkeys(named))
            out.append(
                Warning(
                    "line-not-read",
                    node.line.number,
                    f"a block whose sentences give a duty to units ({units}), in a notice whose other tasks are"
                    f" read: not read as a task: {node.text.strip()[:30]}",
                )
            )
    return out
