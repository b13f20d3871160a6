"""A rectification table a page flattened into prose, its units and date cells glued at the end of each measure
(…落实奖励措施. 市、区爱卫办 2024年8月10日): a notice of the genre, never refused; its rows are not cut into cells
by guess, so the text is kept, its head read, and each such line warned line-not-read. One line so (a signature,
县政府办公室 2024年6月18日) or glued words that are prose make no notice."""

from __future__ import annotations

import pytest

from policy_cli.errors import InputError
from policy_cli.parse import parse_text

FLAT = (
    "青禾市创建卫生城市 问题整改任务一览表 项目 存在问题 整改要求 责任部门 完成时限 爱国卫生\n\n"
    "1、市、区爱卫会机构需要充实\n\n"
    "1、调整充实爱国卫生组织机构.\n\n"
    "市、区政府办 2024年8月10日\n\n"
    "2、农贸市场周边保洁不及时\n\n"
    "2、落实专人负责市场周边环境卫生,加大清扫力度. 市城管局 2024年8月10日 健康教育\n\n"
    "1、公园广场宣传栏破旧\n\n"
    "1、及时更新宣传内容. 苍梧区政府办 南方商场 2024年9月30日\n"
)


def test_a_flattened_rectification_table_is_kept_and_each_glued_row_warned() -> None:
    notice = parse_text(FLAT)
    assert notice.tasks == ()
    warned = {w.line for w in notice.warnings if w.code == "line-not-read"}
    assert warned >= {7, 11, 15}
    assert any(w.code == "body-unread" for w in notice.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "青禾市新闻\n\n今天市领导调研了城区环境卫生工作。\n\n青禾市人民政府办公室 2024年6月18日\n",
        "青禾市新闻\n\n今天市领导调研了城区环境卫生工作 2024年6月18日\n\n大家要对环境负责 2024年6月19日\n",
    ],
    ids=["one-signature", "prose-before-the-date"],
)
def test_a_page_with_no_glued_rows_of_units_is_still_refused(text: str) -> None:
    with pytest.raises(InputError):
        parse_text(text)
