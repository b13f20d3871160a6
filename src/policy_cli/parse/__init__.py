"""Notice text -> model. One module per stage: lines, head, body, annex, inline, roles, links."""

from __future__ import annotations

from dataclasses import replace

from .. import patterns as P
from ..errors import InputError
from ..models import Boilerplate, Clause, Item, Notice, Part, Task, Warning
from .annex import AnnexResult, find_header, parse_annex
from .body import Node, parse_body
from .deadlines import with_deadlines
from .head import find_title, iso_date, parse_head
from .inline import body_tasks
from .lines import SourceLine, split_lines
from .links import link_annex

__all__ = ["parse_text"]


def parse_text(text: str, name: str = "<input>") -> Notice:
    """Parse a decoded notice. Raises InputError when the text is not a notice of the genre."""
    lines = split_lines(text)
    footer_at = _footer_start(lines)
    content = lines[:footer_at]
    boilerplate = [
        Boilerplate(ln.number, "link" if P.ANNEX_LINK.match(ln.folded) else "footer", ln.text)
        for ln in lines[footer_at:]
    ]
    title_at = find_title(content)
    first_part = _first_part(content, title_at)
    if first_part is None:
        raise InputError(
            f"{name}: not an implementation notice (no numbered parts such as 一、…); check it is the notice's text"
        )
    annex_at, marker = _annex_start(content, first_part)

    head = parse_head(content[:first_part], title_at)
    body = parse_body(content[first_part:annex_at])
    annex = (
        parse_annex(content[annex_at + (1 if marker else 0) :], marker) if annex_at < len(content) else AnnexResult()
    )

    tasks = _number_tasks(annex.tasks, body_tasks(body.parts))
    parts = tuple(_freeze_part(p) for p in body.parts)
    metadata = head.metadata
    if body.signed and not metadata.signed:
        metadata = replace(metadata, signed=iso_date(body.signed))
    if body.signer and not metadata.issuers:
        metadata = replace(metadata, issuers=(body.signer,))
    if marker:
        boilerplate.append(Boilerplate(marker.number, "annex-marker", marker.text))
    tasks, deadline_warnings = with_deadlines(tasks, metadata)
    return Notice(
        metadata=metadata,
        preamble=head.preamble,
        parts=parts,
        closing=body.closing,
        annex=link_annex(annex.annex, parts) if annex.annex else None,
        tasks=tuple(tasks),
        notes=tuple(annex.notes),
        boilerplate=tuple(
            sorted([*head.boilerplate, *body.boilerplate, *annex.boilerplate, *boilerplate], key=lambda b: b.line)
        ),
        warnings=tuple(
            sorted(
                [*body.warnings, *annex.warnings, *deadline_warnings, *_no_tasks(tasks, content[first_part])],
                key=lambda w: w.line,
            )
        ),
    )


def _no_tasks(tasks: list[Task], first_part: SourceLine) -> list[Warning]:
    if tasks:
        return []
    message = "no tasks found: no annex table, assignment annotations or labelled assignment lines"
    return [Warning("no-tasks", first_part.number, message)]


def _footer_start(lines: list[SourceLine]) -> int:
    """The web page footer: the trailing run of copyright lines and empty annex links."""
    start = len(lines)
    while start > 0 and (P.FOOTER.search(lines[start - 1].folded) or P.ANNEX_LINK.fullmatch(lines[start - 1].folded)):
        start -= 1
    return start


def _first_part(lines: list[SourceLine], title_at: int | None) -> int | None:
    begin = (title_at or 0) + (0 if title_at is None else 1)
    for i in range(begin, len(lines)):
        match = P.PART.match(lines[i].folded)
        if match and not match["rest"][:1].isdigit():
            return i
    return None


def _annex_start(lines: list[SourceLine], first_part: int) -> tuple[int, SourceLine | None]:
    """Where the annex begins: its 附件 marker, or else a task table's header row."""
    for i in range(first_part, len(lines)):
        if P.ANNEX_START.match(lines[i].folded):
            return i, lines[i]
    header = find_header(lines[first_part:])
    if header is None:
        return len(lines), None
    start = first_part + header
    if start > first_part and P.TITLE.match(lines[start - 1].folded):
        start -= 1
    return start, None


def _number_tasks(annex_tasks: list[Task], inline_tasks: list[Task]) -> list[Task]:
    """Annex tasks keep their own numbers; body tasks are numbered in order after them."""
    if not annex_tasks:
        return inline_tasks
    offset = max(t.id for t in annex_tasks)
    return [*annex_tasks, *(replace(t, id=t.id + offset) for t in inline_tasks)]


def _freeze_item(node: Node) -> Item:
    return Item(
        number=node.number,
        label=node.label.rstrip(".、．"),
        text=node.text,
        line=node.line.number,
        items=tuple(_freeze_item(c) for c in node.children),
    )


def _freeze_part(node: Node) -> Part:
    clauses = [c for c in node.children if c.kind == "clause"]
    items = [c for c in node.children if c.kind != "clause"]
    rest = node.first[len(node.title) :].lstrip("。 ")
    return Part(
        number=node.number,
        title=node.title,
        line=node.line.number,
        text="\n".join(x for x in [rest, *node.paragraphs] if x),
        clauses=tuple(
            Clause(
                number=c.number,
                title=c.title,
                text=c.text,
                line=c.line.number,
                items=tuple(_freeze_item(i) for i in c.children),
            )
            for c in clauses
        ),
        items=tuple(_freeze_item(i) for i in items),
    )
