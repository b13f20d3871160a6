"""A table column named for the unit that leads the work's organising or carrying out (牵头组织实施单位,
牵头实施单位, 牵头组织单位) is a lead column; a name that does not say 牵头 (组织实施单位) stays a column the
parser does not read for roles. Each notice here is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "青岭县人民政府办公室关于印发青岭县集镇提升工作台账的通知\n青政办函〔2025〕9号\n青岭县集镇提升工作台账\n"


def _table(lead_name: str) -> str:
    return HEAD + (
        f"序号\t工作任务\t{lead_name}\t配合单位\t完成时限\n"
        "1\t改造集镇农贸市场3个。\t县商务局\t县市场监管局\t2025年9月底前\n"
    )


@pytest.mark.parametrize(
    ("name", "lead"),
    [
        ("牵头组织实施单位", ("县商务局",)),
        ("牵头实施单位", ("县商务局",)),
        ("牵头组织单位", ("县商务局",)),
        ("牵头单位", ("县商务局",)),  # the plain name, as before
        ("组织实施单位", ()),  # no 牵头: not a lead column
        ("实施项目", ()),  # no unit named: not a lead column
    ],
)
def test_a_column_named_for_the_leading_unit_gives_the_lead(name: str, lead: tuple[str, ...]) -> None:
    (task,) = parse_text(_table(name)).tasks
    assert task.lead == lead
    assert task.partners == ("县市场监管局",)
