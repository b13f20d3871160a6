"""Text similarity and character deltas in time that stays bounded on long text.

difflib's SequenceMatcher takes time that grows with the product of the two
lengths (two 12,000-character titles: minutes), so it only ever sees short
inputs here: similarity switches to a linear measure on long text, and a delta
compares only what lies between the common start and end, falling back to one
replaced run when even that is long.
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher

# Above these products of lengths, the linear measures below are used.
EXACT_SIMILARITY_LIMIT = 250_000  # two titles of 500 characters
EXACT_DELTA_LIMIT = 1_000_000  # two changed stretches of 1,000 characters

Opcode = tuple[str, int, int, int, int]


def similarity(a: str, b: str) -> float:
    """0..1: SequenceMatcher's ratio for short text, the Dice coefficient of character pairs for long text."""
    if len(a) * len(b) <= EXACT_SIMILARITY_LIMIT:
        return SequenceMatcher(None, a, b, autojunk=False).ratio()
    pairs_a, pairs_b = _pairs(a), _pairs(b)
    total = sum(pairs_a.values()) + sum(pairs_b.values())
    return 2 * sum((pairs_a & pairs_b).values()) / total if total else 1.0


def _pairs(text: str) -> Counter[str]:
    return Counter(text[i : i + 2] for i in range(len(text) - 1))


def opcodes(old: str, new: str) -> list[Opcode]:
    """SequenceMatcher-style opcodes turning old into new, computed in bounded time."""
    start = _common_prefix(old, new)
    end = _common_prefix(old[start:][::-1], new[start:][::-1])
    old_mid, new_mid = old[start : len(old) - end], new[start : len(new) - end]
    ops: list[Opcode] = [("equal", 0, start, 0, start)] if start else []
    if len(old_mid) * len(new_mid) <= EXACT_DELTA_LIMIT:
        matcher = SequenceMatcher(None, old_mid, new_mid, autojunk=False)
        ops += [(op, a1 + start, a2 + start, b1 + start, b2 + start) for op, a1, a2, b1, b2 in matcher.get_opcodes()]
    else:
        ops.append(("replace", start, len(old) - end, start, len(new) - end))
    if end:
        ops.append(("equal", len(old) - end, len(old), len(new) - end, len(new)))
    return [op for op in ops if op[2] > op[1] or op[4] > op[3]]


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i
