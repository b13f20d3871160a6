"""A year (maybe with its month) before a verb of finishing or reaching a target, or a year with 内, in prose that
names no other deadline is the task's deadline as written; with several such years, the latest (the last stage).
Controls: a comparison (较2020年), a status (截至2023年完成, 2023年已完成), the ground the work builds on
(在2023年完成…的基础上), a date in a cited title, and a year before a verb of doing (召开) date nothing; a labelled
or dated deadline in the same prose wins. Texts written for the test."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.deadlines import deadline_in_prose

CASES = [
    ("推进家庭养老床位建设，对失能老人家庭实施适老化改造，2025年完成床位建设1500张。", "2025年"),
    ("扶持村级集体经济，收入10万元以上的村达到8个，2024年12月完成评估。", "2024年12月"),
    ("打造夜间消费集聚区，支持商圈延长营业时间，2025年内新增市级集聚区3个。", "2025年内"),
    ("改造老旧小区，2024年完成35个，2025年完成27个。", "2025年"),
    ("建设网格化服务平台，2024年完成平台搭建，2025年实现与市级平台对接。", "2025年"),
    ("建设城乡供水一体化工程，力争2026年全面建成。", "2026年"),
    # controls
    ("提升居民收入，人均可支配收入较2020年实现翻番。", None),
    ("巩固改造成果，截至2023年完成改造120个。", None),
    ("在2023年完成改造的基础上，继续推进背街小巷整治。", None),
    ("落实《关于2025年全面建成便民生活圈的意见》，完善社区商业网点。", None),
    ("2025年召开全县招商推介会。", None),
    ("改造老旧小区，2024年完成35个，2025年6月底前完成剩余改造。", "2025年6月底前"),
]


@pytest.mark.parametrize(("text", "due"), CASES)
def test_a_year_of_the_work_in_prose(text: str, due: str | None) -> None:
    assert deadline_in_prose(text) == due


def test_the_year_of_the_work_reaches_the_task() -> None:
    notice = parse_text(
        "某县2025年养老服务工作要点\n"
        "一、重点任务\n"
        "（一）推进家庭养老床位建设。对失能老人家庭实施适老化改造，2025年完成床位建设1500张。（县民政局牵头，县卫生健康局配合）\n"
        "（二）扶持村级集体经济。2024年完成35个村评估，2025年完成27个。（县农业农村局负责）\n",
        name="<test>",
    )
    assert [(t.due, t.due_year) for t in notice.tasks] == [("2025年", 2025), ("2025年", 2025)]
    assert notice.tasks[0].lead == ("县民政局",)
