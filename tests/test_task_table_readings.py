"""Task tables read by the kinds of their cells: each case is a short notice written for the test
(invented places) and what its tasks must read as; controls beside each rule keep the other side."""

from __future__ import annotations

import pytest

from .cases import lines as _lines
from .cases import parsed as _parsed

# --- a one-cell-a-line table whose last column is 备注 -----------------------------------------------

ONE_CELL_REMARK = _lines(
    "石门县2025年便民工作任务分解表",
    "序号",
    "工作任务",
    "牵头单位",
    "完成时限",
    "备注",
    "1",
    "改建城区公厕6座。",
    "县城市管理局",
    "2025年8月底前",
    "纳入市级考核",
    "2",
    "新增公共停车泊位300个。",
    "县公安局",
    "2025年11月底前",
    "3",
    "完成老旧小区加装电梯10台。",
    "县住房城乡建设局",
    "2025年12月底前",
    "9月底前完成5台",
)

ONE_CELL_LEADER_REMARK = _lines(
    "青溪镇2025年重点工作任务分解表",
    "序号",
    "工作任务",
    "责任领导",
    "牵头单位",
    "配合单位",
    "完成时限",
    "备注",
    "1",
    "完成集镇道路白改黑2公里。",
    "副镇长周敏",
    "镇规划建设办",
    "镇财政所",
    "2025年9月底前",
    "需县交通运输局派员指导",
    "2",
    "建成村级养老服务站3个。",
    "镇长何平",
    "镇社会事务办",
    "各村民委员会",
    "2025年12月底前",
)

REMARK_CASES = [
    # (notice, at, text, lead, partners, leaders, due)
    (ONE_CELL_REMARK, 0, "改建城区公厕6座。", ("县城市管理局",), (), (), "2025年8月底前"),
    (ONE_CELL_REMARK, 1, "新增公共停车泊位300个。", ("县公安局",), (), (), "2025年11月底前"),
    (ONE_CELL_REMARK, 2, "完成老旧小区加装电梯10台。", ("县住房城乡建设局",), (), (), "2025年12月底前"),
    (
        ONE_CELL_LEADER_REMARK,
        0,
        "完成集镇道路白改黑2公里。",
        ("镇规划建设办",),
        ("镇财政所",),
        ("副镇长周敏",),
        "2025年9月底前",
    ),
    (
        ONE_CELL_LEADER_REMARK,
        1,
        "建成村级养老服务站3个。",
        ("镇社会事务办",),
        ("各村民委员会",),
        ("镇长何平",),
        "2025年12月底前",
    ),
]


@pytest.mark.parametrize(("notice", "at", "text", "lead", "partners", "leaders", "due"), REMARK_CASES)
def test_a_remark_is_the_last_column_and_shifts_no_cell(
    notice: str,
    at: int,
    text: str,
    lead: tuple[str, ...],
    partners: tuple[str, ...],
    leaders: tuple[str, ...],
    due: str,
) -> None:
    task = _parsed(notice).tasks[at]
    assert (task.text, task.lead, task.partners, task.leaders, task.due) == (text, lead, partners, leaders, due)


def test_a_row_whose_cells_do_not_fit_their_kinds_is_warned() -> None:
    notice = ONE_CELL_REMARK.replace("县公安局\n", "县公安局\n县交警大队\n")  # one line too many: a guess
    assert any(w.code == "row-cells-guessed" for w in _parsed(notice).warnings)
    assert not any(w.code == "row-cells-guessed" for w in _parsed(ONE_CELL_REMARK).warnings)


@pytest.mark.parametrize(
    ("cell", "person"),
    [
        ("副镇长吴丽", True),
        ("县长陈刚", True),
        ("县委副书记张华", True),
        ("局长王强", True),
        ("林涛", True),
        ("镇规划建设办", False),
        ("县长江管理局", False),
        ("县农业农村局", False),
    ],
)
def test_a_post_and_a_name_is_a_person(cell: str, person: bool) -> None:
    from policy_cli.parse.annex import _person_like

    assert _person_like(cell) is person


# --- a second annex that is no task table ---------------------------------------------------------

TWO_ANNEXES = _lines(
    "附件1",
    "石门县防汛工作任务分解表",
    "序号\t工作任务\t责任单位\t完成时限",
    "1\t清理城区排水管网淤泥。\t县城市管理局\t2025年5月底前",
    "2\t检修水库闸门启闭设备。\t县水利局\t2025年6月底前",
    "附件2",
    "石门县防汛工作联络员名单",
    "序号\t单位\t姓名\t职务\t联系电话",
    "1\t县水利局\t赵强\t副局长\t13900000011",
    "2\t县应急管理局\t钱敏\t科长\t13900000012",
)


def test_a_table_with_no_task_column_is_warned_once_and_gives_no_task() -> None:
    notice = _parsed(TWO_ANNEXES)
    assert [t.text for t in notice.tasks] == ["清理城区排水管网淤泥。", "检修水库闸门启闭设备。"]
    assert [w.code for w in notice.warnings] == ["table-header-unread"]
    kept = {b.line for b in notice.boilerplate}
    assert {6, 7, 8, 9, 10} <= kept  # the marker, the title, the header and the rows: set aside, not lost


def test_a_second_task_table_is_still_read() -> None:
    notice = _parsed(TWO_ANNEXES.replace("序号\t单位\t姓名\t职务\t联系电话", "序号\t工作任务\t责任单位\t完成时限"))
    assert len(notice.tasks) == 4


# --- two due columns: a schedule, then the deadline ------------------------------------------------

SCHEDULE_AND_DEADLINE = _lines(
    "石门县2025年政务服务改进任务清单",
    "序号\t改进事项\t进度安排\t责任单位\t完成时限",
    "1\t推行企业开办一日办结\t4月出台办法，7月全面实施\t县行政审批局\t2025年7月底前",
    "2\t建设政务服务自助专区\t上半年选址，下半年建成\t县数据资源局\t",
)

DEADLINE_CASES = [
    # (notice, at, text, due)
    (SCHEDULE_AND_DEADLINE, 0, "推行企业开办一日办结（进度安排：4月出台办法，7月全面实施）", "2025年7月底前"),
    (SCHEDULE_AND_DEADLINE, 1, "建设政务服务自助专区（进度安排：上半年选址，下半年建成）", None),
    (  # one due column: it is the deadline, whatever its name
        SCHEDULE_AND_DEADLINE.replace("\t完成时限", "").replace("\t2025年7月底前", ""),
        0,
        "推行企业开办一日办结",
        "4月出台办法，7月全面实施",
    ),
]


@pytest.mark.parametrize(("notice", "at", "text", "due"), DEADLINE_CASES)
def test_the_column_named_as_a_deadline_is_the_deadline(notice: str, at: int, text: str, due: str | None) -> None:
    task = _parsed(notice).tasks[at]
    assert (task.text, task.due) == (text, due)


# --- a units cell wrapped after its separator -----------------------------------------------------

WRAPPED_UNITS = _lines(
    "石门县2025年消防工作任务清单",
    "序号",
    "工作任务",
    "牵头单位",
    "配合单位",
    "完成时限",
    "1",
    "开展高层建筑消防设施检测。",
    "县消防救援大队",
    "县住房城乡建设局、",
    "县应急管理局",
    "2025年8月底前",
    "2",
    "排查沿街商铺电动车违规充电。",
    "县消防救援大队",
    "各街道办事处",
    "2025年10月底前",
)


@pytest.mark.parametrize(
    ("at", "lead", "partners"),
    [
        (0, ("县消防救援大队",), ("县住房城乡建设局", "县应急管理局")),
        (1, ("县消防救援大队",), ("各街道办事处",)),
    ],
)
def test_a_units_line_ending_in_a_separator_goes_on_on_the_next(
    at: int, lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    notice = _parsed(WRAPPED_UNITS)
    task = notice.tasks[at]
    assert (task.lead, task.partners) == (lead, partners)
    assert not any(w.code == "row-too-long" for w in notice.warnings)


# --- section rows and a 类别 column ----------------------------------------------------------------

SECTIONS_AND_CATEGORIES = _lines(
    "石门县2025年农村环境整治任务清单",
    "| 类别 | 具体措施 | 责任单位 | 时间节点 |",
    "|---|---|---|---|",
    "| 一、垃圾治理 |  |  |  |",
    "| 收运体系 | 每个行政村配备保洁员2名以上。 | 县城市管理局 | 2025年6月底前 |",
    "|  | 建成乡镇垃圾中转站3座。 | 县城市管理局 | 2025年10月底前 |",
    "| 二、污水治理 |  |  |  |",
    "| 管网建设 | 完成12个行政村污水管网铺设。 | 县住房城乡建设局 | 2025年11月底前 |",
)


def test_a_section_row_is_a_group_and_a_category_cell_a_sub_group() -> None:
    notice = _parsed(SECTIONS_AND_CATEGORIES)
    assert notice.annex is not None
    groups = [(g.title, [s.title for s in g.subgroups]) for g in notice.annex.groups]
    assert groups == [("垃圾治理", ["收运体系"]), ("污水治理", ["管网建设"])]
    assert [(t.group, t.subgroup) for t in notice.tasks] == [(1, 1), (1, 1), (2, 1)]


def test_a_category_column_without_section_rows_still_makes_the_groups() -> None:
    rows = SECTIONS_AND_CATEGORIES.splitlines()
    notice = _parsed(_lines(*(r for r in rows if "、" not in r)))
    assert notice.annex is not None
    assert [g.title for g in notice.annex.groups] == ["收运体系", "管网建设"]


# --- a group row with its numeral in the 序号 cell -------------------------------------------------

NUMERAL_GROUP_ROWS = _lines(
    "石门县2025年水利建设任务分解表",
    "序号\t工作任务\t牵头单位\t配合单位\t完成时限",
    "一\t农田水利\t\t\t",
    "1\t新建高标准农田灌渠8公里。\t县水利局\t县农业农村局\t2025年10月底前",
    "二\t防汛抗旱\t\t\t",
    "2\t加固病险山塘12座。\t县水利局\t各乡镇人民政府\t2025年5月底前",
)


def test_a_numeral_in_the_number_cell_opens_a_group() -> None:
    notice = _parsed(NUMERAL_GROUP_ROWS)
    assert notice.annex is not None
    assert [g.title for g in notice.annex.groups] == ["农田水利", "防汛抗旱"]
    assert [t.path for t in notice.tasks] == ["一/1", "二/2"]
    assert not any(w.code == "annex-unparsed" for w in notice.warnings)


def test_a_number_row_with_one_text_cell_is_no_group() -> None:
    notice = _parsed(NUMERAL_GROUP_ROWS.replace("一\t农田水利", "1\t农田水利").replace("二\t防汛抗旱\t\t\t\n", ""))
    assert notice.annex is not None
    assert [g.title for g in notice.annex.groups] == []


# --- a column of units and their deadline ---------------------------------------------------------

UNITS_AND_DUE = _lines(
    "石门县2025年森林防火工作分工方案",
    "一、任务分工",
    "序号\t工作任务\t责任单位及完成时限",
    "1\t更新森林防火物资储备。\t县应急管理局，2025年4月底前",
    "2\t开展林区火源巡查。\t县林业局牵头，县公安局配合，长期坚持",
    "3\t完善防火检查站设施。\t县林业局",
)


@pytest.mark.parametrize(
    ("at", "departments", "lead", "due"),
    [
        (0, ("县应急管理局",), (), "2025年4月底前"),
        (1, ("县林业局", "县公安局"), ("县林业局",), "长期坚持"),
        (2, ("县林业局",), (), None),  # no deadline after the units: none is read
    ],
)
def test_a_units_and_deadline_column_gives_both(
    at: int, departments: tuple[str, ...], lead: tuple[str, ...], due: str | None
) -> None:
    notice = _parsed(UNITS_AND_DUE)
    task = notice.tasks[at]
    assert (task.departments, task.lead, task.due) == (departments, lead, due)
    assert not any(w.code == "row-units-unread" for w in notice.warnings)


# --- a spaced row wrapped onto an indented line ---------------------------------------------------

SPACED_WRAPPED = _lines(
    "石门县2025年林业重点工作任务清单",
    "序号    工作任务                        牵头单位        配合单位            完成时限",
    "1       完成国土绿化造林1.5万亩，       县林业局        县财政局、          2025年11月底前",
    "        同步开展林地补植补造。                          县自然资源局",
    "2       开展松材线虫病普查。            县林业局        各乡镇人民政府      2025年10月底前",
)


def test_an_indented_line_goes_on_with_the_task_and_the_open_units_cell() -> None:
    notice = _parsed(SPACED_WRAPPED)
    first = notice.tasks[0]
    assert first.text == "完成国土绿化造林1.5万亩，同步开展林地补植补造。"
    assert first.partners == ("县财政局", "县自然资源局")
    assert not any(w.code == "annex-unparsed" for w in notice.warnings)


def test_a_line_whose_units_have_no_open_cell_says_they_are_not_read() -> None:
    notice = _parsed(SPACED_WRAPPED.replace("县财政局、   ", "县财政局     "))
    unparsed = [w.message for w in notice.warnings if w.code == "annex-unparsed"]
    assert unparsed and "县自然资源局" in unparsed[0]


# --- columns the parser does not know -------------------------------------------------------------

RECTIFICATION = _lines(
    "石门县2025年环保督察反馈问题整改清单",
    "序号\t问题\t整改措施\t责任单位\t整改时限\t整改目标",
    "1\t城区餐饮油烟直排。\t督促餐饮单位安装油烟净化设施。\t县市场监管局\t2025年6月底前\t投诉量下降五成",
    "2\t乡镇污水站运行不正常。\t开展运维评估，落实第三方运营。\t县住房城乡建设局\t2025年9月底前\t",
)

CONTACTS_AND_REMARKS = _lines(
    "石门县2025年民生实事任务分解表",
    "序号\t项目内容\t牵头单位\t联系人\t联系电话\t完成时限\t备注",
    "1\t改造城区供水管网12公里。\t县水利局\t孙立\t0000-1234567\t2025年10月底前\t",
    "2\t新增养老床位200张。\t县民政局\t李娟\t0000-7654321\t2025年12月底前\t已列入省级补助",
)

EMPTY_REMARKS = _lines(
    "石门县2025年民生实事任务分解表",
    "序号\t项目内容\t牵头单位\t完成时限\t备注",
    "1\t改造城区供水管网12公里。\t县水利局\t2025年10月底前\t",
)


def test_a_problem_column_opens_the_task_s_text_before_the_measure() -> None:
    notice = _parsed(RECTIFICATION)
    assert [t.text for t in notice.tasks] == [
        "城区餐饮油烟直排。 督促餐饮单位安装油烟净化设施。",
        "乡镇污水站运行不正常。 开展运维评估，落实第三方运营。",
    ]


@pytest.mark.parametrize(
    "column", ["整改问题", "存在的问题", "反馈的问题", "问题内容", "审计发现的问题", "巡察发现问题", "检查发现的问题"]
)
def test_a_problem_column_by_another_name_is_read_too(column: str) -> None:
    notice = _parsed(RECTIFICATION.replace("序号\t问题\t", f"序号\t{column}\t"))
    assert notice.tasks[0].text == "城区餐饮油烟直排。 督促餐饮单位安装油烟净化设施。"
    assert [w.message for w in notice.warnings if w.code == "column-not-kept"] == [
        "cells of columns the parser does not read are not kept: 整改目标"
    ]


@pytest.mark.parametrize(
    ("notice", "named"),
    [
        (RECTIFICATION, "整改目标"),
        (CONTACTS_AND_REMARKS, "联系人、联系电话、备注"),
        (EMPTY_REMARKS, None),  # an empty column loses nothing
    ],
)
def test_columns_not_kept_are_warned_once_per_table_by_name(notice: str, named: str | None) -> None:
    warned = [w for w in _parsed(notice).warnings if w.code == "column-not-kept"]
    if named is None:
        assert warned == []
    else:
        assert len(warned) == 1 and warned[0].message.endswith(named) and warned[0].line == 2


# --- noise: ordinary empty cells, headers that are read, groups named as the body's clauses ----------

EMPTY_PARTNERS = _lines(
    "石门县2025年文明创建任务清单",
    "序号",
    "工作任务",
    "牵头单位",
    "配合单位",
    "完成时限",
    "1",
    "整治背街小巷环境卫生。",
    "县城市管理局",
    "各街道办事处",
    "2025年5月底前",
    "2",
    "规范公益广告设置。",
    "县委宣传部",
    "2025年6月底前",
)

PROBLEM_ONE_A_LINE = _lines(
    "石门县巡察反馈问题整改清单",
    "序号",
    "反馈问题",
    "整改措施",
    "责任单位",
    "整改时限",
    "1",
    "专项资金使用不规范。",
    "开展专项资金使用情况自查。",
    "县财政局",
    "2025年6月底前",
)


def test_empty_partners_cells_are_warned_once_for_the_table() -> None:
    notice = _parsed(EMPTY_PARTNERS)
    assert [(t.lead, t.partners, t.due) for t in notice.tasks] == [
        (("县城市管理局",), ("各街道办事处",), "2025年5月底前"),
        (("县委宣传部",), (), "2025年6月底前"),
    ]
    assert [(w.code, w.line) for w in notice.warnings] == [("row-incomplete", 12)]
    more = _parsed(EMPTY_PARTNERS + _lines("3", "开展文明交通劝导。", "县公安局", "每月"))
    assert [w.code for w in more.warnings] == ["row-incomplete"]  # still one, naming rows 2 and 3
    assert "2、3" in more.warnings[0].message


def test_a_header_one_name_a_line_with_a_problem_column_is_read() -> None:
    notice = _parsed(PROBLEM_ONE_A_LINE)
    assert [t.text for t in notice.tasks] == ["专项资金使用不规范。 开展专项资金使用情况自查。"]
    assert not any(w.code == "table-header-unread" for w in notice.warnings)


def test_a_group_named_as_a_body_clause_is_linked_to_its_part() -> None:
    from policy_cli.check import _annex_titles

    text = _lines(
        "石门县人民政府办公室关于印发石门县供水提质方案的通知",
        "石门县供水提质方案",
        "一、工作目标",
        "全县农村自来水普及率达到百分之九十八。",
        "二、重点任务",
        "（一）完善供水工程。按照任务分解表推进。",
        "（二）强化水质保障。按照任务分解表推进。",
        "附件",
        "石门县供水提质任务分解表",
        "序号\t工作任务\t牵头单位\t完成时限",
        "一、完善供水工程",
        "1\t新建集中供水工程5处。\t县水利局\t2025年10月底前",
        "二、强化水质保障",
        "2\t每季度开展水质监测。\t县卫生健康局\t每季度",
    )
    notice = _parsed(text)
    assert notice.annex is not None
    assert [g.part for g in notice.annex.groups] == [2, 2]
    assert _annex_titles(notice) == []  # no group unlinked, no title said to differ
