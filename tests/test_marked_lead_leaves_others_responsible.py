"""A reading convention of the genre: a list of responsible units (a 责任单位 label or column, a bare bracket)
that marks one unit as lead, by a bracket (（牵头）), a star, or a note that the first listed leads, leaves its
other units responsible (`departments` only), as the units under 责任单位 are; they are partners only where
the list or a note names them so (（配合）, 其他为配合单位), and a 牵头单位 cell's unmarked units stay its
partners in a table (no second lead). The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_PLAN = "松岭县2025年社区服务工作要点\n\n一、重点任务\n"


def _first(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    task = parse_text(text).tasks[0]
    return task.departments, task.lead, task.partners


# (the item's lines, departments, lead, partners)
ITEMS: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = [
    (
        "1.建成社区食堂6家。\n责任单位：县民政局（牵头）、县商务局、各镇人民政府\n",
        ("县民政局", "县商务局", "各镇人民政府"),
        ("县民政局",),
        (),
    ),
    (
        "1.建成社区食堂6家。\n责任单位：县商务局、县民政局【牵头】\n",
        ("县商务局", "县民政局"),
        ("县民政局",),
        (),
    ),
    ("1.建成社区食堂6家。（县民政局（牵头）、县商务局）\n", ("县民政局", "县商务局"), ("县民政局",), ()),
    # the list itself names a partner: that one is a partner
    (
        "1.建成社区食堂6家。\n责任单位：县民政局（牵头）、县商务局（配合）、各镇人民政府\n",
        ("县民政局", "县商务局", "各镇人民政府"),
        ("县民政局",),
        ("县商务局",),
    ),
    # no mark: the units stay responsible, no lead
    ("1.建成社区食堂6家。\n责任单位：县民政局、县商务局\n", ("县民政局", "县商务局"), (), ()),
]


@pytest.mark.parametrize(("item", "departments", "lead", "partners"), ITEMS)
def test_a_marked_lead_in_a_list_of_responsible_units(
    item: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    assert _first(_PLAN + item) == (departments, lead, partners)


_TABLE = (
    "松岭县2025年社区服务任务清单\n\n序号\t工作任务\t{units}\t完成时限\n1\t建成社区食堂6家\t{cell}\t2025年9月底前\n"
)


@pytest.mark.parametrize(
    ("units", "cell", "lead", "partners"),
    [
        ("责任单位", "县民政局（牵头）、县商务局", ("县民政局",), ()),
        ("责任单位", "★县民政局、县商务局", ("县民政局",), ()),
        ("牵头单位", "县民政局（牵头）、县商务局", ("县民政局",), ("县商务局",)),
    ],
)
def test_a_marked_lead_in_a_units_cell(units: str, cell: str, lead: tuple[str, ...], partners: tuple[str, ...]) -> None:
    assert _first(_TABLE.format(units=units, cell=cell)) == (("县民政局", "县商务局"), lead, partners)


@pytest.mark.parametrize(
    ("note", "partners"),
    [
        ("各项任务中，排在第一位的为牵头单位。", ()),
        ("各项任务中，排在第一位的为牵头单位，其他为配合单位。", ("县商务局", "各镇人民政府")),
        ("各项任务中，排在首位的为牵头部门，其余为配合部门。", ("县商务局", "各镇人民政府")),
    ],
)
def test_a_note_on_the_first_listed_unit(note: str, partners: tuple[str, ...]) -> None:
    text = f"松岭县2025年社区服务工作要点\n\n{note}\n一、重点任务\n1.建成社区食堂6家。（县民政局、县商务局、各镇人民政府）\n"
    assert _first(text) == (("县民政局", "县商务局", "各镇人民政府"), ("县民政局",), partners)
