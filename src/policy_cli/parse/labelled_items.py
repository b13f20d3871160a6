"""Numbered items a page ran onto one line, each with its labelled fields (1.新建… 牵头领导:… 责任单位:… 配合单位:…
实际完成情况:… 2.改造… 责任单位:…), put back one item and one field a line."""

from __future__ import annotations

import itertools

from .. import patterns as P
from ..decode import fold
from .lines import SourceLine

_UNIT_ROLES = ("lead", "partners", "departments")


def split_labelled_items(lines: list[SourceLine]) -> list[SourceLine]:
    """A line holding items numbered on from 1 (two at least), each after a space, each naming units under a role
    label after a space (责任单位:, 配合单位:), cut at each item and at each labelled field after a space, every piece
    keeping the line's number: the text before the first item stays a line of its own. Only where each item names
    units so (a number in a sentence, 共3.5万元, or a list with no labels in it, stays as written)."""
    out: list[SourceLine] = []
    for line in lines:
        cuts = _item_cuts(line.folded)
        if not cuts:
            out.append(line)
            continue
        bounds = [*cuts, len(line.folded)]
        if cuts[0] > 0:
            out.append(_piece(line, 0, cuts[0]))
        for start, end in itertools.pairwise(bounds):
            fields = [m.end() for m in P.FIELD_AFTER_SPACE.finditer(line.folded, start, end)]
            for a, b in zip([start, *fields], [*fields, end], strict=True):
                out.append(_piece(line, a, b))
    return out


def _piece(line: SourceLine, start: int, end: int) -> SourceLine:
    text = line.text[start:end].strip()
    return SourceLine(line.number, text, fold(text))


def _item_cuts(folded: str) -> list[int]:
    """Where a line's items start, numbered on from 1 after a space, when each names units under a role label."""
    if ":" not in folded or " " not in folded:
        return []
    cuts: list[int] = []
    numbers: list[int] = []
    for match in P.RUN_ON_MARK.finditer(folded):
        if match["item"] is None or not folded[match.start() - 1 : match.start()].isspace():
            continue
        if not P.ITEM.match(folded[match.start() :]):
            continue
        numbers.append(int(match["item"]))
        if numbers[-1] == len(cuts) + 1:
            cuts.append(match.start())
    if len(set(numbers)) < len(numbers):
        return []  # 进展情况: 1.已选址 2.已开工: a field numbered within an item; which number is an item's is unsure
    if len(cuts) < 2:
        return []
    bounds = [*cuts, len(folded)]
    for start, end in itertools.pairwise(bounds):
        labels = [m["label"] for m in P.LABEL_AFTER_SPACE.finditer(folded, start, end)]
        if not any(P.LABEL_ROLES.get(label) in _UNIT_ROLES for label in labels):
            return []
    return cuts
