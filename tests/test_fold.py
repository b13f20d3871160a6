"""Folding for matching and the decoder's quick checks give what their plain definitions give."""

from __future__ import annotations

import pytest

from policy_cli import decode


def test_fold_maps_every_character_as_the_mapping_says() -> None:
    every = "".join(chr(cp) for cp in range(0x10000) if not 0xD800 <= cp <= 0xDFFF) + "\U0001f600\U00020000"
    assert decode.fold(every) == every.translate(decode._FOLD)  # long text: through the table
    assert len(decode.fold(every)) == len(every)
    pieces = [every[i : i + 50] for i in range(0, len(every), 50)]  # short text: through the mapping
    assert "".join(decode.fold(piece) for piece in pieces) == decode.fold(every)


def test_fold_of_text_full_width_throughout_is_the_mapping() -> None:
    dense = "".join(chr(cp) for cp in range(0xFF01, 0xFF5F)) * 30 + "中文\u3000【注】"
    assert decode.fold(dense) == dense.translate(decode._FOLD)


def test_no_character_the_fold_writes_is_one_it_folds() -> None:
    # long text is folded one character of the mapping at a time, which is exact only then
    assert not set(decode._FOLD_TO.values()) & set(decode._FOLD_TO)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("（牵头单位：州公安局）", "(牵头单位:州公安局)"),
        ("\u3000甘委发【2017】28号", " 甘委发〔2017〕28号"),
        ("𠀀Ａ", "𠀀A"),
        ("│1│修缮校舍│县教育局│", "|1|修缮校舍|县教育局|"),
        ("├──┼────┤", "|--|----|"),
    ],
)
def test_fold_examples(text: str, folded: str) -> None:
    assert decode.fold(text) == folded


@pytest.mark.parametrize("text", ["", "plain\n\ttext\f\v", "a\x00b\x07c\x1b\n", "中文\x1f" * 50, "\x0e中\x1f文\x08"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-32"])
def test_control_count_counts_controls_but_line_breaks_and_tabs(text: str, encoding: str) -> None:
    """Counted in the bytes where the encoding writes ASCII as itself, in the text otherwise: the same count."""
    expected = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\t\f\v")
    assert decode._control_count(text, text.encode(encoding), encoding) == expected


@pytest.mark.parametrize(("text", "converted"), [("關於實施", False), ("關於實施發展", True), ("关于实施", False)])
def test_traditional_script_needs_three_hints(text: str, converted: bool) -> None:
    assert decode._to_simplified(text)[1] is converted
