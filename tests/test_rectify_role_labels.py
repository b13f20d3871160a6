"""Role labels with a word of the work between the role and 单位 (牵头整改单位, 协同整改单位, 配合整改单位, as
audit and inspection rectification plans write them; 牵头落实单位, 配合实施单位) give lead and partners; a label
the parser does not read never ends inside a unit's name: the name is what follows the colon, the label warned.
The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "石桥县2025年度财政收支审计查出问题整改方案\n\n一、预算管理方面\n"


def _block(n: int, lead_label: str, partner_label: str) -> str:
    return (
        f"问题{n}：部分项目资金拨付滞后。\n"
        "整改措施：建立资金拨付台账，逐月通报进度。\n"
        f"{lead_label}：县财政局\n"
        f"{partner_label}：县水利局、县交通运输局\n"
        "整改时限：2025年11月底前\n\n"
    )


@pytest.mark.parametrize(
    ("lead_label", "partner_label"),
    [("牵头整改单位", "协同整改单位"), ("牵头整改单位", "配合整改单位"), ("牵头落实单位", "配合实施单位")],
)
def test_rectification_labels_give_lead_and_partners(lead_label: str, partner_label: str) -> None:
    notice = parse_text(HEAD + _block(1, lead_label, partner_label))
    assert [(t.lead, t.partners, t.due_date) for t in notice.tasks] == [
        (("县财政局",), ("县水利局", "县交通运输局"), "2025-11-30")
    ]
    assert not [w for w in notice.warnings if w.code == "label-in-unit"]


def test_a_label_not_read_never_ends_inside_a_unit_name() -> None:
    # 整治 is no word the labels are composed of: the labels are not read, yet no unit holds one
    notice = parse_text(HEAD + _block(1, "牵头整治单位", "协同整治单位"))
    units = [u for t in notice.tasks for u in (*t.departments, *t.lead, *t.partners)]
    assert units and not any("：" in u or ":" in u for u in units)
    assert "县水利局" in units
    assert [w.line for w in notice.warnings if w.code == "label-in-unit"] == [4]


def test_a_list_of_units_with_no_label_is_not_warned() -> None:
    # near case: the units after a known label, no colon inside a name, give no label-in-unit warning
    notice = parse_text(HEAD + _block(1, "牵头单位", "配合单位"))
    assert [(t.lead, t.partners) for t in notice.tasks] == [(("县财政局",), ("县水利局", "县交通运输局"))]
    assert not [w for w in notice.warnings if w.code == "label-in-unit"]
