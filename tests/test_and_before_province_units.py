"""和 between two units where the name after it opens with a province's short name or a national body's
(`省生态环境厅和四川能源监管办`): two units, as after a name opening with its level; a name whose 和 joins
words of one name stays one. The notices are written for the test (invented bureaus)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text


def _notice(units: str) -> str:
    lines = [
        "省人民政府办公厅关于印发重点工作分工方案的通知",
        "各市（州）人民政府，省政府各部门：",
        "　　现将《重点工作分工方案》印发给你们，请认真组织实施。",
        "重点工作分工方案",
        "一、能源保障",
        f"（一）建设清洁能源基地。加快风电、光伏项目建设。（省能源局牵头，{units}配合）",
        "（二）推进节水型社会建设。严格控制用水总量。（省水利厅牵头，省财政厅配合）",
    ]
    return "\n".join([*lines, ""])


@pytest.mark.parametrize(
    ("units", "partners"),
    [
        ("省发展改革委、省生态环境厅和四川能源监管办", ("省发展改革委", "省生态环境厅", "四川能源监管办")),
        ("省生态环境厅和国家统计局青川调查队", ("省生态环境厅", "国家统计局青川调查队")),
        ("省生态环境厅和省财政厅", ("省生态环境厅", "省财政厅")),
        # 和 inside one name
        ("省人力资源和社会保障厅", ("省人力资源和社会保障厅",)),
        ("省经济和信息化厅、省住房和城乡建设厅", ("省经济和信息化厅", "省住房和城乡建设厅")),
    ],
)
def test_and_before_a_name_opening_with_a_province_splits(units: str, partners: tuple[str, ...]) -> None:
    task = parse_text(_notice(units)).tasks[0]
    assert (task.lead, task.partners) == (("省能源局",), partners)
