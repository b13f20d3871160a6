"""Hostile shapes of units and annotations parse in time linear in their size (100 KB within 3 s)."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from policy_cli.departments import split_units
from policy_cli.parse import parse_text
from policy_cli.parse.roles import parse_annotation

SIZE = 100_000  # bytes of UTF-8, about 33,000 characters
BOUND = 3.0  # seconds: generous on a shared two-core machine
HEAD = "某县人民政府关于加强河道管理的实施方案\n一、主要任务\n"


def _times(n_bytes: int, unit: str) -> int:
    return max(1, n_bytes // len(unit.encode("utf-8")))


SHAPES: dict[str, Callable[[], str]] = {
    # a clause ending in a bracket of nested （县局）
    "nested-brackets": lambda: (
        HEAD
        + "（一）加强管理。（"
        + "县局（" * _times(SIZE * 3 // 4, "县局（")
        + "县局"
        + "）" * _times(SIZE * 3 // 4, "县局（")
        + "）\n"
    ),
    # a long list of 、 in a trailing bracket
    "list-in-trailing-bracket": lambda: (
        HEAD + "（一）加强管理。（" + "县局、" * _times(SIZE, "县局、") + "县局牵头）\n"
    ),
    # the same list without any role verb
    "list-without-verb": lambda: HEAD + "（一）加强管理。（" + "县局、" * _times(SIZE, "县局、") + "县局）\n",
    # thousands of 牵头单位： in one clause, after sentence ends
    "labels-after-sentences": lambda: HEAD + "（一）加强管理。" + "。牵头单位：" * _times(SIZE, "。牵头单位：") + "\n",
    # thousands of labels with values in one clause
    "labels-with-values": lambda: (
        HEAD + "（一）加强管理。" + "牵头单位：县水务局；" * _times(SIZE, "牵头单位：县水务局；") + "\n"
    ),
    # a labelled line whose unit ends in thousands of 等
    "etc-in-a-labelled-line": lambda: HEAD + "（一）加强管理。\n责任单位：县水务局" + "等" * _times(SIZE, "等") + "\n",
    # an annex table cell ending in thousands of 等
    "etc-in-a-table-cell": lambda: (
        HEAD
        + "（一）加强管理。\n附件\n序号　重点任务　责任单位\n1　做好工作。　县水务局"
        + "等" * _times(SIZE, "等")
        + "\n"
    ),
    # a cut-off annotation that runs to the end of a long text
    "cut-off-annotation": lambda: HEAD + "（一）加强管理。（牵头单位：" + "县局、" * _times(SIZE, "县局、") + "\n",
    # thousands of annotations in one clause, each closing its own task
    "many-annotations": lambda: (
        HEAD + "（一）加强管理。" + "做好工作。（牵头单位：县局）" * _times(SIZE, "做好工作。（牵头单位：县局）") + "\n"
    ),
    # annotations and roles in prose, alternating
    "annotations-and-prose-roles": lambda: (
        HEAD
        + "（一）加强管理。"
        + "做好工作。（牵头单位：县局）县局牵头，" * _times(SIZE, "做好工作。（牵头单位：县局）县局牵头，")
        + "\n"
    ),
    # role verbs in prose, thousands of them
    "verbs-in-prose": lambda: HEAD + "（一）" + "县水务局牵头，" * _times(SIZE, "县水务局牵头，") + "\n",
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape_parses_in_linear_time(shape: str) -> None:
    text = SHAPES[shape]()
    assert len(text.encode("utf-8")) >= SIZE * 0.9
    start = time.perf_counter()
    notice = parse_text(text)
    elapsed = time.perf_counter() - start
    assert elapsed < BOUND, f"{shape}: {elapsed:.1f} s for {len(text.encode('utf-8')) // 1000} KB"
    assert notice.parts


@pytest.mark.parametrize(
    ("raw", "first"),
    [
        ("县水务局" + "等" * 33_000, "县水务局"),
        ("县水务局" + "（县局" * 16_000 + "）" * 16_000, "县水务局" + "（县局" * 16_000 + "）" * 16_000),
        ("县水务局" + "、县局" * 16_000, "县水务局"),
        ("县水务局" + "按职责分工负责" * 4_000, "县水务局"),
    ],
    ids=["etc", "nested", "list", "remarks"],
)
def test_split_units_linear(raw: str, first: str) -> None:
    start = time.perf_counter()
    units = split_units(raw)
    assert time.perf_counter() - start < BOUND
    assert units[0] == first


def test_annotation_with_thousands_of_segments_linear() -> None:
    text = "；".join(f"牵头单位：县局{n}" for n in range(8_000))
    start = time.perf_counter()
    found = parse_annotation(text)
    assert time.perf_counter() - start < BOUND
    assert found is not None and len(found.lead) == 8_000


def test_units_joined_by_and_before_a_verb_linear() -> None:
    text = "责任单位：" + "县局和" * 30_000 + "县局分别牵头"
    start = time.perf_counter()
    found = parse_annotation(text)
    assert time.perf_counter() - start < BOUND
    assert found is not None and found.departments == ("县局",)
