"""Ledgers and rectification lists in rarer layouts: a 备注 column left empty at a row's end, a deadline
cell fixed at once and then dated (立行立改，…), category rows whose empty cells the scrape kept. The
notices are written for the test (invented places and units)."""

from __future__ import annotations

import pytest

from policy_cli.models import Notice
from policy_cli.parse import parse_text

TITLE = "松岭县2024年民生项目推进台账\n\n"


def _parse(body: str) -> Notice:
    return parse_text(TITLE + body)


# (rows after the header, expected (id, lead, due, text ends with), codes warned)
EMPTY_REMARKS = [
    (  # the 备注 cell of the last column left empty: the line ends after the progress cell
        "序号\t项目\t牵头单位\t配合单位\t完成时限\t进展情况\t备注\n"
        "1\t改建乡镇敬老院3所\t县民政局\t县财政局\t2024年10月底前\t已完成主体\n",
        [(1, ("县民政局",), "2024年10月底前", "（进展情况：已完成主体）")],
        set(),
    ),
    (  # no remark and no progress: the deadline is the last cell the row has
        "序号\t项目\t牵头单位\t完成时限\t备注\n1\t硬化村组道路20公里\t县交通运输局\t2024年9月底前\n",
        [(1, ("县交通运输局",), "2024年9月底前", "硬化村组道路20公里")],
        set(),
    ),
    (  # the other way: the deadline cell is empty and the row stops at its units: no date, warned
        "序号\t项目\t牵头单位\t完成时限\t进展情况\t备注\n1\t新建便民服务中心\t县行政审批局\n",
        [(1, ("县行政审批局",), None, "新建便民服务中心")],
        {"task-without-date"},
    ),
    (  # the remark filled in and the deadline empty: the remark is not read as the deadline
        "序号\t项目\t牵头单位\t完成时限\t备注\n1\t建设智慧停车场\t县城管局\t\t资金待落实\n",
        [(1, ("县城管局",), None, "建设智慧停车场")],
        {"column-not-kept"},
    ),
]


@pytest.mark.parametrize(("rows", "expected", "codes"), EMPTY_REMARKS)
def test_an_empty_last_remarks_cell_keeps_the_deadline(
    rows: str, expected: list[tuple[object, ...]], codes: set[str]
) -> None:
    notice = _parse(rows)
    got = [(t.id, t.lead, t.due) for t in notice.tasks]
    assert got == [e[:3] for e in expected]
    for task, (*_, ends) in zip(notice.tasks, expected, strict=True):
        assert task.text.endswith(str(ends)), task.text
    assert {w.code for w in notice.warnings} == codes


# a deadline cell that asks for a fix at once and a lasting one by a date: the units cell stays units, the
# deadline is kept as written and dated by its date; a category row after it (二<tab>… with empty cells)
# opens the next group and is no part of the row
AT_ONCE = (
    "序号\t整改事项\t责任单位\t整改时限\n"
    "一\t环境卫生\t\t\n"
    "1\t清理河道垃圾\t县水利局、县城管局\t立行立改，2024年11月底前建立巡查制度\n"
    "二\t食品安全\t\t\n"
    "2\t整治校园周边小摊点\t县市场监管局\t2024年12月底前\n"
)


def test_a_fix_at_once_then_dated_keeps_units_and_date() -> None:
    notice = _parse(AT_ONCE)
    got = [(t.id, t.path, t.departments, t.due_date) for t in notice.tasks]
    assert got == [
        (1, "一/1", ("县水利局", "县城管局"), "2024-11-30"),
        (2, "二/2", ("县市场监管局",), "2024-12-31"),
    ]
    assert notice.tasks[0].text == "清理河道垃圾"
    assert notice.tasks[0].due == "立行立改，2024年11月底前建立巡查制度"


def test_a_wrapped_line_opening_with_a_numeral_is_still_the_row_s() -> None:
    # the other way: a line with no tab that opens with a numeral (二期…) goes on with the row above
    notice = _parse("序号\t整改事项\t责任单位\t整改时限\n1\t改造污水管网一期及\t县水利局\t视进度\n二期工程\n")
    assert [(t.id, t.path) for t in notice.tasks] == [(1, "1")]
    assert "二期工程" in notice.tasks[0].text + (notice.tasks[0].due or "")


# column names with the level of their units before them, or a qualifier inserted in them, are the
# columns they name: (header, row, expected lead, departments)
QUALIFIED_HEADERS = [
    (
        "序号\t重点任务\t县级牵头单位\t乡级责任单位\t完成时限",
        "1\t整治农村人居环境\t县农业农村局\t各乡镇人民政府\t2024年11月底前",
        ("县农业农村局",),
        ("县农业农村局", "各乡镇人民政府"),
        set(),
    ),
    (
        "序号\t督办事项\t牵头（责任）单位\t完成时限",
        "1\t建成城区应急避难场所\t县应急管理局、县住建局\t2024年10月底前",
        ("县应急管理局", "县住建局"),
        ("县应急管理局", "县住建局"),
        set(),
    ),
    (  # the other way: a level before words that name no column is no units column
        "序号\t重点任务\t责任单位\t县级联系人\t完成时限",
        "1\t整治农村人居环境\t县农业农村局\t周敏\t2024年11月底前",
        (),
        ("县农业农村局",),
        {"column-not-kept"},
    ),
]


@pytest.mark.parametrize(("header", "row", "lead", "departments", "codes"), QUALIFIED_HEADERS)
def test_level_and_qualifier_in_a_column_name(
    header: str, row: str, lead: tuple[str, ...], departments: tuple[str, ...], codes: set[str]
) -> None:
    notice = _parse(f"{header}\n{row}\n")
    assert [(t.lead, t.departments, t.due_date is not None) for t in notice.tasks] == [(lead, departments, True)]
    assert {w.code for w in notice.warnings} == codes


# a ledger in sub-tables, each under its group heading and numbered from 1: the first table is grouped
# too, the later groups' rows get the next free ids with one warning for the notice
SUB_TABLES = (
    "一、基础设施类\n"
    "序号\t重点工作\t责任单位\t完成时限\n"
    "1\t硬化通组道路\t镇村建办\t2024年10月底前\n"
    "2\t修缮村级活动场所\t镇党政办\t2024年11月底前\n"
    "二、民生保障类\n"
    "序号\t重点工作\t责任单位\t完成时限\n"
    "1\t新建日间照料中心\t镇社会事务办\t2024年9月底前\n"
    "2\t开展义诊活动\t镇卫生院\t2024年12月底前\n"
)


def test_sub_tables_numbered_from_1_in_each_group() -> None:
    notice = _parse(SUB_TABLES)
    assert [(t.id, t.path) for t in notice.tasks] == [(1, "一/1"), (2, "一/2"), (3, "二/1"), (4, "二/2")]
    assert [(w.code, w.line) for w in notice.warnings] == [("task-renumbered", 9)]


def test_a_part_heading_before_a_table_with_no_later_group_stays_a_heading() -> None:
    # the other way: a heading over a single table whose rows go on in one numbering is no group of it
    text = "一、重点工作\n序号\t重点工作\t责任单位\t完成时限\n1\t硬化通组道路\t镇村建办\t2024年10月底前\n"
    notice = _parse(text)
    assert [(t.id, t.path) for t in notice.tasks] == [(1, "1")]


def test_a_number_used_twice_in_one_group_is_still_warned() -> None:
    # the other way: a repeat inside one group is no restart: that row is warned at its line
    text = SUB_TABLES.replace("2\t开展义诊活动", "1\t开展义诊活动")
    notice = _parse(text)
    assert [(t.id, t.path) for t in notice.tasks] == [(1, "一/1"), (2, "一/2"), (3, "二/1"), (4, "二/1")]
    assert [(w.code, w.line) for w in notice.warnings] == [
        ("task-renumbered", 9),  # the group numbered from 1 again
        ("task-numbering-repeat", 10),  # and its number 1 used twice, warned at that row
        ("task-renumbered", 10),
    ]


def test_a_second_table_numbered_from_1_again_is_warned_once() -> None:
    second = "序号\t督办事项\t牵头单位\t完成时限\n1\t整治占道经营\t县城管局\t2024年8月底前\n2\t清理僵尸车\t县公安局\t2024年9月底前\n"
    notice = _parse(SUB_TABLES.split("二、")[0] + second)
    assert [t.id for t in notice.tasks] == [1, 2, 3, 4]
    assert [(w.code, w.line) for w in notice.warnings] == [("task-renumbered", 8)]
