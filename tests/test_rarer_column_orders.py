"""Task tables whose columns stand in a rarer order: the deadline before the task (a row short of its
empty last cells, lost with the line's end, keeps its cells in their columns), and a project's name and
content (项目名称 / 建设内容) after the units' or the deadline's columns. Each case is a short notice
written for the test (invented places) and what its tasks must read as; controls keep the other side."""

from __future__ import annotations

import pytest

from .cases import codes as _codes
from .cases import lines as _lines
from .cases import parsed as _parsed

# --- the deadline column before the task: a row short of its empty last cells -----------------------------

DUE_SECOND_TAB = _lines(
    "白沙县2025年林业重点工作清单",
    "序号\t完成时限\t工作任务\t牵头单位\t配合单位",
    "1\t2025年4月底前\t完成春季造林1.2万亩\t县林业局\t各乡镇人民政府",
    "2\t2025年7月底前\t建设森林防火通道20公里\t县林业局\t",
    "3\t2025年10月底前\t完成古树名木挂牌保护\t县林业局\t县自然资源局",
)

DUE_FIRST_TAB = _lines(
    "青川区城管局2025年市容整治任务表",
    "完成时限\t序号\t工作任务\t责任科室\t配合科室",
    "2025年3月底前\t1\t清理占道经营点位\t市容科\t执法大队",
    "2025年5月底前\t2\t规范户外广告设置\t广告科\t",
    "\t3\t整治背街小巷环境卫生\t环卫科\t各街道办事处",
)

DUE_FIRST_PIPE = _lines(
    "青川区城管局2025年市容整治任务表",
    "| 完成时限 | 序号 | 工作任务 | 责任科室 | 配合科室 |",
    "|---|---|---|---|---|",
    "| 2025年3月底前 | 1 | 清理占道经营点位 | 市容科 | 执法大队 |",
    "| 2025年5月底前 | 2 | 规范户外广告设置 | 广告科 | |",
    "| | 3 | 整治背街小巷环境卫生 | 环卫科 | 各街道办事处 |",
)

DUE_MIDDLE_TAB = _lines(
    "白沙县2025年水利重点工作清单",
    "序号\t工作任务\t完成时限\t牵头单位\t配合单位",
    "1\t清淤整治山塘30座\t2025年5月底前\t县水利局\t县财政局",
    "2\t新建农村供水工程4处\t2025年9月底前\t县水利局\t",
)

# controls: a deadline column last and empty is a row without a date; a row with every tab kept
DUE_LAST_EMPTY_TAB = _lines(
    "白沙县2025年林业重点工作清单",
    "序号\t工作任务\t牵头单位\t配合单位\t完成时限",
    "1\t完成春季造林1.2万亩\t县林业局\t各乡镇人民政府\t2025年4月底前",
    "2\t建设森林防火通道20公里\t县林业局\t县交通运输局",
)

DUE_SECOND_ALL_TABS = _lines(
    "白沙县2025年林业重点工作清单",
    "序号\t完成时限\t工作任务\t牵头单位\t配合单位",
    "1\t2025年4月底前\t完成春季造林1.2万亩\t县林业局\t各乡镇人民政府",
    "2\t2025年7月底前\t建设森林防火通道20公里\t县林业局\t/",
)

TRAILING_CELLS_CASES = [
    # (notice, tasks: (text, departments, lead, due), warning codes expected, codes not expected)
    (
        DUE_SECOND_TAB,
        [
            ("完成春季造林1.2万亩", ("县林业局", "各乡镇人民政府"), ("县林业局",), "2025年4月底前"),
            ("建设森林防火通道20公里", ("县林业局",), ("县林业局",), "2025年7月底前"),
            ("完成古树名木挂牌保护", ("县林业局", "县自然资源局"), ("县林业局",), "2025年10月底前"),
        ],
        [],
        ["task-without-date"],
    ),
    (
        DUE_FIRST_TAB,
        [
            ("清理占道经营点位", ("市容科", "执法大队"), ("市容科",), "2025年3月底前"),
            ("规范户外广告设置", ("广告科",), ("广告科",), "2025年5月底前"),
            ("整治背街小巷环境卫生", ("环卫科", "各街道办事处"), ("环卫科",), "2025年5月底前"),
        ],
        ["cell-filled-from-above"],
        ["task-without-date"],
    ),
    (
        DUE_FIRST_PIPE,
        [
            ("清理占道经营点位", ("市容科", "执法大队"), ("市容科",), "2025年3月底前"),
            ("规范户外广告设置", ("广告科",), ("广告科",), "2025年5月底前"),
            ("整治背街小巷环境卫生", ("环卫科", "各街道办事处"), ("环卫科",), "2025年5月底前"),
        ],
        ["cell-filled-from-above"],
        ["task-without-date"],
    ),
    (
        DUE_MIDDLE_TAB,
        [
            ("清淤整治山塘30座", ("县水利局", "县财政局"), ("县水利局",), "2025年5月底前"),
            ("新建农村供水工程4处", ("县水利局",), ("县水利局",), "2025年9月底前"),
        ],
        [],
        ["task-without-date"],
    ),
    (
        DUE_LAST_EMPTY_TAB,
        [
            ("完成春季造林1.2万亩", ("县林业局", "各乡镇人民政府"), ("县林业局",), "2025年4月底前"),
            ("建设森林防火通道20公里", ("县林业局", "县交通运输局"), ("县林业局",), None),
        ],
        ["task-without-date"],
        [],
    ),
    (
        DUE_SECOND_ALL_TABS,
        [
            ("完成春季造林1.2万亩", ("县林业局", "各乡镇人民政府"), ("县林业局",), "2025年4月底前"),
            ("建设森林防火通道20公里", ("县林业局",), ("县林业局",), "2025年7月底前"),
        ],
        [],
        ["task-without-date"],
    ),
]


@pytest.mark.parametrize(("text", "expected", "warned", "not_warned"), TRAILING_CELLS_CASES)
def test_a_row_short_of_its_last_cells_keeps_its_cells_in_their_columns(
    text: str,
    expected: list[tuple[str, tuple[str, ...], tuple[str, ...], str | None]],
    warned: list[str],
    not_warned: list[str],
) -> None:
    notice = _parsed(text)
    got = [(t.text, t.departments, t.lead, t.due) for t in notice.tasks]
    assert got == expected
    codes = _codes(notice)
    assert all(code in codes for code in warned), codes
    assert not any(code in codes for code in not_warned), codes


# --- a project's name and content after the units' or the deadline's columns ------------------------------

PROJECT_AFTER_UNITS_SPACED = _lines(
    "石门县2025年重点项目推进清单",
    "序号 牵头单位 配合单位 项目名称 建设内容 完成时限",
    "1 县住建局 县财政局 城北污水处理厂 新建日处理能力2万吨污水处理厂 2025年12月底前",
    "2 县交通运输局 县自然资源局 环城公路 新建环城公路8公里 2025年11月底前",
)

PROJECT_AFTER_DUE_TAB = _lines(
    "石门县2025年重点项目推进清单",
    "序号\t完成时限\t项目名称\t建设内容\t责任单位",
    "1\t2025年12月底前\t城北污水处理厂\t新建日处理能力2万吨污水处理厂\t县住建局",
    "2\t2025年11月底前\t环城公路\t新建环城公路8公里\t县交通运输局",
)

# controls: the pair right after 序号 (read before), and a header whose task column is named otherwise
PROJECT_AFTER_NUMBER_SPACED = _lines(
    "石门县2025年重点项目推进清单",
    "序号 项目名称 建设内容 牵头单位 配合单位 完成时限",
    "1 城北污水处理厂 新建日处理能力2万吨污水处理厂 县住建局 县财政局 2025年12月底前",
    "2 环城公路 新建环城公路8公里 县交通运输局 县自然资源局 2025年11月底前",
)

PROJECT_WITH_TASK_COLUMN_TAB = _lines(
    "石门县2025年重点项目推进清单",
    "序号\t牵头单位\t工作任务\t项目名称\t建设内容\t完成时限",
    "1\t县住建局\t推进污水处理设施建设\t城北污水处理厂\t新建日处理能力2万吨污水处理厂\t2025年12月底前",
)

PROJECT_COLUMNS_CASES = [
    # (notice, tasks: (text, lead, due))
    (
        PROJECT_AFTER_UNITS_SPACED,
        [
            ("城北污水处理厂 新建日处理能力2万吨污水处理厂", ("县住建局",), "2025年12月底前"),
            ("环城公路 新建环城公路8公里", ("县交通运输局",), "2025年11月底前"),
        ],
    ),
    (
        PROJECT_AFTER_DUE_TAB,
        [
            ("城北污水处理厂 新建日处理能力2万吨污水处理厂", (), "2025年12月底前"),
            ("环城公路 新建环城公路8公里", (), "2025年11月底前"),
        ],
    ),
    (
        PROJECT_AFTER_NUMBER_SPACED,
        [
            ("城北污水处理厂 新建日处理能力2万吨污水处理厂", ("县住建局",), "2025年12月底前"),
            ("环城公路 新建环城公路8公里", ("县交通运输局",), "2025年11月底前"),
        ],
    ),
    (
        PROJECT_WITH_TASK_COLUMN_TAB,
        [("推进污水处理设施建设", ("县住建局",), "2025年12月底前")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROJECT_COLUMNS_CASES)
def test_a_projects_name_and_content_are_the_task_wherever_they_stand(
    text: str, expected: list[tuple[str, tuple[str, ...], str]]
) -> None:
    notice = _parsed(text)
    assert [(t.text, t.lead, t.due) for t in notice.tasks] == expected
    assert "table-header-unread" not in _codes(notice)


def test_a_projects_content_units_column_gives_the_units() -> None:
    notice = _parsed(PROJECT_AFTER_DUE_TAB)
    assert [t.departments for t in notice.tasks] == [("县住建局",), ("县交通运输局",)]


# --- a ledger scraped one cell a line: an empty cell written as a dash ------------------------------------

LEDGER_HEADER = ("某区2025年为民办实事工作台账", "序号", "实事项目", "责任单位", "责任人", "完成时限", "进度情况")

LEDGER_DASH_LEADER = _lines(
    *LEDGER_HEADER,
    "1",
    "新建社区食堂6个",
    "区民政局",
    "刘芳",
    "2025年11月底前",
    "已完成30%",
    "2",
    "改造农贸市场2个",
    "区商务局",
    "—",
    "2025年8月底前",
    "无",
)

LEDGER_TWO_LINE_UNITS = _lines(
    *LEDGER_HEADER,
    "1",
    "新建社区食堂6个",
    "区民政局",
    "刘芳",
    "2025年11月底前",
    "已完成30%",
    "2",
    "建设智慧停车场3处",
    "区住建局",
    "区交警大队",
    "陈刚",
    "2025年10月底前",
    "/",
)

# control: every cell has its own line and text
LEDGER_EVERY_CELL = _lines(
    *LEDGER_HEADER,
    "1",
    "新建社区食堂6个",
    "区民政局",
    "刘芳",
    "2025年11月底前",
    "已完成30%",
    "2",
    "改造农贸市场2个",
    "区商务局",
    "赵敏",
    "2025年8月底前",
    "已开工",
)

LEDGER_CONTACT_COLUMN = _lines(
    "某区2025年为民办实事工作台账",
    "序号",
    "实事项目",
    "责任单位",
    "责任人",
    "联系电话",
    "完成时限",
    "进度情况",
    "1",
    "新建社区食堂6个",
    "区民政局",
    "刘芳",
    "13900001234",
    "2025年11月底前",
    "已完成30%",
    "2",
    "建设智慧停车场3处",
    "区住建局",
    "区交警大队",
    "陈刚",
    "0000-7654321",
    "2025年10月底前",
    "/",
)

LEDGER_CASES = [
    # (notice, tasks: (text, departments, due))
    (
        LEDGER_DASH_LEADER,
        [
            ("新建社区食堂6个", ("区民政局",), "2025年11月底前"),
            ("改造农贸市场2个", ("区商务局",), "2025年8月底前"),
        ],
    ),
    (
        LEDGER_TWO_LINE_UNITS,
        [
            ("新建社区食堂6个", ("区民政局",), "2025年11月底前"),
            ("建设智慧停车场3处", ("区住建局", "区交警大队"), "2025年10月底前"),
        ],
    ),
    (
        LEDGER_CONTACT_COLUMN,
        [
            ("新建社区食堂6个", ("区民政局",), "2025年11月底前"),
            ("建设智慧停车场3处", ("区住建局", "区交警大队"), "2025年10月底前"),
        ],
    ),
    (
        LEDGER_EVERY_CELL,
        [
            ("新建社区食堂6个", ("区民政局",), "2025年11月底前"),
            ("改造农贸市场2个", ("区商务局",), "2025年8月底前"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEDGER_CASES)
def test_a_ledger_rows_dash_is_its_own_columns_empty_cell(
    text: str, expected: list[tuple[str, tuple[str, ...], str]]
) -> None:
    notice = _parsed(text)
    assert [(t.text, t.departments, t.due) for t in notice.tasks] == expected
    assert not {"cell-filled-from-above", "annex-unparsed"} & set(_codes(notice))


# --- a rectification list scraped one cell a line: a measures cell of numbered items -----------------------

RECTIFICATION_ITEMS = _lines(
    "某镇2025年环境问题整改清单",
    "序号",
    "问题",
    "整改措施",
    "责任单位",
    "完成时限",
    "1",
    "部分村庄生活垃圾清运不及时",
    "1.增加清运车辆2台；",
    "2.建立日清日运台账；",
    "3.纳入村级考核",
    "镇环卫所",
    "各村民委员会",
    "2025年5月底前",
    "2",
    "集镇污水管网破损",
    "开展管网排查修复",
    "镇建设办",
    "2025年8月底前",
)

# control: items numbered on through the table with no 序号 column, over one merged units cell, are tasks
ITEMS_UNDER_MERGED_UNITS = _lines(
    "某局2025年信息公开工作分工方案",
    "工作任务",
    "具体要求",
    "落实科室(部门)",
    "做好执法信息公开",
    "1.公开行政许可结果。",
    "2.公开行政处罚结果。",
    "3.公开双随机抽查结果。",
    "法规科、执法大队按职责分工落实",
)


def test_a_problems_measures_written_one_item_a_line_are_one_task() -> None:
    notice = _parsed(RECTIFICATION_ITEMS)
    got = [(t.id, t.text, t.departments, t.due) for t in notice.tasks]
    assert got == [
        (
            1,
            "部分村庄生活垃圾清运不及时 1.增加清运车辆2台；2.建立日清日运台账；3.纳入村级考核",
            ("镇环卫所", "各村民委员会"),
            "2025年5月底前",
        ),
        (2, "集镇污水管网破损 开展管网排查修复", ("镇建设办",), "2025年8月底前"),
    ]
    codes = _codes(notice)
    assert not {"row-items-shared", "task-renumbered", "task-numbering-repeat"} & set(codes), codes


def test_items_numbered_on_over_a_merged_units_cell_are_still_tasks() -> None:
    notice = _parsed(ITEMS_UNDER_MERGED_UNITS)
    assert len(notice.tasks) == 3
    assert "row-items-shared" in _codes(notice)
