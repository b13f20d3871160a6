"""Word (.docx) -> lines: paragraphs and tables in document order, with list numbering rendered.

Word keeps `一、`, `（一）` and `1.` made by automatic numbering out of the
paragraph's text (in numbering.xml), so a reader that takes the text alone loses
the parts and tasks they number; `Numbering` counts them as Word does and puts
the label back in front of the paragraph. Tables keep their merges: a cell merged
down (vMerge) or across (gridSpan) is handed to grid.py with its spans.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import docx
import docx.opc.exceptions
import lxml.etree

from ..errors import InputError
from ..i18n import _
from ..numerals import int_to_cn
from .grid import Cell, table_lines

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


# What a damaged archive or part raises, from zipfile, zlib, python-docx and lxml.
_DAMAGED = (
    docx.opc.exceptions.PackageNotFoundError,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    ValueError,
    lxml.etree.XMLSyntaxError,
)


def read_docx(data: bytes, name: str) -> str:
    try:
        document = docx.Document(io.BytesIO(data))
        numbering = Numbering(_numbering_xml(document), _styles_xml(document))
        return "\n".join(_body_lines(document.element.body, numbering))
    except _DAMAGED:
        raise InputError(_("{name}: a damaged Word file; open and save it again in Word").format(name=name)) from None


def _numbering_xml(document: Any) -> Any:
    try:
        return document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return None


def _styles_xml(document: Any) -> Any:
    try:
        return document.part.styles.element
    except (KeyError, NotImplementedError):
        return None


def _body_lines(body: Any, numbering: Numbering) -> Iterator[str]:
    for child in _blocks(body):
        if child.tag == f"{W}p":
            yield from paragraph_text(child, numbering).split("\n")
        else:
            yield from table_lines(_table_rows(child, numbering))


def _blocks(parent: Any) -> Iterator[Any]:
    """Paragraphs and tables in order, looking inside content controls (w:sdt)."""
    for child in parent:
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _blocks(content)


# The runs whose text shows: plain, in links, tracked insertions, smart tags, simple fields and
# content controls; not deletions (w:delText), field codes (w:instrText) or moved-away text.
_RUNS = lxml.etree.XPath(
    "./w:r | ./w:hyperlink/w:r | ./w:ins/w:r | ./w:ins/w:hyperlink/w:r | ./w:hyperlink/w:ins/w:r | ./w:moveTo/w:r"
    " | ./w:smartTag/w:r | ./w:fldSimple/w:r | ./w:sdt/w:sdtContent/w:r | ./w:customXml/w:r",
    namespaces={"w": W[1:-1]},
)
_RUN_TEXT = {f"{W}tab": " ", f"{W}ptab": " ", f"{W}br": "\n", f"{W}cr": "\n", f"{W}noBreakHyphen": "-"}


def paragraph_text(p: Any, numbering: Numbering) -> str:
    """The paragraph as Word shows it: its list label, then its runs' text (line breaks as newlines)."""
    out = [numbering.label(p)]
    for run in _RUNS(p):
        for child in run:
            if child.tag == f"{W}t":
                out.append(child.text or "")
            else:
                out.append(_RUN_TEXT.get(child.tag, ""))
    return "".join(out)


def _table_rows(tbl: Any, numbering: Numbering) -> list[list[Cell]]:
    """The table's rows as cells with spans; a cell continuing a vertical merge is left to the one it continues."""
    grid: list[list[tuple[Any, int, str | None]]] = []  # per row: (tc, colspan, vMerge)
    for tr in tbl.iterchildren(f"{W}tr"):
        row: list[tuple[Any, int, str | None]] = []
        before = _int_val(tr.find(f"{W}trPr/{W}gridBefore"))
        if before:
            row.append((None, before, None))
        for tc in _cells(tr):
            pr = tc.find(f"{W}tcPr")
            span = _int_val(pr.find(f"{W}gridSpan")) if pr is not None else 0
            merge = pr.find(f"{W}vMerge") if pr is not None else None
            state = None if merge is None else (merge.get(f"{W}val") or "continue")
            row.append((tc, max(span, 1), state))
        grid.append(row)
    rows: list[list[Cell]] = []
    for r, row in enumerate(grid):
        cells: list[Cell] = []
        column = 0
        for tc, span, state in row:
            if state != "continue":
                lines = [] if tc is None else _cell_lines(tc, numbering)
                cells.append(Cell.of(lines, _rowspan(grid, r, column) if state == "restart" else 1, span))
            column += span
        rows.append(cells)
    return rows


def _cells(tr: Any) -> Iterator[Any]:
    for child in tr:
        if child.tag == f"{W}tc":
            yield child
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from (tc for tc in content if tc.tag == f"{W}tc")


def _rowspan(grid: list[list[tuple[Any, int, str | None]]], r: int, column: int) -> int:
    span = 1
    for row in grid[r + 1 :]:
        at = 0
        state = None
        for _tc, width, cell_state in row:
            if at == column:
                state = cell_state
                break
            at += width
        if state != "continue":
            break
        span += 1
    return span


def _cell_lines(tc: Any, numbering: Numbering) -> list[str]:
    return [piece for p in tc.iter(f"{W}p") for piece in paragraph_text(p, numbering).split("\n")]


def _int_val(element: Any) -> int:
    if element is None:
        return 0
    try:
        return int(element.get(f"{W}val", "0"))
    except ValueError:
        return 0


# ------------------------------------------------------------------ numbering


@dataclass(frozen=True)
class Level:
    start: int
    fmt: str  # decimal, chineseCounting, ideographTraditional, ...
    text: str  # lvlText: "%1、", "（%2）", "%3."
    legal: bool = False  # isLgl: every %n as a decimal
    restart: int | None = None  # lvlRestart: restart after a level above this (1-based); 0 never; None any


_TRADITIONAL = "甲乙丙丁戊己庚辛壬癸"
_LEGAL = str.maketrans("一二三四五六七八九十百", "壹贰叁肆伍陆柒捌玖拾佰")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def format_number(n: int, fmt: str) -> str:
    """A counter in one of Word's number formats (decimal for any it does not know)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting"):
        return int_to_cn(n)
    if fmt in ("chineseLegalSimplified", "ideographLegalTraditional"):
        return int_to_cn(n).translate(_LEGAL)
    if fmt == "ideographTraditional" and 1 <= n <= len(_TRADITIONAL):
        return _TRADITIONAL[n - 1]
    if fmt == "ideographDigital" or fmt == "taiwaneseDigital":
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return _CIRCLED[n - 1] if 1 <= n <= len(_CIRCLED) else str(n)
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "decimalEnclosedParen":
        return f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return f"{n}."
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC")):
        while n >= value:
            out, n = out + numeral, n - value
    for value, numeral in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


class Numbering:
    """Word's list counters: one set a list, where a list is a w:num with its own start
    overrides or else every w:num sharing one abstract definition (as Word counts them).
    Numbering a level counts it on and restarts the deeper levels, except a level whose
    lvlRestart says otherwise (0: never, as for （一） counted on across parts)."""

    def __init__(self, numbering: Any, styles: Any) -> None:
        self._abstract: dict[str, dict[int, Level]] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> (abstractNumId, start overrides)
        self._style_num: dict[str, tuple[str | None, int | None]] = {}
        self._style_base: dict[str, str] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._linked: dict[str, str] = {}  # abstractNumId -> the numbering style it takes its levels from
        if numbering is not None:
            self._read_numbering(numbering)
        if styles is not None:
            self._read_styles(styles)

    def _read_numbering(self, root: Any) -> None:
        for abstract in root.iterchildren(f"{W}abstractNum"):
            levels = {}
            for lvl in abstract.iterchildren(f"{W}lvl"):
                levels[_int_attr(lvl, "ilvl")] = _level(lvl)
            abstract_id = abstract.get(f"{W}abstractNumId", "")
            self._abstract[abstract_id] = levels
            link = abstract.find(f"{W}numStyleLink")
            if link is not None:  # the levels live with a numbering style's own list
                self._linked[abstract_id] = link.get(f"{W}val", "")
        for num in root.iterchildren(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            overrides = {}
            for override in num.iterchildren(f"{W}lvlOverride"):
                start = override.find(f"{W}startOverride")
                if start is not None:
                    overrides[_int_attr(override, "ilvl")] = _int_val(start)
            abstract_id = ref.get(f"{W}val", "") if ref is not None else ""
            self._nums[num.get(f"{W}numId", "")] = (abstract_id, overrides)

    def _read_styles(self, root: Any) -> None:
        for style in root.iterchildren(f"{W}style"):
            style_id = style.get(f"{W}styleId", "")
            based = style.find(f"{W}basedOn")
            if based is not None:
                self._style_base[style_id] = based.get(f"{W}val", "")
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                self._style_num[style_id] = _num_pr(num_pr)

    def _paragraph_num(self, p: Any) -> tuple[str | None, int]:
        num_id, ilvl = None, None
        num_pr = p.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            num_id, ilvl = _num_pr(num_pr)
        style = p.find(f"{W}pPr/{W}pStyle")
        style_id = style.get(f"{W}val") if style is not None else None
        for _step in range(10):  # a style chain deeper than this is a loop
            if style_id is None or (num_id is not None and ilvl is not None):
                break
            style_num, style_ilvl = self._style_num.get(style_id, (None, None))
            num_id = num_id if num_id is not None else style_num
            ilvl = ilvl if ilvl is not None else style_ilvl
            style_id = self._style_base.get(style_id)
        return num_id, ilvl or 0

    def label(self, p: Any) -> str:
        """The label Word shows in front of this paragraph ('' when it is not numbered)."""
        num_id, ilvl = self._paragraph_num(p)
        if num_id is None or num_id == "0" or num_id not in self._nums:
            return ""
        abstract_id, overrides = self._nums[num_id]
        if abstract_id in self._linked:
            style_num = self._style_num.get(self._linked[abstract_id], (None, None))[0]
            if style_num in self._nums:
                abstract_id = self._nums[style_num][0]
        levels = self._abstract.get(abstract_id, {})
        level = levels.get(ilvl)
        if level is None or level.fmt == "bullet" or level.fmt == "none":
            return ""
        key = num_id if overrides else f"abstract:{abstract_id}"
        counters = self._counters.setdefault(key, {})

        def start(at: int) -> int:
            return overrides.get(at, levels[at].start if at in levels else 1)

        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start(ilvl)
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or ilvl < restart:
                del counters[deeper]
        text = level.text
        for at in range(8, -1, -1):
            mark = f"%{at + 1}"
            if mark in text:
                fmt = "decimal" if level.legal or at not in levels else levels[at].fmt
                text = text.replace(mark, format_number(counters.get(at, start(at)), fmt))
        return text


def _level(lvl: Any) -> Level:
    start = lvl.find(f"{W}start")
    fmt = lvl.find(f"{W}numFmt")
    text = lvl.find(f"{W}lvlText")
    return Level(
        start=_int_val(start) if start is not None else 1,
        fmt=fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
        text=text.get(f"{W}val", "") if text is not None else "",
        legal=lvl.find(f"{W}isLgl") is not None,
        restart=_int_val(restart) if (restart := lvl.find(f"{W}lvlRestart")) is not None else None,
    )


def _num_pr(num_pr: Any) -> tuple[str | None, int | None]:
    num_id = num_pr.find(f"{W}numId")
    ilvl = num_pr.find(f"{W}ilvl")
    return (
        num_id.get(f"{W}val") if num_id is not None else None,
        _int_val(ilvl) if ilvl is not None else None,
    )


def _int_attr(element: Any, name: str) -> int:
    try:
        return int(element.get(f"{W}{name}", "0"))
    except ValueError:
        return 0
