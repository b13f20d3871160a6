"""An assessment list (考核清单) scraped one cell a line: 序号 / 考核指标 / 考核内容 / 单位 / 年度目标 /
责任部门 / 评分部门. The measure, the target and the scoring body name no unit of the task; a merged
考核指标 cell is written on its first row only; an empty 单位 cell has no line; a target that is a number
(年度目标 8, 12, 0) is a cell, not the next row. The value cells are kept after the task's text with their
column names. The notice is written for the test (invented places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_cli.models import Notice
from policy_cli.parse import parse_text
from policy_cli.parse.annex import _vertical_roles

FIXTURE = Path(__file__).parent / "fixtures" / "genre" / "county_vertical_assessment_list.txt"

EXPECTED = [
    # (text, departments, lead, partners, due)
    (
        "提高城乡居民收入 农村居民人均可支配收入增幅（单位：%；年度目标：≥6%；评分部门：市统计局）",
        ("县农业农村局", "县人力社保局"),
        (),
        (),
        None,
    ),
    ("低收入农户人均收入增幅（单位：%；年度目标：8；评分部门：市民政局）", ("县民政局",), (), (), None),
    ("公共服务满意度（单位：-；年度目标：90以上；评分部门：市发展改革委）", ("县发展改革局",), (), (), None),
    ("新建幸福食堂（单位：个；年度目标：12；评分部门：市民政局）", ("县民政局", "县财政局"), (), (), None),
    ("建设未来社区（年度目标：0；评分部门：市住房城乡建设局）", ("县住房城乡建设局",), (), (), None),
]


@pytest.fixture(scope="module")
def notice() -> Notice:
    return parse_text(FIXTURE.read_text(encoding="utf-8"), FIXTURE.name)


@pytest.mark.parametrize(("at", "expected"), list(enumerate(EXPECTED)))
def test_each_row_is_a_task_with_its_responsible_units(notice: Notice, at: int, expected: tuple[object, ...]) -> None:
    task = notice.tasks[at]
    assert (task.text, task.departments, task.lead, task.partners, task.due) == expected


def test_every_row_is_read_and_no_scoring_body_is_a_unit(notice: Notice) -> None:
    assert len(notice.tasks) == len(EXPECTED)
    units = {u for t in notice.tasks for u in (*t.departments, *t.lead, *t.partners, *t.leaders)}
    assert not units & {"市统计局", "市民政局", "市发展改革委", "市住房城乡建设局"}
    assert not [w for w in notice.warnings if w.code == "cover-only"]


@pytest.mark.parametrize(
    ("names", "roles"),
    [
        (
            ["序号", "考核指标", "单位", "年度目标", "责任部门", "评分部门"],
            ["number", "task", "other", "other", "departments", "other"],
        ),
        (["序号", "工作任务", "责任单位"], ["number", "task", "departments"]),
        (["单位", "年度目标"], ["other", "other"]),
    ],
)
def test_value_columns_in_a_header_one_name_a_line(names: list[str], roles: list[str]) -> None:
    assert _vertical_roles(names) == roles
