"""Two habits of real pages, each a rule of the genre: under a note that the first unit of a list leads
unless units are marked 牵头, the units written bare after the marked leads are partners where the note names
the others partners (其他为配合单位), and stay responsible where it does not; a street's
office shortened as cities write it (某某街办事处, 某某街办) is named after its own place and takes no level.
The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_NOTE = "（除标注“牵头”的单位外，列第一位的为牵头单位，下同）"
_NOTE_PARTNERS = "（除标注“牵头”的单位外，列第一位的为牵头单位，其他为配合单位，下同）"


def _notice(units: str, *, note: bool | str) -> str:
    lines = [
        "青川县人民政府办公室关于印发青川县2025年重点工作责任分解的通知",
        "各乡镇人民政府，县直各单位：",
        "　　现将《青川县2025年重点工作责任分解》印发给你们，请认真贯彻落实。",
        "青川县人民政府办公室",
        "2025年3月1日",
        "青川县2025年重点工作责任分解",
        "一、重点工作",
        "1.新建冷链仓储中心2处。",
        "责任单位：县商务局",
        "2.推进农村客运公交化改造。",
        "责任单位：" + units + (_NOTE_PARTNERS if note == "partners" else _NOTE if note else ""),
        "3.建成智慧停车平台。",
        "责任单位：县财政局、县发改局",
    ]
    return "\n".join([*lines, ""])


def _roles(units: str, *, note: bool | str) -> tuple[tuple[str, ...], ...]:
    task = parse_text(_notice(units, note=note)).tasks[1]
    return task.departments, task.lead, task.partners


@pytest.mark.parametrize(
    ("units", "note", "lead", "partners"),
    [
        (
            "县交通运输局、县住建局牵头，县公安局、县财政局",
            "partners",
            ("县交通运输局", "县住建局"),
            ("县公安局", "县财政局"),
        ),
        ("县交通运输局牵头，县公安局", "partners", ("县交通运输局",), ("县公安局",)),
        # a note naming no partners: the units after the leads stay responsible
        ("县交通运输局、县住建局牵头，县公安局、县财政局", True, ("县交通运输局", "县住建局"), ()),
        ("县交通运输局牵头，县公安局", True, ("县交通运输局",), ()),
        # no note: the units after the leads are responsible only, as written
        ("县交通运输局、县住建局牵头，县公安局、县财政局", False, ("县交通运输局", "县住建局"), ()),
        ("县交通运输局牵头，县公安局", False, ("县交通运输局",), ()),
        # units given a role of their own keep it
        ("县交通运输局牵头，县公安局负责落实", True, ("县交通运输局",), ()),
        ("县交通运输局牵头，县公安局配合，县财政局负责落实", True, ("县交通运输局",), ("县公安局",)),
    ],
)
def test_under_a_first_listed_note_the_units_after_marked_leads_are_partners(
    units: str, note: bool | str, lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    _departments, got_lead, got_partners = _roles(units, note=note)
    assert (got_lead, got_partners) == (lead, partners)


def test_the_note_in_a_task_covers_the_tasks_after_it_not_before() -> None:
    tasks = parse_text(_notice("县交通运输局牵头，县公安局", note=True)).tasks
    assert (tasks[0].lead, tasks[0].partners) == ((), ())
    assert (tasks[2].lead, tasks[2].partners) == (("县财政局",), ())


def _district_notice(units: str) -> str:
    lines = [
        "区人民政府办公室关于印发2025年区政府工作报告目标任务责任分解方案的通知",
        "",
        "一、扩大有效投资",
        "1、加快推进滨江产业园建设。（牵头单位：区发改局；责任单位：" + units + "）",
        "2、实施老旧小区改造12个。（责任单位：区住建局）",
    ]
    return "\n".join([*lines, ""])


@pytest.mark.parametrize(
    ("units", "departments"),
    [
        ("青桥街办事处、区财政局", ("区发改局", "青桥街办事处", "区财政局")),
        ("青桥街办、区财政局", ("区发改局", "青桥街办", "区财政局")),
        ("青桥街道办事处、区财政局", ("区发改局", "青桥街道办事处", "区财政局")),
        # a bureau written bare still takes the district's level
        ("财政局、区住建局", ("区发改局", "区财政局", "区住建局")),
    ],
)
def test_a_street_office_shortened_takes_no_level(units: str, departments: tuple[str, ...]) -> None:
    assert parse_text(_district_notice(units)).tasks[0].departments == departments
