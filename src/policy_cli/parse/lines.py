"""Text -> numbered, trimmed lines with a folded copy for matching."""

from __future__ import annotations

from dataclasses import dataclass

from .. import patterns as P
from ..decode import fold

_TRIM = " \t\u3000\u00a0\u2002\u2003\u200b\ufeff"


class _Tokens:
    """A line's folded text's pieces between spaces (str.split): split once, at the first test that reads them
    (a header's names, a row's cells), and kept in the line's own dict, where they are found first from then
    on. (functools.cached_property does the same under a lock, which cost more than the split: a notice asks
    it of nearly every line.)"""

    def __get__(self, line: SourceLine, owner: type[SourceLine]) -> tuple[str, ...]:
        tokens: tuple[str, ...] = tuple(line.folded.split())
        line.__dict__["tokens"] = tokens
        return tokens


@dataclass(frozen=True)
class SourceLine:
    number: int  # 1-based line number in the decoded text
    text: str  # as written, trimmed
    folded: str  # width- and space-folded, same length as text
    bare_item: bool = False  # a piece of a run-on line cut at an item's number written with no mark (1科学…)

    def __init__(self, number: int, text: str, folded: str, bare_item: bool = False) -> None:
        # (the fields written into the instance's dict at once: a frozen dataclass's own __init__ sets each
        # through object.__setattr__, twice the cost, and a notice makes one of these for each of its lines)
        fields = self.__dict__
        fields["number"], fields["text"], fields["folded"], fields["bare_item"] = number, text, folded, bare_item

    tokens = _Tokens()  # the folded text's pieces between spaces, split once for the tests that read them


def _may_open_with_marker(stripped: str) -> bool:
    """Whether a line may open with P.ITEM_MARKER's mark: ?, a star or a square, or a pictograph, none of them a
    character below U+203C but ? nor a Han character (tests/test_patterns.py checks every such character). A
    cheap test before the pattern, which nearly every line, opening with Han, fails."""
    first = stripped[:1]
    return first == "?" or (first >= "\u203c" and not "\u3400" <= first <= "\u9fff")


def split_lines(text: str) -> list[SourceLine]:
    """The non-blank lines of a notice, trimmed, with their line numbers; pinyin glosses removed."""
    from .noise import may_hold_pinyin, strip_pinyin

    raws = text.split("\n")
    folded_lines = None
    if may_hold_pinyin(text):
        raws = [strip_pinyin(raw) for raw in raws]
    else:  # folded all at once: folding keeps offsets and line breaks, so a line's folded text is a slice
        folded_lines = fold(text).split("\n")
    out = []
    for number, raw in enumerate(raws, start=1):
        stripped = raw.strip(_TRIM)
        start = len(raw) - len(raw.lstrip(_TRIM))
        marker = P.ITEM_MARKER.match(stripped) if _may_open_with_marker(stripped) else None
        if marker:  # ★1.: the mark is no part of the block's text
            stripped = stripped[marker.end() :]
            start += marker.end()
        if stripped:
            folded = fold(stripped) if folded_lines is None else folded_lines[number - 1][start : start + len(stripped)]
            out.append(SourceLine(number, stripped, folded))
    return out


def opens_item(folded: str) -> bool:
    """Whether a (folded) line opens with an item's number (1.…, 1、…), no part's (一、) or clause's ((一))."""
    numbered = P.NUMBERED_LINE.match(folded)
    return numbered is not None and not numbered["part"] and not numbered["clause"]
