"""The first quarters or months of a named year in prose (2025年前三季度完成…, 2025年前两个月…): never the year
and 前 (before 2025) they were cut to. Three quarters as the time of what is done is the deadline, ending with
the third; months or quarters that only name a period are no deadline. Near misses: 2025年前完工 stays before
the year's end, and a later deadline in the same item stays the due.

The notice is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "柳湾县2025年重点工作任务分工\n一、重点任务\n"


@pytest.mark.parametrize(
    ("item", "due", "due_date"),
    [
        (
            "（一）扩大有效投资，确保2025年前三季度完成年度计划的80%。（县发展改革局负责）",
            "2025年前三季度",
            "2025-09-30",
        ),
        ("（一）建成物流园一期，2025年前二季度建成投用。（县商务局负责）", "2025年前二季度", "2025-06-30"),
        ("（一）开展2025年前两个月经济运行分析。（县统计局负责）", None, None),
        ("（一）总结2025年前三季度工作情况，形成报告。（县统计局负责）", None, None),
        # near misses, as before
        ("（一）完成园区道路建设，2025年前完工。（县住建局负责）", "2025年前", "2025-12-31"),
        (
            "（一）稳定工业增长，2025年前三季度规上工业增加值增长6%，年底前完成技改项目10个。（县工信局负责）",
            "年底前",
            "2025-12-31",
        ),
    ],
)
def test_the_first_quarters_of_a_year_are_no_date_before_it(item: str, due: str | None, due_date: str | None) -> None:
    (task,) = parse_text(HEAD + item + "\n").tasks
    assert (task.due, task.due_date) == (due, due_date)
