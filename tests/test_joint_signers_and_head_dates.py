"""Joint issuers signing several to a line over two lines above the date are the notice's issuers, in order; a
date in brackets under the title's 文号 (（2025年2月14日）) is the date the document was signed, as right under the
title; a page's 【我要纠错】 is a page tool, never the closing."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

COVER = (
    "某省教育厅等四部门关于印发《某省学前教育提升行动实施方案》的通知\n"
    "各市（州）教育局、财政局：\n"
    "现将《某省学前教育提升行动实施方案》印发给你们，请认真贯彻落实。\n"
)
PLAN = "某省学前教育提升行动实施方案\n一、重点任务\n1.新建公办幼儿园600所。（省教育厅牵头，省财政厅配合，2025年底前）\n"

# (the signature's lines, the issuers)
SIGNATURES: list[tuple[str, tuple[str, ...]]] = [
    (
        "某省教育厅　某省发展和改革委员会\n某省财政厅　某省自然资源厅\n",
        ("某省教育厅", "某省发展和改革委员会", "某省财政厅", "某省自然资源厅"),
    ),
    ("某省教育厅\n某省财政厅\n", ("某省教育厅", "某省财政厅")),
    ("某省教育厅　某省财政厅\n", ("某省教育厅", "某省财政厅")),
    ("某省教育厅\n", ("某省教育厅",)),
]


@pytest.mark.parametrize(("signature", "issuers"), SIGNATURES)
def test_joint_signers_are_the_issuers(signature: str, issuers: tuple[str, ...]) -> None:
    notice = parse_text(COVER + signature + "2023年9月18日\n" + PLAN)
    assert notice.metadata.issuers == issuers
    assert notice.metadata.signed == "2023-09-18"
    assert len(notice.tasks) == 1


HEAD = "某县人民政府\n某县2025年和美乡村建设工作要点\n"
BODY = "2025年是全面推进乡村振兴的关键之年。\n一、重点工作\n1.推进农村厕所革命。新建户厕1200座。（县农业农村局牵头，2025年10月底前）\n"

# (the lines under the title, the date signed)
DATES: list[tuple[str, str | None]] = [
    ("某政发〔2025〕2号\n（2025年2月14日）\n", "2025-02-14"),
    ("（2025年2月14日）\n", "2025-02-14"),
    ("某政发〔2025〕2号\n", None),
]


@pytest.mark.parametrize(("lines", "signed"), DATES)
def test_a_bracketed_date_under_the_doc_number_is_signed(lines: str, signed: str | None) -> None:
    notice = parse_text(HEAD + lines + BODY)
    assert notice.metadata.signed == signed
    assert notice.tasks[0].lead == ("县农业农村局",)


@pytest.mark.parametrize("tools", ["【我要纠错】　【收藏本页】", "【我要纠错】", "【网页纠错】　【打印本页】"])
def test_a_correction_link_is_a_page_tool(tools: str) -> None:
    notice = parse_text(HEAD + BODY + "上一篇：某县2024年工作要点\n" + tools + "\n")
    assert not notice.closing
    assert len(notice.tasks) == 1
