"""A block closed by a sentence that is only a month and the verb of finishing (`…配合。2026年4月完成。`): that month
is the deadline. Controls: a plain month inside a sentence of work is when something happens, no deadline, and
a month with another verb after it (`召开`) is no such sentence. Texts written for the test."""

from __future__ import annotations

import pytest

from policy_cli.parse.deadlines import deadline_in_prose

CASES = [
    ("组织开展防灾减灾宣传周活动。由县应急管理局牵头，县教育局配合。2026年5月完成。", "2026年5月"),
    ("修订森林防火应急预案。由县林业局负责。9月全面完成。", "9月"),
    ("建成智慧水务平台。2026年11月20日建成。", "2026年11月20日"),
    # controls
    ("组织开展防灾减灾宣传周活动，2026年5月完成。", None),
    ("2026年5月召开全县应急管理工作会议。由县应急管理局牵头。", None),
    ("召开工作推进会。由县应急管理局牵头。2026年5月召开。", None),
    ("修订森林防火应急预案。2026年6月底前完成。", "2026年6月底前"),
]


@pytest.mark.parametrize(("text", "due"), CASES)
def test_a_closing_sentence_of_a_month_and_finishing(text: str, due: str | None) -> None:
    assert deadline_in_prose(text) == due
