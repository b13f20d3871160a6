"""A table that a page break split, its rest marked （续表） (or 续表, 续上表) above the repeated header,
reads as one table: the marker is set aside as table furniture, never a cell of the row above it nor an
unread line. A line that only opens with the word (（续表所列任务均为新增）) is no marker. The notices are
written for the test (invented places)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policy_cli.parse import parse_text

NAMES = ["序号", "重点工作任务", "牵头单位", "配合单位", "完成时限"]
ROW_1 = ["1", "完成地质灾害隐患点巡查，更新群测群防名册。", "县自然资源局", "各乡镇人民政府", "2025年5月底前"]
ROW_2 = ["2", "开展科普宣传，组织学校疏散演练。", "县应急管理局", "县教育局、县科协", "2025年10月底前"]
TITLE = "岑湾县2025年防灾减灾重点任务分工"


def _one_cell_a_line(marker: str) -> str:
    return "\n".join([TITLE, *NAMES, *ROW_1, marker, *NAMES, *ROW_2]) + "\n"


def _tabs(marker: str) -> str:
    return "\n".join([TITLE, *("\t".join(r) for r in (NAMES, ROW_1)), marker, *("\t".join(r) for r in (NAMES, ROW_2))])


def _pipes(marker: str) -> str:
    def row(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    rule = row(["---"] * 5)
    return "\n".join([TITLE, row(NAMES), rule, row(ROW_1), "", marker, "", row(NAMES), rule, row(ROW_2)]) + "\n"


EXPECTED = [
    (("县自然资源局",), ("各乡镇人民政府",), "2025年5月底前"),
    (("县应急管理局",), ("县教育局", "县科协"), "2025年10月底前"),
]


@pytest.mark.parametrize("layout", [_one_cell_a_line, _tabs, _pipes])
@pytest.mark.parametrize("marker", ["（续表）", "续表", "续上表", "(续表1)"])
def test_the_continued_marker_is_no_cell(layout: Callable[[str], str], marker: str) -> None:
    notice = parse_text(layout(marker))
    assert [(t.lead, t.partners, t.due) for t in notice.tasks] == EXPECTED
    assert [b.text for b in notice.boilerplate if b.kind == "table-continued"] == [marker]
    assert not [w for w in notice.warnings if w.code in ("row-too-long", "annex-unparsed")]


def test_a_line_that_only_opens_with_the_word_is_no_marker() -> None:
    notice = parse_text(_tabs("（续表所列任务均为新增）"))
    assert not [b for b in notice.boilerplate if b.kind == "table-continued"]


# the row above the marker ends its task cell without 。: the marker is still no more of that cell, while a
# line that goes on with the cell (no marker) is joined back onto it
OPEN_ROW_1 = ["1", "清理背街小巷堆放杂物", "县城管局", "各社区", "2025年5月底前"]
OPEN_ROW_2 = ["2", "新增公共停车泊位300个", "县住建局", "县交警大队", "2025年10月底前"]


def _open_tabs(between: str) -> str:
    rows = [NAMES, OPEN_ROW_1]
    return "\n".join([TITLE, *("\t".join(r) for r in rows), between, "\t".join(NAMES), "\t".join(OPEN_ROW_2)])


def _open_pipes(between: str) -> str:
    def row(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    return "\n".join([TITLE, row(NAMES), row(OPEN_ROW_1), between, row(NAMES), row(OPEN_ROW_2)]) + "\n"


@pytest.mark.parametrize("layout", [_open_tabs, _open_pipes])
@pytest.mark.parametrize(
    ("between", "texts", "continued"),
    [
        ("续表", ["清理背街小巷堆放杂物", "新增公共停车泊位300个"], ["续表"]),
        ("（续表）", ["清理背街小巷堆放杂物", "新增公共停车泊位300个"], ["（续表）"]),
        ("续上表", ["清理背街小巷堆放杂物", "新增公共停车泊位300个"], ["续上表"]),
    ],
)
def test_the_marker_under_a_row_whose_task_cell_stays_open(
    layout: Callable[[str], str], between: str, texts: list[str], continued: list[str]
) -> None:
    notice = parse_text(layout(between))
    assert [t.text for t in notice.tasks] == texts
    assert [b.text for b in notice.boilerplate if b.kind == "table-continued"] == continued


@pytest.mark.parametrize("layout", [_open_tabs])
def test_a_line_going_on_with_the_open_cell_is_still_joined(layout: Callable[[str], str]) -> None:
    notice = parse_text(layout("和废旧家具"))
    assert [t.text for t in notice.tasks] == ["清理背街小巷堆放杂物和废旧家具", "新增公共停车泊位300个"]
    assert not [b for b in notice.boilerplate if b.kind == "table-continued"]
