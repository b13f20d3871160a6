"""A cover's note that the first unit of each list leads may go on to say that a lone unit is responsible
for its task (只列一个部门的，由该部门负责): such a task keeps its unit responsible, neither lead nor partner,
while lists of two or more still have their first unit lead. Where the note says a lone unit leads, or
says nothing of lone units, a lone unit leads. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text


def _notice(note: str) -> str:
    return "\n".join(
        [
            "澜平县人民政府办公室关于印发澜平县2025年政务服务工作要点的通知",
            "澜政办发〔2025〕4号",
            "各乡镇人民政府，县政府各部门：",
            f"　　现将《澜平县2025年政务服务工作要点》印发给你们，请认真抓好落实。{note}",
            "澜平县人民政府办公室",
            "2025年2月10日",
            "澜平县2025年政务服务工作要点",
            "一、优化办事流程",
            "1．推行高频事项“一件事一次办”，9月底前上线10个主题。（县政务服务中心、县数据局、县人社局）",
            "2．开展政务服务窗口作风评议。（县政务服务中心）",
            "二、提升平台能力",
            "3．完成自助服务终端进村全覆盖，年底前投入使用。（县数据局、各乡镇人民政府）",
            "",
        ]
    )


LONE_RESPONSIBLE = [
    "括号内所列部门，排在首位的为牵头部门，其余为配合部门；只列一个部门的，由该部门负责。",
    "所列单位中排在第一位的为牵头单位；仅列一个单位的，由其负责。",
    "责任单位列第一位的为牵头单位，只有一个单位的为责任单位。",
]
LONE_LEADS = [
    "括号内所列部门，排在首位的为牵头部门，其余为配合部门。",
    "括号内排在第一位的为牵头单位；只列一个单位的，该单位为牵头单位。",
]


@pytest.mark.parametrize("note", LONE_RESPONSIBLE + LONE_LEADS)
def test_lists_of_several_units_have_their_first_lead(note: str) -> None:
    tasks = parse_text(_notice(note)).tasks
    # the others are partners where the note names them so (其余为配合部门); otherwise they stay responsible
    partners = "配合" in note
    assert [(t.lead, t.partners) for t in (tasks[0], tasks[2])] == [
        (("县政务服务中心",), ("县数据局", "县人社局") if partners else ()),
        (("县数据局",), ("各乡镇人民政府",) if partners else ()),
    ]


@pytest.mark.parametrize(
    ("note", "lead"),
    [*((n, ()) for n in LONE_RESPONSIBLE), *((n, ("县政务服务中心",)) for n in LONE_LEADS)],
)
def test_a_lone_unit_leads_unless_the_note_makes_it_responsible(note: str, lead: tuple[str, ...]) -> None:
    task = parse_text(_notice(note)).tasks[1]
    assert (task.departments, task.lead, task.partners) == (("县政务服务中心",), lead, ())
