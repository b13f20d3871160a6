"""Task tables written one row a line with their cells joined by 、, as the line of column names over them is.

    序号、工作任务、责任人、责任单位、完成时间
    1、组织开展村庄清洁行动、张某、镇村建办（牵头）、各村（社区）、3月底前

A 、 joins the units of one cell too, so a row's pieces are placed by what they are: the number first, the
deadline last (where the header ends with a deadline's column), the units cell the run of names ending as
units do before it, a person's name before them (where the header has a person's column), and the task's text
the rest. A row whose pieces cannot be placed so is left as written. The rows are written back with a tab between
cells, which the table reader reads.
"""

from __future__ import annotations

import re

from .. import patterns as P
from ..decode import fold
from .annex.cells import unit_like
from .deadlines import deadline_piece

_ROW_NUMBER = re.compile(r"^\s*(\d{1,3})\s*、")
# a person's name: two to four characters, none of a unit's ending (张某, 欧阳某某)
_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def untie_dunhao_tables(text: str) -> str:
    """The text with each table written with 、 between its cells rewritten with a tab between them."""
    if "序号、" not in text:
        return text
    lines = text.split("\n")
    n = 0
    while n < len(lines):
        roles = _header_roles(lines[n])
        if roles is None:
            n += 1
            continue
        rows: list[tuple[int, list[str]]] = []
        k = n + 1
        while k < len(lines) and (cells := _row_cells(lines[k], roles)) is not None:
            rows.append((k, cells))
            k += 1
        if rows:
            lines[n] = "\t".join(piece.strip() for piece in lines[n].split("、"))
            for at, cells in rows:
                lines[at] = "\t".join(cells)
        n = max(k, n + 1)
    return "\n".join(lines)


def _header_roles(line: str) -> list[str] | None:
    """The roles of a line of column names joined by 、 (序号、工作任务、责任人、责任单位、完成时间): the number first,
    then the task, one column of units and at most one person's, a deadline's last if any; None for any other
    line."""
    names = [fold(piece).strip() for piece in line.strip().split("、")]
    roles = [P.COLUMN_ROLES.get(name, "") for name in names]
    if len(roles) < 3 or roles[0] != "number":
        return None
    middle = roles[1:-1] if roles[-1] == "due" else roles[1:]
    units = sum(1 for r in middle if r in ("departments", "lead"))
    if not middle or middle[0] != "task" or units != 1 or middle.count("leaders") > 1:
        return None
    if any(r not in ("task", "departments", "lead", "leaders") for r in middle) or middle.count("task") != 1:
        return None
    return roles


def _row_cells(line: str, roles: list[str]) -> list[str] | None:
    """A row's cells in the header's order, or None where the line is no row of the table or its pieces cannot
    be placed."""
    number = _ROW_NUMBER.match(line)
    if number is None:
        return None
    pieces = [p.strip() for p in _split_dunhao(line[number.end() :].strip())]
    if not pieces or any(not p for p in pieces):
        return None
    due = ""
    if roles[-1] == "due":
        last = fold(pieces[-1])
        # (a time the deadline reader knows, or any short words that are no unit's name: 每两个月, 按上级要求)
        if unit_like(_unmarked(pieces[-1])) or (deadline_piece(last) is None and len(last) > 12):
            return None
        due, pieces = pieces[-1], pieces[:-1]
    middle = [r for r in roles[1:] if r != "due"]
    person = ""
    if middle[-1] == "leaders":  # 工作任务、责任单位、责任人: the person last
        if not pieces or not _PERSON.match(pieces[-1]) or unit_like(fold(pieces[-1])):
            return None
        person, pieces = pieces[-1], pieces[:-1]
    units: list[str] = []
    while len(pieces) > 1 and unit_like(_unmarked(pieces[-1])):
        units.insert(0, pieces.pop())
    if not units:
        return None
    if "leaders" in middle[:-1]:  # 工作任务、责任人、责任单位: the person before the units
        if len(pieces) < 2 or not _PERSON.match(pieces[-1]) or unit_like(fold(pieces[-1])):
            return None
        person = pieces.pop()
    task = "、".join(pieces)
    cells = {"task": task, "departments": "、".join(units), "lead": "、".join(units), "leaders": person, "due": due}
    return [number.group(1), *(cells[role] for role in roles[1:])]


def _split_dunhao(text: str) -> list[str]:
    """The pieces of a row apart by 、 outside brackets (各村（社区、居委会）stays one)."""
    pieces, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "(（[【〔":
            depth += 1
        elif ch in ")）]】〕":
            depth = max(depth - 1, 0)
        elif ch == "、" and depth == 0:
            pieces.append(text[start:i])
            start = i + 1
    return [*pieces, text[start:]]


def _unmarked(piece: str) -> str:
    """A unit's name without a role written after it in brackets (镇村建办（牵头） -> 镇村建办), folded."""
    folded = fold(piece)
    mark = P.UNIT_ROLE_MARK.search(folded)
    return folded[: mark.start()] if mark else folded
