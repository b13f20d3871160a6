"""A note under a task table saying a blank deadline cell is the row above's (注：完成时限栏空白的，与上一行同一类别
任务的完成时限相同): a row with no deadline takes the row above's, within its own category where the note says so,
told per row; a note on blank cells saying anything else leaves them blank; with no note on them at all, a blank
under a dated row of the same category, rows after it, is read as a merged cell, the row above's, told per row too."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

TABLE = (
    "某县2024年城乡环境整治任务清单\n\n"
    "序号\t类别\t工作任务\t牵头单位\t配合单位\t完成时限\n"
    "1\t道路保洁\t推行城区主干道机械化清扫。\t县城市管理局\t县财政局\t2024年5月底前\n"
    "2\t道路保洁\t规范沿街商户门前三包。\t县城市管理局\t县市场监管局\t\n"
    "3\t河道清理\t清理河道沿岸垃圾。\t县水利局\t各乡镇人民政府\t\n"
    "4\t河道清理\t建立河道巡查台账。\t县水利局\t县生态环境分局\t2024年9月底前\n\n"
)


@pytest.mark.parametrize(
    ("note", "dues"),
    [
        (
            "注：完成时限栏空白的，与上一行同一类别任务的完成时限相同。",
            ["2024年5月底前", "2024年5月底前", None, "2024年9月底前"],
        ),
        ("注：完成时限栏空白的，与上一行相同。", ["2024年5月底前", "2024年5月底前", "2024年5月底前", "2024年9月底前"]),
        # no note on blank cells: a blank under a dated row of its own category, rows after it, is a merged cell
        # (the first row of a category starts a cell of its own)
        ("注：各牵头单位每季度报送进展。", ["2024年5月底前", "2024年5月底前", None, "2024年9月底前"]),
        ("注：完成时间为空的，与上一行工作一并部署，时间另定。", ["2024年5月底前", None, None, "2024年9月底前"]),
        ("注：完成时限栏空白的，同上一行配合单位商定。", ["2024年5月底前", None, None, "2024年9月底前"]),
        ("注：完成时限栏空白的，与上一行相同。第3项不适用此规定。", ["2024年5月底前", None, None, "2024年9月底前"]),
    ],
    ids=["same-category", "any-row", "no-note-on-blanks", "deployed-with-above", "agreed-with-above", "exception"],
)
def test_a_blank_deadline_is_the_row_above_s_unless_a_note_says_otherwise(note: str, dues: list[str | None]) -> None:
    notice = parse_text(TABLE + note + "\n")
    assert [t.due for t in notice.tasks] == dues


def test_a_row_given_the_row_above_s_date_is_not_also_warned_as_undated() -> None:
    notice = parse_text(TABLE + "注：完成时限栏空白的，与上一行相同。\n")
    filled = {w.line for w in notice.warnings if w.code == "cell-filled-from-above"}
    undated = {w.line for w in notice.warnings if w.code == "task-without-date"}
    assert filled and not filled & undated


def test_a_blank_deadline_line_of_a_table_one_cell_a_line_is_the_row_above_s_but_for_the_last_row() -> None:
    table = (
        "某县供水保障任务分解表\n序号\n工作任务\n责任单位\n完成时限\n"
        "1\n编制农村供水规划\n县水利局\n2025年6月底前\n"
        "2\n划定水源保护区\n县生态环境分局\n\n"
        "3\n实施水厂扩建工程\n县城投集团\n2025—2026年\n"
        "4\n推进管网延伸\n县水利局\n\n"
    )
    notice = parse_text(table)
    assert [t.due for t in notice.tasks] == ["2025年6月底前", "2025年6月底前", "2025—2026年", None]
    assert [w.line for w in notice.warnings if w.code == "cell-filled-from-above"] == [10]
