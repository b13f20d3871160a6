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

import re
from dataclasses import replace

from .. import patterns as P
from ..decode import fold
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
    found += [(line, (0, len(line.folded))) for line in body.units_for_all]
    out: list[Warning] = []
    for line, (start, end) in found:
        sentence, folded = line.text[start:end].strip(), line.folded[start:end].strip()
        if note := P.NOTES_START.match(folded):  # 注：表中未列责任单位的任务，由…负责: the note's words
            sentence, folded = sentence[note.start("rest") :].strip(), note["rest"].strip()
        match = P.UNITS_FOR_ALL.match(folded) if "由" in folded or "为" in folded else None
        if match is None or not (match["scope"] or match["except"]):
            continue
        roles = sentence[match.start("roles") : match.end("roles")]
        # 均由市统计局牵头，括号内所列单位为配合单位: the lead is the sentence's; the units of a block's bracket
        # that names them without a role are its partners
        bracketed = P.BRACKET_PARTNERS.search(fold(roles)) if "括号" in roles else None
        if bracketed is not None:
            roles = roles[: bracketed.start()]
        assignment = parse_annotation(_roles_written(roles), strict=True)
        shown = sentence[:60]
        if assignment is None:
            out.append(
                Warning("units-for-all", line.number, f"a sentence giving units to every task, not read: {shown}")
            )
            continue
        before = match["scope"] is not None and match["scope"].startswith(("以上", "上述"))
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
                        match["except"] is None and _lead_added(node, assignment)
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
    (二、责任分工 / 二、其他 with nothing under it but the sentence): no task of its own to give roles to."""
    before = [n for n in preorder(parts) if n.line.number < number]
    if not before:
        return None
    block = before[-1]
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
    blocks naming no unit)."""
    shares = node_shares(node)[0]
    if not assignment.lead or assignment.responsible or not shares:
        return False
    if any(s.assignment.lead or s.assignment.responsible or not s.assignment.partners for s in shares):
        return False
    for share in shares:
        share.assignment.lead = list(assignment.lead)
        share.assignment.order = [*assignment.lead, *share.assignment.order]
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


_SENTENCE = re.compile(r"[^。]+。?")


def _sentences_with_by(folded: str) -> list[tuple[int, int]]:
    """Where each sentence of a line that holds 由 starts and ends (任务由县水务局牵头。), in line order; the
    other sentences are left out (the folded text keeps the line's offsets)."""
    return [m.span() for m in _SENTENCE.finditer(folded) if "由" in m.group()]


def give_units_by_number(body: Body) -> list[Warning]:
    """The roles a 责任分工 paragraph gives the blocks it numbers (第1-3项由市数据局牵头，…；第4项由…), given to those
    blocks that name no unit of their own; each clause read on its own, a warning for each clause that cannot
    be given whole. A numbered line of the division (1.第（一）至（三）项：A牵头，B配合。) is no task of its own."""
    out: list[Warning] = []
    divisions = [
        (node, number, text)
        for node in preorder(body.parts)
        for number, text in zip(
            [node.line.number, *node.paragraph_lines], [_division_text(node), *node.paragraphs], strict=True
        )
        if ("项" in text or "部分" in text or "条" in text) and ("由" in text or ":" in fold(text))
    ]
    lines = {id(node) for node, number, text in divisions if number == node.line.number and _numbered_clauses(text)[0]}
    out.extend(_units_first(body, divisions, lines))
    for node, number, text in divisions:
        clauses, rest, unread = _numbered_clauses(text)
        if not clauses:
            continue
        own: list[int] = []
        read, given, named, kind = 0, [], set(), None
        for numbers, roles, written, each in clauses:
            assignment = parse_annotation(_roles_written(roles), strict=True)
            kinds = ("item", "clause") if re.match(r"[\d\s]", numbers_written(written)) else ("clause", "item")
            targets = [[b for b in _block_numbered(body.parts, n, kinds) if id(b) not in lines] for n in numbers]
            if assignment is None or numbers == [] or any(len(t) != 1 for t in targets):
                why = "its roles cannot be read" if assignment is None else "its numbers name no one block each"
                out.append(Warning("units-by-number", number, f"{written[:40]}: {why}"))
                continue
            shares = _each(assignment, len(numbers)) if each else [assignment] * len(numbers)
            if shares is None:
                out.append(Warning("units-by-number", number, f"{written[:40]}: its units are not one for each number"))
                continue
            for (block,), share in zip(targets, shares, strict=True):
                named.add(id(block))
                kind = block.kind
                if _without_units(block):
                    given.append(block.line.number)
                    give_roles(block, share, fill_only=True)
                else:
                    own.append(block.line.number)
            read += 1
        if rest is not None and kind is not None:  # 其余工作由X统筹: the blocks of that kind no clause named
            others = parse_annotation(_roles_written(rest), strict=True)
            for block in preorder(body.parts) if others is not None else []:
                if block.kind != kind or id(block) in named or id(block) in lines or block.line.number > number:
                    continue
                if others is not None and not block.children and _without_units(block):
                    given.append(block.line.number)
                    give_roles(block, others, fill_only=True)
        for piece in unread:
            out.append(Warning("units-by-number", number, f"{piece[:40]}: not read as roles by number"))
        if read and not node.children:
            node.shares = ([], [])  # 1.第（一）至（三）项：A牵头，… or 二、责任分工 ⏎ 第1-3项…: the division, no task
        if read == len(clauses) and not unread:  # every role in it went to a task: no role left unread
            body.warnings[:] = [w for w in body.warnings if not (w.line == number and w.code == "role-not-read")]
        if given or own:
            where = (
                f"given to the blocks at lines {', '.join(map(str, sorted(set(given))))}"
                if given
                else "given to no block"
            )
            if own:  # a block it numbers names units of its own: those are kept, the paragraph's not given
                kept = f"; the blocks at lines {', '.join(map(str, own))} keep their own units"
                out.append(Warning("units-by-number", number, f"{text.strip()[:40]}: {where}{kept}"))
            else:  # every clause read, every block it numbers given its roles: a correct read, told as info
                code = "units-by-number-given" if read == len(clauses) and not unread else "units-by-number"
                out.append(Warning(code, number, f"{text.strip()[:40]}: {where}"))
    return out


def _division_text(node: Node) -> str:
    """The text of a block's heading line as a division reads it: （一）至（三）项由… and （四）（五）项由… are read by the
    body as a clause numbered (一) and (四); their number goes back before the text."""
    if node.kind == "clause" and re.match(r"\s*(?:[至到、~—\-]|[(（]|第|项)", node.first):
        label = node.label if node.label[:1] in "(（" else f"（{node.label}）"
        return f"{label}{node.first}"
    return node.first


def _units_first(body: Body, divisions: list[tuple[Node, int, str]], lines: set[int]) -> list[Warning]:
    """县人社局：牵头第1、2、4、5项，配合第3项。 ⏎ 县财政局：牵头第3项，配合第1、5项。: a division written unit by unit; each
    block numbered takes its leads, partners and units responsible from every such line, when it names no unit of
    its own. Such a line is no task. A line whose numbers name no one block each is warned and gives nothing."""
    roles: dict[int, dict[str, list[str]]] = {}
    blocks: dict[int, Node] = {}
    out: list[Warning] = []
    for node, number, text in divisions:
        match = P.UNIT_THEN_NUMBERS.match(fold(text).strip(" 。"))
        if match is None:
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
        first = min(number for node, number, text in divisions if P.UNIT_THEN_NUMBERS.match(fold(text).strip(" 。")))
        out.append(Warning("units-by-number-given", first, f"a division written unit by unit: {where}"))
    return out


def numbers_written(clause: str) -> str:
    """The first number a clause of a division writes (after 第 and any words before it): 1 in 第1-3项, ( in
    第（一）项, 五 in 第五、六项."""
    folded = fold(clause)
    match = P.UNITS_BY_NUMBER.match(folded)
    return match["numbers"] if match else folded


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
        piece, raw = folded[start:end].strip(" 。;"), text[start:end].strip(" 。；;，,")
        if not piece:
            continue
        match = P.UNITS_BY_NUMBER.match(piece)
        if match is not None:
            roles = raw[match.start("roles") : match.end("roles")]
            out.append((_numbers(match["numbers"]), roles, raw, match["each"] is not None))
        elif (others := P.UNITS_FOR_THE_REST.match(piece)) is not None:
            rest = raw[others.start("roles") : others.end("roles")]
        elif "由" in piece or P.UNIT_ROLE_IN_PROSE.search(piece):
            unread.append(raw)
    return out, rest, (unread if out else [])


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


def _block_numbered(parts: list[Node], number: int, kinds: tuple[str, str]) -> list[Node]:
    """The items numbered so, else the clauses (the clauses first for a number written (三) or 三); a block with
    points under it gives them its roles."""
    for kind in kinds:
        found = [n for n in preorder(parts) if n.kind == kind and n.number == number]
        if found:
            return found
    return []
