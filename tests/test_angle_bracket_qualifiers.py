"""A qualifier some sites write in angle brackets inside a unit's name (各县<市、区>人民政府, 各县〈市、区〉人民政府) is
part of the name, as in round ones: (list -> units), both ways."""

from __future__ import annotations

import pytest

from policy_cli.departments import split_units
from policy_cli.parse import parse_text


@pytest.mark.parametrize(
    ("written", "units"),
    [
        ("市教育局、各县<市、区>人民政府", ("市教育局", "各县<市、区>人民政府")),
        ("市教育局,各县〈市、区〉人民政府,市财政局", ("市教育局", "各县〈市、区〉人民政府", "市财政局")),
        ("市教育局、各县(市、区)人民政府", ("市教育局", "各县(市、区)人民政府")),
        # near case: with no bracket, 、 parts the names as ever
        ("市教育局、各县人民政府、市财政局", ("市教育局", "各县人民政府", "市财政局")),
    ],
)
def test_a_qualifier_in_angle_brackets_stays_in_its_name(written: str, units: tuple[str, ...]) -> None:
    assert split_units(written) == units


_PLAN = (
    "某市学前教育行动方案\n"
    "一、落实政府职责\n"
    "（一）健全管理体制。建立完善管理体制。（市教育局，市委农办，{units}，排名第一位为牵头单位，下同）\n"
    "（二）建立联席会议制度。发挥联席会议作用。（市教育局，市发展改革局）\n"
)


@pytest.mark.parametrize("units", ["各县<市、区>人民政府", "各县〈市、区〉人民政府", "各县（市、区）人民政府"])
def test_a_bracket_of_units_keeps_a_name_with_an_angle_bracketed_qualifier(units: str) -> None:
    notice = parse_text(_PLAN.format(units=units))
    assert notice.tasks[0].departments == ("市教育局", "市委农办", units)
    assert not [w for w in notice.warnings if w.code == "roles-partly-read"]


@pytest.mark.parametrize(
    "item",
    [
        "（一）开展污水抽检，超标率<5%。市水务局负责，市环保局配合，加强巡查。",
        "（一）开展污水抽检，超标率＜5%。市水务局负责，市环保局配合，加强巡查。",
        "（一）开展污水抽检，达标率>95%、抽检批次<300批。市水务局负责，市环保局配合，加强巡查。",
    ],
)
def test_a_lone_sign_of_less_or_more_is_no_bracket(item: str) -> None:
    """Near case: a < or > comparing figures opens no bracket, and the sentence's roles are read as ever."""
    notice = parse_text("某市水环境整治方案\n一、主要任务\n" + item + "\n")
    assert len(notice.tasks) == 1
    assert notice.tasks[0].lead == ("市水务局",)
    assert notice.tasks[0].partners == ("市环保局",)
