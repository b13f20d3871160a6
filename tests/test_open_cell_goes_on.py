"""A tabbed task table whose row the page wrapped in one cell only: the next line holds one more piece of that
cell and nothing else, its empty cells' tabs lost with the line's start. The one units cell ending in 、 takes
units' names (区自然资源局、 / 区交通运输局); a deadline cell holding its year alone takes its month (2025年 /
6月底前). A line that could go on with no cell, or with two, is left as before (warned, never guessed)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "苍梧区2025年文化旅游工作任务分解表\n\n序号\t主要任务\t牵头单位\t配合单位\t完成时限\n"
LAST = "2\t举办文化旅游节。\t区文化旅游局\t区公安分局\t2025年10月底前\n"


@pytest.mark.parametrize(
    "rows, partners, due, warned",
    [
        # the partners cell goes on with one unit, or two
        (
            "1\t创建4A级旅游景区1个。\t区文化旅游局\t区自然资源局、\t2025年12月底前\n\t\t\t区交通运输局\t\n",
            ("区自然资源局", "区交通运输局"),
            "2025年12月底前",
            False,
        ),
        (
            "1\t创建4A级旅游景区1个。\t区文化旅游局\t区自然资源局、\t2025年12月底前\n\t\t\t区交通运输局、区财政局\t\n",
            ("区自然资源局", "区交通运输局", "区财政局"),
            "2025年12月底前",
            False,
        ),
        # the deadline cell holding its year alone goes on with its month
        (
            "1\t创建4A级旅游景区1个。\t区文化旅游局\t区自然资源局\t2025年\n\t\t\t\t6月底前\n",
            ("区自然资源局",),
            "2025年6月底前",
            False,
        ),
        # near-miss: no cell is open (no 、, a full date): the line is warned, as before
        (
            "1\t创建4A级旅游景区1个。\t区文化旅游局\t区自然资源局\t2025年12月底前\n\t\t\t区交通运输局\t\n",
            ("区自然资源局",),
            "2025年12月底前",
            True,
        ),
        # near-miss: a units cell open and a year alone: which cell goes on cannot be told; warned, as before
        (
            "1\t创建4A级旅游景区1个。\t区文化旅游局\t区自然资源局、\t2025年\n\t\t\t区交通运输局\t\n",
            ("区自然资源局",),
            "2025年",
            True,
        ),
    ],
)
def test_the_one_open_cell_goes_on_on_the_next_line(
    rows: str, partners: tuple[str, ...], due: str, warned: bool
) -> None:
    notice = parse_text(HEAD + rows + LAST)
    first = notice.tasks[0]
    assert (first.text, first.lead, first.partners, first.due) == (
        "创建4A级旅游景区1个。",
        ("区文化旅游局",),
        partners,
        due,
    )
    assert len(notice.tasks) == 2
    assert any(w.line == 5 for w in notice.warnings) == warned
