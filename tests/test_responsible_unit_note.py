"""A notice's note that its 责任单位 are each task's main units (将各项任务的主要负责单位确定为责任单位，其他负责单位
确定为配合单位) or coordinate the task (各责任单位要统筹抓总) makes them the task's lead; without such a note the
units under 责任单位 beside 配合单位 lead all the same, and those under 责任单位 alone stay responsible. The notices are written for the
test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

BODY = "\n".join(
    [
        "一、主要发展指标",
        "1.生产总值增长5.5%左右。（责任单位：市发改委；配合单位：市统计局）",
        "2.开展营商环境提升年活动。（责任单位：市发改委、市市场监管局）",
        "3.推进老旧小区改造。（牵头单位：市住建局；配合单位：市财政局）",
    ]
)


@pytest.mark.parametrize(
    ("note", "leads"),
    [
        (
            "说明：本着责任唯一的原则，将各项任务的主要负责单位确定为责任单位，其他负责单位确定为配合单位。",
            [("市发改委",), ("市发改委", "市市场监管局"), ("市住建局",)],
        ),
        ("各责任单位要统筹抓总，各配合单位要积极主动。", [("市发改委",), ("市发改委", "市市场监管局"), ("市住建局",)]),
        # no note: 责任单位 beside 配合单位 lead all the same (independent readers read them so); 责任单位 alone
        # stay responsible
        ("各单位要认真抓好落实。", [("市发改委",), (), ("市住建局",)]),
    ],
)
def test_a_note_that_the_responsible_units_are_the_main_ones(note: str, leads: list[tuple[str, ...]]) -> None:
    notice = parse_text("青屿市2023年政府工作报告任务分解意见\n" + note + "\n" + BODY + "\n")
    assert [t.lead for t in notice.tasks] == leads
    assert [t.partners for t in notice.tasks] == [("市统计局",), (), ("市财政局",)]
