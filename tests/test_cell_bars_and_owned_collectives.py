"""A cell bar is never part of a unit's name (a two-cell labelled row, 责任单位: | A、B |, scraped with its bars),
and a level written before a collective of the governments below it (市各县(市、区)政府) is no level of theirs:
the collective is recorded from 各. (list -> units), both ways."""

from __future__ import annotations

import pytest

from policy_cli.departments import split_units
from policy_cli.parse import parse_text


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        # the bar opening the units' cell, and the one closing it
        ("| 县交通局、县财政局 |", ("县交通局", "县财政局")),
        ("｜区教育局,各街道办事处", ("区教育局", "各街道办事处")),
        # a bar between two cells' units parts them
        ("县交通局 | 县财政局", ("县交通局", "县财政局")),
        # no bar: the list as written
        ("县交通局、县财政局", ("县交通局", "县财政局")),
        # a cell after the bar that opens with no unit's name is another column's: it ends the list
        ("市民政局 | 备注：按季度报送", ("市民政局",)),
        ("市教育局 | 已纳入年度考核", ("市教育局",)),
        ("市发展改革委 | 省级试点", ("市发展改革委",)),
        ("市教育局 | 备注 |", ("市教育局",)),
        ("县应急管理局 | 县经信局 | 联系人：王明 | 电话：0839-1234567", ("县应急管理局", "县经信局")),
    ],
)
def test_no_unit_holds_a_cell_bar(raw: str, units: tuple[str, ...]) -> None:
    got = split_units(raw)
    assert got == units
    assert not any("|" in u or "｜" in u for u in got)


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        # the level owns the collective below it: recorded from 各
        ("市各县(市、区)政府、高新区管委会", ("各县(市、区)政府", "高新区管委会")),
        ("省各市人民政府", ("各市人民政府",)),
        ("市各县（市、区）政府", ("各县（市、区）政府",)),  # (full-width brackets, as notices write them)
        # a collective of other bodies keeps the level (市各区域医疗中心: the city's own centres)
        ("市各区域医疗中心", ("市各区域医疗中心",)),
        ("省各开发区管委会", ("省各开发区管委会",)),
        # a note on how leads are marked is no unit
        ("市市场监管局、市司法局，加粗的为牵头单位", ("市市场监管局", "市司法局")),
        ("县各乡镇人民政府、县民政局", ("各乡镇人民政府", "县民政局")),
        # the level's own offices keep it
        ("市各有关部门", ("市各有关部门",)),
        ("市直各单位、市财政局", ("市直各单位", "市财政局")),
        # a collective written without a level, as written
        ("各县(市、区)政府", ("各县(市、区)政府",)),
    ],
)
def test_a_level_before_a_lower_collective_is_dropped(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units


def test_a_two_cell_labelled_row_reads_its_units_without_the_bar() -> None:
    text = (
        "某市关于做好民生保障工作的实施方案\n"
        "具体措施: | 做好困难群众临时救助工作,确保资金按时发放。 |\n"
        "责任单位: | 市卫生局、市财政局,各县区政府 |\n"
        "具体措施: | 推进社区服务中心建设,完善服务功能。 |\n"
        "责任单位: | 市卫生局,各县区政府 |\n"
    )
    notice = parse_text(text)
    assert [list(t.departments) for t in notice.tasks] == [
        ["市卫生局", "市财政局", "各县区政府"],
        ["市卫生局", "各县区政府"],
    ]


@pytest.mark.parametrize(
    ("note", "warned"),
    [
        ("(字体加粗者为牵头部门,下同)", True),
        ("(加粗的为牵头单位)", True),
        # a note on the first-listed lead is read, not warned
        ("(列第一位者为牵头单位)", False),
        ("", False),
    ],
)
def test_a_note_on_leads_marked_by_typeface_is_warned(note: str, warned: bool) -> None:
    text = (
        "某市关于做好民生保障工作的实施方案\n"
        "具体措施: | 做好困难群众临时救助工作,确保资金按时发放。 |\n"
        f"责任单位: | 市卫生局、市财政局,各县区政府{note} |\n"
        "具体措施: | 推进社区服务中心建设,完善服务功能。 |\n"
        "责任单位: | 市卫生局,各县区政府 |\n"
    )
    notice = parse_text(text)
    assert "|" not in "".join(notice.tasks[0].departments)
    assert not any("牵头" in u for u in notice.tasks[0].departments)
    assert any(w.code == "lead-marks-lost" for w in notice.warnings) == warned
    if warned:
        assert notice.tasks[0].lead == ()


def test_a_typeface_mark_the_text_kept_is_read_and_not_warned() -> None:
    text = (
        "某市关于做好民生保障工作的实施方案\n一、重点任务\n"
        "（一）规范市场秩序。开展专项整治。（责任单位：**市市场监管局**、市司法局，加粗的为牵头单位）\n"
        "（二）推进社区服务中心建设。完善服务功能。（责任单位：市卫生局）\n"
    )
    notice = parse_text(text)
    first = notice.tasks[0]
    assert first.lead == ("市市场监管局",) and "加粗的为牵头单位" not in first.departments
    assert not any(w.code == "lead-marks-lost" for w in notice.warnings)
