"""Several documents in one text: a cover issuing two plans (附件1, 附件2), each written in parts, gives the tasks
of both; a second plan's title over its 一、 is never text of the task above; a notice pasted twice is read once,
with a warning naming the copy. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

COVER = [
    "枫桥县人民政府办公室关于印发两个工作方案的通知",
    "枫政办发〔2025〕4号",
    "各乡镇人民政府，县政府各部门：",
    "现将《枫桥县秸秆综合利用工作方案》《枫桥县农膜回收工作方案》印发给你们，请认真组织实施。",
    "枫桥县人民政府办公室",
    "2025年3月6日",
]
PLAN_A = [
    "枫桥县秸秆综合利用工作方案",
    "一、主要任务",
    "（一）建设秸秆收储点12个，9月底前完成。（牵头单位：县农业农村局；配合单位：各乡镇人民政府）",
    "（二）推广秸秆还田技术。（县农技推广中心负责）",
    "二、保障措施",
    "（一）落实补助资金。（县财政局负责）",
]
PLAN_B = [
    "枫桥县农膜回收工作方案",
    "一、主要任务",
    "（一）设立农膜回收网点30个。（牵头单位：县供销社；配合单位：县生态环境局）",
    "（二）开展废旧农膜专项执法，11月底前完成。（县市场监管局负责）",
]


TEXTS = [
    "建设秸秆收储点12个，9月底前完成。",
    "推广秸秆还田技术。",
    "落实补助资金。",
    "设立农膜回收网点30个。",
    "开展废旧农膜专项执法，11月底前完成。",
]


def test_cover_issuing_two_plans_gives_the_tasks_of_both() -> None:
    notice = parse_text("\n".join([*COVER, "附件1", *PLAN_A, "附件2", *PLAN_B]))
    assert [(t.path, t.line) for t in notice.tasks] == [
        ("一/（一）", 10),
        ("一/（二）", 11),
        ("二/（一）", 13),
        ("一/（一）", 17),
        ("一/（二）", 18),
    ]
    assert notice.tasks[3].lead == ("县供销社",) and notice.tasks[4].due == "11月底前"
    assert not [w for w in notice.warnings if w.code in ("line-not-read", "part-numbering-repeat")], notice.warnings
    kinds = {b.line: b.kind for b in notice.boilerplate}
    assert kinds[14] == "annex-marker" and kinds[15] == "annex-heading"


def test_cover_with_its_own_requirements_over_one_plan_stays_the_head() -> None:
    # no 附件1 before the first 一、: the cover's numbered requirements are its own, the plan in 附件 the body
    cover = [*COVER[:4], "一、各乡镇要落实属地责任。", "二、各部门要加强协调配合。", *COVER[4:]]
    notice = parse_text("\n".join([*cover, "附件", *PLAN_A]))
    assert [t.path for t in notice.tasks] == ["一/（一）", "一/（二）", "二/（一）"]
    assert "各乡镇要落实属地责任" in notice.preamble


@pytest.mark.parametrize(
    ("lines", "texts"),
    [
        (  # two plans on one page: the second title is no text of the first plan's last task
            [*PLAN_A, *PLAN_B],
            TEXTS,
        ),
        (  # a part 一、 with no title over it goes on as before: no new document
            [*PLAN_A, *PLAN_B[1:]],
            TEXTS,
        ),
    ],
)
def test_second_title_never_joins_a_task(lines: list[str], texts: list[str]) -> None:
    notice = parse_text("\n".join(lines))
    assert [t.text for t in notice.tasks] == texts
    repeat = [w for w in notice.warnings if w.code == "part-numbering-repeat"]
    assert bool(repeat) == (PLAN_B[0] not in lines), repeat


def test_notice_pasted_twice_is_read_once() -> None:
    notice = parse_text("\n".join([*PLAN_A, *PLAN_A]))
    assert [(t.path, t.line) for t in notice.tasks] == [("一/（一）", 3), ("一/（二）", 4), ("二/（一）", 6)]
    warned = [w for w in notice.warnings if w.code == "notice-repeated"]
    assert len(warned) == 1 and warned[0].line == 7 and "lines 7-12" in warned[0].message, notice.warnings
    assert {b.line for b in notice.boilerplate if b.kind == "repeated-notice"} == set(range(8, 13))
    assert not [w for w in notice.warnings if w.code.endswith("-numbering-repeat")], notice.warnings


def test_notice_pasted_twice_with_its_cover_is_read_once() -> None:
    notice = parse_text("\n".join([*COVER, *PLAN_A, *COVER, *PLAN_A]))
    assert [(t.path, t.line) for t in notice.tasks] == [("一/（一）", 9), ("一/（二）", 10), ("二/（一）", 12)]
    assert not any("枫桥县" in t.text for t in notice.tasks)
    warned = [w for w in notice.warnings if w.code == "notice-repeated"]
    assert len(warned) == 1 and warned[0].line == 13 and "lines 13-24" in warned[0].message, notice.warnings


def test_second_plan_after_a_repeated_one_numbers_its_own_parts() -> None:
    # plan A pasted twice, then plan B: A read once, B's parts numbered on their own (no repeat warned)
    notice = parse_text("\n".join([*PLAN_A, *PLAN_A, *PLAN_B]))
    assert [t.text for t in notice.tasks] == TEXTS
    codes = [w.code for w in notice.warnings if w.code != "deadline-undated"]  # (the plans name no year)
    assert codes == ["notice-repeated"], notice.warnings


def test_plan_differing_in_one_task_is_no_repeat() -> None:
    second = [*PLAN_A[:3], "（二）推广秸秆离田利用技术。（县农技推广中心负责）", *PLAN_A[4:]]
    notice = parse_text("\n".join([*PLAN_A, *second]))
    assert len(notice.tasks) == 6
    assert not [w for w in notice.warnings if w.code == "notice-repeated"]


TABLE = [
    "附件",
    "柳林县2025年农村改厕任务清单",
    "序号\t工作任务\t牵头单位\t配合单位\t完成时限",
    "1\t新建户厕800座\t县农业农村局\t各乡镇人民政府\t2025年9月底前",
    "2\t建设粪污处理站4座\t县生态环境局\t县财政局\t2025年11月底前",
]


def test_table_standing_before_its_plan_gives_the_rows_and_the_plan() -> None:
    plan = [
        "柳林县2025年农村改厕工作方案",
        "一、工作目标",
        "全年新建户厕800座。",
        "二、工作要求",
        "各乡镇要按月报送进度。",
    ]
    notice = parse_text("\n".join([*TABLE, *plan]))
    assert [t.line for t in notice.tasks] == [4, 5]
    assert [p.title for p in notice.parts] == ["工作目标", "工作要求"]
    assert not [w for w in notice.warnings if w.code == "annex-unparsed"], notice.warnings
    assert {b.line: b.kind for b in notice.boilerplate}[6] == "document-title"


def test_group_heading_under_a_table_title_stays_in_the_table() -> None:
    # a title over 一、 with rows after it: the table's next group, not a document
    second = [
        "柳林县2025年农村改厕任务清单",
        "一、粪污治理",
        "3\t清运积存粪污\t县城管局\t各乡镇人民政府\t2025年6月底前",
    ]
    notice = parse_text("\n".join([*TABLE, *second]))
    assert [t.line for t in notice.tasks] == [4, 5, 8]
    assert not notice.parts
