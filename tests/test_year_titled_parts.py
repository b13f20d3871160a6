"""A part titled with the year its work is for (一、2024年经济社会发展主要预期目标) is a part like any other:
its items and their labelled lines are tasks. A part whose title opens with a deadline (一、2024年6月底前…)
or another figure is still no heading of the body. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli import patterns as P
from policy_cli.parse import parse_text

HEAD = (
    "青岚省人民政府办公厅关于印发2025年重点任务分工方案的通知\n青府办〔2025〕3号\n各市人民政府：\n　　现印发给你们。\n"
)


def _notice(first_title: str) -> str:
    return (
        HEAD
        + f"一、{first_title}\n"
        + "1.全省粮食产量稳定在300亿斤以上。\n部门分工：省农业农村厅牵头，各市配合。\n"
        + "2.城镇新增就业40万人。\n部门分工：省人力资源社会保障厅牵头。\n"
        + "二、重点工作任务\n"
        + "3.出台支持民营经济发展的若干措施，6月底前印发。\n部门分工：省发展改革委牵头，省财政厅配合。\n"
    )


@pytest.mark.parametrize(
    "title",
    ["2025年经济社会发展主要预期目标", "2025年度主要目标任务", "2025年全省发展主要目标"],
)
def test_a_part_titled_with_its_year_keeps_its_tasks(title: str) -> None:
    parsed = parse_text(_notice(title))
    assert [t.path for t in parsed.tasks] == ["一/1", "一/2", "二/3"]
    assert parsed.tasks[0].lead == ("省农业农村厅",)
    assert not [w for w in parsed.warnings if w.code in ("part-numbering-gap", "line-not-read")]


@pytest.mark.parametrize("rest", ["2025年6月底前完成全部任务", "2025年底前完成", "2个以上重点园区"])
def test_a_part_opening_with_a_deadline_or_a_figure_is_no_heading(rest: str) -> None:
    assert P.YEAR_HEADING.match(rest) is None
