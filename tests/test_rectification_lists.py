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
PROBLEM = "（存在问题：意识形态工作责任制落实有差距。）"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # the measure rows under a problem: tasks of their own, for the problem above (its text kept after each)
        (
            "建立意识形态工作责任清单。\t县委宣传部\t2025年5月底前\n"
            "\t　\t开展风险隐患排查。\t县委宣传部、县委网信办\t2025年6月底前\n",
            [
                ("召开专题会议研究意识形态工作。" + PROBLEM, ("县委宣传部",), "立行立改"),
                ("建立意识形态工作责任清单。" + PROBLEM, ("县委宣传部",), "2025年5月底前"),
                ("开展风险隐患排查。" + PROBLEM, ("县委宣传部", "县委网信办"), "2025年6月底前"),
                ("开展软弱涣散党组织整顿。（存在问题：基层党组织建设薄弱。）", ("县委组织部",), "2025年9月底前"),
            ],
        ),
        # a pipe table keeping the merged cells empty
        (
            "\t\t建立意识形态工作责任清单。\t县委宣传部\t2025年5月底前\n",
            [
                ("召开专题会议研究意识形态工作。" + PROBLEM, ("县委宣传部",), "立行立改"),
                ("建立意识形态工作责任清单。" + PROBLEM, ("县委宣传部",), "2025年5月底前"),
                ("开展软弱涣散党组织整顿。（存在问题：基层党组织建设薄弱。）", ("县委组织部",), "2025年9月底前"),
            ],
        ),
        # the units cell merged down the measure rows too: the measure and its deadline alone, the units the
        # row above's (warned cell-filled-from-above)
        (
            "建立意识形态工作责任清单。\t2025年5月底前\n",
            [
                ("召开专题会议研究意识形态工作。" + PROBLEM, ("县委宣传部",), "立行立改"),
                ("建立意识形态工作责任清单。" + PROBLEM, ("县委宣传部",), "2025年5月底前"),
                ("开展软弱涣散党组织整顿。（存在问题：基层党组织建设薄弱。）", ("县委组织部",), "2025年9月底前"),
            ],
        ),
        # near form: a line short by more than the problem's cells (no deadline closing it) is no measure row
        (
            "建立意识形态工作责任清单。\t县委宣传部\n",
            [
                ("召开专题会议研究意识形态工作。" + PROBLEM, ("县委宣传部",), "立行立改"),
                ("开展软弱涣散党组织整顿。（存在问题：基层党组织建设薄弱。）", ("县委组织部",), "2025年9月底前"),
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
        ("一/1", "建立第一议题制度。（问题表现：学习贯彻不深入。）"),
        ("二/2", "精简会议文件。（问题表现：文山会海问题突出。）"),
    ]
    assert notice.annex is not None and [g.title for g in notice.annex.groups] == ["政治建设", "作风建设"]
    assert not [w for w in notice.warnings if w.code == "column-not-kept"]


def test_measure_rows_under_a_problem_in_a_table_with_no_number_column() -> None:
    """存在问题 / 整改措施 / 责任单位 / 整改时限 with no 序号: the row under a merged problem cell is a measure of its own."""
    rows = "存在问题\t整改措施\t责任单位\t整改时限\n问题甲。\t措施甲一。\t县财政局\t立行立改\n"
    rows += "\t措施甲二。\t县财政局\t2025年6月底前\n问题乙。\t措施乙。\t县审计局\t长期坚持\n"
    notice = parse_text(HEAD + rows)
    assert [(t.text, t.departments, t.due) for t in notice.tasks] == [
        ("措施甲一。（存在问题：问题甲。）", ("县财政局",), "立行立改"),
        ("措施甲二。（存在问题：问题甲。）", ("县财政局",), "2025年6月底前"),
        ("措施乙。（存在问题：问题乙。）", ("县审计局",), "长期坚持"),
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
    assert ("建立意识形态工作责任清单。" + PROBLEM in texts) is read
    assert len(texts) == (3 if read else 2)
    if not read:
        assert any(w.code == "annex-unparsed" and w.line == 8 for w in notice.warnings)
