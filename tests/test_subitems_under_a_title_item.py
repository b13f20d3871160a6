"""An item that is a title alone (1.健全防汛责任体系) over sub-items （1）（2） closed by one annotation on its own line:
each sub-item is a task, and the annotation covers them all, each keeping the deadline its own text states. Near
form: an item whose own text is a sentence of work (1.修订全县防汛预案，明确责任。) keeps its sub-items as its text,
one task, as before. The notices are written for the test (invented places)."""

from __future__ import annotations

from policy_cli.parse import parse_text

HEAD = (
    "溪南县人民政府办公室关于印发溪南县防汛能力提升任务分解的通知\n溪政办发〔2023〕12号\n\n"
    "各镇人民政府，县直各部门：\n　　现将任务分解印发给你们，请抓好落实。\n\n"
    "溪南县人民政府办公室\n2023年4月2日\n\n"
    "　　一、夯实防汛基础\n"
)


def test_sub_items_under_a_title_are_tasks_sharing_the_annotation() -> None:
    notice = parse_text(
        HEAD + "　　1.健全防汛责任体系\n"
        "　　（1）逐级落实水库、山塘的巡查责任人。\n"
        "　　（2）编制镇村两级防汛避险转移清单，2023年5月底前完成。\n"
        "　　（牵头单位：县水利局；配合单位：县应急管理局、各镇人民政府）\n"
        "　　2.加强物资储备\n"
        "　　（1）补充冲锋舟和抽水泵等抢险物资。\n"
        "　　（2）建立物资调运联络机制。\n"
        "　　（县应急管理局、县粮食和物资储备中心按职责分工负责）\n"
    )
    assert [t.text[:6] for t in notice.tasks] == ["逐级落实水库", "编制镇村两级", "补充冲锋舟和", "建立物资调运"]
    assert [(t.lead, t.partners) for t in notice.tasks[:2]] == [(("县水利局",), ("县应急管理局", "各镇人民政府"))] * 2
    assert [t.due for t in notice.tasks] == [None, "2023年5月底前", None, None]
    assert [t.departments for t in notice.tasks[2:]] == [("县应急管理局", "县粮食和物资储备中心")] * 2


def test_an_item_of_work_keeps_its_sub_items_as_its_text() -> None:
    notice = parse_text(
        HEAD + "　　1.修订全县防汛应急预案，明确各级职责。\n"
        "　　（1）修订水库调度方案。\n"
        "　　（2）修订山洪灾害防御方案。\n"
        "　　（牵头单位：县水利局；配合单位：县应急管理局）\n"
    )
    assert len(notice.tasks) == 1
    assert "修订山洪灾害" in notice.tasks[0].text
    assert notice.tasks[0].lead == ("县水利局",)
