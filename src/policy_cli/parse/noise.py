"""Page noise, removed before parsing: pinyin glosses, page tools and footers, page headers repeated mid-text.

Removal never moves a line: a cleaned line keeps its number, and what was cut
from it is kept as boilerplate with that number.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import cache

import regex

from .. import patterns as P
from ..decode import fold, read_back_shifted
from ..models import Boilerplate, Warning
from ..numerals import cn_to_int
from ..regex_engine import Match, Pattern, compile_regex
from .lines import SourceLine, opens_item

# the opening of a pinyin gloss (P.PINYIN_GLOSS): a bracket and a pinyin letter. A text without one holds no
# gloss, and is not scanned by the pattern (tests/test_patterns.py keeps the two together).
_GLOSS_OPENING = re.compile("[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]")


def may_hold_pinyin(text: str) -> bool:
    """Whether a text may hold a pinyin gloss: nearly all notices hold none."""
    return _GLOSS_OPENING.search(text) is not None


def strip_pinyin(text: str) -> str:
    """关(guān)于印发(fā) -> 关于印发; a bracketed word or number stays: 方案(试行), (1)."""
    cleaned: str = P.PINYIN_GLOSS.sub(lambda m: "" if _all_syllables(m.group()) else m.group(), text)
    return cleaned


def _all_syllables(glosses: str) -> bool:
    return all(P.PINYIN_SYLLABLE.fullmatch(g) for g in regex.split(r"[()（） ]+", glosses) if g)


def unshifted_starts(lines: list[SourceLine]) -> tuple[list[SourceLine], list[Warning]]:
    """Lines whose start a mirror site read one byte off (P.SHIFTED_START), read back from their bytes where that
    gives a clause's number (?。ㄎ澹┘訌婜槼鞘袌霰O管 -> （五）加強鷺城市場監管), so that the item starts there; each
    such line warned, as a read back may lack a character the site could not show, and a start not read back
    (its numeral's bytes lost: ?。ǘ┩七M東岸…) no longer shows the number of the item it may open."""
    out: list[SourceLine] = []
    warnings: list[Warning] = []
    for line in lines:
        shifted = P.SHIFTED_START.match(line.text) if "。" in line.text[:2] else None
        if shifted is None:
            out.append(line)
            continue
        back = read_back_shifted(line.text[shifted.end() :])
        if back is not None and P.CLAUSE.match(fold(back)):
            out.append(SourceLine(line.number, back, fold(back)))
            message = (
                f"the start of the line was garbled by a site that read its bytes one off; read back as {back[:12]}…,"
                " a character the site could not show may be missing"
            )
        else:
            out.append(line)
            message = (
                "the start of the line was garbled by a site that read its bytes one off, and cannot be read back:"
                f" the number of an item there is lost: {line.text[:16]}…"
            )
        warnings.append(Warning("line-start-garbled", line.number, message))
    return out, warnings


def strip_furniture(lines: list[SourceLine]) -> tuple[list[SourceLine], list[Boilerplate]]:
    """Page tools and footers (打印本页, 分享到:, 扫一扫…, 主办:…) out of the lines, into boilerplate; the pipe
    a scrape left beside each cell of a table written one cell a line (清理河塘垃圾 |) off its line, and a
    pipe alone on a line between such cells set aside as a table rule."""
    kept: list[SourceLine] = []
    cut: list[Boilerplate] = []
    lines = _bar_cells_joined(lines)
    empty = _empty_bar_cells(lines)
    lines = _unpiped(lines, empty)
    lines = _without_watermarks(lines, cut)
    lines = _unchunked(lines, cut)
    downloads = False  # the last line with text was a page's download link (附件下载:), its files under it
    for n, line in enumerate(lines):
        if line.folded.strip() == "|" and line.number not in empty:
            # a bar alone: the cell separator of a table scraped one cell a line
            cut.append(Boilerplate(line.number, "table-rule", line.text))
            continue
        match = furniture(line.folded) if _FURNITURE_WORD.search(line.folded) else None
        if match is None and P.HOST_LINE.match(line.folded) and not _beside_labels(lines, n):
            match = P.HOST_LINE.match(line.folded)
        if match is None and downloads and P.DOWNLOAD_FILE.match(line.folded.strip()):
            match = P.DOWNLOAD_FILE.match(line.folded.strip())  # the file a 附件下载 link above names: no cell
            cut.append(Boilerplate(line.number, "footer", line.text.strip()))
            continue
        if line.folded.strip():
            downloads = match is not None and P.DOWNLOAD_LINK.match(line.folded.strip()) is not None
        if match is None:
            kept.append(line)
            continue
        start = match.start() + (len(match.group()) - len(match.group().lstrip()))
        cut.append(Boilerplate(line.number, "footer", line.text[start:].strip()))
        if line.text[:start].strip():
            kept.append(_cut(line, 0, start))
    return kept, cut


_HAN = compile_regex(r"\p{Han}")


def _without_watermarks(lines: list[SourceLine], cut: list[Boilerplate]) -> list[SourceLine]:
    """A document site's watermark (秘书之家—全网资源每日更新www.example.com) cut out of the text wherever it
    stands, inside a word too (【牵{watermark}头单位:…】 -> 【牵头单位:…】), and kept as a footer."""
    found = [(n, m) for n, ln in enumerate(lines) if "www." in ln.folded for m in P.SITE_WATERMARK.finditer(ln.folded)]
    if not found:
        return lines
    # the site's name as its cleanest occurrence writes it (at a line's start or after punctuation): the
    # characters of a word it was run into (【牵{name}—…】) are no part of it
    clean = [m["name"] for n, m in found if m.start() == 0 or not _HAN.match(lines[n].folded[m.start() - 1])]
    name = min(clean, key=len) if clean else None
    marks_of: dict[int, list[Match]] = {}
    for n, m in found:
        marks_of.setdefault(n, []).append(m)
    out: list[SourceLine] = []
    for n, line in enumerate(lines):
        marks = marks_of.get(n)
        if not marks:
            out.append(line)
            continue
        text, pos = "", 0
        for mark in marks:
            start = mark.end("name") - len(name) if name and mark["name"].endswith(name) else mark.start()
            cut.append(Boilerplate(line.number, "footer", line.text[start : mark.end()]))
            text += line.text[pos:start]
            pos = mark.end()
        text = (text + line.text[pos:]).strip(" \u3000")
        if text:
            out.append(SourceLine(line.number, text, fold(text), line.bare_item))
    return out


_CHUNK = 200  # a document site's chunk runs to hundreds of characters; an item of a list rarely does twice


def _unchunked(lines: list[SourceLine], cut: list[Boilerplate]) -> list[SourceLine]:
    """A document site's preview (its file name 某县…方案.docx on top) cuts the text into long chunks and
    numbers them 1、 2、 … at their starts, wherever a chunk begins (2、人行某分行配合）…): those numbers
    are the site's, set aside as page breaks, when every long line opens with the next one (prose only: a
    table glued into the chunks keeps them for the table's reader)."""
    named = {n for n, ln in enumerate(lines[:3]) if "." in ln.folded and _names_a_file(ln.folded)}
    if not named:
        return _unnamed_chunks(lines, cut)
    # (the site's own line naming the file, 《….docx》由会员分享…, is no chunk, however long)
    long = [n for n, ln in enumerate(lines) if len(ln.folded) >= _CHUNK and n not in named]
    last = len(lines) - 1
    if (
        long
        and last == long[-1] + 1
        and (end := P.CHUNK_MARK.match(lines[last].folded))
        and int(end["n"]) == len(long) + 1
    ):
        long.append(last)  # the preview's last chunk, cut short: 3、。推
    marks = [P.CHUNK_MARK.match(lines[n].folded) for n in long]
    if len(long) < 2 or not all(m is not None and int(m["n"]) == k for k, m in enumerate(marks, 1)):
        return lines
    if not _cut_as_chunks(lines, long, marks):
        return lines  # numbered items, each whole: a notice's own list under its attachment's name
    if any(P.CHUNKED_TABLE_HEADER.search(lines[n].folded) for n in long):
        return lines  # a table glued into the chunks: its reader takes the numbers as they stand
    out = list(lines)
    for n, mark in zip(long, marks, strict=True):
        assert mark is not None
        cut.append(Boilerplate(lines[n].number, "page-break", lines[n].text[: mark.end()].strip()))
        out[n] = _cut(lines[n], mark.end(), len(lines[n].text))
    return out


def _unnamed_chunks(lines: list[SourceLine], cut: list[Boilerplate]) -> list[SourceLine]:
    """A page of nothing but a document site's chunks, with no file name above them: three or more lines
    numbered 1、 2、 3、…, each but the last long and cut inside a sentence (…坚决禁用高度 ⏎ 2、高残农药…); not a
    notice's own items 1、 2、 3、, each a whole sentence."""
    if len(lines) < 3:
        return lines
    marks = []
    for k, line in enumerate(lines, 1):  # (a notice is told at its first line, not after matching them all)
        mark = P.CHUNK_MARK.match(line.folded)
        if mark is None or int(mark["n"]) != k:
            return lines
        marks.append(mark)
    if any(len(ln.folded) < _CHUNK or not P.CHUNK_CUT_END.search(ln.folded) for ln in lines[:-1]):
        return lines
    out = []
    for line, mark in zip(lines, marks, strict=True):
        assert mark is not None
        cut.append(Boilerplate(line.number, "page-break", line.text[: mark.end()].strip()))
        out.append(_cut(line, mark.end(), len(line.text)))
    return out


def _names_a_file(folded: str) -> bool:
    """某县实施方案.docx (a line ending in a file's name) or 《某县实施方案.docx》由会员分享… (the name in book-title
    marks): a document site's preview."""
    return bool(P.FILE_EXTENSION.search(folded) or P.FILE_IN_BOOK_MARKS.search(folded))


def _cut_as_chunks(lines: list[SourceLine], long: list[int], marks: list[Match | None]) -> bool:
    """Whether the long lines are one text cut into chunks: each follows the one before with no line between
    (a notice's items have their 牵头单位:/完成时限: lines or shorter items between them), and a cut falls
    where no item can start, inside a sentence or an annotation (…负责， then 2、…配合）…)."""
    if any(b != a + 1 for a, b in itertools.pairwise(long)):
        return False
    return any(
        P.CHUNK_CUT_END.search(lines[a].folded) or P.CHUNK_CUT_START.match(lines[b].folded[mark.end() :])
        for (a, b), mark in zip(itertools.pairwise(long), marks[1:], strict=True)
        if mark is not None
    )


def ends_in_open_cell(lines: list[SourceLine]) -> bool:
    """Whether the text is a table one cell a line, each closed by a pipe (市旅游局 |), whose last line
    has none: the page was cut inside that cell."""
    if len(lines) < 3 or "|" in lines[-1].folded:
        return False
    return all("|" in ln.folded and P.STRAY_PIPE.match(ln.folded) for ln in lines[-3:-1])


def furniture(folded: str) -> Match | None:
    """P.FURNITURE.search(folded), found as the two halves of _furniture_halves find it: the leftmost of their
    matches, the first half's where both start at one place (its forms come first in the pattern)."""
    halves = _furniture_halves()
    if halves is None:
        return P.FURNITURE.search(folded)
    # the first half's forms that may stand anywhere in a line each hold a colon or one of a few words: in a
    # line holding none (a sentence naming 审核 or 主办), only its forms anchored at the line's start can match,
    # and they are tried there alone, not at every place (a scan of some 60 us a long line)
    anywhere = ":" in folded or any(word in folded for word in _FURNITURE_ANYWHERE_WORDS)
    first = halves[0].search(folded) if anywhere else halves[0].match(folded)
    glued = halves[1].search(folded) if ":" in folded else None  # (each glued form holds its label's colon)
    if glued is None or (first is not None and first.start() <= glued.start()):
        return first
    return glued


# every form of P.FURNITURE's first half that is not anchored at the line's start holds a colon or one of these
# words (打印本页, 〔关闭〕, 返回顶部, 加入收藏, 扫一扫…, 〔我要纠错〕: never 纠错 alone, which many a sentence holds,
# 执法纠错机制); tests/test_patterns.py keeps them so
_FURNITURE_ANYWHERE_WORDS = ("打印", "关闭", "返回", "收藏", "设为首页", "扫一扫", "我要纠错", "网页纠错")
# the first of P.FURNITURE's forms glued after a line's text, which look behind to the line's start
_GLUED_FORMS = "|(?<=^[^:]*\\p{Han})"


@cache
def _furniture_halves() -> tuple[Pattern, Pattern] | None:
    """P.FURNITURE cut before its forms glued after a line's text: regex tries their look-behinds to the line's
    start at every place, and with them the whole pattern (on regex) costs some 300 us a long line; apart,
    the forms before them go to re, and the two searches cost a quarter of that. None if the pattern has
    no such forms."""
    at = P.FURNITURE.pattern.find(_GLUED_FORMS)
    if at < 0:
        return None
    return compile_regex(P.FURNITURE.pattern[:at]), compile_regex(P.FURNITURE.pattern[at + 1 :])


# Every form P.FURNITURE finds holds one of these words; a line holding none (nearly every line) is not
# searched, as FURNITURE's many unanchored forms cost a few us a line. tests/test_patterns.py keeps the
# two together: a change to FURNITURE fails there until this list is checked against it.
_FURNITURE_WORD = re.compile(
    "打印|关闭|返回|收藏|设为首页|上一|下一|上页|下页|扫一扫|分享|视力保护色|主办|承办|字体|字号|阅读|审核|来源|监督方式|监督电话"
    "|举报电话|联系人|发布时间|发布日期|附件下载|编辑|校对|审校|广告|作者|纠错|〔大〕"  # (监督 and 举报 alone are in the text of many a task)
)


def _empty_bar_cells(lines: list[SourceLine]) -> set[int]:
    """The line numbers of bars alone on their lines among cells each closed by a pipe (市发展改革委 | ⏎ | ⏎
    市商务局 |): each is an empty cell (a merged cell, an empty leaders cell), kept so the row keeps its
    columns, where the nearest lines with text before it and after it are such cells, three bars alone in a
    row at most. Between cells with no pipe of their own a bar alone is a separator (a table rule), and so
    is each of a longer run of them (an empty table's rows)."""
    bars = [n for n, line in enumerate(lines) if line.folded.strip() == "|"]
    if not bars:
        return set()

    def closed_cell(n: int, step: int) -> bool:
        run = 0
        while 0 <= n < len(lines) and lines[n].folded.strip() == "|":
            n, run = n + step, run + 1
        return run < 3 and 0 <= n < len(lines) and P.STRAY_PIPE.match(lines[n].folded) is not None

    return {lines[n].number for n in bars if closed_cell(n - 1, -1) and closed_cell(n + 1, 1)}


def _bar_cells_joined(lines: list[SourceLine]) -> list[SourceLine]:
    """A table scraped with a bar alone on a line between its cells (| ⏎ 市市场监管局 ⏎ 市政务服务中心 | ⏎ | ⏎ …):
    the lines of one cell, next to each other with no bar between them, after a bar and closed by one after
    the last one's text, are one line, the first's: its wrapped text joined without a gap (序 ⏎ 号 | -> 序号),
    two units' names with a space between them, and the bar closing the cell dropped (附件 alone opening the
    cell stays a line of its own). Only in a text with six such bars or more, or with twelve lines or more
    each holding one cell closed by a bar after its text (市商务局 |), a cell wrapped over lines standing
    among them (牵头 ⏎ 单位 | -> 牵头单位; 2025年 ⏎ 12月底前 | -> 2025年12月底前)."""
    alone = sum(1 for line in lines if "|" in line.folded and line.folded.strip() == "|") >= 6
    if not alone and not _closed_cells(lines):
        return lines
    out: list[SourceLine] = []
    n = 0
    number_closed = False  # the line before was a row's number with no bar after it, closing its cell
    while n < len(lines):
        start = n
        after_bar = n > 0 and (number_closed or _closes_one_cell(lines[n - 1].folded)) and "|" not in lines[n].folded
        number_closed = False
        if after_bar and n + 1 < len(lines) and P.ANNEX_START.match(lines[n].folded.strip()):
            out.append(lines[n])  # 附件 ⏎ its title ⏎ …: the annex's mark, the title a line of its own
            start = n + 1
        if after_bar and (number := P.NUMBER_CELL.match(lines[start].folded.strip())) and len(number["num"]) <= 3:
            # 4 ⏎ 建设防火 ⏎ 隔离带50公里 |: a row's number closes its cell, a bar after it or not (never joined to
            # the next cell's text, which would shift the row's cells)
            text = lines[start].text.strip() + (" |" if not alone else "")
            out.append(SourceLine(lines[start].number, text, fold(text)) if not alone else lines[start])
            number_closed = True
            n = start + 1
            continue
        end = _cell_end(lines, start) if after_bar else start + 1
        # with no bar alone between the cells the joined cell keeps its bar, as the cells beside it do
        out.append(_cell_lines_joined(lines[start:end], not alone) if end - start > 1 else lines[start])
        n = end
    return out


def _closes_one_cell(folded: str) -> bool:
    """Whether a line ends in a bar closing one cell (市商务局 |, a bar alone, 责任单位 | ||), never a row of
    several cells (发文日期: | 2023-06-30 | 发布机构: | 某局 |: a page's metadata above the table, after which
    the table's title is a line of its own, not a cell to join to the first column name)."""
    text = folded.rstrip()
    return text.endswith("|") and sum(1 for cell in text.split("|") if cell.strip()) <= 1


def _closed_cells(lines: list[SourceLine]) -> bool:
    """Whether twelve lines or more each hold one cell closed by a bar after its text (区商务局 |), the text
    of a table scraped one cell a line with a bar after each cell and none alone between them."""
    closed = 0
    for line in lines:
        if "|" in line.folded and not line.folded.lstrip().startswith("|"):
            closed += P.STRAY_PIPE.match(line.folded) is not None
            if closed >= 12:
                return True
    return False


def _cell_end(lines: list[SourceLine], start: int) -> int:
    """Where the cell opening at lines[start] ends: after the lines next to it with no bar, the last closed by
    one after its text (市政务服务中心 |); start + 1 unless such a bar closes them (a bar alone on the line after
    them leaves the lines to the table reader, which reads a name or cell wrapped so)."""
    end = start + 1
    while (
        end < len(lines)
        and lines[end].number == lines[end - 1].number + 1
        and "|" not in lines[end - 1].folded
        and ("|" not in lines[end].folded or P.STRAY_PIPE.match(lines[end].folded) is not None)
        and not lines[end].folded.lstrip().startswith("|")
    ):
        end += 1
    return end if "|" in lines[end - 1].folded else start + 1


def _cell_lines_joined(cell: list[SourceLine], bar: bool = False) -> SourceLine:
    """The lines of one table cell as one line (see _bar_cells_joined), closed by a bar if bar."""
    pieces = [line.text.strip().rstrip("|").strip() for line in cell]
    text = pieces[0]
    for piece in pieces[1:]:
        units = text.endswith(P.UNIT_ENDINGS) and piece.endswith(P.UNIT_ENDINGS) and "。" not in piece
        text += (" " if units else "") + piece
    text += " |" if bar else ""
    return SourceLine(cell[0].number, text, fold(text))


def _unpiped(lines: list[SourceLine], empty: frozenset[int] | set[int] = frozenset()) -> list[SourceLine]:
    """Lines without the stray pipe after (or before) their one cell, when two lines or more in a row are
    written so (an empty cell's bar alone, see _empty_bar_cells, is one): a single such line is left as written."""
    stray = [P.STRAY_PIPE.match(line.folded) if "|" in line.folded else None for line in lines]
    beside = [bool(m) or line.number in empty for m, line in zip(stray, lines, strict=True)]
    out = []
    for n, line in enumerate(lines):
        match = stray[n]
        if match and ((n > 0 and beside[n - 1]) or (n + 1 < len(lines) and beside[n + 1])):
            text = line.text[match.start("text") : match.end("text")].strip()
            line = SourceLine(line.number, text, fold(text))
        out.append(line)
    return out


def _beside_labels(lines: list[SourceLine], n: int) -> bool:
    """Whether a labelled assignment line (协办单位:…, 完成时限:…) is beside line n, or a numbered block opens
    right before it (5.清理占道经营。 then 主办单位:县城管局). Otherwise never the text's last line, nor a
    line the page's footer follows (承办:…, 版权所有…): that is the site's host."""
    if n > 0 and any(p.match(lines[n - 1].folded) for p in (P.ITEM, P.CLAUSE, P.SUBITEM, P.POINT, P.TASK_LABEL)):
        return True
    after = lines[n + 1].folded if n + 1 < len(lines) else None
    if after is None or P.FOOTER.search(after) or P.FURNITURE.search(after) or P.SITE_FOOTER_NEXT.match(after):
        return False
    return any(
        0 <= i < len(lines) and P.ROLE_LABEL.match(lines[i].folded) and not P.HOST_LINE.match(lines[i].folded)
        for i in (n - 1, n + 1)
    )


def strip_page_headers(
    lines: list[SourceLine],
    banners: tuple[str, ...],
    issuers: tuple[str, ...] = (),
    own_number: str | None = None,
    running: tuple[str, ...] = (),
) -> tuple[list[SourceLine], list[Boilerplate]]:
    """A page header the scrape repeated in the text (某县人民政府文件 某政〔2020〕21号) out of it, into boilerplate.

    banners are the notice's own red-header lines, cut where they recur followed by a 文号,
    or alone on a line; an issuer's name followed by 文件 is cut with a 文号 after it or alone on its line,
    and any name ending in 人民政府文件 with a 文号 after it (委员会文件, 办公室文件…). A banner's words
    in a sentence without a 文号 (按照某县人民政府文件要求) stay. A page number (— 3 —)
    or the notice's own 文号 alone on a line is a page break too. running are the notice's own titles
    and issuers: a line repeating one of them whole right after a page break (the running head over
    the next page), or left of a line once its page counter is cut (某厅办公室　第 1 页 共 3 页, the
    issuer's office too), is the page's header; so is a title repeated with a document site's mark of its
    page (…方案（第2页）), wherever it stands.
    """
    heads = {"".join(fold(w).split()) for w in (*running, *issuers) if w.strip()}
    heads |= {"".join(fold(i).split()) + "办公室" for i in issuers}
    number = rf"\s*{P.DOC_NUMBER.pattern}"
    # an issuer's name and 文件 alone on a line (某市人民政府办公室文件) is the banner of the next page too
    alone = _any_of((*banners, *(f"{i}文件" for i in issuers)), rf"(?:{number})?\s*$")
    # each pattern with a character its matches hold, so that a line without it is not searched: a 文号
    # ends in 号, a page counter holds 页 (tests/test_pages.py keeps the patterns so); a banner alone, none
    searched = [
        (compile_regex("^" + alone.pattern) if alone else None, ""),
        (_any_of(banners, number), "号"),
        (_any_of(tuple(f"{i}文件" for i in issuers), number), "号"),
        (P.PAGE_BREAK_HEADER, "号"),
        (P.PAGE_COUNTER_IN_LINE, "页"),
    ]
    patterns = [(pattern, need) for pattern, need in searched if pattern is not None]
    kept: list[SourceLine] = []
    cut: list[Boilerplate] = []
    at_break = False  # the line follows a page break (a page number, a header cut whole)
    for at, line in enumerate(lines):
        if P.PAGE_NUMBER.match(line.folded) or (own_number and _is_number(line, own_number)):
            cut.append(Boilerplate(line.number, "page-break", line.text))  # — 3 —, or the own 文号 alone
            at_break = True
            continue
        if _page_heading(line.folded, heads):  # …方案（第2页）: the site's heading of a page, again
            cut.append(Boilerplate(line.number, "page-break", line.text))
            at_break = True
            continue
        if (
            at_break
            and "".join(line.folded.split()) in heads
            and not (at + 1 < len(lines) and P.SIGNED_DATE.match(lines[at + 1].folded.strip()))
        ):  # the running head over the next page (an issuer over a date signs the notice)
            cut.append(Boilerplate(line.number, "page-break", line.text))
            continue
        spans = _header_spans(line.folded, patterns)
        at_break = bool(spans) and not line.folded[spans[-1][1] :].strip()  # nothing after: the page ends
        if not spans:
            kept.append(line)
            continue
        for start, end in spans:
            cut.append(Boilerplate(line.number, "page-break", line.text[start:end]))
        text, pos = "", 0
        for start, end in spans:
            text += line.text[pos:start]
            pos = end
        text += line.text[pos:]
        if text.strip() and "".join(fold(text).split()) in heads:  # 某厅办公室 left of 第 1 页 共 3 页
            cut.append(Boilerplate(line.number, "page-break", text.strip(" \u3000")))
        elif text.strip():
            stripped = text.strip(" \u3000")
            kept.append(SourceLine(line.number, stripped, fold(stripped)))
    return kept, cut


def strip_headers_in_sentences(
    lines: list[SourceLine], banners: tuple[str, ...], issuers: tuple[str, ...]
) -> tuple[list[SourceLine], list[Boilerplate]]:
    """A page header the scrape set inside a sentence of the lines before the body (…节点的重某县人民政府文件
    某政〔2020〕21号大工作…) out of it, into boilerplate, so that it is neither cover text nor a citation; each
    line kept, in its place. The header is found as strip_page_headers finds it in the body (the notice's
    banners or an issuer's name and 文件, else P.PAGE_BREAK_HEADER, then a 文号), only with the sentence on both
    sides: a 文号 the sentence cites (…文件某政〔2020〕21号要求, P.CITED_NUMBER_AFTER) stays, and so does the
    head's banner, which no sentence holds (某县人民政府文件 ⏎ 某政〔2020〕21号, or the two on one line)."""
    number = rf"\s*{P.DOC_NUMBER.pattern}"
    searched = [
        (_any_of(banners, number), "号"),
        (_any_of(tuple(f"{i}文件" for i in issuers), number), "号"),
        (P.PAGE_BREAK_HEADER, "号"),
    ]
    patterns = [(pattern, need) for pattern, need in searched if pattern is not None]
    out: list[SourceLine] = []
    cut: list[Boilerplate] = []
    for line in lines:
        folded = line.folded
        spans = [
            (start, end)
            for start, end in (_header_spans(folded, patterns) if "文件" in folded else ())
            if folded[:start].strip() and _HAN.match(folded[end:]) and not P.CITED_NUMBER_AFTER.match(folded[end:])
        ]
        if not spans:
            out.append(line)
            continue
        text, pos = "", 0
        for start, end in spans:
            cut.append(Boilerplate(line.number, "page-break", line.text[start:end]))
            text, pos = text + line.text[pos:start], end
        text += line.text[pos:]
        out.append(SourceLine(line.number, text, fold(text)))
    return out, cut


def _page_heading(folded: str, heads: set[str]) -> bool:
    """A notice's title with a document site's mark of one of its pages (…方案（第2页）, …方案_3)."""
    if "页" not in folded and "_" not in folded:
        return False
    mark = P.PAGE_MARK.search(folded)
    return mark is not None and "".join(folded[: mark.start()].split()) in heads


def _is_number(line: SourceLine, own_number: str) -> bool:
    if "号" not in line.folded:  # a 文号 ends in 号: a line without one is not tried
        return False
    from .head import normalize_doc_number

    return bool(P.DOC_NUMBER_LINE.match(line.folded)) and normalize_doc_number(line.text) == own_number


def _any_of(words: tuple[str, ...], after: str) -> Pattern | None:
    """One pattern for any of the words, spaces allowed between characters, then after."""
    folded = sorted({"".join(fold(w).split()) for w in words if w.strip()}, key=len, reverse=True)
    if not folded:
        return None
    return compile_regex("(?:" + "|".join("\\s*".join(regex.escape(ch) for ch in w) for w in folded) + ")" + after)


def _header_spans(folded: str, patterns: list[tuple[Pattern, str]]) -> list[tuple[int, int]]:
    """Where the patterns match, without overlaps (an earlier pattern wins a tie), in order; each pattern
    comes with a character its matches hold, and a text without it is not searched."""
    found = sorted(
        (_place_start(folded, m.start(), m.end()) if pattern is P.PAGE_BREAK_HEADER else m.start(), n, m.end())
        for n, (pattern, need) in enumerate(patterns)
        if need in folded
        for m in pattern.finditer(folded)
        if m.end() > m.start()
    )
    spans: list[tuple[int, int]] = []
    for start, _, end in found:
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


def _place_start(folded: str, start: int, end: int) -> int:
    """Where a page header P.PAGE_BREAK_HEADER found starts, its place read whole: the pattern takes the two
    characters before the organisation word, and a longer place starts with the character its 文号 starts with,
    up to three characters before them (…重青禾市人民政府文件青政〔2020〕21号…: 青 before 禾市)."""
    word = folded.find("文件", start, end)
    first = folded[word + 2 : end].lstrip()[:1]
    for back in range(1, 4):
        if start - back < 0 or not _HAN.match(folded[start - back]):
            break
        if folded[start - back] == first:
            return start - back
    return start


def unbracket_divisions(lines: list[SourceLine]) -> list[SourceLine]:
    """A line that is a division by number in brackets of its own after a part's items, （以上第1—3项由区委政法委牵头，
    区法院配合；第4项由区信访局负责）, read without them, as the division written bare is (never an annotation of
    the item above it)."""
    out = []
    for line in lines:
        folded = line.folded.strip()
        if folded[:1] == "(" and folded[-1:] == ")" and "项" in folded:
            inner = folded[1:-1].strip()
            if P.UNITS_BY_NUMBER.match(inner.split(";", 1)[0].strip()):
                start = line.folded.index("(")
                line = _cut(line, start + 1, line.folded.rindex(")"), line.bare_item)
        out.append(line)
    return out


def _cut(line: SourceLine, start: int, end: int, bare: bool = False) -> SourceLine:
    text = line.text[start:end].strip(" \u3000")
    return SourceLine(line.number, text, fold(text), bare)


# an item's number after a sentence's end and a space, in a line its page ran together (folded): 。 2.新增…
_RUN_ITEM = compile_regex(r"(?<=[。;!?])\s+(?P<num>\d{1,2})\s*[.、](?=\S)")


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


_LINE_CLOSERS = tuple("。;!?:)」』〕")  # (folded) a line ending so ends its sentence or bracket: no hard wrap


def unwrap_hard_lines(lines: list[SourceLine], raws: list[str]) -> list[SourceLine]:
    """Prose a PDF copy or a text file wrapped at a fixed width (…推进数字政府 ⏎ 建设的实施意见…, …；配合单 ⏎ 位：…）)
    joined back into its lines: where most long lines end at one column (a wide character counting two, their
    indentation counted), a line ending there inside its sentence goes on with the line right under it, unless
    that one opens a heading, an item or a label. raws: the text's lines, for each line's indentation. A table's
    row (cells apart by runs of spaces) is never joined. Other text as it is."""
    edges: dict[int, int] = {}
    for line in lines:
        raw = raws[line.number - 1]
        if "  " in raw.strip(" \u3000") or "\t" in raw:
            continue  # (a row laid out in columns)
        edge = _display_width(raw.rstrip())
        if edge >= 40:
            edges[line.number] = edge
    if len(edges) < 6:
        return lines
    counts: dict[int, int] = {}
    for edge in edges.values():
        counts[edge] = counts.get(edge, 0) + 1
    right = max(counts, key=lambda e: (counts[e], e))
    at_right = sum(n for e, n in counts.items() if abs(e - right) <= 1)
    if at_right < 6 or 2 * at_right < len(edges):
        return lines
    out: list[SourceLine] = []
    for line in lines:
        if out and _hard_wrapped(out[-1], line, edges, right):
            last = out[-1]
            out[-1] = SourceLine(last.number, last.text + line.text, last.folded + line.folded, last.bare_item)
            edges[last.number] = edges.get(line.number, 0)  # (the joined line ends where its last piece does)
            continue
        out.append(line)
    return out


def _hard_wrapped(above: SourceLine, line: SourceLine, edges: dict[int, int], right: int) -> bool:
    edge = edges.get(above.number)
    if edge is None or not right - 3 <= edge <= right + 1:
        return False
    end = above.folded.rstrip()
    if end.endswith(_LINE_CLOSERS) and not (end.endswith(")") and end.count("(") > end.count(")")):
        return False  # (a sentence or a bracket closed: …各县（市） inside an open bracket goes on)
    if line.number != above.number + 1 or "  " in line.text.strip():
        return False
    folded = line.folded
    return not (P.NUMBERED_LINE.match(folded) or P.ROLE_LABEL.match(folded) or P.PAGE_NUMBER.match(folded.strip()))


def split_labelled_items(lines: list[SourceLine]) -> list[SourceLine]:
    """A page that ran its numbered items into one line, each with its labels (…予以公示。 1.建成…。 牵头领导:… 责任单位:…
    2.新增…。 责任单位:… 配合单位:…) split into lines at its items, numbered on from one to the next, each holding a
    role label; each piece keeps the line's number. Other lines as written."""
    out: list[SourceLine] = []
    for line in lines:
        folded = line.folded
        cuts = [m for m in _RUN_ITEM.finditer(folded)] if len(folded) > 60 and "单位" in folded else []
        numbers = [int(m["num"]) for m in cuts]
        if len(cuts) < 2 or any(b != a + 1 for a, b in itertools.pairwise(numbers)):
            out.append(line)
            continue
        starts = [m.start("num") for m in cuts]
        pieces = [folded[a:b] for a, b in itertools.pairwise([*starts, len(folded)])]
        if not all(P.LABEL_ANYWHERE.search(piece) for piece in pieces):
            out.append(line)
            continue
        out.extend(_cut(line, a, b) for a, b in itertools.pairwise([0, *starts, len(folded)]) if b > a)
    return out


def split_run_on(lines: list[SourceLine]) -> list[SourceLine]:
    """A page that ran its body into one line (…现提出以下意见: 一、深入实施… 1.坚持… 2.发挥…) split into
    lines at its parts and items, each piece keeping the line's number. A mark splits only where it
    continues the numbering (一、 then 二、; 1. after a part, then 2.; items numbered on across parts, 3.
    then 二、 then 4.), so a number in a sentence stays; the numbering goes on over a page's next run-on
    line. An item glued to its part's heading (一、健全服务体系1、…) splits only as the part's first item,
    the heading short and unpunctuated; a line with no part 一、 in it is left as written."""
    out: list[SourceLine] = []
    part = clause = item = 0
    for line in lines:
        if "、" not in line.folded:
            part = clause = item = 0
            out.append(line)
            continue
        cuts: list[int] = []
        bare: set[int] = set()  # the cuts at an item's number written with no mark after it
        heading = -1  # where the current part's mark is, while its heading runs with no punctuation
        if not part and (glued_part := P.RUN_ON_FIRST_PART.match(line.folded)) is not None:
            # the title glued to the first part (…实施方案一、加快…): the part starts where the title ends
            cuts.extend(sorted({glued_part.start("title"), glued_part.end()} - {0}))  # a page counter before it apart
            part, clause, item, heading = 1, 0, 0, glued_part.end()
        for match in P.RUN_ON_MARK.finditer(line.folded):
            if match["part"] is not None:
                if cn_to_int(match["part"]) == part + 1:
                    cuts.append(match.start())
                    part, clause, heading = part + 1, 0, match.start()
                continue
            if match["glued_clause"] is not None:
                if (
                    part
                    and not clause
                    and cn_to_int(match["glued_clause"]) == 1
                    and heading >= 0
                    and _short_heading(line.folded[heading : match.start()])
                ):
                    cuts.append(match.start())
                    clause, heading = 1, match.start()
                continue
            if match["clause"] is not None:
                if part and cn_to_int(match["clause"]) == clause + 1:
                    cuts.append(match.start())
                    clause, heading = clause + 1, match.start()  # items may number on across clauses
                continue
            if match["bare"] is not None and (
                not clause or int(match["bare"]) not in (1, item + 1) or P.MEASURE_WORD.match(line.folded, match.end())
            ):
                continue  # a number with no mark after it is an item only under a clause, and never counts (2辆)
            glued = match["glued"] is not None
            number = int(match["glued"] or match["item"] or match["bare"])
            if not part or (number != item + 1 and (number != 1 or heading < 0)):
                continue
            if glued and (heading < 0 or not _short_heading(line.folded[heading : match.start()])):
                continue
            cuts.append(match.start())
            if match["bare"] is not None:
                bare.add(match.start())
            item, heading = number, -1
        if not cuts:
            part = clause = item = 0  # the numbering goes on over run-on lines only
            out.append(line)
            continue
        cuts = sorted({*cuts, *_unit_duty_cuts(line.folded, cuts)})
        if (
            cuts[0] > 0
            and (head := P.RUN_ON_HEAD.match(line.folded, 0, cuts[0])) is not None
            and (head["doc"] is not None or "关于" in head["title"])
        ):
            # the page's head before the first part: its title, its 文号 and the cover's text each a line (with no
            # 文号, only a title that says 关于…: 某县防汛工作方案 现将… may be a sentence)
            cuts = sorted({*([head.start("doc")] if head["doc"] is not None else []), head.start("rest"), *cuts})
        for start, end in zip([0, *cuts], [*cuts, len(line.text)], strict=True):
            if line.text[start:end].strip(" \u3000"):
                out.append(_cut(line, start, end, start in bare))
    return out


def _unit_duty_cuts(folded: str, cuts: list[int]) -> list[int]:
    """Where the paragraphs of a list of units' duties start, in a part of a line run on (二、明确职责分工县应急
    管理局:履行…。县水利局:负责…): two at least in one piece of the line (a part's, or an item's), each a unit's
    name and its colon after a sentence's end or the part's heading; else none (one 县防指: in a sentence is no
    list)."""
    found: list[int] = []
    for start, end in zip(cuts, [*cuts[1:], len(folded)], strict=True):
        if ":" not in folded[start:end]:
            continue
        starts = [m.start("unit") for m in P.RUN_ON_UNIT_DUTY.finditer(folded, start, end)]
        if len(starts) >= 2:
            found.extend(starts)
    return found


def _short_heading(text: str) -> bool:
    """A part's or clause's heading with nothing but its words: 一、健全服务保障体系, (一)全力打好攻坚战 (no
    sentence, no number)."""
    mark = _HEADING_MARK.match(text)
    words = text[mark.end() :] if mark else text
    return 2 <= len(words) <= 22 and not any(ch in "。;:,!?()《" or ch.isdigit() for ch in words)


_HEADING_MARK = compile_regex(r"\([^()]{1,4}\)|[^、]{1,3}、|")


def _may_end_in_glued_part(folded: str) -> bool:
    """Cheap test before searching a line for GLUED_PART, whose scan tries every place of the line: a match
    ends the line with a heading of 2 to 22 characters holding none of 。;:!?,()《》, right after a part's
    number and 、 (the number's last character before it, spaces aside). A line ending in a sentence, or
    holding no such 、 near its end, has none (tests/test_glued_headings.py keeps the pattern so)."""
    end = len(folded)
    if not folded or folded[-1] in _NOT_IN_GLUED_HEADING:
        return False
    mark = folded.find("、", max(0, end - 23), end - 2)
    while mark >= 0:
        before = mark - 1
        while before >= 0 and folded[before].isspace():
            before -= 1
        if before >= 0 and folded[before] in P.CN_DIGITS:
            return True
        mark = folded.find("、", mark + 1, end - 2)
    return False


_NOT_IN_GLUED_HEADING = "。;:!?,()《》"  # (GLUED_PART's heading is [^。;:!?,()《》]{2,22} closing the line)


def split_glued_headings(lines: list[SourceLine]) -> list[SourceLine]:
    """A heading the page glued onto the line before it, or a first clause glued onto its part's heading,
    put on a line of its own (the piece keeps the line's number). Only a number that continues the notice's
    numbering splits, a short heading with no sentence before the cut: the next part after a sentence end or
    a closing bracket (…(责任单位:县发展改革局)二、加强监管, 一、 after the preamble when a numbered line
    follows), and the first clause or item after a part's heading (一、提升政务服务效能(一)推行…, 一、…  1.…).
    A number inside prose stays (要求。一、二级…, 第一、二项, a quoted (一))."""
    out: list[SourceLine] = []
    part = 0
    # each line's number, matched once: the tests below ask it of the line, of its pieces and of the line after
    openings = [P.NUMBERED_LINE.match(line.folded) for line in lines]
    for index, line in enumerate(lines):
        opening = openings[index]
        if opening is not None and opening["part"] is not None:
            part = cn_to_int(opening["part"]) or part
        following_opening = openings[index + 1] if index + 1 < len(lines) else None
        pieces = [line]
        glued = P.GLUED_PART.search(line.folded) if _may_end_in_glued_part(line.folded) else None
        if (
            glued is not None
            and glued.start() > 0
            and cn_to_int(glued["num"]) == part + 1
            and _short_heading(glued["heading"].strip())
            and following_opening is not None
            and (part or line.folded[: glued.start()].rstrip().endswith(("。", ":")))
        ):
            cut = glued.start("num")
            pieces = [_cut(line, 0, cut), _cut(line, cut, len(line.text))]
            part += 1
        head = pieces[-1]
        opened = opening if head is line else P.NUMBERED_LINE.match(head.folded)  # (a line not cut: matched above)
        if opened is not None and opened["part"] is not None:
            sub = P.GLUED_FIRST_SUB.search(head.folded, opened.end())
            if (
                sub is not None
                and _short_heading(head.folded[opened.end() : sub.start()].strip())
                and not any(ch in "\t|" for ch in head.text[opened.end() : sub.end()])  # a table's next cell
            ):
                cut = sub.start() + len(sub[0]) - len(sub[0].lstrip())
                pieces[-1:] = [_cut(head, 0, cut), _cut(head, cut, len(head.text))]
        last = pieces[-1]
        last_opened = opened if last is head else P.NUMBERED_LINE.match(last.folded)
        pieces[-1:] = _next_items_apart(last, last_opened)
        if pieces[-1] is not last:
            last_opened = P.NUMBERED_LINE.match(pieces[-1].folded)
        pieces[-1:] = _next_clause_apart(pieces[-1], last_opened, following_opening)
        out.extend(pieces)
    return out


def _next_clause_apart(line: SourceLine, opened: Match | None, after: Match | None) -> list[SourceLine]:
    """(二)加强消防安全。…整治。(三)加强燃气安全。…(县住建局负责): the next clause glued after a sentence end, on a
    line of its own. Only where that is certain: the line opens with clause N, the glued one is N+1 with a short
    heading closed by 。, and the next line opens with clause N+2, a part or nothing numbered after it. opened
    and after: P.NUMBERED_LINE's match of the line and of the next line's folded text."""
    if opened is None or opened["clause"] is None or "。" not in line.folded:
        return [line]
    # (a cheap test first: every match of the pattern, which is tried at every place of the line, opens after a
    # 。 and a bracket, and this finds those at once)
    if P.SENTENCE_END_THEN_BRACKET.search(line.folded, opened.end() - 1) is None:
        return [line]
    glued = P.GLUED_NEXT_CLAUSE.search(line.folded, opened.end())
    if glued is None:
        return [line]
    number = cn_to_int(opened["clause"])
    if number is None or cn_to_int(glued["num"]) != number + 1:
        return [line]
    if (
        after is not None
        and after["part"] is None
        and (after["clause"] is None or cn_to_int(after["clause"]) != number + 2)
    ):
        return [line]
    if P.GLUED_NEXT_CLAUSE.search(line.folded, glued.end()):  # (more than one glued: left as written)
        return [line]
    cut = glued.start() + len(glued[0]) - len(glued[0].lstrip())
    return [_cut(line, 0, cut), _cut(line, cut, len(line.text))]


def _next_items_apart(line: SourceLine, opened: Match | None) -> list[SourceLine]:
    """3.加强农资监管。…(县市场监管局负责)4.推进农机化发展。…: an item glued after the annotation closing the
    item before it, numbered next, on a line of its own (and the next after it, the same way). opened:
    P.NUMBERED_LINE's match of the line."""
    pieces = [line]
    while opened is not None and opened["part"] is None:
        glued = _glued_next_item(pieces[-1].folded, opened.end())
        if glued is None:
            break  # (most numbered lines: no number right after a closing bracket, so no glued item)
        number = _ITEM_NUMBER.match(pieces[-1].folded)
        if number is None or int(glued["num"]) != int(number[1]) + 1:
            break
        cut = glued.start("num")
        head = pieces.pop()
        pieces += [_cut(head, 0, cut), _cut(head, cut, len(head.text))]
        opened = P.NUMBERED_LINE.match(pieces[-1].folded)
    return pieces


def _glued_next_item(folded: str, start: int) -> Match | None:
    """P.GLUED_NEXT_ITEM's first match in folded from start: tried only right after each closing bracket
    followed by a number, where every match of it begins (its look-behind ends with the bracket)."""
    for closed in _CLOSED_THEN_DIGIT.finditer(folded, max(start - 1, 0)):
        at = closed.start() + 1
        if at >= start and (glued := P.GLUED_NEXT_ITEM.match(folded, at)) is not None:
            return glued
    return None


_ITEM_NUMBER = compile_regex(r"\s*(\d{1,2})")
# what every match of P.GLUED_NEXT_ITEM holds: a closing bracket (its look-behind's last character), spaces and a
# digit. That pattern tries its look-behind at every place of a line (9 us a numbered line), so it is only tried
# where this matches (see _glued_next_item).
_CLOSED_THEN_DIGIT = compile_regex(r"\)\s*\d")


def join_vertical_headings(lines: list[SourceLine]) -> list[SourceLine]:
    """A group heading a table scraped one cell a line wrote one character a line (its 项目 column:
    二 ⏎ 健 ⏎ 康 ⏎ 教 ⏎ 育 before the group's first numbered row) read as the part heading it is, 二、健康教育,
    on the line of its number. Only a number that continues the groups' numbering from 一, two or more single
    characters after it, and a numbered line (1. or （一）) after them."""
    if not any(len(line.folded.strip()) == 1 for line in lines):  # (most notices: no line of one character)
        return lines
    out: list[SourceLine] = []
    expected = 1
    i = 0
    while i < len(lines):
        line = lines[i]
        number = line.folded.strip()
        end = i + 1
        while end < len(lines) and _single_character(lines[end].folded.strip()):
            end += 1
        if (
            0 < len(number) <= 2
            and _VERTICAL_NUMBER.fullmatch(number)
            and cn_to_int(number) == expected
            and end - i - 1 >= 2
            and end < len(lines)
            and (row := P.NUMBERED_LINE.match(lines[end].folded)) is not None
            and row["part"] is None
        ):
            title = "".join(ln.text.strip() for ln in lines[i + 1 : end])
            text = f"{line.text.strip()}、{title}"
            out.append(SourceLine(line.number, text, fold(text), line.bare_item))
            expected += 1
            i = end
            continue
        out.append(line)
        i += 1
    return out


_VERTICAL_NUMBER = compile_regex(r"[一二三四五六七八九十]{1,2}")


def _single_character(folded: str) -> bool:
    """One Han character alone on its line that is no numeral: a character of a heading written down a cell."""
    return len(folded) == 1 and not _VERTICAL_NUMBER.fullmatch(folded) and regex.match(r"\p{Han}", folded) is not None


# a line a page broke right after a list's mark and a level's character (folded): …、县 ⏎ 供销社参与。
_CUT_AFTER_LEVEL = re.compile(r"[、,][省市州县区]$")
_LEVEL_CHARACTERS = frozenset("省市州县区")


def join_names_cut_at_level(lines: list[SourceLine]) -> list[SourceLine]:
    """A line ending in a list's mark and a level's character alone (…，县邮政分公司、县 ⏎ 供销社参与。) joined with
    the line after it, which goes on with the name: no line of a notice ends so but where a name was cut."""
    out: list[SourceLine] = []
    for line in lines:
        before = out[-1] if out else None
        if (
            before is not None
            and before.folded[-1:] in _LEVEL_CHARACTERS  # (a cheap test first: most lines end otherwise)
            and _CUT_AFTER_LEVEL.search(before.folded)
            and before.folded[-3:-2] not in _LEVEL_CHARACTERS  # (省、市、县三级: levels named, no name cut)
            and line.number == before.number + 1
            and not P.PART.match(line.folded)
            and not P.CLAUSE.match(line.folded)
            and not opens_item(line.folded)
        ):
            text = before.text + line.text
            out[-1] = SourceLine(before.number, text, fold(text))
            continue
        out.append(line)
    return out
