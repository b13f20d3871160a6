"""A cover notice a scrape ran onto one line, its pieces a space apart, put back on lines of their own."""

from __future__ import annotations

from itertools import pairwise

import regex

from .. import patterns as P
from ..decode import fold
from .lines import SourceLine

_SPACES = regex.compile(r"[ \u3000]+")


def split_cover_line(lines: list[SourceLine]) -> list[SourceLine]:
    """A cover the scrape ran onto one line before the body (某区人民政府办公室关于印发…的通知 各街道办事处，…：
    《…》已经…，请认真组织实施。 某区人民政府办公室 2023年5月19日 …方案 为…制定本方案。) put back one piece a line,
    each keeping the line's number, so that the head reads its title, addressees, issuer and date. Only where
    the genre makes the cut safe: the line opens with the cover's title (…的通知) and then its addressees
    ending in a colon, and a signing date stands alone among its pieces; a line before the first part only."""
    for at, line in enumerate(lines[:12]):
        if P.PART.match(line.folded):
            break
        pieces = _SPACES.split(line.folded.strip())
        if (
            len(pieces) >= 4
            and pieces[0].endswith("通知")
            and P.TITLE.match(pieces[0])
            and pieces[1].endswith(":")
            and any(P.SIGNED_DATE.match(piece) for piece in pieces[2:])
        ):
            cut: list[SourceLine] = []
            for match in regex.finditer(r"[^ \u3000]+", line.folded):
                text = line.text[match.start() : match.end()]
                cut.append(SourceLine(line.number, text, fold(text)))
            return [*lines[:at], *cut, *lines[at + 1 :]]
        if (banner := _banner_cover(pieces)) is not None:
            return [*lines[:at], *_cut_at(line, banner), *lines[at + 1 :]]
        if (glued := _glued_cover(line.folded)) is not None:
            return [*lines[:at], *_cut_at_offsets(line, glued), *lines[at + 1 :]]
    return lines


# a cover's title, its 文号 and its addressees run together with nothing between them (folded):
# 某省人民政府办公厅关于印发…的通知某政办〔2011〕113号各设区市人民政府，…：为贯彻…
_GLUED_COVER = regex.compile(
    r"^(?P<title>[^:;。]{6,120}?的通知)(?P<doc>" + P.DOC_NUMBER.pattern + r")(?P<to>各[^:;。]{2,80}?:)(?=\S)"
)


def _glued_cover(folded: str) -> list[int] | None:
    """Where a cover's title, 文号 and addressees glued onto one line with no space end (offsets in the line);
    None where the line opens with no such cover."""
    glued = _GLUED_COVER.match(folded.strip())
    if glued is None or not P.TITLE.match(glued["title"]):
        return None
    lead = len(folded) - len(folded.lstrip())
    return [lead + glued.end("title"), lead + glued.end("doc"), lead + glued.end("to")]


def _cut_at_offsets(line: SourceLine, offsets: list[int]) -> list[SourceLine]:
    """The line cut at those offsets, each piece keeping the line's number."""
    bounds = [0, *offsets, len(line.text)]
    return [
        SourceLine(line.number, line.text[a:b].strip(), line.folded[a:b].strip())
        for a, b in pairwise(bounds)
        if line.text[a:b].strip()
    ]


_TITLE_PIECES_MOST = 3  # a title a scrape broke at a space: in three pieces at most


def _banner_cover(pieces: list[str]) -> list[int] | None:
    """某市人民政府办公室文件 某政办发〔2018〕32号 关于…2018年 …的通知 各镇人民政府，…： 根据…: a cover opening with
    its red-header banner and 文号, then its title (maybe broken at a space), then its addressees closing in a
    colon, run onto one line. The counts of pieces in each of the first three lines (banner and 文号, title,
    addressees), the rest of the line the fourth; None where the line is no such cover."""
    if len(pieces) < 5 or not P.RED_HEADER.match(pieces[0]) or not P.DOC_NUMBER_LINE.match(pieces[1]):
        return None
    if P.DOC_NUMBER.match(pieces[2]):
        return None  # 某政办发〔2026〕7号 某政办发〔2025〕3号文件 关于…: another document's number opens the title
    for end in range(3, min(3 + _TITLE_PIECES_MOST, len(pieces) - 1)):
        if pieces[end - 1].endswith("通知") and P.TITLE.match("".join(pieces[2:end])) and pieces[end].endswith(":"):
            return [2, end - 2, 1]
    return None


def _cut_at(line: SourceLine, counts: list[int]) -> list[SourceLine]:
    """The line cut into lines of so many of its pieces each (pieces a space apart), the rest the last line, each
    keeping the line's number."""
    spans = [m.span() for m in regex.finditer(r"[^ \u3000]+", line.folded)]
    out: list[SourceLine] = []
    at = 0
    for count in counts:
        start, end = spans[at][0], spans[at + count - 1][1]
        out.append(SourceLine(line.number, line.text[start:end], line.folded[start:end]))
        at += count
    if at < len(spans):
        start = spans[at][0]
        out.append(SourceLine(line.number, line.text[start:], line.folded[start:]))
    return out


_HEADER_RUN_SHORTEST = 3  # 序号 and two more names: a shorter run is no table's header
_HEADER_NAME_LONGEST = 10  # a column name is short (牵头责任单位, 完成时限); a longer token is text
_NO_NAME = regex.compile(r"[。,;:!?、]")  # a token with a sentence's marks in it is no column name


def split_header_run(lines: list[SourceLine]) -> list[SourceLine]:
    """A table's header the scrape ran onto the end of the text before it (…2018年2月24日 某市任务分解表 序号 名称
    工作任务 牵头单位) put on a line of its own, keeping the line's number, so that the rows under it are read
    under their columns. Only where the run opens with the 序号 column's name after a table's title (…分解表,
    …清单), holds three names at least, every token of it a column name, and reads as a task table's header; the
    text before it stays where it was."""
    from .annex import header_columns  # (the annex reads headers; it imports this module's neighbours)

    out: list[SourceLine] = []
    for line in lines:
        tokens = line.tokens
        start = _header_run_start(tokens)
        if start is None or "|" in line.folded or "\t" in line.text or not P.TABLE_TITLE_END.match(tokens[start - 1]):
            # 各单位要按照 序号 工作任务 …: column names a sentence speaks of, with no table's title before them
            out.append(line)
            continue
        spans = list(_SPACES.finditer(line.folded.strip()))
        cut = spans[start - 1].end() + (len(line.folded) - len(line.folded.lstrip()))
        head = SourceLine(line.number, line.text[cut:], line.folded[cut:])
        if header_columns(head) is None:
            out.append(line)
            continue
        before = line.text[:cut].rstrip()
        out += [SourceLine(line.number, before, fold(before)), head]
    return out


def _header_run_start(tokens: tuple[str, ...]) -> int | None:
    """Where a run of short names closing the tokens starts, opening with the 序号 column's name, after a token
    at least; None where there is none. (Whether the run reads as a task table's header is asked after.)"""
    for at in range(len(tokens) - _HEADER_RUN_SHORTEST, 0, -1):
        if P.COLUMN_ROLES.get(tokens[at]) == "number":
            run = tokens[at:]
            return at if all(len(t) <= _HEADER_NAME_LONGEST and not _NO_NAME.search(t) for t in run) else None
    return None
