"""Roles after a dash closing an item, then its deadline alone after a semicolon (…。——X牵头，Y配合；9月底前);
a sentence for all tasks naming a campaign's tasks (以上整改/整治任务) with a third group 负责本辖区具体实施;
and a campaign's scope heading (整治范围), which assigns no work. Each notice here is written for the test
(invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.inline import find_annotations
from policy_cli.parse.roles import parse_annotation

HEAD = "松岭区人民政府办公室关于印发松岭区2025年便民服务工作要点的通知\n松政办发〔2025〕4号\n"


@pytest.mark.parametrize(
    ("text", "lead", "partners", "due"),
    [
        ("建设社区食堂，覆盖全部街道。——区民政局牵头，区财政局配合；10月底前", ["区民政局"], ["区财政局"], "10月底前"),
        (
            "建设社区食堂，覆盖全部街道——区民政局牵头，区财政局配合；2025年10月底前",
            ["区民政局"],
            ["区财政局"],
            "2025年10月底前",
        ),
        ("建设社区食堂，由区民政局牵头，区财政局配合；年底前完成", ["区民政局"], ["区财政局"], "年底前"),
    ],
)
def test_roles_then_a_deadline_after_a_semicolon_close_the_text(
    text: str, lead: list[str], partners: list[str], due: str
) -> None:
    [found] = find_annotations(text)
    assert (found.assignment.lead, found.assignment.partners, found.assignment.due) == (lead, partners, due)
    assert found.end == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "建设社区食堂；年底前",  # a deadline after a clause of work, no roles
        "建设社区食堂。——区民政局牵头，区财政局配合；做好台账管理",  # work after the semicolon, not a deadline
    ],
)
def test_no_roles_or_no_deadline_after_the_semicolon_is_no_such_annotation(text: str) -> None:
    assert all(f.assignment.due is None for f in find_annotations(text))


def test_items_closed_by_dash_roles_and_deadline_are_tasks() -> None:
    notice = parse_text(
        HEAD + "一、提升服务水平\n"
        "1.建设社区食堂，覆盖全部街道。——区民政局牵头，区财政局、区市场监管局配合；10月底前\n"
        "2.推行养老服务补贴线上申领。——区民政局；长期坚持\n"
    )
    assert [(t.lead, t.partners, t.due) for t in notice.tasks] == [
        (("区民政局",), ("区财政局", "区市场监管局"), "10月底前"),
        ((), (), "长期坚持"),
    ]
    assert not [w for w in notice.warnings if w.code == "role-not-read"]


@pytest.mark.parametrize(
    ("value", "responsible"),
    [
        ("区城管局牵头，区公安分局配合，各街道办事处负责本辖区具体实施", ["各街道办事处"]),
        ("区城管局牵头，区公安分局配合，各街道办事处负责本辖区落实", ["各街道办事处"]),
    ],
)
def test_a_third_group_doing_the_work_in_its_own_place_is_responsible(value: str, responsible: list[str]) -> None:
    assignment = parse_annotation(value, strict=True)
    assert assignment is not None
    assert (assignment.lead, assignment.partners, assignment.responsible) == (
        ["区城管局"],
        ["区公安分局"],
        responsible,
    )


def test_a_campaigns_closing_note_gives_its_units_to_items_without_their_own() -> None:
    notice = parse_text(
        "松岭区占道经营专项整治方案\n\n一、整治范围\n城区主次干道、背街小巷和农贸市场周边。\n"
        "二、整治任务\n1.清理主干道占道摊点，2025年5月底前完成。\n"
        "2.规范农贸市场周边临时摊区（由区市场监管局负责）。长期坚持。\n"
        "以上整治任务，除另有注明外，均由区城管局牵头，区公安分局配合，各街道办事处负责本辖区具体实施。\n"
    )
    first, second = (next(t for t in notice.tasks if t.text.startswith(s)) for s in ("清理主干道", "规范农贸市场"))
    assert (first.lead, first.partners) == (("区城管局",), ("区公安分局",))
    assert "各街道办事处" in first.departments
    assert second.departments == ("区市场监管局",)
    assert all(not t.lead for t in notice.tasks if t.text.startswith("整治范围"))


@pytest.mark.parametrize(
    ("item", "due"),
    [
        ("1.组织防汛知识宣传，覆盖全部社区。持续开展。（区应急管理局）", "持续开展"),
        ("1.持续开展防汛知识宣传，覆盖全部社区。（区应急管理局）", None),  # the verb of the sentence, no deadline
    ],
)
def test_work_that_goes_on_written_alone_is_a_standing_deadline(item: str, due: str | None) -> None:
    notice = parse_text(HEAD + "一、宣传教育\n" + item + "\n")
    assert [t.due for t in notice.tasks] == [due]
