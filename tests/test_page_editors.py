"""The page's editors at the notice's end (责任编辑：…, 校对：… 审核：…, each a person's name alone on its line)
are page furniture, never more text of the last task, whether that task closes with labelled lines, an
annotation or a table row. A labelled line naming a unit (审核：县财政局) is no editor. The notices are
written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "柏川县2025年水利建设工作方案\n一、主要任务\n（一）修复水毁工程。全面修复堤防。（县水利局负责，2025年3月底前）\n"
AFTER_LABELS = HEAD + "（二）保障项目资金。及时足额拨付项目资金。\n　　责任单位：县财政局\n　　完成时限：持续推进\n"
AFTER_NOTE = HEAD + "（二）保障项目资金。及时足额拨付项目资金。（县财政局负责）\n"
TABLE = "柏川县2025年水利建设任务清单\n序号\t任务\t责任单位\t完成时限\n1\t保障项目资金\t县财政局\t持续推进\n"


@pytest.mark.parametrize(
    ("notice", "last_text"),
    [
        (AFTER_LABELS, "保障项目资金。及时足额拨付项目资金。"),
        (AFTER_NOTE, "保障项目资金。及时足额拨付项目资金。"),
        (TABLE, "保障项目资金"),
    ],
)
@pytest.mark.parametrize("footer", ["责任编辑：王芳", "校对：李某　审核：张某", "责任编辑:王芳\n【打印】【关闭】"])
def test_the_page_editors_are_no_task_text(notice: str, last_text: str, footer: str) -> None:
    parsed = parse_text(notice + footer + "\n")
    assert parsed.tasks[-1].text == last_text
    assert [b.text for b in parsed.boilerplate if b.kind == "footer"][:1] == [footer.split("\n")[0]]


def test_a_unit_after_the_label_is_no_editor() -> None:
    parsed = parse_text(AFTER_LABELS + "审核：县审计局\n")
    assert not [b for b in parsed.boilerplate if b.kind == "footer"]
