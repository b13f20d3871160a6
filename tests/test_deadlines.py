"""Deadlines: as written -> year, end date, range start and kind; deadlines without a year take the notice's."""

from __future__ import annotations

import pytest

from policy_cli.models import Metadata
from policy_cli.parse import parse_text
from policy_cli.parse.deadlines import Deadline, deadline_in_prose, notice_year, resolve


@pytest.mark.parametrize(
    ("due", "year", "expected"),
    [
        ("2018年", None, Deadline(2018, "2018-12-31", None, "date")),
        ("2019年6月底前", None, Deadline(2019, "2019-06-30", None, "date")),
        ("2020年2月底前", None, Deadline(2020, "2020-02-29", None, "date")),
        ("2019年6月30日前", None, Deadline(2019, "2019-06-30", None, "date")),
        ("于2023年6月30日前", None, Deadline(2023, "2023-06-30", None, "date")),
        ("到2022年", None, Deadline(2022, "2022-12-31", None, "date")),
        ("2022年底前", None, Deadline(2022, "2022-12-31", None, "date")),
        ("2020年上半年", None, Deadline(2020, "2020-06-30", None, "date")),
        ("2020年第三季度", None, Deadline(2020, "2020-09-30", None, "date")),
        ("2021年9月中旬", None, Deadline(2021, "2021-09-20", None, "date")),
        ("2021—2023年", None, Deadline(2023, "2023-12-31", "2021-01-01", "range")),
        ("2020年至2021年", None, Deadline(2021, "2021-12-31", "2020-01-01", "range")),
        ("2021年3月—6月", None, Deadline(2021, "2021-06-30", "2021-03-01", "range")),
        ("2019年6月底前完成，2020年底前全面完成", None, Deadline(2020, "2020-12-31", None, "date")),
        # without a year: the notice's year completes them
        ("6月底前", 2023, Deadline(2023, "2023-06-30", None, "date")),
        ("3月15日前", 2023, Deadline(2023, "2023-03-15", None, "date")),
        ("三季度末", 2023, Deadline(2023, "2023-09-30", None, "date")),
        ("第二季度", 2023, Deadline(2023, "2023-06-30", None, "date")),
        ("上半年", 2023, Deadline(2023, "2023-06-30", None, "date")),
        ("下半年", 2023, Deadline(2023, "2023-12-31", None, "date")),
        ("年底前", 2023, Deadline(2023, "2023-12-31", None, "date")),
        ("11月下旬", 2023, Deadline(2023, "2023-11-30", None, "date")),
        ("全年", 2023, Deadline(2023, "2023-12-31", None, "date")),
        ("年内完成", 2023, Deadline(2023, "2023-12-31", None, "date")),
        ("年内持续推进", 2023, Deadline(2023, "2023-12-31", None, "date")),
        ("2022年全年持续推进", 2023, Deadline(2022, "2022-12-31", None, "date")),
        ("年内持续推进", None, Deadline(None, None, None, "unknown")),
        ("6月底前", None, Deadline(None, None, None, "unknown")),
        ("2月30日前", 2023, Deadline(None, None, None, "unknown")),
        ("立即启动", 2023, Deadline(None, None, None, "unknown")),
        ("2021年汛前", None, Deadline(2021, None, None, "unknown")),
        ("春节前", 2024, Deadline(2024, None, None, "unknown")),
        ("2024年3月1日至2024年6月30日", None, Deadline(2024, "2024-06-30", "2024-03-01", "range")),
        ("2025年4月15日—5月20日", None, Deadline(2025, "2025-05-20", "2025-04-15", "range")),
        ("2025年2月30日至3月10日", None, Deadline(2025, None, None, "unknown")),
        ("旅游旺季前", 2024, Deadline(2024, None, None, "unknown")),
        ("用电高峰期前", 2025, Deadline(2025, None, None, "unknown")),
        # standing deadlines have no date
        ("长期坚持", 2023, Deadline(None, None, None, "standing")),
        ("持续推进", None, Deadline(None, None, None, "standing")),
        ("每季度", 2023, Deadline(None, None, None, "standing")),
        ("每年6月底前", 2023, Deadline(None, None, None, "standing")),
        ("每年年底前", 2023, Deadline(None, None, None, "standing")),
        ("每学期开学前", 2023, Deadline(None, None, None, "standing")),
        ("即日起", 2023, Deadline(None, None, None, "standing")),
        ("汛期前", 2023, Deadline(2023, None, None, "unknown")),
        ("即日起至2023年9月30日", None, Deadline(2023, "2023-09-30", None, "date")),
        # a recurrence over a range of years ends with its last occurrence
        ("2024年至2025年每年3月底前", None, Deadline(2025, "2025-03-31", "2024-01-01", "range")),
        ("2023年至2025年每年", None, Deadline(2025, "2025-12-31", "2023-01-01", "range")),
        ("2024—2026年每年年底前", None, Deadline(2026, "2026-12-31", "2024-01-01", "range")),
        # when work starts, not when it ends: no end date
        ("2024年3月起", None, Deadline(None, None, "2024-03-01", "standing")),
        ("2024年9月1日起实施", None, Deadline(None, None, "2024-09-01", "standing")),
        ("3月起", 2023, Deadline(None, None, "2023-03-01", "standing")),
        # five-year plans
        ("“十四五”期间", None, Deadline(2025, "2025-12-31", "2021-01-01", "range")),
        ("十三五末", None, Deadline(2020, "2020-12-31", None, "date")),
        ("逐年推进", 2023, Deadline(None, None, None, "standing")),
        ("年度内", 2023, Deadline(2023, "2023-12-31", None, "date")),
        # years named relative to the notice's
        ("今年底前", 2024, Deadline(2024, "2024-12-31", None, "date")),
        ("明年6月底前", 2024, Deadline(2025, "2025-06-30", None, "date")),
        ("次年3月底前", None, Deadline(None, None, None, "unknown")),
        ("长效推进", 2024, Deadline(None, None, None, "standing")),
        ("按序时推进", 2024, Deadline(None, None, None, "unknown")),
        ("国庆节前", 2024, Deadline(2024, None, None, "unknown")),
        # dates in Chinese numerals
        ("二〇二四年十二月底前", None, Deadline(2024, "2024-12-31", None, "date")),
        ("二〇二五年六月三十日前", None, Deadline(2025, "2025-06-30", None, "date")),
        ("十一月底前", 2023, Deadline(2023, "2023-11-30", None, "date")),
        (None, 2023, Deadline(None, None, None, None)),
        # a quarter in Latin letters is that quarter, never the year's end
        ("2025年Q3", None, Deadline(2025, "2025-09-30", None, "date")),
        ("2025Q1", None, Deadline(2025, "2025-03-31", None, "date")),
        ("Q2", 2024, Deadline(2024, "2024-06-30", None, "date")),
    ],
)
def test_resolve(due: str | None, year: int | None, expected: Deadline) -> None:
    assert resolve(due, year) == expected


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("……2020年12月底前印发实施。", "2020年12月底前"),
        ("力争6月底前完成全部整改。", "6月底前"),
        ("3月15日前报送方案。", "3月15日前"),
        ("三季度末前建成平台。", "三季度末前"),
        ("年底前实现全覆盖。", "年底前"),
        ("年内建成投用。", "年内"),
        ("每年3月底前报送上年度总结。", "每年3月底前"),
        ("每年开展两次应急演练。", "每年"),  # how often the work is done: its cadence, as written
        ("培训基层人员每年1000人次以上。", None),
        ("对每个托位每年补贴3000元。", None),  # a rate of a measure
        ("每季度开展一次联合检查。", "每季度"),
        ("2024年至2025年每年3月底前报送评估报告。", "2024年至2025年每年3月底前"),
        ("在汛期前完成堤防巡查。", "汛期前"),
        ("景区旅游旺季前完成游步道修缮。", "旅游旺季前"),
        ("迎峰度夏期间，用电高峰期前完成线路检修。", "用电高峰期前"),
        ("新增就业1.5万人以上。", None),
        ("12个月内完成。", None),
        ("上半年完成项目选址。", "上半年"),
        # a quarter with its year is a point in time, as a half-year with its year, the year kept
        ("2026年第三季度举办全市职业技能大赛。", "2026年第三季度"),
        ("完成河道清淤，2024年四季度完成。", "2024年四季度"),
        ("2027年第一季度末前建成调度平台。", "2027年第一季度末前"),
        ("与2023年第三季度相比下降8%。", None),
        ("2026年第二季度起执行新标准。", None),
        ("建立信用评价制度，全年完成首轮评价。", "全年"),
        ("全年完成固定资产投资80亿元。", "全年"),  # the year of its target too
        ("全年开展巡查不少于4次。", "全年"),
        ("全年不少于4次。", None),  # a count over the year: how often, no time of its own
        ("较上年全年增长5%。", None),
        ("全年平均气温较高。", None),
        ("2024年3月1日至2024年6月30日开展集中整治。", "2024年3月1日至2024年6月30日"),
        ("2025年5月至9月开展汛期巡查。", "2025年5月至9月"),
        ("2022年—2023年分两批实施。", "2022年—2023年"),
        # a date inside a cited title is the cited document's, never the task's
        ("按照《湖滨县全民健身实施计划（2021—2025年）》，建设健身步道。", None),
        ("执行《关于2027年底前完成农村公路提档升级的意见》，推进路网改造。", None),
        ("对标《乡村振兴战略规划（2018—2022年）》要求，9月底前完成评估。", "9月底前"),
        ("落实《关于〈2026年行动纲要〉的实施细则》，完善制度。", None),
        ("依据《某市生态环境保护规划》，2026年6月底前完成整改。", "2026年6月底前"),
        ("宣传《2025年度报告》的要点", None),
        ("引用《未完的标题2028年底前", "2028年底前"),  # (a title left open is none)
        # long-term work opening a clause, where nothing else dates the task
        ("改建日间照料站5个，长期推进助餐服务网点建设。", "长期推进"),
        ("长期坚持开展河道保洁。", "长期坚持"),
        ("长期推进助餐服务，2026年底前覆盖全部社区。", "2026年底前"),
        ("持续推进助餐服务网点建设。", "持续推进"),
        ("落实告知承诺制，持续推进“跨省通办”。", None),  # (持续推进 after the item's opening: a verb)
        ("改建日间照料站5个，持续推进助餐服务网点建设，2026年底前覆盖全部社区。", "2026年底前"),
        ("各街道要长期推进助餐服务。", None),
        # a start then a verb alone closing the text: the measure's start; a start opening a clause of work is the
        # work's start too (standing from then), where nothing else dates the task
        ("建立容错备案制度，推行柔性执法，2024年起实施。", "2024年起"),
        ("完善统计监测，2025年起实行月报制度。", "2025年起"),
        ("2025年起，家政服务员年培训规模不少于5000人次。", "2025年起"),
        ("2026年3月起在各乡镇设立服务专区。", "2026年3月起"),
        ("2025年起草完成实施细则。", None),
        ("按照《2024年起施行的条例》开展检查。", None),
        ("完善统计监测，2025年起实行月报制度，2025年底前完成。", "2025年底前"),
        # a school term the work is ready for, not one it is done in
        ("新建城东小学，确保秋季学期投入使用。", "秋季学期"),
        ("秋季学期开展防溺水安全教育。", None),
        # a cadence with 动态 / 定期 before a verb of the list; its extent is the cycle word
        ("编制重点项目清单，每年动态调整一次。", "每年"),
        ("建立重点项目清单，实行动态管理。", None),
        # a year written with 内 is the time of the work, as 年内 is (not a span of years, nor a comparison)
        ("建设农贸市场，2026年内新增标准化市场4个。", "2026年内"),
        ("力争5年内新增标准化市场4个。", None),
        ("交易额较2024年内同期增长一成。", None),
    ],
)
def test_deadline_in_prose(text: str, due: str | None) -> None:
    assert deadline_in_prose(text) == due


@pytest.mark.parametrize(
    ("metadata", "year"),
    [
        (Metadata(title="2023年全县安全生产工作要点", signed="2022-12-20"), 2023),
        (Metadata(title="关于加强河道管理的实施方案", signed="2022-12-20", published="2023-01-05"), 2022),
        (Metadata(title="关于加强河道管理的实施方案", published="2023-01-05"), 2023),
        (Metadata(title="关于加强河道管理的实施方案", doc_number="某府办发〔2021〕7号"), 2021),
        (Metadata(title="2021—2023年行动计划", doc_number="某府办发〔2020〕9号"), 2020),
        (Metadata(title="关于加强河道管理的实施方案"), None),
    ],
)
def test_notice_year(metadata: Metadata, year: int | None) -> None:
    assert notice_year(metadata) == year


WORK_POINTS = """\
2024年某县应急管理工作要点
一、强化责任落实
1、修订县级安全生产责任清单，6月底前印发。（县应急管理局牵头，县委组织部配合）
2、开展重点行业专项检查，三季度末前完成。（县应急管理局负责）
二、提升应急能力
3、建成县级应急物资储备库，年底前投入使用。（县发展改革局牵头，县财政局配合）
4、每季度开展一次综合演练。（县应急管理局负责）
5、完善值班值守制度，按要求落实。（县应急管理局负责）
6、修订防汛预案。
牵头单位：县水利局
完成时限：2024年汛前。
"""


def test_work_points_without_years_take_the_title_year() -> None:
    notice = parse_text(WORK_POINTS)
    got = [(t.id, t.due, t.due_year, t.due_date, t.due_kind) for t in notice.tasks]
    assert got == [
        (1, "6月底前", 2024, "2024-06-30", "date"),
        (2, "三季度末前", 2024, "2024-09-30", "date"),
        (3, "年底前", 2024, "2024-12-31", "date"),
        (4, "每季度", None, None, "standing"),
        (5, None, None, None, None),
        (6, "2024年汛前", 2024, None, "unknown"),
    ]


def test_a_deadline_that_cannot_be_dated_is_a_warning() -> None:
    text = WORK_POINTS.replace("2024年某县应急管理工作要点", "某县应急管理工作要点").replace("2024年汛前", "汛前")
    notice = parse_text(text)
    assert [t.due_kind for t in notice.tasks[:3]] == ["unknown"] * 3
    undated = [w for w in notice.warnings if w.code == "deadline-undated"]
    assert [w.line for w in undated] == [3, 4, 6, 9]


# 全年 as the time of what is done in the item's text, and as a target's year
WHOLE_YEAR = """\
2025年某县市场监管工作要点
一、强化信用监管
1.建立食品生产企业信用档案，全年完成首轮分级评价。（县市场监管局负责）
2.全年完成抽检任务1200批次以上。（县市场监管局负责）
3.推进“双随机”抽查，上半年完成年度计划的一半。（县市场监管局牵头，县商务局配合）
"""


def test_a_whole_year_opening_a_clause_of_the_text_is_the_deadline() -> None:
    notice = parse_text(WHOLE_YEAR)
    got = [(t.id, t.due, t.due_year, t.due_date) for t in notice.tasks]
    assert got == [
        (1, "全年", 2025, "2025-12-31"),
        (2, "全年", 2025, "2025-12-31"),
        (3, "上半年", 2025, "2025-06-30"),
    ]


# a bracket's deadline piece of work that goes on through the year (kept whole), and the same words as
# the verb of an item's own text (the year only)
YEAR_LONG = """\
2021年某市营商环境工作要点
一、优化政务服务
1.推行惠企政策免申即享。（市发展改革委牵头，市财政局配合，年内持续推进）
2.年内持续推进“一网通办”改革，扩大事项覆盖面。（市政务服务中心负责）
"""


def test_work_through_the_year_in_a_bracket_is_kept_whole() -> None:
    notice = parse_text(YEAR_LONG)
    got = [(t.id, t.due, t.due_year, t.due_date, t.due_kind) for t in notice.tasks]
    assert got == [
        (1, "年内持续推进", 2021, "2021-12-31", "date"),
        (2, "年内", 2021, "2021-12-31", "date"),
    ]


# a task table with no title, date or 文号 whose only year is named in a task's own deadline
YEAR_ONLY_IN_A_DEADLINE = """\
序号\t工作任务\t责任单位\t完成时限
1\t举办桃花节开幕式\t县文旅局\t2021年3月底前
2\t完成游客中心改造\t县文旅局\t9月底前
3\t新建停车场一处\t县住建局\t年底前
"""


@pytest.mark.parametrize(
    ("text", "dates", "warned"),
    [
        (YEAR_ONLY_IN_A_DEADLINE, ["2021-03-31", "2021-09-30", "2021-12-31"], [2]),
        # two years among the deadlines: neither is the notice's, and the deadlines without one stay undated
        (YEAR_ONLY_IN_A_DEADLINE.replace("\t年底前", "\t2020年底前"), ["2021-03-31", None, "2020-12-31"], []),
        # a year in a task's prose dates nothing: a past year looked back on, a target's year
        (YEAR_ONLY_IN_A_DEADLINE.replace("\t2021年3月底前", "\t3月底前").replace("举办", "巩固2019年"), [None] * 3, []),
        (
            YEAR_ONLY_IN_A_DEADLINE.replace("\t2021年3月底前", "\t3月底前").replace("一处", "，到2025年达到200个车位"),
            [None] * 3,
            [],
        ),
    ],
)
def test_a_notice_with_no_year_of_its_own_takes_the_only_year_its_deadlines_name(
    text: str, dates: list[str | None], warned: list[int]
) -> None:
    notice = parse_text(text)
    assert [t.due_date for t in notice.tasks] == dates
    assert [w.line for w in notice.warnings if w.code == "deadline-year-from-text"] == warned
    undated = [w.line for w in notice.warnings if w.code == "deadline-undated"]
    assert undated == [line for line, date in zip((2, 3, 4), dates, strict=True) if date is None]


def _ids(result) -> list[int]:  # type: ignore[no-untyped-def]
    return [int(line.split("\t")[0]) for line in result.stdout.splitlines()[1:]]


def test_tasks_and_due_filter_by_month_and_sort_by_deadline() -> None:
    from policy_cli.cli import ExitCode, app

    from .conftest import SAMPLES, CliRunner

    runner = CliRunner()
    sample = str(SAMPLES / "qinglan_labelled_fenjie.txt")
    june = runner.invoke(app, ["due", "--month", "2021-06", "--notice", sample, "--format", "tsv"])
    assert june.exit_code == 0, june.output
    assert _ids(june) == [2, 5, 12, 13]
    same = runner.invoke(app, ["tasks", "-M", "2021年6月", "--notice", sample, "--format", "tsv"])
    assert _ids(same) == [2, 5, 12, 13]
    both = runner.invoke(app, ["tasks", "-M", "2021-06", "-M", "2021-12", "--notice", sample, "--format", "tsv"])
    ordered = runner.invoke(
        app, ["tasks", "-M", "2021-06", "-M", "2021-12", "--by-deadline", "--notice", sample, "--format", "tsv"]
    )
    assert sorted(_ids(both)) == _ids(both) and sorted(_ids(ordered)) == _ids(both)
    assert _ids(ordered)[:4] == [2, 5, 12, 13]
    bad = runner.invoke(app, ["tasks", "--month", "2021-13"])
    assert bad.exit_code == ExitCode.USAGE and "not a month" in bad.output


@pytest.mark.parametrize(
    ("written", "due", "due_date"),
    [
        # a closing completion phrase after the cell's one time is dropped
        ("2024年6月底前完成", "2024年6月底前", "2024-06-30"),
        ("2016年6月底前取得阶段性成果", "2016年6月底前", "2016-06-30"),
        ("2017年8月份前完成", "2017年8月份前", "2017-08-31"),
        ("2025年底前建成", "2025年底前", "2025-12-31"),
        # the cell stays whole where anything else would go with the phrase
        ("2024年6月底前启动试点并逐步推开", "2024年6月底前启动试点并逐步推开", "2024-06-30"),
        # a cell of stages: the stage that ends the work, in the first stage's year
        ("2024年6月底前完成立项，12月底前完成验收", "12月底前", "2024-12-31"),
        ("分三年完成", "分三年完成", None),
    ],
)
def test_a_deadline_cell_loses_only_a_closing_completion_phrase(written: str, due: str, due_date: str | None) -> None:
    text = f"某县重点工作分工方案\n一、工作任务\n1.推进垃圾分类。\n牵头单位：县城管局\n完成时限：{written}\n"
    task = parse_text(text).tasks[0]
    assert (task.due, task.due_date) == (due, due_date)


@pytest.mark.parametrize(
    ("text", "due", "due_date"),
    [
        # an event in a month that names it: the month kept, dated at its end
        ("新建学生食堂2处，9月开学前投入使用。", "9月开学前", "2024-09-30"),
        ("完成河道清障，6月汛期前完成。", "6月汛期前", "2024-06-30"),
        ("2024年9月开学前完成校舍维修。", "2024年9月开学前", "2024-09-30"),
        # near forms: an event with no month stays undated, a recurrence standing
        ("秋季开学前完成校舍维修。", "秋季开学前", None),
        ("每学期开学前开展安全检查。", "每学期开学前", None),
    ],
)
def test_an_event_in_a_named_month_ends_with_the_month(text: str, due: str, due_date: str | None) -> None:
    found = deadline_in_prose(text)
    assert found == due
    assert resolve(found, 2024).date == due_date


def test_a_dated_copy_of_a_task_is_the_task_built_with_those_fields() -> None:
    """_dated fills a new Task's fields without calling Task.__init__: it must give what __init__
    gives, field for field and in the same order (equality and the dump follow that order)."""
    from dataclasses import fields

    from policy_cli.models import Task
    from policy_cli.parse.deadlines import _dated

    task = Task(id=3, path="一/（二）", source="body", text="完成普查。", lead=("县统计局",), line=7)
    due = {"due": "2025年6月底前", "due_year": 2025, "due_date": "2025-06-30", "due_kind": "date"}
    built = Task(**{**{f.name: getattr(task, f.name) for f in fields(Task)}, **due})
    dated = _dated(task, **due)
    assert dated == built
    assert list(vars(dated)) == list(vars(built))
    assert list(vars(dated).values()) == list(vars(built).values())


# a date inside a cited title, in an item's prose and in a table's task cell (no deadline column): the
# cited document's years, never the task's deadline; a deadline beside the title is still read
CITED_TITLES = """\
柳川县2025年体育工作要点
一、重点任务
（一）实施《柳川县全民健身设施补短板工程（2023—2026年）》，新建社区球场12片。（县文体旅局负责）
（二）按照《关于2027年底前建成15分钟健身圈的指导意见》，完善健身设施布局。（县文体旅局牵头，县住建局配合）
（三）对照《青少年体育促进计划（2024—2028年）》要求，9月底前完成中小学体育场馆开放评估。（县教育局负责）
（四）举办第三届全民运动会。（县文体旅局负责）
"""

CITED_TITLE_IN_A_TASK_CELL = """\
柳川县2025年体育惠民任务分解表
序号\t工作任务\t责任单位
1\t落实《关于2026年底前实现村级健身广场全覆盖的通知》，推进村级广场建设\t县文体旅局
2\t新建社区球场12片，10月底前投入使用\t县住建局
"""


@pytest.mark.parametrize(
    ("text", "dues"),
    [
        (CITED_TITLES, [None, None, "9月底前", None]),
        (CITED_TITLE_IN_A_TASK_CELL, [None, "10月底前"]),
    ],
)
def test_a_date_inside_a_cited_title_is_never_the_tasks_deadline(text: str, dues: list[str | None]) -> None:
    notice = parse_text(text)
    assert [t.due for t in notice.tasks] == dues
    assert not [w for w in notice.warnings if w.code.startswith("deadline")]


# a deadline labelled after an item's annotation, all that is left of the item: the task's deadline, its
# label no part of the text, and no cut-off warning where it ends the notice; near forms keep their text
DUE_LABELLED_AFTER_UNITS = """\
河阳县2025年数字政府建设任务分工
一、重点任务
（一）上线一网通办移动端。（牵头单位：县数据局）完成时限：二季度
（二）完成政务云扩容。（牵头单位：县数据局；配合单位：县财政局；完成时限：9月底前）时间节点：10月底前
（三）整合部门专网。（牵头单位：县数据局）完成时限：年底前，另开展一次安全测评。
（四）建设县级视频共享平台。（牵头单位：县公安局；配合单位：县数据局）。时限要求：2025年11月底前
"""


def test_a_deadline_labelled_after_an_annotation_is_the_tasks() -> None:
    notice = parse_text(DUE_LABELLED_AFTER_UNITS)
    got = [(t.text, t.due, t.due_date) for t in notice.tasks]
    assert got == [
        ("上线一网通办移动端。", "二季度", "2025-06-30"),
        ("完成政务云扩容。时间节点：10月底前", "9月底前", "2025-09-30"),  # its annotation names one
        ("整合部门专网。完成时限：年底前，另开展一次安全测评。", "年底前", "2025-12-31"),  # more text after it
        ("建设县级视频共享平台。", "2025年11月底前", "2025-11-30"),
    ]
    assert not [w for w in notice.warnings if "cut-off" in w.code]


# holidays and the middle of the year, as 工作要点 write them: each a deadline, dated where it can be (年中:
# June's end), kept and warned where it cannot (a holiday); a word that only holds them is none
HOLIDAYS = """\
河阳县2025年文明城市创建工作要点
一、重点任务
（一）完成主干道景观提升，“五一”前完工。（县住建局负责）
（二）开展龙舟赛事安全检查，端午节前完成。（县文旅局负责）
（三）完成公园绿化补植，清明前完成。（县林业局负责）
（四）完成背街小巷改造，年中完成。（县城管局负责）
（五）组织年中考核，通报各单位进展。（县文明办负责）
（六）完成节日亮化，国庆节前完成。（县城管局负责）
"""


def test_holidays_and_the_middle_of_the_year_are_read_alike() -> None:
    notice = parse_text(HOLIDAYS)
    got = [(t.due, t.due_date, t.due_kind) for t in notice.tasks]
    assert got == [
        ("“五一”前", None, "unknown"),
        ("端午节前", None, "unknown"),
        ("清明前", None, "unknown"),
        ("年中", "2025-06-30", "date"),
        (None, None, None),
        ("国庆节前", None, "unknown"),
    ]
    undated = [w.line for w in notice.warnings if w.code == "deadline-undated"]
    assert undated == [3, 4, 5, 8]


# the same deadline label on the line after the annotated item: the task's deadline, with no warning; near
# forms: an annotation naming its own deadline keeps it (the line is warned as not used), and a deadline line
# under an item with no annotation names no unit (warned)
DUE_LINE_AFTER_UNITS = """\
河阳县2025年数字政府建设任务分工
一、重点任务
（一）上线一网通办移动端。（牵头单位：县数据局）
完成时限：二季度
（二）完成政务云扩容。（牵头单位：县数据局；完成时限：9月底前）
完成时限：10月底前
（三）整合部门专网。
完成时限：年底前
"""


def test_a_deadline_line_after_an_annotated_item_is_the_tasks() -> None:
    notice = parse_text(DUE_LINE_AFTER_UNITS)
    assert [(t.text, t.due, t.due_date) for t in notice.tasks] == [
        ("上线一网通办移动端。", "二季度", "2025-06-30"),
        ("完成政务云扩容。", "9月底前", "2025-09-30"),
    ]
    assert [(w.code, w.line) for w in notice.warnings] == [
        ("label-without-unit", 6),
        ("labels-not-used", 6),
        ("label-without-unit", 8),
    ]


# a plan with no year of its own: one task's deadline names 2027, its steps put the year's work in 2025
YEAR_IN_ITS_STEPS = """\
某区城市管理工作要点
一、重点工作
1.推进垃圾分类。新建投放点100个，6月底前完成。（区城管局负责）
2.改造公厕。改造提升公厕20座。（区城管局负责，2027年6月底前）
二、{heading}
2025年3月—5月为部署阶段；2025年6月—11月为实施阶段；12月为总结阶段。
"""


@pytest.mark.parametrize(
    ("heading", "dates", "warned"),
    [
        # the one year the plan's steps name is the notice's, before the year of one task
        ("进度安排", ["2025-06-30", "2027-06-30"], [6]),
        ("实施步骤", ["2025-06-30", "2027-06-30"], [6]),
        # a part of other words is no steps of the plan: the only year the tasks name
        ("工作要求", ["2027-06-30", "2027-06-30"], [4]),
    ],
)
def test_a_notice_with_no_year_of_its_own_takes_the_one_year_its_steps_name(
    heading: str, dates: list[str], warned: list[int]
) -> None:
    notice = parse_text(YEAR_IN_ITS_STEPS.format(heading=heading))
    assert [t.due_date for t in notice.tasks] == dates
    assert [w.line for w in notice.warnings if w.code == "deadline-year-from-text"] == warned


# steps that start late in their year: 6月底前 read in it would fall before the plan starts
STEPS_STARTING_LATE = """\
某县营商环境攻坚行动方案
一、重点任务
（一）压减审批时限。6月底前实现审批全流程网办。（县行政审批局）
（二）清理拖欠账款。年底前清偿到期账款。（县财政局）
二、进度安排
（一）部署阶段（{start}）。
（二）实施阶段。全面推进各项任务。
"""


@pytest.mark.parametrize(
    ("start", "dates"),
    [
        # a yearless deadline before the month the steps start in: the steps' year is not the work's
        ("2023年12月", [None, None]),
        ("2024年3月", ["2024-06-30", "2024-12-31"]),
        ("2024年6月", ["2024-06-30", "2024-12-31"]),
    ],
)
def test_the_steps_year_is_taken_only_where_no_deadline_falls_before_the_steps_start(
    start: str, dates: list[str | None]
) -> None:
    notice = parse_text(STEPS_STARTING_LATE.format(start=start))
    assert [t.due_date for t in notice.tasks] == dates


@pytest.mark.parametrize(
    ("item", "due"),
    [
        # a cycle written with 按 before the work done each time is the schedule the task keeps, as 每季度 is
        ("按季度更新重点项目进展信息。", "按季度"),
        ("按月通报整改进展。", "按月"),
        # near case: 按 a period that is no cycle of the work
        ("按季度分解年度目标。", None),
    ],
)
def test_a_cycle_written_with_an(item: str, due: str | None) -> None:
    notice = parse_text("某县政务公开工作要点\n一、重点工作\n1." + item + "（县发展改革局）\n")
    assert notice.tasks[0].due == due


@pytest.mark.parametrize(
    ("annotation", "due"),
    [
        ("（县水利局牵头，县财政局配合，2025年11月中旬前）", "2025年11月中旬前"),
        ("（县水利局牵头，县财政局配合，2025年11月中旬）", "2025年11月中旬"),
        ("（县水利局负责，9月下旬以前）", "9月下旬以前"),
    ],
)
def test_a_deadline_by_part_of_a_month_keeps_its_before(annotation: str, due: str) -> None:
    from policy_cli.parse import parse_text

    (task,) = parse_text("西岭县2025年防汛工作方案\n一、工作安排\n1.开展汛前隐患排查。" + annotation + "\n").tasks
    assert task.due == due
