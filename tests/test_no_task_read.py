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
