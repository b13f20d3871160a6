"""Hostile shapes of units and annotations parse in time linear in their size (see `growth`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policy_cli.departments import split_units
from policy_cli.parse import parse_text
from policy_cli.parse.roles import parse_annotation

from .growth import assert_linear

SIZE = 100_000  # bytes of UTF-8, about 33,000 characters
HEAD = "某县人民政府关于加强河道管理的实施方案\n一、主要任务\n"


def _times(n_bytes: int, unit: str) -> int:
    return max(1, n_bytes // len(unit.encode("utf-8")))


SHAPES: dict[str, Callable[[int], str]] = {
    # a clause ending in a bracket of nested （县局）
    "nested-brackets": lambda size: (
        HEAD
        + "（一）加强管理。（"
        + "县局（" * _times(size * 3 // 4, "县局（")
        + "县局"
        + "）" * _times(size * 3 // 4, "县局（")
        + "）\n"
    ),
    # a long list of 、 in a trailing bracket
    "list-in-trailing-bracket": lambda size: (
        HEAD + "（一）加强管理。（" + "县局、" * _times(size, "县局、") + "县局牵头）\n"
    ),
    # the same list without any role verb
    "list-without-verb": lambda size: HEAD + "（一）加强管理。（" + "县局、" * _times(size, "县局、") + "县局）\n",
    # thousands of 牵头单位： in one clause, after sentence ends
    "labels-after-sentences": lambda size: (
        HEAD + "（一）加强管理。" + "。牵头单位：" * _times(size, "。牵头单位：") + "\n"
    ),
    # thousands of labels with values in one clause
    "labels-with-values": lambda size: (
        HEAD + "（一）加强管理。" + "牵头单位：县水务局；" * _times(size, "牵头单位：县水务局；") + "\n"
    ),
    # a labelled line whose unit ends in thousands of 等
    "etc-in-a-labelled-line": lambda size: (
        HEAD + "（一）加强管理。\n责任单位：县水务局" + "等" * _times(size, "等") + "\n"
    ),
    # an annex table cell ending in thousands of 等
    "etc-in-a-table-cell": lambda size: (
        HEAD
        + "（一）加强管理。\n附件\n序号　重点任务　责任单位\n1　做好工作。　县水务局"
        + "等" * _times(size, "等")
        + "\n"
    ),
    # a cut-off annotation that runs to the end of a long text
    "cut-off-annotation": lambda size: HEAD + "（一）加强管理。（牵头单位：" + "县局、" * _times(size, "县局、") + "\n",
    # thousands of annotations in one clause, each closing its own task
    "many-annotations": lambda size: (
        HEAD + "（一）加强管理。" + "做好工作。（牵头单位：县局）" * _times(size, "做好工作。（牵头单位：县局）") + "\n"
    ),
    # annotations and roles in prose, alternating
    "annotations-and-prose-roles": lambda size: (
        HEAD
        + "（一）加强管理。"
        + "做好工作。（牵头单位：县局）县局牵头，" * _times(size, "做好工作。（牵头单位：县局）县局牵头，")
        + "\n"
    ),
    # role verbs in prose, thousands of them
    "verbs-in-prose": lambda size: HEAD + "（一）" + "县水务局牵头，" * _times(size, "县水务局牵头，") + "\n",
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape_parses_in_linear_time(shape: str) -> None:
    text = SHAPES[shape](SIZE)
    assert len(text.encode("utf-8")) >= SIZE * 0.9
    assert parse_text(text).parts
    assert_linear(SHAPES[shape], parse_text, SIZE)


@pytest.mark.parametrize(
    ("make", "first"),
    [
        (lambda n: "县水务局" + "等" * n, lambda n: "县水务局"),
        (lambda n: "县水务局" + "（县局" * n + "）" * n, lambda n: "县水务局" + "（县局" * n + "）" * n),
        (lambda n: "县水务局" + "、县局" * n, lambda n: "县水务局"),
        (lambda n: "县水务局" + "按职责分工负责" * (n // 4), lambda n: "县水务局"),
    ],
    ids=["etc", "nested", "list", "remarks"],
)
def test_split_units_linear(make: Callable[[int], str], first: Callable[[int], str]) -> None:
    assert split_units(make(16_000))[0] == first(16_000)
    assert_linear(make, split_units, 16_000)


def test_annotation_with_thousands_of_segments_linear() -> None:
    def make(n: int) -> str:
        return "；".join(f"牵头单位：县局{k}" for k in range(n))

    found = parse_annotation(make(8_000))
    assert found is not None and len(found.lead) == 8_000
    assert_linear(make, parse_annotation, 8_000)


def test_units_joined_by_and_before_a_verb_linear() -> None:
    def make(n: int) -> str:
        return "责任单位：" + "县局和" * n + "县局分别牵头"

    found = parse_annotation(make(30_000))
    assert found is not None and found.departments == ("县局",)
    assert_linear(make, parse_annotation, 30_000)
