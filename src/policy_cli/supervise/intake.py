"""Progress back in: filled work sheets (xlsx, or CSV in UTF-8 or as Excel saves it in GBK) into the ledger.

Reading and merging are separate: `read_file` turns a file into rows of
text by header name (no ledger needed, no lock held); `merge` matches each
filled row to its ledger row and records it as a report. Every row or field
that cannot be taken becomes a Finding with file, sheet and row:

- error (the row is not taken): a row of another notice, an unknown task, a
  task the unit does not hold, an unknown unit;
- warning (one field is not taken, the rest is): a status not allowed, a
  date that cannot be read or lies after the import day (the import day is
  used instead); also a sheet that is not a work sheet;
- info: a sheet from an older version of the notice (its rows are matched by
  content, so they still land on their tasks).

A report already in the ledger is not recorded again, so importing a file
twice changes nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..decode import compact, fold
from ..errors import InputError
from ..i18n import _
from ..models import Notice
from ..registry import Registry
from .assign import CLOSED, REPORTABLE, normalise_status
from .ledger import TEXT_FIELDS, Entry, Ledger, SyncReport, update
from .sheets import COLUMNS, SUMMARY_SHEET, TO_FILL

MAX_BYTES = 50 * 1024 * 1024
HEADER_SEARCH_ROWS = 10
_ZIP = b"PK\x03\x04"  # an xlsx workbook is a zip archive holding [Content_Types].xml
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old .xls workbook

# Header cell text -> field; our own headers first, then wordings units use when they rebuild a sheet.
_HEADER_FIELDS = {header: name for name, header, _ in COLUMNS} | {
    "编号": "id",
    "任务": "text",
    "主要任务": "text",
    "工作任务": "text",
    "状态": "status",
    "完成情况": "status",
    "工作进展": "progress",
    "进展": "progress",
    "问题": "problems",
    "困难问题": "problems",
    "下一步打算": "next_steps",
    "下步工作": "next_steps",
    "佐证": "evidence",
    "填报时间": "date",
    "延期至": "extension",
    "申请延期时限": "extension",
    "报送日期": "date",
}
_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
_COMPACT_DATE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
_TITLE_UNIT = re.compile(r"台账[：:]\s*(\S.*?)\s*$")


@dataclass(frozen=True)
class Finding:
    file: str
    sheet: str  # "" for a CSV file
    row: int  # 1-based, as Excel numbers rows; 0 for the whole file or sheet
    severity: str  # error | warning | info
    code: str
    message: str

    def where(self) -> str:
        parts = [self.file]
        if self.sheet:
            parts.append(f"sheet {self.sheet}")
        if self.row:
            parts.append(f"row {self.row}")
        return ", ".join(parts)


@dataclass
class SheetData:
    file: str
    sheet: str
    title_unit: str | None  # the unit named in the sheet's title row, when the unit column is gone
    rows: list[tuple[int, dict[str, Any]]]  # (row number, field -> cell value)


@dataclass
class ImportResult:
    files: int = 0
    sheets: int = 0
    filled: int = 0  # rows with anything filled in
    recorded: int = 0  # reports added to the ledger
    unchanged: int = 0  # reports the ledger already had
    rejected: int = 0  # rows not taken
    findings: list[Finding] = field(default_factory=list)


# ---------------------------------------------------------------- reading


def read_file(path: Path) -> tuple[list[SheetData], list[Finding]]:
    """The work-sheet rows of an .xlsx or .csv file, and findings for sheets that are not work sheets."""
    from ..files import read_regular

    raw = read_regular(path, MAX_BYTES)
    # Told apart by content, whatever the name: a workbook saved as 财政.csv is still a workbook.
    workbook = raw.startswith(_ZIP)
    grids = _xlsx_grids(path, raw) if workbook else [("", _csv_grid(path, raw))]
    as_text = not workbook and path.suffix.lower() in (".xlsx", ".xlsm")
    sheets, findings = [], []
    for sheet, grid in grids:
        if sheet == SUMMARY_SHEET:
            continue
        data = _sheet_data(path.name, sheet, grid)
        if data is None:
            why = _("no header row with 完成状态; sheet skipped")
            if as_text:
                why += _(" (read as CSV text: the file is not an xlsx workbook, whatever its name)")
            findings.append(Finding(path.name, sheet, 0, "warning", "not-a-work-sheet", why))
        else:
            sheets.append(data)
    return sheets, findings


def _xlsx_grids(path: Path, raw: bytes) -> list[tuple[str, list[tuple[Any, ...]]]]:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    unreadable = _("{path}: not a readable xlsx workbook ({reason}); save it again from Excel as .xlsx")
    try:
        names = set(zipfile.ZipFile(io.BytesIO(raw)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise InputError(unreadable.format(path=path, reason=exc)) from None
    if "[Content_Types].xml" not in names:
        kind = _("an OpenDocument spreadsheet") if "mimetype" in names else _("a zip archive")
        raise InputError(
            _(
                "{path}: {kind}, not an xlsx workbook (no [Content_Types].xml); save it from Excel as .xlsx or .csv"
            ).format(path=path, kind=kind)
        )
    try:
        wb = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise InputError(unreadable.format(path=path, reason=exc)) from None
    try:
        return [(ws.title, [tuple(r) for r in ws.iter_rows(values_only=True)]) for ws in wb.worksheets]
    finally:
        wb.close()


def _csv_grid(path: Path, raw: bytes) -> list[tuple[Any, ...]]:
    text = _sheet_text(path, raw)
    try:
        return [tuple(r) for r in csv.reader(io.StringIO(text, newline=""))]
    except csv.Error as exc:
        raise InputError(_("{path}: not a readable CSV file ({reason})").format(path=path, reason=exc)) from None


def _sheet_text(path: Path, raw: bytes) -> str:
    """A CSV file's text: UTF-8 (with or without a BOM), else GBK as Excel on Chinese Windows saves it."""
    if not raw.strip():
        raise InputError(_("{path}: file is empty; not a work sheet").format(path=path))
    if raw.startswith(_OLE2):
        raise InputError(_("{path}: an old Excel .xls workbook; save it again from Excel as .xlsx").format(path=path))
    refused = _(
        "{path}: neither an xlsx workbook nor CSV text (UTF-8 or GBK); save it again from Excel as .xlsx or .csv"
    ).format(path=path)
    if b"\x00" in raw:
        raise InputError(refused)
    body = raw.removeprefix(b"\xef\xbb\xbf")
    for encoding in ("utf-8", "gb18030"):
        try:
            return body.decode(encoding)
        except UnicodeDecodeError as exc:
            if exc.start >= len(body) - 3:  # a last character cut short: the rest is text
                return body.decode(encoding, errors="replace")
    raise InputError(refused)


def _header_key(value: Any) -> str:
    return compact(str(value)) if value is not None else ""


def _sheet_data(file: str, sheet: str, grid: list[tuple[Any, ...]]) -> SheetData | None:
    for index, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        keys = [_header_key(v) for v in row]
        if "完成状态" not in keys and "状态" not in keys:
            continue
        columns = {i: _HEADER_FIELDS[k] for i, k in enumerate(keys) if k in _HEADER_FIELDS}
        title_unit = None
        for above in grid[:index]:
            for value in above:
                found = _TITLE_UNIT.search(str(value)) if value else None
                if found:
                    title_unit = found.group(1)
        rows = []
        for number, values in enumerate(grid[index + 1 :], start=index + 2):
            record = {name: values[i] for i, name in columns.items() if i < len(values)}
            if any(_blank(v) is not None for v in record.values()):
                rows.append((number, record))
        return SheetData(file, sheet, title_unit, rows)
    return None


def _blank(value: Any) -> Any:
    """None for an empty cell, the value otherwise (text stripped)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _text(value: Any) -> str | None:
    value = _blank(value)
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# ---------------------------------------------------------------- merging


def parse_date(value: Any) -> str | None:
    """An ISO date from a cell: a date, an Excel serial number, or 2026-01-05 / 2026/1/5 / 2026年1月5日 / 20260105."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float) and 20000 < value < 80000:
        return (dt.date(1899, 12, 30) + dt.timedelta(days=int(value))).isoformat()
    text = fold(str(value))
    found = _DATE.match(text) or _COMPACT_DATE.match(text)
    if not found:
        return None
    try:
        return dt.date(int(found.group(1)), int(found.group(2)), int(found.group(3))).isoformat()
    except ValueError:
        return None


def merge(ledger: Ledger, sheets: list[SheetData], registry: Registry, on: str) -> ImportResult:
    """Record every filled row of the sheets in the ledger (already matched to the current notice)."""
    result = ImportResult()
    for data in sheets:
        result.sheets += 1
        seen_versions: set[str] = set()
        for number, record in data.rows:
            _merge_row(ledger, data, number, record, registry, on, result, seen_versions)
    return result


def _merge_row(
    ledger: Ledger,
    data: SheetData,
    number: int,
    record: dict[str, Any],
    registry: Registry,
    on: str,
    result: ImportResult,
    seen_versions: set[str],
) -> None:
    def find(severity: str, code: str, message: str, row: int = number) -> None:
        result.findings.append(Finding(data.file, data.sheet, row, severity, code, message))

    filled = {name: record.get(name) for name in TO_FILL}
    if all(_blank(v) is None for v in filled.values()):
        return
    result.filled += 1
    task_no = _text(record.get("id")) or "?"
    identity = _text(record.get("notice"))
    if identity and ledger.identity and identity != ledger.identity:
        result.rejected += 1
        find(
            "error",
            "other-notice",
            _("row from another notice ({found}, not {wanted}); row not taken").format(
                found=identity, wanted=ledger.identity
            ),
        )
        return
    version = _text(record.get("version"))
    if version and version != ledger.version and version not in seen_versions:
        seen_versions.add(version)
        if version in ledger.versions:
            find(
                "info",
                "older-version",
                _("sheet from an older version ({version}) of the notice; rows matched by content").format(
                    version=version
                ),
            )
        else:
            find(
                "warning",
                "unknown-version",
                _("sheet from a notice version ({version}) this ledger has not seen").format(version=version),
            )
    key = None
    raw_key = _text(record.get("key"))
    if raw_key:
        key = ledger.current_key(raw_key)
    if key is None:
        text = _text(record.get("text"))
        match = ledger.key_by_text(text) if text else None
        if match is None:
            result.rejected += 1
            what = _("task {task}").format(task=task_no) + (f" ({raw_key})" if raw_key else "")
            find("error", "unknown-task", _("{what} is not in the notice; row not taken").format(what=what))
            return
        key = match[0]
    unit_name = _text(record.get("unit")) or data.title_unit
    if not unit_name:
        result.rejected += 1
        find("error", "no-unit", _("no 责任单位 on the row or in the title; row not taken"))
        return
    unit = registry.canonical(unit_name)
    row = ledger.row(key, unit)
    if row is None:
        result.rejected += 1
        holders = "、".join(r.unit for r in ledger.rows if r.key == key and not r.orphaned)
        task_id = next((r.task for r in ledger.rows if r.key == key), task_no)
        if not any(r.unit == unit for r in ledger.rows):
            find("error", "unknown-unit", _("{unit} holds no task in the notice; row not taken").format(unit=unit_name))
        else:
            find(
                "error",
                "foreign-task",
                _("{unit} does not hold task {task} (held by {holders}); row not taken").format(
                    unit=unit, task=task_id, holders=holders
                ),
            )
        return
    if row.orphaned:
        find(
            "warning",
            "orphaned-task",
            _("task {task} is no longer in the notice; kept on its orphaned row").format(task=task_no),
        )
    status = None
    raw_status = _text(filled["status"])
    if raw_status:
        status = normalise_status(raw_status)
        if status == CLOSED:
            find(
                "warning",
                "status-closed",
                _("only the supervision office closes a task ('ledger close'); status not taken"),
            )
            status = None
        elif status is None:
            allowed = "、".join(REPORTABLE)
            find(
                "warning",
                "bad-status",
                _("status {value!r} is not one of {values}; status not taken").format(value=raw_status, values=allowed),
            )
    date, dated = on, False
    raw_date = _blank(filled["date"])
    if raw_date is not None:
        parsed = parse_date(raw_date)
        if parsed is None:
            find(
                "warning",
                "bad-date",
                _("填报日期 {value!r} is not a date; {day} (the import day) used").format(
                    value=_text(raw_date), day=on
                ),
            )
        elif parsed > on:
            find(
                "warning",
                "future-date",
                _("填报日期 {date} is after the import day {day}; {day} used").format(date=parsed, day=on),
            )
        else:
            date, dated = parsed, True
    extension = None
    raw_extension = _blank(filled["extension"])
    if raw_extension is not None:
        extension = parse_date(raw_extension)
        if extension is None:
            find(
                "warning",
                "bad-date",
                _("申请延期至 {value!r} is not a date; not taken").format(value=_text(raw_extension)),
            )
    fields = {name: _text(filled[name]) for name in TEXT_FIELDS}
    if status is None and extension is None and not any(fields.values()):
        result.rejected += 1
        return
    entry = Entry(
        date,
        "report",
        f"{data.file}, {data.sheet or 'csv'}, row {number}",
        status=status,
        extension=extension,
        dated=dated,
        **fields,
    )
    if row.record(entry):
        result.recorded += 1
    else:
        result.unchanged += 1


def import_files(
    ledger_path: Path, paths: list[Path], notice: Notice, registry: Registry, on: str
) -> tuple[ImportResult, SyncReport]:
    """Read the files, then under the ledger's lock match it to the notice and merge every row."""
    sheets: list[SheetData] = []
    findings: list[Finding] = []
    for path in paths:
        got, found = read_file(path)
        sheets.extend(got)
        findings.extend(found)

    def change(ledger: Ledger) -> tuple[ImportResult, SyncReport]:
        sync = ledger.sync(notice, registry, on)
        return merge(ledger, sheets, registry, on), sync

    result, sync = update(ledger_path, change)
    result.files = len(paths)
    result.findings[:0] = findings
    return result, sync
