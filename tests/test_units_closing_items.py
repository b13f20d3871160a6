"""A list of numbered items with no parts, each item closed by its units alone (a bracket or a dash,
no role verb anywhere in the notice): the commonest form of a 工作要点. The notice is read, each item
a task of those units (none of them a lead), never refused. Notices written for the test (invented
places)."""

from __future__ import annotations

import pytest

from policy_cli.errors import InputError
from policy_cli.parse import parse_text

_TITLE = "青岚县农业农村局2025年工作要点\n"


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        # units in a bracket after the item's sentence, level-less sections of the bureau
        (
            "1.推进高标准农田建设，新建农田3万亩。（农田建设股）\n"
            "2.开展春耕备耕技术指导。（种植业股、农技推广中心）\n"
            "3.完成动物防疫春季集中免疫。（畜牧兽医股，5月底前）\n",
            [
                (["农田建设股"], None),
                (["种植业股", "农技推广中心"], None),
                (["畜牧兽医股"], "5月底前"),
            ],
        ),
        # units after a dash
        (
            "1.推进高标准农田建设，新建农田3万亩。——农田建设股\n2.开展春耕备耕技术指导。——种植业股、农技推广中心\n",
            [(["农田建设股"], None), (["种植业股", "农技推广中心"], None)],
        ),
        # units with their level, no sentence end before the bracket
        (
            "1.推进高标准农田建设（县农业农村局、县财政局）\n2.开展农机安全检查（县农业农村局，10月底前）\n",
            [(["县农业农村局", "县财政局"], None), (["县农业农村局"], "10月底前")],
        ),
    ],
)
def test_items_closed_by_their_units_are_tasks(items: str, expected: list[tuple[list[str], str | None]]) -> None:
    notice = parse_text(_TITLE + items)
    assert [(list(t.departments), t.due) for t in notice.tasks] == expected
    assert all(not t.lead for t in notice.tasks)
    assert not [w for w in notice.warnings if w.code in ("body-unread", "text-cut-off")]


@pytest.mark.parametrize(
    "items",
    [
        # brackets that name no unit: a frequency, a reference
        "1.加强组织领导。（每季度一次）\n2.强化督查考核。（见附件）\n3.做好宣传引导。\n",
        # one item only closed by units: not enough to call the list a division of work
        "1.加强组织领导。（办公室）\n2.强化督查考核。\n3.做好宣传引导。\n",
    ],
)
def test_a_list_whose_items_are_not_closed_by_units_is_not_read(items: str) -> None:
    notice = parse_text(_TITLE + items)
    assert not notice.tasks
    assert "body-unread" in {w.code for w in notice.warnings}


def test_a_list_with_no_sign_of_the_genre_is_refused() -> None:
    with pytest.raises(InputError):
        parse_text("青岚县农业农村局\n1.加强组织领导。（每季度一次）\n2.强化督查考核。（见附件）\n3.做好宣传引导。\n")


def test_a_list_with_one_item_closed_by_its_unit_is_kept_and_warned() -> None:
    # one item closed by a unit is too little to read the list as tasks, but it gives a unit work: kept
    notice = parse_text("青岚县农业农村局\n1.加强组织领导。（办公室）\n2.强化督查考核。\n3.做好宣传引导。\n")
    assert not notice.tasks
    assert [(w.code, w.line) for w in notice.warnings] == [("body-unread", 2), ("line-not-read", 2)]


def test_a_town_plan_of_items_closed_by_units_is_not_refused() -> None:
    text = "清溪镇2025年重点工作计划\n1.完成植树造林300亩（农业服务中心）\n2.开展安全生产大检查（应急办、派出所）\n"
    notice = parse_text(text)
    assert [list(t.departments) for t in notice.tasks] == [["农业服务中心"], ["应急办", "派出所"]]
