"""The office and date that printed a notice (…办公室  2025年2月26日印发), glued by a scrape onto the end of
its table's last row, is set aside as the notice's trailer: never part of a deadline or a unit. The
notice is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

TABLE = (
    "桐乡县非遗保护重点任务分工表\n"
    "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
    "1\t修订保护规划。\t县文旅局\t县自然资源局\t2025年6月底前\n"
    "2\t建成非遗工坊5个。\t县文旅局\t各乡镇人民政府\t2025年11月"
)
PRINTED = "桐乡县人民政府办公室　　2025年2月26日印发"


@pytest.mark.parametrize(
    "glue",
    ["\n", "　　", "\t", ""],  # on its own line, after spaces, after a tab, right after the deadline
)
def test_the_printing_line_is_no_cell(glue: str) -> None:
    notice = parse_text(TABLE + glue + PRINTED + "\n")
    assert [(t.lead, t.partners, t.due) for t in notice.tasks] == [
        (("县文旅局",), ("县自然资源局",), "2025年6月底前"),
        (("县文旅局",), ("各乡镇人民政府",), "2025年11月"),
    ]
    assert [b.text for b in notice.boilerplate if b.kind == "trailer"] == [PRINTED]


def test_a_deadline_that_ends_in_印发_keeps_it() -> None:
    notice = parse_text(TABLE + "\n3\t出台非遗保护办法。\t县文旅局\t县司法局\t2025年9月底前印发\n")
    assert notice.tasks[-1].due is not None and notice.tasks[-1].due.startswith("2025年9月底前")
    assert not [b for b in notice.boilerplate if b.kind == "trailer"]
