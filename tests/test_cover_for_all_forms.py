"""More forms of a cover's sentence giving every task its roles: one closed by words on the partners each block
names itself (`，各配合单位按职责协同推进`: no unit of the sentence), and one written with 以上 in the cover, before
every block (only the plan's tasks can be meant). A block whose bracket holds only its labelled deadline
(`（完成时限：全年）`) keeps it. Controls: partners the sentence names are still read, and 以上 after the blocks still
reaches only the blocks before it. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text


def _notice(cover: str, items: list[str]) -> str:
    lines = [
        "岚溪县人民政府办公室关于印发岚溪县2026年文旅融合发展重点任务的通知",
        "岚政办发〔2026〕7号",
        "各乡镇人民政府，县直各部门：",
        cover,
        "岚溪县人民政府办公室",
        "2026年2月10日",
        "岚溪县2026年文旅融合发展重点任务",
        *items,
    ]
    return "\n".join(lines) + "\n"


ITEMS = [
    "1.打造乡村旅游精品线路3条。（配合单位：县交通运输局、县农业农村局；完成时限：2026年9月底前）",
    "2.举办茶文化旅游节。（完成时限：2026年5月底前）",
]
INTRO = "经县政府同意，现将《岚溪县2026年文旅融合发展重点任务》印发给你们。"

OWN_PARTNERS = [
    ("县文化旅游局", "县交通运输局", "县农业农村局"),
    ("县文化旅游局",),
]

CASES = [
    pytest.param(
        INTRO + "以下重点任务均由县文化旅游局牵头，各配合单位按职责协同推进，请认真抓好落实。",
        OWN_PARTNERS,
        id="each-block-partners-own",
    ),
    pytest.param(
        INTRO + "以下任务均由县文化旅游局牵头，配合部门密切配合。",
        OWN_PARTNERS,
        id="partners-departments-closely",
    ),
    # control: partners the sentence names itself go to the block naming none
    pytest.param(
        INTRO + "以下重点任务均由县文化旅游局牵头，县财政局配合。",
        [("县文化旅游局", "县交通运输局", "县农业农村局"), ("县文化旅游局", "县财政局")],
        id="partners-named",
    ),
    # 以上 in the cover: no block stands before it, so it speaks of the plan's tasks
    pytest.param(
        INTRO + "以上各项任务，除明确责任单位外，均由县文化旅游局牵头，县财政局配合。",
        [("县交通运输局", "县农业农村局"), ("县文化旅游局", "县财政局")],
        id="yishang-in-cover",
    ),
]


@pytest.mark.parametrize(("cover", "expected"), CASES)
def test_cover_sentence_roles(cover: str, expected: list[tuple[str, ...]]) -> None:
    notice = parse_text(_notice(cover, ITEMS), "case.txt")
    assert [t.departments for t in notice.tasks] == expected
    assert [t.lead for t in notice.tasks][1] == ("县文化旅游局",)


def test_yishang_after_the_blocks_reaches_only_those_before_it() -> None:
    """Control: 以上 on a line after some blocks gives its roles to those, never to a block after it."""
    items = [
        "一、项目建设",
        "1.建设游客集散中心。",
        "以上任务由县文化旅游局牵头，县住房城乡建设局配合。",
        "二、宣传推广",
        "2.举办茶文化旅游节。（县委宣传部负责）",
    ]
    notice = parse_text(_notice(INTRO, items), "case.txt")
    assert [(t.departments, t.lead) for t in notice.tasks] == [
        (("县文化旅游局", "县住房城乡建设局"), ("县文化旅游局",)),
        (("县委宣传部",), ()),
    ]


@pytest.mark.parametrize(
    ("bracket", "due", "year"),
    [
        ("（完成时限：全年）", "全年", 2026),
        ("（完成时间：年内）", "年内", 2026),
        ("（时限：2026年8月底前）", "2026年8月底前", 2026),
    ],
)
def test_a_bracket_holding_only_its_labelled_deadline_keeps_it(bracket: str, due: str, year: int) -> None:
    """全年接待游客500万人次 is a yearly target in the text; the label in the closing bracket names the deadline."""
    cover = INTRO + "以下重点任务均由县文化旅游局牵头。"
    notice = parse_text(_notice(cover, [f"1.提升景区服务质量，全年接待游客500万人次。{bracket}"]), "case.txt")
    assert [(t.lead, t.due, t.due_year) for t in notice.tasks] == [(("县文化旅游局",), due, year)]
