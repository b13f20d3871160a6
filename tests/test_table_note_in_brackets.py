"""A note under a table scraped one cell a line, wholly in brackets and saying what the cells mean (（表内“/”表示无配合
单位）): no cell of the last row, which keeps its own cells; a bracketed unit is no such note."""

from __future__ import annotations

from policy_cli.parse import parse_text

TABLE = (
    "某县2025年政务服务提升任务清单\n序号\n工作任务\n牵头单位\n配合单位\n完成时间\n"
    "1\n推行高频事项一网通办。\n县政务服务中心\n县数据资源局\n2025年6月底前\n"
    "2\n建立企业诉求快速响应机制。\n县工商联\n/\n2025年9月底前\n"
    "3\n开展政务服务满意度测评。\n县政务服务中心\n县统计局、县委督查室\n每季度\n"
)


def test_a_bracketed_note_under_the_table_is_no_cell_of_its_last_row() -> None:
    notice = parse_text(TABLE + "（表内“/”表示无配合单位）\n")
    last = notice.tasks[-1]
    assert last.lead == ("县政务服务中心",)
    assert last.partners == ("县统计局", "县委督查室")
    assert last.due == "每季度"
    assert not any(w.code == "row-too-long" for w in notice.warnings)
    assert notice.tasks[1].partners == ()
