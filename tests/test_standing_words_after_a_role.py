"""Standing work written as an annotation's last piece, after the units and their verb
(（县水利局负责，持续实施）, 长期实施, 长期执行, 常抓不懈): the task's deadline as written, standing, no year; the
same words as a label's value were read so already. Near misses: the words opening the work itself
(持续实施巡查制度) are no deadline and stay warned as a piece the parser does not read.

The notice is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.deadlines import Deadline, resolve

HEAD = """\
柳湾县人民政府办公室关于印发柳湾县河道管护实施方案的通知
柳政办发〔2024〕12号
各乡镇人民政府，县直各部门：
现将《柳湾县河道管护实施方案》印发给你们，请认真贯彻执行。
柳湾县人民政府办公室
2024年5月8日
柳湾县河道管护实施方案
一、重点任务
"""


@pytest.mark.parametrize(
    ("item", "due", "kind", "warned"),
    [
        ("（一）清理河道垃圾。（县水利局负责，持续实施）", "持续实施", "standing", False),
        ("（一）巡查河岸堤防。（县水利局牵头，各乡镇人民政府配合，长期实施）", "长期实施", "standing", False),
        ("（一）落实河长制度。（县水利局负责，长期执行）", "长期执行", "standing", False),
        ("（一）整治非法采砂。（县公安局牵头，县水利局配合，常抓不懈）", "常抓不懈", "standing", False),
        ("（一）清理河道垃圾。（责任单位：县水利局；完成时限：常抓不懈）", "常抓不懈", "standing", False),
        # near misses: the words open the work, no time of it
        ("（一）清理河道垃圾。（县水利局负责，持续实施巡查制度）", None, None, True),
        ("（一）清理河道垃圾。（县水利局负责，长期执行值守任务）", None, None, True),
        # a standing word the parser read before, unchanged
        ("（一）清理河道垃圾。（县水利局负责，长期坚持）", "长期坚持", "standing", False),
    ],
)
def test_a_standing_piece_after_the_roles_is_the_deadline(
    item: str, due: str | None, kind: str | None, warned: bool
) -> None:
    notice = parse_text(HEAD + item + "\n")
    (task,) = notice.tasks
    assert (task.due, task.due_year, task.due_kind) == (due, None, kind)
    assert task.departments[0] in ("县水利局", "县公安局")
    assert any(w.code == "roles-partly-read" for w in notice.warnings) == warned


@pytest.mark.parametrize("due", ["持续实施", "长期实施", "长期执行", "常抓不懈"])
def test_the_standing_words_resolve_as_standing(due: str) -> None:
    assert resolve(due, 2024) == Deadline(None, None, None, "standing")
