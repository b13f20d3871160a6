"""Parsing time grows with the notice, not with its square (see `growth`)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

from .growth import assert_linear

SIZE = 100_000  # bytes of UTF-8

HEAD = "某县人民政府关于做好防汛工作的实施方案\n一、总体要求\n"


@pytest.mark.parametrize(
    "row",
    ["序号", "序号 主要任务", "主要任务", "1 修订预案。 县水务局 2022年底前"],
    ids=["number-names", "header-rows", "task-names", "rows"],
)
def test_a_run_of_table_lines_parses_in_linear_time(row: str) -> None:
    assert_linear(
        lambda size: HEAD + "\n".join([row] * (size // len((row + "\n").encode("utf-8")) + 1)), parse_text, SIZE
    )


BANNER = "某县人民政府文件\n某政发〔2020〕1号\n某县人民政府关于做好防汛工作的实施方案\n一、总体要求\n"


@pytest.mark.parametrize(
    ("head", "unit", "tail"),
    [
        (BANNER + "序号 主要任务 责任单位\n1 开始\n", "续写的任务文字\n", ""),  # one row wrapped over many lines
        (BANNER + "（一）目标。", "做好防汛某县人民政府文件某政发〔2020〕1号工作", "\n"),  # page breaks in one line
        (BANNER + "（一）目标。", "关(guān)", "\n"),  # pinyin glosses
        ("", "某县人民政府办公室\n", "一、总体要求\n"),  # lines that might start a title
        ("", "• 文号:\n", "某县实施方案\n一、总体要求\n"),  # page field labels
    ],
    ids=["wrapped-row", "page-breaks", "pinyin", "issuer-lines", "field-labels"],
)
def test_a_run_of_noise_parses_in_linear_time(head: str, unit: str, tail: str) -> None:
    assert_linear(lambda size: head + unit * (size // len(unit.encode("utf-8")) + 1) + tail, parse_text, SIZE)


def test_the_growth_check_catches_a_quadratic_step() -> None:
    def quadratic(n: int) -> int:
        return sum(1 for _ in range(n) for _ in range(n))

    with pytest.raises(AssertionError):
        # (large enough that the quarter-size run is well above the shortest time compared, on a busy machine too)
        assert_linear(lambda size: size, quadratic, 6_000)
