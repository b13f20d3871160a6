from __future__ import annotations

import os
import signal
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import click
import click.testing
import pytest
import typer
import typer.testing

from policy_cli.models import Notice
from policy_cli.source import parse_file

# Tests never touch the user's cache folder.
os.environ["POLICY_CLI_CACHE_DIR"] = tempfile.mkdtemp(prefix="policy-cli-test-cache-")
# Tests expect English messages whatever the developer's locale (test_i18n sets its own).
for _var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_var, None)
os.environ["LANG"] = "C.UTF-8"

ROOT = Path(__file__).resolve().parent.parent
RAW_NOTICE = ROOT / "data" / "raw_notice.txt"
MODEL = ROOT / "data" / "tasks.yaml"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = FIXTURES / "samples"


@pytest.fixture(scope="session")
def bundled() -> Notice:
    return parse_file(RAW_NOTICE).notice


@cache
def _click_command(app: typer.Typer) -> click.Command:
    return typer.main.get_command(app)


class CliRunner(typer.testing.CliRunner):
    """Typer's test runner, which turns an app into its click command once, not at every call."""

    def invoke(self, app: typer.Typer, args: Any = None, **kwargs: Any) -> click.testing.Result:  # type: ignore[override]
        return click.testing.CliRunner.invoke(self, _click_command(app), args, **kwargs)


@dataclass(frozen=True)
class Ran:
    """A command's exit code and output, as subprocess.run gives them."""

    returncode: int
    stdout: str
    stderr: str


class Blocked(BaseException):
    """A command still running at its deadline: a FIFO it should have refused blocked it, say."""


def invoke(*args: str | Path, cache_dir: Path | None = None, cwd: Path | None = None, deadline: float = 60) -> Ran:
    """Run a command in this process (Typer's test runner), for tests of what a command does.

    What the process itself does (signals, closed or broken streams, concurrent
    runs, standard input) is tested on a real subprocess instead. A command still
    running after `deadline` seconds is stopped with Blocked, so a FIFO that is
    opened instead of refused fails the test instead of hanging it.
    """
    from policy_cli.cli import app

    def stop(_signum: int, _frame: object) -> None:
        raise Blocked(f"policy-cli {' '.join(map(str, args))}: still running after {deadline} s")

    env = {"POLICY_CLI_CACHE_DIR": str(cache_dir)} if cache_dir is not None else None
    before = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, deadline)
    try:
        result = CliRunner().invoke(app, [str(a) for a in args], env=env, catch_exceptions=False)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        os.chdir(before)
    return Ran(result.exit_code, result.stdout, result.stderr)
