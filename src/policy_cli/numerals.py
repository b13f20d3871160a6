"""Chinese numerals as used in notice numbering: 一 … 九十九."""

from __future__ import annotations

from functools import lru_cache

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_LABELS = "一二三四五六七八九"


def cn_to_int(text: str) -> int:
    """一 -> 1, 十 -> 10, 十五 -> 15, 二十七 -> 27, 一百零二 -> 102."""
    total = 0
    current = 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + current


@lru_cache(maxsize=1024)  # (every task's path names its group and subgroup: the same few numbers)
def int_to_cn(number: int) -> str:
    """1 -> 一, 10 -> 十, 27 -> 二十七 (for labels and paths)."""
    if number <= 0 or number >= 1000:
        return str(number)
    hundreds, rest = divmod(number, 100)
    tens, ones = divmod(rest, 10)
    out = ""
    if hundreds:
        out += _LABELS[hundreds - 1] + "百"
        if rest and tens == 0:
            out += "零"
    if tens:
        out += ("" if tens == 1 and not hundreds else _LABELS[tens - 1]) + "十"
    if ones:
        out += _LABELS[ones - 1]
    return out
