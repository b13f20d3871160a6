"""A page's red-header banner, the issuer's name and 文件 alone on a line (某市人民政府办公室文件), where a page
break repeated it inside the body, is page furniture: kept as a page-break, never glued into the item above,
whatever closes that item (a bracket of roles or a dash); the banner's words inside a sentence stay."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = (
    "某市人民政府办公室关于印发某市2025年优化营商环境工作要点的通知\n"
    "某政办发〔2025〕6号\n"
    "各县（市、区）人民政府，市直各单位：\n"
    "经市人民政府同意，现将《某市2025年优化营商环境工作要点》印发给你们，请认真贯彻执行。\n"
    "某市人民政府办公室\n"
    "2025年3月10日\n"
    "某市2025年优化营商环境工作要点\n"
    "一、重点工作\n"
    "1.深化“一件事一次办”。新增10个“一件事”集成服务场景。（市政务服务管理局牵头，市发展改革委配合）\n"
)
NEXT = "2.保障企业用地需求。推行“标准地”出让。（市自然资源和规划局负责，12月底前）\n"

# (the item's annotation, the line after it, the item's text, lead, page-break kept)
CASES: list[tuple[str, str, str, tuple[str, ...], bool]] = [
    (
        "（市市场监管局牵头，市司法局配合，年底前）",
        "某市人民政府办公室文件",
        "推进“证照分离”改革。对照清单实行分类改革。",
        ("市市场监管局",),
        True,
    ),
    (
        "——市市场监管局牵头，市司法局配合，年底前",
        "某市人民政府办公室文件",
        "推进“证照分离”改革。对照清单实行分类改革。",
        ("市市场监管局",),
        True,
    ),
    (
        "——市市场监管局牵头，市司法局配合，年底前",
        "某市人民政府办公室　文　件",
        "推进“证照分离”改革。对照清单实行分类改革。",
        ("市市场监管局",),
        True,
    ),
    (
        "（市市场监管局牵头，市司法局配合，年底前）",
        "",
        "推进“证照分离”改革。对照清单实行分类改革。",
        ("市市场监管局",),
        False,
    ),
]


@pytest.mark.parametrize(("roles", "after", "text", "lead", "cut"), CASES)
def test_an_issuers_banner_alone_is_page_furniture(
    roles: str, after: str, text: str, lead: tuple[str, ...], cut: bool
) -> None:
    body = (
        f"2.推进“证照分离”改革。对照清单实行分类改革。{roles}\n"
        + (f"{after}\n" if after else "")
        + NEXT.replace("2.", "3.")
    )
    notice = parse_text(HEAD + body)
    assert len(notice.tasks) == 3
    task = notice.tasks[1]
    assert (task.text, task.lead, task.due) == (text, lead, "年底前")
    assert any(b.kind == "page-break" and "文" in b.text for b in notice.boilerplate) is cut


def test_the_banners_words_in_a_sentence_stay() -> None:
    body = "2.规范公文办理。按照某市人民政府办公室文件要求，规范办理流程。（市政府办公室负责）\n" + NEXT.replace(
        "2.", "3."
    )
    notice = parse_text(HEAD + body)
    assert notice.tasks[1].text == "规范公文办理。按照某市人民政府办公室文件要求，规范办理流程。"
    assert not any(b.kind == "page-break" for b in notice.boilerplate)
