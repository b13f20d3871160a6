"""The head's metadata as document sites and scrapes write it: 文号 labels, a 文号 the scrape broke, validity
marks after a title, a title wrapped before its last words, a heading that is no title, addressees sharing
one ending, signatures over two lines and dates without a signer.

Each case is a head written the way a kind of page writes it (invented places, numbers and topics), then one
short part; each rule is tested where it applies and where it must not.
"""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

BODY = "一、重点任务\n（一）修缮河堤。（县水务局负责）\n"
COVER = "青岭县人民政府办公室关于印发青岭县河堤修缮工作方案的通知"
TO = "各乡镇人民政府，县直各部门："
SENT = "现将《青岭县河堤修缮工作方案》印发给你们，请认真贯彻执行。"


def _meta(text: str):  # type: ignore[no-untyped-def]
    return parse_text(text).metadata


def _codes(text: str) -> list[str]:
    return [w.code for w in parse_text(text).warnings]


@pytest.mark.parametrize(
    ("rows", "doc_number"),
    [
        # labels of the 文号 field that law and policy sites use
        (["【字号】青政办〔2022〕41号"], "青政办〔2022〕41号"),
        (
            [
                "【制定机关】青岭县人民政府办公室•【公布日期】2022.05.06•【字号】青政办〔2022〕41号•【施行日期】2022.05.06"
            ],
            "青政办〔2022〕41号",
        ),
        (["政策", "发布部门:青岭县人民政府", "政策文号:青政字〔2022〕41号", "有效性:有效"], "青政字〔2022〕41号"),
        (["- 备注/文号:青政办〔2022〕41号", "- 发布机构:青岭县人民政府办公室"], "青政办〔2022〕41号"),
        (["公文字号: 青政办〔2022〕41号"], "青政办〔2022〕41号"),
        # 字号 is also the page's font-size switch: no 文号
        (["  • 发布日期:2022-05-06", "  • 字号:[ 大 中 小 ]"], None),
    ],
    ids=["zihao-bracketed", "law-site-block", "policy-site", "remark-slash", "gongwen-zihao", "font"],
)
def test_doc_number_labels_of_document_sites(rows: list[str], doc_number: str | None) -> None:
    meta = _meta("\n".join([COVER, *rows, TO, SENT, BODY]))
    assert (meta.doc_number_normalized, meta.title) == (doc_number, COVER)


def test_the_remark_label_in_traditional_script_is_read_once_the_decoder_converts_it() -> None:
    import opencc

    from policy_cli.decode import decode

    page = "\n".join([COVER, "- 备注/文号:青政办〔2022〕41号", "- 发布机构:青岭县人民政府办公室", TO, SENT, BODY])
    written = opencc.OpenCC("s2t").convert(page)
    assert "/文號:" in written
    meta = _meta(decode(written.encode("utf-8")).text)
    assert meta.doc_number_normalized == "青政办〔2022〕41号"


@pytest.mark.parametrize(
    ("row", "index_number"),
    [
        ("索引号: 000111222/2022-00031 时效: 现行有效", "000111222/2022-00031"),
        ("索引号: 000111222/2022-00031 效力状态: 有效", "000111222/2022-00031"),
        ("索引号: 000111222/2022-00031 有效性: 有效", "000111222/2022-00031"),
        ("索引号: 000111222/2022-00031", "000111222/2022-00031"),
    ],
)
def test_a_validity_field_ends_the_field_before_it(row: str, index_number: str) -> None:
    assert _meta(f"{row}\n{COVER}\n{TO}\n{SENT}\n{BODY}").index_number == index_number


@pytest.mark.parametrize(
    ("number_line", "date", "doc_number", "code"),
    [
        # 〕 and 号 dropped: read where the year is sure, warned either way
        ("青府办发〔202126", "2021年3月2日", "青府办发〔2021〕26号", "doc-number-repaired"),
        ("青市发〔20187", "2018年12月28日", "青市发〔2018〕7号", "doc-number-repaired"),
        ("（青市发〔20181234）", "2018年12月28日", "青市发〔2018〕1234号", "doc-number-repaired"),
        # a year later than the notice's date, no number after the year, or no date at all: not read
        ("青府办发〔202126", "2020年3月2日", None, "doc-number-unread"),
        ("青府办发〔2021", "2021年3月2日", None, "doc-number-unread"),
        ("青府办发〔202126", None, None, "doc-number-unread"),
        # a whole 文号: nothing to repair
        ("青府办发〔2021〕26号", "2021年3月2日", "青府办发〔2021〕26号", None),
    ],
)
def test_a_doc_number_the_scrape_broke(
    number_line: str, date: str | None, doc_number: str | None, code: str | None
) -> None:
    signature = f"青岭县人民政府办公室\n{date}\n" if date else ""
    text = f"{number_line}\n{COVER}\n{TO}\n{SENT}\n{signature}{BODY}"
    assert _meta(text).doc_number_normalized == doc_number
    found = [c for c in _codes(text) if c.startswith("doc-number")]
    assert found == ([code] if code else [])


def test_a_broken_number_cited_in_prose_is_never_repaired() -> None:
    text = f"{COVER}\n{TO}\n根据《省河道管理办法》（省政发〔201932）精神，{SENT}\n青岭县人民政府办公室\n2021年3月2日\n{BODY}"
    assert _meta(text).doc_number is None
    assert not [c for c in _codes(text) if c.startswith("doc-number")]


@pytest.mark.parametrize(
    ("mark", "title"),
    [
        ("(有效)", COVER),
        ("（已废止）", COVER),
        ("（失效）", COVER),
        ("(现行有效)", COVER),
        ("(试行)", None),  # a qualifier that is the title's own
    ],
)
def test_a_validity_mark_after_the_title_is_no_part_of_it(mark: str, title: str | None) -> None:
    text = f"{COVER}{mark}\n{TO}\n{SENT}\n青岭县人民政府办公室\n2022年5月6日\n青岭县河堤修缮工作方案\n{BODY}"
    assert _meta(text).title == (title or COVER + mark)


@pytest.mark.parametrize(
    ("cited", "title"),
    [
        # the plan cites a superior document of the same name: the title keeps its place
        ("根据省安委会《河堤安全专项整治行动方案》", "青岭县河堤安全专项整治行动方案"),
        ("根据省、市《河堤安全专项整治行动方案》", "青岭县河堤安全专项整治行动方案"),
    ],
)
def test_a_superior_document_of_the_same_name_leaves_the_title_its_place(cited: str, title: str) -> None:
    text = f"{TO}\n2022年5月6日\n青岭县河堤安全专项整治行动方案\n为做好整治，{cited}，制定本方案。\n{BODY}"
    assert _meta(text).title == title


def test_a_news_heading_that_added_a_province_still_takes_the_documents_name() -> None:
    text = "北江省青岭市河堤修缮工作方案\n近日，青岭市印发《青岭市河堤修缮工作方案》。\n" + BODY
    assert _meta(text).title == "青岭市河堤修缮工作方案"


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (["青岭市加强河堤数字化建设", "实施方案(2024—2026年)"], "青岭市加强河堤数字化建设实施方案(2024—2026年)"),
        (["青岭市河堤修缮", "工作要点"], "青岭市河堤修缮工作要点"),
        # a heading of the genre with no tail: kept alone; a tail far below is no part of it
        (["附件", "工作方案"], None),
    ],
)
def test_a_title_wrapped_before_its_last_words(lines: list[str], title: str | None) -> None:
    text = "\n".join([*lines, "为做好河堤修缮，制定本方案。", BODY])
    assert _meta(text).title == title


def test_a_sites_heading_over_its_collection_link_is_no_title() -> None:
    text = f"河堤修缮工作方案\n合集下载\n{COVER}\n{TO}\n{SENT}\n{BODY}"
    assert _meta(text).title == COVER


@pytest.mark.parametrize(
    ("line", "addressees"),
    [
        ("各县、区人民政府，市政府各部门：", ("各县、区人民政府", "市政府各部门")),
        ("各区、市人民政府，市直各单位：", ("各区、市人民政府", "市直各单位")),
        (
            "各市人民政府，青川示范区、临港区管委会，省政府各部门：",
            ("各市人民政府", "青川示范区、临港区管委会", "省政府各部门"),
        ),
        ("各区、县财政局，各处室：", ("各区", "县财政局", "各处室")),  # no government, no committee: as before
        ("各乡镇人民政府、管委会，县直有关单位：", ("各乡镇人民政府", "管委会", "县直有关单位")),
    ],
)
def test_addressees_sharing_one_ending(line: str, addressees: tuple[str, ...]) -> None:
    assert _meta(f"{COVER}\n{line}\n{SENT}\n{BODY}").addressees == addressees


@pytest.mark.parametrize(
    ("title", "signature", "issuers"),
    [
        # two issuers sign a line each
        (
            "关于印发《青岭县河堤修缮工作方案》的通知",
            ["中共青岭县委办公室", "青岭县人民政府办公室"],
            ("中共青岭县委办公室", "青岭县人民政府办公室"),
        ),
        # the title names its issuer without its place, the signature in full
        ("县政府办公室关于印发青岭县河堤修缮工作方案的通知", ["青岭县人民政府办公室"], ("青岭县人民政府办公室",)),
        # a signer of another name leaves the title's issuer as it is
        ("县政府办公室关于印发青岭县河堤修缮工作方案的通知", ["青岭县水务局"], ("县政府办公室",)),
        ("关于印发《青岭县河堤修缮工作方案》的通知", ["青岭县人民政府办公室"], ("青岭县人民政府办公室",)),
    ],
)
def test_the_issuers_a_signature_names(title: str, signature: list[str], issuers: tuple[str, ...]) -> None:
    text = "\n".join([title, TO, SENT, *signature, "2022年5月6日", "青岭县河堤修缮工作方案", BODY])
    assert _meta(text).issuers == issuers


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        # a cover's date alone after its sentence, the title below it
        (f"{TO}\n{SENT}\n2023年12月11日\n青岭市河堤修缮\n工作方案\n为做好修缮，制定本方案。\n{BODY}", "2023-12-11"),
        # the date a document was adopted, in brackets under its title
        (f"青岭县人民政府关于河堤修缮的意见\n（2020年3月13日）\n为做好修缮，提出如下意见。\n{BODY}", "2020-03-13"),
        # a date alone above the title with no cover before it is the page's, not the signing
        (f"2023年12月11日\n青岭县人民政府关于河堤修缮的意见\n为做好修缮，提出如下意见。\n{BODY}", None),
    ],
    ids=["after-the-cover", "bracketed-under-title", "page-date"],
)
def test_a_signing_date_with_no_signer(text: str, signed: str | None) -> None:
    assert _meta(text).signed == signed


@pytest.mark.parametrize(
    ("line", "doc_number", "addressees"),
    [
        # a law site's fields glued after the title, then the notice's text: its 文号 and addressees read
        (
            f"{COVER}文章属性•【制定机关】青岭县人民政府办公室•【公布日期】2022.05.06•【字号】青政办〔2022〕41号"
            f"•【时效性】现行有效正文{COVER}各乡镇人民政府,县直各部门:《青岭县河堤修缮工作方案》已经县政府同意,现印发给你们。",
            "青政办〔2022〕41号",
            ("各乡镇人民政府", "县直各部门"),
        ),
        # the title again with prose after it, no block of fields: nothing read from it
        (f"{COVER}已经县政府同意，现印发给你们。", None, ()),
    ],
    ids=["law-site-block", "no-block"],
)
def test_a_law_sites_fields_glued_after_the_title(
    line: str, doc_number: str | None, addressees: tuple[str, ...]
) -> None:
    meta = _meta(f"{COVER}\n{line}\n{BODY}")
    assert (meta.doc_number_normalized, meta.addressees) == (doc_number, addressees)


@pytest.mark.parametrize(
    ("line", "addressees"),
    [
        # the addressees glued to a cover naming two documents
        (
            "各乡镇人民政府，县直各部门：《甲项分解》和《乙项分解》已经县政府同意，现印发给你们。",
            ("各乡镇人民政府", "县直各部门"),
        ),
        ("各乡镇人民政府，县直各部门：《甲项分解》已经县政府同意，现印发给你们。", ("各乡镇人民政府", "县直各部门")),
        # a sentence naming documents, no addressees before it
        ("根据《甲项分解》和《乙项分解》，现印发给你们。", ()),
    ],
)
def test_addressees_glued_to_the_cover_sentence(line: str, addressees: tuple[str, ...]) -> None:
    assert _meta(f"{COVER}\n||||\n{line}\n{BODY}").addressees == addressees


@pytest.mark.parametrize(
    ("row", "doc_number", "code"),
    [
        (
            "索引号: 0001/2021-00007 文号: 青府办发〔202126 发布日期: 2021-03-05",
            "青府办发〔2021〕26号",
            "doc-number-repaired",
        ),
        ("索引号: 0001/2021-00007 文号: 青府办发〔202226 发布日期: 2021-03-05", None, "doc-number-unread"),
        ("索引号: 0001/2021-00007 文号: 青府办发〔2021〕26号 发布日期: 2021-03-05", "青府办发〔2021〕26号", None),
    ],
    ids=["repaired", "year-after-the-date", "whole"],
)
def test_a_doc_number_field_the_scrape_broke(row: str, doc_number: str | None, code: str | None) -> None:
    text = f"{row}\n{COVER}\n{TO}\n{SENT}\n{BODY}"
    meta = _meta(text)
    assert (meta.doc_number, meta.doc_number_normalized) == (doc_number, doc_number)
    assert [c for c in _codes(text) if c.startswith("doc-number")] == ([code] if code else [])


@pytest.mark.parametrize(
    ("row", "issuers"),
    [
        # no title line: the page's 标题 field names the issuer
        (f"- 标题:{COVER}", ("青岭县人民政府办公室",)),
        ("- 标题:青岭县河堤修缮工作方案", ()),
    ],
)
def test_the_issuer_named_in_the_pages_title_field(row: str, issuers: tuple[str, ...]) -> None:
    text = f"- 索引号:0001/2025-00003\n{row}\n- 文号:青政办〔2025〕1号\n{TO}\n{SENT}\n{BODY}"
    meta = _meta(text)
    assert (meta.title, meta.issuers) == (row.removeprefix("- 标题:"), issuers)
