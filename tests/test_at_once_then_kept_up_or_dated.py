"""An annotation whose time starts the work at once, then keeps it up (（县水利局负责，立即启动，持续推进）,
（…，立行立改，长期坚持）), or ends it by a date (立行立改，2024年10月底前完成): the deadline is both pieces as
written, as a 整改时限 label gives them, standing or due at the date (it was the first piece alone: 立即, an undated
deadline and a warning, or 立行立改 with its date lost). Near misses keep their reading: a date then standing work
keeps the date, and at once alone stays as it is.

The notice is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = """\
柳湾县人民政府办公室关于印发柳湾县河道问题整改方案的通知
柳政办发〔2024〕21号
各乡镇人民政府，县直各部门：
现将《柳湾县河道问题整改方案》印发给你们，请认真贯彻执行。
柳湾县人民政府办公室
2024年6月3日
柳湾县河道问题整改方案
一、整改任务
"""


@pytest.mark.parametrize(
    ("annotation", "due", "kind", "year"),
    [
        ("（县水利局负责，立即启动，持续推进）", "立即启动，持续推进", "standing", None),
        ("（县水利局牵头，各乡镇人民政府配合，立行立改，长期坚持）", "立行立改，长期坚持", "standing", None),
        ("（县水利局负责，立即整改，常态化推进）", "立即整改，常态化推进", "standing", None),
        ("（县水利局负责，立行立改，2024年10月底前完成）", "立行立改，2024年10月底前完成", "date", 2024),
        # near misses
        ("（县水利局负责，2024年10月底前完成，长期坚持）", "2024年10月底前", "date", 2024),
        ("（县水利局负责，立行立改）", "立行立改", "standing", None),
    ],
)
def test_at_once_then_kept_up_is_one_standing_deadline(annotation: str, due: str, kind: str, year: int | None) -> None:
    notice = parse_text(HEAD + "（一）清理河道垃圾。" + annotation + "\n")
    (task,) = notice.tasks
    assert (task.due, task.due_kind, task.due_year) == (due, kind, year)
    assert task.departments[0] == "县水利局"
    assert not [w for w in notice.warnings if w.code == "deadline-undated"]
