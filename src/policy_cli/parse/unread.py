"""The last net: lines that look like work assigned to units but that no task holds and no warning names.

Every other reader looks for a layout; this one looks only at the shape of the work, so a page laid out in
a way no reader knows still gets a warning (work-not-read) instead of losing a task silently:

- a numbered item (1. / 1、 / （1） / ①) with its units on a line of their own after it, the units cell
  of a table scraped one cell a line (1.公开…规划。 / 办公室 / 预算处、信息中心按职责分工落实);
- a line that opens with its units and their duty (区水务局：负责…, 1．区民政局、区财政局牵头…);
- units' names alone before a colon over a paragraph of their duty with no number (区水务局： ⏎ 负责…);
- a sentence after numbered items that gives them their units (3项任务的责任单位均为市水利局。 /
  该指标由市统计局负责。), the items standing without units of their own: one the body could not read;
- a task whose text is only its number, read from a line that holds the work (a row whose cells ran
  into its number cell).

Lines before the body (title, addressees, the cover's own text), boilerplate, the closing's prose and
body clauses whose tasks stand in an annex (the body written as paragraphs) never look like any of these.
The net reads each line once and looks only at the few tasks beside a line it suspects: linear time.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from .. import patterns as P
from ..decode import fold
from ..departments import split_units
from ..models import Notice, Task, Warning
from ..regex_engine import compile_regex
from .body import units_heading
from .lines import SourceLine

__all__ = ["lost_work", "units_sentence"]

_SEPARATORS = compile_regex(r"[、,，/;；\s]+")
_PARAGRAPH_ENDS = ("。", ";", ":", "!", "?", ")", "】")
# 中共X县委、X县人民政府   X市人民政府办公厅   (those who issue a notice and sign it; 各县人民政府 and 县政府办公室 are units)
_ISSUER_ENDINGS = ("人民政府", "人民政府办公室", "人民政府办公厅")
_CELL_LINES = 3  # lines of text an item's units cell may stand after it (the rest of its row's text)
_HAN = compile_regex(r"[\u4e00-\u9fff]")
_HANZI = {n: compile_regex(rf"(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){{{n}}}") for n in (2, 6, 10, 12)}
_NEAR = 4  # tasks looked at before a suspected line


def lost_work(notice: Notice, lines: Sequence[SourceLine]) -> list[Warning]:
    """The work-not-read warnings for a parsed notice read from lines (the lines of its content)."""
    tasks = sorted(notice.tasks, key=lambda t: t.line)
    starts = [t.line for t in tasks]
    held = _Held(tasks, starts)
    warned = {w.line for w in notice.warnings}
    warned_in_order = sorted(warned)
    task_lines = set(starts)
    skip = task_lines | warned | {b.line for b in notice.boilerplate} | {n.line for n in notice.notes}
    issuers = {fold(name) for name in (*notice.metadata.issuers, notice.metadata.publisher or "") if name}
    first_task = starts[0] if starts else lines[-1].number if lines else 0
    out: list[Warning] = []
    rows: list[Warning] = []  # rows of a table with no 序号 whose text no task holds
    # the work a units cell on a line of its own would belong to: the numbered items since the last units
    # line, or else the last line of text (a row of a table with no 序号)
    pending: list[tuple[SourceLine, str]] = []
    numbered = False
    since = 0  # lines of text read since the last of them
    opens = True  # whether a line opens a paragraph (the line before it ended one)
    previous = 0
    for at, line in enumerate(lines):
        text = line.folded.strip()
        if not text or line.number > previous + 1:  # a blank line ends a paragraph
            opens = True
        previous = line.number
        if not text:
            continue
        # a short line (a heading, a cell) or one ending a sentence ends its paragraph; a PDF's wrapped line does not
        starts_paragraph, opens = opens, len(text) <= 20 or text.endswith(_PARAGRAPH_ENDS)
        if P.WORK_HEADING.match(text):
            pending.clear()
            numbered = False
            continue
        item = P.WORK_ITEM.match(text)
        words = item["rest"] if item else text
        if (
            line.number not in skip
            and (item or starts_paragraph)
            and (units := _opening_units(words))
            and units_sentence(text) is None  # 该指标由市统计局负责: the units of the items before it
            and not P.DOCUMENT_KEEPER.match(text)  # 本方案由县文体局负责解释: the document's keeper, no duty
            and not P.PAGE_FIELD_LABEL.match(text)  # 解读机关：市发展改革委: a field of the page, no duty
        ):
            if not held(words, line.number):
                out.append(_warning(line, f"a line naming units ({units}) and their duty that no task holds: "))
            pending.clear()
            numbered = False
            continue
        sentence = None
        if (
            pending
            and line.number
            not in task_lines  # （1）设置临时检查站12个（镇林业站负责）: a task of its own, no units cell
            and ((units := _units_only(text)) is not None or (sentence := units_sentence(text)) is not None)
        ):
            # a warning between the work and its units says it already
            said = bisect_left(warned_in_order, pending[0][0].number) < bisect_right(warned_in_order, line.number)
            if sentence is not None:
                message = f"a line of work whose units ({sentence}) a sentence after it gives, in no task: "
            else:
                message = f"a line of work whose units ({units}) stand on a line of their own, in no task: "
            if not said and not _signature(text, lines, at, issuers):
                found = [_warning(p, message) for p, rest in pending if not held(rest, p.number)]
                (out if numbered else rows).extend(found)
            pending.clear()
            numbered = False
            continue
        if item is not None or not numbered:
            if (
                line.number in skip
                or (item is None and line.number > first_task)
                or not _hanzi_at_least(words, 6 if item else 10)
            ):
                pending.clear()
                numbered = False
            elif item is not None:
                if not numbered:
                    pending.clear()
                pending.append((line, words))
                numbered, since = True, 0
                continue
            else:
                pending[:] = [(line, words)]
                numbered, since = False, 0
                continue
        since += 1
        if since > _CELL_LINES:  # too far from the work for a units cell of its own
            pending.clear()
            numbered = False
    # rows of a table with no 序号 are believed when there are two of them at least (a title over its
    # issuer is not a row); only before the tasks, as a read row's other cells hold text of its own
    if len(rows) >= 2:
        out.extend(rows)
    out.extend(_number_only(tasks, lines, warned))
    out.extend(_units_over_a_duty(tasks, lines, warned | {w.line for w in out}))
    out.extend(_blocks_run_together(tasks, lines, warned | {w.line for w in out}))
    return sorted(out, key=lambda w: w.line)


def _role_label(text: str) -> str | None:
    """The role a line's opening label gives (责任单位：… -> departments, 〔牵头单位〕… -> lead), or None."""
    found = P.OPENING_ROLE_LABEL.match(text)
    label = found and (found["bracketed"] or found["label"])
    return P.LABEL_ROLES.get(label) if label else None


def _labelled_units(text: str) -> frozenset[str]:
    """The units a line names after its opening role label (责任单位：县工信局、各乡镇 -> 县工信局, 各乡镇)."""
    found = P.OPENING_ROLE_LABEL.match(text)
    return frozenset(split_units(text[found.end() :])) if found else frozenset()


def _blocks_run_together(tasks: list[Task], lines: Sequence[SourceLine], warned: set[int]) -> list[Warning]:
    """A task whose lines name its lead or its responsible units under a label twice, text between (问题一 ⏎
    责任单位：… ⏎ 问题二 ⏎ 责任单位：…): blocks of work run into one task, a layout no reader took. Warned at the
    first line of text after the first labelled block, where the work no task holds begins."""
    starts = sorted({t.line for t in tasks})
    out = []
    at = 0  # starts[at - 1] is the task whose lines are read
    seen: dict[str, frozenset[str]] = {}  # the units each role's label named
    after: SourceLine | None = None  # the first line of text after a labelled block
    for line in lines:
        if at < len(starts) and line.number >= starts[at]:
            while at < len(starts) and line.number >= starts[at]:
                at += 1
            seen, after = {}, None
        text = line.folded.strip()
        if not at or not text:
            continue
        role = _role_label(text)
        if role in ("lead", "departments"):
            units = _labelled_units(text)
            # (the same label again naming the same units or more of them, 牵头单位：X … 牵头单位：X: one block's
            # label repeated, no second block)
            if (
                role in seen
                and after is not None
                and after.number not in warned
                and not (seen[role] and seen[role] <= units)
            ):
                message = f"a second block naming units under a label, run into the task at line {starts[at - 1]}: "
                out.append(_warning(after, message))
                warned.add(after.number)
            seen[role] = units
            after = None
        elif role is None and seen and after is None:
            after = line
    return out


class _Held:
    """Whether one of the few tasks starting at or before a line holds its words (in its text or units)."""

    def __init__(self, tasks: list[Task], starts: list[int]) -> None:
        self.tasks, self.starts = tasks, starts
        self.words: dict[int, str] = {}

    def __call__(self, text: str, number: int) -> bool:
        words = _only_hanzi(text)
        # the words a third of the way in and the last words: a task's text holds one of them though it leaves
        # out the units that open the line (县城管局负责，…) or the deadline that ends it
        probes = [words[len(words) // 3 : len(words) // 3 + 8], words[-8:]] if len(words) >= 12 else [words]
        at = bisect_right(self.starts, number)
        for index in range(max(0, at - _NEAR), at):
            if index not in self.words:
                task = self.tasks[index]
                self.words[index] = _only_hanzi(fold(task.text + (task.departments_raw or "")))
            if any(probe and probe in self.words[index] for probe in probes):
                return True
        return False


def _only_hanzi(text: str) -> str:
    return "".join(_HAN.findall(text))


def _signature(text: str, lines: Sequence[SourceLine], at: int, issuers: set[str]) -> bool:
    """Whether a units line is a signature: the notice's issuer, or a unit with a date on the next line."""
    if text in issuers or all(
        name.startswith("中共") or (name.endswith(_ISSUER_ENDINGS) and not name.startswith("各"))
        for name in _SEPARATORS.split(text)
        if name
    ):
        return True
    after = next((line.folded.strip() for line in lines[at + 1 : at + 4] if line.folded.strip()), "")
    return P.SIGNATURE_DATE.match(after) is not None


def _warning(line: SourceLine, message: str) -> Warning:
    return Warning("work-not-read", line.number, message + line.text.strip()[:40])


def _hanzi_at_least(text: str, count: int) -> bool:
    """Whether a text holds count Chinese characters or more (read no further than the count-th)."""
    return len(text) >= count and _HANZI[count].search(text) is not None


def _is_unit(name: str) -> bool:
    name = name.strip().rstrip("等")
    if name.endswith(")") and (paren := name.rfind("(")) > 0:
        name = name[:paren]  # 区商务局(区药发中心)
    return (
        2 <= len(name) <= 20
        and name.endswith(P.UNIT_ENDINGS)
        and name not in P.COLUMN_ROLES  # 责任单位, a column's name
        and not any(c in name for c in "。:;!?")
    )


def _units_only(text: str) -> str | None:
    """The units a short line names and nothing else (a duty or a deadline at its end aside): 办公室 /
    预算处、信息中心按职责分工落实 / 县教育局 2024年9月底前 (the row's units and deadline cells on one line)."""
    if len(text) > 60 or any(c in text for c in "。:;!?《"):
        return None
    pieces = [piece for piece in _SEPARATORS.split(text) if piece]
    while len(pieces) > 1 and P.DEADLINE_CELL.match(pieces[-1]):
        pieces.pop()
    return _unit_names(pieces)


def units_sentence(text: str) -> str | None:
    """The units a sentence gives the items before it (4项目标的责任单位均为市发展改革委。)."""
    found = P.UNITS_SENTENCE.match(text)
    if found is None:
        return None
    return _unit_names([piece for piece in _SEPARATORS.split(found["units"]) if piece])


def _unit_names(pieces: list[str]) -> str | None:
    """The pieces as a list of units (a duty at a piece's end dropped), or None if one is no unit."""
    names = [n for n in (P.DUTY_END.sub("", piece) for piece in pieces) if n]
    if names and all(_is_unit(n) for n in names):
        return "、".join(names)
    return None


def _opening_units(text: str) -> str | None:
    """The units a line opens with, before their duty (区水务局：负责…)."""
    found = P.UNITS_THEN_DUTY.match(text)
    if found is None:
        return None
    names = [n for n in _SEPARATORS.split(found["units"]) if n]
    # before a colon, a collective name alone is a label (成员单位：, 发文部门：), not a unit with its duty
    label = (
        bool(names)
        and found["units"] == names[0]
        and text[len(names[0])] == ":"
        and names[0].endswith(P.COLLECTIVE_ENDINGS)
    )
    if names and not label and all(_is_unit(n) and not n.startswith("各") for n in names):
        return "、".join(names)
    return None


def _units_over_a_duty(tasks: list[Task], lines: Sequence[SourceLine], warned: set[int]) -> list[Warning]:
    """Units' names alone before a colon over a paragraph of their duty with no number (区住建局： ⏎ 负责建筑施工领域
    检查。), where no task stands at either line and none of those units': a duty no task holds (a unit's name over
    prose heads no block). Warned at the units' line."""
    at_lines = {t.line for t in tasks}
    held_units = {u for t in tasks for u in t.departments}
    out = []
    for i, line in enumerate(lines):
        if not line.folded.rstrip().endswith(":") or line.number in warned or line.number in at_lines:
            continue
        units = units_heading(line)  # 区住建局：   区住建局主要职责：
        if not units:
            continue
        nxt = next((ln for ln in lines[i + 1 :] if ln.folded.strip()), None)
        if nxt is None or nxt.number in at_lines or not P.DUTY_OPENING.match(nxt.folded.strip()):
            continue
        if any(u in held_units for u in split_units(units)):
            continue
        out.append(_warning(line, "units' names over their duty that no task holds: "))
    return out


def _number_only(tasks: list[Task], lines: Sequence[SourceLine], warned: set[int]) -> list[Warning]:
    """A task whose text is only its number (1, 一) while its line holds work: its cells were misread."""
    by_number = {line.number: line for line in lines}
    out = []
    for task in tasks:
        text = task.text.strip()
        line = by_number.get(task.line)
        if len(text) > 4 or line is None or task.line in warned or _hanzi_at_least(text, 2):
            continue
        if _hanzi_at_least(line.folded, 12):
            warned.add(task.line)
            out.append(_warning(line, f"task {task.id}'s text is only {text!r}; its line holds work no task holds: "))
    return out
