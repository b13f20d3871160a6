"""Every command, format and exit code through the CLI, as a script would call it."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from policy_cli.cli import ExitCode, app

from .conftest import MODEL, RAW_NOTICE, ROOT, SAMPLES, CliRunner

runner = CliRunner()
ANSI = re.compile(r"\x1b\[")


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def ids(tsv: str) -> list[int]:
    return [int(line.split("\t")[0]) for line in tsv.splitlines()[1:]]


def test_tasks_by_department() -> None:
    code, out, _ = run("tasks", "--dept", "州安全监管局")
    assert code == 0
    assert len(ids(out)) == 59


@pytest.mark.parametrize(
    "name", ["州人力资源社会保障局", "州人力资源和社会保障局", "人力资源社会保障局", "州人力资源社会保障局 "]
)
def test_department_spellings_resolve_to_one_unit(name: str) -> None:
    code, out, _ = run("tasks", "--dept", name)
    assert code == 0
    assert ids(out) == [11, 12, 17, 18, 19, 20, 22, 24, 25, 28, 46, 47, 56, 72, 81, 82]


def test_full_width_department_name_matches() -> None:
    assert ids(run("tasks", "-d", "州机关事务局")[1]) == ids(run("tasks", "-d", "州机关事务管理局")[1]) == [17, 43]


def test_repeated_dept_is_or_and_filters_are_and() -> None:
    either = ids(run("tasks", "-d", "州公路局", "-d", "州旅发委")[1])
    assert either == [15, 34, 66]
    assert ids(run("tasks", "-d", "州公路局", "-d", "州旅发委", "--year", "2019")[1]) == [66]


def test_keyword() -> None:
    assert ids(run("tasks", "--keyword", "隐患")[1]) == [6, 23, 48, 54, 58, 65, 83]
    assert ids(run("tasks", "-k", "隐患", "-k", "消防", "--all-keywords")[1]) == [65]
    assert ids(run("tasks", "-k", "隐患", "-k", "消防")[1]) == [6, 23, 30, 31, 48, 54, 58, 61, 65, 83]


def test_regex_and_group_and_until() -> None:
    assert ids(run("tasks", "--regex", "^建立.*专家库")[1]) == [33]
    assert len(ids(run("tasks", "--group", "3")[1])) == 12
    assert len(ids(run("tasks", "--until", "2018")[1])) == 74


def test_due_year() -> None:
    code, out, _ = run("due", "2018")
    assert code == 0
    assert len(ids(out)) == 39
    code, out, _ = run("due", "2021", "--notice", str(SAMPLES / "qinglan_labelled_fenjie.txt"), "-f", "json")
    ends = [t["due_date"] for t in json.loads(out)]
    assert ends == sorted(ends) and ends[0] < ends[-1]  # deadline order
    assert len(ids(run("due", "--until", "2019")[1])) == 84


def test_json_output_has_the_task_fields() -> None:
    code, out, _ = run("tasks", "--model", str(MODEL), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert len(data) == 86
    for key in ("id", "text", "departments", "lead", "partners", "due", "due_year", "group", "subgroup", "line"):
        assert key in data[0]
    assert data[3]["departments"] == ["州安全监管局", "州国资委", "州经济和信息化委", "有关行业主管部门"]


@pytest.mark.parametrize("fmt", ["table", "tsv", "csv", "json", "yaml", "md"])
def test_every_format_of_every_listing_command(fmt: str) -> None:
    for command in (
        ["tasks", "-d", "州公路局"],
        ["due", "2020"],
        ["search", "12350"],
        ["show", "12"],
        ["depts"],
        ["stats"],
        ["outline"],
    ):
        code, out, err = run(*command, "--format", fmt)
        assert code == 0, (command, err)
        assert out.strip(), command
        if fmt == "json":
            json.loads(out)
        if fmt == "yaml":
            yaml.safe_load(out)


def test_piped_output_is_tsv_without_ansi() -> None:
    changed = str(ROOT / "tests" / "fixtures" / "changed_notice.txt")
    commands = (
        ["tasks"],
        ["due", "2018"],
        ["search", "隐患"],
        ["show", "1"],
        ["depts"],
        ["stats"],
        ["outline"],
        ["check"],
        ["cites"],
        ["diff", str(RAW_NOTICE), changed],
    )
    for command in commands:
        code, out, _ = run(*command)
        assert code in (0, 1)
        assert not ANSI.search(out), command
        assert "\t" in out.splitlines()[0], command
        assert "…" not in out.splitlines()[0]


def test_show_prints_a_task_in_full() -> None:
    code, out, _ = run("show", "12", "--format", "json")
    assert code == 0
    task = json.loads(out)
    assert task["departments_raw"] == "州国资委、人力资源和社会保障局、州总工会、州安全监管局及有关行业主管部门"
    assert "州人力资源社会保障局" in task["resolved"]
    assert task["subgroup"] == "5 完善安全生产考核机制"
    assert task["line"] == 124


def test_search_finds_clauses_tasks_and_notes() -> None:
    code, out, _ = run("search", "长期坚持")
    assert code == 0
    assert out.splitlines()[1].split("\t")[:3] == ["note", "note 3", "240"]
    code, out, _ = run("search", "--regex", "1235[0-9]")
    assert [line.split("\t")[1] for line in out.splitlines()[1:]] == ["6/27 健全安全宣传教育培训体系", "task 83"]


def test_depts_and_stats() -> None:
    rows = [line.split("\t") for line in run("depts")[1].splitlines()]
    assert rows[0][:3] == ["unit", "kind", "tasks"]
    assert rows[1][:3] == ["州安全监管局", "government", "59"]
    hr = next(r for r in rows if r[0] == "州人力资源社会保障局")
    assert hr[2] == "16" and hr[5] == "州人力资源和社会保障局、州人力资源社会保障局"
    stats = run("stats")[1].splitlines()
    assert "year\t2018\t\t39" in stats and "group\t2\t深入推进安全生产监管体制机制改革\t23" in stats


def test_outline() -> None:
    rows = [line.split("\t") for line in run("outline")[1].splitlines()[1:]]
    assert sum(r[1] == "part" for r in rows) == 6
    assert sum(r[1] == "clause" for r in rows) == 27
    assert sum(r[1] == "subgroup" for r in rows) == 25


def test_notice_option_parses_on_the_fly() -> None:
    code, out, _ = run("tasks", "--notice", str(SAMPLES / "qinglan_annex_table.txt"), "--dept", "市应急管理局")
    assert code == 0
    assert ids(out) == [1, 2, 3, 9, 10, 12]
    code, out, _ = run("due", "2021", "--notice", str(SAMPLES / "qinglan_labelled_fenjie.txt"))
    assert ids(out) == [2, 5, 12, 13, 1, 7, 9, 10, 14]  # in the order the deadlines end


def test_parse_to_stdout_matches_committed_model() -> None:
    code, out, _ = run("parse", str(RAW_NOTICE))
    assert code == 0
    assert out == MODEL.read_text(encoding="utf-8")


def test_parse_writes_file_atomically(tmp_path: Path) -> None:
    target = tmp_path / "out.yaml"
    code, _, err = run("parse", str(RAW_NOTICE), "-o", str(target))
    assert code == 0
    assert "86 tasks" in err
    assert target.read_bytes() == MODEL.read_bytes()


def test_failed_parse_leaves_existing_output_untouched(tmp_path: Path) -> None:
    target = tmp_path / "out.yaml"
    shutil.copy(MODEL, target)
    bad = tmp_path / "bad.txt"
    bad.write_text("这不是一份通知。\n只是两行字。\n", encoding="utf-8")
    code, _out, err = run("parse", str(bad), "-o", str(target))
    assert code == ExitCode.INPUT
    assert "not an implementation notice" in err
    assert target.read_bytes() == MODEL.read_bytes()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["tasks", "-k", "不存在的词语"], ExitCode.NO_MATCH, "no tasks matched"),
        (["due", "2031"], ExitCode.NO_MATCH, "no tasks matched"),
        (["search", "不存在的词语"], ExitCode.NO_MATCH, "no places matched"),
        (["tasks", "--dept", "州安监局局"], ExitCode.USAGE, "did you mean"),
        (["tasks", "--year", "twenty"], ExitCode.USAGE, ""),
        (["tasks", "--regex", "(["], ExitCode.USAGE, "invalid regular expression"),
        (["show", "999"], ExitCode.USAGE, "no task 999 (tasks are numbered 1–86)"),
        (["tasks", "--bogus"], ExitCode.USAGE, ""),
        (["tasks", "--model", "/nonexistent/model.yaml"], ExitCode.MODEL, "no such model file"),
        (["tasks", "--notice", "/nonexistent/notice.txt"], ExitCode.INPUT, "no such file"),
        (["tasks", "--model", str(RAW_NOTICE)], ExitCode.MODEL, "not a policy-cli model"),
    ],
)
def test_exit_codes(args: list[str], code: int, message: str) -> None:
    got, out, err = run(*args)
    assert got == code, err
    if code != ExitCode.USAGE or message:
        assert out == ""
    assert message in err
    assert "Traceback" not in err


def test_strict_turns_warnings_into_exit_5(tmp_path: Path) -> None:
    text = RAW_NOTICE.read_text(encoding="utf-8").replace("\n40.严格执行", "\n41.严格执行", 1)
    gap = tmp_path / "gap.txt"
    gap.write_text(text, encoding="utf-8")
    code, _, err = run("parse", str(gap))
    assert code == 0 and "task 41 where 40 was expected" in err
    code, out, err = run("parse", str(gap), "--strict")
    assert code == ExitCode.STRICT and out == ""
    assert err.count("\n") == 1


def test_version_and_help() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("policy-cli ")
    for command in (
        "parse",
        "tasks",
        "due",
        "search",
        "show",
        "depts",
        "stats",
        "outline",
        "check",
        "cites",
        "diff",
        "text",
    ):
        code, out, _ = run(command, "--help")
        assert code == 0
        assert "Example: policy-cli " + command in out


def test_readme_documents_every_command_with_a_transcript() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [c.name or c.callback.__name__ for c in app.registered_commands]  # type: ignore[union-attr]
    assert sorted(commands) == sorted(
        [
            "parse",
            "tasks",
            "due",
            "search",
            "show",
            "depts",
            "stats",
            "outline",
            "check",
            "cites",
            "diff",
            "export",
            "status",
            "report",
            "text",
            "index",
            "notices",
        ]
    )
    for command in commands:
        assert f"### {command}" in readme
        assert f"$ policy-cli {command}" in readme


def test_readme_transcripts_are_true() -> None:
    """Each `$ policy-cli ...` block in the README prints what the README shows."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```\n\$ (policy-cli [^\n]*)\n(.*?)```", readme, flags=re.S)
    checked = 0
    for command, shown in blocks:
        argv = command.split("|")[0].split()[1:]
        if "parse" in argv or ("--dept" in argv and "州安局局" in argv):
            continue
        result = runner.invoke(app, argv, catch_exceptions=False)
        out = result.stdout or result.stderr  # an error's transcript shows its one line on stderr
        for stage in command.split("|")[1:]:
            out = _pipe(stage.strip(), out)
        assert out == shown, command
        checked += 1
    assert checked >= 10


def _pipe(stage: str, text: str) -> str:
    words = stage.split()
    if words[0] == "head":
        return "".join(text.splitlines(keepends=True)[: int(words[1].lstrip("-"))])
    if words[:2] == ["grep", "-v"]:
        return "".join(line for line in text.splitlines(keepends=True) if words[2] not in line)
    if words[0] == "cut" and words[1].startswith("-c"):
        lo, hi = (int(x) for x in words[1][2:].split("-"))
        return "".join(line[lo - 1 : hi] + "\n" for line in text.splitlines())
    if words[0] == "cut":
        lo, hi = (int(x) for x in words[1][2:].split("-"))
        return "".join("\t".join(line.split("\t")[lo - 1 : hi]) + "\n" for line in text.splitlines())
    raise AssertionError(f"unsupported pipe stage {stage}")


def test_main_runs_one_command_and_reports_bugs_in_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from policy_cli import cli, query

    assert cli.main(["tasks", "-d", "州旅发委", "-f", "tsv"]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("34\t2020\t")

    def broken(*_: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(query, "filter_tasks", broken)
    assert cli.main(["tasks"]) == ExitCode.INTERNAL
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error: RuntimeError: boom" in err


def test_lead_filter_and_repeats_mean_any() -> None:
    sample = str(SAMPLES / "qinglan_annex_table.txt")
    assert ids(run("tasks", "--notice", sample, "--lead", "市应急管理局")[1]) == [1, 9, 10]
    assert ids(run("tasks", "--notice", sample, "--lead", "市城管局")[1]) == [6, 9]
    assert ids(run("tasks", "--notice", sample, "--lead", "市应急管理局", "--lead", "市城管局")[1]) == [1, 6, 9, 10]
    assert ids(run("tasks", "--notice", sample, "--dept", "市应急管理局")[1]) == [1, 2, 3, 9, 10, 12]


def test_tasks_and_due_share_filters_and_until_is_a_year() -> None:
    assert ids(run("tasks", "--year", "2018", "--year", "2020")[1]) == sorted(ids(run("due", "2018", "2020")[1]))
    assert sorted(ids(run("due", "--until", "2018", "-d", "州公路局")[1])) == ids(
        run("tasks", "--until", "2018", "-d", "州公路局")[1]
    )
    assert ids(run("due", "2018", "-k", "隐患", "--all-keywords", "-k", "排查")[1]) == [58]
    code, out, err = run("due")
    assert code == ExitCode.USAGE and out == "" and "give a YEAR, --until YEAR or --month YEAR-MONTH" in err


def test_usage_errors_are_one_line_with_a_hint(capsys: pytest.CaptureFixture[str]) -> None:
    from policy_cli import cli

    for argv, wanted in (
        (["tasks", "--xyz"], "No such option '--xyz'; see 'policy-cli tasks --help'"),
        (["tasks", "--year", "twenty"], "see 'policy-cli tasks --help'"),
        (["nosuchcommand"], "No such command 'nosuchcommand'; see 'policy-cli --help'"),
        (["show"], "Missing argument 'ID'; see 'policy-cli show --help'"),
    ):
        assert cli.main(argv) == ExitCode.USAGE
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.count("\n") == 1 and captured.err.startswith("policy-cli: error: "), captured.err
        assert wanted in captured.err


@pytest.mark.parametrize(
    ("suffix", "first_line"),
    [(".tsv", "id\tdue_year"), (".csv", "id,due_year"), (".json", "["), (".yaml", "- id: 15"), (".md", "| id |")],
)
def test_output_file_takes_its_format_from_the_extension(tmp_path: Path, suffix: str, first_line: str) -> None:
    target = tmp_path / f"out{suffix}"
    code, out, _ = run("tasks", "-d", "州公路局", "-o", str(target))
    assert code == 0 and out == ""
    assert target.read_text(encoding="utf-8").startswith(first_line)


def test_output_file_on_every_listing_command(tmp_path: Path) -> None:
    for command in (["tasks"], ["due", "2018"], ["search", "隐患"], ["show", "3"], ["depts"], ["stats"], ["outline"]):
        for more in (["check"], ["cites"]) if command == ["tasks"] else ([],):
            argv = more or command
            target = tmp_path / f"{argv[0]}.tsv"
            code, out, _ = run(*argv, "-o", str(target))
            assert code == 0 and out == "", argv
            assert target.read_text(encoding="utf-8") == run(*argv, "-f", "tsv")[1], argv


def test_failed_query_leaves_output_untouched(tmp_path: Path) -> None:
    target = tmp_path / "out.tsv"
    target.write_text("before\n", encoding="utf-8")
    assert run("tasks", "-k", "不存在的词语", "-o", str(target))[0] == ExitCode.NO_MATCH
    assert target.read_text(encoding="utf-8") == "before\n"


def test_review_commands_take_model_and_notice_options() -> None:
    by_path = run("cites", str(RAW_NOTICE), "-f", "tsv")[1]
    assert run("cites", "--notice", str(RAW_NOTICE), "-f", "tsv")[1] == by_path
    assert run("cites", "--model", str(MODEL), "-f", "tsv")[1] == by_path
    assert run("check", "--notice", str(RAW_NOTICE), "-f", "tsv")[1] == run("check", "-f", "tsv")[1]
    code, _, err = run("check", str(RAW_NOTICE), "--model", str(MODEL))
    assert code == ExitCode.USAGE and "not both" in err


@pytest.mark.parametrize(
    "command", ["tasks", "due 2018", "search 隐患", "show 1", "depts", "stats", "outline", "check", "cites"]
)
def test_every_notice_reading_command_takes_max_size(command: str) -> None:
    code, out, err = run(*command.split(), "--notice", str(RAW_NOTICE), "--max-size", "100")
    assert code == ExitCode.INPUT and out == ""
    assert "--max-size" in err


def test_excel_csv_has_a_bom_and_plain_csv_has_none(tmp_path: Path) -> None:
    run("depts", "--format", "excel-csv", "-o", str(tmp_path / "excel.csv"))
    run("depts", "-o", str(tmp_path / "plain.csv"))
    excel = (tmp_path / "excel.csv").read_bytes().decode("utf-8")
    plain = (tmp_path / "plain.csv").read_bytes().decode("utf-8")
    assert excel.startswith("\ufeffunit,kind,tasks") and "\r\n" in excel
    assert plain.startswith("unit,kind,tasks") and "\r" not in plain
    assert excel.lstrip("\ufeff").replace("\r\n", "\n") == plain


def test_outline_prints_markup_in_headings_as_is(tmp_path: Path) -> None:
    text = RAW_NOTICE.read_text(encoding="utf-8").replace("总体要求", "总体[/b]要求[bold red]", 1)
    notice = tmp_path / "markup.txt"
    notice.write_text(text, encoding="utf-8")
    for fmt in ("table", "tsv", "md"):
        code, out, err = run("outline", "--notice", str(notice), "--format", fmt)
        assert code == 0, err
        assert "总体[/b]要求[bold red]" in out


def test_command_table_matches_the_modules() -> None:
    """Each module under cli/ registers exactly the commands the table maps to it."""
    import importlib

    from policy_cli.cli import COMMANDS
    from policy_cli.cli.core import REGISTERED

    saved = dict(REGISTERED)
    try:
        for module in set(COMMANDS.values()):
            REGISTERED.clear()
            importlib.reload(importlib.import_module(f"policy_cli.cli.{module}"))
            assert set(REGISTERED) == {n for n, m in COMMANDS.items() if m == module}, module
    finally:
        REGISTERED.clear()
        REGISTERED.update(saved)


def test_only_the_invoked_commands_module_is_imported() -> None:
    import os
    import subprocess
    import sys

    code = (
        "import sys, io, contextlib; from policy_cli.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()): main(['tasks', '-d', '州旅发委', '-f', 'tsv'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('policy_cli.cli.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ, check=True)
    assert out.stdout.strip() == "['policy_cli.cli.core', 'policy_cli.cli.options', 'policy_cli.cli.query']"
