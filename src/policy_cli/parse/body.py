"""The body: parts (一、), clauses ((一)), items (1.) and sub-items ((1)), with their paragraphs."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from .. import patterns as P
from ..decode import fold
from ..departments import has_ending, names_only
from ..models import Boilerplate, Warning
from ..numerals import cn_to_int, int_to_cn
from ..regex_engine import Match
from ..registry import bundled_name
from .deadlines import deadline_in_prose, deadline_piece
from .lines import SourceLine

if TYPE_CHECKING:
    from .inline import Share

LEVELS = ("part", "clause", "item", "subitem", "point")


@dataclass
class Node:
    """A numbered block of the body while it is being built."""

    kind: str  # part | clause | item | subitem | point
    number: int
    label: str  # the number as written, without the punctuation around it
    line: SourceLine
    first: str  # the heading line's text after the label
    paragraphs: list[str] = field(default_factory=list)
    paragraph_lines: list[int] = field(default_factory=list)  # the line number of each paragraph
    children: list[Node] = field(default_factory=list)
    labels: list[tuple[str, str, SourceLine]] = field(default_factory=list)  # 牵头单位: …
    shares: tuple[list[Share], list[Warning]] | None = None  # what inline.node_shares read here, once
    open_brackets: int = 0  # brackets its text opened and has not closed yet
    duty: bool = False  # one of several blocks beside each other that open with units and a colon: 区财政局：负责…
    unit_heading: bool = False  # one of several blocks beside each other headed by units alone: （一）区体育局
    beside_assigned: bool = False  # a block beside others whose own lines carry their roles
    unit_unread: str = ""  # the units opening an item with their duty, where no rule reads it (a lone one)
    in_support: bool = False  # a block of a part on the plan's support measures or requirements (保障措施)
    # a block of the plan's frame, measures or requirements (三、保障措施 and what is under it, 七、加强组织领导):
    # the prose forms of roles (inline._prose_forms) read no task there
    frame: bool = False
    # the period a block opens with instead of a number (一季度： over items, 1月：…（县河长办）): its deadline, and
    # no place in the numbering checks
    period: str = ""
    unnumbered: bool = False  # a block with no number over its labelled lines (◆ 开展…), numbered in order
    # fold(first), made once for the stages that read the heading line (and the text, where it is that line)
    first_folded: str = field(init=False)

    def __post_init__(self) -> None:
        # first is a piece of its line, whose folded copy is made already: folding maps each character to one,
        # so the same piece of line.folded is fold(first) (a long clause costs a scan, not a fold)
        at = self.line.text.find(self.first)
        self.first_folded = self.line.folded[at : at + len(self.first)] if at >= 0 else fold(self.first)

    def add_paragraph(self, line: SourceLine) -> None:
        self.paragraphs.append(line.text)
        self.paragraph_lines.append(line.number)
        self.open_brackets = _balance(line.folded, self.open_brackets)

    @property
    def title(self) -> str:
        cut = self.first.find("。")
        return (self.first[:cut] if cut >= 0 else self.first).strip()

    @property
    def text(self) -> str:
        return "\n".join([self.first, *self.paragraphs]).strip("\n")

    def folded(self, text: str) -> str:
        """fold(text) of this block's text (or its first line), taken from first_folded where it is that line."""
        return self.first_folded if text == self.first else fold(text)


@dataclass
class Body:
    parts: list[Node] = field(default_factory=list)
    closing: str | None = None
    signer: str | None = None
    signed: str | None = None
    boilerplate: list[Boilerplate] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    # lines giving every task without units of its own its roles (以上各项任务…均由X牵头): read in blanket.py
    units_for_all: list[SourceLine] = field(default_factory=list)
    # lines after a block's points giving them all one deadline (上述任务均须于2025年12月底前完成): read in blanket.py
    due_for_points: list[SourceLine] = field(default_factory=list)


# (kind, pattern, depth): the depth is the level in LEVELS the block takes in a notice with parts
_HEADINGS = (
    ("part", P.PART, 0),
    ("chapter", P.CHAPTER, 0),  # 第二章 in a 实施细则: a part
    ("article", P.ARTICLE, 1),  # 第四条: a clause under its chapter
    ("section", P.SECTION, 1),  # 第一节 in a 规划: a clause under its chapter (only in a notice with parts)
    ("task", P.TASK_LABEL, 1),  # 任务一: a clause
    ("clause", P.CLAUSE, 1),
    ("clause", P.CLAUSE_CHAR, 1),  # ㈢
    ("subitem", P.SUBITEM, 3),
    ("item", P.ITEM, 2),
    ("item", P.ITEM_CHAR, 2),  # ⒊
    ("point", P.POINT, 4),  # ①, 1）, a）: always the deepest level, whatever the notice's highest is
    ("point", P.DECIMAL_POINT, 4),  # 1.1, 2.3: numbered within their item, so never checked for gaps
)


# whether the notice being parsed numbers its articles in figures, in a run from 第1条 (set by parse_body)
_FIGURE_ARTICLES: ContextVar[bool] = ContextVar("_FIGURE_ARTICLES", default=False)


def figure_articles(lines: list[SourceLine]) -> bool:
    """Whether the lines number articles in figures at their starts as a run from 第1条 (第1条　… ⏎ 第2条　…), each
    next one the one after or a new run from 1: only then does 第3条　… open an article."""
    numbers = [int(m["num"]) for ln in lines if (m := P.ARTICLE.match(ln.folded)) and m["num"].isdigit()]
    return len(numbers) >= 2 and numbers[0] == 1 and all(b in (a + 1, 1) for a, b in pairwise(numbers))


def _article_read(match: Match | None) -> bool:
    """Whether an article's match counts: one in figures only in a notice of figure articles."""
    return match is not None and (not match["num"].isdigit() or _FIGURE_ARTICLES.get())


# whether the notice being parsed is one of rectification or supervision (set by parse_body)
_MATTERS: ContextVar[bool] = ContextVar("_MATTERS", default=False)


def _bracket_matter(folded: str) -> bool:
    """Whether a (folded) line is a finding or matter numbered in brackets (〔问题1〕, 〔事项2〕), not 〔任务二〕."""
    return folded.startswith("〔") and not folded.lstrip("〔 ").startswith("任务")


def _task_label_read(match: Match | None, folded: str) -> bool:
    """Whether a task label's match counts: one of a finding or matter in brackets only in a notice of
    rectification or supervision, and never a question (〔问题1〕消费券如何领取? ⏎ 答:… of a 政策解读)."""
    if match is None:
        return False
    return not _bracket_matter(folded) or (_MATTERS.get() and not P.QUESTION_END.search(folded))


def task_label_read(folded: str, lines: list[SourceLine]) -> bool:
    """Whether a (folded) line matching TASK_LABEL opens a task among these lines (see _task_label_read)."""
    return not _bracket_matter(folded) or (matters_notice(lines) and not P.QUESTION_END.search(folded))


def matters_notice(lines: list[SourceLine]) -> bool:
    """Whether the lines before the first finding in brackets speak of rectification or supervision."""
    for ln in lines:
        if _bracket_matter(ln.folded) and P.TASK_LABEL.match(ln.folded):
            return False
        if P.MATTERS_NOTICE.search(ln.folded):
            return True
    return False


def _heading(line: SourceLine, shift: int = 0) -> tuple[str, int, str, str] | None:
    """(kind, number, label, rest) when the line opens a numbered block.

    shift is 3 in a notice of sub-items alone ((1)) and 2 in a notice of items alone (1.), which are
    then its parts; it is 1 in a notice with no parts (no 一、 and no 第一章): its highest blocks
    (（一）, 第一条 or 任务一) are then its parts, and every level below moves up one.
    """
    for name, pattern, depth in _HEADINGS:
        match = pattern.match(line.folded)
        if match and name == "section" and shift:
            continue
        if match and name == "article" and not _article_read(match):
            continue
        if match and name == "task" and not _task_label_read(match, line.folded):
            continue
        if match:
            num = match["num"]
            number = _marker_number(num)
            rest = line.text[match.start("rest") :].strip().lstrip(_MARKS).lstrip()  # 1.★疏通…: the mark is no text
            label = line.text[: match.start("rest")].strip()
            if name == "part" and not _is_part_title(rest):
                return None
            return LEVELS[depth if name == "point" else max(0, depth - shift)], number, label, rest
    if line.bare_item and (bare := P.BARE_ITEM.match(line.folded)):  # 1科学评价…: cut so from a run-on line
        return LEVELS[max(0, 2 - shift)], int(bare["num"]), bare["num"], line.text[bare.start("rest") :]
    return None


def heading_kind(line: SourceLine) -> str | None:
    """The level a line opens a block at, read as in a notice with parts (part, clause, item, subitem, point)."""
    heading = _heading(line)
    return heading[0] if heading else None


_MARKS = "★☆▲△●○◆◇■□"

_CIRCLED = ((0x2460, 0x2473), (0x2474, 0x2487), (0x2488, 0x249B), (0x2776, 0x277F), (0x3220, 0x3229))
# ①-⑳, ⑴-⒇, ⒈-⒛, ❶-❿, ㈠-㈩


def _labelled_block_opening(lines: list[SourceLine], at: int, stack: list[Node]) -> str | None:
    """The text of a line that opens a block with no number over its labelled lines (a body with no numbering):
    a line opening with a bullet (◆, ●, ■…), always, or a paragraph where no block is open yet or the open one
    has its labels already, with a role label among the next few lines before the next bullet. Else None."""
    line = lines[at]
    folded = line.folded.strip()
    bullet = P.BLOCK_BULLET.match(folded)
    if bullet:
        folded = folded[bullet.end() :]  # ● 责任单位：…: a label, bulleted
    if not folded or P.ROLE_LABEL.match(folded) or P.LABEL_ALONE.match(folded) or P.LEADER_LABEL.match(folded):
        return None
    rest = line.text.strip()[bullet.end() :] if bullet else line.text.strip()
    if not P.HAN_START.match(rest):
        return None
    if bullet is not None:
        open_mark = stack[-1].label if stack and stack[-1].unnumbered else ""
        if open_mark and open_mark != bullet.group().strip():
            return (
                None  # ◆ 开展…检查 ⏎ ● 建立台账 ⏎ ● 督促整改 ⏎ 责任科室：…: another mark is a measure of the open block
            )
        # every line bulleted as the blocks are opens its own block, labelled or not: a block with no labels of its
        # own is kept (and warned as a block naming no unit), never read as more text of the block above or below
        return rest
    if stack and not stack[-1].labels:
        return None
    for ln in lines[at + 1 : at + 5]:
        if P.BLOCK_BULLET.match(ln.folded.strip()):
            return None
        if _labelled_line(ln.folded):
            return rest
    return None


def _labelled_line(folded: str) -> bool:
    """A line of a block's labels: a role label with its value, or a label alone over its units."""
    return bool(P.ROLE_LABEL.match(folded) or P.LABEL_ALONE.match(folded))


def _wrapped_value(line: SourceLine, nxt: SourceLine | None, shift: int) -> SourceLine | None:
    """A labelled line whose last unit a page's line break cut (协办单位：…、园区党工 / 委、各街道党工委): the two
    lines as one, when the cut piece ends as no unit does, the next line's first piece (a few characters) ends
    it as one does, and the rest of that line is units."""
    if (
        nxt is None
        or _heading(nxt, shift) is not None
        or P.ROLE_LABEL.match(nxt.folded)
        or P.LABEL_ALONE.match(nxt.folded)
    ):
        return None
    tail = re.split(r"[、,;:]", line.folded.rstrip())[-1].strip()
    pieces = re.split(r"[、,;]", nxt.folded.strip().rstrip("。"))
    if not tail or len(pieces[0]) > 4 or not has_ending(tail + pieces[0]):
        return None
    if has_ending(tail) and (bundled_name(tail) or not bundled_name(tail + pieces[0])):
        return None  # (州人力资源社会 / 保障局: a known name the break cut after an ending's characters)
    if not all(has_ending(piece.strip()) for piece in pieces[1:]):
        return None
    text = line.text.rstrip() + nxt.text.strip()
    return SourceLine(line.number, text, fold(text))


def _marker_number(num: str) -> int:
    """The number a heading's marker stands for: 12, 三, ③ or ⑶ (3), c (3)."""
    if len(num) == 1:
        code = ord(num)
        for first, last in _CIRCLED:
            if first <= code <= last:
                return code - first + 1
        if "a" <= num <= "z":
            return code - ord("a") + 1
    return int(num) if num.isascii() and num.isdigit() else cn_to_int(num)


def has_parts(lines: list[SourceLine]) -> bool:
    """Whether the body has parts: 一、 headings or chapters 第一章, or periods heading its groups (see
    period_groups)."""
    for line in lines:
        part = P.PART.match(line.folded)
        if (part and _is_part_title(part["rest"])) or P.CHAPTER.match(line.folded):
            return True
    return period_groups(lines) is not None or unit_groups(lines) is not None


def unit_groups(lines: list[SourceLine], begin: int = 0) -> int | None:
    """Where a body with no numbered parts, grouped by the units that carry its tasks, starts: at the first of two
    or more lines that each name units alone over numbered blocks (区教育局： ⏎ 1.… ⏎ 区卫生健康局： ⏎ 3.…), with no
    numbered block before it and no part 一、 after it."""
    found: list[int] = []
    for i in range(begin, len(lines)):
        folded = lines[i].folded
        if not folded.strip():
            continue
        if P.PART.match(folded):
            return None
        if _units_alone(lines, i):
            found.append(i)
        elif not found and P.NUMBERED_LINE.match(folded):
            return None
    return found[0] if len(found) >= 2 else None


def period_groups(lines: list[SourceLine], begin: int = 0) -> int | None:
    """Where a body with no numbered parts, grouped by period, starts: at the first of two or more lines that
    each name a period alone over a numbered block (一季度： ⏎ 1.…；第一季度；1—3月： ⏎ （1）…) or open with a
    period and its work (【1月】…（普法股）；一季度：…（市营商办）；…), with no numbered block before it."""
    found: list[int] = []
    for i in range(begin, len(lines)):
        folded = lines[i].folded
        if not folded.strip():
            continue
        if _period_alone(lines, i) or P.MONTH_ENTRY.match(folded):
            found.append(i)
        elif not found and P.NUMBERED_LINE.match(folded):
            return None
    return found[0] if len(found) >= 2 else None


def _period_alone(lines: list[SourceLine], at: int) -> str:
    """The period a line names alone, with no number (一季度：, 第一季度, 1—3月), or a stage's time in brackets
    before its short title (第一阶段（2025年3月—5月）：摸底排查。), when a numbered block follows it (1.…, （1）…);
    else ""."""
    folded = lines[at].folded.strip()
    if not folded or P.NUMBERED_LINE.match(folded) or P.SUBITEM.match(folded):
        return ""
    named = P.PERIOD_HEADING.match(folded)
    if named is None and "段" in folded and P.STAGE_LINE.match(folded):
        # 第一阶段（2025年3月—5月）：摸底排查。 over numbered items: the stage's time heads them
        named = P.STAGE_TIME_AT_HEAD.match(folded)
        if named is None or not P.STAGE_HEADING_ALONE.match(folded[named.end() :]):
            named = P.STAGE_TITLE_THEN_TIME.match(folded)  # 第二阶段：集中整治（2025年6月—9月）
        if named is None:
            return ""
        start, end = named.start("time"), named.end("time")
        time = deadline_piece(folded[start:end].strip())
        if time is None or time.start("due") != 0 or time.end("due") != len(folded[start:end].strip()):
            return ""  # 第二阶段（全面铺开，集中攻坚）: no time in the bracket
    elif named is None:
        return ""
    else:
        start, end = named.start("period"), named.end("period")
    nxt = next((lines[k] for k in range(at + 1, len(lines)) if lines[k].folded.strip()), None)
    if nxt is None or not (P.NUMBERED_LINE.match(nxt.folded) or P.SUBITEM.match(nxt.folded)):
        return ""
    return lines[at].text.strip()[start:end]


def units_heading(line: SourceLine) -> str:
    """The units a line names alone before a colon, with no number (区发改局：, 县教育局、县财政局：), as written,
    also before the words naming their duties, left out (县民政局主要职责：); else "". A role label alone
    (牵头单位：) or a period (一季度：) is none."""
    folded = line.folded
    named = P.UNITS_ALONE_HEADING.match(folded)
    if named is None or P.LABEL_ALONE.match(folded.strip()) or P.PERIOD_HEADING.match(folded.strip()):
        return ""
    written = line.text.strip().rstrip("：:").strip()
    if not names_only(named["units"]):
        # 县民政局主要职责： ⏎ 1.负责…: the units' names before the words naming their duties
        duties = P.UNITS_DUTIES_WORDS.search(named["units"])
        if duties is None or not names_only(named["units"][: duties.start()]):
            return ""
        written = P.UNITS_DUTIES_WORDS.sub("", written)
    return written


def _units_alone(lines: list[SourceLine], at: int) -> str:
    """The units a line names alone before a colon (units_heading) when a numbered block follows it (1.…,
    （1）…); else ""."""
    written = units_heading(lines[at])
    if not written:
        return ""
    nxt = next((lines[k] for k in range(at + 1, len(lines)) if lines[k].folded.strip()), None)
    if nxt is None or not (P.NUMBERED_LINE.match(nxt.folded) or P.SUBITEM.match(nxt.folded)):
        return ""
    return written


def _has_higher_than_items(lines: list[SourceLine]) -> bool:
    """Whether a body without parts has blocks above items (（一）, 第一条, 任务一); a list of items
    1、 alone is read with its items as the highest blocks."""
    return any(
        P.CLAUSE.match(ln.folded)
        or P.CLAUSE_CHAR.match(ln.folded)
        or _article_read(P.ARTICLE.match(ln.folded))
        or _task_label_read(P.TASK_LABEL.match(ln.folded), ln.folded)
        for ln in lines
    )


def _has_items(lines: list[SourceLine]) -> bool:
    """Whether a body without parts or clauses has items 1、; a list of （1） alone has them as its parts."""
    return any(P.ITEM.match(ln.folded) or P.ITEM_CHAR.match(ln.folded) for ln in lines)


# an entry of a page's list of links under 相关链接： / 相关文件：, bulleted: · 某厅关于…的报告   • 2025年工作会议报告
_LINK_ENTRY = re.compile(r"^\s*[·•●▪◆・]\s*\S")


def parse_body(lines: list[SourceLine], cover: Sequence[SourceLine] = ()) -> Body:
    """The body's blocks and their tasks. cover: the lines before the body (its title and cover), which may say the
    notice is one of rectification or supervision (督办通知 over 【问题1】… opening the body)."""
    _FIGURE_ARTICLES.set(figure_articles(lines))
    _MATTERS.set(matters_notice([*cover, *lines]))
    body = Body()
    stack: list[Node] = []
    skip_next = 0  # lines already taken as a label's value
    shift = 0 if has_parts(lines) else 1 if _has_higher_than_items(lines) else 2 if _has_items(lines) else 3
    grouped = shift == 0 and period_groups(lines) is not None  # parts headed by periods, not numbers
    unit_grouped = shift == 0 and not grouped and unit_groups(lines) is not None  # parts headed by units alone
    below_sections = _articles_under_sections(lines) if shift == 0 else frozenset()
    annex_list = False  # in the list of annexes a 附件：1.… line opens
    documents: list[tuple[int, int]] = []  # (index in body.parts, index in lines) where another document starts
    links = False  # in the list of links a 相关链接： line opens
    for i, line in enumerate(lines):
        if skip_next:
            skip_next -= 1
            continue
        if stack and (split := _units_for_all_at_end(line)):  # …成立工作专班。各项任务除已明确责任单位外，均由X牵头。
            line, sentence = split
            body.units_for_all.append(sentence)
        folded = line.folded
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if body.parts and P.ANNEX_START.match(folded.strip()) and _document_head(lines, i + 1, shift):
            body.boilerplate.append(Boilerplate(line.number, "annex-marker", line.text))  # 附件2 before its plan
            continue
        if body.parts and P.ANNEX_START.match(folded.strip()) and _items_document(lines, i + 1, shift):
            # 附件2 ⏎ 2024年度民生实事责任分解 ⏎ 1.… (no parts of its own) after an annex written in parts: a part of
            # its own, headed by its title, never more text of the block above nor items of its last part
            body.boilerplate.append(Boilerplate(line.number, "annex-marker", line.text))
            title = lines[i + 1]
            body.parts.append(Node("part", body.parts[-1].number + 1, line.text.strip(), title, title.text.strip()))
            stack = [body.parts[-1]]
            skip_next = 1
            continue
        if body.parts and (head := _document_head(lines, i, shift)):
            # 某县防汛工作方案 ⏎ 一、…: the title of another document (a second plan, or the notice pasted again, its
            # cover too) over its first part: no text of the block above
            body.boilerplate.append(Boilerplate(line.number, "annex-heading", line.text))
            body.boilerplate += [Boilerplate(ln.number, "document-head", ln.text) for ln in lines[i + 1 : i + head]]
            documents.append((len(body.parts), i))
            stack = []
            skip_next = head - 1
            continue
        if annex_list and P.ANNEX_LIST_ITEM.match(folded):  # 附件：1.… ⏎ 2.重点项目清单: no item of the body
            body.boilerplate.append(Boilerplate(line.number, "link", line.text))
            continue
        if links and _LINK_ENTRY.match(folded):  # 相关文件： ⏎ · 某厅关于…的报告: the page's links, no paragraph
            body.boilerplate.append(Boilerplate(line.number, "link", line.text))
            continue
        links = folded.startswith("相") and P.RELATED_LINKS.match(folded) is not None
        annex_list = folded.lstrip().startswith("附") and bool(
            P.ANNEX_LINK.match(folded.lstrip()) and P.ANNEX_LIST_ITEM.match(folded.lstrip())
        )
        alone = P.LABEL_ALONE.match(folded)
        if alone and stack and nxt and _heading(nxt, shift) is None and not P.ROLE_LABEL.match(nxt.folded):
            # 牵头单位： on one line, the units on the next (and on, while the list ends in 、)
            value, skip_next = _value_goes_on(nxt.text, lines, i + 2, shift)
            if not skip_next and P.LABEL_ROLES.get(alone["label"]) in ("lead", "partners", "departments"):
                # 配合单位： ⏎ 县卫生健康局、县财政局， ⏎ 各乡（镇）人民政府: the list wrapped after a comma
                value, skip_next = _units_indented_under(value, lines, i + 2, shift)
            stack[-1].labels.append((alone["label"], value, line))
            skip_next += 1
            continue
        if shift == 3 and (rest := _labelled_block_opening(lines, i, stack)) is not None:
            # ◆ 开展…。 ⏎ 责任科室：… ⏎ 时间节点：…: a block with no number (a bullet, or none) over its labelled
            # lines, in a body with no numbering at all: numbered in order, as items 1、 alone are
            bullet = P.BLOCK_BULLET.match(folded.strip())
            node = Node("part", len(body.parts) + 1, bullet.group().strip() if bullet else "", line, rest)
            node.unnumbered = True
            body.parts.append(node)
            stack = [node]
            continue
        heading = _heading(line, shift)
        if heading and line.number in below_sections:  # 第一节 ⏎ 第一条: an item of its section
            heading = (LEVELS[2], *heading[1:])
        if heading:
            kind, number, label, rest = heading
            node = Node(kind, number, label, line, rest)
            node.open_brackets = _balance(line.folded, 0)
            if kind == "part":
                body.parts.append(node)
                stack = [node]
                continue
            if not stack and not body.parts and i == 0 and (lost := _lost_part(lines, shift)) is not None:
                # a page that starts inside the body: its first items belong to the part before the first one
                # shown, whose heading the page lost (read with no label and no title)
                body.parts.append(Node("part", lost, "", line, ""))
                stack = [body.parts[-1]]
            if not stack:
                body.warnings.append(Warning("orphan-block", line.number, f"{kind} before any part: {line.text[:30]}"))
                continue
            parent = _parent_for(stack, kind)
            parent.children.append(node)
            stack = [*stack[: stack.index(parent) + 1], node]
        elif grouped and (not stack or stack[0].period) and (grouping := _period_part(body, line, lines, i)):
            stack = [grouping]  # 一季度： ⏎ 1.…, or 【1月】…（普法股）: a part of a plan grouped by period
        elif shift == 0 and stack and (period := _period_alone(lines, i)) and _clauses_unnumbered(stack[0]):
            # 一、日常管护 ⏎ 3月： ⏎ 1.… ⏎ 2.…: the period heads the items under it, as a clause of the part
            node = Node("clause", len(stack[0].children) + 1, "", line, line.text.strip().rstrip("：:"), period=period)
            stack[0].children.append(node)
            stack = [stack[0], node]
        elif unit_grouped and (units := _units_alone(lines, i)):
            # 区教育局： ⏎ 1.… ⏎ 区卫生健康局： ⏎ 3.…: a part of a division grouped by the units carrying its tasks
            node = Node("part", len(body.parts) + 1, "", line, units)
            node.unnumbered = node.unit_heading = True
            body.parts.append(node)
            stack = [node]
        elif shift == 0 and stack and (units := _units_alone(lines, i)) and _clauses_unnumbered(stack[0]):
            # 一、经济发展类 ⏎ 区发改局： ⏎ 1.… ⏎ 2.…: the units head the items under it, as a clause of the part
            # headed by units alone (（一）区发改局), outside the numbering checks
            node = Node("clause", len(stack[0].children) + 1, "", line, units)
            node.unnumbered = node.unit_heading = True
            stack[0].children.append(node)
            stack = [stack[0], node]
        elif stack and stack[-1].open_brackets and P.ROLE_LABEL.match(folded):
            # （牵头单位：县水务局；⏎配合单位：县财政局）: the annotation goes on over the line break
            stack[-1].add_paragraph(line)
        elif (role := P.ROLE_LABEL.match(folded) or P.LABEL_ALONE.match(folded)) and not (
            P.DIVISION_LABEL_BY_NUMBER.match(folded)  # 责任分工：第1项由…: a division by number, read later
        ):
            if stack and "value" in role.groupdict() and (wrapped := _wrapped_value(line, nxt, shift)):
                line, skip_next = wrapped, True  # 协办单位：…、园区党工 / 委、各街道党工委: one line the page broke
            if stack:
                if "value" in role.groupdict():
                    stack[-1].labels.extend((lab, val, line) for lab, val in _labels_of(line, role.start()))
                    if stack[-1].labels and stack[-1].labels[-1][2] is line:  # 责任单位：县财政局、⏎县水务局
                        lab, val, _ = stack[-1].labels[-1]
                        val, skip_next = _value_goes_on(val, lines, i + 1, shift)
                        if (
                            not skip_next
                            and line is lines[i]
                            and P.LABEL_ROLES.get(lab) in ("lead", "partners", "departments")
                        ):  # 责任单位：区发展改革局、区财政局 ⏎ 　　　　　区金融服务中心
                            val, skip_next = _units_indented_under(val, lines, i + 1, shift)
                        stack[-1].labels[-1] = (lab, val, line)
                else:
                    stack[-1].labels.append((role["label"], "", line))
            else:
                body.warnings.append(
                    Warning("label-outside-block", line.number, f"labelled line before any part: {line.text}")
                )
        elif leader := P.LEADER_LABEL.match(folded):
            # 牵头州领导：副州长某某: people, never units (kept under the block as its leaders)
            if stack:
                stack[-1].labels.append((_leaders_label(), line.text[leader.start("value") :].strip(), line))
            else:
                body.warnings.append(
                    Warning("label-outside-block", line.number, f"labelled line before any part: {line.text}")
                )
        elif P.ANNEX_LINK.match(folded) or P.RELATED_LINKS.match(folded):
            body.boilerplate.append(Boilerplate(line.number, "link", line.text))
        elif P.TRAILER.search(folded):
            body.boilerplate.append(Boilerplate(line.number, "trailer", line.text))
        elif nxt and P.ORG_NAME.match(folded) and P.SIGNED_DATE.match(nxt.folded):
            body.signer, body.signed = line.text, nxt.text
            body.boilerplate += [
                Boilerplate(line.number, "signature", line.text),
                Boilerplate(nxt.number, "signature", nxt.text),
            ]
            skip_next = 1
        elif nxt is None and i and line.number > lines[i - 1].number + 1 and P.ORG_NAME.match(folded.strip()):
            # …整治校园周边环境 ⏎ ⏎ 某县人民政府督查室 (the text's end, no date under it): the signer, no more text of
            # the last task
            body.signer = line.text.strip()
            body.boilerplate.append(Boilerplate(line.number, "signature", line.text))
        elif P.SIGNED_DATE.match(folded):
            body.signed = line.text
            body.boilerplate.append(Boilerplate(line.number, "signature", line.text))
        elif stack and _after_units_label(stack[-1], line) and (due := P.DUE_AFTER_UNITS.match(folded)):
            # 责任单位：市退役军人事务局 ⏎ 时间：2025年9月: the block's deadline
            stack[-1].labels.append((due["label"], line.text[due.start("value") :].strip(), line))
        elif given := _units_given(stack, folded):
            labels, nodes = given
            for node in nodes:
                node.labels.extend((label, units, line) for label, units in labels)
        elif stack and _lead_note(folded):
            # 各项任务中排在第一位的为牵头单位。 between items: the notice's note on leads (read over every
            # task), no paragraph of the item above
            body.boilerplate.append(Boilerplate(line.number, "lead-note", line.text))
        elif stack and _units_for_all(folded):
            body.units_for_all.append(line)  # 以上各项任务，除明确责任单位外，均由X牵头: no block's own text
        elif stack and stack[-1].kind in ("item", "subitem", "point") and P.DUE_FOR_POINTS.match(folded.strip()):
            # 1.… ⏎ 2.… ⏎ 3.… ⏎ 上述任务均须于2025年12月底前完成。: the deadline of the points before it, no
            # paragraph of the last one
            body.due_for_points.append(line)
            body.boilerplate.append(Boilerplate(line.number, "due-note", line.text))
        elif stack and (entry := _month_entry(stack, line)):
            stack = entry  # 1月：印发总河长令（县河长办）: a task of its own, numbered in its turn
        elif stack:
            stack[-1].add_paragraph(line)
    body.warnings.extend(_settle_points(body.parts))
    body.warnings.extend(_read_once(body, documents, lines))
    body.closing = _take_closing(body.parts)
    starts = [0, *(at for at, _ in documents if at <= len(body.parts))]
    for begin, end in zip(starts, [*starts[1:], len(body.parts)], strict=True):  # each document numbers its own
        body.warnings.extend(numbering_warnings(body.parts[begin:end]))
    from .inline import body_warnings, mark_duty_blocks  # inline reads the blocks this module builds

    mark_duty_blocks(body.parts)
    read = body_warnings(body.parts)  # (the labels' warnings ask what the blocks' tasks hold: read first)
    body.warnings.extend(_label_warnings(body.parts))
    body.warnings.extend(read)
    body.warnings.sort(key=lambda w: w.line)
    return body


def _document_head(lines: list[SourceLine], at: int, shift: int) -> int:
    """The number of lines a document's head takes when the line at `at` is its title, over its first part 一、
    right under it or under a few lines of its cover (文号, addressees, its opening, signature), none a heading;
    0 when it is none."""
    folded = lines[at].folded
    if shift or not _may_be_title(folded) or not P.TITLE.match(folded.strip()) or _heading(lines[at], shift):
        return 0
    for j in range(at + 1, min(at + _COVER_LINES + 2, len(lines))):
        heading = _heading(lines[j], shift)
        if heading is not None:
            return j - at if heading[0] == "part" and heading[1] == 1 else 0
    return 0


# P.TITLE's text holds none of these characters (tests/test_patterns.py checks TITLE still reads so): a line
# holding one is no title. Searched first, since P.TITLE backtracks through a long line (every paragraph of the
# body is asked whether it is the title of another document).
_NOT_IN_TITLE = re.compile("[。;:!?,>›»]")


def _may_be_title(folded: str) -> bool:
    return _NOT_IN_TITLE.search(folded) is None


def _items_document(lines: list[SourceLine], at: int, shift: int) -> bool:
    """Whether the line at `at` is the title of an annex written as items alone (1.… right under it), in a
    body written in parts."""
    if shift or at + 1 >= len(lines) or not P.TITLE.match(lines[at].folded.strip()) or _heading(lines[at], shift):
        return False
    heading = _heading(lines[at + 1], shift)
    return heading is not None and heading[0] == "item" and heading[1] == 1


_COVER_LINES = 10  # lines of a cover at most between a document's title and its first part


def _read_once(body: Body, documents: list[tuple[int, int]], lines: list[SourceLine]) -> list[Warning]:
    """A document written again whole after the first (a page pasted twice): its parts are read once; the
    copy's lines are kept as boilerplate, and a warning names them."""
    out: list[Warning] = []
    starts = [0, *(at for at, _ in documents)]
    ends = [*(at for at, _ in documents), len(body.parts)]
    seen: list[list[tuple[str, str]]] = []
    dropped: set[int] = set()
    for n, (begin, end) in enumerate(zip(starts, ends, strict=True)):
        written = [(node.label, node.text) for node in preorder(body.parts[begin:end])]
        if not written or written not in seen:
            seen.append(written)
            continue
        first = documents[n - 1][1]
        last = documents[n][1] if n < len(documents) else len(lines)
        numbers = [ln.number for ln in lines[first + 1 : last]]
        copy = {ln.number for node in preorder(body.parts[begin:end]) for ln in _node_lines(node)}
        body.boilerplate += [
            Boilerplate(ln.number, "repeated-notice", ln.text) for ln in lines[first + 1 : last] if ln.number in copy
        ]
        dropped.update(range(begin, end))
        message = f"the document is written again whole (lines {lines[first].number}-{numbers[-1]}): read once"
        out.append(Warning("notice-repeated", lines[first].number, message))
    if dropped:
        body.parts[:] = [part for i, part in enumerate(body.parts) if i not in dropped]
        # the documents left start that many parts earlier (a dropped copy starts no document)
        documents[:] = [(at - sum(1 for d in dropped if d < at), i) for at, i in documents if at not in dropped]
    return out


def _node_lines(node: Node) -> list[SourceLine]:
    """The lines a block holds: its heading line, its paragraphs' and its labels'."""
    paragraphs = [
        SourceLine(number, text, fold(text)) for number, text in zip(node.paragraph_lines, node.paragraphs, strict=True)
    ]
    return [node.line, *paragraphs, *(line for *_, line in node.labels)]


def _articles_under_sections(lines: list[SourceLine]) -> frozenset[int]:
    """The lines of the articles (第一条) in a chapter that holds sections (第一节): one level below the sections,
    items of the section above them (第二章 ⏎ 第一节 … ⏎ 第一条 … ⏎ 第二节 ⏎ 第二条 …), where an article of a
    chapter with no sections stays a clause of its chapter. Articles are numbered on through the chapter."""
    if not any(line.folded.startswith("第") and P.SECTION.match(line.folded) for line in lines):
        return frozenset()
    below: set[int] = set()
    articles: list[int] = []
    sections = False
    for line in lines:
        if not line.folded.startswith("第"):
            continue
        if P.CHAPTER.match(line.folded):
            below.update(articles if sections else ())
            articles, sections = [], False
        elif P.SECTION.match(line.folded):
            sections = True
        elif _article_read(P.ARTICLE.match(line.folded)):
            articles.append(line.number)
    below.update(articles if sections else ())
    return frozenset(below)


def _lost_part(lines: list[SourceLine], shift: int) -> int | None:
    """The number of the part a body starting with an item is inside: the one before its first part
    shown (四、 -> 3), when that part is not the first (parse_text starts a body so only on such a page)."""
    for line in lines:
        heading = _heading(line, shift)
        if heading and heading[0] == "part":
            return heading[1] - 1 if heading[1] >= 2 else None
    return None


def _lead_note(folded: str) -> bool:
    """A line that is wholly the notice's note on which unit leads (排在第一位的为牵头单位，其他为配合单位。,
    注：责任单位中列第一位的为牵头单位, 注：带*号的为牵头单位。): no bracket (a task's own annotation may hold
    such a note) and short."""
    text = folded.strip()
    return (
        len(text) <= 50
        and "牵头" in text
        and not any(ch in text for ch in "()（）")
        and (P.FIRST_UNIT_LEADS.search(text) is not None or P.STAR_MARKS_LEAD.search(text) is not None)
    )


def _units_for_all(folded: str) -> bool:
    """以上各项任务，除明确责任单位外，均由X牵头，Y配合。: a line that is wholly a sentence giving the tasks without
    units of their own their roles (it names the tasks, or the exception, or both)."""
    if note := P.NOTES_START.match(folded.strip()):  # 注：未标注责任处室的任务，由厅办公室统筹协调: the note's words
        folded = note["rest"]
    found = P.UNITS_FOR_ALL.match(folded.strip()) if "由" in folded or "为" in folded else None
    return found is not None and bool(found["scope"] or found["except"])


def _units_for_all_at_end(line: SourceLine) -> tuple[SourceLine, SourceLine] | None:
    """A line holding a sentence that gives every task without units of its own its roles beside sentences of
    its own (（一）加强组织领导。成立专班。各项任务除已明确责任单位外，均由X牵头，Y配合。 / 本方案自印发之日起施行。方案中
    未明确责任单位的工作，均由X负责。 / 本方案所列任务，除明确…外，均由X牵头。各单位要…。): the line without it,
    and the sentence. Only a sentence that says so beyond doubt: it names the exception, or all the plan's
    tasks (以上各项任务, 本方案所列); 以上工作由X牵头 closing a block is that block's roles. Never a sentence
    inside a bracket (（…配合。以下各项均由…负责落实）)."""
    text = line.folded.rstrip()
    if "由" not in text and "为" not in text:
        return None
    for found in P.SENTENCE.finditer(text):
        start, end = found.span()
        sentence = text[start:end].strip()
        if (start == 0 and end >= len(text)) or ("由" not in sentence and "为" not in sentence):
            continue
        match = P.UNITS_FOR_ALL.match(sentence)
        if match is None or not (match["except"] or P.SCOPE_OF_ALL.match(match["scope"] or "")):
            continue
        if _balance(text[:start], 0):
            continue
        rest_text, rest_folded = line.text[:start] + line.text[end:], line.folded[:start] + line.folded[end:]
        if not rest_folded.strip():
            return None
        return (
            SourceLine(line.number, rest_text.rstrip(), rest_folded.rstrip()),
            SourceLine(line.number, line.text[start:end].strip(), line.folded[start:end].strip()),
        )
    return None


def _units_given(stack: list[Node], folded: str) -> tuple[list[tuple[str, str]], list[Node]] | None:
    """The units a sentence after numbered items gives them, its label and the items it gives them to
    (4项目标的责任单位均为市发展改革委。 / 该指标由市统计局负责。 / 以上两项工作由县财政局牵头。): the N items it
    counts, else the last (该 / 此), else all since the heading above them (上述 / 以上); only items with no
    units of their own, and only when the sentence names units and nothing else."""
    text = folded.strip()
    found = P.UNITS_SENTENCE.match(text)
    if found is None or len(stack) < 2 or not (found["which"] or found["count"]):
        return None
    from .unread import units_sentence  # the last net knows the sentence too, and warns when it is not read

    units = units_sentence(text)
    roles = _roles_given(found["units"]) if not found["role"] else None
    led = roles is not None and any(label == "牵头单位" for label, _ in roles)
    # departments only: not 各乡镇 (everyone's share) nor a description (按要求落实的单位); 各乡镇 beside a lead
    # carries the work out (以上三项工作由A牵头，B配合，各乡镇人民政府负责落实)
    if units is None or any((name.startswith("各") and not led) or "的" in name for name in units.split("、")):
        return None
    siblings = stack[-2].children
    open_items: list[Node] = []  # the items right before the sentence that name no units
    for node in reversed(siblings[: siblings.index(stack[-1]) + 1] if stack[-1] in siblings else []):
        if node.labels or node.children or P.LABEL_ANYWHERE.search(fold(node.text)):
            break
        open_items.append(node)
    open_items.reverse()
    if found["count"]:
        count = int(found["count"]) if found["count"].isdigit() else cn_to_int(found["count"])
        if not 1 <= count <= len(open_items):
            return None
        open_items = open_items[-count:]
    elif found["which"] in ("该", "此"):
        open_items = open_items[-1:]
    if not open_items:
        return None
    if roles:  # 以上2项任务由县水利局牵头，县财政局配合: each unit in its own role
        return roles, open_items
    role = found["role"] or found["units"]  # 牵头单位为… / 由…牵头: the lead; else units with no role
    return [("牵头单位" if "牵头" in role or "主责" in role else "责任单位", units)], open_items


def _roles_given(units: str) -> list[tuple[str, str]] | None:
    """由A牵头，B配合 in a sentence giving items their units: a label for each role, when the sentence names
    two roles or more (None for one: the sentence's units take the role it names)."""
    from .roles import parse_annotation  # (roles reads what this module builds)

    assignment = parse_annotation(units, strict=True)
    if assignment is None:
        return None
    labels = [
        (label, "、".join(names))
        for label, names in (
            ("牵头单位", assignment.lead),
            ("配合单位", assignment.partners),
            ("责任单位", assignment.responsible),
        )
        if names
    ]
    return labels if len(labels) > 1 else None


def _each_dated(subs: list[Node]) -> bool:
    """Whether every sub-item states a deadline of its own (（1）…，2025年5月底前完成； ⏎ （2）…，年底前投入使用。):
    each is then a task of its own, the roles after the last covering them all."""
    return all(deadline_in_prose(sub.text) for sub in subs)


def _settle_points(parts: list[Node]) -> list[Warning]:
    """Sub-items ((1)) and points (①, 1）, a）) are tasks of their own only where they carry their own roles.

    Roles written after the last of them (labelled lines, or an annotation on a line of
    its own: （责任单位：…）) close the whole block when none of the earlier ones names a
    unit: they go back into the block as its paragraphs, with those roles. Points go back
    too when only the last of several has an annotation at the end of its text. Otherwise
    each is a block of its own, and a point that names no unit beside siblings that do is
    warned.
    """
    from .inline import find_annotations, roles_in_sentence  # inline reads the blocks this module builds

    out: list[Warning] = []
    for node in reversed(preorder(parts)):  # the deepest blocks first: a sub-item's points are settled before it
        for kind in ("point", "subitem", "item", "clause"):
            subs = [c for c in node.children if c.kind == kind]
            if not subs or any(c.children for c in subs):
                continue
            if kind in ("item", "clause") and not all(_written_as_subitem(c) for c in subs):
                continue  # settled only where they are sub-items written (1), moved up in a notice without parts
            annotated = [bool(find_annotations(c.text)) for c in subs]
            # (a point whose sentence states its roles, 由X牵头，Y配合，…, carries them as one with a bracket does)
            assigned = [
                bool(c.labels) or a or (kind == "point" and roles_in_sentence(c.text))
                for c, a in zip(subs, annotated, strict=True)
            ]
            last = subs[-1]
            closing = bool(last.labels) or _annotation_line(last, find_annotations)
            if kind == "point" and not (len(subs) == 1 and annotated[0]):
                closing = closing or annotated[-1]
            # points naming no unit at all were always the block's text; sub-items stay items
            dated = kind == "subitem" and closing and len(subs) > 1 and _each_dated(subs)
            if not any(assigned[:-1]) and (closing or (kind == "point" and not assigned[-1])) and not dated:
                if kind == "subitem" and closing and len(subs) > 1 and _title_only(node):
                    # 1.健全防汛责任体系 ⏎ （1）落实…。 ⏎ （2）编制…。 ⏎ （责任单位：…）: one task, the item's, as the
                    # roles after the last sub-item cover the whole item; told, since each sub-item may be read
                    # as a task of its own
                    lines = f"{subs[0].line.number}-{subs[-1].line.number}"
                    message = f"{len(subs)} sub-items (lines {lines}) read as the text of one task: {node.title[:30]}"
                    out.append(Warning("sub-items-one-task", node.line.number, message))
                for sub in subs:
                    node.paragraphs += [sub.line.text, *sub.paragraphs]
                    node.paragraph_lines += [sub.line.number, *sub.paragraph_lines]
                    node.labels += sub.labels
                    node.open_brackets = sub.open_brackets
                node.children = [c for c in node.children if c.kind != kind]
                continue
            for sub, has in zip(subs, assigned, strict=True):
                if kind == "point" and not has:
                    out.append(
                        Warning(
                            "point-without-unit",
                            sub.line.number,
                            f"a point names no unit while the points beside it do: {sub.line.text[:40]}",
                        )
                    )
    return out


def _title_only(node: Node) -> bool:
    """Whether an item is a title alone over its sub-items (1.健全防汛责任体系): no paragraph of its own, no
    sentence, no punctuation inside."""
    return (
        node.kind == "item"
        and not node.paragraphs
        and not node.labels
        and bool(P.TITLE_ONLY.fullmatch(node.first_folded.strip()))
    )


def _written_as_subitem(node: Node) -> bool:
    """Whether a block's label is a sub-item's, (1) or （1）: an item or a clause only in a notice with no
    parts (its levels moved up)."""
    label = fold(node.label)
    return label[:1] == "(" and label[1:2].isdigit()


def _annotation_line(node: Node, find: Callable[[str], list[Any]]) -> bool:
    """Whether a block ends with a line that is an annotation alone: （责任单位：县应急管理局）."""
    if not node.paragraphs:
        return False
    last = node.paragraphs[-1]
    if last[:1] not in "(（〔[【":
        return False
    found = find(last)
    return bool(found) and found[0].start == 0


def _value_goes_on(value: str, lines: list[SourceLine], at: int, shift: int) -> tuple[str, int]:
    """A label's list of units that ends in 、 goes on on the next lines (责任单位：⏎县住建局、县发改局、⏎县财政局):
    the value with those lines joined on, and how many lines it took. A heading or a label ends it."""
    taken = 0
    while (
        fold(value).rstrip().endswith("、")
        and at + taken < len(lines)
        and _heading(lines[at + taken], shift) is None
        and not P.ROLE_LABEL.match(lines[at + taken].folded)
        and not P.LABEL_ALONE.match(lines[at + taken].folded)
        and not P.LEADER_LABEL.match(lines[at + taken].folded)
    ):
        value += lines[at + taken].text
        taken += 1
    return value, taken


def _units_indented_under(value: str, lines: list[SourceLine], at: int, shift: int) -> tuple[str, int]:
    """A label's list of units that a page wrapped onto the lines under its value, indented or not (责任单位：
    区发展改革局、区财政局 ⏎ 　　　　　区金融服务中心): the value with those lines joined on by 、, and how many lines
    it took. Each line holds only units' names; a heading, a label, prose, a date or a blank line ends it. A run
    of such lines that ends on a date is the notice's signers (某县委办公室 ⏎ 某县人民政府办公室 ⏎ 2025年3月1日):
    none is taken."""
    if not value.strip() or fold(value).rstrip()[-1:] in ("。", ";", ":"):
        return value, 0
    run = 0  # the lines of names next to each other: a blank line ends the run (某县气象局 ⏎ ⏎ 某县人民政府)
    while at + run < len(lines) and _names_only(lines[at + run], shift):
        run += 1
        if at + run < len(lines) and lines[at + run].number > lines[at + run - 1].number + 1:
            break
    if run and at + run < len(lines) and P.SIGNED_DATE.match(lines[at + run].folded.strip()):
        return value, 0
    for line in lines[at : at + run]:
        value = value.rstrip().rstrip("、,，") + "、" + line.text.strip()
    return value, run


def _names_only(line: SourceLine, shift: int) -> bool:
    """Whether a line holds only units' names: not a heading, a label, prose or a date."""
    folded = line.folded.strip()
    if (
        _heading(line, shift) is not None
        or P.ROLE_LABEL.match(folded)
        or P.LABEL_ALONE.match(folded)
        or P.LEADER_LABEL.match(folded)
    ):
        return False
    return names_only(folded)


def _labels_of(line: SourceLine, start: int) -> list[tuple[str, str]]:
    """The labels of one line from start, several when the line writes them one after another
    (责任单位：县人社局　完成时间：全年, or separated by ；): (label, value as written) each."""
    folded = line.folded[start:]
    role = P.ROLE_LABEL.match(folded)
    if role is None:
        return []
    value_at = role.start("value")
    for sep in P.LABEL_SEPARATOR.finditer(folded, value_at):
        nxt = P.ROLE_LABEL.match(folded[sep.end() :])
        if nxt and (":" in nxt.string[nxt.end("label") : nxt.start("value")] or nxt.string.startswith("〔")):
            value = line.text[start + value_at : start + sep.start()].strip()
            return [(role["label"], value), *_labels_of(line, start + sep.end())]
    return [(role["label"], line.text[start + value_at :].strip())]


_UNIT_ROLES = ("lead", "partners", "departments")


@cache
def _leaders_label() -> str:
    """The label a leader line (牵头州领导, 联系县领导) is kept under: the vocabulary's first leaders label."""
    return next(label for label, role in P.LABEL_ROLES.items() if role == "leaders")


def _label_warnings(parts: list[Node]) -> list[Warning]:
    """Labelled lines under a block that name no unit: kept in the warning, since no task holds them."""
    out = []
    stack = list(parts)
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        if node.labels and not any(_names_unit(label, value) for label, value, _ in node.labels):
            if _deadline_of_annotated(node) or _labels_held(node):
                continue  # …（牵头单位：县数据局） ⏎ 完成时限：二季度: the block's deadline (see inline)
            for _label, _value, line in node.labels:
                out.append(Warning("label-without-unit", line.number, f"labelled line names no unit: {line.text}"))
    return out


def labels_time_and_leaders(node: Node) -> bool:
    """Whether a block has labels and they name only its deadline and its leaders (完成时限：…, 牵头领导：…), no unit."""
    return bool(node.labels) and all(P.LABEL_ROLES[label] in ("due", "leaders") for label, _, _ in node.labels)


def _labels_held(node: Node) -> bool:
    """A block whose text names its units, its labels a deadline and leaders only, that its tasks hold."""
    from .inline import node_shares  # (inline reads the blocks body builds)
    from .roles import Assignment

    if not labels_time_and_leaders(node):
        return False
    shares = node_shares(node)[0]
    for label, value, _ in node.labels:
        if P.LABEL_ROLES[label] == "due":
            read = Assignment()
            read.add("due", value)
            if not any(share.assignment.due == read.due for share in shares):
                return False
    return bool(shares)


def _deadline_of_annotated(node: Node) -> bool:
    """A block's one labelled line is its deadline, after an annotation in its text that names its units."""
    if len(node.labels) != 1 or P.LABEL_ROLES[node.labels[0][0]] != "due":
        return False
    from .inline import find_annotations  # (inline reads the blocks body builds)

    found = find_annotations(node.text)
    return bool(found) and found[-1].assignment.due is None and not found[-1].in_text


def _names_unit(label: str, value: str) -> bool:
    """A label's value names a unit: under a label of units, or a leader with the unit they head
    (责任人：县住房城乡建设局局长赵明)."""
    role = P.LABEL_ROLES[label]
    if role == "leaders" and value:
        from .roles import heads_a_unit

        return heads_a_unit(value)
    return role in _UNIT_ROLES and bool(value)


def _balance(folded: str, depth: int) -> int:
    """Open brackets after a line, given those open before it."""
    for bracket in _BRACKET.findall(folded):
        if bracket in "(〔[【":
            depth += 1
        elif depth:
            depth -= 1
    return depth


_BRACKET = re.compile(r"[(〔\[【)〕\]】]")


def _is_part_title(rest: str) -> bool:
    """一、 opens a part only when a heading follows, not a sentence fragment like 一、二级; a period alone is a
    heading (三、7—9月, 三、7月份: a plan grouped by month), and so is the year the part's work is for
    (一、2024年经济社会发展主要预期目标)."""
    return not rest[:1].isdigit() or any(p.match(fold(rest)) for p in (P.PERIOD_HEADING, P.YEAR_HEADING))


def _month_entry(stack: list[Node], line: SourceLine) -> list[Node] | None:
    """1月：印发2024年总河长令（县河长办）, 5—6月：…（镇应急办牵头，各村配合） or 3月：完成…——区城管局 right under a part
    or a clause whose blocks, if any, are such lines, or after an item of it (2.启动…——区住建局 ⏎ 3月：…（区城管局）):
    an item of its own (P.MONTH_ENTRY), numbered after the blocks before it but outside the numbering checks, its
    period its label (see headings.period_deadlines: the period is its deadline). The stack with it on top."""
    entry = P.MONTH_ENTRY.match(line.folded)
    if entry is None:
        return None
    at = next(
        (k for k in range(len(stack) - 1, -1, -1) if stack[k].kind in ("part", "clause") and not stack[k].period), None
    )
    if at is None:
        return None
    parent = stack[at]
    if at == len(stack) - 1 and (parent.paragraphs or any(not child.period for child in parent.children)):
        return None
    if any(node.kind not in ("item", "clause") or (node.children and not node.period) for node in stack[at + 1 :]):
        return None  # an item with points of its own goes on
    period = line.text[entry.start("month") : entry.end("month")].strip()
    node = Node("item", len(parent.children) + 1, period, line, line.text[entry.start("rest") :].strip(), period=period)
    node.open_brackets = _balance(line.folded, 0)
    parent.children.append(node)
    return [*stack[: at + 1], node]


def _period_part(body: Body, line: SourceLine, lines: list[SourceLine], at: int) -> Node | None:
    """A part of a body grouped by period (see period_groups): a period alone heading the blocks under it, or a
    period opening its work (【1月】开展…（普法股）), appended to the body's parts."""
    if period := _period_alone(lines, at):
        node = Node("part", len(body.parts) + 1, "", line, line.text.strip().rstrip("：:"), period=period)
    elif entry := P.MONTH_ENTRY.match(line.folded):
        period = line.text[entry.start("month") : entry.end("month")].strip()
        rest = entry.start("rest")
        if ";" not in line.folded[rest:] and (item := P.ITEM.match(line.folded[rest:])):
            rest += item.start("rest")  # 2月：3.落实…（种植业股）。: the period's one item, numbered inline
        node = Node("part", len(body.parts) + 1, "", line, line.text[rest:].strip(), period=period)
        node.open_brackets = _balance(line.folded, 0)
    else:
        return None
    body.parts.append(node)
    return node


def _clauses_unnumbered(part: Node) -> bool:
    """Whether a numbered part has no numbered clause (（一）…) that a period line could stand beside."""
    return (
        part.kind == "part"
        and not part.period
        and all(c.kind != "clause" or c.period or c.unnumbered for c in part.children)
    )


def _parent_for(stack: list[Node], kind: str) -> Node:
    """The nearest open block that may hold a block of this kind."""
    rank = LEVELS.index(kind)
    for node in reversed(stack):
        if LEVELS.index(node.kind) < rank:
            return node
    return stack[0]


def last_block(parts: list[Node]) -> Node | None:
    """The body's last block: the last child of the last child… of its last part."""
    node = parts[-1] if parts else None
    while node is not None and node.children:
        node = node.children[-1]
    return node


def _take_closing(parts: list[Node]) -> str | None:
    """The document's closing paragraph, when it trails the last block and speaks of the document."""
    last = last_block(parts)
    if last is None or not last.paragraphs:
        return None
    if last.labels and last.paragraph_lines[-1:] < [max(line.number for *_, line in last.labels) + 1]:
        return None  # a paragraph before the block's labelled lines is the block's own text
    if P.CLOSING.search(last.paragraphs[-1]) or (
        # 各有关单位要于每月底前将工作进展报…: a paragraph of its own asking every unit to report, after the last block
        last.paragraph_lines
        and last.paragraph_lines[-1] > last.line.number
        and P.CLOSING_REPORT.match(fold(last.paragraphs[-1]))
    ):
        if last.paragraph_lines:
            last.paragraph_lines.pop()
        return last.paragraphs.pop()
    return None


def preorder(parts: list[Node]) -> list[Node]:
    """Every block under the parts, the parts included, each before the blocks under it, in document order."""
    out: list[Node] = []
    stack = list(reversed(parts))
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(reversed(node.children))
    return out


def numbering_warnings(parts: list[Node]) -> list[Warning]:
    """Gaps and repeats in part, clause and item numbering."""
    out = _sequence_warnings([p for p in parts if not p.period], "part")
    parents = preorder(parts)
    # articles below sections (第一节 ⏎ 第一条): numbered on through the chapters, beside the sections, as their own
    # run (a chapter's sections 第一节, 第二节; the articles 第一条 to 第三条, then 第四条 in a chapter of articles)
    apart = any(n.kind == "item" and _article_read(P.ARTICLE.match(n.line.folded)) for n in parents)

    def article(node: Node) -> bool:
        return apart and _article_read(P.ARTICLE.match(node.line.folded))

    out += _runs(
        [
            [c for c in p.children if c.kind == "clause" and not c.period and not c.unnumbered and not article(c)]
            for p in parts
        ],
        "clause",
    )
    if apart:
        out += _runs([[n for n in preorder(p.children) if article(n)] for p in parts], "clause")
    out += _runs(
        [[c for c in n.children if c.kind == "item" and not c.period and not article(c)] for n in parents], "item"
    )
    out += _runs([[c for c in n.children if c.kind == "subitem"] for n in parents], "item")
    for style in ("circled", "digit", "letter"):  # ①②, 1）2）, a）b）: each style numbers on its own
        out += _runs([[c for c in n.children if c.kind == "point" and _style(c) == style] for n in parents], "item")
    return sorted(out, key=lambda w: w.line)


def _style(node: Node) -> str:
    """How a point is numbered: circled (①, ⑴), digit (1）), letter (a）) or decimal (1.1)."""
    first = node.line.folded[:1]
    if P.DECIMAL_POINT.match(node.line.folded):
        return "decimal"
    if first.isascii() and first.isdigit():
        return "digit"
    return "letter" if first.isascii() and first.isalpha() else "circled"


def _runs(groups: list[list[Node]], what: str) -> list[Warning]:
    """Check numbering per group when it restarts at 1 in a later group, else across all groups; where it
    restarts, a group numbered on from the one before it (items 1-2 under （一）, 3-4 under （二）, 1-2 again
    under 四、保障措施) is checked with it, as one run."""
    groups = [g for g in groups if g]
    if not any(g[0].number == 1 for g in groups[1:]):
        return _sequence_warnings([n for g in groups for n in g], what)
    out: list[Warning] = []
    run: list[Node] = []
    for group in groups:
        if run and group[0].number != 1 and group[0].number == run[-1].number + 1:
            run += group
            continue
        out += _sequence_warnings(run, what)
        run = list(group)
    return out + _sequence_warnings(run, what)


def _sequence_warnings(nodes: list[Node], what: str) -> list[Warning]:
    out = []
    expected = 1
    for node in nodes:
        if (
            what == "part" and not node.label and not node.unnumbered
        ):  # a part whose heading the page lost (see _lost_part)
            message = (
                f"the text starts inside part {int_to_cn(node.number)}, its heading not shown:"
                " the blocks before the next part are read as its own"
            )
            out.append(Warning("part-numbering-gap", node.line.number, message))
        elif node.number != expected:
            kind = "repeat" if node.number < expected else "gap"
            out.append(
                Warning(
                    f"{what}-numbering-{kind}",
                    node.line.number,
                    f"{what} {node.label} where {expected} was expected",
                )
            )
        expected = node.number + 1
    return out


def _after_units_label(node: Node, line: SourceLine) -> bool:
    """Whether the block's last labelled line, naming units, is the line right before this one."""
    if not node.labels:
        return False
    label, _value, last = node.labels[-1]
    return last.number == line.number - 1 and P.LABEL_ROLES.get(label) in ("lead", "partners", "departments")
