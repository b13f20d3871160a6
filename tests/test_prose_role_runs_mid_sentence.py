"""Roles in prose, as plans write them inside an item's sentence: `X牵头，会同Y，<deadline>完成…` (会同 and units alone in
a clause of their own are the lead's partners), and two clauses of roles in a row after the work's first clause
(`…，X负责，Y、Z参与，每年3月底前下达…`). A range of years then 每年 with no time after it (`2023—2025年每年创建…`) is
due by the range's end; 每年 there is how often the work is done."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "某县2024年农村供水保障实施方案\n\n一、重点任务\n"
OTHER = "（九）开展水质检测。（县卫生健康局负责）\n"

# (item, text starts, departments, lead, partners, due)
ITEMS: list[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None]] = [
    (
        "（一）完善供水规划。县水利局牵头，会同县自然资源局，2024年9月底前完成规划修编。",
        "完善供水规划",
        ("县水利局", "县自然资源局"),
        ("县水利局",),
        ("县自然资源局",),
        "2024年9月底前",
    ),
    (
        "（一）落实维修资金。整合涉农资金用于管网维修，县财政局牵头，县水利局、县农业农村局配合，每年3月底前下达资金计划。",
        "落实维修资金",
        ("县财政局", "县水利局", "县农业农村局"),
        ("县财政局",),
        ("县水利局", "县农业农村局"),
        "每年3月底前",
    ),
    (
        "（一）培育节水示范村。开展节水宣传，由县水利局牵头，各乡镇人民政府配合，2024—2026年每年创建示范村5个。",
        "培育节水示范村",
        ("县水利局", "各乡镇人民政府"),
        ("县水利局",),
        ("各乡镇人民政府",),
        "2024—2026年",
    ),
]


@pytest.mark.parametrize(("item", "starts", "departments", "lead", "partners", "due"), ITEMS)
def test_roles_inside_an_items_sentence(
    item: str,
    starts: str,
    departments: tuple[str, ...],
    lead: tuple[str, ...],
    partners: tuple[str, ...],
    due: str | None,
) -> None:
    task = parse_text(HEAD + item + "\n" + OTHER).tasks[0]
    assert task.text.startswith(starts)
    assert (task.departments, task.lead, task.partners, task.due) == (departments, lead, partners, due)


@pytest.mark.parametrize(
    "item",
    [
        # one clause of roles inside the sentence, then the work: no run of roles, a warning
        "（一）落实维修资金。整合涉农资金用于管网维修，县财政局负责拨付资金，县水利局做好监督。",
        # two clauses closed by role verbs, the first naming no office: no run of roles, a warning
        "（一）落实维修资金。整合涉农资金用于管网维修，各单位负责，有关方面配合。",
    ],
)
def test_prose_that_is_no_run_of_roles(item: str) -> None:
    notice = parse_text(HEAD + item + "\n" + OTHER)
    assert [t.text[:4] for t in notice.tasks] == ["开展水质"]
    assert any(w.code == "role-not-read" and w.line == 4 for w in notice.warnings)


def test_a_range_then_a_yearly_time_keeps_both() -> None:
    item = "（一）开展管网巡检。由县水利局负责，2024年至2026年每年10月底前完成一次全面巡检。"
    task = parse_text(HEAD + item + "\n" + OTHER).tasks[0]
    assert task.due == "2024年至2026年每年10月底前"


# (item, departments, lead, partners): an office opening the sentence with its verb and its work, partners later
DUTY_THEN_PARTNERS: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = [
    (
        "（一）建设水厂。县水利局负责项目建设和运营管理，县发展改革局、县财政局予以配合，2025年6月底前建成投用。",
        ("县水利局", "县发展改革局", "县财政局"),
        ("县水利局",),
        ("县发展改革局", "县财政局"),
    ),
    (
        "（一）建设水厂。县水利局牵头编制建设方案，县财政局配合，2025年6月底前完成。",
        ("县水利局", "县财政局"),
        ("县水利局",),
        ("县财政局",),
    ),
    (
        "（一）排查供水隐患。县水利局会同县应急管理局、县卫生健康局，于每年汛前开展一次集中排查。",
        ("县水利局", "县应急管理局", "县卫生健康局"),
        ("县水利局",),
        ("县应急管理局", "县卫生健康局"),
    ),
]


@pytest.mark.parametrize(("item", "departments", "lead", "partners"), DUTY_THEN_PARTNERS)
def test_an_office_on_duty_keeps_its_role_beside_partners(
    item: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    task = parse_text(HEAD + item + "\n" + OTHER).tasks[0]
    assert (task.departments, task.lead, task.partners) == (departments, lead, partners)


def test_a_second_office_with_work_of_its_own_is_warned() -> None:
    """县水利局负责建设…，县财政局保障资金，县发展改革局配合: a share no rule reads; nothing is read in part."""
    item = "（一）建设水厂。县水利局负责项目建设，县财政局保障资金，县发展改革局配合。"
    notice = parse_text(HEAD + item + "\n" + OTHER)
    assert [t.text[:4] for t in notice.tasks] == ["开展水质"]
    assert any(w.line == 4 for w in notice.warnings)
