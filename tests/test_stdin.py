"""A notice piped in on standard input: `parse -` and `--notice -`.

The same reader detection, the same size cap counting the bytes read, and
messages naming the source <stdin>. Each case runs the real command with the
fixture file as its standard input, and compares it with the same command
reading the file (run in this process).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import RAW_NOTICE, invoke
from .test_hostile import cli, one_line_error

PUBLISHED = Path(__file__).parent / "fixtures" / "published"


def _piped(path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    with path.open("rb") as stdin:
        return cli(*args, stdin=stdin)


@pytest.mark.parametrize("notice", [RAW_NOTICE, PUBLISHED / "bundled_gbk.html", PUBLISHED / "bundled.docx"])
def test_notice_piped_in_gives_the_same_tasks_as_the_file(notice: Path) -> None:
    from_file = invoke("tasks", "--notice", notice, "--format", "tsv")
    assert from_file.returncode == 0, from_file.stderr
    assert len(from_file.stdout.splitlines()) == 87  # the header and the 86 tasks
    piped = _piped(notice, "tasks", "--notice", "-", "--format", "tsv")
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == from_file.stdout


@pytest.mark.parametrize("notice", [RAW_NOTICE, PUBLISHED / "bundled_due_merged.html", PUBLISHED / "bundled.docx"])
def test_parse_of_stdin_writes_the_same_model_as_the_file(notice: Path, tmp_path: Path) -> None:
    out = tmp_path / "piped.yaml"
    piped = _piped(notice, "parse", "-", "-o", out)
    assert piped.returncode == 0, piped.stderr
    assert out.read_text(encoding="utf-8") == invoke("parse", notice).stdout


def test_messages_about_stdin_name_it_stdin(tmp_path: Path) -> None:
    lines = RAW_NOTICE.read_text(encoding="utf-8").split("\n")
    row = next(i for i, line in enumerate(lines) if line.startswith("5.在大中型企业"))
    gap = tmp_path / "gap.txt"
    gap.write_text("\n".join(lines[:row] + lines[row + 1 :]), encoding="utf-8")
    proc = _piped(gap, "parse", "-")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.startswith("policy-cli: warning: <stdin>:"), proc.stderr
    one_line_error(_piped(gap, "parse", "-", "--strict"), 5, "<stdin>:")
    one_line_error(_piped(PUBLISHED / "bundled_gbk.html", "tasks", "--notice", "-", "--model", RAW_NOTICE), 2)
    note = _piped(PUBLISHED / "bundled_gbk.html", "tasks", "--notice", "-", "--format", "tsv")
    assert note.stderr == "policy-cli: <stdin>: decoded as gb18030\n"


def test_empty_stdin_is_one_line_and_exit_3() -> None:
    for args in (["parse", "-"], ["tasks", "--notice", "-"]):
        one_line_error(cli(*args, stdin=subprocess.DEVNULL), 3, "<stdin>: file is empty")


def test_stdin_over_the_cap_is_exit_3_counting_the_bytes_read() -> None:
    one_line_error(
        _piped(RAW_NOTICE, "parse", "-", "--max-size", "1000"),
        3,
        "<stdin>: file is over the 1,000-byte limit (raise it with --max-size)",
    )
    with open("/dev/zero", "rb") as zeros:  # endless: only the count of bytes read can stop it
        one_line_error(cli("tasks", "--notice", "-", "--max-size", "100000", stdin=zeros, timeout=30), 3, "100,000")


def test_closed_stdin_is_one_line_and_exit_3() -> None:
    proc = subprocess.run(
        ["sh", "-c", f"exec {sys.executable} -m policy_cli parse - <&-"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    one_line_error(proc, 3, "<stdin>: standard input is closed")


@pytest.mark.parametrize("notice", [RAW_NOTICE, PUBLISHED / "bundled.docx", PUBLISHED / "he_two_row_header.html"])
def test_text_of_stdin_prints_the_same_lines_as_the_file(notice: Path) -> None:
    from_file = invoke("text", "-N", notice)
    piped = _piped(notice, "text", "-N", "-")
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == from_file.stdout
    assert piped.stderr == from_file.stderr.replace(str(notice), "<stdin>")
    assert piped.stderr.startswith("policy-cli: <stdin>: read as ")
