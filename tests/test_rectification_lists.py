"""Rectification lists (问题清单, 整改清单, 整改台账) as scrapes give them: a problem spanning several measure rows,
its 序号 and problem cells merged down them and lost with each line's leading tabs. The notices are written
for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "云溪县关于县委巡察反馈意见的整改落实方案\n云溪县人民政府办公室\n2025年3月10日\n附件\n整改任务清单\n"
HEADER = "序号\t存在问题\t整改措施\t责任单位\t整改时限\n"
FIRST = "1\t意识形态工作责任制落实有差距。\t召开专题会议研究意识形态工作。\t县委宣传部\t立行立改\n"
LAST = "2\t基层党组织建设薄弱。\t开展软弱涣散党组织整顿。\t县委组织部\t2025年9月底前\n"
PROBLEM = "意识形态工作责任制落实有差距。 "


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # the measure rows under a problem: tasks of their own, for the problem above (its text opening each)
        (
            "建立意识形态工作责任清单。\t县委宣传部\t2025年5月底前\n"
            "\t　\t开展风险隐患排查。\t县委宣传部、县委网信办\t2025年6月底前\n",
            [
                (PROBLEM + "召开专题会议研究意识形态工作。", ("县委宣传部",), "立行立改"),
                (PROBLEM + "建立意识形态工作责任清单。", ("县委宣传部",), "2025年5月底前"),
                (PROBLEM + "开展风险隐患排查。", ("县委宣传部", "县委网信办"), "2025年6月底前"),
                ("基层党组织建设薄弱。 开展软弱涣散党组织整顿。", ("县委组织部",), "2025年9月底前"),
            ],
        ),
        # a pipe table keeping the merged cells empty
        (
            "\t\t建立意识形态工作责任清单。\t县委宣传部\t2025年5月底前\n",
            [
                (PROBLEM + "召开专题会议研究意识形态工作。", ("县委宣传部",), "立行立改"),
                (PROBLEM + "建立意识形态工作责任清单。", ("县委宣传部",), "2025年5月底前"),
                ("基层党组织建设薄弱。 开展软弱涣散党组织整顿。", ("县委组织部",), "2025年9月底前"),
            ],
        ),
        # the units cell merged down the measure rows too: the measure and its deadline alone, the units the
        # row above's (warned cell-filled-from-above)
        (
            "建立意识形态工作责任清单。\t2025年5月底前\n",
            [
                (PROBLEM + "召开专题会议研究意识形态工作。", ("县委宣传部",), "立行立改"),
                (PROBLEM + "建立意识形态工作责任清单。", ("县委宣传部",), "2025年5月底前"),
                ("基层党组织建设薄弱。 开展软弱涣散党组织整顿。", ("县委组织部",), "2025年9月底前"),
            ],
        ),
        # near form: a line short by more than the problem's cells (no deadline closing it) is no measure row
        (
            "建立意识形态工作责任清单。\t县委宣传部\n",
            [
                (PROBLEM + "召开专题会议研究意识形态工作。", ("县委宣传部",), "立行立改"),
                ("基层党组织建设薄弱。 开展软弱涣散党组织整顿。", ("县委组织部",), "2025年9月底前"),
            ],
        ),
    ],
)
def test_a_problem_spanning_several_measure_rows(rows: str, expected: list[tuple[str, tuple[str, ...], str]]) -> None:
    notice = parse_text(HEAD + HEADER + FIRST + rows + LAST)
    assert [(t.text, t.departments, t.due) for t in notice.tasks] == expected
    shared = [w for w in notice.warnings if w.code in ("row-number-shared", "row-cells-merged")]
    assert len(shared) == len(expected) - 2
    if len(expected) == 2:  # the line not read is warned, never dropped
        assert any(w.code == "annex-unparsed" for w in notice.warnings)


@pytest.mark.parametrize(
    ("cell", "due_kind"),
    [
        # fixed at once, as rectification lists write it: a standing deadline, no date
        ("立行立改", "standing"),
        ("即知即改", "standing"),
        ("立行立改并长期坚持", "standing"),
        ("2025年6月底前", "date"),
    ],
)
def test_time_cells_of_a_rectification_list(cell: str, due_kind: str) -> None:
    notice = parse_text(HEAD + HEADER + FIRST.replace("立行立改", cell) + LAST)
    assert (notice.tasks[0].due, notice.tasks[0].due_kind) == (cell, due_kind)
    assert not [w for w in notice.warnings if w.code == "deadline-undated"]


def test_a_problem_category_column_groups_the_rows() -> None:
    """序号 / 问题类别 / 问题表现 / 整改措施 / …: the category of the problems is the rows' group, never dropped."""
    header = "序号\t问题类别\t问题表现\t整改措施\t责任单位\t完成时限\n"
    rows = "1\t政治建设\t学习贯彻不深入。\t建立第一议题制度。\t县委办公室\t立行立改\n"
    rows += "2\t作风建设\t文山会海问题突出。\t精简会议文件。\t县政府办公室\t长期坚持\n"
    notice = parse_text(HEAD + header + rows)
    assert [(t.path, t.text) for t in notice.tasks] == [
        ("一/1", "学习贯彻不深入。 建立第一议题制度。"),
        ("二/2", "文山会海问题突出。 精简会议文件。"),
    ]
    assert notice.annex is not None and [g.title for g in notice.annex.groups] == ["政治建设", "作风建设"]
    assert not [w for w in notice.warnings if w.code == "column-not-kept"]


def test_measure_rows_under_a_problem_in_a_table_with_no_number_column() -> None:
    """存在问题 / 整改措施 / 责任单位 / 整改时限 with no 序号: the row under a merged problem cell is a measure of its own."""
    rows = "存在问题\t整改措施\t责任单位\t整改时限\n问题甲。\t措施甲一。\t县财政局\t立行立改\n"
    rows += "\t措施甲二。\t县财政局\t2025年6月底前\n问题乙。\t措施乙。\t县审计局\t长期坚持\n"
    notice = parse_text(HEAD + rows)
    assert [(t.text, t.departments, t.due) for t in notice.tasks] == [
        ("问题甲。 措施甲一。", ("县财政局",), "立行立改"),
        ("问题甲。 措施甲二。", ("县财政局",), "2025年6月底前"),
        ("问题乙。 措施乙。", ("县审计局",), "长期坚持"),
    ]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # columns named for the rectification: its leader, the person answering for it, its time limit
        (
            "序号\t反馈问题\t整改措施\t整改责任领导\t整改责任单位\t整改责任人\t整改完成时限\n",
            [(("县财政局", "县审计局"), (), ("副县长王海", "李娟"), "2025年6月底前")],
        ),
        # a units column naming its cells' roles, the lead first
        (
            "序号\t反馈问题\t整改措施\t责任领导\t责任单位（牵头单位、配合单位）\t责任人\t整改时限\n",
            [(("县财政局", "县审计局"), ("县财政局",), ("副县长王海", "李娟"), "2025年6月底前")],
        ),
        # near form: a plain units column: listed, no lead guessed from order
        (
            "序号\t反馈问题\t整改措施\t责任领导\t责任单位\t责任人\t整改时限\n",
            [(("县财政局", "县审计局"), (), ("副县长王海", "李娟"), "2025年6月底前")],
        ),
    ],
)
def test_rectification_columns_as_lists_name_them(
    header: str, expected: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]]
) -> None:
    row = "1\t问题甲。\t措施甲。\t副县长王海\t县财政局、县审计局\t李娟\t2025年6月底前\n"
    notice = parse_text(HEAD + header + row)
    assert [(t.departments, t.lead, t.leaders, t.due) for t in notice.tasks] == expected
    assert not [w for w in notice.warnings if w.code in ("column-not-kept", "row-units-unread")]


@pytest.mark.parametrize(
    ("row", "read"),
    [
        # a scrape that lost its tabs: the measure, a units cell and the deadline a space apart
        ("建立意识形态工作责任清单。 县委宣传部 2025年5月底前\n", True),
        # near form: no cell reads as units, so the line is no measure row (warned, never dropped)
        ("建立意识形态工作责任清单。 抓好落实 2025年5月底前\n", False),
    ],
)
def test_a_measure_row_a_space_separates(row: str, read: bool) -> None:
    header = "序号 存在问题 整改措施 责任单位 整改时限\n"
    first = "1 意识形态工作责任制落实有差距。 召开专题会议研究意识形态工作。 县委宣传部 立行立改\n"
    last = "2 基层党组织建设薄弱。 开展软弱涣散党组织整顿。 县委组织部 2025年9月底前\n"
    notice = parse_text(HEAD + header + first + row + last)
    texts = [t.text for t in notice.tasks]
    assert (PROBLEM + "建立意识形态工作责任清单。" in texts) is read
    assert len(texts) == (3 if read else 2)
    if not read:
        assert any(w.code == "annex-unparsed" and w.line == 8 for w in notice.warnings)


# --- the problem first: a row's text in its columns' order, whatever the rendering ------------------------

COLUMNS = ("序号", "存在问题", "整改措施", "责任单位", "责任领导", "整改时限")
ROWS = (
    ("1", "渠道淤积严重。", "组织清淤疏浚。", "县水务局、各乡镇人民政府", "副县长周明", "2025年5月底前"),
    ("2", "养殖污水直排。", "关停无证养殖场，建设粪污处理设施。", "县农业农村局", "副县长吴芳", "立行立改"),
)
READ = [
    ("渠道淤积严重。 组织清淤疏浚。", ("县水务局", "各乡镇人民政府"), ("副县长周明",), "2025年5月底前"),
    ("养殖污水直排。 关停无证养殖场，建设粪污处理设施。", ("县农业农村局",), ("副县长吴芳",), "立行立改"),
]


def _rendered(between: str, ends: str = "") -> str:
    """The table with its cells between separators (pipes also at each end), or one cell a line."""
    return "".join(f"{ends}{between.join(row)}{ends}".strip() + "\n" for row in (COLUMNS, *ROWS))


@pytest.mark.parametrize(
    "table",
    [
        _rendered("\t"),
        _rendered(" | ", "| "),
        _rendered("|", "|"),
        _rendered(" "),
        _rendered("\n"),
    ],
    ids=["tabs", "pipes", "pipes with no spaces", "spaces", "one cell a line"],
)
def test_a_rectification_row_reads_its_problem_then_its_measure(table: str) -> None:
    notice = parse_text(HEAD + table)
    assert [(t.text, t.departments, t.leaders, t.due) for t in notice.tasks] == READ


@pytest.mark.parametrize(
    ("header", "row", "text"),
    [
        # near forms: an empty problem cell leaves the measure alone, with no space before it
        (HEADER, "1\t\t召开专题会议研究意识形态工作。\t县委宣传部\t立行立改\n", "召开专题会议研究意识形态工作。"),
        # a value column after the units keeps its place after the text
        (
            "序号\t存在问题\t整改措施\t责任单位\t整改时限\t完成情况\n",
            "1\t问题甲。\t措施甲。\t县委宣传部\t立行立改\t已召开会议\n",
            "问题甲。 措施甲。（完成情况：已召开会议）",
        ),
        # a column the vocabulary does not name as a problem's is never put before the measure (it is warned)
        ("序号\t整改目标\t整改措施\t责任单位\t整改时限\n", "1\t目标甲。\t措施甲。\t县委宣传部\t立行立改\n", "措施甲。"),
    ],
)
def test_only_a_problem_cell_opens_the_text(header: str, row: str, text: str) -> None:
    notice = parse_text(HEAD + header + row)
    assert [(t.text, t.departments, t.due) for t in notice.tasks] == [(text, ("县委宣传部",), "立行立改")]
    assert any(w.code == "column-not-kept" for w in notice.warnings) is ("整改目标" in header)


SITES = (
    "关于城区创建工作督查问题整改的通知\n各有关单位：\n现将督查发现的问题通报如下，请限期整改。\n"
    "1. 城东农贸市场\n（1）地面积水未及时清理；\n（2）摊位占道经营。\n{label}：区市场监管局 整改时限：3天\n"
    "2. 城西公园\n（1）公厕保洁不到位；\n（2）宣传栏破损。\n{label}：区城管局\n整改时限：2024年9月底前\n"
    "2024年8月30日\n"
)


@pytest.mark.parametrize("label", ["整改责任单位", "问题整改责任单位", "整改责任部门", "责任单位"])
def test_a_site_block_of_findings_is_one_task_of_its_labelled_unit(label: str) -> None:
    """A report of findings by site (1. 城东农贸市场 ⏎ （1）… ⏎ 整改责任单位：… 整改时限：…): the site's block is one
    task of the unit its label names (the site is no unit of it)."""
    notice = parse_text(SITES.format(label=label))
    assert [(t.text.split("\n")[0], t.departments, t.due) for t in notice.tasks] == [
        ("城东农贸市场", ("区市场监管局",), "3天"),
        ("城西公园", ("区城管局",), "2024年9月底前"),
    ]
    assert notice.tasks[1].due_year == 2024
