"""A two-row task table header whose first row holds a group cell (责任分工) over the units columns the second
row names (牵头单位 / 配合单位), as scraped tables give it: the group cell's empty neighbour kept as a tab or a
bar, the second row's leading empty cells trimmed or kept, a column before the task (a grouping cell that is no
column's), or the scrape keeping no empty cell at all. Each row's lead and partners come from their own cells,
and no row is lost. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.decode import fold
from policy_cli.parse import parse_text
from policy_cli.parse.annex import _under_spanning_cell
from policy_cli.parse.lines import SourceLine

TITLE = "青石县2025年防汛重点工作分工表\n\n"
ROWS = (
    ("1", "堤防整治", "加固沿河堤防3公里", "县水务局", "县财政局、县自然资源局", "2025年5月底前"),
    ("2", "堤防整治", "清理河道阻水障碍", "各乡镇人民政府", "县水务局", "2025年4月底前"),
    ("3", "预警能力", "建设山洪灾害预警广播", "县应急管理局", "县气象局", "2025年6月底前"),
)
EXPECTED = [
    ("加固沿河堤防3公里", ("县水务局",), ("县财政局", "县自然资源局"), "2025-05-31"),
    ("清理河道阻水障碍", ("各乡镇人民政府",), ("县水务局",), "2025-04-30"),
    ("建设山洪灾害预警广播", ("县应急管理局",), ("县气象局",), "2025-06-30"),
]


def _tabbed(*cells: str) -> str:
    return "\t".join(cells) + "\n"


def _piped(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |\n"


@pytest.mark.parametrize(
    "header",
    [
        # tabs, the group cell's empty neighbour kept, the second row's leading cells trimmed by the scrape
        _tabbed("序号", "防汛环节", "工作措施", "责任分工", "", "完成时限")
        + _tabbed("", "", "", "牵头单位", "配合单位", ""),
        # pipes, every cell kept in place
        _piped("序号", "防汛环节", "工作措施", "职责分工", "", "完成时限")
        + _piped("", "", "", "牵头单位", "配合单位", "")
        + "|---|---|---|---|---|---|\n",
        # the scrape kept no empty cell after the group cell: the group name says where the names go
        _tabbed("序号", "防汛环节", "工作措施", "责任分工", "完成时限") + _tabbed("牵头单位", "配合单位"),
    ],
    ids=["tabs-trimmed", "pipes-in-place", "no-empty-cell"],
)
def test_units_columns_under_a_group_cell(header: str) -> None:
    piped = header.startswith("|")
    rows = "".join((_piped if piped else _tabbed)(*row) for row in ROWS)
    notice = parse_text(TITLE + header + rows)
    assert [(t.text, t.lead, t.partners, t.due_date) for t in notice.tasks] == EXPECTED


def _line(text: str) -> SourceLine:
    return SourceLine(1, text.strip(), fold(text.strip()))


@pytest.mark.parametrize(
    ("top", "bottom", "names"),
    [
        (
            "序号\t工作措施\t责任分工\t\t完成时限",
            "\t\t牵头单位\t配合单位\t",
            ["序号", "工作措施", "牵头单位", "配合单位", "完成时限"],
        ),
        (
            "序号\t工作措施\t责任单位\t\t\t完成时限",
            "牵头单位\t配合单位\t责任领导",
            ["序号", "工作措施", "牵头单位", "配合单位", "责任领导", "完成时限"],
        ),
        # near cases: a second-row name that is no units column's, a group cell with no room for both names,
        # two group cells either of which could span the names, names that do not stand under the group cell
        ("序号\t工作措施\t责任单位\t\t完成时限", "牵头单位\t完成时限", None),
        ("序号\t工作措施\t责任分工\t完成时限", "牵头单位\t配合单位", None),
        ("序号\t责任分工\t\t工作措施\t职责分工\t\t完成时限", "牵头单位\t配合单位", None),
        ("| 序号 | 工作措施 | 责任分工 | | 完成时限 |", "| | 牵头单位 | 配合单位 | | |", None),
    ],
)
def test_the_names_under_a_group_cell(top: str, bottom: str, names: list[str] | None) -> None:
    assert _under_spanning_cell(_line(top), _line(bottom)) == names


def _one_cell_a_line(header: list[str], rows: list[tuple[str, ...]]) -> str:
    return TITLE + "\n".join(header) + "\n" + "\n".join("\n".join(row) for row in rows) + "\n"


def test_a_header_one_name_a_line_with_its_units_in_place_is_read_as_before() -> None:
    # near case: no group cell, the units columns in the rows' order already: nothing moves
    rows = [(number, *rest) for number, _, *rest in ROWS]
    text = _one_cell_a_line(["序号", "工作措施", "牵头单位", "配合单位", "完成时限"], rows)
    notice = parse_text(text)
    assert [(t.text, t.lead, t.partners, t.due_date) for t in notice.tasks] == EXPECTED
