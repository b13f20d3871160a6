"""A notice naming a department's own sections bare (基础教育处) is that department's, its units without a level
of none; a unit ending in 处 with a place before it, every one of a kind, or an office of the government's own
(市环卫处, 各街道办事处, 市驻京办事处) says nothing of the kind: the notice's units take its level."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

NOTICE = (
    "某市人民政府办公室关于印发2025年城市管理重点工作任务分工的通知\n一、重点任务\n"
    "1.推进老旧小区改造。（住建局，12月底前）\n2.加强道路保洁。（市城管局）\n3.规范停车管理。（市公安局）\n"
    "4.做好服务保障。{last}\n"
)


@pytest.mark.parametrize(
    ("last", "first_units"),
    [
        ("（各街道办事处）", ("市住建局",)),
        ("（市环卫处）", ("市住建局",)),
        ("（市驻京办事处）", ("市住建局",)),
        ("（市燃气管理处）", ("市住建局",)),
        # a section named bare: the notice is a bureau's, its unit without a level of none
        ("（基础教育处）", ("住建局",)),
    ],
)
def test_only_a_bare_section_makes_the_notice_a_bureaus(last: str, first_units: tuple[str, ...]) -> None:
    assert parse_text(NOTICE.format(last=last)).tasks[0].departments == first_units
