"""Families of tables as real pages write them, each decided by one rule of the genre. The tables are written
for the test (invented places and units)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

# A table scraped one cell a line whose header holds a column no vocabulary knows (工作标准, 督办单位, 任务来源):
# the header is read whole, the column's cells are not kept (warned), and each row is cut by the header's
# length, so no row's cells shift into the units columns.
_ROWS = "1\n修缮村级活动中心8处\n县住建局\n各乡镇人民政府\n{v1}\n2025年9月\n2\n整治农村道路20公里\n县交通局\n县财政局\n{v2}\n2025年11月\n"


@pytest.mark.parametrize(
    ("column", "v1", "v2"),
    [
        ("工作标准", "按期保质完成", "群众满意"),
        ("督办单位", "县政府督查室", "县政府督查室"),
        ("质量要求", "达到验收标准", "按期保质完成"),
    ],
)
def test_an_unknown_column_one_a_line_keeps_rows_in_place(column: str, v1: str, v2: str) -> None:
    header = f"序号\n实事项目\n牵头单位\n配合单位\n{column}\n完成时限\n"
    parsed = parse_text("清水县2025年民生实事分解表\n" + header + _ROWS.format(v1=v1, v2=v2))
    assert [(t.lead, t.partners, t.due) for t in parsed.tasks] == [
        (("县住建局",), ("各乡镇人民政府",), "2025年9月"),
        (("县交通局",), ("县财政局",), "2025年11月"),
    ]
    assert any(w.code == "column-not-kept" and column in w.message for w in parsed.warnings)


def test_an_unknown_last_column_before_a_group_row() -> None:
    header = "序号\n重点工作\n牵头单位\n配合单位\n任务来源\n一、王林县长负责事项（共2项）\n"
    rows = "1\n推进营商环境改革。\n县发改委\n县政务服务中心\n省政府工作报告\n2\n新增规上企业30家。\n县经信局\n县统计局\n县政府工作报告\n"
    parsed = parse_text("清水县2025年重点工作责任清单\n" + header + rows)
    assert [(t.lead, t.partners) for t in parsed.tasks] == [
        (("县发改委",), ("县政务服务中心",)),
        (("县经信局",), ("县统计局",)),
    ]
    assert any(w.code == "column-not-kept" and "任务来源" in w.message for w in parsed.warnings)


def test_a_known_header_keeps_its_rows() -> None:
    # the other way: a header every name of which is known reads as before, a units line under 配合单位
    header = "序号\n实事项目\n牵头单位\n配合单位\n完成时限\n"
    parsed = parse_text("清水县2025年民生实事分解表\n" + header + "1\n修缮村级活动中心8处\n县住建局\n各乡镇人民政府\n2025年9月\n")
    assert [(t.lead, t.partners, t.due) for t in parsed.tasks] == [(("县住建局",), ("各乡镇人民政府",), "2025年9月")]
    assert not any(w.code == "column-not-kept" for w in parsed.warnings)
