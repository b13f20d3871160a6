"""A two-row header's first-row cell stands for the units columns its second row names only where it is proven a
group of units: 责任单位 spanning them wins over any other name, 任务分工 / 分工 name a column of work, and a cell
the rows fill with text of their own (a scrape one cell a line) is a column of work too. The notices are written
for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

TITLE = "北湖区2025年民生实事任务分工表\n\n附件\n\n"

SPACED = (
    TITLE + "序号  {name}  责任单位  完成时限\n牵头单位  配合单位\n"
    "1  新建口袋公园  区园林局  区城管局  2025年8月底前\n"
    "2  改造公共厕所  区城管局  区卫健局  2025年10月底前\n"
)


@pytest.mark.parametrize("name", ["任务分工", "分工", "工作任务"])
def test_units_stay_under_the_units_cell(name: str) -> None:
    notice = parse_text(SPACED.format(name=name))
    assert [(t.lead, t.partners) for t in notice.tasks] == [
        (("区园林局",), ("区城管局",)),
        (("区城管局",), ("区卫健局",)),
    ]


def _one_a_line(group: str, filled: bool) -> str:
    rows = [
        ["1", "新建口袋公园", *(["每街道一处"] if filled else []), "2025年8月底前", "区园林局", "区城管局"],
        ["2", "改造公共厕所", *(["改造20座"] if filled else []), "2025年10月底前", "区城管局", "区卫健局"],
    ]
    head = ["序号", "工作任务", group, "完成时限", "牵头单位", "配合单位"]
    return TITLE + "\n".join(head + [cell for row in rows for cell in row]) + "\n"


@pytest.mark.parametrize(
    ("group", "filled"),
    [("任务分工", True), ("责任分解", True), ("分工", True)],  # a column of work the rows fill
)
def test_a_filled_cell_is_no_group(group: str, filled: bool) -> None:
    notice = parse_text(_one_a_line(group, filled))
    assert [(t.lead, t.partners) for t in notice.tasks] == [
        (("区园林局",), ("区城管局",)),
        (("区城管局",), ("区卫健局",)),
    ]
