"""Units in charge beside partners lead: where a task marks no lead but names partners, the units a 负责
clause (A负责…，B配合; 由A负责，B配合; A负责…，B、C予以配合) or a 责任 label (责任单位：A ⏎ 配合单位：B, also
责任科室 / 责任站所, and 承办单位：A ⏎ 协办单位：B) puts in charge are its lead, as independent readers read them. A 负责 with no partner
named, a list that marks its lead, a 牵头 label beside both, or a note on how leads are marked keep the
roles as they were."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_HEAD = "某县2025年农村供水保障工作方案\n一、主要任务\n"

# (the item's text with its roles, departments, lead, partners)
CASES: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = [
    # a 负责 clause beside partners: its units lead
    (
        "（一）改造老旧供水管网。县水利局负责管网改造，县财政局配合，2025年10月底前完成。",
        ("县水利局", "县财政局"),
        ("县水利局",),
        ("县财政局",),
    ),
    (
        "（一）改造老旧供水管网。（县水利局负责，县财政局、县住建局予以配合，2025年10月底前）",
        ("县水利局", "县财政局", "县住建局"),
        ("县水利局",),
        ("县财政局", "县住建局"),
    ),
    (
        "（一）改造老旧供水管网。（由县水利局负责，县财政局协助）",
        ("县水利局", "县财政局"),
        ("县水利局",),
        ("县财政局",),
    ),
    # several shares, each given by 负责, beside a unit taking part: each unit in charge leads
    (
        "（一）改造老旧供水管网。县水利局负责管网改造，县住建局负责水厂建设，县财政局参与。",
        ("县水利局", "县住建局", "县财政局"),
        ("县水利局", "县住建局"),
        ("县财政局",),
    ),
    # a 责任单位 label beside a 配合单位 label, no lead marked: the 责任单位 lead
    (
        "（一）改造老旧供水管网。（责任单位：县水利局；配合单位：县财政局；完成时限：2025年10月底前）",
        ("县水利局", "县财政局"),
        ("县水利局",),
        ("县财政局",),
    ),
    (
        "（一）改造老旧供水管网。（责任单位：县水利局、县住建局；参与单位：县财政局）",
        ("县水利局", "县住建局", "县财政局"),
        ("县水利局", "县住建局"),
        ("县财政局",),
    ),
    # a 承办单位 label beside a 协办单位 one (a 督办通知's matters): the 承办单位 lead; alone it stays responsible
    (
        "（一）改造老旧供水管网。\n承办单位：县水利局\n协办单位：县财政局、城南镇人民政府\n办结时限：2025年10月底前",
        ("县水利局", "县财政局", "城南镇人民政府"),
        ("县水利局",),
        ("县财政局", "城南镇人民政府"),
    ),
    ("（一）改造老旧供水管网。\n承办单位：县水利局\n办结时限：2025年10月底前", ("县水利局",), (), ()),
    # near cases: 负责 with no partner named stays responsible only
    ("（一）改造老旧供水管网。（县水利局负责，2025年10月底前）", ("县水利局",), (), ()),
    ("（一）改造老旧供水管网。（责任单位：县水利局、县财政局）", ("县水利局", "县财政局"), (), ()),
    # a list marking its lead: the rule of marked lists stands
    (
        "（一）改造老旧供水管网。（责任单位：县水利局（牵头）、县住建局；配合单位：县财政局）",
        ("县水利局", "县住建局", "县财政局"),
        ("县水利局",),
        ("县财政局",),
    ),
    # beside a group that 负责具体实施 (负责落实, 按职责分工负责): the unit in charge leads, the group stays responsible
    (
        "（一）改造老旧供水管网。县水利局负责管网改造，县财政局予以配合，各乡镇人民政府负责具体实施。",
        ("县水利局", "县财政局", "各乡镇人民政府"),
        ("县水利局",),
        ("县财政局",),
    ),
    (
        "（一）改造老旧供水管网。（县水利局、县住建局共同负责，县财政局配合）",
        ("县水利局", "县住建局", "县财政局"),
        ("县水利局", "县住建局"),
        ("县财政局",),
    ),
    # a lead named by its verb beside a 负责落实 group: that group stays responsible
    (
        "（一）改造老旧供水管网。（县水利局牵头，县财政局配合；各乡镇人民政府负责落实）",
        ("县水利局", "县财政局", "各乡镇人民政府"),
        ("县水利局",),
        ("县财政局",),
    ),
]


@pytest.mark.parametrize(("item", "departments", "lead", "partners"), CASES)
def test_units_in_charge_beside_partners(
    item: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    task = parse_text(f"{_HEAD}{item}\n").tasks[-1]
    assert (task.departments, task.lead, task.partners) == (departments, lead, partners)


_TABLE_HEAD = "某镇2025年人居环境整治任务清单\n"

# (the table's header, its row, lead, partners)
TABLES: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = [
    # a 责任单位 (责任站所) column beside a 配合单位 (协助单位) column, no lead column: the 责任 column leads
    (
        "序号\t工作任务\t责任单位\t配合单位\t完成时限",
        "1\t清理村庄垃圾\t镇环卫所\t镇财政所\t2025年6月底前",
        ("镇环卫所",),
        ("镇财政所",),
    ),
    (
        "序号\t工作任务\t责任站所\t协助单位\t完成时限",
        "1\t清理村庄垃圾\t镇环卫所\t镇财政所\t2025年6月底前",
        ("镇环卫所",),
        ("镇财政所",),
    ),
    (
        "序号\t工作任务\t责任单位（办、站、所）\t协助单位\t完成时限",
        "1\t清理村庄垃圾\t镇环卫所\t镇财政所\t2025年6月底前",
        ("镇环卫所",),
        ("镇财政所",),
    ),
    # a 牵头单位 column beside both: the table marks its leads, the 责任单位 stay responsible only
    (
        "序号\t工作任务\t牵头单位\t责任单位\t配合单位\t完成时限",
        "1\t清理村庄垃圾\t—\t镇环卫所\t镇财政所\t2025年6月底前",
        (),
        ("镇财政所",),
    ),
]


@pytest.mark.parametrize(("header", "row", "lead", "partners"), TABLES)
def test_a_responsible_column_beside_partners(
    header: str, row: str, lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    rows = f"{row}\n2\t整治村内水塘\t镇水利站\t—\t2025年9月底前\n"  # (an empty 配合 cell: see below)
    if header.count("\t") == 5:
        rows = f"{row}\n2\t整治村内水塘\t镇水利站\t镇农业站\t镇财政所\t2025年9月底前\n"
    notice = parse_text(f"{_TABLE_HEAD}{header}\n{rows}")
    task = notice.tasks[0]
    assert (task.lead, task.partners) == (lead, partners)


def test_a_row_with_an_empty_partners_cell_beside_a_responsible_column() -> None:
    notice = parse_text(
        f"{_TABLE_HEAD}序号\t工作任务\t责任单位\t配合单位\t完成时限\n"
        "1\t清理村庄垃圾\t镇环卫所\t镇财政所\t2025年6月底前\n2\t整治村内水塘\t镇水利站\t—\t2025年9月底前\n"
    )
    assert [(t.lead, t.partners) for t in notice.tasks] == [(("镇环卫所",), ("镇财政所",)), (("镇水利站",), ())]


def test_a_responsible_column_with_no_partners_column_stays_responsible() -> None:
    notice = parse_text(
        f"{_TABLE_HEAD}序号\t工作任务\t责任单位\t完成时限\n"
        "1\t清理村庄垃圾\t镇环卫所\t2025年6月底前\n2\t整治村内水塘\t镇水利站\t2025年9月底前\n"
    )
    assert [(t.lead, t.partners) for t in notice.tasks] == [((), ()), ((), ())]


# a 责任 label whose own words say its units only carry the work out (负责落实, 按职责分工负责, 按属地负责): they stay
# responsible, as a 负责 clause saying so does; a label naming its units bare beside the partners still leads them
LABEL_BODIES: list[tuple[str, str, tuple[str, ...]]] = [
    ("各乡镇人民政府负责落实，县水利局负责技术指导", "县农业农村局", ()),
    ("各乡镇按职责分工负责", "县爱卫办", ()),
    ("各乡镇人民政府按属地负责", "—", ()),
    ("县环卫所", "县财政局", ("县环卫所",)),
    ("县环卫所负责", "县财政局", ("县环卫所",)),
]


@pytest.mark.parametrize(("responsible", "partners", "lead"), LABEL_BODIES)
def test_a_responsible_cell_saying_how_its_units_act(responsible: str, partners: str, lead: tuple[str, ...]) -> None:
    notice = parse_text(
        f"{_TABLE_HEAD}序号\t工作任务\t责任单位\t配合单位\t完成时限\n"
        "1\t清理村庄垃圾\t县环卫所\t县财政局\t2025年6月底前\n"
        f"2\t整治村内水塘\t{responsible}\t{partners}\t2025年9月底前\n"
    )
    assert notice.tasks[1].lead == lead


_SECOND = "（二）整治水源地。（责任单位：县生态环境局、县水利局；配合单位：县林业局；2025年12月底前）\n"

# a lead marked anywhere in the notice (a note on how leads are marked, a star, a 牵头单位 label in another task or
# column in the annex, a note that tasks are listed under their lead): the 责任单位 beside partners stay responsible
MARKED_ELSEWHERE: list[tuple[str, tuple[str, ...]]] = [
    (
        f"{_HEAD}（一）改造老旧供水管网。（责任单位：县水利局；配合单位：县财政局）\n{_SECOND}",
        ("县生态环境局", "县水利局"),
    ),
    (
        f"某县方案\n标注“（牵头）”的为牵头单位，其余为配合单位。\n一、主要任务\n"
        f"（一）改造老旧供水管网。（责任单位：县水利局（牵头）、县住建局）\n{_SECOND}",
        (),
    ),
    (f"{_HEAD}（一）改造老旧供水管网。（责任单位：县水利局★、县住建局；配合单位：县财政局）\n{_SECOND}", ()),
    (f"{_HEAD}（一）改造老旧供水管网。（牵头单位：县水利局；配合单位：县财政局）\n{_SECOND}", ()),
    (
        f"{_HEAD}{_SECOND}附件：重点项目清单\n序号\t项目名称\t牵头单位\t配合单位\t完成时限\n"
        "1\t新建水厂\t县水利局\t县财政局\t2025年12月底前\n",
        (),
    ),
    (
        "某县方案\n各项任务列于其牵头部门名下，其他为配合单位。\n一、县水利局\n"
        "1.改造老旧供水管网。（责任单位：县水利局、县住建局；配合单位：县财政局）\n"
        "2.整治水源地。（责任单位：县生态环境局、县水利局；配合单位：县林业局）\n",
        (),
    ),
]


@pytest.mark.parametrize(("notice", "lead"), MARKED_ELSEWHERE)
def test_a_lead_marked_elsewhere_in_the_notice(notice: str, lead: tuple[str, ...]) -> None:
    task = next(t for t in parse_text(notice).tasks if "县生态环境局" in t.departments)
    assert (task.lead, task.partners) == (lead, ("县林业局",))
