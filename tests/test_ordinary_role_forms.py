"""Ordinary forms of roles in items and tables: units joined by 和, role pieces apart by 、, an annotation
opening with 时间：, bracketed labels glued on one line, and a supervising unit's label (督办单位)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "清溪县2025年交通建设实施方案\n一、主要任务\n"

# (the item's roles, departments, lead, partners, due)
ITEMS: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None]] = [
    # units joined by 和: two units where the name after 和 opens as a unit's does (a level, 各, 有关)
    (
        "（县交通运输局牵头，县公安局和县应急局配合）",
        ("县交通运输局", "县公安局", "县应急局"),
        ("县交通运输局",),
        ("县公安局", "县应急局"),
        None,
    ),
    (
        "\n牵头单位：县交通运输局\n配合单位：县自然资源局和各乡镇人民政府\n完成时限：2025年8月底前",
        ("县交通运输局", "县自然资源局", "各乡镇人民政府"),
        ("县交通运输局",),
        ("县自然资源局", "各乡镇人民政府"),
        "2025年8月底前",
    ),
    ("（县财政局和有关部门负责）", ("县财政局", "有关部门"), (), (), None),
    # 和 inside one name, or before a name opening as no unit's does, stays
    (
        "（县人力资源和社会保障局牵头，县文化和旅游局配合）",
        ("县人力资源和社会保障局", "县文化和旅游局"),
        ("县人力资源和社会保障局",),
        ("县文化和旅游局",),
        None,
    ),
    ("（责任单位：县委编办和监管部门）", ("县委编办和监管部门",), (), (), None),
    # a town's, a township's or a street's government after 和, named with its place, is a unit of its own
    (
        "（县交通运输局牵头，县住建局和白塔镇人民政府配合，2025-09-30前）",
        ("县交通运输局", "县住建局", "白塔镇人民政府"),
        ("县交通运输局",),
        ("县住建局", "白塔镇人民政府"),
        "2025-09-30前",
    ),
    ("（县交通运输局和东关街道办事处负责）", ("县交通运输局", "东关街道办事处"), (), (), None),
    ("（县交通运输局牵头，各镇和街道配合）", ("县交通运输局", "各镇和街道"), ("县交通运输局",), ("各镇和街道",), None),
    # role pieces apart by 、 read as with ，
    (
        "（县交通运输局牵头、县财政局配合、2025年10月底前）",
        ("县交通运输局", "县财政局"),
        ("县交通运输局",),
        ("县财政局",),
        "2025年10月底前",
    ),
    ("（县交通运输局负责、2025年12月底前）", ("县交通运输局",), (), (), "2025年12月底前"),
    # a 、 between units before one verb stays a list
    ("（县交通运输局、县财政局负责）", ("县交通运输局", "县财政局"), (), (), None),
    ("（县交通运输局（牵头）、县财政局）", ("县交通运输局", "县财政局"), ("县交通运输局",), (), None),
    # an annotation opening with a bare time label, its units labelled after it
    ("（时间：2025年9月；牵头单位：县交通运输局）", ("县交通运输局",), ("县交通运输局",), (), "2025年9月"),
    ("（时间：2025年9月底前；责任单位：县交通运输局）", ("县交通运输局",), (), (), "2025年9月底前"),
    ("（牵头单位：县交通运输局；时间：2025年4月至10月）", ("县交通运输局",), ("县交通运输局",), (), "2025年4月至10月"),
    # bracketed labels glued on one line
    (
        "\n【牵头单位】县交通运输局【配合单位】各乡（镇）人民政府【完成时限】2025年11月底前",
        ("县交通运输局", "各乡（镇）人民政府"),
        ("县交通运输局",),
        ("各乡（镇）人民政府",),
        "2025年11月底前",
    ),
    ("\n【牵头单位】县交通运输局", ("县交通运输局",), ("县交通运输局",), (), None),
    # a supervising unit is no unit of the task
    (
        "（责任单位：县交通运输局；督办单位：县政府督查室；完成时限：2025年7月底前）",
        ("县交通运输局",),
        (),
        (),
        "2025年7月底前",
    ),
    ("\n责任单位：县交通运输局\n督查单位：县委督查室、县政府督查室", ("县交通运输局",), (), (), None),
    ("\n责任单位：县交通运输局\n监督单位：县纪委监委", ("县交通运输局",), (), (), None),
    ("\n责任单位：县交通运输局、县纪委监委", ("县交通运输局", "县纪委监委"), (), (), None),
]


@pytest.mark.parametrize(("roles", "departments", "lead", "partners", "due"), ITEMS)
def test_an_items_roles(
    roles: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...], due: str | None
) -> None:
    notice = parse_text(
        f"{HEAD}（一）改造农村公路。完成改造50公里。{roles}\n（二）开展路域整治。（县交通运输局负责）\n"
    )
    task = notice.tasks[0]
    assert task.text == "改造农村公路。完成改造50公里。"
    assert (task.departments, task.lead, task.partners, task.due) == (departments, lead, partners, due)


def test_a_supervising_units_label_is_kept_as_written_only() -> None:
    notice = parse_text(f"{HEAD}（一）改造农村公路。\n责任单位：县交通运输局\n督办单位：县政府督查室\n")
    task = notice.tasks[0]
    assert task.departments == ("县交通运输局",)
    assert "督查室" not in task.text
    assert task.departments_raw is not None and "督办单位：县政府督查室" in task.departments_raw


# (a table's partners cell, the partners read)
CELLS: list[tuple[str, tuple[str, ...]]] = [
    ("县直有关部门和各乡镇人民政府", ("县直有关部门", "各乡镇人民政府")),
    ("县公安局和县应急局", ("县公安局", "县应急局")),
    ("县人力资源和社会保障局", ("县人力资源和社会保障局",)),
    ("县委编办和监管部门", ("县委编办和监管部门",)),
    # a unit named with its place and level after 和 is a unit of its own
    ("县住建局和白沙县自然资源局", ("县住建局", "白沙县自然资源局")),
    ("市民政局和临江市残疾人联合会", ("市民政局", "临江市残疾人联合会")),
    ("区商务局和东湖区市场监管局", ("区商务局", "东湖区市场监管局")),
    ("县文化和旅游局", ("县文化和旅游局",)),
    ("县科学技术和工业信息化局", ("县科学技术和工业信息化局",)),
    ("州委编办和监管部门", ("州委编办和监管部门",)),
    # so is a town's, a township's or a street's government named with its place
    ("县住建局和白塔镇人民政府", ("县住建局", "白塔镇人民政府")),
    ("县财政局和石门乡", ("县财政局", "石门乡")),
    ("县民政局和东关街道办事处", ("县民政局", "东关街道办事处")),
    ("县农业农村局和白塔镇", ("县农业农村局", "白塔镇")),
    ("县住房和城乡建设局", ("县住房和城乡建设局",)),
    ("各镇和街道", ("各镇和街道",)),
]


@pytest.mark.parametrize(("cell", "partners"), CELLS)
def test_a_cells_units_joined_by_he(cell: str, partners: tuple[str, ...]) -> None:
    text = (
        f"{HEAD}（一）改造农村公路。（县交通运输局负责）\n附件\n重点任务清单\n"
        "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
        f"1\t开展农村公路集中养护\t县交通运输局\t{cell}\t2025年9月底前\n"
    )
    task = parse_text(text).tasks[0]
    assert task.text == "开展农村公路集中养护"
    assert (task.lead, task.partners) == (("县交通运输局",), partners)
