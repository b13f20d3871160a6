"""Under a heading stating roles (（A牵头，B配合）, （A牵头）), an item making units responsible with its own 负责
keeps the work to them, whatever the heading names (its own annotation replaces the heading's); a 责任单位 label
still gives the item the heading's lead (and partners)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

# (the heading's roles, the item's own roles, departments, lead, partners)
OWN: list[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = [
    ("（区人社局牵头，区财政局配合）", "（区退役军人局负责）", ("区退役军人局",), (), ()),
    ("（区人社局牵头，区财政局配合）", "（区退役军人局、区民政局负责）", ("区退役军人局", "区民政局"), (), ()),
    (
        "（区人社局牵头，区财政局配合）",
        "（责任单位：区退役军人局）",
        ("区人社局", "区退役军人局", "区财政局"),
        ("区人社局",),
        ("区财政局",),
    ),
    # the item's own 负责 naming the heading's lead, or under a heading naming a lead alone: the item's own
    ("（区人社局牵头，区财政局配合）", "（区人社局负责）", ("区人社局",), (), ()),
    ("（区人社局牵头）", "（区退役军人局负责）", ("区退役军人局",), (), ()),
    # a unit the heading names as a partner, made responsible by the item's own 负责: the item is its alone
    ("（区人社局牵头，区民政局、区财政局配合）", "（区财政局负责）", ("区财政局",), (), ()),
    ("（区人社局牵头，区民政局、区财政局配合）", "（区财政局、区民政局负责）", ("区财政局", "区民政局"), (), ()),
    ("（区人社局牵头，区民政局、区财政局配合）", "（区人社局、区财政局负责）", ("区人社局", "区财政局"), (), ()),
]


@pytest.mark.parametrize(("heading", "roles", "departments", "lead", "partners"), OWN)
def test_an_items_own_responsible_unit_keeps_its_work(
    heading: str, roles: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    text = f"某区2025年就业工作要点\n一、稳定重点群体就业{heading}\n1.开发公益性岗位200个。\n2.做好退役军人就业帮扶。{roles}\n"
    notice = parse_text(text)
    task = notice.tasks[-1]
    assert (task.departments, task.lead, task.partners) == (departments, lead, partners)
    assert notice.tasks[0].lead == ("区人社局",)
