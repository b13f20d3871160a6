"""A role's label naming its units with 为 or 是 inside an annotation (（责任单位为县司法局）,
（牵头单位是县发改局，县财政局配合）): the label gives the units their role and is no part of a name."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "西岭县2025年法治政府建设工作要点\n一、重点工作\n"

# (bracket closing the item, departments, lead, partners)
CASES = [
    ("（责任单位为县司法局）", ("县司法局",), (), ()),
    ("（责任单位为县司法局，各乡镇人民政府按要求落实）", ("县司法局", "各乡镇人民政府"), (), ()),
    ("（牵头单位为县司法局，配合单位为县财政局）", ("县司法局", "县财政局"), ("县司法局",), ("县财政局",)),
    ("（牵头单位是县司法局，县财政局配合）", ("县司法局", "县财政局"), ("县司法局",), ("县财政局",)),
    (
        "（配合单位均为各乡镇人民政府；牵头单位：县司法局）",
        ("各乡镇人民政府", "县司法局"),
        ("县司法局",),
        ("各乡镇人民政府",),
    ),
    # near misses, read as before: units named first, then their label; a label with its colon
    ("（县司法局为牵头单位，县财政局为配合单位）", ("县司法局", "县财政局"), ("县司法局",), ("县财政局",)),
    ("（牵头单位：县司法局；配合单位：县财政局）", ("县司法局", "县财政局"), ("县司法局",), ("县财政局",)),
    ("（县司法局、县财政局）", ("县司法局", "县财政局"), (), ()),
]


@pytest.mark.parametrize(("bracket", "departments", "lead", "partners"), CASES, ids=[c[0] for c in CASES])
def test_a_label_naming_its_units_with_wei_gives_them_its_role(
    bracket: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    notice = parse_text(
        HEAD + f"（一）推进法律顾问全覆盖。6月底前完成。{bracket}\n（二）开展普法宣传。（县委宣传部负责）\n"
    )
    task = notice.tasks[0]
    assert (task.departments, task.lead, task.partners) == (departments, lead, partners)
    assert task.due == "6月底前"
    assert not any(u.startswith(("责任单位", "牵头单位", "配合单位")) for u in task.departments)


# (bracket, departments, lead, partners): units acting by their functions or duties (按职能分工负责,
# 按职能职责配合, 依职责负责) keep their names whole and the role of their verb
FUNCTIONS = [
    ("（市城管局、市公安局交警支队按职能分工负责）", ("市城管局", "市公安局交警支队"), (), ()),
    (
        "（市城管局牵头，市住房城乡建设局、市公安局交警支队按职能职责配合）",
        ("市城管局", "市住房城乡建设局", "市公安局交警支队"),
        ("市城管局",),
        ("市住房城乡建设局", "市公安局交警支队"),
    ),
    ("（市城管局、市住房城乡建设局依职责负责）", ("市城管局", "市住房城乡建设局"), (), ()),
    ("（市城管局、市住房城乡建设局按职责分工负责）", ("市城管局", "市住房城乡建设局"), (), ()),
]


@pytest.mark.parametrize(("bracket", "departments", "lead", "partners"), FUNCTIONS, ids=[c[0] for c in FUNCTIONS])
def test_units_acting_by_their_functions_keep_their_names(
    bracket: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    notice = parse_text(HEAD + f"（一）整治建筑垃圾。长期坚持。{bracket}\n（二）开展普法宣传。（县委宣传部负责）\n")
    task = notice.tasks[0]
    assert (task.departments, task.lead, task.partners) == (departments, lead, partners)


# (bracket, departments, lead): a note in the bracket that the former of the units leads (前者为牵头单位)
FORMER = [
    ("（县投资促进中心、县行政审批局，前者为牵头单位）", ("县投资促进中心", "县行政审批局"), ("县投资促进中心",)),
    ("（县投资促进中心、县行政审批局，排名第一的为牵头单位）", ("县投资促进中心", "县行政审批局"), ("县投资促进中心",)),
    # near miss: no note, no lead
    ("（县投资促进中心、县行政审批局）", ("县投资促进中心", "县行政审批局"), ()),
]


@pytest.mark.parametrize(("bracket", "departments", "lead"), FORMER, ids=[c[0] for c in FORMER])
def test_a_note_that_the_former_leads_makes_the_first_unit_the_lead(
    bracket: str, departments: tuple[str, ...], lead: tuple[str, ...]
) -> None:
    notice = parse_text(HEAD + f"（一）优化项目服务。长期坚持。{bracket}\n")
    task = notice.tasks[0]
    assert (task.departments, task.lead) == (departments, lead)


# (bracket, departments, lead, partners, leaders): a unit bearing overall responsibility (负总责, 总负责) leads
OVERALL = [
    (
        "（县委依法治县办负总责，县直各部门配合）",
        ("县委依法治县办", "县直各部门"),
        ("县委依法治县办",),
        ("县直各部门",),
        (),
    ),
    ("（县委依法治县办负总责）", ("县委依法治县办",), ("县委依法治县办",), (), ()),
    (
        "（县司法局总负责，县财政局、县人社局配合）",
        ("县司法局", "县财政局", "县人社局"),
        ("县司法局",),
        ("县财政局", "县人社局"),
        (),
    ),
    # near miss: a plain 负责 keeps its units responsible
    (
        "（县委依法治县办负责，县直各部门配合）",
        ("县委依法治县办", "县直各部门"),
        ("县委依法治县办",),
        ("县直各部门",),
        (),
    ),
    ("（县委依法治县办、县司法局负责）", ("县委依法治县办", "县司法局"), (), (), ()),
]


@pytest.mark.parametrize(
    ("bracket", "departments", "lead", "partners", "leaders"), OVERALL, ids=[c[0] for c in OVERALL]
)
def test_a_unit_bearing_overall_responsibility_leads(
    bracket: str,
    departments: tuple[str, ...],
    lead: tuple[str, ...],
    partners: tuple[str, ...],
    leaders: tuple[str, ...],
) -> None:
    notice = parse_text(HEAD + f"（一）落实法治督察。年底前完成。{bracket}\n（二）开展普法宣传。（县委宣传部负责）\n")
    task = notice.tasks[0]
    assert (task.departments, task.lead, task.partners, task.leaders) == (departments, lead, partners, leaders)
