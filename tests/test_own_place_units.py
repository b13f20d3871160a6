"""A unit named after the notice's own place (青田邮政管理局 on a 青田区 notice) is written without a level
because its place is its level: no level is given to it, whether the place comes from the title or the
issuer. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

TABLE = "序号\t工作任务\t责任单位\n1\t推进快递进村全覆盖。\t{units}\n2\t建设农村物流服务站10个。\t区交通局\n"

CASES = [
    # (head, units as written, departments read)
    ("2025年青田区政府工作报告重点工作责任分解\n", "区商务局、青田邮政管理局", ("区商务局", "青田邮政管理局")),
    ("2025年青田区政府工作报告重点工作责任分解\n", "区商务局、区邮政中心", ("区商务局", "区邮政中心")),
    (
        "青田县人民政府办公室关于印发重点工作责任分解的通知\n",
        "县商务局、青田邮政管理局",
        ("县商务局", "青田邮政管理局"),
    ),
    (
        "云溪省人民政府办公厅关于印发金融支持措施分工方案的通知\n",
        "省财政厅、云溪证监局、云溪金融监管局",
        ("省财政厅", "云溪证监局", "云溪金融监管局"),
    ),
    ("2025年重点工作责任分解\n", "区商务局、青田邮政管理局", None),  # no place of its own: as before
]


@pytest.mark.parametrize(("head", "units", "expected"), CASES)
def test_a_unit_named_after_the_notices_place_takes_no_level(
    head: str, units: str, expected: tuple[str, ...] | None
) -> None:
    notice = parse_text(head + TABLE.format(units=units))
    if expected is None:
        assert notice.tasks[0].departments[0] == "区商务局"
        return
    assert notice.tasks[0].departments == expected
