"""A table written with bars whose rows end in empty cells glued together (… | 持续推进 | ||), the header too,
and whose first row carries the merged cells of its part and clause before its number. Every row is a row
of the table: none is left as an unread line. The notice is written for the test (an invented city)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

NOTICE = """\
荆原市人民政府办公室关于印发荆原市2022年政务公开工作要点的通知
各县、市、区人民政府，市政府各部门：
现将《荆原市2022年政务公开工作要点》及任务分解责任清单印发给你们，请认真贯彻落实。
荆原市人民政府办公室
2022年7月25日
荆原市2022年政务公开任务分解责任清单
工作任务 | 具体要求 | 责任单位 | 时限要求 | ||
一、以公开助力经济发展。 | (一)加强涉及市场主体的信息公开。 | 1 | 公开涉及市场主体政策文件的决策、解读情况。 | 市政府各有关部门,各县市区人民政府负责落实 | 持续推进 |
2 | 开设行业帮扶政策公开专题,加大解读的公开力度。 | 市政府各有关部门,各县市区人民政府负责落实 | 持续推进 | ||
3 | 用好营商环境问题投诉、处置、回应机制。 | 市发展改革委牵头,市住建局配合 | 2022年12月底前 | ||
(二)加强就业信息公开。 | 4 | 及时发布就业政策,做好政策解读。 | 市人社局 | 持续推进 | ||
"""


@pytest.mark.parametrize(
    ("n", "starts", "departments", "lead", "partners", "due"),
    [
        (1, "公开涉及市场主体", ["市政府各有关部门", "各县市区人民政府"], [], [], "持续推进"),
        (2, "开设行业帮扶政策", ["市政府各有关部门", "各县市区人民政府"], [], [], "持续推进"),
        (3, "用好营商环境问题", ["市发展改革委", "市住建局"], ["市发展改革委"], ["市住建局"], "2022年12月底前"),
        (4, "及时发布就业政策", ["市人社局"], [], [], "持续推进"),
    ],
)
def test_each_row_is_a_task_with_its_units(
    n: int, starts: str, departments: list[str], lead: list[str], partners: list[str], due: str
) -> None:
    notice = parse_text(NOTICE)
    assert len(notice.tasks) == 4
    task = notice.tasks[n - 1]
    assert task.text.startswith(starts)
    assert (list(task.departments), list(task.lead), list(task.partners), task.due) == (
        departments,
        lead,
        partners,
        due,
    )


def test_no_row_is_left_unread() -> None:
    notice = parse_text(NOTICE)
    assert not [w for w in notice.warnings if w.code in {"annex-unparsed", "row-incomplete"}]
    assert notice.tasks[2].due_year == 2022
