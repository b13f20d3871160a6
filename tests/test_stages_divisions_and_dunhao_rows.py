"""Forms of assignment met in notices of other layouts: stages heading the items under them, a division by number
in brackets of its own after a part's items, sub-items each dated under roles given once after them, a table
whose cells a 、 joins, two brackets of roles in one item with work between them, and units that give technical
support. The notices are written for the test (invented places and people)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.dunhao_table import untie_dunhao_tables
from policy_cli.parse.roles import parse_annotation

STAGES = """\
石砚市城乡环境卫生集中整治行动计划
一、实施步骤和工作任务
行动分三个阶段实施。
第一阶段（2025年3月—5月）：摸底排查。
1.全面排查背街小巷环境卫生问题，建立问题台账。（市城管局负责）
2.组织对国省道沿线垃圾堆放点进行排查，4月20日前完成建档。（市交通运输局负责）
第二阶段（2025年6月—9月）：集中整治。
3.推进城区公共厕所提标改造，新建公共厕所40座。（市城管局牵头，市住建局配合）
二、保障措施
各县（区）要加强组织领导。
"""


def test_a_stage_s_time_dates_the_items_under_it() -> None:
    tasks = parse_text(STAGES).tasks
    assert [(t.departments, t.due, t.due_year) for t in tasks] == [
        (("市城管局",), "2025年3月—5月", 2025),
        (("市交通运输局",), "4月20日前", 2025),  # its own deadline wins
        (("市城管局", "市住建局"), "2025年6月—9月", 2025),
    ]
    assert not any("阶段" in t.text for t in tasks)  # the stage's line is no task's text


DIVISION_IN_BRACKETS = """\
苎川区2025年平安建设工作要点
一、防范化解重大风险
1.健全矛盾纠纷多元化解机制，推进综治中心规范化建设。（按序时推进）
2.深化诉源治理，第三季度完成诉调对接中心升级改造。
3.开展信访积案化解攻坚。
4.落实信访工作责任制，推进信访事项网上办理。（长期）
（以上第1—3项由区委政法委牵头，区法院、检察院配合；第4项由区信访局负责）
二、工作要求
各街道要加强协同。
"""


def test_a_division_by_number_in_brackets_of_its_own() -> None:
    tasks = parse_text(DIVISION_IN_BRACKETS).tasks
    assert [(t.lead, t.partners, t.departments) for t in tasks] == [
        (("区委政法委",), ("区法院", "区检察院"), ("区委政法委", "区法院", "区检察院")),
    ] * 3 + [((), (), ("区信访局",))]
    # a bracket closing an item that holds its time alone dates it
    assert [t.due for t in tasks] == ["按序时推进", "第三季度", None, "长期"]
    assert not any("以上" in u for t in tasks for u in t.departments)


DATED_SUBITEMS = """\
楸川县停车设施建设工作方案
一、重点任务
（一）摸清停车资源底数。
（1）开展城区停车资源普查，建立停车泊位基础数据库，2025年5月底前完成；
（2）编制城区停车设施专项规划，2025年9月—10月完成规划报批。
（牵头单位：县住建局；配合单位：县自然资源局）
（二）推进智慧停车建设。建设县级智慧停车管理平台，2025年12月底前上线运行。（县大数据中心牵头，县住建局配合，电信楸川分公司提供技术支持）
"""


def test_sub_items_each_dated_are_tasks_of_the_roles_after_them() -> None:
    tasks = parse_text(DATED_SUBITEMS).tasks
    assert [(t.lead, t.partners, t.due) for t in tasks] == [
        (("县住建局",), ("县自然资源局",), "2025年5月底前"),
        (("县住建局",), ("县自然资源局",), "2025年9月—10月"),
        (("县大数据中心",), ("县住建局", "电信楸川分公司"), "2025年12月底前"),
    ]


@pytest.mark.parametrize(
    ("annotation", "partners"),
    [
        ("县大数据中心牵头，县住建局配合，电信楸川分公司提供技术支持", ["县住建局", "电信楸川分公司"]),
        ("县卫健局牵头，县人民医院提供技术保障", ["县人民医院"]),
    ],
)
def test_units_giving_technical_support_are_partners(annotation: str, partners: list[str]) -> None:
    assignment = parse_annotation(annotation)
    assert assignment is not None and assignment.partners == partners


def test_two_brackets_of_roles_in_one_item_with_work_between() -> None:
    notice = parse_text(
        "苕川县2025年农业农村工作要点\n一、夯实农业基础\n"
        "（一）完成水毁水利设施修复、汛期前全部恢复功能（县水利局牵头，各乡镇人民政府配合），"
        "实施小型水库除险加固6座、年底前完成主体工程（县水利局负责，县财政局配合）。\n"
    )
    assert [(t.lead, t.partners, t.due) for t in notice.tasks] == [
        (("县水利局",), ("各乡镇人民政府",), "汛期前"),
        (("县水利局",), ("县财政局",), "年底前"),
    ]


DUNHAO_TABLE = """\
桦川镇2025年农村人居环境整治工作任务清单
序号、工作任务、责任人、责任单位、完成时间
1、组织开展村庄清洁行动，集中清理村内塘沟积存垃圾、张某、镇村建办（牵头）、各村（社区）、3月底前
2、完成农村户厕问题摸排整改、李某、镇农业服务中心、卫生院、2025年6月底前
3、组织开展人居环境“红黑榜”评比、刘某、镇党政办、每两个月
"""


def test_a_table_whose_cells_a_dunhao_joins() -> None:
    rows = untie_dunhao_tables(DUNHAO_TABLE).splitlines()
    assert rows[1] == "序号\t工作任务\t责任人\t责任单位\t完成时间"
    assert rows[2].split("\t") == [
        "1",
        "组织开展村庄清洁行动，集中清理村内塘沟积存垃圾",
        "张某",
        "镇村建办（牵头）、各村（社区）",
        "3月底前",
    ]
    tasks = parse_text(DUNHAO_TABLE).tasks
    assert [(t.lead, t.departments, t.due) for t in tasks] == [
        (("镇村建办",), ("镇村建办", "各村（社区）"), "3月底前"),
        ((), ("镇农业服务中心", "镇卫生院"), "2025年6月底前"),
        ((), ("镇党政办",), "每两个月"),
    ]
    assert not any(u in ("张某", "李某", "刘某") for t in tasks for u in t.departments)  # a person is no unit


def test_a_line_of_pieces_that_cannot_be_placed_is_left_as_written() -> None:
    text = "序号、工作任务、责任人、责任单位、完成时间\n1、组织开展清洁行动、各村要全力配合做好清理工作\n"
    assert untie_dunhao_tables(text) == text


CSV_TABLE = """\
蓠川市稳就业若干措施责任分工方案
各项措施的牵头单位、配合单位和完成时限见下表。
序号,工作措施,牵头单位,配合单位,完成时限
1,"支持企业稳岗扩岗，每人补助1,500元",市人社局,"市财政局,税务局",2025/6/30
2,开发城乡公益性岗位,市人社局,市农业农村局,2025年Q3
3,加强零工市场建设,市人社局,,年底前
"""


def test_a_table_of_comma_separated_values() -> None:
    tasks = parse_text(CSV_TABLE).tasks
    assert [(t.text, t.lead, t.partners, t.due) for t in tasks] == [
        ("支持企业稳岗扩岗，每人补助1,500元", ("市人社局",), ("市财政局", "市税务局"), "2025/6/30"),
        ("开发城乡公益性岗位", ("市人社局",), ("市农业农村局",), "2025年Q3"),
        ("加强零工市场建设", ("市人社局",), (), "年底前"),
    ]


EXCEL_COPY = (
    "菖溪县2025年优化营商环境重点任务\n"
    "序号\t类别\t工作任务\t牵头单位\t配合单位\t完成时限\n"
    "1\t政务服务\t推行高效办成一件事\t县政务服务中心\t县市场监管局\t2025.6.30\n"
    '2\t\t"深化综合窗口改革，\n可办事项比例达到80%"\t县政务服务中心\t"县直有关部门\n各乡镇人民政府"\t年底前\n'
    "3\t\t推行帮办代办\t县政务服务中心\t—\t2025.12.31\n"
    "二、工作要求\n"
    "各单位要加强协同。\n"
)


def test_a_spreadsheet_copy_with_line_breaks_inside_quoted_cells() -> None:
    notice = parse_text(EXCEL_COPY)
    assert [(t.text, t.partners) for t in notice.tasks] == [
        ("推行高效办成一件事", ("县市场监管局",)),
        ("深化综合窗口改革，可办事项比例达到80%", ("县直有关部门", "各乡镇人民政府")),
        ("推行帮办代办", ()),
    ]
    # the lines the quoted cells spanned keep the lines after the table where they were
    assert any(w for w in notice.warnings) or notice.closing is None or "加强协同" in (notice.closing or "")


SUB_NUMBERED = (
    "芸川镇2025年平安建设重点任务分解\n"
    "序号\t工作任务\t分管领导\t牵头单位\t配合单位\t完成时限\n"
    "1\t安全生产风险防控\n"
    "1.1\t开展燃气安全专项整治\t王某\t镇应急办\t镇规划建设办\t2025年5月底前\n"
    "1.2\t推进电动自行车安全隐患整治\t王某\t镇应急办\t各村（社区）\t2025年9月底前\n"
    "2\t防灾减灾救灾\n"
    "2.1\t修订镇级防汛抗旱应急预案\t李某\t镇农业农村办\t镇应急办\t5月15日前\n"
)


def test_rows_numbered_under_group_rows() -> None:
    notice = parse_text(SUB_NUMBERED)
    assert [(t.id, t.text, t.lead, t.due) for t in notice.tasks] == [
        (1, "开展燃气安全专项整治", ("镇应急办",), "2025年5月底前"),
        (2, "推进电动自行车安全隐患整治", ("镇应急办",), "2025年9月底前"),
        (3, "修订镇级防汛抗旱应急预案", ("镇农业农村办",), "5月15日前"),
    ]
    assert notice.annex is not None and [g.title for g in notice.annex.groups] == ["安全生产风险防控", "防灾减灾救灾"]
    assert not [w for w in notice.warnings if w.code == "row-number-shared"]


TWO_LINE_HEADER = """\
茭川区老旧小区改造2025年实施方案
序号  重点任务                                    责任单位                              完成时限
                                                  牵头            配合
1     启动28个老旧小区改造，惠及居民5600户        区住建局        区财政局、发改局      2025年6月底前
2     推进背街小巷环境整治，完成30条              区城管局        各街道办事处          年底前
"""


def test_a_units_column_over_lead_and_partner_columns_in_a_spaced_layout() -> None:
    tasks = parse_text(TWO_LINE_HEADER).tasks
    assert [(t.lead, t.partners, t.due) for t in tasks] == [
        (("区住建局",), ("区财政局", "区发改局"), "2025年6月底前"),
        (("区城管局",), ("各街道办事处",), "年底前"),
    ]
