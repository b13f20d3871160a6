"""A page marker (第 1 页) a scrape left between the rows of a table written one cell a line is a page
break, not a cell of the row above it. The notice is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEADER = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]


def _notice(marker: str) -> str:
    rows = [
        *HEADER,
        "1",
        "修订全县名贤祠保护规划。",
        "县文旅局",
        "县自然资源局",
        "2025年6月底前",
        "2",
        "建成乡村非遗工坊5个。",
        "县文旅局",
        "各乡镇人民政府",
        "2025年11月",
        "",
        marker,
        "",
        *HEADER,
        "3",
        "开展非遗传承人年度评估。",
        "县文旅局",
        "县财政局、县人社局",
        "2025年第四季度",
    ]
    return "桐乡县非遗保护重点任务分工表\n" + "\n".join(rows) + "\n"


@pytest.mark.parametrize("marker", ["第 1 页", "第1页/共2页", "共2页 第1页", "— 1 —"])
def test_a_page_marker_between_rows_is_no_cell(marker: str) -> None:
    notice = parse_text(_notice(marker))
    assert [(t.id, t.lead, t.partners, t.due) for t in notice.tasks] == [
        (1, ("县文旅局",), ("县自然资源局",), "2025年6月底前"),
        (2, ("县文旅局",), ("各乡镇人民政府",), "2025年11月"),
        (3, ("县文旅局",), ("县财政局", "县人社局"), "2025年第四季度"),
    ]
    assert not [w for w in notice.warnings if w.code == "row-too-long"]
    assert any(b.text == marker for b in notice.boilerplate)
