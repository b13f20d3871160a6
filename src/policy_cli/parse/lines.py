"""Text -> numbered, trimmed lines with a folded copy for matching."""

from __future__ import annotations

from dataclasses import dataclass

from .. import patterns as P
from ..decode import fold

_TRIM = " \t\u3000\u00a0\u2002\u2003\u200b\ufeff"


@dataclass(frozen=True)
class SourceLine:
    number: int  # 1-based line number in the decoded text
    text: str  # as written, trimmed
    folded: str  # width- and space-folded, same length as text


def split_lines(text: str) -> list[SourceLine]:
    """The non-blank lines of a notice, trimmed, with their line numbers; pinyin glosses removed."""
    from .noise import strip_pinyin

    out = []
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = strip_pinyin(raw).strip(_TRIM)
        marker = P.ITEM_MARKER.match(stripped)
        if marker:  # ★1.: the mark is no part of the block's text
            stripped = stripped[marker.end() :]
        if stripped:
            out.append(SourceLine(number, stripped, fold(stripped)))
    return out
