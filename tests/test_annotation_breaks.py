"""Annotations a page broke over lines or spaced out: a unit's name broken at a line break is one name,
and a space after a unit's role verb closes its piece as a comma does."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.roles import parse_annotation

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None]


def _read(annotation: str) -> Row:
    found = parse_annotation(annotation)
    assert found is not None, annotation
    task = found.task(due=found.due, id=1, path="1", source="body", text="x", line=1)
    return task.lead, task.partners, task.departments, task.due


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        # a name ending in a place's ending (城乡, 镇) before the break goes on with a name of no level
        (
            "牵头单位：市住房和城乡\n建设局；配合单位：市水务局",
            (("市住房和城乡建设局",), ("市水务局",), ("市住房和城乡建设局", "市水务局"), None),
        ),
        (
            "责任单位：县教育局、县城关镇\n中心学校",
            ((), (), ("县教育局", "县城关镇中心学校"), None),
        ),
        # a complete unit before the break stays one; the next line's units are units of their own
        (
            "牵头单位：市交通运输局\n市公安局",
            (("市交通运输局", "市公安局"), (), ("市交通运输局", "市公安局"), None),
        ),
        (
            "责任单位：县财政局\n审计局",
            ((), (), ("县财政局", "县审计局"), None),
        ),
        # a place's ending before the break and a unit with its own level after it: two units
        (
            "责任单位：县城关镇\n县教育局",
            ((), (), ("县城关镇", "县教育局"), None),
        ),
        # a collective before the break (各乡镇) takes no name after it: two units, the 各 carried
        (
            "责任单位：各乡镇\n街道",
            ((), (), ("各乡镇", "各街道"), None),
        ),
    ],
)
def test_a_line_break_inside_an_annotation(annotation: str, expected: Row) -> None:
    assert _read(annotation) == expected


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        # a space after 牵头 closes the lead's piece; the partners are spaced too
        (
            "市民政局牵头 市财政局 市卫健委配合",
            (("市民政局",), ("市财政局", "市卫健委"), ("市民政局", "市财政局", "市卫健委"), None),
        ),
        # a space after 负责 before a deadline: the deadline is read
        ("县水利局负责 2026年3月底前", ((), (), ("县水利局",), "2026年3月底前")),
        ("县商务局牵头\u3000县市场监管局配合", (("县商务局",), ("县市场监管局",), ("县商务局", "县市场监管局"), None)),
        # spaces with no role verb before them: a list of units, as before
        ("责任单位：县财政局 县审计局", ((), (), ("县财政局", "县审计局"), None)),
        # a space inside a label's list stays within the list
        (
            "牵头单位：县卫健委 配合单位：县医保局 县财政局",
            (("县卫健委",), ("县医保局", "县财政局"), ("县卫健委", "县医保局", "县财政局"), None),
        ),
    ],
)
def test_a_space_after_a_role_verb_in_an_annotation(annotation: str, expected: Row) -> None:
    assert _read(annotation) == expected


@pytest.mark.parametrize(
    "annotation",
    [
        # a person after 负责 (负责人, no verb) is not split at the space
        "县财政局负责人 张三",
    ],
)
def test_a_space_after_no_role_verb_is_not_a_piece_break(annotation: str) -> None:
    found = parse_annotation(annotation)
    assert (
        found is None
        or "县财政局负责人" not in found.task(due=None, id=1, path="1", source="body", text="x", line=1).lead
    )


HEAD = """某县2025年粮食安全工作要点
一、重点任务
"""


@pytest.mark.parametrize(
    ("item", "text", "departments"),
    [
        # a unit's second name in brackets after a label's last unit: the unit as written, the first name kept
        (
            "1.加强储备粮监管。责任单位：县发展改革局（县粮食和物资储备局）。",
            "加强储备粮监管。",
            ("县发展改革局（县粮食和物资储备局）",),
        ),
        (
            "1.开展库存检查。责任单位：县财政局、县发改局（县粮食局）。",
            "开展库存检查。",
            ("县财政局", "县发改局（县粮食局）"),
        ),
        # a bracket of roles after the text is an annotation as before
        ("1.开展库存检查。（县发改局牵头，县财政局配合）", "开展库存检查。", ("县发改局", "县财政局")),
        # a bracket of units after prose, with no label before it: the units responsible
        ("1.开展库存检查（县发改局、县财政局）", "开展库存检查", ("县发改局", "县财政局")),
    ],
)
def test_a_units_second_name_in_brackets_after_a_label(item: str, text: str, departments: tuple[str, ...]) -> None:
    (task,) = parse_text(HEAD + item + "\n").tasks
    assert (task.text, task.departments) == (text, departments)
