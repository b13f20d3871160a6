"""Pages as scraped: a task table standing alone, and a mirror page full of noise."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policy_cli.cites import citations
from policy_cli.decode import fold
from policy_cli.parse import parse_text
from policy_cli.parse.lines import split_lines
from policy_cli.parse.noise import strip_furniture, strip_page_headers, strip_pinyin
from policy_cli.source import parse_file

from .conftest import FIXTURES

GENRE = FIXTURES / "genre"


def test_a_task_table_standing_alone_is_a_notice_whose_rows_are_tasks() -> None:
    notice = parse_file(GENRE / "county_task_table.txt").notice
    assert notice.metadata.title == "石门县2023年重点工作任务分解表"
    assert (notice.metadata.publisher, notice.metadata.published) == ("石门县人民政府办公室", "2023-02-20")
    assert notice.parts == ()
    assert notice.annex is not None
    assert notice.annex.columns == ("number", "category", "task", "task", "lead", "partners", "due")
    assert [(g.number, g.title) for g in notice.annex.groups] == [(1, "稳定经济增长"), (2, "保障改善民生")]
    got = [(t.path, t.text, t.lead, t.partners, t.due) for t in notice.tasks]
    assert got == [
        (
            "一/1",
            "推进工业园区扩区。 完成园区规划调整报批。",
            ("县发展改革局",),
            ("县自然资源局", "县住建局"),
            "2023年6月底前",
        ),
        ("一/2", "新建标准厂房。 开工建设标准厂房5万平方米。", ("县工信局",), ("县财政局",), "2023年底前"),
        ("二/3", "新建城区小学一所。 完成主体工程。", ("县教育局",), (), "2023年12月底前"),
        ("二/4", "改造乡镇卫生院。 完成3所卫生院改造。", ("县卫生健康局",), ("县财政局", "各乡镇人民政府"), "持续推进"),
    ]
    assert [n.text for n in notice.notes] == ["协同单位按职责配合牵头部门工作。"]
    assert notice.warnings == ()


@pytest.mark.parametrize(
    "header",
    [
        "序号 工作任务 牵头单位 配合单位 完成时限",
        "序号 重点任务 具体措施 牵头部门 参与单位 时间节点",
        "序号 主要任务 责任单位 协同单位 完成时间",
    ],
)
def test_standalone_tables_with_other_column_names(header: str) -> None:
    row = "1 修订防汛预案。 县水务局 县应急局 2023年6月底前"
    if "具体措施" in header:
        row = "1 修订防汛预案。 报县政府审定。 县水务局 县应急局 2023年6月底前"
    notice = parse_text(f"某县防汛重点任务清单\n{header}\n{row}\n")
    assert [(t.id, sorted(t.departments), t.due) for t in notice.tasks] == [
        (1, ["县应急局", "县水务局"], "2023年6月底前")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "某县防汛工作情况的报告\n今年以来，全县防汛工作平稳有序。\n",
        'COLUMNS = "序号 主要任务 责任单位"\nprint(COLUMNS)\n',  # table words, no table
        "某镇春耕工作简报\n1.全镇已完成春播面积三千亩。\n下一步将继续做好田间管理。\n",  # one item, no roles
    ],
    ids=["prose", "header-words-in-code", "one-item-no-roles"],
)
def test_text_with_neither_parts_nor_a_task_table_is_still_refused(text: str) -> None:
    from policy_cli.errors import InputError

    with pytest.raises(InputError, match="not an implementation notice"):
        parse_text(text)


def test_a_header_of_the_genre_alone_is_kept_and_warned() -> None:
    # a task column and a units column, one name a line, and no row: kept, never refused
    notice = parse_text("序号\n主要任务\n责任单位\n")
    assert notice.tasks == ()
    assert [(w.code, w.line) for w in notice.warnings] == [("table-not-read", 1), ("text-cut-off", 3)]


MID_BODY_PAGE = (
    "【某某资讯网】\n"
    "健全权责清晰、运转顺畅的财政管理体制。\n"
    "1.编制市级部门权责清单。（牵头单位：市委编办；配合单位：市司法局、市财政局）\n"
    "一是摸清底数。全面梳理各部门承担的事项，逐项登记在册。\n"
    "二是动态调整。清单每年更新一次，并向社会公开。\n"
)


def test_a_page_starting_mid_body_with_one_item_closed_by_its_labels_is_read() -> None:
    notice = parse_text(MID_BODY_PAGE)
    assert [(t.id, t.lead, t.partners) for t in notice.tasks] == [(1, ("市委编办",), ("市司法局", "市财政局"))]
    # the 一是 / 二是 paragraphs are the item's text, not tasks of their own
    assert "一是摸清底数" in notice.tasks[0].text and "二是动态调整" in notice.tasks[0].text


def test_header_words_before_the_parts_of_a_notice_do_not_hide_its_body() -> None:
    text = "白沙县防汛工作实施方案\n序号 主要任务 责任单位\n一、总体要求\n（一）目标。做好汛期准备。（责任单位：县水务局）\n"
    notice = parse_text(text)
    assert [(t.path, t.departments) for t in notice.tasks] == [("一/（一）", ("县水务局",))]


def test_a_noisy_mirror_page() -> None:
    notice = parse_file(GENRE / "mirror_noisy_page.txt").notice
    meta = notice.metadata
    assert meta.title == "石门县人民政府关于加强乡村道路安全管理的实施意见"  # the gloss (guān) is gone
    assert (meta.doc_number, meta.index_number, meta.published) == (
        "石政发〔2020〕21号",
        "0000/2020-00021",
        "2020-04-03",
    )
    assert (meta.issuers, meta.signed) == (("石门县人民政府",), "2020-04-01")
    assert [(t.path, t.text, t.lead, t.partners) for t in notice.tasks] == [
        (
            "二/（二）",
            "排查临水临崖路段。对全县乡村道路开展拉网式排查，建立隐患台账并逐一整改。",
            ("县交通运输局",),
            ("县公安局", "各乡镇人民政府"),
        ),
        ("二/（三）", "完善安全防护设施。在急弯陡坡路段增设警示标志和防护栏。", ("县交通运输局",), ("县财政局",)),
    ]
    assert notice.closing == "各乡镇、各部门要按照本意见要求，抓好各项任务落实。"
    kinds = {b.line: (b.kind, b.text) for b in notice.boilerplate}
    assert kinds[1] == ("footer", "分享到：")
    assert kinds[18] == ("page-break", "石门县人民政府文件石政发〔2020〕21号")
    assert kinds[19] == ("footer", "【打印本页】【关闭窗口】")
    assert kinds[24] == ("footer", "扫一扫在手机打开当前页")
    assert kinds[25] == ("footer", "主办：石门县人民政府办公室 承办：石门县数据中心")
    # the header repeated mid-sentence and the own number are not citations; the cited one is
    assert [c.key for c in citations(notice) if c.kind == "doc-number"] == ["某政发〔2019〕7号"]


@pytest.mark.parametrize(
    ("written", "clean"),
    [
        ("关(guān)于印发(fā)", "关于印发"),
        ("各区(qū)人民政府", "各区人民政府"),
        ("县公安局(ju)(ju)(ju)", "县公安局"),
        ("某政发(fā)〔2017〕92号", "某政发〔2017〕92号"),
        ("实施方案（试行）", "实施方案（试行）"),
        ("某县(市)人民政府", "某县(市)人民政府"),
        ("PPP(ppp)模式", "PPP(ppp)模式"),
        ("(1)加强监管", "(1)加强监管"),
        ("某镇(x)", "某镇(x)"),
        ("扫描二维码(qrcode)", "扫描二维码(qrcode)"),
        ("移动应用(app)", "移动应用(app)"),
        ("壮(zhuàng)族", "壮族"),
        ("管委会(huì )", "管委会"),
        ("推M(jìn)港口建设", "推M港口建设"),  # a character the encoding damaged, then its gloss
        ("?(chǎn)业园区", "?业园区"),
        ("B(bus)线路", "B(bus)线路"),  # no tone mark after a Latin letter: a word, not a gloss
        ("PPP(ppp)模式", "PPP(ppp)模式"),
    ],
)
def test_pinyin_glosses_are_removed_and_nothing_else(written: str, clean: str) -> None:
    assert strip_pinyin(written) == clean


@pytest.mark.parametrize(
    ("line", "kept", "cut"),
    [
        ("【打印本页】【关闭窗口】", None, "【打印本页】【关闭窗口】"),
        ("抓好落实。【打印本页】 【关闭窗口】", "抓好落实。", "【打印本页】 【关闭窗口】"),
        # a tool's word and what it acts on, bracketed: the whole run of tools is the page's
        ("【打印全文】【关闭窗口】", None, "【打印全文】【关闭窗口】"),
        ("【返回列表】", None, "【返回列表】"),
        ("组织【关闭整治】行动。", "组织【关闭整治】行动。", None),
        ("扫一扫在手机打开当前页", None, "扫一扫在手机打开当前页"),
        ("分享到：", None, "分享到："),
        ("主办：某县人民政府办公室 承办：某县数据中心", None, "主办：某县人民政府办公室 承办：某县数据中心"),
        ("【字体：大 中 小】", None, "【字体：大 中 小】"),
        ("本次活动由县文旅局主办，县文化馆承办。", "本次活动由县文旅局主办，县文化馆承办。", None),
        ("共享到户，分享到村。", "共享到户，分享到村。", None),
        ("请各单位打印本文件并张贴。", "请各单位打印本文件并张贴。", None),
        ("打印　　关闭", None, "打印　　关闭"),
        ("扫一扫在手机打", None, "扫一扫在手机打"),  # cut by the page's end
        ("（来源：某县人民政府办公室）", None, "（来源：某县人民政府办公室）"),
        ("编辑：小某　审核：老某", None, "编辑：小某　审核：老某"),
        # the page's editors alone on a line, each a person's name
        ("责任编辑：王芳", None, "责任编辑：王芳"),
        ("校对：李某　审核：张某", None, "校对：李某　审核：张某"),
        ("审核：县财政局", "审核：县财政局", None),  # a unit after the label: no editor
        ("严格审核：各类项目资金", "严格审核：各类项目资金", None),
        ("阅读 1.2万　👍 赞　在看", None, "阅读 1.2万　👍 赞　在看"),
        ("阅读材料已发各单位。", "阅读材料已发各单位。", None),
        ("来源不明的资金要逐笔核实。", "来源不明的资金要逐笔核实。", None),
        ("监督方式:0557-0000000", None, "监督方式:0557-0000000"),
        ("联系人：县应急局　张某　　电话：0000000", None, "联系人：县应急局　张某　　电话：0000000"),
        ("加强社会监督方式创新。", "加强社会监督方式创新。", None),
        # the page's link to the file it carries, under a table's last row
        ("附件下载：年度任务台账.xls", None, "附件下载：年度任务台账.xls"),
        ("附件下载:", None, "附件下载:"),
        ("优化政务网站附件下载功能。", "优化政务网站附件下载功能。", None),
        # a page label glued after a line's text (a units cell, the last of a table)
        ("财务处文章来源: 综合科", "财务处", "文章来源: 综合科"),
        ("财务处信息来源：综合科", "财务处", "信息来源：综合科"),
        ("财务处　来源：综合科", "财务处", "来源：综合科"),
        ("财务处发布时间：2025-04-08 09:30", "财务处", "发布时间：2025-04-08 09:30"),
        ("财务处发布日期：2025年4月8日", "财务处", "发布日期：2025年4月8日"),
        # a line with words of its own: kept whole
        ("核实专项资金来源：县财政局", "核实专项资金来源：县财政局", None),
        ("明确信息发布时间和渠道。", "明确信息发布时间和渠道。", None),
        ("来源：某县人民政府　发布时间：2025-04-08", "来源：某县人民政府　发布时间：2025-04-08", None),
        ("• 发布日期：2025-04-08", "• 发布日期：2025-04-08", None),  # a page field after its bullet: the head's
    ],
)
def test_page_tools_and_footers_are_cut_out(line: str, kept: str | None, cut: str | None) -> None:
    lines, boilerplate = strip_furniture(split_lines(f"前一行\n{line}"))
    assert [ln.text for ln in lines[1:]] == ([kept] if kept else [])
    assert [(b.line, b.kind, b.text) for b in boilerplate] == ([(2, "footer", cut)] if cut else [])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the files a download link names on the lines under it, a blank line between or not: no cell of a row
        ("持续推进\n附件下载：\n2022年道路养护任务表.xls\n", ["持续推进"]),
        ("持续推进\n附件下载\n\n任务表.docx\n实施方案.pdf\n", ["持续推进"]),
        # a file's name with no download link above it stays (a document site's preview is read elsewhere)
        ("持续推进\n2022年道路养护任务表.xls\n", ["持续推进", "2022年道路养护任务表.xls"]),
        # a line of text after the link ends its files
        ("附件下载：\n各单位按月报送进度。\n任务表.xls\n", ["各单位按月报送进度。", "任务表.xls"]),
    ],
)
def test_files_under_a_download_link_are_cut_out(text: str, kept: list[str]) -> None:
    lines, _ = strip_furniture(split_lines(text))
    assert [ln.text for ln in lines] == kept


@pytest.mark.parametrize(
    ("line", "banners", "kept", "cut"),
    [
        (
            "建立台账某县人民政府文件某政〔2020〕21号并整改。",
            (),
            "建立台账并整改。",
            "某县人民政府文件某政〔2020〕21号",
        ),
        ("按照某县人民政府文件要求整改。", ("某县人民政府文件",), "按照某县人民政府文件要求整改。", None),
        ("某县人民政府文件", ("某县人民政府文件",), None, "某县人民政府文件"),
        (
            "建立台账某县人民政府文件某政〔2020〕2号并整改。",
            ("某县人民政府文件",),
            "建立台账并整改。",
            "某县人民政府文件某政〔2020〕2号",
        ),
        ("按照某县人民政府文件精神整改。", (), "按照某县人民政府文件精神整改。", None),
        ("某县人民政府文件 某政〔2020〕21号", ("某县人民政府文件",), None, "某县人民政府文件 某政〔2020〕21号"),
        # a page counter of both numbers left inside a line where the text ran on over a page break
        (
            "2.改造薄弱学校。（牵头单位：县教育局） 第1页 共2页",
            (),
            "2.改造薄弱学校。（牵头单位：县教育局）",
            "第1页 共2页",
        ),
        ("2.改造薄弱学校。第2页/共5页 3.新建幼儿园。", (), "2.改造薄弱学校。 3.新建幼儿园。", "第2页/共5页"),
        ("2.改造薄弱学校。共5页 第2页", (), "2.改造薄弱学校。", "共5页 第2页"),
        ("2.按要求填写（详见第3页）。", (), "2.按要求填写（详见第3页）。", None),
        ("2.印制宣传册共20页。", (), "2.印制宣传册共20页。", None),
    ],
)
def test_a_page_header_repeated_mid_text_is_cut_out(
    line: str, banners: tuple[str, ...], kept: str | None, cut: str | None
) -> None:
    lines, boilerplate = strip_page_headers(split_lines(line), banners)
    assert [ln.text for ln in lines] == ([kept] if kept else [])
    assert all(ln.folded == fold(ln.text) for ln in lines)
    assert [b.text for b in boilerplate] == ([cut] if cut else [])


COVER_WITH_REQUIREMENTS = """白沙县人民政府办公室关于印发2023年重点工作责任分解方案的通知
白政办〔2023〕1号
各乡镇人民政府，县直各部门：
《2023年重点工作责任分解方案》已经县政府同意，现印发给你们，并就有关事项通知如下：
一、各责任单位要高度重视，制订工作方案，于2023年1月15日前报县政府办公室。
二、各责任单位每季度末将进展情况报县政府办公室。
白沙县人民政府办公室
2023年1月3日
（此件公开发布）
2023年重点工作责任分解方案
一、主要预期目标
（一）地区生产总值增长7%以上。（责任单位：县发展改革局）
二、重点工作
（二）推进工业园区建设。（牵头单位：县工信局；配合单位：县财政局）
"""


def test_a_cover_notice_with_numbered_requirements_before_the_document_it_issues() -> None:
    notice = parse_text(COVER_WITH_REQUIREMENTS)
    meta = notice.metadata
    assert (meta.doc_number, meta.issuers, meta.signed) == (
        "白政办〔2023〕1号",
        ("白沙县人民政府办公室",),
        "2023-01-03",
    )
    assert [(p.number, p.title) for p in notice.parts] == [(1, "主要预期目标"), (2, "重点工作")]
    assert notice.preamble.splitlines()[1:] == [
        "一、各责任单位要高度重视，制订工作方案，于2023年1月15日前报县政府办公室。",
        "二、各责任单位每季度末将进展情况报县政府办公室。",
        "2023年重点工作责任分解方案",
    ]
    assert [(t.path, t.lead, t.departments) for t in notice.tasks] == [
        ("一/（一）", (), ("县发展改革局",)),
        ("二/（二）", ("县工信局",), ("县工信局", "县财政局")),
    ]
    assert notice.warnings == ()


def test_a_signed_body_followed_by_a_task_table_keeps_its_parts() -> None:
    text = (
        "白沙县防汛工作实施方案\n一、总体要求\n二、工作要求\n白沙县人民政府\n2023年1月3日\n"
        "防汛重点任务分工表\n序号 主要任务 责任单位 完成时限\n一、预案\n1 修订预案。 县水务局 2023年6月底前\n"
    )
    notice = parse_text(text)
    assert [p.title for p in notice.parts] == ["总体要求", "工作要求"]
    assert [(t.id, t.departments) for t in notice.tasks] == [(1, ("县水务局",))]


def test_a_page_break_left_in_the_body() -> None:
    text = (
        "白沙县人民政府文件\n白政发〔2020〕3号\n白沙县人民政府关于防汛的实施意见\n一、总体要求\n"
        "（一）排查隐患。对全县河道开展排查，\n— 2 —\n白沙县人民政府文件\n白政发〔2020〕3号\n"
        "建立台账并逐一整改。（牵头单位：县水务局）\n"
    )
    notice = parse_text(text)
    assert [t.text for t in notice.tasks] == ["排查隐患。对全县河道开展排查，\n建立台账并逐一整改。"]
    assert [(b.line, b.kind) for b in notice.boilerplate if b.kind == "page-break"] == [
        (6, "page-break"),
        (7, "page-break"),
        (8, "page-break"),
    ]


def test_a_standalone_table_without_a_title_line() -> None:
    text = "序号 工作任务 责任单位\n1 修订防汛预案 县水务局\n2 编制抢险方案 县应急局\n"
    notice = parse_text(text)
    assert notice.metadata.title is None
    assert [(t.id, t.text, t.departments) for t in notice.tasks] == [
        (1, "修订防汛预案", ("县水务局",)),
        (2, "编制抢险方案", ("县应急局",)),
    ]


def test_a_table_page_whose_title_is_only_in_the_page_fields() -> None:
    text = "名称：白沙县防汛任务清单 文号：白政办〔2023〕4号\n序号 工作任务 责任单位\n1 修订防汛预案 县水务局\n"
    meta = parse_text(text).metadata
    assert (meta.title, meta.doc_number) == ("白沙县防汛任务清单", "白政办〔2023〕4号")


def test_a_remarks_column_names_no_unit_and_may_be_empty() -> None:
    text = (
        "某县防汛重点任务清单\n序号 主要任务 责任单位 完成时限 备注\n"
        "1 修订防汛预案。 县水务局 2023年6月底前\n2 清理河道。 县住建局 2023年底前 县水务局指导\n"
    )
    notice = parse_text(text)
    assert [(t.id, t.departments, t.due) for t in notice.tasks] == [
        (1, ("县水务局",), "2023年6月底前"),
        (2, ("县住建局",), "2023年底前"),
    ]
    assert [w.code for w in notice.warnings] == ["column-not-kept"]  # 县水务局指导: no task's, warned


def test_the_cli_reads_a_standalone_table_that_it_used_to_refuse() -> None:
    from policy_cli.cli import app

    from .conftest import CliRunner

    result = CliRunner().invoke(
        app, ["tasks", "--notice", str(GENRE / "county_task_table.txt"), "--dept", "县财政局", "--format", "tsv"]
    )
    assert result.exit_code == 0, result.output
    assert [line.split("\t")[0] for line in result.stdout.splitlines()[1:]] == ["2", "4"]


NOISE = st.lists(
    st.sampled_from(
        [
            "关",
            "(guān)",
            "(ju)",
            "（试行）",
            "【打印本页】",
            "分享到：",
            "主办：",
            "某县人民政府文件",
            "某政〔2020〕2号",
            "— 3 —",
            "一、",
            "加强",
            "。",
            " ",
            "\n",
            "\u3000",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(NOISE)
def test_noise_removal_keeps_line_numbers_and_loses_no_text(text: str) -> None:
    lines = split_lines(text)
    numbers = [ln.number for ln in lines]
    assert all(ln.folded == fold(ln.text) for ln in lines)
    assert strip_pinyin(strip_pinyin(text)) == strip_pinyin(text)
    for strip in (
        lambda ls: strip_furniture(ls),
        lambda ls: strip_page_headers(ls, ("某县人民政府文件",), ("某县人民政府",), "某政〔2020〕2号"),
    ):
        kept, cut = strip(lines)
        assert all(ln.number in numbers and ln.folded == fold(ln.text) for ln in kept)
        # every character of a line is kept or cut (spaces aside)
        for line in lines:
            pieces = [ln.text for ln in kept if ln.number == line.number] + [
                b.text for b in cut if b.line == line.number
            ]
            assert sorted("".join(line.text.split())) == sorted("".join("".join(pieces).split()))


def test_a_cover_notice_issuing_a_task_table() -> None:
    text = (
        "白沙县人民政府办公室关于印发2023年重点工作任务分解表的通知\n白政办发〔2023〕2号\n"
        "各乡镇人民政府，县直各部门：\n现将《2023年重点工作任务分解表》印发给你们，请抓好落实。\n"
        "白沙县人民政府办公室\n2023年2月1日\n（此件公开发布）\n"
        "2023年重点工作任务分解表\n序号 工作任务 牵头单位 配合单位 完成时限\n一、稳定经济增长\n"
        "1 推进园区扩区。 县发展改革局 县财政局 2023年6月底前\n"
    )
    notice = parse_text(text)
    meta = notice.metadata
    assert (meta.doc_number, meta.issuers, meta.addressees, meta.signed) == (
        "白政办发〔2023〕2号",
        ("白沙县人民政府办公室",),
        ("各乡镇人民政府", "县直各部门"),
        "2023-02-01",
    )
    assert notice.annex is not None and notice.annex.title == "2023年重点工作任务分解表"
    assert [(t.path, t.lead, t.partners, t.due) for t in notice.tasks] == [
        ("一/1", ("县发展改革局",), ("县财政局",), "2023年6月底前")
    ]


def test_site_footer_lines_at_the_end_are_boilerplate() -> None:
    text = (
        "白沙县防汛工作实施方案\n一、总体要求\n（一）目标。做好汛期准备。（责任单位：县水务局）\n"
        "网站标识码：0000000000\n某公网安备 00000000000000号\n"
    )
    notice = parse_text(text)
    assert [(b.line, b.kind) for b in notice.boilerplate] == [(4, "footer"), (5, "footer")]
    assert notice.tasks[0].text == "目标。做好汛期准备。"


@pytest.mark.parametrize(
    "footer",
    ["【打印正文】【关闭窗口】", "【打印全文】", "【返回列表】 【关闭】"],
)
def test_a_bracketed_page_tool_under_the_last_units_is_no_unit(footer: str) -> None:
    text = (
        "白沙县防汛工作实施方案\n一、总体要求\n1.做好汛期准备，2025年6月底前完成。\n"
        f"责任单位：县水务局、县应急局\n扫一扫在手机打开当前页\n{footer}\n"
    )
    notice = parse_text(text)
    assert [t.departments for t in notice.tasks] == [("县水务局", "县应急局")]
    assert not notice.warnings


_MARK = "公文之家—海量范文免费下载www.example-docs.com"


@pytest.mark.parametrize(
    ("text", "title", "tasks"),
    [
        (  # a document site's watermark over the title and inside a label's word
            f"{_MARK}青岚县防汛工作方案\n一、加强组织领导\n（一）健全机制。完善值守制度。【牵{_MARK}头单位:县水务局;"
            "责任单位:各乡镇】（二）落实责任。压实属地责任。【牵头单位:县应急局;责任单位:各乡镇】\n",
            "青岚县防汛工作方案",
            [("县水务局",), ("县应急局",)],
        ),
        (  # a notice's own sentence naming a web address is kept as written
            "青岚县防汛工作方案\n一、加强组织领导\n（一）健全机制。在县政府网www.example.gov.cn公布值守表。（县水务局牵头）\n",
            "青岚县防汛工作方案",
            [("县水务局",)],
        ),
    ],
    ids=["watermark-in-a-word", "an-address-in-a-sentence"],
)
def test_a_document_sites_watermark_is_cut_out_wherever_it_stands(
    text: str, title: str, tasks: list[tuple[str, ...]]
) -> None:
    notice = parse_text(text)
    assert notice.metadata.title == title
    assert [t.lead for t in notice.tasks] == tasks
    assert not any("公文之家" in t.text or "example-docs" in t.text for t in notice.tasks)
    assert ("www.example.gov.cn" in notice.tasks[0].text) == ("gov.cn" in text)


def _chunks(*pieces: str) -> str:
    return "".join(f"{n}、{piece}\n" for n, piece in enumerate(pieces, 1))


_FILLER = "加强茶园管护，推广绿色防控，提高茶叶品质，增加茶农收入，扩大种植规模，" * 6


@pytest.mark.parametrize(
    ("text", "title", "numbering_warned"),
    [
        (  # a document site's chunks with no file name above them, each cut inside a sentence
            _chunks(
                f"青岚乡2024年工作要点 2024年是关键之年,{_FILLER}力争各项工作出彩。一、做强产业 1.做大茶产业。{_FILLER}坚决禁用高",
                f"毒农药。{_FILLER} 2.完善农田设施。{_FILLER}进一步改善",
                "生产条件。 3.深化农村改革。",
            ),
            "青岚乡2024年工作要点",
            False,
        ),
        (  # a notice's own items 1、 2、 3、, each a whole sentence: kept as items
            "青岚乡2024年工作要点\n一、做强产业\n"
            + _chunks(f"做大茶产业。{_FILLER}。", f"完善农田设施。{_FILLER}。", "深化农村改革。"),
            "青岚乡2024年工作要点",
            False,
        ),
    ],
    ids=["unnamed-chunks", "whole-items"],
)
def test_a_document_sites_chunks_without_a_file_name(text: str, title: str, numbering_warned: bool) -> None:
    notice = parse_text(text)
    assert notice.metadata.title == title
    codes = {w.code for w in notice.warnings}
    assert bool(codes & {"item-numbering-gap", "item-numbering-repeat"}) == numbering_warned


def test_the_page_header_patterns_hold_what_a_line_is_tested_for_first() -> None:
    """strip_page_headers searches a line for a 文号 only if it holds 号, and for a page counter only if it
    holds 页: every match holds them."""
    from policy_cli import patterns as P

    assert P.DOC_NUMBER.pattern.endswith(r"\s*号")  # the banners' and issuers' patterns end in a 文号
    assert P.PAGE_BREAK_HEADER.pattern.endswith(P.DOC_NUMBER.pattern)
    inner = P.PAGE_COUNTER_IN_LINE.pattern
    assert inner.startswith("(?:") and inner.endswith(")") and inner.count("|") == 1
    assert all("页" in branch.split("[/,]")[0] for branch in inner[3:-1].split("|"))


@pytest.mark.parametrize(
    ("last", "units"),
    [
        ("财务处文章来源: 综合科", ("财务处",)),  # the page's source label glued to the last units cell
        ("财务处发布时间：2025-04-08", ("财务处",)),
        ("财务处", ("财务处",)),
    ],
)
def test_a_page_label_glued_to_the_last_units_cell_is_no_unit(last: str, units: tuple[str, ...]) -> None:
    notice = parse_text(f"重点工作\n牵头处室\n1.公开年度部门预算。\n{last}\n")
    assert [t.departments for t in notice.tasks] == [units]
