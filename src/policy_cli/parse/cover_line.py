"""A cover notice a scrape ran onto one line, its pieces a space apart, put back on lines of their own."""

from __future__ import annotations

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
    return lines
