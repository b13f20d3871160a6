"""Deadlines written in digits (2025.10.31, 2025/12/31前, 2025-09-30前, 2025.6底前, 2025.3-2025.6), as tables,
labels and annotations of the genre write them: read wherever a deadline in words is, dated at the precision
written; a decimal figure, a version, a phone number or a section number is never a date."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.deadlines import Deadline, deadline_in_prose, resolve


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        ("2026.4.30", Deadline(2026, "2026-04-30", None, "date")),
        ("2026.04.30前", Deadline(2026, "2026-04-30", None, "date")),
        ("2026/9/30之前", Deadline(2026, "2026-09-30", None, "date")),
        ("2026-11-15前", Deadline(2026, "2026-11-15", None, "date")),
        ("2026.8", Deadline(2026, "2026-08-31", None, "date")),
        ("2026.2底前", Deadline(2026, "2026-02-28", None, "date")),
        ("2026年4.30", Deadline(2026, "2026-04-30", None, "date")),
        ("2026.2-2026.5", Deadline(2026, "2026-05-31", "2026-02-01", "range")),
        ("2026.2—5", Deadline(2026, "2026-05-31", "2026-02-01", "range")),
        ("2026.2.1-2.28", Deadline(2026, "2026-02-28", "2026-02-01", "range")),
        ("2026-03-2026-06", Deadline(2026, "2026-06-30", "2026-03-01", "range")),
        ("2026.4.30前完成设计，2026.10.31前完成施工", Deadline(2026, "2026-10-31", None, "date")),
    ],
)
def test_a_date_in_digits_resolves_as_in_words(due: str, expected: Deadline) -> None:
    assert resolve(due, 2026) == expected


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("力争2026.6.30前完成改造。", "2026.6.30前"),
        ("于2026.9底前建成绿道5公里。", "2026.9底前"),
        ("2026/10/31之前完成验收。", "2026/10/31之前"),
        ("于2026.7.15完成。", "2026.7.15"),
        ("2026.3-2026.6开展集中整治。", "2026.3-2026.6"),
        ("2026.4.30前完成设计，2026.10.31前完成施工。", "2026.10.31前"),
        # figures, not dates
        ("农村居民人均可支配收入增长6.5%。", None),
        ("每户补助2.5万元，按第1.2项执行。", None),
        ("升级系统至2.1.3版本，开通热线0731-8612345。", None),
        ("累计投资2026.5万元。", None),
        ("2026.4.30召开推进会。", None),  # a day something happens, not a deadline
    ],
)
def test_a_deadline_in_digits_in_prose(text: str, due: str | None) -> None:
    assert deadline_in_prose(text) == due


ANNOTATED = """\
白沙县关于推进城乡环境整治工作的实施方案
白政办发〔2026〕3号
一、重点任务
（一）整治河道。清理河道垃圾。（牵头单位：县水务局；配合单位：县财政局；完成时限：2026.11.30）
（二）改造公厕。每季度巡查一次公厕。（县住建局负责，2026/10/31前完成）
（三）治理扬尘。开展扬尘专项检查。（县生态环境局牵头，县交通运输局配合，2026-08-31前）
（四）建设绿道。于2026.9底前建成绿道5公里。（责任单位：县林业局）
（五）规范摊点。规范流动摊点管理。
责任单位：县城管局
完成时限：2026.12
（六）改造管网。分阶段推进，2026.6.30前完成设计，2026.12.31前完成施工。（县住建局负责）
（七）宣传发动。开展宣传活动。（县委宣传部负责，2026.3-2026.6）
（八）提高收入。农村居民收入增长6.5%，每户补助2.5万元。（县农业农村局负责）
（九）升级热线。升级系统至2.1.3版本，开通热线0731-8612345。（县数据局负责）
"""


def test_annotations_labels_and_prose_in_digits() -> None:
    notice = parse_text(ANNOTATED)
    got = [(t.due, t.due_date, t.due_from) for t in notice.tasks]
    assert got == [
        ("2026.11.30", "2026-11-30", None),
        ("2026/10/31前", "2026-10-31", None),  # the annotation's date, not the text's 每季度
        ("2026-08-31前", "2026-08-31", None),
        ("2026.9底前", "2026-09-30", None),
        ("2026.12", "2026-12-31", None),
        ("2026.12.31前", "2026-12-31", None),
        ("2026.3-2026.6", "2026-06-30", "2026-03-01"),
        (None, None, None),
        (None, None, None),
    ]
    assert [t.partners for t in notice.tasks][2] == ("县交通运输局",)
    assert not [w for w in notice.warnings if w.code in ("roles-partly-read", "deadline-undated")]


TABLE = """\
白沙县2026年重点工作任务分解表
序号\t工作任务\t牵头单位\t配合单位\t完成时限
1\t完成老旧小区改造3个。\t县住建局\t县财政局\t2026.10.31
2\t建设农贸市场1个。\t县商务局\t—\t2026/12/31前
3\t开展消防安全检查。\t县消防救援大队\t县应急局\t2026.6底前
4\t推进数字乡村建设。\t县农业农村局\t县数据局\t2026.3-2026.9
5\t编制国土空间规划。\t县自然资源局\t—\t2026.3—6
6\t建设污水管网。\t县住建局\t—\t2026年10.31
"""


def test_a_deadline_column_in_digits() -> None:
    notice = parse_text(TABLE)
    got = [(t.due, t.due_date, t.due_kind) for t in notice.tasks]
    assert got == [
        ("2026.10.31", "2026-10-31", "date"),
        ("2026/12/31前", "2026-12-31", "date"),
        ("2026.6底前", "2026-06-30", "date"),
        ("2026.3-2026.9", "2026-09-30", "range"),
        ("2026.3—6", "2026-06-30", "range"),
        ("2026年10.31", "2026-10-31", "date"),
    ]
    assert not notice.warnings


# a notice naming no year of its own (title, date, 文号): a date in digits names the year deadlines without one
# take, as a date in words does; two years named leave them undated
NO_YEAR = """\
白沙县城乡环境整治实施方案
一、重点任务
（一）整治河道。清理河道垃圾。（县水务局负责，{first}）
（二）改造公厕。新建公厕12座。（县住建局负责，6月底前）
（三）整治扬尘。开展扬尘检查。（县生态环境局负责，{third}）
"""


@pytest.mark.parametrize(
    ("first", "third", "due_dates", "codes"),
    [
        ("2026.11.30前", "2026/12/31前", ["2026-11-30", "2026-06-30", "2026-12-31"], ["deadline-year-from-text"]),
        ("2026年11月30日前", "2026.12", ["2026-11-30", "2026-06-30", "2026-12-31"], ["deadline-year-from-text"]),
        ("2026.11.30前", "2027.3.31前", ["2026-11-30", None, "2027-03-31"], ["deadline-undated"]),
    ],
)
def test_a_date_in_digits_names_the_notices_year(
    first: str, third: str, due_dates: list[str | None], codes: list[str]
) -> None:
    notice = parse_text(NO_YEAR.format(first=first, third=third))
    assert [t.due_date for t in notice.tasks] == due_dates
    assert [w.code for w in notice.warnings] == codes
