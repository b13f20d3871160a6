"""协作 after units in an annotation marks them partners, as 协同 and 配合 do (（市食安办牵头，市教育局协作）), and a
body's members written with 各有关 or 各相关 (市食安委各有关成员单位) are one collective, never the body and its
members apart. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

NOTICE = (
    "青禾市食品安全工作要点\n一、完善治理体系\n调整成员单位，健全工作机制。（{annotation}）\n"
    "二、开展专项整治\n开展校园食品安全专项整治行动。（市市场监管局牵头，市教育局配合）\n"
)


@pytest.mark.parametrize(
    ("annotation", "departments", "lead", "partners"),
    [
        (
            "市食安办牵头，市食安委各有关成员单位协作",
            ("市食安办", "市食安委各有关成员单位"),
            ("市食安办",),
            ("市食安委各有关成员单位",),
        ),
        ("市食安办牵头，市教育局协作", ("市食安办", "市教育局"), ("市食安办",), ("市教育局",)),
        (
            "市食安办牵头，市食安委各相关成员单位配合",
            ("市食安办", "市食安委各相关成员单位"),
            ("市食安办",),
            ("市食安委各相关成员单位",),
        ),
        # near-misses: the units and a unit glued before another place's collective stay as they were read
        (
            "市食安办牵头，市食安委各成员单位配合",
            ("市食安办", "市食安委各成员单位"),
            ("市食安办",),
            ("市食安委各成员单位",),
        ),
        ("市食安办负责", ("市食安办",), (), ()),
    ],
)
def test_cooperating_units_are_partners(
    annotation: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    task = parse_text(NOTICE.format(annotation=annotation)).tasks[0]
    assert (task.departments, task.lead, task.partners) == (departments, lead, partners)
