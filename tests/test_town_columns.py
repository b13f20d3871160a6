"""A town's task list: 责任站所 names the stations and offices in charge (beside a 配合单位 column, they lead,
in a row whose 配合单位 cell is empty too), 分管领导 names people, and an empty 配合单位 cell names no partner. The notice is written for the test (invented places)."""

from __future__ import annotations

from policy_cli.parse import parse_text

NOTICE = (
    "石湾镇2025年农村供水保障工作任务清单\n"
    "序号\t工作任务\t分管领导\t责任站所\t配合单位\t时间节点\n"
    "1\t排查全镇供水管网漏损点位。\t李建国\t镇水利站\t各村\t4月30日前\n"
    "2\t建立水质月检台账。\t李建国\t镇水利站\t镇卫生院、镇财政所\t每月\n"
    "3\t做好汛期应急供水准备。\t王红\t镇应急办\t\t6月底前\n"
)


def test_station_column_is_units_and_leader_column_is_people() -> None:
    notice = parse_text(NOTICE)
    assert [(t.departments, t.lead, t.partners, t.leaders, t.due) for t in notice.tasks] == [
        (("镇水利站", "各村"), ("镇水利站",), ("各村",), ("李建国",), "4月30日前"),
        (("镇水利站", "镇卫生院", "镇财政所"), ("镇水利站",), ("镇卫生院", "镇财政所"), ("李建国",), "每月"),
        (("镇应急办",), ("镇应急办",), (), ("王红",), "6月底前"),
    ]


SCHEDULE = (
    "青禾镇2026年消防安全专项检查工作计划\n"
    "按照县里的统一部署，结合我镇实际，制定本计划。\n"
    "一、检查安排表\n"
    "检查领域名称 | 时间安排 | 责任单位 |\n"
    "农家乐 | 3月份 | 文化站 派出所 |\n"
    "加油站 | 4月份 | 安监站 |\n"
    "二、工作要求\n"
    "各责任单位要按时上报检查情况。\n"
)


def test_schedule_table_with_no_number_column() -> None:
    """A town's schedule table with no 序号: its first column names each row's item, and each row is a task
    with its month and its units, a space apart in the cell."""
    notice = parse_text(SCHEDULE)
    assert [(t.text, t.departments, t.due) for t in notice.tasks] == [
        ("农家乐", ("文化站", "派出所"), "3月份"),
        ("加油站", ("安监站",), "4月份"),
    ]
