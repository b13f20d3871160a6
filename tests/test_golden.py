"""Golden files: every output format of every command on the bundled notice, byte for byte.

The supervision commands read a ledger of the three filled sheets under
tests/fixtures/supervision, built once in a temporary folder; `text` shows the
lines a reader gives for a small published page.

The files under tests/golden/ change only through `make golden` (which sets
POLICY_CLI_GOLDEN=update); review their diff like code.
"""

from __future__ import annotations

import os

import pytest

from policy_cli.cli import app

from .conftest import FIXTURES, RAW_NOTICE, ROOT, CliRunner, invoke

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
    "status": ["status", "--as-of", "2018-12-20", "--unit", "州公安局", "--ledger", "{ledger}"],
}
REPORT = ["report", "--as-of", "2018-12-20", "--ledger", "{ledger}"]
REPORT_FORMATS = ("table", "tsv", "csv", "json", "yaml", "md", "chart")  # and xlsx, a workbook
PAGE = str((FIXTURES / "published" / "he_two_row_header.html").relative_to(ROOT))
TEXT = {"lines": ["text", PAGE], "numbered": ["text", "-N", PAGE]}
CASES = [(name, fmt, lang) for name in COMMANDS for fmt in FORMATS for lang in ("en",)]
CASES += [("report", fmt, "en") for fmt in REPORT_FORMATS]
CASES += [("text", form, "en") for form in TEXT]
CASES += [(name, fmt, "zh") for name in [*COMMANDS, "report"] for fmt in ("table", "md")]
runner = CliRunner()


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A ledger with the three filled sheets imported."""
    ledger = tmp_path_factory.mktemp("golden") / "ledger.yaml"
    sheets = [f"tests/fixtures/supervision/{name}" for name in ("州财政局.xlsx", "州公安局.csv", "州交通运输局.xlsx")]
    assert invoke("ledger", "import", *sheets, "--on", "2018-12-20", "--ledger", ledger, cwd=ROOT).returncode == 0
    return {"ledger": str(ledger)}


def _args(name: str, fmt: str, sources: dict[str, str]) -> list[str]:
    if name == "text":
        return TEXT[fmt]
    command = REPORT if name == "report" else COMMANDS[name]
    return [*(arg.format(**sources) for arg in command), "--format", fmt]


@pytest.mark.parametrize(("name", "fmt", "lang"), CASES, ids=[f"{n}-{f}-{lang}" for n, f, lang in CASES])
def test_golden(name: str, fmt: str, lang: str, sources: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    args = ["--lang", lang, *_args(name, fmt, sources)]
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
