"""A heading whose closing bracket holds only the time of the work under it (一、政务服务提质（2025年6月底前完成）,
（二）周边环境整治（长期坚持）, 三、法治环境（以下任务于2025年10月底前完成）) gives that time to each task under it
naming none of its own; a bracket of roles or of something else dated is no such time."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.headings import _heading_due

NOTICE = """青禾市2025年优化营商环境重点任务分工方案
一、政务服务提质（2025年6月底前完成）
1.推行“高效办成一件事”。新增一件事主题服务10个。（市政务服务中心牵头，市直有关部门配合）
2.压缩审批时限。审批时限平均压缩30%，9月底前完成。（市政务服务中心负责）
二、要素保障优化（长期坚持）
3.保障企业用地。优先保障重点项目用地。（市自然资源局负责）
4.降低用能成本。落实电价优惠政策。（市发改委负责，9月底前）
三、法治环境（以下任务于2025年10月底前完成）
5.规范涉企执法。开展涉企行政执法专项检查。（市司法局负责）
四、市场环境（2025年修订）
6.清理妨碍统一市场的规定。全面清理有关规定。（市市场监管局负责）
"""


def test_a_heading_s_time_dates_the_tasks_under_it_naming_none() -> None:
    notice = parse_text(NOTICE)
    assert [(t.due, t.due_date) for t in notice.tasks] == [
        ("2025年6月底前", "2025-06-30"),
        ("9月底前", "2025-09-30"),  # its own, in its text
        ("长期坚持", None),
        ("9月底前", "2025-09-30"),  # its own, in its annotation
        ("2025年10月底前", "2025-10-31"),
        (None, None),  # a year something was done in, no time of the work
    ]


@pytest.mark.parametrize(
    ("title", "due"),
    [
        ("政务服务提质（2025年6月底前完成）", "2025年6月底前"),
        ("周边环境整治（长期坚持）", "长期坚持"),
        ("法治环境（以下任务于2025年10月底前完成）", "2025年10月底前"),
        ("校园安保（2024年9月底前）", "2024年9月底前"),
        # near-misses: roles, a year something was done in, no bracket closing the title, a bracket mid-title
        ("完善基础设施（县文旅局牵头）", None),
        ("市场环境（2025年修订）", None),
        ("政务服务提质", None),
        ("“十四五”（2021—2025年）规划项目", None),
    ],
)
def test_the_time_in_a_heading_s_closing_bracket(title: str, due: str | None) -> None:
    assert _heading_due(title) == due
