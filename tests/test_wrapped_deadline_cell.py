"""A deadline cell the page wrapped onto a line of its own under a row whose cells spaces separate: the
row's deadline, not more of its task text (table of inputs and the row's text and deadline)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_HEAD = "青埠市2026年招商引资重点任务清单\n序号 责任单位 工作任务 完成时限\n"
_LAST = "3 市商务局 组织重点产业链招商推介活动 2026年10月底前\n"


@pytest.mark.parametrize(
    ("row", "text", "due"),
    [
        # the deadline alone on the next line is the row's deadline cell
        (
            "2 市商务局、市财政局 兑现招商引资奖补政策，开展项目落地回头看\n2026年8月底前\n",
            "兑现招商引资奖补政策，开展项目落地回头看",
            "2026年8月底前",
        ),
        ("2 市发展改革委 建立重大项目储备库\n持续推进\n", "建立重大项目储备库", "持续推进"),
        # near miss: a sentence going on with the task text is text, though it names a year's end
        (
            "2 市商务局 兑现招商引资奖补政策，\n年底前完成全部兑付。 2026年12月底前\n",
            "兑现招商引资奖补政策，年底前完成全部兑付。",
            "2026年12月底前",
        ),
    ],
)
def test_a_deadline_wrapped_to_its_own_line_is_the_rows(row: str, text: str, due: str) -> None:
    notice = parse_text(_HEAD + "1 市商务局 编制招商图谱 2026年3月底前\n" + row + _LAST)
    assert [(t.id, t.text, t.due) for t in notice.tasks][1] == (2, text, due)
    assert "task-without-date" not in [w.code for w in notice.warnings]
