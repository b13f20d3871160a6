"""A task table scraped one cell a line whose full rows have no blank line between their cells: a blank line
inside a row short of lines stands for its empty cell (2 ⏎ task ⏎ (blank) ⏎ 各镇人民政府 ⏎ deadline: the lead cell is
empty, 各镇人民政府 the partner), the empty lead taken from the row above as a merged cell's; under a note that the
table's empty cells repeat the row above (表中空白单元格与上一行内容相同) an empty 配合单位 cell is filled too.
Near form: a page that puts blank lines between every cell tells no empty cell by them. The notices are written
for the test (invented places)."""

from __future__ import annotations

from policy_cli.parse import parse_text

HEAD = (
    "青岗县商务局关于印发青岗县2025年商贸流通工作任务分工的通知\n\n青商〔2025〕4号\n\n各镇人民政府，县直有关单位：\n"
    "现将任务分工印发给你们，请抓好落实。\n\n青岗县商务局\n2025年2月8日\n\n青岗县2025年商贸流通工作任务分工\n\n"
    "序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"
)
ROWS = [
    ["1", "建设县城商贸综合体1个", "县商务局", "县住建局、县市场监管局", "2025年9月底前"],
    ["2", "改造镇级商贸中心3个", "", "各镇人民政府", "2025年10月底前"],
    ["3", "新建村级便民超市20个", "", "", "2025年11月底前"],
    ["4", "建设县级冷链物流中心", "县交通运输局", "县供销社", "2025年8月底前"],
]


def _notice(rows: list[list[str]], note: str = "", gap: str = "\n") -> str:
    return HEAD + "".join(gap.join(cell for cell in row) + "\n" for row in rows) + note


def test_blank_lines_are_the_empty_cells() -> None:
    notice = parse_text(_notice(ROWS))
    assert [(t.lead, t.partners) for t in notice.tasks] == [
        (("县商务局",), ("县住建局", "县市场监管局")),
        (("县商务局",), ("各镇人民政府",)),
        (("县商务局",), ()),  # an empty 配合单位 stays empty
        (("县交通运输局",), ("县供销社",)),
    ]
    assert "cell-filled-from-above" in {w.code for w in notice.warnings}


def test_a_note_that_empty_cells_repeat_the_row_above_fills_the_partners_too() -> None:
    notice = parse_text(_notice(ROWS, "\n注：表中空白单元格与上一行内容相同。\n"))
    assert [(t.lead, t.partners) for t in notice.tasks[1:3]] == [(("县商务局",), ("各镇人民政府",))] * 2


def test_blank_lines_between_every_cell_tell_no_empty_cell() -> None:
    rows = [ROWS[0], ["2", "改造镇级商贸中心3个", "各镇人民政府", "2025年10月底前"], ROWS[3]]
    notice = parse_text(_notice(rows, gap="\n\n"))
    assert notice.tasks[1].lead == ("各镇人民政府",)
