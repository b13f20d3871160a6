"""Tasks assigned in the body: annotations （牵头单位：…） in a clause or item, or labelled lines after it.

An item may carry several annotations: each closes its own task, the text since
the previous one. Every role written in the text that no annotation consumed
(a label, or a role verb right after a unit's name) becomes a warning with its line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from .. import patterns as P
from ..decode import fold
from ..departments import (
    half_name,
    has_ending,
    issuer_level,
    issuing_heads,
    names_only,
    names_own_sections,
    notice_level,
    own_areas,
    restore_level,
    split_units,
)
from ..models import Task, Warning
from ..numerals import int_to_cn
from ..regex_engine import Match, Pattern, compile_regex
from ..registry import bundled_core
from .body import Node, labels_time_and_leaders, preorder
from .deadlines import deadline_piece
from .lines import SourceLine
from .roles import Assignment, deadline_in_prose, parse_annotation, then_names_unit, time_phrase, top_level_spans

_OPENERS = "(〔[【"
_CLOSERS = {")": "(", "〕": "〔", "]": "[", "】": "【"}
_BREAK = re.compile("\n")
_BRACKET = re.compile(r"[(〔\[【)〕\]】]")
_ENDS = "。;!?"  # a sentence or clause end (folded)
_OPENS_RUN = _ENDS + "\0"  # what stands before a clause opening a sentence (NUL: the text's start)
_UNIT_ROLES = ("lead", "partners", "departments", "leaders")


@dataclass
class Annotation:
    """An assignment written into a text, where it stands, and whether the text cut it off."""

    start: int
    end: int
    assignment: Assignment
    cut_off: bool = False
    in_text: bool = False  # the roles are part of what the text says (由县应急局负责统筹协调): kept in it
    cut_name: str = ""  # the words of a unit's name the end of the text cut (…牵头单位：市发), read as none


# the content lines of the text being parsed: a cut is read only where the text ends, never at a bracket a typo
# left open before more of it (the lines as they are; joined only for the rare annotation the end cuts)
TEXT_END: ContextVar[Sequence[SourceLine]] = ContextVar("text_end", default=())


def _at_text_end(inner: str) -> bool:
    """Whether the text ends where an unclosed annotation does (nothing after it but footer or furniture)."""
    content = TEXT_END.get()
    end = content[-1].folded.rstrip() if content else ""
    tail = fold(inner).rstrip().split("\n")[-1].strip()
    return bool(end and tail) and end.endswith(tail)


def _cut_name_dropped(assignment: Assignment, inner: str) -> str:
    """Drop from an annotation the end of the text cut off the words of its last unit the text cut mid-name, and
    return them: （牵头单位：市发 names no unit (市发 is no name), （…责任单位：各区人民政府〈含开发区、 names
    各区人民政府 (its qualifier is cut, not the name). A last name that ends as a unit's does is kept: （牵头单位：
    市财政局, as is one the roles follow (（县水务局牵头)."""
    if not assignment.order or not _at_text_end(inner):
        return ""
    last = assignment.order[-1]
    folded_last = fold(last)
    if qualifier := P.CUT_QUALIFIER.search(folded_last):
        kept = last[: qualifier.start()]
        _replace_unit(assignment, last, kept)
        return last[qualifier.start() :]
    if fold(inner).rstrip().endswith(folded_last) and half_name(last, "\n".join(ln.folded for ln in TEXT_END.get())):
        _replace_unit(assignment, last, "")
        return last
    return ""


def _replace_unit(assignment: Assignment, unit: str, kept: str) -> None:
    """Put kept in place of a unit in every role of an assignment (none: the unit is dropped)."""
    for names in (assignment.lead, assignment.partners, assignment.responsible, assignment.order):
        names[:] = [kept if name == unit else name for name in names if kept or name != unit]


_PROSE_FORMS: ContextVar[bool] = ContextVar("prose_forms", default=True)  # see _prose_forms


def parentheticals(text: str, folded: str | None = None) -> tuple[list[tuple[int, int, str]], int | None]:
    """Top-level bracketed groups of a text (start, end, inside), and where an unclosed one opens.

    folded is fold(text), where the caller has it already; only the brackets are visited.
    """
    if folded is None:
        folded = fold(text)
    found = []
    opened: list[int] = []
    for bracket in _BRACKET.finditer(folded):
        i = bracket.start()
        if bracket.group() in _OPENERS:
            opened.append(i)
        elif opened:
            start = opened.pop()
            if not opened:
                found.append((start, i + 1, text[start + 1 : i]))
    return found, (opened[0] if opened else None)


_Brackets = tuple[list[tuple[int, int, str]], int | None]  # what parentheticals finds


def find_annotations(text: str, folded: str | None = None, brackets: _Brackets | None = None) -> list[Annotation]:
    """Every assignment written into a clause or item, in order.

    Looked for: a bracketed group at the end of the text in any form
    （牵头单位：…） （…牵头，…配合）; a bracketed group elsewhere that is labelled or
    follows a sentence end; labels after the last sentence, unbracketed
    (…。牵头单位：…；配合单位：…); a bracket the end of the text cut off
    (…。（牵头单位：县水务局；配合单位：县财政). folded is fold(text), and brackets parentheticals(text),
    where the caller has them.
    """
    if folded is None:
        folded = fold(text)
    groups, unclosed = parentheticals(text, folded) if brackets is None else brackets
    groups = [g for g in groups if not P.LABEL_ALONE.match(folded[g[0] : g[1]])]  # 【牵头单位】 is a label
    tail = len(folded.rstrip(" \n。.;"))
    found: list[Annotation] = []
    waiting: tuple[int, int, str] | None = None  # the bracket before, which may hold a deadline alone, and its text
    # the bracket of roles closing the text: 开展A（县公安局牵头），开展B（县教育局牵头）。 a bracket of roles before a
    # comma, with only prose between it and that one, closes a task of its own
    closer = groups[-1][0] if groups and groups[-1][1] == tail and unclosed is None else None
    # （县交通运输局）[12月底前]: the bracket of roles closing the text, then its deadline alone in a bracket of its own
    roles_end = (
        groups[-2][1]
        if len(groups) > 1
        and closer is not None
        and not folded[groups[-2][1] : groups[-1][0]].strip()
        and _deadline_only(groups[-1][2])
        else tail
    )
    for start, end, inner in groups:
        inner_folded = folded[start + 1 : end - 1].lstrip()  # fold(inner): folding keeps offsets
        if _CLOSERS.get(folded[end : end + 1]) == folded[start] != _CLOSERS.get(folded[end - 1]):
            end += 1  # [X牵头，Y配合)]: closed by a wrong bracket, then by its own: one group
        trailing = end in (tail, roles_end) and unclosed is None
        after_sentence = _char_before(folded, start) in _ENDS + "\0"
        # 做好A（县水务局牵头）；做好B   or a heading line closed by its roles, its text on the next lines
        before_end = folded[end : end + 1] in (";", "。", "\n")
        before_task = (
            closer is not None
            and folded[end : end + 1] == ","
            and closer > end + 1
            and not _role_word().search(folded[end:closer])  # (…，实施小型水库加固…（…）: 实施 is the work's verb)
            and _may_be_roles(folded[closer:tail])
            and parse_annotation(inner, strict=True) is not None
        )
        # …业主委员会。（市住建局、市民政局，持续推进）建立评估制度…。（市住建局）  …打击非法采砂（市公安局、市水利局），
        # 每季度开展一次联合执法（市生态环境局牵头）  …服务站建设（区民政局）。开展助餐服务（区民政局、各街道）。: units
        # alone closing a task before the task the text's closing bracket of roles closes
        units_before_task = (
            closer is not None
            and closer > end
            and (
                after_sentence
                or (
                    folded[end : end + 1] in ("。", ";")
                    and folded[end + 1 : closer].strip(" 。;\n")
                    and _closes_its_own_sentence(inner, groups[-1][2], _char_before(folded, closer) not in _ENDS)
                )
                or (folded[end : end + 1] == "," and not _holds_verb(folded[end:closer]))
            )
            and (_may_be_roles(folded[closer:tail]) or _units_only(groups[-1][2]) is not None)
            and _units_only(inner) is not None
        )
        # 完成年度教育事业统计（发展规划处），11月15日前报送: units alone (or units and their roles, …（县医保局配合），
        # 长期坚持), then only the task's deadline closing it
        units_then_due = (
            closer is None
            and unclosed is None
            and folded[end : end + 1] == ","
            and _due_closing(folded[end + 1 : tail])
            and (_units_only(inner) is not None or parse_annotation(inner, strict=True) is not None)
        )
        # …落实巡查制度。（县城管局、县水务局）完成时限：长期坚持。: the block's units, then its labelled deadline
        label_due = (
            P.DUE_LABEL_CLOSING.match(folded, end, tail)
            if closer is None and unclosed is None and "时" in folded[end : end + 6]
            else None
        )
        if not (
            trailing
            or after_sentence
            or before_end
            or before_task
            or units_before_task
            or units_then_due
            or label_due
            or (_may_hold_label(inner_folded) and P.LABEL_ANYWHERE.match(inner_folded))
        ):
            continue
        if _second_name(folded, start, end):
            continue  # 责任单位：县发展改革局（县粮食和物资储备局）: the unit's second name, read with the label
        if trailing and _second_name_after_dash(folded, start, end):
            continue  # ——办公室（党建办）: the unit's second name, read with the dash
        if ":" not in inner_folded and P.POST_OF_PERSON.search(inner_folded.rstrip(" 。")):
            continue  # 成员：郑某（某社区居委会负责人）: a member's post names a person, no unit's role
        # （县文旅局、县交通运输局）: units in no role the text states, at the end of a block, or after a sentence
        # of a block that another annotation closes (…投入运行。（区民政局）推进…。（区民政局、各街道）)
        closes_sentence = closer is not None and start < closer and _char_before(folded, start) in _ENDS
        units_only = (
            _units_only(inner)
            if trailing or closes_sentence or units_before_task or units_then_due or label_due
            else None
        )
        # (a bracket's deadline alone is read only right after an annotation or before one: most brackets are
        # neither, and most hold no deadline)
        if found and not folded[found[-1].end : start].strip() and (due := _deadline_only(inner)):
            # （牵头单位：县水务局）（2024年底前完成）: a second bracket holding the deadline alone
            prev = found[-1]
            prev.assignment.due = prev.assignment.due or due
            found[-1] = Annotation(prev.start, end, prev.assignment, prev.cut_off)
            continue
        before, waiting = waiting, (start, end, inner)
        if not _may_be_roles(inner_folded):
            if units_only:
                found.append(_label_due_taken(Annotation(start, end, units_only), text, label_due))
            continue
        assignment = (
            parse_annotation(inner) or units_only or _bracket_clauses(inner) or parse_annotation(inner, partial=True)
        )
        if assignment and before and not folded[before[1] : start].strip() and (due := _deadline_only(before[2])):
            # （2024年底前完成）（牵头单位：县水务局）: the deadline's bracket goes before the roles'
            assignment.due = assignment.due or due
            start = before[0]
        if assignment:
            found.append(Annotation(start, end, assignment))
    last = found[-1].end if found else 0
    if unclosed is not None and unclosed >= last:
        inner = text[unclosed + 1 :]
        may_be = _may_be_roles(folded[unclosed + 1 :])
        assignment = (parse_annotation(inner) or parse_annotation(inner, partial=True)) if may_be else None
        cut = _cut_name_dropped(assignment, inner) if assignment else ""
        if assignment is None and (cut_units := _units_only_cut(inner)) is not None:
            assignment, cut = cut_units
        if assignment and (assignment.has_units or not cut):
            found.append(Annotation(unclosed, len(text), assignment, cut_off=True, cut_name=cut))
            return found
        # （牵头单位：市发: the cut left no unit, as （牵头单位： would: no task is read there (the cut is warned)
    # labels after the last sentence, unbracketed: one try, from the first label after a sentence end
    spans = [(s, e) for s, e, _ in groups]
    for label in P.LABEL_ANYWHERE.finditer(folded, last) if _may_hold_label(folded) else ():
        if unclosed is not None and label.start() > unclosed:
            break
        if _inside(spans, label.start()):
            continue
        if label.start() == 0 or folded[label.start() - 1] not in "。.;, \n—":
            continue
        stop = unclosed if unclosed is not None and unclosed > label.start() else len(text)
        # …评估监测。责任单位：市生态环境局。开展柴油货车污染治理…。责任单位：市交通运输局。: a sentence after the
        # labels' 。, then labels again: the labels close the sentences before them, each a task of its own
        while (again := _labels_again(folded, label, stop, spans)) is not None:
            first = text[label.start() : again[0]]
            assignment = parse_annotation(first) or parse_annotation(first, partial=True)
            if not assignment:
                break
            found.append(Annotation(label.start(), again[0], assignment))
            label = again[1]
        labelled = text[label.start() : stop]
        assignment = parse_annotation(labelled) or parse_annotation(labelled, partial=True)
        if assignment:
            # …建设进展。——牵头：县发改局；配合：…: the dash before the labels is no text of the task
            found.append(Annotation(len(folded[: label.start()].rstrip("—")), stop, assignment))
        break
    if unclosed is None and (not found or found[-1].end < tail):
        floor = max(last, found[-1].end if found else 0)
        closing = _closing_sentence(text, folded, floor, tail) or _roles_then_due_clause(text, folded, floor, tail)
        closings: list[Annotation] = []
        while closing:
            closings.insert(0, closing)
            # 加强供水保障，由县水利局负责；加强燃气监管，由县住建局负责: each task before a semicolon closed by
            # roles after its own text is one of its own
            sentence = folded.rfind(";", floor, closing.start)
            if sentence < 0 or max(folded.rfind(end, sentence + 1, closing.start) for end in _ENDS) >= 0:
                break
            closing = _closing_sentence(text, folded, floor, sentence, comma_only=True)
        if len(closings) == 1 and not found:
            closings[0] = _subject_supervised(text, folded, closings[0])
        found.extend(closings)
        if not found and (dashed := _units_after_dash(text, folded) or _units_after_colon(text, folded)):
            found.append(dashed)
    if not found and unclosed is None and "为" in folded and (named := _units_named_with_is(text, folded)):
        found.append(named)
    if not found and unclosed is None and "由" in folded and (measure := _measure_by(text, folded)):
        found.append(measure)
    return found


def _measure_by(text: str, folded: str) -> Annotation | None:
    """1、广告牌破损。整改措施：由县住建局督促商户更换。: a problem's rectification measure naming, right after its
    label, the unit that sees to it (P.MEASURE_BY): those units are responsible, the measure stays in the text. None
    unless each unit named is one (an office's ending or a company's name, no prose), or where the measure's
    sentence gives another unit a role too (…，县财政局配合: no partner dropped; the role reader's or warned)."""
    match = P.MEASURE_BY.search(folded)
    if match is None:
        return None
    stop = folded.find("。", match.end())
    rest = folded[match.end("verb") : stop if stop >= 0 else len(folded)]
    if any(verb in rest for verb, role in P.VERB_ROLES.items() if role != "departments"):
        return None
    units = text[match.start("units") : match.end("units")]
    named = split_units(units)
    if not named or not all(
        (has_ending(u) or P.ENTERPRISE_NAME.match(fold(u))) and not P.PROSE_IN_NAME.search(fold(u)) for u in named
    ):
        return None
    assignment = Assignment()
    assignment.add("departments", units, units)
    if not assignment.has_units:
        return None
    return Annotation(match.start(), len(text.rstrip()), assignment, in_text=True)


def _roles_then_due_work(inner: str) -> Assignment | None:
    """…更新信息。——X牵头，Y配合，6月底前完成首轮更新: roles after a dash closed by a deadline and the work due then
    (the date the deadline, the work no piece of the roles, kept in the text with them: no words of the notice
    vanish); None unless the pieces before it read as roles alone.
    Without the dash such a clause may be the task's own sentence, and is not read so."""
    folded = fold(inner).rstrip(" \n。.;")
    comma = folded.rfind(",")
    work = P.DUE_THEN_WORK.match(folded[comma + 1 :].strip()) if comma > 0 else None
    if work is None:
        return None
    roles = parse_annotation(inner[:comma], strict=True)
    if roles is None or roles.due is not None or not roles.has_units:
        return None
    at = comma + 1 + len(folded[comma + 1 :]) - len(folded[comma + 1 :].lstrip())
    roles.due = inner[at : at + work.end("due")]
    roles.names_work = True  # (the work due then, 完成首轮更新, stays in the task's text with the roles)
    return roles


def _roles_then_due_clause(text: str, folded: str, floor: int, tail: int) -> Annotation | None:
    """…办理。——区政务中心牵头，区市场监管局配合；6月底前: the text's last clause, after a semicolon, is its
    deadline alone, and the clause before it closes the text with roles: one annotation of both. None when the
    last clause holds anything but a deadline, or the clause before it is no roles."""
    semi = folded.rfind(";", floor, tail)
    if semi < 0 or (due := _deadline_only(text[semi + 1 : tail])) is None:
        return None
    roles = _closing_sentence(text, folded, floor, semi)
    if roles is None or roles.assignment.due is not None:
        return None
    if folded[: roles.start].rstrip(" \n").endswith(";") or folded[roles.start : semi].lstrip(" \n").startswith(";"):
        # roles opening after another semicolon are the last of several clauses: the whole run from its dash must
        # read as roles (——X牵头，Y配合；各乡镇负责本辖区具体实施；年底前), else it is left unread and warned
        # (——县发展改革局；县财政局配合；9月底前: a unit with no verb, never dropped)
        dashes = [m for m in _DASH.finditer(folded, floor, roles.start) if "。" not in folded[m.end() : roles.start]]
        if not dashes:
            return None
        whole = parse_annotation(text[dashes[-1].end() : semi], strict=True)
        if whole is None or whole.due is not None or whole.unread:
            return None
        whole.due = due
        return Annotation(dashes[-1].start(), len(text.rstrip()), whole, roles.cut_off, roles.in_text)
    roles.assignment.due = due
    return Annotation(roles.start, len(text.rstrip()), roles.assignment, roles.cut_off, roles.in_text)


def _without_stray_closer(labelled: str) -> str:
    """Labelled units without the closing bracket (and full stop) of a bracket opened before the label, which no
    annotation read ([联络员：周婷；牵头单位：区商务局]: 区商务局, never 区商务局])."""
    folded = fold(labelled).rstrip(" \n。.;")
    closer = folded[-1:]
    opener = _CLOSERS.get(closer)
    if opener is None or folded.count(closer) <= folded.count(opener):
        return labelled
    return labelled[: len(folded) - 1]


def _labels_again(
    folded: str, label: re.Match[str], stop: int, spans: list[tuple[int, int]]
) -> tuple[int, re.Match[str]] | None:
    """Where the units after label end at a 。 and a sentence of prose follows, closed by labels again before stop
    (责任单位：市生态环境局。开展…。责任单位：市交通运输局): the end of the first labels (after their 。) and the
    next label; None where the labels run to stop."""
    cut = folded.find("。", label.end(), stop)
    if cut < 0:
        return None
    for again in P.LABEL_ANYWHERE.finditer(folded, cut + 1, stop):
        if _inside(spans, again.start()) or folded[again.start() - 1] not in "。.; \n":
            continue
        prose = folded[cut + 1 : again.start()].strip(" \n。;")
        if prose and not P.LABEL_ANYWHERE.search(prose):
            return cut + 1, again
        return None
    return None


def _due_closing(folded: str) -> bool:
    """Whether what follows a bracket of units to the text's end is only a deadline and a verb of completing
    or reporting (11月15日前报送, 年底前完成): the task's deadline, after its units."""
    due = P.DUE_THEN_VERB.match(folded.strip())
    return due is not None and deadline_in_prose(folded) is not None


def _subject_supervised(text: str, folded: str, closing: Annotation) -> Annotation:
    """各乡镇要落实河湖日常巡查…，县河长办负责督导: the units the text opens with, before 要, do the work the
    closing clause's units supervise (督导, 监督, 指导): both are the task's units, the subject first, as in
    （区内各企业负责，开发区安监局督导）. The closing annotation as it is for any other sentence."""
    if not folded[closing.start : closing.end].rstrip(" 。.;").endswith(_SUPERVISING):
        return closing
    subject = _SUBJECT_MUST.match(folded, 0, closing.start)
    if subject is None:
        return closing
    units = text[: subject.end("units")].strip()
    named = split_units(units)
    if not named or not all(has_ending(u) and (u.startswith("各") or _office_of_a_level(u)) for u in named):
        return closing
    assignment = Assignment()
    assignment.add("departments", units, text[: subject.end()])
    assignment.merge(closing.assignment)
    return Annotation(closing.start, closing.end, assignment, closing.cut_off, closing.in_text)


_SUPERVISING = ("督导", "监督", "指导")
# the units opening a sentence, before 要 (not 要求): 各乡镇要落实…   县水利局要加强…
_SUBJECT_MUST = compile_regex(r"\s*(?P<units>[^\s,;。:()要]{2,24}?)要(?!求)")


def _second_name(folded: str, start: int, end: int) -> bool:
    """Whether the bracket at start..end holds the second name of the unit right before it, the last of a
    label's list in the same sentence: 责任单位：县发展改革局（县粮食和物资储备局）. The unit is kept as
    written, the name before the bracket first, when the label is read. So is the second name of the unit
    a report is sent to (报送县农业农村局（县委农办）)."""
    if not P.UNIT_ALIAS_BRACKET.match(folded[start:end]):
        return False
    sentence = max(folded.rfind(ch, 0, start) for ch in _ENDS + "\n") + 1
    labels = list(P.LABEL_ANYWHERE.finditer(folded, sentence, start))
    if not labels:
        # 将任务进展报送县农业农村局（县委农办）: the second name of the unit a report goes to, no roles
        sent = P.REPORTED_TO.search(folded[max(sentence, start - 24) : start])
        return sent is not None and has_ending(sent["unit"]) and not _holds_verb(sent["unit"])
    value = folded[labels[-1].end() : start].strip()
    last = re.split("[、,]", value)[-1].strip()
    return bool(last) and has_ending(last) and not _BRACKET.search(value) and not _holds_verb(value)


def _units_after_dash(text: str, folded: str) -> Annotation | None:
    """…8月底前投入使用。——县教育局、县发展改革局: units alone after a dash at the end of the text (responsible, in
    no role the text states); None for anything else after the dash. Two hyphens stand for the dash as a
    keyboard or a full-width page writes it (--区委宣传部, －－区政务服务中心, folded to --)."""
    dash = max(folded.rfind("—"), folded.rfind("--") + 1)
    if dash < 0 or dash + 1 >= len(folded.rstrip(" \n。")):
        return None
    start = dash
    while start > 0 and folded[start - 1] in "—-":
        start -= 1
    if not folded[:start].strip(" \n"):
        return None  # (the text is nothing but the units)
    if (
        folded[start - 1].isdigit()
        or folded[dash + 1].isdigit()
        or folded.count("(", 0, start) > folded.count(")", 0, start)
    ):
        return None  # a span of years (规划(2025—2030年), 2025年—2027年), or a dash inside a bracket, is no separator
    units = _units_with_due(text[dash + 1 :].strip(" \n。"))
    return Annotation(start, len(text.rstrip()), units) if units else None


def _units_after_colon(text: str, folded: str) -> Annotation | None:
    """落实分级诊疗制度：县卫健局基层股，全年: units alone after the text's last colon, closing it (a deadline after
    their comma); the text before the colon is the task. None when anything else follows the colon."""
    if "\n" in text.strip() or folded.count(":") != 1:
        return None  # one paragraph with one colon (a list of members, 组长：…\n成员：…, is no task)
    colon = folded.find(":")
    rest = text[colon + 1 :].strip(" \n。") if colon > 0 else ""
    if not rest or "。" in rest or not folded[:colon].strip(" \n") or P.ITEM.fullmatch(folded[:colon]):
        return None
    if _named_offices(text[:colon]):
        return None  # 区教育局：新建城东幼儿园，9月底前…: offices heading their work (幼儿园 a thing built, no unit)
    units = _units_with_due(rest)
    return Annotation(colon, len(text.rstrip()), units) if units else None


def _units_with_due(text: str) -> Assignment | None:
    """Units alone (_units_only), or units then their deadline alone in a bracket, or after a space or a comma:
    县医政股（6月底前）   综合科 6月底前   综合科，6月底前."""
    folded = fold(text)
    if folded.endswith(")") and (open_at := folded.rfind("(")) > 0:
        due = _deadline_only(text[open_at + 1 : -1])
        units = _units_only(text[:open_at].strip()) if due else None
        if units is not None and units.due is None:
            units.due = due
            return units
    if (cut := max(folded.rstrip().rfind(" "), folded.rfind(","))) > 0 and (due := _deadline_only(text[cut + 1 :])):
        units = _units_only(text[:cut].strip(" ,，"))
        if units is not None and units.due is None:
            units.due = due
            return units
    return _units_only(text)


def _units_named_with_is(text: str, folded: str) -> Annotation | None:
    """An item's last clause naming its units with 为, its deadline after a comma (…，责任单位为市教育局，2025年12月
    底前完成。): an assignment when the value is only units and the deadline only a deadline."""
    # a match opens at one of the text's last two commas (the label and the units hold none, the deadline
    # comes after the only other one): searched from there (tests/test_cheap_tests.py keeps the pattern so)
    last = folded.rfind(",")
    if last < 0:
        return None
    before = folded.rfind(",", 0, last)
    match = P.LABEL_IS_UNITS_AT_END.search(folded, last if before < 0 else before)
    if match is None:
        return None
    units = text[match.start("units") : match.end("units")]
    assignment = parse_annotation(f"{text[match.start('label') : match.end('label')]}：{units}", strict=True)
    if assignment is None or not all(has_ending(u) for u in split_units(units)):
        return None
    if match["due"]:
        due = _deadline_only(text[match.start("due") : match.end("due")])
        if due is None:
            return None
        assignment.due = due
    return Annotation(match.start(), len(text), assignment)


def _deadline_only(inner: str) -> str | None:
    """2024年底前完成 -> 2024年底前, 完成时限：2025年6月底前 -> 2025年6月底前: a bracket's deadline when it holds
    nothing else; None otherwise."""
    folded = fold(inner)
    skip = len(folded) - len(folded.lstrip())
    inner, folded = inner[skip:], folded[skip:]
    label = P.ROLE_LABEL.match(folded)
    if label and P.LABEL_ROLES[label["label"]] == "due":
        value = inner[label.start("value") :].strip()
        return value if value and "\n" not in value else None
    piece = deadline_piece(folded.rstrip(" 。"))
    if piece is None or then_names_unit(piece["then"]):  # (每年举办: a time and a verb with 办, no unit)
        return None
    if folded.startswith("按", piece.start("due")):
        return None  # 按季度开展检查: a cycle then the work done each time, read whole where it stands
    return inner[piece.start("due") : piece.end("due")]


def _closing_sentence(text: str, folded: str, after: int, tail: int, comma_only: bool = False) -> Annotation | None:
    """The last sentence, unbracketed, when it is wholly an assignment: …。由县水务局牵头，县财政局配合，年底前完成。

    Every piece of it must be units with a role verb, a deadline or a remark
    (parse_annotation reads it strictly), so a sentence of prose is never taken.
    """
    start = max(folded.rfind(end, after, tail) for end in _ENDS)
    stop = len(text.rstrip()) if not text[tail:].strip(" \n。.;；") else tail  # a sentence before a semicolon
    # the whole last sentence, else its last clauses after a comma: 建立台账，县水务局负责，3月底前完成。
    # (the text's only sentence is never wholly taken: it is the task)
    begin = start + 1 if start >= 0 else after
    if not _may_read_strictly(folded, begin, tail):
        return None  # (each piece tried below is a tail of this one: none holds roles)
    commas = _top_level_commas(folded, begin, tail)
    # …8月底前投入使用——县教育局牵头，县发展改革局配合: a dash before the roles cuts as a comma does (the cut
    # at its last stroke, the roles taken from its first)
    dashes = {m.end() - 1: m.start() for m in _DASH.finditer(folded, begin, tail)} if "—" in folded else {}
    if dashes:
        commas = sorted((*commas, *dashes))
    commas = commas[-_MAX_ROLE_CLAUSES:]  # roles take a few clauses at most
    # comma_only: roles after the text of its own sentence, never a sentence of roles alone
    cuts = [*([(start, 1)] if start >= 0 and not comma_only else []), *((c, 0) for c in commas)]
    if not cuts:
        return None
    # each piece tried is a tail of the one before: once a piece cannot be read strictly, no later piece can
    for cut, skip in cuts:
        if not _may_read_strictly(folded, cut + 1, tail):
            break
        inner = _without_stray_closer(text[cut + 1 : tail])  # …；牵头单位：区商务局]: never 区商务局]
        if skip:
            inner = inner.lstrip(_DASH_CHARS)  # …事项。——区审批局（牵头）、区市场监管局: the dash opens no unit's name
        if not inner.strip():
            continue
        about = P.WORK_BEFORE_BY.match(folded[cut + 1 : tail].lstrip(" \n")) if skip else None
        # 巡河工作由镇水利站统一安排: the kind of work before 由, after a comma too (its units all named offices)
        kind = None if about else P.KIND_OF_WORK_BEFORE_BY.match(folded[cut + 1 : tail].lstrip(" \n"))
        if kind and _names_unnamed_party(inner.lstrip(" \n")[kind.end() :]):
            kind = None  # 保洁工作由中标公司负责: a hired party is no unit, the clause read as any other
        about = about or kind
        if about:
            # 此项任务由市卫健委牵头、市民政局参与: the work named as a whole before 由 is no unit (the sentence
            # stays in the text, as it does where a comma joins the roles)
            inner = inner.lstrip(" \n")[about.end() :]
        assignment = parse_annotation(inner, strict=True)
        if assignment is None and cut in dashes:
            assignment = _roles_then_due_work(inner)  # ——X牵头，Y配合，6月底前完成首轮更新
        if assignment is None or any(
            P.EVENT_NAME.search(fold(u)) or P.WORK_NAMED_AS_UNIT.match(fold(u)) for u in assignment.departments
        ):
            continue  # 召开全市创文推进会，由市文明办负责: the meeting is the work, never a unit (the next cut reads)
        if kind and not all(P.SPECIFIC_UNIT.search(fold(u)) for u in assignment.departments):
            return None  # 考核工作由第三方机构组织实施，…: a party that is no named office, nothing read in part
        if skip and folded[cut] == ";" and any(P.SPECIFIC_UNIT.search(fold(u)) for u in assignment.departments):
            # 县农业局负责排查水塘；县财政局予以配合: the office opening the clause before the ；has its role too (never
            # dropped while its partners are kept), as before a comma
            opening = max(max(folded.rfind(end, after, cut) for end in "。!?") + 1, after)
            ahead = _roles_before(text, folded, opening, cut)
            if ahead is None:
                return None
            first, own = ahead
            if own is not None:
                own.merge(assignment)
                return Annotation(first, stop, own, in_text=True)
        if skip:
            return Annotation(cut + skip, stop, assignment, in_text=assignment.names_work or about is not None)
        # after a comma, only a named office (县水务局负责), never a generic remark (各乡镇按职责分工负责)
        if any(P.SPECIFIC_UNIT.search(fold(u)) for u in assignment.departments):
            # 由县委宣传部负责协调，县民政局配合: the role clauses before the last ones are read with them, or
            # none is taken (a role never dropped while its neighbour is kept)
            ahead = _roles_before(text, folded, begin, cut)
            if ahead is None:
                return None
            first, own = ahead
            if own is None:  # (会同县农业农村局制定资金管理办法: the work stays in the text; so does 巡河工作由…)
                in_text = assignment.names_work or about is not None
                return Annotation(dashes.get(cut, cut), stop, assignment, in_text=in_text)
            whole = parse_annotation(text[first:tail], strict=True)
            if whole and any(P.PROSE_IN_NAME.search(fold(u)) for u in whole.departments):
                whole = None  # 由县委组织部负责协调各社区，县民政局配合: never a unit named 由…
            if whole is None:
                own.merge(assignment)
            # what the units do, the only text, or the clause's subject (所需经费均由…) stays in the text
            in_text = whole is None or not text[:first].strip() or _char_before(folded, first) not in ",。;"
            return Annotation(first, stop, whole or own, in_text=in_text)
    return None


def _names_unnamed_party(text: str) -> bool:
    """由中标公司负责, 由第三方机构具体实施: roles naming a party by how it was hired (P.UNNAMED_PARTY)."""
    assignment = parse_annotation(text, strict=True)
    return assignment is not None and any(P.UNNAMED_PARTY.match(fold(u)) for u in assignment.departments)


def _role_clause(text: str, folded: str, start: int, end: int, by: bool) -> tuple[int, int] | None:
    """Where a clause that is wholly a role starts and ends, after an adverb before its 由 (具体由县文体局负责,
    所需经费均由县财政局负责); None for any other clause. by: the clause must open with 由 (or name a leader)."""
    start += len(folded[start:end]) - len(folded[start:end].lstrip(" \n"))
    end = start + len(folded[start:end].rstrip(" \n"))
    adverb = P.ADVERB_BEFORE_BY.match(folded, start, end) or P.SUBJECT_BEFORE_BY.match(folded, start, end)
    if adverb:
        start = adverb.end()
    raw, piece = text[start:end], folded[start:end]
    if by and not piece.startswith("由") and not P.LEADER_PIECE.match(piece):
        return None
    if _role_piece(raw, piece) or (not piece.startswith("由") and _units_doing("由" + raw, "由" + piece)):
        return start, end
    if not by and piece.startswith("会同") and _partners_joined(raw):
        return start, end  # 县自然资源局牵头，会同县农业农村局，…: the lead's partners, in a clause of their own
    return None


def _helping_clause(text: str, folded: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a clause of units helping with a share of the work starts and ends (区卫健局协助做好医疗衔接, 县财政局给予
    经费保障), after units with their role in the clause before; None for any other clause."""
    start += len(folded[start:end]) - len(folded[start:end].lstrip(" \n"))
    end = start + len(folded[start:end].rstrip(" \n"))
    return (start, end) if _help_with_work(text[start:end], folded[start:end]) is not None else None


def _help_with_work(raw: str, piece: str) -> str | None:
    """The units of a clause helping with a share of the work (P.UNITS_HELP_WITH_WORK), as written: "" where they
    are only a reference (相关部门协助做好指导, 上述单位配合开展验收: no partner, as 由X牵头，相关部门配合 names none);
    None unless each is a unit's name (an office's ending, no prose) written with its level, or one the registry
    knows (财政局), or after one with its level in a list writing it once (镇水务站、财政所); never in the plan's
    frame (_prose_forms)."""
    helping = P.UNITS_HELP_WITH_WORK.match(piece) if _prose_forms() else None
    if helping is None:
        return None
    units = raw[helping.start("units") : helping.end("units")]
    named = split_units(units)
    if named and all(P.HELPING_REFERENCE.match(fold(u)) for u in named):
        return ""
    if not named or not all(
        (has_ending(u) or P.ENTERPRISE_NAME.match(fold(u))) and not P.PROSE_IN_NAME.search(fold(u)) for u in named
    ):
        return None
    if any(P.VERB_BAN.search(fold(u)) for u in named):
        return None
    # (a bare office of no name of its own, 水文站, takes the notice's level as a bare name in a bracket's list does:
    # restore_level; one with a name of its own, 青山水文站, 红星水库管理处, 领导小组办公室, is refused)
    levelled = (
        _office_of_a_level(named[0])
        or _known_without_level(named[0])
        or _bare_office(named[0])
        or _enterprise_as_written(named[0])
        or _named_bank(named[0])
        or _governments_of_each(named[0])  # 各街道办事处配合做好征收协调
    )
    later = (
        _office_of_a_level(u) or _known_without_level(u) or _named_bank(u) or P.PLACE_PREFIX.match(fold(u)) is None
        for u in named[1:]
    )
    if not levelled or not all(later):
        return None  # (水文站, 青山水文站, 卫生院: a name of no level or of its own, no level made up for it)
    return units


def _named_bank(unit: str) -> bool:
    """某农村商业银行, 中国农业发展银行某县支行, 人民银行某市分行: a bank or its branch under a name of its own."""
    folded = fold(unit)
    return folded.endswith(("银行", "支行", "分行")) and len(folded) >= 6 and not P.PROSE_IN_NAME.search(folded)


def _enterprise_as_written(unit: str) -> bool:
    """县自来水厂, 镇自来水厂, 国网某县供电公司, 青山水库管理所: a company, a plant or a managed works written with its
    level, a place inside it or a name of its own ahead of its kind (P.ENTERPRISE_NAME), kept as written; not
    自来水厂, 供电公司 (its kind alone: whose it is, no rule can tell)."""
    match = P.ENTERPRISE_NAME.match(fold(unit))
    return match is not None and bool(match["place"] or match["own"])


def _bare_office(unit: str) -> bool:
    """水文站, 气象台: an office's kind alone (three characters, a unit's ending), no level and no name of its own."""
    folded = fold(unit)
    return len(folded) == 3 and has_ending(folded) and P.PLACE_PREFIX.match(folded) is None


def _prose_forms() -> bool:
    """Whether the prose forms of roles (a clause helping with a share of the work, one clause of roles carrying
    out the whole item, the bare reference before 由) may be read: not in a block of the plan's frame, measures or
    requirements (三、保障措施 ⏎ （一）强化资金保障。县应急局要加强统筹，县财政局给予经费保障。; Node.frame)."""
    return _PROSE_FORMS.get()


def _whole_item_role(text: str, folded: str, start: int, end: int) -> bool:
    """Whether the clause of roles at start..end is one the item's roles stand in alone, though no partner follows
    and prose goes on after it: a role of carrying out the whole item (区民政局负责组织实施，…; P.WHOLE_ITEM_ROLE), or
    a sentence wholly units and their role verb, responsible or lead (…。区市场监管局、区公安分局负责。; not
    …；县财政局予以配合。, partners after a semicolon), or such a clause before the deadline closing the item."""
    clause = folded[start:end].strip(" \n")
    if not _prose_forms() or _other_role(folded[:start] + " " * (end - start) + folded[end:]):
        # (…负责组织实施，…；县农业农村局负责做好灌溉调度。: another unit's role in the item, which this would drop)
        return False
    if P.WHOLE_ITEM_ROLE.search(clause):
        return True
    if not clause.endswith(P.VERBS) or (
        folded[end : end + 1] not in ("。", "\n", "")
        and not _dated_close(folded, end)
        and not _dated_last_clause(folded, end)
    ):
        return False
    if _char_before(folded, start) not in ("。", "\n", "\0") and not _dated_last_clause(folded, end):
        return False  # (…服务项目，县民政局负责，2025年9月底前培育…: the roles closing the item's last sentence)
    own = parse_annotation(text[start:end].strip(" \n"), strict=True)
    return own is not None and bool(own.lead or own.responsible)


def _dated_close(folded: str, end: int) -> bool:
    """Whether the roles ending at end are followed by one clause closing the item that opens with its deadline
    (…。县农业农村局负责，2026年3月底前完成农资储备。): the deadline and the work done by then, no more prose."""
    rest = _last_clause_after(folded, end)
    return rest is not None and P.DUE_THEN_WORK.match(rest) is not None


def _last_clause_after(folded: str, end: int) -> str | None:
    """The one clause closing the item after a comma at end (its 。 off), or None where there is none or more."""
    if folded[end : end + 1] != ",":
        return None
    rest = folded[end + 1 :].strip(" \n").removesuffix("。").strip(" ")
    return rest if rest and not any(c in rest for c in ",;。:\n") else None


def _roles_then_dated_close(folded: str, start: int, end: int) -> bool:
    """Whether the clause at start..end is units and a role verb alone, before the item's last clause opening with
    its deadline, in a sentence with no 由 before it (…考核由第三方机构组织实施，县应急局负责监督: no run)."""
    if folded[end : end + 1] != ",":
        return False  # (a cheap test first: _dated_last_clause asks it too)
    sentence = folded.rfind("。", 0, start) + 1
    if not (
        folded[start:end].rstrip(" ").endswith(P.VERBS)
        and "由" not in folded[sentence:start]
        and _dated_last_clause(folded, end)
    ):
        return False
    # (offices of a government only: 学校负责, 各生产经营单位负责 name those the work is asked of, no office)
    own = parse_annotation(folded[start:end].strip(" "), strict=True)
    return own is not None and all(_government_office(u) for u in own.departments)


def _government_office(unit: str) -> bool:
    """A unit named with its level (县民政局) or the governments or offices of each place (各乡镇人民政府, 各村)."""
    if P.PLACE_PREFIX.match(unit):
        return True
    return unit.startswith("各") and any(place in unit[1:4] for place in _EACH_PLACE_WORDS)


_EACH_PLACE_WORDS = ("乡", "镇", "街道", "县", "区", "市", "州", "村", "社区")


def _dated_last_clause(folded: str, end: int) -> bool:
    """Whether the roles ending at end are followed by the item's last clause, opening with its deadline
    (…项目，县民政局负责，2025年9月底前每个乡镇至少培育1家服务主体。)."""
    rest = _last_clause_after(folded, end)
    return rest is not None and P.DEADLINE.match(rest) is not None


def _without_span(folded: str, span: tuple[int, int]) -> str:
    """The text with one clause blanked out (its length kept): a helping clause whose units no rule can name
    (…负责组织实施，自来水厂协助做好…) neither makes a partner nor takes the item's roles from the clause before
    (the task is kept with its units, and the helping clause told: _refused_helpers)."""
    return folded[: span[0]] + " " * (span[1] - span[0]) + folded[span[1] :]


def _other_role(folded: str) -> bool:
    """Whether the rest of an item's text (the clause read taken out) names a unit with a role, or helping at all
    (…。县气象局负责人工增雨。  …。区商务局要配合做好…  …，各乡镇做好配合。): one clause read alone would drop it."""
    if any(verb in folded for verb in ("配合", "协助", "协同")) or _unit_role_in_prose(folded):
        return True
    for a, b in top_level_spans(folded, ",;。\n"):
        piece = folded[a:b].strip(" ")
        opening = P.UNIT_OPENS_ITEM.match(piece)
        if opening is not None and (opening["lead"] or opening["verb"] in ("负责", "牵头")):
            return True
        # (县气象局负责人工增雨: 负责 before work opening with 人, which the pattern leaves to 负责人, a person)
        at = piece.find("负责")
        if at > 0 and _office_of_a_level(piece[:at].removesuffix("要")):
            return True
    return False


# 会同 and units, then the work they do together (folded): 会同县民政局、县教育局将养老护理员纳入…
_JOINED_BEFORE_WORK = compile_regex(
    r"\s*,?\s*(?:并)?会同(?P<units>[^,;。()]{3,60}?)(?=将|把|对|共同|联合|推进|开展|制定|做好|落实|实施|建立|完善|加强|组织|编制|研究)"
)


def _run_then_annotation(text: str, folded: str, found: list[Annotation]) -> list[tuple[str, int, Assignment]] | None:
    """Roles stated in the sentences before an item's one annotation (…台账。A牵头，B参与，年底前完成。同时，…（C负责，
    长期坚持）), which names units in charge of its own: the text through that sentence is a task of those roles, the
    rest a task of the annotation's (each annotation closes its own task); None for any other item, or where the
    annotation only adds partners (…。（县财政局配合）: the roles before it are its lead's)."""
    if len(found) != 1 or found[0].in_text:
        return None
    last = found[0]
    if not (last.assignment.lead or last.assignment.responsible):
        return None
    cut = folded.rfind("。", 0, last.start) + 1
    if cut <= 0 or not folded[cut : last.start].strip(" \n"):
        return None  # (the annotation closes the sentence right after the roles: no work of its own)
    if "\n" in folded[cut : last.start] or "以上" in folded[cut:]:
        return None  # (a paragraph after the item's, 各镇是以上各项任务的实施主体，…: roles for them all, read so)
    run = _role_run(text[:cut], folded[:cut])
    if run is None or set(run.assignment.departments) & set(last.assignment.departments):
        return None
    rest = text[cut:].lstrip(" \n")
    start = len(text) - len(rest)
    return [
        (text[:cut].strip(" \n"), 0, run.assignment),
        (_without(rest, Annotation(last.start - start, last.end - start, last.assignment)), start, last.assignment),
    ]


def _joined_before_work(text: str, folded: str, run: Annotation) -> Annotation:
    """由X牵头，会同Y、Z将…纳入…: the units 会同 joins to the lead, with the work they do after them (which stays in
    the text), are the lead's partners; the run as it was where no such clause follows it or one of them is no
    office with its level."""
    joined = _JOINED_BEFORE_WORK.match(folded, run.end) if "会同" in folded[run.end : run.end + 4] else None
    if joined is None or not run.assignment.lead or run.assignment.partners:
        return run
    units = split_units(text[joined.start("units") : joined.end("units")])
    if not units or not all(P.PLACE_PREFIX.match(fold(u)) and has_ending(u) for u in units):
        return run
    assignment = run.assignment.copy()
    assignment.partners.extend(units)
    assignment.order.extend(u for u in units if u not in assignment.order)
    return Annotation(run.start, run.end, assignment, run.cut_off, run.in_text, run.cut_name)


def _partners_joined(raw: str) -> bool:
    """会同县农业农村局: a clause that is 会同 and units alone (no work after them), the partners of a lead."""
    joined = parse_annotation(raw, strict=True)
    return joined is not None and bool(joined.partners) and not (joined.lead or joined.responsible or joined.names_work)


def _bracket_clauses(inner: str) -> Assignment | None:
    """A bracket whose clauses are each a role, read one by one: （县长牵头，县商务局、县发改局负责）
    （县住建局负责统筹，县自然资源局配合）; None when one of them is not."""
    folded = fold(inner)
    clauses = []
    due = None
    for start, end in top_level_spans(folded, ",;"):
        if not folded[start:end].strip(" \n"):
            continue
        clause = _role_clause(inner, folded, start, end, by=False)
        if clause is None and due is None and (due := _deadline_only(inner[start:end])):
            continue  # （…，县自然资源局配合，6月底前完成）
        if clause is None:
            return None
        clauses.append(clause)
    # two roles at least: a clause alone is read as parse_annotation reads it (县水务局牵头抓好 is warned)
    assignment = _clause_by_clause(inner, folded, clauses) if len(clauses) > 1 else None
    if assignment is not None and due:
        assignment.due = assignment.due or due
    return assignment


def _roles_before(text: str, folded: str, begin: int, cut: int) -> tuple[int, Assignment | None] | None:
    """The role clauses of a sentence right before its last ones at cut (由县委宣传部负责协调，县民政局配合):
    where they start and their roles; (cut, None) when the clause before states no role; None when it
    opens with 由 and cannot be read."""
    bounds = [begin - 1, *_top_level_commas(folded, begin, cut), cut]
    spans = [(a + 1, b) for a, b in pairwise(bounds)]
    taken: list[tuple[int, int]] = []
    work: Assignment | None = None  # the office opening the run, its share of the work named
    for at in range(len(spans) - 1, -1, -1):
        start, end = spans[at]
        clause = _role_clause(text, folded, start, end, by=False)
        if clause is None:
            piece = folded[start:end].strip(" \n")
            # 区民政局负责项目建设和运营管理，区发展改革局、区财政局予以配合: the office the clause (or the sentence) opens
            # with has its role too, its work staying in the text (never dropped while its partners are kept)
            for first in dict.fromkeys((at, 0)):
                if (work := _duty_opening(text, folded, spans[first : at + 1])) is not None:
                    taken.insert(0, spans[first])
                    break
            if work is not None:
                break
            # (or a unit's role after other words: 8月底前投入使用——县教育局牵头, 上述企业由县商务局牵头抓好)
            if (_unread_role(piece) or P.UNIT_ROLE_NEAR.search(piece)) and not _unit_led(piece):
                return None
            if _unit_led(piece) and any(P.UNIT_ROLE_NEAR.search(folded[a:b]) for a, b in spans[:at]):
                # 县水利局负责建设，县财政局保障资金，县发改局配合: a share no rule reads, none read in part
                return None
            break
        taken.insert(0, clause)
    if not taken:
        return cut, None
    if work is not None:  # (the clauses between it and the last ones, if any, read after it)
        rest = _clause_by_clause(text, folded, taken[1:]) if len(taken) > 1 else work
        if rest is not None and rest is not work:
            work.merge(rest)
        own = work if rest is not None else None
    else:
        own = _clause_by_clause(text, folded, taken)
    return (taken[0][0], own) if own is not None else None


def _duty_opening(text: str, folded: str, spans: list[tuple[int, int]]) -> Assignment | None:
    """The role of the named office opening spans' first clause, its verb and its share of the work after it
    (区民政局负责项目建设…, the units responsible; 县水务局牵头制定…, the lead: P.OFFICE_ON_DUTY or P.UNITS_DO_WORK),
    or its lead named without a role verb (以县民政局为主, 县医保局承担主体责任: P.LEAD_AS_MAIN), when no clause
    after it up to spans' end gives work to another unit (…，县财政局保障资金); None otherwise."""
    start, end = spans[0]
    piece = folded[start:end].strip(" \n")
    offset = start + len(folded[start:end]) - len(folded[start:end].lstrip(" \n"))
    main = P.LEAD_AS_MAIN.match(piece)
    duty = None if main else P.OFFICE_ON_DUTY.match(piece) or P.UNITS_DO_WORK.match(piece)
    if main is not None:
        found, group, role = main, ("main" if main["main"] else "bearer"), "lead"
    elif duty is not None:
        found, group, role = duty, "units", "lead" if duty["verb"].startswith("牵头") else "departments"
    else:
        return None
    units = text[offset + found.start(group) : offset + found.end(group)]
    named = split_units(units)
    if not named or not all(
        (has_ending(u) or P.ENTERPRISE_NAME.match(fold(u))) and not P.PROSE_IN_NAME.search(fold(u)) for u in named
    ):
        return None
    if not any(P.SPECIFIC_UNIT.search(fold(u)) for u in named):
        return None
    for a, b in spans[1:]:
        rest = folded[a:b].strip(" \n")
        if _unread_role(rest) or P.UNIT_ROLE_NEAR.search(rest) or _unit_led(rest):
            return None
    assignment = Assignment()
    assignment.add(role, units, text[start:end].strip())
    return assignment if assignment.has_units else None


_MAX_ROLE_CLAUSES = 6
_DASH = re.compile(r"—+")
_DASH_CHARS = " \n—－-–"  # a dash as pages write it, and the spaces around it


def _top_level_commas(folded: str, start: int, end: int) -> list[int]:
    """Where commas stand outside brackets in folded[start:end], in one pass."""
    out = []
    depth = 0
    for mark in _BRACKET_OR_COMMA.finditer(folded, start, end):  # only the brackets and commas are visited
        ch = mark.group()
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(depth - 1, 0)
        elif depth == 0:
            out.append(mark.start())
    return out


_BRACKET_OR_COMMA = re.compile(r"[(〔\[【)〕\]】,]")


def _units_only(inner: str) -> Assignment | None:
    """A bracket at the end of a block that lists only units (each named as a unit is, no prose, one of
    them a specific office such as 县文旅局, or all of them the governments below, 各县（市、区）人民政府): they are
    responsible for it, in no role the text states. A
    deadline after the units' last comma or semicolon is the task's (（县水利局，9月底前）, （县河长办，3月）,
    （县委办；长期坚持）), and so is how often the work recurs (（县招商局，每季度1场）)."""
    due = None
    comma = max(inner.rfind("，"), inner.rfind(","), inner.rfind("；"), inner.rfind(";"))
    if comma > 0:
        last = inner[comma + 1 :].strip().rstrip("。")
        folded_last = fold(last)
        month_or_count = (
            P.MONTH_ALONE.match(folded_last)
            or P.RECURRING_COUNT.match(folded_last)
            or P.RECURRING_WORK.match(folded_last)  # （区委网信办、区政府办公室，按季度开展检查）
            or P.MONTH_RANGE_NO_YEAR.fullmatch(folded_last)  # （各村，5—6月）
            or P.DUE_RANGE.fullmatch(folded_last)  # （镇应急办，2025年5—6月）
            or time_phrase(folded_last)  # （县财政局，2025年6月、12月各开展一次）
        )
        due = _deadline_only(last) or (last if month_or_count else None)
        inner = inner[:comma] if due else inner
    # a unit marked with a star (县商务局*) is read as its name: the mark is the note's, read where the note is
    units = [_without_second_name(u).strip(_STAR_MARKS) for u in split_units(inner)]
    if not units:
        return None
    if (
        not any(P.SPECIFIC_UNIT.search(fold(u)) for u in units)
        and not _each_place(units)
        and not all(P.EACH_GOVERNMENT.fullmatch(fold(u)) for u in units)
    ):
        return None  # (（各县（市、区）人民政府）: the governments below, named alone, are the block's units too)
    if not all(len(u) <= 30 and has_ending(u) and not P.PROSE_IN_NAME.search(fold(u)) for u in units):
        return None
    assignment = Assignment()
    assignment.add("departments", inner)
    assignment.due = due
    return assignment


def _label_due_taken(annotation: Annotation, text: str, label_due: Match | None) -> Annotation:
    """A bracket of units alone with its deadline's label after it (（县城管局、县水务局）完成时限：长期坚持。):
    the label's value is the units' deadline, and the annotation runs to it."""
    if label_due is None:
        return annotation
    annotation.assignment.due = annotation.assignment.due or text[label_due.start("due") : label_due.end("due")]
    return Annotation(annotation.start, label_due.end(), annotation.assignment)


def _units_only_cut(inner: str) -> tuple[Assignment, str] | None:
    """Units alone in a bracket the end of the text cut (…措施。（市政府办公室、市): the units named whole are the
    block's, in no role (the roles may follow them in the words cut); the words of a name cut (市) are returned
    to be warned, never read as a unit."""
    if not _at_text_end(inner):
        return None
    kept, comma, cut = inner.rpartition("、")
    if not comma or has_ending(cut.strip()):
        kept, cut = inner, ""  # （市政府办公室、县财政局: every name whole, the roles after them cut
    units = _units_only(kept)
    return (units, cut.strip()) if units is not None else None


_STAR_MARKS = " \u3000" + P.STARS


def _closes_its_own_sentence(inner: str, closing: str, parallel: bool = False) -> bool:
    """Units alone before 。 or ； close a sentence of their own where they are government bureaus
    (…助餐点建设（县民政局）。完善医养结合服务（县卫健局）。), where the bracket closing the item lists units too, one
    of them the same (…建设（区民政局）。开展助餐服务（区民政局、各街道）。), or, whatever the units (any the
    departments reader accepts), where the item's closing bracket of units closes its own last sentence as this one
    does (parallel: …学法活动（县委组织部）。开展…履职评议（县司法局）。 …（养老服务股）；完善…（社会事务股）；…): a
    place named in brackets mid-item, the item's roles after its last sentence's end
    (…次中心建设（县第二人民医院）。完善…。（县卫健局负责，12月底前）), is the text's own."""
    first, last = _units_only(inner), _units_only(closing)
    if first is None:
        return False
    if all(unit.endswith(P.GOVERNMENT_BUREAU_ENDINGS) for unit in first.order):
        return True
    if parallel and last is not None:
        return True
    return last is not None and bool(set(first.order) & set(last.order))


def _each_place(units: list[str]) -> bool:
    """（各街道）, （各乡镇）, （各区政府）: a bracket naming only collectives, each of every place or unit of a kind
    (各…), names the units responsible as a specific office does."""
    return all(u.startswith("各") and len(u) >= 2 and u.endswith(P.COLLECTIVE_ENDINGS) for u in units)


def _without_second_name(unit: str) -> str:
    """A unit's name without the second name in brackets after it: 办公室（党建办） -> 办公室."""
    folded = fold(unit)
    alias = P.UNIT_ALIAS_BRACKET.search(folded) if folded.endswith(")") else None
    return unit[: alias.start()] if alias is not None and alias.start() > 1 else unit


def _second_name_after_dash(folded: str, start: int, end: int) -> bool:
    """Whether the bracket at start..end closing the text holds the second name of the one unit a dash puts
    before it: …责任制。——办公室（党建办）. The dash's units are read with the bracket, as written."""
    if not P.UNIT_ALIAS_BRACKET.match(folded[start:end]):
        return False
    dash = folded.rfind("—", 0, start)
    named = folded[dash + 1 : start].strip()
    return dash > 0 and bool(named) and _units_only(named) is not None


def _char_before(folded: str, offset: int) -> str:
    """The last character before offset that is not a space; NUL at the start of the text."""
    i = offset - 1
    while i >= 0 and folded[i] in " \n":
        i -= 1
    return folded[i] if i >= 0 else "\0"


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether offset falls in one of the sorted, disjoint spans."""
    n = bisect_right(spans, offset, key=lambda span: span[0]) - 1
    return n >= 0 and spans[n][0] <= offset < spans[n][1]


@cache
def _verb_tail(pattern: Pattern) -> Pattern:
    """A UNIT_THEN_* pattern from its verb on (the verb and what must follow it): a text with no match of
    this has none of the whole pattern, whose scan tries every unit ending at every position (22 us a text)."""
    return compile_regex(pattern.pattern[pattern.pattern.index("(?P<verb>") :], pattern.flags)


@cache
def _verb_words(pattern: Pattern) -> re.Pattern[str]:
    """A UNIT_THEN_* pattern's verbs alone (its group verb is words and bars only): a text holding none has no
    match of the pattern's verb tail, which is slower to look for (what follows each verb is tried too)."""
    start = pattern.pattern.index("(?P<verb>") + len("(?P<verb>")
    return re.compile(pattern.pattern[start : pattern.pattern.index(")", start)])


def _may_read_strictly(folded: str, start: int, end: int) -> bool:
    """Cheap test before parse_annotation reads folded[start:end] strictly (wholly roles): it holds a role verb
    (or 会同, which joins partners to a lead), and one of _strict_roles_hint's marks."""
    verbs = _any_verb((*P.VERBS, "会同"))
    return verbs.search(folded, start, end) is not None and _strict_roles_hint().search(folded, start, end) is not None


@cache
def _strict_roles_hint() -> re.Pattern[str]:
    """What every text that parse_annotation reads strictly (wholly roles) holds, folded: a role verb closing a
    piece (before ,;。、 a space, a line break or the end: the space and the 、 after a verb close its piece
    too), 为 or 是 and a label closing one (P.UNITS_ARE_ROLE), a label's colon or bracket, a bracket closing
    a unit's role (州水务局（牵头）), 会同 (P.JOINED_PARTNERS), 配合 or 协助 between units, 分别 before a verb and its
    work (县住建局、县供热公司分别负责管网改造和运行调度), or a line break (the lines are joined first). A text holding none names no unit in a role, so it is not read: a sentence of
    prose holds role verbs often, but seldom closing a clause."""
    after = r"(?=[ \n,;。、]|\Z)"
    labels = "|".join(map(re.escape, sorted(P.LABEL_ROLES, key=len, reverse=True)))
    # (each form opens with a character of its own, none with a group or a class: re then skips at once every
    # place where no form can start, where it would try every form at every place of a long sentence)
    forms = [
        *(f"{re.escape(verb)}{after}" for verb in sorted(P.VERBS, key=len, reverse=True)),
        *(f"{word}(?:{labels}){after}" for word in "为是"),
        *map(re.escape, ":〔)〕\n"),
        *("会同", "配合", "协助", "分别"),
    ]
    return re.compile("|".join(forms))


def _may_hold_label(folded: str) -> bool:
    """Cheap test before looking for LABEL_ANYWHERE: a label is written 〔牵头单位〕 or 牵头单位: (folded); a 〔 opening
    a document number's year (中发〔2016〕32号) opens no label."""
    return ":" in folded or ("〔" in folded and P.LABEL_BRACKET_OPENING.search(folded) is not None)


def _holds_verb(folded: str) -> bool:
    """Whether a text holds one of the role verbs (P.VERBS): one scan, not one per verb."""
    return _any_verb(P.VERBS).search(folded) is not None


@cache
def _any_verb(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for any of the verbs (a text holds one where this finds one, wherever they overlap)."""
    return re.compile("|".join(map(re.escape, verbs)))


@cache
def _role_word() -> re.Pattern[str]:
    """The words of a role proper (a lead's or a partner's verb, or 负责), as the prose between two brackets of roles
    must not hold: 实施, 落实 and 指导 are words of work there too."""
    words = {verb for verb, role in P.VERB_ROLES.items() if role in ("lead", "partners")} | {"负责"}
    return re.compile("|".join(sorted(words, key=len, reverse=True)))


def _may_be_roles(folded: str) -> bool:
    """Cheap test before reading a group: does it hold a label or a role verb at all (or open with a label
    naming its units with 为 or 是, 责任单位为县司法局)?"""
    return (
        "会同" in folded
        or (_may_hold_label(folded) and bool(P.LABEL_ANYWHERE.search(folded)))
        or _holds_verb(folded)
        or (("为" in folded or "是" in folded) and _label_is_units(folded))
    )


def _label_is_units(folded: str) -> bool:
    """Whether a group's first clause is a label naming its units with 为 or 是 (P.LABEL_IS_UNITS)."""
    folded = folded.strip(" ")
    end = min((at for at in (folded.find(c) for c in ",;。") if at >= 0), default=len(folded))
    return P.LABEL_IS_UNITS.match(folded[:end].strip(" ")) is not None


def _with_due_after(text: str, folded: str, found: list[Annotation]) -> list[Annotation]:
    """The annotations, each taking the deadline labelled right after it when that is all the text holds
    before the next one (建设区级数据中心。（牵头单位：区大数据中心）完成时限：一季度): the deadline is the
    task's, and its label no part of the task's text. An annotation naming a deadline of its own keeps it."""
    if not found or "时" not in folded:  # (every deadline label holds 时: 完成时限, 时间节点, 时限要求)
        return found
    out: list[Annotation] = []
    for n, a in enumerate(found):
        stop = found[n + 1].start if n + 1 < len(found) else len(folded)
        due = P.DUE_LABELLED_AFTER.match(folded, a.end, stop) if a.assignment.due is None else None
        if due and not a.in_text:
            a.assignment.add("due", text[due.start("value") : due.end("value")])
            a = Annotation(a.start, due.end(), a.assignment, a.cut_off, a.in_text)
        out.append(a)
    return out


def _due_label_after(node: Node, last: Annotation) -> bool:
    """Whether the block's one labelled line is a deadline after its last annotation, which names none."""
    return (
        len(node.labels) == 1
        and P.LABEL_ROLES[node.labels[0][0]] == "due"
        and last.assignment.due is None
        and not last.in_text
    )


def _without(text: str, a: Annotation) -> str:
    """The text without its annotation, and without a comma the annotation followed (整治违建，牵头单位：…)
    or, at the start of a line or sentence, the comma after it (由县水务局牵头，抓紧完成…)."""
    head = text[: a.start].rstrip(" ")
    rest = text[a.end :].lstrip(" ")
    if not head or head.endswith(("\n", "。", "；", ";")):
        rest = rest.lstrip("，, ")
    if head.endswith("。"):  # …增长10%以上。省数据局牵头，…配合。6月底前出台…: one full stop between the sentences kept
        rest = rest.lstrip("。 ")
    # 扩大种植面积500亩；镇农业服务中心负责。: the semicolon before roles closing the text ends nothing kept
    cut = "，,、；;" if not rest.strip(" 。.") else "，,、"
    return (head.rstrip().rstrip(cut) + ("\n" if head.endswith("\n") and rest else "") + rest).rstrip()


def _units_ahead(text: str, folded: str) -> Annotation | None:
    """【县数据局】建设城市运行平台…, （县水务局、县财政局）疏通…: a bracket that opens the text and holds units'
    names alone gives them, departments only; None for any other text."""
    if folded[:1] not in "〔([":
        return None
    groups, _ = parentheticals(text, folded)
    if not groups or groups[0][0] != 0 or not text[groups[0][1] :].strip():
        return None
    start, end, inside = groups[0]
    if not _unit_cell(inside):
        return None
    assignment = Assignment()
    assignment.add("departments", inside)
    return Annotation(start, end, assignment) if assignment.has_units else None


def _units_ahead_each(text: str, folded: str) -> list[tuple[str, Assignment]] | None:
    """An item whose clauses, apart by ；, each open with a bracket of units alone (【A】work；【B】work): each clause's
    work (its bracket off) and its units; None unless every clause opens so."""
    out: list[tuple[str, Assignment]] = []
    for start, end in top_level_spans(folded, ";"):
        clause, clause_folded = text[start:end].strip(" \n"), folded[start:end].strip(" \n")
        ahead = _units_ahead(clause, clause_folded) if clause_folded[:1] == "〔" else None
        if ahead is None or find_annotations(clause[ahead.end :]):
            return None  # (a clause with roles of its own after its units, （市住建局配合）: read as before)
        out.append((clause[ahead.end :].strip(), ahead.assignment))
    return out if len(out) >= 2 else None


def _cell_before_units(text: str, run: Annotation) -> bool:
    """Whether roles read inside a sentence stand in a cell of a piped row whose later cell holds only units
    (…由乡镇组织村补充落实责任人。 | 1.明确网格员职责; | 综治办 应消站 | 4月 |): a row of a table that was not
    read, whose units are its own cell's, never the prose's (the row is warned, see _spaced_row)."""
    cells = text[run.end :].split("|")[1:]
    return "|" in text[run.end :] and any(
        cell.split() and all(_unit_cell(piece) for piece in cell.split()) for cell in cells
    )


_WORK_BESIDE_ROLES = 6  # a later sentence's own work beside its roles, in characters at least (not 负责监督)


def _role_runs_by_sentence(text: str, folded: str) -> list[tuple[str, int, Assignment]] | None:
    """An item whose roles, read in its sentences, end a sentence after which another sentence states units in
    charge of work of their own (…由A牵头，B配合，2025年6月底前完成。各县人民政府负责编制本地区规划，…9月底前完成。):
    the text through the first's sentence a task of its roles, the rest a task of the later sentence's; None where
    the later sentence only assists or oversees (…。C协助。 …。C负责监督。) or names a unit of the first's."""
    first = _role_run(text, folded) if "。" in folded.rstrip("。 \n") else None
    if first is None:
        return None
    cut = folded.find("。", first.end) + 1
    if cut <= 0 or not folded[cut:].strip(" \n"):
        return None
    rest, rest_folded = text[cut:], folded[cut:]
    later = _role_run(rest, rest_folded)
    opening = rest_folded.lstrip(" \n")
    if later is None and _states_role(P.UNIT_OPENS_ITEM.match(opening)):
        later = _unit_opens_item(rest.lstrip(" \n"), opening)  # 各县人民政府负责编制…: 负责 or 牵头, never 要
    if later is None or not (later.assignment.lead or later.assignment.responsible):
        return None
    if set(later.assignment.departments) & set(first.assignment.departments):
        return None
    stop = rest_folded.find("。", later.end)
    sentence = rest_folded[: stop if stop >= 0 else len(rest_folded)]
    if len(sentence.strip(" \n")) - (later.end - later.start) < _WORK_BESIDE_ROLES:
        return None
    return [(text[:cut].strip(" \n"), 0, first.assignment), (rest.strip(" \n"), cut, later.assignment)]


def _role_runs_each(text: str, folded: str) -> list[tuple[str, Assignment]] | None:
    """An item whose clauses, apart by ；, each state their own units' roles inside a sentence (…，由县民政局负责排查
    整治，9月底前完成；…，由县卫生健康局负责…): each clause and its roles; None unless every clause has its own and no
    unit leads or is in charge in two of them."""
    spans = top_level_spans(folded, ";")
    if len(spans) < 2:
        return None
    out: list[tuple[str, Assignment]] = []
    seen: set[str] = set()
    for start, end in spans:
        piece = text[start:end].strip(" \n")
        run = _role_run(piece, fold(piece)) if piece else None
        if run is None:
            return None
        charged = set(run.assignment.lead or run.assignment.responsible)
        if charged & seen:
            return None  # (one unit's several shares: one task, read as before)
        seen |= charged
        out.append((piece, run.assignment))
    return out


def roles_in_sentence(text: str) -> bool:
    """Whether a block's sentences state its units' roles with no bracket or label (由县水务局牵头，县财政局配合，…)."""
    return _role_run(text, fold(text)) is not None


def _role_run(text: str, folded: str) -> Annotation | None:
    """Roles stated inside a sentence of a block that has no annotation: a run of clauses, the first
    opening with 由 or naming a leader, each wholly units with a role verb or a person in charge
    (…专项整治，由县公安局负责，有关部门配合。要…   由张某副县长负责，县水务局牵头，县财政局配合，抓紧…).
    Read strictly (parse_annotation), so a clause of prose ends the run; None when no run names a unit."""
    if not _may_open_role_run(folded):
        return None
    spans = top_level_spans(folded, ",;。\n")
    # (what each clause is asked below, asked first of the whole text, which most often holds neither)
    holds_by = "由" in folded
    holds_frame = _FRAME_CLOSED.search(folded) is not None
    n = 0
    while n < len(spans):
        start, end = spans[n]
        before = folded[start - 1] if start else "\0"  # (most often the separator ending the clause before)
        if before in " \n":
            before = _char_before(folded, start)
        opens_sentence = before in _OPENS_RUN or (holds_frame and _after_frame(folded, start, before))
        # (the clause is copied only where it may hold 由 or open a sentence)
        by_inside = holds_by and folded.find("由", start, end) >= 0
        piece = folded[start:end].strip(" ") if opens_sentence or by_inside else ""
        by_near = "由" in piece[:3]
        # 此项工作由市文旅局牵头，…配合，6月底前推出…: the item's own work named as a whole before its 由 (not 上述工作,
        # the work of the items before it, which the closing sentence gives them)
        own_work = P.WORK_BEFORE_BY.match(piece) if not by_near and piece.startswith(_OWN_WORK) and by_inside else None
        if own_work is None and not by_near and by_inside and piece.startswith(("有关", "相关")) and _prose_forms():
            # 有关工作由区文旅局、区教育局共同负责，…: the bare reference to the work, read only where the clause from
            # its 由 is units with a role verb (never 有关工作由区政府另行部署: _role_piece turns it away)
            own_work = P.REFERENCE_BEFORE_BY.match(piece)
        work_done = None
        if own_work is None and not by_near and by_inside and opens_sentence and _opens_item(folded, start):
            # 校园周边秩序整治由县公安局负责，县教育局配合，…: the item's work named before its 由 (minutes state
            # their decisions so), read only where the clause from its 由 is units with a role verb, and only in the
            # sentence opening the item (never a later side job: …完成。设施管护由各乡镇负责); kept in the text
            own_work = work_done = P.WORK_DONE_BEFORE_BY.match(piece)
        by_near = by_near or own_work is not None
        # …整治，县财政局负责，县农业农村局参与，每年3月底前下达…: two clauses of roles in a row inside a sentence
        # (or roles alone before the deadline closing the item: …项目，县民政局负责，2025年9月底前培育…。)
        mid = (
            not by_near
            and not opens_sentence
            and before == ","
            and (_two_roles_ahead(text, folded, spans, n) or _roles_then_dated_close(folded, start, end))
        )
        if mid:
            piece = folded[start:end].strip(" ")
        elif not by_near and not opens_sentence:
            # neither 由 (after an adverb, if any) nor a clause opening a sentence: no run starts here (most
            # clauses of prose); the tests below would turn it away
            n += 1
            continue
        # 具体由县文体局负责: read from its 由, taken out with it (the adverb is two characters at most)
        adverb = own_work or (P.ADVERB_BEFORE_BY.match(piece) if by_near else None)
        if adverb:
            start += len(folded[start:end]) - len(folded[start:end].lstrip(" ")) + adverb.end()
            piece = piece[adverb.end() :]
            before = _char_before(folded, start)
        by = piece.startswith("由") or _main_first(piece)
        if not (by or mid or _opens_with_units(text, folded, start, end, before)) or not _role_piece(
            text[start:end].strip(" "), piece
        ):
            n += 1
            continue
        last, helped, refused = n, 0, False
        run = [(start, end)]
        while folded[spans[last][1] : spans[last][1] + 1] == "," and last + 1 < len(spans):
            # 由县政府组织召开大会，县应急局负责筹备   由县委宣传部组织晚会，具体由县文化馆负责节目编排
            following = _role_clause(text, folded, *spans[last + 1], by=False)
            ahead = folded[spans[last + 1][0] : spans[last + 1][1]].strip(" ")
            if following is None and (listed := _list_over_comma(text, folded, spans, last + 1, ahead)):
                # 由县民政局牵头，县市场监管局、财政局，各乡镇人民政府配合: one list of partners a comma broke
                run.append(listed)
                last += 2
                continue
            if following is None and (following := _helping_clause(text, folded, *spans[last + 1])):
                helped += 1
            # (…，水文站协助做好测报, …，各级财政部门给予经费保障: a helping clause whose units _help_with_work refuses;
            # the clause before is then no item's roles alone)
            refused = following is None and P.UNITS_HELP_WITH_WORK.match(ahead) is not None
            if following is None and _unread_role(ahead):
                # …负责建设，县财政局保障资金   …，具体由县文化馆负责节目编排 (a name the registry cannot read):
                # a share the run cannot read; warned, never half read
                run = []
            if following is None:
                break
            run.append(following)
            last += 1
        if helped and len(run) - helped > 1:
            # 区民政局负责组织实施，区卫健局协助做好…，区财政局负责资金保障，…: several units each with a duty of
            # their own are no one task's roles (warned, as without the helping clause)
            run = []
        if not run:
            n = last + 2
            continue
        if (
            not by
            and len(run) < 2
            and not P.UNITS_JOINED.match(piece)
            and not P.UNITS_TOGETHER.match(piece)
            and not _opens_line(folded, start)
            and not _after_frame(folded, start, before)
            and not _role_after_title(folded, start, spans[last][1], opens_sentence and before == "。")
            and not _whole_item_role(
                text, _without_span(folded, spans[last + 1]) if refused else folded, start, spans[last][1]
            )
        ):
            # …。县水务局牵头，做好汛前检查: a unit's role alone inside a paragraph's prose is no run (right after the
            # item's short title it is: 打击破坏设施违法行为。镇派出所负责，依法打击…)
            n = last + 1
            continue
        begin = start + len(folded[start:end]) - len(folded[start:end].lstrip(" "))
        stop = spans[last][1]
        assignment = parse_annotation(text[begin:stop], strict=True)
        if assignment is not None and not adverb and (not folded[:begin].strip(" ") or _opens_item(folded, begin)):
            # 市农业局负责，…  由市农业局负责，…: roles opening the item are its own words, kept in its text, and so
            # are roles right after its short heading (开展普法宣传。镇司法所牵头，镇综治中心配合，印发…)
            return Annotation(begin, stop, assignment, in_text=True)
        if assignment is not None and work_done is not None:
            return Annotation(begin - work_done.end(), stop, assignment, in_text=True)
        if assignment is not None:
            return Annotation(begin - (adverb.end() if adverb else 0), stop, assignment)
        # 由县应急局负责统筹协调，县公安局配合: read clause by clause, what the units do stays in the text
        assignment = _clause_by_clause(text, folded, run)
        if assignment is not None:
            return Annotation(begin, stop, assignment, in_text=True)
        n = last + 1
    return None


def _list_over_comma(
    text: str, folded: str, spans: list[tuple[int, int]], at: int, piece: str
) -> tuple[int, int] | None:
    """A clause of units' names alone (piece, the clause at at) whose list a comma carries on into a clause of
    units with their role verb: where the two clauses start and end, else None."""
    if at + 1 >= len(spans) or folded[spans[at][1] : spans[at][1] + 1] != "," or not names_only(piece):
        return None
    return _role_clause(text, folded, spans[at][0], spans[at + 1][1], by=False)


def _role_after_title(folded: str, start: int, end: int, after_sentence: bool) -> bool:
    """打击破坏设施违法行为。镇派出所负责，依法打击…: a unit's role alone right after the item's short title, no
    other role written after it (…；区教育局负责场地协调: a share of another unit, which the run would drop)."""
    rest = folded[end:]
    return (
        after_sentence
        and _opens_item(folded, start)
        and not _holds_verb(rest)
        and not _DUTY_WORD.search(rest)
        and not _unit_or_tier_in(folded, end)  # …，县审计局全程跟踪审计: another unit's share, which the run would drop
        and not _COLLECTIVE_OPENS_CLAUSE.search(rest)  # …，各乡镇、各部门广泛宣传…: the same, of units taken together
    )


# units taken together opening a clause of their own (folded): ,各乡镇、各部门广泛宣传   ;有关部门做好配合
_COLLECTIVE_OPENS_CLAUSE = compile_regex(r"[,;。]\s*(?:各|有关|相关)(?!项|类|种|级政府)\p{Han}")


_DUTY_WORD = re.compile("要(?![求点素])")  # 区教育局要做好…: another unit's duty (not 要求, 要点, 要素)


def _opens_item(folded: str, start: int) -> bool:
    """Whether the sentence at start opens the item: nothing before it, or only the item's heading sentence, a
    short title with no clause break of its own (推进农村供水工程。农村供水工程建设由县水利局负责…); never a
    sentence after the item's own work (县住建局负责…，10月底前完成。管网维护由…)."""
    head = folded[:start].strip(" \n")
    if not head:
        return True
    body = head.rstrip("。")
    return head.endswith("。") and len(body) <= 20 and not any(c in body for c in ",;:。!?\n")


def _may_open_role_run(folded: str) -> bool:
    """Cheap test before _role_run reads a text clause by clause: whether any clause of it may open a run,
    asked of the whole text at once. A run opens at a clause holding 由 (by, or the item's own work before
    its 由), at one that ends in a role verb (the first of two roles in a row, _two_roles_ahead), or at one
    that _opens_with_units reads, which first asks _may_name_units_in_role of it: the text holds each thing
    that test finds in a clause (a verb closing the clause or 为/是 and a label closing it, looked for
    before any separator of a clause or the end; 会同, a colon, 〔, a line break, 联合 or 共同, 分别, a role in
    brackets after a unit), or no clause can open a run (most paragraphs of prose)."""
    return (
        "由" in folded
        or "为主" in folded
        or "会同" in folded
        or ":" in folded
        or "〔" in folded
        or "\n" in folded
        or "分别" in folded
        or _together(folded)
        or _verb_closing_clause().search(folded) is not None
        or (")" in folded and _role_in_brackets().search(folded) is not None)
        or (("为" in folded or "是" in folded) and _role_label_closing_clause().search(folded) is not None)
    )


_CLAUSE_END = r"(?= *(?:[,;。\n]|\Z))"  # (spaces, then a separator of _role_run's clauses or the text's end)


@cache
def _verb_closing_clause() -> re.Pattern[str]:
    """A role verb closing a clause (P.VERBS, before _CLAUSE_END), anywhere in a text."""
    return re.compile(f"(?:{_any_verb(P.VERBS).pattern}){_CLAUSE_END}")


@cache
def _role_label_closing_clause() -> Pattern:
    """P.UNITS_ARE_ROLE's 为/是 and label closing a clause (before _CLAUSE_END), anywhere in a text."""
    source = P.UNITS_ARE_ROLE.pattern
    words = source.removeprefix("^(?P<units>.+?)").removesuffix("$")
    assert words != source and words.endswith(")"), source  # (its form, tied to the pattern's)
    return compile_regex(words + _CLAUSE_END)


# the message of a remark-for-later-tasks warning, before the remark as written (later_task_units reads it back)
LATER_REMARK_MESSAGE = "a remark about the tasks after this one; the units it names are not added to them: "

# the item's own work (or a heading's items', 以下任务), named before the 由 of its roles (P.WORK_BEFORE_BY)
_OWN_WORK = ("此项", "该项", "本项", "以下")


def _two_roles_ahead(text: str, folded: str, spans: list[tuple[int, int]], n: int) -> bool:
    """Whether clause n and the one after it, inside a sentence, are each wholly units closed by a role verb, the
    first naming an office (县财政局负责，县农业农村局、县乡村振兴局参与): a run of roles, though no sentence opens there."""
    if n + 1 >= len(spans) or folded[spans[n][1] : spans[n][1] + 1] != ",":
        return False
    (a, b), (c, d) = spans[n], spans[n + 1]
    if not folded[a:b].strip(" ").endswith(P.VERBS) or not folded[c:d].strip(" ").endswith(P.VERBS):
        return False  # (nearly every clause; the second is copied only where the first ends in a verb)
    one = parse_annotation(text[spans[n][0] : spans[n][1]], strict=True)
    two = parse_annotation(text[spans[n + 1][0] : spans[n + 1][1]], strict=True)
    return (
        one is not None
        and two is not None
        and not one.names_work
        and not two.names_work
        and any(P.SPECIFIC_UNIT.search(fold(u)) for u in one.departments)
    )


def _opens_with_units(text: str, folded: str, start: int, end: int, before: str) -> bool:
    """A clause opening a sentence that is a named office with its role (县财政局负责，各乡镇配合，6月底前拨付到位
    区金融办牵头，…配合，三季度末前组织…): it opens a run of roles as 由 does. before: the character before
    the clause (_char_before)."""
    if before not in _OPENS_RUN and not _after_frame(folded, start, before):
        return False
    if not _may_name_units_in_role(folded[start:end]):
        return False  # (every sentence's first clause is asked: nearly all are prose)
    raw = text[start:end].strip(" ")
    if " " in raw or "\t" in raw or "\u3000" in raw:
        return False  # 疏通管网 县水务局（牵头） 县财政局: cells of a row, read as one
    own = parse_annotation(raw, strict=True) or _units_doing(raw, fold(raw))
    if own is None or any(P.VERB_BAN.search(fold(u)) for u in own.departments):
        return False  # 三、高效督办落实，确保完成目标: 督办 is what is done, not an office
    return any(P.SPECIFIC_UNIT.search(fold(u)) for u in own.departments)


def _may_name_units_in_role(folded: str) -> bool:
    """Cheap test before reading a clause with no ,;。 outside brackets strictly (parse_annotation) or as
    units doing their share (_units_doing): whether it holds any of what gives units a role there. Read
    strictly, such a clause is one piece, and its units take a role only from a role verb closing it, a
    label (a colon or 〔), a role in brackets after a unit, 会同 or 为/是 and a label closing it
    (UNITS_ARE_ROLE), or 分别 before the verb; _units_doing reads a clause opening with 由 or holding 会同."""
    piece = folded.strip(" \n")
    return (
        piece.startswith("由")
        or piece.endswith(P.VERBS)
        or "会同" in piece
        or ":" in piece
        or "〔" in piece
        or "\n" in piece
        or _together(piece)
        or "分别" in piece  # 县民政局、县市场监管局分别负责A和B: each unit responsible for its share
        or (")" in piece and _role_in_brackets().search(piece) is not None)
        or (("为" in piece or "是" in piece) and P.UNITS_ARE_ROLE.match(piece) is not None)
    )


@cache
def _role_in_brackets() -> Pattern:
    """P.UNIT_ROLE_MARK anywhere, not only closing the text: a clause holding none has no unit of its list
    with a role in brackets after it (州水务局（牵头）)."""
    return compile_regex(P.UNIT_ROLE_MARK.pattern.removesuffix("$"))


def _together(folded: str) -> bool:
    """Whether a text holds 联合 or 共同, which may join units doing the work together (UNITS_TOGETHER)."""
    return "联合" in folded or "共同" in folded


def _unit_led(piece: str) -> bool:
    """县财政局保障资金: a clause opening with a named office of a level (folded)."""
    if not P.PLACE_PREFIX.match(piece):
        return False
    return any(P.SPECIFIC_UNIT.search(piece[:k]) and has_ending(piece[:k]) for k in range(3, min(len(piece), 16) + 1))


def _unread_role(piece: str) -> bool:
    """A clause after a run of roles that states a share of the work: it opens with a named office, or with
    由 (after an adverb) and a role verb or 组织 (folded)."""
    adverb = P.ADVERB_BEFORE_BY.match(piece) or P.SUBJECT_BEFORE_BY.match(piece)
    rest = piece[adverb.end() :] if adverb else piece
    return _unit_led(piece) or (rest.startswith("由") and (_holds_verb(rest) or "组织" in rest))


_FRAME_CLOSED = re.compile("下 *,")  # what every frame _after_frame finds ends with (在县委统一领导下，)


def _after_frame(folded: str, start: int, before: str) -> bool:
    """Whether the clause before start opens its sentence or line and only frames it (在县委统一领导下，…): the
    clause at start opens the sentence as far as roles go. before: the character before start (_char_before)."""
    if before != ",":
        return False
    comma = folded.rfind(",", 0, start)
    last = comma - 1
    while last >= 0 and folded[last] == " ":
        last -= 1
    if last < 0 or folded[last] != "下":
        return False  # (P.FRAME_BEFORE_ROLES ends so, see its test: a cheap test first, copying no text)
    begin = max(folded.rfind(ch, 0, comma) for ch in _ENDS + "\n") + 1
    return P.FRAME_BEFORE_ROLES.match(folded[begin:comma].strip(" ")) is not None


def _opens_line(folded: str, offset: int) -> bool:
    """Whether only spaces stand between offset and the start of its line."""
    return not folded[folded.rfind("\n", 0, offset) + 1 : offset].strip(" ")


def _clause_by_clause(text: str, folded: str, spans: list[tuple[int, int]]) -> Assignment | None:
    """The roles of a run of clauses read one by one (each is a role, see _role_piece)."""
    assignment = Assignment()
    for start, end in spans:
        raw, piece = text[start:end].strip(" "), folded[start:end].strip(" ")
        leader = P.LEADER_PIECE.match(piece)
        own = None if leader else parse_annotation(raw, strict=True) or _units_doing(raw, piece)
        if own is None and not leader and not piece.startswith("由"):
            own = _units_doing("由" + raw, "由" + piece)  # …，县应急局负责筹备: a unit doing its share
        if own is None and not leader and (helping := _help_with_work(raw, piece)) is not None:
            own = Assignment()  # …，区卫健局协助做好医疗衔接: the units helping, the partners (相关部门: none)
            if helping:
                own.add("partners", helping, raw)
        if leader:
            assignment.leaders.append(raw[leader.start("who") : leader.end("who")])
        elif own is None:
            return None
        else:
            assignment.merge(own)
    return assignment if assignment.has_units else None


def _joined_in_requirements(node: Node, folded: str, run: Annotation) -> bool:
    """二、组织保障 ⏎ 市统计局要会同有关部门加强统筹协调…: a unit joining others in the prose of a part on the plan's
    requirements (as 县财政局要统筹资金 there), or of a block of its support measures (三、保障措施 ⏎ （二）强化督促
    落实。省民政厅要会同有关部门加强跟踪评估…), names no task; a role given there, 由市安委办负责统筹协调，每月通报
    整治进展, is one."""
    return (
        ((node.kind == "part" and bool(P.SCHEDULE_HEADING.match(fold(node.title).strip(" 。")))) or node.in_support)
        and not node.children
        and bool(P.UNITS_JOINED.match(folded[run.start :].lstrip(" \n")))
    )


def _units_doing(raw: str, folded: str) -> Assignment | None:
    """由县应急局负责统筹协调 -> 县应急局 responsible: units, a role verb and a short action in one clause."""
    joined = P.UNITS_JOINED.match(folded)
    if joined:  # 县应急局要会同县住建局开展检查: the first units lead, those joined are partners
        lead, partners = (
            raw[joined.start("lead") : joined.end("lead")],
            raw[joined.start("units") : joined.end("units")],
        )
        named = split_units(lead) + split_units(partners)
        if not all(has_ending(u) and not P.PROSE_IN_NAME.search(fold(u)) for u in named):
            return None
        if not any(P.SPECIFIC_UNIT.search(fold(u)) for u in split_units(lead)):
            return None
        assignment = Assignment()
        assignment.add("lead", lead, raw)
        if not all(P.VAGUE_COLLECTIVE.match(fold(u)) for u in split_units(partners)):
            # (由县发改局会同有关部门研究…: a vague collective is no partner named; the lead leads alone)
            assignment.add("partners", partners, raw)
        return assignment if assignment.has_units else None
    together = P.UNITS_TOGETHER.match(folded)
    if together:  # 县委宣传部、县司法局要联合开展普法宣传: the units responsible, none leads
        units = raw[: together.end("units")]
        named = split_units(units)
        if not named or not all(has_ending(u) and not P.PROSE_IN_NAME.search(fold(u)) for u in named):
            return None
        if not any(P.SPECIFIC_UNIT.search(fold(u)) for u in named):
            return None
        assignment = Assignment()
        assignment.add("departments", units, raw)
        return assignment if assignment.has_units else None
    match = P.UNITS_DO.match(folded) or P.UNITS_ORGANISE.match(folded)
    if match is None:
        return None
    units = raw[match.start("units") : match.end("units")]
    named = split_units(units)
    if not named or not all(
        (has_ending(u) or P.ENTERPRISE_NAME.match(fold(u))) and not P.PROSE_IN_NAME.search(fold(u)) for u in named
    ):
        return None
    assignment = Assignment()
    assignment.add(P.VERB_ROLES[match.groupdict().get("verb") or "负责"], units, raw)
    return assignment if assignment.has_units else None


def _unit_opens_item(text: str, folded: str, listed: bool = False) -> Annotation | None:
    """镇综治中心要完善…, 由镇党建办负责推进…, 由市科技局牵头、市工信局配合推进…: an item whose first words are a
    named office of a level, then 要, 负责 or 牵头 and its work, is that unit's; so is an item with a later
    clause opening with 由 so (实施…，由市科技局牵头、市工信局配合推进). The words stay in its text. None unless
    every unit named is such an office (ordinary prose opening with a subject gives none). listed: a clause of an
    item whose clauses each open with their units (see _unit_led_clauses), where a list writing the level once
    (镇党政办、民政办) and the villages of each place (各村（社区）) name units too."""
    if (colon := P.UNITS_COLON_OPEN_ITEM.match(folded)) is not None:
        return _units_heading_item(text, folded, colon)
    at, match = 0, P.UNIT_OPENS_ITEM.match(folded)
    if match is None and (titled := _after_title(folded)):
        at, match = titled, P.UNIT_OPENS_ITEM.match(folded[titled:])  # 发展助餐服务。区民政局负责…: after its title
        if not _states_role(match) and not _helped(text, folded, titled, match):
            at, match = 0, None  # 强化督促落实。县民政局要会同有关部门…: the prose of a measure, no role stated
    if match is None:
        at = next((m.end() for m in P.BY_CLAUSE.finditer(folded) if P.UNIT_OPENS_ITEM.match(folded[m.end() :])), 0)
        match = P.UNIT_OPENS_ITEM.match(folded[at:]) if at else None
        if match is None or not match["by"]:
            return None
    helping: list[str] = []
    if _unit_or_tier_in(folded, at + match.end()) or _helping_verb(folded[at + match.end() :]):
        # 县农业农村局负责建设…，县财政局保障资金: more units do work in the sentence, a run not read; but units helping
        # with their verb (…，区医保分局协同做好结算服务，…) are the partners
        found = _helping_clauses(text, folded, at + match.end())
        if found is None:
            return None
        helping = found
    lead = text[at + match.start("units") : at + match.end("units")]
    partners = text[at + match.start("partners") : at + match.end("partners")] if match["partners"] else ""
    named = split_units(lead)
    if not named or not (
        all(
            _office_of_a_level(u)
            or _known_without_level(u)
            or _governments_of_each(u)
            or _national_office(u)
            or _local_unit(u)
            for u in named
        )
        or (listed and (_offices_listed(named) or all(P.EACH_VILLAGE.match(fold(u)) for u in named)))
    ):
        return None
    if partners and not all(has_ending(u) and not P.PROSE_IN_NAME.search(fold(u)) for u in split_units(partners)):
        return None
    local = any(_local_unit(u) for u in named)
    if local and (_ANOTHER_SUBJECT.search(folded, at + match.end()) or ";" in folded[at + match.end() :]):
        return (
            None  # 各村（社区）负责排查…；镇农业办要加强指导: a town's unit opening the item, another's share after it
        )
    assignment = Assignment()
    # (市工信局要牵头推进…: 要 before 牵头 names the lead as 牵头 does)
    leads = match["verb"] == "牵头" or (match["verb"] == "要" and folded.startswith("牵头", at + match.end()))
    # (县应急局要组织…，县人武部配合开展演练: the office whose work others help with leads it)
    leads = leads or (match["verb"] == "要" and bool(helping))
    role = "lead" if match["lead"] or leads else "departments"
    written = text[at : at + match.end()]
    assignment.add(role, lead, written)
    if partners:
        assignment.add("partners", partners, written)
    for units in helping:
        assignment.add("partners", units, units)
    return Annotation(at, at + match.end(), assignment, in_text=True) if assignment.has_units else None


def _office_then_work(text: str, folded: str) -> Annotation | None:
    """县市场监管局加强节日食品安全检查: an item opening with named offices of a level and their work, no word of their
    duty (P.OFFICE_THEN_WORK), the offices responsible, their names kept in the text; None where another unit or
    tier does work later in its sentence (read as before) or a name is no office of a level."""
    match = P.OFFICE_THEN_WORK.match(folded)
    if match is None or _unit_or_tier_in(folded, match.end()):
        return None
    units = text[match.start("units") : match.end("units")]
    named = split_units(units)
    if not named or not all(_office_of_a_level(u) for u in named):
        return None
    assignment = Assignment()
    assignment.add("departments", units, units)
    return Annotation(0, match.end("units"), assignment, in_text=True)


_DUTY_OPENERS = ("负责", "牵头", "配合", "协助", "协同", "参与", "会同", "主要职责", "职责")  # 县公安局： ⏎ 负责…


def _units_line_heading(node: Node) -> Assignment | None:
    """An item whose line opens with units' names alone and a colon, its work in the paragraphs under it
    (4.市交通运输局、市公安局： ⏎ 优化城市公交线网…; 2.市住建局（牵头）、市交通运输局： ⏎ …) or after the colon where a
    role is marked among the names (2.市住建局（牵头）、市交通运输局、自然资源和规划局：实施…): those units, in the roles
    the names mark (responsible where none is marked). None where the work under them opens with a role verb or a
    label (a unit's duties, 县公安局： ⏎ 负责…, read as such), or the line names anything but units."""
    first = node.first_folded
    colon = first.find(":")
    if node.children or node.labels or colon < 2:
        return None
    if first[colon + 1 :].strip():
        if _role_in_brackets().search(first[:colon]) is None:
            return None  # 区教育局：完成…: read as an item opening with its offices (_units_heading_item)
        work = first[colon + 1 :].lstrip()  # 2.市住建局（牵头）、市交通运输局：实施…: a lead marked among them
    elif node.paragraphs:
        work = fold(node.paragraphs[0]).lstrip()
    else:
        return None
    names = node.first[:colon].strip()
    if not names or work.startswith(_DUTY_OPENERS) or P.LABEL_ANYWHERE.match(work) or P.ITEM.match(work):
        return None
    read = _units_only(names) if not any(ch in names for ch in "。；;：:") else None
    if read is None or read.due is not None:
        return None
    return read


def _named_offices(units: str) -> bool:
    """区教育局, 县住建局、县城管局, 各乡镇人民政府: named offices of a level (or of the notice's, written without
    it), nothing else."""
    named = split_units(units.strip())
    return bool(named) and all(
        _office_of_a_level(u) or _known_without_level(u) or _governments_of_each(u) for u in named
    )


def _offices_heading_helped(text: str, folded: str, annotation: Annotation) -> str | None:
    """区卫健局：建成新院区。（配合单位：区财政局）: named offices heading an item with a colon, its one annotation
    after them naming partners only: the offices, which lead (as X负责…，Y配合 makes X the lead). None where the
    annotation names a lead or responsible units, or more units are named between them."""
    own = annotation.assignment
    if own.lead or own.responsible or not own.partners or annotation.in_text:
        return None
    match = P.UNITS_COLON_OPEN_ITEM.match(folded)
    if match is None or match.end() > annotation.start or _unit_or_tier_in(folded, match.end(), annotation.start):
        return None
    units = text[match.start("units") : match.end("units")]
    partners = {fold(u).replace(" ", "") for u in own.partners}
    if not _named_offices(units) or any(fold(u).replace(" ", "") in partners for u in split_units(units)):
        return None
    return units


def _units_heading_item(text: str, folded: str, match: re.Match[str]) -> Annotation | None:
    """区教育局：完成城东小学建设: an item headed by named offices of a level and a colon is theirs, responsible in
    no role the text states (departments only, as under 责任单位). None where the work after the colon names a
    unit again or a helping verb (县卫健局：建成…，县财政局配合): roles the heading alone does not settle."""
    units = text[match.start("units") : match.end("units")]
    if not _named_offices(units):
        return None
    if _unit_or_tier_in(folded, match.end()) or _helping_verb(folded[match.end() :]):
        return None
    assignment = Assignment()
    assignment.add("departments", units, text[: match.end()])
    return Annotation(0, match.end(), assignment, in_text=True)


def _unit_led_clauses(text: str, folded: str) -> list[tuple[str, Assignment]] | None:
    """转移准备。各村（社区）负责编制预案，5月10日前完成；镇党政办、民政办负责物资保障。: an item whose clauses, apart by
    ；, each open with their units and a verb stating their role (负责, 牵头; the first after the item's title): a
    task for each clause, its text and its units. None unless every clause is so, no unit opens two of them
    (镇农业办负责排查…；镇农业办负责建立台账…: one unit's item) and no words give them one deadline together
    (…；镇财政所负责资金保障，均于6月底前完成). A later clause's task keeps the item's title as the first does."""
    if ";" not in folded or P.SHARED_DEADLINE.search(folded):
        return None
    spans = top_level_spans(folded, ";")
    if len(spans) < 2:
        return None
    out: list[tuple[str, Assignment]] = []
    seen: set[str] = set()
    title = ""
    for n, (a, b) in enumerate(spans):
        piece = text[a:b].strip(" \n")
        found = _unit_opens_item(piece, fold(piece), listed=True) if piece else None
        # (only a stated role: 负责 or 牵头, never 要, opening the clause, or the item's first clause after its title)
        if found is None or not (found.start == 0 or (n == 0 and found.start == _after_title(fold(piece)))):
            return None
        if not _states_role(P.UNIT_OPENS_ITEM.match(fold(piece)[found.start :])):
            return None
        units = {fold(u) for u in found.assignment.departments}
        if units & seen:
            return None
        seen |= units
        if n == 0:
            title = piece[: found.start]
        out.append((piece if n == 0 else title + piece, found.assignment))
    return out


def _helping_clauses(text: str, folded: str, start: int) -> list[str] | None:
    """The units of the clauses after start, in its sentence, that help with the work (区医保分局协同做好结算服务,
    县财政局予以配合); None when a unit named after start is not in such a clause (县财政局保障资金), or in a later
    sentence."""
    end = folded.find("。", start)
    end = len(folded) if end < 0 else end
    if _unit_or_tier_in(folded, end):
        return None
    out = []
    for a, b in top_level_spans(folded[:end], ",;"):
        if b <= start:
            continue
        # (a unit of a town, 镇水利站, has no level NAMED_UNIT_IN_LINE knows: its clause is read when it helps
        # with the verb closing it)
        named = _unit_or_tier_in(folded, max(a, start), b)
        clause = folded[max(a, start) : b].strip(" ")
        offset = max(a, start) + len(folded[max(a, start) : b]) - len(folded[max(a, start) : b].lstrip(" "))
        if (with_work := _help_with_work(text[offset : offset + len(clause)], clause)) is not None:
            if with_work:  # 县财政局给予经费保障: units helping with a share of the work (相关部门协助…: none)
                out.append(with_work)
            continue
        if _prose_forms() and P.UNITS_HELP_WITH_WORK.match(clause):
            continue  # 水文站协助做好测报: units helping that _help_with_work refuses; the item is warned, not half read
        helping = P.UNITS_HELPING.match(clause)
        if helping is None or (not named and helping.end() < len(clause.rstrip(" 。"))):
            # (a town's office with its verb and a share of work of its own, 镇卫生院参与卫生防疫工作, is left to
            # the warning of a share not read; one helping with the verb alone, 镇水务站协助, is a partner)
            if named:
                return None
            continue
        units = text[offset + helping.start("units") : offset + helping.end("units")]
        if not _offices_listed(split_units(units)):
            if named:
                return None
            continue
        out.append(units)
    return out


def _unit_or_tier_in(folded: str, start: int, end: int | None = None) -> bool:
    """A unit of a level named in folded[start:end], or a tier of units doing a share of its own (县级检测中心每季度
    巡检: never absorbed by the unit opening the item, its share left to the warning of a role not read)."""
    end = len(folded) if end is None else end
    return bool(P.NAMED_UNIT_IN_LINE.search(folded, start, end) or P.UNIT_TIER_IN_LINE.search(folded, start, end))


def _helping_verb(folded: str) -> bool:
    """Cheap test before _helping_clauses where no unit of a level is named: a verb of UNITS_HELPING."""
    return any(verb in folded for verb in ("配合", "协同", "参与", "协助", "支持"))


def _offices_listed(units: Sequence[str]) -> bool:
    """镇水利站、国土所: a list of offices whose first names its level, the others an office's ending (a list
    writes the level once)."""
    return (
        bool(units)
        and _office_of_a_level(units[0])
        and all(_office_of_a_level(u) or (has_ending(u) and not P.PROSE_IN_NAME.search(fold(u))) for u in units[1:])
    )


_TITLE_LONGEST = 40  # an item's title sentence before its text: 发展社区老年助餐服务。


def _after_title(folded: str) -> int:
    """Where the text after an item's short title sentence starts (发展助餐服务。区民政局负责…); 0 when it has none."""
    end = folded.find("。", 0, _TITLE_LONGEST + 1)
    if end <= 0 or any(ch in folded[:end] for ch in ",;:()"):
        return 0
    return end + 1 + len(folded[end + 1 :]) - len(folded[end + 1 :].lstrip(" "))


def _may_open_with_unit(folded: str) -> bool:
    """Cheap test before looking at a block's siblings: whether _unit_opens_item may read it."""
    return (
        P.UNIT_OPENS_ITEM.match(folded) is not None
        or P.UNITS_COLON_OPEN_ITEM.match(folded) is not None
        or ",由" in folded
        or ("由" in folded and P.BY_CLAUSE.search(folded) is not None)  # …。整改措施:由X牵头,Y配合,…
        or ((titled := _after_title(folded)) > 0 and _states_role(P.UNIT_OPENS_ITEM.match(folded[titled:])))
    )


def _helped(text: str, folded: str, at: int, match: re.Match[str] | None) -> bool:
    """应急抢险。县应急局要组织…，县人武部配合开展演练: an office opening the text after its title with 要 and its work,
    then named units helping with a share of it in the same sentence (P.UNITS_HELP_WITH_WORK): the office leads."""
    if match is None or match["verb"] != "要":
        return False
    end = folded.find("。", at + match.end())
    end = len(folded) if end < 0 else end
    return any(
        _help_with_work(text[a:b].strip(" "), folded[a:b].strip(" ")) and _unit_or_tier_in(folded, a, b)
        for a, b in top_level_spans(folded[:end], ",;")
        if a >= at + match.end()
    )


def _states_role(match: re.Match[str] | None) -> bool:
    """Whether an office opening the text after an item's title states its role (负责, 牵头), not only its work (要…)."""
    return match is not None and bool(match["lead"] or match["verb"] in ("负责", "牵头"))


def _office_of_a_level(unit: str) -> bool:
    """市财政局, 镇综治中心: a unit's name opening with its level and ending as an office does."""
    folded = fold(unit)
    levelled = P.PLACE_PREFIX.match(folded) is not None or folded[:1] in "镇乡"
    if levelled and folded.endswith("部门") and len(folded) >= 5:
        # 县公安部门, 区卫生健康部门: the level's department of a field (a list sharing 部门: 县公安、市场监管部门)
        return not any(word in folded for word in _NOT_ONE_FIELD) and not P.PROSE_IN_NAME.search(folded)
    return (
        levelled
        and has_ending(folded)
        and P.SPECIFIC_UNIT.search(folded) is not None
        and not P.PROSE_IN_NAME.search(folded)
    )


_NOT_ONE_FIELD = ("有关", "相关", "各", "等", "直", "成员", "职能", "行业", "主管", "部门部门")


# a town's own units as its notice writes them (folded): 菰汀派出所, 菰汀市场监管所 (its place's name and an office a town
# has), 镇直各单位, 各村(社区)
_LOCAL_UNIT = compile_regex(
    r"^(?:\p{Han}{2,3}(?:派出所|市场监管所|供电所|司法所|财政所|国土所|卫生院|中心学校|中心校)"
    r"|[镇乡]直(?:属)?(?:各|有关|相关)\p{Han}{1,4}|各(?:行政村|村|社区|村居)(?:\([^()]{1,6}\))?)$"
)


def _local_unit(unit: str) -> bool:
    """菰汀派出所, 镇直各单位, 各村（社区）: a town's own unit, or its villages taken together."""
    return _LOCAL_UNIT.match(fold(unit)) is not None


def _national_office(unit: str) -> bool:
    """国网某县供电公司, 人行某县支行: a national body's office in a place, its name opening with the body's."""
    folded = fold(unit)
    return (
        folded.startswith(P.NATIONAL_PREFIXES)
        and has_ending(folded)
        and P.SPECIFIC_UNIT.search(folded) is not None
        and not P.PROSE_IN_NAME.search(folded)
    )


def _known_without_level(unit: str) -> bool:
    """住建局, 生态环境局: a government's office the bundled registry knows, written without its level (the
    notice's level is given to it later, as to any unit named so)."""
    folded = fold(unit)
    return (
        P.PLACE_PREFIX.match(folded) is None
        and not folded.startswith("各")
        and has_ending(folded)
        and restore_level((folded,), "县")[0] != folded
        and bundled_core(folded)
    )


def _governments_of_each(unit: str) -> bool:
    """各乡镇人民政府, 各街道办事处: the governments of each place below the notice's (not 各单位, 各部门)."""
    folded = fold(unit)
    return folded.startswith("各") and folded.endswith(_GOVERNMENTS) and not P.PROSE_IN_NAME.search(folded)


_GOVERNMENTS = ("人民政府", "政府", "办事处")


def _roles_inside_sentence(folded: str, brackets: _Brackets) -> list[Annotation]:
    """开展市容环境集中整治（区城管局牵头，各街道配合），确保…: the one bracket of a text that names units each
    with a role verb, read strictly, before a comma inside its sentence, is the text's roles; taken out of
    the text. Several such brackets, each read (建设A（区民政局负责），推进B（各街道负责），年底前…), each close
    a task of their own. Empty when none does."""
    groups, unclosed = brackets
    if unclosed is not None or not groups:
        return []
    read = []
    for start, end, inner in groups:
        if folded[end : end + 1] != "," or not _holds_verb(folded[start + 1 : end - 1]):
            continue
        assignment = parse_annotation(inner, strict=True)
        if assignment is not None and (assignment.lead or assignment.responsible):
            read.append(Annotation(start, end, assignment))
    return read


def _main_first(piece: str) -> bool:
    """以县环卫站为主 (folded): a clause naming the unit the work rests on, its lead, before the units taking part."""
    return piece.startswith("以") and piece.endswith("为主") and 3 < len(piece) <= 42


def _role_piece(raw: str, folded: str) -> bool:
    """A clause that is wholly a role: units with a role verb, or a person in charge (由张某副县长负责)."""
    leader = P.LEADER_PIECE.match(folded)
    if leader and not has_ending(leader["who"]):
        return True
    if _main_first(folded):
        return parse_annotation(raw, strict=True) is not None
    if not _holds_verb(folded):
        return _units_doing(raw, folded) is not None  # 由县委宣传部统一组织…: the units that organise it
    return parse_annotation(raw, strict=True) is not None or _units_doing(raw, folded) is not None


@dataclass
class Share:
    """One task's part of a clause or item: its text, line, assignment."""

    text: str
    line: int
    assignment: Assignment


def node_shares(node: Node) -> tuple[list[Share], list[Warning]]:
    """The tasks a clause or item carries, and warnings for roles written in it that were not read."""
    if node.shares is None:
        token = _PROSE_FORMS.set(not node.frame)  # (the plan's frame: the prose forms of roles read nothing)
        try:
            node.shares = _with_own_labels(node, _helped_leads(_by_role_sentences(node, _node_shares(node))))
        finally:
            _PROSE_FORMS.reset(token)
        if node.frame and not node.shares[0] and (dated := _dated_duty_in_frame(node)) is not None:
            node.shares = dated
    return node.shares


def _dated_duty_in_frame(node: Node) -> tuple[list[Share], list[Warning]] | None:
    """A block of the plan's frame or support measures (四、保障措施 ⏎ （二）强化经费保障。州财政局会同州教育局建立…，
    2025年底前出台实施办法。) read as any block is, kept where it gives named offices of a level a role and a dated
    deadline: an assignment, though the frame's prose names none (各部门要加强协作。, 县财政局要保障经费。)."""
    if node.children or node.labels or node.paragraphs:
        return None
    alone = Node(node.kind, node.number, node.label, node.line, node.first)
    alone.beside_assigned = True
    token = _PROSE_FORMS.set(True)
    try:
        shares, warnings = _node_shares(alone)
    finally:
        _PROSE_FORMS.reset(token)
    if len(shares) != 1:
        return None
    own = shares[0].assignment
    if not (own.lead or own.responsible) or not all(_office_of_a_level(u) for u in own.departments):
        return None
    due = own.due or deadline_in_prose(shares[0].text)
    if not due or not any(ch.isdigit() for ch in due):
        return None
    return shares, warnings


_ROLE_WORDS = ("牵头", "负责", "配合", "协助", "会同", "参与", "协同")


def _by_role_sentences(node: Node, found: tuple[list[Share], list[Warning]]) -> tuple[list[Share], list[Warning]]:
    """An item of one paragraph read as one task whose sentences each state roles of their own (县教育局负责建立…，
    县人社局协助，9月底前推行。将…作为…参考，由县人社局牵头，县财政局配合，12月底前完成…。): each sentence holding roles
    closes a task of its own (the sentences since the one before), as an annotation does, where each such stretch
    read alone is one task with a lead or responsible units of its own; else the one task stands."""
    shares, warnings = found
    if len(shares) > 1 or node.labels or node.children or node.paragraphs:
        return found
    text = node.text
    folded = node.folded(text)
    if "。" not in folded.rstrip("。 ") or sum(folded.count(word) for word in _ROLE_WORDS) < 2:
        return found
    spans = [(a, b + 1 if folded[b : b + 1] == "。" else b) for a, b in top_level_spans(folded, "。") if b > a]
    closing = [n for n, (a, b) in enumerate(spans) if any(word in folded[a:b] for word in _ROLE_WORDS)]
    if len(closing) < 2:
        return found
    stretches = []  # (start, end of its sentence of roles, end)
    start = 0
    for n in closing:
        stretches.append((spans[start][0], spans[n][1], spans[n][1]))
        start = n + 1
    if start < len(spans):
        stretches[-1] = (*stretches[-1][:2], spans[-1][1])
    out = []
    for a, closed, b in stretches:
        piece = text[a:b].strip()
        alone = Node(node.kind, node.number, node.label, node.line, piece, frame=node.frame)
        alone.in_support, alone.beside_assigned = node.in_support, node.beside_assigned
        read, _ = _node_shares(alone)
        if len(read) != 1 or not (read[0].assignment.lead or read[0].assignment.responsible):
            return found
        if len(_work_words(text[a:closed], read[0].assignment)) < 6:
            return found  # (roles with little work of their own: …。县审计局负责监督。, …。（县教育局牵头）)
        out.append(Share(read[0].text, node.line.number, read[0].assignment))
    whole = set(shares[0].assignment.departments) if shares else set()
    if not whole <= {unit for share in out for unit in share.assignment.departments}:
        return found
    # (roles the whole read left unread, warned, are read now: those warnings go)
    return out, warnings if shares else [w for w in warnings if w.code != "role-not-read"]


def _helped_leads(found: tuple[list[Share], list[Warning]]) -> tuple[list[Share], list[Warning]]:
    """A task whose roles name partners alone (…，区水务局、区财政局予以配合。) and whose text names, in a clause of its
    own, an office or company of a level doing the work (推进供水一体化，区城投集团负责实施管网延伸工程，…): that unit
    leads the work its partners help with."""
    shares, warnings = found
    out = []
    for share in shares:
        own = share.assignment
        if own.partners and not own.lead and not own.responsible and (lead := _doer_in_text(share.text)):
            helped = own.copy()
            helped.add("lead", lead)
            helped.order[:] = [*helped.lead, *(u for u in helped.order if u not in helped.lead)]
            share = Share(share.text, share.line, helped)
        out.append(share)
    return (out, warnings) if out != shares else found


def _doer_in_text(text: str) -> str | None:
    """The units of the one clause of text opening with named offices or companies of a level and 负责 (…，区城投集团负责
    实施…): as written; None where no clause or more than one does."""
    folded = fold(text)
    if "负责" not in folded:
        return None
    found = []
    for a, b in top_level_spans(folded, ",;。"):
        clause = folded[a:b].strip(" ")
        at = folded.find(clause, a)
        verb = clause.find("负责")
        if verb < 3:
            continue
        units = text[at : at + verb]
        named = split_units(units)
        if named and all(_office_of_a_level(u) or _enterprise_as_written(u) for u in named):
            found.append(units)
    return found[0] if len(found) == 1 else None


def _work_words(text: str, assignment: Assignment) -> str:
    """A task's text without its units' names, role words and punctuation: the work it names."""
    folded = fold(text)
    for name in (*assignment.order, *_ROLE_WORDS, "由", "予以"):
        folded = folded.replace(fold(name), "")
    return "".join(ch for ch in folded if ch.isalnum())


def _with_own_labels(node: Node, found: tuple[list[Share], list[Warning]]) -> tuple[list[Share], list[Warning]]:
    """A block whose units its text names, under labels of its own that name none (…镇水利站牵头，各村配合，… ⏎
    完成时限：2025年10月底前, 牵头领导：…): the labelled deadline is its tasks', before any their text names (not
    one an annotation states), and the leaders its tasks'."""
    shares, warnings = found
    if not shares or not labels_time_and_leaders(node):
        return found
    roles = [P.LABEL_ROLES[label] for label, _, _ in node.labels]
    out = []
    for share in shares:
        assignment = share.assignment.copy()
        for (_, value, line), role in zip(node.labels, roles, strict=True):
            # (over a deadline the text names, never over one an annotation states: （…；完成时限：9月底前）)
            if role == "due" and value.strip() and (assignment.due is None or assignment.due in share.text):
                assignment.due = None
                assignment.add("due", value, line.text)
            elif role == "leaders" and not assignment.leaders:
                assignment.add("leaders", value, line.text)
        out.append(Share(share.text, share.line, assignment))
    return out, warnings


def _node_shares(node: Node) -> tuple[list[Share], list[Warning]]:
    text = node.text
    lines = [node.line.number, *node.paragraph_lines]
    titled = _title_only(node) and not _annotation_alone(node.paragraphs)
    if titled:
        # 四、强化队伍建设 ⏎ 开展全员轮训…（县城管局负责）: the paragraph is the task; but 一、整治农村生活垃圾 ⏎
        # （县住房城乡建设局牵头）: a bracket alone on the next line annotates the heading, as on one line
        text = "\n".join(node.paragraphs)
        lines = node.paragraph_lines
    breaks = [m.start() for m in _BREAK.finditer(text)] if "\n" in text else []

    def line_at(offset: int) -> int:
        return lines[min(bisect_right(breaks, offset - 1), len(lines) - 1)]

    if _title_only(node) and not node.labels and (firsts := _unit_first_paragraphs(node)):
        # 【区住建局】开展… ⏎ 区交通运输局：组织… ⏎ 区教育局——开展…: each paragraph a task of the units opening it
        return [Share(rest, at, units) for rest, at, units in firsts], []
    if (heading := _units_line_heading(node)) is not None:
        # 4.市交通运输局、市公安局： ⏎ 优化城市公交线网…: the units alone on the item's line, the work under them
        work_roles = find_annotations(text)
        if not work_roles:
            return [Share(text, lines[0], heading)], []
        closing = work_roles[-1].assignment
        if len(work_roles) == 1 and closing.partners and not (closing.lead or closing.responsible or heading.lead):
            # …主线通车。（市财政局配合）: the names lead, the partners the work's bracket names help them
            helped = closing.copy()
            helped.add("lead", "、".join(heading.departments))
            helped.order[:] = [*helped.lead, *(u for u in helped.order if u not in helped.lead)]
            return [Share(_without(text, work_roles[0]), lines[0], helped)], []
        # (other roles in the work: read by the readers below, the names line warned where nothing holds it)
    if (
        node.kind == "clause"
        and not node.labels
        and not node.children
        and not node.frame
        and not node.in_support
        and _title_line(node)
        and (
            titled_duties := _unit_prose_paragraphs(
                node.paragraphs, titled=True, least=1 if node.beside_assigned else 2
            )
        )
    ):
        # （一）隐患排查 ⏎ 各村（社区）要… ⏎ 镇自然资源所负责…: under a clause's title alone, each paragraph opening
        # with its units and their duty is a task of its own (one paragraph alone, beside blocks read so)
        at_lines = zip(titled_duties, node.paragraph_lines, strict=True)
        return [Share(duty, at, units) for (duty, units), at in at_lines], []
    folded = node.folded(text)
    if not node.labels and not node.children and ";〔" in folded and (ahead_each := _units_ahead_each(text, folded)):
        # 【市园林绿化中心】建设口袋公园12个；【市城管局】推进背街小巷整治: a task for each clause its units open
        return [Share(piece, lines[0], assignment) for piece, assignment in ahead_each], []
    brackets = parentheticals(text, folded)  # (read once, for the annotations and the roles left unread)
    found = _with_due_after(text, folded, _merge_adjacent(text, find_annotations(text, folded, brackets)))
    ahead_end = 0  # where a bracket of units opening the text ends, read with the annotation closing it
    if len(found) == 2 and (opening := _opening_units_lead(text, found)) is not None:
        # 【县政务服务中心】深化…。（县市场监管局配合）: the units ahead lead, the partners help them
        ahead_end, found = found[0].end, [opening]
    if found and ":" in folded and len(node.paragraphs) >= 2 and _roles_inside_duties(node, text, found):
        found = []  # 区发改局：负责… ⏎ 区税务局：负责…，区财政局协助: the last duty's roles are its own, read below
    if found and not node.labels and not node.children and (run_first := _run_then_annotation(text, folded, found)):
        # 开展…整治。A牵头，B参与，年底前完成。同时，加强…（各村负责，长期坚持）: each sentence's roles close a task
        return [Share(piece, line_at(at), assignment) for piece, at, assignment in run_first], []
    # (an item of prose alone: no role read, no label, no items under it, outside the plan's frame and support)
    bare = not found and not node.labels and not node.children and not node.frame and not node.in_support
    if bare and "\n" not in text and (sentences := _unit_prose_sentences(text)):
        # 各部门要各司其职。县财政局要…。县教育局要…。县公安局负责…。: a task for each sentence of its office
        return [Share(piece, lines[0], assignment) for piece, assignment in sentences], []
    if bare and len(node.paragraphs) == 1 and (titled_sentences := _titled_unit_prose_sentences(node)):
        return titled_sentences, []  # （一）提升市容。 ⏎ 市城管局负责…；市交通局负责…；市公安局负责…。
    if not found and not node.labels and (split := _role_paragraph_tasks(node)):
        return (
            split  # 县城管局负责，…，取缔… ⏎ 2025年5月1日前 ⏎ 县住建局负责，…，修补…: a task from each such paragraph
        )
    if not found and not node.labels and (ahead := _units_ahead(text, folded)):
        found = [ahead]  # 【县数据局】建设…: the units the item is for, in a bracket before its text
    if (
        not found
        and not node.labels
        and not node.children
        and ";" in folded
        and (each := _role_runs_each(text, folded))
    ):
        # 养老机构…的，由县民政局负责排查整治，9月底前完成；医疗机构…的，由县卫生健康局负责…: a task for each clause
        return [Share(piece, lines[0], assignment) for piece, assignment in each], []
    if not found and not node.labels and not node.children and (by_sentence := _role_runs_by_sentence(text, folded)):
        # …由A牵头，B配合，6月底前完成。各县人民政府负责编制本地区规划，…9月底前完成。: a task for each sentence's roles
        return [Share(piece, line_at(at), assignment) for piece, at, assignment in by_sentence], []
    if (
        not found
        and not node.labels
        and (run := _role_run(text, folded))
        and not _cell_before_units(text, run)
        and not _joined_in_requirements(node, folded, run)
    ):
        found = [
            _joined_before_work(text, folded, run)
        ]  # 专项整治，由县公安局负责，有关部门配合。…: roles in a sentence
    if not found and not node.labels and (inside := _roles_inside_sentence(folded, brackets)):
        found = inside  # 开展…整治（区城管局牵头，各街道配合），确保…: the bracket of roles before a comma
    if (
        not found
        and not node.labels
        and node.beside_assigned
        and text == node.text
        and (clauses := _unit_led_clauses(text, folded))
    ):
        # 各村负责编制预案，5月10日前完成；镇党政办负责物资保障。: a task for each clause of its units
        return [Share(piece, lines[0], assignment) for piece, assignment in clauses], []
    if (
        not found
        and not node.labels
        and node.beside_assigned
        and text == node.text
        and (opener := _unit_opens_item(text, folded))
    ):
        found = [opener]  # 镇综治中心要完善…: the unit opening the item, then 要/负责/牵头 and its work
    if (
        not found
        and not node.labels
        and node.beside_assigned
        and text == node.text
        and (office := _office_then_work(text, folded))
    ):
        found = [office]  # 1.县公安局：加强… ⏎ 2.县市场监管局加强…: an office and its work, in a run of duties
    if len(found) == 1 and (offices := _offices_heading_helped(text, folded, found[0])):
        helped = found[0].assignment
        helped.add("lead", offices)  # 区卫健局：建成…。（配合单位：区财政局）: the offices the partners help lead
        helped.order[:] = [*helped.lead, *(u for u in helped.order if u not in helped.lead)]
    warnings: list[Warning] = []
    shares: list[Share] = []
    read_whole: list[Annotation] = []
    if len(found) == 1:
        kept = text if found[0].in_text else _without(text, found[0])
        shares.append(Share(kept[ahead_end:].lstrip(" \n") if ahead_end else kept, lines[0], found[0].assignment))
    elif found:
        previous = 0
        pieces: list[tuple[str, int]] = []
        for n, a in enumerate(found):
            # the full stop after the previous annotation ends that task, not this one: （…配合单位：有关乡镇）。因地制宜…
            piece = text[previous : a.start].strip(" \n").lstrip("；;，,。").lstrip(" ")
            if n == len(found) - 1:
                piece = (piece + text[a.end :].lstrip(" ")).rstrip()
            begin = previous + len(text[previous : a.start]) - len(text[previous : a.start].lstrip(" \n"))
            pieces.append((piece, begin))
            previous = a.end
        for (piece, begin), a in zip(_from_points(pieces), found, strict=True):
            shares.append(Share(piece, line_at(begin), a.assignment))
    for a in found:
        if a.assignment.later_remark:
            # （…配合。以下各项均由各乡镇人民政府负责落实，不再列出）: the remark's units are not added to the tasks after
            message = LATER_REMARK_MESSAGE + a.assignment.later_remark
            warnings.append(Warning("remark-for-later-tasks", line_at(a.start), message))
        if a.assignment.unread:
            # （县住建局负责，县审计局跟踪问效）: the roles read are kept, the words that are none are named
            message = "part of an annotation is no role the parser reads; the rest is kept: " + "；".join(
                a.assignment.unread
            )
            warnings.append(Warning("roles-partly-read", line_at(a.start), message))
        if a.assignment.unknown_labels:
            # （推进单位：市国资委；配合单位：市财政局）: the units are kept as responsible, the label is named
            message = "a label the parser does not know; its units are read as responsible: " + "、".join(
                a.assignment.unknown_labels
            )
            warnings.append(Warning("label-unknown", line_at(a.start), message))
        if a.cut_off:
            cut = f"; the end of a unit's name it cuts is not read: {a.cut_name}" if a.cut_name else ""
            warnings.append(
                Warning(
                    "annotation-cut-off",
                    line_at(a.start),
                    f"the assignment has no closing bracket; kept as written: {text[a.start : a.start + 40]}{cut}",
                )
            )
    if found and node.labels and _labels_wrapped(text, found, node):
        for label, value, _line in node.labels:
            # 牵头单位：镇农业服务中心； ⏎ 配合单位：各村（社区）；完成时限：…: one run of labels wrapped at its ；
            found[0].assignment.add(P.LABEL_ROLES[label], value, f"{label}：{value}")
    elif found and _due_label_after(node, found[-1]):
        # …（牵头单位：县数据局） ⏎ 完成时限：二季度: the deadline of the annotated block, on the line after it
        found[-1].assignment.add("due", node.labels[0][1])
    elif found and node.labels:
        for label, value, line in node.labels:
            warnings.append(
                Warning("labels-not-used", line.number, f"labelled line after an annotated block: {label}：{value}")
            )
    elif not found and node.children and not node.paragraphs and (headed := _headed_by(node.first)):
        shares.append(Share(text, lines[0], headed))  # 一、县发改局牵头工作: the blocks under it take its roles
    elif not found and not node.children and node.paragraphs and (headed := _headed_by(node.first)):
        # （一）省审计厅牵头的工作 ⏎ 全面加强… ⏎ 协同单位：…: the heading names the lead of the work under it
        for label, value, _line in node.labels:
            headed.add(P.LABEL_ROLES[label], value, f"{label}：{value}")
        shares.append(Share("\n".join(node.paragraphs), node.paragraph_lines[0], headed))
    elif node.labels:
        assignment = Assignment()
        seen: set[str] = set()
        last = 0
        prose: list[str] = []
        for n, (label, value, line) in enumerate(node.labels):
            if not _label_counts(label, value, n > 0 and node.labels[n - 1][2] is line):
                # 责任：各乡镇人民政府要落实属地管理责任，县水务局要加强指导: a sentence, part of the task's text
                prose.append(f"{label}：{value}")
                message = f"a {label} line that names no list of units, read as prose: {label}：{value}"
                warnings.append(Warning("label-read-as-prose", line.number, message))
                continue
            role = P.LABEL_ROLES[label]
            # a role labelled again after other text (责任单位 … 问题二 … 责任单位): blocks of tasks run together;
            # 协作单位 then 其他配合单位 on the next line is one list
            if role in seen and role != "leaders" and line.number > last + 1:
                message = f"a second {label} line in one block; the tasks it holds may be run together: {value}"
                warnings.append(Warning("labels-repeated", line.number, message))
            seen.add(role)
            last = line.number
            assignment.add(role, value, f"{label}：{value}")
        if assignment.has_units:
            shares.append(Share("\n".join([text, *prose]), lines[0], assignment))
    elif not found and node.unit_heading and not node.paragraphs:
        shares.append(Share(text, lines[0], _heading_units(node)))  # its numbered duties take the units
    elif not found and node.unit_heading:
        for paragraph, at in zip(node.paragraphs, node.paragraph_lines, strict=True):
            shares.append(Share(paragraph, at, _heading_units(node)))  # （二）区财政局 ⏎ 负责…: each paragraph a duty
    elif not found and not node.labels and node.duty and (own := _duty_of(text)):
        # (the duty's text keeps its units and colon, as a duty read with its roles by another reader keeps them)
        roles = _duty_roles(text, own[0], own[1])
        shares.append(Share(text.rstrip("；; "), lines[0], roles))
        if roles is not own[1]:
            read_whole = [Annotation(0, len(text), roles)]  # its role words are read: none is warned
    elif not found and not node.labels and (duties := _duty_list(node)):
        for paragraph, at in zip(node.paragraphs, node.paragraph_lines, strict=True):
            if at >= duties[0][1]:
                break
            if opener := _unit_opens_item(paragraph, fold(paragraph)):
                # 各乡镇人民政府要深化…。 ⏎ 县委组织部：负责… ⏎ 县民政局：负责…: the paragraph before the duties
                # opens with its unit, a task of its own
                shares.append(Share(paragraph, at, opener.assignment))
        for duty_text, duty_line, units in duties:
            if units is None:
                message = f"a paragraph in a list of units' duties that names no unit: {duty_text[:40]}"
                warnings.append(Warning("duty-without-unit", duty_line, message))
            else:
                roles, read = _duty_list_roles(node, text, duty_text, duty_line, units)
                shares.append(Share(duty_text, duty_line, roles))
                read_whole.extend(read)
    elif (
        not found
        and not node.paragraphs
        and not node.children
        and (row := _spaced_row(node.first, folded if text == node.first else None))
    ):
        if row[1] is None:
            warnings.append(
                Warning("row-not-read", lines[0], f"a line with cells of units that was not read as a task: {text}")
            )
        else:
            shares.append(Share(row[0], lines[0], row[1]))
    elif not found and not node.labels and (rows := _row_paragraphs(node)):
        for row_text, row_line, row_units in rows:  # 重点工程 ⏎ 疏通排水管网 县水务局 县财政局 2024年9月底前
            if row_units is None:
                message = f"a line with cells of units that was not read as a task: {row_text}"
                warnings.append(Warning("row-not-read", row_line, message))
            else:
                shares.append(Share(row_text, row_line, row_units))
    warnings.extend(_unread_roles(text, folded, found or read_whole, line_at, brackets[0]))
    for share in shares:
        if share.assignment.due is None and (one := _deadline_of_one_point(share.text)):
            message = (
                f"a deadline written in one point ({one[1]}) is the task's, which holds {one[2]} points "
                f"whose roles are written once: {one[0]}"
            )
            warnings.append(Warning("deadline-of-one-point", share.line, message))
        text_label = P.TASK_TEXT_LABEL.match(fold(share.text[:8]))
        if not (share.text[text_label.end() :] if text_label else share.text).strip():
            # roles with no words of a task beside them: the task is listed with an empty text, and said so
            written = "；".join(share.assignment.raw)
            message = f"a task with no text of its own, only its units: {written}"
            warnings.append(Warning("task-text-empty", share.line, message))
    if (
        titled
        and len(shares) == 1
        and not node.children
        and _opens_text(shares[0].text, text)
        and not _frame_title(node)
    ):
        # 一、扩大助餐服务 ⏎ 布设助餐点…（区民政局牵头）: a part that is itself a task keeps its title, on its own line,
        # as a clause's （一）标题 ⏎ 段落 does (the task's line stays the paragraph's); not a part holding several
        # tasks, nor one headed by the plan's frame (三、保障措施 ⏎ 强化督查考核。由…牵头…: no title of the task)
        shares[0] = Share(node.first + "\n" + shares[0].text, shares[0].line, shares[0].assignment)
    if shares and _prose_forms():
        # …负责组织实施，自来水厂协助做好应急供水: a unit helping whose name no rule can place (its kind alone) is no
        # partner; the task stays with the units read, and the helping clause is told at its line
        held = {fold(u) for share in shares for u in share.assignment.departments}
        for helper_at, helper in _refused_helpers(text):
            if fold(helper) not in held and not any(w.code == "role-not-read" for w in warnings):
                message = f"a unit helping that no rule can name, not made a partner: {helper}"
                warnings.append(Warning("role-not-read", line_at(helper_at), message))
    return shares, warnings


def _refused_helpers(text: str) -> list[tuple[int, str]]:
    """The clauses of units helping with a share of the work (P.UNITS_HELP_WITH_WORK) whose units _help_with_work
    refuses (自来水厂协助做好应急供水: a plant's kind alone), with where they start."""
    folded = fold(text)
    out = []
    for a, b in top_level_spans(folded, ",;。\n"):
        piece = folded[a:b].strip(" ")
        offset = a + len(folded[a:b]) - len(folded[a:b].lstrip(" "))
        helping = P.UNITS_HELP_WITH_WORK.match(piece)
        if helping is not None and _help_with_work(text[offset : offset + len(piece)], piece) is None:
            out.append((offset, text[offset + helping.start("units") : offset + helping.end("units")]))
    return out


def _frame_title(node: Node) -> bool:
    """Whether a part's title names the plan's frame, support measures or schedule (保障措施, 工作目标, 实施步骤)."""
    title = fold(node.title).strip(" 。")
    if title.endswith("范围"):  # 六、实施范围: the places the plan covers (FRAME_HEADING's 整治范围), no task's title
        return True
    return (
        node.in_support
        or node.frame
        or any(pattern.match(title) for pattern in (P.SUPPORT_HEADING, P.FRAME_HEADING, P.SCHEDULE_HEADING))
    )


def _opens_text(piece: str, text: str) -> bool:
    """Whether a task's text starts where the block's text does (its first words, not a later point's)."""
    head = piece.lstrip(" \n")[:4]  # (a few characters: roles taken out of a later sentence change no opening)
    return bool(head) and text.lstrip(" \n").startswith(head)


def _deadline_of_one_point(text: str) -> tuple[str, str, int] | None:
    """一是开展专项活动。二是加强援助，年底前完成。（…牵头）: (年底前, 二是, 2) where a task's text holds points
    numbered 一是, 二是… under one annotation and its deadline, taken from the text, is written in some of
    them only; None where the text holds no such points, no deadline, or each point its own."""
    folded = fold(text)
    if "是" not in folded:
        return None
    starts = [m.start("point") for m in P.IS_POINT.finditer(folded)]
    if len(starts) < 2 or not folded[starts[0] :].startswith("一是"):
        return None
    due = deadline_in_prose(_without_validity(text))
    if due is None:
        return None
    points = [text[a:b] for a, b in pairwise([*starts, len(text)])]
    dated = [p for p in points if deadline_in_prose(_without_validity(p))]
    if not dated or len(dated) == len(points):
        return None
    return due, dated[0][:2], len(points)


def _role_paragraph_tasks(node: Node) -> tuple[list[Share], list[Warning]] | None:
    """A block two or more of whose paragraphs each open with units' roles and go on with the work
    (县城管局负责，县商务局配合，取缔… ⏎ 2025年5月1日前 ⏎ 县住建局负责，各社区配合，修补…: a table's measure cells
    scraped one cell a line under one standard): each such paragraph after the first opens a task of its own,
    running to the next; the first task keeps the block's text before it. None for any other block."""
    if node.children or node.labels or len(node.paragraphs) < 2:
        return None
    opening = [i for i, p in enumerate(node.paragraphs) if (run := _role_run(p, fold(p))) is not None and run.in_text]
    if len(opening) < 2:
        return None
    head = [] if _title_only(node) else [node.first]
    head_lines = [node.line.number] if head else []
    pieces = [([*head, *node.paragraphs[: opening[1]]], [*head_lines, *node.paragraph_lines[: opening[1]]])]
    for n, i in enumerate(opening[1:], start=1):
        end = opening[n + 1] if n + 1 < len(opening) else len(node.paragraphs)
        pieces.append((node.paragraphs[i:end], node.paragraph_lines[i:end]))
    shares: list[Share] = []
    warnings: list[Warning] = []
    for paragraphs, lines in pieces:
        text = "\n".join(paragraphs).strip("\n")
        folded = fold(text)
        run = _role_run(text, folded)
        if run is None:
            return None
        breaks = [m.start() for m in _BREAK.finditer(text)]

        def line_at(offset: int, lines: list[int] = lines, breaks: list[int] = breaks) -> int:
            return lines[min(bisect_right(breaks, offset - 1), len(lines) - 1)]

        shares.append(Share(text if run.in_text else _without(text, run), lines[0], run.assignment))
        warnings.extend(_unread_roles(text, folded, [run], line_at, parentheticals(text, folded)[0]))
    return shares, warnings


def _duty_of(paragraph: str, folded: str | None = None) -> tuple[str, Assignment] | None:
    """区财政局：负责统筹项目资金； -> (负责统筹项目资金, the units responsible), when the text opens with
    units' names and a colon. folded is fold(paragraph), where the caller has it."""
    folded = fold(paragraph) if folded is None else folded
    duty = P.DUTY_LINE.match(folded)
    if duty is None or not _unit_cell(paragraph[: duty.end("units")]) or P.CONTACT_DETAILS.search(folded):
        return None  # 县财政局：王某，联系电话…: a contact, not a duty
    if P.GROUP_UNITS_LABEL.match(folded[: duty.end("units")].strip()):
        return None  # 组长单位：县政府办公室, 成员单位：…: a work group's units under their label, no unit's duty
    assignment = Assignment()
    assignment.add("departments", paragraph[: duty.end("units")])
    return paragraph[duty.start("duty") :].rstrip("；; "), assignment


def _duty_roles(text: str, duty: str, units: Assignment) -> Assignment:
    """县卫生健康局：牵头开展…，县农业农村局、县教育局配合: the roles a duty states after its units' colon, read
    as the same words with no colon are (the units lead where the duty opens with 牵头, the units its later
    clauses name with 配合 or 协助 are partners); the units responsible alone where it states none (…：负责…)."""
    joined = text[: len(text) - len(text.lstrip())] + "".join(units.departments) + duty
    if len(units.departments) != 1 or not text.lstrip().startswith(units.departments[0]):
        return units  # (several units before the colon: read as written, responsible)
    read = _unit_opens_item(joined, fold(joined))
    if read is None or read.start != 0 or not (read.assignment.lead or read.assignment.partners):
        return units
    if read.assignment.departments[:1] != units.departments:
        return units
    return read.assignment


def mark_duty_blocks(parts: list[Node]) -> None:
    """Marks the blocks that list units' duties: two or more beside each other whose text opens with
    units and a colon (1.区财政局：负责…), none of them with blocks under it."""
    for part in parts:
        if P.SUPPORT_HEADING.match(fold(part.title).strip(" 。")):
            for node in preorder([part]):
                node.in_support = True  # 三、保障措施 ⏎ （二）…。省民政厅要会同有关部门…: its prose names no task
    quiet_of: dict[int, bool] = {}  # _asks_no_work of each block under its parent (it has one), asked once

    def asks_no_work(parent: Node, child: Node) -> bool:
        known = quiet_of.get(id(child))
        if known is None:
            known = quiet_of[id(child)] = _asks_no_work(parent, child)
        return known

    framed = [(part, _frame_titled(part)) for part in parts]
    while framed:  # (a part of the frame, and every block under one: _asks_no_work, as below)
        block, frame = framed.pop()
        block.frame = frame or block.in_support
        framed.extend((child, block.frame or asks_no_work(block, child)) for child in block.children)
    headed_parts = [p for p in parts if _unit_heading(p)]
    if len(headed_parts) >= 2:  # 一、市城市管理局 ⏎ 1．组织开展… 二、市水务局 ⏎ …: parts headed by units alone
        for part in headed_parts:
            part.unit_heading = True
    # (each block with whether it stands in a plan's frame or requirements, 四、保障措施 ⏎ （一）加强组织领导 ⏎ 1.…)
    stack = [(part, False) for part in parts]
    alone: list[tuple[Node, list[Node]]] = []  # blocks of items opening with their units, no sibling annotated
    leaves_at_work = 0  # the items of the blocks that may give work (not a plan's frame or requirements)
    while stack:
        node, quiet = stack.pop()
        stack.extend((child, quiet or asks_no_work(node, child)) for child in node.children)
        # (the blocks of the plan's frame read no prose form of roles here either, as node_shares reads them)
        token = _PROSE_FORMS.set(not (node.children and all(child.frame for child in node.children)))
        try:
            _mark_block(node, quiet, alone)
        finally:
            _PROSE_FORMS.reset(token)
        if node.children and not quiet and not asks_no_work(node, node.children[0]):
            leaves_at_work += sum(1 for c in node.children if not c.children)
    # 1.县民政局要健全… 2.县民政局要提高… (no item annotated): a run of items each opening with its unit and its
    # duty is read as such where they are most of their block's items, or most of the notice's
    readers_at_work = sum(len(readers) for _, readers in alone)
    most_of_notice = readers_at_work >= 2 and 2 * readers_at_work > leaves_at_work
    for node, readers in alone:
        items = sum(1 for c in node.children if not c.children)
        for child in readers:
            if most_of_notice or (len(readers) >= 2 and 2 * len(readers) > items):
                child.beside_assigned = True
            elif opener := _unit_opens_item(child.text, child.folded(child.text)):
                child.unit_unread = "、".join(opener.assignment.departments)  # warned by unread_lines


def _mark_block(node: Node, quiet: bool, alone: list[tuple[Node, list[Node]]]) -> None:
    """mark_duty_blocks for one block's children: duties, unit headings, and items opening with their units."""
    duties = [c for c in node.children if not c.children and _duty_of(c.first, c.first_folded)]
    if len(duties) >= 2:
        for child in duties:
            child.duty = True
        for child in node.children:  # 1.县公安局：加强… ⏎ 2.县市场监管局加强…: an office's work, no colon, among them
            if not (child.children or child.duty or child.labels) and _office_then_work(
                child.text, child.folded(child.text)
            ):
                child.beside_assigned = True
    titled = [c for c in node.children if c.kind == "clause" and not c.children and _duty_paragraphs_under_title(c)]
    if len(titled) >= 2:  # （一）… ⏎ 各村（社区）要… ⏎ （二）… ⏎ 镇派出所负责…: each paragraph read as its units' task
        for child in titled:
            child.beside_assigned = True
    headed = [c for c in node.children if _unit_heading(c)]
    # (one heading alone heads its duties where it names them so: （七）卫生部门职责、任务 ⏎ 1.加强…)
    if len(headed) >= 2 or any(_without_duties_words(c.first.strip()) != c.first.strip() for c in headed):
        for child in headed:
            child.unit_heading = True
    if any(_may_open_with_unit(c.first_folded) for c in node.children):
        # 镇综治中心要完善…, …，由县商务局牵头…: read only beside blocks that carry their own roles
        # (the flag is read only where _unit_opens_item reads the leaf's whole text: the leaves it reads
        # are found first, and the siblings' roles looked for only when there is one)
        leaves = [c for c in node.children if not c.children]
        readers = [
            c
            for c in leaves
            if not c.labels
            and (_unit_opens_item(c.text, c.folded(c.text)) or _unit_led_clauses(c.text, c.folded(c.text)))
        ]
        if readers and any(
            find_annotations(c.first, c.first_folded) or _role_run(c.first, c.first_folded) for c in leaves
        ):
            for child in readers:
                child.beside_assigned = True
        elif readers and not quiet and not _asks_no_work(node, readers[0]):
            # 4.区市场监管局负责…: an office's role stated, read beside items of its block that name none (a block
            # of one such item is read from prose below, warned)
            stated = [c for c in readers if _states_own_role(c)] if len(leaves) > len(readers) else []
            for child in stated:
                child.beside_assigned = True
            if len(stated) < len(readers):
                alone.append((node, readers))


def _states_own_role(node: Node) -> bool:
    """Whether an item opens with named offices of a level and a role verb (区市场监管局负责…, 由县教育局牵头…), not 要:
    a role stated, a task though no item beside it names its roles."""
    folded = node.folded(node.text)
    opener = _unit_opens_item(node.text, folded)
    if opener is None or not opener.assignment.raw or folded[opener.end : opener.end + 1] in ("的", ",", "。", ""):
        return False  # (县水务局牵头的工作组要…: no role of the office; 县水务局负责，…: a run of roles, read so or warned)
    written = fold(opener.assignment.raw[0]).rstrip()
    return written.endswith(("负责", "牵头", "牵头负责")) and all(
        _office_of_a_level(unit) for unit in opener.assignment.departments
    )


# a clause opening with another unit of a level or of a place and its duty (folded): ,镇派出所负责维护秩序
# ,镇水利站做好山塘巡查   ;各村要…
_ANOTHER_SUBJECT = compile_regex(
    r"[,;。]\s*(?:[镇乡县市区州省各]|国网|人行)[^,;。]{1,14}?(?:负责|要(?![求点素])|牵头|配合|协助|参与|做好)"
)


def _title_line(node: Node) -> bool:
    """Whether a block's heading line is a title alone, maybe closed by its full stop (隐患排查与转移避险。)."""
    title = node.first_folded.strip().rstrip("。")
    return bool(title) and not any(ch in title for ch in _ENDS + _OPENERS + ",")


def _duty_paragraphs_under_title(node: Node) -> bool:
    """A block whose heading line is a title alone over paragraphs that each open with units and their duty."""
    if node.labels or not node.paragraphs or not _title_line(node):
        return False
    return _unit_prose_paragraphs(node.paragraphs, titled=True, least=1) is not None


def _unit_heading(node: Node) -> bool:
    """（一）区体育局 ⏎ 1.负责… 2.…: a block whose heading line is units' names alone, with its duties (numbered
    blocks, or paragraphs) under it, none of them a contact; also with the words naming their duties after the
    names (（一）县民政局主要职责), where the names are offices of a level."""
    first = _without_duties_words(node.first.strip())
    if not first or not (node.children or node.paragraphs) or node.labels or any(ch in first for ch in "：:。；;，,"):
        return False
    if "职责" in first and P.UNITS_DUTIES_WORDS.search(first):
        return False  # 相关部门职责: duties words left on names that are no offices'

    if not _unit_cell(first) or any(P.CONTACT_DETAILS.search(fold(p)) for p in node.paragraphs):
        return False
    return not any(P.CONTACT_DETAILS.search(fold(c.text)) for c in node.children)


def _without_duties_words(heading: str) -> str:
    """县民政局主要职责 -> 县民政局: a heading's units without the words naming their duties (P.UNITS_DUTIES_WORDS),
    where what is left names offices of a level, or offices by their field (卫生部门职责、任务), only; the heading
    as it is otherwise (部门职责, 主要职责, 相关部门职责)."""
    if "职责" not in heading or (words := P.UNITS_DUTIES_WORDS.search(heading)) is None:
        return heading
    units = heading[: words.start()]
    named = split_units(units)
    offices = named and all(_office_of_a_level(u) or _governments_of_each(u) or _named_without_level(u) for u in named)
    return units if offices else heading


def _heading_units(node: Node) -> Assignment:
    heading = _without_duties_words(node.first.strip())
    if count := P.COUNT_OF_ITEMS_AT_END.search(fold(heading)):
        heading = heading[: count.start()].rstrip()  # 县发改局（5项）: the count of the items under it, not the name
    assignment = Assignment()
    assignment.add("departments", heading)
    return assignment


def _unit_first(paragraph: str) -> tuple[str, Assignment, str] | None:
    """【区住建局】开展… / 区教育局——开展… / 区交通运输局：组织…: the text after the units opening the paragraph,
    the units responsible, and the form (bracket, dash, colon); None for any other paragraph."""
    folded = fold(paragraph)
    if folded[:1] == "〔" and (close := folded.find("〕", 0, 42)) > 2 and paragraph[close + 1 :].strip():
        units, rest, form = paragraph[1:close], paragraph[close + 1 :], "bracket"
    elif (dash := folded.find("—", 0, 42)) >= 2 and paragraph[dash:].lstrip("—").strip():
        units, rest, form = paragraph[:dash], paragraph[dash:].lstrip("—"), "dash"
    elif duty := _duty_of(paragraph):
        return duty[0], duty[1], "colon"
    else:
        return None
    if not _unit_cell(units.strip()):
        return None
    assignment = Assignment()
    assignment.add("departments", units.strip())
    return rest.strip(), assignment, form


def _unit_first_paragraphs(node: Node) -> list[tuple[str, int, Assignment]] | None:
    """A block whose paragraphs each open with the units they are for, two or more, some in a bracket or
    before a dash (a list written only unit：duty is a duty list, _duty_list): each paragraph is a task. So is
    each of three or more paragraphs that all open with their unit and 负责 or 要 (区住建局负责… ⏎ 区财政局要…,
    see _unit_prose_paragraphs)."""
    if node.children or len(node.paragraphs) < 2:
        return None
    # (a plan's frame or requirements, 三、保障措施 ⏎ 区财政局要加大投入…, names no task in its prose)
    if not node.frame and not node.in_support and (prose := _unit_prose_paragraphs(node.paragraphs, titled=True)):
        return [(text, line, units) for (text, units), line in zip(prose, node.paragraph_lines, strict=True)]
    read = [_unit_first(p) for p in node.paragraphs]
    if any(r is None for r in read) or all(r is not None and r[2] == "colon" for r in read):
        return None
    return [(r[0], line, r[1]) for r, line in zip(read, node.paragraph_lines, strict=True) if r is not None]


def _unit_prose_paragraphs(
    paragraphs: list[str], bare: bool = False, titled: bool = False, least: int = 3
) -> list[tuple[str, Assignment]] | None:
    """Three or more paragraphs, each opening with a named office and 负责 or 要 and its work (区住建局负责全区…
    ⏎ 区委农办要结合…): each paragraph, whole, is a task of its office. An office written without the level the
    others share (规划分局负责…, the others 区…) takes it. A clause opening with 牵头 makes the office lead; one
    opening with 配合 and naming units (…，配合区农委指导…) makes those units lead and the office a partner
    (P.DUTY_ASSISTS). None unless every paragraph opens so. With bare (sentences, _unit_prose_sentences), where
    no office is written with a level, offices named by their field alone (财政部门, 公安局) are read as written.
    least: how many paragraphs make such a run. With titled (the paragraphs under a clause's title alone, （一）隐患排查
    ⏎ 各村（社区）要… ⏎ 镇自然资源所负责…), a paragraph may open with its lead and partners (镇应急办牵头，镇党政办配合，…), and the places
    of a level taken together (各村（社区）, 各乡镇) are units as written."""
    if len(paragraphs) < least:
        return None
    openers = [P.UNIT_OPENS_ITEM.match(fold(p).strip()) for p in paragraphs]
    if any(
        o is None or o["by"] or (o["lead"] and not titled) or (not o["lead"] and o["verb"] not in ("负责", "要"))
        for o in openers
    ):
        return None
    if titled and any(
        o is not None
        and (_unit_or_tier_in(folded := fold(p).strip(), o.end()) or _ANOTHER_SUBJECT.search(folded, o.end()))
        for p, o in zip(paragraphs, openers, strict=True)
    ):
        return (
            None  # 各村要落实…，镇派出所负责维护秩序: a second unit's share in a paragraph, left to the other readers
        )
    names = [
        _units_before_when(p.strip()[o.start("units") : o.end("units")]) if o else ()
        for p, o in zip(paragraphs, openers, strict=True)
    ]
    levelled = [n for units in names for n in units if _office_of_a_level(n)]
    levels = {fold(n)[:1] for n in levelled}
    out: list[tuple[str, Assignment]] = []
    for paragraph, units in zip(paragraphs, names, strict=True):
        if not units:
            return None
        if not all(_office_of_a_level(u) for u in units):
            level = next(iter(levels)) if len(levels) == 1 and len(levelled) >= 2 else ""
            # (有关部门要…: no office named, with a level or without)
            if bare and not levelled and all(_named_without_level(u) for u in units):
                out.append((paragraph.strip(), _prose_paragraph_roles(paragraph, units)))
                continue  # 财政部门要…。教育部门要…。: no level written anywhere, the offices as named
            if titled and all(_office_of_a_level(u) or _PLACES_TOGETHER.match(fold(u)) for u in units):
                out.append((paragraph.strip(), _prose_paragraph_roles(paragraph, units)))
                continue  # 各村（社区）要…: the places of a level taken together, as written
            unlevelled = [u for u in units if not _office_of_a_level(u)]
            if not level or not all(
                fold(u)[:1] not in "各省市州县区镇乡" and _office_of_a_level(level + u) for u in unlevelled
            ):
                return None
            # 规划分局 among 区… offices: 区规划分局; 区公安分局、武警中队: 区武警中队 beside 区公安分局
            units = tuple(u if u not in unlevelled else level + u for u in units)
        out.append((paragraph.strip(), _prose_paragraph_roles(paragraph, units)))
    return out


# the places of a level taken together, a unit as written: 各村(社区)   各乡镇   各社区   各街道   各镇(街道)
_PLACES_TOGETHER = re.compile(r"^各(?:行政村|村|社区|乡镇|乡|镇|街道|村居)(?:\([^()]{1,6}\))?(?:人民政府|办事处)?$")


def _units_before_when(written: str) -> tuple[str, ...]:
    """The units opening a paragraph or sentence of its office, 县公安局 or 区武装部、区公安分局; the office of
    县交通运输局在国庆期间要… before the 在 of its time or place, where all it names before 在 are offices of a
    level (split_units)."""
    units = split_units(written)
    if "在" in written and not all(_office_of_a_level(u) for u in units):
        before = split_units(written[: written.index("在")])
        if before and all(_office_of_a_level(u) for u in before):
            return before
    return units


def _named_without_level(unit: str) -> bool:
    """财政部门, 公安局: a government's office named by its field, no level written (P.FIELD_DEPARTMENT, or an
    office the bundled registry knows)."""
    return P.FIELD_DEPARTMENT.match(fold(unit)) is not None or _known_without_level(unit)


_OFFICE_VERBS = ("负责", "牵头", "要", "组织", "落实")


def _unit_prose_sentences(text: str) -> list[tuple[str, Assignment]] | None:
    """One paragraph whose sentences or clauses (split at 。 or ；), three or more in a run, each open with a
    named office and 负责 or 要 as the paragraphs of _unit_prose_paragraphs do (县财政局要将经费列入预算。
    县教育局要开展防火教育；县公安局负责火案查处。), or with offices named by their field where no office has a
    level (财政部门要…；教育部门要…): a task for each, the sentence its text, an ordinal 一是 before the office left
    out. One or two sentences before the run that name no office (各部门要各司其职。, a clause's title 部门分工。,
    一是各成员单位要履行职责。) lead into it and are no task; the run goes to the paragraph's end or to a sentence
    opening the next point (二是…). None otherwise: a sentence of other words after the run leaves it prose."""
    if sum(text.count(mark) for mark in "。；;") < 2 or sum(text.count(verb) for verb in _OFFICE_VERBS) < 3:
        return None  # (a run of three needs three verbs of a duty, P.UNIT_OPENS_ITEM's, and two sentence ends)
    split = [piece.strip() for piece in re.split(r"(?<=[。；;])", text) if piece.strip()]
    if len(split) < 3 or not _opens_with_office(P.SENTENCE_ORDINAL.sub("", split[2], count=1)):
        return None  # (a run of three opens at one of the first three sentences: the third is in it)
    ordinal = [P.SENTENCE_ORDINAL.match(fold(piece)) is not None for piece in split]
    pieces = [P.SENTENCE_ORDINAL.sub("", piece, count=1) for piece in split]
    for lead_in in range(min(3, len(pieces) - 2)):
        if lead_in and _opens_with_office(pieces[lead_in - 1]):
            return None  # (a sentence of an office before the run: read only where the whole run is read)
        end = lead_in
        while end < len(pieces) and _opens_with_office(pieces[end]):
            end += 1
        if end - lead_in < 3:
            continue
        if end < len(pieces) and not ordinal[end]:
            return None  # 县财政局要…。县教育局要…。县公安局负责…。确保…。: the run does not close the paragraph
        read = _unit_prose_paragraphs(pieces[lead_in:end], bare=True)
        return None if read is None else [(piece.rstrip("；;"), assignment) for piece, assignment in read]
    return None


def _titled_unit_prose_sentences(node: Node) -> list[Share] | None:
    """A block whose heading line is its title alone, one short sentence naming no office (（一）提升城市管理水平。),
    over one paragraph read as a run of offices' sentences (_unit_prose_sentences: 市城管局负责…；市交通局负责…；
    市公安局负责…。): a task for each sentence, the title on its own line before the first one's text, at the
    heading's line, as a title alone over a paragraph that is its task is kept; None otherwise."""
    first = node.first.strip()
    paragraph = node.paragraphs[0]
    if not first or len(first) > 30 or "\n" in paragraph or any(ch in first.rstrip("。") for ch in "。；;，,（("):
        return None  # (a heading of more than one short sentence, or with a bracket: read as before)
    if _opens_with_office(first) or P.NAMED_UNIT_IN_LINE.search(fold(first)):
        return None  # (a title naming an office: the block's roles may be its)
    sentences = _unit_prose_sentences(paragraph)
    if sentences is None:
        return None
    at = node.paragraph_lines[0]
    shares = [Share(piece, at, assignment) for piece, assignment in sentences]
    shares[0] = Share(f"{first}\n{shares[0].text}", node.line.number, shares[0].assignment)
    return shares


def _opens_with_office(sentence: str) -> bool:
    """县财政局要…, 财政部门要…: a sentence opening with named offices and the verb of their duty."""
    opener = P.UNIT_OPENS_ITEM.match(fold(sentence).strip())
    if opener is None:
        return False
    units = _units_before_when(sentence.strip()[opener.start("units") : opener.end("units")])
    # (区公安分局、武警中队: one office of a level among them, the level of the others read with the run's)
    return any(_office_of_a_level(u) for u in units) or (bool(units) and all(_named_without_level(u) for u in units))


def office_paragraph_parts(lines: Sequence[SourceLine]) -> list[Node] | None:
    """A text with no numbered parts whose lines hold a run of three or more paragraphs each opening with a
    named office and 负责 or 要 (现将各单位任务明确如下： ⏎ 区住建局负责… ⏎ 区委农办要…; see _unit_prose_paragraphs):
    each paragraph a part of its own, unnumbered, holding its office's task; None where no such run stands. The
    first run is read, from its first paragraph to its last (blank lines between them skipped)."""
    filled = [ln for ln in lines if ln.folded.strip()]
    for start in range(len(filled)):
        end = start
        while end < len(filled) and P.UNIT_OPENS_ITEM.match(filled[end].folded.strip()):
            end += 1
        if end - start < 3:
            continue
        run = filled[start:end]
        read = _unit_prose_paragraphs([ln.text for ln in run])
        if read is None:
            continue
        parts = []
        for k, (line, (text, assignment)) in enumerate(zip(run, read, strict=True), start=1):
            node = Node("part", k, "", line, line.text.strip())
            node.unnumbered = True
            node.shares = ([Share(text, line.number, assignment)], [])
            parts.append(node)
        return parts
    return None


def _prose_paragraph_roles(paragraph: str, units: tuple[str, ...]) -> Assignment:
    """The roles of a paragraph opening with its office (see _unit_prose_paragraphs)."""
    folded = fold(paragraph)
    assignment = Assignment()
    own = "、".join(units)
    leads = P.CLAUSE_OPENS_LEAD.search(folded) is not None
    assisted = [
        found
        for found in P.DUTY_ASSISTS.finditer(folded)
        if all(_office_of_a_level(n) for n in split_units(paragraph[found.start("units") : found.end("units")]))
    ]
    if not leads and not assisted and (read := _unit_opens_item(paragraph, folded)) is not None:
        # 区应急管理局负责统筹协调，区水利局配合。: the units the clause after it names as assisting are partners,
        # read as the same words opening an item are
        stated = read.assignment
        if read.start == 0 and (stated.lead or stated.partners) and stated.departments[: len(units)] == units:
            return stated
    if leads and assisted:
        # 规划分局负责…，牵头审核…，配合市住建局组织培训…: the office leads one share of its work and helps another
        # office in a second: responsible for its paragraph, never both lead and partner
        assignment.add("departments", own)
        return assignment
    assignment.add("lead" if leads else ("partners" if assisted else "departments"), own)
    for found in assisted:
        assignment.add("lead", paragraph[found.start("units") : found.end("units")])
    return assignment


def _roles_inside_duties(node: Node, text: str, found: list[Annotation]) -> bool:
    """Whether the block is a list of units' duties (_duty_list, every paragraph from the first duty on opening
    with its units and a colon) whose every annotation is roles in the prose of one duty's paragraph, no bracket
    (区税务局：负责推进…，区财政局协助): roles of that duty, not of the block."""
    if node.labels or node.children:
        return False
    duties = _duty_list(node)
    if not duties or any(units is None for *_, units in duties):
        return False
    spans = [
        (max(at - 1, 0), at + len(paragraph))  # (an annotation read from a paragraph's start takes its line break)
        for paragraph, line in zip(node.paragraphs, node.paragraph_lines, strict=True)
        if line >= duties[0][1] and (at := text.find(paragraph)) >= 0
    ]
    return all(
        not any(c in text[a.start : a.end] for c in "（(〔[【") and any(s <= a.start and a.end <= e for s, e in spans)
        for a in found
    )


def _duty_list_roles(
    node: Node, text: str, duty: str, line: int, units: Assignment
) -> tuple[Assignment, list[Annotation]]:
    """区发改局：牵头负责…，区统计局配合 in a list of units' duties: the roles its duty states, read as for a duty
    alone (_duty_roles), and the span of its paragraph in the block's text, whose role words are then read (none
    warned); its units responsible and no span where it states none (区税务局：负责…)."""
    if not any(word in duty for word in ("牵头", "配合", "协助", "协同", "参与", "会同")):
        return units, []  # (a cheap test: no role word the duty could state)
    paragraph = dict(zip(node.paragraph_lines, node.paragraphs, strict=True)).get(line, "")
    roles = _duty_roles(paragraph, duty, units) if paragraph else units
    at = text.find(paragraph) if roles is not units else -1
    return roles, ([Annotation(at, at + len(paragraph), roles)] if at >= 0 else [])


def _duty_list(node: Node) -> list[tuple[str, int, Assignment | None]]:
    """A block whose paragraphs list units' duties, 区财政局：负责统筹项目资金；⏎县水务局：负责…: a task
    for each, its units responsible. Two such paragraphs at least; the paragraphs before the first are
    the block's text, those after it of another shape come back without an assignment (warned)."""
    read: list[tuple[str, int, Assignment | None]] = []
    for paragraph, line in zip(node.paragraphs, node.paragraph_lines, strict=True):
        duty = _duty_of(paragraph)
        if duty:
            read.append((duty[0], line, duty[1]))
        elif read:
            read.append((paragraph, line, None))
    return read if sum(1 for *_, a in read if a is not None) >= 2 else []


def _row_paragraphs(node: Node) -> list[tuple[str, int, Assignment | None]]:
    """The paragraphs of a block written as table rows (see _spaced_row), each with its line."""
    out: list[tuple[str, int, Assignment | None]] = []
    for paragraph, line in zip(node.paragraphs, node.paragraph_lines, strict=True):
        row = _spaced_row(paragraph)
        if row is not None:  # a row not read keeps its whole line, for the warning
            out.append((row[0] if row[1] else paragraph, line, row[1]))
    return out


def _spaced_row(first: str, folded: str | None = None) -> tuple[str, Assignment | None] | None:
    """An item written as a table row, its cells apart by spaces: 完成城区排水改造 县水务局 县财政局、县公安局
    2024年9月底前 -> the task text, then the lead's cell and the partners' cell, then the deadline. A row of
    one unit cell before a deadline gives the units responsible. None when no cell after the first reads
    as units; (text, None) when some does but the row has not that shape (the caller warns). folded is
    fold(first), where the caller has it."""
    if folded is None:
        folded = fold(first)
    if folded.strip().startswith("|") and folded.strip().endswith("|") and len(folded) == len(first):
        # a row written with pipes (| 1 | 县农业农村局 | 县卫健局 | 2026年12月底前 |): its bars are gaps as spaces are
        folded = folded.replace("|", " ")
        first = "".join(" " if f == " " else c for c, f in zip(first, folded, strict=True))
    if not any(gap in folded.strip(_CELL_GAP) for gap in _CELL_GAP):
        return None  # one cell at most (an item of prose): not split into cells
    cells = [(m.start(), m.end()) for m in _CELL.finditer(folded)]
    if len(cells) < 2:
        return None
    due: str | None = None
    end = len(cells)
    last = folded[cells[-1][0] : cells[-1][1]]
    two = folded[cells[-2][0] : cells[-1][1]].replace(" ", "").replace("\u3000", "")
    if _due_cell(last):
        due, end = _due_part(first[cells[-1][0] : cells[-1][1]], last), end - 1
    elif P.DUE_CELL_VERB.fullmatch(two):  # 2024年9月 投用: a verb the space cut off its date
        due, end = _due_part(two, two), end - 2
    start = end
    while start > 1 and _unit_cell(first[cells[start - 1][0] : cells[start - 1][1]]):
        start -= 1
    units = [first[a:b] for a, b in cells[start:end]]
    if not any(_unit_cell(first[a:b]) for a, b in cells[1:]):
        return None
    text = first[: cells[start - 1][1]] if start else first
    if start >= 2 and P.NUMBER_CELL.match(folded[cells[0][0] : cells[0][1]]):
        text = first[cells[1][0] : cells[start - 1][1]]  # 11 ⇥ 实施… ⇥ 县交通运输局: the row's 序号 is no task text
    if not units or len(units) > 2 or (due is None and len(units) < 2) or _unit_cell(text):
        return text, None  # the shape is not clear (a task cell that is a unit's name is no task)
    assignment = Assignment()
    if len(units) == 2:
        assignment.add("lead", units[0])
        assignment.add("partners", units[1])
    else:
        assignment.add("departments", units[0])
    if due:
        assignment.add("due", due)
    return (text, assignment) if assignment.has_units else (text, None)


_CELL_GAP = " \u3000\t"  # what stands between the cells of a spaced row
_CELL = re.compile(f"[^{_CELL_GAP}]+")


def _due_cell(folded: str) -> bool:
    """A cell that is wholly a deadline: 2024年9月底前, 长期坚持, 全年, 2025年底前建成."""
    if P.DUE_CELL_VERB.fullmatch(folded):
        return True
    piece = deadline_piece(folded)
    return piece is not None and not has_ending(piece["then"])


def _due_part(cell: str, folded: str) -> str:
    """2025年底前建成 -> 2025年底前: a deadline cell without the verb of what is due then."""
    verb = P.DUE_CELL_VERB.fullmatch(folded)
    if verb:
        return cell[: verb.end("due")]
    piece = deadline_piece(folded)
    return cell[piece.start("due") : piece.end("due")] if piece else cell


def _unit_cell(cell: str) -> bool:
    """A cell that is only units' names (县水务局, 县财政局、县公安局), no prose, each ending like a unit's before
    any bracket after it (各街道（园区）, 县水务局（牵头）; never 启动阶段（2024年6月前）)."""
    units = tuple(_TRAILING_BRACKET.sub("", fold(u)) for u in split_units(cell))
    return bool(units) and all(
        len(u) <= 30
        and (has_ending(u) or P.QUALIFIER.match(u))
        and not P.PROSE_IN_NAME.search(fold(u))
        and not P.EVENT_NAME.search(u)
        for u in units
    )


_TRAILING_BRACKET = re.compile(r"\([^()]*\)$")


def _headed_by(heading: str) -> Assignment | None:
    """县发改局牵头工作, 由县财政局牵头的工作 -> the units with the verb's role (由县发改局牵头、县财政局配合的任务:
    and the partners with theirs); None for any other heading."""
    match = P.HEADED_BY.match(fold(heading).strip())
    if match is None or not all(has_ending(u) for u in split_units(match["units"])):
        return None
    if match["partners"] and not all(has_ending(u) for u in split_units(match["partners"])):
        return None
    assignment = Assignment()
    assignment.add(P.VERB_ROLES[match["verb"]], heading[match.start("units") : match.end("units")])
    if match["partners"]:
        assignment.add(P.VERB_ROLES[match["partner_verb"]], heading[match.start("partners") : match.end("partners")])
    return assignment if assignment.has_units else None


def _labels_wrapped(text: str, found: list[Annotation], node: Node) -> bool:
    """Whether the label lines under a block go on its one run of labels, which the line's end cut after a
    ；(…。牵头单位：镇农业服务中心； ⏎ 配合单位：各村（社区）；完成时限：2026年6月底前。), a 。 or nothing
    (…。牵头单位：市政府办公室。 ⏎ 配合单位：市政府各部门。 ⏎ 完成时限：长期坚持。, each label on a line of its own):
    the run is written without brackets, ends the block's text, and the label lines follow it one a line, none
    naming its role again."""
    if len(found) != 1 or found[0].in_text or fold(text[found[0].start : found[0].start + 1]) in "〔([":
        return False
    if fold(text[found[0].end :]).strip() not in ("", ";", "。"):
        return False
    if not P.LABEL_ANYWHERE.match(fold(text[found[0].start :]).lstrip(" ")):
        return False  # …。——县住房城乡建设局: units after a dash are no run of labels
    first = node.line.number
    lines = sorted({line.number for _, _, line in node.labels})
    roles = [P.LABEL_ROLES.get(label) for label, _, _ in node.labels]
    taken = {
        role for role in ("lead", "partners", "departments", "leaders") if getattr(found[0].assignment, role, None)
    }
    if found[0].assignment.due:
        taken.add("due")
    return (
        lines == list(range(first + 1, first + 1 + len(lines)))
        and None not in roles
        and len(set(roles)) == len(roles)
        and not taken & set(roles)
    )


def _annotation_alone(paragraphs: list[str]) -> bool:
    """One paragraph that is a bracket and nothing else: （县住房城乡建设局牵头）."""
    if len(paragraphs) != 1:
        return False
    folded = fold(paragraphs[0]).strip()
    return folded.startswith("(") and folded.endswith(")") and folded.count("(") == 1 and folded.count(")") == 1


def _title_only(node: Node) -> bool:
    """A part whose heading line is a title alone (no sentence, no bracket) above paragraphs of its own."""
    if node.kind != "part" or not node.paragraphs or node.labels or fold(node.label)[:1].isdigit():
        return False  # 1、关于…事宜 ⏎ 由…负责，…: an item's line names its task, and the task is both
    first = fold(node.first)
    return not any(ch in first for ch in _ENDS + _OPENERS + ",")


def _from_points(pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The tasks of points (1)(2) or clauses (一)(二) that their annotations close, run on in one paragraph:
    each without its number, the first without the heading before its number (深化商事制度改革。(1)全面落实…
    -> 全面落实…; 一、加强党的领导(一)强化组织领导。… -> 强化组织领导。…). Pieces keep their text as they are
    unless the second one opens with a number."""
    second = fold(pieces[1][0][:8]) if len(pieces) > 1 else ""
    if second[:1].isdigit() and all(P.ITEM.match(fold(piece[:8])) for piece, _ in pieces):
        # 1月：1.召开…（办公室）；2.开展…（农田建设股）。: items numbered inline, each without its number
        return [
            (piece[number.start("rest") :] if (number := P.ITEM.match(fold(piece))) else piece, begin)
            for piece, begin in pieces
        ]
    if not second.startswith("("):
        return pieces
    if P.SUBITEM.match(second):
        firsts: tuple[str, ...] = ("(1)", "（1）")
    elif P.CLAUSE.match(second):
        firsts = ("(一)", "（一）")
    else:
        return pieces
    first, begin = pieces[0]
    for mark in firsts:
        at = first.find(mark)
        if at > 0:
            pieces = [(first[at:], begin + at), *pieces[1:]]
            break
    return [(_without_number(piece), begin) for piece, begin in pieces]


def _without_number(piece: str) -> str:
    """(2)完善… -> 完善…; （二）落实… -> 落实…"""
    if piece[:1] not in "(（":
        return piece
    folded = fold(piece)  # folding keeps offsets
    number = P.SUBITEM.match(folded) or P.CLAUSE.match(folded)
    return piece[number.start("rest") :] if number else piece


def _opening_units_lead(text: str, found: list[Annotation]) -> Annotation | None:
    """【县政务服务中心】深化…改革。（县市场监管局、县人社局配合）: a bracket of units alone opening the text and an
    annotation closing it that names no lead (partners, or units responsible beside them: （县直有关部门按职责分工
    负责）): one annotation, the units ahead leading, the text between the task's (where the closing bracket puts
    a unit of its own in charge beside partners, the units ahead are responsible beside them). None for any other
    pair."""
    first, last = found
    ahead, closing = first.assignment, last.assignment
    if text[: first.start].strip(" \n") or ahead.lead or ahead.partners or not ahead.responsible:
        return None
    if closing.lead or not (closing.partners or closing.responsible):
        return None
    if text[last.end :].strip(" \n。.;；"):
        return None
    merged = closing.copy()
    if closing.responsible and closing.partners:
        # …（县财政局负责，县人社局配合）: the bracket's own unit is in charge beside its partners, the units ahead
        # are the task's too, responsible
        merged.add("departments", "、".join(ahead.responsible))
    else:
        merged.add("lead", "、".join(ahead.responsible))
        merged.order[:] = [*merged.lead, *(u for u in merged.order if u not in merged.lead)]
    merged.due = merged.due or ahead.due
    return Annotation(last.start, last.end, merged, last.cut_off)


def _merge_adjacent(text: str, found: list[Annotation]) -> list[Annotation]:
    """（牵头单位：A）（配合单位：B）: annotations with nothing between them are one."""
    out: list[Annotation] = []
    for a in found:
        if out and not text[out[-1].end : a.start].strip(" \n,，;；"):
            prev = out[-1]
            prev.assignment.merge(a.assignment)
            out[-1] = Annotation(prev.start, a.end, prev.assignment, prev.cut_off or a.cut_off)
        else:
            out.append(a)
    return out


def _prose_label(folded: str, start: int, label: str) -> bool:
    """落实责任：各乡镇要切实履行属地管理责任: a bare label inside a sentence, before no list of units."""
    if label not in P.BARE_LABELS:
        return False
    value = folded[start + len(label) :].lstrip(" :〕")
    end = min((i for i in (value.find("。"), value.find("(")) if i >= 0), default=len(value))
    return not _names_units_only(value[:end])


def _label_counts(label: str, value: str, after_label: bool) -> bool:
    """Whether a labelled value is a role: always, except under a label that is a word of prose too
    (BARE_LABELS: 责任, 协同), which counts only before a list of units or after another label on its line
    (牵头：县水务局｜协同：县财政局)."""
    return label not in P.BARE_LABELS or after_label or _names_units_only(value)


def _names_units_only(value: str) -> bool:
    """县水务局、县财政局: every piece of a value ends like a unit (not 各乡镇人民政府要落实属地管理责任)."""
    pieces = [p.strip(" 。.；;") for p in re.split(r"[、,，;；\s]+", fold(value).strip(" 。."))]
    return all(p and has_ending(p) for p in pieces)


def _holds_assisting(folded: str) -> bool:
    """Cheap test before UNIT_ASSISTS_WORK: the text holds one of its verbs."""
    return "参与" in folded or "协助" in folded or "配合" in folded


def _held_before(folded: str, at: int, held: set[str]) -> bool:
    """Whether a unit the read roles hold ends right before at, maybe a word on how it acts between (县财政局
    积极配合: 县财政局 before 积极); the places of each kind with or without their governments' word (各乡镇 in the
    text, 各乡镇人民政府 held, or the other way round) are one."""
    before = folded[max(0, at - 40) : at]
    places = {_places(unit) for unit in held} - {None}
    return any(
        before[: len(before) - k].endswith(unit) or _places(before[: len(before) - k]) in places
        for unit in held
        for k in range(0, 5)
    )


def _places(folded: str) -> str | None:
    """各乡镇 for a text ending in 各乡镇 or 各乡镇人民政府 (各街道 for 各街道办事处): the places of each kind it ends with."""
    m = P.EACH_PLACES_END.search(folded)
    return m["places"] if m else None


def _holds_places_verb(folded: str) -> bool:
    """Cheap test before PLACES_SHARE_WORK: the text holds one of its verbs."""
    return any(verb in folded for verb in ("落实", "负责", "配合", "参与", "协助"))


def _unread_roles(
    text: str,
    folded: str,
    found: list[Annotation],
    line_at: Callable[[int], int],
    groups: list[tuple[int, int, str]],
) -> list[Warning]:
    """A role label or a unit followed by a role verb outside every annotation that was read; groups: the
    text's top-level brackets (parentheticals)."""
    spans = [(a.start, a.end) for a in found]
    warnings: list[Warning] = []
    seen: set[int] = set()
    hits: list[tuple[int, str]] = []
    if _may_hold_label(folded):
        hits = [(m.start(), m["label"]) for m in P.LABEL_ANYWHERE.finditer(folded)]
        hits = [(s, g) for s, g in hits if P.LABEL_ROLES[g] in _UNIT_ROLES and not _prose_label(folded, s, g)]
    verbs = _holds_verb(folded)  # (UNIT_THEN_VERB's verbs are among them)
    if verbs and _verb_words(P.UNIT_THEN_VERB).search(folded) and _verb_tail(P.UNIT_THEN_VERB).search(folded):
        hits += [(m.start("verb"), m["verb"]) for m in P.UNIT_THEN_VERB.finditer(folded)]
    if found and verbs and (_holds_assisting(folded) or ("各" in folded and _holds_places_verb(folded))):
        # 镇社会事务办负责救助，镇卫生院参与卫生防疫工作, …由镇党政办负责排班，各村（社区）同步落实值班: a further
        # unit's share after the roles that were read (not a unit they hold: 各乡镇负责河道保洁。（各乡镇负责）)
        held = {fold(u) for a in found for u in a.assignment.departments}
        shares = [*P.UNIT_ASSISTS_WORK.finditer(folded), *P.PLACES_SHARE_WORK.finditer(folded)]
        hits += [(m.start("verb"), m["verb"]) for m in shares if not _held_before(folded, m.start("verb"), held)]
    any_verb = _verb_tail(P.UNIT_THEN_ANY_VERB)
    for start, end, _inner in groups:  # a bracket of roles no annotation could read
        if verbs and any_verb.search(folded, start + 1, end - 1):
            hits += [(m.start("verb"), m["verb"]) for m in P.UNIT_THEN_ANY_VERB.finditer(folded, start + 1, end - 1)]
        if "牵头" in folded[start:end]:  # (县水务局牵头抓好): a unit that leads, however the bracket goes on
            hits += [(m.start("verb"), m["verb"]) for m in P.UNIT_THEN_LEAD.finditer(folded, start + 1, end - 1)]
    for start, word in sorted(hits):
        if _inside(spans, start) or P.INVITED_TO_TAKE_PART.search(folded, max(0, start - 48), start):
            continue  # (鼓励高等院校、科研机构参与…: those invited to take part, in a sentence of prose)
        line = line_at(start)
        if line in seen:
            continue
        seen.add(line)
        context = text[max(0, start - 12) : start + 20].replace("\n", " ")
        warnings.append(Warning("role-not-read", line, f"a role ({word}) that no assignment holds: …{context}…"))
    for start, _end, inner in groups:
        # (县发改委、县财政局等有关部门按职责分工办理): units no annotation read, in words the parser does not know
        if "、" not in inner or _inside(spans, start) or line_at(start) in seen:
            continue
        # a specific office's name, maybe before 等 and a remark: 县财政局等有关部门按职责分工办理
        named = [u for u in split_units(inner) if P.SPECIFIC_UNIT.search(fold(u).split("等", 1)[0])]
        if len(named) >= 2 and has_ending(named[0]):
            seen.add(line_at(start))
            message = f"units named in a bracket that no assignment holds: {text[start : start + 40]}"
            warnings.append(Warning("units-not-read", line_at(start), message))
    return warnings


def body_tasks(parts: list[Node], issuers: tuple[str, ...] = (), title: str = "") -> list[Task]:
    """Every part, clause or item of the body that carries an assignment, in document order; units named
    without a level take the issuing government's (none for a town's), else the level most units carry (on a
    zone's own notice its departments count as the notice's own, of no level: notice_level)."""
    found: list[tuple[Share, str, Node, Node | None]] = []
    for part in parts:
        label = fold(part.label)
        # items as parts: 3; sub-items as parts: （3）
        top = str(part.number) if label[:1].isdigit() else f"（{part.number}）" if label[1:2].isdigit() else None
        top = top or int_to_cn(part.number)
        _walk(part, [top], part, None, found)
    given = issuer_level(issuers)
    if given is None:
        units = [u for share, *_ in found for u in share.assignment.departments]
        given = notice_level(units, own_areas(units, issuing_heads(issuers, title)))
    level = given
    # the department's own sections, named under 牵头处室/责任处室 somewhere: 宣传教育处 stays as written
    # in a bracket of another form, (宣传教育处负责)
    sections = frozenset(u for share, *_ in found if share.assignment.sections for u in share.assignment.order)
    # a department's notice naming its own sections (医政股): a bracket naming no unit with a level names its
    # own offices (（办公室）), never the government's 县办公室
    own_offices = bool(level) and names_own_sections(
        (u for share, *_ in found for u in share.assignment.departments), level or ""
    )
    tasks: list[Task] = []
    for share, path, part, clause in found:
        assignment = share.assignment
        levelled = any(P.PLACE_PREFIX.match(u) for u in assignment.departments)
        # (就业促进处、省就业服务中心牵头，办公室配合: a list naming one of the department's sections is its own)
        levelled = levelled and not (own_offices and names_own_sections(assignment.departments, level or ""))
        if level and (levelled or not own_offices):
            assignment.restore_level(level, sections)
        due = assignment.due or deadline_in_prose(_without_validity(share.text)) or _stage_time(share.text)
        text_label = P.TASK_TEXT_LABEL.match(fold(share.text[:8]))  # 任务：建设…: the text after the label
        tasks.append(
            assignment.task(
                due=due,
                id=len(tasks) + 1,
                text=share.text[text_label.end() :] if text_label else share.text,
                line=share.line,
                path=path,
                source="body",
                group=part.number,
                subgroup=clause.number if clause else None,
            )
        )
    return tasks


_VALIDITY_WORDS = (
    "有效期",
    "实施期限",
    "执行期限",
    "施行期限",
    "试行期",
    "实施至",
    "执行至",
    "施行至",
    "延续至",
    "延长至",
    "日至",  # 2021年5月1日至2022年4月30日实施…政策
)


def _stage_time(text: str) -> str | None:
    """The time in brackets after the stage that opens a task's text, its deadline: 动员部署阶段（2024年3月）。…"""
    stage = P.STAGE_TIME_AT_HEAD.match(fold(text))
    return _deadline_only(text[stage.start("time") : stage.end("time")]) if stage else None


def _without_validity(text: str) -> str:
    """The text without its sentences on the policy's period of validity (VALIDITY_SENTENCE), in time
    linear in its length: only a sentence holding one of their words is matched."""
    if not any(word in text for word in _VALIDITY_WORDS):
        return text
    pieces = re.split(r"(?<=[。;；])", text)
    return "".join(
        P.VALIDITY_SENTENCE.sub("", piece) if any(w in piece for w in _VALIDITY_WORDS) else piece for piece in pieces
    )


_NAME_STOPS = re.compile(r"[,。;:、()\s]")


def _unit_role_in_prose(folded: str) -> Match | None:
    """The first role verb in a block's prose after a unit's name (P.UNIT_ROLE_IN_PROSE), where the words
    before it back to the clause's last stop name a unit: not a noun phrase of prose ending like one
    (…城区的师范学院支持偏远乡镇: a verb of the sentence, no unit's role)."""
    for role in P.UNIT_ROLE_IN_PROSE.finditer(folded):
        before = folded[: role.start("verb")]
        stops = list(_NAME_STOPS.finditer(before))
        name = before[stops[-1].end() if stops else 0 :].removeprefix("由")
        if "的" not in name and not P.PROSE_IN_NAME.search(name):
            return role
    return None


def body_warnings(parts: list[Node]) -> list[Warning]:
    """Warnings for roles in the body that no task holds (and for annotations cut off)."""
    return [w for node in preorder(parts) for w in node_shares(node)[1]]


def unassigned_blocks(parts: list[Node], warned: set[int]) -> list[Warning]:
    """Blocks the parser may have missed a task in (read after headings passed on their roles): a block
    with no task and no numbered blocks under it, beside blocks that have tasks; warned holds the
    lines that have a warning already."""
    out: list[Warning] = []
    # siblings: the parts, then under each block (with that block)
    groups: list[tuple[Node | None, list[Node]]] = [(None, parts), *((node, node.children) for node in preorder(parts))]
    holds: dict[int, bool] = {}
    for node in reversed(preorder(parts)):  # (children before their parents)
        holds[id(node)] = bool(node_shares(node)[0]) or any(holds[id(c)] for c in node.children)
    for parent, siblings in groups:
        if not any(holds[id(child)] for child in siblings):
            continue
        # a part of prose alone (四、保障措施 ⏎ 各单位要…) beside parts whose tasks stand in their clauses is
        # a plan's frame or requirements: only parts beside a part with tasks of its own are looked at
        direct = parent is not None or any(node_shares(child)[0] for child in siblings)
        for child in siblings:
            if holds[id(child)] or _asks_no_work(parent, child) or not (direct or child.children):
                continue
            if child.children:
                # a clause or part whose points all name no unit, beside blocks that have tasks
                if warning := _points_without_units(child, warned):
                    out.append(warning)
                continue
            own_lines = {child.line.number, *child.paragraph_lines, *(line.number for *_, line in child.labels)}
            if own_lines & warned:  # a warning on one of its lines says it already
                continue
            text = child.text.replace("\n", " ")
            role = _unit_role_in_prose(fold(text))
            if role and P.INVITED_TO_TAKE_PART.search(fold(text), max(0, role.start("verb") - 48), role.start("verb")):
                role = None  # 鼓励高等院校、科研机构参与…: those invited to take part
            if role:
                code, message = "role-not-read", f"a role ({role['verb']}) that no assignment holds: "
            elif named := P.NAMED_UNIT_IN_LINE.search(fold(text)):  # units, in a form no rule reads
                code, message = "block-without-units", f"a block whose units ({named.group()}…) no rule reads: "
            elif P.FRAME_HEADING.match(fold(child.title)):
                continue  # 第一章 发展基础: a plan's background or frame assigns no work
            else:
                code, message = "block-without-units", "a block that names no unit, beside blocks that do: "
            out.append(Warning(code, child.line.number, message + child.label + text[:40]))
    return out + unread_lines(parts, warned | {w.line for w in out})


def _points_without_units(block: Node, warned: set[int]) -> Warning | None:
    """A block with numbered points under it, none of which (at any depth) names a unit, beside blocks that
    have tasks: one block-without-units at its line, naming its points' lines; never a plan's frame or
    requirements (一、总体要求, 三、保障措施), nor a block one of whose lines is warned already."""
    title = fold(block.title).strip(" 。")
    if (P.FRAME_HEADING.match(title) and not title.endswith("目标")) or P.SCHEDULE_HEADING.match(title):
        return None
    nodes = preorder([block])
    if all(P.STAGE_TITLE.search(fold(node.title).strip(" 。")) for node in block.children):
        return None  # 一、整治时间 ⏎ （一）动员部署阶段（2024年4月底前）…: a schedule's stages
    lines = {
        n for node in nodes for n in (node.line.number, *node.paragraph_lines, *(ln.number for *_, ln in node.labels))
    }
    if lines & warned:
        return None
    points = "、".join(str(node.line.number) for node in nodes[1:] if not node.children)
    message = f"a block whose points (lines {points}) name no unit, beside blocks that do: "
    return Warning("block-without-units", block.line.number, message + block.label + block.title[:40])


def _frame_titled(part: Node) -> bool:
    """A part whose own title names the plan's frame or requirements (三、保障措施, 七、加强组织领导, 一、总体要求;
    not 二、主要目标, which may give units their targets), as _asks_no_work reads a block's."""
    title = fold(part.title).strip(" 。")
    return bool(
        (P.FRAME_HEADING.match(title) and not title.endswith("目标"))
        or P.SCHEDULE_HEADING.match(title)
        or P.SUPPORT_HEADING.match(title)
        or P.SUPPORT_TITLE.match(title)
    )


def _asks_no_work(parent: Node | None, child: Node) -> bool:
    """A block that assigns no work of its own: one under a part on the plan's frame or its requirements (三、保障措施
    ⏎ （四）加强督促考核。…; 一、基本原则 ⏎ （二）坚持问题导向。), a support measure (（一）加强组织领导。…), or one
    saying its tasks stand in the annex (（一）实施路网提升工程。具体任务见附件。)."""
    if parent is not None and parent.kind == "part":
        title = fold(parent.title).strip(" 。")
        if title.endswith("范围") and P.FRAME_HEADING.match(title):
            # 一、整治范围: the places a campaign covers ask no work, but an item under it naming units is read
            return P.NAMED_UNIT_IN_LINE.search(fold(child.text.replace("\n", " "))) is None
        if (P.FRAME_HEADING.match(title) and not title.endswith("目标")) or P.SCHEDULE_HEADING.match(title):
            return True  # (a part of targets, 主要目标, may hold targets given to units: not quiet)
    return bool(P.SUPPORT_TITLE.match(fold(child.title).strip(" 。")) or _tasks_in_annex(child.text))


def _tasks_in_annex(text: str) -> bool:
    """Whether a block's text closes saying its tasks stand in the annex (P.TASKS_IN_ANNEX, its lines joined).
    Every such text holds 附 (folding leaves it as it is): a block without it is not folded and scanned."""
    return "附" in text and P.TASKS_IN_ANNEX.search(fold(text).replace("\n", "").rstrip()) is not None


_NOT_A_DUTY = ("关于", "负责解释", "解释")


def _names_other_units(folded: str, held: set[str]) -> bool:
    """Whether a paragraph of a block names a unit with its level that none of the block's tasks holds."""
    return any(not any(m.group() in u or u in m.group() for u in held) for m in P.NAMED_UNIT_IN_LINE.finditer(folded))


def unread_lines(parts: list[Node], warned: set[int]) -> list[Warning]:
    """The safety net under every other check: a line of the body that no task took and no warning names,
    though it names a unit with its level as the subject of a sentence (县住建局、县应急局…, not 报县住建局)
    before a deadline or next to a role word: a task the parser may have missed, in a part's own text or
    in a block of a form no rule reads. Read only in notices that have body tasks (else no-tasks says it)."""
    nodes = list(preorder(parts))
    # the lines of a block with tasks (but a paragraph of it naming units none of its tasks holds), and the
    # heading of a block with tasks under it
    taken: set[int] = set()
    for node in reversed(nodes):  # (children before their parents)
        if shares := node_shares(node)[0]:
            taken.update((node.line.number, *(line.number for *_, line in node.labels)))
            held = {fold(u) for share in shares for u in share.assignment.departments}
            taken.update(
                line
                for paragraph, line in zip(node.paragraphs, node.paragraph_lines, strict=True)
                if not _names_other_units(fold(paragraph), held)
            )
        elif any(child.line.number in taken for child in node.children):
            taken.add(node.line.number)
            taken.update(_block_bracket_taken(node.children))
            if node.paragraphs and roles_sentence(node.paragraphs[0]) and _roles_taken(node):
                taken.add(node.paragraph_lines[0])  # the roles under its heading, which its blocks took
    if not taken:
        return []
    out: list[Warning] = []
    for node in nodes:
        for text, line in ((node.first, node.line.number), *zip(node.paragraphs, node.paragraph_lines, strict=True)):
            if line in taken or line in warned:
                continue
            if unit := _unit_with_duty(text):
                warned.add(line)
                message = f"a line naming a unit ({unit}) with a deadline or a role that no task holds: "
                out.append(Warning("line-not-read", line, message + text.strip()[:40]))
            elif line != node.line.number and (unit := _paragraph_unit_opens(node, text)):
                # （四）…（县交通运输局负责，9月底前） ⏎ 同时，县公安局要加强…: more work, for a unit the task names not
                warned.add(line)
                message = f"a paragraph giving work to a unit ({unit}) that its block's tasks do not name: "
                out.append(Warning("line-not-read", line, message + text.strip()[:40]))
            elif line == node.line.number and node.unit_unread:
                # 3.县财政局要加大投入… among items of prose: the one item opening with its unit is not read alone
                warned.add(line)
                message = (
                    f"an item opening with its unit ({node.unit_unread}) and its duty, among items that name none: "
                )
                out.append(Warning("line-not-read", line, message + text.strip()[:40]))
    return out


def _block_bracket_taken(points: list[Node]) -> list[int]:
    """…2.实行全程代办。（县政务服务中心，长期） ⏎ （县发改局牵头）: the block's bracket alone on the line after its last
    point, the units it names held by the points before: its line, which those points read."""
    last = points[-1]
    if not last.paragraphs or len(points) < 2:
        return []
    folded = fold(last.paragraphs[-1]).strip(" 。")
    if not (folded[:1] in "(（" and folded[-1:] in ")）" and find_annotations(last.paragraphs[-1])):
        return []
    held = {fold(u) for point in points[:-1] for share in node_shares(point)[0] for u in share.assignment.departments}
    return [] if not held or _names_other_units(folded, held) else [last.paragraph_lines[-1]]


def _paragraph_unit_opens(node: Node, text: str) -> str | None:
    """同时，县公安局要加强重点车辆源头管理…: the units a paragraph of a block with tasks opens with (after a
    connective), each a named office of a level, then 要, 负责 or 牵头 and its work, none of them a unit of the
    block's tasks; None otherwise."""
    folded = fold(text).strip()
    connective = P.PARAGRAPH_CONNECTIVE.match(folded)
    opening = P.UNIT_OPENS_ITEM.match(folded[connective.end() :] if connective else folded)
    if opening is None or opening["by"] or opening["lead"]:
        return None
    units = split_units(opening["units"])
    if not units or not all(_office_of_a_level(u) for u in units):
        return None
    shares = node_shares(node)[0]
    held = {fold(u) for share in shares for u in share.assignment.departments}
    if not shares or any(fold(u) in held for u in units):
        return None
    return "、".join(units)


def _roles_taken(node: Node) -> bool:
    """Whether a block of the node holds the lead its roles sentence names (as its own lead)."""
    lead = {
        fold(u) for u in (parse_annotation(node.paragraphs[0].strip(" \u3000")[:-1], strict=True) or Assignment()).lead
    }
    return any(
        lead <= {fold(u) for u in share.assignment.lead} for child in node.children for share in node_shares(child)[0]
    )


def roles_sentence(paragraph: str) -> bool:
    """由市农业农村局承办，市市场监管局、市供销社协办。: a paragraph that is one sentence wholly naming roles, a lead
    among them (by prose verbs, every name a unit's)."""
    sentence = paragraph.strip(" \u3000")
    if not sentence.endswith("。") or "。" in sentence[:-1]:
        return False
    found = parse_annotation(sentence[:-1], strict=True)
    return found is not None and bool(found.lead)


def _unit_with_duty(text: str, clause: bool = False) -> str | None:
    """The unit a line names with its level as the subject of a sentence, before a dated deadline or next
    to a role word or label (县住建局6月底前完成…, 由县水务局牵头): work a task may hold. With clause, the
    deadline or role must stand in the unit's own clause (a preamble's 市委全会精神、2023年重点工作部署 is none)."""
    folded = fold(text)
    unit = P.NAMED_UNIT_IN_LINE.search(folded)
    if unit is None:  # a unit written without its level, opening the line before its role or date
        bare = P.LEVELLESS_UNIT_DUTY.match(folded.lstrip())
        return bare["unit"] if bare and "各" not in bare["unit"] else None
    if "各" in unit.group() or folded.startswith(_NOT_A_DUTY, unit.end()):
        return None  # 各部门 is no unit of a task; 市交通局关于…的报告 a document; 由市财政局负责解释
    if clause:  # the line up to the end of the unit's clause
        folded = folded[: unit.end()] + re.split(r"[,;。]", folded[unit.end() :], maxsplit=1)[0]
    due = deadline_in_prose(folded[unit.end() :])
    dated = due is not None and not due.startswith("每") and any(ch.isdigit() or ch == "年" for ch in due)
    # (营造全社会支持…的氛围: 社会 ends as 委员会 does, but supports no one)
    role = any(
        m.start() == 0 or folded[m.start() - 1] != "社" for m in P.UNIT_ROLE_IN_PROSE.finditer(folded, unit.start())
    )
    if dated or role or (_may_hold_label(folded) and P.LABEL_ANYWHERE.search(folded)):
        return str(unit.group())
    return None


def _later_unit_with_duty(text: str) -> str | None:
    """A unit given work in a later sentence of a line whose first unit has none: the cover's 《…》已经县政府同意，
    现印发给你们。请县水利局牵头，会同县财政局于2025年6月底前制定…: the unit opening that sentence."""
    sentences = re.split(r"(?<=[。;；])", text)
    for sentence in sentences[1:]:
        sentence = sentence.strip().removeprefix("请")  # 请县水利局牵头: the unit is 县水利局
        if unit := _unit_with_duty(sentence, clause=True):
            return unit
    return None


def unread_outside(
    before: list[SourceLine],
    body: list[SourceLine],
    closing: str | None,
    parts: list[Node],
    rows: bool,
    warned: set[int],
) -> list[Warning]:
    """The safety net outside the blocks: a line before the parts or before the annex's first row (before),
    or of the closing, that names a unit (with its level, or opening the line without it) before a dated
    deadline in its clause or beside a role word (本方案由县住建局牵头，6月底前完成…): work no task took.
    Read only in notices that have tasks, in the body or in table rows (else no-tasks says it)."""
    if not rows and not any(node_shares(node)[0] for node in preorder(parts)):
        return []
    # the closing's lines: the body's lines its text holds (a line of 6 characters or more)
    lines = [
        *before,
        *(line for line in body if closing and len(line.text.strip()) >= 6 and line.text.strip() in closing),
    ]
    out: list[Warning] = []
    for line in lines:
        if line.number in warned or not line.text.strip() or P.DOCUMENT_KEEPER.match(fold(line.text.strip())):
            continue  # (本方案由县文体局负责解释: the document's keeper, no duty)
        governments = P.EACH_GOVERNMENT_DUTY.search(fold(line.text)) if "政府" in line.text else None
        # 以上各项任务，各县（市、区）人民政府负责…: the places' governments, a unit of every task
        unit = (
            line.text[governments.start("unit") : governments.end("unit")]
            if governments
            else _unit_with_duty(line.text, clause=True) or _later_unit_with_duty(line.text)
        )
        if unit:
            message = f"a line outside the parts naming a unit ({unit}) with a deadline or a role that no task holds: "
            out.append(Warning("line-not-read", line.number, message + line.text.strip()[:40]))
    return out


def _point_label(node: Node) -> str:
    """A block's number in a task's path: 3 for an item, ①, 1） or a） for a point as written."""
    if node.kind != "point":
        return str(node.number)
    return node.label.replace(")", "）").replace(" ", "").replace("．", ".")


def _walk(
    node: Node, path: list[str], part: Node, clause: Node | None, found: list[tuple[Share, str, Node, Node | None]]
) -> None:
    stack: list[tuple[Node, list[str], Node | None]] = [(node, path, clause)]
    while stack:
        current, current_path, current_clause = stack.pop()
        pending = []
        for child in current.children:
            label = (
                f"（{int_to_cn(child.number)}）"
                if child.kind == "clause"
                else (f"（{child.number}）" if child.kind == "subitem" else _point_label(child))
            )
            child_path = [*current_path, label]
            child_clause = child if child.kind == "clause" else current_clause
            pending.append((child, child_path, child_clause))
        # document order: a block's own tasks, then its children's, one child after another
        for child, child_path, child_clause in reversed(pending):
            stack.append((child, child_path, child_clause))
        shares, _ = node_shares(current)
        found.extend((s, "/".join(current_path), part, current_clause) for s in shares)
