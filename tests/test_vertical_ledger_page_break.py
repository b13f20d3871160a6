"""A ledger scraped one cell a line whose page break repeats the header, a name the vocabulary does not know
(进展) included; rows with an empty cell written / and two people in the 责任人 cell; a deadline cell 长期. The
notices are written for the test (invented places and units)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEADER = "序号\n项目名称\n牵头单位\n配合单位\n责任人\n完成时限\n进展\n"
ROWS = [
    ("1", "改造老旧小区供水管网8公里。", "街道城建办", "各社区", "吴海", "2025年6月底前", "已完成4公里"),
    ("2", "新建口袋公园两处。", "街道城建办、街道财政所", "/", "吴海　彭雪", "2025年9月底前", "已选址"),
    ("3", "组建楼道长志愿队伍。", "街道党建办", "各社区", "林珊", "长期", "常态化开展"),
    ("4", "开展防汛应急演练。", "街道应急办", "街道派出所", "许东", "汛期前", "方案已印发"),
]


def _ledger(page_break_after: int | None) -> str:
    lines = ["芦汀街道2025年城市更新工作台账", "", HEADER.rstrip("\n")]
    for n, row in enumerate(ROWS, start=1):
        lines.extend(row)
        if page_break_after == n:
            lines.extend(["第 1 页 共 2 页", HEADER.rstrip("\n")])
    return "\n".join(lines) + "\n"


EXPECTED = [
    (("街道城建办",), ("各社区",), "2025年6月底前"),
    (("街道城建办", "街道财政所"), (), "2025年9月底前"),
    (("街道党建办",), ("各社区",), "长期"),
    (("街道应急办",), ("街道派出所",), "汛期前"),
]


@pytest.mark.parametrize("page_break_after", [None, 1, 2, 3])
def test_a_repeated_header_with_an_unknown_name_keeps_the_columns(page_break_after: int | None) -> None:
    notice = parse_text(_ledger(page_break_after))
    got = [(t.lead, t.partners, t.due) for t in notice.tasks]
    assert got == EXPECTED
    assert [t.text for t in notice.tasks] == [row[1] for row in ROWS]
    assert not any(w.code in ("row-too-long", "row-cells-guessed") for w in notice.warnings)
    # people are no units
    assert not any(name in unit for t in notice.tasks for unit in t.departments for name in ("吴海", "彭雪", "林珊"))


@pytest.mark.parametrize(
    ("people", "reads_as_people"),
    [
        ("吴海　彭雪", True),
        ("吴海、彭雪、林珊", True),
        ("吴 海", True),
        # a unit, or text, is no one's name
        ("街道城建办　街道财政所", False),
        ("已完成招标工作", False),
    ],
)
def test_the_people_cell_of_a_row_scraped_one_cell_a_line(people: str, reads_as_people: bool) -> None:
    row = ("1", "新建口袋公园两处。", "街道城建办", "/", people, "2025年9月底前", "已选址")
    notice = parse_text("\n".join(["芦汀街道2025年城市更新工作台账", "", HEADER.rstrip("\n"), *row]) + "\n")
    (task,) = notice.tasks
    if reads_as_people:
        assert (task.lead, task.partners, task.due) == (("街道城建办",), (), "2025年9月底前")
    else:
        assert any(w.code == "row-cells-guessed" for w in notice.warnings)
