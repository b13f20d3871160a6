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


# (a folded line and where the search starts: the glued item is looked for only right after each closing bracket
# followed by a number, and must be found where a search of the whole line finds it)
GLUED_SEARCHES: list[tuple[str, int]] = [
    ("2.开展农资打假行动。(县市场监管局负责)3.推进农机化发展。", 2),
    ("2.开展农资打假行动。(县市场监管局负责) 3、推进农机化发展。", 2),
    ("(县市场监管局负责)3.推进农机化发展。", 0),
    ("(县市场监管局负责)3.推进农机化发展。", 1),
    ("(县市场监管局负责)3.推进农机化发展。", 10),
    ("(县市场监管局负责)3.推进农机化发展。", 11),
    ("2.投入资金(2024)3.推进农机化发展。", 2),
    ("2.开展农资打假行动。(县市场监管局负责))3.推进农机化发展。", 2),
    ("2.投入3.5亿元。(县财政局负责)3.5亿元用于(县农业农村局配合)4.推进农机化发展。", 2),
    ("2.开展农资打假行动。(县市场监管局负责)", 2),
    ("2.开展农资打假行动。(县市场监管局负责)2025年完成", 2),
]


@pytest.mark.parametrize(("folded", "start"), GLUED_SEARCHES)
def test_the_glued_item_is_found_where_a_search_of_the_line_finds_it(folded: str, start: int) -> None:
    from policy_cli import patterns as P
    from policy_cli.parse.noise import _glued_next_item

    found, searched = _glued_next_item(folded, start), P.GLUED_NEXT_ITEM.search(folded, start)
    assert (found and found.span()) == (searched and searched.span())
