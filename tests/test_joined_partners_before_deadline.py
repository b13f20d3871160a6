"""A lead joining partners by 会同, then a deadline and the work (…会同Y于9月底前实现全程网办): the partners end
where the deadline starts, even where the work ends like a unit's name (网办); the deadline is read and the
sentence stays in the task's text. Where the partners are no unit the roles reader names, the item is warned,
never given a partner that runs into the work."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "青禾市数字政府建设工作方案\n一、工作任务\n1.建设政务云平台。（市数据局负责，6月底前）\n2.推进一网通办。"


@pytest.mark.parametrize(
    ("sentence", "lead", "partners", "due"),
    [
        ("市政务服务局会同市财政局于9月底前实现全程网办。", ("市政务服务局",), ("市财政局",), "9月底前"),
        ("市政务服务局会同市财政局9月底前实现全程网办。", ("市政务服务局",), ("市财政局",), "9月底前"),
        ("市政务服务局会同市财政局12月10日前实现全程网办。", ("市政务服务局",), ("市财政局",), "12月10日前"),
        # near misses, read as before: a work not ending like a unit's name, after a season, after a list of partners
        ("县民政局会同县退役军人事务局于春节前完成走访慰问。", ("县民政局",), ("县退役军人事务局",), "春节前"),
        (
            "市政务服务局会同市财政局、各区县人民政府于年底前完成网办。",
            ("市政务服务局",),
            ("市财政局", "各区县人民政府"),
            "年底前",
        ),
    ],
)
def test_partners_end_before_the_deadline(
    sentence: str, lead: tuple[str, ...], partners: tuple[str, ...], due: str | None
) -> None:
    notice = parse_text(HEAD + sentence + "\n")
    task = notice.tasks[-1]
    assert (task.lead, task.partners, task.due) == (lead, partners, due)
    assert task.text.endswith(sentence)


def test_partners_no_rule_names_are_warned_not_run_into_the_work() -> None:
    notice = parse_text(HEAD + "市政务服务局会同各区县人民政府于9月底前实现全程网办。\n")
    assert not any("实现" in u for t in notice.tasks for u in t.departments)
    assert 4 in {w.line for w in notice.warnings}
