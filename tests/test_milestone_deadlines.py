"""A deadline cell of milestones, each opening with a circled number and its own time (①2月上旬前，完成设计招标。
②3月底前，完成深化设计。③5月底前，开工建设。), is due at its last milestone. A cell whose points do not all
open with a time keeps the first sentence as before. The tables are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "青石县2024年度重点工作清单\n序号 | 工作事项 | 进度安排 | 责任单位 |\n"


@pytest.mark.parametrize(
    ("cell", "due", "due_date"),
    [
        ("①2月上旬前，完成设计招标。②3月底前，完成深化设计。③5月底前，开工建设。", "5月底前", "2024-05-31"),
        ("①3月底前，召开联席会议。②6月底前，出台贴息政策。", "6月底前", "2024-06-30"),
        ("①摸排底数。②建立台账，6月底前完成。", "①摸排底数", None),
        ("2024年9月底前建成", "2024年9月底前", "2024-09-30"),
    ],
)
def test_a_cell_of_milestones_is_due_at_the_last(cell: str, due: str, due_date: str | None) -> None:
    parsed = parse_text(HEAD + f"1 | 启动综合体建设。 | {cell} | 县住建局 |\n")
    assert [(t.due, t.due_date) for t in parsed.tasks] == [(due, due_date)]
