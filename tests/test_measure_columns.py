"""A project table scraped one cell a line with a column no vocabulary knows whose measure stands in brackets
after its name (总投资（亿元）, 用地面积（亩）): a column of values, so the header is read whole and every row kept,
its cells named (column-not-kept), as a column with a name alone that the vocabulary knows (总投资) is read."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "某州2024年招商引资行动方案\n一、工作目标\n全年引进项目20个。（州投资促进局负责）\n附件1\n某州2024年重点招商项目清单\n"
ROWS = (
    "1\n年产10万吨硅材料项目\n建设生产线及配套设施\n45\n某经济技术开发区管委会\n2024年10月底前\n"
    "2\n新能源电池材料项目\n建设材料生产基地\n30\n州工业和信息化局、州商务局\n2024年9月底前\n"
    "3\n咖啡精深加工项目\n建设烘焙生产线\n8.5\n某县人民政府\n2024年12月底前\n"
)

# (the column's name, rows read, units of the last row, whether its cells are named as not kept)
COLUMNS: list[tuple[str, int, tuple[str, ...], bool]] = [
    ("总投资（亿元）", 3, ("某县人民政府",), True),
    ("用地面积（亩）", 3, ("某县人民政府",), True),
    ("投资额(万元)", 3, ("某县人民政府",), True),
    ("总投资", 3, ("某县人民政府",), False),
]


@pytest.mark.parametrize(("name", "rows", "units", "named"), COLUMNS)
def test_a_measured_column_keeps_the_rows(name: str, rows: int, units: tuple[str, ...], named: bool) -> None:
    header = f"序号\n项目名称\n建设内容\n{name}\n责任单位\n完成时限\n"
    notice = parse_text(HEAD + header + ROWS)
    annex = [t for t in notice.tasks if t.source == "annex"]
    assert len(annex) == rows
    assert annex[-1].departments == units
    assert annex[1].departments == ("州工业和信息化局", "州商务局")
    assert annex[0].due == "2024年10月底前"
    codes = [w.code for w in notice.warnings]
    assert "row-too-long" not in codes
    assert ("column-not-kept" in codes) is named


def test_without_the_column_the_rows_are_read_as_before() -> None:
    header = "序号\n项目名称\n建设内容\n责任单位\n完成时限\n"
    rows = "".join(ln + "\n" for ln in ROWS.splitlines() if not ln.replace(".", "").isdigit() or len(ln) == 1)
    notice = parse_text(HEAD + header + rows)
    assert len([t for t in notice.tasks if t.source == "annex"]) == 3
