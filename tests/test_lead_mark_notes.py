"""A notice-wide note that a unit marked 牵头 leads and that the others are partners (标注“（牵头）”的为牵头单位，
其余为配合单位; 标*的为牵头单位，其余为配合单位): a list marking its lead has its units written bare as partners; a list
marking no lead is left as it is, and so is every list where the note does not name the others partners.
The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text


def _notice(cover_note: str, first: str, second: str) -> str:
    return "\n".join(
        [
            "石湾县人民政府办公室关于印发石湾县河湖整治问题清单的通知",
            "各乡镇人民政府，县直各单位：",
            f"　　现将《石湾县河湖整治问题清单》印发给你们，请逐项销号。{cover_note}",
            "石湾县人民政府办公室",
            "2025年2月10日",
            "石湾县河湖整治问题清单",
            "（一）部分河段岸线存在违规堆放。",
            "　　整改措施：清理岸线堆放物，设置警示牌。",
            f"　　责任单位：{first}",
            "　　整改时限：2025年6月底前",
            "（二）个别排污口未纳入监管。",
            "　　整改措施：建立排污口台账，实行动态监管。",
            f"　　责任单位：{second}",
            "　　整改时限：2025年9月底前",
            "",
        ]
    )


MARKED = "县水利局（牵头）、县自然资源局，河口镇人民政府"
BARE = "县生态环境局、县水利局"
STARRED = "县水利局*、县自然资源局"


@pytest.mark.parametrize(
    ("note", "first", "lead", "partners"),
    [
        # the note names the others partners: a marked list's bare units are partners
        ("标注“（牵头）”的为牵头单位，其余为配合单位。", MARKED, ("县水利局",), ("县自然资源局", "河口镇人民政府")),
        (
            "标有（牵头）字样的为牵头部门，其他单位为配合单位。",
            MARKED,
            ("县水利局",),
            ("县自然资源局", "河口镇人民政府"),
        ),
        ("标*的为牵头单位，其余为配合单位。", STARRED, ("县水利局",), ("县自然资源局",)),
        # near cases: a note naming the lead alone, or no note: the others stay responsible
        ("标注“（牵头）”的为牵头单位。", MARKED, ("县水利局",), ()),
        ("", MARKED, ("县水利局",), ()),
        ("各牵头单位要制定推进计划，其余为配合单位。", MARKED, ("县水利局",), ()),
        # a unit given a duty of its own in brackets keeps it: the list is left as it is
        (
            "标注“（牵头）”的为牵头单位，其余为配合单位。",
            "县水利局（牵头）、县财政局（负责资金保障）",
            ("县水利局",),
            (),
        ),
        (
            "标注“（牵头）”的为牵头单位，其余为配合单位。",
            "县水利局（牵头）、各村（社区）",
            ("县水利局",),
            ("各村（社区）",),
        ),
    ],
)
def test_a_note_on_marked_leads_names_the_others_partners(
    note: str, first: str, lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    tasks = parse_text(_notice(note, first, BARE)).tasks
    assert len(tasks) == 2
    assert (tasks[0].lead, tasks[0].partners) == (lead, partners)
    assert (tasks[1].lead, tasks[1].partners) == ((), ())  # a list marking no lead: no role read into it
    assert tasks[1].departments == ("县生态环境局", "县水利局")
