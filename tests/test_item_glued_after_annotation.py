"""An item the page glued after the annotation closing the item before it (…（县市场监管局负责）4.推进…) is an
item of its own when it is numbered next; a number that does not follow stays in the text."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "石门县2025年农业生产工作方案\n一、主要任务\n1.建设高标准农田1万亩。（县农业农村局负责，10月底前）\n"

# (the glued line, the tasks' paths and texts from the line)
CASES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "2.开展农资打假行动。（县市场监管局负责）3.推进农机化发展。综合机械化率达到80%。（县农业农村局负责）",
        [("一/2", "开展农资打假行动。"), ("一/3", "推进农机化发展。综合机械化率达到80%。")],
    ),
    (
        "2.开展农资打假行动。（县市场监管局负责）3.推进农机化发展。（县农业农村局负责）4.强化防灾减灾。（县应急局负责）",
        [("一/2", "开展农资打假行动。"), ("一/3", "推进农机化发展。"), ("一/4", "强化防灾减灾。")],
    ),
]


@pytest.mark.parametrize(("line", "expected"), CASES)
def test_an_item_glued_after_an_annotation_is_its_own(line: str, expected: list[tuple[str, str]]) -> None:
    notice = parse_text(HEAD + line + "\n")
    assert [(t.path, t.text) for t in notice.tasks if t.line == 4] == expected
    assert not [w for w in notice.warnings if w.code == "item-numbering-gap"]


def test_a_number_that_does_not_follow_stays_in_the_text() -> None:
    notice = parse_text(HEAD + "2.开展农资打假行动。（县市场监管局负责）5.推进农机化发展。（县农业农村局负责）\n")
    assert [t.path for t in notice.tasks if t.line == 4] == ["一/2", "一/2"]
