"""Divisions of work by task number in the forms plans write them beside the common 第1-3项由…牵头 (the roles
after a comma, after a role's label, the role in brackets after the numbers, a table of numbers written with
pipes or naming ranges), and a units list closing each line with ；: the numbered items take the roles, no clause
of the division becomes a task. Near forms give nothing. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "青禾县2025年河湖清淤工作方案\n青禾县人民政府办公室\n2025年2月10日\n"
ITEMS = (
    "一、主要任务\n1.清理河道淤积段6处。\n2.修复堤防护坡3公里。\n3.建立巡河台账。\n"
    "4.整治入河排污口。\n5.新建水质监测点2个。\n"
)
WATER = (("县水务局",), ("县生态环境分局",))
TOWNS = (("各镇人民政府",), ())
NONE = ((), ())


@pytest.mark.parametrize(
    ("division", "roles"),
    [
        # the roles after a comma: a unit and its verb
        ("第1-3项，县水务局牵头，县生态环境分局配合；第4-5项，各镇人民政府牵头。", [WATER] * 3 + [TOWNS] * 2),
        # after a role's label, with 为 or 是 (the labels apart by 、 or ，)
        (
            "第1-3项任务的牵头单位为县水务局，配合单位为县生态环境分局；第4-5项任务的牵头单位为各镇人民政府。",
            [WATER] * 3 + [TOWNS] * 2,
        ),
        (
            "第1-3项任务的牵头单位是县水务局、配合单位是县生态环境分局；第4-5项任务的牵头单位是各镇人民政府。",
            [WATER] * 3 + [TOWNS] * 2,
        ),
        # the label right after the numbers; the next clause's label with no number goes on the clause before
        (
            "第1-3项牵头单位：县水务局；配合单位：县生态环境分局。第4-5项牵头单位：各镇人民政府。",
            [WATER] * 3 + [TOWNS] * 2,
        ),
        # units listed with no role: responsible
        ("第1-3项责任单位：县水务局；第4-5项责任单位：各镇人民政府。", [NONE] * 5),
        # unit by unit on one line, the role after the numbers in brackets
        (
            "县水务局：第1-3项（牵头）；县生态环境分局：第1-3项（配合）；各镇人民政府：第4、5项（牵头）。",
            [WATER] * 3 + [TOWNS] * 2,
        ),
        # unit by unit, a line each, closed by ；
        (
            "县水务局：牵头第1-3项；\n县生态环境分局：配合第1-3项；\n各镇人民政府：牵头第4、5项",
            [WATER] * 3 + [TOWNS] * 2,
        ),
    ],
)
def test_a_division_by_number_in_its_less_common_forms(division: str, roles: list[tuple[tuple[str, ...], ...]]) -> None:
    notice = parse_text(HEAD + ITEMS + "二、责任分工\n" + division + "\n")
    assert [t.path for t in notice.tasks] == [f"一/{n}" for n in range(1, 6)]  # no clause of it is a task
    assert [(t.lead, t.partners) for t in notice.tasks] == roles
    assert all(t.departments for t in notice.tasks)
    assert "units-by-number-given" in {w.code for w in notice.warnings}


@pytest.mark.parametrize(
    "division",
    [
        # a comma after the numbers and prose after it, no unit's verb: no roles, the items keep none
        "第1-3项，要加快推进，确保按期完成。",
        # a label after the numbers naming no unit of the division's (a sentence about a role)
        "第1-3项任务要明确牵头责任。",
    ],
)
def test_near_forms_of_a_division_give_nothing(division: str) -> None:
    notice = parse_text(HEAD + ITEMS + "二、责任分工\n" + division + "\n")
    assert not any(t.lead for t in notice.tasks)
    assert "units-by-number-given" not in {w.code for w in notice.warnings}


@pytest.mark.parametrize(
    ("rows", "roles"),
    [
        # a row a task, written with pipes
        (
            "| 1 | 县水务局 | 县生态环境分局 | 2025年9月底前 |\n| 2 | 县水务局 | 县生态环境分局 | 2025年9月底前 |\n"
            "| 3 | 县水务局 | 县生态环境分局 | 2025年9月底前 |\n| 4 | 各镇人民政府 | 县水务局 | 2025年12月底前 |\n"
            "| 5 | 各镇人民政府 | 县水务局 | 2025年12月底前 |\n",
            [WATER] * 3 + [(("各镇人民政府",), ("县水务局",))] * 2,
        ),
        # a row for a range of tasks
        (
            "| 1-3 | 县水务局 | 县生态环境分局 | 2025年9月底前 |\n| 4、5 | 各镇人民政府 | 县水务局 | 2025年12月底前 |\n",
            [WATER] * 3 + [(("各镇人民政府",), ("县水务局",))] * 2,
        ),
        # a range reaching past the items: nothing is given by number
        (
            "| 1-3 | 县水务局 | 县生态环境分局 | 2025年9月底前 |\n| 4-9 | 各镇人民政府 | 县水务局 | 2025年12月底前 |\n",
            [],
        ),
    ],
)
def test_a_division_table_by_number_written_with_pipes_or_ranges(
    rows: str, roles: list[tuple[tuple[str, ...], ...]]
) -> None:
    table = "| 任务序号 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|\n"
    notice = parse_text(HEAD + ITEMS + "二、任务分工\n" + table + rows)
    items = [t for t in notice.tasks if t.path.startswith("一/")]
    assert [(t.lead, t.partners) for t in items if t.lead] == roles
    if roles:
        assert [t.path for t in notice.tasks] == [f"一/{n}" for n in range(1, 6)]
        assert "table-header-unread" not in {w.code for w in notice.warnings}
        given = [w for w in notice.warnings if w.code == "units-by-number-given"]
        assert given and all(w.severity == "info" for w in given)


@pytest.mark.parametrize(
    ("item", "given"),
    [
        # a tier of units doing the work (县级监测站) names no one unit: the division's roles reach the item
        ("5.县级水质监测站每月对入河排污口抽检一次。", True),
        # a unit named with its level is the item's own unit: kept, the division's not given
        ("5.县环境监测站每月对入河排污口抽检一次。", False),
    ],
)
def test_a_tier_of_units_in_an_item_s_text_is_no_unit_of_its_own(item: str, given: bool) -> None:
    items = ITEMS.replace("5.新建水质监测点2个。", item)
    notice = parse_text(HEAD + items + "二、责任分工\n第1-4项由县水务局牵头；第5项由县卫生健康局、县水务局共同负责。\n")
    fifth = next((t for t in notice.tasks if "抽检" in t.text), None)
    assert (fifth is not None and "县卫生健康局" in fifth.departments) is given
    if given:
        assert fifth is not None and fifth.departments == ("县卫生健康局", "县水务局")
    else:  # the block keeps its own unit, told at the division's line
        assert any(w.code == "units-by-number" and "keep their own units" in w.message for w in notice.warnings)
