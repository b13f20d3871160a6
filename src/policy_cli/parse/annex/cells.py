"""A table row's cells (split at runs of spaces, tabs or bars) -> _Cell, and what a cell's text reads as:
a unit's name (unit_like), a person, a deadline (_due_like), prose; the column roles that hold units."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from ... import patterns as P
from ...decode import fold
from ...departments import split_units
from ...regex_engine import compile_regex
from ..lines import SourceLine

_UNIT_COLUMNS = ("departments", "lead", "partners")


def _name_like(folded: str) -> bool:
    """A short line that can be a unit's name whatever its ending (文化馆, 羌研会): no sentence punctuation,
    no digits, not a deadline."""
    text = folded.strip()
    return (
        _unit_like(text)
        or (0 < len(text) <= 20 and not any(ch in text for ch in "。,;:!?") and not any(ch.isdigit() for ch in text))
    ) and not _due_like(text)


def _person_like(folded: str) -> bool:
    """A line that can be a person's name in a 责任领导 cell: two to four characters once its spaces are out,
    or a post and a name (副镇长吴丽, 县委副书记张华), or two or three such names a space or 、 apart (陈晓东　周丽)."""
    text = "".join(folded.split())
    if P.POST_AND_NAME.fullmatch(text):
        return True
    if 2 <= len(text) <= 4 and text.isalpha() and not _unit_like(text):
        return True
    names = _padded_names_joined(folded.replace("、", " ").split())
    return 2 <= len(names) <= 3 and all(2 <= len(n) <= 4 and n.isalpha() and not _unit_like(n) for n in names)


def _padded_names_joined(pieces: list[str]) -> list[str]:
    """Names a space apart, a two-character name padded to three characters' width by a space inside it
    (耿 峰 彭开国 -> 耿峰, 彭开国): each pair of one-character pieces in a row is one name."""
    out: list[str] = []
    single = False  # the last piece kept is one character awaiting its second
    for piece in pieces:
        if single and len(piece) == 1:
            out[-1] += piece
            single = False
            continue
        out.append(piece)
        single = len(piece) == 1
    return out


def _names_units(folded: str) -> bool:
    """A cell that names units, bare or with their role verbs: 县财政局, 县水务局牵头，县财政局配合,
    县住建局、县自然资源局分别牵头落实 (a group cell (类别, 目标任务) names none)."""
    if _unit_like(folded):
        return True
    if "。" in folded or len(folded) > 120:
        return False
    pieces = [P.CELL_ROLE_VERB_END.sub("", piece) for piece in regex.split(r"[,;]", folded.strip())]
    return all(piece and _reads_as_units(piece) for piece in pieces)


def unit_like(folded: str) -> bool:
    """A short text ending as a unit's name does (局, 委, 办事处…), or an empty cell's dash."""
    return _unit_like(folded)


def _unit_like(folded: str) -> bool:
    """A short line with no sentence punctuation ending as a unit's name does (局, 委, 办事处…)."""
    text = folded.strip().rstrip("等")
    if text.endswith(")") and (paren := text.rfind("(")) > 0:
        text = text[:paren]  # 区商务局(区药发中心): a unit with a second name in brackets
    return (
        0 < len(text) <= 40
        and not any(ch in text for ch in "。;!?")
        and (text.endswith(P.UNIT_ENDINGS) or P.EMPTY_CELL.match(text) is not None)
    )


def _joined(cells: list[SourceLine]) -> SourceLine:
    return SourceLine(cells[0].number, "\t".join(c.text for c in cells), "\t".join(c.folded for c in cells))


@dataclass(slots=True)
class _Cell:
    text: str
    start: int
    end: int
    folded: str  # fold(text)


def _cells(line: SourceLine) -> list[_Cell]:
    """The cells of a row: split on tabs where the row has them (an empty cell stays, so the
    cells after it keep their columns), else on runs of spaces."""
    if "\t" in line.text:
        return _tab_cells(line.text)
    text, folded = line.text, line.folded
    printable = folded.isprintable()
    if printable:
        # its only space is " " (no control, no other space, no line break): its cells are the pieces str.split
        # gives, found in turn, which costs less than a _CELL_TEXT match each
        cells = []
        end = 0
        for piece in line.tokens:
            start = folded.find(piece, end)
            end = start + len(piece)
            cells.append(_Cell(text[start:end], start, end, piece))
    else:
        cells = [_Cell(text[m.start() : m.end()], m.start(), m.end(), m[0]) for m in _CELL_TEXT.finditer(folded)]
    if "、" not in folded or (printable and " 、" not in folded):
        return cells  # (no cell but the first opens with 、: the test below, asked of every row, finds nothing)
    for at in range(len(cells) - 1, 0, -1):
        if cells[at].folded.startswith("、") and _unit_like(cells[at - 1].folded):
            # 人事科 、办公室: a space before a list's 、 after a unit's name is inside the one units cell
            before, after = cells[at - 1], cells.pop(at)
            cells[at - 1] = _Cell(
                text[before.start : after.end], before.start, after.end, line.folded[before.start : after.end]
            )
    return cells


_CELL_TEXT = compile_regex(r"\S+")  # a cell between two of P.CELL_GAP's runs of spaces (\s+)


def _tab_cells(text: str) -> list[_Cell]:
    cells = []
    pos = 0
    for piece in text.split("\t"):
        stripped = piece.strip()
        start = pos + (piece.find(stripped) if stripped else 0)
        cells.append(_Cell(stripped, start, start + len(stripped), fold(stripped)))
        pos += len(piece) + 1
    return cells


def _pipe_row(folded: str) -> bool:
    """A row written with pipes (P.PIPE_ROW, or P.PIPE_ROW_OPEN with no outer bars). Each of their forms
    holds a bar, looked for first: the pattern backtracks through a long row that holds none
    (tests/test_patterns.py checks the forms)."""
    return "|" in folded and (P.PIPE_ROW.match(folded) is not None or P.PIPE_ROW_OPEN.match(folded) is not None)


# cells padded to their columns with runs of spaces (a page set in a fixed-width font)
_ALIGNED_GAP = compile_regex(r"\S[ \u3000]{2,}(?=\S)|\u3000")


def _width(text: str) -> int:
    """How wide a text prints in a fixed-width font: two for a wide (CJK) character, one for any other."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


_CELL_ROLE_VERBS = ("负责", "牵头", "配合", "协助", "参与", "协同")


def _prose_not_units(folded: str) -> bool:
    """A long cell of several pieces none of which ends as a unit's name (重点推进城市规划、土地出让、…的公开,并由相关
    主管部门形成公开细则): prose, never units; a short cell (各乡镇) or one naming a unit anywhere is left as it is."""
    text = folded.strip()
    if len(text) < 40 or _reads_as_units(text) or any(verb in text for verb in _CELL_ROLE_VERBS):
        return False  # (县司法局负责合法性审查、县融媒体中心负责宣传报道: units with their duties)
    names = split_units(text)
    return len(names) >= 3 and not any(_unit_like(name) for name in names)  # (names of folded text)


def _sentence_not_units(folded: str) -> bool:
    """A cell closing with a full stop that, without it, reads as no unit's name or list of them (实施某路改造工程。,
    6月开工，年内完工。); 县水务局。 reads as a unit."""
    text = folded.strip()
    return text.endswith("。") and not _reads_as_units(text.rstrip("。").strip())


def _reads_as_units(folded: str) -> bool:
    """A cell that is a unit's name or a list of them (a role may follow a name: 县水务局（牵头）). Kept for the
    last 1,024 short cells: a table names the same units again and again."""
    return _reads_as_units_kept(folded) if len(folded) <= 64 else _read_as_units(folded)


@lru_cache(maxsize=1024)
def _reads_as_units_kept(folded: str) -> bool:
    return _read_as_units(folded)


def _read_as_units(folded: str) -> bool:
    if _unit_like(_without_role_mark(folded)):
        return True
    if "。" in folded or not any(sep in folded for sep in P.UNIT_SEPARATORS):
        return False
    names = [_without_role_mark(fold(unit)) for unit in split_units(folded)]
    # a list of short names, one at least ending as a unit's does (州人大常委会、州政协)
    return any(map(_unit_like, names)) and all(len(name) <= 30 and not _PROSE_MARK.search(name) for name in names)


def _without_role_mark(folded: str) -> str:
    """A unit's name without the role in brackets after it (P.UNIT_ROLE_MARK): 县水务局(牵头) -> 县水务局. The
    mark closes the text (or its last line), so other texts, a row's task text among them, are not searched."""
    return (
        P.UNIT_ROLE_MARK.sub("", folded)
        if folded.endswith((")", ")\n", "〕", "〕\n", "]", "]\n", "〉", "〉\n", ">", ">\n"))
        else folded
    )


_PROSE_MARK = compile_regex(r"[,:!?]")  # (compiled once: regex.search looks a pattern up at every call)


def _due_like(folded: str) -> bool:
    return len(folded) <= 24 and "。" not in folded and P.DUE_CELL.search(folded) is not None


@lru_cache(maxsize=1024)  # (deadline cells repeat down a table: 2024年底前, 长期坚持)
def _due_without_verb(cell: str) -> str:
    """A deadline cell's date, without the verb some cells keep: 2024年9月投用 -> 2024年9月."""
    folded = fold(cell.strip())
    verb = P.DUE_CELL_VERB.fullmatch(folded)
    if verb is None:
        return cell
    return cell.strip()[: verb.end("due")] if len(folded) == len(cell.strip()) else verb["due"]
