"""A preamble's sentence for the tasks whose units are left unsaid (未标注的由X负责, also inside a bracketed note),
and a dash's units followed by the task's deadline after a space (——综合科 6月底前). Each case is a short notice
written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text


def _notice(note: str) -> str:
    return "\n".join(
        [
            "云岭市2026年政务服务重点任务",
            note,
            "1.推行高频事项“一件事一次办”（市政务服务中心、市数据局）",
            "",
            "2.开展窗口服务质量评议",
            "",
            "3.规范中介服务收费（市发改委）",
            "",
        ]
    )


@pytest.mark.parametrize(
    ("note", "units"),
    [
        ("说明：括号内为责任单位；未标注的由市政务服务管理局负责。", ("市政务服务管理局",)),
        ("（注：括号内为责任单位。未标注责任单位的由市政务服务管理局负责）", ("市政务服务管理局",)),
        ("说明：括号内为责任单位；未注明责任单位的，由市政务服务管理局负责。", ("市政务服务管理局",)),
        # kept: a sentence naming no tasks left unsaid gives no units: the point is no task, and warned
        ("说明：括号内为责任单位。", None),
    ],
)
def test_the_units_of_tasks_left_unsaid(note: str, units: tuple[str, ...] | None) -> None:
    notice = parse_text(_notice(note))
    assert {t.line: t.departments for t in notice.tasks}.get(5) == units
    assert ("block-without-units", 5) in {(w.code, w.line) for w in notice.warnings} or units is not None


@pytest.mark.parametrize(
    ("item", "units", "due"),
    [
        ("1.编制年度统计分析报告。——综合科 6月底前", ("综合科",), "6月底前"),
        ("1.编制年度统计分析报告。——综合科，9月底前", ("综合科",), "9月底前"),
        ("1.编制年度统计分析报告。——综合科、法规科", ("综合科", "法规科"), None),
    ],
)
def test_a_dash_then_units_then_a_deadline(item: str, units: tuple[str, ...], due: str | None) -> None:
    tasks = parse_text(f"梅城市统计局2026年工作要点\n一、提升数据质量\n{item}\n").tasks
    assert [(t.departments, t.due) for t in tasks] == [(units, due)]
