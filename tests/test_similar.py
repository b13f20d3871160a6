"""similar: how alike two texts are, and the edits from one to the other, in bounded time."""

from __future__ import annotations

import pytest

from policy_cli.similar import opcodes, similarity


def test_similarity_of_short_titles() -> None:
    assert similarity("健全落实安全生产责任制", "健全落实安全生产责任制") == 1.0
    assert similarity("健全落实安全生产责任制", "加强应急救援") == 0.0
    close = similarity("严格安全生产责任追究制度", "严格安全生产考责任追究制度")
    assert 0.9 < close < 1.0


def test_similarity_of_long_text_uses_character_pairs() -> None:
    a = "安全生产" * 400
    assert similarity(a, a) == 1.0
    assert similarity(a, "应急管理" * 400) == 0.0


def apply(old: str, new: str) -> str:
    return "".join(new[b1:b2] if op != "equal" else old[a1:a2] for op, a1, a2, b1, b2 in opcodes(old, new))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("2018年底前完成", "2019年底前完成"),
        ("州公安局、州财政局", "州交通运输局、州财政局"),
        ("", "新增任务"),
        ("删去的任务", ""),
        ("长" * 3000 + "甲" * 2000, "长" * 3000 + "乙" * 2000),  # past the exact limit: one replaced run
    ],
)
def test_opcodes_turn_old_into_new(old: str, new: str) -> None:
    assert apply(old, new) == new


def test_opcodes_keep_the_common_start_and_end() -> None:
    ops = opcodes("2018年底前完成", "2019年底前完成")
    assert ops[0] == ("equal", 0, 3, 0, 3)
    assert ops[-1][0] == "equal" and ops[-1][2] == len("2018年底前完成")
