"""The users' language: Chinese tables, captions, messages and help under zh, stable English keys for machines."""

from __future__ import annotations

import gettext
import inspect
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer

from policy_cli import i18n, query, views
from policy_cli.check import check
from policy_cli.cites import citations
from policy_cli.cli import COMMANDS, app
from policy_cli.cli.core import REGISTERED
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
