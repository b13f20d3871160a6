"""Pieces of an annotation that end like a unit's name but name none: a time and a verb with 办 (每年举办 is
how often the work recurs, a standing deadline), the label of those who oversee or guide the task
(督导单位：, 指导单位：, kept as written only), any other label no role reads (a piece with a colon, unread and
warned); and a month alone after lead and partner roles, which is the month the work is due in."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "临溪县2025年文化旅游工作要点\n一、重点任务\n"

# (annotation, departments, lead, partners, due, due_kind, warning codes)
READ = [
    # a time and a verb with 办: the work recurs, no unit is made of it
    ("（县文旅局、县商务局负责，每年举办）", ("县文旅局", "县商务局"), (), (), "每年", "standing", []),
    (
        "（县商务局牵头，县政府办配合，每年举办）",
        ("县商务局", "县政府办"),
        ("县商务局",),
        ("县政府办",),
        "每年",
        "standing",
        [],
    ),
    ("（县商务局负责，每季度举办）", ("县商务局",), (), (), "每季度", "standing", []),
    # the same in a bracket of units alone
    ("（县文旅局、县商务局，每年举办）", ("县文旅局", "县商务局"), (), (), "每年", "standing", []),
    # an office whose name ends in 办 is still a unit
    ("（县商务局负责，县招商办配合）", ("县商务局", "县招商办"), ("县商务局",), ("县招商办",), None, None, []),
    # those who oversee or guide the task, by label: no unit of it
    ("（责任单位：各村（社区）；督导单位：镇应急管理办）", ("各村（社区）",), (), (), None, None, []),
    ("（责任单位：县教育局；指导单位：市教育局）", ("县教育局",), (), (), None, None, []),
    ("（责任单位：县卫健局；指导部门：市卫健委）", ("县卫健局",), (), (), None, None, []),
    ("（责任单位：县教育局；监督单位：县纪委监委）", ("县教育局",), (), (), None, None, []),
    # a department's own offices that oversee or guide it (股室, 科室, 处室)
    ("（责任单位：各中小学校；督办股室：安全保卫股）", ("各中小学校",), (), (), None, None, []),
    ("（牵头科室：基础教育科；指导科室：教研室）", ("基础教育科",), ("基础教育科",), (), None, None, []),
    # a label no role reads names no unit: the piece is unread, and warned
    ("（县教育局负责，备注：县财政局保障）", ("县教育局",), (), (), None, None, ["roles-partly-read"]),
    # a month alone after the roles is the month the work is due in
    ("（县应急局牵头，县教育局配合，6月）", ("县应急局", "县教育局"), ("县应急局",), ("县教育局",), "6月", "date", []),
    (
        "（县应急局牵头，县教育局配合，十一月）",
        ("县应急局", "县教育局"),
        ("县应急局",),
        ("县教育局",),
        "十一月",
        "date",
        [],
    ),
    (
        "（县应急局牵头，县教育局配合，6月份）",
        ("县应急局", "县教育局"),
        ("县应急局",),
        ("县教育局",),
        "6月份",
        "date",
        [],
    ),
    ("（县教育局负责，6月）", ("县教育局",), (), (), "6月", "date", []),
    # a length of time, or no month, is no deadline: the piece is unread
    (
        "（县应急局牵头，县教育局配合，3个月）",
        ("县应急局", "县教育局"),
        ("县应急局",),
        ("县教育局",),
        None,
        None,
        ["roles-partly-read"],
    ),
    (
        "（县应急局牵头，县教育局配合，13月）",
        ("县应急局", "县教育局"),
        ("县应急局",),
        ("县教育局",),
        None,
        None,
        ["roles-partly-read"],
    ),
]


@pytest.mark.parametrize(("annotation", "departments", "lead", "partners", "due", "kind", "codes"), READ)
def test_pieces_that_end_like_units_but_name_none(
    annotation: str,
    departments: tuple[str, ...],
    lead: tuple[str, ...],
    partners: tuple[str, ...],
    due: str | None,
    kind: str | None,
    codes: list[str],
) -> None:
    notice = parse_text(f"{HEAD}1.举办乡村旅游推介会。{annotation}\n")
    (task,) = notice.tasks
    assert (task.departments, task.lead, task.partners, task.due, task.due_kind) == (
        departments,
        lead,
        partners,
        due,
        kind,
    )
    assert [w.code for w in notice.warnings] == codes


@pytest.mark.parametrize(
    ("annotation", "departments", "partners"),
    [
        # a department's own section under a supervisor's label: kept as written, no unit of the task, never
        # glued to the units before it
        ("（责任单位：各初级中学；督办股室：安全管理股）", ("各初级中学",), ()),
        ("（责任单位：白沙一中、白沙二中；指导科室：教学研究室）", ("白沙一中", "白沙二中"), ()),
        # a section under a partner's label is a partner as ever
        ("（责任单位：各初级中学；配合股室：安全管理股）", ("各初级中学", "安全管理股"), ("安全管理股",)),
    ],
)
def test_a_section_under_a_supervisors_label_is_kept_as_written(
    annotation: str, departments: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    notice = parse_text(f"{HEAD}1.开展暑期防溺水专题教育。{annotation}\n")
    (task,) = notice.tasks
    assert (task.departments, task.partners) == (departments, partners)
    assert task.departments_raw is not None and task.departments_raw in annotation
    assert not [w for w in notice.warnings if w.code.startswith("roles")]


@pytest.mark.parametrize("label", ["督导单位", "指导单位", "监督单位", "督办单位"])
def test_a_supervisors_label_is_kept_as_written(label: str) -> None:
    notice = parse_text(f"{HEAD}1.举办乡村旅游推介会。（责任单位：县文旅局；{label}：县政府督查室）\n")
    (task,) = notice.tasks
    assert task.departments == ("县文旅局",)
    assert task.departments_raw == f"责任单位：县文旅局；{label}：县政府督查室"
