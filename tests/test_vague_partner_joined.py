"""A vague collective joined by 会同 (由县发改局会同有关部门研究…: 有关部门, 相关单位) is no partner: the lead leads
alone; a named unit joined is its partner. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text


def _joined(sentence: str) -> str:
    return "\n".join(
        [
            "澜平县人民政府办公室关于印发澜平县改革试点工作方案的通知",
            "各乡镇人民政府，县直各部门：",
            "　　现将《澜平县改革试点工作方案》印发给你们，请认真贯彻执行。",
            "澜平县人民政府办公室",
            "2025年3月1日",
            "澜平县改革试点工作方案",
            "一、重点任务",
            "（一）推进简政放权。2025年底前完成。（责任单位：县政务服务中心）",
            "（二）推进放管结合。2025年底前完成。（责任单位：县市场监管局）",
            f"（三）推进改革试点。{sentence}",
            "",
        ]
    )


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        ("由县发改局会同县财政局研究提出试点方案。", ("县财政局",)),  # a named unit joined is a partner
        ("由县发改局会同有关部门研究提出试点方案。", ()),  # a vague collective is no partner: the lead alone
        ("由县发改局会同相关单位研究提出试点方案。", ()),
    ],
)
def test_a_vague_collective_joined_by_huitong(sentence: str, partners: tuple[str, ...]) -> None:
    task = next(t for t in parse_text(_joined(sentence)).tasks if "试点方案" in t.text)
    assert task.lead == ("县发改局",)
    assert task.partners == partners
    assert task.departments == ("县发改局", *partners)
