"""A table scraped one cell a line writes no line for an empty cell: a row short of lines is fitted to the
columns by what its lines hold (a unit, a person, a deadline, progress words), never by position alone, and
a column it leaves empty never takes the row above's cell when the row has a line of that kind itself. The
notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

LEDGER = "\n".join(
    [
        "青禾县2025年重点工作推进台账",
        "序号",
        "工作任务",
        "牵头单位",
        "配合单位",
        "责任人",
        "完成时限",
        "进展情况",
        "1",
        "新建城东污水处理厂",
        "县水务局",
        "县住建局、县财政局",
        "李明",
        "2025年8月底前",
        "已完成主体工程60%",
        "{row}",
    ]
)

# (the second row's lines, then its departments, lead, partners, leaders, deadline and text)
LEDGER_ROWS = [
    (  # no line for 配合单位: the lone unit leads, never the row above's lead
        ["2", "改造农村公路30公里", "县交通运输局", "张华", "2025年10月底前", "正在开展施工招标"],
        ("县交通运输局",),
        ("县交通运输局",),
        (),
        ("张华",),
        "2025年10月底前",
        "改造农村公路30公里（进展情况：正在开展施工招标）",
    ),
    (  # no line for 责任人 nor 进展情况: its own deadline, never the row above's
        ["2", "建设县城第三小学", "县教育局", "县自然资源局", "2025年12月底前"],
        ("县教育局", "县自然资源局"),
        ("县教育局",),
        ("县自然资源局",),
        (),
        "2025年12月底前",
        "建设县城第三小学",
    ),
    (  # every cell written: read as always
        ["2", "建设县城第三小学", "县教育局", "县自然资源局", "王丽", "2025年12月底前", "推进中"],
        ("县教育局", "县自然资源局"),
        ("县教育局",),
        ("县自然资源局",),
        ("王丽",),
        "2025年12月底前",
        "建设县城第三小学（进展情况：推进中）",
    ),
]


@pytest.mark.parametrize(("row", "departments", "lead", "partners", "leaders", "due", "text"), LEDGER_ROWS)
def test_a_short_row_is_fitted_by_what_its_lines_hold(
    row: list[str],
    departments: tuple[str, ...],
    lead: tuple[str, ...],
    partners: tuple[str, ...],
    leaders: tuple[str, ...],
    due: str,
    text: str,
) -> None:
    notice = parse_text(LEDGER.format(row="\n".join(row)) + "\n")
    task = notice.tasks[1]
    assert (task.departments, task.lead, task.partners, task.leaders) == (departments, lead, partners, leaders)
    assert task.due == due
    assert task.text == text
    assert not [w for w in notice.warnings if w.code in ("cell-filled-from-above", "row-cells-guessed")]


RECTIFICATION = "\n".join(
    [
        "关于审计反馈问题整改落实情况台账",
        "序号",
        "问题",
        "整改措施",
        "责任领导",
        "责任单位",
        "整改时限",
        "整改进展",
        "1",
        "专项资金拨付滞后",
        "建立资金拨付月调度制度",
        "副县长陈刚",
        "县财政局",
        "2025年6月底前",
        "已完成",
        "2",
        "农村饮水工程管护缺位",
        "落实工程管护责任和经费",
        "县水务局、县农业农村局",
        "2025年11月底前",
        "推进中",
    ]
)


def test_a_progress_line_is_no_unit_and_the_row_keeps_its_own_deadline() -> None:
    notice = parse_text(RECTIFICATION + "\n")
    task = notice.tasks[1]
    assert task.departments == ("县水务局", "县农业农村局")
    assert task.leaders == ()
    assert task.due == "2025年11月底前"
    assert task.text == "农村饮水工程管护缺位 落实工程管护责任和经费"


UNITS_FIRST = "\n".join(
    [
        "青禾县2025年政务服务提质任务清单",
        "序号",
        "牵头单位",
        "配合单位",
        "工作任务",
        "完成时限",
        "1",
        "县行政审批局",
        "县数据局",
        "推行企业注销一网通办",
        "2025年5月底前",
        "2",
        "县医保局",
        "推行医保业务跨省通办",
        "2025年9月底前",
        "3",
        "县人社局",
        "县行政审批局、县税务局",
        "推行退休一件事联办",
        "长期坚持",
    ]
)


@pytest.mark.parametrize(
    ("index", "departments", "text", "due"),
    [
        (0, ("县行政审批局", "县数据局"), "推行企业注销一网通办", "2025年5月底前"),
        (1, ("县医保局",), "推行医保业务跨省通办", "2025年9月底前"),  # no 配合 line: the task keeps its text
        (2, ("县人社局", "县行政审批局", "县税务局"), "推行退休一件事联办", "长期坚持"),
    ],
)
def test_units_before_the_task_a_row_short_of_its_partners(
    index: int, departments: tuple[str, ...], text: str, due: str
) -> None:
    task = parse_text(UNITS_FIRST + "\n").tasks[index]
    assert (task.departments, task.text, task.due) == (departments, text, due)
    assert task.lead == departments[:1]


REMARKS = "\n".join(
    [
        "青禾县2025年民生实事推进表",
        "序号",
        "工作任务",
        "牵头单位",
        "完成时限",
        "进展情况",
        "备注",
        "1",
        "新增公办幼儿园学位600个",
        "县教育局",
        "2025年8月底前",
        "已完成选址",
        "省级民生实事",
        "2",
        "建设社区食堂5个",
        "县民政局",
        "2025年10月底前",
        "已建成2个",
    ]
)


def test_a_line_fitting_two_columns_is_warned_as_a_guess() -> None:
    """已建成2个 may be the progress or the remark: the first is taken, and the row is warned at its line."""
    notice = parse_text(REMARKS + "\n")
    task = notice.tasks[1]
    assert (task.departments, task.due) == (("县民政局",), "2025年10月底前")
    guessed = [w for w in notice.warnings if w.code == "row-cells-guessed"]
    assert 14 in [w.line for w in guessed]  # row 2's 序号 line
