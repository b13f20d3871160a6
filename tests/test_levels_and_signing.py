"""Levels read from the issuer, towns' and banks' units, yearless deadlines against the signing date,
and the date line under a 要点's issuer: the wrong readings gone, the right ones kept."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.deadlines import Deadline, deadline_in_prose, resolve


def _notice(issuer: str, title: str, signed: str, items: str) -> str:
    return (
        f"{issuer}关于印发{title}的通知\n各有关单位：\n现将《{title}》印发给你们，请认真贯彻落实。\n"
        f"{issuer}\n{signed}\n{title}\n一、重点任务\n{items}"
    )


# ------------------------------------------------------------------ levels

LEVELS = [
    (  # a district's notice: a city bureau's branch says nothing of the level of its bare units
        "白河区人民政府办公室",
        "（一）整治河道。（牵头单位：市自然资源局白河分局；配合单位：农业农村局、水务局）\n"
        "（二）修缮校舍。（牵头单位：教育局；配合单位：财政局）\n",
        [["市自然资源局白河分局", "区农业农村局", "区水务局"], ["区教育局", "区财政局"]],
    ),
    (  # kept: a county's notice naming its own bureaus gives the others its level
        "白河县人民政府办公室",
        "（一）整治河道。（牵头单位：县水务局；配合单位：农业农村局）\n（二）修缮校舍。（牵头单位：教育局）\n",
        [["县水务局", "县农业农村局"], ["县教育局"]],
    ),
    (  # kept: no government issues it, so the level most units carry is restored
        "白河市文化和旅游局",
        "（一）办好节会。（牵头单位：市文旅局；配合单位：市财政局、市公安局、人社局）\n",
        [["市文旅局", "市财政局", "市公安局", "市人社局"]],
    ),
    (  # a branch alone gives no level to bare units either
        "白河市文化和旅游局",
        "（一）保障节会交通。（牵头单位：市公安局白河分局；配合单位：交通运输局）\n",
        [["市公安局白河分局", "交通运输局"]],
    ),
    (  # a town's notice: its units keep their names; one county partner gives them no 县
        "白沙镇人民政府",
        "（一）清运垃圾。（牵头单位：镇环卫所；配合单位：农业服务中心、县交通运输局）\n"
        "（二）建设管网。（牵头单位：镇村镇建设办；配合单位：镇财政所）\n",
        [["镇环卫所", "农业服务中心", "县交通运输局"], ["镇村镇建设办", "镇财政所"]],
    ),
    (  # a county's notice: a town's, a village's units, banks and a county bureau's offices in towns keep
        # their names, while the county's bureaus (乡村振兴局, 乡镇企业局) and units take its level
        "白河县人民政府办公室",
        "（一）推进金融服务。（牵头单位：县金融办；配合单位：农商银行、邮储银行白河支行、乡村振兴局）\n"
        "（二）加强治安。（牵头单位：县公安局；配合单位：派出所、司法所、驻村工作队、镇综治办、街道综治办）\n"
        "（三）改善医疗。（牵头单位：县卫健局；配合单位：人民医院、村卫生室、乡镇企业局）\n",
        [
            ["县金融办", "农商银行", "邮储银行白河支行", "县乡村振兴局"],
            ["县公安局", "派出所", "司法所", "驻村工作队", "镇综治办", "街道综治办"],
            ["县卫健局", "县人民医院", "村卫生室", "县乡镇企业局"],
        ],
    ),
]


@pytest.mark.parametrize(("issuer", "items", "units"), LEVELS)
def test_units_take_the_issuers_level_and_a_towns_units_none(issuer: str, items: str, units: list[list[str]]) -> None:
    notice = parse_text(_notice(issuer, "重点任务分工方案", "2024年3月12日", items))
    assert [list(t.departments) for t in notice.tasks] == units


# ------------------------------------------------------------------ yearless deadlines and the signing date

SIGNING = [
    # (title, signed, deadline cell, due_date, warning code)
    # signed late in a year whose title names none: a month before the signing is the next year's
    ("城区环境整治工作方案", "2023年11月20日", "3月底前", "2024-03-31", "deadline-next-year"),
    ("城区环境整治工作方案", "2023年11月20日", "上半年", "2024-06-30", "deadline-next-year"),
    ("城区环境整治工作方案", "2023年11月20日", "12月底前", "2023-12-31", None),
    # its year written: kept as written, warned all the same
    ("城区环境整治工作方案", "2023年11月20日", "2023年6月底前", "2023-06-30", "deadline-before-signing"),
    ("城区环境整治工作方案", "2023年11月20日", "2023年12月底前", "2023-12-31", None),
    # signed early in the year, or the title names the year: kept, warned
    ("城区环境整治工作方案", "2024年4月15日", "3月底前", "2024-03-31", "deadline-before-signing"),
    ("2025年全民健身工作要点", "2025年2月10日", "1月底前", "2025-01-31", "deadline-before-signing"),
    ("2025年全民健身工作要点", "2025年2月10日", "6月底前", "2025-06-30", None),
    # a plan for the next year signed in December: its title's year; 明年 counts from the signing
    ("2025年民生实事工作方案", "2024年12月20日", "一季度", "2025-03-31", None),
    ("2025年民生实事工作方案", "2024年12月20日", "明年6月底前", "2025-06-30", None),
    ("城区环境整治工作方案", "2024年5月6日", "今年底前", "2024-12-31", None),
]


@pytest.mark.parametrize(("title", "signed", "cell", "due_date", "code"), SIGNING)
def test_a_yearless_deadline_before_the_signing(title: str, signed: str, cell: str, due_date: str, code: str) -> None:
    items = f"1.整治背街小巷。（牵头单位：县城管局；完成时限：{cell}）\n"
    notice = parse_text(_notice("白河县人民政府办公室", title, signed, items))
    assert notice.tasks[0].due_date == due_date
    codes = {w.code for w in notice.warnings} & {"deadline-next-year", "deadline-before-signing"}
    assert codes == ({code} if code else set())


@pytest.mark.parametrize(
    ("due", "year", "signed_year", "expected"),
    [
        ("明年6月底前", 2025, 2024, Deadline(2025, "2025-06-30", None, "date")),
        ("明年6月底前", 2025, None, Deadline(2026, "2026-06-30", None, "date")),  # no signing: the notice's year
        ("今年底前", 2025, 2024, Deadline(2024, "2024-12-31", None, "date")),
        ("次年3月底前", 2025, 2024, Deadline(2026, "2026-03-31", None, "date")),  # the year the text speaks of
        ("8月8日前后", 2025, None, Deadline(2025, None, None, "unknown")),  # around a day, not by it
        ("8月8日前", 2025, None, Deadline(2025, "2025-08-08", None, "date")),
    ],
)
def test_relative_years_count_from_the_signing(
    due: str, year: int, signed_year: int | None, expected: Deadline
) -> None:
    assert resolve(due, year, signed_year) == expected


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("8月8日前后开展系列活动。", None),
        ("在8月15日前后组织开展农民丰收节，9月底前完成总结。", "9月底前"),
        ("8月8日前完成场地布置。", "8月8日前"),
        ("春节前后走访困难群众。", None),
        # a list's or a survey's date, in a phrase naming what the task works from, is not its deadline
        ("对照2024年12月底前排查的问题清单，逐项整改。", None),
        ("根据6月底前摸排的情况，9月底前完成整改。", "9月底前"),
        ("对照标准，6月底前完成的项目组织验收。", "6月底前"),  # a clause of its own after 对照
        ("6月底前完成排查的问题整改。", "6月底前"),
        # the date of work already done or in force, in the phrase naming it, is not the task's
        ("在2023年9月底前已建成示范点的基础上，2024年底前覆盖所有村。", "2024年底前"),
        ("在6月底前完成摸底的基础上，9月底前制定方案。", "9月底前"),
        ("巩固2023年底前达标创建成果，2024年6月底前完成复查。", "2024年6月底前"),
        ("参考2023年10月底前印发的标准，5月底前修订导则。", "5月底前"),
        ("落实2023年底前出台的扶持政策，8月底前兑现补贴。", "8月底前"),
        ("2022年以来累计建成站点12个，2024年底前再建8个。", "2024年底前"),
        # near forms: a result to reach, a plan to issue, a work's own basis are the task's deadline
        ("2024年底前取得阶段性成果。", "2024年底前"),
        ("2024年6月底前印发实施细则。", "2024年6月底前"),
        ("2024年底前夯实基础，2025年全面推开。", "2024年底前"),
    ],
)
def test_around_a_day_or_a_records_date_is_no_deadline(text: str, due: str | None) -> None:
    assert deadline_in_prose(text) == due


# ------------------------------------------------------------------ the date line under a 要点's issuer

HEAD_DATES = [
    ("白河县人民政府办公室\n2024年2月1日\n", "2024-02-01", ""),
    ("白河县人民政府办公室\n二〇二五年二月十日\n", "2025-02-10", ""),
    ("白河县人民政府办公室\n二〇二四年三月三十一日\n", "2024-03-31", ""),
    # kept: a sentence naming a date is the preamble, and so is a date with no issuer above it
    ("白河县人民政府办公室\n2024年2月1日起施行。\n", None, "2024年2月1日起施行。"),
    ("2024年2月1日\n", None, "2024年2月1日"),
]


@pytest.mark.parametrize(("head", "signed", "preamble"), HEAD_DATES)
def test_a_date_line_under_the_issuer_is_the_signing(head: str, signed: str | None, preamble: str) -> None:
    text = (
        f"白河县城区环境整治工作要点\n{head}一、重点任务\n1.整治背街小巷。（牵头单位：县城管局；完成时限：6月底前）\n"
    )
    notice = parse_text(text)
    assert (notice.metadata.signed, notice.preamble) == (signed, preamble)
    assert notice.tasks[0].due_date == (f"{signed[:4]}-06-30" if signed else None)


# ------------------------------------------------------------------ a signature dated in Chinese numerals

SIGNATURES = [
    ("白河县人民政府办公室\n二〇二四年三月一日\n", "2024-03-01"),
    ("白河县人民政府办公室\n二○二四年三月一日\n", "2024-03-01"),  # a scrape's ○ for 〇
    ("白河县人民政府办公室\n二零二四年十二月三十一日\n", "2024-12-31"),
    ("白河县人民政府办公室\n2024年3月1日\n", "2024-03-01"),
    # kept as the cover's text: a date with more after it, a month written in figures
    ("白河县人民政府办公室\n二〇二四年三月一日起施行。\n", None),
    ("白河县人民政府办公室\n二〇二四年3月1日\n", None),
]


@pytest.mark.parametrize(("signature", "signed"), SIGNATURES)
def test_a_cover_signed_under_its_issuer_in_chinese_numerals(signature: str, signed: str | None) -> None:
    text = (
        "白河县人民政府办公室关于印发白河县防汛工作方案的通知\n各乡镇人民政府，县直各部门：\n"
        f"现将方案印发给你们，请认真贯彻执行。\n{signature}"
        "一、重点任务\n1.修订防汛预案。（牵头单位：县水务局；完成时限：6月底前）\n"
    )
    notice = parse_text(text)
    assert notice.metadata.signed == signed
    assert [t.lead for t in notice.tasks] == [("县水务局",)]


PAST_IN_PROSE = [
    # (item, signed, due, warning): a task naming a date before the signing and one after it is due by the later
    ("1.推广经验。2023年底前完成试点，2024年底前全面推广。（县住建局负责）", "2024年3月1日", "2024年底前", None),
    ("1.推广经验。2024年底前全面推广。（县住建局负责）", "2024年3月1日", "2024年底前", None),
    # near forms: the only date, or both before the signing, stay as written, warned
    ("1.推广经验。2023年底前完成试点。（县住建局负责）", "2024年3月1日", "2023年底前", "deadline-before-signing"),
    (
        "1.推广经验。2023年6月底前完成试点，2023年底前全面推广。（县住建局负责）",
        "2024年3月1日",
        "2023年底前",
        "deadline-before-signing",
    ),
]


@pytest.mark.parametrize(("item", "signed", "due", "code"), PAST_IN_PROSE)
def test_a_past_date_in_prose_gives_way_to_a_later_one(item: str, signed: str, due: str, code: str | None) -> None:
    notice = parse_text(_notice("白河县人民政府办公室", "城区环境整治工作方案", signed, item + "\n"))
    assert notice.tasks[0].due == due
    codes = {w.code for w in notice.warnings} & {"deadline-next-year", "deadline-before-signing"}
    assert codes == ({code} if code else set())
