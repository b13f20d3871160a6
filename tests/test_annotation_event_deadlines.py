"""Deadlines of an annotation that name a season, an event or a holiday period (秋收前, 节前, 春节、国庆等重要
节日期间) are kept as written and undated, as in table cells; spaces a PDF left in a deadline are dropped; a
time phrase closing the text before its annotation (2025年起每年排查一次) is the deadline as written."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "清水县2025年农业农村工作要点\n一、重点工作\n"

# (the annotation, the deadline as read, its kind)
EVENTS: list[tuple[str, str | None, str | None]] = [
    ("（县农业农村局牵头，各乡镇配合，秋收前）", "秋收前", "unknown"),
    ("（县农业农村局负责，春播前）", "春播前", "unknown"),
    ("（县文旅局牵头，县公安局配合，节前完成筹备）", "节前", "unknown"),
    ("（县城管局负责，春节、国庆等重要节日期间）", "春节、国庆等重要节日期间", "unknown"),
    # a school holiday, after a ；  or a comma, with its year or without
    ("（县教育局牵头，县公安局配合；2025年暑假前）", "2025年暑假前", "unknown"),
    ("（县教育局负责，寒假前）", "寒假前", "unknown"),
    ("（县水利局负责， 6月 底前）", "6月底前", "date"),
    ("（县水利局负责，2025年 6月 底前）", "2025年6月底前", "date"),
    # a holiday's period after no holiday's name, and 节前 inside a word, are no deadline
    ("（县城管局负责，节日市容保障）", None, None),
    ("（县教育局负责，暑假托管服务）", None, None),
    ("（县农业农村局负责，2025年9月底前）", "2025年9月底前", "date"),
]


@pytest.mark.parametrize(("annotation", "due", "kind"), EVENTS)
def test_an_event_or_season_closing_an_annotation(annotation: str, due: str | None, kind: str | None) -> None:
    notice = parse_text(f"{HEAD}1.稳定粮食播种面积。{annotation}\n2.开展农资打假。（县市场监管局负责）\n")
    task = notice.tasks[0]
    assert task.text == "稳定粮食播种面积。"
    assert (task.due, task.due_kind) == (due, kind)
    undated = [w for w in notice.warnings if w.code == "deadline-undated"]
    assert bool(undated) == (kind == "unknown")


def test_a_word_holding_jie_qian_is_no_deadline() -> None:
    notice = parse_text(f"{HEAD}1.精简审批环节前置要件。（县政务服务中心负责）\n")
    assert notice.tasks[0].due is None


# (the item's text before its annotation, the annotation, the deadline as read, its kind, where it starts)
PROSE: list[tuple[str, str, str | None, str | None, str | None]] = [
    (
        "开展自建房安全排查，2025年起每年排查一次",
        "（县住建局、各乡镇人民政府）",
        "2025年起每年排查一次",
        "standing",
        "2025-01-01",
    ),
    ("开展自建房安全排查，2025年起常态化开展。", "（县住建局负责）", "2025年起常态化开展", "standing", "2025-01-01"),
    # a last clause naming a unit is no time phrase: its start alone is the work's (standing from then)
    ("开展自建房安全排查，2025年起由县住建局接管。", "（县住建局负责）", "2025年起", "standing", "2025-01-01"),
    # a recurrence with no time is the cadence of the work, as written (standing, no start)
    ("开展自建房安全排查，每年排查一次", "（县住建局负责）", "每年", "standing", None),
]


@pytest.mark.parametrize(("text", "annotation", "due", "kind", "start"), PROSE)
def test_a_time_phrase_closing_the_text(
    text: str, annotation: str, due: str | None, kind: str | None, start: str | None
) -> None:
    task = parse_text(f"{HEAD}1.{text}{annotation}\n2.开展农资打假。（县市场监管局负责）\n").tasks[0]
    assert (task.due, task.due_kind, task.due_from) == (due, kind, start)
