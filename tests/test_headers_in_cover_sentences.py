"""A page header the scrape set inside a sentence of the cover, before the body (…时间节点的重某县人民政府文件某政〔2020〕
21号大工作…): cut out as a page break, so that it is neither cover text nor a citation, while a 文号 the cover cites
and the notice's own banner stay (cover sentence -> what is cut, what stays). The notices are written for the test
(invented places)."""

from __future__ import annotations

import pytest

from policy_cli.cites import citations
from policy_cli.parse import parse_text

BODY = "一、重点任务\n1.推进河道清淤。\n责任单位：县水利局\n"


def _notice(cover: str, head: str = "柳溪县人民政府关于分解2025年重点工作的通知\n"):
    return parse_text(head + "各乡镇人民政府，县直各部门：\n" + cover + "\n" + BODY)


@pytest.mark.parametrize(
    ("cover", "header", "kept"),
    [
        # the notice's issuer and 文件, then a 文号, inside a word (重大): all of it cut
        (
            "对有时间节点的重柳溪县人民政府文件柳政〔2025〕8号大工作实行专项督查，确保如期完成。",
            "柳溪县人民政府文件柳政〔2025〕8号",
            "对有时间节点的重大工作实行专项督查",
        ),
        # another issuer's: its place read whole where the 文号 starts with its first character (as in the body)
        (
            "各单位要于每季度末报送进展，督查室桃源县人民政府文件桃政〔2025〕3号汇总后通报。",
            "桃源县人民政府文件桃政〔2025〕3号",
            "各单位要于每季度末报送进展，督查室汇总后通报",
        ),
        (
            "各单位要于每季度末报送进展，督查室乌兰察布市人民政府文件乌政〔2025〕3号汇总后通报。",
            "乌兰察布市人民政府文件乌政〔2025〕3号",
            "各单位要于每季度末报送进展，督查室汇总后通报",
        ),
        # near form: a place the 文号 does not start with: the two characters before 人民政府, as ever
        (
            "各单位要于每季度末报送进展，督查室报某县人民政府文件柳政〔2025〕3号汇总后通报。",
            "某县人民政府文件柳政〔2025〕3号",
            "各单位要于每季度末报送进展，督查室报汇总后通报",
        ),
    ],
)
def test_a_header_inside_a_cover_sentence_is_a_page_break(cover: str, header: str, kept: str) -> None:
    notice = _notice(cover)
    breaks = [b.text for b in notice.boilerplate if b.kind == "page-break"]
    assert breaks == [header]
    assert kept in notice.preamble.replace("\n", "")
    assert "文件" not in notice.preamble
    assert not [c for c in citations(notice) if c.kind == "doc-number"]
    assert [t.departments for t in notice.tasks] == [("县水利局",)]


@pytest.mark.parametrize(
    "cover",
    [
        # near forms: a 文号 the sentence cites after the document's issuer stays, a citation
        "请按照柳溪县人民政府文件柳政〔2025〕8号要求，抓好落实。",
        "根据柳溪县人民政府文件柳政〔2025〕8号精神，制定本方案。",
        "现将柳溪县人民政府文件柳政〔2025〕8号的有关要求转发给你们。",
    ],
)
def test_a_number_the_cover_cites_stays_in_its_sentence(cover: str) -> None:
    notice = _notice(cover)
    assert not [b for b in notice.boilerplate if b.kind == "page-break"]
    assert "柳政〔2025〕8号" in notice.preamble
    assert [c.key.endswith("柳政〔2025〕8号") for c in citations(notice) if c.kind == "doc-number"] == [True]


def test_the_notices_own_banner_stays_its_head() -> None:
    """Near form: the banner over the title, on its own line with the number or above it, is the head's."""
    for banner in ("柳溪县人民政府文件柳政〔2025〕8号\n", "柳溪县人民政府文件\n柳政〔2025〕8号\n"):
        notice = _notice("请认真贯彻执行。", banner + "柳溪县人民政府关于分解2025年重点工作的通知\n")
        assert notice.metadata.doc_number_normalized == "柳政〔2025〕8号"
        assert not [b for b in notice.boilerplate if b.kind == "page-break"]
