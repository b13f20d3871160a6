"""An item's own annotation naming the item before its units (（此项由县林业局负责）, （本项工作由…牵头，…配合）):
the item is no unit; the units after 由 are the item's, in place of its heading's."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

NOTICE = (
    "某县2024年乡村建设工作要点\n\n一、重点工作\n"
    "（一）改善农村人居环境（责任单位：县农业农村局、各乡镇人民政府）\n"
    "1.完成农村户厕改造500户，年底前完成。\n"
    "2.新建村级公园3个，10月底前完成{note}。\n"
)


@pytest.mark.parametrize(
    ("note", "departments", "lead", "partners"),
    [
        ("（此项由县林业局负责）", ("县林业局",), (), ()),
        (
            "（本项工作由县住房城乡建设局牵头，县财政局配合）",
            ("县住房城乡建设局", "县财政局"),
            ("县住房城乡建设局",),
            ("县财政局",),
        ),
    ],
)
def test_the_item_named_before_its_units_is_no_unit(
    note: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    notice = parse_text(NOTICE.format(note=note))
    park = notice.tasks[-1]
    assert park.departments == departments
    assert park.lead == lead
    assert park.partners == partners
    assert notice.tasks[0].departments == ("县农业农村局", "各乡镇人民政府")
