"""A 牵头单位 cell marking one of its units as lead (消防救援站（牵头）、各平台公司) leads with that unit alone: the
cell's unmarked units are partners, as in a 责任单位 cell; a lead cell with no mark keeps every unit as lead."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "某开发区2025年安全生产重点工作任务清单\n序号\t工作任务\t牵头单位\t责任单位\t完成时限\n"
FIRST = "1\t修订安全生产责任清单。\t应急管理局\t党政办\t2025年3月底前\n"

# (the lead cell, the units cell, departments, lead, partners)
CELLS: list[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = [
    ("消防救援站（牵头）、各平台公司", "", ("消防救援站", "各平台公司"), ("消防救援站",), ("各平台公司",)),
    (
        "县城市管理局(牵头)、县公安局交警大队",
        "县交通运输局",
        ("县城市管理局", "县公安局交警大队", "县交通运输局"),
        ("县城市管理局",),
        ("县公安局交警大队",),
    ),
    ("县住建局、县城市管理局（牵头）", "", ("县住建局", "县城市管理局"), ("县城市管理局",), ("县住建局",)),
    ("消防救援站、各平台公司", "", ("消防救援站", "各平台公司"), ("消防救援站", "各平台公司"), ()),
    # (a 责任单位 cell beside the lead's: its units are the task's, in no role the table states)
    ("消防救援站", "各平台公司", ("消防救援站", "各平台公司"), ("消防救援站",), ()),
]


@pytest.mark.parametrize(("lead_cell", "units_cell", "departments", "lead", "partners"), CELLS)
def test_a_lead_cells_unmarked_units_are_partners(
    lead_cell: str, units_cell: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    row = f"2\t开展消防安全集中整治。\t{lead_cell}\t{units_cell or '　'}\t持续推进\n"
    notice = parse_text(HEAD + FIRST + row)
    task = notice.tasks[-1]
    assert (task.departments, task.lead, task.partners) == (departments, lead, partners)
