"""A two-row header whose spanning cell the scrape wrote once for each column under it (责任单位 | 责任单位 over
牵头单位 | 配合单位, the second row's leading empty cells lost): both copies give way to the second row's names,
so the rows' cells line up with no row-incomplete warning. Near miss: a spanning name written once, read as
before."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

ROWS = (
    "1\t推进城区雨污分流改造\t县住建局\t县财政局\t2025年10月底前\n"
    "2\t实施乡村道路提档升级\t县交通运输局\t各乡镇人民政府\t2025年11月底前\n"
)


@pytest.mark.parametrize(
    "header",
    [
        "序号\t工作任务\t责任单位\t责任单位\t完成时限\n\t\t牵头单位\t配合单位\t\n",
        "序号\t工作任务\t责任单位\t\t完成时限\n\t\t牵头单位\t配合单位\t\n",  # near miss: written once
    ],
    ids=["written-twice", "written-once"],
)
def test_the_second_row_names_the_columns_under_the_spanning_name(header: str) -> None:
    notice = parse_text(header + ROWS)
    assert [t.lead for t in notice.tasks] == [("县住建局",), ("县交通运输局",)]
    assert [t.partners for t in notice.tasks] == [("县财政局",), ("各乡镇人民政府",)]
    assert not any(w.code == "row-incomplete" for w in notice.warnings)
