"""Supervision: work sheets out, progress back in, status and 通报, closing, a revised notice."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from policy_cli.cli import app
from policy_cli.errors import UsageError
from policy_cli.models import Notice
from policy_cli.parse import parse_text
from policy_cli.registry import default_registry
from policy_cli.supervise import intake, sheets, status
from policy_cli.supervise import ledger as lg
from policy_cli.supervise.assign import assignments, display_width, normalise_status, task_key

from .conftest import RAW_NOTICE, ROOT, CliRunner
from .supervision_fill import FIN, FIXTURES, POLICE, REWORDED_TO, TRANSPORT, month_files, revised_notice

REG = default_registry()
MONTH_START, IMPORT_DAY = "2018-12-01", "2018-12-20"


@pytest.fixture(scope="session")
def month(bundled: Notice, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three units' sheets filled in (see month_files), made once; the tests only read them."""
    return month_files(bundled, REG, tmp_path_factory.mktemp("month"))


# ---------------------------------------------------------------- small tables


@pytest.mark.parametrize(
    ("units", "expected"),
    [
        (["州财政局"], ["州财政局"]),
        (["汇总"], ["汇总~2"]),  # the summary sheet's name is taken
        (["a/b:c"], ["a_b_c"]),
        (["甲" * 40, "甲" * 35 + "乙"], ["甲" * 31, "甲" * 29 + "~2"]),  # same first 31 characters
        (["Unit", "UNIT"], ["Unit", "UNIT~2"]),  # Excel compares sheet names without case
    ],
)
def test_sheet_names_are_valid_and_unique(units: list[str], expected: list[str]) -> None:
    assert list(sheets.sheet_names(units).values()) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-12-05", "2018-12-05"),
        ("2018/12/5", "2018-12-05"),
        ("2018.12.05", "2018-12-05"),
        ("2018年12月5日", "2018-12-05"),
        ("20181205", "2018-12-05"),
        ("2018/12/5 0:00", "2018-12-05"),
        ("２０１８－１２－０５", "2018-12-05"),
        (dt.datetime(2018, 12, 5, 9, 30), "2018-12-05"),
        (dt.date(2018, 12, 5), "2018-12-05"),
        (43439, "2018-12-05"),  # an Excel serial number
        ("2018-02-30", None),
        ("上周五", None),
    ],
)
def test_parse_date(value: Any, expected: str | None) -> None:
    assert intake.parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("推进中", "推进中"),
        (" 已完成 ", "已完成"),
        ("完成", "已完成"),
        ("进行中", "推进中"),
        ("销号", "已销号"),
        ("差不多了", None),
    ],
)
def test_normalise_status(value: str, expected: str | None) -> None:
    assert normalise_status(value) == expected


def test_display_width_counts_cjk_twice() -> None:
    assert display_width("完成状态") == 8
    assert display_width("2018年") == 6
    assert display_width("ＡＢ") == 4


def test_task_key_ignores_spacing_width_and_punctuation() -> None:
    assert task_key("建立 安全生产巡查制度。") == task_key("建立安全生产巡查制度")
    assert task_key("ＡＢＣ") == task_key("abc")
    assert task_key("建立安全生产巡查制度") != task_key("建立安全生产考核制度")


# ---------------------------------------------------------------- work sheets out


def test_export_workbook(bundled: Notice, tmp_path: Path) -> None:
    infos = sheets.export_workbook(bundled, REG, tmp_path / "sheets.xlsx")
    wb = load_workbook(tmp_path / "sheets.xlsx")
    assert len(infos) == 61
    assert sum(i.tasks for i in infos) == 288
    assert wb.sheetnames[0] == "汇总"
    assert len(wb.sheetnames) == 62 == len({n.casefold() for n in wb.sheetnames})
    assert all(len(n) <= 31 for n in wb.sheetnames)
    ws = wb["州财政局"]
    header = [c.value for c in ws[2]]
    assert header == [h for _, h, _ in sheets.COLUMNS]
    assert [c.value for c in ws["A"][2:]] == [
        17,
        22,
        28,
        30,
        32,
        36,
        43,
        44,
        45,
        53,
        56,
        67,
        68,
        69,
        70,
        71,
        74,
        76,
        83,
    ]
    assert ws["C3"].value == "责任" and ws["D3"].value == "2017年"
    assert ws.freeze_panes == "A3"
    assert ws.print_title_rows == "$1:$2"
    assert [ws.column_dimensions[c].hidden for c in "LMNOP"] == [False, True, True, True, True]
    assert ws["P3"].value == "甘委发〔2017〕28号"
    assert ws["M3"].value == "州财政局" and re.fullmatch(r"T-[0-9a-f]{10}", ws["N3"].value)
    assert ws["B3"].alignment.wrap_text
    assert ws.column_dimensions["B"].width == 60
    assert (
        ws.column_dimensions["D"].width == 10
    )  # 完成时限: the header is 8 columns wide (a CJK character counts 2), + 2
    (validation,) = ws.data_validations.dataValidation
    assert validation.formula1 == '"未启动,推进中,已完成,申请延期"'
    assert str(validation.sqref) == "E3:E21"
    summary = wb["汇总"]
    assert [c.value for c in summary[6]] == ["州安全监管局", "州安全监管局", 59, 0, 0, 59]


def test_export_per_unit(bundled: Notice, tmp_path: Path) -> None:
    out = sheets.export_per_unit(bundled, REG, tmp_path / "units")
    assert len(out) == 61
    wb = load_workbook(tmp_path / "units" / "州公安局.xlsx")
    assert wb.sheetnames == ["州公安局"]
    assert wb["州公安局"].max_row == 12  # title, header, 10 tasks


# ---------------------------------------------------------------- a month of supervision


def test_a_month_of_supervision(bundled: Notice, month: list[Path], tmp_path: Path) -> None:
    files = month
    with pytest.raises(UnicodeDecodeError):  # 州公安局's CSV is GBK, as Excel on Chinese Windows saves it
        files[1].read_bytes().decode("utf-8")
    ledger_path = tmp_path / "ledger.yaml"
    result, sync = intake.import_files(ledger_path, files, bundled, REG, IMPORT_DAY)
    assert len(sync.added) == 288  # a new ledger: a row per task and unit
    assert (result.files, result.sheets, result.filled) == (3, 3, 34)
    assert (result.recorded, result.unchanged, result.rejected) == (33, 0, 1)
    assert [(f.where(), f.severity, f.code) for f in result.findings] == [
        ("州交通运输局.xlsx, sheet 州交通运输局, row 4", "warning", "bad-status"),
        ("州交通运输局.xlsx, sheet 州交通运输局, row 5", "warning", "future-date"),
        ("州交通运输局.xlsx, sheet 州交通运输局, row 12", "error", "foreign-task"),
    ]
    assert result.findings[2].message == (
        "州交通运输局 does not hold task 17 (held by 州财政局、州机关事务管理局、州发展改革委、州委编办、"
        "州人力资源社会保障局、州安全监管局); row not taken"
    )

    # the same files again change nothing, not even the file's bytes
    before = ledger_path.read_bytes()
    again, _ = intake.import_files(ledger_path, files, bundled, REG, IMPORT_DAY)
    assert (again.recorded, again.unchanged) == (0, 33)
    assert ledger_path.read_bytes() == before

    ledger = lg.load(ledger_path)
    row16 = ledger.row(ledger.rows_for_task(16)[0].key, TRANSPORT)
    assert row16 is not None
    st = row16.state()
    assert (st.status, st.progress, st.reported) == ("未启动", "正在起草", "2018-12-15")
    police_row = ledger.row(ledger.rows_for_task(47)[0].key, POLICE)
    assert police_row is not None and police_row.history[0].source == "州公安局.csv, csv, row 9"
    assert police_row.state().completed == "2018-12-12"

    # 州公安局 asked for task 63 to be due 2019-06-30; not granted yet, it is still due 2018-12-31
    before = status.report(ledger, bundled, IMPORT_DAY)
    assert [(r.task, r.unit, r.due_date, r.extension_asked, r.state) for r in before.extensions] == [
        (63, POLICE, "2018-12-31", "2019-06-30", "approaching")
    ]
    assert "| 63 | 州公安局 | 2018-12-31 | 2019-06-30 | 申请延期 |" in status.markdown(before)

    # 销号 of task 17 for 州财政局 and the extension granted, before the report
    lg.update(ledger_path, lambda led: led.close(17, [FIN], "2018-12-08", "验收报告", "2018-12-18"))
    lg.update(ledger_path, lambda led: led.extend(63, [POLICE], "2019-06-30", "待省厅批复", "2018-12-19"))
    ledger = lg.load(ledger_path)
    ledger.sync(bundled, REG, IMPORT_DAY)
    rep = status.report(ledger, bundled, IMPORT_DAY)
    assert rep.extensions == []
    (row63,) = [r for r in rep.rows if r.task == 63 and r.unit == POLICE]
    assert (row63.due_date, row63.extended_to, row63.state, row63.days) == ("2018-12-31", "2019-06-30", "on-track", 192)
    assert rep.since == MONTH_START
    figures = {u.unit: u.record() for u in rep.units}
    assert figures[FIN] == {
        "unit": FIN,
        "held": 19,
        "completed": 3,
        "closed": 1,
        "on_track": 4,
        "approaching": 8,
        "overdue": 3,
        "not_reported": 0,
        "completion": 21.1,
    }
    assert figures[POLICE] == {
        "unit": POLICE,
        "held": 10,
        "completed": 2,
        "closed": 0,
        "on_track": 2,  # 66, due 2019, and 63, given until 2019-06-30
        "approaching": 6,
        "overdue": 0,
        "not_reported": 2,
        "completion": 20.0,
    }
    assert figures[TRANSPORT] == {
        "unit": TRANSPORT,
        "held": 9,
        "completed": 1,
        "closed": 0,
        "on_track": 2,
        "approaching": 6,
        "overdue": 0,
        "not_reported": 3,
        "completion": 11.1,
    }
    assert figures["州安全监管局"]["overdue"] == 21  # nobody reported: every 2017 task is overdue
    assert rep.total.record() == {
        "unit": "合计",
        "held": 288,
        "completed": 6,
        "closed": 1,
        "on_track": 43,  # 43 rows due in 2019 or 2020, one of them completed, and one extended
        "approaching": 149,  # the rest due 2018-12-31: 11 days left
        "overdue": 89,  # 95 rows due in 2017, 6 of them completed or closed
        "not_reported": 255,  # 288 less the 33 rows reported
        "completion": 2.4,
    }
    assert [(r.task, r.unit, r.days) for r in rep.overdue[:2]] == [(1, "各级党委", 354), (1, "各级政府", 354)]
    assert (FIN, 67) in {(r.unit, r.task) for r in rep.overdue}
    # the same ledger a month earlier: nothing had been reported yet
    earlier = status.report(ledger, bundled, "2018-11-30")
    assert (earlier.total.completed, earlier.total.closed, earlier.total.not_reported) == (0, 0, 288)

    md = status.markdown(rep)
    assert (
        "共 288 项（任务×单位），已完成 6 项，已销号 1 项，完成率 2.4%；正常推进 43 项，临期 149 项，逾期 89 项；本期未报送 255 项。"
        in md
    )
    assert "| 州财政局 | 19 | 3 | 1 | 4 | 8 | 3 | 0 | 21.1 |" in md
    assert "| 合计 | 288 | 6 | 1 | 43 | 149 | 89 | 255 | 2.4 |" in md
    status.write_xlsx(rep, tmp_path / "report.xlsx")
    wb = load_workbook(tmp_path / "report.xlsx")
    assert wb.sheetnames == ["通报", "逾期任务", "申请延期"]
    table = {r[0]: r for r in wb["通报"].iter_rows(min_row=6, values_only=True)}
    assert table[FIN] == (FIN, 19, 3, 1, 4, 8, 3, 0, 21.1)
    assert wb["逾期任务"].max_row == 1 + 89


def test_a_ledger_edited_by_hand_reads_back(bundled: Notice, tmp_path: Path) -> None:
    path = tmp_path / "ledger.yaml"
    ledger = lg.Ledger()
    ledger.sync(bundled, REG, IMPORT_DAY)
    ledger.close(8, [], "2018-12-01", "验收报告", IMPORT_DAY)
    path.write_text(lg.to_text(ledger).replace("'2018-12-01'", "2018-12-01"), encoding="utf-8")  # unquoted: a date
    (row,) = lg.load(path).rows_for_task(8)
    assert (row.state().completed, row.state().closed) == ("2018-12-01", IMPORT_DAY)
    assert lg.to_text(lg.load(path)) == lg.to_text(ledger)


def test_closing_needs_date_and_evidence_and_reopening_is_recorded(bundled: Notice) -> None:
    ledger = lg.Ledger()
    ledger.sync(bundled, REG, IMPORT_DAY)
    with pytest.raises(UsageError, match="needs evidence"):
        ledger.close(8, [], "2018-12-01", None, IMPORT_DAY)
    with pytest.raises(UsageError, match="after 2018-12-20"):
        ledger.close(8, [], "2018-12-25", "验收报告", IMPORT_DAY)
    with pytest.raises(UsageError, match="州财政局 does not hold task 8"):
        ledger.close(8, [FIN], "2018-12-01", "验收报告", IMPORT_DAY)
    (row,) = ledger.close(8, [], "2018-12-01", "验收报告", IMPORT_DAY)
    assert (row.state().status, row.state().completed, row.state().evidence) == ("已销号", "2018-12-01", "验收报告")
    with pytest.raises(UsageError, match="already closed"):
        ledger.close(8, [], "2018-12-01", "验收报告", IMPORT_DAY)
    with pytest.raises(UsageError, match="2017-06-30 is not after the deadline 2017-12-31"):
        ledger.extend(9, [], "2017-06-30", "理由", IMPORT_DAY)
    with pytest.raises(UsageError, match="needs a reason"):
        ledger.extend(9, [], "2019-06-30", " ", IMPORT_DAY)
    (extended, *_) = ledger.extend(9, [], "2019-06-30", "机构调整", IMPORT_DAY)
    assert (extended.state().extended_to, extended.history[-1].note) == ("2019-06-30", "机构调整")
    ledger.reopen(8, [], "复查发现问题未整改到位", "2018-12-28")
    assert row.state().status == "推进中"
    assert row.state("2018-12-27").status == "已销号"  # as of a day before the reopening
    assert [e.kind for e in row.history] == ["close", "reopen"]
    assert row.history[1].note == "复查发现问题未整改到位"


def test_a_sheet_that_is_not_ours_or_a_unit_we_do_not_know(bundled: Notice, tmp_path: Path) -> None:
    path = tmp_path / "自制.csv"
    path.write_text(
        "序号,任务内容,完成状态,进展情况,责任单位\n"
        "8,各级安全生产委员会根据巡查任务需要选配巡查人员定期或不定期开展巡查,推进中,已开展,州安全监管局\n"
        "8,各级安全生产委员会根据巡查任务需要选配巡查人员定期或不定期开展巡查,推进中,已开展,州外事办\n"
        "99,一项通知里没有的任务,推进中,已开展,州安全监管局\n",
        encoding="utf-8-sig",
    )
    other = tmp_path / "别的通知.csv"
    other.write_text(
        "序号,任务内容,完成状态,责任单位,通知文号\n8,各级安全生产委员会根据巡查任务需要选配巡查人员,推进中,州安全监管局,甘委发〔2018〕3号\n",
        encoding="utf-8",
    )
    result, _ = intake.import_files(tmp_path / "ledger.yaml", [path, other], bundled, REG, IMPORT_DAY)
    assert [(f.file, f.row, f.code) for f in result.findings] == [
        ("自制.csv", 3, "unknown-unit"),
        ("自制.csv", 4, "unknown-task"),
        ("别的通知.csv", 2, "other-notice"),
    ]
    assert result.recorded == 1  # matched by the similarity of its text: no key column in a home-made sheet


# ---------------------------------------------------------------- two imports at once


def _import_one(ledger_path: str, file: str) -> None:
    notice = parse_text(RAW_NOTICE.read_text(encoding="utf-8"))
    intake.import_files(Path(ledger_path), [Path(file)], notice, REG, IMPORT_DAY)


def test_two_imports_at_once_lose_nothing(bundled: Notice, month: list[Path], tmp_path: Path) -> None:
    files = month
    ledger_path = tmp_path / "ledger.yaml"
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_import_one, args=(str(ledger_path), str(f))) for f in files[:2]]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    assert [w.exitcode for w in workers] == [0, 0]
    ledger = lg.load(ledger_path)
    reported = {r.unit for r in ledger.rows if r.history}
    assert reported == {FIN, POLICE}
    assert sum(len(r.history) for r in ledger.rows) == 19 + 8


# ---------------------------------------------------------------- a revised notice


def test_a_revised_notice_keeps_every_row_on_its_task(bundled: Notice, tmp_path: Path) -> None:
    revised = revised_notice()
    assert len(revised.tasks) == 86
    assert revised.task(70) is not None and revised.task(70).text.startswith("建立安全生产诚信档案")
    assert revised.task(8) is not None and revised.task(8).text.endswith(REWORDED_TO)

    # a month of reports on every row of the first notice, each naming its task's text
    ledger = lg.Ledger()
    ledger.sync(bundled, REG, IMPORT_DAY)
    texts = {t.id: t.text for t in bundled.tasks}
    for row in ledger.rows:
        row.record(lg.Entry("2018-12-10", "report", "test", status="推进中", progress=f"关于：{texts[row.task or 0]}"))
    sync = ledger.sync(revised, REG, "2019-01-02")

    assert sync.rematched == [(9, 8, pytest.approx(0.89, abs=0.01))]
    assert sorted(sync.added) == [(70, "州发展改革委"), (70, "州安全监管局")]
    assert sync.orphaned == [(5, "各行业主管和监管部门")]
    assert len(ledger.rows) == 288 + 2  # nothing dropped
    new_texts = {t.id: t.text for t in revised.tasks}
    for row in ledger.rows:
        if row.orphaned:
            assert row.state().progress == f"关于：{texts[5]}"
            continue
        st = row.state()
        if row.task == 70:
            assert st.progress is None  # a new task: no reports yet
        elif row.task == 8:
            assert st.progress == f"关于：{texts[9]}"  # the reworded task keeps its reports
        else:
            assert st.progress == f"关于：{new_texts[row.task or 0]}"
    # keyed by task id instead, every task from 5 to 70 would have taken another task's rows
    moved = [t.id for t in bundled.tasks if (revised.task(t.id) or t).text != t.text or revised.task(t.id) is None]
    assert moved == list(range(5, 71))


def test_a_sheet_from_the_older_notice_lands_on_the_revised_tasks(
    bundled: Notice, month: list[Path], tmp_path: Path
) -> None:
    files = month
    ledger_path = tmp_path / "ledger.yaml"
    intake.import_files(ledger_path, files[:1], bundled, REG, IMPORT_DAY)  # 州财政局 on the first notice
    revised = revised_notice()
    result, sync = intake.import_files(ledger_path, files[1:2], revised, REG, "2019-01-05")  # 州公安局's old sheet
    assert sync.orphaned == [(5, "各行业主管和监管部门")]
    assert [f.code for f in result.findings] == ["older-version"]
    assert result.findings[0].message.startswith("sheet from an older version")
    assert result.recorded == 8
    ledger = lg.load(ledger_path)
    assert ledger.versions[0] != ledger.version and len(ledger.versions) == 2
    old_ids = {t.text: t.id for t in bundled.tasks}
    for row in ledger.rows:
        if row.unit == POLICE and row.history:
            assert old_ids[row.text] in (15, 16, 31, 35, 36, 47, 62, 63)
    fin_rows = [r for r in ledger.rows if r.unit == FIN and r.history]
    assert len(fin_rows) == 19
    assert all(old_ids.get(r.text) for r in fin_rows if r.task != 8)


def test_assignments_of_the_bundled_notice(bundled: Notice) -> None:
    items = assignments(bundled, REG)
    assert len(items) == 288
    assert len({(a.key, a.unit) for a in items}) == 288
    assert {a.role for a in items} == {"责任"}  # the bundled annex names no lead units


# ---------------------------------------------------------------- the commands

runner = CliRunner()


def _pipe(stage: str, text: str) -> str:
    words = stage.split()
    lines = text.splitlines(keepends=True)
    if words[0] == "head":
        return "".join(lines[: int(words[1].lstrip("-"))])
    if words[0] == "tail":
        return "".join(lines[-int(words[1].lstrip("-")) :])
    raise AssertionError(f"unsupported pipe stage {stage}")


def test_readme_supervision_cycle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's Supervision section, replayed in a fresh folder: each block prints what it shows."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Supervision") : readme.index("## Use from Python")]
    (tmp_path / "tests" / "fixtures").mkdir(parents=True)
    shutil.copytree(FIXTURES, tmp_path / "tests" / "fixtures" / "supervision")
    monkeypatch.chdir(tmp_path)
    checked = excerpts = 0
    for fence, body in re.findall(r"```(console|yaml)\n(.*?)```", section, flags=re.S):
        if fence == "yaml":
            assert body in (tmp_path / "ledger.yaml").read_text(encoding="utf-8")
            excerpts += 1
            continue
        command, shown = body.split("\n", 1)
        pipeline = command.removeprefix("$ ").split("|")
        result = runner.invoke(app, pipeline[0].split()[1:], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        out = result.stdout
        for stage in pipeline[1:]:
            out = _pipe(stage.strip(), out)
        assert result.stderr + out == shown, command
        checked += 1
    assert (checked, excerpts) == (11, 1)
    assert len(list((tmp_path / "sheets").glob("*.xlsx"))) == 61
    assert load_workbook(tmp_path / "通报.xlsx").sheetnames == ["通报", "逾期任务", "申请延期"]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["export"], 2, "give --xlsx FILE, --per-unit DIR or both"),
        (["status", "--as-of", "2018-13-01"], 2, "--as-of '2018-13-01' is not a date; write it as YYYY-MM-DD"),
        (
            ["status", "--state", "late"],
            2,
            "--state 'late' is not one of closed, completed, overdue, approaching, on-track",
        ),
        (["report", "-f", "xlsx"], 2, "--format xlsx writes a workbook: give -o FILE.xlsx"),
        (["ledger", "close", "17", "--completed", "2018-12-08"], 2, "ledger.yaml: no ledger yet"),
        (["ledger", "import", "nothing.xlsx"], 3, "nothing.xlsx: no such file"),
        (["status", "--ledger", "bad.yaml"], 4, "bad.yaml: not a policy-cli ledger (no 'ledger: 1' at the top)"),
        (["status", "--ledger", "broken.yaml"], 4, "broken.yaml: not a policy-cli ledger (not valid YAML at line 2)"),
        (["ledger", "import", "sheet.ods"], 3, "sheet.ods: an OpenDocument spreadsheet, not an xlsx workbook"),
        (["ledger", "import", "broken.xlsx"], 3, "broken.xlsx: not a readable xlsx workbook"),
    ],
)
def test_command_errors_are_one_line(
    args: list[str], code: int, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with zipfile.ZipFile(tmp_path / "sheet.ods", "w") as ods:
        ods.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really")
    (tmp_path / "bad.yaml").write_text("schema: 1\n", encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("rows: [\n", encoding="utf-8")
    result = runner.invoke(app, args)
    assert result.exit_code == code, result.output
    assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr


def test_import_strict_and_close_reopen_through_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    sheet = str(FIXTURES / "州交通运输局.xlsx")
    result = runner.invoke(app, ["ledger", "import", sheet, "--on", "2018-12-20", "--strict", "-f", "json"])
    assert result.exit_code == 5
    assert [f["code"] for f in json.loads(result.stdout)] == ["bad-status", "future-date", "foreign-task"]
    assert "3 rows or fields not taken" in result.stderr
    (tmp_path / "notes.csv").write_text("事项,备注\n巡查,无\n", encoding="utf-8")
    result = runner.invoke(app, ["ledger", "import", "notes.csv", "--strict", "-f", "tsv"])
    assert result.exit_code == 5
    assert (
        result.stdout.splitlines()[1]
        == "notes.csv\t\t0\twarning\tnot-a-work-sheet\tno header row with 完成状态; sheet skipped"
    )
    args = ["ledger", "close", "34", "-u", "州交通运输局", "--completed", "2018-12-19", "--on", "2018-12-20"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and "closing needs evidence" in result.stderr
    result = runner.invoke(app, [*args, "--evidence", "竣工验收报告"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(
        app, ["ledger", "reopen", "34", "-u", "交通运输局", "--reason", "复查未通过", "--on", "2018-12-21"]
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["status", "--as-of", "2018-12-21", "-u", "州交通运输局", "-s", "completed"])
    assert result.exit_code == 1  # reopened: nothing completed any more
    result = runner.invoke(app, ["status", "--as-of", "2018-12-20", "-u", "州交通运输局", "-s", "closed", "-f", "tsv"])
    assert result.stdout.splitlines()[1].split("\t")[:8] == [
        "34",
        "州交通运输局",
        "责任",
        "2020年",
        "2020-12-31",
        "",
        "已销号",
        "closed",
    ]
    (row,) = [r for r in lg.load(tmp_path / "ledger.yaml").rows_for_task(34) if r.unit == TRANSPORT]
    assert [e.kind for e in row.history] == ["report", "close", "reopen"]
    assert row.history[2].note == "复查未通过"
    result = runner.invoke(
        app, ["ledger", "close", "34", "-u", "州财政局", "--completed", "2018-12-19", "--evidence", "x"]
    )
    assert result.exit_code == 2 and "州财政局 does not hold task 34 (held by 州旅发委、州交通运输局)" in result.stderr


def test_commands_have_help_with_an_example() -> None:
    for args in (["export"], ["status"], ["report"], ["ledger", "import"], ["ledger", "close"], ["ledger", "sync"]):
        result = runner.invoke(app, [*args, "--help"])
        assert result.exit_code == 0
        assert "Example: policy-cli " + " ".join(args) in result.stdout


def test_window_moves_rows_between_approaching_and_on_track(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    counts = {}
    for window in ("30", "10"):
        result = runner.invoke(app, ["report", "--as-of", "2018-12-20", "--window", window, "-f", "json"])
        total = json.loads(result.stdout)[-1]
        counts[window] = (total["approaching"], total["on_track"], total["overdue"])
    assert counts == {"30": (150, 43, 95), "10": (0, 193, 95)}  # 2018-12-31 is 11 days after the as-of date


def test_only_the_supervision_commands_import_openpyxl(tmp_path: Path) -> None:
    script = (
        "import sys; from policy_cli.cli import main; "
        "main(sys.argv[1:]); print('openpyxl' in sys.modules, file=sys.stderr)"
    )
    ledger = str(tmp_path / "ledger.yaml")

    def imports(*args: str) -> bool:
        done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=False)
        return done.stderr.strip().endswith("True")

    assert not imports("tasks", "--dept", "州旅发委", "-f", "tsv")
    assert not imports("report", "--ledger", ledger, "--as-of", "2018-12-20", "-f", "md")
    assert imports("report", "--ledger", ledger, "--as-of", "2018-12-20", "-o", str(tmp_path / "r.xlsx"))


def test_status_per_task(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    files = [str(FIXTURES / name) for name in ("州财政局.xlsx", "州公安局.csv", "州交通运输局.xlsx")]
    assert runner.invoke(app, ["ledger", "import", *files, "--on", IMPORT_DAY]).exit_code == 0
    result = runner.invoke(app, ["status", "--as-of", IMPORT_DAY, "--per-task", "-f", "json"])
    tasks = {t["task"]: t for t in json.loads(result.stdout)}
    assert len(tasks) == 86
    # the only tasks completed by every unit holding them: 44 (州财政局 alone), 62 (州公安局 alone)
    assert [t for t, v in tasks.items() if v["state"] == "completed"] == [44, 62]
    assert tasks[17] == {
        "task": 17,
        "due": "2017年",
        "due_date": "2017-12-31",
        "state": "overdue",  # 州财政局 is done; five other units are not
        "units": 6,
        "closed": 0,
        "completed": 1,
        "overdue": 5,
        "approaching": 0,
        "on_track": 0,
    }
    assert (tasks[34]["state"], tasks[34]["completed"], tasks[34]["on_track"]) == ("on-track", 1, 1)


def test_the_whole_workbook_back_and_a_sheet_without_its_hidden_columns(bundled: Notice, tmp_path: Path) -> None:
    sheets.export_workbook(bundled, REG, tmp_path / "sheets.xlsx")
    wb = load_workbook(tmp_path / "sheets.xlsx")
    wb["州公安局"]["E3"] = "推进中"  # task 15
    wb["州公安局"]["J3"] = "2018-12-12"
    ws = wb["州交通运输局"]
    ws.delete_cols(13, 4)  # the unit, key, version and notice columns deleted: the title names the unit
    ws["E4"] = "已完成"  # task 16
    ws["J4"] = "2018-12-14"
    wb.save(tmp_path / "back.xlsx")
    result, _ = intake.import_files(tmp_path / "ledger.yaml", [tmp_path / "back.xlsx"], bundled, REG, IMPORT_DAY)
    assert (result.sheets, result.recorded, result.findings) == (61, 2, [])  # the summary sheet is passed over
    ledger = lg.load(tmp_path / "ledger.yaml")
    assert [(r.task, r.unit, r.state().status) for r in ledger.rows if r.history] == [
        (15, POLICE, "推进中"),
        (16, TRANSPORT, "已完成"),
    ]


# ------------------------------------------------------------------ sheets told apart by content


def test_sheets_are_read_by_content_whatever_their_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A workbook saved as 财政.csv is read as a workbook; Excel's GBK CSV saved as 公安.xlsx is read as CSV."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(FIXTURES / "州财政局.xlsx", tmp_path / "财政.csv")
    shutil.copy(FIXTURES / "州公安局.csv", tmp_path / "公安.xlsx")
    result = runner.invoke(app, ["ledger", "import", "财政.csv", "公安.xlsx", "--on", "2018-12-20", "-f", "tsv"])
    assert result.exit_code == 0, result.output
    assert "27 recorded, 0 already there, 0 not taken (of 27 filled rows)" in result.stderr
    got, findings = intake.read_file(tmp_path / "财政.csv")
    assert findings == [] and [(d.file, d.sheet, len(d.rows)) for d in got] == [("财政.csv", "州财政局", 19)]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("noise.xlsx", bytes(range(256)) * 4, "neither an xlsx workbook nor CSV text (UTF-8 or GBK)"),
        ("empty.xlsx", b"", "file is empty; not a work sheet"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "an old Excel .xls workbook"),
        ("plain.zip.xlsx", None, "a zip archive, not an xlsx workbook (no [Content_Types].xml)"),
        ("missing.xlsx", "missing", "missing.xlsx: no such file"),
        ("folder.xlsx", "folder", "folder.xlsx: is a directory"),
        ("/dev/null", "device", "/dev/null: is a device"),
    ],
)
def test_sheets_that_cannot_be_read_exit_3_in_one_line(
    name: str, content: Any, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    if isinstance(content, bytes):
        (tmp_path / name).write_bytes(content)
    elif content is None:
        with zipfile.ZipFile(tmp_path / name, "w") as archive:
            archive.writestr("a.txt", "not a workbook")
    elif content == "folder":
        (tmp_path / name).mkdir()
    result = runner.invoke(app, ["ledger", "import", name, "--on", "2018-12-20"])
    assert result.exit_code == 3, result.output
    assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr
    assert not (tmp_path / "ledger.yaml").exists()
