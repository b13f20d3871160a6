"""A notice whose assignments the parser cannot read (here each line opens with the `??` a scrape leaves
for lost indentation): every line naming units by their role ends in a task or in a warning at its own
line, never in silence. The notice is written for the test (invented places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_cli.parse import parse_text

FIXTURE = Path(__file__).parent / "fixtures" / "genre" / "county_lost_indent_marks.txt"
TEXT = FIXTURE.read_text(encoding="utf-8")
LABELLED = [n for n, line in enumerate(TEXT.splitlines(), start=1) if "单位：" in line]


@pytest.mark.parametrize("number", LABELLED)
def test_each_labelled_line_is_a_task_or_warned_at_its_line(number: int) -> None:
    notice = parse_text(TEXT, FIXTURE.name)
    assert number in {t.line for t in notice.tasks} | {w.line for w in notice.warnings}


def test_the_labelled_lines_are_three() -> None:
    assert LABELLED == [15, 17, 19]


_OPENING = "某区2025年优化政务服务重点任务\n{early}\n二、工作要求\n各单位要按时报送进展情况。\n"


@pytest.mark.parametrize(
    ("early", "not_read"),
    [
        # a numbered block with its annotation before the first part: warned at its own line
        ("（一）推行社保卡一卡通办。（责任单位：区人社局、区政务服务中心）", [2]),
        ("1.压缩不动产登记时限。（区自然资源局牵头，区税务局配合）", [2]),
        # a numbered block without units, or an annotation on a line with no number: no such warning
        ("（一）推行社保卡一卡通办。", []),
        ("全区推行社保卡一卡通办。", []),
        ("全区推行社保卡一卡通办。（责任单位：区人社局）", []),
    ],
)
def test_an_annotated_block_before_the_first_part_is_warned(early: str, not_read: list[int]) -> None:
    notice = parse_text(_OPENING.format(early=early))
    assert not notice.tasks
    assert [w.line for w in notice.warnings if w.code == "work-not-read"] == not_read
    no_tasks = next(w for w in notice.warnings if w.code == "no-tasks")
    # it says there are no annotations only when there are none
    assert ("no annex table, assignment annotations or labelled" in no_tasks.message) == (not not_read)
    assert ("before the first part, on line(s) 2;" in no_tasks.message) == bool(not_read)
