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
