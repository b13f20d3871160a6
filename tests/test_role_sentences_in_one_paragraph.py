"""One paragraph holding two sentences that each state their own roles (…，由X牵头，Y配合。对…实施…，Z负责，W协助，
年底前完成。): each sentence is a task of its own, from the sentence's start, with its own units and its own
deadline; a sentence of prose between them stays with the task before it. The notices are written for the test
(invented places)."""

from __future__ import annotations

from policy_cli.parse import parse_text

HEAD = "石门县2025年乡村旅游提升工作方案\n\n一、主要任务\n"


def test_each_sentence_stating_roles_is_a_task() -> None:
    notice = parse_text(
        HEAD + "（一）保护古村落。开展古民居普查建档，2025年6月底前完成建档，由县住房城乡建设局牵头，县自然资源局配合。"
        "对濒危古民居实施抢救性修缮，县文化广电旅游局负责，各乡镇人民政府协助，2026年底前完成首批修缮。\n"
        "（二）打造旅游线路。推出四季主题线路3条，由县文化广电旅游局牵头，县交通运输局配合。\n"
    )
    got = [(t.text[:6], t.lead, t.partners, t.due) for t in notice.tasks]
    assert got == [
        ("保护古村落。", ("县住房城乡建设局",), ("县自然资源局",), "2025年6月底前"),
        ("对濒危古民居", ("县文化广电旅游局",), ("各乡镇人民政府",), "2026年底前"),
        ("打造旅游线路", ("县文化广电旅游局",), ("县交通运输局",), None),
    ]
    assert not [w for w in notice.warnings if w.code == "role-not-read"]


def test_a_later_sentence_of_prose_stays_with_its_task() -> None:
    # near case: the second sentence names no roles: one task, the paragraph whole
    notice = parse_text(
        HEAD
        + "（一）保护古村落。开展古民居普查建档，由县住房城乡建设局牵头，县自然资源局配合。各乡镇要做好宣传引导。\n"
    )
    assert [(t.lead, t.partners) for t in notice.tasks] == [(("县住房城乡建设局",), ("县自然资源局",))]
    assert "宣传引导" in notice.tasks[0].text
