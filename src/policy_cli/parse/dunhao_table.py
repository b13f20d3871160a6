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

from .. import patterns as P
from ..decode import fold
from ..regex_engine import compile_regex
from .annex.cells import unit_like
from .deadlines import deadline_piece
from .roles import top_level_spans

_ROW_NUMBER = compile_regex(r"^\s*(\d{1,3})\s*、")
# a person's name, maybe after a post: 张某   欧阳某某   副镇长李某
_PERSON = compile_regex(r"^(?:\p{Han}{1,6}?(?:长|书记|主任|主席|委员))?\p{Han}{2,4}$")


def untie_dunhao_tables(text: str) -> str:
    """The text with each table written with 、 between its cells rewritten with a tab between them; a table any
    of whose rows cannot be placed is left as written, whole."""
    if "序号、" not in text:
        return text
    lines = text.split("\n")
    n = 0
    while n < len(lines):
        roles = _header_roles(lines[n])
        if roles is None:
            n += 1
            continue
        k = n + 1
        while k < len(lines) and _ROW_NUMBER.match(lines[k]):
            k += 1
        rows = [_row_cells(lines[at], roles) for at in range(n + 1, k)]
        if rows and all(row is not None for row in rows):
            lines[n] = "\t".join(piece.strip() for piece in lines[n].split("、"))
            for at, cells in enumerate(rows, start=n + 1):
                lines[at] = "\t".join(cells or ())
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
    """A row's cells in the header's order, or None where its pieces cannot be placed."""
    number = _ROW_NUMBER.match(line)
    if number is None:
        return None
    body = line[number.end() :].strip()
    pieces = [body[a:b].strip() for a, b in top_level_spans(fold(body), "、")]
    if not pieces or any(not p for p in pieces):
        return None
    due = ""
    if roles[-1] == "due" and not unit_like(_unmarked(pieces[-1])):
        last = fold(pieces[-1])
        # (a time the deadline reader knows, or any short words that are no unit's name: 每两个月, 按上级要求)
        if deadline_piece(last) is None and len(last) > 12:
            return None
        due, pieces = pieces[-1], pieces[:-1]
    middle = [r for r in roles[1:] if r != "due"]
    people: list[str] = []
    if middle[-1] == "leaders":  # 工作任务、责任单位、责任人: the people last
        while len(pieces) > 1 and _person(pieces[-1]):
            people.insert(0, pieces.pop())
    units: list[str] = []
    # (with the people's cell between the text and the units, any names ending as units do; else only names a
    # level or a place opens: 改造农村公共厕所, 村卫生室 stay the text's)
    named = _units_named if "leaders" in middle[:-1] else _units_of_a_level
    while len(pieces) > 1 and named(pieces[-1]):
        units.insert(0, pieces.pop())
    if "leaders" in middle[:-1]:  # 工作任务、责任人、责任单位: the people before the units
        while len(pieces) > 1 and _person(pieces[-1]):
            people.insert(0, pieces.pop())
    if not units or ("leaders" in middle and not people):
        return None
    cells = {
        "task": "、".join(pieces),
        "departments": "、".join(units),
        "lead": "、".join(units),
        "leaders": "、".join(people),
        "due": due,
    }
    return [number.group(1), *(cells[role] for role in roles[1:])]


def _person(piece: str) -> bool:
    """张某, 欧阳某某, 副镇长李某: a person's name, maybe after a post; no unit's name."""
    return _PERSON.match(piece) is not None and not unit_like(fold(piece))


def _units_named(piece: str) -> bool:
    """A unit's name, maybe with its role after it in brackets (镇村建办（牵头）)."""
    return unit_like(_unmarked(piece))


def _units_of_a_level(piece: str) -> bool:
    """A unit's name opening with its level or place, or the places taken together (镇村建办, 县住建局, 各村（社区）,
    国网某县供电公司)."""
    name = _unmarked(piece)
    return unit_like(name) and (
        P.PLACE_PREFIX.match(name) is not None or name[:1] in "镇乡各" or name.startswith(P.NATIONAL_PREFIXES)
    )


def _unmarked(piece: str) -> str:
    """A unit's name without a role written after it in brackets (镇村建办（牵头） -> 镇村建办), folded."""
    folded = fold(piece)
    mark = P.UNIT_ROLE_MARK.search(folded)
    return folded[: mark.start()] if mark else folded
