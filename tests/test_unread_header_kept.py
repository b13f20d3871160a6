"""A text of the genre whose task table's header the parser cannot read (a header wrapped over lines in a PDF's
fixed-width text, its task column's name split by spaces), with no row read under it, is kept and warned, never
refused; a text with no sign of the genre is still refused. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.errors import InputError
from policy_cli.parse import parse_text

COVER = (
    "某县防汛抗旱指挥部文件\n某汛指〔2025〕2号\n\n某县防汛抗旱指挥部\n关于印发《某县汛前准备任务分解表》的通知\n\n"
    "各乡镇人民政府，县防指各成员单位：\n　　现将汛前准备任务分解表印发给你们，请认真抓好落实。\n\n"
    "附件：某县汛前准备任务分解表\n\n某县防汛抗旱指挥部\n2025年3月10日\n\n— 1 —\n\n附件\n"
    "                  某县汛前准备任务分解表\n"
)
WRAPPED_HEADER = (
    " 序                                    责 任 单 位                 \n"
    "          准 备 任 务                                              完成时限\n"
    " 号                              牵头单位        配合单位\n\n"
    " 1   组织水库大坝安全鉴定，对病  县水利局        县财政局、各乡镇  2025年\n"
    "     险水库实行限制运行，落实                    人民政府          4月底前\n"
    "     巡查责任\n\n"
    " 2   清理城区排水管网淤积，疏通  县住房城乡建设  县城市管理局、县  2025年\n"
    "     易涝点排水出口              局              财政局            5月底前\n\n"
    " 3   储备防汛砂石料和编织袋，补  县应急管理局    县发展改革局      长期坚持\n"
    "     齐抢险物资\n"
)


def test_a_header_the_parser_cannot_read_is_warned_not_refused() -> None:
    # the page ends under the header (rows cut off or not extracted): the header is all the body there is
    notice = parse_text(COVER + "\n".join(WRAPPED_HEADER.split("\n")[:3]) + "\n")
    assert notice.metadata.doc_number_normalized == "某汛指〔2025〕2号"
    codes = {w.code for w in notice.warnings}
    assert {"body-unread", "table-header-unread"} <= codes


def test_a_text_with_no_sign_of_the_genre_is_still_refused() -> None:
    with pytest.raises(InputError):
        parse_text("今天天气晴，气温十五度。\n明天多云转阴。\n")


def test_a_news_page_over_such_a_header_is_still_refused() -> None:
    page = (
        "溪口县融媒体中心\n我县部署汛前准备工作\n2025-03-10 来源：县应急管理局\n\n"
        + "\n".join(WRAPPED_HEADER.split("\n")[:3])
        + "\n"
    )
    with pytest.raises(InputError):
        parse_text(page)
