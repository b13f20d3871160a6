"""A table scraped one cell a line whose 责任领导 cell holds two leaders, one a line (董某某 / 郑某某): both are the
task's leaders, and neither is left in its text. Task text the page wrapped onto a second line is still the
task's. The tables are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

TITLE = "《政府工作报告》2024年目标任务责任分解\n"
ROW_1 = "生产总值增长6%以上。\n王立新\n市发改委、市统计局\n"
ROW_2 = "一般公共预算收入增长与经济增长基本同步。\n王立新\n郑海平\n市财政局、市税务局\n"


@pytest.mark.parametrize(
    "header",
    ["目标任务\n责任领导\n责任单位\n一、主要预期指标\n", "目标任务\n责任领导\n责任单位\n"],
)
def test_two_leaders_one_a_line_are_both_leaders(header: str) -> None:
    parsed = parse_text(TITLE + header + "1.\u3000" + ROW_1 + "2.\u3000" + ROW_2)
    assert [(t.text, t.leaders, t.departments) for t in parsed.tasks][1] == (
        "一般公共预算收入增长与经济增长基本同步。",
        ("王立新", "郑海平"),
        ("市财政局", "市税务局"),
    )


def test_a_wrapped_task_line_stays_text() -> None:
    notice = TITLE + "序号\n目标任务\n责任领导\n责任单位\n1\n新建5G基站2000个，\n年内全部建成投用。\n王立新\n市经信局\n"
    parsed = parse_text(notice)
    assert [(t.text, t.leaders) for t in parsed.tasks] == [("新建5G基站2000个，年内全部建成投用。", ("王立新",))]
