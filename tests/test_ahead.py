"""A large notice's body read in a second process (parse/ahead.py) gives the model read in one."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import policy_cli.parse as parse_package
from policy_cli import store
from policy_cli.parse import ahead, parse_text
from policy_cli.parse.lines import SourceLine

NOTICE = (Path(__file__).resolve().parent.parent / "data" / "raw_notice.txt").read_text(encoding="utf-8")


def _dumped(text: str) -> str:
    return "".join(store.yaml_chunks(parse_text(text, "notice")))


@pytest.fixture
def read_here(monkeypatch: pytest.MonkeyPatch) -> str:
    """The bundled notice's model with its body read in this process."""
    monkeypatch.setattr(ahead, "MIN_CHARS", 10**12)
    dumped = _dumped(NOTICE)
    monkeypatch.setattr(ahead, "MIN_CHARS", 0)  # from here on, every body is read ahead
    monkeypatch.setattr(ahead, "_may_fork", lambda: True)  # (a test runner's worker may run threads)
    return dumped


def _counting_forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    forks: list[int] = []
    fork: Callable[[], int] = os.fork

    def counted() -> int:
        pid = fork()
        if pid:
            forks.append(pid)
        return pid

    monkeypatch.setattr(ahead.os, "fork", counted)
    return forks


def test_the_body_read_ahead_is_the_body_read_here(monkeypatch: pytest.MonkeyPatch, read_here: str) -> None:
    forks = _counting_forks(monkeypatch)
    assert _dumped(NOTICE) == read_here
    assert len(forks) == 1


def test_a_child_that_fails_leaves_the_body_to_be_read_here(monkeypatch: pytest.MonkeyPatch, read_here: str) -> None:
    parent = os.getpid()
    parse_body = ahead.parse_body

    def failing_in_the_child(lines: list[SourceLine]) -> object:
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return parse_body(lines)

    monkeypatch.setattr(ahead, "parse_body", failing_in_the_child)
    forks = _counting_forks(monkeypatch)
    assert _dumped(NOTICE) == read_here
    assert len(forks) == 1


def test_a_failing_annex_leaves_no_child_behind(monkeypatch: pytest.MonkeyPatch, read_here: str) -> None:
    def failing(*args: object) -> None:
        raise RuntimeError("the annex fails")

    monkeypatch.setattr(parse_package, "parse_annex", failing)
    forks = _counting_forks(monkeypatch)
    with pytest.raises(RuntimeError, match="the annex fails"):
        parse_text(NOTICE)
    assert len(forks) == 1
    with pytest.raises(ChildProcessError):  # the child was stopped and waited for
        os.waitpid(forks[0], os.WNOHANG)


def test_a_small_notice_is_read_in_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    forks = _counting_forks(monkeypatch)
    parse_text(NOTICE)
    assert forks == []


def test_a_worker_process_reads_its_notices_in_one_process() -> None:
    """The corpus index parses in worker processes, which use the cores already."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        assert pool.submit(ahead._may_fork).result() is False
