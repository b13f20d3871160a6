"""A department's own 工作要点, its tasks given to its internal sections: a section named under 牵头处室
somewhere in the notice keeps its name as written in a bracket of another form ((X负责)), and a bracket's
last element may be a ten-day period without 前 (9月中旬). The notice is written for the test (invented
place)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

NOTICE = (
    "青岚省林业和草原局2026年工作要点\n\n"
    "一、加强资源保护\n"
    "1.开展森林资源年度监测，形成监测报告。（牵头处室：资源管理处；配合单位：省林业调查规划院；8月下旬）\n"
    "2.组织春季森林防火专项督查。（牵头处室：防火处；配合处室：办公室）\n"
    "二、推进生态修复\n"
    "3.编制退化林修复年度计划并组织实施。（资源管理处负责）\n"
)


@pytest.mark.parametrize(
    ("number", "lead", "departments", "due", "due_date"),
    [
        (1, ("资源管理处",), ("资源管理处", "省林业调查规划院"), "8月下旬", "2026-08-31"),
        (2, ("防火处",), ("防火处", "办公室"), None, None),
        # named under 牵头处室 above: a section, never 省资源管理处
        (3, (), ("资源管理处",), None, None),
    ],
)
def test_sections_keep_their_names(
    number: int, lead: tuple[str, ...], departments: tuple[str, ...], due: str | None, due_date: str | None
) -> None:
    task = parse_text(NOTICE).tasks[number - 1]
    assert (task.lead, task.departments, task.due, task.due_date) == (lead, departments, due, due_date)
