"""Roles after a dash in several clauses before a deadline after a semicolon: read whole or left unread (never a
unit dropped); and a campaign's scope heading (整治范围) which, unlike 工作范围 / 检查范围, is frame, though an
item under it naming units is still a task. Each notice here is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.inline import find_annotations

HEAD = "松岭区人民政府办公室关于印发松岭区2025年环境整治工作方案的通知\n松政办发〔2025〕9号\n"


@pytest.mark.parametrize(
    ("text", "lead", "partners", "responsible"),
    [
        # the case the rule was made for: one clause of roles before the deadline
        ("建设社区食堂。——区民政局牵头，区财政局配合；10月底前", ["区民政局"], ["区财政局"], []),
        # several clauses of roles, each read: all kept
        (
            "建设农村公厕。——区农业农村局牵头，区财政局配合；各街道负责本辖区具体实施；年底前",
            ["区农业农村局"],
            ["区财政局"],
            ["各街道"],
        ),
    ],
)
def test_every_clause_of_roles_before_the_deadline_is_read(
    text: str, lead: list[str], partners: list[str], responsible: list[str]
) -> None:
    [found] = find_annotations(text)
    got = found.assignment
    assert (got.lead, got.partners, got.responsible, got.due is not None) == (lead, partners, responsible, True)


@pytest.mark.parametrize(
    "text",
    [
        # a unit with no verb before the clause of roles: never dropped, the whole is left unread
        "清理涉企收费。——区发展改革局；区财政局配合；9月底前",
        "清理涉企收费。——区发展改革局；区财政局配合；区税务局协助；9月底前",
    ],
)
def test_a_unit_with_no_verb_before_the_roles_leaves_the_run_unread(text: str) -> None:
    notice = parse_text(HEAD + "一、重点任务\n（一）" + text + "\n（二）规范中介服务。（区政务服务中心）\n")
    assert not [t for t in notice.tasks if "涉企收费" in t.text]
    assert "role-not-read" in {w.code for w in notice.warnings if w.line == 4}


@pytest.mark.parametrize(
    ("heading", "frame"),
    [
        # a scope naming where a campaign applies: its place item is frame (no task, no warning)
        ("整治范围", True),
        ("适用范围", True),
        # headings that may hold work: read as ever (the item without units warned)
        ("检查范围", False),
        ("工作范围", False),
        ("实施范围", False),
    ],
)
def test_only_a_campaign_scope_heading_is_frame(heading: str, frame: bool) -> None:
    body = (
        f"一、{heading}\n（一）城区主次干道、背街小巷。\n（二）排查城区餐饮单位。（区市场监管局）\n"
        "二、整治任务\n（一）清理占道摊点，2025年12月底前完成。（区城管局）\n"
    )
    notice = parse_text(HEAD + body)
    # an item naming units is never lost, under any scope heading
    assert [t.departments for t in notice.tasks] == [("区市场监管局",), ("区城管局",)]
    warned = {w.line for w in notice.warnings if w.code == "block-without-units"}
    assert (4 in warned) is not frame
