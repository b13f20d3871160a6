"""A field of the page under a 解读 page's text (解读机关：市发展改革委) names who explains the notice: no work given
to that unit, so no work-not-read; a line opening with a unit and its duty is still warned."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

PAGE = (
    "《某市优化营商环境三年行动方案》政策解读\n一、出台背景\n为贯彻落实有关部署，起草了《方案》。\n"
    "二、主要内容\n《方案》明确了5个方面20项重点任务。\n{last}\n"
)


@pytest.mark.parametrize(
    ("last", "warned"),
    [
        ("解读机关：市发展改革委", False),
        ("解读部门：市发展改革委", False),
        ("市发展改革委：负责统筹推进各项任务，2025年底前完成。", True),
    ],
)
def test_a_page_field_names_no_duty(last: str, warned: bool) -> None:
    notice = parse_text(PAGE.format(last=last))
    lines = [w.line for w in notice.warnings if w.code == "work-not-read"]
    assert (6 in lines) == warned, notice.warnings
