"""Citations: every 文号 and every 《》 title a notice mentions, with the places it occurs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from . import patterns as P
from .decode import fold
from .models import Notice
from .parse.head import doc_number_span, normalize_doc_number


@dataclass
class Citation:
    kind: str  # doc-number | title
    key: str  # normalised: 川委发〔2017〕21号, or the title without spaces
    spellings: list[str] = field(default_factory=list)  # as written, first seen first
    places: list[tuple[str, int]] = field(default_factory=list)  # (where, line)


def _blocks(notice: Notice) -> Iterator[tuple[str, int, str]]:
    meta = notice.metadata
    if meta.doc_number:
        yield "metadata", 0, meta.doc_number
    if meta.title:
        yield "title", 0, meta.title
    if notice.preamble:
        yield "preamble", 0, notice.preamble
    for part in notice.parts:
        if part.text:
            yield f"part {part.number}", part.line, part.text
        for clause in part.clauses:
            yield f"clause {part.number}/{clause.number}", clause.line, clause.text
    if notice.closing:
        yield "closing", 0, notice.closing
    for task in notice.tasks:
        yield f"task {task.id}", task.line, task.text
    for note in notice.notes:
        yield f"note {note.number}", note.line, note.text


def citations(notice: Notice) -> list[Citation]:
    """Citations in order of first appearance; repeats in one block count once per block."""
    found: dict[tuple[str, str], Citation] = {}
    for where, line, text in _blocks(notice):
        folded = fold(text)
        seen_here: set[tuple[str, str]] = set()
        for match in P.DOC_NUMBER.finditer(folded):
            start, end = doc_number_span(folded, match)
            written = text[start:end]
            _add(found, seen_here, "doc-number", normalize_doc_number(written) or written, written, where, line)
        for match in P.CITED_TITLE.finditer(folded):
            written = text[match.start("title") : match.end("title")]
            _add(found, seen_here, "title", "".join(fold(written).split()), written, where, line)
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
