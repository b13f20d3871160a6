"""The work units do together, written before a partners' verb in an annotation (加强部门配合, 强化部门协同), names
no unit: the lead leads alone; words alone naming no unit are warned. (annotation -> (departments, lead,
partners) of the task)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_HEAD = "西岭县2024年优化营商环境工作要点\n\n西岭县人民政府办公室\n2024年3月1日\n\n一、重点任务\n\n"


@pytest.mark.parametrize(
    ("annotation", "departments", "lead", "partners"),
    [
        ("（县发改局牵头，加强部门配合）", ("县发改局",), ("县发改局",), ()),
        ("（县数据局牵头，强化部门协同）", ("县数据局",), ("县数据局",), ()),
        ("（县发改局牵头，加强部门间协作）", ("县发改局",), ("县发改局",), ()),
        ("（县发改局牵头，深化跨部门协同）", ("县发改局",), ("县发改局",), ()),
        ("（县发改局牵头，县财政局配合，加强部门协同）", ("县发改局", "县财政局"), ("县发改局",), ("县财政局",)),
        ("（县发改局牵头，多部门协同）", ("县发改局",), ("县发改局",), ()),
        ("（县发改局牵头，各部门间协作）", ("县发改局",), ("县发改局",), ()),
        # the units the work is done with, after 与, are the partners
        ("（县发改局牵头，加强与县财政局配合）", ("县发改局", "县财政局"), ("县发改局",), ("县财政局",)),
        (
            "（县发改局牵头，密切与县税务局、各乡镇协作）",
            ("县发改局", "县税务局", "各乡镇"),
            ("县发改局",),
            ("县税务局", "各乡镇"),
        ),
        # 密切 and 紧密 are how units act, before their verb (a vague collective stays no partner)
        ("（县住建局牵头，县财政局密切配合）", ("县住建局", "县财政局"), ("县住建局",), ("县财政局",)),
        ("（县住建局牵头，相关部门密切配合）", ("县住建局",), ("县住建局",), ()),
        ("（县住建局牵头，各乡镇紧密协作）", ("县住建局", "各乡镇"), ("县住建局",), ("各乡镇",)),
        # and so are 通力, 大力 and 分工, where the partners were lost or named with them
        ("（县发改局牵头，县直各部门通力协作）", ("县发改局", "县直各部门"), ("县发改局",), ("县直各部门",)),
        ("（县发改局牵头，县财政局大力支持）", ("县发改局", "县财政局"), ("县发改局",), ("县财政局",)),
        ("（县发改局牵头，各部门分工协作）", ("县发改局", "各部门"), ("县发改局",), ("各部门",)),
        # near misses, as they were: named units before the verb
        ("（县发改局牵头，县投资促进局配合）", ("县发改局", "县投资促进局"), ("县发改局",), ("县投资促进局",)),
        ("（县发改局牵头，各部门协作）", ("县发改局", "各部门"), ("县发改局",), ("各部门",)),
    ],
)
def test_the_work_before_a_partners_verb_names_no_unit(
    annotation: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    notice = parse_text(_HEAD + f"1. 推进审批制度改革，压缩审批时限。{annotation}\n")
    assert [(t.departments, t.lead, t.partners) for t in notice.tasks] == [(departments, lead, partners)]


def test_the_work_alone_before_a_partners_verb_is_warned_not_read_as_a_unit() -> None:
    notice = parse_text(_HEAD + "1. 推进审批制度改革，压缩审批时限。（加强部门配合）\n")
    assert not any("加强部门" in u for t in notice.tasks for u in t.departments)
    assert "role-not-read" in {w.code for w in notice.warnings}
