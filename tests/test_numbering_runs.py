"""Items numbered on across clauses (1-2 under （一）, 3-4 under （二）) while a later part restarts at 1 (四、保障措施
1.…) are each one run: no gap is warned; a real gap or a repeat inside a run still is."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text


def _notice(first: str, second: str, third: str) -> str:
    return (
        "某县2025年社区治理工作方案\n一、主要任务\n（一）完善服务设施\n"
        f"{first}.建设社区综合服务站。（县民政局负责）\n2.配备便民服务设备。（县民政局负责）\n"
        f"（二）健全治理机制\n{second}.推行网格化管理。（县委政法委负责）\n{third}.完善居民议事制度。（县民政局负责）\n"
        "二、保障措施\n1.加强组织领导。各部门要压实责任。\n2.强化督导考核。县督查室要跟踪问效。\n"
    )


# (first item's number, the second clause's two numbers, the numbering warnings expected)
RUNS: list[tuple[str, str, str, list[str]]] = [
    ("1", "3", "4", []),  # on across the clauses, again from 1 in the next part
    ("1", "1", "2", []),  # again from 1 in each clause
    ("1", "4", "5", ["item-numbering-gap"]),  # 3 is missing
    ("1", "3", "3", ["item-numbering-repeat"]),
]


@pytest.mark.parametrize(("first", "second", "third", "codes"), RUNS)
def test_items_numbered_on_across_clauses_are_one_run(first: str, second: str, third: str, codes: list[str]) -> None:
    notice = parse_text(_notice(first, second, third))
    assert [w.code for w in notice.warnings if w.code.startswith("item-numbering")] == codes
