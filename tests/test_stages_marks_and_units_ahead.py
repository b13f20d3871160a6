"""A deadline written as stages, each with its time, resolved by its last; an item whose clauses each open with
their units in a bracket; a unit marked ▲ in a units cell; 主要工作 naming a task column; names a strict reading
or a space could spoil; units named after the street issuing the notice. Invented places."""

from __future__ import annotations

import pytest

from policy_cli.departments import split_units
from policy_cli.parse import parse_text
from policy_cli.parse.deadlines import resolve
from policy_cli.parse.lines import split_lines
from policy_cli.parse.roles import Assignment, parse_annotation
from policy_cli.parse.task_blocks import number_task_blocks


@pytest.mark.parametrize(
    ("due", "year", "date", "kind"),
    [
        ("2025年6月底前完成流程再造，2025年12月底前实现常态化运行", 2025, "2025-12-31", "date"),  # (not standing)
        ("2025年6月底前完成规划初稿，12月底前报批", 2025, "2025-12-31", "date"),  # (the year before it)
        ("2024年10月底前全面部署；2025年起常态化开展", None, None, "standing"),  # (ends in a start)
        ("2025年6月、12月", 2025, "2025-12-31", "date"),
    ],
)
def test_a_deadline_in_stages_is_resolved_by_its_last(due: str, year: int | None, date: str | None, kind: str) -> None:
    resolved = resolve(due, 2025)
    assert (resolved.year, resolved.date, resolved.kind) == (year, date, kind)


def test_an_item_whose_clauses_each_open_with_their_units_is_a_task_each() -> None:
    notice = parse_text(
        "溪桥市2025年城市更新工作要点\n\n一、提升城市功能品质\n"
        "　　1.【市园林绿化中心】见缝插绿建设口袋公园12个（2025年8月底前）；【市城管局】同步推进背街小巷整治，完成60条（年底前）。\n"
        "　　2.【市住建局】建立城市更新项目库。（每季度）\n"
    )
    assert [(t.text, t.departments, t.due) for t in notice.tasks] == [
        ("见缝插绿建设口袋公园12个（2025年8月底前）", ("市园林绿化中心",), "2025年8月底前"),
        ("同步推进背街小巷整治，完成60条（年底前）。", ("市城管局",), "年底前"),
        ("建立城市更新项目库。（每季度）", ("市住建局",), "每季度"),
    ]


def test_a_unit_marked_with_a_triangle_leads_and_a_task_column_named_main_work() -> None:
    notice = parse_text(
        "溪桥市2023年重点工作任务清单\n\n序号\t主要工作\t责任单位\n"
        "1\t生产总值增长7.5%左右\t▲市发改局、各部门、各镇乡(街道)\n"
        "2\t研发投入强度2.85%以上\t▲市科技局、各镇乡(街道)\n"
    )
    assert [(t.text, t.lead, t.departments) for t in notice.tasks] == [
        ("生产总值增长7.5%左右", ("市发改局",), ("市发改局", "各部门", "各镇乡(街道)")),
        ("研发投入强度2.85%以上", ("市科技局",), ("市科技局", "各镇乡(街道)")),
    ]


@pytest.mark.parametrize(
    ("annotation", "roles"),
    [
        (
            "省通信管理局牵头，省工业和信息化厅、各地级以上市人民政府配合",
            (["省通信管理局"], ["省工业和信息化厅", "各地级以上市人民政府"]),
        ),
        ("省政务服务中心负责，各地级以上市人民政府配合", ([], ["各地级以上市人民政府"])),
    ],
)
def test_the_governments_of_every_prefecture_city_are_a_unit_not_prose(
    annotation: str, roles: tuple[list[str], list[str]]
) -> None:
    assignment = parse_annotation(annotation, strict=True)
    assert assignment is not None
    assert (assignment.lead, assignment.partners) == roles


@pytest.mark.parametrize(
    ("cell", "units"),
    [
        ("街道城 管 办（牵头）、各 社 区（配合）", ("街道城管办（牵头）", "各社区（配合）")),
        ("各市（州）教育、卫生健康部门", ("各市（州）教育部门", "各市（州）卫生健康部门")),
        ("各县教育、卫生健康部门", ("各县教育部门", "各县卫生健康部门")),
        ("各级党委、政府", ("各级党委", "各级政府")),
        ("云檀镇、石渠乡人民政府", ("云檀镇人民政府", "石渠乡人民政府")),  # (towns and townships, one tier)
    ],
)
def test_spaced_names_with_their_roles_and_each_place_s_fields(cell: str, units: tuple[str, ...]) -> None:
    assert split_units(cell) == units


def test_units_named_after_the_street_issuing_the_notice_take_no_level() -> None:
    notice = parse_text(
        "溪岫街道办事处关于印发《溪岫街道2025年工作要点》的通知\n\n一、重点工作\n"
        "　　1.壮大市场主体，新增个体工商户200户。（区溪岫市场监管所、区市场监管局负责，年底前）\n"
        "　　2.筑牢安全防线。（街道应急办牵头，溪岫派出所、溪岫消防救援站、区应急管理局配合，每季度）\n"
        "　　3.推进统计监测。（街道经济发展办、区统计局负责，9月底前）\n"
        "　　4.优化营商服务。（街道经济发展办、区市场监管局负责，年底前）\n"
    )
    assert notice.tasks[1].partners == ("溪岫派出所", "溪岫消防救援站", "区应急管理局")


@pytest.mark.parametrize(
    ("cell", "units"),
    [
        ("县 财 政 局 县 税 务 局", ("县财政局", "县税务局")),  # two names spaced out: two
        ("各 乡 镇 各 村", ("各乡镇", "各村")),
        ("各区县教育、人社部门", ("各区县教育部门", "各区县人社部门")),
        ("县人力资源社会保障局、县职业技能等级认定机构", ("县人力资源社会保障局", "县职业技能等级认定机构")),
    ],
)
def test_spellings_a_looser_reading_would_spoil(cell: str, units: tuple[str, ...]) -> None:
    assert split_units(cell) == units


TRIANGLES = (
    "溪桥县重点工作任务分工表\n\n序号\t主要工作\t责任单位\n1\t推进技改项目建设\t★县工信局、▲县财政局、▲县自然资源局\n"
)


def test_a_note_naming_triangles_partners_keeps_them_partners() -> None:
    noted = parse_text(TRIANGLES + "\n注：标★的为牵头单位，标▲的为配合单位。\n").tasks[0]
    assert (noted.lead, noted.partners) == (("县工信局",), ("县财政局", "县自然资源局"))


@pytest.mark.parametrize(
    "sentence",
    [
        "加强校园安全管理，学校负责，2025年底前实现视频监控全覆盖。",
        "督促企业落实主体责任，各生产经营单位负责，年底前完成隐患整改。",
    ],
)
def test_those_the_work_is_asked_of_are_no_office_before_a_dated_close(sentence: str) -> None:
    notice = parse_text(
        f"溪桥县实施意见\n\n一、重点任务\n（一）强化安全管理。{sentence}\n（二）拓展居家助老服务。发展家庭养老床位。（县民政局负责，长期坚持）\n"
    )
    assert [t.text[:4] for t in notice.tasks] == ["拓展居家"]
    assert any(w.code == "role-not-read" and w.line == 4 for w in notice.warnings)


def test_a_unit_named_after_the_issuing_street_keeps_a_level_its_cell_writes() -> None:
    notice = parse_text(
        "溪岫街道办事处关于印发《溪岫街道2025年工作要点》的通知\n\n一、重点工作\n"
        "　　1.壮大市场主体。（区溪岫市场监管所、区市场监管局负责，年底前）\n"
        "　　2.筑牢安全防线。（街道应急办牵头，溪岫派出所、区应急管理局配合，每季度）\n"
        "　　3.推进统计监测。（街道经济发展办、区统计局负责，9月底前）\n"
    )
    assert notice.tasks[0].departments == ("区溪岫市场监管所", "区市场监管局")


def test_name_labels_under_items_numbered_already_are_read_as_they_stand() -> None:
    lines = split_lines(
        "溪桥县方案\n一、重点任务\n1.深化企业开办改革。\n任务名称：企业开办一网通办\n牵头单位：县市场监管局\n"
        "2.优化纳税服务。\n任务名称：非接触式办税\n牵头单位：县税务局\n"
    )
    assert number_task_blocks(lines) == lines


def test_markdown_bullets_before_figures_or_bold() -> None:
    notice = parse_text(
        "# 溪桥区任务清单\n\n## 一、老旧小区改造\n\n- 12个城中村完成征迁（责任单位：区住建局）\n"
        "- **新增加装电梯60台**（责任单位：区住建局、区市场监管局）\n"
    )
    assert [(t.text, t.departments) for t in notice.tasks] == [
        ("12个城中村完成征迁", ("区住建局",)),
        ("新增加装电梯60台", ("区住建局", "区市场监管局")),
    ]


def test_a_line_ending_in_levels_named_in_turn_is_no_name_cut() -> None:
    notice = parse_text(
        "溪桥县实施意见\n\n一、重点任务\n　　1.建立省、市、县\n　　2.加强校园安全管理。（县教育局负责，年底前）\n"
        "　　3.推进平安建设。（县公安局负责，长期坚持）\n"
    )
    assert [t.departments for t in notice.tasks][-2:] == [("县教育局",), ("县公安局",)]


def test_a_leader_in_charge_named_by_post_is_no_unit() -> None:
    assignment = Assignment()
    assignment.add("departments", "县政务服务中心负责，分管副县长 周建明 督办")
    assert assignment.responsible == ["县政务服务中心"]


def test_a_federation_of_cooperatives_is_one_name_not_two_joined() -> None:
    assignment = parse_annotation("县交通运输局牵头，县供销合作社联合社配合", strict=True)
    assert assignment is not None
    assert assignment.partners == ["县供销合作社联合社"]


def test_the_government_s_leader_in_charge_in_a_bracket_is_a_person() -> None:
    assignment = parse_annotation("县政府分管领导：王建国；牵头单位：县水利局；配合单位：县生态环境局")
    assert assignment is not None
    assert (assignment.departments, assignment.leaders) == (("县水利局", "县生态环境局"), ["王建国"])
