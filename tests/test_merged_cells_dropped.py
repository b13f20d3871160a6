"""A bureau's task table scraped one cell a line whose merged cells the scrape dropped: a 完成时限,
责任领导 or 责任股室 cell merged over several rows is written on the first row only, so later rows have
no line for it and take it from the row above; the 指标 cell is the rows' group; the header's 责任股室
has its qualifier (单位) on a line of its own; the 备注 column is empty. Units of a 责任股室 column keep
the names as written, whatever they end in. The notice is written for the test (invented places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_cli.models import Notice
from policy_cli.parse import parse_text

FIXTURE = Path(__file__).parent / "fixtures" / "genre" / "bureau_vertical_merged_cells_dropped.txt"

EXPECTED = [
    # (text, departments, due, group)
    ("新建城区幼儿园2所，新增学位540个。", ("基础教育股", "县幼教中心"), "9月底前", 1),
    ("推进义务教育学校标准化建设，完成3所学校改造。", ("计财股基建办",), "9月底前", 1),
    ("开展教师全员培训。", ("计财股基建办",), "9月底前", 1),
    ("举办县级全民健身运动会1届。", ("体育股", "县体育中心"), "10月底前", 2),
    ("建成社区健身点15个。", ("体育股", "县体育中心"), "10月底前", 2),
    ("开展校园安全隐患排查，整改问题100%销号。", ("安全稳定股", "各中小学校"), "10月底前", 3),
]


@pytest.fixture(scope="module")
def notice() -> Notice:
    return parse_text(FIXTURE.read_text(encoding="utf-8"), FIXTURE.name)


@pytest.mark.parametrize(("at", "expected"), list(enumerate(EXPECTED)))
def test_each_row_takes_the_dropped_cells_from_above(notice: Notice, at: int, expected: tuple[object, ...]) -> None:
    task = notice.tasks[at]
    assert (task.text, task.departments, task.due, task.group) == expected
    assert task.lead == task.partners == ()


def test_the_header_and_its_groups(notice: Notice) -> None:
    assert len(notice.tasks) == len(EXPECTED)
    assert notice.annex is not None
    assert notice.annex.columns == ("number", "category", "task", "due", "leaders", "departments", "other")
    assert [g.title for g in notice.annex.groups] == ["基础教育", "体育事业", "学校安全"]
    assert [t.leaders for t in notice.tasks[:4]] == [("林 涛",), (), (), ("高明远",)]  # people, never units
    filled = [w for w in notice.warnings if w.code == "cell-filled-from-above"]
    assert {w.line for w in filled} >= {notice.tasks[2].line, notice.tasks[4].line}
