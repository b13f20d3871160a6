"""A list that marks its lead (县文旅局（牵头）、县商务局; ★县文旅局、县住建局) leaves its other units responsible,
unless a note names them partners: a notice-wide note (排在第一位的为牵头单位，其他为配合单位, in the cover or a 注：
line) or one inside the list's own bracket (…，排名第一的为牵头单位，其余为配合单位), whose words are no unit.
A partner's mark may say how the partner acts (县商务局（按职责分工配合）). The notices are written for the test
(invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text


def _notice(cover_note: str, units: str, closing_note: str = "") -> str:
    return "\n".join(
        [
            "澜平县人民政府办公室关于印发澜平县文旅融合发展实施方案的通知",
            "各乡镇人民政府，县直各部门：",
            f"　　现将《澜平县文旅融合发展实施方案》印发给你们，请认真贯彻执行。{cover_note}",
            "澜平县人民政府办公室",
            "2025年3月1日",
            "澜平县文旅融合发展实施方案",
            "一、重点任务",
            "（一）打造精品线路。推出乡村旅游精品线路5条，2025年底前完成。（责任单位：县文旅局、县农业农村局）",
            f"（二）培育文旅品牌。创建省级旅游休闲街区1个，2025年底前完成。（{units}）",
            *([closing_note] if closing_note else []),
            "",
        ]
    )


NOTE = "（各项任务中排在第一位的为牵头单位，其他为配合单位）"
ROWS = [
    # a notice-wide note naming the others partners: a marked list's bare units are partners too
    (NOTE, "责任单位：县文旅局（牵头）、县商务局", "", ("县文旅局",), ("县商务局",)),
    (NOTE, "责任单位：★县文旅局、县住建局", "", ("县文旅局",), ("县住建局",)),
    (
        "",
        "责任单位：县文旅局（牵头）、县商务局",
        "注：责任单位中排在第一位的为牵头单位，其他为配合单位。",
        ("县文旅局",),
        ("县商务局",),
    ),
    # a note inside the bracket: its words are no unit
    (
        "",
        "责任单位：县发改局（牵头）、县财政局、县商务局，排名第一的为牵头单位，其余为配合单位",
        "",
        ("县发改局",),
        ("县财政局", "县商务局"),
    ),
    (
        "",
        "责任单位：县发改局、县财政局、县商务局，排名第一的为牵头单位，其他单位按职责分工配合",
        "",
        ("县发改局",),
        ("县财政局", "县商务局"),
    ),
    # a note in the task's own bracket, after a first note elsewhere that names no partners
    (
        "（各项任务中排在第一位的为牵头单位）",
        "责任单位：县委组织部（牵头）、县农业农村局，排名第一的为牵头单位，其他为配合单位",
        "",
        ("县委组织部",),
        ("县农业农村局",),
    ),
    # a longer partner's mark
    (
        "",
        "责任单位：县发改局（牵头），县财政局、县商务局（按职责分工配合）",
        "",
        ("县发改局",),
        ("县财政局", "县商务局"),
    ),
    # what the change was made for: with no note, or a note that names no partners, the others stay responsible
    ("", "责任单位：县文旅局（牵头）、县商务局", "", ("县文旅局",), ()),
    ("（各项任务中排在第一位的为牵头单位）", "责任单位：县文旅局（牵头）、县商务局", "", ("县文旅局",), ()),
    # a unit given a duty of its own keeps it, under the note as well
    (NOTE, "县文旅局牵头，县商务局按职责分工负责", "", ("县文旅局",), ()),
]


@pytest.mark.parametrize(("cover_note", "units", "closing", "lead", "partners"), ROWS)
def test_a_marked_lists_other_units(
    cover_note: str, units: str, closing: str, lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    task = parse_text(_notice(cover_note, units, closing)).tasks[1]
    assert task.lead == lead
    assert task.partners == partners
    assert not any("配合单位" in d or d.startswith("其") for d in task.departments)


@pytest.mark.parametrize(
    ("cover_note", "later_partners"),
    [
        ("", ()),  # the note in the first task's bracket names that task's partners alone
        ("排在第一位的为牵头单位，其他为配合单位。", ("县商务局",)),  # a notice-wide note names every task's
    ],
)
def test_a_note_in_one_tasks_bracket_names_its_own_partners(cover_note: str, later_partners: tuple[str, ...]) -> None:
    lines = [
        "澜平县文旅融合发展实施方案",
        *([cover_note] if cover_note else []),
        "一、重点任务",
        "1.建设乡村旅游示范点。（责任单位：县发改局（牵头）、县财政局、县商务局，排名第一的为牵头单位，其余为配合单位）",
        "2.举办文化旅游节。（责任单位：县文旅局（牵头）、县商务局）",
        "",
    ]
    first, later = parse_text("\n".join(lines)).tasks
    assert first.lead == ("县发改局",) and first.partners == ("县财政局", "县商务局")
    assert later.lead == ("县文旅局",) and later.partners == later_partners
