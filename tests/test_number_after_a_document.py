"""A 文号 written right after the issuer's document in a sentence (按照某县人民政府文件某政〔2025〕8号要求): the 文号
starts after 文件, so the citation and the number read are the 文号 alone (written -> number). The sentences are
written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.cites import citations
from policy_cli.parse import parse_text
from policy_cli.parse.head import normalize_doc_number


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("按照柳溪县人民政府文件柳政〔2025〕8号要求", "柳政〔2025〕8号"),
        ("根据市政府办公室文件柳政办[2024]3号精神", "柳政办〔2024〕3号"),
        ("县委文件柳发〔2023〕12号", "柳发〔2023〕12号"),
        # near forms: a 文号 with no document before it reads as ever
        ("按照柳政发〔2025〕8号要求", "柳政发〔2025〕8号"),
        ("柳溪县人民政府关于印发方案的通知(柳政〔2025〕8号)", "柳政〔2025〕8号"),
        ("川委发〔2017〕21号", "川委发〔2017〕21号"),
    ],
)
def test_a_number_after_a_document_starts_after_its_word_document(written: str, number: str) -> None:
    assert normalize_doc_number(written) == number


def test_a_cover_citing_a_document_by_its_number_cites_the_number() -> None:
    text = (
        "柳溪县人民政府关于分解2025年重点工作的通知\n各乡镇人民政府，县直各部门：\n"
        "请按照柳溪县人民政府文件柳政〔2025〕8号要求，抓好落实。\n一、重点任务\n1.推进河道清淤。\n责任单位：县水利局\n"
    )
    assert [c.key for c in citations(parse_text(text)) if c.kind == "doc-number"] == ["柳政〔2025〕8号"]
