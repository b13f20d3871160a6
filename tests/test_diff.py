"""The semantic diff: tasks matched by content, renumbering as runs, no line numbers, changes as text."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from policy_cli import diff as diffmod
from policy_cli.cli import ExitCode, app
from policy_cli.diff import describe, diff, inline_text_delta, match_entries
from policy_cli.models import Notice
from policy_cli.source import parse_file

from .conftest import FIXTURES, MODEL, RAW_NOTICE, SAMPLES, CliRunner

CHANGED = FIXTURES / "changed_notice.txt"
runner = CliRunner()


def _without(notice: Notice, task_id: int, shift_lines: int = 0) -> Notice:
    kept = [t for t in notice.tasks if t.id != task_id]
    tasks = tuple(
        dataclasses.replace(t, id=t.id - 1 if t.id > task_id else t.id, line=t.line + shift_lines) for t in kept
    )
    return dataclasses.replace(notice, tasks=tasks)


def test_deleting_a_task_shows_one_removal_and_one_renumbered_run(bundled: Notice) -> None:
    changes = diff(bundled, _without(bundled, 62, shift_lines=3))
    assert [(c.key, c.change, c.old, c.new) for c in changes] == [
        ("62", "removed", "完善大型群众性活动安全管理制度,加强人员密集场所安全监管。", None),
        ("63–86", "renumbered", "63–86", "62–85"),
    ]
    assert describe(changes[1])["detail"] == "63–86 -> 62–85"


def test_a_reworded_and_renumbered_task_is_matched_by_similarity(bundled: Notice) -> None:
    changed = _without(bundled, 10)
    task = changed.task(39)
    assert task is not None and task.text.startswith("严格执行")
    reworded = dataclasses.replace(task, text=task.text.replace("严格执行", "全面落实"))
    changed = dataclasses.replace(changed, tasks=tuple(reworded if t.id == 39 else t for t in changed.tasks))
    changes = diff(bundled, changed)
    assert [(c.key, c.change, c.field) for c in changes] == [
        ("10", "removed", ""),
        ("11–86", "renumbered", "id"),
        ("40→39", "changed", "text"),
    ]
    assert describe(changes[2])["detail"].startswith("[-严格执行-]{+全面落实+}行政执法")


def test_inserted_and_removed_tasks_with_different_text() -> None:
    def tasks(*texts: str) -> list:  # type: ignore[type-arg]
        return [dataclasses.make_dataclass("T", ["text"])(t) for t in texts]

    old = tasks("加强隐患排查治理工作。", "完善安全生产责任保险制度。", "建立专家库。")
    new = tasks("加强隐患排查治理工作。", "推进城市安全示范创建。", "建立专家库。", "开展宣传教育。")
    assert match_entries(old, new) == [(0, 0), (1, None), (None, 1), (2, 2), (None, 3)]


def test_pairing_by_position_past_the_comparison_budget(monkeypatch: pytest.MonkeyPatch, bundled: Notice) -> None:
    monkeypatch.setattr(diffmod, "MAX_COMPARISONS", 0)
    changes = diff(bundled, _without(bundled, 62))
    assert ("62", "removed") in [(c.key, c.change) for c in changes]


def test_moved_lines_are_no_change_at_any_depth(bundled: Notice, tmp_path: Path) -> None:
    lines = RAW_NOTICE.read_text(encoding="utf-8").split("\n")
    shifted = tmp_path / "shifted.txt"
    shifted.write_text("\n".join([lines[0], "", "", *lines[1:]]), encoding="utf-8")
    moved = parse_file(shifted).notice
    assert moved.tasks[0].line == bundled.tasks[0].line + 2
    assert diff(bundled, moved) == []


def test_item_changes_print_as_text_not_python_objects() -> None:
    bundled = parse_file(SAMPLES / "qinglan_inline_fangan.txt").notice
    part = next(p for p in bundled.parts if any(c.items for c in p.clauses))
    clause = next(c for c in part.clauses if c.items)
    item = clause.items[0]
    new_clause = dataclasses.replace(
        clause, items=(dataclasses.replace(item, text=item.text + "并定期通报。"), *clause.items[1:])
    )
    new_part = dataclasses.replace(part, clauses=tuple(new_clause if c is clause else c for c in part.clauses))
    changed = dataclasses.replace(bundled, parts=tuple(new_part if p is part else p for p in bundled.parts))
    [change] = diff(bundled, changed)
    detail = describe(change)["detail"]
    assert change.field == "items" and "{+并定期通报。+}" in detail
    assert "{'" not in detail and "'text'" not in detail


def test_diff_of_a_changed_notice_field_by_field(bundled: Notice) -> None:
    changed = parse_file(CHANGED).notice
    changes = diff(bundled, changed)
    assert [(c.kind, c.key, c.change, c.field) for c in changes] == [
        ("task", "40", "changed", "departments_raw"),
        ("task", "40", "changed", "departments"),
        ("task", "40", "changed", "due"),
        ("task", "40", "changed", "due_year"),
        ("task", "40", "changed", "due_date"),
    ]
    by_field = {c.field: c for c in changes}
    assert by_field["due_year"].old == 2018 and by_field["due_year"].new == 2019
    assert "州公安局" in by_field["departments"].old and "州交通运输局" in by_field["departments"].new


def test_diff_cli_exit_codes_and_json() -> None:
    same = runner.invoke(app, ["diff", str(MODEL), str(RAW_NOTICE)])
    assert same.exit_code == 0 and same.stdout == ""
    result = runner.invoke(app, ["diff", str(MODEL), str(CHANGED), "--format", "json"])
    assert result.exit_code == ExitCode.NO_MATCH
    records = json.loads(result.stdout)
    departments = next(r for r in records if r["field"] == "departments")
    assert departments["removed"] == ["州公安局"] and departments["added"] == ["州交通运输局"]
    assert runner.invoke(app, ["diff"]).exit_code == ExitCode.USAGE
    # One path: the older version is the bundled model (or --model / --notice).
    assert runner.invoke(app, ["diff", str(MODEL)]).exit_code == 0
    assert runner.invoke(app, ["diff", str(CHANGED), "--notice", str(RAW_NOTICE)]).exit_code == ExitCode.NO_MATCH


def test_diff_added_removed_and_text(bundled: Notice, tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = RAW_NOTICE.read_text(encoding="utf-8")
    text = text.replace("86.发挥工会", "87.发挥工会").replace(
        "推进重点行业领域远程宣教平台建设。", "推进重点行业远程宣教平台建设。"
    )
    path = tmp_path / "n.txt"
    path.write_text(text, encoding="utf-8")
    changes = diff(bundled, parse_file(path).notice)
    assert ("task", "84", "changed", "text") in [(c.kind, c.key, c.change, c.field) for c in changes]
    assert [(c.key, c.change) for c in changes if c.change != "changed"] == [("86", "renumbered")]
    assert inline_text_delta("推进重点行业领域远程", "推进重点行业远程") == "推进重点行业[-领域-]远程"


def test_a_removed_clause_is_one_removal_and_a_renumbered_run(bundled: Notice) -> None:
    parts = []
    for part in bundled.parts:
        clauses = tuple(
            dataclasses.replace(c, number=c.number - 1 if c.number > 5 else c.number)
            for c in part.clauses
            if c.number != 5
        )
        parts.append(dataclasses.replace(part, clauses=clauses))
    changes = diff(bundled, dataclasses.replace(bundled, parts=tuple(parts)))
    assert [(c.kind, c.key, c.change, c.old, c.new) for c in changes] == [
        ("clause", "2/5", "removed", "落实企业安全生产主体责任", None),
        ("clause", "6–27", "renumbered", "6–27", "5–26"),
    ]


def test_a_retitled_part_is_reported(bundled: Notice) -> None:
    part = bundled.parts[1]
    retitled = dataclasses.replace(part, title=part.title + "工作")
    changed = dataclasses.replace(bundled, parts=(bundled.parts[0], retitled, *bundled.parts[2:]))
    [change] = diff(bundled, changed)
    assert (change.kind, change.key, change.field) == ("part", "2", "title")
    assert describe(change)["detail"] == "健全落实安全生产责任制{+工作+}"
