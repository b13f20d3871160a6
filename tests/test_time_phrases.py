"""Deadlines written as a phrase or as several dates: in an annotation, in a labelled list of units, in prose
and in a cell. The end of the work is the deadline; the date of work already done, or of what is cleared up,
is none."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.deadlines import Deadline, deadline_in_prose, resolve
from policy_cli.parse.roles import parse_annotation


@pytest.mark.parametrize(
    ("due", "year", "expected"),
    [
        # a phased cell: its last stage's date
        (
            "分阶段推进，2026年5月底前完成清单梳理，2026年11月底前完成系统部署",
            2026,
            Deadline(2026, "2026-11-30", None, "date"),
        ),
        ("分步实施；2027年3月底前完成试点，2027年9月底前全面推开", None, Deadline(2027, "2027-09-30", None, "date")),
        ("分阶段推进", 2026, Deadline(None, None, None, "standing")),
        # a point without a year after one with a year is in that year, whatever the notice's
        ("2026年4月底前启动，11月底前完成", 2025, Deadline(2026, "2026-11-30", None, "date")),
        ("4月底前启动，11月底前完成", 2026, Deadline(2026, "2026-11-30", None, "date")),
        ("2026年4月、10月各组织一次", None, Deadline(2026, "2026-10-31", None, "date")),
        # never back before the date it follows: the notice's year then
        ("2025年12月底前完成摸底，6月底前完成整改", 2026, Deadline(2026, "2026-06-30", None, "date")),
        # work that starts then and goes on: standing from its start
        ("2026年起常态化巡查", None, Deadline(None, None, "2026-01-01", "standing")),
        ("2026年5月起每月通报", None, Deadline(None, None, "2026-05-01", "standing")),
        ("常态化巡查", 2026, Deadline(None, None, None, "standing")),
    ],
)
def test_a_deadline_of_several_dates_ends_with_the_last(due: str, year: int | None, expected: Deadline) -> None:
    assert resolve(due, year) == expected


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a start, then an end: the end (with the start's year when only the start names one)
        ("改造老旧供水管网，2026年4月底前启动，2026年11月底前完成。", "2026年11月底前"),
        ("新建物流分拨中心，二季度开工，四季度竣工。", "四季度"),
        ("建设区级应急指挥平台，上半年启动、下半年建成。", "下半年"),
        ("2026年4月底前启动，11月底前投用。", "2026年4月底前启动，11月底前"),
        # stages of the work, each dated in a clause of its own: the work ends with the last
        ("2026年4月底前完成设计，2026年11月底前投入使用。", "2026年11月底前"),
        ("2027年3月底前完成勘测设计，2028年5月底前完成全部管网铺设", "2028年5月底前"),
        ("分三步：第一阶段（2026年2月—5月）完成摸排；第二阶段（2026年6月—11月）完成整改。", "2026年6月—11月"),
        ("二季度完成场地选址，三季度建成投用，全年建成驿站12个。", "三季度"),
        ("2026年4月底前完成摸排，9月底前建立台账。", "2026年4月底前完成摸排，9月底前"),
        # a later date that is no stage of the work: a start, a recurrence, a bare year, a target year
        ("2026年4月底前启动试点，2027年全面推开。", "2026年4月底前"),
        ("2026年底前建成平台，2027年起常态化运行。", "2026年底前"),
        ("9月底前完成培训，每年12月底前报送总结。", "9月底前"),
        ("2026年6月底前完成方案，到2028年，覆盖率达到95%。", "2026年6月底前"),
        ("暑期完成校舍维修。", None),
        ("持续推进，年底前出台评估办法。", "持续推进"),
        ("2026年9月底前完成排污口溯源，年底前完成整治任务的70%。", "2026年9月底前"),
        # a date describing the thing worked on (inside its clause, a short verb and 的 before a noun) is never
        # the deadline; one opening its clause dates the clause's work
        ("摸排2005年底前建成的老旧街区，2026年4月底前完成。", "2026年4月底前"),
        ("对2012年以前敷设的供热管网开展检测，8月底前完成。", "8月底前"),
        ("为2016年底前安装的用户更换减压阀，11月底前完成。", "11月底前"),
        ("对2025年底前开工的项目开展决算清理。", None),
        ("复核2025年12月31日前到期的担保事项。", None),
        ("办结2025年12月底前未办结的投诉件，9月底前完成。", "9月底前"),
        ("为2020年1月1日后出生的儿童建立档案。", None),
        ("清理2024年6月底前登记的闲置车辆，2026年5月底前完成。", "2026年5月底前"),
        ("9月底前完成摸排的隐患整改。", "9月底前"),
        ("力争9月底前建成的示范点通过验收。", "9月底前"),
        # a date a verb of clearing up takes as its object
        ("集中化解2021年以前形成的拖欠工程款。", None),
        ("完成2022年底前到期合同的清理。", None),
        ("清理完成后，2026年6月底前报送结果。", "2026年6月底前"),
        ("2026年6月底前完成排查。", "2026年6月底前"),
        # the day the work starts, when no other deadline is named
        ("贯彻新修订的条例，自2026年7月1日起执行举报奖励制度。", "2026年7月1日起"),
        ("从2026年3月起推行电子证照，2026年底前实现全覆盖。", "2026年底前"),
        ("自2026年7月1日起，本办法同时废止。", None),
    ],
)
def test_a_deadline_in_prose_that_starts_then_ends_is_the_end(text: str, due: str | None) -> None:
    assert deadline_in_prose(text) == due


NOTICE = """\
南湖市2026年城市管理工作要点
一、重点任务
1.开展河道日常巡查。（市水利局负责，2026年起常态化巡查）
2.开展专项资金审计。（市审计局负责，2026年4月、10月各组织一次）
3.整治背街小巷环境。（市住建局牵头，市城管局配合，2026年3月部署、11月验收）
4.改造城区主干道路灯。（市交通局负责；2026年4月底前启动，11月底前完成）
5.建设文旅融合示范街区。（市文旅局负责；二季度开工，四季度竣工）
6.推进市中医院二期建设。（市卫健委牵头，市财政局配合；2025年已开工，2026年10月底前完工）
7.修订城市防洪预案。（市水利局负责，2026年底前完成）
8.清理占道经营。（市城管局负责，2026年6月底前完成，长期坚持）
9.改造老旧供水管网，2026年4月底前启动，2026年11月底前完成。（市水务局负责）
10.推进停车设施建设。
责任单位：市发展改革委，2026年5月开工、2026年12月建成
"""


def test_an_annotation_whose_time_is_a_phrase_keeps_its_task_and_dates_it() -> None:
    notice = parse_text(NOTICE)
    got = [(t.id, t.departments, t.lead, t.due, t.due_date, t.due_kind, t.due_from) for t in notice.tasks]
    assert got == [
        (1, ("市水利局",), (), "2026年起常态化巡查", None, "standing", "2026-01-01"),
        (2, ("市审计局",), (), "2026年4月、10月各组织一次", "2026-10-31", "date", None),
        (3, ("市住建局", "市城管局"), ("市住建局",), "2026年3月部署、11月验收", "2026-11-30", "date", None),
        # a start, then the end: the stage that ends the work, in the start's year
        (4, ("市交通局",), (), "11月底前", "2026-11-30", "date", None),
        (5, ("市文旅局",), (), "二季度开工，四季度竣工", "2026-12-31", "date", None),
        (6, ("市卫健委", "市财政局"), ("市卫健委",), "2026年10月底前", "2026-10-31", "date", None),
        # one date and a standing word: the date, as before
        (7, ("市水利局",), (), "2026年底前", "2026-12-31", "date", None),
        (8, ("市城管局",), (), "2026年6月底前", "2026-06-30", "date", None),
        (9, ("市水务局",), (), "2026年11月底前", "2026-11-30", "date", None),
        (10, ("市发展改革委",), (), "2026年5月开工、2026年12月建成", "2026-12-31", "date", None),
    ]
    assert [w.code for w in notice.warnings] == []


@pytest.mark.parametrize(
    ("body", "due"),
    [
        ("市水利局负责，2026年起常态化巡查", "2026年起常态化巡查"),
        ("市水利局负责；2026年6月、12月各开展一次", "2026年6月、12月各开展一次"),
        ("市水利局负责，2026年底前完成", "2026年底前"),
        ("市水利局负责；2025年已完成选址，2026年9月底前建成", "2026年9月底前"),
    ],
)
def test_a_time_phrase_is_read_as_the_annotations_deadline(body: str, due: str) -> None:
    assignment = parse_annotation(body)
    assert assignment is not None and assignment.departments == ("市水利局",)
    assert assignment.due == due


@pytest.mark.parametrize(
    ("body", "due", "due_date"),
    [
        # a phased way of working, then its stages' dates: all as written, the last stage's date ends it
        (
            "市数据局负责，分阶段推进，2026年5月底前完成清单梳理，2026年11月底前完成系统部署",
            "分阶段推进，2026年5月底前完成清单梳理，2026年11月底前完成系统部署",
            "2026-11-30",
        ),
        (
            "市数据局负责，分阶段推进，2026年4月底前，2026年10月底前",
            "分阶段推进，2026年4月底前，2026年10月底前",
            "2026-10-31",
        ),
        # the phrase alone, or with no date after it: standing, as before
        ("市数据局负责，分阶段推进", "分阶段推进", None),
        ("市数据局牵头，分阶段推进，市财政局配合", "分阶段推进", None),
        # a date without the phrase: as before
        ("市数据局负责，2026年5月底前", "2026年5月底前", "2026-05-31"),
    ],
)
def test_a_phased_annotation_reads_its_stages_dates_as_a_cell_does(body: str, due: str, due_date: str | None) -> None:
    assignment = parse_annotation(body)
    assert assignment is not None and assignment.due == due
    assert resolve(due, 2026).date == due_date


PHASED = """\
北岭县2026年数字政府建设工作要点
一、重点任务
1.建设政务数据共享平台。（县数据局负责，分阶段推进，2026年5月底前完成目录编制，2026年11月底前完成平台上线）
2.推进政务服务事项标准化。（县政务服务中心负责，分阶段推进）
"""


def test_a_phased_annotation_in_a_notice_is_dated_with_no_warning() -> None:
    notice = parse_text(PHASED)
    got = [(t.departments, t.due_date, t.due_kind) for t in notice.tasks]
    assert got == [(("县数据局",), "2026-11-30", "date"), (("县政务服务中心",), None, "standing")]
    assert [w.code for w in notice.warnings] == []


@pytest.mark.parametrize(
    "body",
    [
        "市水利局负责，2026年底前修订管理办法",  # a time, then the work: no phrase of time alone
        "市水利局负责，2026年起由市城管局接管",  # a unit after the time
        "市水利局负责，2026年6月底前",  # a plain deadline, no phrase
    ],
)
def test_a_time_then_work_or_units_is_no_time_phrase(body: str) -> None:
    assignment = parse_annotation(body)
    assert assignment is None or assignment.due in (None, "2026年6月底前")


UNITS_THEN_TIME = """\
东岭区2026年政务公开工作要点
一、重点任务
1.加强政务新媒体管理。（区委网信办、区政府办公室，按季度开展检查）
2.开展专项资金审计。（区审计局，2026年4月、10月各组织一次）
3.规范政府网站建设。（区大数据中心，按规定开展检查）
"""


def test_units_then_a_time_phrase_in_a_bracket_are_the_units_responsible_and_the_deadline() -> None:
    notice = parse_text(UNITS_THEN_TIME)
    got = [(t.id, t.departments, t.due, t.due_date, t.due_kind) for t in notice.tasks]
    assert got[:2] == [
        (1, ("区委网信办", "区政府办公室"), "按季度开展检查", None, "standing"),
        (2, ("区审计局",), "2026年4月、10月各组织一次", "2026-10-31", "date"),
    ]
    # how the work is done, not when: no deadline of the bracket's
    assert all(t.due != "按规定开展检查" for t in notice.tasks)


LABELLED = """\
西岭县2026年城建工作要点
一、重点任务
1.实施雨污分流改造。
责任单位：县住建局，2026年4月底前启动，11月底前完成
2.建设城市书房。
责任单位：县文旅局，2025年已开工，2026年9月底前完工
3.建设口袋公园。
责任单位：县林业局，县财政局，2026年底前
"""


def test_a_labelled_list_of_units_ending_in_several_dates_is_due_at_the_last_and_not_warned() -> None:
    notice = parse_text(LABELLED)
    assert [(t.departments, t.due, t.due_date) for t in notice.tasks] == [
        (("县住建局",), "11月底前", "2026-11-30"),
        (("县文旅局",), "2025年已开工，2026年9月底前完工", "2026-09-30"),
        # units apart by a comma before one deadline: the units, and the deadline alone
        (("县林业局", "县财政局"), "2026年底前", "2026-12-31"),
    ]
    assert [w.code for w in notice.warnings] == []
