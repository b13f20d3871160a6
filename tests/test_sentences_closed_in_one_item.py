"""Several sentences in one item, each closed by its own units, are tasks of their own: a bracket of units of any
kind before 。 or ； where the item's closing bracket closes its last sentence the same way, and labels written
after a sentence then again after the next. Each case is a short notice written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text


def _item(body: str) -> str:
    return "\n".join(["柳塘县2026年依法行政工作要点", "一、重点任务", body, ""])


PARALLEL_BRACKETS = [
    # units that are no bureaus, each bracket closing its sentence: a task each
    (
        "1.举办新任职干部法治讲座（县委党校）。开展执法案卷评查（县司法局）。",
        [("举办新任职干部法治讲座", ("县委党校",)), ("开展执法案卷评查。", ("县司法局",))],
    ),
    (
        "1.开设普法专栏（县广播电视台）。建设法治文化公园（县住建局）。",
        [("开设普法专栏", ("县广播电视台",)), ("建设法治文化公园。", ("县住建局",))],
    ),
    (
        "1.整治集镇环境（各乡镇人民政府）。清理河道垃圾（县水利局）。",
        [("整治集镇环境", ("各乡镇人民政府",)), ("清理河道垃圾。", ("县水利局",))],
    ),
    # a bureau's own sections, before ；
    (
        "1.修订财务制度（财务股）；更新档案目录（办公室）；培训新进人员（人事股）。",
        [("修订财务制度", ("财务股",)), ("更新档案目录", ("办公室",)), ("培训新进人员。", ("人事股",))],
    ),
    # kept: the item's roles after its last sentence's end: the unit mid-item is a place in the text
    (
        "1.推进乡镇卫生院改造（县中医院）。配齐诊疗设备。（县卫健局，10月底前）",
        [("推进乡镇卫生院改造（县中医院）。配齐诊疗设备。", ("县卫健局",))],
    ),
    # kept: no units in the closing bracket: one task
    (
        "1.开展法律顾问进村活动（县律师协会）。做好法律援助（县司法局牵头，各乡镇配合）。",
        [("开展法律顾问进村活动（县律师协会）。做好法律援助。", ("县司法局", "各乡镇"))],
    ),
]


@pytest.mark.parametrize(("body", "tasks"), PARALLEL_BRACKETS)
def test_each_sentence_closed_by_its_units_is_a_task(body: str, tasks: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(t.text, t.departments) for t in parse_text(_item(body)).tasks] == tasks


LABELS_TWICE = [
    (
        "1.整治城区黑臭水体。责任单位：县水利局、县住建局。治理农村生活污水。责任单位：县生态环境局。",
        [
            ("整治城区黑臭水体。", ("县水利局", "县住建局"), ()),
            ("治理农村生活污水。", ("县生态环境局",), ()),
        ],
    ),
    (
        "1.建设智慧停车系统。牵头单位：县交通运输局；配合单位：县公安局。改造老旧路灯。牵头单位：县城管局",
        [
            ("建设智慧停车系统。", ("县交通运输局", "县公安局"), ("县交通运输局",)),
            ("改造老旧路灯。", ("县城管局",), ("县城管局",)),
        ],
    ),
    # kept: labels then a second label after 。 with no sentence between: one task
    (
        "1.整治城区黑臭水体。责任单位：县水利局。完成时限：2026年10月底前。",
        [("整治城区黑臭水体。", ("县水利局",), ())],
    ),
]


@pytest.mark.parametrize(("body", "tasks"), LABELS_TWICE)
def test_labels_after_each_sentence_close_a_task_each(body: str, tasks: list[tuple[object, ...]]) -> None:
    assert [(t.text, t.departments, t.lead) for t in parse_text(_item(body)).tasks] == tasks
