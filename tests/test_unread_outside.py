"""The safety net outside the parts: a line of the preamble or of the closing that names a unit with its
level as the subject of a clause, with a dated deadline in that clause or a role word, is warned at its line
(line-not-read); a preamble's plain prose, its dates of meetings and plans, and the closing's 负责解释 are
not. Each notice here is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "鹭川县人民政府办公室关于印发鹭川县校舍安全提升实施方案的通知\n\n鹭政办发〔2025〕4号\n\n"

TASKS = (
    "一、重点任务\n"
    "（一）改造校舍。完成危房改造。（牵头单位：县教育局；配合单位：县财政局）\n"
    "（二）配备安保。增配专职保安。（牵头单位：县公安局）\n"
)


def warned(preamble: str, closing: str) -> list[tuple[str, int]]:
    notice = parse_text(HEAD + preamble + TASKS + closing)
    return [(w.code, w.line) for w in notice.warnings if w.code == "line-not-read"]


@pytest.mark.parametrize(
    ("preamble", "closing", "expected"),
    [
        # a preamble line giving a unit a role and a deadline of its own: line 5
        ("县住建局牵头，于2025年8月底前完成全县校舍排查。\n", "", [("line-not-read", 5)]),
        # a deadline in the unit's own clause, no role word
        ("县应急局要在2025年9月底前完成消防检查。\n", "", [("line-not-read", 5)]),
        # a preamble of plain purpose: meetings and years, but no unit's work in its clause
        ("为贯彻县委十五届三次全会精神，落实2025年教育工作部署，制定本方案。\n", "", []),
        ("经县人民政府同意，现将方案印发给你们，请认真贯彻执行。\n", "", []),
        # the cover's sentence assigning work after one naming the government that approved the plan: line 5
        (
            "《方案》已经县政府同意，现印发给你们。请县教育局牵头，会同县财政局于2025年6月底前制定资金管理办法。\n",
            "",
            [("line-not-read", 5)],
        ),
        # its later sentences asking no unit for work: none
        ("《方案》已经县政府同意，现印发给你们。请认真贯彻执行；执行中的问题请及时反馈。\n", "", []),
        # the closing giving a unit a dated duty: line 8
        ("", "本方案实施情况由县审计局于2025年12月底前完成专项审计。\n", [("line-not-read", 8)]),
        # a unit written without its level, opening a preamble line before its role
        ("发展改革委牵头，于2025年8月底前完成全县校舍排查。\n", "", [("line-not-read", 5)]),
        # a word that only ends like a unit is none
        ("加强财务科学管理，2025年底前完成清查。\n", "", []),
        # the closing's interpretation clause and its date of effect are no task
        ("", "本方案由县教育局负责解释，自2025年3月1日起施行。\n", []),
        ("", "本方案由镇应急办负责解释。\n", []),  # a unit that ends as an office does, its level the town's
        ("", "本方案确定的重点工作，由县政府办公室负责解释。\n", []),  # the plan's words named before 由
        ("", "本方案所列任务完成情况，由县审计局于2025年12月底前完成专项审计。\n", [("line-not-read", 8)]),
    ],
)
def test_lines_outside_the_parts(preamble: str, closing: str, expected: list[tuple[str, int]]) -> None:
    assert warned(preamble, closing) == expected


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        # a body paragraph opening with a unit written without its level, before a dated deadline: line 9
        ("二、保障措施\n财务科要于2025年12月底前完成资金清查。\n", [("line-not-read", 9)]),
        # a report sent to such a unit is no duty of it
        ("二、保障措施\n各学校每月5日前报财务科汇总。\n", []),
    ],
)
def test_units_without_level_in_the_body(part: str, expected: list[tuple[str, int]]) -> None:
    assert warned("", part) == expected


ANNEX_HEAD = (
    "鹭川县人民政府办公室关于印发鹭川县校舍安全提升实施方案的通知\n\n"
    "一、重点任务\n（一）改造校舍。完成危房改造。（牵头单位：县教育局）\n"
    "二、工作要求\n各单位要按照附件分工抓好落实。\n\n附件\n\n鹭川县校舍安全提升任务分工表\n"
)
ROWS = (
    "| 序号 | 工作任务 | 牵头单位 | 完成时限 |\n|---|---|---|---|\n"
    "| 1 | 加固教学楼 | 县教育局 | 2025年8月底前 |\n| 2 | 更新消防设施 | 县消防救援大队 | 2025年9月底前 |\n"
)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a line between the annex's title and its first row giving a unit a role: line 11
        ("县住建局牵头，于2025年10月底前完成全县校舍结构复核。\n", [("line-not-read", 11)]),
        # the annex's own remark on how to read it is none
        ("（按工作任务排列，时限为最迟完成时间）\n", []),
    ],
)
def test_annex_lines_before_the_first_row(lines: str, expected: list[tuple[str, int]]) -> None:
    notice = parse_text(ANNEX_HEAD + lines + ROWS)
    assert len(notice.tasks) == 3
    assert [(w.code, w.line) for w in notice.warnings if w.code == "line-not-read"] == expected
