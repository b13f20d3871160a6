"""Titles as real pages write them: a 文号 glued before the cover notice's title, a title in a page's 名称
or 标题 field with pipes or a 文号, a page label that shortens the title before the full one, a title in
book-title marks alone on its line, a red-header line over a title naming its issuer, and a list of
annexes whose items are no titles. Each notice here is written for the test."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

BODY = "一、重点任务\n（一）建设水厂。（责任单位：县水利局）\n"

TITLES = [
    (  # a 文号 glued before the cover notice's title, then the document's own title
        "县政府文件\n青政发〔2024〕2号关于印发2024年青石县重点工作责任分解的通知\n"
        "各乡镇人民政府，县政府各部门：\n　　现将分解印发给你们。\n青石县人民政府\n2024年2月1日\n"
        "2024年青石县重点工作责任分解\n",
        "关于印发2024年青石县重点工作责任分解的通知",
        "青政发〔2024〕2号",
    ),
    (  # a 名称 field in a piped page header
        "文 号: | 青政办发〔2024〕3号 | 是否有效: | |\n名 称: | 县人民政府办公室关于印发青石县供水保障方案的通知 |\n"
        "青石县供水保障方案\n",
        "县人民政府办公室关于印发青石县供水保障方案的通知",
        "青政办发〔2024〕3号",
    ),
    (  # a 标题 field whose value starts with the 文号
        "标 题 | 青政办〔2024〕4 号 县人民政府办公室关于印发青石县防汛方案的通知 |\n青石县防汛方案\n",
        "县人民政府办公室关于印发青石县防汛方案的通知",
        "青政办〔2024〕4号",
    ),
    (  # a page label that drops the issuer's place, then the title in full
        "首页 政策文件\n县政府关于做好农村供水工作的意见\n政策原文\n青政发〔2024〕5号\n"
        "青石县人民政府关于做好农村供水工作的意见\n",
        "青石县人民政府关于做好农村供水工作的意见",
        "青政发〔2024〕5号",
    ),
    (  # a file name that drops 县 and the year, then the title in full
        "青石农村供水工作要点.docx\n青石农村供水工作要点\n青石县2024年农村供水工作要点\n",
        "青石县2024年农村供水工作要点",
        None,
    ),
    (  # a title in book-title marks alone on its line
        "《关于做好青石县农村供水工作的实施细则》\n",
        "关于做好青石县农村供水工作的实施细则",
        None,
    ),
    (  # the issuer alone over a title that names it: a red-header line
        "青石县人民政府\n青石县人民政府办公室关于印发农村供水任务分工的通知\n青政办发〔2024〕6号\n",
        "青石县人民政府办公室关于印发农村供水任务分工的通知",
        "青政办发〔2024〕6号",
    ),
    (  # a 文号 in brackets glued before a title that names its issuer, the page heading repeated below
        "（青政发〔2024〕7号）县人民政府关于印发青石县全民健身计划（2024—2026年）的通知\n"
        "栏目:政策文件 发布时间:2024-03-01\n"
        "（青政发〔2024〕7号）县人民政府关于印发青石县全民健身计划（2024—2026年）的通知\n",
        "县人民政府关于印发青石县全民健身计划（2024—2026年）的通知",
        "青政发〔2024〕7号",
    ),
    (  # a page's 发文号: field, and a body line repeating the number with its brackets lost
        "名称:青石县人民政府办公室关于印发青石县体育设施建设方案...\n发文号:青政办发〔2024〕8号\n"
        "发布日期:2024-04-02\n青石县人民政府办公室关于印发青石县体育设施建设方案的通知\n青政办发20248\n",
        "青石县人民政府办公室关于印发青石县体育设施建设方案的通知",
        "青政办发〔2024〕8号",
    ),
    (  # bulleted page fields whose summary is the cover title, then the cover and the document's own title
        "- 文 号: 青文旅办〔2024〕9号\n- 内容概述: 青石县文化和旅游局办公室关于印发2024年文旅工作任务分工方案的通知\n"
        "局机关各股室：\n现将方案印发给你们。\n青石县文化和旅游局办公室\n2024年3月1日\n2024年文旅工作任务分工方案\n",
        "青石县文化和旅游局办公室关于印发2024年文旅工作任务分工方案的通知",
        "青文旅办〔2024〕9号",
    ),
]


@pytest.mark.parametrize(("head", "title", "doc_number"), TITLES)
def test_the_title_and_文号_as_pages_write_them(head: str, title: str, doc_number: str | None) -> None:
    notice = parse_text(head + BODY)
    assert notice.metadata.title == title
    assert notice.metadata.doc_number_normalized == doc_number


def test_a_list_of_annexes_is_no_title() -> None:
    text = (
        "各区人民政府，市直各单位：\n　　现将两份分解印发给你们。\n附件：1.2024年重点工作责任分解\n"
        "2.民生实事责任分解\n青石市人民政府办公室\n2024年5月2日\n附件1\n2024年重点工作责任分解\n" + BODY
    )
    assert parse_text(text).metadata.title == "2024年重点工作责任分解"


def test_page_fields_under_the_title_after_a_time_stamp() -> None:
    text = (
        "青石市人民政府关于分解落实规划纲要主要目标任务的通知\n2021年09月14日 10:20\n发布部门: 青石市人民政府\n"
        "发布文号: 青政发[2021]58号\n各区人民政府，市政府各部门：\n　　现将目标任务分解如下。\n" + BODY
    )
    metadata = parse_text(text).metadata
    assert (metadata.doc_number, metadata.publisher) == ("青政发[2021]58号", "青石市人民政府")
    assert metadata.addressees == ("各区人民政府", "市政府各部门")


def test_a_cover_signature_above_the_documents_title_names_the_issuer() -> None:
    text = (
        "各镇人民政府，市政府各部门：\n　　现将分解印发给你们。\n青石市人民政府办公室\n2024年5月22日\n"
        "2024年重点工作责任分解\n" + BODY
    )
    metadata = parse_text(text).metadata
    assert (metadata.issuers, metadata.signed) == (("青石市人民政府办公室",), "2024-05-22")


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("附件\n重点任务分工及进度安排表\n", "重点任务分工及进度安排表"),
        ("2024年2月1日\n附件\n青石县2024年重点项目推进表\n", "青石县2024年重点项目推进表"),
        ("青石县民生实事责任表\n", "青石县民生实事责任表"),
        # the table's title in its own first row, a cell between bars
        ("| 2024年度县水利局重点工作任务分解 |\n", "2024年度县水利局重点工作任务分解"),
        ("| 青石县民生实事责任表 | |\n", "青石县民生实事责任表"),
    ],
)
def test_a_table_page_with_no_cover_takes_the_tables_title_line(head: str, title: str) -> None:
    notice = parse_text(head + "序号 | 工作任务 | 责任单位 | 时间进度 |\n1 | 新建幼儿园2所。 | 县教育局 | 持续实施 |\n")
    assert notice.metadata.title == title
    assert [t.departments for t in notice.tasks] == [("县教育局",)]


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (  # the site put its province before the document's name; the report names it without
            "当前位置：首页 > 政策 > 正文\n湖东青石市蓝天保卫战2024年工作方案\n发布日期：2024-03-02\n"
            "日前，湖东青石印发《青石市蓝天保卫战2024年工作方案》。全文如下：\n",
            "青石市蓝天保卫战2024年工作方案",
        ),
        (  # the 《》 names another document: the heading stands
            "青石市蓝天保卫战2024年工作方案\n发布日期：2024-03-02\n"
            "根据《湖东省蓝天保卫战2024年工作方案》，制定本方案。\n",
            "青石市蓝天保卫战2024年工作方案",
        ),
    ],
)
def test_a_news_heading_with_a_place_added_takes_the_name_the_document_is_given(page: str, title: str) -> None:
    notice = parse_text(page + BODY)
    assert notice.metadata.title == title
    assert [t.departments for t in notice.tasks] == [("县水利局",)]


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        ("近日，县政府办公室印发《青石县2025年促消费行动方案》，明确6项任务。", "青石出台6条促消费措施→"),
        ("近日，县里召开了一次座谈会，听取各方意见。", None),  # a lead naming no document of the genre
    ],
)
def test_a_reposts_headline_under_its_byline_is_its_title(lead: str, title: str | None) -> None:
    page = (
        "青石发布\n2025-04-01 09:30 发表于青石\n\n青石出台6条促消费措施→\n\n" + lead + "\n"
        "任务一：发放消费券\n分批发放消费券。\n牵头：县商务局\n配合：县财政局\n"
    )
    notice = parse_text(page)
    assert notice.metadata.title == title


def test_a_pages_time_stamp_dates_a_repost_and_its_yearless_deadlines() -> None:
    page = (
        "青石发布\n2025-04-01 09:30 发表于青石\n\n青石出台6条促消费措施→\n\n"
        "近日，县政府办公室印发《青石县促消费行动方案》，明确6项任务。\n"
        "一、发放消费券\n分批发放消费券。（牵头单位：县商务局；配合单位：县财政局；完成时限：6月底前）\n"
    )
    notice = parse_text(page)
    assert notice.metadata.published == "2025-04-01"
    assert [(t.due, t.due_year) for t in notice.tasks] == [("6月底前", 2025)]


@pytest.mark.parametrize(
    ("lead", "doc_number"),
    [
        ("近日，县政府办公室印发《青石县促消费行动方案》（青政办发〔2025〕4号），明确6项任务。", "青政办发〔2025〕4号"),
        # two documents with numbers: which is the page's is not known
        ("按照《青石县促消费行动方案》（青政办发〔2025〕4号）和《青石县文旅工作方案》（青政办发〔2025〕5号）。", None),
    ],
)
def test_a_reposts_number_is_the_one_its_lead_gives_the_reported_document(lead: str, doc_number: str | None) -> None:
    page = "青石发布\n2025-04-01 09:30 发表于青石\n青石出台6条促消费措施→\n" + lead + "\n"
    page += "一、发放消费券\n分批发放消费券。（牵头单位：县商务局；完成时限：6月底前）\n"
    notice = parse_text(page)
    assert notice.metadata.title == "青石出台6条促消费措施→"
    assert notice.metadata.doc_number_normalized == doc_number
