"""A row of a piped table the parser did not read (its header's names unknown) whose task cell states roles
in prose (`…由街道办事处组织社区网格员落实报告责任。 | … | 综治办 卫健办 | 3月 |`): the row's units are its own
cell's, so the prose's are never taken as the task's; the row is warned `row-not-read` at its line. Roles
in prose stay read where no later cell of the row holds units, and in a block with no cells. Notices
written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEADER = "防控领域 | 工作环节 | 工作要求 | 措施清单 | 承担清单 | 节点清单 |\n一、队伍建设 |\n"

UNREAD_ROWS = [
    "(1)社区卫生站日常巡查工作,在疾控部门指导下,由街道办事处组织社区网格员落实报告责任。"
    " | 1.明确网格员报告职责; | 综治办 卫健办 | 3月 |\n",
    "(1)农贸市场环境整治,由镇人民政府牵头,市场管理所配合,每周开展一次清洗消杀。 | 1.建立消杀台账; | 市场所 | 全年 |\n",
]


@pytest.mark.parametrize("row", UNREAD_ROWS, ids=["organises", "leads"])
def test_prose_roles_in_a_cell_before_a_units_cell_are_not_the_rows(row: str) -> None:
    notice = parse_text(HEADER + row, "piped.txt")
    assert notice.tasks == ()
    assert [w.line for w in notice.warnings if w.code == "row-not-read"] == [3]


READ_ROLES = [
    # no cell after the prose holds units: the prose's roles are the task's
    (
        HEADER + "(1)农贸市场环境整治,由镇人民政府牵头,市场管理所配合,每周开展一次清洗消杀。 | 全年 |\n",
        ("镇人民政府",),
        ("市场管理所",),
    ),
    # no cells at all
    (
        "一、队伍建设\n（一）农贸市场环境整治，由镇人民政府牵头，市场管理所配合，每周开展一次清洗消杀。\n",
        ("镇人民政府",),
        ("市场管理所",),
    ),
]


@pytest.mark.parametrize(("text", "lead", "partners"), READ_ROLES, ids=["no-units-cell", "no-cells"])
def test_prose_roles_with_no_units_cell_after_them_are_read(
    text: str, lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    notice = parse_text(text, "prose.txt")
    assert [(t.lead, t.partners) for t in notice.tasks] == [(lead, partners)]
