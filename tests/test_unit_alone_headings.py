"""A division of tasks grouped by the units that carry them, each group headed by the units' names alone before a
colon (区教育局： ⏎ 1.… ⏎ 2.…): the units are responsible for every item under them, and lead an item that names
its partners, as under a numbered heading of units alone (（一）区体育局). Under a part 一、 or with no parts at all.
A line of other words before a colon (工作要求：), a role label alone, or units over prose are no such heading.
(notice -> (departments, lead, partners) of each task)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_HEAD = "苍梧区2025年重点工作任务分工\n\n苍梧区人民政府办公室\n2025年2月12日\n\n"

_UNDER_PARTS = (
    "一、经济发展类\n\n"
    "区发改局：\n"
    "1. 争取专项债券项目10个。（区财政局配合，2025年9月底前）\n"
    "2. 推进重大项目建设，2025年12月底前完成。\n\n"
    "区商务局：\n"
    "3. 引进亿元以上项目8个。（各街道办事处配合，2025年12月底前）\n\n"
    "二、社会民生类\n\n"
    "区教育局、区财政局：\n"
    "4. 新建幼儿园2所，2025年8月底前完成。\n"
)

_NO_PARTS = (
    "现将2025年民生实事任务分工如下。\n\n"
    "区教育局：\n"
    "1. 新建区实验幼儿园，2025年8月底前完成。\n"
    "2. 完成10所学校教室照明改造，2025年7月底前完成。\n\n"
    "区卫生健康局：\n"
    "3. 建成社区卫生服务中心2个。（区医保局配合，2025年10月底前）\n"
)

# near misses: other words before a colon over items; units over prose; a role label alone over its units
_NOT_UNITS = (
    "一、重点任务\n\n"
    "工作要求：\n"
    "1. 开展安全生产大检查。（区应急管理局负责，2025年6月底前）\n"
    "2. 组织应急演练。（区应急管理局牵头，各街道办事处配合，2025年9月底前）\n"
)
_UNITS_OVER_PROSE = (
    "一、职责分工\n\n（一）开展安全生产大检查。（区应急管理局负责）\n区住建局：\n负责建筑施工领域检查。\n"
)
_LABEL_ALONE = "一、重点任务\n\n1. 开展安全生产大检查，2025年6月底前完成。\n牵头单位：\n区应急管理局\n"


@pytest.mark.parametrize(
    ("body", "tasks"),
    [
        (
            _UNDER_PARTS,
            [
                (("区发改局", "区财政局"), ("区发改局",), ("区财政局",)),
                (("区发改局",), (), ()),
                (("区商务局", "各街道办事处"), ("区商务局",), ("各街道办事处",)),
                (("区教育局", "区财政局"), (), ()),
            ],
        ),
        (
            _NO_PARTS,
            [
                (("区教育局",), (), ()),
                (("区教育局",), (), ()),
                (("区卫生健康局", "区医保局"), ("区卫生健康局",), ("区医保局",)),
            ],
        ),
        (
            _NOT_UNITS,
            [
                (("区应急管理局",), (), ()),
                (("区应急管理局", "各街道办事处"), ("区应急管理局",), ("各街道办事处",)),
            ],
        ),
        (_LABEL_ALONE, [(("区应急管理局",), ("区应急管理局",), ())]),
    ],
)
def test_units_alone_over_items_head_them(
    body: str, tasks: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]
) -> None:
    notice = parse_text(_HEAD + body)
    assert [(t.departments, t.lead, t.partners) for t in notice.tasks] == tasks


def test_units_over_prose_head_no_items() -> None:
    """区住建局： over a sentence, not over a numbered block, opens no block of its own."""
    notice = parse_text(_HEAD + _UNITS_OVER_PROSE)
    assert all(c.title != "区住建局" for p in notice.parts for c in p.clauses)


def test_the_unit_groups_are_parts_when_the_notice_has_none() -> None:
    notice = parse_text(_HEAD + _NO_PARTS)
    assert [p.title for p in notice.parts] == ["区教育局", "区卫生健康局"]
    assert not [w for w in notice.warnings if "numbering" in w.code]


# units over a paragraph of their duty with no number: no block, but the duty no task holds is warned at the units'
# line; near misses: units over other prose, a role label alone, units over numbered duties (read)
_OVER_DUTY_TEXTS = {
    "duty": "一、职责分工\n\n（一）开展安全生产大检查。（区应急管理局负责）\n区住建局：\n负责建筑施工领域检查。\n",
    "lead": "一、职责分工\n\n（一）开展安全生产大检查。（区应急管理局负责）\n区住建局：\n牵头组织建筑施工领域检查。\n",
    "duties": "一、职责分工\n\n（一）开展安全生产大检查。（区应急管理局负责）\n区住建局主要职责：\n负责建筑施工领域检查。\n",
    "prose": "一、职责分工\n\n（一）开展安全生产大检查。（区应急管理局负责）\n区住建局：\n全区建筑施工领域检查情况良好。\n",
    "label": "一、职责分工\n\n（一）开展安全生产大检查。（区应急管理局负责）\n责任单位：\n负责建筑施工领域检查。\n",
    "numbered": "一、职责分工\n\n区住建局：\n1.负责建筑施工领域检查。\n区交通局：\n1.负责道路检查。\n",
}


@pytest.mark.parametrize(
    ("name", "warned"), [("duty", [9]), ("lead", [9]), ("duties", [9]), ("prose", []), ("label", []), ("numbered", [])]
)
def test_units_over_their_duty_in_prose_are_warned(name: str, warned: list[int]) -> None:
    notice = parse_text(_HEAD + _OVER_DUTY_TEXTS[name])
    assert [w.line for w in notice.warnings if w.code == "work-not-read" and "over their duty" in w.message] == warned
