"""Golden files: every output format of every command on the bundled notice, byte for byte.

The files under tests/golden/ change only through `make golden` (which sets
POLICY_CLI_GOLDEN=update); review their diff like code.
"""

from __future__ import annotations

import os

import pytest

from policy_cli.cli import app

from .conftest import FIXTURES, RAW_NOTICE, ROOT, CliRunner

GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("POLICY_CLI_GOLDEN") == "update"
FORMATS = ("table", "tsv", "csv", "excel-csv", "json", "yaml", "md")
COMMANDS = {
    "tasks": ["tasks", "--dept", "州公路局", "--keyword", "公路"],
    "due": ["due", "2020"],
    "search": ["search", "12350"],
    "show": ["show", "12"],
    "depts": ["depts"],
    "stats": ["stats"],
    "outline": ["outline"],
    "check": ["check"],
    "cites": ["cites"],
    "diff": ["diff", str(RAW_NOTICE.relative_to(ROOT)), str((FIXTURES / "changed_notice.txt").relative_to(ROOT))],
}
CASES = [(name, fmt, lang) for name in COMMANDS for fmt in FORMATS for lang in ("en",)]
CASES += [(name, fmt, "zh") for name in COMMANDS for fmt in ("table", "md")]
runner = CliRunner()


@pytest.mark.parametrize(("name", "fmt", "lang"), CASES, ids=[f"{n}-{f}-{lang}" for n, f, lang in CASES])
def test_golden(name: str, fmt: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    args = ["--lang", lang, *COMMANDS[name], "--format", fmt]
    result = runner.invoke(
        app,
        args,
        env={"COLUMNS": "100", "NO_COLOR": "1", "FORCE_COLOR": None, "TTY_COMPATIBLE": None, "LINES": None},
        catch_exceptions=False,
    )
    assert result.exit_code in (0, 1), result.stderr
    path = GOLDEN / f"{name}.{lang}.{fmt}"
    got = result.stdout_bytes
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_bytes(got)
    assert path.exists(), f"{path.name} missing: run `make golden` and review the new file"
    assert got == path.read_bytes(), f"{path.name} differs: if the change is intended, run `make golden`"
