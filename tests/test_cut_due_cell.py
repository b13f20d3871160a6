"""A table scraped one cell a line, each closed by a bar, whose text ends inside the last row's deadline cell
after its date (2019年9月底前印, the page cut there): the deadline is the date up to its 前, and the cut is
warned; a cell closed by its bar, or a cut cell holding no whole date, stays as written. Both ways."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

TABLE = (
    "某区文化旅游工作任务分解表\n"
    "序号 |\n工作任务 |\n责任单位 |\n完成时限 |\n"
    "1 |\n开展景区服务质量提升行动。 |\n区文旅局 |\n2019年6月底前 |\n"
    "2 |\n编制全域旅游发展规划。 |\n区文旅局、区自然资源局 |\n{last}\n"
)


@pytest.mark.parametrize(
    ("last", "due"),
    [
        ("2019年9月底前印", "2019年9月底前"),  # cut after the date: the date alone
        ("2019年底前编", "2019年底前"),
        ("2019年9月底前印 |", "2019年9月底前印"),  # closed by its bar: no cut, as written
        ("2019年9", "2019年9"),  # no whole date before the cut: as written
        # a whole cell going on past its date (a second date, a clause): read as any deadline cell, its last
        # date kept, never cut to its first
        ("2019年9月底前启动，2020年6月底前完成", "2020年6月底前"),
        ("2019年9月底前、12月底前", "2019年9月底前、12月底前"),
    ],
)
def test_a_deadline_cell_cut_after_its_date(last: str, due: str) -> None:
    notice = parse_text(TABLE.format(last=last))
    assert notice.tasks[0].due == "2019年6月底前"
    assert notice.tasks[-1].due == due
    assert list(notice.tasks[-1].departments) == ["区文旅局", "区自然资源局"]
