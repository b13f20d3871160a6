"""A table whose first column holds the part headings (一、…) and whose second holds the numbered tasks
(1.…): the heading cell is written on a group's first row only, and the scrape shifts the later rows of
the group left. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

PIPED = (
    "柳溪市档案馆2025年政务公开工作任务清单\n"
    "工作任务 | 具体要求 | 责任部门 |\n"
    "一、做好预算信息公开。 | 1.按时公开本馆年度预算和决算说明。 | 财务科 |\n"
    "2.公开政府采购意向和结果。 | 财务科牵头,办公室配合 | |\n"
    "二、办好网站栏目。 | 3.每月更新档案利用服务指南。 | 利用科 |\n"
    "4.及时答复网民留言。 | 各科室 | |\n"
)

TABBED = (
    "柳溪市档案馆2025年政务公开工作任务清单\n"
    "工作任务\t具体要求\t责任部门\t完成时限\n"
    "一、做好预算信息公开\t1.按时公开本馆年度预算和决算说明。\t财务科\t6月底前\n"
    "\t2.公开政府采购意向和结果。\t办公室\t持续推进\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            PIPED,
            [
                ("按时公开本馆年度预算和决算说明。", ("财务科",), (), (), 1),
                ("公开政府采购意向和结果。", ("财务科", "办公室"), ("财务科",), ("办公室",), 1),
                ("每月更新档案利用服务指南。", ("利用科",), (), (), 2),
                ("及时答复网民留言。", ("各科室",), (), (), 2),
            ],
        ),
        (
            TABBED,
            [
                ("按时公开本馆年度预算和决算说明。", ("财务科",), (), (), 1),
                ("公开政府采购意向和结果。", ("办公室",), (), (), 1),
            ],
        ),
    ],
)
def test_the_heading_cell_groups_the_numbered_rows(text: str, expected: list[tuple[object, ...]]) -> None:
    notice = parse_text(text)
    assert [(t.text, t.departments, t.lead, t.partners, t.group) for t in notice.tasks] == expected
    assert notice.annex is not None
    assert [g.title for g in notice.annex.groups][:1] == ["做好预算信息公开。" if text is PIPED else "做好预算信息公开"]
    assert not [w for w in notice.warnings if w.code in ("row-incomplete", "annex-unparsed")]


# the same kind of table scraped one cell a line with a bar alone between the cells; the header names
# the category and the content column but leaves the 序号 between them unnamed
BARRED = (
    "\n|\n".join(
        [
            "工作任务",
            "具体要求",
            "责任科室",
            "时限要求",
            "规范文件公开",
            "1",
            "清理本局现行规范性文件并公布目录。",
            "法规科",
            "9月底前",
            "加强政策解读",
            "2",
            "对新出台政策同步发布解读材料。",
            "各科室",
            "持续推进",
            "3",
            "每季度汇总一次群众咨询的问题。",
            "办公室",
            "每季度",
            "办好公开专栏",
            "4",
            "及时更新信息公开专栏内容。",
            "办公室",
            "长期坚持",
        ]
    )
    + "\n"
)


def test_a_bar_between_cells_and_an_unnamed_number_column() -> None:
    notice = parse_text(BARRED)
    assert [(t.id, t.text, t.departments, t.due, t.group) for t in notice.tasks] == [
        (1, "清理本局现行规范性文件并公布目录。", ("法规科",), "9月底前", 1),
        (2, "对新出台政策同步发布解读材料。", ("各科室",), "持续推进", 2),
        (3, "每季度汇总一次群众咨询的问题。", ("办公室",), "每季度", 2),
        (4, "及时更新信息公开专栏内容。", ("办公室",), "长期坚持", 3),
    ]
    assert notice.annex is not None
    assert [g.title for g in notice.annex.groups] == ["规范文件公开", "加强政策解读", "办好公开专栏"]
    assert sum(b.kind == "table-rule" for b in notice.boilerplate) == BARRED.count("\n|\n")
