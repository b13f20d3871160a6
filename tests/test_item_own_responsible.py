"""An item under a heading with roles (（A牵头，B配合）) that makes a unit the heading does not name responsible
with its own 负责 keeps the work to that unit; a 责任单位 label, or a unit the heading names, still takes the
heading's lead and partners."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "某区2025年就业工作要点\n一、稳定重点群体就业（区人社局牵头，区财政局配合）\n1.开发公益性岗位200个。\n"

# (the item's own roles, departments, lead, partners)
OWN: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = [
    ("（区退役军人局负责）", ("区退役军人局",), (), ()),
    ("（区退役军人局、区民政局负责）", ("区退役军人局", "区民政局"), (), ()),
    ("（责任单位：区退役军人局）", ("区人社局", "区退役军人局", "区财政局"), ("区人社局",), ("区财政局",)),
    ("（区人社局负责）", ("区人社局", "区财政局"), ("区人社局",), ("区财政局",)),
]


@pytest.mark.parametrize(("roles", "departments", "lead", "partners"), OWN)
def test_an_items_own_responsible_unit_keeps_its_work(
    roles: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    notice = parse_text(HEAD + f"2.做好退役军人就业帮扶。{roles}\n")
    task = notice.tasks[-1]
    assert (task.departments, task.lead, task.partners) == (departments, lead, partners)
    assert notice.tasks[0].lead == ("区人社局",)


def test_a_notice_ending_on_a_whole_label_line_is_not_cut_off() -> None:
    text = (
        "某区2025年水环境治理工作要点\n一、重点任务\n1.推进黑臭水体治理。牵头单位：区水务局；完成时限：2025年6月底前\n"
        "2.保障饮用水水源安全。牵头单位：区水务局；配合单位：区卫生健康局；完成时限：每年\n"
    )
    notice = parse_text(text)
    assert notice.tasks[-1].due == "每年"
    assert not [w for w in notice.warnings if w.code == "text-cut-off"]
