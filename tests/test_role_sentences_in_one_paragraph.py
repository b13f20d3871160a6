"""One paragraph whose later sentence states roles of its own (…，由X牵头，Y配合。Z负责监督。年底前完成。): the
sentence most often adds to the same work, so the paragraph stays one task, keeping the deadline it gives, and no
piece of it (a bare deadline, a bare 负责 clause) becomes a task of its own. The notices are written for the test
(invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "石门县2025年古桥保护工作方案\n\n一、主要任务\n"

CASES = [
    # a later sentence naming an office that oversees the work, the deadline in brackets after it
    "（一）修缮古桥。对石拱桥实施加固，由县文旅局牵头，县水务局配合。县审计局负责监督。（2025年底前完成）\n",
    # a later bare 负责 clause, then the deadline as a sentence of its own
    "（一）修缮古桥。此项工作由县文旅局牵头，县水务局配合。县财政局负责。2025年底前完成。\n",
    # a later sentence with its own 协助 clause
    "（一）修缮古桥。对石拱桥实施加固，由县文旅局牵头，县水务局配合。各乡镇协助。2025年底前完成。\n",
]


@pytest.mark.parametrize("body", CASES)
def test_a_later_sentence_with_roles_stays_in_the_task(body: str) -> None:
    notice = parse_text(HEAD + body)
    assert len(notice.tasks) == 1
    task = notice.tasks[0]
    assert (task.lead, task.partners, task.due) == (("县文旅局",), ("县水务局",), "2025年底前")
    assert task.text.startswith("修缮古桥。")


def test_a_later_sentence_with_work_and_roles_of_its_own_is_a_task_of_its_own() -> None:
    # two sentences each with work and roles: each closes its own task, the deadline the later one's
    notice = parse_text(
        HEAD + "（一）修缮古桥。开展古桥普查，由县文旅局牵头，县水务局配合。对危桥实施加固，县交通局负责，各乡镇协助，"
        "2025年底前完成。\n"
    )
    assert [(t.lead, t.partners, t.due) for t in notice.tasks] == [
        (("县文旅局",), ("县水务局",), None),
        (("县交通局",), ("各乡镇",), "2025年底前"),
    ]
    assert not notice.warnings


def test_a_later_sentence_of_prose_stays_with_its_task() -> None:
    # near case: the second sentence names no roles: one task, the paragraph whole
    notice = parse_text(HEAD + "（一）修缮古桥。开展古桥普查，由县文旅局牵头，县水务局配合。各乡镇要做好宣传引导。\n")
    assert [(t.lead, t.partners) for t in notice.tasks] == [(("县文旅局",), ("县水务局",))]
    assert "宣传引导" in notice.tasks[0].text
