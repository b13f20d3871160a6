"""A supervision notice whose body opens with its findings in brackets (督办通知 ⏎ 【问题1】… ⏎ 承办单位：…), no 一、
part above them: the cover's words say it is a notice of rectification or supervision, so each finding opens a
task, as it does under a part. A page of questions in brackets (【问题1】…？ ⏎ 答：…) under a cover saying nothing of
supervision stays no task list."""

from __future__ import annotations

import pytest

from policy_cli.errors import InputError
from policy_cli.parse import parse_text

FINDINGS = (
    "【问题1】城关镇东街路灯长期不亮。\n承办单位：城关镇人民政府\n协办单位：县住建局\n办结时限：2024年5月底前\n\n"
    "【问题2】县道X012线多处坑洼。\n责任单位：县交通运输局\n办结时限：2024年6月\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "西岭县督办通知\n\n",
        "西岭县人民政府督查室\n关于城区路灯和道路问题的通知\n\n县住建局、县交通运输局：\n\n现将督查发现问题交办如下。\n\n",
        "西岭县城区设施问题整改清单\n\n",
    ],
    ids=["title", "cover-sentence", "list-title"],
)
def test_findings_opening_the_body_of_a_supervision_notice_are_tasks(head: str) -> None:
    notice = parse_text(head + FINDINGS)
    assert [(t.lead, t.partners, t.departments, t.due) for t in notice.tasks] == [
        (("城关镇人民政府",), ("县住建局",), ("城关镇人民政府", "县住建局"), "2024年5月底前"),
        ((), (), ("县交通运输局",), "2024年6月"),
    ]
    assert [t.text for t in notice.tasks] == ["城关镇东街路灯长期不亮。", "县道X012线多处坑洼。"]


def test_questions_in_brackets_under_a_cover_of_no_supervision_are_no_tasks() -> None:
    text = "西岭县消费券政策问答\n\n【问题1】消费券如何领取？\n答：由县商务局统一发放。\n\n【问题2】消费券何时过期？\n答：6月底前有效。\n"
    try:
        notice = parse_text(text)
    except InputError:
        return
    assert notice.tasks == ()


@pytest.mark.parametrize(
    ("closing", "due"),
    [
        ("请各承办单位高度重视，认真办理，办理结果于2024年7月10日前报县政府督查室。", None),
        ("请承办单位按时办结，并于办结后3个工作日内书面报告县政府督查室。", None),
        ("各有关单位要于2024年7月10日前将办理情况报县政府督查室。", None),
    ],
    ids=["report-the-result", "report-after-done", "each-unit-reports"],
)
def test_a_closing_asking_for_a_report_after_the_last_matter_is_no_part_of_it(closing: str, due: str | None) -> None:
    text = (
        "西岭县督办通知\n\n【问题1】城关镇东街路灯长期不亮。\n承办单位：城关镇人民政府\n办结时限：2024年5月底前\n\n"
        f"【问题2】县道X012线多处坑洼。\n承办单位：县交通运输局\n\n{closing}\n"
    )
    notice = parse_text(text)
    last = notice.tasks[-1]
    assert (last.due, last.text) == (due, "县道X012线多处坑洼。")
    assert notice.closing == closing
