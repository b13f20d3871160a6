"""A heading naming the unit of the items under it often closes with their count (一、县发改局（2项）,
二、县教育局牵头（3项）). The count is no part of the unit's name, and a role verb right before it states the
unit's role as 县教育局牵头工作 does."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "某县政府工作报告重点工作任务分解\n\n"


@pytest.mark.parametrize(
    ("heading", "unit"),
    [
        ("县发改局（2项）", "县发改局"),
        ("县发改局（共2项）", "县发改局"),
        ("县发改局(2项)", "县发改局"),
    ],
)
def test_a_units_heading_without_its_count(heading: str, unit: str) -> None:
    text = (
        HEAD + f"一、{heading}\n1.争取上级资金3亿元。\n2.储备重大项目100个。\n二、县教育局（1项）\n3.新建城东幼儿园。\n"
    )
    tasks = parse_text(text).tasks
    assert [(t.departments, t.lead) for t in tasks] == [((unit,), ()), ((unit,), ()), (("县教育局",), ())]


@pytest.mark.parametrize(
    ("heading", "lead"),
    [
        ("县教育局牵头（2项）", ("县教育局",)),
        ("县教育局牵头(共2项)", ("县教育局",)),
        ("县教育局牵头工作（2项）", ("县教育局",)),
        ("县教育局负责（2项）", ()),
    ],
)
def test_a_role_verb_before_the_count(heading: str, lead: tuple[str, ...]) -> None:
    text = HEAD + f"一、{heading}\n1.新建城东幼儿园。\n2.推进县一中扩容。（配合单位：县住建局）\n"
    tasks = parse_text(text).tasks
    assert [t.text[:4] for t in tasks] == ["新建城东", "推进县一"]
    assert tasks[0].departments == ("县教育局",)
    assert tasks[0].lead == lead
    assert "县住建局" in tasks[1].partners


@pytest.mark.parametrize(
    "heading",
    [
        # a count after prose, or after a person: no unit
        "重点项目建设（2项）",
        "李华副县长牵头（2项）",
        # a count of something else than items
        "县教育局牵头（2个）",
    ],
)
def test_no_unit_read_from_the_heading(heading: str) -> None:
    text = HEAD + f"一、{heading}\n1.新建城东幼儿园。\n2.推进县一中扩容。（责任单位：县住建局）\n"
    tasks = parse_text(text).tasks
    assert all("县教育局" not in t.departments and "（2" not in "".join(t.departments) for t in tasks)
    assert all("副县长" not in "".join(t.departments) and "重点项目" not in "".join(t.departments) for t in tasks)
