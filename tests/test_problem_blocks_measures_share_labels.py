"""A rectification list whose problems open the blocks (问题一：…), each with its measures numbered 1. 2. and
labelled lines after the last (责任领导, 牵头单位, 责任单位, 整改时限): every measure is a task and takes those roles
and that deadline, the post under 责任领导 no unit. Near form: clauses numbered （一）（二） with labelled lines
after the last only keep them the last clause's, the first warned as before. The notices are written for the
test (invented places)."""

from __future__ import annotations

from policy_cli.parse import parse_text

HEAD = (
    "桐江市人民政府办公室关于印发桐江市环境问题整改方案的通知\n桐政办发〔2024〕9号\n\n"
    "各区县人民政府，市直各部门：\n　　现将整改方案印发给你们，请认真抓好整改落实。\n\n"
    "桐江市人民政府办公室\n2024年3月1日\n\n桐江市环境问题整改清单\n\n"
)


def test_each_measure_under_a_problem_takes_its_labelled_roles() -> None:
    notice = parse_text(
        HEAD + "问题一：城郊垃圾中转站臭气扰民。\n整改目标：中转站臭气浓度稳定达标。\n整改措施：\n"
        "1.为中转站加装除臭设备。\n2.调整垃圾清运时段，实行密闭运输。\n"
        "责任领导：市政府分管副市长\n牵头单位：市城市管理局\n配合单位：市生态环境局、各区县人民政府\n"
        "整改时限：2024年9月底前\n\n"
        "问题二：部分河段岸线乱堆乱放。\n整改目标：岸线堆放物全部清理。\n整改措施：\n"
        "1.开展岸线堆放物拉网式排查。\n2.建立岸线巡查长效机制。\n"
        "责任领导：市政府分管副市长\n责任单位：市水利局、市交通运输局\n整改时限：2024年12月底前\n"
    )
    assert [t.text[:6] for t in notice.tasks] == ["为中转站加装", "调整垃圾清运", "开展岸线堆放", "建立岸线巡查"]
    city = (("市城市管理局",), ("市生态环境局", "各区县人民政府"), "2024年9月底前")
    river = ((), (), "2024年12月底前")
    assert [(t.lead, t.partners, t.due) for t in notice.tasks] == [city, city, river, river]
    assert [t.departments for t in notice.tasks[2:]] == [("市水利局", "市交通运输局")] * 2
    assert "block-without-units" not in {w.code for w in notice.warnings}


def test_clauses_numbered_as_clauses_keep_the_labels_the_last_ones() -> None:
    notice = parse_text(
        HEAD + "一、整治垃圾中转站\n（一）为中转站加装除臭设备。\n（二）调整垃圾清运时段。\n"
        "牵头单位：市城市管理局\n配合单位：市生态环境局\n"
    )
    assert [t.lead for t in notice.tasks] == [("市城市管理局",)]
    assert "block-without-units" in {w.code for w in notice.warnings}
