"""A bracket of units alone closing a sentence (before 。 or ；) of an item whose next sentence its own bracket
closes: each sentence is a task with its own units; one before a comma and only the task's deadline
(（发展规划处），11月15日前报送): the task's units. Near forms stay as they were."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "青河区2025年社区服务工作要点\n一、服务提升\n"

SPLIT = [
    (
        "1.建成社区卫生服务站3个（区卫健委）。开展家庭医生签约服务（区卫健委、各街道）。\n",
        [("建成社区卫生服务站3个", ["区卫健委"]), ("开展家庭医生签约服务。", ["区卫健委", "各街道"])],
    ),
    (
        "1.修订社区议事规则（区民政局）；开展社区协商示范创建（区民政局、区委社会工作部）。\n",
        [("修订社区议事规则", ["区民政局"]), ("开展社区协商示范创建。", ["区民政局", "区委社会工作部"])],
    ),
]


@pytest.mark.parametrize(("item", "tasks"), SPLIT)
def test_each_sentence_closed_by_its_units_is_a_task(item: str, tasks: list[tuple[str, list[str]]]) -> None:
    assert [(t.text, list(t.departments)) for t in parse_text(HEAD + item).tasks] == tasks


def test_a_bracket_before_the_closing_annotation_alone_stays_in_the_text() -> None:
    """kept: units then 。 then the item's closing annotation on the next line, no sentence between: one task."""
    notice = HEAD + "1.推动便民服务清单管理（区民政局、区委社会工作部）。\n（各街道负责，长期坚持）\n"
    assert len(parse_text(notice).tasks) == 1


def test_a_bracket_of_prose_before_a_sentence_is_no_annotation() -> None:
    """kept: a bracket that names no unit (（含村级）) is the text's own."""
    notice = HEAD + "1.建成便民服务站10个（含村级）。开展助餐服务（区民政局）。\n"
    assert [list(t.departments) for t in parse_text(notice).tasks] == [["区民政局"]]


DUE_AFTER = [
    ("1.完成年度服务统计（区民政局），11月15日前报送\n", ("区民政局",), "11月15日前", "2025-11-15"),
    ("1.修订社区工作规程（区民政局、各街道），年底前完成。\n", ("区民政局", "各街道"), "年底前", "2025-12-31"),
]


@pytest.mark.parametrize(("item", "units", "due", "due_date"), DUE_AFTER)
def test_units_then_the_deadline_alone(item: str, units: tuple[str, ...], due: str, due_date: str) -> None:
    (task,) = parse_text(HEAD + item).tasks
    assert (task.departments, task.due, task.due_date) == (units, due, due_date)


def test_units_then_more_work_stay_unread() -> None:
    """kept: after the bracket, work of its own beside the deadline (报送区政府并公开) is no deadline alone."""
    notice = HEAD + "1.完成年度服务统计（区民政局），11月15日前报送区政府并向社会公开\n"
    assert parse_text(notice).tasks == ()


CLOSED_BLOCK = (
    "青河区2025年网格治理工作要点\n一、健全网格体系\n（一）强化网格服务\n1.开展网格员入户走访，每月不少于1次；\n"
    "2.推动网格事项清单管理（区委政法委、区委社会工作部）。\n（各街道负责，长期坚持）\n"
)


def test_a_point_closed_by_its_own_bracket_keeps_its_units_under_the_block_annotation() -> None:
    """points, the last closed by its own bracket, then the block's annotation alone on its line: the last keeps
    its units (its bracket out of its text), the point naming none takes the block's; no units-not-read."""
    notice = parse_text(CLOSED_BLOCK)
    assert [(t.text, t.departments, t.due) for t in notice.tasks] == [
        ("开展网格员入户走访，每月不少于1次；", ("各街道",), "每月"),
        ("推动网格事项清单管理。", ("区委政法委", "区委社会工作部"), "长期坚持"),
    ]
    assert "units-not-read" not in {w.code for w in notice.warnings}


def test_a_block_annotation_after_points_with_no_units_of_their_own_is_given_to_each() -> None:
    """kept: no point names a unit: each takes the block's annotation, as before."""
    notice = CLOSED_BLOCK.replace("（区委政法委、区委社会工作部）", "")
    assert [t.departments for t in parse_text(notice).tasks] == [("各街道",), ("各街道",)]


KEPT_WHOLE = [
    # a place named in brackets mid-item, the item closed by another unit's roles and deadline: one task
    (
        "1.推进县域医疗次中心建设（县第二人民医院）。完善设备配置，提升服务能力。（县卫健局负责，12月底前）\n",
        [("县卫健局",), "12月底前"],
    ),
    # units alone before ；, the closing bracket naming none of them: one task, the closing bracket's
    (
        "1.升级改造老旧校舍（县实验小学）；配齐实验室器材。（县教育局，9月底前）\n",
        [("县教育局",), "9月底前"],
    ),
]


@pytest.mark.parametrize(("item", "expected"), KEPT_WHOLE)
def test_units_sharing_none_with_the_closing_bracket_stay_in_the_text(item: str, expected: list[object]) -> None:
    tasks = parse_text(HEAD + item).tasks
    assert [[t.departments, t.due] for t in tasks] == [expected]


OWN_DEADLINE_BLOCK = (
    "平湖县2025年营商环境工作要点\n一、优化服务\n（一）落实项目代办制。\n1.组建代办员队伍。\n"
    "2.实行全程代办。（县政务服务中心，长期）\n（县发改局牵头）\n"
)


@pytest.mark.parametrize(
    ("notice", "expected"),
    [
        # the last point's bracket names a unit and a deadline: the point before takes the block's roles alone
        (
            OWN_DEADLINE_BLOCK,
            [("组建代办员队伍。", ("县发改局",), None), ("实行全程代办。", ("县政务服务中心",), "长期")],
        ),
        # the block's bracket with a deadline of its own: the point naming none takes it too
        (
            OWN_DEADLINE_BLOCK.replace("（县发改局牵头）", "（县发改局牵头，9月底前）"),
            [("组建代办员队伍。", ("县发改局",), "9月底前"), ("实行全程代办。", ("县政务服务中心",), "长期")],
        ),
    ],
)
def test_the_block_bracket_is_read_alone_not_merged_with_the_last_point(
    notice: str, expected: list[tuple[str, tuple[str, ...], str | None]]
) -> None:
    parsed = parse_text(notice)
    assert [(t.text, t.departments, t.due) for t in parsed.tasks] == expected
    assert not {w.code for w in parsed.warnings} & {"line-not-read", "units-not-read"}


def test_a_block_bracket_naming_a_unit_no_point_holds_is_still_warned() -> None:
    """kept: a bracket alone after the last point, its unit held by no point before: the safety net still says so."""
    notice = (
        "平湖县2025年营商环境工作要点\n一、优化服务\n（一）落实项目代办制。\n1.组建代办员队伍（县人社局）。\n"
        "2.实行全程代办。（县政务服务中心，长期）\n（县发改局牵头）\n"
    )
    assert "line-not-read" in {w.code for w in parse_text(notice).warnings}
