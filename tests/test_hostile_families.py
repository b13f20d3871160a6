"""Hostile and careless use of the supervision and corpus commands.

The same rules as test_hostile.py: a directory, FIFO or device is refused in one
line with its documented exit code and left as it was; -o never names an input;
YAML files are read with aliases refused. Each case builds its hostile input in
tmp_path and runs the command in this process (conftest.invoke, which stops a
command that blocks on a FIFO instead of refusing it).
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest

from .conftest import RAW_NOTICE, invoke
from .test_hostile import one_line_error

# A ledger as the commands write one before any sheet is imported: no rows yet.
EMPTY_LEDGER = "ledger: 1\nnotice:\n  identity: ''\n  title: ''\n  version: ''\nversions: []\nrows: []\n"


# ------------------------------------------------------------------ ledger, corpus and workbook paths


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["status", "--ledger", "{dir}"], 4, "{dir}: is a directory, not a ledger"),
        (["report", "--format", "md", "--ledger", "{dir}"], 4, "{dir}: is a directory, not a ledger"),
        (["ledger", "sync", "--ledger", "{dir}"], 4, "{dir}: is a directory, not a ledger"),
        (["ledger", "close", "1", "--completed", "2018-12-01", "--ledger", "{dir}"], 4, "is a directory"),
        (["ledger", "import", "{dir}", "--ledger", "{dir}.yaml"], 3, "{dir}: is a directory"),
        (["notices", "--corpus", "{dir}"], 3, "{dir}: is a directory, not a corpus database"),
        (["tasks", "--corpus", "{dir}"], 3, "{dir}: is a directory, not a corpus database"),
        (["index", str(RAW_NOTICE), "-o", "{dir}"], 3, "{dir}: is a directory, not a corpus database"),
        (["export", "--xlsx", "{dir}"], 3, "{dir}: is a directory"),
    ],
)
def test_directory_as_ledger_corpus_or_workbook_is_one_line_and_nothing_is_created(
    tmp_path: Path, args: list[str], code: int, words: str
) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    proc = invoke(*(a.format(dir=folder) for a in args), cwd=tmp_path)
    one_line_error(proc, code, words.format(dir=folder))
    assert "Usage:" not in proc.stderr
    assert list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d"]  # no lock file beside it, no ledger


def test_per_unit_folder_that_is_a_file_is_refused(tmp_path: Path) -> None:
    plain = tmp_path / "sheets"
    plain.write_text("keep\n", encoding="utf-8")
    one_line_error(invoke("export", "--per-unit", plain), 3, f"{plain}: is not a folder")
    assert plain.read_text(encoding="utf-8") == "keep\n"


@pytest.mark.parametrize(
    "args",
    [
        ["status", "--as-of", "2018-12-20", "-o", "{out}"],
        ["report", "--as-of", "2018-12-20", "--format", "md", "-o", "{out}"],
        ["report", "--as-of", "2018-12-20", "--format", "xlsx", "-o", "{out}"],
        ["export", "--xlsx", "{out}"],
        ["index", str(RAW_NOTICE), "-o", "{out}"],
        ["ledger", "sync", "--ledger", "{out}"],
        ["notices", "--corpus", "{out}"],
    ],
)
def test_fifo_or_device_as_an_output_or_database_is_refused_at_once_and_left_alone(
    tmp_path: Path, args: list[str]
) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    ledger = tmp_path / "ledger.yaml"
    ledger.write_text(EMPTY_LEDGER, encoding="utf-8")
    for out in (fifo, Path("/dev/null")):
        command = [a.format(out=out) for a in args]
        if command[0] in ("status", "report"):
            command += ["--ledger", str(ledger)]
        proc = invoke(*command, cwd=tmp_path, deadline=20)
        assert proc.returncode in (3, 4), proc.stderr
        assert proc.stderr.splitlines()[-1].startswith(f"policy-cli: error: {out}: is a "), proc.stderr
        assert proc.stdout == ""
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert ledger.read_text(encoding="utf-8") == EMPTY_LEDGER


@pytest.mark.parametrize(
    "args",
    [
        ["status", "--as-of", "2018-12-20"],
        ["report", "--as-of", "2018-12-20", "--format", "md"],
        ["report", "--as-of", "2018-12-20", "--format", "xlsx"],
    ],
)
def test_output_that_is_the_ledger_is_refused(tmp_path: Path, args: list[str]) -> None:
    ledger = tmp_path / "ledger.yaml"
    ledger.write_text(EMPTY_LEDGER, encoding="utf-8")
    proc = invoke(*args, "--ledger", ledger, "-o", ledger)
    assert proc.returncode == 3, proc.stderr
    assert proc.stderr.splitlines()[-1].startswith(f"policy-cli: error: {ledger}: is the input"), proc.stderr
    assert ledger.read_text(encoding="utf-8") == EMPTY_LEDGER


def test_ledger_with_a_yaml_alias_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.yaml"
    text = EMPTY_LEDGER.replace("notice:\n", "notice: &n\n") + "copy: *n\n"
    ledger.write_text(text, encoding="utf-8")
    for args in (["status"], ["report", "--format", "md"], ["ledger", "sync"]):
        one_line_error(
            invoke(*args, "--ledger", ledger), 4, f"{ledger}: line 2: YAML anchors and aliases are not part of a ledger"
        )
    assert ledger.read_text(encoding="utf-8") == text


def test_ledger_nested_too_deep_is_refused(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.yaml"
    ledger.write_text(EMPTY_LEDGER + "deep: " + "[" * 40 + "]" * 40 + "\n", encoding="utf-8")
    one_line_error(invoke("status", "--ledger", ledger), 4, "nested deeper than")


def test_symlinked_ledger_replaces_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real.yaml"
    target.write_text(EMPTY_LEDGER, encoding="utf-8")
    link = tmp_path / "ledger.yaml"
    link.symlink_to(target)
    proc = invoke("ledger", "sync", "--ledger", link, "--on", "2018-01-10")
    assert proc.returncode == 0, proc.stderr
    assert os.readlink(link) == str(target)
    assert "rows:\n- key:" in target.read_text(encoding="utf-8")  # the rows for the notice's tasks were added


def test_work_sheet_that_is_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    os.mkfifo(sheet)
    proc = invoke("ledger", "import", sheet, "--ledger", tmp_path / "ledger.yaml", deadline=20)
    one_line_error(proc, 3, f"{sheet}: is a FIFO (named pipe), not a regular file")
    assert stat.S_ISFIFO(os.lstat(sheet).st_mode)


def test_output_that_is_the_corpus_database_is_refused(tmp_path: Path) -> None:
    database = tmp_path / "corpus.db"
    assert invoke("index", RAW_NOTICE, "-o", database, "-q").returncode == 0
    before = database.read_bytes()
    for args in (["tasks", "--corpus", database], ["notices", "--corpus", database]):
        one_line_error(invoke(*args, "-o", database), 3, f"{database}: is the input")
    assert database.read_bytes() == before


def test_workbook_refusals_name_the_option_that_named_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "sheets"
    folder.mkdir()
    fifo = folder / "州财政局.xlsx"
    os.mkfifo(fifo)
    one_line_error(
        invoke("export", "--xlsx", fifo), 3, f"{fifo}: is a FIFO (named pipe); --xlsx writes only regular files"
    )
    proc = invoke("export", "--per-unit", folder, deadline=30)
    one_line_error(proc, 3, f"{fifo}: is a FIFO (named pipe); --per-unit writes only regular files")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


# A ledger with one row and one report, as the commands write it.
ONE_ROW_LEDGER = EMPTY_LEDGER.replace(
    "rows: []\n",
    """rows:
- key: T-0000000001
  unit: 县财政局
  task: 3
  role: 牵头
  due_date: '2021-06-30'
  orphaned: false
  text: 修订预案。
  former_keys: []
  history:
  - date: '2021-05-10'
    kind: report
    source: 县财政局.xlsx, 县财政局, row 3
    status: 推进中
    progress: 按计划推进
""",
)


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("  task: 3\n", "  task: abc\n", "field rows[0].task: 'abc' is not a task number"),
        ("    status: 推进中\n", "    status: 瞎写\n", "field rows[0].history[0].status: '瞎写' is not one of"),
        ("  due_date: '2021-06-30'\n", "  due_date: '2021-02-30'\n", "rows[0].due_date: '2021-02-30' is not a date"),
        ("  - date: '2021-05-10'\n", "  - date: '2021-13-01'\n", "history[0].date: '2021-13-01' is not a date"),
        ("    kind: report\n", "    kind: bogus\n", "history[0].kind: 'bogus' is not one of"),
        ("    progress: 按计划推进\n", "    progress: [1, 2]\n", "history[0].progress: expected text, got a list"),
        ("  former_keys: []\n  history:\n", "  former_keys: []\n  old_history:\n", "rows[0].history: missing"),
    ],
    ids=["task", "status", "due-date", "entry-date", "kind", "progress-list", "no-history"],
)
def test_a_hand_damaged_ledger_is_refused_naming_the_field(tmp_path: Path, old: str, new: str, words: str) -> None:
    from policy_cli.errors import ModelError
    from policy_cli.supervise import ledger as ledgers

    good = tmp_path / "good.yaml"
    good.write_text(ONE_ROW_LEDGER, encoding="utf-8")
    assert [r.task for r in ledgers.load(good).rows] == [3]
    damaged = tmp_path / "ledger.yaml"
    assert old in ONE_ROW_LEDGER
    damaged.write_text(ONE_ROW_LEDGER.replace(old, new), encoding="utf-8")
    with pytest.raises(ModelError, match=re.escape(words)):
        ledgers.load(damaged)
    one_line_error(invoke("status", "--ledger", damaged, "--as-of", "2021-06-01"), 4, words)


def test_two_rows_for_one_task_and_unit_are_refused(tmp_path: Path) -> None:
    from policy_cli.errors import ModelError
    from policy_cli.supervise import ledger as ledgers

    rows = ONE_ROW_LEDGER[ONE_ROW_LEDGER.index("- key:") :]
    damaged = tmp_path / "ledger.yaml"
    damaged.write_text(ONE_ROW_LEDGER + rows, encoding="utf-8")
    with pytest.raises(ModelError, match=r"rows\[1\]: a second row for task key T-0000000001 and 县财政局"):
        ledgers.load(damaged)
