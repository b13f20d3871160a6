"""A town's own notice names its stations and its health centre after a unit written with the town's
character (乡畜牧站、卫生院、工商所): each is the town's (乡卫生院), as its 派出所 is, whoever the page names
as issuer, when every unit with a level in the notice is the town's. On a county's notice the names stay as
written. The fixtures are written for the test (invented places and tasks)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

TOWN_PLAN = (
    "2024年食品放心工程工作方案\n"
    "一、重点工作\n"
    "（一）治理畜牧产品污染。加强兽药监管。由乡农业服务中心承办，乡畜牧站、卫生院、派出所、工商所配合。\n"
    "（二）治理种植业污染。由乡农业服务中心负责。\n"
)


def test_a_town_s_stations_and_health_centre_take_its_name() -> None:
    task = parse_text(TOWN_PLAN).tasks[0]
    assert task.partners == ("乡畜牧站", "乡卫生院", "乡派出所", "乡工商所")


@pytest.mark.parametrize(
    "other",
    [
        "（二）治理种植业污染。由县农业农村局负责。\n",  # a county's bureau among the units: no town's own notice
        "（二）治理种植业污染。由镇农业服务中心负责。\n",  # units of two towns' characters: neither is sure
    ],
)
def test_a_notice_naming_other_levels_keeps_the_names_as_written(other: str) -> None:
    head, _, _ = TOWN_PLAN.rpartition("（二）")
    task = parse_text(head + other).tasks[0]
    assert task.partners == ("乡畜牧站", "卫生院", "派出所", "工商所")


def test_a_town_s_service_centre_after_its_office_takes_its_name() -> None:
    text = "某镇2025年政务服务工作方案\n一、重点工作\n（一）推行帮办代办。（镇党政办、便民服务中心负责）\n（二）开展延时服务。（镇党政办负责）\n"
    assert parse_text(text).tasks[0].departments == ("镇党政办", "镇便民服务中心")
