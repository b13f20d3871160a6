"""A bureau's own work tables and pages as real sites publish them (texts written for the test, invented
bureaus): a monthly work table and a 政务公开 分工 table scraped one cell a line, a pipe table whose header
lost its 序号, numbered items over one merged units cell, a ministry's 司局 in an annotation, and the titles
and footers of such pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_cli.models import Notice
from policy_cli.parse import parse_text
from policy_cli.source import parse_bytes


def facts(notice: Notice) -> list[tuple[object, ...]]:
    return [(t.id, t.text[:6], t.lead, t.partners, t.departments) for t in notice.tasks]


def codes(notice: Notice) -> set[str]:
    return {w.code for w in notice.warnings}


MONTHLY = """某市体育局2024年5月份重点工作
发布日期: 2024-05-31 09:00:00
工作安排
工作完成情况(具体表述)
牵头单位
1.筹办全市青少年游泳比赛,做好场地和裁判保障。
比赛已于本月中旬举办,共有十二支代表队参赛。
市体育局
2.推进社区健身步道建设。
已完成年度计划的六成。
市住建局
文章来源: 办公室
"""

REQUIREMENTS_UNITS_LAST = """某局2022年政务公开工作要点分工方案
工作任务
具体要求
落实科室(部门)
做好规划公开
1.公开本局发展规划全文及解读材料。
各科室、信息中心按职责分工落实
2.集中发布历年规划,便于公众查阅。
办公室
做好执法信息公开
3.公开行政处罚结果。
4.公开定期抽查结果。
5.公开执法人员名单。
法规科、执法支队按职责分工落实
"""

LEAD_THEN_PARTNERS = """某市财政局政务公开任务分解表
工作任务
工作要求
牵头处室
协办单位
(一)做好规划公开
1.公开中期财政规划。
通过门户网站专栏集中发布。
预算处
办公室
2.扩大预决算公开范围。
推进所属单位预算公开。
预算处
各业务处室
信息中心
"""

PIPE_HEADER_WITHOUT_NUMBER = """某县医保局2025年政务公开工作清单
具 体 要 求 | 责任股室 | ||
一、抓好主动公开。 | 1 | 做好民生领域信息公开,及时回应关切。 | 办公室牵头,局各股室配合 |
二、抓好政策解读 | 2 | 政策文件与解读材料同步发布。 | 办公室牵头,局各股室配合 |
3 | 创新图解和视频解读形式。 | 待遇股牵头,局各股室配合 | |
"""

REQUIREMENTS_LEAD_UNITS = """某区主要任务分解表
工作任务 |
工作要求 |
牵头单位 |
责任单位 |
一、深化政务公开 |
1.做好规划公开。 |
集中发布规划。 |
区发改局 |
区直各部门 |
2.做好财政公开。 |
公开预决算。 |
区财政局 |
各镇街 |
"""

MINISTRY = """某部2021年政务公开工作要点
一、做好规划公开
(一)做好各类规划主动公开。
1.加强综合规划公开和解读。(综合规划司牵头,各有关司局按职责分工负责)
2.公开行业专项规划。(政策研究室牵头,综合规划司、公路局配合)
"""


@pytest.mark.parametrize(
    ("text", "expected", "warned"),
    [
        (  # 工作安排 / 工作完成情况(具体表述) / 牵头单位: the progress cell is no task text and no unit
            MONTHLY,
            [
                (1, "筹办全市青少", ("市体育局",), (), ("市体育局",)),
                (2, "推进社区健身", ("市住建局",), (), ("市住建局",)),
            ],
            set(),
        ),
        (  # 落实科室(部门) last, items numbered in the task cell, three items over one merged units cell
            REQUIREMENTS_UNITS_LAST,
            [
                (1, "公开本局发展", (), (), ("各科室", "信息中心")),
                (2, "集中发布历年", (), (), ("办公室",)),
                (3, "公开行政处罚", (), (), ("法规科", "执法支队")),
                (4, "公开定期抽查", (), (), ("法规科", "执法支队")),
                (5, "公开执法人员", (), (), ("法规科", "执法支队")),
            ],
            {"row-items-shared"},
        ),
        (  # 工作任务 / 工作要求 / 牵头处室 / 协办单位, one unit a line: rows start at their numbered items
            LEAD_THEN_PARTNERS,
            [
                (1, "公开中期财政", ("预算处",), ("办公室",), ("预算处", "办公室")),
                (2, "扩大预决算公", ("预算处",), ("各业务处室", "信息中心"), ("预算处", "各业务处室", "信息中心")),
            ],
            {"row-cells-guessed"},
        ),
        (  # the header lost its 序号 cell: the bare number opening each row is the row's, never the task's text
            PIPE_HEADER_WITHOUT_NUMBER,
            [
                (1, "做好民生领域", ("办公室",), ("局各股室",), ("办公室", "局各股室")),
                (2, "政策文件与解", ("办公室",), ("局各股室",), ("办公室", "局各股室")),
                (3, "创新图解和视", ("待遇股",), ("局各股室",), ("待遇股", "局各股室")),
            ],
            set(),
        ),
        (  # 工作任务 / 工作要求 / 牵头单位 / 责任单位, each cell on a line with its bar: both task cells are the text
            REQUIREMENTS_LEAD_UNITS,
            [
                (1, "做好规划公开", ("区发改局",), (), ("区发改局", "区直各部门")),
                (2, "做好财政公开", ("区财政局",), (), ("区财政局", "各镇街")),
            ],
            set(),
        ),
        (  # a ministry's 司 is a unit, 各有关司局 a collective of them
            MINISTRY,
            [
                (1, "加强综合规划", ("综合规划司",), (), ("综合规划司", "各有关司局")),
                (2, "公开行业专项", ("政策研究室",), ("综合规划司", "公路局"), ("政策研究室", "综合规划司", "公路局")),
            ],
            set(),
        ),
    ],
    ids=[
        "monthly-work",
        "units-last-items-shared",
        "lead-partners-by-items",
        "pipe-header-without-number",
        "requirements-lead-units",
        "ministry",
    ],
)
def test_a_bureaus_work_table(text: str, expected: list[tuple[object, ...]], warned: set[str]) -> None:
    notice = parse_text(text)
    assert facts(notice) == expected
    assert warned <= codes(notice)


def test_a_numbered_list_after_the_table_is_no_row_of_it() -> None:
    """Numbered items after the table with no units cell: not split into tasks sharing units, and the third
    item where a units cell would stand makes no task; the line is warned."""
    text = MONTHLY.replace(
        "文章来源: 办公室\n", "二、其他工作\n1、举办培训班一期。\n2、完成场馆检查。\n3、开展青少年比赛。\n"
    )
    notice = parse_text(text)
    assert [t.id for t in notice.tasks] == [1, 2]
    assert "row-items-shared" not in codes(notice)
    assert "annex-unparsed" in codes(notice)


def test_a_units_cell_written_one_unit_a_line_after_a_value_column() -> None:
    """工作安排 / 工作完成情况 / 牵头单位 with two units in the lead cell, a line each: both lead; the progress
    cell keeps its line."""
    text = MONTHLY.replace("市体育局\n2.", "市体育局\n市教育局\n2.")
    assert facts(parse_text(text))[0] == (1, "筹办全市青少", ("市体育局", "市教育局"), (), ("市体育局", "市教育局"))


def test_the_site_footer_naming_the_articles_source_is_no_unit() -> None:
    notice = parse_text(MONTHLY)
    assert all("文章来源" not in u for t in notice.tasks for u in t.departments)
    assert notice.metadata.title == "某市体育局2024年5月份重点工作"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "首页 > 法规\n发文标题: 某省某局关于做好减税工作的通知\n发文文号: 某税发[2021]1号\n各市局:\n一、总体要求\n",
            "某省某局关于做好减税工作的通知",
        ),
        (
            "索引号000000/2023-00001\n发文字号某政办函〔2023〕2号\n标题某区人民政府办公室关于印发某区运动会工作方案的通知\n"
            "某区人民政府办公室关于印发某区运动会工作方案的通知\n各街道:\n一、总体要求\n",
            "某区人民政府办公室关于印发某区运动会工作方案的通知",
        ),
        (
            "某政办发〔2021〕5号\n县人民政府办公室关于\n对县《政府工作报告》确定的2021年\n重点工作及市《政府工作报告》涉及本县的\n"
            "重点事项进行责任分解的通知\n各镇人民政府:\n一、总体要求\n",
            "县人民政府办公室关于对县《政府工作报告》确定的2021年重点工作及市《政府工作报告》涉及本县的重点事项进行责任分解的通知",
        ),
        (
            "某企业服务网\n某区企业奖励政策:关于加快某区经济发展的若干政策意见\n为加快发展,制定本意见。\n一、总体要求\n",
            "关于加快某区经济发展的若干政策意见",
        ),
        (  # a site's heading shortened, then the title in full wrapped over two lines after the cover
            "贯彻落实《关于加强街道工作的意见》的任务分解方案\n栏目:方案\n某区委办公室\n2019年4月16日\n"
            "某区贯彻落实《关于加强\n街道工作的意见》的任务分解方案\n为做好街道工作,制定本方案。\n一、加强党建\n",
            "某区贯彻落实《关于加强街道工作的意见》的任务分解方案",
        ),
    ],
    ids=["labelled-fawen-biaoti", "label-glued", "four-lines", "site-label-colon", "fuller-over-two-lines"],
)
def test_titles_of_bureau_pages(text: str, title: str) -> None:
    assert parse_text(text).metadata.title == title


def test_a_page_saved_as_text_with_empty_tags_scattered_over_it_is_read_as_text() -> None:
    """A mirror's empty tags (no tag holds text) do not make the file a web page: its lines are kept, and a
    cover notice in it is read as one, never refused."""
    junk = '<dl id="k"></dl><sup id="k"></sup>\n<p id="k"><td id="k"></td></p>\n<em id="k"></em><div id="k"></div>\n'
    text = (
        junk + "某市人民政府\n关于印发某市提高居民收入实施方案的通知\n某政字〔2022〕4号\n"
        "各区人民政府,市政府各部门:\n现将《某市提高居民收入实施方案》印发给你们,请认真贯彻落实。\n"
    )
    notice = parse_bytes(text.encode(), Path("page.txt")).notice
    assert notice.metadata.source_format == "text"
    assert notice.metadata.doc_number_normalized == "某政字〔2022〕4号"
    assert "cover-only" in codes(notice)


def test_a_title_line_that_goes_on_past_its_issuer_names_no_issuers() -> None:
    """某局贯彻落实某办公厅某办公室 over 2022年…分工方案 is the title's first line, not a line of issuers: the
    bureau signing the cover is the issuer, and its own 办公室 takes no government's level."""
    text = (
        "局机关各科室:\n现将分工方案印发给你们,请认真贯彻执行。\n某市医疗保障局\n2022年8月10日\n"
        "某市医疗保障局贯彻落实省政府办公厅市政府办公室\n2022年政务公开工作要点分工方案\n"
        "工作要求 | 一级要点 | 二级要点 | 责任科室 |\n"
        "一、做好基础工作 | (一)公开规范性文件。 | 1.清理本局规范性文件,及时更新目录。 | 办公室牵头,各科室配合 |\n"
    )
    notice = parse_text(text)
    assert notice.metadata.issuers == ("某市医疗保障局",)
    assert [(t.lead, t.partners) for t in notice.tasks] == [(("办公室",), ("各科室",))]


def test_a_labelled_line_the_page_broke_inside_a_unit() -> None:
    """A PDF's line break inside the last unit of a labelled line (协办单位：…、园区党 / 工委、各街道办事处): the
    two lines are one value; a spaced-out page number is no task text."""
    text = (
        "某区任务分解方案\n一、加强基层党建\n1.完善街道党组织领导体制,优化决策程序。\n牵头单位:区委组织部\n"
        "协办单位:区委编办、区民政局、园区党\n工委、各街道办事处\n— — — 3 —\n"
        "2.推进社区党组织建设。\n牵头单位:区委组织部\n"
    )
    task = parse_text(text).tasks[0]
    assert task.partners == ("区委编办", "区民政局", "园区党工委", "各街道办事处")
    assert "3" not in task.text


def test_a_row_told_apart_by_its_item_cut_off_by_the_page_is_warned_not_read() -> None:
    """The text stops inside the last row's requirement, before its units: that row is not read (no unit is
    taken from the row above), and the line is warned."""
    text = LEAD_THEN_PARTNERS + "3.公开采购信息。\n采购公告和成交结果按规定时限\n"
    notice = parse_text(text)
    assert [t.id for t in notice.tasks] == [1, 2]
    assert [(w.code, w.line) for w in notice.warnings if w.code == "row-cut-off"] == [("row-cut-off", 17)]
