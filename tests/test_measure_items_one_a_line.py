"""A 具体措施 cell of numbered items that the page put one a line (1.开展…； in the row, then 2.推广…； alone on the
next lines, their empty cells lost with the lines' leading tabs): each line is the cell's next item, never a row
of its own (a task with no unit). Near misses: a line numbered otherwise than the next item, and a row a space
apart holding its own units and deadline, are not put in the cell."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEADER = "序号\t主要任务\t具体措施\t牵头单位\t配合单位\t完成时限\n"
ROW = "1\t优化信贷服务\t1.开展银企对接活动；\t县金融服务中心\t人行某县支行\t2025年12月底前\n"
LAST = "2\t降低物流成本\t1.优化货车通行管理。\t县交通运输局\t县商务局\t2025年10月底前\n"


@pytest.mark.parametrize(
    ("lines", "in_text", "count"),
    [
        ("2.推广科技贷产品；\n3.建立续贷中心。\n", "3.建立续贷中心", 2),
        ("\t\t2.推广科技贷产品；\n", "2.推广科技贷产品", 2),
        ("3.建立续贷中心。\n", None, None),  # near miss: not the next item (2 is missing)
        ("2.推广科技贷产品 县金融服务中心 2025年12月底前\n", None, None),  # near miss: a row a space apart
    ],
    ids=["two-items", "tabs-kept", "not-the-next-item", "spaced-row"],
)
def test_the_next_items_of_a_measures_cell(lines: str, in_text: str | None, count: int | None) -> None:
    notice = parse_text(HEADER + ROW + lines + LAST)
    if in_text is None:
        assert lines.split()[0] not in notice.tasks[0].text
        return
    assert len(notice.tasks) == count
    assert in_text in notice.tasks[0].text and "1.开展银企对接活动" in notice.tasks[0].text
    assert all(t.lead for t in notice.tasks)
