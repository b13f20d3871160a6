"""What a careful supervision clerk counts as a task outside a plan's list of tasks.

In a block of a part on the plan's support measures (三、保障措施 ⏎ （二）强化督促落实。县民政局要会同有关部门加强
跟踪评估…), a unit joining others in prose is how the plan is carried out: no task, as in that part's own prose.
A role given there (`由县政府督查室牵头，每半年开展一次督查`), or a bracket of roles closing the block, is a task
the notice assigns: kept, with its recurrence. So is a goal closed by an explicit role (`到2025年底，…。
（县农业农村局牵头）`, `…，县卫生健康局负责牵头落实`), with its date. The notices are written for the test
(invented places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_cli.source import parse_bytes

HEAD = "青溪县2025年农村人居环境整治工作方案\n青溪县人民政府办公室\n2025年3月10日\n"
TASKS = (
    "二、重点任务\n（一）推进农村改厕。完成户厕改造800户，10月底前完成。（县农业农村局牵头，各乡镇人民政府配合）\n"
    "（二）治理生活污水。完成20个村污水治理。（县生态环境局负责）\n"
)
GOALS = "一、工作目标\n　　到2025年底，全县卫生厕所普及率达到90%。\n"


def _parse(text: str, strict: bool = False):  # type: ignore[no-untyped-def]
    return parse_bytes(text.encode(), Path("notice.txt"), strict).notice


@pytest.mark.parametrize(
    ("heading", "block", "lead", "due"),
    [
        # a unit joining others in the prose of a support measure: no task
        ("保障措施", "（一）强化督促落实。县民政局要会同有关部门加强跟踪评估，重大情况及时报告。\n", None, None),
        ("组织保障", "（一）加强统筹协调。县农业农村局要会同有关部门建立工作专班，每月调度一次进展。\n", None, None),
        ("组织实施", "（一）加强组织领导。县农业农村局要会同有关部门建立协调机制。\n", None, None),
        ("政策保障", "（一）强化资金保障。县财政局要会同有关部门统筹整合涉农资金。\n", None, None),
        # near forms: the same sentence under a part of work is a task; a role given in a support measure, or a
        # bracket of roles closing it, is a task the notice assigns (kept, with its recurrence)
        (
            "长效管护",
            "（一）强化督促落实。县民政局要会同有关部门加强跟踪评估，重大情况及时报告。\n",
            ("县民政局",),
            None,
        ),
        ("保障措施", "（一）加强督导考核。由县政府督查室牵头，每半年开展一次督查。\n", ("县政府督查室",), "每半年"),
        ("保障措施", "（一）加强督导考核。每半年开展一次督查。（县政府督查室牵头）\n", ("县政府督查室",), "每半年"),
        ("组织实施", "（一）加强督导考核。每半年开展一次督查。（县政府督查室牵头）\n", ("县政府督查室",), "每半年"),
    ],
)
def test_prose_of_the_support_measures_names_no_task_but_a_role_given_there_does(
    heading: str, block: str, lead: tuple[str, ...] | None, due: str | None
) -> None:
    text = HEAD + GOALS + TASKS + f"三、{heading}\n" + block
    notice = _parse(text)
    last = [(t.lead, t.due) for t in notice.tasks if t.line == 10]
    assert last == ([(lead, due)] if lead else [])
    assert not [w for w in notice.warnings if w.line == 10]  # never a warning on a clean notice
    _parse(text, strict=True)


@pytest.mark.parametrize(
    ("goal", "units"),
    [
        # a goal closed by an explicit role, in a bracket or a closing clause: a task the notice assigns, kept
        ("　　到2025年底，全县卫生厕所普及率达到90%。（县农业农村局牵头）\n", ("县农业农村局",)),
        ("　　到2025年底，全县卫生厕所普及率达到90%，县卫生健康局负责牵头落实。\n", ("县卫生健康局",)),
        # near form: a goal naming no unit is the plan's frame, no task
        ("　　到2025年底，全县卫生厕所普及率达到90%。\n", None),
    ],
)
def test_a_goal_closed_by_an_explicit_role_is_a_task(goal: str, units: tuple[str, ...] | None) -> None:
    notice = _parse(HEAD + "一、工作目标\n" + goal + TASKS)
    goals = [t for t in notice.tasks if t.line == 5]
    assert [t.departments for t in goals] == ([units] if units else [])
    if units:
        assert goals[0].due_date == "2025-12-31"
