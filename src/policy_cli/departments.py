"""Splitting a cell or phrase that lists responsible units into unit names.

    县水务局、县财政局、交通运输局及有关行业主管部门
    -> 县水务局 | 县财政局 | 县交通运输局 | 有关行业主管部门

Rules, in order:
- the list ends at a sentence end (。) outside parentheses;
- split on 、 , ; outside parentheses, and on 及 / 以及 only right after a unit's
  ending (县财政局及有关部门; never inside a word such as 涉及);
- strip remarks that name no unit (按职责分工负责, 下同, 不再做分工, a trailing 等);
- split a collective glued to a unit (县林业局有关行业主管 -> 县林业局 | 有关行业主管);
- a leading qualifier carries to the next parts (各级党委、政府 -> 各级政府);
- a shared ending carries back only to earlier parts that lack an ending
  (教育、卫生健康部门 -> 教育部门 | 卫生健康部门; 各街道、区直各部门 stays);
- a level prefix dropped after the first name is restored (县委组织部、财政局 -> 县财政局);
  restore_level does the same from the notice's own level, issuer_level_given from
  its issuer's, and own_place_level_taken takes it off a unit named after the notice's place.

Every step is one pass over the text or the parts: time is linear in the input.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from dataclasses import replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from . import patterns as P
from .decode import fold
from .regex_engine import Match, compile_regex
from .registry import begins_a_core, bundled_core, bundled_name, committee_office

if TYPE_CHECKING:
    from .models import Task

_OPENERS = "(〔[【"
_CLOSERS = ")〕]】"
# quotation marks in a name (县“双随机、一公开”工作联席会议成员单位), each with its closing mark: a separator
# between them is the quoted phrase's, splitting no list (a mark left open, or closed after a 。, is no quotation)
_QUOTE_OPEN = {"“": "”", "‘": "’", "《": "》"}
_QUOTE_CLOSE = {close: opening for opening, close in _QUOTE_OPEN.items()}
# the longest quoted phrase inside a unit's name (“互联网+政务服务”, “双随机、一公开”): a mark closing further on is no
# quotation of a name's words
_QUOTE_SPAN = 12
# 财务处 | | -> 财务处: the bars (and spaces) a scraped pipe table left after a cell's last unit
TRAILING_CELL_BARS = compile_regex(r"(?:\s*[|｜])+\s*$")


# the names the notice being read writes by themselves (a cell, a line, a list's item, an annotation's unit), set
# by the parser for each notice: the evidence that a section's 股 run together with the next name is two units;
# worked out when first asked for (a functools.cache of names_alone over its lines): only a list of units holding
# a section's 股 asks (section_evidence), and most notices have none
NAMES_ALONE: ContextVar[Callable[[], frozenset[str]] | None] = ContextVar("names_alone", default=None)
# words joining two units' names (安全股和县应急局, 人事股会同县…): never at the side of a cut between two names
_CONNECTIVES = ("和", "与", "同", "会同", "及", "等", "为", "并", "或")
# where a line parts into names standing alone: cells, list separators, brackets, a label's colon
_ALONE_SEPARATORS = compile_regex(r"[|｜\t、，,；;：:（）()〔〕【】\[\]。]|\s{2,}")
# a unit's role after its name in an annotation or a cell (计财股牵头): no part of the name
_ALONE_ROLE = compile_regex(r"(?:牵头|负责|配合|参与|协助|落实)+$")
# the last characters of those words: a piece ending in none of them has no role to take off (most pieces of prose)
_ALONE_ROLE_LAST = frozenset("头责合与助实")


def names_alone(lines: Iterable[str]) -> frozenset[str]:
    """The names written by themselves on the lines (文化宣传股 alone in a table's cell), kept only when a name
    of a section (股) is among them: the only names the evidence is asked about."""
    texts = list(lines)
    if not any("股" in text for text in texts):
        return frozenset()
    found: set[str] = set()
    # the lines split at once, joined by a bar (a separator: no separator's match runs across it, so the pieces
    # are the lines' own), and each piece read once however often the notice writes it (units' names recur)
    for piece in set(_ALONE_SEPARATORS.split("|".join(texts))):
        name = piece.strip()
        if name[-1:] in _ALONE_ROLE_LAST:
            name = _ALONE_ROLE.sub("", name)
        if 2 <= len(name) <= 20:
            found.add(name)
    return frozenset(found)


def split_units(raw: str) -> tuple[str, ...]:
    """The units named in a department cell or phrase, in order, without repeats.

    Kept for the last few thousand short cells: a notice names the same lists of units again and again.
    """
    alone = section_evidence(raw)
    return _split_units_kept(raw, alone) if len(raw) <= 256 else _split_units(raw, alone)


def section_evidence(raw: str) -> frozenset[str]:
    """The names standing alone in the notice being read that raw holds, where it holds a section's 股: what
    reading it depends on besides its text (a key of the caches of readings that split it)."""
    if "股" not in raw or (alone := NAMES_ALONE.get()) is None:
        return frozenset()
    return frozenset(n for n in alone() if n in raw)


@lru_cache(maxsize=4096)
def _split_units_kept(raw: str, alone: frozenset[str]) -> tuple[str, ...]:
    return _split_units(raw, alone)


def _split_units(raw: str, alone: frozenset[str] = frozenset()) -> tuple[str, ...]:
    parts: list[str] = []
    # 财务处 | |: the cell bars a scraped table left after a cell's last unit are no part of it
    raw = TRAILING_CELL_BARS.sub("", raw)
    if "|" in raw or "｜" in raw:
        # | 市民政局、市财政局: a bar before the list, or between two cells' units, is never part of a name; a cell
        # after the bar that does not open with a unit's name (备注：按季度报送, 已纳入年度考核, 联系人：王明) is
        # another column's, and ends the list
        cells = [cell for cell in (c.strip() for c in P.CELL_BAR.split(raw)) if cell]
        kept = cells[:1]
        # (a column's name first, 牵头单位 | 配合单位详见附件, is a header's, not a list: every cell kept)
        named_first = bool(kept) and split_outside_parens(kept[0])[0] not in P.COLUMN_ROLES
        for cell in cells[1:]:
            if named_first and not has_ending(split_outside_parens(cell)[0]):
                break
            kept.append(cell)
        raw = "、".join(kept)
    # a qualifier carries over 、 but not over a comma: 各有关部门，乡镇人民政府 (the comma closes the list)
    for group in _comma_groups(raw) if "," in fold(raw) else [raw]:
        pieces: list[str] = []
        for piece in _etc_ending_shared(_governments_joined(split_outside_parens(group))):
            then = P.COLLECTIVE_THEN_AND.match(fold(piece).strip()) if "等" in piece else None
            if then and (then["collective"] or has_ending(then["named"])):
                # 能源局等省有关部门和各地级以上市人民政府 -> 能源局 | 各地级以上市人民政府
                pieces.extend(_named_then_next(piece.strip(), then))
                continue
            piece = strip_remarks(piece)
            opener = next((w for w in P.UNIT_OPENING_WORDS if piece.lstrip().startswith(w)), "")
            if opener and len(rest := piece.strip()[len(opener) :]) >= 3 and has_ending(rest):
                # …，联合公安交管部门; 请市交通局: the word that joins them or asks one to act is no part of the name
                piece = piece.lstrip()[len(opener) :]
            if not piece or P.EMPTY_CELL.match(fold(piece)) or _is_remark(piece):
                continue
            glued = P.GLUED_COLLECTIVE.search(fold(piece))
            if glued:
                cut = glued.end()
                pieces.extend([piece[:cut], piece[cut:]])
            elif alone and (cut := _section_cut(piece.strip(), alone)):
                pieces.extend([piece.strip()[:cut], piece.strip()[cut:]])
            elif has_space(piece):
                pieces.extend(_apart_at_inner_space(piece))  # 公安局 交通运输局: two names, the second's level lost
            else:
                pieces.append(piece)
        parts += _distribute_qualifier(_bare_endings_shared(pieces))
    parts, shared = _distribute_suffix(parts)
    parts = _restore_place_prefix(parts, shared)
    # 区 卫生计生委: a space left inside one unit's name (a space between two names has split them above;
    # a post and a person's name, 组织部部长　周某, keep theirs)
    parts = [_without_inner_space(p) if has_space(p) else p for p in parts]
    # 市各县(市、区)政府 -> 各县(市、区)政府: the collective opens with 各, a level before it is no part of the name
    parts = [P.LEVEL_BEFORE_LOWER_COLLECTIVE.sub("", p, count=1) if "各" in p else p for p in parts]
    # 加粗的为牵头单位: a note on how the leads are marked, no unit (warned lead-marks-lost where no lead is read)
    parts = [p for p in parts if "为牵头" not in p or not P.LEAD_BY_TYPEFACE.search(fold(p))]
    return tuple(dict.fromkeys(p for p in parts if p))


def _section_cut(piece: str, alone: frozenset[str]) -> int:
    """文化宣传股文化馆, where a scraped table lost the line between two cells: where a section's name (…股) ends
    and the next unit's begins, only when the notice names both by themselves elsewhere (its evidence, not a
    list of 股's senses: 县企业股改上市办, 县国有股管理中心 stay whole) and no connective is at the cut
    (安全股和县应急局: 和县 is a county's name); 0 when there is no such cut."""
    for at, char in enumerate(piece[:-1]):
        if char != "股" or at == 0:
            continue
        head, rest = piece[: at + 1], piece[at + 1 :]
        if (
            head in alone
            and rest in alone
            and has_ending(rest)  # (人事股股长: 股长 alone in a 责任人 column is a person's title, no unit)
            and not rest.startswith(_CONNECTIVES)
            and not head[:-1].endswith(_CONNECTIVES)
        ):
            return at + 1
    return 0


def _named_then_next(piece: str, then: Match) -> list[str]:
    """The unit before a 等-collective and the one after its 和, as written (fold keeps positions); the one
    after 和 only when it ends like a unit and is more than a bare collective noun (县教育局等部门和学校,
    县教育局等有关部门和单位: 县教育局 alone)."""
    named = strip_remarks(piece[: then.end("named")])
    following = strip_remarks(piece[then.start("next") :])
    if P.EACH_PLACE.match(fold(following).strip()):
        return [p for p in (named, following) if p]  # 等部门和各地: the governments of every place
    if not has_ending(following) or _is_bare_ending(following):
        following = ""
    return [p for p in (named, following) if p]


def _is_bare_ending(part: str) -> bool:
    """学校, 单位, 有关单位: an ending alone, with at most a qualifier before it, which names no unit."""
    folded = fold(part).strip()
    qualifier = P.QUALIFIER.match(folded)
    rest = folded[qualifier.end() :] if qualifier else folded
    return rest in P.UNIT_ENDINGS


def has_space(text: str) -> bool:
    """Whether a text holds a space of any width a copy may leave (ASCII, ideographic, no-break)."""
    return " " in text or "\u3000" in text or "\u00a0" in text


def _etc_ending_shared(pieces: list[str]) -> list[str]:
    """财政、住建等部门 -> 财政, 住建部门: a list's last field named bare before 等部门 keeps the ending, which the
    fields before it then share (as 财政、住建部门); a unit's own name before 等 (县住建局等部门) is left to lose
    the collective, and so is a qualifier (有关等部门)."""
    if not pieces:
        return pieces
    etc = P.ETC_SHARED_ENDING.match(fold(pieces[-1]).strip())
    if etc is None or (has_ending(etc["stem"]) and not _bare_field(etc["stem"])) or P.QUALIFIER.match(etc["stem"]):
        return pieces
    return [*pieces[:-1], pieces[-1].strip()[: etc.end("stem")] + etc["ending"]]


def _bare_endings_shared(pieces: list[str]) -> list[str]:
    """市直有关部门、单位 -> 市直有关部门, 市直有关单位: a generic ending alone after a collective takes the
    collective's words before its ending (never a unit named 单位), as 各有关部门、单位 takes its qualifier."""
    out: list[str] = []
    for piece in pieces:
        before = out[-1].strip() if out else ""
        ending = piece.strip()
        if (
            ending in P.SHARED_ENDINGS
            and before.endswith(P.SHARED_ENDINGS)
            and not P.QUALIFIER.match(before)  # 各有关部门、单位: the qualifier carries (_distribute_qualifier)
            and any(q in before for q in P.QUALIFIERS)
        ):
            stem = next(before[: -len(e)] for e in P.SHARED_ENDINGS if before.endswith(e))
            out.append(stem + ending)
        elif P.OWNED_COLLECTIVE.match(ending) and (owner := _collective_owner(before)):
            out.append(owner + ending)  # 县政府有关部门、有关直属单位: the government's own units
        else:
            out.append(piece)
    return out


def _collective_owner(before: str) -> str:
    """县政府有关部门 -> 县政府: the government a collective is of, written before its qualifier; "" for a
    collective with no owner written (各有关部门), one of another body (县人大常委会各工作机构: whose 直属单位 the
    text does not say) and for a name that is no collective (县财政局)."""
    if not before.endswith(P.SHARED_ENDINGS) or P.QUALIFIER.match(before):
        return ""
    at = min((i for q in P.QUALIFIERS if (i := before.find(q)) > 0), default=-1)
    return before[:at] if at > 0 and before[:at].endswith("政府") else ""


def _without_inner_space(part: str) -> str:
    """区 卫生计生委 -> 区卫生计生委: the spaces inside one name dropped, where the part before each does
    not end like a unit itself (公安局 交通运输局 is two names, split before; 组织部部长　周某 keeps its space)
    or a branch follows (人民银行 某某支行). A name spaced out a character at a time to fill its cell (县 司 法 局)
    is one name."""
    if letter_spaced(part):
        joined = P.SPACE_IN_NAME.sub("", part.strip())
        return joined if has_ending(joined) else part
    joined = P.SPACE_IN_NAME.sub(lambda m: "" if _joins(part, m) else m[0], part)
    return joined if has_ending(joined) else part


def letter_spaced(part: str) -> bool:
    """县 司 法 局, 各 社 区（配合）: every piece between spaces one character (a bracket after the name aside), and
    the pieces one name (县 财 政 局 县 税 务 局 is two: a unit's ending, then a name opening as a unit's)."""
    pieces = P.SPACE_IN_NAME.split(_NAME_ONLY.sub("", part.strip()))
    if len(pieces) < 2 or any(len(piece) != 1 for piece in pieces):
        return False
    joined = fold("".join(pieces))
    return not any(has_ending(joined[:k]) and opens_as_unit(joined[k:]) for k in range(3, len(joined) - 1))


def _joins(part: str, space: Match) -> bool:
    """Whether a space is inside one name: the part before it ends like no unit (区 卫生计生委), or the part
    after it is a branch of the unit before (人民银行 某某支行)."""
    if not has_ending(part[: space.start()]):
        return True
    after: str = P.SPACE_IN_NAME.split(part[space.end() :], maxsplit=1)[0]
    # (or the two sides are one name the registry knows: 市住房城乡 建设局)
    return after.endswith(P.BRANCH_ENDINGS) or bundled_name(_NAME_ONLY.sub("", part[: space.start()] + after))


_NAME_ONLY = compile_regex(r"[(（][^()（）]*[)）]$")  # a role or a second name in brackets after a name


def _apart_at_inner_space(piece: str) -> list[str]:
    """公安局 交通运输局 -> 公安局, 交通运输局: a piece cut at each space whose both sides end like a unit
    (the level a list's first name gives is restored to each later); any other space stays for
    _without_inner_space (卫生 健康局, 县委组织部　李明, 人民银行 某某支行: a branch of the name before it)."""
    if letter_spaced(piece):
        return [piece]
    out: list[str] = []
    start = 0
    for space in P.SPACE_IN_NAME.finditer(piece):
        before = piece[start : space.start()].strip()
        after = P.SPACE_IN_NAME.split(piece[space.end() :], maxsplit=1)[0].strip()
        if (
            has_ending(before)
            and has_ending(after)
            and not _is_bare_ending(after)
            and not after.endswith(P.BRANCH_ENDINGS)
            # 市住房城乡 建设局: one name the registry knows, cut after a word ending as a unit's does (乡)
            and not bundled_name(_NAME_ONLY.sub("", before + after))
        ):
            out.append(before)
            start = space.end()
    return [*out, piece[start:]] if out else [piece]


def _comma_groups(raw: str) -> list[str]:
    """The stretches of a list between commas at bracket depth 0, up to the first 。 there."""
    folded = fold(raw)
    groups: list[str] = []
    depth = start = 0
    qualified = angle_qualified(folded)
    for i, ch in enumerate(folded):
        if i in qualified:
            pass  # 各县<市、区>人民政府: the qualifier's words, never a separator
        elif ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(depth - 1, 0)
        elif depth == 0 and ch in ",。":
            groups.append(raw[start:i])
            start = i + 1
            if ch == "。":
                return groups
    return [*groups, raw[start:]]


def _bare_level(piece: str) -> str:
    """各县（市） -> 各县: a level without the places it counts in brackets."""
    return piece[: piece.find("（")] if piece.endswith("）") and "（" in piece else piece.split("(")[0]


def _governments_joined(pieces: list[str]) -> list[str]:
    """The pieces with a collective of governments written as bare levels joined again: 各市 + 县人民政府 ->
    各市、县人民政府 (LEVELS_SHARING_GOVERNMENT), and places before one zone's name (白沙垸 + 青湖管理区 ->
    白沙垸、青湖管理区, ZONES_SHARING_COMMITTEE): one unit as written."""
    # 各市, 各乡, 各市州: a cheap test (各乡镇 passes it too; LEVELS_SHARING_GOVERNMENT decides)
    levels = any(p.strip().startswith("各") and 2 <= len(_bare_level(p.strip())) <= 4 for p in pieces)
    # 赣州、龙南经济技术开发区管委会, 人民大垸、荒湖管理区 (ZONES_SHARING_COMMITTEE)
    zones = any(word in p for p in pieces for word in P.ZONE_COMMITTEE_WORDS)
    if not levels and not zones:
        return pieces  # (the cheap test: no 各市 alone, no zone's committee)
    out: list[str] = []
    i = 0
    while i < len(pieces):
        for j in range(i + 1, min(i + 4, len(pieces))):
            joined = "、".join(p.strip() for p in pieces[i : j + 1])
            folded = fold(joined)
            if (levels and P.LEVELS_SHARING_GOVERNMENT.match(folded)) or (
                zones and not has_ending(pieces[i].strip()) and P.ZONES_SHARING_COMMITTEE.match(folded)
            ):
                out.append(joined)
                i = j + 1
                break
        else:
            out.append(pieces[i])
            i += 1
    return out


def _quote_closes(folded: str, at: int) -> bool:
    """Whether the quotation mark opening at at closes within a quoted phrase's span of a name (县“双随机、一公开”…):
    its closing mark within _QUOTE_SPAN characters, with no 。 and no second opening mark of its kind before it (县
    “营商环境办、县工信局、县“双创”服务中心: the first mark is left open, and the list splits as it would without
    it)."""
    close = folded.find(_QUOTE_OPEN[folded[at]], at + 1)
    inner = folded[at + 1 : close]
    return 0 < close <= at + 1 + _QUOTE_SPAN and "。" not in inner and folded[at] not in inner


def angle_qualified(folded: str) -> frozenset[int]:
    """Where the words of a qualifier in angle brackets within a unit's name are (各县<市、区>人民政府,
    各县〈市、区〉人民政府), which some sites write for a round bracket: a separator there splits no list. Only a
    pair closed within the name counts, between two parts of it; a lone < or > (超标率<5%) is no bracket."""
    if "<" not in folded and "〈" not in folded:
        return frozenset()
    return frozenset(i for m in P.ANGLE_QUALIFIER.finditer(folded) for i in range(m.start(), m.end()))


def split_outside_parens(raw: str) -> list[str]:
    """The pieces of a list between separators at bracket depth 0 and outside quotation marks, up to the first 。
    there."""
    folded = fold(raw)
    pieces: list[str] = []
    depth = 0
    quoted: list[int] = []  # where the quotation marks open that are not closed yet
    qualified = angle_qualified(folded)
    start = 0
    i = 0
    n = len(folded)
    while i < n:
        ch = folded[i]
        if ch in _QUOTE_CLOSE and quoted and folded[quoted[-1]] == _QUOTE_CLOSE[ch]:
            quoted.pop()
        elif ch in _QUOTE_OPEN and _quote_closes(folded, i):
            quoted.append(i)  # 县“双随机、一公开”联席会议成员单位: a quoted phrase is one name's words, never split
        elif quoted or i in qualified:
            pass
        elif ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(depth - 1, 0)
            if depth == 0 and _role_mark_then_unit(folded, start, i):
                pieces.append(raw[start : i + 1])  # 县住建局（牵头）县交通运输局: the mark closes its unit
                start = i + 1
        elif depth == 0:
            if ch == "。":
                break
            if (
                ch in P.UNIT_SEPARATORS
                or (ch in "及|" and ends_unit(folded, start, i))  # 镇财政所｜镇派出所: a bar between two units
                or (ch == "/" and ends_unit(folded, start, i) and _opens_unit(folded, i + 1))  # 区卫健委/区妇联
                or _space_between(folded, start, i)
            ):
                pieces.append(raw[start:i])
                start = i + 1
            elif ch == "?" and (after := _after_marks(folded, i)) < n and _scraped_separator(folded, start, i, after):
                pieces.append(raw[start:i])  # 县文旅局?县市场监管局: a 、 a scrape replaced with ?
                start = after
                i = after - 1
            elif ch == "以" and folded.startswith("以及", i) and ends_unit(folded, start, i):
                pieces.append(raw[start:i])
                start = i + 2
                i += 1
        i += 1
    pieces.append(raw[start:i])
    return pieces


def _after_marks(folded: str, i: int) -> int:
    """Where a run of ? (one or more) that starts at i ends."""
    while i < len(folded) and folded[i] == "?":
        i += 1
    return i


def _scraped_separator(folded: str, start: int, i: int, after: int) -> bool:
    """县文旅局?县市场监管局, 县卫健局??各乡镇卫生院: ? between a unit's name and the next, each opening with a
    level or a qualifier, is a 、 a scrape could not write (a ? inside a name or before prose is kept)."""
    return ends_unit(folded, start, i) and _opens_unit(folded, after)


def _role_mark_then_unit(folded: str, start: int, i: int) -> bool:
    """县住建局（牵头）县交通运输局: the bracket closing at i marks the unit before it with its role, and a unit's
    name, opening with a level or a qualifier, follows it with no separator."""
    rest = folded[i + 1 : i + 7]
    return (
        bool(rest)
        and (P.PLACE_PREFIX.match(rest) is not None or P.QUALIFIER.match(rest) is not None)
        and P.UNIT_ROLE_MARK.search(folded, start, i + 1) is not None
    )


def _opens_unit(folded: str, at: int) -> bool:
    """Whether a unit's name opens at `at`: a level or a qualifier first (区妇联, 各乡镇; never 徐静, a person)."""
    rest = folded[at : at + 6]
    return bool(rest) and (P.PLACE_PREFIX.match(rest) is not None or P.QUALIFIER.match(rest) is not None)


def _space_between(folded: str, start: int, i: int) -> bool:
    """县水务局 县财政局: a space after a unit's name and before another's, that opens with a level or a
    qualifier (never 人民银行 某某支行, one name written apart)."""
    if folded[i] != " " or not ends_unit(folded, start, i):
        return False
    j = i
    while j < len(folded) and folded[j] == " ":
        j += 1
    if (
        i >= 2
        and folded[i - 2] == " "
        and folded[j + 1 : j + 2] in ("", " ", "(", "、", ",")
        and len(folded[start:i].replace(" ", "")) < 3
    ):
        return False  # 各 社 区（配合）: a name spaced a character at a time (县 财 政 局 县 税 务 局 is two)
    return opens_as_unit(folded[j : j + 6])  # enough for a level or a qualifier, without copying the list


def opens_as_unit(folded: str) -> bool:
    """Whether a name opens as a unit's does: with a level (县审计局) or a qualifier (各乡镇人民政府, 有关部门);
    监管部门 and 社会保障局 do not."""
    return bool(folded) and (P.PLACE_PREFIX.match(folded) is not None or P.QUALIFIER.match(folded) is not None)


def ends_unit(folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end] ends in a unit's ending or a closing bracket."""
    if end <= start:
        return False
    if folded[end - 1] in _CLOSERS:
        return True
    return any(folded.endswith(e, start, end) for e in P.UNIT_ENDINGS)


def strip_remarks(piece: str) -> str:
    """县财政局等按职责分工负责 -> 县财政局: remarks and punctuation off the end, one pass."""
    piece = _strip_note(piece.strip(" \u3000\u00a0\t\n。.，,；;：:"))
    end = len(piece)
    changed = True
    while changed and end:
        changed = False
        while end and piece[end - 1] in " \u3000\u00a0\t\n。.，,；;：:":
            end -= 1
            changed = True
        if "等" in piece and (etc := P.ETC_COLLECTIVE.search(piece, 0, end)) and etc.start() > 0:
            end = etc.start()  # 县财政局等区政府有关部门: the collective sums up the list
            changed = True
            continue
        if not end or piece[end - 1] not in _remark_ends(P.UNIT_REMARKS):
            continue  # no remark ends here (nor a bracket around one): most pieces
        for remark in P.UNIT_REMARKS:
            if end > len(remark) and piece.endswith(remark, 0, end):
                end -= len(remark)
                while end > len(remark) and piece.endswith(remark, 0, end):  # 等等等…: all at once
                    end -= len(remark)
                changed = True
                break
            # 县公安局（下同）: a remark in brackets
            if (
                end > len(remark) + 2
                and piece[end - 1] in "）)"
                and piece.endswith(remark, 0, end - 1)
                and piece[end - len(remark) - 2] in "（("
            ):
                end -= len(remark) + 2
                changed = True
                break
    if end < len(piece.rstrip()):
        # 各村（社区）具体负责: a word on how the units act, before the remark taken off, is no part of the name
        adverb = next(
            (a for a in P.ROLE_ADVERBS if piece.endswith(a, 0, end) and has_ending(piece[: end - len(a)])), ""
        )
        end -= len(adverb)
    return piece[:end].strip()


@lru_cache(maxsize=4)
def _remark_ends(remarks: tuple[str, ...]) -> frozenset[str]:
    """The last characters of the remarks, and the closing brackets of a remark in brackets (（下同）)."""
    return frozenset(remark[-1] for remark in remarks) | frozenset("）)")


def _strip_note(piece: str) -> str:
    """县水务局（排第一位的为牵头单位，下同） -> 县水务局: a note in brackets after the last unit."""
    if not piece or piece[-1] not in "）)":
        return piece
    depth = 0
    for i in range(len(piece) - 1, -1, -1):
        if piece[i] in "）)":
            depth += 1
        elif piece[i] in "（(":
            depth -= 1
            if depth == 0:
                inside = piece[i + 1 : -1]
                return piece[:i].rstrip() if any(w in inside for w in P.UNIT_NOTE_WORDS) else piece
    return piece


def _is_remark(piece: str) -> bool:
    """A piece that is only a remark: 下同, 不再做分工, 具体任务均涉及…不再做分工, or a note on who leads
    (列第一位者为牵头单位, 其余为配合单位), or the collective closing a list after its own separator (…、等区政府有关部门)."""
    if piece.startswith("等") and P.ETC_COLLECTIVE.match(fold(piece)):
        return True
    folded = fold(piece)
    # (…，排名第一的为牵头单位，其余为配合单位: the note's second half is no unit either)
    return (
        piece in P.UNIT_REMARKS
        or P.FIRST_UNIT_LEADS.search(folded) is not None
        or P.FIRST_NOTE_OTHERS_PARTNERS.match(folded) is not None
    )


def has_ending(part: str) -> bool:
    """Whether a name ends like a unit (县财政局, 各街道), in a bracket (各乡（镇）; not a season's, 汛期（另行通知）)
    or is the governments of each place of a level (各区, 各县市)."""
    folded = fold(part)
    if folded[-1:] in _CLOSERS and folded:
        return P.SEASON_BRACKETED.match(folded) is None  # 汛期（另行通知）: a season and a note, no unit
    return bool(folded) and (folded.endswith(P.UNIT_ENDINGS) or _each_level(folded))


# the first words of a government's or an office's ending, which no name ends with: 人民(政府), 办事(处), 管委(会)
_CUT_ENDINGS = ("人民", "人民政", "办事", "管委", "委员", "管理委员")


def half_name(name: str, text: str = "") -> bool:
    """Whether a last unit's name that the end of the text cuts is clearly half written, not whole: ending as no
    unit does (a government's ending cut, 各县(区)人民, always), no collective (各…) or bracketed name, and the
    strict start of a unit's name the bundled registry
    knows (市发 of 市发展改革委) or that the notice (text) names elsewhere (区商 of 区商务局). A name with no
    listed ending that begins no longer one (县林场, 县一中, 各县(市), 某某大学, 各高校) is taken as whole."""
    folded = fold(name).strip()
    if not folded or len(folded) > 12 or has_ending(folded):
        return False
    if folded.endswith(_CUT_ENDINGS):
        return True  # 各县(区)人民, 某街道办事: a government's or an office's ending cut, collective or not
    if folded[0] == "各" or folded[-1] in _CLOSERS:
        return False
    if begins_a_core(folded):
        return True
    at = text.find(folded)
    while at >= 0:
        run = ""
        for ch in text[at + len(folded) : at + len(folded) + 6]:
            if not "\u4e00" <= ch <= "\u9fff":
                break
            run += ch
        if any(has_ending(folded + run[:n]) for n in range(1, len(run) + 1)):
            return True
        at = text.find(folded, at + 1)
    return False


def task_words(unit: str) -> bool:
    """Whether a name read as a unit is the text of a task (同步实施节水灌溉, 第2条新建高标准农田, 引进企业5家以上):
    it ends as no unit does, no registry knows it, and a verb of work or an article's number opens it or a count
    is in it. 县人武部, 团县委, 各村(社区), 县农发行 and 榆泽一中 are units, and so is any name ending in 组 (a
    working group: 整改落实组, 县推进组, 地铁3号线项目组, 3个督导组)."""
    return (
        not has_ending(unit)
        and not fold(unit).rstrip().endswith("组")
        and P.NOT_A_UNIT.search(fold(unit)) is not None
        and not bundled_name(unit)
    )


def names_only(folded: str) -> bool:
    """Whether a (folded) line holds only units' names: each short, ending as a unit's does, with no sentence's
    stop, colon, question mark or figure in it (发布时间:2024-03-05 来源:县融媒体中心 ends on a name, but is none)."""
    units = split_units(folded)
    return bool(units) and all(len(u) <= 30 and has_ending(u) and not P.NOT_IN_A_NAME.search(u) for u in units)


def _each_level(folded: str) -> bool:
    """各区, 各县, 各县市: each place of a level (their governments), a collective unit."""
    return 2 <= len(folded) <= 4 and folded[0] == "各" and all(ch in P.LEVELS for ch in folded[1:])


# each place's field named bare before a shared ending (folded): 各市(州)教育   各县卫生健康
_EACH_PLACE_FIELD = compile_regex(
    r"^(?P<place>各(?:县市区|县区|区县|市县|县市|市州|乡镇|街道|县|市|区|州|盟|旗|乡|镇)(?:\([^()]{1,10}\))?)\p{Han}{2,8}$"
)


def _distribute_qualifier(parts: list[str]) -> list[str]:
    """各级党委、政府 -> 各级党委, 各级政府: a qualifier carries to the parts right after it."""
    out: list[str] = []
    carried: str | None = None
    places: str | None = None  # 各县（市、区）: the place of a body of each place, for a body named bare after it
    for part in parts:
        own = P.QUALIFIER.match(part)
        if own:
            carried = own.group("q")
            if not has_ending(part) and (fields := _EACH_PLACE_FIELD.match(fold(part))):
                carried = part[: fields.end("place")]  # 各市（州）教育、卫生健康部门: each place's field, then the next
            place = P.EACH_PLACE_BODY.match(fold(part))
            # 各县（市、区）党委、政府 -> 各县（市、区）政府, not 各政府: a body alone after the body of each place
            places = part[: place.end("place")] if place else None
            out.append(part)
        elif carried and places and fold(part).strip() in _PLACE_BODIES:
            out.append(places + part.strip())
        elif (
            carried
            and not P.PLACE_PREFIX.match(part)
            # 各中小学、幼儿园: a kind of unit named by its kind alone takes it as a collective does
            and (not P.SPECIFIC_UNIT.search(part) or _unit_kind(part))
            and not P.DEADLINE.match(fold(part))  # 各乡镇，2024年底前完成: a deadline, not a unit
            and "各" not in part  # 各科室、局属各单位: a name with its own 各 takes no other
            # 各街道办事处、镇人民政府: a government's whole name, as written (also before its role, 镇人民政府（配合）)
            and not P.UNIT_ROLE_MARK.sub("", fold(part)).endswith("人民政府")
            and has_ending(part)  # 各乡镇、人民大垸: a place's name without a unit's ending takes no 各
            # 各村（社区）、财政所: a village has no 财政所, the town's one office is named (a village's kinds take it)
            and (not _VILLAGES.match(fold(carried_from(out))) or fold(part).strip().endswith(_VILLAGE_KINDS))
        ):
            out.append(carried + part)
        else:
            carried = None
            out.append(part)
    return out


def carried_from(out: list[str]) -> str:
    """The last name a list's 各 came from (各村（社区）), the one before the parts carrying it."""
    return next((name for name in reversed(out) if P.QUALIFIER.match(name)), "")


_VILLAGES = compile_regex(r"^各(?:村|社区|行政村|自然村|居)")
_VILLAGE_KINDS = ("卫生室", "村委会", "居委会", "村民委员会", "居民委员会", "社区居委会", "合作社", "股份经济合作社")


# the bodies a place has, named bare after the body of each place (各乡镇党委、政府, 各街道党工委、办事处)
_PLACE_BODIES = frozenset(("党委", "党工委", "人民政府", "政府", "办事处"))


def _unit_kind(part: str) -> bool:
    """幼儿园, 街道办事处 (before its role or not, 街道办事处（牵头）): a kind of unit named by its kind alone."""
    return P.UNIT_ROLE_MARK.sub("", fold(part)).strip() in P.UNIT_KINDS


def _shared_ending(part: str) -> str | None:
    """卫生健康部门 -> 部门; None for 有关部门 or 区直各部门 (a collective, not a shared ending)."""
    ending: str
    for ending in P.SHARED_ENDINGS:
        if part.endswith(ending) and len(part) > len(ending):
            stem = part[: -len(ending)]
            if stem.endswith(P.QUALIFIERS):  # 有关部门, 区直各部门
                return None
            return ending
    return None


def _distribute_suffix(parts: list[str]) -> tuple[list[str], set[int]]:
    """教育、卫生健康部门 -> 教育部门, 卫生健康部门: a shared ending carries back to parts without one.

    Also returns the positions of the parts that shared an ending (the giver included).
    """
    out = list(parts)
    shared: set[int] = set()
    suffix: str | None = None
    giver = -1
    place: str | None = None  # 宜宾市人民政府 after 自贡、泸州: the government's ending bare places share
    body: str | None = None  # 高新区党工委和管委会 after 示范区: the bodies a zone named bare shares
    for i in range(len(out) - 1, -1, -1):
        if place and (_bare_place(out[i]) or _bare_place_of_level(out[i], place[0])):
            # (no level carried to it: 自贡 is no 省自贡; 绵江市、宜州市人民政府: 绵江市 takes 人民政府)
            same_tier = out[i].endswith(place[0]) or (place[0] in "镇乡" and out[i][-1:] in ("镇", "乡"))
            out[i] += place[1:] if same_tier else place
            continue
        if body and _bare_zone(out[i]):
            out[i] += body
            continue
        place = _shared_place_ending(out[i])
        body = _zone_body_ending(out[i])
        own = _shared_ending(out[i])
        if own:
            suffix, giver = own, i
        elif (
            suffix
            and (not has_ending(out[i]) or _bare_field(out[i]))
            and not _is_qualifier_only(out[i])
            and not fold(out[i]).endswith(P.VERBS)  # 市数据局牵头，…分公司: a unit with its role, no stem
        ):
            out[i] += suffix
            shared.update((i, giver))
        else:
            suffix = None
    return out, shared


def _bare_field(part: str) -> bool:
    """人社, 县人社: a field's short name that ends as a unit does (P.BARE_FIELDS), no unit alone."""
    folded = fold(part).strip()
    return folded in P.BARE_FIELDS or (folded[:1] in P.LEVELS and folded[1:] in P.BARE_FIELDS)


def _shared_place_ending(part: str) -> str | None:
    """宜宾市人民政府 -> 市人民政府: a government's ending after a bare place's name, which places named bare
    before it share; None for any other name."""
    for ending in P.SHARED_PLACE_ENDINGS:
        if part.endswith(ending) and _bare_place(part[: -len(ending)]):
            return ending
    return None


def _bare_zone(part: str) -> bool:
    """城乡一体化示范区, 高新区: a zone's name with no body after it (not 园区 alone, nor 各开发区: a collective)."""
    return len(part) > 2 and part.endswith(P.ZONE_ENDINGS) and not part.startswith("各")


def _zone_body_ending(part: str) -> str | None:
    """高新区党工委和管委会 -> 党工委和管委会: a zone's governing bodies after its name, which zones named bare
    before it share; None for any other name (城管委会: no zone's)."""
    for ending in P.ZONE_BODY_ENDINGS:
        if part.endswith(ending) and _bare_zone(part[: -len(ending)]):
            return ending
    return None


def _bare_place(part: str) -> bool:
    """自贡, 柳州: a place's name alone, two to four characters, with no level, qualifier or unit's ending."""
    return (
        P.BARE_PLACE.match(part) is not None
        and not has_ending(part)
        and not P.PLACE_PREFIX.match(part)
        and not P.QUALIFIER.match(part)
    )


def _bare_place_of_level(part: str, level: str) -> bool:
    """鹿城区 before 新港区人民政府, 安平县 before 河西县人民政府: a place named with the level of the government
    after it (the list's shared ending), no zone (高新区 has its own bodies) and no unit."""
    if level in "镇乡" and part[-1:] in ("镇", "乡"):
        return _bare_place(part[:-1])  # 云檀镇 before 石渠乡人民政府: towns and townships, one tier
    return (
        part.endswith(level)
        and level in "区县"
        and not part.endswith(P.ZONE_ENDINGS)
        and not P.AREA_NOT_PLACE.search(part)  # 古镇景区, 北山林区, 试点县: no place of that level
        and _bare_place(part[: -len(level)])
    )


def _is_qualifier_only(part: str) -> bool:
    return part in P.QUALIFIERS


def _restore_place_prefix(parts: list[str], shared: set[int]) -> list[str]:
    """县委组织部、财政局 -> 县财政局;  县教育、卫生健康部门 -> 县教育部门, 县卫生健康部门.

    A name without a level takes the nearest level before it in the list (市财政局、县教育局、卫生健康局 ->
    县卫生健康局), or the zone's or the town's name a department before it opens with (高新区应急管理局、组织人事部
    -> 高新区组织人事部, 镇综治中心、派出所 -> 镇派出所); a branch or a company written with a level (市生态环境局
    青山分局) gives none to the names after it once the list has one."""
    prefix: str | None = None
    area = False  # the prefix is a zone's or a town's name (高新区, 镇), not a level
    committee: str | None = None  # the level of the party committee the list names first (县委组织部)
    levels: set[str] = set()  # every level the list's earlier names write, and None for one unsure (市县财政局)
    sure = True
    level: str | None = None  # the nearest level the list writes, past a zone's or a town's name
    out = []
    for i, written in enumerate(parts):
        # ★区财政局、税务局: a star marking the lead stands before the name's level (a mark, not a name's part)
        star = len(written) - len(written.lstrip(P.STARS))
        mark, part = written[:star], written[star:]
        own = P.PLACE_PREFIX.match(part) or P.REGION_PREFIX.match(part)
        zone = None if own else _area_prefix(part)
        giver = own or zone
        if own is not None and P.LEVEL_COLLECTIVE.match(part):
            # 区直各部门、市场监管局 on a 自治区 notice: a collective of the level's offices is no level given to the
            # names after it (区直 is no 区 of the notice's)
            out.append(written)
            continue
        if giver is not None:
            given = str(giver["p"])
            if own is not None:
                levels.add(given)
                # 市县财政局, 市级财政: two levels at once, or a level's word, is no one level a tax office takes
                # (县市场监管局: 市场 is a field's word, no second level)
                two_levels = part[1:2] in P.LEVELS and not part[1:].startswith(P.NOT_LEVEL_OPENERS)
                sure = sure and not two_levels and not part.startswith((given + "级", given + "两"))
            if committee is None and own is not None and part.startswith(given + "委"):
                committee = given
            # 县财政局、市税务局、人社局: a vertical office, a branch or a company written with its own level gives
            # it to no name after it once the list has one
            if prefix is None or not part.endswith((*P.NOT_OF_THE_GOVERNMENT, *P.VERTICAL_UNITS)):
                prefix, area = given, zone is not None
                level = given if own is not None else level
            out.append(written)
            continue
        if committee and committee_office(part):
            # 市委组织部、网信办 -> 市委网信办, and across a unit of another level (市委宣传部、县文旅局、网信办: 市委网信办)
            part = committee + "委" + part
        elif prefix and area and not _area_takes(part, prefix):
            # 县公安局、镇党政办、交警大队: no unit of the town's; the list's level, as the name would take without it
            if level and not part.endswith(P.VERTICAL_UNITS) and _takes_level(part, level, listed=True):
                part = with_level(part, level)
        elif (
            prefix
            and not (part.endswith(P.VERTICAL_SHARING_LEVEL) and (area or not sure or len(levels) > 1))
            and not part.startswith(_no_level_openers())
            and (_takes_level(part, prefix, listed=True, area=area) or (i in shared and not P.QUALIFIER.match(part)))
        ):
            part = prefix + part if area else with_level(part, prefix)
        out.append(mark + part)
    return out


def with_level(part: str, level: str) -> str:
    """财政局 -> 县财政局, and 宣传部 -> 县委宣传部: a level given to a name written without one; a department of a
    party committee (the bundled registry's 委组织部, 委宣传部, 委统战部) is the committee's at that level, as no
    government has one (an autonomous region's: 自治区党委宣传部). A committee's office (网信办, 编办, 政法委) takes
    the level alone, as notices write it (县网信办)."""
    if part.endswith(P.COMMITTEE_DEPARTMENT_ENDING) and committee_office(part):
        return level + ("党委" if level == "自治区" else "委") + part
    return level + part


@cache
def _no_level_openers() -> tuple[str, ...]:
    """区块链产业协会, 县域经济办, 市民中心: names opening with a word that holds a level's character and is no level;
    they take no level from a list, as they give none (市场, 城市: a department's field, which takes one)."""
    return tuple(w for w in P.NOT_LEVEL_OPENERS if w not in P.FIELD_WORDS_WITH_LEVEL)


def _area_takes(part: str, area: str) -> bool:
    """Whether a name a list writes after a zone's or a town's department is one of that zone's or town's units
    (组织人事部, 派出所, 宣传办), not the county's squad or station, a court, a procuratorate, the armed forces
    department, a vertical office, a school or a hospital (交警大队, 法院, 人武部, 气象局, 税务局, 中心卫生院), nor
    a unit with a name of its own (城关派出所, 白石供电所); on a town's list its own health centre and stations
    written alone (卫生院, 畜牧站: P.TOWN_SHARED_KINDS) are the town's."""
    if area in ("镇", "乡") and part in P.TOWN_SHARED_KINDS:
        return True  # 乡畜牧站、卫生院、工商所: the town's own health centre and stations, as its 派出所 is
    if part.endswith((*P.AREA_UNSHARED_ENDINGS, *P.VERTICAL_UNITS)) or part.startswith(_no_level_openers()):
        return False
    if committee_office(part):  # 高新区党工委组织部、宣传部: a committee's office, never 高新区宣传部
        return False
    if area in ("镇", "乡"):  # a town's: its own offices and service centres (宣传办, 农业综合服务中心)
        return part.endswith(("办", "办公室", "服务中心")) and not P.OWN_PLACE.match(part)
    return True


def _area_prefix(part: str) -> Match | None:
    """高新区应急管理局 -> 高新区, 镇综治中心 -> 镇: the zone's or the town's name a department's name opens with,
    which a list's later names share; None for the zone's or the town's own government (高新区管委会, 镇人民政府),
    a collective, or a place of its own (镇江市财政局)."""
    zone = P.AREA_PREFIX.match(part)
    if zone is None or part.endswith(P.SELF_NAMED_ENDINGS) or P.OWN_PLACE.match(part):
        return None
    rest = part[zone.end() :]
    # 镇域经济办, 乡贤会, 镇江路街道: a word or a place of its own opening with a town's character
    if zone["p"] in ("镇", "乡") and (part.startswith(P.NOT_TOWN_OPENERS) or part.endswith(P.NOT_TOWN_ENDINGS)):
        return None
    return zone if has_ending(rest) and not P.QUALIFIER.match(rest) else None


def carry_place_prefix(parts: list[str]) -> list[str]:
    """自治区发展改革委、生态环境厅 -> 自治区生态环境厅: the level a list's names carry, given to the names after
    them that take one (names already split; see _restore_place_prefix)."""
    return _restore_place_prefix(parts, set())


def _takes_level(part: str, level: str, listed: bool = False, area: bool = False) -> bool:
    """A specific unit named without any level: 财政局, 政务服务中心 (not 团州委, 临川市水务局, 各乡镇, 有关部门);
    one with its second name in brackets, 发改局（粮食和物资储备局）, as the name before them.

    listed: the level is an earlier name's in the same list, not the notice's: a vertical service's office named
    with it (县财政局、税务局 -> 县税务局) takes it, and a department's own section (计划财务科, 医政股) does not.
    area: the level is a zone's or a town's name (高新区, 镇): a higher department's office there (派出所) and a
    branch of a department (市场监管分局; not 公安西湾分局, which goes by its own place) take it."""
    if listed and part.endswith(P.LIST_SECTION_ENDINGS):
        return False
    if part.startswith(_no_level_openers()):  # 区块链产业协会, 市民中心, 县域经济办: no level's, nor any level's
        return False
    if part.startswith("团") and part.endswith("委") and 3 <= len(part) <= 5:
        return False  # 团县委, 团镇委, 团街道工委: the youth league's committee, its place in its name
    if "大学" in part:
        return False  # 澄湾大学某研究院: a university is named after its own place

    if area and level.startswith(P.TOWN_UNIT_PREFIXES) and part.endswith(P.NO_TOWN_ENDINGS):
        return False  # 镇应急办、交通运输局: the county's bureau (a town has none)
    if (
        area
        and (part.endswith(P.TOWN_OFFICES) or _department_branch(part))
        and not part.startswith(P.TOWN_UNIT_PREFIXES)
    ):
        return not P.OWN_PLACE.match(part)
    if part.endswith(("）", ")")) and (alias := P.UNIT_ALIAS_BRACKET.search(part)) and alias.start() > 1:
        part = part[: alias.start()]
    if not P.SPECIFIC_UNIT.search(part) or P.QUALIFIER.match(part) or part.startswith(P.NATIONAL_PREFIXES):
        return False
    if P.REGION_PREFIX.match(part):  # 自治区交通运输厅 has its level (never 省自治区交通运输厅)
        return False
    # 高新区经济发展局: a zone's department, named after the zone (never 县高新区经济发展局)
    if (zone := P.AREA_PREFIX.match(part)) and zone["p"] in P.ZONE_ENDINGS:
        return False
    # 街道城管中队, 社区居委会: each street's own squad, not the district's (乡镇企业局, 社区矫正管理局: the
    # government's own bureaus, which take its level)
    if part.startswith(P.BELOW_LEVEL_PREFIXES) and not part.endswith(P.GOVERNMENT_BUREAU_ENDINGS):
        return False
    # 厅办公室, 局机关党委: a department's own office, named from within it, is of no level
    if part.startswith(P.OWN_DEPARTMENT_PREFIXES):
        return False
    # 镇财政所, 村卫生室, 驻村工作队, 街道综治办: a town's, a village's or a street's own, whatever their
    # ending; 派出所, 司法所: a higher department's office in a town (乡村振兴局 is the county's bureau)
    if (part.startswith(P.TOWN_UNIT_PREFIXES) and not part.startswith(P.TOWN_WORDS)) or part.endswith(P.TOWN_OFFICES):
        return False
    # 青山水库管理所: a managed works with a name of its own ahead of its kind keeps it as written
    if (works := P.ENTERPRISE_NAME.match(part)) and works["own"]:
        return False
    # 税务局: a vertical service's office, not the notice's own department; named after a place of its own
    # (莲都邮政管理局) it keeps that place
    if part.endswith(P.VERTICAL_UNITS) and not (listed and part.endswith(P.VERTICAL_SHARING_LEVEL)):
        return False
    # 青石燃气公司, 农商银行, 邮储银行某支行: a company, a bank or a branch goes by its own name, not a level
    if part.endswith(P.NOT_OF_THE_GOVERNMENT):
        return False
    # 武警金沙支队, 驻金沙部队, 金沙火车站, 金沙机场: no unit of the local government (驻京办, 驻沪办事处 are its own
    # offices elsewhere)
    if part.endswith(P.NOT_LOCAL_ENDINGS) or (
        part.startswith(P.NOT_LOCAL_PREFIXES) and not part.endswith(P.OWN_OFFICES_AWAY)
    ):
        return False
    if part.endswith(P.SELF_NAMED_ENDINGS):
        return False
    # 公安西湾分局交警大队: a unit of a branch, which goes by its place (as the branch itself does)
    if any(0 < part.find(b) < len(part) - len(b) for b in P.BRANCH_ENDINGS):
        return False
    # a name holding a place of its own (临川市水务局, 团州委) keeps it; the 市 of 市场, 城市 is no level
    for word in P.FIELD_WORDS_WITH_LEVEL:
        part = part.replace(word, "")
    return level not in part and not P.OWN_PLACE.match(part) and not P.DISTRICT_PLACE.match(part)


def _department_branch(part: str) -> bool:
    """市场监管分局, 生态环境分局: a branch named by its department's field alone (the bundled registry knows
    市场监管局), with no place of its own (公安西湾分局 goes by 西湾)."""
    return part.endswith("分局") and len(part) > 3 and bundled_core(part[:-2] + "局")


@lru_cache(maxsize=1024)
def unit_names(unit: str) -> tuple[str, ...]:
    """市财政局（市国资委） -> itself, 市财政局 and 市国资委: the names a unit written with its second name in
    brackets answers to (a second name without a level takes the first's: 发改局（粮食和物资储备局）on 县
    -> 县粮食和物资储备局). A name without such a bracket, or with a place's (各县（市）人民政府), is its own."""
    if not unit.endswith(("）", ")")):
        return (unit,)
    alias = P.UNIT_ALIAS_BRACKET.search(fold(unit))
    if alias is None or alias.start() < 2 or not has_ending(unit[: alias.start()]):
        return (unit,)
    first, second = unit[: alias.start()], unit[alias.start() + 1 : -1].strip()
    level = P.PLACE_PREFIX.match(first) or P.REGION_PREFIX.match(first)
    if (
        level
        and not (P.PLACE_PREFIX.match(second) or P.REGION_PREFIX.match(second))
        and _takes_level(second, level["p"])
    ):
        second = level["p"] + second
    return (unit, first, second)


def restore_level(units: Iterable[str], level: str | None) -> tuple[str, ...]:
    """Give the notice's level to specific units named without one: 财政局 -> 县财政局 on a county notice."""
    if not level:
        return tuple(units)
    section = _SECTION_RANK.get(level)
    return tuple(
        dict.fromkeys(
            with_level(u, level)
            if not P.PLACE_PREFIX.match(u) and _takes_level(u, level) and not (section and _section_of(u, section))
            else u
            for u in units
        )
    )


# the rank of a department's own sections at each level: a 厅 has 处, a 市 bureau 科 (or 处, in a larger city:
# 基础教育处 on a 市教育局's notice; a 管理处 is the city's own institution, 市燃气管理处), a 县 bureau 股 or 科
# (a district's bureau names its sections 计划财务科 as often as 医政股; no county government has a 科 of its own);
# 就业促进处 on a provincial notice is a section of the issuing 厅, never 省就业促进处
_SECTION_RANK: dict[str, tuple[str, ...]] = {
    "省": ("处",),
    "自治区": ("处",),
    "市": ("科", "处"),
    "州": ("科", "处"),
    "盟": ("科", "处"),
    "县": ("股", "科"),
    "区": ("股", "科"),
    "旗": ("股", "科"),
}


def notice_level(units: Iterable[str], areas: frozenset[str] = frozenset()) -> str | None:
    """The level most of a notice's units carry (县 for 县水务局, 县财政局 …), when one clearly leads. On a zone's
    own notice (areas: the zones issuing it) the zone's departments (高新区经济发展局) count as the notice's own,
    of no level: where they lead, no level is given (县人社局 named beside them is the county's, not the notice's)."""
    counts: Counter[str] = Counter()
    for unit, n in Counter(units).items():  # each name read once: a notice names its units again and again
        # (自治区交通运输厅 counts for 自治区, as 省交通运输厅 for 省)
        m = P.PLACE_PREFIX.match(unit) or P.REGION_PREFIX.match(unit)
        if m and _is_levelled_unit(unit) and not unit.endswith(P.NOT_OF_THE_GOVERNMENT):
            counts[m.group("p")] += n
        elif unit.startswith(("镇", "乡")) and not unit.startswith(P.TOWN_WORDS) and has_ending(unit):
            counts["镇"] += n  # a town's own units (镇财政所): a town's notice, whose bare units take no county's level
        elif areas and (zone := _area_prefix(unit.lstrip(P.STARS))) is not None and zone["p"] in areas:
            counts[""] += n
    if not counts:
        return None
    ranked = [*counts.most_common(2), ("", 0)]
    (top, n), (_, second) = ranked[0], ranked[1]
    # (a 自治区 notice: no level given, as an autonomous region's units written bare stay so)
    return top if top and n > 2 * second and top not in ("自治区", "镇") else None


def _is_levelled_unit(unit: str) -> bool:
    return bool(P.SPECIFIC_UNIT.search(unit)) or has_ending(unit)


def issuer_level(issuers: Iterable[str]) -> str | None:
    """The level an issuing government names (某区人民政府办公室 -> 区), "" for a town's (青石镇人民政府: its
    units take none), None when no issuer names one."""
    for issuer in issuers:
        folded = fold(issuer)
        if P.TOWN_ISSUER.search(folded):
            return ""
        if m := P.ISSUER_LEVEL.search(folded):
            return str(m["level"])
    return None


# a town's or a street's name in its government's or office's name (folded): 澄岫街道办事处, 青石镇人民政府
_TOWN_PLACE = compile_regex(r"^(?P<place>\p{Han}{2,4}?)(?:街道|镇|乡)(?:办事处|人民政府|政府|党工委|党委)")


def _issuing_places(issuers: Iterable[str]) -> tuple[str, ...]:
    """The names of the towns and streets whose own bodies issue the notice (澄岫 of 澄岫街道办事处)."""
    return tuple(m["place"] for issuer in issuers if (m := _TOWN_PLACE.match(fold(issuer))))


def _own_place_kept(task: Task, level: str, places: tuple[str, ...]) -> Task:
    """A unit named after the town or street issuing the notice (澄岫派出所, 澄岫消防救援站) is that place's, of no
    level: a level a row gave it is taken back."""

    raw = task.departments_raw or ""

    def given(unit: str) -> bool:  # (区溪岫市场监管所 written so keeps its level)
        return unit.startswith(level) and unit[len(level) :].startswith(places) and unit not in raw

    def kept(units: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(u[len(level) :] if given(u) else u for u in units)

    if not any(given(u) for u in task.departments):
        return task
    return replace(task, departments=kept(task.departments), lead=kept(task.lead), partners=kept(task.partners))


def issuer_level_given(tasks: list[Task], issuers: tuple[str, ...], title: str = "") -> list[Task]:
    """A notice none of whose units carries a level (财政局, 发改局) gets its issuer's: 某区人民政府办公室
    -> 区发改局. Where some units carry one, the lists restore it themselves (split_units)."""
    units = [u for t in tasks for u in (*t.departments, *t.lead, *t.partners)]
    areas = own_areas(units, issuing_heads(issuers, title))
    if units and (level_of_units := notice_level(units, areas)) is not None:
        named = set(units)  # (once for the notice, not again for each task)
        levelled = _levelled_names(named, level_of_units)
        # a notice naming a department's own sections (综合处 on a province's) is that department's: its
        # rows without a level name its offices (办公室, 数据管理中心), of no level
        sections = names_own_sections(named, level_of_units)
        given = [_row_level_given(t, level_of_units, levelled, not sections) for t in tasks]
        places = _issuing_places(issuing_heads(issuers, title))
        return [_own_place_kept(t, level_of_units, places) for t in given] if places else given
    # a branch of another level's office (市生态环境局青山分局 on a district's notice) says nothing of the
    # notice's level
    own = [u for u in units if not u.endswith(P.NOT_OF_THE_GOVERNMENT)]
    if not units or any(P.PLACE_PREFIX.match(u) for u in own):
        return tasks
    level = issuer_level(issuers)
    if not level:
        return tasks
    return [
        replace(
            t,
            departments=_level_given(t.departments, level),
            lead=_level_given(t.lead, level),
            partners=_level_given(t.partners, level),
        )
        for t in tasks
    ]


def _section_of(unit: str, section: tuple[str, ...]) -> bool:
    """Whether a unit named without a level is a section of a department at a level whose sections are named so
    (基础教育处 under a city's bureau; not 燃气管理处, the city's own institution, where a 厅's sections are 处)."""
    return unit.endswith(section) and not (len(section) > 1 and unit.endswith("管理处"))


def names_own_sections(units: Iterable[str], level: str) -> bool:
    """Whether a notice whose units carry level names a department's own sections (医政股 on a 县 bureau's,
    综合处 on a 厅's): it is that department's notice, and its units named without any level (办公室,
    党建办, 应急中心) are its own offices, of no level."""
    section = _SECTION_RANK.get(level)
    return section is not None and any(_bare_section(u, section) or u.endswith(("处室", "科室", "股室")) for u in units)


def _bare_section(unit: str, section: tuple[str, ...]) -> bool:
    """A section named bare, as a department names its own (基础教育处, 医政股): not one with a place before it
    (市环卫处), not every unit of a kind (各街道办事处), not an office or institution of the government's own
    (市驻京办事处, 燃气管理处)."""
    return (
        _section_of(unit, section)
        and not unit.startswith("各")
        and not P.PLACE_PREFIX.match(unit)
        and not unit.endswith(("办事处", "管理处"))
    )


def _levelled_names(named: set[str], level: str) -> dict[str, str]:
    """Each unit the notice names that takes the level when a row names it without one (see
    _row_level_given), and its name with the level: worked out once for each name, not for each row."""
    return {
        u: level + u
        for u in named
        if (level + u in named or u.endswith(P.GOVERNMENT_BUREAU_ENDINGS)) and restore_level((u,), level)[0] != u
    }


def _row_level_given(task: Task, level: str, levelled: dict[str, str], bare_rows: bool = True) -> Task:
    """州医保局 | 财政局、卫生健康委 in a row's two cells: the level the notice's units carry, written on the
    task's first unit, is given to its units named without one in another cell (a list restores its own):
    to a government's bureau (局, 委, 办), or to a unit the notice names with it elsewhere; a bureau's own
    就业服务中心 keeps its name. A row none of whose units carries a level (城管局 | 交通运输局) takes the
    notice's for each unit that can take one, unless bare_rows is False (a department's notice naming its
    own sections). levelled: _levelled_names of the notice's units."""
    if not task.departments:
        return task
    if not task.departments[0].startswith(level):
        # 城管局、交通运输局: a row none of whose units carries a level, in a notice whose units carry one,
        # names the notice's own units (the level a list restores is its own, so any level in the row stops
        # it; beside 各县（市）人民政府 a bare 财政局 may be each place's own)
        if not bare_rows or any(P.PLACE_PREFIX.match(u) or u.startswith("各") for u in task.departments):
            return task
        return replace(
            task,
            departments=_level_given(task.departments, level),
            lead=_level_given(task.lead, level),
            partners=_level_given(task.partners, level),
        )
    given = {u: levelled[u] for u in task.departments if u in levelled}
    if not given:
        return task

    def of(units: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(given.get(u, u) for u in units))

    return replace(task, departments=of(task.departments), lead=of(task.lead), partners=of(task.partners))


def town_names_joined(tasks: list[Task]) -> list[Task]:
    """村建办 beside 镇村建办 in one notice: a unit named without the town's or township's 镇 / 乡 where the
    notice names it with it elsewhere is that unit (镇村建办), as a list restores a dropped level; 乡镇…,
    乡村… and 村镇… are words of their own, never a 乡 or 镇 before a name."""
    named = _units_named(tasks)
    return _renamed(
        tasks,
        {
            u[1:]: u
            for u in named
            if u[:1] in "镇乡"
            and not u.startswith(P.TOWN_WORDS)
            and len(u) > 3
            and u[1:] in named
            and has_ending(u[1:])
        },
    )


def cut_names_joined(tasks: list[Task]) -> list[Task]:
    """人口计生 beside 省人口计生 in one notice (a cell a scrape cut short of its ending): the unit the notice also
    writes with its level; a bare name that ends as a unit's does kept its level off for a reason (税务局), and
    is kept, but for a branch named by its department's field alone (自然资源分局 beside 区自然资源分局), which
    the notice names both ways."""
    named = _units_named(tasks)
    return _renamed(
        tasks,
        {
            u[1:]: u
            for u in named
            if u[:1] in "省市州县区旗"
            and len(u) > 3
            and u[1:] in named
            and (not has_ending(u[1:]) or _department_branch(u[1:]))
        },
    )


def bracket_spellings_joined(tasks: list[Task]) -> list[Task]:
    """各县(市、区)人民政府 beside 各县（市、区）人民政府 in one notice: one unit, its brackets written half-width in one
    place and full-width in another, is named as the full-width spelling (the genre's own) everywhere."""
    named = {u for u in _units_named(tasks) if "(" in u or ")" in u}
    everywhere = {u for t in tasks for u in t.departments}
    full = {u: u.replace("(", "（").replace(")", "）") for u in named}
    return _renamed(tasks, {u: f for u, f in full.items() if f != u and f in everywhere})


def _units_named(tasks: list[Task]) -> set[str]:
    return {u for t in tasks for u in (*t.departments, *t.lead, *t.partners)}


def _renamed(tasks: list[Task], names: dict[str, str]) -> list[Task]:
    """The tasks with each unit named as names gives (a unit named twice so is named once)."""
    if not names:
        return tasks

    def of(units: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(names.get(u, u) for u in units))

    return [replace(t, departments=of(t.departments), lead=of(t.lead), partners=of(t.partners)) for t in tasks]


def own_place_level_taken(tasks: list[Task], names: list[str]) -> list[Task]:
    """A unit named after the notice's own place (青田邮政管理局 on a 青田区 notice) is written without a
    level because its place is its level: the level a list restored to it (区青田邮政管理局) is taken off,
    where the cell did not write it so."""
    found = next((m for name in names if name and (m := P.NOTICE_PLACE.search(fold(name)))), None)
    if found is None:
        return tasks
    given = found["level"] + found["place"]

    def kept(units: tuple[str, ...], raw: str) -> tuple[str, ...]:
        return tuple(
            dict.fromkeys(u[len(found["level"]) :] if u.startswith(given) and given not in raw else u for u in units)
        )

    if not any(u.startswith(given) for t in tasks for u in (*t.departments, *t.lead, *t.partners)):
        return tasks
    return [
        replace(
            t,
            departments=kept(t.departments, t.departments_raw or ""),
            lead=kept(t.lead, t.departments_raw or ""),
            partners=kept(t.partners, t.departments_raw or ""),
        )
        for t in tasks
    ]


def _level_given(units: tuple[str, ...], level: str) -> tuple[str, ...]:
    """The government's level given to its units named without one; a company, a bank or a branch of a
    higher office (城投集团, 农商银行青禾支行, 规划和自然资源分局) is no unit of that government and keeps its name."""
    given = (u if u.endswith(P.NOT_OF_THE_GOVERNMENT) else restore_level((u,), level)[0] for u in units)
    return tuple(dict.fromkeys(given))


def issuing_heads(issuers: Iterable[str], title: str) -> list[str]:
    """Who a notice says issues it: each issuer the head names, and the words a title opens with before its 关于
    (青禾高新区管委会关于印发… -> 青禾高新区管委会; 关于印发青禾县高新区规划的通知: none, the title names no issuer)."""
    heads = [fold(i).split("关于")[0] for i in issuers if i]
    folded = fold(title)
    if "关于" in folded and (head := folded.split("关于")[0]):
        heads.append(head)
    return [h for h in heads if h]


def area_issues(area: str, heads: Iterable[str]) -> bool:
    """Whether a zone (高新区) or a town (镇) issues the notice itself: a town's government or party committee
    (柳塘镇人民政府; never a street's office, 镇海街道办事处), a zone's management committee
    (宁川高新技术产业开发区管理委员会, 青禾经济开发区管委会), or a title opening with the zone's name as its issuer
    (青禾高新区关于…). A zone merely named in the title of a county's notice (关于印发某县高新区规划的通知) is not."""
    names = (area, *P.ZONE_LONG_NAMES.get(area, ()))
    for head in heads:
        if area in ("镇", "乡"):
            if (m := P.TOWN_ISSUER.search(head)) and m["kind"] in ("镇", "乡"):
                return True
            continue
        body = head[: m.start()] if (m := P.ZONE_ISSUER.search(head)) else head
        if body.endswith(names) or (m is not None and any(n in body for n in names)):
            return True
    return False


def own_areas(units: Iterable[str], heads: Iterable[str]) -> frozenset[str]:
    """The zones among a notice's units' names that issue the notice themselves (高新区 on 青禾高新区管委会's)."""
    heads = list(heads)
    # (each name read once, as notice_level reads them: a notice names its units again and again)
    found = {m["p"] for u in set(units) if (m := _area_prefix(u.lstrip(P.STARS))) is not None}
    return frozenset(a for a in found if a not in ("镇", "乡") and area_issues(a, heads))


def list_shares_kept_to_notice(tasks: list[Task], issuers: tuple[str, ...], title: str) -> list[Task]:
    """A name a list gave from an earlier unit's that the notice cannot vouch for is taken back to the name as
    written: a zone's or a town's name (高新区应急管理局、派出所 -> 高新区派出所) stays only on a notice that zone or
    town issues itself (宁川高新技术产业开发区管理委员会, 柳塘镇人民政府), and a tax office's level (县财政局、
    税务局 -> 县税务局) only where it is the notice's own; elsewhere the name is kept as the cell writes it."""
    units = [u for t in tasks for u in (*t.departments, *t.lead, *t.partners)]
    if not units:
        return tasks
    heads = issuing_heads(issuers, title)
    level = notice_level(units, own_areas(units, heads))
    level = level if level is not None else issuer_level(issuers)

    # a notice whose units with a level are all a town's (乡三农服务中心, 乡畜牧站; no county's bureau among them)
    # is the town's own, whoever the page names as issuer
    openers = (*P.LEVELS, "乡", "镇")
    levelled_units = {n for u in set(units) if (n := u.lstrip(P.STARS))[:1] in openers}
    town_only = {u[:1] for u in levelled_units if _area_prefix(u) is not None} & {"乡", "镇"}
    town_notice = (
        next(iter(town_only)) if len(town_only) == 1 and all(u[:1] in town_only for u in levelled_units) else None
    )

    def own_area(area: str) -> bool:
        return area == town_notice or area_issues(area, heads)

    def taken_back(unit: str, raw: str, task: Task) -> str:
        star = len(unit) - len(unit.lstrip(P.STARS))
        mark, name = unit[:star], unit[star:]
        if name in raw:
            return unit
        if (area := P.AREA_PREFIX.match(name)) and not own_area(area["p"]) and name[area.end() :] in raw:
            bare = name[area.end() :]
            # 高新区建设局、财政局、烟草专卖局 on a county's notice, the last given the county's level already: 财政局
            # is the county's too, as the notice's bare names are (a row with no level takes it later, whole)
            if level and area["p"] not in ("镇", "乡") and levelled(task) and _takes_level(bare, level):
                bare = _level_given((bare,), level)[0]
            return mark + bare
        if (
            name[:1] in P.LEVELS
            and name[1:].endswith(P.VERTICAL_SHARING_LEVEL)
            and name[1:] in raw
            and name[:1] != level
        ):
            return mark + name[1:]
        return unit

    def of(units: tuple[str, ...], task: Task) -> tuple[str, ...]:
        raw = task.departments_raw or ""
        if all(u in raw for u in units):  # (a name in raw is never taken back, nor is its unstarred end)
            return tuple(dict.fromkeys(units))
        return tuple(dict.fromkeys(taken_back(u, raw, task) for u in units))

    def levelled(task: Task) -> bool:  # (asked only of a name taken back from a zone's, seldom)
        return any(P.PLACE_PREFIX.match(u.lstrip(P.STARS)) for u in task.departments)

    # each task's lists read once for the lists and the cell (of and levelled ask nothing else of the task): the
    # rows of a notice name the same lists again and again
    read: dict[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None], tuple[tuple[str, ...], ...]] = {}

    def kept_to_notice(task: Task) -> Task:
        key = (task.departments, task.lead, task.partners, task.departments_raw)
        shares = read.get(key)
        if shares is None:
            shares = read[key] = (of(task.departments, task), of(task.lead, task), of(task.partners, task))
        if shares == (task.departments, task.lead, task.partners):
            return task  # (most rows: every name as the cell writes it)
        return replace(task, departments=shares[0], lead=shares[1], partners=shares[2])

    return [kept_to_notice(t) if t.departments_raw else t for t in tasks]
