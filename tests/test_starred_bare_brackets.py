"""Under a note that a unit marked with a star leads (注：责任单位中带“*”的为牵头单位), a bare bracket of units closing an
item, one of them starred (（县农业农村局*、县商务局；2025年9月底前）), names the item's units: the starred unit leads, the
others stay responsible (departments only), the bracket leaves the text; under a heading dividing its work (（A牵头，B配合）) such an item
names its own lead and keeps its own units, while an item with no star still takes the heading's lead."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

NOTE = "注：责任单位中带“*”的为牵头单位，下同。\n"

# (the heading's roles, the item's bracket, departments, lead, partners, due)
ITEMS: list[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None]] = [
    (
        "",
        "（县邮政分公司*、县交通运输局）",
        ("县邮政分公司", "县交通运输局"),
        ("县邮政分公司",),
        (),
        None,
    ),
    (
        "",
        "（县农业农村局*、县商务局、县发展改革局；2025年9月底前）",
        ("县农业农村局", "县商务局", "县发展改革局"),
        ("县农业农村局",),
        (),
        "2025年9月底前",
    ),
    ("", "（县商务局*、县农业农村局，每年）", ("县商务局", "县农业农村局"), ("县商务局",), (), "每年"),
    (
        "（县交通运输局牵头，县商务局配合）",
        "（县农业农村局*、县商务局；2025年9月底前）",
        ("县农业农村局", "县商务局"),
        ("县农业农村局",),
        (),
        "2025年9月底前",
    ),
    # no star: the item names no lead and takes the heading's
    (
        "（县交通运输局牵头，县商务局配合）",
        "（责任单位：县农业农村局）",
        ("县交通运输局", "县农业农村局", "县商务局"),
        ("县交通运输局",),
        ("县商务局",),
        None,
    ),
]


@pytest.mark.parametrize(("heading", "bracket", "departments", "lead", "partners", "due"), ITEMS)
def test_a_starred_bracket_names_the_items_lead(
    heading: str,
    bracket: str,
    departments: tuple[str, ...],
    lead: tuple[str, ...],
    partners: tuple[str, ...],
    due: str | None,
) -> None:
    text = (
        "某县县域商业体系建设实施方案\n一、重点任务\n"
        + NOTE
        + f"（一）健全农村物流配送体系。{heading}\n"
        + "1.建设县级物流配送中心。整合快递物流资源，建设县级物流配送中心。（县交通运输局*、县商务局）\n"
        + f"2.发展冷链物流。支持建设产地冷藏保鲜设施10个。{bracket}\n"
    )
    notice = parse_text(text)
    task = notice.tasks[-1]
    assert (task.departments, task.lead, task.partners, task.due) == (departments, lead, partners, due)
    assert task.text == "发展冷链物流。支持建设产地冷藏保鲜设施10个。"
    assert "units-not-read" not in [w.code for w in notice.warnings]
