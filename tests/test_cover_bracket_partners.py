"""A cover sentence giving every task its lead and calling the units in each item's bracket its partners
(方案所列各项任务，除另有标注外，均由X牵头，括号内所列单位为配合单位): an item's bare bracket names its partners,
after the sentence's lead; a bracket naming roles of its own keeps them; a bracket holding only a deadline takes
the lead alone. Also brackets naming only the governments below (（各乡镇人民政府）) and a 机关 (（县纪委监委机关）).
The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

COVER = (
    "苇塘县人民政府办公室关于印发苇塘县2025年河湖管护行动方案的通知\n\n"
    "各乡镇人民政府，县直各部门：\n"
    "　　《苇塘县2025年河湖管护行动方案》已经县政府同意，现印发给你们。{rule}请认真抓好落实。\n\n"
    "苇塘县人民政府办公室\n2025年4月2日\n\n苇塘县2025年河湖管护行动方案\n\n　　一、主要任务\n"
)
ITEMS = (
    "1．开展河道“清四乱”专项行动。（县自然资源局、县农业农村局）\n"
    "2．推进农村水系连通工程建设。（县财政局牵头，县水利局配合）\n"
    "3．开展水质月度监测通报。（每月）\n"
    "4．完善河湖巡查保洁队伍。（各乡镇人民政府，2025年10月底前）\n"
)
RULE = "方案所列各项任务，除另有标注外，均由县水利局牵头，括号内所列单位为配合单位。"


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (
            RULE,
            [
                (("县水利局",), ("县自然资源局", "县农业农村局"), None),
                (("县财政局",), ("县水利局",), None),  # its own roles
                (("县水利局",), (), "每月"),  # a deadline alone: the lead alone
                (("县水利局",), ("各乡镇人民政府",), "2025年10月底前"),
            ],
        ),
        # the same said with 括号中为配合部门
        (
            "各项任务除另有标注外，均由县水利局牵头，括号中为配合部门。",
            [
                (("县水利局",), ("县自然资源局", "县农业农村局"), None),
                (("县财政局",), ("县水利局",), None),
                (("县水利局",), (), "每月"),
                (("县水利局",), ("各乡镇人民政府",), "2025年10月底前"),
            ],
        ),
        # the bracket's units called the units responsible: they stay so, after the lead
        (
            "方案所列各项任务，除另有标注外，均由县水利局牵头，括号内为责任单位。",
            [
                (("县水利局",), (), None),
                (("县财政局",), ("县水利局",), None),
                (("县水利局",), (), "每月"),
                (("县水利局",), (), "2025年10月底前"),
            ],
        ),
        # without the words on brackets a bare bracket names the units responsible, in no role
        (
            "方案所列各项任务，除另有标注外，均由县水利局牵头。",
            [
                ((), (), None),
                (("县财政局",), ("县水利局",), None),
                (("县水利局",), (), "每月"),
                ((), (), "2025年10月底前"),
            ],
        ),
    ],
)
def test_a_cover_sentence_calling_bracket_units_partners(
    rule: str, expected: list[tuple[tuple[str, ...], tuple[str, ...], str | None]]
) -> None:
    notice = parse_text(COVER.format(rule=rule) + ITEMS)
    got = [(t.lead, t.partners, t.due) for t in notice.tasks]
    assert got == expected
    assert not any("括号" in unit for t in notice.tasks for unit in t.departments)
    if "县水利局牵头" in rule and "括号" not in rule:
        assert notice.tasks[0].departments == ("县自然资源局", "县农业农村局")
    if "责任单位" in rule:
        assert notice.tasks[0].departments == ("县水利局", "县自然资源局", "县农业农村局")


@pytest.mark.parametrize(
    ("bracket", "departments"),
    [
        ("（各乡镇人民政府）", ("各乡镇人民政府",)),
        ("（各县（市、区）人民政府）", ("各县（市、区）人民政府",)),
        ("（各区县政府，9月底前）", ("各区县政府",)),
        ("（州纪委监委机关）", ("州纪委监委机关",)),
        ("（州财政局、州纪委监委机关）", ("州财政局", "州纪委监委机关")),
        # no unit: a place without its government, or an aside
        ("（各县（市、区））", ()),
        ("（含各乡镇）", ()),
    ],
)
def test_a_bracket_of_the_governments_below_or_a_jiguan_names_units(bracket: str, departments: tuple[str, ...]) -> None:
    notice = parse_text(
        "云栖州2025年统计执法工作要点\n\n　　一、重点工作\n"
        "1．开展统计督察发现问题整改。（州统计局）\n"
        f"2．开展统计造假专项治理。{bracket}\n"
        "3．开展统计法治宣传。（州司法局）\n"
    )
    second = next((t for t in notice.tasks if t.text.startswith("开展统计造假")), None)
    if departments:
        assert second is not None and second.departments == departments
    else:  # a block naming no unit beside blocks that do: not listed, and warned
        assert second is None
        assert any(w.code == "block-without-units" and w.line == 5 for w in notice.warnings)
