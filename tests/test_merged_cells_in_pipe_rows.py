"""A deadline cell merged down several rows of a pipe table is written on its first row only, the others
keeping an empty last cell (| 2 | … | 县财政局 |  |): they take the deadline above with a warning, as a tab
row's empty cell does, where the row has a cell for each of the header's names. A section row of pipes
stays a heading, and a table whose header names fewer columns than its rows have bars drops the empty
last cells. Written for the test (invented places)."""

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


def test_a_row_with_more_bars_than_the_header_has_names_drops_its_empty_last_cells() -> None:
    notice = (
        TITLE
        + "重点任务 | 责任单位 | ||\n1 | 新建公厕20座 | 县住建局 | 2024年9月底前 |\n2 | 改造污水管网5公里 | 县水利局 | |\n"
    )
    parsed = parse_text(notice)
    assert [(t.lead, t.departments) for t in parsed.tasks][1:] == [((), ("县水利局",))]
    assert not any(w.code == "cell-filled-from-above" for w in parsed.warnings)
