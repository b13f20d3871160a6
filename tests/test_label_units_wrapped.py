"""A label's list of units that the page wrapped onto the lines under it (责任单位：区发展改革局、区财政局 ⏎
区金融服务中心) is one value: each line holding only units' names is joined on, never left in the task's
text; a line of prose, a label or a heading after the value stays what it is."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = (
    "某区城市更新行动方案\n一、重点任务\n（一）创新投融资模式。\n积极争取专项债券资金。鼓励金融机构开发专项信贷产品。\n"
)
TEXT = "创新投融资模式。\n积极争取专项债券资金。鼓励金融机构开发专项信贷产品。"
AFTER = "（二）完善配套设施。\n新建公共停车泊位500个。\n责任单位：区住建局\n"

# (the labelled lines, departments, the task's text)
CASES: list[tuple[str, tuple[str, ...], str]] = [
    (
        "责任单位：区发展改革局、区财政局\n　　　　　区金融服务中心\n完成时限：持续推进\n",
        ("区发展改革局", "区财政局", "区金融服务中心"),
        TEXT,
    ),
    (
        "责任单位：区发展改革局、区财政局\n区金融服务中心、各街道办事处\n完成时限：持续推进\n",
        ("区发展改革局", "区财政局", "区金融服务中心", "各街道办事处"),
        TEXT,
    ),
    (
        "责任单位：区发展改革局、区财政局\n　　　　　区金融服务中心\n",
        ("区发展改革局", "区财政局", "区金融服务中心"),
        TEXT,
    ),
    ("责任单位：区发展改革局、区财政局\n完成时限：持续推进\n", ("区发展改革局", "区财政局"), TEXT),
    # a paragraph of prose after the label is no unit's name
    (
        "责任单位：区发展改革局、区财政局\n区金融服务中心要加强对接。\n",
        ("区发展改革局", "区财政局"),
        TEXT + "\n区金融服务中心要加强对接。",
    ),
]


@pytest.mark.parametrize(("labels", "departments", "text"), CASES)
def test_units_wrapped_under_a_label_are_its_value(labels: str, departments: tuple[str, ...], text: str) -> None:
    notice = parse_text(HEAD + labels + AFTER)
    task = notice.tasks[0]
    assert (task.departments, task.text) == (departments, text)
    assert notice.tasks[1].departments == ("区住建局",)
