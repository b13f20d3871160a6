"""An item that is a title alone (1.健全防汛责任体系) over sub-items （1）（2） closed by one annotation on its own
line (or labelled lines): one task, the item's, as the roles after the last sub-item cover the whole item, told
as info `sub-items-one-task` on the item's line with the sub-items' lines. Near forms, told nothing: an item whose
own text is a sentence of work (1.修订全县防汛应急预案，明确各级职责。), and a title over a single sub-item. The
notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = (
    "溪南县人民政府办公室关于印发溪南县防汛能力提升任务分解的通知\n溪政办发〔2023〕12号\n\n"
    "各镇人民政府，县直各部门：\n　　现将任务分解印发给你们，请抓好落实。\n\n"
    "溪南县人民政府办公室\n2023年4月2日\n\n"
    "　　一、夯实防汛基础\n"
)


@pytest.mark.parametrize(
    "roles",
    [
        "　　（牵头单位：县水利局；配合单位：县应急管理局、各镇人民政府）\n",
        "　　牵头单位：县水利局\n　　配合单位：县应急管理局、各镇人民政府\n",
    ],
    ids=["annotation-line", "label-lines"],
)
def test_sub_items_under_a_title_are_one_task_told(roles: str) -> None:
    notice = parse_text(
        HEAD + "　　1.健全防汛责任体系\n"
        "　　（1）逐级落实水库、山塘的巡查责任人。\n"
        "　　（2）编制镇村两级防汛避险转移清单，2023年5月底前完成。\n" + roles
    )
    assert len(notice.tasks) == 1
    task = notice.tasks[0]
    assert "编制镇村两级" in task.text and (task.lead, task.partners) == (
        ("县水利局",),
        ("县应急管理局", "各镇人民政府"),
    )
    told = [w for w in notice.warnings if w.code == "sub-items-one-task"]
    assert [(w.line, w.severity) for w in told] == [(task.line, "info")]
    assert "lines 12-13" in told[0].message


@pytest.mark.parametrize(
    "item",
    [
        "　　1.修订全县防汛应急预案，明确各级职责。\n　　（1）修订水库调度方案。\n　　（2）修订山洪灾害防御方案。\n",
        "　　1.健全防汛责任体系\n　　（1）逐级落实水库、山塘的巡查责任人。\n",
    ],
    ids=["item-of-work", "one-sub-item"],
)
def test_near_forms_are_told_nothing(item: str) -> None:
    notice = parse_text(HEAD + item + "　　（牵头单位：县水利局；配合单位：县应急管理局）\n")
    assert len(notice.tasks) == 1
    assert notice.tasks[0].lead == ("县水利局",)
    assert "sub-items-one-task" not in {w.code for w in notice.warnings}
