"""A numbered row the page broke between two cells (| 2 | 开展… | 县司法局 |), its last cells on the next line in
their columns (| | | | 县市场监管局 | 2025年9月底前 |, or with the empty cells lost with the line's leading tabs):
the row is read whole, the lead from its own cell, never filled from the row above nor run into the task's text.
Near misses: a line whose cells do not read as the columns they would go on in, and a row whose last cell ends
in 、 (that cell goes on), are not so joined; nor is a line of more cells than the row has columns left."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n1\t推进一网通办\t县政务服务中心\t县大数据中心\t2025年6月底前\n"
LAST = "3\t建立合规指导制度\t县司法局\t县工商联\t2025年12月底前\n"


@pytest.mark.parametrize(
    ("rows", "lead", "partners", "due"),
    [
        (
            "2\t开展联合执法\t县司法局\n\t\t\t县市场监管局、县应急局\t2025年9月底前\n",
            ("县司法局",),
            ("县市场监管局", "县应急局"),
            "2025年9月底前",
        ),
        (
            "2\t开展联合执法\t县司法局\n县市场监管局、县应急局\t2025年9月底前\n",
            ("县司法局",),
            ("县市场监管局", "县应急局"),
            "2025年9月底前",
        ),
        (
            "| 2 | 开展联合执法 | 县司法局 |\n| | | | 县市场监管局 | 2025年9月底前 |\n",
            ("县司法局",),
            ("县市场监管局",),
            "2025年9月底前",
        ),
    ],
    ids=["tabs-kept", "tabs-lost", "pipes"],
)
def test_a_row_broken_between_cells_is_read_whole(
    rows: str, lead: tuple[str, ...], partners: tuple[str, ...], due: str
) -> None:
    notice = parse_text(HEAD + rows + LAST)
    task = notice.tasks[1]
    assert task.text == "开展联合执法"
    assert (task.lead, task.partners, task.due) == (lead, partners, due)
    assert len(notice.tasks) == 3


@pytest.mark.parametrize(
    "rows",
    [
        "2\t开展联合执法\t县司法局\n加强部门协同\t2025年9月底前\n",  # no unit where the partners' cell would be
        "2\t开展联合执法\t县司法局\n县市场监管局\t县应急局\t2025年9月底前\n",  # more cells than columns left
    ],
    ids=["no-units-piece", "too-many-cells"],
)
def test_lines_that_do_not_go_on_in_the_next_columns_are_not_joined_so(rows: str) -> None:
    notice = parse_text(HEAD + rows + LAST)
    assert all(t.partners != ("县市场监管局",) or t.lead != ("县司法局",) for t in notice.tasks[1:2])
