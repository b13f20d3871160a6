"""A cover note that the tasks are listed under the unit that leads them (各项任务列于其牵头部门名下): each
task under a heading that is units' names alone has those units as lead. Without the note the heading's
units are responsible only. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

BODY = (
    "二、任务分工\n"
    "（一）县林业局\n"
    "　　1.完成荒山造林3000亩。\n"
    "　　2.开展林区防火巡查。（配合：县应急局）\n"
    "（二）各乡（镇）人民政府\n"
    "　　3.落实护林员日常巡护制度。\n"
    "（三）强化保障\n"
    "　　4.县财政局统筹安排造林补助资金。\n"
)


def _notice(note: str) -> str:
    return (
        "柏溪县绿化委员会办公室关于印发《柏溪县2025年国土绿化工作安排》的通知\n"
        "柏绿办〔2025〕2号\n"
        "各乡（镇）人民政府，县直有关单位：\n"
        f"　　现将《柏溪县2025年国土绿化工作安排》印发给你们。{note}请认真贯彻落实。\n"
        "一、目标\n　　全年完成营造林1万亩。\n" + BODY
    )


@pytest.mark.parametrize(
    ("note", "leads"),
    [
        (
            "各项任务列于其牵头部门名下，标注配合的单位协助实施。",
            [("县林业局",), ("县林业局",), ("各乡（镇）人民政府",)],
        ),
        ("任务按牵头单位分列。", [("县林业局",), ("县林业局",), ("各乡（镇）人民政府",)]),
        ("", [(), ("县林业局",), ()]),
    ],
)
def test_the_heading_unit_leads_its_tasks(note: str, leads: list[tuple[str, ...]]) -> None:
    notice = parse_text(_notice(note))
    headed = [t for t in notice.tasks if t.line <= 12]
    assert [t.lead for t in headed] == leads
    assert [t.departments[:1] for t in headed] == [("县林业局",), ("县林业局",), ("各乡（镇）人民政府",)]
    # a heading that names no unit gives no lead
    assert all(not t.lead for t in notice.tasks if t.line > 13)
