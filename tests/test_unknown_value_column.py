"""A header scraped one name a line with a value column no vocabulary knows between the task and the units
columns, maybe wrapped over two lines (序号 / 重点工作 / 区本级 / 任务数 / 责任单位): the header is read whole, each
row's units are its units and its value is kept after the text with its column's name. The notices are
written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import annex, parse_text

TITLE = "青石区2024年政府工作报告重点工作责任分解\n"
ROWS = "1\n兑现惠企资金15亿元。\n7亿元\n区财政局、区发改局\n2\n新增市场主体5000户。\n3000户\n区市场监管局\n"


@pytest.mark.parametrize(
    ("names", "column"),
    [("区本级\n任务数\n", "区本级任务数"), ("本级数量\n", "本级数量"), ("区级\n目标量\n", "区级目标量")],
)
def test_an_unknown_value_column_keeps_the_units(names: str, column: str) -> None:
    parsed = parse_text(TITLE + "序号\n重点工作\n" + names + "责任单位\n" + ROWS)
    assert [t.departments for t in parsed.tasks] == [("区财政局", "区发改局"), ("区市场监管局",)]
    assert parsed.tasks[0].text.startswith("兑现惠企资金15亿元。")
    assert "区财政局" not in parsed.tasks[0].text


@pytest.mark.parametrize(
    ("name", "like"),
    [("区本级", True), ("任务数", True), ("区财政局", False), ("6月底前", False), ("总负责。", False), ("", False)],
)
def test_what_may_be_an_unknown_column_name(name: str, like: bool) -> None:
    assert annex._unknown_name_like(name) is like
