"""numerals: the Chinese numbers of part and clause headings, both ways."""

from __future__ import annotations

import pytest

from policy_cli.numerals import cn_to_int, int_to_cn


@pytest.mark.parametrize(
    ("written", "value"),
    [("一", 1), ("两", 2), ("十", 10), ("十五", 15), ("二十", 20), ("二十七", 27), ("九十九", 99), ("一百零二", 102)],
)
def test_cn_to_int(written: str, value: int) -> None:
    assert cn_to_int(written) == value


def test_every_label_reads_back() -> None:
    assert [cn_to_int(int_to_cn(n)) for n in range(1, 1000)] == list(range(1, 1000))
    assert (int_to_cn(10), int_to_cn(11), int_to_cn(110)) == ("十", "十一", "一百一十")


def test_what_is_no_numeral() -> None:
    with pytest.raises(ValueError, match="not a Chinese numeral"):
        cn_to_int("第三")
    assert (int_to_cn(0), int_to_cn(1000)) == ("0", "1000")
