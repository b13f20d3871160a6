"""A note that the first unit leads, written as 第一个单位为牵头单位 or 首位单位为牵头单位 inside a task's own
units (…区税务局负责，第一个单位为牵头单位，下同): the words name no unit, so the note is read over that task and
the ones after it, never as a unit called 第一个单位 leading the task; and a page whose text runs together on one
line starts the note's scope at the task holding it. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "苍梧区优化营商环境实施方案\n一、重点任务\n"
FIRST = "（一）压缩企业开办时间。全面推行一窗通办。（区市场监管局、区行政审批局、区税务局负责，{note}）\n"
SECOND = "（二）提升办理建筑许可效率。（区住建局、区自然资源局）\n"
UNITS = ("区市场监管局", "区行政审批局", "区税务局")


@pytest.mark.parametrize(
    ("note", "partners", "second_lead"),
    [
        ("第一个单位为牵头单位，下同", (), ("区住建局",)),
        ("首位单位为牵头单位，下同", (), ("区住建局",)),
        ("第一个单位为牵头单位", (), ("区住建局",)),
        ("首个单位为牵头单位，其他为配合单位", ("区行政审批局", "区税务局"), ("区住建局",)),
        # near-misses: a unit named with 为 stays the lead it is written as; a remark on rank is no note
        ("区市场监管局为牵头单位", (), ()),
        ("力争全市排名首位", (), ()),
    ],
)
def test_a_note_in_a_bracket_names_no_unit(note: str, partners: tuple[str, ...], second_lead: tuple[str, ...]) -> None:
    notice = parse_text(HEAD + FIRST.format(note=note) + SECOND)
    first, second = notice.tasks
    assert first.departments == UNITS
    assert (first.lead, first.partners) == (("区市场监管局",) if "牵头" in note else (), partners)
    assert second.lead == second_lead


ONE_LINE = (
    "青禾县2022年重点工作责任分解 一、经济发展 1.地区生产总值增长7%左右。 "
    "责任单位:县发改局({note})、县财政局、县统计局 2.压减一般性支出。 责任单位:县财政局 "
    "二、法治建设 1.推进政府常务会议学法。 责任单位:县司法局、县政府办\n"
)


@pytest.mark.parametrize(
    ("note", "leads"),
    [
        ("首位单位为牵头单位,下同", (("县发改局",), ("县财政局",), ("县司法局",))),
        ("排在第一位的为牵头单位,下同", (("县发改局",), ("县财政局",), ("县司法局",))),
        # near-miss: a bracket that is no note on leads leaves every task without a lead
        ("含统计数据", ((), (), ())),
    ],
)
def test_a_note_on_a_page_run_together_covers_its_task_and_the_later_ones(
    note: str, leads: tuple[tuple[str, ...], ...]
) -> None:
    notice = parse_text(ONE_LINE.format(note=note))
    assert tuple(t.lead for t in notice.tasks) == leads
