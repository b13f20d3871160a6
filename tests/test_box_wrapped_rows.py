"""A task table drawn in boxes whose cells wrap over several lines between the rules (a database's text
rendering of a Word table) is read a row between two rules, each cell's pieces joined in its column. Each
notice here is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.box_table import unbox_tables

HEAD = "青岭县人民政府办公室关于印发青岭县集镇提升工作台账的通知\n\n青政办函〔2025〕9号\n\n青岭县集镇提升工作台账\n"
TOP = "┌──┬────────┬──────┬──────┬────┐\n"
HEADER = "│序号│工作任务        │牵头单位    │配合单位    │完成时限│\n"
HEADER_WRAPPED = "│序号│工作任务        │牵头单│配合单位    │完成│\n│    │                │位    │            │时限│\n"
RULE = "├──┼────────┼──────┼──────┼────┤\n"
BOTTOM = "└──┴────────┴──────┴──────┴────┘\n"
ROW1 = (
    "│1 │改造集镇农贸市场│县商务│县市场监管局│2025│\n"
    "│  │3个，完善冷链设 │局    │、县财政局  │年9 │\n"
    "│  │施。            │      │            │月底│\n"
    "│  │                │      │            │前  │\n"
)
ROW2 = (
    "│2 │新建集镇停车场2 │县住房│县自然资源局│2025│\n"
    "│  │处。            │城乡建│            │年11│\n"
    "│  │                │设局  │            │月底│\n"
    "│  │                │      │            │前  │\n"
)
# the deadline cell merged down over both rows: no rule under row 1 in that column
MERGED = (
    "│1 │改造集镇农贸市场│县商务│县市场监管局│2025│\n"
    "│  │3个。           │局    │            │年底│\n"
    "├──┼────────┼──────┼──────┤前  │\n"
    "│2 │新建集镇停车场2 │县住房│县自然资源局│    │\n"
    "│  │处。            │城乡建│            │    │\n"
    "│  │                │设局  │            │    │\n"
)
# the units cell's rule falls inside the task cell of the row: the cells do not line up
MISALIGNED = (
    "│1 │改造集镇农贸市场│县商务│县市场监管局│2025│\n"
    "│  │3个。           ├──────┤            │年底│\n"
    "├──┤新建集镇停车场2 │县住房│            │前  │\n"
    "│2 │处。            │城乡建│县自然资源局│    │\n"
)
# units one a line in a wrapped cell: two units, not one name
UNITS_A_LINE = (
    "│1 │改造集镇农贸市场│县商务│县财政局    │2025│\n"
    "│  │3个。           │局    │县教育局    │年底│\n"
    "│  │                │      │            │前  │\n"
)


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(
            TOP + HEADER_WRAPPED + RULE + ROW1 + RULE + ROW2 + BOTTOM,
            [
                ("改造集镇农贸市场3个，完善冷链设施。", ("县商务局",), ("县市场监管局", "县财政局"), "2025年9月底前"),
                ("新建集镇停车场2处。", ("县住房城乡建设局",), ("县自然资源局",), "2025年11月底前"),
            ],
            id="rows-and-header-wrapped",
        ),
        pytest.param(
            HEADER + RULE + ROW1 + RULE + ROW2 + BOTTOM,
            [
                ("改造集镇农贸市场3个，完善冷链设施。", ("县商务局",), ("县市场监管局", "县财政局"), "2025年9月底前"),
                ("新建集镇停车场2处。", ("县住房城乡建设局",), ("县自然资源局",), "2025年11月底前"),
            ],
            id="rows-wrapped-under-a-header-with-no-top-rule",
        ),
        pytest.param(
            TOP + HEADER + RULE + MERGED + BOTTOM,
            [
                ("改造集镇农贸市场3个。", ("县商务局",), ("县市场监管局",), "2025年底前"),
                ("新建集镇停车场2处。", ("县住房城乡建设局",), ("县自然资源局",), "2025年底前"),
            ],
            id="a-cell-merged-down-gives-each-row-its-text",
        ),
        pytest.param(
            TOP + HEADER + RULE + UNITS_A_LINE + RULE + ROW2 + BOTTOM,
            [
                ("改造集镇农贸市场3个。", ("县商务局",), ("县财政局", "县教育局"), "2025年底前"),
                ("新建集镇停车场2处。", ("县住房城乡建设局",), ("县自然资源局",), "2025年11月底前"),
            ],
            id="units-one-a-line-stay-apart",
        ),
    ],
)
def test_a_box_row_wrapped_over_lines_is_one_task(table: str, expected: list[tuple[object, ...]]) -> None:
    notice = parse_text(HEAD + table)
    assert [(t.text, t.lead, t.partners, t.due) for t in notice.tasks] == expected


def test_merged_cells_that_do_not_line_up_are_warned_and_give_no_unit_to_another_row() -> None:
    notice = parse_text(HEAD + TOP + HEADER + RULE + MISALIGNED + BOTTOM)
    assert any(w.code == "table-row-unclear" for w in notice.warnings)
    assert [w.line for w in notice.warnings if w.code == "table-row-unclear"] == [9, 12]
    assert not [t for t in notice.tasks if t.departments]


@pytest.mark.parametrize(
    "table",
    [
        # rows one a line with no rule between them: each line a row, as it was
        pytest.param(
            TOP
            + HEADER
            + RULE
            + "│1 │改造集镇农贸市场3个。│县商务局│县财政局│2025年9月底前│\n"
            + "│2 │新建集镇停车场2处。│县住房城乡建设局│县自然资源局│2025年11月底前│\n"
            + BOTTOM,
            id="rows-a-line-without-rules",
        ),
        # no top rule, then rows one a line under the header's rule
        pytest.param(
            HEADER
            + RULE
            + "│1 │改造集镇农贸市场3个。│县商务局│县财政局│2025年9月底前│\n"
            + "│2 │新建集镇停车场2处。│县住房城乡建设局│县自然资源局│2025年11月底前│\n"
            + BOTTOM,
            id="rows-a-line-under-a-header-with-no-top-rule",
        ),
        # rows one a line in two runs a rule parts (a page's break): each line still a row
        pytest.param(
            TOP
            + HEADER
            + RULE
            + "│1 │改造集镇农贸市场3个。│县商务局│县财政局│2025年9月底前│\n"
            + "│2 │新建集镇停车场2处。│县住房城乡建设局│县自然资源局│2025年11月底前│\n"
            + RULE
            + "│3 │整治集镇环境。│县住房城乡建设局│县生态环境局│2025年12月底前│\n"
            + "│4 │建设集镇公园1处。│县住房城乡建设局│县林业局│2025年12月底前│\n"
            + BOTTOM,
            id="rows-a-line-in-runs-a-rule-parts",
        ),
        pytest.param("一、重点任务\n1.改造集镇农贸市场3个。（县商务局负责）\n", id="no-box"),
        pytest.param("│ 说明：本表由县商务局汇总。\n", id="a-bar-line-that-is-no-box-row"),
    ],
)
def test_text_that_is_no_wrapped_box_row_is_left_as_it_is(table: str) -> None:
    text = HEAD + table
    assert unbox_tables(text) == (text, [])


ASCII_GRID = (
    "+----+----------------+------------+------------+--------+\n"
    "|序号|工作任务        |牵头单位    |配合单位    |完成时限|\n"
    "+====+================+============+============+========+\n"
    "|1   |改造集镇农贸市场|县商务局    |县市场监管局|2025年9 |\n"
    "|    |3个。           |            |、县财政局  |月底前  |\n"
    "+----+----------------+------------+------------+--------+\n"
    "|2   |新建集镇停车场2 |县住房城乡建|县自然资源局|2025年11|\n"
    "|    |处。            |设局        |            |月底前  |\n"
    "+----+----------------+------------+------------+--------+\n"
)


def test_a_grid_drawn_in_ascii_with_wrapped_rows_is_read_as_the_box_grid() -> None:
    notice = parse_text(HEAD + ASCII_GRID)
    assert [(t.text, t.lead, t.partners, t.due) for t in notice.tasks] == [
        ("改造集镇农贸市场3个。", ("县商务局",), ("县市场监管局", "县财政局"), "2025年9月底前"),
        ("新建集镇停车场2处。", ("县住房城乡建设局",), ("县自然资源局",), "2025年11月底前"),
    ]


@pytest.mark.parametrize(
    "table",
    [
        # a table written with pipes: its |--|--| rule opens with no +
        pytest.param(
            "|序号|工作任务|牵头单位|完成时限|\n|--|--|--|--|\n|1|改造集镇农贸市场3个。|县商务局|2025年9月底前|\n"
            "|2|新建集镇停车场2处。|县住房城乡建设局|2025年11月底前|\n",
            id="pipes",
        ),
        pytest.param(
            "|序号|工作任务|牵头单位|\n|----+--------+--------|\n|1|推进互联网+政务服务。|县数据局|\n"
            "|2|新建集镇停车场2处。|县住房城乡建设局|\n",
            id="pipes-with-a-rule-crossed-by-plus",
        ),
    ],
)
def test_tables_written_with_pipes_are_left_as_they_are(table: str) -> None:
    text = HEAD + table
    assert unbox_tables(text) == (text, [])


def test_an_ascii_grid_of_rows_a_line_is_read_with_its_rules_as_rules() -> None:
    grid = (
        "+----+------------------+--------+\n|序号|工作任务          |牵头单位|\n+----+------------------+--------+\n"
        "|1   |推进互联网+政务服务|县数据局|\n+----+------------------+--------+\n"
    )
    notice = parse_text(HEAD + grid)
    assert [(t.text, t.lead) for t in notice.tasks] == [("推进互联网+政务服务", ("县数据局",))]
    assert not [w for w in notice.warnings if w.code.startswith(("annex", "table"))]
