"""A year (maybe with its month) before a verb of finishing or reaching a target, or a year with 内, in a clause
ending its sentence, is the deadline of a task that names no other (prose, annotation, division); with several,
the latest (the last stage). Controls: a comparison (较2020年), a status (截至2023年完成, 2023年已完成), a clause
that goes on (2023年完成改造50个，在此基础上…), what is worked on or a precondition (2022年建成的厂房, 2022年完成升级后),
a year before the notice's own, a date in a cited title, a year before a verb of doing (召开): none. Texts
written for the test."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.deadlines import year_of_the_work

CASES = [
    ("推进家庭养老床位建设，对失能老人家庭实施适老化改造，2025年完成床位建设1500张。", "2025年"),
    ("扶持村级集体经济，收入10万元以上的村达到8个，2025年12月完成评估。", "2025年12月"),
    ("打造夜间消费集聚区，支持商圈延长营业时间，2025年内新增市级集聚区3个。", "2025年内"),
    ("改造老旧小区，2025年完成35个，2026年完成27个。", "2026年"),
    ("建设网格化服务平台，2025年完成平台搭建，2026年实现与市级平台对接。", "2026年"),
    ("建设城乡供水一体化工程，力争2026年全面建成", "2026年"),
    # controls
    ("提升居民收入，人均可支配收入较2020年实现翻番。", None),
    ("巩固改造成果，截至2025年完成改造120个。", None),
    ("2025年完成改造50个，在此基础上继续推进背街小巷整治。", None),
    ("2025年完成信息系统升级后，推进异地就医直接结算。", None),
    ("2025年建成的标准厂房要提高利用率。", None),
    ("按照2025年形成的工作机制推进。", None),
    ("2025年实现旅游收入5亿元，2026年继续扩大规模。", None),
    ("全县经济稳中有进，2023年实现旅游收入30亿元。", None),  # before the notice's year: a situation's figure
    ("落实《关于2026年全面建成便民生活圈的意见》，完善社区商业网点。", None),
    ("2025年召开全县招商推介会。", None),
]


@pytest.mark.parametrize(("text", "due"), CASES)
def test_a_year_of_the_work_in_prose(text: str, due: str | None) -> None:
    assert year_of_the_work(text, 2025) == due


_NOTICE = (
    "某县2025年养老服务工作要点\n"
    "一、重点任务\n"
    "（一）推进家庭养老床位建设。对失能老人家庭实施适老化改造，2025年完成床位建设1500张。（县民政局牵头，县卫生健康局配合）\n"
    "（二）扶持村级集体经济。2025年完成35个村评估，2026年完成27个。（县农业农村局负责）\n"
    "（三）建设康养服务中心。2025年完成主体工程。（县民政局负责，10月底前）\n"
)


def test_the_year_of_the_work_reaches_a_task_naming_no_other_deadline() -> None:
    notice = parse_text(_NOTICE, name="<test>")
    assert [(t.due, t.due_year) for t in notice.tasks] == [("2025年", 2025), ("2026年", 2026), ("10月底前", 2025)]
    assert notice.tasks[0].lead == ("县民政局",)


def test_a_division_s_deadline_wins_over_a_year_in_prose() -> None:
    notice = parse_text(
        "某县2025年国企改革工作方案\n"
        "1.推进国有企业租金减免，2025年完成首批减免。\n"
        "2.清理低效闲置资产，2025年完成处置。\n"
        "责任分工：第1项由县国资局牵头，6月底前完成；第2项由县财政局负责，9月底前完成。\n",
        name="<test>",
    )
    assert [t.due for t in notice.tasks] == ["6月底前", "9月底前"]
