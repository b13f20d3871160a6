"""A task table whose goal column (目标任务) is written on a group's first row only: the goal groups the
rows and the measure (具体举措) is the task. The notice is written for the test (invented places)."""

from __future__ import annotations

from policy_cli.parse import parse_text

NOTICE = (
    "青溪县人民政府办公室关于印发青溪县托育服务三年行动方案的通知\n青政办发〔2024〕9号\n"
    "一、工作目标\n到2026年，每千人口拥有托位数达到4.5个。\n"
    "附件\n青溪县托育服务三年行动重点任务清单\n"
    "序号\t目标任务\t具体举措\t责任单位\t完成时间\n"
    "1\t扩大普惠托育供给\t新建社区嵌入式托育点10个。\t县卫生健康局（牵头），县住建局\t2025年底前\n"
    "2\t\t支持幼儿园开设托班。\t县教育局\t每年年底前\n"
    "3\t提升托育服务质量\t开展托育从业人员轮训。\t县人社局（牵头），县卫生健康局\t长期坚持\n"
)


def test_the_measure_is_the_task_and_the_goal_its_group() -> None:
    notice = parse_text(NOTICE)
    assert [(t.text, t.lead, t.partners, t.due, t.group) for t in notice.tasks] == [
        ("新建社区嵌入式托育点10个。", ("县卫生健康局",), (), "2025年底前", 1),
        ("支持幼儿园开设托班。", (), (), "每年年底前", 1),
        ("开展托育从业人员轮训。", ("县人社局",), (), "长期坚持", 2),
    ]
    assert notice.annex is not None
    assert [g.title for g in notice.annex.groups] == ["扩大普惠托育供给", "提升托育服务质量"]
    assert not [w for w in notice.warnings if w.code == "annex-unparsed"]
