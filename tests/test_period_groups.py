"""Plans grouped by period where the periods are no numbered parts: a period alone on its line over numbered
items (一季度： ⏎ 1.…, 第二季度, 4—6月), lines opening with their period (【3月】…, 二季度：…, 4—5月：…,
8月至10月：…) and such a line after the items of a part. Each table holds the layout read right and a near
form that stays as it was."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

# (notice, per task: (text start, departments, lead, due, due_date))
Expected = list[tuple[str, list[str], list[str], str | None, str | None]]


def _read(notice: str) -> Expected:
    return [(t.text[:6], list(t.departments), list(t.lead), t.due, t.due_date) for t in parse_text(notice).tasks]


GROUPED = [
    (  # a quarter and a colon alone over the items: the quarter is each item's deadline
        "青河县民政局2025年工作要点\n一季度：\n1.完成低保年度复核（社会救助股）\n2.开展冬春救助（社会救助股、各乡镇）\n"
        "二季度：\n3.组织养老机构消防检查（养老服务股）\n",
        [
            ("完成低保年度", ["社会救助股"], [], "一季度", "2025-03-31"),
            ("开展冬春救助", ["社会救助股", "各乡镇"], [], "一季度", "2025-03-31"),
            ("组织养老机构", ["养老服务股"], [], "二季度", "2025-06-30"),
        ],
    ),
    (  # 第一季度 with no colon; an item's own deadline is kept
        "青河乡2025年重点工作安排\n第一季度\n1.完成春播物资调运（乡农业服务中心）\n第二季度\n"
        "2.完成山塘隐患排查，5月底前完成（乡应急办）\n",
        [
            ("完成春播物资", ["乡农业服务中心"], [], "第一季度", "2025-03-31"),
            ("完成山塘隐患", ["乡应急办"], [], "5月底前", "2025-05-31"),
        ],
    ),
    (  # months over points （1）, their units after a dash
        "青河街道2025年消防工作要点\n1—3月：\n（1）开展节前消防检查——消防站、派出所\n（2）开展消防培训——消防站\n"
        "4—6月\n（3）开展防汛演练——应急中心\n",
        [
            ("开展节前消防", ["消防站", "派出所"], [], "1—3月", "2025-03-31"),
            ("开展消防培训", ["消防站"], [], "1—3月", "2025-03-31"),
            ("开展防汛演练", ["应急中心"], [], "4—6月", "2025-06-30"),
        ],
    ),
    (  # lines opening with their month in square brackets, in a 月历
        "青河县司法局2025年法治宣传月历\n【1月】开展春节送法活动（普法股）\n【3月】开展妇女维权宣传（普法股、县妇联）\n"
        "【11—12月】开展宪法宣传活动（普法股、各司法所）\n",
        [
            ("开展春节送法", ["普法股"], [], "1月", "2025-01-31"),
            ("开展妇女维权", ["普法股", "县妇联"], [], "3月", "2025-03-31"),
            ("开展宪法宣传", ["普法股", "各司法所"], [], "11—12月", "2025-12-31"),
        ],
    ),
]


@pytest.mark.parametrize(("notice", "expected"), GROUPED)
def test_periods_that_are_no_numbered_parts_group_the_tasks(notice: str, expected: Expected) -> None:
    assert _read(notice) == expected


def test_a_plan_grouped_by_period_has_no_numbering_warnings() -> None:
    notice = GROUPED[0][0]
    assert not [w for w in parse_text(notice).warnings if "numbering" in w.code]


def test_a_period_line_after_the_items_is_kept_as_it_was() -> None:
    """kept: a period after the first numbered item is no group heading (the body is read by its items)."""
    notice = (
        "青河县民政局2025年工作要点\n1.完成低保年度复核（社会救助股）\n上半年\n"
        "2.开展冬春救助（社会救助股、各乡镇）\n3.组织养老机构消防检查（养老服务股）\n"
    )
    tasks = parse_text(notice).tasks
    assert tasks and all(t.due is None for t in tasks)


def test_a_period_in_prose_over_no_numbered_block_is_no_heading() -> None:
    """kept: 一季度： over prose heads nothing; the notice is read as before."""
    notice = "青河县民政局2025年工作要点\n一季度：\n全面完成低保复核。\n二季度：\n组织消防检查。\n"
    assert parse_text(notice).tasks == ()


MONTH_LINES = [
    (  # a span of months, with 至, and a season in the text: the span is the deadline
        "青河镇2025年河长制工作要点\n一、日常管护\n2月：印发镇总河长令（镇河长办）\n"
        "4—5月：开展汛前清障（镇应急办牵头，各村配合）\n7月至9月：加强巡河（各村）\n11月：开展冬季保洁（各村、镇环卫所）\n",
        [
            ("印发镇总河长", ["镇河长办"], [], "2月", "2025-02-28"),
            ("开展汛前清障", ["镇应急办", "各村"], ["镇应急办"], "4—5月", "2025-05-31"),
            ("加强巡河", ["各村"], [], "7月至9月", "2025-09-30"),
            ("开展冬季保洁", ["各村", "镇环卫所"], [], "11月", "2025-11-30"),
        ],
    ),
    (  # a month's line after the items of a part, its units after a dash or in a bracket
        "青河区2025年城市管理工作要点\n一、一季度\n1.开展春节市容整治——区城管局\n2.启动背街小巷改造——区住建局、各街道办事处\n"
        "3月：完成环卫改革方案报批（区城管局）\n二、二季度\n3.开展夜市规范管理——区城管局\n",
        [
            ("开展春节市容", ["区城管局"], [], "一季度", "2025-03-31"),
            ("启动背街小巷", ["区住建局", "各街道办事处"], [], "一季度", "2025-03-31"),
            ("完成环卫改革", ["区城管局"], [], "3月", "2025-03-31"),
            ("开展夜市规范", ["区城管局"], [], "二季度", "2025-06-30"),
        ],
    ),
    (  # a month alone over items in a part of month lines
        "青河镇2025年河长制工作要点\n一、日常管护\n1月：印发镇总河长令（镇河长办）\n3月：\n1.完成河湖排查（镇水利站）\n"
        "2.召开总河长会议（镇河长办）\n4月：启动涉河项目检查（镇规划建设办）\n",
        [
            ("印发镇总河长", ["镇河长办"], [], "1月", "2025-01-31"),
            ("完成河湖排查", ["镇水利站"], [], "3月", "2025-03-31"),
            ("召开总河长会", ["镇河长办"], [], "3月", "2025-03-31"),
            ("启动涉河项目", ["镇规划建设办"], [], "4月", "2025-04-30"),
        ],
    ),
]


@pytest.mark.parametrize(("notice", "expected"), MONTH_LINES)
def test_lines_opening_with_their_months_are_tasks_of_their_own(notice: str, expected: Expected) -> None:
    assert _read(notice) == expected


def test_a_month_line_under_an_item_with_points_stays_its_text() -> None:
    """kept: after an item's points, a month's line goes on with the item (no sibling of it)."""
    notice = (
        "青河镇2025年河长制工作要点\n一、日常管护\n1.开展河湖清理（镇水利站）\n（1）清理河道垃圾\n"
        "3月：完成清理（镇水利站）\n2.召开总河长会议（镇河长办）\n"
    )
    assert [t.due for t in parse_text(notice).tasks].count("3月") == 0
