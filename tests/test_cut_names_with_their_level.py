"""A name cut short of its ending (a cell a scrape cut: 人口计生) that the notice also writes with its level
(省人口计生) is that unit, as a list restores a dropped level; a name that ends as a unit's does and was
given no level keeps its reason (a vertical service's 税务局), and a cut name the notice never writes with a
level stays as written. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text


def _notice(first: str, second: str) -> str:
    lines = [
        "青川县人民政府办公室关于印发青川县2025年重点工作分工方案的通知",
        "各乡镇人民政府，县直各单位：",
        "　　现将《青川县2025年重点工作分工方案》印发给你们，请认真贯彻落实。",
        "青川县2025年重点工作分工方案",
        "一、重点工作",
        f"（一）提高孕产妇住院分娩率。（县卫健局牵头，{first}配合）",
        f"（二）降低儿童低体重发生率。（县卫健局牵头，{second}配合）",
    ]
    return "\n".join([*lines, ""])


@pytest.mark.parametrize(
    ("first", "second", "partners"),
    [
        ("县人口计生、县妇联", "人口计生、县妇联", ("县人口计生", "县妇联")),
        # never written with its level: as written
        ("人口计生、县妇联", "人口计生、县妇联", ("人口计生", "县妇联")),
        # a vertical service written bare beside its level's: kept as written
        ("县税务局、县妇联", "税务局、县妇联", ("税务局", "县妇联")),
    ],
)
def test_a_cut_name_written_elsewhere_with_its_level_is_that_unit(
    first: str, second: str, partners: tuple[str, ...]
) -> None:
    assert parse_text(_notice(first, second)).tasks[1].partners == partners
