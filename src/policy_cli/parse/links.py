"""Annex-to-body links: which body part and clause each annex group and sub-group implements.

Found by title similarity, not by position: annexes skip the body's goals and
principles, merge clauses, and reword titles (考责任追究 for 责任追究).
"""

from __future__ import annotations

from dataclasses import replace
from difflib import SequenceMatcher

from ..decode import fold
from ..models import Annex, Group, Part, Subgroup

MIN_SIMILARITY = 0.6


def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, _key(a), _key(b), autojunk=False).ratio()


def _key(title: str) -> str:
    return "".join(fold(title).split()).rstrip("。.")


def _best(title: str, candidates: list[tuple[str, tuple[int, int | None]]]) -> tuple[int, int | None] | None:
    scored = [(similarity(title, text), -n, key) for n, (text, key) in enumerate(candidates)]
    if not scored:
        return None
    score, _, key = max(scored)
    return key if score >= MIN_SIMILARITY else None


def link_annex(annex: Annex, parts: tuple[Part, ...]) -> Annex:
    clauses: list[tuple[str, tuple[int, int | None]]] = [
        (c.title, (p.number, c.number)) for p in parts for c in p.clauses
    ]
    part_titles: list[tuple[str, tuple[int, int | None]]] = [(p.title, (p.number, None)) for p in parts]
    groups: list[Group] = []
    for group in annex.groups:
        subgroups: list[Subgroup] = []
        for sub in group.subgroups:
            found = _best(sub.title, clauses)
            subgroups.append(replace(sub, part=found[0], clause=found[1]) if found else sub)
        by_title = _best(group.title, part_titles)
        part = by_title[0] if by_title else _majority([s.part for s in subgroups])
        groups.append(replace(group, part=part, subgroups=tuple(subgroups)))
    return replace(annex, groups=tuple(groups))


def _majority(values: list[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return max(set(known), key=known.count) if known else None
