"""A text that shows the genre is never refused: its tasks are read where its rows or items can be, else its
head is kept and the text warned at its lines. Only a text with no sign of the genre is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_cli.errors import InputError
from policy_cli.parse import parse_text

FIXTURES = Path(__file__).parent / "fixtures" / "never_refused"


def facts(name: str) -> list[tuple[int, tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None, str]]:
    notice = parse_text((FIXTURES / name).read_text(encoding="utf-8"))
    return [(t.id, t.departments, t.lead, t.leaders, t.due, t.text[:8]) for t in notice.tasks]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (  # a 责任分解 pipe table: '?' and '□' left in cells, leaders under 责任领导, a row broken over two lines
            "pipe_residue_leaders.txt",
            [
                (1, ("县交通运输局",), (), ("李明（副县长）",), "2024年10月底前", "完成农村公路提档"),
                (2, ("县民政局", "各乡镇"), (), ("王芳",), "2024年12月底前", "新建标准化养老服"),
                (3, ("县住建局",), (), ("赵强（副县长）",), "2024年11月底前", "推进城区老旧小区"),
            ],
        ),
        (  # leaders written inside the units cell, with their post in brackets or as a unit; a '?' cell
            "pipe_leaders_in_units.txt",
            [
                (1, ("县交通运输局",), (), ("李明副县长",), "2024年10月底前", "完成农村公路提档"),
                (2, ("县民政局",), (), ("王芳（副县长）",), "2024年12月底前", "新建标准化养老服"),
                (3, ("县住建局",), (), ("赵强",), "2024年11月底前", "推进城区老旧小区"),
                (4, ("县财政局",), (), (), "??????", "????????"),
            ],
        ),
        (  # a progress sheet one cell a line, no 序号 column named, each row opening with its number
            "progress_one_cell_a_line.txt",
            [
                (1, ("县交通运输局",), (), ("李明",), None, "完成农村公路提档"),
                (2, ("县民政局",), (), ("王芳",), None, "新建标准化养老服"),
                (3, ("县生态环境局",), (), ("赵强",), None, "开展城区黑臭水体"),
            ],
        ),
        (  # a page that starts inside a table: numbered rows with a units cell, no header
            "rows_without_header.txt",
            [
                (4, ("县工信局",), (), (), "2024年9月底前", "加快推进工业园区"),
                (5, ("县农业农村局",), (), (), "2024年12月底前", "开展全县耕地质量"),
                (6, ("县医保局", "县税务局"), (), (), "2024年6月底前", "完善城乡居民医保"),
                (7, ("县教育局",), (), (), "2024年8月底前", "推进中小学校舍安"),
            ],
        ),
        (  # an excerpt of a 责任分解 notice: one numbered block and its 牵头单位 line
            "excerpt_lead_labels.txt",
            [(1, ("县生态环境局",), ("县生态环境局",), (), "年底前", "开展城区黑臭水体")],
        ),
        (  # residue after the header's names (工作任务?, 责任单位??): the names are read without it
            "pipe_header_residue.txt",
            [
                (1, ("县交通运输局",), (), ("李明（副县长）",), "2024年10月底前", "完成农村公路提档"),
                (2, ("县民政局",), (), ("王芳",), "2024年12月底前", "新建标准化养老服"),
            ],
        ),
        (  # a header left all '?' by the encoding: the rows read by their cells, a column of people their leaders
            "rows_under_residue_header.txt",
            [
                (1, ("县交通运输局",), (), ("李明（副县长）",), "2024年10月底前", "完成农村公路提档"),
                (2, ("县民政局",), (), ("王芳",), "2024年12月底前", "新建标准化养老服"),
            ],
        ),
        (  # a progress sheet one cell a line with no number at all; a progress cell ending like a unit (…3处)
            "progress_no_numbers.txt",
            [
                (1, ("县交通运输局",), (), ("李明",), None, "完成农村公路提档"),
                (2, ("县民政局",), (), ("王芳",), None, "新建标准化养老服"),
            ],
        ),
        (  # 完成情况 and 存在问题 columns: no unit, no deadline
            "progress_problems_column.txt",
            [
                (1, ("县交通运输局",), (), ("李明",), None, "完成农村公路提档"),
                (2, ("县民政局",), (), ("王芳",), None, "新建标准化养老服"),
            ],
        ),
    ],
    ids=[
        "pipe-residue-leaders",
        "leaders-in-units",
        "progress-one-cell-a-line",
        "no-header",
        "excerpt-labels",
        "header-residue",
        "residue-header-rows",
        "progress-no-numbers",
        "progress-problems",
    ],
)
def test_layouts_of_the_genre_are_read(name: str, expected: list[tuple[object, ...]]) -> None:
    assert facts(name) == expected


def test_a_progress_column_is_no_task_text_unit_or_deadline() -> None:
    notice = parse_text((FIXTURES / "progress_one_cell_a_line.txt").read_text(encoding="utf-8"))
    first = notice.tasks[0]
    assert first.text == "完成农村公路提档升级80公里（进展情况：已完成45公里，正在推进剩余路段）"
    assert (first.departments, first.due) == (("县交通运输局",), None)
    assert notice.metadata.title == "2024年重点工作推进情况表"


def test_rows_without_a_header_are_warned_as_read_by_their_cells() -> None:
    notice = parse_text((FIXTURES / "rows_without_header.txt").read_text(encoding="utf-8"))
    assert ("row-cells-guessed", 2) in [(w.code, w.line) for w in notice.warnings]
    assert notice.annex is not None and notice.annex.header == ()


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        # one sentence giving units their roles, nothing else
        (
            "完成农村公路提档升级80公里，由县交通运输局牵头，县财政局配合。\n",
            [("body-unread", 1), ("line-not-read", 1)],
        ),
        # a role label alone under a heading that names nothing
        ("工作要求\n牵头单位：县交通运输局\n", [("body-unread", 2), ("line-not-read", 2)]),
        # a title of the genre over nothing the parser reads
        ("某县重点工作责任分解\n（此件无正文）\n", [("body-unread", 1)]),
        # a ledger's title: 工作台账, 推进情况表
        ("某县重点工作台账\n各单位按月报送进度。\n", [("body-unread", 1)]),
        ("某县2024年重点工作推进情况表\n各单位按月报送进度。\n", [("body-unread", 1)]),
        # a table header of the genre whose cells the page ran together
        (
            "惠民实事\n实事内容工作任务责任单位进展情况\n新建社区食堂3家。区民政局目前已完成1家。\n",
            [("table-not-read", 2)],
        ),
        # a titled table whose task column has a name the parser does not know: its header is the sign
        (
            "某县惠民事项表\n序号\t惠民名目\t分管领导\t牵头单位\t完成时限\n1\t新建社区食堂3家\t张副县长\t县民政局\t9月底前\n",
            [("body-unread", 2), ("table-header-unread", 2)],
        ),
        # a plan of any kind by its heading and its preamble's 特制定本方案, its work in paragraphs with no number
        (
            "某县冬季清洁取暖方案\n为完成取暖改造任务，结合实际，特制定本方案。\n（一）工作专班\n"
            "做好入户宣传，确保按期完成改造。\n",
            [("body-unread", 1)],
        ),
        # a fragment of a plan's body, its head cut away: numbered blocks, one giving units a duty
        (
            "2. 突出重点，精准整治。聚焦问题突出的区域和行业开展整治。\n（二）坚持综合治理\n"
            "1. 健全协同机制。各有关部门要结合职能落实监管责任。\n2. 加强宣传引导。营造良好氛围。\n",
            [("body-unread", 3), ("line-not-read", 3)],
        ),
    ],
    ids=[
        "body-fragment",
        "plan-by-its-preamble",
        "roles-in-a-sentence",
        "label-alone",
        "title-alone",
        "ledger-title",
        "progress-title",
        "glued-header",
        "header-task-column-unknown",
    ],
)
def test_a_text_showing_the_genre_is_kept_and_warned(text: str, warned: list[tuple[str, int]]) -> None:
    notice = parse_text(text)
    assert notice.tasks == ()
    assert [(w.code, w.line) for w in notice.warnings] == warned


@pytest.mark.parametrize(
    "text",
    [
        (FIXTURES / "news_article.txt").read_text(encoding="utf-8"),
        (FIXTURES / "link_list.txt").read_text(encoding="utf-8"),
        "今天天气晴，气温二十度。\n明天有小雨。\n",
        # numbered points of a report, no unit given a duty
        "（一）基本情况\n1. 全年完成投资80亿元。\n2. 新增就业1.2万人。\n3. 城乡收入稳步增长。\n",
        # a plan's heading, but no preamble making the text that plan: a news report of it
        "某县冬季清洁取暖方案\n（一）昨日召开会议\n1、会议听取了汇报。\n2、会议强调要抓好落实。\n",
        # rows of numbers and names that are no units: no table of the genre
        "| 1 | 张三 | 男 | 35 |\n| 2 | 李四 | 女 | 41 |\n",
        # a staff roster: 序号 and 单位 name columns, but no units column of the genre
        "某县干部名册\n序号\t姓名\t单位\t职务\n1\t张三\t县民政局\t科员\n",
    ],
    ids=["news", "links", "prose", "report-points", "news-of-a-plan", "people-rows", "roster"],
)
def test_a_text_with_no_sign_of_the_genre_is_still_refused(text: str) -> None:
    with pytest.raises(InputError, match="not an implementation notice"):
        parse_text(text)
