"""Hostile and careless use: writes, the cache, damaged models, special files, pipes, signals.

Each test builds its hostile input in tmp_path. Process behaviour (pipes,
closed streams, signals, concurrent writers) is tested on a real subprocess
(cli); the rest runs the command in this process (conftest.invoke, which stops
a command that blocks on a FIFO instead of refusing it).
"""

from __future__ import annotations

import codecs
import json
import os
import re
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from policy_cli import cache, store
from policy_cli.errors import InputError, ModelError
from policy_cli.files import atomic_write
from policy_cli.models import Notice
from policy_cli.runtime import Terminated, guarded

from .conftest import MODEL, RAW_NOTICE, Ran, invoke
from .growth import assert_linear

IS_ROOT = os.geteuid() == 0


def cli(
    *args: str | Path,
    cache_dir: Path | None = None,
    timeout: float = 60,
    **kwargs: object,
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "0"}
    if cache_dir is not None:
        env["POLICY_CLI_CACHE_DIR"] = str(cache_dir)
    kwargs.setdefault("stdout", subprocess.PIPE)
    kwargs.setdefault("stderr", subprocess.PIPE)
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "policy_cli", *map(str, args)],
        env=env,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        **kwargs,
    )


def one_line_error(proc: subprocess.CompletedProcess[str] | Ran, code: int, *words: str) -> None:
    assert proc.returncode == code, proc.stderr
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("policy-cli: error: "), proc.stderr
    for word in words:
        assert word in proc.stderr


@pytest.fixture
def notice_with_warnings(tmp_path: Path) -> Path:
    """The bundled notice without annex row 5: a numbering gap the parse warns about."""
    lines = RAW_NOTICE.read_text(encoding="utf-8").split("\n")
    row = next(i for i, line in enumerate(lines) if line.startswith("5.在大中型企业"))
    path = tmp_path / "notice.txt"
    path.write_text("\n".join(lines[:row] + lines[row + 1 :]), encoding="utf-8")
    return path


@pytest.fixture
def closed_pipe() -> Iterator[int]:
    """The write end of a pipe whose reader has gone: every write to it fails with EPIPE."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    yield write_end
    os.close(write_end)


# ------------------------------------------------------------------ writes


def test_write_happens_and_exit_is_0_when_the_reader_of_stdout_and_stderr_is_gone(
    notice_with_warnings: Path, tmp_path: Path, closed_pipe: int
) -> None:
    # policy-cli parse N -o M 2>&1 | head -1
    out = tmp_path / "model.yaml"
    proc = cli("parse", notice_with_warnings, "-o", out, stdout=closed_pipe, stderr=closed_pipe)
    assert proc.returncode == 0
    assert len(store.load_model(out).tasks) == 85


def test_failed_write_is_not_reported_as_success_when_stderr_is_gone(
    notice_with_warnings: Path, tmp_path: Path, closed_pipe: int
) -> None:
    out = tmp_path / "missing-folder" / "model.yaml"
    proc = cli("parse", notice_with_warnings, "-o", out, stdout=closed_pipe, stderr=closed_pipe)
    assert proc.returncode == 3
    assert not out.exists()


def test_output_that_is_the_input_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "dir"
    folder.mkdir()
    notice = folder / "notice.txt"
    original = RAW_NOTICE.read_bytes()
    notice.write_bytes(original)
    (folder / "hard.txt").hardlink_to(notice)
    (folder / "soft.txt").symlink_to(notice)
    for output in (notice, folder / "." / ".." / "dir" / "notice.txt", folder / "hard.txt", folder / "soft.txt"):
        proc = invoke("parse", notice, "-o", output)
        one_line_error(proc, 3, "is the input")
        assert notice.read_bytes() == original
    assert sorted(p.name for p in folder.iterdir()) == ["hard.txt", "notice.txt", "soft.txt"]


def test_special_files_are_refused_and_left_alone(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    to_stdout = tmp_path / "stdout.yaml"
    to_stdout.symlink_to("/proc/self/fd/1")
    for output in (fifo, Path("/dev/null"), to_stdout, tmp_path):
        if output == to_stdout:  # /proc/self/fd/1: the standard output of a real process
            proc: subprocess.CompletedProcess[str] | Ran = cli("parse", RAW_NOTICE, "-o", output, timeout=20)
        else:
            proc = invoke("parse", RAW_NOTICE, "-o", output, deadline=20)
        one_line_error(proc, 3, str(output))
        assert proc.stdout == ""
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert os.readlink(to_stdout) == "/proc/self/fd/1"


def test_symlinked_output_replaces_the_target_and_keeps_the_link(tmp_path: Path) -> None:
    target_dir = tmp_path / "elsewhere"
    target_dir.mkdir()
    target = target_dir / "tasks.yaml"
    target.write_text("stale")
    link = tmp_path / "link.yaml"
    link.symlink_to(target)
    assert invoke("parse", RAW_NOTICE, "-o", link).returncode == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes() == MODEL.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere", "link.yaml"]
    assert [p.name for p in target_dir.iterdir()] == ["tasks.yaml"]


def test_output_name_is_never_used_as_a_pattern(tmp_path: Path) -> None:
    folder = tmp_path / "dir"
    folder.mkdir()
    others = [".notes.abc.tmp", ".x.tmp", ".*.1.0123456789ab.tmp.bak"]
    for name in others:
        (folder / name).write_text("someone else's")
    assert invoke("parse", RAW_NOTICE, "-o", folder / "*").returncode == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted([*others, "*"])


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_output_honours_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    out = tmp_path / "model.yaml"
    before = os.umask(umask)
    try:
        proc = invoke("parse", RAW_NOTICE, "-o", out)
    finally:
        os.umask(before)
    assert proc.returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == mode


def test_replaced_output_keeps_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "model.yaml"
    out.write_text("old")
    out.chmod(0o640)
    assert invoke("parse", RAW_NOTICE, "-o", out).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_ten_concurrent_writers_all_succeed_and_leave_one_whole_model(tmp_path: Path) -> None:
    out = tmp_path / "model.yaml"
    env = {**os.environ, "POLICY_CLI_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "policy_cli", "parse", str(RAW_NOTICE), "-o", str(out)]
    procs = [subprocess.Popen(command, env=env, stderr=subprocess.PIPE) for _ in range(10)]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * 10, errors
    assert out.read_bytes() == MODEL.read_bytes()
    assert [p.name for p in tmp_path.iterdir() if p.name != "cache"] == ["model.yaml"]


def test_sigterm_during_a_write_removes_the_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "model.yaml"

    def chunks() -> Iterator[bytes]:
        yield b"schema: 2\n"
        os.kill(os.getpid(), signal.SIGTERM)
        yield b"never written\n"

    with guarded(), pytest.raises(Terminated) as stopped:
        atomic_write(out, chunks())
    assert stopped.value.exit_code == 143
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ signals


def _wait_until_handling_sigterm(pid: int) -> None:
    """Until the process runs policy-cli and has installed its SIGTERM handler (bit 15 of SigCgt). Before
    its exec the child is a copy of the test process, whose own handlers it shows, and a signal sent then
    is lost at the exec."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        running = b"-m\0policy_cli\0" in Path(f"/proc/{pid}/cmdline").read_bytes()
        fields = dict(line.split(":\t", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines())
        if running and int(fields["SigCgt"], 16) & (1 << (signal.SIGTERM - 1)):
            return
        time.sleep(0.01)
    raise AssertionError("the process never installed its SIGTERM handler")


def _wait_until_blocked_writing(pid: int) -> None:
    """Until the process waits in a write to its full pipe (the kernel's pipe_write, or anon_pipe_write): the
    signal then comes while the model is being written, however long the parse took on a busy machine."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if "pipe_write" in Path(f"/proc/{pid}/wchan").read_text():
            return
        time.sleep(0.01)
    raise AssertionError("the process never blocked writing to its pipe")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
@pytest.mark.parametrize(
    ("sig", "code", "message"), [(signal.SIGTERM, 143, "terminated"), (signal.SIGINT, 130, "interrupted")]
)
def test_signals_end_the_run_with_their_code_and_message(tmp_path: Path, sig: int, code: int, message: str) -> None:
    # The model (over 64 KB) goes to a pipe nobody reads: the run blocks in a write until the signal comes.
    env = {**os.environ, "POLICY_CLI_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "policy_cli", "parse", str(RAW_NOTICE)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    _wait_until_handling_sigterm(proc.pid)
    _wait_until_blocked_writing(proc.pid)
    assert proc.poll() is None
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code
    assert err.decode() == f"policy-cli: {message}\n"


WRITER = """
import sys, time
from pathlib import Path
from policy_cli.files import atomic_write
from policy_cli.runtime import Terminated, guarded

def chunks():
    yield b"schema: 2\\n"
    sys.__stdout__.write("writing\\n")
    sys.__stdout__.flush()
    time.sleep(60)
    yield b"never\\n"

try:
    with guarded():
        atomic_write(Path(sys.argv[1]), chunks())
except Terminated as stop:
    sys.exit(stop.exit_code)
"""


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_signal_in_the_middle_of_a_write_removes_the_temporary_file(tmp_path: Path, sig: int, code: int) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(folder / "model.yaml")], stdout=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline() == b"writing\n"
    assert len(list(folder.iterdir())) == 1  # the temporary file, half written
    proc.send_signal(sig)
    assert proc.wait(timeout=30) == code
    proc.stdout.close()
    assert list(folder.iterdir()) == []


# ------------------------------------------------------------------ pipes and closed streams


def test_broken_pipe_keeps_the_commands_exit_code(tmp_path: Path, closed_pipe: int) -> None:
    changed = Path(__file__).parent / "fixtures" / "changed_notice.txt"
    assert cli("diff", RAW_NOTICE, changed, stdout=closed_pipe).returncode == 1  # the versions differ
    assert cli("diff", MODEL, MODEL, stdout=closed_pipe).returncode == 0
    for command in ("stats", "tasks", "depts", "outline", "cites", "check"):
        proc = cli(command, "--format", "tsv", stdout=closed_pipe)
        assert (proc.returncode, proc.stderr) == (0, ""), command
    proc = cli("tasks", "--dept", "州安全监管局", "--year", "1999", stdout=closed_pipe)
    assert proc.returncode == 1  # nothing matched


def test_errors_keep_their_exit_code_with_stderr_closed(tmp_path: Path) -> None:
    assert cli("tasks", "--model", tmp_path / "none.yaml", stderr=subprocess.DEVNULL, pass_fds=()).returncode == 4
    script = "import os, sys; os.close(2); from policy_cli.cli import main; sys.exit(main(sys.argv[1:]))"
    for args, code in ((["tasks", "--model", str(tmp_path / "none.yaml")], 4), (["tasks", "--dept", "无此单位"], 2)):
        proc = subprocess.run([sys.executable, "-c", script, *args], stdout=subprocess.DEVNULL, timeout=60)
        assert proc.returncode == code


def test_closed_stdout_ends_cleanly() -> None:
    proc = subprocess.run(f"'{sys.executable}' -m policy_cli tasks >&-", shell=True, stderr=subprocess.PIPE, timeout=60)
    assert (proc.returncode, proc.stderr) == (0, b"")


def test_closed_stdout_does_not_leak_into_the_written_file(tmp_path: Path) -> None:
    out = tmp_path / "model.yaml"
    proc = subprocess.run(
        f"'{sys.executable}' -m policy_cli parse '{RAW_NOTICE}' -o '{out}' >&- 2>&-", shell=True, timeout=60
    )
    assert proc.returncode == 0
    assert out.read_bytes() == MODEL.read_bytes()


# ------------------------------------------------------------------ inputs


def test_fifo_and_devices_are_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for args, code in (
        (["parse", fifo], 3),
        (["tasks", "--notice", fifo], 3),
        (["tasks", "--model", fifo], 4),
        (["check", fifo], 3),
        (["diff", fifo, MODEL], 3),
        (["parse", "/dev/zero"], 3),
        (["tasks", "--model", "/dev/zero"], 4),
    ):
        started = time.monotonic()
        proc = invoke(*args, deadline=20)
        one_line_error(proc, code, "not a regular file")
        assert time.monotonic() - started < 10


def test_size_cap_counts_the_bytes_read_not_the_size_stat_reports() -> None:
    proc_file = Path("/proc/self/smaps")
    if not proc_file.exists() or proc_file.stat().st_size != 0:
        pytest.skip("needs a /proc file that stat reports as empty")
    one_line_error(
        invoke("parse", proc_file, "--max-size", "100"), 3, "over the 100-byte limit (raise it with --max-size)"
    )


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["parse", "{dir}"], 3),
        (["tasks", "--notice", "{dir}"], 3),
        (["tasks", "--model", "{dir}"], 4),
        (["check", "{dir}"], 3),
        (["diff", "{dir}", str(MODEL)], 3),
        (["parse", str(RAW_NOTICE), "-o", "{dir}"], 3),
    ],
)
def test_directory_gives_one_line_and_the_documented_code(tmp_path: Path, args: list[str], code: int) -> None:
    one_line_error(invoke(*(a.format(dir=tmp_path) for a in args)), code, "is a directory")


@pytest.mark.skipif(IS_ROOT, reason="root can read any file")
def test_unreadable_file_gives_one_line_and_the_documented_code(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_bytes(RAW_NOTICE.read_bytes())
    locked.chmod(0)
    one_line_error(invoke("parse", locked), 3, "permission denied")
    one_line_error(invoke("tasks", "--model", locked), 4, "permission denied")


def test_size_hint_names_an_option_the_command_has(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(RAW_NOTICE.read_bytes() * (10 * 1024 * 1024 // len(RAW_NOTICE.read_bytes()) + 1))
    one_line_error(invoke("parse", big), 3, "--max-size")
    for command in (["tasks", "--notice", big], ["check", big]):
        proc = invoke(*command)
        one_line_error(proc, 3, "byte limit")
        assert "--max-size" not in proc.stderr or "--max-size" in invoke(command[0], "--help").stdout


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF32_BE, "utf-32-be")],
)
def test_offset_of_a_bad_byte_after_a_bom_counts_the_bom(tmp_path: Path, bom: bytes, codec: str) -> None:
    good = "一、总则\n".encode(codec)
    bad = {"utf-8": b"\xff", "utf-16-le": b"\x00\xdc", "utf-32-be": b"\x00\x11\x00\x00"}[codec]
    path = tmp_path / "bad.txt"
    path.write_bytes(bom + good + bad)
    one_line_error(invoke("parse", path), 3, f"at byte {len(bom) + len(good)}")


# ------------------------------------------------------------------ models


def _bundled_text() -> str:
    return MODEL.read_text(encoding="utf-8")


def _cut_after_task(text: str, task_id: int) -> str:
    return text[: text.index(f"\n- id: {task_id + 1}\n") + 1]


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda t: _cut_after_task(t, 40), "cut short"),
        (lambda t: t[: t.index("\nwarnings:")] + "\n", "field warnings: missing"),
        (lambda t: "schema: 2\n", "field counts: missing"),
        (
            lambda t: "schema: 2\ncounts:\n  parts: 0\n  tasks: 0\n  notes: 0\n  boilerplate: 0\n  warnings: 0\n",
            "missing",
        ),
        (lambda t: t.replace("\n- id: 2\n", "\n- id: 1\n", 1), "task 1 appears twice"),
        (lambda t: t.replace("  tasks: 86\n", "  tasks: 87\n", 1), "86 entries where the model states 87"),
        (lambda t: t.replace("notes: 3\n", "notes: three\n", 1), "counts.notes: expected a count"),
        (
            lambda t: t.replace("due_date: '2017-12-31'", "due_date: '2017-02-30'", 1),
            "is not a date written YYYY-MM-DD",
        ),
        (lambda t: t.replace("due_date: '2017-12-31'", "due_date: abc", 1), "'abc' is not a date"),
        (lambda t: t.replace("\n- id: 1\n", "\n- id: -1\n", 1), "-1 is not a task number"),
        (lambda t: t.replace("due_year: 2017", "due_year: 99999999999", 1), "99999999999 is not a year"),
        (lambda t: t.replace("due_kind: date", "due_kind: soon", 1), "'soon' is not one of"),
    ],
    ids=[
        "cut-at-task",
        "cut-at-key",
        "schema-only",
        "counts-only",
        "duplicate-id",
        "count-differs",
        "count-type",
        "impossible-date",
        "not-a-date",
        "negative-id",
        "huge-year",
        "unknown-kind",
    ],
)
def test_partial_or_inconsistent_model_is_refused(tmp_path: Path, make: object, words: str) -> None:
    model = tmp_path / "model.yaml"
    model.write_text(make(_bundled_text()), encoding="utf-8")  # type: ignore[operator]
    with pytest.raises(ModelError, match=re.escape(words)):
        store.load_model(model)
    one_line_error(invoke("due", "2019", "--model", model, cache_dir=tmp_path / "cache"), 4, words)


def test_diff_refuses_a_model_with_duplicate_ids_instead_of_hiding_changes(tmp_path: Path) -> None:
    text = _bundled_text()
    first = re.search(r"\n- id: 1\n(?:  .*\n)+", text[text.index("\ntasks:") :])
    assert first is not None
    dup = tmp_path / "dup.yaml"
    dup.write_text(text.replace("\n- id: 2\n", "\n- id: 1\n", 1), encoding="utf-8")
    one_line_error(invoke("diff", MODEL, dup), 4, "appears twice")


def _nested_aliases(levels: int) -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, levels)]
    return "schema: 2\n" + "\n".join(lines) + "\n"


def test_aliases_are_refused_fast_and_never_cached(tmp_path: Path) -> None:
    model = tmp_path / "bomb.yaml"
    model.write_text(_nested_aliases(9), encoding="utf-8")
    started = time.monotonic()
    proc = invoke("tasks", "--model", model, cache_dir=tmp_path / "cache")
    one_line_error(proc, 4, "anchors and aliases")
    assert time.monotonic() - started < 10
    assert not any((tmp_path / "cache").rglob("*.json"))


def test_the_dumper_never_writes_anchors() -> None:
    events = yaml.parse(_bundled_text(), Loader=yaml.SafeLoader)
    assert not any(getattr(e, "anchor", None) or isinstance(e, yaml.AliasEvent) for e in events)


def _nested_items(depth: int, indent: int) -> str:
    """A clause's items, each holding the next, `depth` levels down, in the dumper's layout."""
    lines = []
    for level in range(depth):
        pad = " " * (indent + 2 * level)
        lines += [f"{pad}- number: 1", f"{pad}  label: '1'", f"{pad}  text: x", f"{pad}  line: 1"]
        lines.append(f"{pad}  items:" if level < depth - 1 else f"{pad}  items: []")
    return "\n".join(lines) + "\n"


def test_items_nested_300_deep_are_refused_not_a_crash(tmp_path: Path) -> None:
    text = _bundled_text()
    model = tmp_path / "deep.yaml"
    model.write_text(text.replace("    items: []\n", "    items:\n" + _nested_items(300, 4), 1), encoding="utf-8")
    one_line_error(invoke("tasks", "--model", model), 4, "nested deeper than 24 levels")
    ok = tmp_path / "three.yaml"
    ok.write_text(text.replace("    items: []\n", "    items:\n" + _nested_items(3, 4), 1), encoding="utf-8")
    assert store.load_model(ok).parts[0].clauses[0].items[0].items[0].items[0].text == "x"
    for depth in (30, 100_000):
        flow = tmp_path / "flow.yaml"
        flow.write_text("schema: 2\nx: " + "[" * depth + "]" * depth + "\n", encoding="utf-8")
        one_line_error(
            invoke("tasks", "--model", flow), 4, "not a policy-cli model" if depth > 10_000 else "nested deeper"
        )


# ------------------------------------------------------------------ cache


def _plant(folder: Path, raw: bytes, data: object, digest: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    entry = folder / cache.entry_name("model", raw)
    entry.write_text(json.dumps({"source": digest or cache.source_digest(raw), "data": data}), "utf-8")
    return entry


def _forged_model_data() -> dict[str, object]:
    forged = _bundled_text().replace("  departments_raw: 各级党委、政府", "  departments_raw: 伪造单位", 1)
    data: dict[str, object] = yaml.safe_load(forged.replace("  due: 2017年\n", "  due: 2099年\n", 1))
    return data


def test_cache_in_a_folder_others_can_write_is_not_used(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    folder = shared / "policy-cli"
    _plant(folder, MODEL.read_bytes(), _forged_model_data())
    folder.chmod(0o777)
    proc = invoke("show", "1", "--model", MODEL, "--format", "json", cache_dir=shared)
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["due"] == "2017年"
    assert len(list(folder.iterdir())) == 1  # nothing added either


@pytest.mark.skipif(not IS_ROOT, reason="needs another user to own the folder")
def test_cache_in_a_folder_of_another_user_is_not_used(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    folder = shared / "policy-cli"
    _plant(folder, MODEL.read_bytes(), _forged_model_data())
    os.chown(folder, 65534, 65534)
    folder.chmod(0o755)
    proc = invoke("show", "1", "--model", MODEL, "--format", "json", cache_dir=shared)
    assert json.loads(proc.stdout)["due"] == "2017年"


def test_symlinked_cache_folder_is_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.mkdir()
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "policy-cli").symlink_to(victim)
    assert invoke("tasks", "--model", MODEL, cache_dir=shared).returncode == 0
    assert list(victim.iterdir()) == []


def test_symlinked_cache_entry_is_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "forged.json"
    raw = MODEL.read_bytes()
    elsewhere.write_text(json.dumps({"source": cache.source_digest(raw), "data": _forged_model_data()}))
    folder = tmp_path / "cache" / "policy-cli"
    folder.mkdir(parents=True, mode=0o700)
    (folder / cache.entry_name("model", raw)).symlink_to(elsewhere)
    proc = invoke("show", "1", "--model", MODEL, "--format", "json", cache_dir=tmp_path / "cache")
    assert json.loads(proc.stdout)["due"] == "2017年"


@pytest.mark.parametrize("data", [{}, {"tasks": [1]}, {"schema": 2}, [1, 2], "text"])
def test_cache_entry_is_validated_like_a_model_file(tmp_path: Path, data: object) -> None:
    _plant(tmp_path / "cache" / "policy-cli", MODEL.read_bytes(), data)
    proc = invoke("due", "2019", "--model", MODEL, "--format", "tsv", cache_dir=tmp_path / "cache")
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 11


def test_cache_entry_for_other_bytes_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICY_CLI_CACHE_DIR", str(tmp_path / "cache"))
    raw = MODEL.read_bytes()
    _plant(tmp_path / "cache" / "policy-cli", raw, _forged_model_data(), digest=cache.source_digest(b"other"))
    assert store.load_model(MODEL).tasks[0].due == "2017年"


def test_invalid_model_never_reaches_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICY_CLI_CACHE_DIR", str(tmp_path / "cache"))
    model = tmp_path / "model.yaml"
    model.write_text(_bundled_text().replace("- id: 1\n", "- id: one\n", 1), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ModelError, match=r"tasks\[0\]\.id: expected an integer"):
            store.load_model(model)
    assert not any((tmp_path / "cache").rglob("model-*.json"))


def test_cache_folder_is_private_to_the_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICY_CLI_CACHE_DIR", str(tmp_path / "cache"))
    store.load_model(MODEL)
    folder = tmp_path / "cache" / "policy-cli"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    (entry,) = folder.glob("model-*.json")
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600


# ------------------------------------------------------------------ linear time in check and diff


def _long_text(seed: int, n: int = 12_000) -> str:
    import random

    r = random.Random(seed)
    return "".join(r.choice("安全生产改革发展责任制度监管") for _ in range(n))


def _with_long_titles(bundled: Notice, n: int) -> Notice:
    import dataclasses

    assert bundled.annex is not None
    parts = tuple(
        dataclasses.replace(
            p,
            title=_long_text(p.number, n),
            clauses=tuple(dataclasses.replace(c, title=_long_text(100 + c.number, n)) for c in p.clauses),
        )
        for p in bundled.parts
    )
    groups = tuple(
        dataclasses.replace(
            g,
            title=_long_text(200 + g.number, n),
            subgroups=tuple(dataclasses.replace(s, title=_long_text(300 + s.number, n)) for s in g.subgroups),
        )
        for g in bundled.annex.groups
    )
    return dataclasses.replace(bundled, parts=parts, annex=dataclasses.replace(bundled.annex, groups=groups))


def test_check_with_12000_character_titles_takes_linear_time(bundled: object) -> None:
    from policy_cli.check import check
    from policy_cli.registry import default_registry

    assert isinstance(bundled, Notice) and bundled.annex
    registry = default_registry()
    findings = check(_with_long_titles(bundled, 12_000), registry)
    assert sum(f.code == "annex-title-differs" for f in findings) == 30
    assert_linear(lambda size: _with_long_titles(bundled, size), lambda notice: check(notice, registry), 12_000)


def test_diff_of_long_changed_texts_takes_linear_time_and_is_exact() -> None:
    from policy_cli.diff import text_delta

    for old, new in ((_long_text(1, 100_000), _long_text(2, 100_000)), ("ab" * 50_000, "ba" * 50_000)):
        runs = text_delta(old, new)
        assert "".join(t for op, t in runs if op != "+") == old
        assert "".join(t for op, t in runs if op != "-") == new
    assert_linear(lambda size: (_long_text(1, size), _long_text(2, size)), lambda pair: text_delta(*pair), 100_000)
    assert_linear(lambda size: ("ab" * (size // 2), "ba" * (size // 2)), lambda pair: text_delta(*pair), 100_000)


def test_short_title_similarity_is_unchanged() -> None:
    from policy_cli.similar import similarity

    assert round(similarity("严格安全生产考责任追究制度", "严格安全生产责任追究制度"), 2) == 0.96


def test_read_errors_are_policy_errors(tmp_path: Path) -> None:
    from policy_cli.decode import read_notice_bytes

    with pytest.raises(InputError, match="no such file"):
        read_notice_bytes(tmp_path / "none.txt")


def test_listing_output_that_is_the_model_read_is_refused(tmp_path: Path) -> None:
    model = tmp_path / "tasks.yaml"
    text = MODEL.read_text(encoding="utf-8").replace("  due: 2017年\n", "  due: 2099年\n", 1)
    model.write_text(text, encoding="utf-8")
    for args in (["tasks", "--model", model], ["check", model], ["diff", MODEL, model]):
        one_line_error(invoke(*args, "-o", model), 3, "is the input")
        assert model.read_text(encoding="utf-8") == text


def _reworded(bundled: Notice, n: int) -> tuple[Notice, Notice]:
    import dataclasses

    old = dataclasses.replace(
        bundled, tasks=tuple(dataclasses.replace(t, text=_long_text(t.id, n)) for t in bundled.tasks)
    )
    new = dataclasses.replace(
        bundled, tasks=tuple(dataclasses.replace(t, text=_long_text(t.id + 1000, n)) for t in old.tasks)
    )
    return old, new


def test_diff_pairs_long_reworded_tasks_in_linear_time(bundled: object) -> None:
    from policy_cli.diff import diff

    assert isinstance(bundled, Notice)
    assert len(diff(*_reworded(bundled, 12_000))) >= 86
    assert_linear(lambda size: _reworded(bundled, size), lambda pair: diff(*pair), 12_000)


def test_skipped_cache_is_noted_on_the_cache_logger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shared = tmp_path / "shared"
    (shared / "policy-cli").mkdir(parents=True)
    (shared / "policy-cli").chmod(0o777)
    monkeypatch.setenv("POLICY_CLI_CACHE_DIR", str(shared))
    with caplog.at_level("INFO", logger="policy_cli.cache"):
        assert len(store.load_model(MODEL).tasks) == 86
    assert "is writable by other users; not using the cache" in caplog.text


def test_model_over_the_size_cap_is_refused_by_the_bytes_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "MAX_MODEL_BYTES", 1000)
    with pytest.raises(ModelError, match="model file is over the 1,000-byte limit"):
        store.load_model(MODEL)


def test_verbose_says_why_the_cache_is_skipped(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    (shared / "policy-cli").mkdir(parents=True)
    (shared / "policy-cli").chmod(0o777)
    env = {**os.environ, "POLICY_CLI_CACHE_DIR": str(shared)}
    args = [sys.executable, "-m", "policy_cli", "-v", "tasks", "--model", str(MODEL), "--format", "tsv"]
    result = subprocess.run(args, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0
    assert "writable by other users; not using the cache" in result.stderr
    quiet = subprocess.run(args[:3] + args[4:], capture_output=True, text=True, env=env, check=False)
    assert quiet.returncode == 0 and quiet.stderr == ""
