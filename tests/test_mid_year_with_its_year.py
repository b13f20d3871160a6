"""The middle of a named year as a deadline (2025年年中, 2025年年中前, 2025年中前): due as written, ending on the
last day of June of that year, as 年中 alone does in the notice's year. Near misses keep their old reading: a
mid-year review (年中考核), a mid-term one (中期评估) and a year before 中央 name no time of the work.

The notice is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.deadlines import Deadline, resolve


@pytest.mark.parametrize(
    ("due", "notice_year", "expected"),
    [
        ("2025年年中", None, Deadline(2025, "2025-06-30", None, "date")),
        ("2025年年中前", 2024, Deadline(2025, "2025-06-30", None, "date")),
        ("2025年中前", None, Deadline(2025, "2025-06-30", None, "date")),
        ("年中前", 2024, Deadline(2024, "2024-06-30", None, "date")),
        # near misses: the year alone, its end
        ("2025年中期", None, Deadline(2025, "2025-12-31", None, "date")),
        ("2025年年底前", None, Deadline(2025, "2025-12-31", None, "date")),
        ("2025年上半年", None, Deadline(2025, "2025-06-30", None, "date")),
    ],
)
def test_resolve_the_middle_of_a_named_year(due: str, notice_year: int | None, expected: Deadline) -> None:
    assert resolve(due, notice_year) == expected


NOTICE = """\
柳湾县人民政府办公室关于印发柳湾县集镇供水改造实施方案的通知
柳政办发〔2024〕9号
各乡镇人民政府，县直各部门：
现将《柳湾县集镇供水改造实施方案》印发给你们，请认真贯彻执行。
柳湾县人民政府办公室
2024年11月20日
柳湾县集镇供水改造实施方案
一、重点任务
（一）完成水厂选址。（县水利局负责，2025年年中前完成）
（二）完成管网勘测。（县水利局牵头，县自然资源局配合，2025年年中）
（三）建成加压泵站，2025年中前完成。（县水利局负责）
（四）组织2025年年中考核，通报进展。（县水利局负责）
（五）贯彻2025年中央一号文件精神，完善供水设施。（县农业农村局负责）
（六）开展2025年中期评估。（县发展改革局负责）
"""


def test_the_middle_of_a_named_year_in_annotations_and_prose() -> None:
    got = [(t.due, t.due_year, t.due_date) for t in parse_text(NOTICE).tasks]
    assert got == [
        ("2025年年中前", 2025, "2025-06-30"),
        ("2025年年中", 2025, "2025-06-30"),
        ("2025年中前", 2025, "2025-06-30"),
        (None, None, None),  # a mid-year review, no deadline
        (None, None, None),  # a year before 中央
        (None, None, None),  # a mid-term review
    ]
