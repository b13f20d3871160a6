"""The library API: the README's "Use from Python" session runs as shown."""

from __future__ import annotations

import doctest
import os
import re
from pathlib import Path

import pytest

import policy_cli

from .conftest import MODEL, RAW_NOTICE, ROOT


def test_readme_python_session_runs_as_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    session = re.search(r"## Use from Python.*?```pycon\n(.*?)```", readme, flags=re.S)
    assert session is not None
    monkeypatch.chdir(ROOT)
    test = doctest.DocTestParser().get_doctest(session.group(1), {}, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0
    assert len(test.examples) >= 8


def test_every_exported_name_resolves() -> None:
    for name in policy_cli.__all__:
        assert getattr(policy_cli, name) is not None, name
    with pytest.raises(AttributeError):
        _ = policy_cli.no_such_name


def test_parse_notice_from_path_bytes_and_text_agree() -> None:
    from_path = policy_cli.parse_notice(RAW_NOTICE)
    from_bytes = policy_cli.parse_notice(RAW_NOTICE.read_bytes(), name=str(RAW_NOTICE))
    from_text = policy_cli.parse_notice(RAW_NOTICE.read_text(encoding="utf-8"), name=str(RAW_NOTICE))
    assert from_path == from_bytes == from_text
    assert len(from_path.tasks) == 86
    gbk = policy_cli.parse_notice(RAW_NOTICE.read_text(encoding="utf-8").encode("gb18030"))
    assert [t.text for t in gbk.tasks] == [t.text for t in from_path.tasks]


def test_dump_model_writes_the_committed_model(tmp_path: Path) -> None:
    target = tmp_path / "model.yaml"
    text = policy_cli.dump_model(policy_cli.load_model(MODEL), target)
    assert target.read_text(encoding="utf-8") == text == MODEL.read_text(encoding="utf-8")


def test_import_is_cheap() -> None:
    """Importing the package must not import the parser, the queries or Typer."""
    import subprocess
    import sys

    code = "import sys, policy_cli; print(sorted(m for m in sys.modules if m.startswith(('policy_cli', 'typer'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ, check=True)
    assert out.stdout.strip() == "['policy_cli']"


# A small notice of our own: a table of three tasks, a closing sentence and a signature.
_EOL_NOTICE = "\n".join(
    [
        "某市人民政府办公室关于印发某市河道清淤行动方案的通知",
        "",
        "各区人民政府，市直有关部门：",
        "现将《某市河道清淤行动方案》印发给你们，请认真组织实施。",
        "",
        "一、工作目标",
        "到2026年底，全市主要河道清淤全覆盖。",
        "二、任务分工",
        "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |",
        "| --- | --- | --- | --- | --- |",
        "| 1 | 摸清河道淤积底数 | 市水利局 | 各区人民政府 | 2025年5月底前 |",
        "| 2 | 编制清淤工程计划 | 市水利局 | 市财政局 | 2025年9月底前 |",
        "| 3 | 落实清淤经费保障 | 市财政局 | 市水利局 | 2026年3月底前 |",
        "各区要压实责任，按时完成各项任务。",
        "",
        "某市人民政府办公室",
        "2025年2月10日",
        "",
    ]
)


@pytest.mark.parametrize(
    ("eol", "tasks"),
    [
        ("\n", 3),
        ("\r\n", 3),  # a str read from a Windows file without newline translation
        ("\r", 3),  # classic Mac line ends
    ],
)
def test_text_line_endings_give_the_same_model(eol: str, tasks: int) -> None:
    expected = policy_cli.parse_notice(_EOL_NOTICE, name="n.txt")
    notice = policy_cli.parse_notice(_EOL_NOTICE.replace("\n", eol), name="n.txt")
    assert len(notice.tasks) == tasks
    assert notice == expected
    assert all("\r" not in task.text and "\r" not in task.departments_raw for task in notice.tasks)
    assert notice.tasks == policy_cli.parse_notice(_EOL_NOTICE.replace("\n", eol).encode(), name="n.txt").tasks


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # CRLF: the closing signature stays a signature, never a unit of the last task
        (_EOL_NOTICE.replace("\n", "\r\n"), ["市财政局", "市水利局"]),
        (_EOL_NOTICE.replace("\n", "\r"), ["市财政局", "市水利局"]),
    ],
)
def test_text_line_endings_keep_units_apart(text: str, units: list[str]) -> None:
    last = policy_cli.parse_notice(text).tasks[-1]
    assert list(last.departments) == units
