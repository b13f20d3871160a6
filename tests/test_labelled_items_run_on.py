"""Numbered items a page ran onto one line, each with labelled fields (牵头领导, 责任单位, 项目责任人, 配合单位, a
progress field), and a table of figures by place run after a units list: (text -> tasks, units, warnings), both
ways."""

from __future__ import annotations

import pytest

from policy_cli.decode import fold
from policy_cli.parse import parse_text
from policy_cli.parse.labelled_items import split_labelled_items
from policy_cli.parse.lines import SourceLine

_LEDGER = (
    "今年县政府承诺办好的十件实事进展如下，接受群众监督。 1.改造城区老旧供水管网15公里。 牵头领导:周建平"
    " 责任单位:县水务局 项目责任人:钱立 进展情况:已完成管网改造9公里。 2.新建城乡公交候车亭40个。 牵头领导:吴海"
    " 责任单位:县交通运输局 项目责任人:郑明 配合单位:县住建局、县财政局 进展情况:已建成候车亭22个。"
    " 3.新增养老床位200张。 牵头领导:吴海 责任单位:县民政局 项目责任人:孙丽 配合单位:县卫健局,各乡镇人民政府"
    " {tail} 进展情况:已新增床位120张。\n"
)


def test_items_run_onto_one_line_are_read_one_task_each_with_their_labelled_units() -> None:
    notice = parse_text(_LEDGER.format(tail=""))
    assert [t.text.split("\n")[0] for t in notice.tasks] == [
        "改造城区老旧供水管网15公里。",
        "新建城乡公交候车亭40个。",
        "新增养老床位200张。",
    ]
    assert notice.tasks[0].departments == ("县水务局",)
    assert notice.tasks[0].lead == ()  # 责任单位 alone: responsible, no lead
    assert notice.tasks[1].lead == ("县交通运输局",)
    assert notice.tasks[1].partners == ("县住建局", "县财政局")  # the list ends before 进展情况
    assert notice.tasks[2].partners == ("县卫健局", "各乡镇人民政府")
    # leaders and the persons in charge are no units
    assert not {"周建平", "钱立", "吴海", "郑明"} & {u for t in notice.tasks for u in t.departments}


def test_a_table_of_figures_by_place_after_a_units_list_is_no_unit_and_is_warned() -> None:
    notice = parse_text(_LEDGER.format(tail="东城 西城、南城 北城 合计 年度目标 50 60 40 50 200"))
    assert notice.tasks[2].partners == ("县卫健局", "各乡镇人民政府")
    assert any(w.code == "roles-partly-read" and "东城" in w.message for w in notice.warnings)


@pytest.mark.parametrize(
    ("value", "units"),
    [
        # near cases: units a space separates are a list, and a name after a unit may be a person's: no tail cut
        ("县卫健局 县民政局 县财政局 县医保局", ("县卫健局", "县民政局", "县财政局", "县医保局")),
        ("县卫健局、各乡镇人民政府 东城 西城", ("县卫健局",)),
        # a tail of a date, a period or persons' labels, with no figure alone, is read as ever (deadline, leaders)
        ("县卫健局 2027年 3月底前 完成", ("县卫健局",)),
        ("县卫健局 分管领导 王某 联系人 赵某", ("县卫健局",)),
    ],
)
def test_a_short_tail_or_a_spaced_list_is_read_as_before(value: str, units: tuple[str, ...]) -> None:
    text = f"1.新增养老床位200张。 责任单位:县民政局 配合单位:{value}\n2.建设日间照料中心3个。 责任单位:县民政局\n"
    notice = parse_text(text)
    assert set(units) <= set(notice.tasks[0].partners)
    assert not any(w.code == "roles-partly-read" for w in notice.warnings)


def _line(text: str) -> SourceLine:
    return SourceLine(1, text, fold(text))


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "进展如下。 1.新建公厕。 责任单位:县城管局 完成情况:已完工 2.修路。 牵头单位:县交通局",
            ["进展如下。", "1.新建公厕。", "责任单位:县城管局", "完成情况:已完工", "2.修路。", "牵头单位:县交通局"],
        ),
        # near cases: an item naming no units under a role label, numbers not from 1, and one item alone stay whole
        ("进展如下。 1.新建公厕。 责任单位:县城管局 2.修路。 完成情况:已完工", None),
        ("进展如下。 2.新建公厕。 责任单位:县城管局 3.修路。 牵头单位:县交通局", None),
        ("1.新建公厕。 责任单位:县城管局 完成情况:已完工", None),
        ("共投入 1.5万元。 责任单位:县城管局 2.修路。 牵头单位:县交通局", None),
        # a field numbered within an item (完成情况: 1.… 2.…): which number opens an item is unsure, left whole
        ("进展如下。 1.新建公厕。 责任单位:县城管局 完成情况: 1.已选址 2.已动工 2.修路。 牵头单位:县交通局", None),
    ],
)
def test_items_are_split_only_where_each_names_units_under_a_role_label(text: str, pieces: list[str] | None) -> None:
    assert [ln.text for ln in split_labelled_items([_line(text)])] == (pieces or [text])
