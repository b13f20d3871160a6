"""A task table a page glued into one run of text (header, 序号 and cells with nothing between them) -> its
header and rows as lines with tab-separated cells; a header not read, or units cut, -> warnings."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex

from ... import patterns as P
from ...departments import split_units
from ...models import Warning
from ...regex_engine import compile_regex
from ..lines import SourceLine
from .cells import _UNIT_COLUMNS, _person_like, _unit_like

_GLUED_EXTRA_NAMES = ("备注",)  # a last column that names no role, glued after the others


_CHUNK_MARK = compile_regex(r"^(\d{1,2})、")  # a document site's preview chunks: 1、… 2、… (no numbering)


_NEXT_ROW = compile_regex(r"(?<=[^\d])(\d{1,3})(?=\p{Han})")


def _glued_header(text: str) -> tuple[int, int, list[str]] | None:
    """Where a table header glued into one run of text starts and ends, and its names
    (…分工表序号工作内容目标任务责任单位备注1将…): 序号 and at least two more column names, one a task
    column and one a units column, written with nothing between them."""
    at = text.find("序号")
    if at < 0:
        return None
    names = ["序号"]
    end = at + 2
    known = sorted([*P.COLUMN_ROLES, *_GLUED_EXTRA_NAMES], key=len, reverse=True)
    while name := next((n for n in known if text.startswith(n, end)), None):
        names.append(name)
        end += len(name)
    roles = [_glued_role(n) for n in names]
    if len(names) < 3 or "task" not in roles or not any(r in _UNIT_COLUMNS for r in roles):
        return None
    return at, end, names


def glued_table_header(lines: Sequence[SourceLine]) -> SourceLine | None:
    """A line that is only a table's column names run together with nothing between them, at least three,
    a task column and a units column among them, maybe after a short name the vocabulary does not know
    (实事内容工作任务责任单位进展情况): the header of a table whose cells a page ran together."""
    known = sorted({*P.COLUMN_ROLES, *P.VALUE_COLUMNS}, key=len, reverse=True)
    for line in lines:
        text = line.folded.strip()
        if not 6 <= len(text) <= 60 or _HEADER_BREAK.search(text):
            continue
        for start in range(min(5, len(text))):
            names, end = [], start
            while name := next((n for n in known if text.startswith(n, end)), None):
                names.append(name)
                end += len(name)
            roles = [P.COLUMN_ROLES.get(n) for n in names]
            if end == len(text) and len(names) >= 3 and "task" in roles and any(r in _UNIT_COLUMNS for r in roles):
                return line
    return None


_HEADER_BREAK = compile_regex(r"[\s|,、。;:]")


def _glued_role(name: str) -> str | None:
    return P.COLUMN_ROLES.get(name)


def _glued_units(text: str) -> list[str] | None:
    """Units glued with nothing between them (州工信局州通信发展办各县市人民政府), cut where a new name starts
    with a level (省, 市, 州, 县, 区) or 各 right after a unit's ending; None unless every piece reads as a
    unit (a name written without its level, 教育局经开区, cannot be cut)."""
    starts = (*P.LEVELS, "各")
    cuts = [0]
    for i in range(2, len(text) - 1):
        if text[i] in starts and i - cuts[-1] >= 3 and text[cuts[-1] : i].endswith(P.UNIT_ENDINGS):
            cuts.append(i)
    units = [text[a:b] for a, b in pairwise([*cuts, len(text)])]
    if text[:1] not in starts or not all(_unit_like(unit) and len(unit) >= 3 for unit in units):
        return None
    return units


def _glued_tail(tail: str, roles: list[str | None]) -> dict[str, str] | None:
    """The cells after a glued row's text (王志成州工信局州通信发展办2025年12月底前): the leaders' names, the
    units (the first the lead where a lead column comes before a partners column) and the deadline; None
    when they cannot be told apart."""
    cells: dict[str, str] = {}
    if "due" in roles:
        due_at = next((k for k in range(len(tail)) if _glued_due(tail[k:])), None)
        if due_at is None:
            return None
        tail, cells["due"] = tail[:due_at], tail[due_at:]
    if "leaders" in roles:
        starts = (*P.LEVELS, "各")
        at = next((i for i in range(2, min(len(tail), 10)) if tail[i] in starts and _glued_units(tail[i:])), None)
        if at is None or not _person_like(tail[:at]) or any(ch in tail[:at] for ch in "局委办厅部院所站队会室处科股"):
            return None
        tail, cells["leaders"] = tail[at:], tail[:at]
    units = _glued_units(tail)
    if units is None:
        return None
    columns = [r for r in roles if r in _UNIT_COLUMNS]
    if columns[:2] == ["lead", "partners"]:
        cells["lead"], cells["partners"] = units[0], "、".join(units[1:])
    else:
        cells[columns[0]] = "、".join(units)
    return cells


def _glued_due(text: str) -> bool:
    return bool(P.DEADLINE.fullmatch(text) or P.DUE_POINT.fullmatch(text)) and not text.startswith(("月", "日"))


def _glued_rows(body: str, names: list[str]) -> tuple[list[tuple[int, int, str, dict[str, str]]], int] | None:
    """A glued run's rows whose cells end in leaders, units and a deadline (…全覆盖。王志成州工信局2025年12月
    底前2益农…): each row ends at a deadline its units come right before; a row that opens with the next
    number keeps it, one that does not (a sub-row under a merged 序号 cell) has none; a header repeated in the
    run is left out. Each row: where its text starts and ends in the run, its number, its other cells; and
    where the last row's cells end. None
    when no row is found, or when a deadline inside a row's text is followed by a number (a row whose cells
    could not be read, run into the next)."""
    roles = [_glued_role(n) for n in names]
    rows: list[tuple[int, int, str, dict[str, str]]] = []
    start, k = 0, 0
    ends = sorted({m.end() for m in P.DEADLINE.finditer(body)} | {m.end() for m in P.DUE_POINT.finditer(body)})
    for end in ends:
        if end <= start or body[end : end + 1] in tuple("底前末内旬日号份以之"):
            continue  # (not 2025年12月 of 2025年12月底前)
        stop = body.rfind("。", start, end)
        if stop < 0 or (cells := _glued_tail(body[stop + 1 : end], roles)) is None:
            continue
        at = stop + 1 - len(_without_header(body[start : stop + 1], names))
        if any(body[e : e + 1].isdigit() for e in ends if at < e < stop):
            return None  # a row boundary the cells could not be read at: two rows would run together
        lead = regex.match(r"(\d{1,3})(?=\p{Han}|[“\"《(])", body[at : stop + 1])
        number = ""
        if lead and int(lead[1]) == k + 1:
            number, at, k = lead[1], at + lead.end(), k + 1
        rows.append((at, stop + 1, number, cells))
        start = end
    return (rows, start) if rows else None


def _without_header(text: str, names: list[str]) -> str:
    """A row's text without a repeated header before it (序号重点任务…完成时, its last name cut)."""
    if not text.startswith(names[0]):
        return text
    at = len(names[0])
    for name in names[1:]:
        if text.startswith(name, at):
            at += len(name)
            continue
        at += next((n for n in range(len(name) - 1, 1, -1) if text.startswith(name[:n], at)), 0)
        break
    return text[at:]


def _ends_as_unit(text: str) -> bool:
    """Whether a text's last unit ends as a unit's name does (各区(市)县政府(管委会), 市住建局), maybe with
    its role verb after it (…配合;各州(市)党委和政府落实)."""
    tail = regex.split(r"[、,，;；]", text)[-1].strip()
    tail = P.CELL_ROLE_VERB_END.sub("", tail) or tail
    while tail.endswith(")") and (paren := tail.rfind("(")) > 0:
        tail = tail[:paren]
    return bool(tail) and tail.endswith(P.UNIT_ENDINGS)


def unglue_table(lines: list[SourceLine], warnings: list[Warning]) -> list[SourceLine]:
    """A 分工表 whose cells a page glued into one run of text (a document site's preview): header, 序号
    and cells with nothing between them, the run cut into chunks marked 1、 2、 3、 at line starts (the
    marks are no numbering; a unit cut by one is read whole). The run is split into rows at the next
    row's number where it follows a unit's name (…(管委会)2完善…), and each row into its cells: the text
    up to its last sentence, and the units after it; a target cell opening with a year (2021年2月底前,…)
    is the task's second cell. The rows come out tab-separated, for the table reader. A last row with no
    units (the page cut off) is warned and not read."""
    at = next((i for i, ln in enumerate(lines) if "序号" in ln.folded and _glued_header(ln.folded)), None)
    if at is None:
        _warn_unknown_glued_header(lines, warnings)
        return lines
    first = lines[at]
    chunk = _CHUNK_MARK.match(first.folded)
    run = [first]
    if chunk and chunk[1] == "1":
        for ln in lines[at + 1 :]:
            mark = _CHUNK_MARK.match(ln.folded)
            if mark is None or int(mark[1]) != len(run) + 1:
                break
            run.append(ln)
    # the run's text, each character with its line's number
    text, raw, numbers = "", "", []
    for ln in run:
        mark = _CHUNK_MARK.match(ln.folded) if chunk else None
        cut = mark.end() if mark else 0
        text += ln.folded[cut:]
        raw += ln.text[cut:]  # the folded text keeps the written text's length: one offset serves both
        numbers += [ln.number] * (len(ln.folded) - cut)
    found = _glued_header(text)
    if found is None:
        return lines
    start, end, names = found
    out = list(lines[:at])
    roles = [_glued_role(n) for n in names]
    by_cells = "due" in roles or "leaders" in roles
    if by_cells and text[:start].strip():
        # the title before the header is kept glued to it, with the chunk's mark, as the page wrote it
        mark = _CHUNK_MARK.match(first.folded) if chunk else None
        m = mark.end() if mark else 0
        out.append(SourceLine(first.number, first.text[:m] + raw[:end], first.folded[:m] + text[:end]))
    elif text[:start].strip():
        out.append(SourceLine(first.number, raw[:start].strip(), text[:start].strip()))
    out.append(SourceLine(numbers[start], "\t".join(names), "\t".join(names)))
    task = roles.index("task")
    second = task + 1 if task + 1 < len(roles) and roles[task + 1] == "task" else None
    units_at = next(i for i, r in enumerate(roles) if r in _UNIT_COLUMNS)
    body, body_raw, k = text[end:], raw[end:], 1
    if by_cells:
        return _unglued_rows(lines, at, run, out, (names, roles, task), (body, body_raw, numbers[end:]), warnings)
    first_row = regex.match(r"[1-9]\d{0,2}(?!\d)", body)
    if first_row is None or (first_row.group() != "1" and "上接" not in "".join(ln.folded for ln in lines[:at])):
        return lines  # rows from 1, or from a later number on a page going on from the one before (上接第三版)
    k = int(first_row.group())
    starts = [0]
    for match in _NEXT_ROW.finditer(body):
        if int(match[1]) == k + 1 and _ends_as_unit(body[starts[-1] : match.start()]):
            starts.append(match.start())
            k += 1
    for i, pos in enumerate(starts):
        number = str(int(first_row.group()) + i)
        stop_at = starts[i + 1] if i + 1 < len(starts) else len(body)
        row, row_raw = body[pos + len(number) : stop_at], body_raw[pos + len(number) : stop_at]
        line_no = numbers[end + pos]
        stop = row.rfind("。")
        units = row[stop + 1 :].strip() if stop >= 0 else ""
        if not units or not _ends_as_unit(units):
            message = f"row {number} of a glued table is cut off before its units; it is not read: {row[:20]}"
            warnings.append(Warning("row-cut-off", line_no, message))
            continue
        cut = [0, stop + 1, stop + 1, len(row)]  # the task cell, the target cell, the units cell
        split = regex.search(r"。(?=\d{4}年)", row[: stop + 1]) if second is not None else None
        if split is not None:
            cut[1] = split.end()
        folded_cells, raw_cells = [""] * len(names), [""] * len(names)
        folded_cells[0] = raw_cells[0] = number
        for column, (a, b) in zip((task, second, units_at), pairwise(cut), strict=True):
            if column is not None:
                folded_cells[column], raw_cells[column] = row[a:b].strip(), row_raw[a:b].strip()
        out.append(SourceLine(line_no, "\t".join(raw_cells), "\t".join(folded_cells)))
    message = f"a table glued into one run of text is split into {len(starts)} rows by their numbers; check the cells"
    warnings.append(Warning("table-unglued", numbers[start], message))
    return [*out, *lines[at + len(run) :]]


def _unglued_rows(
    lines: list[SourceLine],
    at: int,
    run: list[SourceLine],
    out: list[SourceLine],
    header: tuple[list[str], list[str | None], int],
    body_text: tuple[str, str, list[int]],
    warnings: list[Warning],
) -> list[SourceLine]:
    """The rows of a glued table whose header names leaders or a deadline column (see _glued_rows), tab-
    separated for the table reader; a run that cannot be cut so is warned at its header, and not read."""
    names, roles, task = header
    body, body_raw, numbers = body_text
    found = _glued_rows(body, names)
    if found is None:
        message = "a table glued into one run of text whose rows cannot be cut into cells; its rows are not read"
        warnings.append(Warning("table-not-read", run[0].number, f"{message}: {''.join(names)[:30]}"))
        return lines
    rows, stop = found
    for a, b, number, cells in rows:
        folded_cells, raw_cells = [""] * len(names), [""] * len(names)
        folded_cells[0] = raw_cells[0] = number
        folded_cells[task], raw_cells[task] = body[a:b].strip(), body_raw[a:b].strip()
        for column, role in enumerate(roles):
            if role in cells and role != "task":
                folded_cells[column] = raw_cells[column] = cells.pop(role)
        out.append(SourceLine(numbers[a], "\t".join(raw_cells), "\t".join(folded_cells)))
    message = f"a table glued into one run of text is split into {len(rows)} rows by their cells; check the cells"
    warnings.append(Warning("table-unglued", out[len(out) - len(rows) - 1].number, message))
    if rest := body[stop:].strip():  # the page cut off inside a row: what it holds is warned, not read
        message = f"a row of a glued table is cut off before its cells; it is not read: {rest[:20]}"
        warnings.append(Warning("row-cut-off", numbers[stop], message))
    return [*out, *lines[at + len(run) :]]


def _warn_unknown_glued_header(lines: list[SourceLine], warnings: list[Warning]) -> None:
    """A glued table's header whose columns are not all known (序号项目名称…区政府分管领导牵头单位配合单位1…):
    its rows cannot be cut into cells, and are not read; warned at the header's line, never silent."""
    for line in lines:
        at = line.folded.find("序号")
        if at < 0:
            continue
        header = line.folded[at : at + 60]
        units = next((header.find(n) for n in _glued_unit_names() if n in header), -1)
        if units > 0 and not regex.search(r"[\s|,，、。;；:：]", header[:units]):
            message = "a table glued into one run of text, with columns not known; its rows are not read"
            warnings.append(Warning("table-not-read", line.number, f"{message}: {header[:30]}"))
            return


def _glued_unit_names() -> tuple[str, ...]:
    """The vocabulary's names of units columns (牵头单位, 责任部门, 牵头协调部门), the longest first."""
    return tuple(sorted((n for n, r in P.COLUMN_ROLES.items() if r in _UNIT_COLUMNS), key=len, reverse=True))


def _warn_cut_units(line: SourceLine, warnings: list[Warning]) -> None:
    """The text's last line, a units cell, whose last unit does not end as a unit's name does (市金融办、
    人民银): the page was cut off inside it; the units before are kept."""
    units = split_units(line.folded.strip())
    if units and not _unit_like(P.CELL_ROLE_VERB_END.sub("", units[-1])):
        message = f"the text ends inside a units cell; its last unit may be cut off: {units[-1][:20]}"
        warnings.append(Warning("row-cut-off", line.number, message))
