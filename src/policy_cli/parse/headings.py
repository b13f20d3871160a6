"""Roles stated in a heading for the blocks under it: 一、完善基础设施（县文旅局牵头） then 1.… 2.…

Such a heading is not a task of its own: its items are. An item with no assignment of its own takes
the heading's; an item whose own assignment names no lead takes the heading's lead before its units,
and the heading's partners when it names none of its own (a heading's overall lead, 总牵头, goes only to the
items naming no unit). A unit of the heading that no item takes (every
item names its own lead) is warned, never dropped silently.
"""

from __future__ import annotations

from copy import deepcopy

from .. import patterns as P
from ..decode import fold
from ..departments import has_ending, split_units
from ..models import Warning
from ..regex_engine import compile_regex
from ..registry import bundled_name
from .body import Node, labels_time_and_leaders
from .deadlines import resolve
from .inline import Share, find_annotations, node_shares, roles_sentence
from .roles import Assignment, deadline_in_prose


def inherit_heading_roles(parts: list[Node], warned: list[Warning] | None = None) -> list[Warning]:
    """Move the roles of every heading-only block with numbered blocks under it onto those blocks; a
    warning for each heading whose units no block took. A block taking them takes its own labelled deadline
    and leaders too (完成时限：年底前 under an item naming no unit): their label-without-unit warnings, in
    warned, are dropped."""
    out: list[Warning] = []
    taken: set[int] = set()  # the lines of labels a block took with its heading's roles
    stack = list(parts)
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        if not node.children:
            continue
        shares, warnings = node_shares(node)
        if len(shares) == 1 and (
            (node.paragraphs and roles_sentence(node.paragraphs[0])) or _BELOW_BY.search(node.first_folded)
        ):
            # 一、治理源头污染 ⏎ 由市农业农村局承办，市市场监管局协办。 ⏎ 工作目标：… ⏎ （一）…: the sentence under the
            # heading gives its roles to the part's blocks that name no unit; a block's own roles stay its own
            node.shares = ([], warnings)
            for child in node.children:
                give_roles(child, shares[0].assignment, fill_only=True, taken=taken)
            continue
        if len(shares) != 1 or (
            not _closed_by_roles(node)
            and not _title_then_roles(node)
            and (node.paragraphs or "。" in shares[0].text.rstrip("。 "))
        ):
            continue  # a block with text of its own: its roles are its own
        heading = shares[0].assignment
        if heading.due is None and (due := deadline_in_prose(shares[0].text)):
            # 1.建设渔港2个，2025年底前完成。（A牵头，B配合） ⏎ （1）…（2）…: the heading's deadline is its points'
            heading = deepcopy(heading)
            heading.due = due
        reached: set[str] = set()
        # 一、加快重大项目建设（省发展改革委总牵头）: the part's overall lead, for its items naming no unit; an
        # item naming its own units keeps them as they are
        overall = any("总牵头" in fold(raw) for raw in heading.raw)
        for child in node.children:
            give_roles(child, heading, fill_only=overall, reached=reached, taken=taken)
        unused = [u for u in (*heading.lead, *heading.partners, *heading.responsible) if u not in reached]
        if unused:
            message = f"the heading's units reach none of its items, each naming its own: {'、'.join(unused)}"
            out.append(Warning("heading-roles-unused", node.line.number, message))
        node.shares = ([], warnings)
    if warned is not None and taken:
        warned[:] = [w for w in warned if not (w.code == "label-without-unit" and w.line in taken)]
    return sorted(out, key=lambda w: w.line)


_POINT_KINDS = ("item", "subitem", "point")
# a heading's sentence giving the items under it their roles (folded): 以下任务由区民政局牵头，…   以下各项工作均由…
_BELOW_BY = compile_regex(
    r"(?:^|[。;,])\s*以下(?:各项|\d+项|[一二三四五六七八九十两]项)?(?:工作|任务|措施|事项)?(?:均|统一)?由"
)


def close_points_by_roles(parts: list[Node], warned: list[Warning] | None = None) -> None:
    """（三）建设中试基地。 ⏎ 1.…出台认定办法。 ⏎ 2.…认定基地5家。 ⏎ （牵头单位：A；配合单位：B）: an annotation alone
    on the line after a block's last numbered point (or its labelled lines there), where neither the block nor any
    point before names a unit, closes the block: every point takes its roles, each keeping the deadline its own
    text states. A last point closed by a bracket of its own keeps its units (see _points_take_the_block_bracket); the
    units-not-read warning of its bracket is taken out of warned."""
    stack = list(parts)
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        points = node.children
        if len(points) < 2 or any(not _point_like(p) or p.children for p in points):
            continue
        last = points[-1]
        # (the last point may run over a line break before it: 2.开展…全覆盖， ⏎ 年底前完成。 ⏎ （责任单位：…）)
        bracket = (
            bool(last.paragraphs)
            and not last.labels
            and _roles_alone(last.paragraphs[-1])
            and all(_wrapped(piece) for piece in [last.first, *last.paragraphs[:-1]][:-1])
        )
        # …2.年底前认定基地5家。 ⏎ 牵头单位：A ⏎ 配合单位：B: labelled lines under the last point, the same way
        # (a sentence counting the items it gives units to, 此1项指标的责任单位为…, says which items itself)
        labelled = (
            not last.paragraphs
            and bool(last.labels)
            and last.labels[0][2].number > last.line.number
            and all(P.ROLE_LABEL.match(line.folded) or P.LABEL_ALONE.match(line.folded) for *_, line in last.labels)
        )
        if not (bracket or labelled):
            continue
        shares, _warnings = node_shares(last)
        if bracket and _points_take_the_block_bracket(node, points, _warnings):
            if warned is not None:
                at = {last.line.number, *last.paragraph_lines}
                warned[:] = [w for w in warned if not (w.code == "units-not-read" and w.line in at)]
            continue
        if node_shares(node)[0] or any(node_shares(p)[0] or p.labels for p in points[:-1]):
            continue
        if len(shares) != 1 or find_annotations(last.first):
            continue
        for point in points[:-1]:
            give_roles(point, shares[0].assignment)
        if deadline_in_prose(shares[0].text):
            shares[0].assignment.due = None  # the last point's own deadline, read from its text


def _point_like(node: Node) -> bool:
    """A numbered point: an item, sub-item or point, or a clause numbered 1. as an item is, its level moved up under
    a part that opens with no 一、 (问题一：… ⏎ 1.… ⏎ 2.… ⏎ 牵头单位：…)."""
    return node.kind in _POINT_KINDS or (node.kind == "clause" and fold(node.label)[:1].isdigit())


def _points_take_the_block_bracket(node: Node, points: list[Node], warnings: list[Warning]) -> bool:
    """（二）… ⏎ 1.开展入户走访； ⏎ 2.推动清单管理（区委政法委、区委社会工作部）。 ⏎ （各街道负责，长期坚持）: the last point
    closed by a bracket of its own, then the block's annotation alone on its line: the point keeps its own units
    (its bracket no part of its text), and each point naming none takes the block's roles; a point with no
    deadline of its own takes the block's. The block's roles are read from its bracket alone, not merged with the
    last point's (…2.实行全程代办。（县政务服务中心，长期） ⏎ （县发改局牵头）: 1. takes 县发改局 alone, no deadline).
    False where the last point's line carries no annotation of its own."""
    last = points[-1]
    own = find_annotations(last.first)
    if not own or own[-1].in_text or node_shares(node)[0] or any(p.labels for p in points):
        return False
    block = find_annotations(last.paragraphs[-1])
    if len(block) != 1:
        return False
    closing = block[0]
    mine = own[-1].assignment
    text = (last.first[: own[-1].start] + last.first[own[-1].end :]).strip()
    if mine.due is None and not deadline_in_prose(text):
        mine.due = closing.assignment.due
    kept = [w for w in warnings if w.code != "units-not-read"]  # (the point's own bracket: read now)
    last.shares = ([Share(text, last.line.number, mine)], kept)
    for point in points[:-1]:
        give_roles(point, closing.assignment, fill_only=True)
    return True


def _wrapped(line: str) -> bool:
    """A line that stops inside its sentence (no 。, ；, ！ or ？ closes it): the next line goes on with it."""
    return line.rstrip()[-1:] not in ("。", "；", ";", "！", "？", "）", ")")


def _roles_alone(paragraph: str) -> bool:
    """A paragraph that is one bracket of roles and nothing else (a full stop may close it)."""
    text = paragraph.strip().rstrip("。")
    found = find_annotations(text)
    return len(found) == 1 and found[0].start == 0 and not text[found[0].end :].strip()


def _title_then_roles(node: Node) -> bool:
    """（二）完善养老服务网络 ⏎ （州民政局牵头，州住建局配合）: a heading line of a title alone, its roles alone on the
    line under it (the page broke the line before the bracket): the heading's roles, for its numbered blocks."""
    return (
        len(node.paragraphs) == 1
        and "。" not in node.first.strip().rstrip("。")
        and not find_annotations(node.first)
        and _roles_alone(node.paragraphs[0])
    )


def _closed_by_roles(node: Node) -> bool:
    """一、强化科技创新（县科技局牵头） ⏎ 以…为牵引，加快… ⏎ （一）…: a heading line of a title alone closed by
    its roles, over an opening paragraph that names no roles: the roles are the heading's, for its numbered
    blocks; the paragraph frames them."""
    found = find_annotations(node.first)
    if len(found) != 1 or node.first[found[0].end :].strip(" 。") or "。" in node.first[: found[0].start]:
        return False
    return bool(node.paragraphs) and not any(find_annotations(p) for p in node.paragraphs)


def _window(node: Node, written: str) -> bool:
    """Whether a time the block's text names is the window of a campaign, followed by how often the work is done
    in it (6月至8月每周举办线上专场): when the work happens, no deadline."""
    at = node.text.find(written)
    return at >= 0 and P.CAMPAIGN_CADENCE.match(fold(node.text[at + len(written) :])) is not None


def give_roles(
    node: Node,
    heading: Assignment,
    *,
    fill_only: bool = False,
    reached: set[str] | None = None,
    own_due: bool = False,
    taken: set[int] | None = None,
) -> None:
    """Give a heading's (or a sentence's) roles to a block: a block naming no unit takes them, keeping a deadline
    its own text states; with fill_only, a block naming units keeps its own, else it takes the lead it lacks,
    and the heading's partners when it names none. reached collects the heading's units a block took. own_due:
    the roles' deadline is the block's own (a division naming it by number, 第8项由…牵头，长期坚持), as an
    annotation's is: it wins over a time the block's text names that is no date (an event, 汛前, or a cadence).
    A block naming no unit under labels of its own that name none (完成时限：年底前, 牵头领导：…) takes their
    deadline, before its text's, and leaders; taken collects those labels' lines."""
    reached = set() if reached is None else reached
    shares, warnings = node_shares(node)
    if not shares:
        if node.children:  # a heading of its own under the heading: its blocks take the roles
            for child in node.children:
                give_roles(child, heading, fill_only=fill_only, reached=reached, own_due=own_due, taken=taken)
            return
        reached.update(heading.order or (*heading.lead, *heading.partners, *heading.responsible))
        assignment = deepcopy(heading)
        if not heading.lead and heading.responsible and not heading.partners:
            _joined_partners(node.text, assignment)
            if assignment.responsible and not assignment.lead:
                _assisting_duty(node.text, assignment)
        if (written := deadline_in_prose(node.text)) and not (
            own_due
            and assignment.due
            and (resolve(written, 2000).kind not in ("date", "range") or _window(node, written))
        ):  # (the block's own date wins over a division's; an event or cadence, 汛前开展检查, does not, nor a
            # campaign's months with how often it acts then, 6月至8月每周举办)
            assignment.due = None  # the block's own deadline, read from its text
        _take_own_labels(node, assignment, taken)
        node.shares = ([Share(node.text, node.line.number, assignment)], warnings)
        return
    if fill_only:
        reached.update(u for share in shares for u in heading.order if u in share.assignment.order)
        return
    for share in shares:
        own = share.assignment
        if own.due is None and heading.due and not deadline_in_prose(share.text):
            own.due = heading.due  # a block with no deadline of its own takes the heading's
        if not own.lead and not heading.lead and heading.responsible and own.partners and not own.responsible:
            # （一）市农业农村局 ⏎ 2.推行合格证制度。（配合：市市场监管局）: the heading's units, which others
            # assist, lead
            own.lead[:] = list(heading.responsible)
            own.order[:] = [*heading.responsible, *(u for u in own.order if u not in heading.responsible)]
            reached.update(heading.responsible)
            continue
        if own.lead or not heading.lead or _states_its_own(own) or _starred(own):
            reached.update(u for u in heading.order if u in own.order)
            continue
        own.lead[:] = list(heading.lead)
        own.order[:] = [*heading.lead, *(u for u in own.order if u not in heading.lead)]
        reached.update(heading.lead)
        if not own.partners:  # （A牵头，B配合） ⏎ 2.…（责任单位：C）: B assists the lead A took
            partners = [u for u in heading.partners if u not in own.order]
            own.partners[:] = partners
            own.order.extend(partners)
            reached.update(heading.partners)


def _take_own_labels(node: Node, assignment: Assignment, taken: set[int] | None) -> None:
    """A block's labels that name no unit (its deadline, its leaders) are its own beside its heading's roles."""
    if not labels_time_and_leaders(node):
        return
    for label, value, line in node.labels:
        role = P.LABEL_ROLES[label]
        if role == "due" and value.strip():
            assignment.due = None  # (the labelled deadline wins over one the text names)
        assignment.add(role, value, line.text)
        if taken is not None:
            taken.add(line.number)


def _starred(own: Assignment) -> bool:
    """（县交通运输局牵头，县商务局配合） ⏎ 3.…（县农业农村局*、县商务局）: an item marking one of its units with a
    star names its own lead (read under the notice's note on stars), so it keeps its own units as they are."""
    return any(P.STAR_MARK.search(fold(u)) for u in own.order if any(c in u for c in P.STARS))


def _states_its_own(own: Assignment) -> bool:
    """（区教育局牵头，区财政局配合） ⏎ 3.规范民办幼儿园收费。（区市场监管局负责）: an item making units responsible with
    its own 负责 (not a 责任单位 label) keeps the work to them, whatever the heading names (（区住建局负责）, a
    heading partner, or the heading's lead, （区教育局负责）): the item's own annotation replaces the heading's."""
    return bool(own.responsible) and not own.partners and all(fold(r).rstrip(" 。").endswith("负责") for r in own.raw)


_LEVEL_OPENERS = "省市州盟县区旗镇乡街各"  # (a name written with its level or for each place)
# words joining two names in one (县市场监管局并县公安局): a name holding one is two run together
_NAMES_JOINED_BY = ("并", "及", "或")


def _joined_partners(text: str, assignment: Assignment) -> None:
    """一、市城市管理局 ⏎ 3.会同市住房城乡建设局开展… (or 3.牵头建立…，会同…): the heading's units, the duty's
    subject, lead; the units after 会同 are partners. Left as it is when a name after 会同 is not a unit's."""
    if not text.startswith(("会同", "牵头")):
        _partners_with(text, assignment)
        return
    found = P.DUTY_JOINED.match(fold(text))
    if found is None:
        return
    names = split_units(text[found.start("units") : found.end("units")])
    if not names or not all(has_ending(n) for n in names):
        return
    # 牵头…，会同相关单位, 配合上述单位…: a reference names no partner (as 由X牵头，相关部门配合 names none); a
    # duty opening 会同 is read as it always was
    if not text.startswith("会同"):
        names = tuple(n for n in names if not P.UNIT_REFERENCE.search(fold(n)))
    if not names:
        return
    assignment.lead[:] = list(assignment.responsible)
    assignment.responsible.clear()
    assignment.add("partners", "、".join(names), text[: found.end()])


def _assisting_duty(text: str, assignment: Assignment) -> None:
    """（五）南庄镇、各街道办事处 ⏎ 2.配合区体育局做好… (P.DUTY_ASSISTS): the units the heading's units assist
    lead, the heading's units are partners (配合做好…, naming no one, leaves them responsible). Left as it is when
    a name after 配合 is not a unit's, or is the heading's own."""
    found = P.DUTY_ASSISTS.search(fold(text))
    if found is None:
        return
    names = split_units(text[found.start("units") : found.end("units")])
    if not names or not all(has_ending(n) and not P.UNIT_REFERENCE.search(fold(n)) for n in names):
        return
    if set(names) & set(assignment.responsible):
        return
    heading = list(assignment.responsible)
    assignment.responsible.clear()
    assignment.order.clear()
    assignment.add("lead", "、".join(names), text[found.start("units") : found.end("units")])
    assignment.add("partners", "、".join(heading))


def _partners_with(text: str, assignment: Assignment) -> None:
    """五、县教育局 ⏎ 8.落实…，与县市场监管局共同开展…: the heading's units, the duty's subject, lead; the units it
    works with (P.DUTY_WITH) are partners. Left as it is when a name there is not a unit's or is a reference."""
    if "与" not in text or assignment.partners or len(assignment.responsible) != 1:
        return  # (a heading listing several units, 三、…（责任单位：县教育局、县市场监管局）, is no unit's heading)
    worked_with = _worked_with(text, assignment.responsible)
    if worked_with is None:
        return
    assignment.lead[:] = list(assignment.responsible)
    assignment.responsible.clear()
    assignment.add("partners", *worked_with)


def _worked_with(text: str, heading: list[str]) -> tuple[str, str] | None:
    """The units a duty under a unit's heading works with (与Y共同…, P.DUTY_WITH), joined, and the words naming
    them; None where a name there is not a unit's, is a reference, is the heading's own unit, is no unit to
    place, or runs two names together (与县市场监管局并县公安局联合…: no name holds 并, 及 or 或)."""
    found = P.DUTY_WITH.search(fold(text))
    if found is None:
        return None
    names = split_units(text[found.start("units") : found.end("units")])
    if not names or not all(has_ending(n) and not P.UNIT_REFERENCE.search(fold(n)) for n in names):
        return None
    if any(joiner in name for name in names for joiner in _NAMES_JOINED_BY):
        return None
    if set(names) & set(heading):
        return None  # (与县市场监管局共同… under that unit's own heading: no partner of itself)
    if not all(bundled_name(n) or fold(n)[:1] in _LEVEL_OPENERS for n in names):
        return None  # (与家长委员会共同开展陪餐: a body no registry knows, no level written, is no unit to place)
    return "、".join(names), text[found.start("units") - 1 : found.end()]


def period_deadlines(parts: list[Node]) -> None:
    """A plan grouped by period (一、第一季度 ⏎ 1.… 2.…; 三、7—9月; 1月：…（县河长办）): the period a heading names
    alone, the time in a bracket closing a heading (一、政务服务提质（2025年6月底前完成）, （长期坚持）), or the month a
    month's line opens with, is the deadline of each task under it that names none of its own (in its annotation
    or its text)."""
    stack: list[tuple[Node, str | None]] = [(part, None) for part in parts]
    while stack:
        node, period = stack.pop()
        named = P.PERIOD_HEADING.match(fold(node.title)) if node.children else None
        month = P.MONTH_ENTRY.match(node.line.folded) if node.label.endswith(("月", "份", "旬", "底", "前")) else None
        if named:
            period = node.title[named.start("period") : named.end("period")]
        elif node.children and (dated := _heading_due(node.title)):
            period = dated  # 一、政务服务提质（2025年6月底前完成）: the time of the work under it
        elif node.children and (dated := _labelled_due(node)):
            period = (
                dated  # （二）推进数据共享 ⏎ 时间节点：2024年12月底前 ⏎ 3.…: the heading's own label, for its items
            )
        elif node.period:  # 5—6月：…, 【1月】…, 一季度：… (see body.period_groups)
            period = node.period
        elif month:
            period = node.label
        if node.children:
            stack.extend((child, period) for child in node.children)
            continue
        if period is None:
            continue
        for share in node_shares(node)[0]:
            if share.assignment.due is None and not _dated_in_prose(share.text, bool(node.period)):
                share.assignment.due = period


def _labelled_due(node: Node) -> str | None:
    """The deadline a heading's own label gives the blocks under it (时间节点：2024年12月底前 right under the heading),
    where its labels name a deadline alone; else None."""
    if not node.labels or any(P.LABEL_ROLES[label] != "due" for label, _, _ in node.labels):
        return None
    value = node.labels[0][1].strip()
    return value if value and P.DEADLINE.fullmatch(fold(value)) else None


def _heading_due(title: str) -> str | None:
    """The time a heading's closing bracket gives the work under it (P.HEADING_DUE: 一、政务服务提质（2025年6月底前完成）
    -> 2025年6月底前, （长期坚持）), as written, when the bracket holds that time alone; else None."""
    folded = fold(title)
    found = P.HEADING_DUE.search(folded) if folded.endswith(")") else None
    if found is None or P.DEADLINE.fullmatch(found["period"]) is None:
        return None
    return title[found.start("period") : found.end("period")]


def _dated_in_prose(text: str, opened: bool) -> bool:
    """Whether a task's text names its own deadline. In a line that opens with its period (5—6月：开展汛前河道清障…)
    only a figure's date does (…，6月15日前完成): a season in the prose (汛前) is the work's, not its deadline."""
    found = deadline_in_prose(text)
    return found is not None and (not opened or any(c.isdigit() for c in fold(found)))
