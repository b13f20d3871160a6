"""A part heading opening with a year that a reposting site masked (一、20*年…, 一、20XX年…) opens the body as
a year's heading does; a masked year before a deadline or a count opens none. (notice -> tasks), both ways."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

NOTICE = (
    "某县人民政府办公室关于分解年度重点工作的通知\n"
    "各乡镇人民政府,县直各部门:\n"
    "现将年度重点工作分解如下。\n"
    "一、{first}\n"
    "全县地区生产总值增长7%左右,一般公共预算收入增长5%。\n"
    "由县直有关部门,各乡镇人民政府负责落实。\n"
    "二、办好民生实事\n"
    "(一)新建农村公路50公里。由县交通运输局负责落实。\n"
)


@pytest.mark.parametrize(
    ("first", "tasks"),
    [
        ("20*年全县经济社会发展主要目标", 2),
        ("20XX年全县经济社会发展主要目标", 2),
        ("2019年全县经济社会发展主要目标", 2),
        # a masked year's deadline opening a sentence is no heading of a year's work
        ("20*年6月底前完成全县道路普查。", 1),
    ],
)
def test_a_masked_year_heading_opens_the_body(first: str, tasks: int) -> None:
    notice = parse_text(NOTICE.format(first=first))
    assert len(notice.tasks) == tasks
    assert list(notice.tasks[-1].departments) == ["县交通运输局"]
    if tasks == 2:
        assert list(notice.tasks[0].departments) == ["县直有关部门", "各乡镇人民政府"]
