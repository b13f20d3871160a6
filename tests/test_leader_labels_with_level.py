"""A leaders' label naming its level (牵头区领导, 分管县级领导, 联系市领导) inside a bracket of labels is read as 牵头领导
is: its people go to leaders, never a unit, and the bracket's other labels are read with it."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "某区2025年《政府工作报告》重点工作责任分解\n\n一、扩投资\n"


@pytest.mark.parametrize("label", ["牵头区领导", "分管区领导", "联系区级领导", "牵头领导"])
def test_a_leader_label_with_its_level(label: str) -> None:
    item = f"1、开展促消费活动，每季度不少于2场。[{label}：王某；牵头单位：区商务局；责任单位：各街道办事处]\n"
    other = "2、新建幼儿园3所。（区教育局负责）\n"
    task = parse_text(HEAD + item + other).tasks[0]
    assert task.lead == ("区商务局",)
    assert task.departments == ("区商务局", "各街道办事处")
    assert task.leaders == ("王某",)
    assert task.text.startswith("开展促消费活动")


def test_a_unit_of_a_level_is_no_leader() -> None:
    """区领导小组办公室 under 牵头单位 is a unit: only a label ending in 领导 names people."""
    item = "1、开展促消费活动。[牵头单位：区领导小组办公室]\n2、新建幼儿园3所。（区教育局负责）\n"
    task = parse_text(HEAD + item).tasks[0]
    assert task.lead == ("区领导小组办公室",)
    assert task.leaders == ()


def test_a_bracket_no_annotation_reads_leaves_no_bracket_in_a_unit() -> None:
    """[联络员：…；牵头单位：区商务局]: the labelled units closing the item end before the bracket's closer."""
    item = (
        "1、开展促消费活动，每季度不少于2场。[联络员：王某；牵头单位：区商务局]\n2、新建幼儿园3所。（区教育局负责）\n"
    )
    task = parse_text(HEAD + item).tasks[0]
    assert (task.lead, task.departments) == (("区商务局",), ("区商务局",))
