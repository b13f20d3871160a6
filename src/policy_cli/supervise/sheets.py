"""Work sheets out: an xlsx workbook with a sheet per unit and a summary, or one workbook per unit.

Each unit sheet has a title row, a header row (frozen, repeated on every
printed page) and one row per task the unit holds. The columns to fill have a
drop-down for 完成状态 and a date format for 填报日期. Four hidden columns
(责任单位, 任务键, 通知版本, 通知文号) carry the unit, the task's content key,
the notice's version and its document number on every row, so a row comes back matched to its task even
from a CSV that Excel saved, or from a sheet of an older version of the notice.

openpyxl is imported here and only when a workbook is written.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..i18n import _
from ..models import Notice
from ..registry import Registry
from .assign import REPORTABLE, Assignment, assignments, display_width, notice_identity, notice_version, units_in_order

if TYPE_CHECKING:
    from openpyxl.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

# (field, header, width cap or fixed width for the columns to fill)
COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("id", "序号", 6),
    ("text", "任务内容", 60),
    ("role", "角色", 6),
    ("due", "完成时限", 16),
    ("status", "完成状态", 12),
    ("progress", "进展情况", 40),
    ("problems", "存在问题", 24),
    ("next_steps", "下步打算", 24),
    ("evidence", "佐证材料", 24),
    ("date", "填报日期", 12),
    ("contact", "联系人", 12),
    ("extension", "申请延期至", 12),
    ("unit", "责任单位", 20),
    ("key", "任务键", 14),
    ("version", "通知版本", 10),
    ("notice", "通知文号", 20),
)
HEADERS = {name: header for name, header, _ in COLUMNS}
HIDDEN = ("unit", "key", "version", "notice")
TO_FILL = ("status", "progress", "problems", "next_steps", "evidence", "date", "contact", "extension")
WRAPPED = ("text", "progress", "problems", "next_steps", "evidence")
SUMMARY_SHEET = "汇总"
MAX_SHEET_NAME = 31
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_BAD_FILE_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_POINTS_PER_LINE = 15.0


@dataclass(frozen=True)
class SheetInfo:
    unit: str
    sheet: str
    tasks: int
    lead: int
    partner: int
    responsible: int


def sheet_names(units: list[str], reserved: tuple[str, ...] = (SUMMARY_SHEET,)) -> dict[str, str]:
    """A sheet name per unit: Excel's forbidden characters replaced, at most 31 characters, unique."""
    taken = {r.casefold() for r in reserved}
    out = {}
    for unit in units:
        base = _BAD_SHEET_CHARS.sub("_", unit).strip("'") or "单位"
        name = base[:MAX_SHEET_NAME]
        n = 1
        while name.casefold() in taken:
            n += 1
            suffix = f"~{n}"
            name = base[: MAX_SHEET_NAME - len(suffix)] + suffix
        taken.add(name.casefold())
        out[unit] = name
    return out


def file_names(units: list[str]) -> dict[str, str]:
    """A file name per unit for the per-unit folder: unique, without characters file systems refuse."""
    taken: set[str] = set()
    out = {}
    for unit in units:
        base = _BAD_FILE_CHARS.sub("_", unit).strip(" .") or "单位"
        name, n = base, 1
        while name.casefold() in taken:
            n += 1
            name = f"{base}~{n}"
        taken.add(name.casefold())
        out[unit] = name + ".xlsx"
    return out


def export_workbook(notice: Notice, registry: Registry, path: Path, inputs: Iterable[Path] = ()) -> list[SheetInfo]:
    """Write the summary sheet and one sheet per unit to path (replaced atomically; files.write_output's rules)."""
    from openpyxl import Workbook

    items = assignments(notice, registry)
    units = units_in_order(items)
    names = sheet_names(units)
    version = notice_version(items)
    wb = Workbook()
    summary = wb.active
    assert summary is not None
    summary.title = SUMMARY_SHEET
    infos = []
    for unit in units:
        held = [a for a in items if a.unit == unit]
        _unit_sheet(wb.create_sheet(names[unit]), notice, unit, held, version)
        infos.append(_info(unit, names[unit], held))
    _summary_sheet(summary, notice, infos, version)
    _save(wb, path, inputs, "--xlsx")
    return infos


def export_per_unit(
    notice: Notice, registry: Registry, folder: Path, inputs: Iterable[Path] = ()
) -> list[tuple[SheetInfo, Path]]:
    """Write one workbook per unit into folder (created if needed), for sending out."""
    from openpyxl import Workbook

    items = assignments(notice, registry)
    units = units_in_order(items)
    names = sheet_names(units)
    files = file_names(units)
    version = notice_version(items)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise InputError(
            _("{path}: is not a folder; --per-unit names a folder to write the workbooks into").format(path=folder)
        ) from None
    except OSError as exc:
        raise InputError(
            _("{path}: cannot create the folder ({reason})").format(path=folder, reason=exc.strerror or exc)
        ) from None
    out = []
    for unit in units:
        held = [a for a in items if a.unit == unit]
        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.title = names[unit]
        _unit_sheet(ws, notice, unit, held, version)
        target = folder / files[unit]
        _save(wb, target, inputs, "--per-unit")
        out.append((_info(unit, names[unit], held), target))
    return out


def _info(unit: str, sheet: str, held: list[Assignment]) -> SheetInfo:
    roles = [a.role for a in held]
    return SheetInfo(unit, sheet, len(held), roles.count("牵头"), roles.count("配合"), roles.count("责任"))


def _save(wb: Workbook, path: Path, inputs: Iterable[Path], option: str) -> None:
    from ..files import write_output

    buffer = io.BytesIO()
    wb.save(buffer)
    write_output(path, buffer.getvalue(), inputs=inputs, option=option)


def title_line(notice: Notice) -> str:
    meta = notice.metadata
    title = meta.title or "通知"
    return f"{title}（{meta.doc_number_normalized}）" if meta.doc_number_normalized else title


def _styles(wb: Workbook) -> None:
    """Named styles for the unit sheets: one style per cell is far cheaper than setting each part."""
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    to_fill = PatternFill("solid", fgColor="FFF9E5")
    top, wrap = Alignment(vertical="top"), Alignment(vertical="top", wrap_text=True)
    styles = [
        NamedStyle("pc-title", font=Font(bold=True, size=14)),
        NamedStyle(
            "pc-header",
            font=Font(bold=True),
            fill=PatternFill("solid", fgColor="DDEBF7"),
            border=border,
            alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
        ),
        NamedStyle("pc-given", border=border, alignment=top),
        NamedStyle("pc-given-wrap", border=border, alignment=wrap),
        NamedStyle("pc-fill", border=border, alignment=top, fill=to_fill),
        NamedStyle("pc-fill-wrap", border=border, alignment=wrap, fill=to_fill),
        NamedStyle("pc-fill-date", border=border, alignment=top, fill=to_fill, number_format="yyyy-mm-dd"),
    ]
    for style in styles:
        if style.name not in wb.named_styles:
            wb.add_named_style(style)


def _style_of(name: str) -> str:
    if name in ("date", "extension"):
        return "pc-fill-date"
    kind = "pc-fill" if name in TO_FILL else "pc-given"
    return kind + "-wrap" if name in WRAPPED else kind


def _unit_sheet(ws: Worksheet, notice: Notice, unit: str, held: list[Assignment], version: str) -> None:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    assert ws.parent is not None
    _styles(ws.parent)
    letters = {name: get_column_letter(i) for i, (name, _, _) in enumerate(COLUMNS, start=1)}
    visible = [name for name, _, _ in COLUMNS if name not in HIDDEN]
    ws["A1"] = f"{title_line(notice)}任务落实情况台账：{unit}"
    ws["A1"].style = "pc-title"
    ws.merge_cells(f"A1:{letters[visible[-1]]}1")
    for i, (_name, header, _cap) in enumerate(COLUMNS, start=1):
        ws.cell(row=2, column=i, value=header).style = "pc-header"
    styles = {name: _style_of(name) for name in visible}
    widths = {name: display_width(header) + 2 for name, header, _ in COLUMNS}
    for r, a in enumerate(held, start=3):
        values: dict[str, Any] = {
            "id": a.task.id,
            "text": a.task.text,
            "role": a.role,
            "due": a.task.due or "",
            "unit": unit,
            "key": a.key,
            "version": version,
            "notice": notice_identity(notice),
        }
        for name, value in values.items():
            ws[f"{letters[name]}{r}"] = value
            if name not in WRAPPED:
                widths[name] = max(widths[name], display_width(str(value)) + 2)
        for name, style in styles.items():
            ws[f"{letters[name]}{r}"].style = style
    for name, _header, cap in COLUMNS:
        if name in WRAPPED:
            longest = max((display_width(a.task.text) for a in held), default=0) if name == "text" else 0
            width = min(cap, longest + 2) if longest else cap
        elif name in TO_FILL:
            width = max(cap, widths[name])
        else:
            width = min(max(widths[name], cap if name in HIDDEN else 0), 40)
        widths[name] = width
        ws.column_dimensions[letters[name]].width = width
        if name in HIDDEN:
            ws.column_dimensions[letters[name]].hidden = True
    for r, a in enumerate(held, start=3):
        lines = math.ceil(display_width(a.task.text) / max(1, widths["text"] - 2))
        ws.row_dimensions[r].height = max(1, lines) * _POINTS_PER_LINE
    last = max(3, 2 + len(held))
    choices = DataValidation(
        type="list",
        formula1='"' + ",".join(REPORTABLE) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="完成状态",
        error="请从下拉列表中选择：" + "、".join(REPORTABLE),
    )
    choices.add(f"{letters['status']}3:{letters['status']}{last}")
    ws.add_data_validation(choices)
    ws.freeze_panes = "A3"
    ws.print_title_rows = "1:2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_area = f"A1:{letters[visible[-1]]}{last}"


def _summary_sheet(ws: Worksheet, notice: Notice, infos: list[SheetInfo], version: str) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.hyperlink import Hyperlink

    ws["A1"] = f"{title_line(notice)}任务分工汇总"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = f"通知：{notice_identity(notice)}；版本 {version}；共 {len(infos)} 个单位"
    ws["A3"] = "填报说明：完成状态从下拉列表选择；填报日期写作 2026-01-31；请勿修改或删除隐藏列。"
    headers = ["单位", "工作表", "承担任务", "牵头", "配合", "责任"]
    for i, header in enumerate(headers, start=1):
        cell = ws.cell(row=5, column=i, value=header)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    table: list[list[str | int]] = [[i.unit, i.sheet, i.tasks, i.lead, i.partner, i.responsible] for i in infos]
    for r, (info, values) in enumerate(zip(infos, table, strict=True), start=6):
        for i, value in enumerate(values, start=1):
            ws.cell(row=r, column=i, value=value)
        link = ws.cell(row=r, column=2)
        link.hyperlink = Hyperlink(ref=link.coordinate, location=f"'{info.sheet}'!A1")
        link.font = Font(color="0563C1", underline="single")
    for i, header in enumerate(headers):
        longest = max([display_width(header), *(display_width(str(values[i])) for values in table)])
        ws.column_dimensions[chr(ord("A") + i)].width = min(40, longest + 2)
    ws.freeze_panes = "A6"
    ws.print_title_rows = "5:5"
