"""A cover notice's signature a page ran on after the cover's last sentence (…请认真抓好落实。某县人民政府办公室
2025年3月6日, the date in figures, in Chinese numerals or in digits): the issuer signs, the date is the notice's,
and neither is part of the cover's text; a sentence ending in a date with no issuer before it is text."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

COVER = """\
石门县人民政府办公室关于印发石门县村庄清洁行动方案的通知
各乡镇人民政府，县直各单位：
{last}
石门县村庄清洁行动方案
一、重点任务
（一）清理村庄垃圾。（牵头单位：县农业农村局；完成时限：2025年6月底前）
"""

SENTENCE = "《石门县村庄清洁行动方案》已经县政府同意，现印发给你们，请认真抓好落实。"


@pytest.mark.parametrize(
    ("last", "signed", "issuers", "signature"),
    [
        (
            f"{SENTENCE}石门县人民政府办公室 2025年3月6日",
            "2025-03-06",
            ("石门县人民政府办公室",),
            "石门县人民政府办公室 2025年3月6日",
        ),
        (
            f"{SENTENCE}石门县人民政府办公室2025年3月6日",
            "2025-03-06",
            ("石门县人民政府办公室",),
            "石门县人民政府办公室2025年3月6日",
        ),
        (
            f"{SENTENCE}石门县人民政府办公室 2025.3.6",
            "2025-03-06",
            ("石门县人民政府办公室",),
            "石门县人民政府办公室 2025.3.6",
        ),
        (
            f"{SENTENCE}石门县人民政府办公室 2025-03-06",
            "2025-03-06",
            ("石门县人民政府办公室",),
            "石门县人民政府办公室 2025-03-06",
        ),
        (
            f"{SENTENCE}石门县人民政府办公室 2025/3/6",
            "2025-03-06",
            ("石门县人民政府办公室",),
            "石门县人民政府办公室 2025/3/6",
        ),
        (
            f"{SENTENCE}石门县人民政府办公室 二〇二五年三月六日",
            "2025-03-06",
            ("石门县人民政府办公室",),
            "石门县人民政府办公室 二〇二五年三月六日",
        ),
        # no issuer before the date, or more text after it: the cover's own sentence
        (
            "请各乡镇于2025年3月6日前报送方案。县农业农村局联系人 2025年3月6日前报送",
            None,
            ("石门县人民政府办公室",),
            None,
        ),
        (f"{SENTENCE}石门县人民政府办公室 2025年3月6日印发材料", None, ("石门县人民政府办公室",), None),
    ],
)
def test_a_cover_signature_run_on_after_its_last_sentence(
    last: str, signed: str | None, issuers: tuple[str, ...], signature: str | None
) -> None:
    notice = parse_text(COVER.format(last=last))
    assert notice.metadata.signed == signed
    assert notice.metadata.issuers == issuers
    signatures = [b.text for b in notice.boilerplate if b.kind == "signature"]
    assert signatures == ([signature] if signature else [])
    cover = notice.preamble.splitlines()[0]
    assert cover == (SENTENCE if signature else last)
    assert [t.departments for t in notice.tasks] == [("县农业农村局",)]


def test_the_signer_names_the_issuers_a_title_does_not() -> None:
    text = COVER.replace("石门县人民政府办公室关于", "关于").format(
        last=f"{SENTENCE}中共石门县委办公室 石门县人民政府办公室 2025年3月6日"
    )
    notice = parse_text(text)
    assert notice.metadata.signed == "2025-03-06"
    assert notice.metadata.issuers == ("中共石门县委办公室", "石门县人民政府办公室")
    assert notice.preamble.splitlines()[0] == SENTENCE
