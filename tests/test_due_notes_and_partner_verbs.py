"""A dated deadline with a note of words in brackets after it (2025年8月底前（开学前）) is that date; a deadline in
an annotation followed by what is to be issued then (6月底前出台实施细则) is the task's deadline; units that
协同推进 or 协同配合 a task are its partners. An event alone (2025年汛前), or a bracket holding a time of its own,
stays as before."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.deadlines import resolve

# (a deadline as written, its date)
NOTES: list[tuple[str, str | None]] = [
    ("2025年8月底前（开学前）", "2025-08-31"),
    ("2025年6月底前(视情况)", "2025-06-30"),
    ("9月开学前", "2025-09-30"),
    ("2025年汛前", None),
    ("开学前（2025年）", None),
]


@pytest.mark.parametrize(("due", "date"), NOTES)
def test_a_dated_deadline_keeps_its_date_under_a_note(due: str, date: str | None) -> None:
    assert resolve(due, 2025).date == date


# (a date with a note, its kind): a note naming an event or a season keeps the date; a standing note says the
# work goes on past it
NOTE_KINDS: list[tuple[str, str]] = [
    ("2025年7月底前（汛期前）", "date"),
    ("2025年8月底前（开学前）", "date"),
    ("2025年11月（持续推进）", "standing"),
    ("2025年底前（长期坚持）", "standing"),
    ("2025年9月底前（常态化开展）", "standing"),
]


@pytest.mark.parametrize(("due", "kind"), NOTE_KINDS)
def test_a_standing_note_keeps_a_dated_deadline_standing(due: str, kind: str) -> None:
    assert resolve(due, 2025).kind == kind


HEAD = "某市2025年优化营商环境工作要点\n一、重点工作\n1.深化“一件事一次办”。新增10个集成服务场景。（市政务服务管理局负责）\n"

# (the item's annotation, departments, lead, partners, due)
ANNOTATIONS: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None]] = [
    (
        "（市司法局牵头，市直各行政执法部门配合,6月底前出台实施细则）",
        ("市司法局", "市直各行政执法部门"),
        ("市司法局",),
        ("市直各行政执法部门",),
        "6月底前",
    ),
    (
        "（市司法局牵头，市公安局配合，2025年9月底前制定工作方案）",
        ("市司法局", "市公安局"),
        ("市司法局",),
        ("市公安局",),
        "2025年9月底前",
    ),
    (
        "（各镇人民政府负责，县生态环境局、县水利局协同推进，2025年12月底前）",
        ("各镇人民政府", "县生态环境局", "县水利局"),
        ("各镇人民政府",),
        ("县生态环境局", "县水利局"),
        "2025年12月底前",
    ),
    ("（县水利局牵头，县财政局协同配合）", ("县水利局", "县财政局"), ("县水利局",), ("县财政局",), None),
]


@pytest.mark.parametrize(("annotation", "departments", "lead", "partners", "due"), ANNOTATIONS)
def test_an_annotations_deadline_and_partners(
    annotation: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...], due: str | None
) -> None:
    notice = parse_text(HEAD + f"2.规范涉企执法检查。全面推行“综合查一次”。{annotation}\n")
    task = notice.tasks[-1]
    assert (task.departments, task.lead, task.partners, task.due) == (departments, lead, partners, due)
    assert task.text == "规范涉企执法检查。全面推行“综合查一次”。"
