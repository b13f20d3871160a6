"""A progress report on a plan's tasks scraped one cell a line (任务项 / 重点工作内容 / 牵头责任单位 /
二季度任务分解 / 二季度进展情况 / 完成状况): each numbered row is a task led by its unit; the progress
columns, a period before their names, name no unit and no deadline, and their cells are kept after the
task's text. The notice is written for the test (invented places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_cli.models import Notice
from policy_cli.parse import parse_text
from policy_cli.parse.annex import _value_column

FIXTURE = Path(__file__).parent / "fixtures" / "genre" / "district_vertical_progress_report.txt"

EXPECTED = [
    # (text starts, lead, partners, due)
    ("完成城区雨污分流改造一期工程。（二季度任务分解：完成管网铺设3公里。", ("区排水管理所",), (), None),
    ("推进农村饮水安全巩固提升。（二季度任务分解：完成5处水源地保护标识设置。", ("区农村供水站",), (), None),
]


@pytest.fixture(scope="module")
def notice() -> Notice:
    return parse_text(FIXTURE.read_text(encoding="utf-8"), FIXTURE.name)


@pytest.mark.parametrize(("at", "expected"), list(enumerate(EXPECTED)))
def test_each_row_is_a_task_its_progress_kept(notice: Notice, at: int, expected: tuple[object, ...]) -> None:
    task = notice.tasks[at]
    starts, lead, partners, due = expected
    assert task.text.startswith(str(starts)), task.text
    assert (task.lead, task.partners, task.due) == (lead, partners, due)


def test_every_row_is_read(notice: Notice) -> None:
    assert len(notice.tasks) == len(EXPECTED)
    assert notice.tasks[1].text.endswith("完成状况：推进中）")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("进展情况", True),
        ("二季度进展情况", True),
        ("上半年完成情况", True),
        ("年度目标", True),
        ("二季度", False),
        ("牵头单位", False),
    ],
)
def test_progress_and_value_columns(name: str, value: bool) -> None:
    assert _value_column(name) is value


# a report on some of a plan's tasks, numbered as the plan numbers them (14, then 27): a number after a
# full row starts the next row, while a number in a row not yet full is a cell (a target of 0 or 12)
SKIPPED_NUMBERS = "\n".join(
    [
        "青溪区2025年政府工作报告主要任务上半年落实情况",
        *("序号", "主要任务", "牵头单位", "落实情况"),
        *("14", "建成城区公园绿地5处。", "区城管局", "已建成3处。"),
        *("27", "新增公共停车泊位800个。", "区交通局", "已新增520个。"),
    ]
)


def test_a_report_numbered_as_its_plan_keeps_every_row() -> None:
    notice = parse_text(SKIPPED_NUMBERS)
    assert [(t.id, t.text, t.lead) for t in notice.tasks] == [
        (14, "建成城区公园绿地5处。（落实情况：已建成3处。）", ("区城管局",)),
        (27, "新增公共停车泊位800个。（落实情况：已新增520个。）", ("区交通局",)),
    ]
