"""The users' language: Chinese tables, captions, messages and help under zh, stable English keys for machines."""

from __future__ import annotations

import ast
import gettext
import inspect
import json
import os
import re
import shutil
import string
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import click
import pytest
import typer

from policy_cli import i18n, query, views
from policy_cli.check import check
from policy_cli.cites import citations
from policy_cli.cli import COMMANDS, app
from policy_cli.cli.core import REGISTERED, ExitCode
from policy_cli.diff import diff
from policy_cli.models import Notice
from policy_cli.registry import default_registry
from policy_cli.source import parse_file

from .conftest import FIXTURES, ROOT, CliRunner

runner = CliRunner()
SRC = ROOT / "src" / "policy_cli"
PO = i18n.LOCALE_DIR / "zh_CN" / "LC_MESSAGES" / "policy_cli.po"
MO = PO.with_suffix(".mo")


@pytest.fixture
def catalogue() -> gettext.GNUTranslations:
    with MO.open("rb") as handle:
        return gettext.GNUTranslations(handle)


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")


def _messages_in_code() -> set[str]:
    found = set()
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r'\b_\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)', text):
            found.add("".join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))))
    return found


def test_every_message_and_command_help_has_a_chinese_translation(catalogue: gettext.GNUTranslations) -> None:
    messages = _messages_in_code()
    assert "no tasks matched" in messages and len(messages) > 40
    app.registered_commands  # noqa: B018 - builds every command, filling REGISTERED
    for name in COMMANDS:
        registered = REGISTERED[name]
        if isinstance(registered, typer.Typer):  # a family of subcommands: its help and each one's
            messages.add(str(registered.info.help))
            messages |= {
                inspect.cleandoc(c.callback.__doc__ or "") for c in registered.registered_commands if c.callback
            }
        else:
            messages.add(inspect.cleandoc(registered.__doc__ or ""))
    missing = [m for m in messages if catalogue.gettext(m) == m]
    assert missing == [], f"translate these in {PO.relative_to(ROOT)}, then run `make locale`"


def test_every_column_of_every_view_has_a_chinese_header(catalogue: gettext.GNUTranslations, bundled: Notice) -> None:
    registry = default_registry()
    task = bundled.tasks[11]
    shown = [
        views.tasks(bundled.tasks),
        views.search_hits(query.search(bundled, "隐患"), 20),
        views.task(bundled, task, registry),
        views.units(query.unit_summaries(bundled, registry)),
        views.stats(query.tasks_by_year(bundled), query.tasks_by_group(bundled)),
        views.outline(bundled),
        views.findings(check(bundled, registry)),
        views.citations(citations(bundled)),
        views.changes(diff(bundled, parse_file(FIXTURES / "changed_notice.txt").notice)),
    ]
    columns = {c for v in shown for fmt in ("table", "md", "excel-csv", "json") for c in v.columns_for(fmt)}
    columns |= {k for v in shown if v.shape == "record" for k in v.records[0]} | {"field", "value", "bar"}
    missing = [c for c in sorted(columns) if catalogue.pgettext("column", c) == c]
    assert missing == [], f'add msgctxt "column" headers to {PO.relative_to(ROOT)}, then run `make locale`'
    assert len(columns) > 40


def test_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    if shutil.which("msgfmt") is None:
        pytest.skip("GNU gettext's msgfmt is not installed")
    fresh = tmp_path / "fresh.mo"
    subprocess.run(["msgfmt", "--check", "-o", str(fresh), str(PO)], check=True, capture_output=True)
    assert fresh.read_bytes() == MO.read_bytes(), "run `make locale` and commit the .mo"


def test_lang_zh_translates_tables_and_captions_not_machine_keys() -> None:
    table = runner.invoke(app, ["--lang", "zh", "tasks", "-d", "州公路局", "-f", "table"]).stdout
    assert "责任单位" in table and "2 项任务" in table and "departments" not in table
    for fmt in ("tsv", "csv"):
        out = runner.invoke(app, ["--lang", "zh", "tasks", "-d", "州公路局", "-f", fmt]).stdout
        assert out.splitlines()[0].startswith("id")
    data = json.loads(runner.invoke(app, ["--lang", "zh", "depts", "-f", "json"]).stdout)
    assert list(data[0]) == ["unit", "kind", "tasks", "lead", "years", "spellings", "task_ids"]
    assert runner.invoke(app, ["--lang", "zh", "show", "12", "-f", "yaml"]).stdout.startswith("id: 12\n")
    english = runner.invoke(app, ["tasks", "-d", "州公路局", "-f", "table"]).stdout
    assert "departments" in english and "2 tasks" in english


def test_excel_csv_carries_chinese_headers() -> None:
    out = runner.invoke(app, ["--lang", "zh", "depts", "-f", "excel-csv"]).stdout
    assert out.startswith("\ufeff单位,类型,任务数")


def test_every_word_of_the_tools_own_in_a_people_column_has_a_chinese_value(
    catalogue: gettext.GNUTranslations, bundled: Notice
) -> None:
    from policy_cli.supervise.status import STATES

    registry = default_registry()
    shown = [
        views.search_hits(query.search(bundled, "隐患"), 20),
        views.search_hits(query.search(bundled, "责任"), 20),
        views.units(query.unit_summaries(bundled, registry)),
        views.stats(query.tasks_by_year(bundled), query.tasks_by_group(bundled)),
        views.outline(bundled),
        views.findings(check(bundled, registry)),
        views.citations(citations(bundled)),
    ]
    values = {r[c] for v in shown for r in v.records for c in i18n.VALUE_COLUMNS if isinstance(r.get(c), str) and r[c]}
    values |= set(STATES) | {u.kind for u in registry.units.values()}
    assert {"overdue", "clause", "government", "doc-number", "year"} <= values
    missing = [v for v in sorted(values) if catalogue.pgettext("value", v) == v]
    assert missing == [], f'add msgctxt "value" entries to {PO.relative_to(ROOT)}, then run `make locale`'


@pytest.mark.parametrize("fmt", ["md", "excel-csv", "table"])
def test_lang_zh_gives_the_tools_own_words_in_chinese_where_people_read_them(fmt: str) -> None:
    out = runner.invoke(app, ["--lang", "zh", "depts", "-f", fmt]).stdout
    assert "政府部门" in out and "government" not in out
    out = runner.invoke(app, ["--lang", "zh", "cites", "-f", fmt]).stdout
    assert "文号" in out and "doc-number" not in out


def test_machine_formats_keep_the_tools_own_words_in_english() -> None:
    for fmt in ("tsv", "csv", "json", "yaml"):
        out = runner.invoke(app, ["--lang", "zh", "depts", "-f", fmt]).stdout
        assert "government" in out and "政府部门" not in out


def _run(argv: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    return subprocess.run(
        [sys.executable, "-m", "policy_cli", *argv], capture_output=True, text=True, env={**clean, **env}, check=False
    )


@pytest.mark.parametrize(
    ("env", "argv", "said"),
    [
        ({"LANG": "zh_CN.UTF-8"}, [], "没有符合条件的任务"),
        ({"LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}, [], "没有符合条件的任务"),
        ({"LANGUAGE": "zh_CN:en", "LANG": "en_US.UTF-8"}, [], "没有符合条件的任务"),
        ({"LANG": "en_US.UTF-8"}, [], "no tasks matched"),
        ({"LANG": "zh_CN.UTF-8"}, ["--lang", "en"], "no tasks matched"),
        ({"LANG": "en_US.UTF-8"}, ["--lang=zh"], "没有符合条件的任务"),
    ],
)
def test_language_from_the_locale_or_lang_anywhere(
    env: dict[str, str], argv: list[str], said: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from policy_cli.cli import main

    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert main(["tasks", "-k", "不存在的词语", *argv]) == 1
    assert said in capsys.readouterr().err


def test_help_in_chinese_for_the_command_and_alone() -> None:
    """In a fresh process, as a user runs it: the command's module is imported after the language is chosen."""
    only_language = _run(["--lang", "zh"])
    assert only_language.returncode == 0 and "把实施意见" in only_language.stdout
    helped = _run(["due", "--help", "--lang", "zh"]).stdout
    assert "示例: policy-cli due" in helped and "任务列出的单位" in helped


def test_unknown_language_is_a_usage_error() -> None:
    result = runner.invoke(app, ["--lang", "fr", "tasks"])
    assert result.exit_code == 2


# ---------------------------------------------------------------- the catalogue itself


class _Entry(NamedTuple):
    context: str | None
    msgid: str
    plural: str | None
    msgstrs: tuple[str, ...]
    section: str  # the last "# ..." comment line above it


def _entries() -> list[_Entry]:
    """The entries of the .po: blocks separated by blank lines, of comments and (continued) quoted fields."""
    entries, section = [], ""
    for block in re.split(r"\n\s*\n", PO.read_text(encoding="utf-8")):
        fields: dict[str, str] = {}
        key = ""
        for line in block.splitlines():
            if line.startswith("# "):
                section = line
            elif line.startswith('"'):
                fields[key] += ast.literal_eval(line)
            elif line and not line.startswith("#"):
                key, _, rest = line.partition(" ")
                fields[key] = ast.literal_eval(rest)
        if fields.get("msgid"):
            strs = tuple(v for k, v in sorted(fields.items()) if k.startswith("msgstr"))
            entries.append(_Entry(fields.get("msgctxt"), fields["msgid"], fields.get("msgid_plural"), strs, section))
    return entries


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_every_translation_keeps_the_values_of_its_message() -> None:
    entries = _entries()
    assert len(entries) > 400
    wrong = []
    for e in entries:
        wanted = _fields(e.msgid) | (_fields(e.plural) if e.plural else set())
        for msgstr in e.msgstrs:
            got = _fields(msgstr)
            # a plural's one Chinese form may name either English form's values (click passes both)
            fits = got == wanted if e.plural is None else bool(got) and got <= wanted
            if not fits:
                wrong.append((e.msgid, msgstr))
            if not msgstr:
                wrong.append((e.msgid, "untranslated"))
    assert wrong == []


def _gettext_calls(paths: list[Path], names: set[str]) -> set[str | tuple[str, str]]:
    """The literal messages passed to the named gettext functions in these files (plurals as pairs)."""
    found: set[str | tuple[str, str]] = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names):
                continue
            literals = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if len(literals) == 2:
                found.add((literals[0], literals[1]))
            elif len(literals) == 1 and len(node.args) == 1:
                found.add(literals[0])
    return found


ERROR_TYPES = {
    "PolicyError",
    "InputError",
    "ModelError",
    "UsageError",
    "StrictError",
    "BadParameter",
    "error",
    "_Damaged",
}


def test_every_error_message_goes_through_gettext() -> None:
    """An error a user can meet is raised with `_("... {field} ...").format(...)`, never a bare or f-string,
    so that it has a Chinese translation (the test above names any missing)."""
    bare = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args):
                continue
            func = node.exc.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            message = node.exc.args[0]
            if name in ERROR_TYPES and (
                isinstance(message, ast.JoinedStr)
                or (isinstance(message, ast.Constant) and isinstance(message.value, str))
            ):
                bare.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert bare == [], "wrap these messages in _() with named fields and translate them"


def test_every_plural_message_has_a_chinese_translation(catalogue: gettext.GNUTranslations) -> None:
    plurals = [m for m in _gettext_calls(sorted(SRC.rglob("*.py")), {"n_"}) if isinstance(m, tuple)]
    assert ("{n} task", "{n} tasks") in plurals
    missing = [m for m in plurals if catalogue.ngettext(m[0], m[1], 2) == m[1]]
    assert missing == []


def test_click_messages_in_the_catalogue_are_still_clicks() -> None:
    """The catalogue's section for click and Typer names only messages they still ask gettext for,
    so that an upgrade that rewords one shows up here instead of as English inside Chinese."""
    sources = [Path(click.__file__).parent, Path(typer.__file__).parent]
    asked = _gettext_calls([p for s in sources for p in sorted(s.glob("*.py"))], {"_", "gettext", "ngettext"})
    ours = [e for e in _entries() if e.section.startswith("# Click's")]
    assert len(ours) > 30
    gone = [e.msgid for e in ours if (e.msgid if e.plural is None else (e.msgid, e.plural)) not in asked]
    assert gone == []
    for wanted in ("No such option {name!r}.", "Missing argument", "Invalid value for {param_hint}: {message}"):
        assert wanted in asked


# ---------------------------------------------------------------- errors as users meet them


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    from policy_cli.cli import main

    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.err


@pytest.fixture
def broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of things that go wrong: an old model, an empty work sheet, a folder where a file should be."""
    from policy_cli.models import SCHEMA_VERSION

    monkeypatch.chdir(tmp_path)
    Path("old.yaml").write_text("schema: 1\n", encoding="utf-8")
    assert SCHEMA_VERSION != 1
    Path("empty.csv").write_bytes(b"")
    Path("adir").mkdir()
    return tmp_path


ERRORS = [
    (
        ["tasks", "-m", "/nonexist"],
        ExitCode.MODEL,
        "/nonexist: no such model file",
        "/nonexist：模型文件不存在",
    ),
    (
        ["tasks", "-m", "old.yaml"],
        ExitCode.MODEL,
        "old.yaml: model schema 1 is not the supported {v}; re-create it with 'policy-cli parse'",
        "old.yaml：模型格式版本 1 不是所支持的 {v}；请用 'policy-cli parse' 重新生成",
    ),
    (
        ["tasks", "-d", "不存在局"],
        ExitCode.USAGE,
        "unknown department '不存在局'; 'policy-cli depts' lists the units",
        "未知单位 '不存在局'；'policy-cli depts' 可列出所有单位",
    ),
    (
        ["tasks", "-d", "州安监局局"],
        ExitCode.USAGE,
        "unknown department '州安监局局'; did you mean 州安局 or 州安全监管局 or 州质监局?",
        "未知单位 '州安监局局'；是否指 州安局 或 州安全监管局 或 州质监局？",
    ),
    (
        ["show", "999"],
        ExitCode.USAGE,
        "no task 999 (tasks are numbered 1–86)",
        "没有第 999 项任务（任务序号为 1–86）",
    ),
    (
        ["due", "-M", "2019-13"],
        ExitCode.USAGE,
        "'2019-13' is not a month; write YEAR-MONTH such as 2019-06",
        "'2019-13' 不是月份；请写作 年-月，如 2019-06",
    ),
    (
        ["due"],
        ExitCode.USAGE,
        "give a YEAR, --until YEAR or --month YEAR-MONTH",
        "请给出年份、--until 年份或 --month 年-月",
    ),
    (
        ["tasks", "-o", "adir"],
        ExitCode.INPUT,
        "adir: is a directory; give a file name to write",
        "adir：是文件夹；请给出要写入的文件名",
    ),
    (
        ["ledger", "import", "empty.csv", "--ledger", "l.yaml"],
        ExitCode.INPUT,
        "empty.csv: file is empty; not a work sheet",
        "empty.csv：文件为空，不是工作表",
    ),
    (
        ["parse", "adir"],
        ExitCode.INPUT,
        "adir: is a directory, not a file",
        "adir：是文件夹，不是文件",
    ),
    (
        ["parse", "empty.csv"],
        ExitCode.INPUT,
        "empty.csv: file is empty; give the text file of a notice",
        "empty.csv：文件为空；请给出通知的文本文件",
    ),
    (
        ["tasks", "--notice", "old.yaml"],  # a model given as a notice is read as the model it is
        ExitCode.MODEL,
        "old.yaml: model schema 1 is not the supported {v}; re-create it with 'policy-cli parse'",
        "old.yaml：模型格式版本 1 不是所支持的 {v}；请用 'policy-cli parse' 重新生成",
    ),
    # click's own usage errors, in our one-line shape
    (
        ["tasks", "--year", "abc"],
        ExitCode.USAGE,
        "Invalid value for '--year' / '-y': 'abc' is not a year; give a year as 2025, a month with --month 2025-06; "
        "see 'policy-cli tasks --help'",
        "'--year' / '-y' 的取值无效：'abc' 不是年份；年份请写作 2025，月份请用 --month 2025-06；"
        "参见 'policy-cli tasks --help'",
    ),
    (
        ["tasks", "--bogus"],
        ExitCode.USAGE,
        "No such option '--bogus'. Did you mean '--corpus'? see 'policy-cli tasks --help'",
        "未知选项 '--bogus'。是否指 '--corpus'？参见 'policy-cli tasks --help'",
    ),
    (
        ["show"],
        ExitCode.USAGE,
        "Missing argument 'ID'; see 'policy-cli show --help'",
        "缺少参数 'ID'；参见 'policy-cli show --help'",
    ),
    (
        ["show", "1", "2"],
        ExitCode.USAGE,
        "Got unexpected extra argument (2); see 'policy-cli show --help'",
        "多出了参数（2）；参见 'policy-cli show --help'",
    ),
    (
        ["tasks", "--dept"],
        ExitCode.USAGE,
        "Option '--dept' requires an argument; see 'policy-cli --help'",
        "选项 '--dept' 需要 1 个取值；参见 'policy-cli --help'",
    ),
    (
        ["tasks", "-f", "bogus"],
        ExitCode.USAGE,
        "Invalid value for '--format' / '-f': 'bogus' is not one of 'table', 'tsv', 'csv', 'excel-csv', 'json', "
        "'yaml', 'md'; see 'policy-cli tasks --help'",
        "'--format' / '-f' 的取值无效：'bogus' 不是 'table', 'tsv', 'csv', 'excel-csv', 'json', 'yaml', 'md' 之一；"
        "参见 'policy-cli tasks --help'",
    ),
    (
        ["taskz"],
        ExitCode.USAGE,
        "No such command 'taskz'. (Did you mean one of: 'stats', 'tasks'?); see 'policy-cli --help'",
        "未知命令 'taskz'。是否指 'stats', 'tasks'？参见 'policy-cli --help'",
    ),
]


@pytest.mark.parametrize(("argv", "code", "english", "chinese"), ERRORS, ids=[" ".join(e[0]) for e in ERRORS])
def test_errors_in_the_users_language_with_the_same_exit_code(
    argv: list[str], code: int, english: str, chinese: str, broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from policy_cli.models import SCHEMA_VERSION

    english, chinese = english.replace("{v}", str(SCHEMA_VERSION)), chinese.replace("{v}", str(SCHEMA_VERSION))
    assert _cli(argv, capsys) == (code, f"policy-cli: error: {english}\n")
    assert _cli([*argv, "--lang", "zh"], capsys) == (code, f"policy-cli: 错误: {chinese}\n")
    assert _cli(["--lang", "en", *argv], capsys) == (code, f"policy-cli: error: {english}\n")


def test_help_headings_of_click_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    from policy_cli.cli import main

    assert main(["show", "--help", "--lang", "zh"]) == 0
    helped = capsys.readouterr().out
    assert helped.startswith("用法: policy-cli show") and "\n选项:\n" in helped and "显示本帮助后退出。" in helped
    assert main(["show", "--help"]) == 0
    helped = capsys.readouterr().out
    assert helped.startswith("Usage: policy-cli show") and "Show this message and exit." in helped


def test_a_runs_language_ends_with_the_run(capsys: pytest.CaptureFixture[str]) -> None:
    """--lang zh holds for one run: afterwards the library, click and the environment are as they were."""
    import gettext as stdlib_gettext

    from policy_cli.errors import UsageError

    domain, language = stdlib_gettext.textdomain(), os.environ.get("LANGUAGE")
    assert _cli(["--lang", "zh", "show", "999"], capsys)[1].startswith("policy-cli: 错误: ")
    assert (stdlib_gettext.textdomain(), os.environ.get("LANGUAGE")) == (domain, language)
    with pytest.raises(UsageError, match=r"^'2019-13' is not a month"):
        query.month_key("2019-13")
    i18n.set_language("zh")
    with pytest.raises(UsageError, match=r"^'2019-13' 不是月份"):
        query.month_key("2019-13")


def test_ledger_import_findings_in_the_users_language(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from policy_cli.cli import main

    Path("sheet.csv").write_text("序号,单位\n1,州公路局\n", encoding="utf-8")
    found = {}
    for lang in ("en", "zh"):
        assert main(["--lang", lang, "ledger", "import", "sheet.csv", "--ledger", "l.yaml", "-f", "tsv"]) == 0
        found[lang] = capsys.readouterr().out.splitlines()[1].split("\t")
    assert found["en"][3:] == ["warning", "not-a-work-sheet", "no header row with 完成状态; sheet skipped"]
    assert found["zh"][3:] == ["warning", "not-a-work-sheet", "没有含“完成状态”的表头行；跳过此工作表"]
