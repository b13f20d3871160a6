"""A notice with no 一、 parts, whose levels move up a step: an item's sub-items ((1)…(3)) closed by one
annotation on a line of its own, none of them naming a unit, are one task starting at the item's title
(as sub-items are in a notice with parts). Sub-items that carry their own roles stay tasks. Each notice
here is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "青岭市人民政府办公室关于印发青岭市防灾减灾能力建设任务分解的通知\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # items as the notice's parts, sub-items under them, one annotation closing the item
        (
            "1.健全灾害监测网络\n（1）加密山洪易发区雨量站点布设。\n（2）推进地灾隐患点专业监测全覆盖。\n"
            "（3）完善监测数据汇交共享机制。\n（责任单位：市水务局、市自然资源局）\n"
            "2.提升救援队伍能力\n（1）组建镇级综合应急救援队。（责任单位：各县区人民政府）\n"
            "（2）开展队伍联合拉练。（责任单位：市应急管理局）\n",
            [
                ("健全灾害监测网络", ("市水务局", "市自然资源局")),
                ("组建镇级综合应急救援队。", ("各县区人民政府",)),
                ("开展队伍联合拉练。", ("市应急管理局",)),
            ],
        ),
        # clauses as the parts, items under them, sub-items under those
        (
            "（一）监测预警\n1.健全灾害监测网络\n（1）加密山洪易发区雨量站点布设。\n（2）推进地灾隐患点专业监测全覆盖。\n"
            "（责任单位：市水务局）\n2.发布预警信息。（责任单位：市气象局）\n",
            [("健全灾害监测网络", ("市水务局",)), ("发布预警信息。", ("市气象局",))],
        ),
    ],
)
def test_subitems_closed_by_one_annotation(body: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    tasks = parse_text(HEAD + body).tasks
    assert [(t.text.split("\n")[0], t.departments) for t in tasks] == expected
