"""A target list scraped one cell a line, bars between the cells, whose two-row header comes one name a
line: 序号 / 任务事项 / 年度目标 / 牵头责任 (the name wrapped) / 部门 / 主要参与部门, then the years under
年度目标 (2021年度 / 2022年度 / 2023年度). Each row gives its task, one target a year, its lead and its
partners: the years are no deadline and no unit. The notice is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.annex import _vertical_roles

HEADER = ("序号", "任务事项", "年度目标", "牵头责任", "部门", "主要参与部门", "2021年度", "2022年度", "2023年度")
ROWS = (
    (
        "1",
        "推进城区供水管网改造",
        "改造管网20公里。",
        "改造管网25公里。",
        "全面完成改造任务。",
        "市水务集团",
        "各区供水管理部门",
    ),
    (
        "2",
        "建设智慧停车平台",
        "建成平台一期。",
        "接入公共泊位5000个。",
        "实现全域接入。",
        "市城管局",
        "市公安局交警支队",
    ),
)
TABLE = "\n|\n".join([*HEADER, *(cell for row in ROWS for cell in row)])


@pytest.mark.parametrize(("at", "row"), list(enumerate(ROWS)))
def test_each_row_a_task_led_with_partners(at: int, row: tuple[str, ...]) -> None:
    notice = parse_text(TABLE)
    assert len(notice.tasks) == 2
    task = notice.tasks[at]
    assert task.text.startswith(row[1]), task.text
    assert (task.lead, task.partners, task.due) == ((row[5],), (row[6],), None)


def test_header_names_wrapped_and_years() -> None:
    names = ["序号", "任务事项", "年度目标", "牵头责任", "部门", "主要参与部门", "2021年度", "一"]
    assert _vertical_roles(names) == ["number", "task", "other", "lead", "qualifier", "partners", "other", None]
