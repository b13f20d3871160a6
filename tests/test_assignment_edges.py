"""Edges of the forms read from lists, titles, stages and tables: a role named after a list only under a label of
units, another unit's share kept from a title's role, a stage's bracket that holds no time, a 、 table whose
pieces a row's work could be read as units, and closing brackets that are no item's time. Invented places."""

from __future__ import annotations

import pytest

from policy_cli.departments import split_units
from policy_cli.parse import parse_text
from policy_cli.parse.deadlines import deadline_in_prose
from policy_cli.parse.dunhao_table import untie_dunhao_tables
from policy_cli.parse.roles import parse_annotation


@pytest.mark.parametrize(
    "annotation",
    [
        "责任单位：县住建局、县应急局；责任人：张明、李华，其中张明牵头",  # people: no unit leads
        "督办单位：县委督查室、县政府督查室，其中县委督查室牵头；责任单位：县公安局",  # overseers: no unit of it
    ],
)
def test_a_role_named_after_a_list_only_under_a_label_of_units(annotation: str) -> None:
    assignment = parse_annotation(annotation)
    assert assignment is not None
    assert assignment.lead == []
    assert not any(u in ("张明", "县委督查室") for u in assignment.departments)
    assert all("其中" not in person for person in assignment.leaders)


def test_a_role_named_after_the_list_with_a_deadline_after_it() -> None:
    assignment = parse_annotation("责任单位：县消防救援大队、县住建局，其中县消防救援大队牵头，9月底前完成")
    assert assignment is not None
    assert (assignment.lead, assignment.responsible, assignment.due) == (
        ["县消防救援大队"],
        ["县消防救援大队", "县住建局"],
        "9月底前",
    )


def test_units_named_partners_after_a_list_leave_the_list_responsible() -> None:
    assignment = parse_annotation("县市场监管局、县政务服务中心，县税务局为配合单位")
    assert assignment is not None
    assert (assignment.partners, assignment.responsible) == (["县税务局"], ["县市场监管局", "县政务服务中心"])


@pytest.mark.parametrize(
    "item",
    [
        "（一）落实经费。县财政局负责，确保资金足额到位，县审计局全程跟踪审计。",
        "（一）强化宣传。县委宣传部牵头，各乡镇、各部门广泛宣传防汛知识。",
    ],
)
def test_a_role_after_a_title_beside_another_unit_s_share_is_not_read_alone(item: str) -> None:
    notice = parse_text("某县防汛工作实施方案\n一、主要任务\n" + item + "\n")
    # nothing read in part: the prose reader's task, warned, or a role warned as not read
    assert any(w.code in ("read-from-prose", "role-not-read") for w in notice.warnings)


def test_a_stage_whose_bracket_holds_no_time_dates_nothing() -> None:
    notice = parse_text(
        "某市整治行动计划\n一、工作任务\n第一阶段（全面铺开，集中攻坚）：集中整治。\n"
        "1.推进城区公共厕所提标改造。（市城管局牵头，市住建局配合）\n"
        "第二阶段：巩固提升（2025年10月—12月）\n2.建立长效机制。（市城管局负责）\n"
    )
    assert [t.due for t in notice.tasks] == [None, "2025年10月—12月"]


@pytest.mark.parametrize(
    ("table", "units"),
    [
        # work that reads as a name (改造农村公共厕所, 村卫生室) stays the text's where no person's cell anchors the units
        (
            "序号、工作任务、责任单位、完成时间\n1、新建垃圾中转站2座、改造农村公共厕所、镇村建办、6月底前\n",
            "镇村建办",
        ),
        ("序号、工作任务、责任单位、完成时间\n1、改造提升镇卫生院、村卫生室、镇卫健办、6月底前\n", "镇卫健办"),
        # a person after a post, and two people in the cell
        ("序号、工作任务、责任人、责任单位、完成时间\n1、开展河道清淤、副镇长李某、镇水利站、10月底前\n", "镇水利站"),
        (
            "序号、工作任务、责任人、责任单位、完成时间\n1、开展河道清淤、张某某、欧阳某、镇水利站、10月底前\n",
            "镇水利站",
        ),
    ],
)
def test_dunhao_rows_place_their_units(table: str, units: str) -> None:
    row = untie_dunhao_tables(table).splitlines()[1].split("\t")
    assert row[-2] == units


def test_a_dunhao_table_with_a_row_it_cannot_place_is_left_whole() -> None:
    table = (
        "序号、工作任务、责任人、责任单位、完成时间\n"
        "1、开展河道清淤、张某、镇水利站、10月底前\n"
        "2、全镇各村要全面落实河长制各项工作要求并建立台账\n"
    )
    assert untie_dunhao_tables(table) == table


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("开展专项检查，2025年起每季度开展不少于1次。", "2025年起每季度开展不少于1次"),
        ("2025年起每年排查一次，建立隐患台账。", "2025年起每年排查一次"),
        ("全县森林覆盖率稳定在65%以上（2024年）。", None),  # a figure's year inside the sentence
    ],
)
def test_cadences_with_their_counts_and_brackets_inside_a_sentence(text: str, due: str | None) -> None:
    assert deadline_in_prose(text) == due


def test_sub_items_dated_on_their_second_line() -> None:
    notice = parse_text(
        "某县停车设施建设工作方案\n一、重点任务\n（一）摸清停车资源底数。\n"
        "（1）开展城区停车资源普查，建立停车泊位基础数据库，\n2025年5月底前完成；\n"
        "（2）编制城区停车设施专项规划，2025年10月底前完成报批。\n（牵头单位：县住建局；配合单位：县自然资源局）\n"
    )
    assert [t.due for t in notice.tasks] == ["2025年5月底前", "2025年10月底前"]


def test_units_opening_an_item_beside_a_bracket_that_names_its_own_unit_in_charge() -> None:
    notice = parse_text(
        "某县2025年工作要点\n一、提升服务\n1.【县政务服务中心】深化改革。（县财政局负责，县人社局配合）\n"
    )
    [task] = notice.tasks
    assert (task.lead, task.partners) == (("县财政局",), ("县人社局",))
    assert "县政务服务中心" in task.departments


def test_units_over_their_work_whose_bracket_names_partners() -> None:
    notice = parse_text(
        "某市2025年交通工作要点\n一、完善基础设施\n1.市交通运输局、市住建局：\n"
        "加快推进快速路二期工程建设，年底前实现主线通车。（市财政局配合）\n"
    )
    [task] = notice.tasks
    assert (task.lead, task.partners) == (("市交通运输局", "市住建局"), ("市财政局",))


@pytest.mark.parametrize(
    ("units", "expected"),
    [
        # 县市场监管局 names one level (市场 is a field's word): the tax office after it takes the county's
        ("县市场监管局、公安局、税务局", ("县市场监管局", "县公安局", "县税务局")),
        ("县市场监管局、税务局", ("县市场监管局", "县税务局")),
        # two levels at once: no one level for the tax office
        ("市县财政局、税务局", ("市县财政局", "税务局")),
    ],
)
def test_a_level_a_vertical_office_takes_after_a_market_bureau(units: str, expected: tuple[str, ...]) -> None:
    assert split_units(units) == expected


@pytest.mark.parametrize(
    ("annotation", "partners"),
    [
        # a village after 和 parts from the unit before it, which takes the town's level
        (
            "由镇经济发展办公室牵头，镇财政所、自然资源所和沙口村、枫林村配合",
            ["镇财政所", "镇自然资源所", "沙口村", "枫林村"],
        ),
        # a town's youth league and women's federation are the town's own
        ("由镇宣传办牵头，镇妇联、团委和各村（社区）参与", ["镇妇联", "镇团委", "各村（社区）"]),
    ],
)
def test_a_town_s_list_of_partners(annotation: str, partners: list[str]) -> None:
    assignment = parse_annotation(annotation)
    assert assignment is not None and assignment.partners == partners


def test_a_postal_administration_takes_the_level_its_list_writes() -> None:
    assert split_units("省商务厅、交通运输厅、邮政管理局") == ("省商务厅", "省交通运输厅", "省邮政管理局")


def test_a_note_that_the_tasks_under_each_unit_s_name_are_led_by_it() -> None:
    notice = parse_text(
        "某区政府工作报告重点任务分工方案\n各单位名称下所列任务由该单位牵头，括号内所列为配合单位。\n"
        "一、区工业和信息化局\n1.开展亩均论英雄改革，年底前完成企业综合评价。（配合单位：区统计局）\n"
        "2.推动规上工业企业数字化改造。\n二、区商务局\n3.举办消费促进活动20场以上。\n"
    )
    assert [t.lead for t in notice.tasks] == [("区工业和信息化局",), ("区工业和信息化局",), ("区商务局",)]
