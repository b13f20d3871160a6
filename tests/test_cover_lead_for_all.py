"""One sentence of a cover naming the lead of every task: written as the document's own (`要点所列各项工作由X牵头`,
with or without 本) and closed by the cover's request (`，请认真贯彻落实`), every item takes that lead, an item
with its own `（配合单位：…）` adding those partners. Controls: a sentence of work or a request alone gives no
unit. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text


def _notice(cover: str) -> str:
    lines = [
        "青岚县人民政府办公室关于印发青岚县2025年招商引资工作要点的通知",
        "青政办〔2025〕8号",
        "各乡镇人民政府，县直各部门：",
        cover,
        "青岚县人民政府办公室",
        "2025年2月15日",
        "青岚县2025年招商引资工作要点",
        "一、重点工作",
        "1.开展产业链精准招商。（配合单位：县工业和信息化局）",
        "2.优化招商引资考核办法。",
    ]
    return "\n".join(lines) + "\n"


LED = [
    ("开展产业链精准招商。", ("县商务局", "县工业和信息化局"), ("县商务局",), ("县工业和信息化局",)),
    ("优化招商引资考核办法。", ("县商务局",), ("县商务局",), ()),
]
NOT_LED = [("开展产业链精准招商。", ("县工业和信息化局",), (), ("县工业和信息化局",))]
INTRO = "《青岚县2025年招商引资工作要点》已经县政府同意，现印发给你们。"

CASES = [
    pytest.param(INTRO + "要点所列各项工作由县商务局牵头，请认真贯彻落实。", LED, id="no-ben-then-request"),
    pytest.param(INTRO + "本要点所列各项工作由县商务局牵头，请认真贯彻落实。", LED, id="ben-then-request"),
    pytest.param(INTRO + "要点所列各项工作均由县商务局牵头。请遵照执行。", LED, id="no-ben-own-sentence"),
    pytest.param(INTRO + "计划所列任务由县商务局牵头，请结合实际抓好落实。", LED, id="plan-then-request"),
    # an exception for the tasks naming no lead reaches a block naming partners only, and one naming no unit
    pytest.param(INTRO + "本要点中未明确牵头单位的工作，由县商务局牵头。", LED, id="no-lead-named"),
    # controls: work given to a unit, and a request alone, give no task their lead
    pytest.param(INTRO + "请县商务局牵头做好招商引资考核，请认真贯彻落实。", NOT_LED, id="work-of-one-unit"),
    pytest.param(INTRO + "请认真贯彻落实。", NOT_LED, id="request-alone"),
]


@pytest.mark.parametrize(("cover", "expected"), CASES)
def test_cover_sentence_gives_every_task_its_lead(
    cover: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]
) -> None:
    notice = parse_text(_notice(cover), "case.txt")
    assert [(t.text, t.departments, t.lead, t.partners) for t in notice.tasks] == expected
