"""A progress or ledger page of the year's key work is titled as such (…重点工作清单（一季度…执行落实情况）,
…重点工作一季度进展情况表): the title is read, and its year dates the deadlines written without one. A line
that only reports progress (…工作进展情况如下) is no title. The notices are written for the test (invented
places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

ROWS = "序号\t工作任务\t进展情况\t责任单位\t完成时限\n1\t建成城东污水处理厂\t已开工\t县住建局\t6月底前\n"


@pytest.mark.parametrize(
    "title",
    [
        "青石县2024年度重点工作清单（一季度政府工作报告重点任务执行落实情况）",
        "县政府2024年重点工作一季度进展情况表",
        "青石县2024年重点项目推进情况表",
    ],
)
def test_a_progress_page_title_gives_the_year(title: str) -> None:
    parsed = parse_text(title + "\n发布日期：2024-05-14\n" + ROWS)
    assert parsed.metadata.title == title
    assert parsed.tasks[0].due_date == "2024-06-30"
    assert not [w for w in parsed.warnings if w.code == "deadline-undated"]


@pytest.mark.parametrize("line", ["截至目前，各项工作进展情况如下", "一季度各项工作推进情况良好"])
def test_a_line_reporting_progress_is_no_title(line: str) -> None:
    parsed = parse_text(line + "\n" + ROWS)
    assert parsed.metadata.title is None
