"""Units written as headings over their items (（一）县水务局 then 1.… 2.…): the heading's units lead
every item under the headings once items name who assists them, else they are departments only. Each
notice here is written for the test (invented places)."""

from __future__ import annotations

from policy_cli.parse import parse_text

HEAD = "鹭川县人民政府办公室关于印发鹭川县水利林业重点工作安排的通知\n\n鹭政办发〔2025〕5号\n\n"


UNIT_HEADINGS = (
    "一、部门任务\n"
    "（一）县水务局\n"
    "1.完成城区供水管网改造。（配合：县住建局）\n"
    "2.开展水源地巡查，每月一次。\n"
    "（二）县林业局\n"
    "3.完成荒山造林一千亩。\n"
)


def test_unit_headings_lead_every_item_when_their_items_name_who_assists() -> None:
    notice = parse_text(HEAD + UNIT_HEADINGS)
    assert [(t.lead, t.partners, t.departments) for t in notice.tasks] == [
        (("县水务局",), ("县住建局",), ("县水务局", "县住建局")),
        (("县水务局",), (), ("县水务局",)),
        (("县林业局",), (), ("县林业局",)),
    ]


def test_unit_headings_whose_items_name_no_partner_give_departments_only() -> None:
    notice = parse_text(HEAD + UNIT_HEADINGS.replace("（配合：县住建局）", ""))
    assert [(t.lead, t.partners, t.departments) for t in notice.tasks] == [
        ((), (), ("县水务局",)),
        ((), (), ("县水务局",)),
        ((), (), ("县林业局",)),
    ]
