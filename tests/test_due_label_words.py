"""A deadline labelled under an item's role lines in the words plans use for it (时间要求：, 完成日期：) is the
task's deadline, as 完成时限： is, and wins over a time word in the item's prose. The notices are written for
the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

NOTICE = (
    "白溪市数字政府建设工作要点\n白政办发〔2023〕9号\n"
    "一、优化政务服务\n"
    "　　1.建设移动政务服务平台，年底前上线事项不少于500项。\n"
    "　　牵头部门：市大数据管理局\n"
    "　　协办部门：市政务服务中心\n"
    "　　{label}：{value}\n"
    "　　2.推行证明事项告知承诺制。\n"
    "　　牵头部门：市司法局\n"
    "　　完成时限：2023年6月底前\n"
)


@pytest.mark.parametrize(
    ("label", "value", "due"),
    [
        ("时间要求", "2023年", "2023年"),
        ("时间要求", "每年", "每年"),
        ("时间要求", "分年度推进", "分年度推进"),
        ("完成日期", "2023年9月底前", "2023年9月底前"),
        ("完成时限", "2023年", "2023年"),
        # near case: a label of no deadline leaves the prose's own time word the deadline
        ("工作要求", "按月报送进展", "年底前"),
    ],
)
def test_a_labelled_deadline_in_plans_words(label: str, value: str, due: str) -> None:
    notice = parse_text(NOTICE.format(label=label, value=value))
    first = notice.tasks[0]
    assert first.lead == ("市大数据管理局",)
    assert first.due == due
    assert notice.tasks[1].due == "2023年6月底前"
