"""A pipe table whose page wrapped a row cell by cell onto a row with no 序号: the task cell stops inside
its phrase, a units cell ends in 、 and the deadline cell's piece is no date of its own (2025年10月 /
底前). The pieces are put back into their row, never a task of their own; a row with no 序号 whose
cells do not go on with the row above stays a task sharing its number. The notices are written for the
test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEADER = ["青岚市2025年政务服务改革任务分工表", "| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |"]


def _table(*rows: str) -> str:
    return "\n".join([*HEADER, *rows, "| 9 | 开展政务服务满意度评价 | 市政务服务局 | 市统计局 | 2025年12月底前 |"])


@pytest.mark.parametrize(
    ("rows", "texts", "partners", "dues"),
    [
        (  # wrapped: task, partners and deadline go on under the row
            (
                "| 1 | 推行高频事项集成办理，推动 | 市政务服务局 | 市人社局、 | 2025年9月 |",
                "|   | 一件事一次办全覆盖 |   | 市医保局 | 底前 |",
            ),
            ("推行高频事项集成办理，推动一件事一次办全覆盖", "开展政务服务满意度评价"),
            (("市人社局", "市医保局"), ("市统计局",)),
            ("2025年9月底前", "2025年12月底前"),
        ),
        (  # wrapped: only the task and the partners go on
            (
                "| 1 | 建设全市统一的电子印章系统，推进 | 市数据局 | 市公安局、 | 2025年6月底前 |",
                "|   | 印章跨部门互认 |   | 市市场监管局 |   |",
            ),
            ("建设全市统一的电子印章系统，推进印章跨部门互认", "开展政务服务满意度评价"),
            (("市公安局", "市市场监管局"), ("市统计局",)),
            ("2025年6月底前", "2025年12月底前"),
        ),
        (  # not wrapped: the row above ends its sentence, so the row under it is a task of its own
            (
                "| 1 | 推行高频事项集成办理。 | 市政务服务局 | 市人社局、 | 2025年9月 |",
                "|   | 规范一件事一次办流程 |   | 市医保局 | 2025年10月底前 |",
            ),
            ("推行高频事项集成办理。", "规范一件事一次办流程", "开展政务服务满意度评价"),
            None,
            ("2025年9月", "2025年10月底前", "2025年12月底前"),
        ),
        (  # not wrapped: the deadline piece is a date of its own and no units cell is left open
            (
                "| 1 | 建设全市统一的电子印章系统，推进 | 市数据局 | 市公安局 | 2025年6月底前 |",
                "|   | 印章跨部门互认 |   | 市市场监管局 | 2025年9月底前 |",
            ),
            ("建设全市统一的电子印章系统，推进", "印章跨部门互认", "开展政务服务满意度评价"),
            None,
            ("2025年6月底前", "2025年9月底前", "2025年12月底前"),
        ),
    ],
)
def test_wrapped_pipe_row(
    rows: tuple[str, ...],
    texts: tuple[str, ...],
    partners: tuple[tuple[str, ...], ...] | None,
    dues: tuple[str, ...],
) -> None:
    notice = parse_text(_table(*rows))
    assert tuple(task.text for task in notice.tasks) == texts
    assert tuple(task.due for task in notice.tasks) == dues
    if partners is not None:
        assert tuple(task.partners for task in notice.tasks) == partners
        assert not any(w.code == "row-number-shared" for w in notice.warnings)
    else:
        assert any(w.code == "row-number-shared" for w in notice.warnings)


TIGHT_HEADER = "青岚市2025年政务服务问题整改清单\n|序号|存在问题|整改措施|责任单位|整改时限|\n"


@pytest.mark.parametrize(
    ("rows", "tasks"),
    [
        # a row with no space around its bars, broken inside its measure cell: one row
        (
            "|1|窗口排队时间长|推行预约办理，\n增设自助终端。|市政务服务局、市数据局|2025年6月底前|\n",
            [
                (
                    "窗口排队时间长 推行预约办理，增设自助终端。",
                    ("市政务服务局", "市数据局"),
                    "2025年6月底前",
                    3,
                )
            ],
        ),
        # broken inside the problem cell
        (
            "|1|窗口排队时间长，\n群众等候久|推行预约办理。|市政务服务局|2025年6月底前|\n",
            [("窗口排队时间长，群众等候久 推行预约办理。", ("市政务服务局",), "2025年6月底前", 3)],
        ),
        # near form: a row cut off before its closing bar, then a row of its own, is not joined to it
        (
            "|1|窗口排队时间长|推行预约办理。|市政务服务局\n|2|材料多|精简材料。|市数据局|2025年9月底前|\n",
            [("材料多 精简材料。", ("市数据局",), "2025年9月底前", 4)],
        ),
    ],
)
def test_a_tight_pipe_row_broken_inside_a_cell_is_one_row(
    rows: str, tasks: list[tuple[str, tuple[str, ...], str, int]]
) -> None:
    notice = parse_text(TIGHT_HEADER + rows)
    assert [(t.text, t.departments, t.due, t.line) for t in notice.tasks][-len(tasks) :] == tasks
