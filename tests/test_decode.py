"""Bad and unusual input: every variant of the bundled notice parses the same; bad files are refused cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from policy_cli import store
from policy_cli.cli import ExitCode, app
from policy_cli.decode import decode
from policy_cli.errors import InputError
from policy_cli.models import Notice
from policy_cli.source import parse_file

from .conftest import MODEL, RAW_NOTICE, CliRunner
from .test_hostile import _wait_until_handling_sigterm

runner = CliRunner()
ORIGINAL = RAW_NOTICE.read_text(encoding="utf-8")


def facts(notice: Notice) -> list[tuple[int, tuple[str, ...], int | None]]:
    return [(t.id, t.departments, t.due_year) for t in notice.tasks]


def widen(text: str) -> str:
    """Half-width punctuation to full-width, as many sites write it."""
    return text.translate(str.maketrans({"(": "（", ")": "）", ",": "，", ":": "：", ";": "；"}))


VARIANTS = {
    "utf-8-bom": lambda t: t.encode("utf-8-sig"),
    "utf-16": lambda t: t.encode("utf-16"),
    "utf-32": lambda t: t.encode("utf-32"),
    "gb18030": lambda t: t.replace("\xa0", " ").encode("gb18030"),
    "crlf": lambda t: t.replace("\n", "\r\n").encode(),
    "cr": lambda t: t.replace("\n", "\r").encode(),
    "full-width": lambda t: widen(t).encode(),
    "full-width-dots": lambda t: t.replace(".", "．").encode(),
    "ideographic-spaces": lambda t: t.replace("  ", "\u3000").replace("\xa0", "\u3000").encode(),
    "bracket-【】": lambda t: t.replace("[2017]", "【2017】").encode(),
    "bracket-﹝﹞-spaced": lambda t: t.replace("[2017]28号", "﹝ 2017 ﹞ 28 号").encode(),
}


@pytest.fixture(scope="module")
def expected() -> list[tuple[int, tuple[str, ...], int | None]]:
    return facts(parse_file(RAW_NOTICE).notice)


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_variants_parse_to_the_same_tasks(variant: str, tmp_path: Path, expected: list) -> None:
    path = tmp_path / "notice.txt"
    path.write_bytes(VARIANTS[variant](ORIGINAL))
    notice = parse_file(path).notice
    assert len(notice.tasks) == 86
    assert [(i, tuple(d.replace("（", "(").replace("）", ")") for d in u), y) for i, u, y in facts(notice)] == expected
    assert notice.metadata.doc_number_normalized == "甘委发〔2017〕28号"
    assert notice.metadata.published == "2017-12-27"


def test_stored_text_keeps_the_notices_own_punctuation(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_text(widen(ORIGINAL), encoding="utf-8")
    notice = parse_file(path).notice
    assert "，" in notice.tasks[0].text
    assert notice.metadata.addressees[0] == "各县（市）党委和人民政府"


@pytest.mark.parametrize(("variant", "note"), [("gb18030", "decoded as gb18030"), ("utf-16", "decoded as utf-16")])
def test_encoding_is_reported(variant: str, note: str, tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_bytes(VARIANTS[variant](ORIGINAL))
    result = runner.invoke(app, ["tasks", "--notice", str(path), "--dept", "州公路局"])
    assert result.exit_code == 0
    assert note in result.stderr


def test_traditional_script_is_converted(tmp_path: Path) -> None:
    opencc = pytest.importorskip("opencc")
    path = tmp_path / "trad.txt"
    path.write_text(opencc.OpenCC("s2t").convert(ORIGINAL), encoding="utf-8")
    assert "關於" in path.read_text(encoding="utf-8")
    result = runner.invoke(app, ["tasks", "--notice", str(path), "--dept", "州安全监管局"])
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1 + 59
    assert "converted from traditional" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"  \n\t\n \r\n", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("这不是一份通知，只是一段话。\n第二行。\n".encode(), "not an implementation notice"),
        (b"\xff\xfe\xfd" + "一、总体要求".encode("utf-16-be"), "invalid utf-16 at byte"),
        ("一、总体要求\n".encode() + b"\x81\x30", "offset"),
    ],
)
def test_refused_with_one_line_and_nothing_written(content: bytes, message: str, tmp_path: Path) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    out = tmp_path / "model.yaml"
    out.write_text("old model")
    result = runner.invoke(app, ["parse", str(path), "-o", str(out)])
    assert result.exit_code == ExitCode.INPUT
    assert message in result.stderr
    assert result.stderr.count("\n") == 1 and str(path) in result.stderr
    assert out.read_text() == "old model"


def test_bad_byte_offset_is_reported() -> None:
    data = "一、总体要求\n".encode() + b"\xff\xff"
    with pytest.raises(InputError, match="offset 19"):
        decode(data, "x")


def test_size_cap(tmp_path: Path) -> None:
    result = runner.invoke(app, ["parse", str(RAW_NOTICE), "--max-size", "1000"])
    assert result.exit_code == ExitCode.INPUT
    assert "over the 1,000-byte limit" in result.stderr and "--max-size" in result.stderr
    assert runner.invoke(app, ["parse", str(RAW_NOTICE), "--max-size", "100000"]).exit_code == 0


def test_directory_is_refused(tmp_path: Path) -> None:
    result = runner.invoke(app, ["tasks", "--notice", str(tmp_path)])
    assert result.exit_code in (ExitCode.INPUT, ExitCode.USAGE)
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("edit", "code"),
    [
        (lambda t: t.replace("\n40.严格执行", "\n41.严格执行", 1), "task-numbering-gap"),
        (lambda t: t.replace("(十五)完善执法监督机制", "(十四)完善执法监督机制", 1), "clause-numbering-repeat"),
        # a row's date gone under a dated row: read as a merged cell, the row above's, and warned
        (lambda t: t.replace("州质监局及有关部门 2018年", "州质监局及有关部门", 1), "cell-filled-from-above"),
        (lambda t: t[: t.index("50.建立完善安全风险")] + "50.建立完善安全风险评估", "row-incomplete"),
    ],
)
def test_warnings(edit, code: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "notice.txt"
    path.write_text(edit(ORIGINAL), encoding="utf-8")
    notice = parse_file(path).notice
    assert code in {w.code for w in notice.warnings}
    result = runner.invoke(app, ["parse", str(path), "--strict"])
    assert result.exit_code == ExitCode.STRICT
    assert result.stderr.count("\n") == 1


def test_killed_writer_leaves_the_old_model_intact(tmp_path: Path) -> None:
    """A writer killed between writing and renaming leaves the old model loadable."""
    target = tmp_path / "tasks.yaml"
    target.write_bytes(MODEL.read_bytes())
    script = f"""
import os, time
from pathlib import Path
from policy_cli import store
real_replace = os.replace
def slow_replace(a, b):
    print("written", flush=True)
    time.sleep(30)
    real_replace(a, b)
os.replace = slow_replace
store.atomic_write(Path({str(target)!r}), b"half" * 100000)
"""
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "written"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert target.read_bytes() == MODEL.read_bytes()
    assert len(store.load_model(target).tasks) == 86
    store.atomic_write(target, MODEL.read_bytes())  # the next run cleans up the leftover
    assert [p.name for p in tmp_path.iterdir()] == ["tasks.yaml"]


def _cli(*args: str, **kwargs) -> subprocess.Popen:  # type: ignore[no-untyped-def, type-arg]
    return subprocess.Popen([sys.executable, "-m", "policy_cli", *args], stderr=subprocess.PIPE, text=True, **kwargs)


def test_pipe_closed_early_ends_quietly() -> None:
    proc = _cli("tasks", stdout=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.readline()
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert "Traceback" not in err and "Broken pipe" not in err


def test_ctrl_c_exits_130_without_traceback(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    body = ORIGINAL[: ORIGINAL.index("附件:甘孜州")]
    big.write_text(body * 200, encoding="utf-8")
    proc = _cli("parse", str(big), "--max-size", str(10**9), stdout=subprocess.DEVNULL)
    _wait_until_handling_sigterm(proc.pid)  # its handlers are in place (SIGINT's with SIGTERM's)
    time.sleep(0.3)  # and it is reading or parsing the notice, which takes seconds
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 0:
        pytest.skip("the parse finished before the interrupt")
    assert proc.returncode == ExitCode.INTERRUPTED, err
    assert "Traceback" not in err


def test_a_notice_without_tasks_is_warned(tmp_path: Path) -> None:
    path = tmp_path / "no_tasks.txt"
    path.write_text(
        "关于加强某项工作的意见\n一、总体要求\n（一）指导思想。做好工作。\n二、保障措施\n（二）加强领导。\n",
        encoding="utf-8",
    )
    notice = parse_file(path).notice
    assert [w.code for w in notice.warnings] == ["no-tasks"]
    result = runner.invoke(app, ["parse", str(path), "--strict"])
    assert result.exit_code == ExitCode.STRICT
    assert "no tasks found" in result.stderr
