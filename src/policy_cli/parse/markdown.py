"""A notice copied as Markdown (`## 一、…` headings, `- ` bullets for its tasks, `> ` quoted lines, `**bold**`) put
in the form the body reads: the marks off the headings, quotes and bold words, each bullet an item numbered in turn
under its heading (or only unmarked, under a heading whose items are numbered already)."""

from __future__ import annotations

import re

from .. import patterns as P
from ..decode import fold
from .lines import SourceLine, opens_item

_HEADING_MARK = re.compile(r"^#{1,6}\s+(?=\S)")
_QUOTE_MARK = re.compile(r"^>\s*")
_BULLET = re.compile(r"^[-*+]\s+(?=\S)(?![-*+\s]*$)")  # (not a rule, --- or * * *)
_BULLETS_LEAST = 2  # a lone dash before a line is no list


def unmark_markdown(lines: list[SourceLine]) -> list[SourceLine]:
    """The lines without Markdown's marks, where the notice uses them: headings (`#`), quotes (`>`), bold (`**`),
    and bullets (`- `, `* `, `+ `) before two or more lines, each bullet then an item numbered in turn (1., 2. …)
    from the heading above it, where no line under that heading is numbered already. A notice with no Markdown
    heading is left as it is: a dash opening a line is then the text's own."""
    if not any(line.text[:1] == "#" and _HEADING_MARK.match(line.text) for line in lines):
        return lines
    bullets = sum(1 for line in lines if _BULLET.match(line.text))
    numbered_scopes = set()  # the headings (by their order) with numbered lines under them
    scope = 0
    for line in lines:
        if _opens_scope(line):
            scope += 1
        elif opens_item(line.folded):
            numbered_scopes.add(scope)
    out: list[SourceLine] = []
    count = scope = 0
    for line in lines:
        text = line.text
        if _opens_scope(line):
            scope += 1
            count = 0
        if heading := _HEADING_MARK.match(text):
            text = text[heading.end() :]
        elif quote := _QUOTE_MARK.match(text):
            text = text[quote.end() :]
        elif bullets >= _BULLETS_LEAST and (bullet := _BULLET.match(text)):
            text = text[bullet.end() :]
            if scope not in numbered_scopes:
                count += 1
                text = f"{count}{'、' if text[:1].isdigit() else '.'}{text}"  # (1、12个…, never 1.12)
        if "**" in text:
            text = text.replace("**", "")
        if text is line.text:
            out.append(line)
        else:
            out.append(SourceLine(line.number, text, fold(text)))
    return out


def _opens_scope(line: SourceLine) -> bool:
    """A Markdown heading, or a part's or a clause's heading (一、, （一）)."""
    if line.text[:1] == "#":
        return _HEADING_MARK.match(line.text) is not None
    return P.PART.match(line.folded) is not None or P.CLAUSE.match(line.folded) is not None
