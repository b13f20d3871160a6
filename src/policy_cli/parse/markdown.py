"""A notice copied as Markdown (`## 一、…` headings, `- ` bullets for its tasks, `> ` quoted lines) put in the form
the body reads: the marks off the headings and quotes, each bullet an item numbered in turn under its heading."""

from __future__ import annotations

import re

from .. import patterns as P
from ..decode import fold
from .lines import SourceLine

_HEADING_MARK = re.compile(r"^#{1,6}\s+(?=\S)")
_QUOTE_MARK = re.compile(r"^>\s*")
_BULLET = re.compile('^[-*+]\\s+(?=[\u4e00-\u9fff“"《（(])')  # (before Chinese text, not a dash of its own)
_BULLETS_LEAST = 2  # a lone dash before a line is no list


def unmark_markdown(lines: list[SourceLine]) -> list[SourceLine]:
    """The lines without Markdown's marks, where the notice uses them: headings (`#`), quotes (`>`), and bullets
    (`- `, `* `, `+ `) before two or more lines, each bullet then an item numbered in turn (1., 2. …) from the
    heading above it. A notice with no Markdown heading is left as it is: a dash opening a line is then the
    text's own."""
    if not any(line.text[:1] == "#" and _HEADING_MARK.match(line.text) for line in lines):
        return lines
    bullets = sum(1 for line in lines if _BULLET.match(line.text))
    out: list[SourceLine] = []
    count = 0
    for line in lines:
        text = line.text
        if heading := _HEADING_MARK.match(text):
            text = text[heading.end() :]
            count = 0
        elif quote := _QUOTE_MARK.match(text):
            text = text[quote.end() :]
        elif bullets >= _BULLETS_LEAST and (bullet := _BULLET.match(text)):
            count += 1
            text = f"{count}.{text[bullet.end() :]}"
        elif P.PART.match(fold(text)) or P.CLAUSE.match(fold(text)):
            count = 0
        if text is line.text:
            out.append(line)
        else:
            out.append(SourceLine(line.number, text, fold(text)))
    return out
