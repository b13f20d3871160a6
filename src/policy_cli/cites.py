"""Citations: every 文号 and every 《》 title a notice mentions, with the places it occurs.

The notice's own 文号 is its metadata, not a citation, wherever it is written again; so is the title of the
document a cover notice issues (关于印发《X》的通知 … 现将《X》印发给你们): X is the notice itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from . import patterns as P
from .decode import compact, fold
from .models import Notice
from .parse.head import doc_number_span, normalize_doc_number
from .query import text_blocks


@dataclass
class Citation:
    kind: str  # doc-number | title
    key: str  # normalised: 川委发〔2017〕21号, or the title without spaces
    spellings: list[str] = field(default_factory=list)  # as written, first seen first
    places: list[tuple[str, int]] = field(default_factory=list)  # (where, line)


def _blocks(notice: Notice) -> Iterator[tuple[str, int, str]]:
    """The title, then the notice's text (items are read through their tasks); the own 文号 is metadata."""
    meta = notice.metadata
    if meta.title:
        yield "title", 0, meta.title
    for block in text_blocks(notice):
        if block.kind != "item":
            yield (f"{block.kind} {block.key}" if block.key else block.kind), block.line, block.text


def citations(notice: Notice) -> list[Citation]:
    """Citations in order of first appearance; repeats in one block count once per block."""
    found: dict[tuple[str, str], Citation] = {}
    own = notice.metadata.doc_number_normalized
    issued = P.ISSUED_DOCUMENT.search(fold(notice.metadata.title or ""))
    own_document = compact(issued.group("document")) if issued else None
    for where, line, text in _blocks(notice):
        folded = fold(text)
        seen_here: set[tuple[str, str]] = set()
        for match in P.DOC_NUMBER.finditer(folded):
            start, end = doc_number_span(folded, match)
            written = text[start:end]
            key = normalize_doc_number(written) or written
            if key != own:  # the notice's own number is not something it cites
                _add(found, seen_here, "doc-number", key, written, where, line)
        for match in P.CITED_TITLE.finditer(folded):
            written = text[match.start("title") : match.end("title")]
            if compact(written) != own_document:  # the document the notice issues is the notice itself
                _add(found, seen_here, "title", compact(written), written, where, line)
    return list(found.values())


def _add(
    found: dict[tuple[str, str], Citation],
    seen_here: set[tuple[str, str]],
    kind: str,
    key: str,
    written: str,
    where: str,
    line: int,
) -> None:
    citation = found.setdefault((kind, key), Citation(kind, key))
    if written not in citation.spellings:
        citation.spellings.append(written)
    if (kind, key) not in seen_here:
        seen_here.add((kind, key))
        citation.places.append((where, line))
