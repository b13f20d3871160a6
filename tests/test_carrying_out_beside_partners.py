"""A group carrying the work out, named first and assisted by the next group, leads: in an item that marks no
lead, 「A负责落实，B配合」 and 「由A负责具体实施，B、C协助」 read as 「A负责，B配合」 does (the units assisted are
in charge). The same words after the partners (B配合，A负责落实), alone, beside a lead, with no unit assisting,
or saying the units share the work by their duties keep A responsible only."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_HEAD = "某县2025年乡村道路养护工作方案\n一、主要任务\n"

# (the item's text with its roles, departments, lead, partners)
CASES: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = [
    # carrying out, then the units that assist: the first group leads
    (
        "（一）修补村道路面。（县交通局负责落实，县财政局配合）",
        ("县交通局", "县财政局"),
        ("县交通局",),
        ("县财政局",),
    ),
    (
        "（一）修补村道路面。（由县交通局负责具体实施，县林业局、县财政局协助）",
        ("县交通局", "县林业局", "县财政局"),
        ("县交通局",),
        ("县林业局", "县财政局"),
    ),
    (
        "（一）修补村道路面。（县交通局负责实施，各乡镇人民政府参与）",
        ("县交通局", "各乡镇人民政府"),
        ("县交通局",),
        ("各乡镇人民政府",),
    ),
    (
        "（一）修补村道路面。（各乡镇人民政府负责落实，县交通局协助）",
        ("各乡镇人民政府", "县交通局"),
        ("各乡镇人民政府",),
        ("县交通局",),
    ),
    # near cases: the group after the partners is a group of its own, responsible
    (
        "（一）修补村道路面。（县财政局配合，各乡镇人民政府负责落实）",
        ("县财政局", "各乡镇人民政府"),
        (),
        ("县财政局",),
    ),
    # alone: responsible only
    ("（一）修补村道路面。（各乡镇人民政府负责落实）", ("各乡镇人民政府",), (), ()),
    # no unit assists: both responsible
    (
        "（一）修补村道路面。（县交通局负责落实，县财政局负责资金保障）",
        ("县交通局", "县财政局"),
        (),
        (),
    ),
    # a lead named: the group carrying it out stays responsible
    (
        "（一）修补村道路面。（县交通局牵头，县财政局配合；各乡镇人民政府负责落实）",
        ("县交通局", "县财政局", "各乡镇人民政府"),
        ("县交通局",),
        ("县财政局",),
    ),
    # units sharing the work by their duties: none leads
    (
        "（一）修补村道路面。（县交通局、县住建局按职责分工负责落实，县财政局配合）",
        ("县交通局", "县住建局", "县财政局"),
        (),
        ("县财政局",),
    ),
]


@pytest.mark.parametrize(("item", "departments", "lead", "partners"), CASES)
def test_a_group_carrying_the_work_out_beside_the_units_assisting_it(
    item: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    task = parse_text(f"{_HEAD}{item}\n").tasks[-1]
    assert (task.departments, task.lead, task.partners) == (departments, lead, partners)


def test_a_label_saying_its_units_carry_the_work_out_stays_responsible() -> None:
    # (a 责任 label's own words, 负责落实, keep its units responsible beside a 配合 label: no group of prose)
    item = "（一）修补村道路面。（责任单位：各乡镇人民政府负责落实；配合单位：县交通局）"
    task = parse_text(f"{_HEAD}{item}\n").tasks[-1]
    assert (task.lead, task.partners) == ((), ("县交通局",))
