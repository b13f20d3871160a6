"""Units a notice names once for every task beside each task's own (表中所列任务，各镇人民政府均为责任单位，不再逐项列出 /
各镇人民政府对辖区内…负属地管理责任，以上各项任务涉及本辖区的，均须落实): they are responsible for each task the sentence
names, after its own units, neither lead nor partner, and the sentence is told as info. The notices are written
for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "溪桥县河道保洁工作方案\n溪桥县人民政府办公室\n2025年3月2日\n"
BODY = (
    "一、清理河道垃圾。集中清理河面漂浮物和岸坡垃圾，由县水务局牵头，县城管局配合，5月底前完成。\n"
    "二、整治沿河排污口。排查沿河排污口并分类整治，由县生态环境局负责，9月底前完成。\n"
)
TABLE = (
    "序号\t工作任务\t牵头单位\t责任单位\t完成时限\n"
    "1\t清理河道漂浮垃圾\t县水务局\t县城管局\t2025年5月底前\n"
    "2\t整治沿河排污口\t县生态环境局\t县水务局\t2025年9月底前\n"
)
TOWNS = "各镇人民政府"


@pytest.mark.parametrize(
    ("before", "after", "reached"),
    [
        # after the last block: every task before it
        ("", "　　各镇人民政府对辖区内河道保洁负属地管理责任，以上各项任务涉及本辖区的，均须同步落实。\n", True),
        ("", "　　以上各项任务，各镇人民政府均为责任单位。\n", True),
        # in the preamble: the plan's tasks
        ("　　为改善河道环境，制定本方案。本方案所列各项任务，各镇人民政府均为责任单位，不再逐项列出。\n", "", True),
        # near forms: the towns' own duty, no task named; a sentence giving roles to tasks naming none
        ("", "　　各镇人民政府要落实属地管理责任，加强日常巡查。\n", False),
        ("", "　　各镇人民政府对辖区内河道保洁负属地管理责任。\n", False),
        ("", "　　以上各项任务，除明确责任单位外，均由县水务局牵头，各镇人民政府配合。\n", False),
    ],
)
def test_units_named_once_for_every_block(before: str, after: str, reached: bool) -> None:
    notice = parse_text(HEAD + before + BODY + after)
    assert len(notice.tasks) == 2
    first, second = notice.tasks
    assert first.lead == ("县水务局",) and first.partners == ("县城管局",)
    assert second.departments[0] == "县生态环境局"
    info = [w for w in notice.warnings if w.code == "units-for-every-task-given"]
    if reached:
        assert first.departments == ("县水务局", "县城管局", TOWNS)  # after its own units, no lead, no partner
        assert second.departments == ("县生态环境局", TOWNS)
        assert len(info) == 1 and info[0].severity == "info"
        assert info[0].message.endswith(f"lines {first.line}, {second.line}")
    else:
        assert TOWNS not in first.departments and TOWNS not in second.departments
        assert info == []


@pytest.mark.parametrize(
    ("cover", "reached"),
    [
        ("　　表中所列任务，各镇人民政府均为责任单位，表中不再逐项列出。\n", True),
        ("　　表中所列工作，各镇人民政府同为责任单位。\n", True),
        ("　　各牵头单位要制定推进计划，责任单位要主动配合。\n", False),
    ],
)
def test_units_named_once_for_every_row(cover: str, reached: bool) -> None:
    text = (
        "溪桥县人民政府办公室关于印发河道保洁任务分解的通知\n\n各镇人民政府，县政府各部门：\n"
        f"　　现将河道保洁任务分解印发给你们，请认真落实。\n{cover}\n溪桥县人民政府办公室\n2025年3月2日\n\n"
        f"河道保洁任务分解表\n\n{TABLE}"
    )
    notice = parse_text(text)
    assert [t.lead for t in notice.tasks] == [("县水务局",), ("县生态环境局",)]
    for task in notice.tasks:
        assert (TOWNS in task.departments) is reached
        assert TOWNS not in task.lead and TOWNS not in task.partners
    assert notice.tasks[0].departments[:2] == ("县水务局", "县城管局")


def test_a_unit_a_task_names_already_is_not_named_twice() -> None:
    body = BODY.replace("县城管局配合", "县城管局、各镇人民政府配合")
    notice = parse_text(HEAD + body + "　　以上各项任务，各镇人民政府均为责任单位。\n")
    first = notice.tasks[0]
    assert first.departments.count(TOWNS) == 1 and first.partners == ("县城管局", TOWNS)
