"""Families of tables as real pages write them, each decided by one rule of the genre. The tables are written
for the test (invented places and units)."""

from __future__ import annotations

import pytest

from policy_cli.errors import InputError
from policy_cli.parse import parse_text

# A table scraped one cell a line whose header holds a column no vocabulary knows (工作标准, 督办单位, 任务来源):
# the header is read whole, the column's cells are not kept (warned), and each row is cut by the header's
# length, so no row's cells shift into the units columns.
_ROWS = "1\n修缮村级活动中心8处\n县住建局\n各乡镇人民政府\n{v1}\n2025年9月\n2\n整治农村道路20公里\n县交通局\n县财政局\n{v2}\n2025年11月\n"


@pytest.mark.parametrize(
    ("column", "v1", "v2"),
    [
        ("工作标准", "按期保质完成", "群众满意"),
        ("督办单位", "县政府督查室", "县政府督查室"),
        ("质量要求", "达到验收标准", "按期保质完成"),
    ],
)
def test_an_unknown_column_one_a_line_keeps_rows_in_place(column: str, v1: str, v2: str) -> None:
    header = f"序号\n实事项目\n牵头单位\n配合单位\n{column}\n完成时限\n"
    parsed = parse_text("清水县2025年民生实事分解表\n" + header + _ROWS.format(v1=v1, v2=v2))
    assert [(t.lead, t.partners, t.due) for t in parsed.tasks] == [
        (("县住建局",), ("各乡镇人民政府",), "2025年9月"),
        (("县交通局",), ("县财政局",), "2025年11月"),
    ]
    assert any(w.code == "column-not-kept" and column in w.message for w in parsed.warnings)


def test_an_unknown_last_column_before_a_group_row() -> None:
    header = "序号\n重点工作\n牵头单位\n配合单位\n任务来源\n一、王林县长负责事项（共2项）\n"
    rows = "1\n推进营商环境改革。\n县发改委\n县政务服务中心\n省政府工作报告\n2\n新增规上企业30家。\n县经信局\n县统计局\n县政府工作报告\n"
    parsed = parse_text("清水县2025年重点工作责任清单\n" + header + rows)
    assert [(t.lead, t.partners) for t in parsed.tasks] == [
        (("县发改委",), ("县政务服务中心",)),
        (("县经信局",), ("县统计局",)),
    ]
    assert any(w.code == "column-not-kept" and "任务来源" in w.message for w in parsed.warnings)


def test_a_known_header_keeps_its_rows() -> None:
    # the other way: a header every name of which is known reads as before, a units line under 配合单位
    header = "序号\n实事项目\n牵头单位\n配合单位\n完成时限\n"
    parsed = parse_text(
        "清水县2025年民生实事分解表\n" + header + "1\n修缮村级活动中心8处\n县住建局\n各乡镇人民政府\n2025年9月\n"
    )
    assert [(t.lead, t.partners, t.due) for t in parsed.tasks] == [(("县住建局",), ("各乡镇人民政府",), "2025年9月")]
    assert not any(w.code == "column-not-kept" for w in parsed.warnings)


# A pipe table scraped one cell a line, each cell closed by its bar (市发改委 |): the header's last cell may
# close with the bars of empty cells after it (责任单位 | ||), and an empty cell is a bar alone on its line; a
# bar alone between cells with no bar of their own stays a separator (see test_heading_cell_rows).
_PIPED_HEAD = "目标任务 |\n责任领导 |\n牵头单位 |\n{last}\n"


@pytest.mark.parametrize("last", ["责任单位 |", "责任单位 | ||", "责任单位 ||"])
def test_the_header_s_last_cell_closed_by_more_bars(last: str) -> None:
    rows = "粮食产量稳定在50万吨 |\n分管农业副县长 |\n县农业农村局 |\n各乡镇人民政府 |\n"
    rows += "新增就业3000人 |\n分管人社副县长 |\n县人社局 |\n县财政局，各乡镇人民政府 |\n"
    parsed = parse_text("清水县2025年主要目标任务分解表\n" + _PIPED_HEAD.format(last=last) + rows)
    assert [(t.text, t.lead, t.leaders) for t in parsed.tasks] == [
        ("粮食产量稳定在50万吨", ("县农业农村局",), ("分管农业副县长",)),
        ("新增就业3000人", ("县人社局",), ("分管人社副县长",)),
    ]


def test_a_bar_alone_among_closed_cells_is_an_empty_cell() -> None:
    rows = "粮食产量稳定在50万吨 |\n分管农业副县长 |\n县农业农村局 |\n各乡镇人民政府 |\n"
    rows += "新增就业3000人 |\n|\n县人社局 |\n县财政局 |\n"
    rows += "旅游收入增长10% |\n分管文旅副县长 |\n县文旅局 |\n|\n"
    rows += "引进项目20个 |\n|\n|\n县招商中心 |\n"
    parsed = parse_text("清水县2025年主要目标任务分解表\n" + _PIPED_HEAD.format(last="责任单位 |") + rows)
    assert [(t.text, t.lead, t.departments, t.leaders) for t in parsed.tasks] == [
        ("粮食产量稳定在50万吨", ("县农业农村局",), ("县农业农村局", "各乡镇人民政府"), ("分管农业副县长",)),
        ("新增就业3000人", ("县人社局",), ("县人社局", "县财政局"), ()),
        ("旅游收入增长10%", ("县文旅局",), ("县文旅局",), ("分管文旅副县长",)),
        ("引进项目20个", (), ("县招商中心",), ()),
    ]


# A leaders column named by the leader's charge and level, then 领导: its cells are the task's leaders, never
# a column not kept; a column named otherwise (联系人) stays one of contacts.
@pytest.mark.parametrize(
    ("column", "leaders"),
    [
        ("包抓县级领导", ("刘副县长",)),
        ("挂点市领导", ("刘副县长",)),
        ("包联领导", ("刘副县长",)),
        ("责任领导", ("刘副县长",)),
        # a town's leaders charged with an area or a village
        ("包片领导", ("刘副县长",)),
        ("包村领导", ("刘副县长",)),
    ],
)
def test_a_leaders_column_by_charge_and_level(column: str, leaders: tuple[str, ...]) -> None:
    table = f"序号\t工作任务\t{column}\t责任单位\t完成时限\n1\t新建茶园3000亩\t刘副县长\t县农业农村局\t2025年11月底\n"
    parsed = parse_text("清水县2025年政府工作报告任务分解表\n" + table)
    assert [(t.leaders, t.departments) for t in parsed.tasks] == [(leaders, ("县农业农村局",))]
    assert not any(w.code == "column-not-kept" for w in parsed.warnings)


def test_a_column_not_named_by_a_charge_is_no_leaders_column() -> None:
    table = "序号\t工作任务\t督查事项\t责任单位\t完成时限\n1\t新建茶园3000亩\t季度督查\t县农业农村局\t2025年11月底\n"
    parsed = parse_text("清水县2025年政府工作报告任务分解表\n" + table)
    assert [(t.leaders, t.departments) for t in parsed.tasks] == [((), ("县农业农村局",))]


# A header naming its task column in words among others (目标任务和工作要求), maybe under a 领域 column before
# 序号 whose cell is merged down its rows, and quarter columns after the units: the table is read, each row in
# its columns, the quarter and project columns named once as not kept.
_QUARTERS = "第一季度\t第二季度\t第三季度\t第四季度"


@pytest.mark.parametrize("task_column", ["目标任务和工作要求", "重点工作任务及措施", "工作任务"])
@pytest.mark.parametrize("first", ["一、民生保障", "民生保障"])
def test_a_task_column_named_among_other_words(task_column: str, first: str) -> None:
    header = f"领域\t序号\t重要项目\t{task_column}\t主责部门\t配合部门\t{_QUARTERS}\n"
    rows = f"{first}\t1\t稳就业\t新增城镇就业岗位5000个。\t县人社局\t县财政局、各镇\t制定方案\t推进\t评估\t完成\n"
    rows += "\t2\t兜底线\t提高城乡低保标准5%。\t县民政局\t县财政局\t调研\t测算\t公布\t落实\n"
    parsed = parse_text("清水县2025年重点工作目标\n" + header + rows)
    assert [(t.text, t.lead, t.partners) for t in parsed.tasks] == [
        ("新增城镇就业岗位5000个。", ("县人社局",), ("县财政局", "各镇")),
        ("提高城乡低保标准5%。", ("县民政局",), ("县财政局",)),
    ]
    assert any(w.code == "column-not-kept" and "第四季度" in w.message for w in parsed.warnings)


def test_a_name_of_people_holding_task_words_is_no_task_column() -> None:
    # the other way: 任务联系人 holds 任务 but names people; the header stays unread
    header = "序号\t任务联系人\t主责部门\t联系电话\n"
    with pytest.raises(InputError):  # no task read: refused
        parse_text("清水县2025年重点工作联系表\n" + header + "1\t张明\t县人社局\t0000-1234567\n")


# A table grouped by the leader in charge (一、王林县长负责事项（共2项）): each row with no leaders cell of its own
# has its group's leader; a group row naming no leader gives none.
@pytest.mark.parametrize(
    ("group", "leaders"),
    [
        ("一、王林县长负责事项（共2项）", ("王林县长",)),
        ("一、李青副县长负责事项（共2项）", ("李青副县长",)),
        ("一、赵平常务副县长牵头负责的工作", ("赵平常务副县长",)),
        ("一、重点项目建设（共2项）", ()),
    ],
)
def test_a_group_row_naming_the_leader_in_charge(group: str, leaders: tuple[str, ...]) -> None:
    table = f"序号\t重点工作\t牵头单位\t配合单位\n{group}\n1\t推进营商环境改革。\t县发改委\t县政务服务中心\n"
    table += "2\t新增规上企业30家。\t县经信局\t县统计局\n"
    parsed = parse_text("清水县2025年重点工作责任清单\n" + table)
    assert [(t.lead, t.leaders) for t in parsed.tasks] == [(("县发改委",), leaders), (("县经信局",), leaders)]


# Numbered items under one merged 序号 cell, scraped one cell a line, each item with its own leaders (or none)
# and its own ★-marked units: one task per item, numbered as the item is, the ★ unit its lead.
_STAR_HEAD = "序号\n|\n项目\n|\n重点工作目标任务\n|\n牵头领导\n|\n责任单位\n|\n"


def test_numbered_items_under_one_merged_number_cell() -> None:
    rows = "1\n|\n预期目标\n|\n1.全县生产总值增长6%。\n|\n孙 立\n|\n★县发改委、统计局\n|\n"
    rows += "2.城乡居民收入增长6%。\n|\n★县人社局、农业农村局\n|\n|||\n"
    rows += "3.粮食产量稳定在40万吨。\n|\n周 明\n吴 刚\n|\n★县农业农村局\n|\n||\n"
    parsed = parse_text("清水县2025年重点工作目标任务分解方案\n" + _STAR_HEAD + rows)
    assert [(t.id, t.text, t.lead, t.leaders) for t in parsed.tasks] == [
        (1, "全县生产总值增长6%。", ("县发改委",), ("孙 立",)),
        (2, "城乡居民收入增长6%。", ("县人社局",), ()),
        (3, "粮食产量稳定在40万吨。", ("县农业农村局",), ("周 明", "吴 刚")),
    ]
    assert any("预期目标" in w.message for w in parsed.warnings)  # the merged 项目 cell is named, not lost


def test_one_item_a_number_reads_as_before() -> None:
    # the other way: a row with one item and its units is one row, as it always was
    rows = "1\n|\n预期目标\n|\n全县生产总值增长6%。\n|\n孙 立\n|\n★县发改委、县统计局\n|\n"
    parsed = parse_text("清水县2025年重点工作目标任务分解方案\n" + _STAR_HEAD + rows)
    assert [(t.id, t.lead, t.leaders) for t in parsed.tasks] == [(1, ("县发改委",), ("孙 立",))]


# The page's end cutting the last such item before its units line (its text, maybe its leaders, then nothing):
# the items before it are read, the cut one is warned row-cut-off, never the whole table lost.
_STAR_ITEMS = "1\n|\n预期目标\n|\n1.全县生产总值增长6%。\n|\n孙 立\n|\n★县发改委、统计局\n|\n"
_STAR_ITEMS += "2.城乡居民收入增长6%。\n|\n★县人社局、农业农村局\n|\n|||\n"


@pytest.mark.parametrize(
    "cut",
    [
        "3.粮食产量稳定在40万吨\n|\n|\n",  # stopped inside its sentence
        "3.粮食产量稳定在40万吨。\n|\n周 明\n",  # whole, with its leaders, before its units
    ],
)
def test_numbered_items_the_page_cuts_before_the_last_units(cut: str) -> None:
    parsed = parse_text("清水县2025年重点工作目标任务分解方案\n" + _STAR_HEAD + _STAR_ITEMS + cut)
    assert [(t.id, t.lead) for t in parsed.tasks] == [(1, ("县发改委",)), (2, ("县人社局",))]
    assert [w.line for w in parsed.warnings if w.code == "row-cut-off"] == [27]


def test_numbered_items_the_page_cuts_inside_the_last_units_line() -> None:
    # the cut inside the units line: the names before the cut are read, the piece after it is named in the warning
    last = "3.粮食产量稳定在40万吨。\n|\n周 明\n|\n★县农业农村局、县粮"
    parsed = parse_text("清水县2025年重点工作目标任务分解方案\n" + _STAR_HEAD + _STAR_ITEMS + last)
    assert [(t.id, t.lead, t.departments) for t in parsed.tasks][2:] == [(3, ("县农业农村局",), ("县农业农村局",))]
    assert [w.message[-2:] for w in parsed.warnings if w.code == "row-cut-off"] == ["县粮"]


def test_a_new_merged_number_cell_whose_first_item_the_page_cuts() -> None:
    # the next merged cell's first item cut before its units: warned with the merged cell named, never a task
    # of the merged cell's words, nor those words glued to the units above
    last = "3.粮食产量稳定在40万吨。\n|\n★县农业农村局\n|\n||||\n2\n|\n夯实发展基础\n|\n4.推进重大项目建设，确保\n"
    parsed = parse_text("清水县2025年重点工作目标任务分解方案\n" + _STAR_HEAD + _STAR_ITEMS + last)
    assert [(t.id, t.departments) for t in parsed.tasks] == [
        (1, ("县发改委", "县统计局")),
        (2, ("县人社局", "县农业农村局")),
        (3, ("县农业农村局",)),
    ]
    assert any(w.code == "row-cut-off" and "夯实发展基础" in w.message for w in parsed.warnings)


def test_numbered_items_all_closed_by_units_are_not_cut() -> None:
    # the other way: the last item has its units line, so every item is read and nothing is warned cut off
    last = "3.粮食产量稳定在40万吨。\n|\n★县农业农村局、县粮食和物资储备局"
    parsed = parse_text("清水县2025年重点工作目标任务分解方案\n" + _STAR_HEAD + _STAR_ITEMS + last)
    assert [t.id for t in parsed.tasks] == [1, 2, 3]
    assert parsed.tasks[2].departments == ("县农业农村局", "县粮食和物资储备局")
    assert not any(w.code == "row-cut-off" for w in parsed.warnings)


# A table grouped by its lead unit whose name the page broke one character a line (市 ⏎ 发 ⏎ 改 ⏎ 委): a
# single character is never a unit; it is dropped from the task's units and warned.
def test_a_unit_name_broken_one_character_a_line_is_warned_never_a_unit() -> None:
    page = "清水县2025年目标任务分解表\n牵头单位\n| 目 标 任 务\n| 责 任 单 位\n|\n"
    page += (
        "县政\n府办\n| 优化政务服务，办理群众诉求\n| 县直各单位、各乡镇\n|\n推进政务公开标准化建设\n| 县直各单位\n|\n"
    )
    page += "县\n发\n改\n委\n| 地区生产总值增长6%\n| 县统计局、各乡镇\n|\n"
    parsed = parse_text(page)
    units = {u for t in parsed.tasks for u in (*t.departments, *t.lead, *t.partners)}
    assert not any(len(u) == 1 for u in units)
    assert any(w.code == "unit-fragment" for w in parsed.warnings)


def test_a_short_unit_name_stays_a_unit() -> None:
    # the other way: a two-character name (团委, 妇联) is a unit as before, with no warning
    table = "序号\t工作任务\t牵头单位\t配合单位\n1\t开展青年志愿服务活动。\t团委\t妇联\n"
    parsed = parse_text("清水县2025年重点工作清单\n" + table)
    assert [(t.lead, t.partners) for t in parsed.tasks] == [(("团委",), ("妇联",))]
    assert not any(w.code == "unit-fragment" for w in parsed.warnings)
