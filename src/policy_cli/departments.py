"""Splitting a cell or phrase that lists responsible units into unit names.

    县水务局、县财政局、交通运输局及有关行业主管部门
    -> 县水务局 | 县财政局 | 县交通运输局 | 有关行业主管部门

Rules, in order: split on 、 , ; and 及 outside parentheses; split a collective
glued to a unit (县林业局有关行业主管 -> 县林业局 | 有关行业主管); a
leading qualifier distributes to the next parts (各级党委、政府 -> 各级政府);
a shared generic suffix distributes back (有关行业主管、监管部门 ->
有关行业主管部门); a place prefix dropped after the first name is restored.
"""

from __future__ import annotations

from . import patterns as P
from .decode import fold


def split_units(raw: str) -> tuple[str, ...]:
    """The units named in a department cell or phrase, in order, without repeats."""
    parts: list[str] = []
    for piece in split_outside_parens(raw):
        piece = _clean(piece)
        if not piece or P.EMPTY_CELL.match(fold(piece)):
            continue
        glued = P.GLUED_COLLECTIVE.match(fold(piece))
        if glued:
            cut = glued.end("unit")
            parts.extend([piece[:cut], piece[cut:]])
        else:
            parts.append(piece)
    parts = _distribute_qualifier(parts)
    parts = _distribute_suffix(parts)
    parts = _restore_place_prefix(parts)
    return tuple(dict.fromkeys(p for p in parts if p))


def split_outside_parens(raw: str) -> list[str]:
    folded = fold(raw)
    pieces: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(folded):
        ch = folded[i]
        if ch in "(〔[":
            depth += 1
        elif ch in ")〕]":
            depth = max(depth - 1, 0)
        elif depth == 0 and (ch in P.UNIT_SEPARATORS or ch == "及"):
            pieces.append(raw[start:i])
            start = i + 1
        i += 1
    pieces.append(raw[start:])
    return pieces


def _clean(piece: str) -> str:
    piece = piece.strip(" \u3000\u00a0\t。.，,；;：:")
    while True:
        match = P.UNIT_NOISE.search(fold(piece))
        if not match or match.start() == 0:
            return piece.strip()
        piece = piece[: match.start()].strip()


def _distribute_qualifier(parts: list[str]) -> list[str]:
    """各级党委、政府 -> 各级党委, 各级政府: a qualifier carries to the parts right after it."""
    out: list[str] = []
    carried: str | None = None
    for part in parts:
        own = P.QUALIFIER.match(part)
        if own:
            carried = own.group("q")
            out.append(part)
        elif carried and not P.PLACE_PREFIX.match(part) and not P.SPECIFIC_UNIT.search(part):
            out.append(carried + part)
        else:
            carried = None
            out.append(part)
    return out


def _distribute_suffix(parts: list[str]) -> list[str]:
    """有关行业主管、有关监管部门 -> 有关行业主管部门: a shared generic suffix carries back."""
    out = list(parts)
    suffix: str | None = None
    for i in range(len(out) - 1, -1, -1):
        match = P.GENERIC_SUFFIX.search(out[i])
        if match:
            suffix = match.group("suffix")
        elif suffix and P.QUALIFIER.match(out[i]) and not P.SPECIFIC_UNIT.search(out[i]):
            out[i] += suffix
        else:
            suffix = None
    return out


def _restore_place_prefix(parts: list[str]) -> list[str]:
    """县委组织部、财政局 -> 县财政局."""
    prefix: str | None = None
    out = []
    for part in parts:
        own = P.PLACE_PREFIX.match(part)
        if own and prefix is None:
            prefix = own.group("p")
        if prefix and not own and P.SPECIFIC_UNIT.search(part) and not P.QUALIFIER.match(part) and prefix not in part:
            part = prefix + part
        out.append(part)
    return out
