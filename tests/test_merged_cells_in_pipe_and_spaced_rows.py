"""A deadline cell merged down several rows of a pipe table is written on its first row only, the others
keeping an empty last cell (| 2 | … | 县财政局 |  |): they take the deadline above with a warning, as a tab
row's empty cell does. In a space-aligned table, a lead cell left empty with the partners' cell after it
filled (the row's units lined up under their columns) takes the lead above with a warning. A row short of
its last cell, or a row whose only unit stands under the lead's column, takes nothing. Written for the
test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

TITLE = "某县2024年重点任务分解表\n"
PIPE_HEADER = "| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n"


def _pipe(second: str) -> str:
    return TITLE + PIPE_HEADER + "| 1 | 新建公厕20座 | 县住建局 | 各乡镇 | 2024年9月底前 |\n" + second


@pytest.mark.parametrize(
    ("second", "due", "filled"),
    [
        ("| 2 | 改造污水管网5公里 | 县住建局 | 县财政局 |  |\n", "2024年9月底前", True),
        ("| 2 | 改造污水管网5公里 | 县住建局 | 县财政局 | 2024年12月底前 |\n", "2024年12月底前", False),
    ],
)
def test_an_empty_last_pipe_cell_takes_the_deadline_above(second: str, due: str, filled: bool) -> None:
    parsed = parse_text(_pipe(second))
    assert parsed.tasks[1].due == due
    assert any(w.code == "cell-filled-from-above" for w in parsed.warnings) is filled


def test_a_section_row_of_pipes_is_still_a_heading() -> None:
    notice = (
        TITLE + PIPE_HEADER + "| 一、厕所革命 |  |  |  |  |\n| 1 | 新建公厕20座 | 县住建局 | 各乡镇 | 2024年9月底前 |\n"
    )
    parsed = parse_text(notice)
    assert [(t.text, t.lead) for t in parsed.tasks] == [("新建公厕20座", ("县住建局",))]


SPACED_HEADER = "序号    重点任务                      牵头单位      配合单位        完成时限\n"
SPACED_1 = "1       新建公厕20座                  县住建局      各乡镇          2024年9月底前\n"


@pytest.mark.parametrize(
    ("second", "lead", "partners"),
    [
        # the lead's cell empty, the partners' filled: the lead above
        (
            "2       改造污水管网5公里                           县财政局        2024年12月底前\n",
            ("县住建局",),
            ("县财政局",),
        ),
        # its own lead, no partner: nothing taken from above
        ("2       改造污水管网5公里             县水利局                      2024年12月底前\n", ("县水利局",), ()),
    ],
)
def test_an_empty_lead_cell_of_an_aligned_row_takes_the_lead_above(
    second: str, lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    parsed = parse_text(TITLE + SPACED_HEADER + SPACED_1 + second)
    assert (parsed.tasks[1].lead, parsed.tasks[1].partners) == (lead, partners)
