"""What units cells and labels write after a unit's name (a person, a contact, a deadline, the unit's duty),
a two-row header a page break repeated, and a bracket of units closed by a deadline. Each notice here is
written for the test."""

from __future__ import annotations

import pytest

from policy_cli.models import Notice
from policy_cli.parse import parse_text


def facts(notice: Notice) -> list[str]:
    """Per task on one line: id|start of its text|lead|partners|departments|leaders|deadline."""
    return [
        "|".join(
            "、".join(x) if isinstance(x, tuple) else str(x if x is not None else "")
            for x in (t.id, t.text[:6], t.lead, t.partners, t.departments, t.leaders, t.due)
        )
        for t in notice.tasks
    ]


def codes(notice: Notice) -> list[str]:
    return [w.code for w in notice.warnings]


# ------------------------------------------------------------------ notes after a unit's name

TABLE = "柳河县2025年城乡环境整治任务清单\n序号\t工作任务\t责任单位\t完成时限\n"

NOTES = [
    (  # a person in brackets, no label
        TABLE + "1\t整治农贸市场周边秩序\t县商务局（赵敏）\t2025年8月底前\n",
        ["1|整治农贸市场|||县商务局|赵敏|2025年8月底前"],
    ),
    (  # a person after a space, two units each with their person
        TABLE + "1\t清理河道漂浮物\t县水利局 孙伟；县城管局 钱芳\t2025年7月底前\n",
        ["1|清理河道漂浮|||县水利局、县城管局|孙伟、钱芳|2025年7月底前"],
    ),
    (  # a labelled person and a phone in the bracket
        TABLE + "1\t改造老旧供水管网\t县住建局（责任人：周强，联系电话：0000-7654321）\t2025年11月底前\n",
        ["1|改造老旧供水|||县住建局|周强|2025年11月底前"],
    ),
    (  # a deadline in the bracket of a table with no deadline column's cell
        "柳河县2025年城乡环境整治任务清单\n序号\t工作任务\t责任单位\n"
        "1\t补植行道树两千株\t县林业局（2025年4月底前完成）\n"
        "2\t巡查违法建设\t各乡镇人民政府 长期坚持\n",
        ["1|补植行道树两|||县林业局||2025年4月底前", "2|巡查违法建设|||各乡镇人民政府||长期坚持"],
    ),
]

NOT_NOTES = [
    (  # a qualifier in brackets stays part of the name
        TABLE + "1\t整治农贸市场周边秩序\t各村（社区）\t2025年8月底前\n",
        ["1|整治农贸市场|||各村（社区）||2025年8月底前"],
    ),
    (  # a bracketed second name of the unit, no family name: no person
        TABLE + "1\t整治农贸市场周边秩序\t县发展改革局（县粮食局）\t2025年8月底前\n",
        ["1|整治农贸市场|||县发展改革局（县粮食局）||2025年8月底前"],
    ),
    (  # a deadline bracket does not replace the task's own deadline
        TABLE + "1\t补植行道树两千株\t县林业局（2025年4月底前完成）\t2025年3月底前\n",
        ["1|补植行道树两|||县林业局||2025年3月底前"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOTES + NOT_NOTES)
def test_a_note_after_a_unit_is_no_part_of_its_name(text: str, expected: list[str]) -> None:
    notice = parse_text(text)
    assert facts(notice) == expected
    assert "task-cut-off" not in codes(notice)


LABELS = (
    "东坪镇2025年安全生产工作方案\n一、重点任务\n（一）开展燃气安全排查。\n"
    "牵头单位：镇安监站 负责人：吴刚\n配合单位：镇派出所 负责人：郑丽\n完成时限：2025年6月底前\n"
    "（二）整治出租屋消防隐患。\n牵头单位：镇派出所\n配合单位：各村（社区）\n完成时限：每季度\n"
)


def test_a_labelled_person_after_a_label_s_unit_is_a_leader() -> None:
    assert facts(parse_text(LABELS)) == [
        "1|开展燃气安全|镇安监站|镇派出所|镇安监站、镇派出所|吴刚、郑丽|2025年6月底前",
        "2|整治出租屋消|镇派出所|各村（社区）|镇派出所、各村（社区）||每季度",
    ]


DUTY = (
    "青阳区2025年民生实事推进表\n序号\t重点工作\t责任单位\t配合单位\t完成时限\n"
    "1\t建成社区食堂十处\t区民政局\t区财政局负责经费保障，区市场监管局负责食品安全监管\t2025年9月底前\n"
    "2\t新增公共停车位500个\t区城管局\t各街道按职责做好配合\t2025年12月底前\n"
)


def test_duty_prose_after_a_unit_is_dropped_and_warned() -> None:
    notice = parse_text(DUTY)
    assert facts(notice) == [
        "1|建成社区食堂||区财政局、区市场监管局|区民政局、区财政局、区市场监管局||2025年9月底前",
        "2|新增公共停车||各街道|区城管局、各街道||2025年12月底前",
    ]
    dropped = [w for w in notice.warnings if w.code == "unit-text-dropped"]
    assert [(w.line, "负责经费保障" in w.message) for w in dropped] == [(3, True)]  # 按职责做好配合: a remark


# ------------------------------------------------------------------ a two-row header repeated after a page break

TWO_ROWS = "石桥县2025年政务服务改革任务分工表\n序号\t主要任务\t责任单位\t\t完成时限\n\t\t牵头单位\t配合单位\t\n"
ROWS_1 = "1\t推行容缺受理\t县行政审批局\t县直各部门\t2025年6月底前\n"
ROWS_2 = "2\t建设帮办代办队伍\t县政务服务中心\t各乡镇人民政府\t2025年10月底前\n"
EXPECTED_2 = [
    "1|推行容缺受理|县行政审批局|县直各部门|县行政审批局、县直各部门||2025年6月底前",
    "2|建设帮办代办|县政务服务中心|各乡镇人民政府|县政务服务中心、各乡镇人民政府||2025年10月底前",
]


def _piped(text: str) -> str:
    out = []
    for line in text.splitlines():
        out.append("| " + " | ".join(line.split("\t")) + " |" if "\t" in line else line)
    return "\n".join(out) + "\n"


REPEATED = [
    TWO_ROWS + ROWS_1 + TWO_ROWS.split("\n", 1)[1] + ROWS_2,  # both header rows again
    TWO_ROWS + ROWS_1 + "序号\t主要任务\t责任单位\t\t完成时限\n" + ROWS_2,  # only the first again
    _piped(TWO_ROWS + ROWS_1 + TWO_ROWS.split("\n", 1)[1] + ROWS_2),  # written with pipes
]


@pytest.mark.parametrize("text", REPEATED)
def test_rows_after_a_repeated_two_row_header_read_as_the_first_ones(text: str) -> None:
    notice = parse_text(text)
    assert facts(notice) == EXPECTED_2
    assert not {"column-not-kept", "task-cut-off", "row-incomplete", "deadline-undated"} & set(codes(notice))


def test_a_second_table_with_other_columns_is_still_read_by_its_own_header() -> None:
    text = (
        TWO_ROWS + ROWS_1 + "序号\t主要任务\t责任单位\t完成时限\n2\t建设帮办代办队伍\t县政务服务中心\t2025年10月底前\n"
    )
    assert facts(parse_text(text))[1] == "2|建设帮办代办|||县政务服务中心||2025年10月底前"


# ------------------------------------------------------------------ a bracket of units closed by a deadline

POINTS = "江口市2025年卫生健康工作要点\n一、提升基层服务\n1.推进紧密型医共体建设。（市卫健委，2025年10月底前）\n"

BRACKETS = [
    (POINTS + "2.落实家庭医生签约服务。（市卫健委、市医保局，长期坚持）\n", "市卫健委、市医保局||长期坚持"),
    (POINTS + "2.落实家庭医生签约服务。（市卫健委、市医保局）\n", "市卫健委、市医保局||"),
    # a bracket of prose after a comma is no units' bracket
    (POINTS + "2.落实家庭医生签约服务。（按季度通报，长期坚持）\n", None),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETS)
def test_a_bracket_of_units_may_close_with_a_deadline(text: str, expected: str | None) -> None:
    found = facts(parse_text(text))
    assert found[0] == "1|推进紧密型医|||市卫健委||2025年10月底前"
    if expected is None:
        assert len(found) == 1 or "按季度" not in found[1]
    else:
        assert found[1].split("|", 4)[4] == expected


# ------------------------------------------------------------------ a progress table under its report title

PROGRESS = "\n序号\t工作任务\t责任单位\t完成情况\n1\t改造区图书馆阅览室\t区文旅局\t已于2025年4月20日完工\n"


@pytest.mark.parametrize(
    ("title", "read"),
    [
        ("临川区2025年上半年重点工作完成情况", "临川区2025年上半年重点工作完成情况"),
        ("临川区2025年民生项目推进情况", "临川区2025年民生项目推进情况"),
        ("临川区2025年重点工作任务清单", "临川区2025年重点工作任务清单"),
    ],
)
def test_a_progress_table_under_a_report_title_is_read(title: str, read: str) -> None:
    notice = parse_text(title + PROGRESS)
    assert notice.metadata.title == read
    assert [(t.departments, t.text[:9]) for t in notice.tasks] == [(("区文旅局",), "改造区图书馆阅览室")]
