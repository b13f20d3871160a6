"""A notice that ends on a whole label line (完成时限：每年) is not cut off."""

from __future__ import annotations

from policy_cli.parse import parse_text


def test_a_notice_ending_on_a_whole_label_line_is_not_cut_off() -> None:
    text = (
        "某区2025年水环境治理工作要点\n一、重点任务\n1.推进黑臭水体治理。牵头单位：区水务局；完成时限：2025年6月底前\n"
        "2.保障饮用水水源安全。牵头单位：区水务局；配合单位：区卫生健康局；完成时限：每年\n"
    )
    notice = parse_text(text)
    assert notice.tasks[-1].due == "每年"
    assert not [w for w in notice.warnings if w.code == "text-cut-off"]
