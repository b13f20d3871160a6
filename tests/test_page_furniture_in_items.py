"""Page furniture between or after labelled items is no task text: a row of the page's fields
(来源：   作者：   编辑：李某), an advertisement bar (广告 | 本地招聘信息 | 二手房), the notice's note on star-marked
leads at its end (注：带*号的为牵头单位。). Lines of work that only look like them stay the task's. The notices
are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "青石市2024年政府工作报告重点工作责任分解\n一、市长牵头重点工作\n"
ITEMS = (
    "1.地区生产总值增长5%。\n责任单位：市发改委*、市统计局\n"
    "2.建设省级重点实验室3家。\n{between}责任单位：市科技局*、市教育局\n{after}"
)


@pytest.mark.parametrize(
    ("between", "after"),
    [
        ("", "来源：   作者：   编辑：李某\n"),
        ("", "来源：市政府办公室　作者：王某\n"),
        ("广告 | 本地招聘信息 | 二手房\n", ""),
        ("广告\n", ""),
        ("", "注：带*号的为牵头单位。\n"),
    ],
)
def test_page_furniture_is_no_task_text(between: str, after: str) -> None:
    parsed = parse_text(HEAD + ITEMS.format(between=between, after=after))
    assert [t.text for t in parsed.tasks] == ["地区生产总值增长5%。", "建设省级重点实验室3家。"]


@pytest.mark.parametrize("line", ["广告牌专项整治同步推进。", "作者协会参与评审工作。"])
def test_a_line_of_work_stays_the_task_text(line: str) -> None:
    parsed = parse_text(HEAD + ITEMS.format(between=line + "\n", after=""))
    assert parsed.tasks[1].text == "建设省级重点实验室3家。\n" + line
