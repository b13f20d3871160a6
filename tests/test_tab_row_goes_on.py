"""A tabbed task table whose row the page wrapped cell by cell onto a line with no 序号: the line's leading tab
(its empty 序号 cell) is lost with the line's start, yet its pieces go on with the row's open cells (the task
cell stopping inside its sentence, the units cell ending in 、), so they are put back into that row."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "苍梧区2025年文化旅游工作任务分解表\n\n序号\t主要任务\t牵头单位\t配合单位\t完成时限\n"
LAST = "2\t举办文化旅游节。\t区文化旅游局\t区公安分局\t2025年10月底前\n"


@pytest.mark.parametrize(
    "rows, first",
    [
        # the task cell and the partners cell go on
        (
            "1\t创建4A级旅游景区1个，\t区文化旅游局\t区自然资源局、\t2025年12月底前\n"
            "\t完善景区配套设施。\t\t区交通运输局\t\n",
            ("创建4A级旅游景区1个，完善景区配套设施。", ("区文化旅游局",), ("区自然资源局", "区交通运输局"), 2),
        ),
        # the task cell and the deadline cell go on (2025年12月 / 底前)
        (
            "1\t创建4A级旅游景区1个，\t区文化旅游局\t区自然资源局、\t2025年12月\n"
            "\t完善景区配套设施。\t\t区交通运输局\t底前\n",
            ("创建4A级旅游景区1个，完善景区配套设施。", ("区文化旅游局",), ("区自然资源局", "区交通运输局"), 2),
        ),
        # near-miss: a sub-row with its own lead is no piece of the row above; read as before
        (
            "1\t创建4A级旅游景区1个，\t区文化旅游局\t区自然资源局、\t2025年12月底前\n"
            "\t完善景区配套设施。\t区交通运输局\t区财政局\t2025年12月底前\n",
            ("创建4A级旅游景区1个，", ("区文化旅游局",), ("区自然资源局",), 3),
        ),
        # near-miss: the row's task cell ends its sentence: the line is not its text; read as before
        (
            "1\t创建4A级旅游景区1个。\t区文化旅游局\t区自然资源局、\t2025年12月底前\n"
            "\t完善景区配套设施。\t\t区交通运输局\t\n",
            ("创建4A级旅游景区1个。", ("区文化旅游局",), ("区自然资源局",), 2),
        ),
    ],
)
def test_a_tabbed_row_goes_on_on_a_line_that_lost_its_leading_tab(
    rows: str, first: tuple[str, tuple[str, ...], tuple[str, ...], int]
) -> None:
    notice = parse_text(HEAD + rows + LAST)
    text, lead, partners, count = first
    task = notice.tasks[0]
    assert (task.text, task.lead, task.partners, len(notice.tasks)) == (text, lead, partners, count)
    assert notice.tasks[-1].text == "举办文化旅游节。"
