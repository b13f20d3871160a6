"""Deadlines in prose written as a run of quarters, as stages dated one by one, or as a year opening a sentence of
the task's target: each is read whole, as a clerk types it, and near-misses stay as they were."""

from __future__ import annotations

import pytest

from policy_cli.parse.deadlines import deadline_in_prose, resolve, year_of_the_work


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a run of quarters keeps both ends (not cut to its first quarter)
        ("2024年第三季度至2025年第二季度，新建老年助餐点50个。", "2024年第三季度至2025年第二季度"),
        ("2024年一季度至三季度完成摸底。", "2024年一季度至三季度"),
        ("第三季度至第四季度完成摸底。", "第三季度至第四季度"),
        ("2025年三、四季度完成验收。", "2025年三、四季度"),
        # near-misses: a comparison, a start, stages each with its work, a quarter of each year
        ("较2024年一至三季度增长5%。", None),
        ("2024年第三季度起实施。", None),
        ("2024年三季度完成设计，四季度完成施工。", "2024年三季度完成设计，四季度"),
        ("每年一季度、三季度开展检查。", "每年一季度、三季度"),
        # months of each year, all kept (not cut to the first); a list going on past them stops at its last month
        ("每年3月、9月集中开展两次村庄清洁行动。", "每年3月、9月"),
        ("每年6月、县级开展检查。", "每年6月"),
    ],
)
def test_deadline_in_prose(text: str, due: str | None) -> None:
    assert deadline_in_prose(text) == due


@pytest.mark.parametrize(
    ("due", "date", "start", "kind"),
    [
        ("2024年第三季度至2025年第二季度", "2025-06-30", "2024-07-01", "range"),
        ("2024年三季度至2025年一季度", "2025-03-31", "2024-07-01", "range"),
        ("2024年第三季度至第四季度", "2024-12-31", "2024-07-01", "range"),
        # backwards, or two quarters apart over two years: no run (the later end, as before)
        ("2025年第三季度至2024年第四季度", "2025-09-30", None, "date"),
        ("2024年三季度、2025年一季度", "2025-03-31", None, "date"),
        # a span of years with months of each: the last month of the last year
        ("2024年至2026年每年3月、9月", "2026-09-30", "2024-01-01", "range"),
        ("2024年至2025年每年3月底前", "2025-03-31", "2024-01-01", "range"),
        # an event of the next year: its year, no day
        ("明年汛前", None, None, "unknown"),
        ("枯水期前", None, None, "unknown"),
    ],
)
def test_resolve(due: str, date: str | None, start: str | None, kind: str) -> None:
    found = resolve(due, 2024)
    assert (found.date, found.start, found.kind) == (date, start, kind)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # stages staged by place, each date opening its clause, the place after a comma: the last
        (
            "建设中心。到2025年底，城东区、城西区实现全覆盖；2026年底，新区实现全覆盖；2027年底，北山县实现全覆盖。",
            "2027年底",
        ),
        ("确保到2032年底，甲县实现目标；2033年底，乙市实现目标。到2034年全州全部实现目标，通过验收。", "到2034年"),
        # near-misses: one date; a clause that goes on after its comma; a date inside a clause
        ("2025年6月底前，完成摸底排查。", "2025年6月底前"),
        ("到2025年底，全县覆盖率达到90%，2024年底前完成试点。", "到2025年底"),
        ("全面完成2024年底，各乡镇要于6月底前报送情况。", "2024年底"),
        ("2024年底前，完成摸底。2025年起全面推开。", "2024年底前"),
        # a Latin quarter or a date in Chinese numerals, with its year
        ("推进改造。2024年Q3完成改造500户。", "2024年Q3"),
        ("2025年Q1-Q3完成摸底。", "2025年Q1-Q3"),
        ("执行GB2024Q3标准。", None),
        ("修订预案。二〇二五年九月底前修订县级专项应急预案。", "二〇二五年九月底前"),
        ("统一月底前报送。", None),
        # a range of months into the next year, in prose
        ("2025年11月至次年3月，开展冬季专项行动。", "2025年11月至次年3月"),
        ("2025年12月—翌年2月底开展供暖保障。", "2025年12月—翌年2月底"),
        ("2025年4月至6月，开展集中整治。", "2025年4月至6月"),
        # how things stand at a date is no deadline
        ("截至2025年底，全县已建成站点30个。", None),
        ("截止2025年底，完成率为80%。", None),
        ("到2025年底，全县建成站点30个。", "到2025年底"),
        # an event of the next year keeps its word (not cut to 汛前, the notice's)
        ("完成除险加固8座，明年汛前完工。", "明年汛前"),
        ("次年汛期前完成整治。", "次年汛期前"),
        ("较明年汛前提前完成。", "汛前"),
        # the low-water season, as river works write it: an event, undated
        ("实施河道清淤。枯水期前完成主要河道清淤。", "枯水期前"),
        ("丰水期水位监测。", None),
        # a start after 自 then a rule applied from then on
        ("下调税额标准，自2019年1月1日起按标准调整到位。", "2019年1月1日起"),
        ("自2026年7月1日起，本办法废止。", None),
    ],
)
def test_deadline_in_prose_of_stages_and_forms(text: str, due: str | None) -> None:
    assert deadline_in_prose(text) == due


@pytest.mark.parametrize(
    ("text", "notice_year", "due"),
    [
        # a year opening a sentence, then one clause setting a target
        ("节约用水。严格取水管理。2018年，全市年用水总量控制在3.2亿立方米以内。", 2018, "2018年"),
        ("治理污水。2025年，全县农村生活污水治理率达到45%以上。", 2025, "2025年"),
        # near-misses: a year before the notice's, a clause that goes on, no notice year, a month, no target
        ("2023年，全县污水治理率达到40%。", 2025, None),
        ("2025年，全县完成30个，在此基础上推广。", 2025, None),
        ("2025年，全县治理率达到45%。", None, None),
        ("2025年3月，全县治理率达到45%。", 2025, None),
        ("2026年，召开全县大会。", 2025, None),
        # a year before passing a review, as before completing: the target reached then
        ("开展健康教育。力争2026年通过国家卫生城市复审。", 2025, "2026年"),
        ("2026年通过网上平台申报。", 2025, None),
    ],
)
def test_a_year_opening_a_sentence_of_a_target(text: str, notice_year: int | None, due: str | None) -> None:
    assert year_of_the_work(text, notice_year) == due


def test_a_target_year_after_a_stage_with_its_work_is_still_no_stage() -> None:
    text = "2026年6月底前完成方案；到2028年，全县覆盖率达到95%。"
    assert deadline_in_prose(text) == "2026年6月底前"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a run of times right after one another, the work done in batches by the last: both kept, as a cell keeps them
        ("6月底前、12月底前分两批完成。", "6月底前、12月底前"),
        ("2025年上半年、下半年各开展一次评估。", "2025年上半年、下半年"),
        # near-misses: stages each with its work, a cadence or a standing word beside a time
        ("2025年6月底前完成自查、12月底前完成整改。", "2025年6月底前完成自查、12月底前"),
        ("6月底前、每季度报送。", "6月底前"),
        ("持续推进、年底前完成。", "持续推进"),
        # the end of a five-year plan as the time a target is reached (not the plan's span)
        ("到“十四五”末，全县中小学智慧校园覆盖率达到80%。", "到“十四五”末"),
        ("“十四五”期间，全县新建学校10所。", None),
    ],
)
def test_runs_of_times_and_a_plan_s_end(text: str, due: str | None) -> None:
    assert deadline_in_prose(text) == due


@pytest.mark.parametrize(
    ("due", "date", "start", "kind"),
    [
        ("6月底前、12月底前", "2025-12-31", None, "date"),
        ("2025年上半年、下半年", "2025-12-31", None, "date"),
        ("到“十四五”末", "2025-12-31", None, "date"),
        ("至十四五期末", "2025-12-31", None, "date"),
        ("“十四五”期间", "2025-12-31", "2021-01-01", "range"),
    ],
)
def test_resolve_runs_and_a_plan_s_end(due: str, date: str | None, start: str | None, kind: str) -> None:
    found = resolve(due, 2025)
    assert (found.date, found.start, found.kind) == (date, start, kind)
