"""A table scraped one cell a line whose group column was written down the cell, one character a line (二 ⏎
健 ⏎ 康 ⏎ 教 ⏎ 育 before the group's first numbered row), gives that group as a part heading, 二、健康教育:
its characters are never task text. A numeral that does not continue the groups' numbering, one
character alone after it, or no numbered line after the characters leave the lines as they are. The
notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "\n".join(["枫渡县创建省级卫生县城任务分解表", "项目", "标准要求", "工作措施及责任分工", "完成时限", ""])


def _down(number: str, word: str) -> str:
    return "\n".join([number, *word]) + "\n"


ROWS_1 = "1.集贸市场管理规范。\n县市场监管局负责，县商务局配合，完成集贸市场提升改造。\n2025年6月底前\n"
ROWS_2 = "2.生活饮用水达标。\n县水利局负责，县卫生健康局配合，开展水源地巡查。\n2025年8月底前\n"
ROWS_3 = "3.病媒密度达标。\n县爱卫办负责，各乡镇人民政府配合，开展病媒集中消杀。\n10月底前\n"


@pytest.mark.parametrize(
    ("body", "titles", "texts"),
    [
        (
            _down("一", "环境卫生") + ROWS_1 + _down("二", "饮水") + ROWS_2,
            ["环境卫生", "饮水"],
            ["集贸市场管理规范。", "生活饮用水达标。"],
        ),
        (
            _down("一", "市容") + ROWS_1 + ROWS_2 + _down("二", "病媒防制") + ROWS_3,
            ["市容", "病媒防制"],
            ["集贸市场管理规范。", "生活饮用水达标。", "病媒密度达标。"],
        ),
    ],
)
def test_a_group_written_down_its_cell_is_a_part(body: str, titles: list[str], texts: list[str]) -> None:
    notice = parse_text(HEAD + body)
    assert [p.title for p in notice.parts] == titles
    assert [t.text.split("\n")[0] for t in notice.tasks] == texts
    assert not any(len(line) == 1 for t in notice.tasks for line in t.text.split("\n"))


@pytest.mark.parametrize(
    "body",
    [
        ROWS_1 + _down("三", "饮水") + ROWS_2,  # 三 after no 一, 二: no group of this table
        ROWS_1 + "二\n水\n" + ROWS_2,  # one character after the numeral
        ROWS_1 + _down("二", "饮水") + "开展水源地巡查。\n",  # no numbered row after the characters
    ],
)
def test_other_lines_of_single_characters_make_no_part(body: str) -> None:
    notice = parse_text(HEAD + body)
    assert not any(p.title in ("饮水", "水") for p in notice.parts)
