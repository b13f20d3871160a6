"""A pipe table's header row whose column name a line break cut (| 序号 | 工作任务 | … | 完成 ⏎ 时限 |, or
| … | 牵头 ⏎ 单位 | 配合单位 | 完成时限 |): the two lines are one header row, so the rows under it are read in
their columns, never the partners' cell taken for the task. Near misses: a line after the row that is a name of
its own (| … | 牵头 ⏎ 配合单位 | … |: no name joined), and rows of text, stay as written."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.annex.pipe_rows import _header_name_wrapped

ROWS = (
    "| 1 | 推行一窗通办 | 县政务服务中心 | 县司法局 | 2025年6月底前 |\n"
    "| 2 | 开展好差评 | 县政务服务中心 | 县直各部门 | 2025年9月底前 |\n"
)


@pytest.mark.parametrize(
    "header",
    [
        "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成\n时限 |\n",
        "| 序号 | 工作任务 | 牵头\n单位 | 配合单位 | 完成时限 |\n",
    ],
    ids=["last-name", "middle-name"],
)
def test_a_header_cut_inside_a_name_is_one_row(header: str) -> None:
    notice = parse_text(header + ROWS)
    assert [t.text for t in notice.tasks] == ["推行一窗通办", "开展好差评"]
    assert [t.lead for t in notice.tasks] == [("县政务服务中心",), ("县政务服务中心",)]
    assert [t.partners for t in notice.tasks] == [("县司法局",), ("县直各部门",)]
    assert notice.tasks[0].due == "2025年6月底前"


@pytest.mark.parametrize(
    ("head", "tail", "joined"),
    [
        ("| 序号 | 工作任务 | 牵头单位 | 完成", "时限 |", True),
        ("| 序号 | 工作任务 | 牵头", "单位 | 配合单位 | 完成时限 |", True),
        ("| 序号 | 工作任务 | 牵头", "配合单位 | 完成时限 |", False),  # a name of its own after the cut
        ("| 1 | 推行一窗通办 | 县政务", "服务中心 | 2025年6月底前 |", False),  # a row's cell, no column's name
        ("| 序号 | 工作任务 | 牵头单位 |", "完成时限 |", False),  # the row is closed
    ],
)
def test_which_lines_join_as_a_header(head: str, tail: str, joined: bool) -> None:
    assert _header_name_wrapped(head, tail) is joined
