"""A cheap test the parser runs before a costly reading never turns away what that reading accepts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from policy_cli import patterns as P
from policy_cli.decode import fold
from policy_cli.parse import inline
from policy_cli.parse.inline import _may_name_units_in_role, _may_open_role_run, _units_doing
from policy_cli.parse.roles import parse_annotation, top_level_spans

FIXTURES = Path(__file__).parent / "fixtures"

# clauses with no ,;。 outside brackets that give units a role, one for each way the test lets through
ROLE_CLAUSES = [
    "县财政局负责",  # a role verb closing it
    "县人社局、县农业农村局分别牵头",
    "由县应急局负责统筹协调",  # 由 (_units_doing)
    "县应急局要会同县住建局开展专项检查",  # 会同
    "县水务局会同县财政局推进",
    "牵头单位：县水务局",  # a label
    "〔牵头单位〕县水务局",
    "县水务局（牵头）、县财政局",  # a role in brackets
    "县水务局（ 配合单位 ）",
    "县水务局为牵头单位",  # 为 and a label
    "县财政局、县林业局是配合单位",
]


def _clauses(text: str) -> list[str]:
    """The clauses of a text as a run of roles splits them: apart at ,;。 and line ends outside brackets."""
    folded = fold(text)
    return [text[a:b].strip(" ") for a, b in top_level_spans(folded, ",;。\n") if text[a:b].strip(" ")]


def _read(clause: str) -> bool:
    return (parse_annotation(clause, strict=True) or _units_doing(clause, fold(clause))) is not None


def test_a_role_in_brackets_is_looked_for_anywhere_in_a_clause() -> None:
    """_role_in_brackets is P.UNIT_ROLE_MARK without its closing $ (and nothing else)."""
    from policy_cli.parse.inline import _role_in_brackets

    assert P.UNIT_ROLE_MARK.pattern == _role_in_brackets().pattern + "$"
    assert _role_in_brackets().search(fold("县水务局（牵头）、县财政局"))
    assert not _role_in_brackets().search(fold("（第1部分第2项）"))


@pytest.mark.parametrize("clause", ROLE_CLAUSES)
def test_a_clause_giving_units_a_role_passes_the_cheap_test(clause: str) -> None:
    assert _read(clause), clause
    assert _may_name_units_in_role(fold(clause)), clause


def test_no_clause_of_the_fixtures_read_as_roles_is_turned_away() -> None:
    """Every clause of every fixture notice that the strict reading or _units_doing accepts passes
    _may_name_units_in_role, and the test turns most clauses away (what makes it worth running)."""
    clauses = [c for path in sorted(FIXTURES.rglob("*.txt")) for c in _clauses(path.read_text(encoding="utf-8"))]
    assert len(clauses) > 1000
    turned_away = 0
    for clause in clauses:
        if _may_name_units_in_role(fold(clause)):
            continue
        turned_away += 1
        assert not _read(clause), clause
    assert turned_away > len(clauses) // 2


def test_units_named_with_is_open_at_one_of_the_last_two_commas() -> None:
    """inline._units_named_with_is searches LABEL_IS_UNITS_AT_END from the text's second-to-last comma: the
    pattern opens with a comma and holds one more at most (before the deadline), its labels none."""
    from policy_cli.parse.inline import find_annotations

    pattern = P.LABEL_IS_UNITS_AT_END.pattern
    assert pattern.startswith(r",\s*(?P<label>")
    # (commas in a repeat's bounds {2,60} or in a class that leaves them out [^,;。:] match none)
    assert re.sub(r"\{\d+,\d*\}|\[\^,;。:\]", "", pattern).count(",") == 2
    assert not any("," in label for label in P.LABEL_ROLES)
    text = "开展A工作，推进B建设，做好C保障，责任单位为市教育局，2025年12月底前完成。"
    (found,) = find_annotations(text)
    assert found.assignment.departments == ("市教育局",) and found.assignment.due == "2025年12月底前"


@pytest.mark.parametrize("clause", ROLE_CLAUSES)
def test_a_text_with_a_clause_giving_units_a_role_may_open_a_run_of_roles(clause: str) -> None:
    for text in (clause, f"开展专项整治，{clause}，确保年底前完成。", f"加强监管。{clause}；做好保障"):
        assert _may_open_role_run(fold(text)), text


def _opens_a_run(folded: str, start: int, end: int) -> bool:
    """What _role_run asks of a clause before it reads a run from there: 由 in it, a role verb closing it (the
    first of two roles in a row), or _may_name_units_in_role (which _opens_with_units asks)."""
    return (
        "由" in folded[start:end]
        or folded[start:end].strip(" ").endswith(P.VERBS)
        or _may_name_units_in_role(folded[start:end])
    )


def test_a_text_turned_away_before_its_run_of_roles_has_no_clause_that_opens_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """_may_open_role_run asks of a whole text what _role_run asks of each clause before it reads a run: on the
    fixtures' lines and paragraphs, a text it turns away has no clause that passes those tests, and no run of
    roles read with the test left out; it turns most lines away (what makes it worth running)."""
    texts = []
    for path in sorted(FIXTURES.rglob("*.txt")):
        written = path.read_text(encoding="utf-8")
        texts += [text for text in (*written.splitlines(), *written.split("\n\n")) if text.strip()]
    assert len(texts) > 1000
    monkeypatch.setattr(inline, "_may_open_role_run", lambda folded: True)
    turned_away = 0
    for text in texts:
        folded = fold(text)
        if _may_open_role_run(folded):
            continue
        turned_away += 1
        assert not any(_opens_a_run(folded, a, b) for a, b in top_level_spans(folded, ",;。\n")), text
        assert inline._role_run(text, folded) is None, text
    assert turned_away > len(texts) // 4


def test_a_sentence_naming_units_for_every_task_passes_the_cheap_test() -> None:
    """every_task_units asks _may_name_units_for_every_task of a sentence before UNITS_FOR_EVERY_TASK: each form of
    the pattern holds 责任 after 为/是 (or 作为) or after 属地, or 负责 before 辖区 / 行政区域, and each of its examples
    passes."""
    from policy_cli.parse.every_task_units import _may_name_units_for_every_task

    from .test_patterns import EXAMPLES

    for_all, closing, in_each_area = P.UNITS_FOR_EVERY_TASK.pattern.split("$|^")
    assert "(?:为|是|作为)(?:其)?(?:共同)?" in for_all and "责任" in for_all
    assert "属地(?:管理)?(?:主体)?责任" in closing
    assert "负责" in in_each_area and "(?:辖区|行政区域)" in in_each_area
    finds = EXAMPLES["UNITS_FOR_EVERY_TASK"][0]
    assert all(_may_name_units_for_every_task(fold(sentence)) for sentence in finds)
    assert not _may_name_units_for_every_task(fold("以上各项任务由县水务局牵头，各镇人民政府配合。"))


def test_a_name_left_by_a_broken_encoding_holds_a_residue_character() -> None:
    """_leaders_in_units looks for a character of P.ENCODING_RESIDUE's class in all of a task's names at once."""
    from policy_cli.parse import _residue_character

    from .test_patterns import EXAMPLES

    finds = EXAMPLES["ENCODING_RESIDUE"][0]
    assert P.ENCODING_RESIDUE.pattern == f"^{_residue_character().pattern}+$"
    assert all(_residue_character().search("县财政局" + name) for name in (*finds, " "))
    assert not _residue_character().search("县财政局县水务局")
