"""One table per leader's part, scraped one cell a line, its header written again under each part's
heading (一、区长…牵头重点工作 ⏎ 序号 ⏎ 目标任务 ⏎ … ⏎ 二、常务副区长…牵头重点工作 ⏎ 序号 ⏎ 目标任务 ⏎ …): the
rows of every part are tasks with their units. A later part of prose after the table is still the body's.
The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEADER = "序号\n目标任务\n牵头单位\n配合单位\n"
FIRST = "青石区2024年政府工作报告目标任务分解清单\n一、区长牵头重点工作\n" + HEADER
ROWS_1 = "1\n一般公共预算收入增长5%\n区财政局\n区税务局\n2\n推进债务化解\n区财政局\n各街道\n"
ROWS_2 = "1\n地区生产总值增长6%左右\n区发改局\n各街道\n2\n居民收入增速与经济增长同步\n区发改局\n区人力社保局\n"


@pytest.mark.parametrize("header_again", [HEADER, ""])
def test_every_part_of_a_table_per_part_is_read(header_again: str) -> None:
    parsed = parse_text(FIRST + ROWS_1 + "二、常务副区长牵头重点工作\n" + header_again + ROWS_2)
    assert [(t.text, t.lead) for t in parsed.tasks] == [
        ("一般公共预算收入增长5%", ("区财政局",)),
        ("推进债务化解", ("区财政局",)),
        ("地区生产总值增长6%左右", ("区发改局",)),
        ("居民收入增速与经济增长同步", ("区发改局",)),
    ]
    assert not [w for w in parsed.warnings if w.code in ("block-without-units", "column-name-as-unit")]


def test_a_part_of_prose_after_the_table_is_the_body() -> None:
    parsed = parse_text(FIRST + ROWS_1 + "二、工作要求\n各单位要加强组织领导，确保各项任务按期完成。\n")
    assert [t.text for t in parsed.tasks] == ["一般公共预算收入增长5%", "推进债务化解"]
    assert parsed.parts[-1].title == "工作要求"
