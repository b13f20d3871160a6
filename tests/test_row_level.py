"""A level the notice's units carry, written on a row's first unit (州医保局) but dropped in its other cell
(财政局、卫生健康委), is given to those units where the notice names them with it elsewhere; branches, companies, vertical offices and rows whose first
unit carries no level keep their names. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "澜江州深化医保改革2025年重点任务清单\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
ROWS = "1\t落实待遇清单制度。\t{lead}\t{partners}\t2025年6月\n2\t推进支付方式改革。\t州医保局\t州财政局、州卫生健康委\t2025年底\n"


@pytest.mark.parametrize(
    ("lead", "partners", "departments"),
    [
        ("州医保局", "财政局、卫生健康委", ("州医保局", "州财政局", "州卫生健康委")),
        ("州医保局", "税务局、农商银行澜江支行", ("州医保局", "税务局", "农商银行澜江支行")),
        # a unit the notice never names with the level keeps its name (a bureau's own 医保服务中心)
        ("州医保局", "财政局、医保服务中心", ("州医保局", "州财政局", "医保服务中心")),
        ("各县（市）人民政府", "财政局", ("各县（市）人民政府", "财政局")),  # the first unit carries no level
    ],
)
def test_a_level_dropped_in_a_rows_other_cell_comes_back(
    lead: str, partners: str, departments: tuple[str, ...]
) -> None:
    notice = parse_text(HEAD + ROWS.format(lead=lead, partners=partners))
    assert notice.tasks[0].departments == departments
    assert notice.tasks[0].lead == departments[:1]
    assert notice.tasks[0].partners == departments[1:]
