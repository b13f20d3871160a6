"""A season or period with a note in brackets after it, in an annotation (汛期（另行通知）), is no unit, though a
closing bracket ends a unit's name elsewhere (各乡（镇）): a bracket of months makes it the task's deadline, as
before; one of no date leaves the piece unread, warned. (annotation -> (departments, due, warned))."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_HEAD = "西岭县2024年水利工作要点\n\n西岭县人民政府办公室\n2024年3月1日\n\n一、重点任务\n\n"


@pytest.mark.parametrize(
    ("annotation", "departments", "due", "warned"),
    [
        ("（县水利局负责，汛期（另行通知））", ("县水利局",), None, True),
        ("（县水利局负责，汛期（具体时间另行通知））", ("县水利局",), None, True),
        ("（县林业局负责，森林防火期（另行通知））", ("县林业局",), None, True),
        ("（县林业局负责，冬春季（每年11月至次年4月））", ("县林业局",), None, True),
        # near misses, as they were: a bracket of months is the deadline; a bracketed place stays a unit's name
        ("（县水利局负责，汛期（5月至9月））", ("县水利局",), "汛期（5月至9月）", False),
        ("（县教体局负责，暑期（7月—8月））", ("县教体局",), "暑期（7月—8月）", False),
        ("（县水利局、各乡（镇）负责）", ("县水利局", "各乡（镇）"), None, False),
        ("（县水利局负责，汛期前）", ("县水利局",), "汛期前", False),
    ],
)
def test_a_season_with_a_bracket_is_no_unit(
    annotation: str, departments: tuple[str, ...], due: str | None, warned: bool
) -> None:
    notice = parse_text(_HEAD + f"1. 加固病险水库，完成除险加固。{annotation}\n")
    assert [(t.departments, t.due) for t in notice.tasks] == [(departments, due)]
    assert ("roles-partly-read" in {w.code for w in notice.warnings}) is warned
