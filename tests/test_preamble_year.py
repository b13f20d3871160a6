"""A deadline without a year (年内, 年底前) in a notice whose title, dates, 文号 and tasks name no year takes the one
year its preamble names (现就2013年《政府工作报告》确定的重点工作…); a preamble naming two years, or none, gives
none. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

BODY = "一、重点工作\n1.谋划储备项目300个，年内完成。（省发改委主办，省农委协办）\n2.推进园区建设。（省商务厅负责）\n"


@pytest.mark.parametrize(
    ("preamble", "due_date"),
    [
        ("现就2013年《政府工作报告》确定的重点工作任务提出责任分工意见如下：", "2013-12-31"),
        ("现就《政府工作报告》确定的重点工作任务提出责任分工意见如下：", None),
        ("为落实2012年和2013年《政府工作报告》，提出责任分工意见如下：", None),
        # a day the preamble names (when a rule takes effect) is no year of the work
        ("本意见自2013年2月1日起施行，现提出责任分工意见如下：", None),
        ("现就2013年度重点工作提出责任分工意见如下：", "2013-12-31"),
        # a year the preamble looks back to is no year of the work
        ("为贯彻落实2023年中央经济工作会议精神，提出责任分工意见如下：", None),
    ],
)
def test_a_yearless_deadline_takes_the_preamble_s_one_year(preamble: str, due_date: str | None) -> None:
    notice = parse_text(
        "青原省人民政府关于落实《政府工作报告》重点工作责任分工的意见\n各市人民政府：\n" + preamble + "\n" + BODY
    )
    assert notice.tasks[0].due == "年内"
    assert notice.tasks[0].due_date == due_date


def test_a_year_taken_from_the_preamble_is_warned() -> None:
    notice = parse_text(
        "青原省人民政府关于落实《政府工作报告》重点工作责任分工的意见\n各市人民政府：\n"
        "现就2013年《政府工作报告》确定的重点工作任务提出责任分工意见如下：\n" + BODY
    )
    assert [w.code for w in notice.warnings if w.code == "deadline-year-from-text"] == ["deadline-year-from-text"]
