"""A task table written with bars and no space around them, no outer bars (a word processor's table pasted as
text), its first cell left empty where it is merged with the row above: read as a pipe table with no outer
bars. A line of bars that names no task column, or a pair of units a bar apart, stays as written; so does a table
with a row holding more or fewer bars than its header (a bar inside a cell), never run into the row above."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.annex import bare_bars_spaced
from policy_cli.parse.lines import split_lines

HEAD = (
    "某镇人民政府关于印发《某镇2025年河道保洁工作方案》的通知\n某政发〔2025〕9号\n\n各村（社区）：\n"
    "　　现将方案印发给你们，请认真执行。\n\n某镇人民政府\n2025年3月2日\n\n某镇2025年河道保洁工作方案\n\n"
    "　　一、工作目标\n　　全镇河道保洁覆盖率达到100%。\n\n　　二、工作安排\n"
)
TABLE = (
    "时间安排｜工作内容｜主责站所｜协助单位｜包村领导\n"
    "3月1日—4月30日｜开展河道垃圾集中清理｜镇农业综合服务中心｜各村（社区）｜周明\n"
    "｜建立河道保洁巡查台账｜镇河长办｜各村（社区）｜吴芳\n"
    "｜组织志愿者开展护河宣传｜镇宣传办｜镇团委｜吴芳\n"
    "5月1日—12月31日｜落实保洁员日常巡河制度｜镇河长办｜镇财政所｜周明\n"
)
CLOSE = "\n　　三、工作要求\n　　（一）压实责任。各村（社区）是河道保洁的责任主体。\n"


def test_a_bare_bar_table_is_read_its_merged_first_cells_from_above() -> None:
    notice = parse_text(HEAD + TABLE + CLOSE)
    assert [t.text for t in notice.tasks] == [
        "开展河道垃圾集中清理",
        "建立河道保洁巡查台账",
        "组织志愿者开展护河宣传",
        "落实保洁员日常巡河制度",
    ]
    assert [t.lead for t in notice.tasks] == [("镇农业综合服务中心",), ("镇河长办",), ("镇宣传办",), ("镇河长办",)]
    assert notice.tasks[2].partners == ("镇团委",)
    assert [t.due for t in notice.tasks] == ["3月1日—4月30日", "3月1日—4月30日", "3月1日—4月30日", "5月1日—12月31日"]
    assert any(w.code == "cell-filled-from-above" for w in notice.warnings)


@pytest.mark.parametrize(
    "line",
    [
        "县教育局|县财政局",  # a pair of units a bar apart
        "首页|新闻中心|政务公开|互动交流",  # a site's menu: no task column
        "|序号|工作内容|牵头单位|",  # outer bars: a pipe row of its own form
    ],
)
def test_bars_that_are_no_bare_table_header_stay_as_written(line: str) -> None:
    lines = split_lines(line + "\n")
    assert bare_bars_spaced(lines) == lines


@pytest.mark.parametrize(
    ("row", "read"),
    [
        ("｜开展沿河企业排污检查｜镇环保站｜镇安监站｜周明\n", True),
        ("｜开展沿河企业排污检查｜镇环保站｜东村｜西村联合巡查｜周明\n", False),
    ],
    ids=["same-bars", "a-bar-inside-a-cell"],
)
def test_a_row_with_a_bar_inside_a_cell_leaves_the_table_as_written(row: str, read: bool) -> None:
    notice = parse_text(HEAD + TABLE + row + CLOSE)
    assert (len(notice.tasks) == 5) is read
    assert not any("排污检查" in t.text and "落实保洁员" in t.text for t in notice.tasks)
