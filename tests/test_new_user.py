"""What a new user tripped on: a ledger of another notice, the bundled notice by default, a model as a notice,
-o FILE.xlsx, due_date in task rows, typed JSON, whole dates in diff, parse without a notice, year hints."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from policy_cli.cli import app
from policy_cli.registry import default_registry
from policy_cli.source import BUNDLED_MODEL, load
from policy_cli.supervise import ledger as lg

from .conftest import ROOT, CliRunner

runner = CliRunner()
HERE = ROOT / "tests" / "fixtures" / "new_user"
COUNTY, COUNTY2 = HERE / "county.txt", HERE / "county2.txt"
SHEET = ROOT / "tests" / "fixtures" / "supervision" / "州财政局.xlsx"


@pytest.fixture
def county_ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """cl.yaml: the ledger of the county notice (青府办发〔2025〕12号), in a fresh folder."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(COUNTY, "county.txt")
    result = runner.invoke(app, ["export", "--notice", "county.txt", "--xlsx", "s.xlsx"])
    assert result.exit_code == 0, result.output
    path = tmp_path / "cl.yaml"
    from policy_cli.source import parse_file

    notice = parse_file(Path("county.txt")).notice
    lg.update(path, lambda led: led.sync(notice, default_registry(), "2025-06-01"))
    assert "青府办发〔2025〕12号" in path.read_text(encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["ledger", "import", str(SHEET), "--on", "2025-06-28"],
        ["ledger", "sync", "--on", "2025-06-28"],
        ["ledger", "close", "1", "--completed", "2025-06-20", "--evidence", "x", "--on", "2025-06-28"],
        ["status", "--as-of", "2025-06-28"],
        ["report", "--as-of", "2025-06-28", "-f", "tsv"],
    ],
)
def test_a_ledger_of_another_notice_is_refused_untouched(county_ledger: Path, args: list[str]) -> None:
    before = county_ledger.read_bytes()
    result = runner.invoke(app, [*args, "--ledger", str(county_ledger)])
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"policy-cli: error: {county_ledger} is the ledger of 青府办发〔2025〕12号, not of 甘委发〔2017〕28号 "
        "(the notice read); give its notice with --notice or its model with --model\n"
    )
    assert result.stdout == ""
    assert county_ledger.read_bytes() == before
    assert not county_ledger.with_name("cl.yaml.lock").exists()


def test_the_ledger_of_the_notice_read_is_used(county_ledger: Path) -> None:
    result = runner.invoke(app, ["status", "--notice", "county.txt", "--ledger", "cl.yaml", "--as-of", "2025-06-28"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1].startswith("1\t县农业农村局\t牵头\t2025年6月底前\t2025-06-30")


def test_the_lock_file_is_removed_when_the_change_is_done(tmp_path: Path) -> None:
    path = tmp_path / "ledger.yaml"
    notice = load()
    lg.update(path, lambda led: led.sync(notice, default_registry(), "2018-12-20"))
    assert path.exists() and not (tmp_path / "ledger.yaml.lock").exists()
    with pytest.raises(RuntimeError):
        lg.update(path, lambda led: (_ for _ in ()).throw(RuntimeError("boom")))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ledger.yaml"]


def test_the_bundled_notice_is_named_when_nothing_matched() -> None:
    result = runner.invoke(app, ["tasks", "--dept", "县财政局"])
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert result.stderr == (
        "policy-cli: no tasks matched\n"
        "policy-cli: reading the bundled demo notice (甘委发〔2017〕28号); "
        "give yours with --notice FILE or --model FILE\n"
    )


def test_a_query_that_matched_says_nothing_about_the_bundled_notice_off_a_terminal() -> None:
    result = runner.invoke(app, ["tasks", "--year", "2020", "-f", "tsv"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


def test_diff_with_one_path_says_what_it_compares_with() -> None:
    result = runner.invoke(app, ["diff", str(COUNTY), "-f", "tsv"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"policy-cli: comparing the bundled demo notice (甘委发〔2017〕28号) (older) with {COUNTY} (newer)\n"
    )
    result = runner.invoke(app, ["diff", str(COUNTY2), "--notice", str(COUNTY), "-f", "tsv"])
    assert result.stderr == f"policy-cli: comparing {COUNTY} (older) with {COUNTY2} (newer)\n"


def test_diff_shows_dates_and_short_values_whole() -> None:
    result = runner.invoke(app, ["diff", str(COUNTY), str(COUNTY2), "-f", "tsv"])
    assert result.exit_code == 1
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert ["task", "2", "changed", "due", "2025年9月底前 -> 2025年10月底前"] in rows
    assert ["task", "2", "changed", "due_date", "2025-09-30 -> 2025-10-31"] in rows
    assert ["task", "2", "changed", "text", "建立户厕长效管护机制{+，落实管护经费+}。"] in rows


def test_a_model_given_as_a_notice_is_read_as_the_model(tmp_path: Path) -> None:
    model = tmp_path / "county.yaml"
    assert runner.invoke(app, ["parse", str(COUNTY), "-o", str(model), "-q"]).exit_code == 0
    as_notice = runner.invoke(app, ["tasks", "--notice", str(model), "--dept", "县财政局", "-f", "tsv"])
    as_model = runner.invoke(app, ["tasks", "--model", str(model), "--dept", "县财政局", "-f", "tsv"])
    assert as_notice.exit_code == 0, as_notice.output
    assert as_notice.stderr == ""
    assert as_notice.stdout == as_model.stdout
    assert [line.split("\t")[0] for line in as_notice.stdout.splitlines()] == ["id", "1", "3"]


def test_parse_refuses_a_model(tmp_path: Path) -> None:
    before = BUNDLED_MODEL.read_bytes()
    out = tmp_path / "again.yaml"
    result = runner.invoke(app, ["parse", str(BUNDLED_MODEL), "-o", str(out)])
    assert result.exit_code == 3
    assert result.stderr == (
        f"policy-cli: error: {BUNDLED_MODEL}: a policy-cli model, not a notice: nothing to parse; "
        f"query it with --model {BUNDLED_MODEL}\n"
    )
    assert not out.exists() and BUNDLED_MODEL.read_bytes() == before


def test_parse_without_a_notice_asks_for_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["parse"])
    assert result.exit_code == 2
    assert result.stderr == (
        "policy-cli: error: give a notice file to parse (or - for standard input): policy-cli parse NOTICE\n"
    )
    assert "default: data/raw_notice.txt" not in runner.invoke(app, ["parse", "--help"]).stdout


def test_a_listing_written_to_xlsx_is_a_workbook(tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    result = runner.invoke(app, ["tasks", "--notice", str(COUNTY), "--dept", "县财政局", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(load_workbook(out).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert rows[0][:3] == ("id", "due_year", "due") and rows[0][-1] == "due_date"
    assert [r[0] for r in rows[1:]] == [1, 3]
    assert rows[1][-1] == "2025-06-30" and rows[1][6] == "县农业农村局、县卫生健康局、县财政局"


def test_a_workbook_name_with_a_text_format_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    result = runner.invoke(app, ["tasks", "--notice", str(COUNTY), "-f", "tsv", "-o", str(out)])
    assert result.exit_code == 2
    assert (
        result.stderr == f"policy-cli: error: -o {out} is a workbook; leave out --format tsv, or name the file .tsv\n"
    )
    assert not out.exists()


@pytest.mark.parametrize("fmt", ["tsv", "csv"])
def test_task_rows_end_with_the_due_date(fmt: str) -> None:
    result = runner.invoke(app, ["tasks", "--notice", str(COUNTY), "-f", fmt])
    sep = "\t" if fmt == "tsv" else ","
    lines = [line.split(sep) for line in result.stdout.splitlines()]
    assert lines[0][-1] == "due_date"
    assert [line[-1] for line in lines[1:]] == ["2025-06-30", "2025-09-30", "2025-09-30", "2025-12-31", "2025-12-31"]


def test_depts_json_has_lists_and_numbers() -> None:
    result = runner.invoke(app, ["depts", "--notice", str(COUNTY), "-f", "json"])
    first = json.loads(result.stdout)[0]
    assert first["unit"] == "县农业农村局"
    assert first["years"] == [{"year": 2025, "tasks": 3}]
    assert first["task_ids"] == [1, 2, 5]
    assert first["spellings"] == ["县农业农村局"]
    tsv = runner.invoke(app, ["depts", "--notice", str(COUNTY), "-f", "tsv"]).stdout.splitlines()
    assert tsv[1].split("\t")[4:] == ["2025:3", "县农业农村局", "1 2 5"]


def test_stats_json_keys_are_numbers_or_null() -> None:
    result = runner.invoke(app, ["stats", "--notice", str(COUNTY), "-f", "json"])
    keys = [(r["dimension"], r["key"]) for r in json.loads(result.stdout)]
    assert keys == [("year", 2025), ("group", None)]
    tsv = runner.invoke(app, ["stats", "--notice", str(COUNTY), "-f", "tsv"]).stdout
    assert tsv.splitlines()[2] == "group\tnone\t\t5"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["due", "2025-06"], "'2025-06' is not a year; for a month use --month 2025-06"),
        (["tasks", "--year", "2025年6"], "'2025年6' is not a year; for a month use --month 2025-06"),
        (["tasks", "--year", "abc"], "'abc' is not a year; give a year as 2025, a month with --month 2025-06"),
    ],
)
def test_a_month_or_text_for_a_year_hints_month(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.count("\n") == 1, result.stderr
