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


# a last task's label, then the lines under it (the units of the last task)
LAST: list[tuple[str, tuple[str, ...]]] = [
    # two signers one per line over the date: the notice's signature, no unit of the task
    ("责任单位：市民政局\n中共某某市委办公室\n某某市人民政府办公室\n2025年5月8日\n", ("市民政局",)),
    # one signer over the date
    ("责任单位：市民政局\n某某市人民政府办公室\n2025年5月8日\n", ("市民政局",)),
    # a wrapped unit, a blank line, then the signer over the date: the unit is the label's, the signer is not
    ("责任单位：市民政局\n市财政局\n\n某某市人民政府办公室\n\n2025年5月8日\n", ("市民政局", "市财政局")),
    # a wrapped unit with no date after it stays the label's
    ("责任单位：市民政局、市财政局\n　　　　　市卫生健康委\n", ("市民政局", "市财政局", "市卫生健康委")),
]


@pytest.mark.parametrize(("labels", "departments"), LAST)
def test_signers_over_a_date_are_no_units_of_the_last_task(labels: str, departments: tuple[str, ...]) -> None:
    notice = parse_text(HEAD + AFTER.replace("责任单位：区住建局\n", "") + labels)
    assert notice.tasks[-1].departments == departments
