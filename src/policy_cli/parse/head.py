"""The document's head: page header, title, issuers, 文号, addressees, preamble, signature."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .. import patterns as P
from ..decode import fold
from ..departments import split_outside_parens
from ..models import Boilerplate, Metadata
from .lines import SourceLine


@dataclass
class Head:
    metadata: Metadata
    preamble: str
    boilerplate: list[Boilerplate] = field(default_factory=list)


def doc_number_span(folded: str, match: regex.Match[str]) -> tuple[int, int]:
    """Where a 文号 match really starts, once words of the sentence before it are trimmed."""
    noise = P.DOC_PREFIX_NOISE.match(folded, match.start("prefix"), match.end("prefix"))
    start = noise.end() if noise and noise.end() < match.end("prefix") else match.start()
    return start, match.end()


def normalize_doc_number(written: str) -> str | None:
    """某委发[2019]8号 -> 某委发〔2019〕8号 (brackets and stray spaces normalised)."""
    folded = fold(written)
    match = P.DOC_NUMBER.search(folded)
    if not match:
        return None
    start, _ = doc_number_span(folded, match)
    prefix = written[start : match.end("prefix")].replace(" ", "")
    return f"{prefix}〔{match['year']}〕{int(match['seq'])}号"


def iso_date(text: str) -> str | None:
    match = P.ANY_DATE.search(text)
    if not match:
        return None
    y, m, d = int(match["y"]), int(match["m"]), int(match["d"])
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def split_list(text: str) -> tuple[str, ...]:
    """Split an addressee or keyword list on 、 , ; and spaces outside parentheses."""
    items: list[str] = []
    for piece in split_outside_parens(text):
        items.extend(x for x in piece.split() if x)
    return tuple(i.strip(" :：。") for i in items if i.strip(" :：。"))


def find_title(lines: list[SourceLine]) -> int | None:
    """Index of the first line that reads as the document's title."""
    for i, line in enumerate(lines):
        if P.PAGE_FIELD_LABEL.search(line.folded) or P.BANNER.search(line.folded):
            continue
        if P.TITLE.match(line.folded):
            return i
        if P.PART.match(line.folded) or P.CLAUSE.match(line.folded):
            return None
    return None


def parse_head(lines: list[SourceLine], title_at: int | None) -> Head:
    """Parse the lines before the first part."""
    page: dict[str, str] = {}
    boilerplate: list[Boilerplate] = []
    start = 0 if title_at is None else title_at
    for line in lines[:start]:
        if P.PAGE_FIELD_LABEL.search(line.folded):
            page.update(_page_fields(line))
            boilerplate.append(Boilerplate(line.number, "page-header", line.text))
        elif P.BREADCRUMB.search(line.folded):
            boilerplate.append(Boilerplate(line.number, "breadcrumb", line.text))
        else:
            boilerplate.append(Boilerplate(line.number, "banner", line.text))

    title = lines[title_at].text if title_at is not None else None
    doc_number: str | None = None
    issuers: tuple[str, ...] = ()
    addressees: tuple[str, ...] = ()
    signed: str | None = None
    signer: str | None = None
    preamble: list[str] = []
    rest = lines[start + 1 :] if title_at is not None else lines
    skip_next = False
    for i, line in enumerate(rest):
        if skip_next:
            skip_next = False
            continue
        folded = line.folded
        nxt = rest[i + 1] if i + 1 < len(rest) else None
        if doc_number is None and P.DOC_NUMBER_LINE.match(folded):
            doc_number = line.text
        elif title and line.text == title:
            boilerplate.append(Boilerplate(line.number, "repeated-title", line.text))
        elif P.ANNEX_LINK.match(folded):
            boilerplate.append(Boilerplate(line.number, "link", line.text))
        elif P.TRAILER.search(folded):
            boilerplate.append(Boilerplate(line.number, "trailer", line.text))
        elif not addressees and not preamble and _is_issuers_line(folded):
            issuers = tuple(line.text.split())
        elif not addressees and not preamble and P.ADDRESSEE.match(folded):
            addressees = split_list(line.text)
        elif nxt and P.ORG_NAME.match(folded) and P.SIGNED_DATE.match(nxt.folded):
            signer = line.text
            boilerplate += [
                Boilerplate(line.number, "signature", line.text),
                Boilerplate(nxt.number, "signature", nxt.text),
            ]
            signed = signed or iso_date(nxt.folded)
            skip_next = True
        else:
            preamble.append(line.text)

    if not issuers and title:
        match = P.TITLE_ISSUER.match(title)
        if match:
            issuers = (match["issuer"],)
    if not issuers and signer:
        issuers = (signer,)
    doc_number = doc_number or page.get("doc_number") or None
    metadata = Metadata(
        title=title,
        doc_number=doc_number,
        doc_number_normalized=normalize_doc_number(doc_number) if doc_number else None,
        issuers=issuers,
        addressees=addressees,
        signed=signed,
        index_number=page.get("index_number") or None,
        category=page.get("category") or None,
        publisher=page.get("publisher") or None,
        published=iso_date(page["published"]) if page.get("published") else None,
        keywords=split_list(page["keywords"]) if page.get("keywords") else (),
    )
    return Head(metadata, "\n".join(preamble), boilerplate)


def _is_issuers_line(folded: str) -> bool:
    names = folded.split()
    return bool(names) and all(P.ORG_NAME.match(n) for n in names) and len(names) <= 6


def _page_fields(line: SourceLine) -> dict[str, str]:
    """索 引 号:000000000/2019-00001 主题分类:文件\\ 发布机构:县应急局 -> fields."""
    found = list(P.PAGE_FIELD_LABEL.finditer(line.folded))
    fields = {}
    for n, match in enumerate(found):
        key = match.lastgroup
        assert key is not None
        end = found[n + 1].start() if n + 1 < len(found) else len(line.text)
        fields[key] = line.text[match.end() : end].strip(" \u3000\\")
    return fields
