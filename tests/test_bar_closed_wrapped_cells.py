"""A table scraped one cell a line, each cell closed by a bar after its text (县林业局 |) and no bar alone
between the cells: a cell that wraps over lines (a header name 责任 ⏎ 单位 |, a list of units, a deadline
2026年 ⏎ 3月底前 |) is one cell, its lines joined. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.decode import fold
from policy_cli.parse import parse_text
from policy_cli.parse.lines import SourceLine
from policy_cli.parse.noise import _bar_cells_joined

HEAD = "苍梧县2026年森林防火重点工作清单\n"


def _rows(rows: list[list[str]]) -> str:
    return "".join(cell + " |\n" for row in rows for cell in row)


WRAPPED = HEAD + _rows(
    [
        ["序号", "工作内容", "牵头\n单位", "协同\n单位", "完成\n时间"],
        ["1", "排查林区输电线路隐患", "县林业局", "县供电公司、\n各乡镇人民政府", "2026年\n3月底前"],
        ["2", "组建半专业扑火队伍", "县应急\n管理局", "县林业局", "2026年6月底前"],
        ["3", "开展防火宣传进村入户", "县林业局", "—", "长期坚持"],
    ]
)


def _lines(text: str) -> list[SourceLine]:
    return [SourceLine(n, t, fold(t)) for n, t in enumerate(text.splitlines(), 1)]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # fifteen cells and more closed by a bar: the wrapped cells are joined, each closed by its bar
        (
            WRAPPED,
            [
                "牵头单位 |",
                "协同单位 |",
                "完成时间 |",
                "县供电公司、各乡镇人民政府 |",
                "2026年3月底前 |",
                "县应急管理局 |",
            ],
        ),
        # a few lines closed by a bar (a note with bars in it) are no such table: nothing is joined
        ("说明 |\n第一行\n第二行 |\n备注 |\n", []),
    ],
)
def test_wrapped_cells_are_joined(text: str, joined: list[str]) -> None:
    before = {ln.text for ln in _lines(text)}
    assert [ln.text for ln in _bar_cells_joined(_lines(text)) if ln.text not in before] == joined


def test_the_rows_read_with_wrapped_cells() -> None:
    notice = parse_text(WRAPPED)
    assert [(t.text, t.lead, t.partners, t.due) for t in notice.tasks] == [
        ("排查林区输电线路隐患", ("县林业局",), ("县供电公司", "各乡镇人民政府"), "2026年3月底前"),
        ("组建半专业扑火队伍", ("县应急管理局",), ("县林业局",), "2026年6月底前"),
        ("开展防火宣传进村入户", ("县林业局",), (), "长期坚持"),
    ]


@pytest.mark.parametrize(
    ("last_row", "task"),
    [
        # the regression: the row's number has no bar after it; it still closes its cell, the row's cells in place
        (
            "4\n建设防火\n隔离带50公里 |\n县林业局 |\n各乡镇人民政府 |\n2026年12月底前 |\n",
            ("建设防火隔离带50公里", ("县林业局",), ("各乡镇人民政府",), "2026年12月底前"),
        ),
        # the case the joining was made for: the number closed by its bar, the task's text wrapped
        (
            "4 |\n建设防火\n隔离带50公里 |\n县林业局 |\n各乡镇人民政府 |\n2026年12月底前 |\n",
            ("建设防火隔离带50公里", ("县林业局",), ("各乡镇人民政府",), "2026年12月底前"),
        ),
    ],
)
def test_a_row_number_closes_its_cell(last_row: str, task: tuple) -> None:
    notice = parse_text(WRAPPED + last_row)
    assert len(notice.tasks) == 4
    t = notice.tasks[-1]
    assert (t.text, t.lead, t.partners, t.due) == task
