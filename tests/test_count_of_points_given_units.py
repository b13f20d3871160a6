"""A sentence after numbered points giving the N points just above it their roles, its count written without a
noun (以上2项由…, 上述两项由…): those N points take the roles, and the sentence is no task's text nor a number of
a 责任分工. Each case is a short notice written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text


def _block(sentence: str) -> str:
    return "\n".join(
        [
            "竹溪县2026年防汛工作方案",
            "一、工作任务",
            "（一）加强隐患排查",
            "1.开展水库大坝安全检查（县水利局）",
            "2.清理城区排水管网。",
            "3.储备防汛物资，建立物资台账。",
            sentence,
            "（二）强化宣传",
            "1.开展防汛知识进社区活动（县应急管理局）",
            "",
        ]
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "以上2项由县住建局牵头，县财政局配合。",
        "上述两项由县住建局牵头，县财政局配合。",
        "以上两项由县住建局牵头，县财政局配合。",
        "以上2项任务由县住建局牵头，县财政局配合。",
    ],
)
def test_the_points_counted_take_the_roles(sentence: str) -> None:
    notice = parse_text(_block(sentence))
    assert [(t.text, t.lead, t.partners) for t in notice.tasks] == [
        ("开展水库大坝安全检查", (), ()),
        ("清理城区排水管网。", ("县住建局",), ("县财政局",)),
        ("储备防汛物资，建立物资台账。", ("县住建局",), ("县财政局",)),
        ("开展防汛知识进社区活动", (), ()),
    ]
    assert "units-by-number" not in {w.code for w in notice.warnings}


def test_a_count_past_a_point_with_units_of_its_own_is_warned() -> None:
    """以上3项 where the first of the three names its own units: it keeps them, the two naming none take the
    roles, and the sentence is warned on its line (never silence)."""
    notice = parse_text(_block("以上3项由县住建局牵头，县财政局配合。"))
    assert [(t.departments, t.lead) for t in notice.tasks[:3]] == [
        (("县水利局",), ()),
        (("县住建局", "县财政局"), ("县住建局",)),
        (("县住建局", "县财政局"), ("县住建局",)),
    ]
    assert 7 in {w.line for w in notice.warnings}
