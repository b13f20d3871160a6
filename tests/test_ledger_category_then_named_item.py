"""A ledger opening with its category column then the item's name (类别 | 民生事项名称 | … | 责任单位 | 分管市领导),
no 序号 column, each item numbered in its own cell (14.改扩建…): the name column is the task, and a row whose
category cell was merged above (its first cell the numbered item, maybe an empty last cell a bar added) is read
from the task's column, never one cell to the left (the leader's name read as its unit). Near misses: a row
with its category cell, and a category numbered like its task (1.稳增长 | 1.推进…), stay as they were."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.annex.column_roles import header_columns
from policy_cli.parse.lines import split_lines

HEADER = "类别 | 民生事项名称 | 2025年度任务目标 | 责任单位 | 分管市领导 | 1-9月份工作完成情况 |\n"


@pytest.mark.parametrize(
    ("header", "roles"),
    [
        ("类别\t民生事项名称\t责任单位\t分管市领导", ("category", "task", "departments", "leaders")),
        ("类别\t实事名称\t进展情况\t牵头单位", ("category", "task", "other", "lead")),
        # near misses: no units column; a name that is no item's (单位名称)
        ("类别\t民生事项名称\t分管市领导", None),
        ("类别\t单位名称\t责任单位", None),
    ],
)
def test_a_name_column_after_the_category_is_the_task(header: str, roles: tuple[str, ...] | None) -> None:
    assert header_columns(split_lines(header + "\n")[0]) == roles


ROWS = (
    "一、教育 | 1.新建青禾市第二实验小学 | 完成主体工程建设。 | 市教育局 | 张明 | 主体施工完成60%。 |\n"
    "2.推进校园食堂改造 | 完成12所学校食堂改造。 | 市教育局 | 张明 | 已完成8所。 | |\n"
    "3.推进课后服务 | 实现全覆盖。 | 市教育局 | 张明 | 已覆盖。 |\n"
    "二、卫生 | 4.建设社区卫生服务站 | 新建卫生服务站5处。 | 市卫生健康委 | 李华 | 已建成2处。 |\n"
)


@pytest.mark.parametrize(
    ("row", "starts", "units", "group"),
    [
        (0, "新建青禾市第二实验小学", ("市教育局",), 1),
        (1, "推进校园食堂改造", ("市教育局",), 1),  # an empty last cell the page added
        (2, "推进课后服务", ("市教育局",), 1),  # one cell short
        (3, "建设社区卫生服务站", ("市卫生健康委",), 2),
    ],
)
def test_rows_whose_category_cell_is_merged_are_read_from_the_task(
    row: int, starts: str, units: tuple[str, ...], group: int
) -> None:
    notice = parse_text(HEADER + ROWS)
    task = notice.tasks[row]
    assert task.text.startswith(starts)
    assert task.departments == units
    assert task.group == group
    assert all("张明" not in t.departments and "李华" not in t.departments for t in notice.tasks)


def test_a_category_numbered_like_its_task_stays_a_category() -> None:
    text = (
        "类别\t工作任务\t责任单位\t完成时限\n"
        "1.稳增长\t1.推进重点项目建设\t县发展改革局\t2025年12月底前\n"
        "\t2.加快专项债券发行\t县财政局\t2025年6月底前\n"
    )
    notice = parse_text(text)
    assert notice.tasks[0].departments == ("县发展改革局",)
    assert notice.tasks[0].text.startswith("推进重点项目建设")
