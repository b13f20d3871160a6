"""Task tables copied from a spreadsheet as delimited text: cells apart by commas (CSV), or apart by tabs with a
cell that holds a line break written in double quotes (as a spreadsheet copies it):

    序号,工作措施,牵头单位,配合单位,完成时限
    1,"支持企业稳岗，每人1,500元",市人社局,"市财政局,税务局",2025/6/30

    2	"深化综合窗口改革，
    综合窗口可办事项比例达到80%"	县政务服务中心	"县直有关部门
    各乡镇人民政府"	年底前

The rows are read with the standard library's csv reader (quotes, doubled quotes, line breaks inside a cell) and
written back one row a line with a tab between cells, which the table reader reads: a line break inside a
cell of units, or a comma there, parts two units (、); inside any other cell it is no text. Lines a row's
cell spanned are kept as empty lines after the table, so the lines after it keep their numbers. A block whose
rows do not all have the header's number of cells is left as written.
"""

from __future__ import annotations

import csv
import io

from .. import patterns as P
from ..decode import fold

_UNIT_ROLES = frozenset(("departments", "lead", "partners", "leaders"))


def unquote_tables(text: str) -> str:
    """The text with each delimited table (see the module's doc) rewritten one row a line, tab-separated."""
    if "序号," not in text and '"' not in text:
        return text
    lines = text.split("\n")
    n = 0
    while n < len(lines):
        delimiter, roles = _header(lines[n])
        if roles is None:
            n += 1
            continue
        end = _block_end(lines, n + 1, delimiter)
        block = lines[n + 1 : end]
        if delimiter == "\t" and not any('"' in line for line in block):
            n = end  # (a table with tabs and no quoted cell: the table reader reads it as it is)
            continue
        rows = _rows(block, delimiter, len(roles))
        if rows is None:
            n = max(end, n + 1)
            continue
        written = [
            "\t".join(name.strip() for name in lines[n].split(delimiter)),
            *("\t".join(_cell(cell, role) for cell, role in zip(row, roles, strict=True)) for row in rows),
        ]
        lines[n:end] = written + [""] * (end - n - len(written))
        n = end
    return "\n".join(lines)


def _header(line: str) -> tuple[str, list[str] | None]:
    """The delimiter and the columns' roles of a line of column names apart by commas or tabs, the number first
    (序号,工作措施,牵头单位,配合单位,完成时限); no roles for any other line."""
    for delimiter in (",", "\t"):
        if delimiter not in line:
            continue
        names = [fold(name).strip() for name in line.strip().split(delimiter)]
        roles = [P.COLUMN_ROLES.get(name, "") for name in names]
        if len(roles) >= 3 and roles[0] == "number" and "" not in roles and _UNIT_ROLES & set(roles):
            return delimiter, roles
    return "", None


def _block_end(lines: list[str], start: int, delimiter: str) -> int:
    """Where the rows after a header end: at an empty line or a line holding no delimiter, outside a quoted
    cell."""
    open_quote = False
    k = start
    while k < len(lines):
        line = lines[k]
        if not open_quote and (not line.strip() or delimiter not in line):
            break
        if line.count('"') % 2:
            open_quote = not open_quote
        k += 1
    return k


def _rows(block: list[str], delimiter: str, width: int) -> list[list[str]] | None:
    """The rows of a block as the csv reader reads them, each of the header's width; None where one is not."""
    try:
        rows = list(csv.reader(io.StringIO("\n".join(block)), delimiter=delimiter, strict=True))
    except csv.Error:
        return None
    if not rows or any(len(row) != width for row in rows):
        return None
    return rows


def _cell(cell: str, role: str) -> str:
    """A cell written on one line: units a line break or a comma parts joined by 、, other words joined as written."""
    parts = [part.strip() for part in cell.replace("\t", " ").split("\n")]
    if role in _UNIT_ROLES:
        names = [name.strip() for part in parts for name in part.replace(",", "，").split("，") if name.strip()]
        return "、".join(names)
    return "".join(parts)
