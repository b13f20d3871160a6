"""A plan's schedule part (实施步骤) whose stages give work to a unit in prose, with no annotation: no task
is read from a stage, and each such stage is warned work-not-read at its line; a stage naming no unit, a
unit doing no work, or only the plan's own procedure (组织验收, 开展总结评估), stays quiet, and an annotated stage
is a task. The notices are written for the test
(invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = [
    "青岚县农村供水保障实施方案",
    "一、重点任务",
    "（一）改造老旧供水管网。2025年底前完成。（县水务局牵头，县财政局配合）",
    "二、实施步骤",
]


@pytest.mark.parametrize(
    ("stages", "warned", "tasks"),
    [
        (["（一）总结验收阶段（2027年1月—6月）。县水务局汇总建立工程管护台账。"], [5], 1),
        # the plan's own procedure (验收, 总结评估, 制定具体方案) is no work missed: not warned
        (["（一）总结验收阶段（2027年1月—6月）。县水务局组织开展验收评估，形成总结报告。"], [], 1),
        (["（一）动员部署阶段（2025年3月）。县水务局制定具体方案，各乡镇召开动员大会。"], [], 1),
        # a lead and partner written in the prose: work given, warned even where it is the plan's procedure
        (["（一）总结验收阶段（2027年1月—6月）。县水务局会同县财政局组织验收。"], [5], 1),
        (["（一）总结验收阶段（2027年1月—6月）。县水务局组织验收。"], [], 1),
        (["（一）总结验收阶段（2027年1月—6月）。县水务局会同县财政局逐村核查供水水质。"], [5], 1),
        (
            [
                "（一）动员部署阶段（2025年3月—4月）。县卫生健康局组织制定水质监测方案。",
                "（二）全面实施阶段（2025年5月—2026年12月）。各乡镇全面推进工程建设。",
            ],
            [5, 6],  # (the townships of each place at work are units doing the stage's work too)
            1,
        ),
        # the governments of each county or district, named with their 政府, are units at work too; 各县区 alone is not
        (["（一）集中劝返阶段（2025年5月—8月）。各县区人民政府组织劝返复学。"], [5], 1),
        (["（一）集中劝返阶段（2025年5月—8月）。各县（市、区）政府全面推进劝返复学。"], [5], 1),
        (["（一）集中劝返阶段（2025年5月—8月）。各县区全面推进劝返复学。"], [], 1),
        (["（一）动员部署阶段（2025年3月—4月）。制定工作方案，召开动员会议。"], [], 1),
        (["（一）总结验收阶段（2027年1月—6月）。验收结果报县水务局备案。"], [], 1),
        (["（一）总结验收阶段（2027年1月—6月）。开展验收评估。（县水务局负责）"], [], 2),
    ],
)
def test_stage_work_warned(stages: list[str], warned: list[int], tasks: int) -> None:
    notice = parse_text("\n".join([*HEAD, *stages]))
    assert len(notice.tasks) == tasks
    stage_lines = [w.line for w in notice.warnings if w.code == "work-not-read" and "stage" in w.message]
    assert stage_lines == warned, notice.warnings


@pytest.mark.parametrize(
    ("stages", "read"),
    [
        (  # another stage is a task (annotated): the stage's unit and range make a task of it
            [
                "（一）动员部署阶段（2025年3月—4月）。制定工作方案。（县水务局负责）",
                "（二）总结验收阶段（2027年1月—6月）。县农业农村局组织开展验收评估，形成总结报告。",
            ],
            (("县农业农村局",), "2027年1月—6月", 6),
        ),
        (  # no stage is a task: none is read from prose
            [
                "（一）动员部署阶段（2025年3月—4月）。制定工作方案。",
                "（二）总结验收阶段（2027年1月—6月）。县农业农村局汇总建立管护台账，形成总结报告。",
            ],
            None,
        ),
        (  # another stage is a task: roles its prose writes (会同) are read, the stage's whole text the task's
            [
                "（一）动员部署阶段（2025年3月—4月）。制定工作方案。（县水务局负责）",
                "（二）总结验收阶段（2027年1月—6月）。县农业农村局会同县财政局组织验收。",
            ],
            (("县农业农村局", "县财政局"), "2027年1月—6月", 6),
        ),
    ],
)
def test_stage_read_where_stages_are_tasks(stages: list[str], read: tuple[tuple[str, ...], str, int] | None) -> None:
    notice = parse_text("\n".join([*HEAD, *stages]))
    from_prose = [w for w in notice.warnings if w.code == "stage-read-from-prose"]
    task = next((t for t in notice.tasks if t.line == 6), None)
    if read is None:
        assert task is None and not from_prose
        assert [w.line for w in notice.warnings if w.code == "work-not-read"] == [6]
    else:
        assert task is not None and (task.departments, task.due, task.line) == read
        assert [w.line for w in from_prose] == [6]


def test_a_stage_whose_prose_writes_its_roles_keeps_its_text() -> None:
    """（二）总结验收阶段（…）。A会同B组织验收。 where another stage is a task: its whole text is the task's."""
    stages = [
        "（一）动员部署阶段（2025年3月—4月）。制定工作方案。（县水务局负责）",
        "（二）总结验收阶段（2027年1月—6月）。县农业农村局会同县财政局组织验收。",
    ]
    task = next(t for t in parse_text("\n".join([*HEAD, *stages])).tasks if t.line == 6)
    assert "会同县财政局组织验收" in task.text
    assert task.lead == ("县农业农村局",) and task.partners == ("县财政局",)


def test_a_stage_opening_with_no_bracket_is_not_annotated(monkeypatch: pytest.MonkeyPatch) -> None:
    """An annotation found at the very end of a stage's text (nothing there to open it) is no bracket."""
    from policy_cli.parse import inline, stages
    from policy_cli.parse.body import Node
    from policy_cli.parse.lines import SourceLine
    from policy_cli.parse.roles import Assignment

    text = "（一）总结验收阶段（2027年1月—6月）。县水务局会同县财政局组织验收。"
    stage = Node("clause", 1, "一", SourceLine(5, text, text), text[3:])
    at_end = inline.Annotation(len(stage.text), len(stage.text), Assignment())
    monkeypatch.setattr(inline, "find_annotations", lambda _text: [at_end])
    assert not stages._annotated(stage)
    in_bracket = inline.Annotation(stage.text.index("（"), len(stage.text), Assignment())
    monkeypatch.setattr(inline, "find_annotations", lambda _text: [in_bracket])
    assert stages._annotated(stage)
