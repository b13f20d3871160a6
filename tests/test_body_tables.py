"""A task table inside the body (part 二 holds it) ends where the body's numbering resumes or a paragraph
that is no row begins; what follows is body again. A table after the 附件 marker stays the annex."""

from __future__ import annotations

import pytest

from policy_cli.cli import app
from policy_cli.source import parse_file

from .conftest import FIXTURES, CliRunner

TABLES = FIXTURES / "body_tables"

ROWS = ["开展农村公路路况普查", "实施危桥改造工程", "建立养护资金保障机制"]

# fixture -> (the parts' titles, the tasks' paths, the annex's groups)
CASES = {
    "tabs_then_parts.txt": (["总体目标", "重点任务分工", "保障措施", "其他事项"], ["1", "2", "3", "三/（一）"], []),
    "pipes_then_parts.txt": (["总体目标", "重点任务分工", "保障措施", "其他事项"], ["1", "2", "3", "三/（一）"], []),
    "cells_then_parts.txt": (["总体目标", "重点任务分工", "保障措施", "其他事项"], ["1", "2", "3", "三/（一）"], []),
    "tabs_with_group_rows.txt": (
        ["总体目标", "重点任务分工", "保障措施", "其他事项"],
        ["一/1", "二/2", "二/3", "三/（一）"],
        ["路况普查", "工程建设"],
    ),
    "tabs_then_part_out_of_turn.txt": (
        ["总体目标", "重点任务分工", "保障措施", "其他事项"],
        ["1", "2", "3", "四/（一）"],
        [],
    ),
    "tabs_then_closing_part_out_of_turn.txt": (["总体目标", "重点任务分工", "其他事项"], ["1", "2", "3"], []),
    "tabs_then_closing.txt": (["总体目标", "重点任务分工"], ["1", "2", "3"], []),
    "pipes_then_closing.txt": (["总体目标", "重点任务分工"], ["1", "2", "3"], []),
    "cells_then_closing.txt": (["总体目标", "重点任务分工"], ["1", "2", "3"], []),
    "annex_after_body.txt": (["总体目标", "重点任务", "保障措施"], ["1", "2", "3", "三/（一）"], []),
}


@pytest.mark.parametrize(("name", "expected"), CASES.items())
def test_body_after_a_task_table_is_read_as_body(name: str, expected: tuple[list[str], list[str], list[str]]) -> None:
    notice = parse_file(TABLES / name).notice
    titles, paths, groups = expected
    assert [p.title for p in notice.parts] == titles
    assert [t.path for t in notice.tasks] == paths
    assert [t.text for t in notice.tasks if t.source == "annex"] == ROWS
    assert notice.annex is not None
    assert [g.title for g in notice.annex.groups] == groups
    assert not [w for w in notice.warnings if w.code == "annex-unparsed"]


@pytest.mark.parametrize("name", [n for n in CASES if n.endswith("_then_closing.txt")])
def test_paragraph_and_signature_after_a_table_stay_in_the_body(name: str) -> None:
    notice = parse_file(TABLES / name).notice
    assert notice.parts[-1].text == "各乡镇要加强组织领导，确保各项任务按时完成。"
    assert notice.metadata.signed == "2024-03-01"
    assert notice.metadata.issuers == ("某县人民政府办公室",)


@pytest.mark.parametrize("name", ["annex_after_body.txt", "tabs_then_parts.txt"])
def test_a_table_after_its_marker_or_in_the_body_keeps_its_rows(name: str) -> None:
    notice = parse_file(TABLES / name).notice
    annex_rows = [t.line for t in notice.tasks if t.source == "annex"]
    body_lines = [p.line for p in notice.parts]
    if name.startswith("annex"):  # the annex after the body: its rows come after every part
        assert min(annex_rows) > max(body_lines)
    else:  # the table inside part 二: part 三 comes after its rows
        assert body_lines[1] < min(annex_rows) and max(annex_rows) < body_lines[2]


def test_outline_shows_the_part_after_a_table() -> None:
    result = CliRunner().invoke(app, ["outline", "--notice", str(TABLES / "tabs_then_parts.txt"), "--format", "tsv"])
    assert result.exit_code == 0, result.output
    assert "保障措施" in result.output and "加强组织领导" in result.output


@pytest.mark.parametrize("name", ["tabs_then_part_out_of_turn.txt", "tabs_then_closing_part_out_of_turn.txt"])
def test_a_part_out_of_turn_after_a_table_is_warned_at_its_line(name: str) -> None:
    notice = parse_file(TABLES / name).notice
    assert [(w.code, w.line) for w in notice.warnings if w.code == "part-numbering-gap"] == [("part-numbering-gap", 15)]
