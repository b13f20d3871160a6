"""A note under a task table saying a blank deadline cell is the row above's (注：完成时限栏空白的，与上一行同一类别
任务的完成时限相同): a row with no deadline takes the row above's, within its own category where the note says so,
told per row; without such a note a blank deadline stays blank."""

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
        ("注：各牵头单位每季度报送进展。", ["2024年5月底前", None, None, "2024年9月底前"]),
        ("注：完成时间为空的，与上一行工作一并部署，时间另定。", ["2024年5月底前", None, None, "2024年9月底前"]),
        ("注：完成时限栏空白的，同上一行配合单位商定。", ["2024年5月底前", None, None, "2024年9月底前"]),
        ("注：完成时限栏空白的，与上一行相同。第3项不适用此规定。", ["2024年5月底前", None, None, "2024年9月底前"]),
    ],
    ids=["same-category", "any-row", "no-such-note", "deployed-with-above", "agreed-with-above", "exception"],
)
def test_a_blank_deadline_is_the_row_above_s_only_where_a_note_says_so(note: str, dues: list[str | None]) -> None:
    notice = parse_text(TABLE + note + "\n")
    assert [t.due for t in notice.tasks] == dues


def test_a_row_given_the_row_above_s_date_is_not_also_warned_as_undated() -> None:
    notice = parse_text(TABLE + "注：完成时限栏空白的，与上一行相同。\n")
    filled = {w.line for w in notice.warnings if w.code == "cell-filled-from-above"}
    undated = {w.line for w in notice.warnings if w.code == "task-without-date"}
    assert filled and not filled & undated
