"""A sentence giving every task without units of its own its roles: 以上各项任务，除明确责任单位外，均由县爱卫办牵头，
各成员单位配合。 after the last block, or 本方案所列任务均由镇农业综合服务中心牵头 / 未明确责任单位的，均由…负责 in
the preamble. Its roles go to each block of the body that names no unit and has no blocks under it (only those
before it for 以上 / 上述), but for a plan's frame (指导思想, 基本原则) and its requirements and schedule
(保障措施, 工作要求, 实施步骤, 时间安排): those assign no work. The sentence is told as info
(`units-for-all-given`) with the lines it gave its roles to, or warned (`units-for-all`) with why it gave them to
none.

A 责任分工 section may give the tasks their roles by number instead (第1-3项由市数据局牵头，市财政局配合；第4项由…):
each number is the item (else the clause) of the body numbered so, when one block alone is; a sentence whose
numbers name no block, or more than one, is warned (`units-by-number`) and gives nothing; so is a paragraph whose
numbered blocks name units of their own (they keep them). One whose every clause went to blocks naming no unit
is told as info (`units-by-number-given`)."""

from __future__ import annotations

import copy
import itertools
import re
from dataclasses import replace

from .. import patterns as P
from ..decode import fold
from ..departments import has_ending, split_units
from ..models import Task, Warning
from ..numerals import cn_to_int
from .body import Body, Node, preorder
from .headings import give_roles
from .inline import node_shares
from .lines import SourceLine
from .roles import Assignment, parse_annotation


def give_units_for_all(
    body: Body, preamble: list[SourceLine], rows: list[Task] | None = None
) -> tuple[list[Warning], list[Task]]:
    """Give the roles of each sentence for all tasks (in the preamble, or a line of the body) to the blocks
    that name none, and to the rows of a task table whose units cells are empty (表中未列责任单位的任务，由…);
    one warning for each sentence, saying where its roles went. Returns the warnings and the rows."""
    rows = list(rows or [])
    found = [(line, span) for line in preamble for span in _sentences_with_by(line.folded)]
    in_preamble = len(found)  # the sentences before every block: 以上 there can only mean the plan's tasks
    found += [(line, (0, len(line.folded))) for line in body.units_for_all]
    out: list[Warning] = []
    for at_sentence, (line, (start, end)) in enumerate(found):
        sentence, folded = line.text[start:end].strip(), line.folded[start:end].strip()
        if note := P.NOTES_START.match(folded):  # 注：表中未列责任单位的任务，由…负责: the note's words
            sentence, folded = sentence[note.start("rest") :].strip(), note["rest"].strip()
        if folded.endswith(")") and folded.count(")") > folded.count("("):
            # （注：…。未标注责任单位的由X负责）: the note's closing bracket is none of the sentence's
            sentence, folded = sentence[:-1].rstrip(), folded[:-1].rstrip()
        match = P.UNITS_FOR_ALL.match(folded) if "由" in folded or "为" in folded else None
        if match is None or not (match["scope"] or match["except"]):
            continue
        roles = sentence[match.start("roles") : match.end("roles")]
        # 均由市统计局牵头，括号内所列单位为配合单位: the lead is the sentence's; the units of a block's bracket
        # that names them without a role are its partners
        bracketed = P.BRACKET_PARTNERS.search(fold(roles)) if "括号" in roles else None
        if bracketed is not None:
            roles = roles[: bracketed.start()]
        # 均由X牵头，各配合单位按职责协同推进: the partners are those each block names, no unit of the sentence
        if (own := P.FOR_ALL_OWN_UNITS.search(fold(roles))) is not None:
            roles = roles[: own.start()]
        assignment = _phased(roles)
        shown = sentence[:60]
        if assignment is None:
            out.append(
                Warning("units-for-all", line.number, f"a sentence giving units to every task, not read: {shown}")
            )
            continue
        before = match["scope"] is not None and match["scope"].startswith(("以上", "上述"))
        # 现印发给你们……以上各项任务，除明确责任单位外，均由… in the cover: no block stands before it
        before = before and at_sentence >= in_preamble
        scope = match["scope"] or ""
        after = (
            _blocks_after(body.parts, line.number)
            if scope.startswith("以下")
            else _blocks_of_its_part(body.parts, line.number)
            if scope.startswith(("本部分", "本节"))
            else _blocks_it_closes(body.parts, line.number)
            if before and match["except"] is None and not P.EVERY_TASK_NAMED.search(scope)
            else None
        )
        given: list[int] = []
        holder = _heading_over(body.parts, line.number)
        # (no exception, or one for the tasks naming no lead, 未明确牵头单位的: its lead reaches a block of partners only)
        lead_reaches_partners = match["except"] is None or "牵头" in fold(match["except"])
        for part in body.parts:
            if P.FRAME_HEADING.match(fold(part.title)) or P.SCHEDULE_HEADING.match(fold(part.title)):
                continue
            if not part.children and P.TARGETS_HEADING.match(fold(part.title)):
                continue  # 一、目标任务 ⏎ 全县粮食播种面积稳定在…: the targets, no work to give roles to
            for node in preorder([part]):
                if node.children or (before and node.line.number > line.number):
                    continue
                if (after is not None and node.line.number not in after) or node is holder:
                    continue
                if not _without_units(node):
                    if (bracketed is not None and _bracket_partners(node, assignment, bracketed["role"])) or (
                        lead_reaches_partners and _lead_added(node, assignment)
                    ):
                        given.append(node.line.number)
                    continue
                give_roles(node, assignment, fill_only=True)
                given.append(node.line.number)
        for at, row in enumerate(rows):
            if (
                _row_without_units(row)
                and not (before and row.line > line.number)
                and (after is None or (scope.startswith("以下") and row.line > line.number))
            ):
                rows[at] = _row_given(row, assignment)
                given.append(row.line)
        if given:  # every block naming no unit took its roles: a correct read, told as info
            where = f"given to the blocks at lines {', '.join(map(str, given))}"
            out.append(Warning("units-for-all-given", line.number, f"{shown}: {where}"))
            continue
        where = "no block lacks units outside the plan's frame, requirements and schedule"
        out.append(Warning("units-for-all", line.number, f"{shown}: {where}"))
    return out, rows


def give_due_for_points(body: Body) -> None:
    """A line after a block's points giving them all one deadline (1.… ⏎ 2.… ⏎ 3.… ⏎ 上述任务均须于2025年12月底前完成。):
    each task of the points it closes (the last block before it and its siblings) takes it, unless it states a
    deadline of its own."""
    from .deadlines import deadline_in_prose

    nodes = preorder(body.parts)
    for line in body.due_for_points:
        found = P.DUE_FOR_POINTS.match(line.folded.strip())
        before = [n for n in nodes if n.line.number < line.number]
        if found is None or not before:
            continue
        offset = len(line.folded) - len(line.folded.lstrip())
        due = line.text[offset + found.start("due") : offset + found.end("due")].strip()
        last = before[-1]
        siblings = next((n.children for n in nodes if last in n.children), body.parts)
        for node in preorder(siblings):
            if node.children or node.line.number > line.number:
                continue
            for share in node_shares(node)[0]:
                if share.assignment.due is None and not deadline_in_prose(share.text):
                    share.assignment.due = due


def _phased(roles: str) -> Assignment | None:
    """The roles of a sentence for all tasks, read strictly; those closed by a phased deadline (…，Y配合，分阶段推进：
    2025年6月底前完成布局，2025年12月底前全面建成) are read before it, and it is their deadline, as in a bracket."""
    assignment = parse_annotation(_roles_written(roles), strict=True)
    phased = P.FOR_ALL_PHASED.search(fold(roles)) if assignment is None else None
    if phased is None:
        return assignment
    assignment = parse_annotation(_roles_written(roles[: phased.start()]), strict=True)
    if assignment is not None and assignment.due is None:
        assignment.due = roles[phased.end() :].strip(" 。")
    return assignment


def _row_without_units(row: Task) -> bool:
    """A table row whose units cells are empty (no unit, no lead, no partner, nothing written)."""
    return not (row.departments or row.lead or row.partners or (row.departments_raw or "").strip())


def _row_given(row: Task, assignment: Assignment) -> Task:
    """The row with the roles of a sentence for all tasks."""
    return replace(
        row,
        departments=assignment.departments,
        lead=tuple(assignment.lead),
        partners=tuple(assignment.partners),
        leaders=row.leaders or tuple(assignment.leaders),
    )


def _heading_over(parts: list[Node], number: int) -> Node | None:
    """The block a sentence for all tasks at line `number` stands in when that block is a heading alone
    (二、责任分工 / 二、其他 with nothing under it but the sentence): no task of its own to give roles to. An item
    or a point is a task, never such a heading (3.完善景区标识标牌 ⏎ 上述任务由…: the item takes the roles)."""
    before = [n for n in preorder(parts) if n.line.number < number]
    if not before:
        return None
    block = before[-1]
    if block.kind not in ("part", "clause"):  # 3.完善景区标识标牌 ⏎ 上述任务由…: an item is a task, no heading
        return None
    return block if not block.children and not block.paragraphs and "。" not in block.first else None


def _blocks_of_its_part(parts: list[Node], number: int) -> set[int] | None:
    """The lines of the blocks of the part a sentence at line `number` stands in (本部分任务由…牵头); None
    before the first part (the preamble's sentence is for every part)."""
    within = [p for p in parts if p.line.number < number]
    return {n.line.number for n in preorder(within[-1:])} if within else None


def _blocks_it_closes(parts: list[Node], number: int) -> set[int] | None:
    """The lines of the blocks a sentence at line `number` speaks of as 以上工作 / 上述工作 (no exception, not
    every task named) when a block follows it: those of the block it closes, the one just before that next
    block among its siblings (以上工作由X牵头 after （二）'s points, before （三）: （二）'s). None when it stands
    after the last block: every block before it."""
    nodes = preorder(parts)
    following = next((n for n in nodes if n.line.number > number), None)
    if following is None:
        return None
    siblings = next((n.children for n in nodes if following in n.children), parts)
    at = next(i for i, n in enumerate(siblings) if n is following)
    return {n.line.number for n in preorder([siblings[at - 1]])} if at else None


def _blocks_after(parts: list[Node], number: int) -> set[int]:
    """The lines of the blocks a sentence at line `number` speaks of as 以下任务: those after it, in the part it
    stands in when it stands in one (以下 under 一、 is that part's), else in every part."""
    within = [p for p in parts if p.line.number < number]
    scope = [within[-1]] if within and any(n.line.number > number for n in preorder([within[-1]])) else parts
    return {n.line.number for n in preorder(scope) if n.line.number > number}


def _roles_written(roles: str) -> str:
    """The roles of a sentence for all tasks as the role reader reads them (a label written without its colon,
    牵头单位X，配合单位Y, as 牵头单位：X；配合单位：Y): X统筹(推进) leads as X牵头 does
    (各项任务由县水利局统筹推进，各乡镇人民政府具体落实), X负责协调推进 is responsible as X负责 is, and so is X加强
    指导 as X指导 is; 牵头单位为X，
    配合单位为Y are the labels 牵头单位：X；配合单位：Y."""
    if P.LABEL_WITHOUT_COLON.match(fold(roles)):
        roles = P.LABEL_WITHOUT_COLON.sub(r"\g<label>：", fold(roles).replace(",", "；"))
    if P.ROLES_LABEL_IS.match(roles):
        pieces = re.split(r"[,，;；]\s*(?=(?:牵头|责任|配合)(?:单位|部门))", roles)
        return "；".join(P.ROLES_LABEL_IS.sub(lambda m: m["label"] + "：", piece, count=1) for piece in pieces)
    return P.ROLES_GUIDANCE.sub(r"\1", P.ROLES_COORDINATION.sub("负责", P.ROLES_COORDINATE.sub("牵头", roles)))


def _lead_added(node: Node, assignment: Assignment) -> bool:
    """A block whose units are all partners (（配合单位：市住建局）) under a sentence giving every task its lead
    (本方案所列各项任务均由市体育局牵头): the lead goes before its own partners (the sentence's are for the
    blocks naming no unit). Units the sentence makes responsible (以上各项任务由X牵头，各乡镇按要求抓好落实) are
    the block's too, after its partners."""
    shares = node_shares(node)[0]
    if not assignment.lead or not shares:
        return False
    if any(s.assignment.lead or s.assignment.responsible or not s.assignment.partners for s in shares):
        return False
    for share in shares:
        own = share.assignment
        responsible = [u for u in assignment.responsible if u not in own.partners]
        own.lead = list(assignment.lead)
        own.responsible = responsible
        own.order = [*assignment.lead, *own.order, *responsible]
    return True


def _bracket_partners(node: Node, assignment: Assignment, role: str) -> bool:
    """A block whose bracket names units with no role (（市委组织部、市司法局）) under a sentence giving every task
    its lead and calling the bracket's units partners (均由市统计局牵头，括号内所列单位为配合单位): they are its
    partners, after the sentence's lead; called the units responsible (括号内为责任单位), they stay responsible,
    after the lead. A block naming roles of its own (（市发展改革委牵头，市统计局配合）) keeps them."""
    shares = node_shares(node)[0]
    if not assignment.lead or not shares:
        return False
    if any(s.assignment.lead or s.assignment.partners or not s.assignment.responsible for s in shares):
        return False
    if any(P.ROLE_VERB_IN_RAW.search(fold(raw)) for s in shares for raw in s.assignment.raw):
        return False  # （市财政局负责）: a role of the block's own
    for share in shares:
        own = share.assignment
        others = [u for u in own.responsible if u not in assignment.lead]
        own.partners, own.responsible = ([], others) if role == "责任" else (others, [])
        own.lead = list(assignment.lead)
        own.order = [*assignment.lead, *(u for u in own.order if u not in assignment.lead)]
    return True


def _without_units(node: Node) -> bool:
    """A block that names no unit: no task of its own, no label, no unit with its level in its text."""
    return not node_shares(node)[0] and not node.labels and not P.NAMED_UNIT_IN_LINE.search(fold(node.text))


def _sentences_with_by(folded: str) -> list[tuple[int, int]]:
    """Where each sentence of a line that holds 由 starts and ends (任务由县水务局牵头。), in line order; the
    other sentences are left out (the folded text keeps the line's offsets). A sentence that is no sentence for
    all tasks as a whole gives its clauses after `；` that hold 由 (…其余为配合单位；未注明责任单位的，由X负责。)."""
    out = []
    for found in P.SENTENCE.finditer(folded):
        if "由" not in found.group():
            continue
        if ";" not in found.group() or P.UNITS_FOR_ALL.match(found.group().strip()):
            out.append(found.span())
            continue
        # 排在第一位的为牵头单位…；未注明责任单位的，由X负责。: each clause apart, the one with 由 a sentence of its own
        start = found.start()
        for piece in re.finditer(r"[^;]+;?", found.group()):
            if "由" in piece.group():
                out.append((start + piece.start(), start + piece.end()))
    return out


def give_units_by_number(body: Body) -> list[Warning]:
    """The roles a 责任分工 paragraph gives the blocks it numbers (第1-3项由市数据局牵头，…；第4项由…), given to those
    blocks that name no unit of their own; each clause read on its own, a warning for each clause that cannot
    be given whole. A numbered line of the division (1.第（一）至（三）项：A牵头，B配合。) is no task of its own."""
    out: list[Warning] = []
    # each paragraph that may number tasks, with its folded text (folded once, for every test below; a block's
    # heading line is folded already)
    divisions: list[tuple[Node, int, str, str]] = []
    for node in preorder(body.parts):
        for number, text in zip(
            [node.line.number, *node.paragraph_lines], [_division_text(node), *node.paragraphs], strict=True
        ):
            if not ("项" in text or "部分" in text or "条" in text or "任务" in text):
                continue
            folded = node.folded(text)
            if "由" in text or ":" in folded or "第" in text:
                divisions.append((node, number, text, folded))
    # each paragraph that numbers tasks, read once (most paragraphs with 任务 and 由 number none: a cheap test first)
    numbering = [
        (node, number, text, clauses_found)
        for node, number, text, folded in divisions
        if P.NUMBERS_TASKS_WORDS.search(folded)  # (a cheap test first: it finds a match wherever the other does)
        and P.NUMBERS_TASKS.search(folded)
        and (clauses_found := _numbered_clauses(text))[0]
    ]
    lines = {id(node) for node, number, _text, _found in numbering if number == node.line.number}
    out.extend(_units_first(body, divisions, lines))
    out.extend(_table_by_number(body))
    for node, number, text, (clauses, rest, unread) in numbering:
        own: list[int] = []
        problems: list[str] = []  # the clauses not read, said in the paragraph's one warning
        read, given, named, kind = 0, [], set(), None
        due = _division_deadline(text)
        for numbers, roles, written, each in clauses:
            # …按职责分工负责，其中第6项由A牵头: that task's lead, the clause's units responsible in the others
            among = P.AMONG_BY_NUMBER.search(fold(roles))
            if among is not None:
                led = (_numbers(among["numbers"]), roles[among.start("lead") : among.end("lead")])
                roles = roles[: among.start()]
            assignment = _division_roles(roles)
            kinds: tuple[str, ...] = (
                ("item", "clause") if re.match(r"[\d\s]", numbers_written(written)) else ("clause", "item")
            )
            kinds = ("part", *kinds) if _by_part(written) else kinds
            targets = [[b for b in _block_numbered(body.parts, n, kinds) if id(b) not in lines] for n in numbers]
            if any(len(t) > 1 for t in targets) and (closed := _points_it_closes(body.parts, node, number, written)):
                # 1.… 2.… 3.… ⏎ 上述第2、3项由市商务局负责…: the points numbered so in the clause it closes; the
                # sentence is no paragraph of the last point
                targets = [[b for b in closed if b.number == n and id(b) not in lines] for n in numbers]
                if number in node.paragraph_lines:
                    at = node.paragraph_lines.index(number)
                    del node.paragraphs[at], node.paragraph_lines[at]
                    node.shares = None
            if any(len(t) > 1 for t in targets) and (own_part := _part_holding(body.parts, node)) is not None:
                # 以上第（一）至（三）项由…牵头 in a part whose clauses each part numbers anew: the clauses of its part
                inside = {id(b) for b in preorder([own_part])}
                targets = [[b for b in t if id(b) in inside] or t for t in targets]
            if number in node.paragraph_lines and (
                any(t == [node] for t in targets) or P.DIVISION_LABEL_BY_NUMBER.match(node.folded(text))
            ):
                # 1.… ⏎ … ⏎ 10.… ⏎ 责任分工：第1项由…；…第10项由…: the division, a paragraph of the last block it numbers
                # (or of a block under its label), is no text nor roles of that block
                at = node.paragraph_lines.index(number)
                del node.paragraphs[at], node.paragraph_lines[at]
                node.shares = None
            if point := P.BY_NUMBER_POINT.match(fold(written)):  # 第（三）项第1点: the point under that task
                of = _numbers(point["task"] or "")
                kinds_of = ("clause", "item") if point["task"][:1] == "(" else ("item", "clause")
                tasks = _block_numbered(body.parts, of[0], kinds_of) if len(of) == 1 else []
                targets = [[c for c in tasks[0].children if c.number == n] if len(tasks) == 1 else [] for n in numbers]
            if assignment is None or numbers == [] or any(len(t) != 1 for t in targets):
                why = "its roles cannot be read" if assignment is None else "its numbers name no one block each"
                problems.append(f"{written[:40]}: {why}")
                continue
            shares = _each(assignment, len(numbers)) if each else [assignment] * len(numbers)
            if shares is None:
                problems.append(f"{written[:40]}: its units are not one for each number")
                continue
            if among is not None and (
                not set(led[0]) <= set(numbers) or (shares := _among_led(shares, numbers, *led)) is None
            ):
                problems.append(f"{written[:40]}: its lead among them names no task it numbers")
                continue
            for (block,), share in zip(targets, shares, strict=True):
                numbered_due = (
                    share.due is not None
                )  # 第8项由…牵头，…配合，长期坚持: the item's own, as an annotation's
                if share.due is None:  # 第1-3项由…；…。以上任务均于10月底前完成: each task's, unless its text dates it
                    share.due = due
                named.add(id(block))
                kind = block.kind
                if _without_units(block):
                    given.append(block.line.number)
                    give_roles(block, share, fill_only=True, own_due=numbered_due)
                else:
                    own.append(block.line.number)
            read += 1
        if rest is not None and kind is not None:  # 其余工作由X统筹: the blocks of that kind no clause named
            others = parse_annotation(_roles_written(rest), strict=True)
            for block in preorder(body.parts) if others is not None else []:
                if block.kind != kind or id(block) in named or id(block) in lines or block.line.number > number:
                    continue
                if others is not None and _without_units(block):  # (a clause with points gives them the roles)
                    given.append(block.line.number)
                    give_roles(block, others, fill_only=True)
        problems += [f"{piece[:40]}: not read as roles by number" for piece in unread]
        # (上述第2、3项由… cut out of the last point it names: that point stays a task)
        if read and not node.children and number in (node.line.number, *node.paragraph_lines):
            node.shares = ([], [])  # 1.第（一）至（三）项：A牵头，… or 二、责任分工 ⏎ 第1-3项…: the division, no task
        # the paragraph is told once, at its line: what it gave and what it did not (no role-not-read beside it)
        body.warnings[:] = [w for w in body.warnings if not (w.line == number and w.code == "role-not-read")]
        not_read = "".join(f"; {problem}" for problem in problems)
        if given or own:
            where = (
                f"given to the blocks at lines {', '.join(map(str, sorted(set(given))))}"
                if given
                else "given to no block"
            )
            if own:  # a block it numbers names units of its own: those are kept, the paragraph's not given
                kept = f"; the blocks at lines {', '.join(map(str, own))} keep their own units"
                out.append(Warning("units-by-number", number, f"{text.strip()[:40]}: {where}{kept}{not_read}"))
            else:  # every clause read, every block it numbers given its roles: a correct read, told as info
                code = "units-by-number-given" if read == len(clauses) and not unread else "units-by-number"
                out.append(Warning(code, number, f"{text.strip()[:40]}: {where}{not_read}"))
        elif problems:
            out.append(Warning("units-by-number", number, "; ".join(problems)))
    return out


_ROW_NUMBERS = re.compile(r"\d{1,3}(?:\s*[-—–~至到、,，]\s*\d{1,3})*")


def _row_cells(text: str) -> list[str]:
    """A row's cells: apart by tabs, empty ones kept; else apart by runs of spaces."""
    text = text.strip(" \u3000")
    if "\t" in text:
        return [cell.strip() for cell in text.split("\t")]
    return [cell for cell in re.split(r" {2,}|\u3000{2,}", text) if cell]


def _part_holding(parts: list[Node], node: Node) -> Node | None:
    """The part a block stands in (itself, for a part)."""
    return next((part for part in parts if any(b is node for b in preorder([part]))), None)


def _table_by_number(body: Body) -> list[Warning]:
    """二、任务分工 ⏎ 任务序号 牵头单位 配合单位 完成时限 ⏎ 1 市市场监管局 市教育局 2025年9月底前 ⏎ …: a division written as a
    table keyed by the tasks' numbers, each row read as a task whose text is its number alone. Each row gives its
    roles and deadline to the item (else the clause) numbered so, when that block names no unit; the rows are then
    no tasks (each told as info), and the table's header no header unread."""
    out: list[Warning] = []
    for node in preorder(body.parts):
        shares, warnings = node_shares(node)
        # a row's number cell names one task or several (1-3, 4、5: the row's roles for each)
        if len(shares) < 2 or not all(_ROW_NUMBERS.fullmatch(share.text.strip()) for share in shares):
            continue
        inside = {id(n) for n in preorder([node])}
        targets = [
            [
                [b for b in _block_numbered(body.parts, n, ("item", "clause")) if id(b) not in inside]
                for n in _numbers(share.text.strip()) or [0]
            ]
            for share in shares
        ]
        if any(len(found) != 1 or not _without_units(found[0]) for row in targets for found in row):
            continue  # a row naming no one block, or a block naming units of its own: the rows stay as read
        for row, share in zip(targets, shares, strict=True):
            for (block,) in row:
                give_roles(block, share.assignment, fill_only=True)
        node.shares = ([], warnings)
        header = next((n for n in node.paragraph_lines if n < min(share.line for share in shares)), None)
        body.warnings[:] = [w for w in body.warnings if not (w.line == header and w.code == "row-not-read")]
        for row, share in zip(targets, shares, strict=True):  # each row a clause of the division, told
            message = f"row {share.text.strip()} of a division table by task number: given to the block"
            at = ", ".join(str(block.line.number) for (block,) in row)
            out.append(
                Warning(
                    "units-by-number-given",
                    share.line,
                    f"{message}{'s' if len(row) > 1 else ''} at line{'s' if len(row) > 1 else ''} {at}",
                )
            )
    return out


def _among_led(shares: list[Assignment], numbers: list[int], among: list[int], lead: str) -> list[Assignment] | None:
    """The shares of a division clause with the tasks numbered among given their lead (…，其中第6项由A牵头): A, one of
    the clause's units, leads them, the others staying as the clause has them; None when A is no unit of it."""
    named = split_units(lead.strip())
    out = []
    for number, share in zip(numbers, shares, strict=True):
        if number not in among:
            out.append(share)
            continue
        if not named or not all(u in share.departments for u in named):
            return None
        led = copy.deepcopy(share)
        led.lead = [*led.lead, *(u for u in named if u not in led.lead)]
        led.responsible = [u for u in led.responsible if u not in named]
        led.partners = [u for u in led.partners if u not in named]
        out.append(led)
    return out


def _division_roles(roles: str) -> Assignment | None:
    """The roles of a clause of a division, read strictly; units alone after the colon (第3项：市体育局) are
    responsible, and a note that the first of them leads (第1、2项：A、B、C，排在首位的为牵头单位) makes it the lead
    and the others its partners."""
    # 牵头单位是X、配合单位是Y: as 牵头单位为X，配合单位为Y
    roles = re.sub(r"((?:牵头|配合|责任)(?:单位|部门))\s*是", r"\1为", roles)
    roles = re.sub(r"、(?=(?:牵头|配合|责任)(?:单位|部门)\s*[:：为])", "，", roles)
    note = P.FIRST_UNIT_LEADS.search(fold(roles))
    cut = roles[: fold(roles).rfind(",", 0, note.start())] if note is not None else roles
    if note is not None and fold(roles)[note.end() :].strip(" ,。"):
        return None  # more after the note than the note
    assignment = parse_annotation(_roles_written(cut), strict=True)
    names = split_units(cut.strip(" ，,。"))
    if assignment is None and names and all(has_ending(n) for n in names):
        assignment = parse_annotation(f"{'、'.join(names)}负责", strict=True)
    if assignment is None or note is None:
        return assignment
    if assignment.lead or assignment.partners or not assignment.responsible:
        return assignment
    units = list(assignment.responsible)
    return parse_annotation(f"{units[0]}牵头" + (f"，{'、'.join(units[1:])}配合" if units[1:] else ""), strict=True)


def _division_deadline(text: str) -> str | None:
    """The deadline a division gives every task it numbers, in a clause of its own (…。完成时限：2025年12月底前。 /
    以上整治任务均于2025年10月底前完成。), as written."""
    folded = fold(text)
    for start, end in _clause_spans(folded):
        found = P.DIVISION_DEADLINE.match(folded[start:end].strip(" 。"))
        if found is not None:
            offset = start + len(folded[start:end]) - len(folded[start:end].lstrip(" 。"))
            return text[offset + found.start("due") : offset + found.end("due")].strip()
    return None


def _division_text(node: Node) -> str:
    """The text of a block's heading line as a division reads it: （一）至（三）项由… and （四）（五）项由… are read by the
    body as a clause numbered (一) and (四); their number goes back before the text."""
    if node.kind == "clause" and re.match(r"\s*(?:[至到、~—\-]|[(（]|第|项)", node.first):
        label = node.label if node.label[:1] in "(（" else f"（{node.label}）"
        return f"{label}{node.first}"
    return node.first


def _unit_clauses(divisions: list[tuple[Node, int, str, str]]) -> list[tuple[Node, int, str, str]]:
    """县农业农村局：第1-3项（牵头）；县卫健局：第1-3项（配合）；…: a division written unit by unit on one line, the
    role after the numbers in brackets; each clause read as a line of its own, written 县农业农村局：牵头第1-3项. A line
    with one clause, or a clause that is no unit's, is left as written."""
    out: list[tuple[Node, int, str, str]] = []
    for node, number, written, folded in divisions:
        # (searched first: most paragraphs hold none, and a substitution costs its template's reading)
        found = P.ROLE_AFTER_NUMBERS.search(written) is not None
        text = P.ROLE_AFTER_NUMBERS.sub(r"\g<verb>\g<numbers>", written) if found else written
        pieces = [piece for piece in re.split(r"[；;]", text) if piece.strip(" 。")]
        if len(pieces) > 1 and all(P.UNIT_THEN_NUMBERS.match(fold(piece).strip(" 。")) for piece in pieces):
            out.extend((node, number, piece, fold(piece)) for piece in pieces)
        else:
            out.append((node, number, text, folded if text == written else fold(text)))
    return out


def _units_first(body: Body, divisions: list[tuple[Node, int, str, str]], lines: set[int]) -> list[Warning]:
    """县人社局：牵头第1、2、4、5项，配合第3项。 ⏎ 县财政局：牵头第3项，配合第1、5项。: a division written unit by unit; each
    block numbered takes its leads, partners and units responsible from every such line, when it names no unit of
    its own. Such a line is no task. A line whose numbers name no one block each is warned and gives nothing."""
    roles: dict[int, dict[str, list[str]]] = {}
    blocks: dict[int, Node] = {}
    out: list[Warning] = []
    missed: list[tuple[int, str]] = []  # 县林业局：协调第1项: a unit's line naming numbers, not read
    # (UNIT_THEN_NUMBERS and DUTY_LINE both need the colon after the unit: most paragraphs have none, and the clauses
    # _unit_clauses cuts a paragraph into hold no colon it lacks, so it is not asked to cut one)
    divisions = _unit_clauses([division for division in divisions if ":" in division[3]])
    for node, number, text, folded in divisions:
        match = P.UNIT_THEN_NUMBERS.match(folded.strip(" 。"))
        if match is None:
            if (duty := P.DUTY_LINE.match(folded.strip())) and re.search(
                r"第\s*\S{1,12}?项", duty["duty"] + folded[duty.end() :]
            ):
                missed.append((number, text.strip()))
            continue
        unit = text.strip()[match.start("unit") : match.end("unit")].strip()
        found: list[tuple[Node, str]] = []
        for duty in P.DUTY_BY_NUMBER.finditer(match["duties"]):
            kinds = ("item", "clause") if duty["numbers"][:1].isdigit() else ("clause", "item")
            for n in _numbers(duty["numbers"]):
                target = [b for b in _block_numbered(body.parts, n, kinds) if id(b) not in lines]
                if len(target) != 1:
                    found = []
                    break
                found.append((target[0], P.DUTY_ROLES[duty["verb"]]))
            else:
                continue
            break
        if not found:
            out.append(Warning("units-by-number", number, f"{text.strip()[:40]}: its numbers name no one block each"))
            continue
        for block, role in found:
            blocks[id(block)] = block
            roles.setdefault(id(block), {"lead": [], "partners": [], "responsible": []})[role].append(unit)
        if not node.children:
            node.shares = ([], [])
    if blocks:  # beside lines read unit by unit, a unit's line naming numbers that no rule reads is said
        out += [Warning("units-by-number", at, f"{line[:40]}: not read as roles by number") for at, line in missed]
    given = []
    for key, block in blocks.items():
        written = roles[key]
        pieces = [f"{'、'.join(written['lead'])}牵头"] if written["lead"] else []
        pieces += [f"{'、'.join(written['responsible'])}负责"] if written["responsible"] else []
        pieces += [f"{'、'.join(written['partners'])}配合"] if written["partners"] else []
        assignment = parse_annotation("，".join(pieces), strict=True)
        if assignment is not None and _without_units(block):
            give_roles(block, assignment, fill_only=True)
            given.append(block.line.number)
    if given:
        where = f"given to the blocks at lines {', '.join(map(str, sorted(given)))}"
        first = min(
            number for _node, number, _text, folded in divisions if P.UNIT_THEN_NUMBERS.match(folded.strip(" 。"))
        )
        out.append(Warning("units-by-number-given", first, f"a division written unit by unit: {where}"))
    return out


def numbers_written(clause: str) -> str:
    """The first number a clause of a division writes (after 第 and any words before it): 1 in 第1-3项, ( in
    第（一）项, 五 in 第五、六项."""
    folded = fold(clause)
    match = P.UNITS_BY_NUMBER.match(folded) or P.UNITS_BY_TASK_NUMBER.match(folded)
    match = match or P.UNIT_DUTY_BY_NUMBER.match(folded)
    return match["numbers"] if match else folded


def _by_part(clause: str) -> bool:
    """第一部分由…, 第二、三部分由…: numbers written plainly before 部分 name parts 一、 二、 of the body (第（一）部分
    is the clause （一）, as 第（一）项 is)."""
    match = P.UNITS_BY_NUMBER.match(fold(clause))
    return (
        match is not None
        and match["numbers"][:1] != "("
        and fold(clause)[match.end("numbers") :].lstrip()[:2] == "部分"
    )


def _each(assignment: Assignment, count: int) -> list[Assignment] | None:
    """第（一）、（二）项分别由A、B牵头: one unit for each number, in order (the partners shared); None when the
    units are not as many as the numbers."""
    partners = f"，{'、'.join(assignment.partners)}配合" if assignment.partners else ""
    for role, verb in (("lead", "牵头"), ("responsible", "负责")):
        units = list(getattr(assignment, role))
        if len(units) == count:
            out = [parse_annotation(f"{unit}{verb}{partners}", strict=True) for unit in units]
            return None if any(one is None for one in out) else [one for one in out if one is not None]
    return None


def _numbered_clauses(text: str) -> tuple[list[tuple[list[int], str, str, bool]], str | None, list[str]]:
    """第1-3项由A牵头，B配合；第4项由C负责；其余工作由D统筹 -> ([([1, 2, 3], A牵头，B配合, …, False), ([4], C负责, …,
    False)], D统筹, []): the clauses by number, the roles of the clause for the rest, and the clauses that give
    roles but could not be read (only where another clause was)."""
    folded = fold(text)
    out, rest, unread = [], None, []
    for start, end in _clause_spans(folded):
        piece, raw = folded[start:end].strip(" 。;"), text[start:end].strip(" \u3000\t。；;，,")
        if not piece:
            continue
        if (points := _points_of_a_task(piece, raw)) is not None:
            out.extend(points)  # 第（三）项第1点由X负责，第2点由Y牵头: the points of the task, one by one
            continue
        match = P.UNITS_BY_NUMBER.match(piece)
        task_numbered = P.UNITS_BY_TASK_NUMBER.match(piece) if match is None else None
        unit_first = P.UNIT_DUTY_BY_NUMBER.match(piece) if match is None and task_numbered is None else None
        if match is not None:
            roles = raw[match.start("roles") : match.end("roles")]
            out.append((_numbers(match["numbers"]), roles, raw, match["each"] is not None))
        elif task_numbered is not None and _read(roles := raw[task_numbered.start("roles") :]):
            # 任务1-3：市农业农村局牵头，…: the tasks numbered after 任务, when what follows reads as roles
            out.append((_numbers(task_numbered["numbers"]), roles, raw, task_numbered["each"] is not None))
        elif unit_first is not None:
            # 县农业农村局负责第（一）至（三）项工作的组织实施 / 县生态环境局负责第（四）项，县公安局配合: the unit and its
            # verb are the roles, and so are the roles after the comma
            roles = raw[unit_first.start("unit") : unit_first.end("verb")]
            roles += f"，{raw[unit_first.start('more') : unit_first.end('more')]}" if unit_first["more"] else ""
            out.append((_numbers(unit_first["numbers"]), roles, raw, False))
        elif out and P.ROLE_LABEL_FIRST.match(piece):
            # 第1-3项牵头单位：A；配合单位：B: a clause of a role's label and no number goes on the clause before it
            numbers, roles, written, each = out[-1]
            out[-1] = (numbers, f"{roles}；{raw}", f"{written}；{raw}", each)
        elif (others := P.UNITS_FOR_THE_REST.match(piece)) is not None:
            rest = raw[others.start("roles") : others.end("roles")]
        elif "由" in piece or P.UNIT_ROLE_IN_PROSE.search(piece):
            unread.append(raw)
    return out, rest, (unread if out else [])


def _read(roles: str) -> bool:
    """Whether a clause's words after its numbers read as roles (任务1-3：A牵头，B配合), not as a task's text."""
    return parse_annotation(_roles_written(roles), strict=True) is not None


def _points_of_a_task(piece: str, raw: str) -> list[tuple[list[int], str, str, bool]] | None:
    """第（三）项第1点由县自然资源局负责，第2点由县财政局牵头: the clauses naming the points of a numbered task, each
    written again with its task (第（三）项第2点由…), or None when the piece names no point of a task."""
    if "点" not in piece or P.BY_NUMBER_POINT.match(piece) is None:
        return None
    out, task = [], None
    cuts = [0, *(m.start() + 1 for m in P.BY_NUMBER_NEXT_POINT.finditer(piece)), len(piece) + 1]
    for start, end in itertools.pairwise(cuts):
        sub, written = piece[start : end - 1].strip(" ,"), raw[start : end - 1].strip(" ,，")
        found = P.BY_NUMBER_POINT.match(sub)
        task = found["task"] if found is not None and found["task"] else task
        if found is None or task is None:
            return None
        prefix = "" if found["task"] else f"第{task}项"
        roles = written[found.start("roles") :]
        out.append(([int(found["point"])], roles, prefix + written, False))
    return out


def _clause_spans(folded: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    marks = sorted(
        [*(m.start() for m in re.finditer(r"[;。]", folded)), *(m.start() for m in P.BY_NUMBER_NEXT.finditer(folded))]
    )
    for mark in marks:
        spans.append((start, mark))
        start = mark + 1
    spans.append((start, len(folded)))
    return spans


def _numbers(written: str) -> list[int]:
    """1-3 -> [1, 2, 3]; 2、5 -> [2, 5]; (三)项、第(四) -> [3, 4]; 一至第三 -> [1, 2, 3]; (一)(二) -> [1, 2]; [] for a range
    that runs backwards or past 200."""
    out: list[int] = []
    tokens = list(re.finditer(rf"\d+|\([^()]+\)|[{P.CN_DIGITS}]+", written))
    ranged = False
    for at, token in enumerate(tokens):
        value = int(token.group()) if token.group().isdigit() else cn_to_int(token.group().strip("()"))
        if value is None:
            return []
        between = written[tokens[at - 1].end() : token.start()] if at else ""
        if at and re.search(r"[-—–~至到]", between):
            if ranged or not out or not out[-1] <= value <= 200:
                return []
            out.extend(range(out[-1] + 1, value + 1))
            ranged = True
        else:
            out.append(value)
            ranged = False
    return out


def _points_it_closes(parts: list[Node], node: Node, number: int, written: str) -> list[Node]:
    """The blocks of the same level as the last one, a sentence written after a block's points names by number
    (上述第2、3项由…, 以上第1项由…, a paragraph of its last point): the points of the block it closes, numbered
    within that block; none for any other sentence."""
    if not fold(written).lstrip().startswith(("上述", "以上")) or number == node.line.number:
        return []
    if node.kind not in ("item", "subitem", "point") or node.children:
        return []
    return next((n.children for n in preorder(parts) if node in n.children), [])


def _block_numbered(parts: list[Node], number: int, kinds: tuple[str, ...]) -> list[Node]:
    """The items numbered so, else the clauses (the clauses first for a number written (三) or 三); a block with
    points under it gives them its roles."""
    for kind in kinds:
        found = [n for n in preorder(parts) if n.kind == kind and n.number == number]
        if len(found) > 1:  # a division names tasks: never the stages of 三、工作步骤 nor blocks of the plan's frame
            tasks = {id(n) for part in parts if not _frame_or_schedule(part) for n in preorder([part])}
            found = [n for n in found if id(n) in tasks] or found
        if found:
            return found
    if kinds[0] == "item":  # 1.… 2.… read as the body's parts (no 一、 over them): 第2项 names the part numbered 2.
        return [n for n in parts if n.label[:1].isdigit() and n.number == number]
    return []


def _frame_or_schedule(part: Node) -> bool:
    """A part holding the plan's frame (指导思想, 工作目标) or its requirements and schedule (工作步骤, 保障措施)."""
    title = fold(part.title)
    return bool(P.FRAME_HEADING.match(title) or P.SCHEDULE_HEADING.match(title))


def annex_units_by_number(body: Body, lines: list[SourceLine]) -> tuple[list[Warning], set[int]]:
    """附件：任务分工表 ⏎ 序号 责任单位 ⏎ 1 县农业农村局（牵头），县住建局 ⏎ 2 …: an annex table of the tasks' numbers and
    their units alone (no task column), its rows the roles of the body's blocks numbered so. Read only where every
    row names one block (an item, else a clause) that names no unit of its own: each row's roles (and deadline,
    where a column holds it) go to its block, told as info; the warnings (one a row given) and the lines read,
    (the table and its title), whose annex-unparsed warnings the caller drops. Nothing where the table is no such
    table."""
    # (a tab row keeps its empty cells in their columns; a row spaced apart has none to keep)
    cells = [(line, _row_cells(line.text)) for line in lines]
    cells = [(line, row) for line, row in cells if any(row)]
    at = next(
        (n for n, (_, row) in enumerate(cells) if len(row) >= 2 and P.COLUMN_ROLES.get(fold(row[0])) == "number"), None
    )
    if at is None:
        return [], set()
    roles = [P.COLUMN_ROLES.get(fold(name), "") for name in cells[at][1][1:]]
    if not roles or any(r not in ("lead", "partners", "departments", "due") for r in roles):
        return [], set()  # (a task column, or one no vocabulary knows: no table of units alone)
    rows = cells[at + 1 :]
    if not rows or any(not _ROW_NUMBERS.fullmatch(fold(row[0])) or len(row) - 1 > len(roles) for _, row in rows):
        return [], set()
    if any(len(row) - 1 < len(roles) and "\t" not in line.text for line, row in rows):
        return [], set()  # (a spaced row short of a cell: which column it lost is not known)
    given: list[tuple[SourceLine, list[Node], Assignment]] = []
    for line, row in rows:
        assignment = Assignment()
        for role, cell in zip(roles, row[1:], strict=False):
            assignment.add(role, cell)
        found = [_block_numbered(body.parts, n, ("item", "clause")) for n in _numbers(fold(row[0])) or [0]]
        if not assignment.departments or any(len(b) != 1 or not _without_units(b[0]) for b in found):
            return [], set()
        given.append((line, [b[0] for b in found], assignment))
    out: list[Warning] = []
    for line, blocks, assignment in given:
        for block in blocks:
            give_roles(block, assignment)
        at_lines = ", ".join(str(block.line.number) for block in blocks)
        message = (
            f"row {line.text.split()[0]} of an annex table of task numbers and units: given to the blocks at {at_lines}"
        )
        out.append(Warning("units-by-number-given", line.number, message))
    titles = {line.number for line, row in cells[:at] if len(row) == 1 and len(row[0]) <= 30 and "。" not in row[0]}
    return out, titles | {line.number for line, _ in cells[at:]}
