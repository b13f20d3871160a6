"""A table row short of cells whose empty cell of an unread column (细化措施 left blank) was dropped by the scrape:
its last cell a date, the one before it units, the cells after the task's stand in the last columns. A row
whose cell before the date reads as no unit stays short, warned. (rows -> units and deadline), both ways."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = (
    "某市体育局2022年信息公开重点工作台账\n"
    "序号 | 工作任务 | {measure} | 责任科室 | 完成时限 | 备注 |\n"
    "1 | 公开全民健身场馆开放信息 | 按季度更新场馆开放时间和收费标准 | 群体科、场馆中心等按职责分工落实 | 长期推进 |\n"
)


@pytest.mark.parametrize(
    ("row", "text", "units", "due", "warned"),
    [
        # the 细化措施 cell empty and dropped: units and deadline in their columns, the task's text its own cell
        ("2 | 做好赛事活动信息发布 | 竞赛科 | 长期推进 |", "做好赛事活动信息发布", ["竞赛科"], "长期推进", False),
        (
            "2 | 公开部门预算和决算 | 财务科 | 2022年3月公布预算 |",
            "公开部门预算和决算",
            ["财务科"],
            "2022年3月公布预算",
            False,
        ),
        (
            "2 | 更新主动公开目录 | 办公室(法规科) | 2022年6月底前 |",
            "更新主动公开目录",
            ["办公室(法规科)"],
            "2022年6月底前",
            False,
        ),
        # the cell before the date reads as no unit: the row stays short, with its warning
        ("2 | 做好赛事活动信息发布 | 及时发布赛程和结果 | 长期推进 |", None, [], None, True),
        # the cell before the date names work ending as a unit's name does (会, 中心): a measure, the units lost
        ("2 | 做好赛事活动信息发布 | 举办全市运动会 | 长期推进 |", "做好赛事活动信息发布", [], None, True),
        ("2 | 完善便民服务 | 设立政务公开服务中心 | 2022年9月底前 |", "完善便民服务", [], None, True),
        ("2 | 完善公共文化设施 | 建设乡镇综合文化站 | 2022年12月底前 |", "完善公共文化设施", [], None, True),
    ],
)
@pytest.mark.parametrize("measure", ["细化措施", "细化分工"])  # (a second task column, and one of no role)
def test_a_dropped_empty_cell_before_the_units(
    measure: str, row: str, text: str | None, units: list[str], due: str | None, warned: bool
) -> None:
    notice = parse_text(HEAD.format(measure=measure) + row + "\n")
    task = notice.tasks[1]
    assert list(task.departments) == units
    if text is not None:
        assert task.text.startswith(text)  # (the task's own cell at least: never an empty text)
    if due is not None:
        assert task.due == due
    assert any(w.code == "row-incomplete" for w in notice.warnings) is warned
    assert list(notice.tasks[0].departments) == ["群体科", "场馆中心"]


LEADERS = (
    "某区2023年重点工作任务分解表\n"
    "序号 | 工作任务 | 具体措施 | 责任领导 | 责任单位 | 完成时限 |\n"
    "1 | 建设创业园区 | 完成园区道路和管网建设 | 刘明 | 区工信局 | 2023年11月底前 |\n"
    "2 | 开展招商引资 | 举办招商推介会3场 | 区商务局 | 2023年12月底前 |\n"
)


def test_a_short_row_under_a_leaders_column_stays_short() -> None:
    # the empty cell dropped may be the leader's as well as the measure's: which cannot be told, so the row is
    # read as far as it goes, its measure kept in its text, with its warning
    notice = parse_text(LEADERS)
    task = notice.tasks[1]
    assert "举办招商推介会3场" in task.text
    assert "举办招商推介会3场" not in task.leaders
    assert any(w.code == "row-incomplete" and w.line == 4 for w in notice.warnings)
