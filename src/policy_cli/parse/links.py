"""Annex-to-body links: which body part and clause each annex group and sub-group implements.

Found by title similarity, not by position: annexes skip the body's goals and
principles, merge clauses, and reword titles (考责任追究 for 责任追究). Titles
are looked up through an index (exact title, then the few candidates sharing
the most character pairs), so linking stays linear in the notice's size.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from difflib import SequenceMatcher
from typing import Generic, TypeVar

from ..decode import compact
from ..models import Annex, Group, Part, Subgroup

MIN_SIMILARITY = 0.6
CANDIDATES = 8  # titles scored in full for each lookup
COMMON_PAIR = 50  # a character pair found in more titles than this does not pick candidates

K = TypeVar("K")


def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, _key(a), _key(b), autojunk=False).ratio()


def _key(title: str) -> str:
    return compact(title).rstrip("。.")


def _pairs(key: str) -> set[str]:
    return {key[i : i + 2] for i in range(len(key) - 1)} or {key}


class TitleIndex(Generic[K]):
    """Find the entry whose title is most like a given one (at least MIN_SIMILARITY)."""

    def __init__(self, entries: list[tuple[str, K]]):
        self.entries = entries
        self.keys = [_key(title) for title, _ in entries]
        self.exact: dict[str, int] = {}
        for n, key in enumerate(self.keys):
            self.exact.setdefault(key, n)
        self._postings: dict[str, list[int]] | None = None

    @property
    def postings(self) -> dict[str, list[int]]:
        """The entries holding each character pair, built at the first title not found exactly (an annex
        that writes the body's titles as they are needs none)."""
        if self._postings is None:
            self._postings = defaultdict(list)
            for n, key in enumerate(self.keys):
                for pair in _pairs(key):
                    self._postings[pair].append(n)
        return self._postings

    def best(self, title: str) -> K | None:
        key = _key(title)
        if key in self.exact:
            return self.entries[self.exact[key]][1]
        shared: Counter[int] = Counter()
        postings = self.postings
        for pair in _pairs(key):
            posting = postings.get(pair, [])
            if len(posting) <= COMMON_PAIR:
                shared.update(posting)
        candidates = sorted(n for n, _ in shared.most_common(CANDIDATES))
        scored = [(similarity(title, self.entries[n][0]), -n) for n in candidates]
        if not scored:
            return None
        score, neg_n = max(scored)
        return self.entries[-neg_n][1] if score >= MIN_SIMILARITY else None


def link_annex(annex: Annex, parts: tuple[Part, ...]) -> Annex:
    clauses = TitleIndex([(c.title, (p.number, c.number)) for p in parts for c in p.clauses])
    part_titles = TitleIndex([(p.title, p.number) for p in parts])
    groups: list[Group] = []
    for group in annex.groups:
        subgroups: list[Subgroup] = []
        for sub in group.subgroups:
            found = clauses.best(sub.title)
            subgroups.append(replace(sub, part=found[0], clause=found[1]) if found else sub)
        part = part_titles.best(group.title) or _majority([s.part for s in subgroups])
        if part is None and not subgroups and (clause := clauses.best(group.title)):
            part = clause[
                0
            ]  # 一、完善供水工程 for the body's （一）完善供水工程: the group implements that clause's part
        groups.append(replace(group, part=part, subgroups=tuple(subgroups)))
    return replace(annex, groups=tuple(groups))


def _majority(values: list[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return max(set(known), key=known.count) if known else None
