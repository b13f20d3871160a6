"""A task cell the page wrapped onto a line of its own under its row, the row's other cells empty there, is
joined back into that row's task cell in tab, pipe and space-separated tables alike; a line after the table
that is a sentence of its own, a deadline or units stays apart."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

TAB = "附件\n青湾县2025年安全生产任务清单\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
PIPE = "附件\n青湾县2025年安全生产任务清单\n|序号|工作任务|责任单位|完成时限|\n"
SPACED = (
    "附件\n青湾县2025年安全生产任务清单\n序号   工作任务                       牵头单位      配合单位      完成时限\n"
)

WRAPPED: list[tuple[str, str]] = [
    (
        TAB + "1\t开展燃气管道隐患排查，\t县住建局\t县应急局\t2025年9月底前\n\t重点整治老旧小区管线\t\t\t\n"
        "2\t开展危化品运输专项检查\t县交通运输局\t县公安局\t2025年6月底前\n",
        "开展燃气管道隐患排查，重点整治老旧小区管线",
    ),
    (
        PIPE + "|1|推进矿山安全改造，关闭退出|县应急局|2025年12月|\n| |小型矿山3座| | |\n"
        "|2|开展消防安全检查|县消防救援大队|2025年6月|\n",
        "推进矿山安全改造，关闭退出小型矿山3座",
    ),
    (
        SPACED + "1      建设应急物资储备库，新建     县应急局      县财政局      2025年10月底前\n"
        "       乡镇储备点12个\n"
        "2      开展应急演练                 县应急局      各乡镇        2025年6月底前\n",
        "建设应急物资储备库，新建乡镇储备点12个",
    ),
]


@pytest.mark.parametrize(("notice", "text"), WRAPPED)
def test_a_wrapped_task_cell_joins_its_row(notice: str, text: str) -> None:
    parsed = parse_text(notice)
    assert [t.text for t in parsed.tasks] == [text, parsed.tasks[1].text]
    assert len(parsed.tasks) == 2
    assert not [w for w in parsed.warnings if w.code == "annex-unparsed"]


APART = [
    TAB + "1\t开展燃气管道隐患排查。\t县住建局\t县应急局\t2025年9月底前\n请各单位每月25日前报送进展。\n",
    TAB + "1\t开展燃气管道隐患排查，\t县住建局\t县应急局\t2025年9月底前\n本清单由县安委办负责解释\n",
    TAB + "1\t开展燃气管道隐患排查\t县住建局\t县应急局\t2025年9月底前\n\n分享到：\n【我要纠错】【打印】【关闭】\n",
    TAB + "1\t开展燃气管道隐患排查\t县住建局\t县应急局\t2025年9月底前\n\n重点整治老旧小区管线\n",
]


@pytest.mark.parametrize("notice", APART)
def test_a_line_after_a_row_that_is_no_part_of_its_cell(notice: str) -> None:
    parsed = parse_text(notice)
    assert parsed.tasks[0].text.rstrip("，。") == "开展燃气管道隐患排查"
