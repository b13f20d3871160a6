"""Column names of the genre's ledgers, progress tables and lists of 民生实事: a 督办台账's 督办事项 and
办理时限, a list's 实事项目 after its 类别, a progress table's 内容与要求 or 主要工作任务 beside
落实进展情况及问题原因. Each header is read, its rows are tasks with their units and deadlines. A header naming no task column at all
(a contact list) is still set aside. The tables are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("序号\t督办事项\t责任单位\t办理时限", "1\t建成城东污水处理厂\t县住建局\t2024年6月底前"),
        ("序号\t类别\t实事项目\t责任单位\t办理期限", "1\t环境\t建成城东污水处理厂\t县住建局\t2024年6月底前"),
        ("序号\t具体工作任务和要求\t责任单位\t计划完成时间", "1\t建成城东污水处理厂\t县住建局\t2024年6月底前"),
        ("序号\t内容与要求\t进展情况\t责任单位\t办结时限", "1\t建成城东污水处理厂\t已开工\t县住建局\t2024年6月底前"),
        (
            "序号\t主要工作任务\t落实进展情况及问题原因\t牵头责任单位\t时限要求",
            "1\t建成城东污水处理厂\t已开工\t县住建局\t2024年6月底前",
        ),
        ("序号\t督办事项\t办理情况\t责任单位\t办理时限", "1\t建成城东污水处理厂\t已开工\t县住建局\t2024年6月底前"),
    ],
)
def test_a_ledger_header_of_the_genre_is_read(header: str, row: str) -> None:
    parsed = parse_text("青石县2024年重点工作督办台账\n" + header + "\n" + row + "\n")
    assert [(t.text.split("（")[0], t.departments, t.due_date) for t in parsed.tasks] == [
        ("建成城东污水处理厂", ("县住建局",), "2024-06-30")
    ]


def test_a_contact_list_is_still_no_task_table() -> None:
    notice = "一、工作任务\n（一）建成水厂。（县水利局负责）\n附件\n联络员名单\n序号\t单位\t姓名\t联系电话\n1\t县住建局\t张某\t12345678\n"
    parsed = parse_text(notice)
    assert [t.text for t in parsed.tasks] == ["建成水厂。"]


def test_a_list_of_projects_keeps_its_plan_column() -> None:
    notice = "序号\t实事项目\t工作举措及实施计划\t责任单位\n1\t新建幼儿园7所\t4月底前主体完工;11月底前投用\t区教育局\n"
    parsed = parse_text(notice)
    assert [(t.text, t.departments) for t in parsed.tasks] == [
        ("新建幼儿园7所 4月底前主体完工;11月底前投用", ("区教育局",))
    ]
