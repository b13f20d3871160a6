"""Units written without a level in a row of a notice whose other units carry one, and a department's own
offices named from within it: (notice -> units of each task), both ways."""

from __future__ import annotations

import pytest

from policy_cli.departments import restore_level
from policy_cli.parse import parse_text

_TABLE = (
    "澄湾县2026年农村供水保障任务清单\n"
    "说明：责任单位栏中排在第一位的为牵头单位，其余为配合单位。\n"
    "序号\t责任单位\t工作任务\t完成时限\n"
    "1\t县水利局、县财政局\t完成农村供水管网改造20公里。\t2026年6月底前\n"
    "2\t{row2}\t开展农村饮用水水质季度抽检。\t2026年9月底前\n"
    "3\t县水利局、各乡镇人民政府\t落实千人以上供水工程管护责任。\t2026年12月底前\n"
)


@pytest.mark.parametrize(
    ("row2", "units"),
    [
        # a row with no level in a county's notice names the county's units
        ("卫健局、水利局", ("县卫健局", "县水利局")),
        ("水利局、政务服务中心", ("县水利局", "县政务服务中心")),
        # units that never take a level keep their names: a company, a vertical service, a town's office
        ("水利局、供水公司、税务局、镇水管站", ("县水利局", "供水公司", "税务局", "镇水管站")),
        # a row writing a level of its own is read as written (a list restores its own), and so is one
        # naming each place's governments (a bare 卫健局 there may be each town's)
        ("各乡镇人民政府、卫健局", ("各乡镇人民政府", "卫健局")),
        ("各乡镇人民政府、县卫健局", ("各乡镇人民政府", "县卫健局")),
    ],
)
def test_a_row_without_levels_takes_the_level_its_notice_units_carry(row2: str, units: tuple[str, ...]) -> None:
    notice = parse_text(_TABLE.format(row2=row2))
    assert notice.tasks[1].departments == units
    assert notice.tasks[1].lead == units[:1]


_SECTIONS = (
    "雾川省交通运输厅2026年工作要点\n"
    "序号\t责任单位\t工作任务\t完成时限\n"
    "1\t省交通运输厅、省财政厅\t争取普通国省道养护补助资金。\t2026年6月底前\n"
    "2\t规划处、办公室\t编制全省综合交通运输规划中期评估报告。\t2026年9月底前\n"
    "3\t省交通运输厅、省公安厅\t开展危险货物道路运输专项整治。\t2026年10月底前\n"
    "4\t省交通运输厅\t推进农村客运公交化改造。\t2026年12月底前\n"
)


def test_a_department_notice_naming_its_own_sections_gives_its_bare_rows_no_level() -> None:
    """规划处, 办公室 in a 厅's notice are its own offices: the province's level is not given to them."""
    notice = parse_text(_SECTIONS)
    assert notice.tasks[1].departments == ("规划处", "办公室")


@pytest.mark.parametrize(
    ("units", "level", "expected"),
    [
        # a department's own office named from within it (厅办公室, 局机关党委) is of no level
        (("厅办公室", "局机关党委", "财政厅"), "省", ("厅办公室", "局机关党委", "省财政厅")),
        # near miss: a bureau whose name holds 厅 or 局 later takes the level
        (("交通运输厅", "公安局"), "省", ("省交通运输厅", "省公安局")),
        # the youth league's committee writes its level inside its name: a county notice keeps 团市委 as written
        (("团市委", "体育局"), "县", ("团市委", "县体育局")),
        # near miss: the league's committee named with no level (团委) takes the notice's, as other units do
        (("团委", "体育局"), "县", ("县团委", "县体育局")),
    ],
)
def test_a_department_own_office_takes_no_level(units: tuple[str, ...], level: str, expected: tuple[str, ...]) -> None:
    assert restore_level(units, level) == expected
