"""Filled work sheets and a revised notice for the supervision tests and the README's transcripts.

`python -m tests.supervision_fill` rewrites tests/fixtures/supervision/ from the
bundled model: three units' sheets filled in (one as a CSV that Excel saved in
GBK, one with mistakes) and a revised notice. Review the diff: the README's
Supervision section runs on these files.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from policy_cli.models import Notice
from policy_cli.parse import parse_text
from policy_cli.registry import Registry
from policy_cli.supervise import sheets

ROOT = Path(__file__).resolve().parent.parent
RAW_NOTICE = ROOT / "data" / "raw_notice.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "supervision"
FIN, POLICE, TRANSPORT = "州财政局", "州公安局", "州交通运输局"


def _rows_by_task(ws: Any) -> dict[int, int]:
    return {ws.cell(row=r, column=1).value: r for r in range(3, ws.max_row + 1)}


def _columns(ws: Any) -> dict[str, int]:
    """Header -> column number, from the header row."""
    return {cell.value: cell.column for cell in ws[2] if cell.value}


def _fill(
    ws: Any,
    row: int,
    status_: str | None,
    date: Any,
    progress: str = "按计划推进",
    evidence: str | None = None,
    extension: Any = None,
) -> None:
    values = {"完成状态": status_, "进展情况": progress, "佐证材料": evidence, "填报日期": date, "联系人": "张三"}
    values["申请延期至"] = extension
    columns = _columns(ws)
    for header, value in values.items():
        ws.cell(row=row, column=columns[header], value=value)


def _excel_csv(ws: Any, path: Path) -> None:
    """A sheet saved by Excel on Chinese Windows as CSV: GBK, dates as 2018/12/12."""
    with path.open("w", encoding="gbk", newline="") as handle:
        writer = csv.writer(handle)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for value in row:
                if isinstance(value, dt.datetime | dt.date):
                    value = f"{value.year}/{value.month}/{value.day}"
                cells.append("" if value is None else value)
            writer.writerow(cells)


def month_files(bundled: Notice, registry: Registry, folder: Path) -> list[Path]:
    """Three units' sheets filled in: 州财政局 and 州交通运输局 as xlsx, 州公安局 as a GBK CSV."""
    sheets.export_per_unit(bundled, registry, folder / "out")
    fin = load_workbook(folder / "out" / "州财政局.xlsx")
    ws = fin[FIN]
    for task, row in _rows_by_task(ws).items():
        done = task in (17, 43, 44, 45)
        _fill(ws, row, "已完成" if done else "推进中", dt.date(2018, 12, 10), evidence="文件" if done else None)
    fin.save(folder / "州财政局.xlsx")

    police = load_workbook(folder / "out" / "州公安局.xlsx")
    ws = police[POLICE]
    rows = _rows_by_task(ws)
    for task in (47, 62):
        _fill(ws, rows[task], "已完成", dt.date(2018, 12, 12))
    for task in (15, 16, 31, 35, 36):
        _fill(ws, rows[task], "推进中", dt.date(2018, 12, 12))
    _fill(ws, rows[63], "申请延期", dt.date(2018, 12, 12), progress="待省厅批复", extension=dt.date(2019, 6, 30))
    _excel_csv(ws, folder / "州公安局.csv")

    transport = load_workbook(folder / "out" / "州交通运输局.xlsx")
    ws = transport[TRANSPORT]
    rows = _rows_by_task(ws)
    for task in (15, 35, 36, 61):
        _fill(ws, rows[task], "推进中", "2018-12-15")
    _fill(ws, rows[16], "差不多了", "2018-12-15", progress="正在起草")  # a status not allowed
    _fill(ws, rows[34], "已完成", "2019-03-01")  # a date in the future
    foreign = ws.max_row + 1  # task 17 belongs to 州财政局
    columns = _columns(ws)
    values = {"序号": 17, "任务内容": "抄来的任务", "角色": "责任", "完成时限": "2017年", "责任单位": TRANSPORT}
    values["任务键"] = fin[FIN].cell(row=3, column=columns["任务键"]).value
    for header in ("通知版本", "通知文号"):  # as on every row
        values[header] = ws.cell(row=3, column=columns[header]).value
    for header, value in values.items():
        ws.cell(row=foreign, column=columns[header], value=value)
    _fill(ws, foreign, "推进中", "2018-12-15")
    transport.save(folder / "州交通运输局.xlsx")
    return [folder / "州财政局.xlsx", folder / "州公安局.csv", folder / "州交通运输局.xlsx"]


INSERTED = "建立安全生产诚信档案，将严重违法失信企业纳入联合惩戒名单并向社会公开。 州发展改革委、州安全监管局 2018年"
REWORDED_FROM = "加大安全生产在经济社会发展、社会治安综合治理、精神文明建设等考核中的权重。"
REWORDED_TO = "提高安全生产在经济社会发展、社会治安综合治理等各项考核中的权重。"
REMOVED = "5.在大中型企业建立企业安全生产委员会"


def revised_text() -> str:
    """The bundled notice's text with task 5 removed, a task inserted after task 70, task 9 reworded, renumbered."""
    lines = RAW_NOTICE.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("主要任务"))
    out = []
    for i, line in enumerate(lines):
        if i > start and line.startswith(REMOVED):
            continue
        out.append(line.replace(REWORDED_FROM, REWORDED_TO))
        if i > start and line.startswith("70."):
            out.append("70." + INSERTED)
    number = re.compile(r"^(\s*(?:[（(][一二三四五六七八九十]+[)）]\S*\s+)?)(\d{1,2})\.(?=\D)")
    count = 0
    for i, line in enumerate(out):
        if i <= start or line.lstrip().startswith("注"):
            continue
        if "注:" in line:
            break
        found = number.match(line)
        if found:
            count += 1
            out[i] = f"{found.group(1)}{count}." + line[found.end() :]
    return "\n".join(out)


def revised_notice() -> Notice:
    return parse_text(revised_text())


def main() -> None:
    """Rewrite the fixtures from the bundled model."""
    import shutil
    import tempfile

    from policy_cli.registry import default_registry
    from policy_cli.source import load

    FIXTURES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for path in month_files(load(), default_registry(), Path(tmp)):
            shutil.copyfile(path, FIXTURES / path.name)
    (FIXTURES / "revised_notice.txt").write_text(revised_text(), encoding="utf-8")


if __name__ == "__main__":
    main()
