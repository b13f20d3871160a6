"""A rectification or supervision notice ordering, in its cover or closing, every problem it lists finished by one
date (请…于5月20日前将问题整改完成): each problem stating no deadline of its own takes it, told due-for-all-given at
the task (info); a problem with its own deadline keeps it. A report-back date, or two different dates, date
nothing."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "青禾市人民政府督查室\n督查通知单\n\n市住建局、市城管局、河东街道办事处：\n\n{cover}\n\n存在问题：\n"
ITEMS = (
    "1.河东路与青禾大道交叉口路面塌陷。（责任单位：市住建局）\n"
    "2.滨江公园东门垃圾堆放。（责任单位：河东街道办事处）\n"
    "3.人民广场周边夜市油烟扰民。（责任单位：市城管局，5月31日前完成）\n"
)
SIGNED = "\n青禾市人民政府督查室\n2023年5月20日\n"


@pytest.mark.parametrize(
    ("cover", "closing", "due"),
    [
        ("近期督查发现以下问题，请于6月30日前整改完成，并将整改情况书面报市政府督查室。", "", "6月30日前"),
        ("请各事涉部门对存在的问题立即进行整改，并于6月30日前将问题整改完成。", "", "6月30日前"),
        ("请各单位于2023年6月30日前完成整改，逾期未整改的将予以通报。", "", "2023年6月30日前"),
        ("近期督查发现以下问题。", "以上问题请于6月30日前整改完毕。\n", "6月30日前"),
        ("近期督查发现以下问题。", "各责任单位要于6月30日前整改到位，县政府督查室将适时复查。\n", "6月30日前"),
    ],
    ids=["cover", "cover-long", "cover-with-year", "closing", "closing-must"],
)
def test_the_notice_s_order_dates_each_problem_stating_none(cover: str, closing: str, due: str) -> None:
    notice = parse_text(HEAD.format(cover=cover) + ITEMS + closing + SIGNED)
    assert [t.due for t in notice.tasks] == [due, due, "5月31日前"]
    assert [t.due_date for t in notice.tasks] == ["2023-06-30", "2023-06-30", "2023-05-31"]
    given = [(w.line, w.severity) for w in notice.warnings if w.code == "due-for-all-given"]
    assert given == [(t.line, "info") for t in notice.tasks[:2]]


@pytest.mark.parametrize(
    "cover",
    [
        "请于6月30日前将整改情况书面报市政府督查室。",  # a report back
        "请各单位于6月底前将整改完成情况报送市政府督查室。",  # a report of the work done
        "请于6月30日前报送。",  # nothing finished by then
        "请河东街道于6月30日前整改完成，市住建局于7月31日前整改完成。",  # two dates: no telling which
    ],
    ids=["report-back", "report-of-work-done", "send-only", "two-dates"],
)
def test_no_order_for_every_problem_dates_nothing(cover: str) -> None:
    notice = parse_text(HEAD.format(cover=cover) + ITEMS + SIGNED)
    assert [t.due for t in notice.tasks] == [None, None, "5月31日前"]
    assert not any(w.code == "due-for-all-given" for w in notice.warnings)


def test_a_plan_s_order_to_finish_rectification_dates_none_of_its_tasks() -> None:
    plan = (
        "关于印发西岭县营商环境提升实施方案的通知\n\n各乡镇人民政府，县直各部门：\n\n"
        "现将方案印发给你们，对自查发现的问题，请于2024年10月底前整改到位。\n\n"
        "一、重点任务\n1.压缩企业开办时间。（责任单位：县市场监管局）\n2.推行一窗通办。（责任单位：县政务服务中心）\n"
    )
    notice = parse_text(plan)
    assert [t.due for t in notice.tasks] == [None, None]
    assert not any(w.code == "due-for-all-given" for w in notice.warnings)
