"""The head as real pages write it: where the own 文号 stands, page metadata rows, titles over lines.

Each case is a head written the way a kind of page writes it (invented places and
units), followed by one short part; the expected values are exact.
"""

from __future__ import annotations

import pytest

from policy_cli.cites import citations
from policy_cli.parse import parse_text

BODY = "一、总体要求\n（一）目标。做好汛期准备。（牵头单位：县水务局；配合单位：县财政局）\n"
TITLE = "白沙县人民政府关于做好防汛工作的实施意见"
COVER = "白沙县人民政府办公室关于印发白沙县防汛工作方案的通知"
TO = "各乡镇人民政府，县直各部门："
TO_UNITS = ("各乡镇人民政府", "县直各部门")

# (id, head lines, title, doc_number as written, issuers, addressees, signed)
CASES = [
    (
        "red-header banner, number before the title",
        ["白沙县人民政府文件", "白政发〔2019〕5号", TITLE, TO, "为做好防汛工作，提出如下意见。"],
        TITLE,
        "白政发〔2019〕5号",
        ("白沙县人民政府",),
        TO_UNITS,
        None,
    ),
    (
        "number alone in brackets under the title",
        [TITLE, "（白政发〔2019〕5号）", TO, "为做好防汛工作，提出如下意见。"],
        TITLE,
        "白政发〔2019〕5号",
        ("白沙县人民政府",),
        TO_UNITS,
        None,
    ),
    (
        "number at the end of a cover notice's title",
        [f"{COVER}（白政办发〔2017〕2号）", TO, "现将方案印发给你们。", "白沙县人民政府办公室", "2017年3月1日"],
        COVER,
        "白政办发〔2017〕2号",
        ("白沙县人民政府办公室",),
        TO_UNITS,
        "2017-03-01",
    ),
    (
        "number after the title, past a space and a table bar",
        [f"{COVER} 白政办发〔2023〕14号 |", TO, "现将方案印发给你们。"],
        COVER,
        "白政办发〔2023〕14号",
        ("白沙县人民政府办公室",),
        TO_UNITS,
        None,
    ),
    (
        "metadata rows without colons, two fields a row, spaced labels",
        [
            "索 引 号 0000/2023-00001 发文日期 2023-01-03",
            "发布机构 白沙县人民政府办公室 文    号 白政办发〔2017〕 120号",
            "分   类 政务公开 有 效 性 有效",
            TITLE,
        ],
        TITLE,
        "白政办发〔2017〕 120号",
        ("白沙县人民政府",),
        (),
        "2023-01-03",
    ),
    (
        "label glued to its value",
        ["发文字号白办〔2020〕1号", "白沙县防汛工作实施方案", TO],
        "白沙县防汛工作实施方案",
        "白办〔2020〕1号",
        (),
        TO_UNITS,
        None,
    ),
    (
        "bulleted labels with the value on the next line, empty fields between",
        [
            "• 索引号:",
            "0000/2024-001005",
            "• 主题分类:",
            "• 发文机关:",
            "白沙县人民政府",
            "• 文号:",
            "白政发〔2024〕7号",
            "• 成文日期:",
            "2024年04月06日",
            "• 内容概述:",
            "白沙县防汛工作实施方案",
        ],
        "白沙县防汛工作实施方案",
        "白政发〔2024〕7号",
        ("白沙县人民政府",),
        (),
        "2024-04-06",
    ),
    (
        "bulleted 发文序号 label, a space before 号",
        [
            "• 索引号:0000/2023-00009",
            "• 发文序号:白政办发〔2023〕4 号",
            "• 成文日期:2023年2月1日",
            COVER,
            TO,
            "现将方案印发给你们。",
        ],
        COVER,
        "白政办发〔2023〕4 号",
        ("白沙县人民政府办公室",),
        TO_UNITS,
        "2023-02-01",
    ),
    (
        "metadata block repeated by the scrape, empty 文号 first",
        [
            "索引号:0000/2023-00002 组配分类:规范性文件 发布机构:白沙县人民政府",
            "名称:白沙县防汛工作实施方案 文号:",
            "索引号:0000/2023-00002 组配分类:规范性文件 发布机构:白沙县人民政府",
            "名称:白沙县防汛工作实施方案 文号:白政〔2023〕3号",
            "发布时间:2023-05-02 来源:白沙县人民政府 浏览次数:",
            "白沙县防汛工作实施方案",
            "白沙县防汛工作实施方案",
            TO,
        ],
        "白沙县防汛工作实施方案",
        "白政〔2023〕3号",
        (),
        TO_UNITS,
        None,
    ),
    (
        "title over three lines after the issuer, number on the first line",
        [
            "白政办发〔2022〕33号",
            "白沙县人民政府办公室",
            "关于印发《白沙县防汛工作",
            "实施方案》的通知",
            TO,
            "现将方案印发给你们。",
            "2022年4月26日",
        ],
        "白沙县人民政府办公室关于印发《白沙县防汛工作实施方案》的通知",
        "白政办发〔2022〕33号",
        ("白沙县人民政府办公室",),
        TO_UNITS,
        "2022-04-26",
    ),
    (
        "number glued before a repeat of the title",
        [COVER, f"白政办发〔2023〕2号{COVER}", TO, "现将方案印发给你们。"],
        COVER,
        "白政办发〔2023〕2号",
        ("白沙县人民政府办公室",),
        TO_UNITS,
        None,
    ),
    (
        "number repeated under the title",
        [TITLE, "白政发〔2016〕26号", "白政发〔2016〕26号", TO, "为做好防汛工作。"],
        TITLE,
        "白政发〔2016〕26号",
        ("白沙县人民政府",),
        TO_UNITS,
        None,
    ),
    (
        "a cover notice keeps its issuer, addressees, date and number before the 方案's own title",
        [
            COVER,
            "白政办发〔2021〕8号",
            TO,
            "现将《白沙县防汛工作方案》印发给你们，请认真贯彻执行。",
            "白沙县人民政府办公室",
            "2021年3月15日",
            "（此件公开发布）",
            "白沙县防汛工作方案",
            "为做好防汛工作，制定本方案。",
        ],
        COVER,
        "白政办发〔2021〕8号",
        ("白沙县人民政府办公室",),
        TO_UNITS,
        "2021-03-15",
    ),
]


CASES += [
    (
        "red-header banner of an office, title over two lines",
        [
            "白沙县人民政府办公室文件",
            "白政办发〔2009〕24号",
            "白沙县人民政府办公室关于加强高校",
            "毕业生就业工作的通知",
            TO,
        ],
        "白沙县人民政府办公室关于加强高校毕业生就业工作的通知",
        "白政办发〔2009〕24号",
        ("白沙县人民政府办公室",),
        TO_UNITS,
        None,
    ),
    (
        "issuer on its own line before a title starting with 关于, dashed metadata",
        [
            "- 发布日期:2021-07-19",
            "- 浏览次数:",
            "白沙县人民政府",
            "关于持续深化县乡同权改革的实施意见",
            "白政字〔2021〕30号",
            TO,
        ],
        "白沙县人民政府关于持续深化县乡同权改革的实施意见",
        "白政字〔2021〕30号",
        ("白沙县人民政府",),
        TO_UNITS,
        None,
    ),
    (
        "a 文号 line repeating the title in book-title marks, then page counters",
        [
            f"白政发〔2014〕20号《{TITLE}》",
            "浏览量:          时间:2016-01-17 23:45:19",
            TITLE,
            "白政发〔2014〕20号",
            TO,
        ],
        TITLE,
        "白政发〔2014〕20号",
        ("白沙县人民政府",),
        TO_UNITS,
        None,
    ),
    (
        "page tools, a time stamp and a serial between the title and the addressees",
        [
            f"{COVER}（白办发〔2017〕2号）",
            "来源:白沙县政府门户网 日期:2017-01-12 17:08 字号:【",
            "视力保护色:",
            "浏览量:",
            "2017-01-12 17:08 白沙县人民政府办公室",
            "BSX2017010002",
            TO,
            "现将方案印发给你们。",
            "白沙县人民政府办公室",
            "2017年1月10日",
        ],
        COVER,
        "白办发〔2017〕2号",
        ("白沙县人民政府办公室",),
        TO_UNITS,
        "2017-01-10",
    ),
    (
        "a cover notice issued jointly, signed on two lines",
        [
            "中共白沙县委办公室白沙县人民政府办公室印发《关于推进政务公开的实施意见》的通知（白办发〔2017〕3号）",
            TO,
            "《关于推进政务公开的实施意见》已经县委、县政府同意，现印发给你们。",
            "中共白沙县委办公室",
            "白沙县人民政府办公室",
            "2017年1月10日",
        ],
        "中共白沙县委办公室白沙县人民政府办公室印发《关于推进政务公开的实施意见》的通知",
        "白办发〔2017〕3号",
        ("中共白沙县委办公室", "白沙县人民政府办公室"),
        TO_UNITS,
        "2017-01-10",
    ),
    (
        "the title written twice, then split over three lines with a spaced-out last word",
        [
            "名 称: 白沙县人民政府办公室 关于印发重点工作责任分解的通知",
            "索 引 号: 0000/2020-105482 发布日期: 2020-06-28 发布机构: 白沙县人民政府办公室",
            "文 号: 文件分类: 综合政务 所属机构:",
            "白沙县人民政府办公室 关于印发重点工作责任分解的通知",
            "白沙县人民政府办公室",
            "关于印发重点工作责任分解的",
            "通 知",
            TO,
            "现将重点工作责任分解印发给你们。",
            "2020年6月28日",
        ],
        "白沙县人民政府办公室关于印发重点工作责任分解的通知",
        None,
        ("白沙县人民政府办公室",),
        TO_UNITS,
        "2020-06-28",
    ),
]


CASES += [
    (
        "banner and number on one line",
        ["白沙县人民政府文件  白政发〔2019〕5号", TITLE, TO],
        TITLE,
        "白政发〔2019〕5号",
        ("白沙县人民政府",),
        TO_UNITS,
        None,
    ),
    (
        "number with its signer, under the title",
        [TITLE, "白政发〔2019〕5号　　　　签发人：张某", TO],
        TITLE,
        "白政发〔2019〕5号",
        ("白沙县人民政府",),
        TO_UNITS,
        None,
    ),
    (
        "number and date on one line, no title line (the date is not read as the signing)",
        ["白政办发〔2020〕7号 2020年3月2日", TO],
        None,
        "白政办发〔2020〕7号",
        (),
        TO_UNITS,
        None,
    ),
    (
        "number in square brackets at the end of the title",
        [f"{COVER}【白政办发〔2019〕1号】", TO],
        COVER,
        "白政办发〔2019〕1号",
        ("白沙县人民政府办公室",),
        TO_UNITS,
        None,
    ),
    (
        "a site's name right above the title is not part of it",
        ["白沙县人民政府网", "关于做好防汛工作的实施意见", TO],
        "关于做好防汛工作的实施意见",
        None,
        (),
        TO_UNITS,
        None,
    ),
    (
        "a channel name before the title, the title repeated over two lines",
        [
            "政务服务丨" + TITLE,
            "- 发布日期:2021-07-19",
            "白沙县人民政府",
            "关于做好防汛工作的实施意见",
            "白政字〔2021〕3号",
            TO,
        ],
        TITLE,
        "白政字〔2021〕3号",
        ("白沙县人民政府",),
        TO_UNITS,
        None,
    ),
    (
        "a double-spaced title cut after 关于",
        [
            "白沙县人民政府办公室文件",
            "",
            "白政办发〔2009〕4号",
            "",
            "白沙县人民政府办公室关于加强高校",
            "",
            "毕业生就业工作的通知",
            "",
            TO,
        ],
        "白沙县人民政府办公室关于加强高校毕业生就业工作的通知",
        "白政办发〔2009〕4号",
        ("白沙县人民政府办公室",),
        TO_UNITS,
        None,
    ),
    (
        "a cover notice shown without its own title, the 方案's title after it",
        [
            "发文机关:白沙县人民政府",
            "文号 :白政发〔2018〕13号",
            TO,
            "现将《白沙县防汛工作实施方案》印发给你们，请认真组织实施。",
            "白沙县人民政府",
            "2018年3月27日",
            "（此件公开发布）",
            "白沙县防汛工作实施方案",
        ],
        "白沙县防汛工作实施方案",
        "白政发〔2018〕13号",
        ("白沙县人民政府",),
        TO_UNITS,
        "2018-03-27",
    ),
    (
        "font-size and share tools on one line after the title",
        [TITLE, "字号: 分享到:", "  白政发〔2015〕21号", TO],
        TITLE,
        "白政发〔2015〕21号",
        ("白沙县人民政府",),
        TO_UNITS,
        None,
    ),
    (  # the issuers' line is the title's start, as the document's title names its issuers (发文机关 + 关于 + 事由)
        "joint issuers on the line right above the title",
        ["中共白沙县委 白沙县人民政府", "关于做好防汛工作的实施意见", "白发〔2019〕6号", TO],
        "中共白沙县委 白沙县人民政府关于做好防汛工作的实施意见",
        "白发〔2019〕6号",
        ("中共白沙县委", "白沙县人民政府"),
        TO_UNITS,
        None,
    ),
    (
        "joint issuers a space apart in the title line",
        ["中共白沙县委 白沙县人民政府关于做好防汛工作的实施意见", "白发〔2019〕6号", TO],
        "中共白沙县委 白沙县人民政府关于做好防汛工作的实施意见",
        "白发〔2019〕6号",
        ("中共白沙县委", "白沙县人民政府"),
        TO_UNITS,
        None,
    ),
    (
        "a red-header banner, then the 文号, over a title starting at 关于",
        ["中共白沙县委 白沙县人民政府文件", "白发〔2019〕6号", "关于做好防汛工作的实施意见", TO],
        "关于做好防汛工作的实施意见",
        "白发〔2019〕6号",
        ("中共白沙县委", "白沙县人民政府"),
        TO_UNITS,
        None,
    ),
]


@pytest.mark.parametrize(
    ("head", "title", "doc_number", "issuers", "addressees", "signed"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_head(
    head: list[str],
    title: str,
    doc_number: str | None,
    issuers: tuple[str, ...],
    addressees: tuple[str, ...],
    signed: str | None,
) -> None:
    notice = parse_text("\n".join(head) + "\n" + BODY)
    meta = notice.metadata
    assert (meta.title, meta.doc_number, meta.issuers, meta.addressees, meta.signed) == (
        title,
        doc_number,
        issuers,
        addressees,
        signed,
    )
    assert meta.doc_number_normalized == ("".join(doc_number.split()) if doc_number else None)
    assert [t.lead for t in notice.tasks] == [("县水务局",)]
    # the own number is metadata, never a citation, however often the page writes it
    assert not [c for c in citations(notice) if c.key == meta.doc_number_normalized]


def test_page_fields_fill_the_metadata() -> None:
    head = [
        "• 索 引 号:0000/2023-00007",
        "• 主题分类:防汛抗旱",
        "• 发布机构:白沙县应急管理局",
        "• 发布日期:2023-06-01",
        "• 主题词:防汛 应急",
        "白沙县防汛工作实施方案",
    ]
    meta = parse_text("\n".join(head) + "\n" + BODY).metadata
    assert (meta.index_number, meta.category, meta.publisher, meta.published, meta.keywords) == (
        "0000/2023-00007",
        "防汛抗旱",
        "白沙县应急管理局",
        "2023-06-01",
        ("防汛", "应急"),
    )


def test_a_page_row_after_the_title_is_page_furniture_not_the_addressees() -> None:
    head = [TITLE, "发布时间:2023-06-01 来源:白沙县人民政府", "浏览量:", "白政发〔2023〕9号", TO, "为做好防汛工作。"]
    notice = parse_text("\n".join(head) + "\n" + BODY)
    assert notice.metadata.addressees == TO_UNITS
    assert notice.metadata.published == "2023-06-01"
    assert notice.preamble == "为做好防汛工作。"
    assert [(b.line, b.kind) for b in notice.boilerplate] == [(2, "page-header"), (3, "page-header"), (4, "doc-number")]


@pytest.mark.parametrize("head", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_no_head_line_is_dropped(head: list[str]) -> None:
    """Every line of a head is metadata, preamble or boilerplate."""
    from .test_parse_bundled import _stored_text

    notice = parse_text("\n".join(head) + "\n" + BODY)
    stored = "".join(_stored_text(notice).split())
    for line in head:
        line = "".join(line.split())
        width = min(4, len(line))
        assert any(line[i : i + width] in stored for i in range(len(line) - width + 1)), line


@pytest.mark.parametrize("label", ["发布机构", "发布部门", "发布单位"])
def test_the_publisher_field_is_read_past_rows_of_disclosure_fields(label: str) -> None:
    notice = parse_text(
        "索引号 | 0000/2024-00009 | 公开方式 | 主动公开 |\n公开范围 | 面向社会 | 公开时限 | 长期公开 |\n"
        f"{label} | 白沙县人民政府 | 发文日期 | 2024-03-02 |\n"
        "序号 | 重点任务 | 责任单位 |\n1 | 新建幼儿园2所。 | 县教育局 |\n"
    )
    assert notice.metadata.title is None
    assert notice.metadata.publisher == "白沙县人民政府"
    assert notice.metadata.signed == "2024-03-02"


@pytest.mark.parametrize(
    ("cover", "expected"),
    [
        (
            "《白沙县进一步加强基层医疗卫生服务能力实施方案》已经县政府同意，现印发给你们。",
            "白沙县进一步加强基层医疗卫生服务能力实施方案",
        ),
        # the cover names another document: the title line is taken as it stands, the piece above is not joined
        ("根据《白沙县卫生健康事业发展规划》，制定本方案，现印发给你们。", "服务能力实施方案"),
    ],
)
def test_a_title_split_over_two_lines_the_cover_names_in_full(cover: str, expected: str) -> None:
    notice = parse_text(
        "白政办发〔2024〕5号\n\n各乡镇人民政府，县直各部门：\n\n"
        f"{cover}\n\n白沙县人民政府办公室\n\n2024年3月1日\n\n"
        "白沙县进一步加强基层医疗卫生\n\n服务能力实施方案\n\n"
        "一、总体要求\n（一）建设村卫生室10个。牵头单位：县卫生健康局。\n"
    )
    assert notice.metadata.title == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "青禾日报 > 要闻 > 政务\n青禾省政府工作报告重点工作部门分工确定\n2024.03.12  08:15\n"
            "记者获悉，省政府就落实重点工作提出分工意见。\n1、稳定粮食生产。（省农业农村厅牵头负责）\n2、稳定生猪生产。（省农业农村厅牵头负责）\n",
            "青禾省政府工作报告重点工作部门分工确定",
        ),
        (
            "青禾省推进民生实事，十项任务由哪些部门牵头？\n发表时间：2024-3-5 来源：青禾网\n"
            "日前，省政府明确了十项民生实事的牵头部门。\n1、新建幼儿园20所。（省教育厅牵头负责）\n2、新增托位500个。（省卫生健康委牵头负责）\n",
            "青禾省推进民生实事，十项任务由哪些部门牵头？",
        ),
        (  # a line over a byline that names no work of the genre is no headline of a notice
            "青禾省召开春季防汛工作会议\n2024.03.12  08:15\n记者获悉，会议部署了防汛工作。\n"
            "1、加强堤防巡查。（省水利厅牵头负责）\n2、清理河道障碍。（省水利厅牵头负责）\n",
            None,
        ),
    ],
)
def test_a_news_headline_over_its_byline_is_the_title(page: str, expected: str | None) -> None:
    assert parse_text(page).metadata.title == expected


@pytest.mark.parametrize("validity", ["文件有效性 有效", "效力状态：有效", "有效性 失效"])
def test_the_doc_number_row_under_the_title_is_read_past_a_validity_row(validity: str) -> None:
    notice = parse_text(
        "索引号 0000/2024-00021\n生成日期 2024-04-02 公开方式 主动公开\n"
        "白沙县人民政府办公室关于印发白沙县集市管理提升方案的通知\n"
        f"{validity}\n文件编号 白政办发〔2024〕21号\n正文\n"
        "各乡镇人民政府，县政府各部门：\n　　现将方案印发给你们，请认真贯彻执行。\n"
        "序号 | 重点任务 | 责任单位 |\n1 | 新建集贸市场2个。 | 县商务局 |\n"
    )
    assert notice.metadata.title == "白沙县人民政府办公室关于印发白沙县集市管理提升方案的通知"
    assert notice.metadata.doc_number == "白政办发〔2024〕21号"
    assert notice.metadata.addressees == ("各乡镇人民政府", "县政府各部门")


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (  # a page label with the short title, then the document: issuer alone, the title over blank-spaced lines
            "关于印发白沙县集市管理提升方案的通知\n\n来源：白沙县人民政府 发布：2024-04-02\n\n白政办发〔2024〕21号\n\n"
            "白沙县人民政府办公室\n\n关于印发 白沙县集市\n\n管理提升方案 的通知\n\n",
            "白沙县人民政府办公室关于印发白沙县集市管理提升方案的通知",
        ),
        (  # the same document with no label line above it
            "白沙县人民政府办公室\n\n关于印发白沙县集市\n\n管理提升方案的通知\n\n",
            "白沙县人民政府办公室关于印发白沙县集市管理提升方案的通知",
        ),
        (  # a banner over the whole title is no piece of it
            "白沙县人民政府办公室\n\n白沙县人民政府办公室关于印发白沙县集市管理提升方案的通知\n\n",
            "白沙县人民政府办公室关于印发白沙县集市管理提升方案的通知",
        ),
    ],
)
def test_a_title_under_its_issuer_written_over_double_spaced_lines(page: str, expected: str) -> None:
    notice = parse_text(
        page + "各乡镇人民政府，县政府各部门：\n　　现将方案印发给你们，请认真贯彻执行。\n"
        "序号 | 重点任务 | 责任单位 |\n1 | 新建集贸市场2个。 | 县商务局 |\n"
    )
    assert notice.metadata.title == expected
    assert [t.departments for t in notice.tasks] == [("县商务局",)]


@pytest.mark.parametrize(
    ("page", "expected", "issuers"),
    [
        # an issuer alone over a whole title naming its own place: the issuer is the banner, not the title's start
        ("白沙县商务局\n白沙县2024年集市管理工作要点\n", "白沙县2024年集市管理工作要点", ("白沙县商务局",)),
        ("白沙县人民政府办公室\n白沙县集市管理提升方案\n", "白沙县集市管理提升方案", ("白沙县人民政府办公室",)),
        # near forms: a title going on after its issuer (关于…), or one whose first line runs to 关于, is one title
        (
            "白沙县商务局\n关于印发白沙县2024年集市管理工作要点的通知\n",
            "白沙县商务局关于印发白沙县2024年集市管理工作要点的通知",
            None,
        ),
        (
            "白沙县人民政府办公室关于印发\n白沙县2024年集市管理提升方案的通知\n",
            "白沙县人民政府办公室关于印发白沙县2024年集市管理提升方案的通知",
            None,
        ),
    ],
)
def test_an_issuer_over_a_title_naming_its_own_place(page: str, expected: str, issuers: tuple[str, ...] | None) -> None:
    notice = parse_text(
        page + "各乡镇人民政府，县政府各部门：\n　　现将方案印发给你们，请认真贯彻执行。\n"
        "序号 | 重点任务 | 责任单位 |\n1 | 新建集贸市场2个。 | 县商务局 |\n"
    )
    assert notice.metadata.title == expected
    if issuers is not None:
        assert notice.metadata.issuers == issuers


@pytest.mark.parametrize(
    ("head", "doc_number"),
    [
        (  # a disclosure row whose label the page adds (公开责任部门) before the 文号 row, labels without colons
            [
                "文件名称 白沙县人民政府关于印发白沙县防汛工作方案的通知",
                "索引号 bsx/2025-0003 公开目录: 政策文件",
                "公开责任部门 白沙县人民政府 公开形式: 主动公开",
                "文号 白政发〔2025〕3号 成文日期: 2025年02月06日",
                "白沙县人民政府关于印发白沙县防汛工作方案的通知",
                TO,
            ],
            "白政发〔2025〕3号",
        ),
        (  # a law site's fields run together, its 文号 in square brackets and glued to the next label
            [
                "类 别:地方法规文 号:白政办发[2016]12号颁发日期:2016-07-22",
                "地 区:白沙行 业:全行业时效性:有效",
                TITLE,
                TO,
            ],
            "白政办发[2016]12号",
        ),
        (  # a metadata table with an empty 名称 cell spread over lines, the 文号 in its own cell
            [
                COVER,
                "索 引 号 | 0000/2023-00054 | 主题分类 | 其他 |",
                "名 称 |",
                "|",
                "||",
                "文 号 | 白政发〔2023〕6号 | 有 效 性 | 有效 |",
                TO,
            ],
            "白政发〔2023〕6号",
        ),
        (  # labels glued to their values with no space or colon
            [
                "索引号 0000/2018-01546 主题分类 综合政务",
                "发文机构县政府办公室发文字号白政办〔2018〕13号",
                "发布日期2018年09月05日有效性有效",
                COVER,
                TO,
            ],
            "白政办〔2018〕13号",
        ),
        (  # bulleted labels with their values on the next bulleted line
            [
                COVER,
                "  • 索引号:",
                "  • 0000/2023-243677",
                "  • 主题分类:",
                "  • 城乡建设",
                "  • 文号:",
                "  • 白政办发〔2023〕47号",
                "  • 统一编号:",
                "  • BSX01-2023-0013",
                TO,
            ],
            "白政办发〔2023〕47号",
        ),
        (  # the font sizes in brackets alone on a line over the fields; a field no list knows after the 文号
            [
                COVER,
                "来源：白沙县人民政府办公室　　发布时间：2025-05-09 15:32",
                "【大】【中】【小】",
                "发文机关：白沙县人民政府办公室",
                "文　　号：白政办发〔2025〕21号　　　　　　是否现行：是",
                "成文日期：2025-05-07",
                TO,
            ],
            "白政办发〔2025〕21号",
        ),
        (  # each field and its value in a bracket of its own, some of labels no list knows
            [
                "【发布时间：2024-03-01 09:30】【来源：区政府办】【文号：白政办发〔2024〕5号】【访问量：2208】",
                COVER,
                TO,
            ],
            "白政办发〔2024〕5号",
        ),
        (  # the page's font tool in brackets after the 文号 on the same row
            ["发布时间：2024-03-04　　文号：白政办发〔2024〕5号　　【字号：大 中 小】", COVER, TO],
            "白政办发〔2024〕5号",
        ),
    ],
    ids=[
        "disclosure-row-first",
        "glued-law-site-fields",
        "pipe-table-empty-name",
        "glued-labels",
        "bullets-next-line",
        "font-sizes-then-unknown-field",
        "fields-each-in-brackets",
        "font-tool-after-number",
    ],
)
def test_the_own_doc_number_in_page_metadata_as_scrapes_write_it(head: list[str], doc_number: str) -> None:
    notice = parse_text("\n".join(head) + "\n" + BODY)
    assert notice.metadata.doc_number == doc_number
    assert notice.metadata.addressees == TO_UNITS
    assert [t.lead for t in notice.tasks] == [("县水务局",)]
    assert not [c for c in citations(notice) if c.key == notice.metadata.doc_number_normalized]


@pytest.mark.parametrize(
    ("head", "title", "doc_number"),
    [
        (  # a 文号 a space before a cover title that starts with its issuer
            [f"白政办发〔2021〕6号 {COVER}", TO, "现将方案印发给你们。"],
            COVER,
            "白政办发〔2021〕6号",
        ),
        (  # the bar of a page's table cell left after the title, the 文号 on a line further down
            ["首页 |", "|", f"{COVER} |", "|||", "白政办发〔2019〕9号", TO],
            COVER,
            "白政办发〔2019〕9号",
        ),
    ],
    ids=["doc-number-space-issuer-title", "title-cell-bar"],
)
def test_a_cover_title_past_page_marks(head: list[str], title: str, doc_number: str) -> None:
    notice = parse_text("\n".join(head) + "\n" + BODY)
    assert (notice.metadata.title, notice.metadata.doc_number) == (title, doc_number)
    assert notice.metadata.issuers == ("白沙县人民政府办公室",)


TABLE = "序号 | 主要任务 | 牵头单位 |\n1 | 新建集贸市场2个。 | 县商务局 |\n"


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (  # a site's column label in 【】 before the cover title on its line
            f"【重点工作及责任分解】{COVER}\n发布时间:2024-02-03 17:29\n{TO}\n现将方案印发给你们。\n",
            COVER,
        ),
        (  # a progress report on a task list: its heading is the only title, a 【】 label left out
            "【落实情况】白沙县商务局2024年重点任务上半年落实情况\n",
            "白沙县商务局2024年重点任务上半年落实情况",
        ),
        ("白沙县2024年民生实事项目推进情况(1-11月)\n", "白沙县2024年民生实事项目推进情况(1-11月)"),
        (  # the document's own title under a page heading that reports on it: the title, not the heading
            "当前位置:首页\n白沙县重点任务分工方案第一季度进展情况\n发布时间: 2024-04-17 08:50:33\n\n白沙县重点任务分工方案\n",
            "白沙县重点任务分工方案",
        ),
        ("二季度完成情况\n", None),  # a column's name is no title
    ],
    ids=["label-before-cover-title", "label-before-report", "report-with-months", "title-under-report", "column"],
)
def test_titles_behind_page_labels_and_of_progress_reports(page: str, title: str | None) -> None:
    notice = parse_text(page + TABLE)
    assert notice.metadata.title == title
    assert [t.departments for t in notice.tasks] == [("县商务局",)]


def test_a_repost_headline_takes_the_number_its_lead_paragraph_gives_the_document() -> None:
    notice = parse_text(
        "【政策速递】白沙县城市更新六大行动任务清单来了！\n原创　白沙发布　2025年05月16日 08:30\n"
        "近日，县政府办公室印发《白沙县2025年城市更新行动方案》（白政办发〔2025〕21号），明确了重点任务。\n"
        "【任务一】老旧小区改造\n完成12个老旧小区改造。\n👉 牵头：县住建局｜配合：县财政局\n"
    )
    assert (notice.metadata.title, notice.metadata.doc_number) == (
        "白沙县城市更新六大行动任务清单来了！",
        "白政办发〔2025〕21号",
    )


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (  # a page heading naming the document, then the cover notice that issues it: the cover's title
            "白沙县集市管理提升方案\n来源:白沙县人民政府 更新时间:2024-04-02\n\n"
            "白沙县人民政府办公室关于印发白沙县集市管理提升方案的通知\n",
            "白沙县人民政府办公室关于印发白沙县集市管理提升方案的通知",
        ),
        (  # line-break spaces beside the inner title marks 〈〉 are dropped
            "白沙县人民政府办公室关于印发《2024年 〈政府工作报告〉确定的重点任务 分解方案》的通知\n",
            "白沙县人民政府办公室关于印发《2024年〈政府工作报告〉确定的重点任务分解方案》的通知",
        ),
        (  # no title line of the genre: the page's 信息名称 field, a unit's name after a dash kept
            "索 引 号  0000/2024-0001  发布机构  白沙县商务局\n 信息名称  2024年白沙县政府工作报告责任分工-县商务局\n\n"
            "2024年白沙县政府工作报告责任分工-县商务局\n",
            "2024年白沙县政府工作报告责任分工-县商务局",
        ),
    ],
    ids=["heading-then-cover", "inner-title-marks", "information-name-field"],
)
def test_the_title_a_clerk_reads_on_the_page(page: str, title: str) -> None:
    notice = parse_text(page + f"{TO}\n现将方案印发给你们。\n" + TABLE)
    assert notice.metadata.title == title
    assert [t.departments for t in notice.tasks] == [("县商务局",)]


def test_a_page_label_writing_the_title_in_full_after_the_number_over_a_spaced_issuer() -> None:
    notice = parse_text(
        f"白政发〔2018〕40号《{COVER}》\n白政发〔2018〕40号\n白 沙 县 人 民 政 府 办 公 室\n"
        "关于印发白沙县防汛\n工作方案的\n通 知\n" + TO + "\n现将方案印发给你们。\n" + BODY
    )
    assert (notice.metadata.title, notice.metadata.doc_number) == (COVER, "白政发〔2018〕40号")


def test_a_title_glued_to_the_first_sentence_of_a_page_run_into_one_line() -> None:
    opening = (
        "白沙县防汛抗旱三年行动计划202X年是防汛体系建设的关键之年。"
        + "为守住安全底线，全县上下要压实责任、补齐短板、强化预警。" * 10
    )
    notice = parse_text(
        opening
        + " 一、加强预警 1.完善监测站网。（牵头单位：县水务局；配合单位：县气象局） 2.发布预警信息。（牵头单位：县气象局）\n"
    )
    assert notice.metadata.title == "白沙县防汛抗旱三年行动计划"
    assert [t.lead for t in notice.tasks] == [("县水务局",), ("县气象局",)]


def test_a_metadata_row_of_a_label_the_vocabulary_lacks_does_not_end_the_metadata() -> None:
    notice = parse_text(
        f"{COVER}\n索引号 bsx/2025-0021 公开目录: 信息公开\n存放科室 县政府办公室 公开层级: 县级\n"
        f"文号 白政办发〔2025〕21号 成文日期: 2025年01月06日\n{TO}\n现将方案印发给你们。\n" + BODY
    )
    assert (notice.metadata.doc_number, notice.metadata.signed) == ("白政办发〔2025〕21号", "2025-01-06")
    assert notice.preamble == "现将方案印发给你们。"
    assert (3, "page-header") in [(b.line, b.kind) for b in notice.boilerplate]


@pytest.mark.parametrize(
    ("page", "issuers", "addressees"),
    [
        (  # a cover shown without its title: its addressees come first; the 方案's opening sentence ends in a
            # colon and is no list of addressees
            f"{TO}\n现将《白沙县防汛工作方案》印发给你们。\n白沙县人民政府\n2024年3月1日\n白沙县防汛工作方案\n"
            "为深入贯彻《防洪法》，做好今年防汛工作，制定如下方案：\n",
            ("白沙县人民政府",),
            TO_UNITS,
        ),
        (  # joint issuers on lines of their own over the 关于 line: each line's names
            "白政发〔2021〕5号\n中共白沙县委员会\n白沙县人民政府\n关于做好防汛工作的实施意见\n" + TO + "\n",
            ("中共白沙县委员会", "白沙县人民政府"),
            TO_UNITS,
        ),
        (  # the page's date then its fields, under the title: page furniture, not addressees
            f"{TITLE}\n2020-07-08   作者: 点击数:\n{TO}\n",
            ("白沙县人民政府",),
            TO_UNITS,
        ),
        (  # kinds of office a 、 apart after one 各 make one addressee
            f"{TITLE}\n各乡镇人民政府，县直各委、办、局：\n",
            ("白沙县人民政府",),
            ("各乡镇人民政府", "县直各委、办、局"),
        ),
    ],
    ids=["opening-sentence-with-colon", "issuer-lines", "dated-page-row", "offices-a-dunhao-apart"],
)
def test_issuers_and_addressees_as_the_page_writes_them(
    page: str, issuers: tuple[str, ...], addressees: tuple[str, ...]
) -> None:
    notice = parse_text(page + BODY)
    assert (notice.metadata.issuers, notice.metadata.addressees) == (issuers, addressees)
    assert [t.lead for t in notice.tasks] == [("县水务局",)]


def test_a_line_of_bars_left_by_a_scrape_is_no_title() -> None:
    notice = parse_text(
        "|\n||||||\n|\n||||||\n各乡镇人民政府，县直各部门：现将《某县防汛工作方案》印发给你们，请认真贯彻执行。\n"
        "某县人民政府办公室 2024年3月1日\n"
        "一、主要任务\n（一）修订防汛预案。（县水务局负责）\n"
    )
    assert notice.metadata.title != "||||||"
    assert [t.departments for t in notice.tasks] == [("县水务局",)]


COVER_BODY = "现将《白沙县防汛工作方案》印发给你们，请认真贯彻执行。\n" + BODY


@pytest.mark.parametrize(
    ("page", "addressees", "preamble_starts"),
    [
        (  # a page's reading link and a 文号 it damaged between the title and the addressees: page rows
            f"{COVER}\n政策解读 图文解读:《白沙县防汛工作方案》\n白防办202403\n{TO}\n",
            TO_UNITS,
            "现将",
        ),
        (  # a page's counter row over the addressees
            f"{COVER}\n浏览次数: 信息来源:县水务局 发布时间:2024-03-01 09:30  字号:[ ]\n{TO}\n",
            TO_UNITS,
            "现将",
        ),
        (  # the addressees with the cover's sentence after them on their line
            f"{COVER}\n各乡镇人民政府，县直各部门：现将《白沙县防汛工作方案》印发给你们。\n" + BODY,
            TO_UNITS,
            "各乡镇人民政府",
        ),
        (  # the line opens with 经研究 after the addressees' colon
            f"{COVER}\n各村委会，镇属各单位：经研究，制定本方案，现印发给你们。\n" + BODY,
            ("各村委会", "镇属各单位"),
            "各村委会",
        ),
        (  # a sentence of the preamble before a line ending in a colon: no addressees
            f"{TITLE}\n为做好今年防汛工作，现提出如下意见。\n各乡镇、县直各部门要做到：\n" + BODY,
            (),
            "为做好",
        ),
        (  # units that must do something, then a colon and what: no addressees
            f"{TITLE}\n各乡镇、县直各部门要做到以下两点：一是落实责任，二是加强值守。\n" + BODY,
            (),
            "各乡镇",
        ),
    ],
    ids=[
        "reading-link-and-damaged-number",
        "counter-row",
        "glued-cover-sentence",
        "glued-jing-yanjiu",
        "preamble-sentence-first",
        "duty-with-colon",
    ],
)
def test_addressees_past_page_rows_and_glued_to_the_cover(
    page: str, addressees: tuple[str, ...], preamble_starts: str
) -> None:
    text = page if page.endswith(BODY) else page + COVER_BODY
    notice = parse_text(text)
    assert notice.metadata.addressees == addressees
    assert notice.preamble.startswith(preamble_starts)
    assert [t.lead for t in notice.tasks] == [("县水务局",)]


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (f"{COVER}\n名称 {COVER}\n{TO}\n", COVER),  # a 名称 row repeating the title
        (f"{COVER}\n标题: {COVER}\n{TO}\n", COVER),
        (
            "办公室关于印发白沙县防汛工作方案的通知\n名称 白沙县人民政府办公室关于印发白沙县防汛工作方案的通知\n"
            + TO
            + "\n",
            COVER,
        ),
    ],
    ids=["name-row", "title-row-colon", "name-row-fuller"],
)
def test_a_metadata_row_repeating_the_title_gives_it_without_its_label(page: str, title: str) -> None:
    notice = parse_text(page + COVER_BODY)
    assert notice.metadata.title == title
    assert notice.metadata.issuers == ("白沙县人民政府办公室",)


@pytest.mark.parametrize(
    ("title", "issuers"),
    [
        ("中共白沙县委白沙县人民政府关于做好防汛工作的实施意见", ("中共白沙县委", "白沙县人民政府")),
        (
            "中共白沙县委办公室白沙县人民政府办公室印发《白沙县防汛工作方案》的通知",
            ("中共白沙县委办公室", "白沙县人民政府办公室"),
        ),
        # one issuer: a party committee's department, or two places that differ
        ("中共白沙县委组织部关于做好防汛工作的实施意见", ("中共白沙县委组织部",)),
        (
            "中共白沙县委办公室红山县人民政府办公室关于做好防汛工作的实施意见",
            ("中共白沙县委办公室红山县人民政府办公室",),
        ),
    ],
    ids=["committee-and-government", "their-offices", "a-department", "places-differ"],
)
def test_a_party_committee_and_its_government_glued_in_the_title_are_two_issuers(
    title: str, issuers: tuple[str, ...]
) -> None:
    notice = parse_text(f"{title}\n{TO}\n" + BODY)
    assert notice.metadata.issuers == issuers


@pytest.mark.parametrize(
    ("row", "doc_number"),
    [
        ("索引号: 0001/2024-01 文号: 无", None),
        ("索 引 号 : 0001/2024-01 文       号 : 无", None),
        ("发文字号: 暂无 | 有 效 性: | 有效 |", None),
        ("文号: /", None),
        ("索引号: 0001/2024-01 文号: 白政发〔2024〕3号", "白政发〔2024〕3号"),
    ],
    ids=["none", "none-spaced", "none-yet-in-a-pipe-row", "slash", "a-number"],
)
def test_a_doc_number_field_saying_none_gives_no_doc_number(row: str, doc_number: str | None) -> None:
    notice = parse_text(f"{TITLE}\n{row}\n{TO}\n" + BODY)
    assert (notice.metadata.doc_number, notice.metadata.doc_number_normalized) == (doc_number, doc_number)


@pytest.mark.parametrize(
    ("below", "title"),
    [
        # the plan's years in brackets alone on the line under its title are the title's
        ("(2024—2026年)", "青岭市乡村道路提升行动方案(2024—2026年)"),
        ("（2024-2026年）", "青岭市乡村道路提升行动方案（2024-2026年）"),
        # one year, or a draft's mark, stays off the title
        ("(2024年)", "青岭市乡村道路提升行动方案"),
        ("(征求意见稿)", "青岭市乡村道路提升行动方案"),
    ],
)
def test_a_plans_years_on_the_line_under_its_title(below: str, title: str) -> None:
    text = (
        f"青岭市乡村道路提升行动方案\n{below}\n为提升乡村道路通行能力，制定本方案。\n"
        "一、重点任务\n（一）改造危桥。（市交通运输局负责）\n"
    )
    assert parse_text(text).metadata.title == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # words a page put in the issuer's place, before a space: the title starts at 关于
        ("某某娱乐平台入 关于转发某方案的通知", "关于转发某方案的通知"),
        # an issuer's name before the space stays the title's
        ("青岭县人民政府 关于转发某方案的通知", "青岭县人民政府关于转发某方案的通知"),
        ("青岭县城关街道 关于转发某方案的通知", "青岭县城关街道关于转发某方案的通知"),
    ],
)
def test_words_in_the_issuers_place_before_a_title(line: str, title: str) -> None:
    text = f"{line}\n青政办发〔2015〕21号\n各乡镇人民政府：\n一、工作要求\n（一）做好值守。（县应急局负责）\n"
    assert parse_text(text).metadata.title == title


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        # a policy's name ending 若干政策 under a site's breadcrumb is the title
        ("加快推进农业经济高质量发展若干政策", "加快推进农业经济高质量发展若干政策"),
        # near form: a channel's name ending 政策 is none
        ("投资政策", None),
    ],
)
def test_a_title_ending_with_several_policies(heading: str, title: str | None) -> None:
    notice = parse_text(
        "白沙县人民政府\n您当前的位置：\n>> 走进白沙 >> 投资白沙 >> 投资政策\n\n"
        f"{heading}\n\n发布日期：2024-05-08 10:00\n为加快推动制造业发展，特制定如下政策。\n"
        "一、支持企业技术改造\n（一）对技改投资给予补助。（责任单位：县经信局）\n"
    )
    assert notice.metadata.title == title


@pytest.mark.parametrize(
    ("opening", "title", "doc_number"),
    [
        # a page run into one line: the site's label, the 文号, then the cover's title glued to its addressees
        (
            "文档介绍：白府发〔2024〕9号白沙县人民政府关于2024年重点项目推进有关事项的通知",
            "白沙县人民政府关于2024年重点项目推进有关事项的通知",
            "白府发〔2024〕9号",
        ),
        # near form: no 文号 before the title: no title is made up from the run
        ("文档介绍：白沙县人民政府关于2024年重点项目推进有关事项的通知", None, None),
    ],
)
def test_a_cover_run_into_one_line_after_its_doc_number(
    opening: str, title: str | None, doc_number: str | None
) -> None:
    notice = parse_text(
        opening + "各乡镇人民政府，县直各部门：为加快重点项目建设，充分发挥项目对经济发展的支撑作用，经县政府研究，"
        "决定对以下重点项目予以重点推进。各乡镇、各部门要明确责任人，细化工作方案，落实具体分工，加大协调力度，"
        "做细做实保障服务，集中力量抓出实效。县督查室要定期督查项目推进情况，确保项目顺利实施。"
        "重点推进的项目实行县领导联系协调制，每个项目确定一位县领导协调解决推进中的具体困难和问题。"
        "二〇二四年五月八日\n一、加快项目建设\n（一）建设物流园。年内开工建设。（县发改局负责）\n"
    )
    assert (notice.metadata.title, notice.metadata.doc_number) == (title, doc_number)
