"""A post in charge named as a label (分管副县长：张明) is a leader's label, as 分管领导: a person, never a unit,
and the labels after it are read."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "西岭县人民政府关于印发西岭县2026年河湖管护工作要点的通知\n西政发〔2026〕2号\n一、主要任务\n"
TAIL = "\n西岭县人民政府\n2026年1月10日\n"


@pytest.mark.parametrize(
    "item",
    [
        "（一）河长制。落实河长制（分管副县长：张明；牵头单位：县水利局；配合单位：县财政局）。",
        "（一）河长制。落实河长制（分管领导：张明；牵头单位：县水利局；配合单位：县财政局）。",
        "（一）河长制。落实河长制。\n分管副县长：张明\n牵头单位：县水利局\n配合单位：县财政局",
    ],
)
def test_a_post_as_a_label_names_a_leader(item: str) -> None:
    notice = parse_text(HEAD + item + TAIL)
    assert [(t.text, t.lead, t.partners, t.leaders) for t in notice.tasks] == [
        ("河长制。落实河长制。", ("县水利局",), ("县财政局",), ("张明",))
    ]
    assert not [w for w in notice.warnings if w.code == "role-not-read"]


@pytest.mark.parametrize(
    ("item", "lead", "partners", "departments"),
    [
        # 责任主体 beside partners leads, as 责任单位 does
        (
            "（一）消费季。举办活动（责任主体：县商务局；配合单位：县文旅局）。",
            ("县商务局",),
            ("县文旅局",),
            ("县商务局", "县文旅局"),
        ),
        (
            "（一）消费季。举办活动。\n责任主体：县商务局\n协办单位：县文旅局",
            ("县商务局",),
            ("县文旅局",),
            ("县商务局", "县文旅局"),
        ),
        (
            "（一）消费季。举办活动（责任单位：县商务局；配合单位：县文旅局）。",
            ("县商务局",),
            ("县文旅局",),
            ("县商务局", "县文旅局"),
        ),
        # near misses: alone it stays responsible; 实施主体 carries the work out, no lead
        ("（一）消费季。举办活动（责任主体：县商务局）。", (), (), ("县商务局",)),
        (
            "（一）消费季。举办活动（实施主体：县商务局；配合单位：县文旅局）。",
            (),
            ("县文旅局",),
            ("县商务局", "县文旅局"),
        ),
    ],
)
def test_a_responsible_subject_beside_partners_leads(
    item: str, lead: tuple[str, ...], partners: tuple[str, ...], departments: tuple[str, ...]
) -> None:
    notice = parse_text(HEAD + item + TAIL)
    assert [(t.lead, t.partners, t.departments) for t in notice.tasks] == [(lead, partners, departments)]
