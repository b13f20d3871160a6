"""What a page break and a form's footer leave in a scraped table, never a cell of the row above: the table's
title repeated over its header (`某县…分解表` ⏎ 序号 …), or with `（续）` after it; who filled in a ledger
(`填报人：…  联系电话：…`) under its last row. A cell a bar-celled scrape wrapped over two lines, the bar after its
last line (`县商务局` ⏎ `县市场监管局 |`), is one cell: two units lead. Controls: the rows' own last cells stay
theirs. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEADER = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    ["1", "建设城区停车场2处。", "县住房城乡建设局", "县自然资源局、县财政局", "2026年9月底前"],
    ["2", "整治占道经营行为。", "县城市管理局", "县公安局、各街道办事处", "长期坚持"],
    ["3", "开展老旧管网排查。", "县水务局", "县应急管理局", "2026年6月底前"],
]
EXPECTED = [
    (("县住房城乡建设局",), ("县自然资源局", "县财政局"), "2026年9月底前"),
    (("县城市管理局",), ("县公安局", "各街道办事处"), "长期坚持"),
    (("县水务局",), ("县应急管理局",), "2026年6月底前"),
]


def _cells(*between: str) -> str:
    """The table one cell a line, lines `between` the second and the third row."""
    lines = ["枫川县2026年城市管理提升任务分解表", *HEADER, *ROWS[0], *ROWS[1], *between, *ROWS[2]]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "between",
    [
        pytest.param(["", "枫川县2026年城市管理提升任务分解表", *HEADER], id="title-repeated"),
        pytest.param(["枫川县城市管理提升任务清单（续）", *HEADER], id="title-continued"),
        pytest.param([*HEADER], id="header-alone"),  # control: as always
        pytest.param([], id="no-break"),  # control
    ],
)
def test_a_page_break_leaves_the_row_above_whole(between: list[str]) -> None:
    notice = parse_text(_cells(*between), "case.txt")
    assert [(t.lead, t.partners, t.due) for t in notice.tasks] == EXPECTED
    assert not [w for w in notice.warnings if w.code == "row-too-long"]


def _ledger(after: str) -> str:
    lines = [
        "石门镇人民政府关于印发石门镇2026年综治工作台账的通知",
        "石政发〔2026〕3号",
        "各村（社区），镇属各单位：",
        "现将《石门镇2026年综治工作台账》印发给你们，请抓好落实。",
        "石门镇人民政府",
        "2026年1月20日",
        "石门镇2026年综治工作台账",
        "序号 工作事项 责任单位 责任人 完成时限 工作进度",
        "1 排查化解邻里纠纷 镇综治中心 周某 每月 推进中",
        "2 开展禁毒宣传进校园 镇派出所、镇中心小学 吴某 2026年6月底前 未启动",
        after,
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "after",
    [
        pytest.param("填报人：镇综治办　　联系电话：0000-7654321", id="filled-in-by"),
        pytest.param("制表人：镇综治办　审核人：镇党委办", id="made-by"),
        pytest.param("", id="nothing-after"),  # control
    ],
)
def test_who_filled_in_a_ledger_is_no_cell_of_its_last_row(after: str) -> None:
    notice = parse_text(_ledger(after), "case.txt")
    assert [(t.departments, t.due) for t in notice.tasks] == [
        (("镇综治中心",), "每月"),
        (("镇派出所", "镇中心小学"), "2026年6月底前"),
    ]


def _bar_cells(lead_cell: list[str]) -> str:
    """A task table scraped with a bar opening each row and closing each cell, alone on its line or after the
    cell's last line; the title cell over two lines."""
    rows = [
        [["附件", "青川区2026年促消费", "重点任务分工  |"]],
        [["序号"], ["工作任务"], ["牵头单位"], ["配合单位"], ["完成时限"]],
        [["1"], ["举办夜间消费季活动。"], lead_cell, ["区文化旅游局"], ["2026年10月底"]],
        [["2"], ["培育特色商业街区2条。"], ["区商务局"], ["区住房城乡建设局"], ["2026年12月底"]],
    ]
    lines = ["您现在的位置：首页 > 政策文件"]
    for row in rows:
        lines.append("|")
        for cell in row:
            lines += cell if cell[-1].endswith("|") else [*cell, "|"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("lead_cell", "lead"),
    [
        pytest.param(["区商务局", "区市场监管局  |"], ("区商务局", "区市场监管局"), id="two-units-one-cell"),
        pytest.param(["区商务局"], ("区商务局",), id="one-unit"),  # control
    ],
)
def test_a_cell_wrapped_before_its_bar_is_one_cell(lead_cell: list[str], lead: tuple[str, ...]) -> None:
    notice = parse_text(_bar_cells(lead_cell), "case.txt")
    assert notice.metadata.title == "青川区2026年促消费重点任务分工"
    assert [(t.lead, t.partners, t.due) for t in notice.tasks] == [
        (lead, ("区文化旅游局",), "2026年10月底"),
        (("区商务局",), ("区住房城乡建设局",), "2026年12月底"),
    ]
