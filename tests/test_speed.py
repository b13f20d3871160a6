"""Parsing time grows with the notice, not with its square."""

from __future__ import annotations

import time

import pytest

from policy_cli.parse import parse_text

HEAD = "某县人民政府关于做好防汛工作的实施方案\n一、总体要求\n"


@pytest.mark.parametrize(
    "row",
    ["序号", "序号 主要任务", "主要任务", "1 修订预案。 县水务局 2022年底前"],
    ids=["number-names", "header-rows", "task-names", "rows"],
)
def test_a_100_kb_run_of_table_lines_parses_within_3_seconds(row: str) -> None:
    text = HEAD + "\n".join([row] * (100_000 // len((row + "\n").encode("utf-8")) + 1))
    assert len(text.encode("utf-8")) >= 100_000
    started = time.perf_counter()
    parse_text(text)
    assert time.perf_counter() - started < 3.0
