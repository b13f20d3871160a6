"""How a notice is released, (此件公开发布) on a line of its own after a table scraped one cell a line, is
the notice's trailer: never a cell of the last row, which keeps its units where they stand. A bracket
after the last row that says something else (a remark cell, （此项为新增任务）) stays the row's. The notices
are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "\n".join(
    [
        "岑湾县人民政府办公室关于印发岑湾县2025年防灾减灾重点任务分工的通知",
        "岑政办发〔2025〕3号",
        "各乡镇人民政府，县政府各部门：",
        "　　现将《岑湾县2025年防灾减灾重点任务分工》印发给你们，请认真抓好落实。",
        "岑湾县人民政府办公室",
        "2025年3月4日",
        "岑湾县2025年防灾减灾重点任务分工",
        "序号",
        "重点工作任务",
        "牵头单位",
        "配合单位",
        "完成时限",
        "1",
        "完成地质灾害隐患点巡查，更新群测群防名册。",
        "县自然资源局",
        "各乡镇人民政府",
        "2025年5月底前",
        "2",
        "开展“国际减灾日”科普宣传，组织学校疏散演练。",
        "县应急管理局",
        "县教育局、县科协",
        "每年10月",
    ]
)


@pytest.mark.parametrize(
    ("after", "trailer"),
    [
        ("\n（此件公开发布）\n", "（此件公开发布）"),
        ("\n\n（此件主动公开）\n", "（此件主动公开）"),
        ("\n(此件依申请公开)\n", "(此件依申请公开)"),
    ],
)
def test_the_release_note_is_no_cell_of_the_last_row(after: str, trailer: str) -> None:
    notice = parse_text(HEAD + after)
    assert [(t.lead, t.partners, t.due) for t in notice.tasks] == [
        (("县自然资源局",), ("各乡镇人民政府",), "2025年5月底前"),
        (("县应急管理局",), ("县教育局", "县科协"), "每年10月"),
    ]
    assert [b.text for b in notice.boilerplate if b.kind == "trailer"] == [trailer]
    assert not [w for w in notice.warnings if w.code == "row-too-long"]


REMARKS = "\n".join(
    [
        "岑湾县2025年防灾减灾重点任务分工",
        "序号",
        "重点工作任务",
        "牵头单位",
        "完成时限",
        "备注",
        "1",
        "完成地质灾害隐患点巡查。",
        "县自然资源局",
        "2025年5月底前",
        "—",
        "2",
        "建设县级应急避难场所2处。",
        "县应急管理局",
        "2025年11月底前",
        "（此项为新增任务）",
    ]
)


def test_a_bracket_that_is_no_release_note_stays_the_rows_remark() -> None:
    notice = parse_text(REMARKS + "\n")
    assert [(t.lead, t.due) for t in notice.tasks] == [
        (("县自然资源局",), "2025年5月底前"),
        (("县应急管理局",), "2025年11月底前"),
    ]
    assert not [b for b in notice.boilerplate if b.kind == "trailer"]
