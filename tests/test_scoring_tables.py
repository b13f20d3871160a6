"""An annex that scores the work (考核评分细则: 序号 / 考核项目 / 考核内容 / 分值 / 评分标准) is no task table: its
title, header and rows are set aside and told as info (scoring-table), never tasks with no units. A table
with a score column and a units column (an assessment list naming who answers for each line) is still a
task table. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

BODY = (
    "柏川镇人居环境整治工作方案\n一、主要任务\n"
    "（一）清理村庄垃圾。全面清理房前屋后垃圾。（镇村建办负责）\n"
    "（二）推进厕所改造。完成农户改厕100户，9月底前完工。（镇农业农村办负责）\n"
    "二、考核办法\n　　考核采取季评比、年终总评的方式。\n"
)
RUBRIC = (
    "附件1\n柏川镇人居环境整治考核评分细则\n序号\t考核项目\t考核内容\t分值\t评分标准\n"
    "1\t垃圾清理\t房前屋后无垃圾堆积\t50\t发现一处扣2分\n2\t厕所改造\t改厕任务按期完成\t50\t未完成的按比例扣分\n"
)
CONTACTS = "附件2\n柏川镇联络员名单\n序号\t单位\t姓名\t职务\t联系电话\n1\t镇村建办\t李强\t主任\t13800000001\n"
SCORED_TASKS = (
    "附件1\n柏川镇考核任务表\n序号\t考核内容\t分值\t责任单位\t完成时限\n"
    "1\t房前屋后无垃圾堆积\t50\t镇村建办\t2025年6月底前\n2\t改厕任务按期完成\t50\t镇农业农村办\t2025年9月底前\n"
)


@pytest.mark.parametrize(
    ("annex", "tasks", "codes"),
    [
        (RUBRIC, 2, {"scoring-table"}),
        (RUBRIC + CONTACTS, 2, {"scoring-table", "table-header-unread"}),
        (
            RUBRIC.replace("\t分值\t评分标准", "\t分值\t得分").replace("扣2分", "").replace("扣分", ""),
            2,
            {"scoring-table"},
        ),
        (SCORED_TASKS, 4, set()),
    ],
)
def test_a_scoring_table_is_no_task_table(annex: str, tasks: int, codes: set[str]) -> None:
    notice = parse_text(BODY + annex)
    assert len(notice.tasks) == tasks
    assert all(t.departments for t in notice.tasks)
    found = {w.code for w in notice.warnings if w.code in ("scoring-table", "table-header-unread", "annex-unparsed")}
    assert found == codes
    scoring = [w for w in notice.warnings if w.code == "scoring-table"]
    assert all(w.severity == "info" for w in scoring)
    if "scoring-table" in codes:
        kinds = {b.kind for b in notice.boilerplate}
        assert {"annex-heading", "unread-table"} <= kinds
