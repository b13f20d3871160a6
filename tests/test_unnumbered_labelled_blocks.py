"""A body with no numbering at all whose blocks each open with a bullet (◆, ●, ■) or with a plain paragraph
right over their labelled lines (责任科室：…, 时间节点：…): each block is a task, numbered in order, with no
warning of a part's lost heading. A bullet whose lines carry no label opens no block. Written for the test
(invented offices)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "某局关于印发2025年工作要点分工的通知\n各科室：\n现印发给你们，请抓好落实。\n某局\n2025年1月10日\n"


def _blocks(mark: str) -> str:
    return (
        f"{mark}开展危险废物规范化检查，年内实现重点单位全覆盖。\n"
        "责任科室：固废科（牵头）、执法大队\n"
        "时间节点：2025年11月底前\n"
        f"{mark}推进在线监控设备联网。\n"
        "牵头科室：监测科　　配合科室：信息中心\n"
        "时间节点：2025年6月底前\n"
    )


@pytest.mark.parametrize("mark", ["◆ ", "●", "■ ", ""])
def test_each_block_over_its_labels_is_a_task(mark: str) -> None:
    parsed = parse_text(HEAD + _blocks(mark))
    assert [(t.text[:6], t.lead, t.due) for t in parsed.tasks] == [
        ("开展危险废物", ("固废科",), "2025年11月底前"),
        ("推进在线监控", ("监测科",), "2025年6月底前"),
    ]
    assert not [w for w in parsed.warnings if w.code == "part-numbering-gap"]


def test_a_bulleted_line_with_no_label_after_it_opens_no_block() -> None:
    notice = HEAD + "◆ 全年工作思路：稳中求进。\n◆ 主要目标：空气质量持续改善。\n"
    assert parse_text(notice).tasks == ()
    notice = HEAD + "◆ 主要目标：空气质量持续改善。\n" + _blocks("◆ ")
    assert [t.text[:6] for t in parse_text(notice).tasks] == ["开展危险废物", "推进在线监控"]


def test_a_paragraph_between_labels_of_one_block_opens_none() -> None:
    notice = HEAD + (
        "开展危险废物规范化检查。\n责任科室：固废科\n推进在线监控设备联网。\n说明：设备由厂家维护。\n"
        "责任科室：监测科\n时间节点：2025年6月底前\n"
    )
    parsed = parse_text(notice)
    assert [t.text[:6] for t in parsed.tasks] == ["开展危险废物", "推进在线监控"]


def test_a_bulleted_label_opens_no_block() -> None:
    notice = HEAD + _blocks("◆ ").replace("时间节点：2025年6月底前", "● 责任科室：信息中心\n时间节点：2025年6月底前")
    assert [t.text[:6] for t in parse_text(notice).tasks] == ["开展危险废物", "推进在线监控"]


@pytest.mark.parametrize(
    ("blocks", "tasks", "warned"),
    [
        # the regression: a bulleted block with no labels of its own, between labelled blocks, taken by neither
        (
            "◆ 开展危险废物检查\n全面排查重点单位。\n责任科室：固废科\n时间节点：2025年6月底前\n"
            "◆ 加强应急演练\n每季度开展一次演练。\n"
            "◆ 推进在线监控\n推进设备联网。\n责任科室：监测科\n时间节点：2025年12月底前\n",
            [
                ("开展危险废物检查\n全面排查重点单位。", ("固废科",), "2025年6月底前"),
                ("推进在线监控\n推进设备联网。", ("监测科",), "2025年12月底前"),
            ],
            "◆加强应急演练",
        ),
        # the case the rule was made for: each bullet right over its labels
        (
            _blocks("◆ "),
            [
                ("开展危险废物规范化检查，年内实现重点单位全覆盖。", ("固废科", "执法大队"), "2025年11月底前"),
                ("推进在线监控设备联网。", ("监测科", "信息中心"), "2025年6月底前"),
            ],
            None,
        ),
    ],
)
def test_each_bullet_opens_its_own_block(blocks: str, tasks: list, warned: str | None) -> None:
    parsed = parse_text(HEAD + blocks)
    assert [(t.text, t.departments, t.due) for t in parsed.tasks] == tasks
    warnings = [w.message for w in parsed.warnings if w.code == "block-without-units"]
    assert bool(warnings) == bool(warned)
    assert all(warned in m for m in warnings)


def test_measures_bulleted_otherwise_under_a_block_are_its_text() -> None:
    """◆ opens the blocks; ● lines under a ◆ title, before its labels, are the block's measures, not blocks."""
    text = "\n".join(
        [
            "某县生态环境分局2025年重点工作安排",
            "◆ 推进在线监控设备联网",
            "责任科室：监测科",
            "时间节点：2025年6月底前",
            "◆ 开展危险废物规范化检查",
            "● 建立危废管理台账；",
            "● 督促问题企业限期整改。",
            "责任科室：固废科",
            "时间节点：2025年11月底前",
            "",
        ]
    )
    notice = parse_text(text)
    assert [t.departments for t in notice.tasks] == [("监测科",), ("固废科",)]
    second = notice.tasks[1]
    assert second.text.startswith("开展危险废物规范化检查") and "督促问题企业限期整改" in second.text
    assert second.due == "2025年11月底前"
