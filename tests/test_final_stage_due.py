"""A deadline naming several dated stages of one work (a cell, a labelled line, an annotation or prose): the due is
the stage that ends the work, the latest, as written, with its year (taken from an earlier stage when only that
one names it). Times written bare, a cadence, a start, a cited date, a share of the work or a cadence's first
run are no stage ending it."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.deadlines import deadline_in_prose, final_stage


@pytest.mark.parametrize(
    ("due", "written", "dated"),
    [
        # stages, each with its work: the last
        ("2026年5月底前形成初步成效，2026年11月底前全部销号", "2026年11月底前", "2026年11月底前"),
        ("2026年2月底前完成摸排，7月底前全域推广应用", "7月底前", "2026年7月底前"),
        ("2026年上半年完成接口改造，年底前全面推行", "年底前", "2026年年底前"),
        ("2026年4月底前启动，10月底前完成", "10月底前", "2026年10月底前"),
        ("分阶段推进，2026年3月底前完成清单编制，2026年9月底前完成系统上线", "2026年9月底前", "2026年9月底前"),
        # a stage's label or scope before its date
        ("第一阶段2026年3月底前，第二阶段2026年8月底前", "2026年8月底前", "2026年8月底前"),
        ("市级2026年5月底前、县级2026年11月底前", "2026年11月底前", "2026年11月底前"),
        # a later clause that is a share of the work or the first run of a cadence: no stage ending it
        ("2026年3月底前完成溯源，年底前完成整改任务的60%", "2026年3月底前", "2026年3月底前"),
        ("2026年5月底前出台考评办法，11月底前开展首次考评", "2026年5月底前", "2026年5月底前"),
        # a later stage after 次年 (翌年, 明年) falls in the next year; a yearless one before the stage before it
        # is no later stage (never rolled into the next year without such a word)
        ("2024年12月底前完成摸底，6月底前全面推开", "2024年12月底前", "2024年12月底前"),
        ("2025年12月底前全面完成，城区部分6月底前完成", "2025年12月底前", "2025年12月底前"),
        ("2025年10月底前完成整改，9月底前完成自查", "2025年10月底前", "2025年10月底前"),
        ("2025年11月底前完成入库，次年3月底前完成复核", "3月底前", "2026年3月底前"),
        ("2025年11月底前完成入库，明年3月底前完成复核", "3月底前", "2026年3月底前"),
        ("2025年10月底前完成摸排，翌年12月底前完成改造", "12月底前", "2026年12月底前"),
        ("2024年12月底前完成摸底，2025年6月底前全面推开", "2025年6月底前", "2025年6月底前"),
        ("次年3月底前完成复核，6月底前验收", "次年3月底前完成复核，6月底前验收", "次年3月底前完成复核，6月底前验收"),
        # a later date for reporting on the work is no stage ending it
        ("2025年10月底前完成，并于11月5日前报送工作情况", "2025年10月底前", "2025年10月底前"),
        ("2025年12月底前完成，2026年1月10日前报送总结", "2025年12月底前", "2025年12月底前"),
        ("2025年10月底前完成自查，11月底前向县政府报告", "2025年10月底前", "2025年10月底前"),
        # a report stage in the middle: the stages after it still count
        ("2025年3月底前完成升级，6月底前上报县政务办备案，12月底前全面运行", "12月底前", "2025年12月底前"),
        # a part of the work is no later stage
        ("2025年9月底前完成，其中城区6月底前完成", "2025年9月底前", "2025年9月底前"),
        # 其中 in a bracket about quantities opens no later clause: the later stage ends the work
        ("2025年6月底前完成城区河段（其中主河道3公里），12月底前完成全县河段", "12月底前", "2025年12月底前"),
        # stages joined by 、
        ("县级2025年6月底前完成自查、10月底前完成整改", "10月底前", "2025年10月底前"),
        # a milestone's bare month before its work (开工) is a stage beside a later one
        ("5月开工，年内完工", "年内", "年内"),
        ("3月动工，年内完成主体工程", "年内", "年内"),
        # a later stage in the next year the times did not read: the cell as written (its next year kept)
        ("6月开工，年内完工，明年投用", "6月开工，年内完工，明年投用", "6月开工，年内完工，明年投用"),
        ("年内完工，明年底前投用", "年内完工，明年底前投用", "年内完工，明年底前投用"),
        ("6月开工，年内完工，次年6月投用", "6月开工，年内完工，次年6月投用", "6月开工，年内完工，次年6月投用"),
        ("6月底前完成试点，年底前全面推开，明年起实施", "年底前", "年底前"),  # a start, no later stage
        ("2025年12月底前完成明年计划编制，6月底前完成", "2025年12月底前", "2025年12月底前"),  # the work's own word
        # no stages: as written
        ("5月开工", "5月开工", "5月开工"),  # one milestone alone
        ("5月份工作，年内完工", "5月份工作，年内完工", "5月份工作，年内完工"),  # a month no milestone
        ("3月、8月", "3月、8月", "3月、8月"),  # two runs in the year
        ("5月底前、11月底前", "5月底前、11月底前", "5月底前、11月底前"),  # times bare, no work beside them
        ("每年3月底前、9月底前", "每年3月底前、9月底前", "每年3月底前、9月底前"),  # a cadence
        ("立行立改，2026年9月底前完成", "立行立改，2026年9月底前完成", "立行立改，2026年9月底前完成"),
        ("2025—2026年", "2025—2026年", "2025—2026年"),  # a range keeps both ends
        ("汛期前完成清淤，年底前完成加固", "汛期前完成清淤，年底前完成加固", "汛期前完成清淤，年底前完成加固"),
        ("2026年9月底前", "2026年9月底前", "2026年9月底前"),
    ],
)
def test_a_deadline_of_stages_keeps_the_last_as_written(due: str, written: str, dated: str) -> None:
    assert final_stage(due) == (written, dated)


STAGED = """\
南屏县2026年政务服务改革任务分工
1.推进婚育“一件事”。整合登记、生育服务、户籍等事项。
牵头单位：县民政局
配合单位：县卫生健康局
完成时限：2026年4月底前完成流程梳理，8月底前全县推开
2.建设综合受理窗口。在县政务服务中心设置综合窗口。
牵头单位：县政务服务中心
配合单位：各乡镇人民政府
完成时限：县级2026年5月底前、乡镇级2026年10月底前
3.建立差评整改机制。出台整改办法，开展回访评估。
牵头单位：县政务服务中心
配合单位：县直各有关部门
完成时限：2026年6月底前出台办法，12月底前开展首次回访评估
4.开展办事指引宣传。
牵头单位：县融媒体中心
配合单位：县政务服务中心
完成时限：3月、9月
5.整治积压件。对积压件逐件清理，2026年3月底前完成排查，9月底前全部办结。（县政务服务中心负责）
"""


def test_stages_in_a_notice_give_the_last_with_its_year() -> None:
    notice = parse_text(STAGED)
    got = [(t.due, t.due_year, t.due_date) for t in notice.tasks]
    assert got == [
        ("8月底前", 2026, "2026-08-31"),
        ("2026年10月底前", 2026, "2026-10-31"),
        ("2026年6月底前", 2026, "2026-06-30"),
        ("3月、9月", 2026, "2026-09-30"),
        ("9月底前", 2026, "2026-09-30"),
    ]


def test_a_later_stage_without_a_year_takes_the_earlier_stages_not_the_notices() -> None:
    notice = parse_text(STAGED.replace("南屏县2026年", "南屏县2025年"))
    assert (notice.tasks[0].due, notice.tasks[0].due_year, notice.tasks[0].due_date) == ("8月底前", 2026, "2026-08-31")


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a target the work reaches by the later date: the later date ends it
        ("升级自助终端，3月底前完成适老化改造，年底前自助办理占比达到70%。", "年底前"),
        # a share of the work done by then: a step of progress, the earlier date stays
        ("整治入河排口，2026年5月底前完成溯源，年底前完成整治任务的60%。", "2026年5月底前"),
        # the first run of work that then recurs: no stage ending the task's work
        ("建立考评机制，2026年5月底前出台考评办法，11月底前开展首次考评。", "2026年5月底前"),
        # the same later date closing the work: the last stage (the task keeps 11月底前, dated in 2026)
        ("建立考评机制，2026年5月底前出台考评办法，11月底前完成全部考评。", "2026年5月底前出台考评办法，11月底前"),
    ],
)
def test_a_later_clause_in_prose_is_a_stage_unless_a_share_or_a_first_run(text: str, due: str) -> None:
    assert deadline_in_prose(text) == due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("县级2025年6月底前完成自查、10月底前完成整改。", "2025年6月底前完成自查、10月底前"),  # 、 between stages
        ("2025年6月底前完成摸底，10月底前完成整改。", "2025年6月底前完成摸底，10月底前"),  # the form it was made for
        ("对3月底前、9月底前排查的问题进行整改。", None),  # bare times joined by 、: not stages
    ],
)
def test_prose_reaches_a_later_stage_joined_by_a_pause_mark(text: str, due: str | None) -> None:
    got = deadline_in_prose(text)
    assert got == due or (due is None and got != "3月底前、9月底前"), got


PROSE_STAGES = """\
青禾县2025年优化营商环境工作方案
一、主要任务
（一）推行证照联办。2024年12月底前完成摸底，6月底前全面推开。（责任单位：县政务服务中心）
（二）建设项目库。2025年11月底前完成入库，次年3月底前完成复核。（责任单位：县发改局）
（三）开展清理。县级2025年6月底前完成自查、10月底前完成整改。（责任单位：县司法局）
（四）推行联办。2025年10月底前完成，并于11月5日前报送工作情况。（责任单位：县政务服务中心）
（五）升级平台。2025年3月底前完成平台升级，6月底前上报县政务办备案，12月底前全面运行。（责任单位：县数据局）
（六）整治河段。2025年6月底前完成城区河段（其中主河道3公里），12月底前完成全县河段。（责任单位：县水利局）
（七）开展整改。2025年10月底前完成整改，9月底前完成自查。（责任单位：县司法局）
"""


def test_prose_stages_end_with_the_later_stage_not_a_report() -> None:
    notice = parse_text(PROSE_STAGES)
    assert [t.due_date for t in notice.tasks] == [
        "2024-12-31",
        "2026-03-31",
        "2025-10-31",
        "2025-10-31",
        "2025-12-31",
        "2025-12-31",
        "2025-10-31",
    ]
