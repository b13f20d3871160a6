"""Task tables as scrapes and the published-format readers deliver them: tabs, pipes, two-row headers,
spaced column names, categories and merged group columns. Each notice here is written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from policy_cli.models import Notice
from policy_cli.parse import parse_text
from policy_cli.parse.annex import header_columns, header_names
from policy_cli.parse.lines import split_lines


def facts(notice: Notice) -> list[str]:
    """Per task on one line: id|start of its text|lead|partners|departments|deadline|group|sub-group."""
    return [
        "|".join(
            "、".join(x) if isinstance(x, tuple) else str(x if x is not None else "")
            for x in (t.id, t.text[:6], t.lead, t.partners, t.departments, t.due, t.group, t.subgroup)
        )
        for t in notice.tasks
    ]


def groups(notice: Notice) -> list[tuple[Any, ...]]:
    assert notice.annex is not None
    return [(g.number, g.title, [(s.number, s.title) for s in g.subgroups]) for g in notice.annex.groups]


# ------------------------------------------------------------------ header rows

HEADERS = [
    ("序号 主要任务 牵头单位 配合单位 完成时限", ["序号", "主要任务", "牵头单位", "配合单位", "完成时限"]),
    ("序号\t工作任务\t责任单位\t\t完成时间", ["序号", "工作任务", "责任单位", "完成时间"]),
    ("| 类别 | 具体措施 | 责任单位 | 时间节点 |", ["类别", "具体措施", "责任单位", "时间节点"]),
    # names written with a space between the characters, in every form
    ("| 序号 | 工 作 任 务 | 牵 头 单 位 |", ["序号", "工作任务", "牵头单位"]),
    ("序号 工 作 任 务 牵 头 单 位 完成时限", ["序号", "工作任务", "牵头单位", "完成时限"]),
    ("序号\t工 作 任 务\t责 任 单 位", ["序号", "工作任务", "责任单位"]),
    ("序号\t重点 任务\t牵头单位", ["序号", "重点任务", "牵头单位"]),  # a cell is one name, spaces and all
    # single characters that spell no column name stay as written
    ("序号 主要任务 甲 乙 完成时限", ["序号", "主要任务", "甲", "乙", "完成时限"]),
]


@pytest.mark.parametrize(("row", "names"), HEADERS)
def test_header_names(row: str, names: list[str]) -> None:
    (line,) = split_lines(row)
    assert header_names(line) == names


@pytest.mark.parametrize(
    ("row", "columns"),
    [
        (
            "| 序号 | 工 作 任 务 | 责任领导 | 牵 头 单 位 | 责 任 单 位 | 完成时限 |",
            ("number", "task", "leaders", "lead", "departments", "due"),
        ),
        ("序号 工 作 任 务 配 合 单 位", ("number", "task", "partners")),
        ("序号\t目标任务\t具体举措\t责任单位\t完成时间", ("number", "task", "task", "departments", "due")),
        ("序号 重点工作 主办单位 协办部门 完成时限", ("number", "task", "lead", "partners", "due")),
        ("序号 工作任务 牵头责任部门 配合责任单位 计划完成时间", ("number", "task", "lead", "partners", "due")),
        ("序号 工作任务 主责部门 配合责任部门 办结时限", ("number", "task", "lead", "partners", "due")),
        ("序号 工作任务 牵头 单位 配合 单位 完成 日期", ("number", "task", "lead", "partners", "due")),
        # an item's name, then its content, before the units: both are the task's text
        (
            "序号\t项目名称\t建设内容\t责任单位\t配合单位\t计划完成时间",
            ("number", "task", "task", "departments", "partners", "due"),
        ),
        ("序号 改造项目 改造内容 责任单位", ("number", "task", "task", "departments")),
        # an office's own units (科室) and a town's stations (站所) are the responsible units
        ("序号\t工作内容\t负责科室\t完成时限", ("number", "task", "departments", "due")),
        ("序号\t工作任务\t责任站所\t配合单位", ("number", "task", "departments", "partners")),
        ("工作任务 | 具体要求 | 负责处室 |", ("task", "task", "departments")),
        ("序号 项目名称 建设规模 责任单位", None),  # a size column is no task text: the header is warned
        # no 序号: the first column names each row's item, the others are all known and name its units
        ("整治领域名称 | 时间安排 | 责任单位 |", ("task", "due", "departments")),
        ("民生实事项目\t牵头部门\t完成时限", ("task", "lead", "due")),
        ("| 事项 | 责任单位 | 完成时限 |", ("task", "departments", "due")),
        ("序号\t存在问题\t整改措施\t整改责任单位\t整改时限", ("number", "other", "task", "departments", "due")),
        ("单位名称 | 时间安排 | 责任单位 |", None),  # a column of units' names is no item
        ("项目名称 | 建设规模 | 责任单位 |", None),  # a column the vocabulary lacks: the item is not guessed
        ("项目名称 | 时间安排 | 完成时限 |", None),  # no column of units
        ("发文字号： | 无 | 有 效 性： | 有效 |", None),  # a page's metadata row is no header
        ("|---|---|---|", None),
    ],
)
def test_header_columns(row: str, columns: tuple[str, ...] | None) -> None:
    (line,) = split_lines(row)
    assert header_columns(line) == columns


def test_a_spaced_row_is_searched_for_column_names_in_its_short_tokens_only() -> None:
    """_names_a_column leaves out of its search a spaced row's tokens longer than any name a column role is
    read from: a word of the vocabulary with a qualifier of at most _QUALIFIER_LONGEST characters
    (P.COLUMN_QUALIFIER), or a name of at most _JOINED_LONGEST read by its period or as two names joined.
    If this fails, one of those changed: set the constants to the longest such name."""
    from policy_cli import patterns as P
    from policy_cli.parse.annex import _JOINED_LONGEST, _QUALIFIER_LONGEST, _names_a_column, _period_role

    assert P.COLUMN_QUALIFIER.pattern == r"\([^()]{1,6}\)" and _QUALIFIER_LONGEST == 8
    assert _period_role("全年目标任务") == "task" and _period_role("全年" * 5 + "目标任务") is None
    assert len("全年" * 5 + "目标任务") > _JOINED_LONGEST >= len("牵头单位与配合单位")
    for row, header in (
        ("序号 重点工作 主办单位 协办部门 完成时限", True),
        ("序号 工作任务 牵头 单位 配合 单位 完成 日期", True),
        ("1.加强河道管理，做好防汛工作内容和具体措施的落实 县水务局 2024年底前", False),
        ("1.加强河道管理\t责任单位：县水务局", True),  # a tab row is searched whole
    ):
        (line,) = split_lines(row)
        assert _names_a_column(line) is header, row


# ------------------------------------------------------------------ whole tables

TAB_EMPTY_CELL = """枫林县城乡环境整治任务分工表
序号\t主要任务\t牵头单位\t配合单位\t完成时限
1\t清理河道沿线垃圾堆放点。\t县水务局\t\t2025年5月底前
2\t整治集镇占道经营。\t县城市管理局\t县市场监管局、县公安局\t2025年8月底前
3\t拆除违规广告牌。\t县城市管理局\t—\t2025年6月底前
"""

ZHENGGAI_TABS = """青岚县河长制巡查反馈问题整改清单
序号\t存在问题\t整改措施\t责任领导\t责任单位\t责任人\t整改时限
1\t河道垃圾清理不及时\t建立河道保洁日巡制度。\t副县长某甲\t县水务局（牵头）、各乡镇人民政府\t某乙\t2025年6月30日前
2\t排污口底数不清\t开展入河排污口排查。\t副县长某丙\t县生态环境局\t某丁\t2025年第二季度
"""

TWO_ROW_TABS = """枫林县旅游环境提升任务表
序号\t主要任务\t责任单位\t\t完成时间
\t\t牵头单位\t配合单位\t
1\t改造景区停车场。\t县文化和旅游局\t县交通运输局\t2025年10月底前
2\t培训导游和讲解员。\t县文化和旅游局\t\t2025年4月底前
"""

TWO_ROW_SPACES = """枫林县旅游环境提升任务表
序号 主要任务 责任单位 完成时间
牵头单位 配合单位
1 改造景区停车场。 县文化和旅游局 县交通运输局 2025年10月底前
2 培训导游和讲解员。 县文化和旅游局 县人力资源社会保障局 2025年4月底前
"""

PIPES_CATEGORY = """枫林县春耕生产保障措施清单
| 类别 | 具体措施 | 责任单位 | 时间节点 |
|---|---|---|---|
| 农资保供 | 组织化肥种子储备调运。 | 县供销社（牵头）、县农业农村局 | 2025年3月底前 |
|  | 开展农资质量抽检。 | 县市场监管局 | 2025年4月底前 |
| 水利灌溉 | 检修灌区渠道闸门。 | 县水务局 | 2025年3月底前 |
|  | 调度水库春灌供水。 | 县水务局、县农业农村局（牵头）、县气象局 | 每年3月 |
"""

PIPES_SECTIONS = """枫林县2025年重点工作任务分解表
| 序号 | 工 作 任 务 | 责任领导 | 牵 头 单 位 | 责 任 单 位 | 完成时限 |
| --- | --- | --- | --- | --- | --- |
| 一、扩大有效投资 |  |  |  |  |  |
| 1 | 开工建设物流园区二期。 | 常务副县长 | 县发展改革局 | 县自然资源局、县财政局 | 2025年12月底前 |
| 二、改善人居环境 |  |  |  |  |  |
| 2 | 新建城区公厕十五座。 | 分管城建副县长 | 县住房城乡建设局 | 各乡镇人民政府 | 2025年9月底前 |
| 3 | 完成农村改厕二千户。 | 分管农业副县长 | 县农业农村局 |  | 2025年11月底前 |
注：各牵头单位每季度末报送进展。
"""

MERGED_GROUP_COLUMNS = """枫林县营商环境示范创建任务表
主要任务\t责任部门\t完成时间
大项\t小项\t子项
一、夯实工作基础\t（一）健全推进机制\t1.成立创建工作专班。\t县政府办公室\t2025年2月底前
一、夯实工作基础\t（一）健全推进机制\t2.制定考核评价办法。\t县委考评办\t2025年3月底前
一、夯实工作基础\t（二）强化要素保障\t3.安排创建专项经费。\t县财政局\t2025年3月底前
二、提升服务效能\t（三）优化办事窗口\t4.推行帮办代办服务。\t县政务服务中心\t2025年6月底前
二、提升服务效能\t（三）优化办事窗口\t5.延长窗口服务时间。\t县政务服务中心\t长期坚持
"""

TABLES = [
    (
        "tab-separated, an empty partners cell",
        TAB_EMPTY_CELL,
        [
            "1|清理河道沿线|县水务局||县水务局|2025年5月底前||",
            "2|整治集镇占道|县城市管理局|县市场监管局、县公安局|县城市管理局、县市场监管局、县公安局|2025年8月底前||",
            "3|拆除违规广告|县城市管理局||县城市管理局|2025年6月底前||",
        ],
    ),
    (
        "two-row header, tab form",
        TWO_ROW_TABS,
        [
            "1|改造景区停车|县文化和旅游局|县交通运输局|县文化和旅游局、县交通运输局|2025年10月底前||",
            "2|培训导游和讲|县文化和旅游局||县文化和旅游局|2025年4月底前||",
        ],
    ),
    (
        "two-row header, space form",
        TWO_ROW_SPACES,
        [
            "1|改造景区停车|县文化和旅游局|县交通运输局|县文化和旅游局、县交通运输局|2025年10月底前||",
            "2|培训导游和讲|县文化和旅游局|县人力资源社会保障局|县文化和旅游局、县人力资源社会保障局|2025年4月底前||",
        ],
    ),
    (
        "pipes, a category written on its group's first row, roles in brackets",
        PIPES_CATEGORY,
        [
            "1|组织化肥种子|县供销社||县供销社、县农业农村局|2025年3月底前|1|",
            "2|开展农资质量|||县市场监管局|2025年4月底前|1|",
            "3|检修灌区渠道|||县水务局|2025年3月底前|2|",
            "4|调度水库春灌|县农业农村局||县水务局、县农业农村局、县气象局|每年3月|2|",
        ],
    ),
    (
        "pipes, section rows, spaced names, a leaders column, lead and 责任单位 columns",
        PIPES_SECTIONS,
        [
            "1|开工建设物流|县发展改革局||县发展改革局、县自然资源局、县财政局|2025年12月底前|1|",
            "2|新建城区公厕|县住房城乡建设局||县住房城乡建设局、各乡镇人民政府|2025年9月底前|2|",
            "3|完成农村改厕|县农业农村局||县农业农村局|2025年11月底前|2|",
        ],
    ),
    (
        "merged 大项 and 小项 columns copied into every row",
        MERGED_GROUP_COLUMNS,
        [
            "1|成立创建工作|||县政府办公室|2025年2月底前|1|1",
            "2|制定考核评价|||县委考评办|2025年3月底前|1|1",
            "3|安排创建专项|||县财政局|2025年3月底前|1|2",
            "4|推行帮办代办|||县政务服务中心|2025年6月底前|2|3",
            "5|延长窗口服务|||县政务服务中心|长期坚持|2|3",
        ],
    ),
    (
        "整改清单: 存在问题 then 整改措施 the task's text, 责任人 a person, 整改时限 the due",
        ZHENGGAI_TABS,
        [
            "1|河道垃圾清理|县水务局||县水务局、各乡镇人民政府|2025年6月30日前||",
            "2|排污口底数不|||县生态环境局|2025年第二季度||",
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in TABLES], ids=[n for n, _, _ in TABLES])
def test_table_tasks(text: str, expected: list[str]) -> None:
    notice = parse_text(text)
    assert facts(notice) == expected
    assert notice.warnings == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PIPES_CATEGORY, [(1, "农资保供", []), (2, "水利灌溉", [])]),
        (PIPES_SECTIONS, [(1, "扩大有效投资", []), (2, "改善人居环境", [])]),
        # a merged cell copied into each row names its group once
        (
            MERGED_GROUP_COLUMNS,
            [
                (1, "夯实工作基础", [(1, "健全推进机制"), (2, "强化要素保障")]),
                (2, "提升服务效能", [(3, "优化办事窗口")]),
            ],
        ),
    ],
)
def test_table_groups(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert groups(parse_text(text)) == expected


def test_two_row_header_collapses_into_one_row_of_roles() -> None:
    for text in (TWO_ROW_TABS, TWO_ROW_SPACES):
        notice = parse_text(text)
        assert notice.annex is not None
        assert notice.annex.columns == ("number", "task", "lead", "partners", "due")
        assert len(notice.annex.header) == 2


def test_pipe_table_rule_and_leaders() -> None:
    notice = parse_text(PIPES_SECTIONS)
    assert [(b.line, b.kind) for b in notice.boilerplate if b.kind == "table-rule"] == [(3, "table-rule")]
    assert [t.leaders for t in notice.tasks] == [("常务副县长",), ("分管城建副县长",), ("分管农业副县长",)]
    assert [n.text for n in notice.notes] == ["各牵头单位每季度末报送进展。"]


def test_standalone_numbered_table_is_a_notice() -> None:
    """A 分解表 page with no 一、 parts, its header names spaced out: its numbered rows are the tasks."""
    text = "枫林县重点项目推进任务分解表\n序号 工 作 任 务 牵 头 单 位 完成时限\n1 建成城东污水处理厂。 县住房城乡建设局 2025年6月底前\n"
    notice = parse_text(text)
    assert facts(notice) == ["1|建成城东污水|县住房城乡建设局||县住房城乡建设局|2025年6月底前||"]


def test_pipe_header_kept_as_written() -> None:
    notice = parse_text(PIPES_CATEGORY)
    assert notice.annex is not None
    assert notice.annex.header == ("| 类别 | 具体措施 | 责任单位 | 时间节点 |",)


def test_rows_of_a_table_without_numbers_are_never_joined() -> None:
    """The first row's task happens to be numbered, the next is not: two rows, not one wrapped row."""
    text = (
        "枫林县防汛物资清单\n| 具体措施 | 责任单位 | 时间节点 |\n|---|---|---|\n"
        "| 1.储备编织袋五万条。 | 县应急管理局 | 2025年4月底前 |\n| 检修抽水泵站。 | 县水务局 | 2025年5月底前 |\n"
    )
    assert facts(parse_text(text)) == [
        "1|储备编织袋五|||县应急管理局|2025年4月底前||",
        "2|检修抽水泵站|||县水务局|2025年5月底前||",
    ]


def test_heading_rows_in_any_column_and_empty_rows() -> None:
    """A section heading written in the task column, a sub-group row, and a row of empty cells."""
    text = (
        "枫林县人居环境任务表\n| 序号 | 工作任务 | 牵头单位 | 完成时限 |\n|---|---|---|---|\n"
        "|  | 一、村庄清洁 |  |  |\n|  | （一）垃圾治理 |  |  |\n"
        "| 1 | 建成垃圾转运站三座。 | 县住房城乡建设局 | 2025年9月底前 |\n|  |  |  |  |\n"
        "|  | 二、厕所革命 |  |  |\n| 2 | 新建户厕五百座。 | 县农业农村局 | 2025年10月底前 |\n"
    )
    notice = parse_text(text)
    assert facts(notice) == [
        "1|建成垃圾转运|县住房城乡建设局||县住房城乡建设局|2025年9月底前|1|1",
        "2|新建户厕五百|县农业农村局||县农业农村局|2025年10月底前|2|",
    ]
    assert groups(notice) == [(1, "村庄清洁", [(1, "垃圾治理")]), (2, "厕所革命", [])]
    assert [b.line for b in notice.boilerplate if b.kind == "table-rule"] == [3, 7]
    assert notice.warnings == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 序号 cells written 1. and 2、, in space form and in tab form
        (
            "枫林县校园安全任务表\n序号 工作任务 牵头单位 完成时限\n1. 排查校舍隐患。 县教育体育局 2025年3月底前\n"
            "2、 配齐校园保安。 县公安局 2025年4月底前\n",
            [
                "1|排查校舍隐患|县教育体育局||县教育体育局|2025年3月底前||",
                "2|配齐校园保安|县公安局||县公安局|2025年4月底前||",
            ],
        ),
        (
            "枫林县校园安全任务表\n序号\t工作任务\t牵头单位\t完成时限\n1.\t排查校舍隐患。\t县教育体育局\t2025年3月底前\n",
            ["1|排查校舍隐患|县教育体育局||县教育体育局|2025年3月底前||"],
        ),
        # other column names tables use: 具体工作措施, 主责单位, 协助单位, 时间安排, 分管领导
        (
            "枫林县校园安全任务表\n序号 具体工作措施 分管领导 主责单位 协助单位 时间安排\n"
            "1 开展防溺水宣传。 分管教育副县长 县教育体育局 县水务局 每年6月\n",
            ["1|开展防溺水宣|县教育体育局|县水务局|县教育体育局、县水务局|每年6月||"],
        ),
    ],
)
def test_number_cells_and_other_column_names(text: str, expected: list[str]) -> None:
    notice = parse_text(text)
    assert facts(notice) == expected
    assert notice.warnings == ()


@pytest.mark.parametrize(
    ("row", "codes"),
    [
        ("1", ["row-incomplete", "annex-unparsed"]),  # a row that is only its number
        ("1\t\t县水务局", ["annex-unparsed"]),  # a tab row whose task cell is empty
    ],
)
def test_row_without_task_text_is_warned(row: str, codes: list[str]) -> None:
    text = f"枫林县任务表\n序号\t工作任务\t牵头单位\n{row}\n2\t疏浚城区排水管网。\t县住房城乡建设局\n"
    notice = parse_text(text)
    assert facts(notice) == ["2|疏浚城区排水|县住房城乡建设局||县住房城乡建设局|||"]
    assert [(w.code, w.line) for w in notice.warnings] == [*((c, 3) for c in codes), ("task-numbering-gap", 4)]


def test_zhenggai_people_columns_are_leaders_never_units() -> None:
    notice = parse_text(ZHENGGAI_TABS)
    assert [t.leaders for t in notice.tasks] == [("副县长某甲", "某乙"), ("副县长某丙", "某丁")]
    assert [t.text for t in notice.tasks] == [  # in the columns' order: the problem, then its measure
        "河道垃圾清理不及时 建立河道保洁日巡制度。",
        "排污口底数不清 开展入河排污口排查。",
    ]


@pytest.mark.parametrize(
    "header",
    ["序号\t存在问题\t落实办法\t负责人\t期限", "序号 问题描述 落实办法 负责人", "| 存在问题 | 责任单位 | 完成时限 |"],
)
def test_a_header_with_no_task_column_is_warned_at_its_line(header: str) -> None:
    text = (
        "青岚县人民政府办公室关于做好河道整治工作的通知\n一、工作任务\n　　1.清理河道。（责任单位：县水务局）\n"
        + header
        + "\n"
    )
    notice = parse_text(text)
    assert [(w.code, w.line) for w in notice.warnings if w.code == "table-header-unread"] == [
        ("table-header-unread", 4)
    ]


# ------------------------------------------------------------------ tables scraped one cell a line

VERTICAL_HEAD = "青岚县养老服务提升任务清单\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"

VERTICAL = [
    (
        "a units cell written one unit a line",
        VERTICAL_HEAD + "1\n建设社区食堂。\n县民政局\n县财政局\n县市场监管局\n各乡镇人民政府\n2025年9月底前\n"
        "2\n培训护理员。\n县人力资源社会保障局\n—\n2025年6月底前\n",
        [
            "1|建设社区食堂|县民政局|县财政局、县市场监管局、各乡镇人民政府|"
            "县民政局、县财政局、县市场监管局、各乡镇人民政府|2025年9月底前||",
            "2|培训护理员。|县人力资源社会保障局||县人力资源社会保障局|2025年6月底前||",
        ],
        [],
    ),
    (
        "task text wrapped onto a second line",
        VERTICAL_HEAD + "1\n建设社区食堂，\n每个乡镇至少一处。\n县民政局\n县财政局\n2025年9月底前\n",
        ["1|建设社区食堂|县民政局|县财政局|县民政局、县财政局|2025年9月底前||"],
        [],
    ),
    (
        "a row too long that is no units cell is warned",
        VERTICAL_HEAD + "1\n建设社区食堂。\n县民政局\n县财政局\n每个乡镇至少一处。\n2025年9月底前\n",
        None,
        [("row-too-long", 7)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "warned"), [(t, e, w) for _, t, e, w in VERTICAL], ids=[n for n, *_ in VERTICAL]
)
def test_vertical_rows_longer_than_the_header(
    text: str, expected: list[str] | None, warned: list[tuple[str, int]]
) -> None:
    notice = parse_text(text)
    if expected is not None:
        assert facts(notice) == expected
    assert [(w.code, w.line) for w in notice.warnings if w.code == "row-too-long"] == warned


def test_a_table_one_cell_a_line_ending_in_a_lone_number_is_kept_and_warned_not_crashed() -> None:
    # a header of the genre (a task column and units columns) with no row after it: kept, never refused
    text = "枫林县任务表\n序号\n工作内容\n牵头单位\n配合单位\n完成时限\n1"
    notice = parse_text(text)
    assert notice.tasks == ()
    assert [(w.code, w.line) for w in notice.warnings] == [("table-not-read", 2)]


def test_a_remark_asking_for_technical_support_is_no_site_footer() -> None:
    # 技术支持 without its colon is a remark's words, not the 技术支持: line of a site's footer
    text = (
        "清河县农村供水提升任务表\n"
        "序号\t工作任务\t牵头单位\t完成时限\t备注\n"
        "1\t改造老旧供水管网20公里。\t县水利局\t2025年10月底前\t需县住建局技术支持\n"
    )
    notice = parse_text(text)
    assert [(t.text, t.lead, t.due) for t in notice.tasks] == [
        ("改造老旧供水管网20公里。", ("县水利局",), "2025年10月底前")
    ]


@pytest.mark.parametrize(
    "header",
    [
        # column names run together, a name the vocabulary lacks before them: kept, the table warned at its header
        "惠民项目工作任务责任单位进展情况",
        "工作内容责任单位完成时限",
    ],
)
def test_a_table_whose_cells_a_page_ran_together_is_kept_and_warned(header: str) -> None:
    text = f"主题:\n惠民实事\n{header}\n新建社区食堂3家。区民政局,各街道目前已完成1家。\n"
    notice = parse_text(text)
    assert notice.tasks == ()
    assert [(w.code, w.line) for w in notice.warnings] == [("table-not-read", 3)]


@pytest.mark.parametrize(
    "header",
    [
        # a heading of prose that only opens with a column name: the refusal of a text not of the genre
        "工作任务进展顺利",
        # two names alone are no header
        "工作任务责任单位",
    ],
)
def test_a_line_that_only_looks_like_a_glued_header_is_refused(header: str) -> None:
    from policy_cli.errors import InputError

    text = f"主题:\n惠民实事\n{header}\n新建社区食堂3家。区民政局,各街道目前已完成1家。\n"
    with pytest.raises(InputError, match="not an implementation notice"):
        parse_text(text)


@pytest.mark.parametrize(
    ("cell", "lead", "departments"),
    [
        (  # a collective before 和 and its role verb is one unit
            "省卫生健康委牵头;省财政厅配合;各州(市)党委和政府落实",
            ("省卫生健康委",),
            ("省卫生健康委", "省财政厅", "各州(市)党委和政府"),
        ),
        ("县水务局牵头;各乡镇党委和政府负责", ("县水务局",), ("县水务局", "各乡镇党委和政府")),
        # two offices joined by 和 before their role verb are two
        ("县经济投资局和县口岸局分别牵头", ("县经济投资局", "县口岸局"), ("县经济投资局", "县口岸局")),
    ],
    ids=["collective-and-government", "town-committees", "two-offices"],
)
def test_a_units_cell_with_role_verbs_keeps_a_collective_joined_by_and(
    cell: str, lead: tuple[str, ...], departments: tuple[str, ...]
) -> None:
    notice = parse_text(f"某省重点任务分工清单\n序号\t工作任务\t责任单位\n1\t建设托育机构。\t{cell}\n")
    assert (notice.tasks[0].lead, notice.tasks[0].departments) == (lead, departments)
