"""Forms of the R14 review's ordinary layouts: a stage whose prose gives work to several units, units after a
dash closing the text, staged targets in an annotation, one warning for a run of merged cells, the year of
a notice with none of its own from a span, and a town's office named with and without its 镇."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

STAGES = (
    "青禾县2025年耕地整治实施方案\n一、整治任务\n（一）排查违法占用耕地问题。（县自然资源局牵头，县农业农村局配合）\n"
    "二、实施步骤\n（一）摸底阶段（2025年3月—5月）。{first}\n"
    "（二）整治阶段（2025年6月—10月）。（县自然资源局牵头，各乡镇人民政府落实）\n"
)


@pytest.mark.parametrize(
    ("prose", "units"),
    [
        ("各乡镇全面摸清底数，县自然资源局汇总建立台账。", ("各乡镇", "县自然资源局")),
        ("县自然资源局组织开展摸底。", ("县自然资源局",)),
        ("各村（社区）逐一排查，县农业农村局汇总上报。", ("各村(社区)", "县农业农村局")),
    ],
)
def test_a_stage_giving_work_to_units_in_its_prose_is_read_as_the_other_stages(
    prose: str, units: tuple[str, ...]
) -> None:
    notice = parse_text(STAGES.format(first=prose))
    stage = next(t for t in notice.tasks if t.line == 5)
    assert (stage.departments, stage.due) == (units, "2025年3月—5月")
    assert [w.line for w in notice.warnings if w.code == "stage-read-from-prose"] == [5]


def test_a_stage_naming_no_unit_at_work_is_no_task() -> None:
    notice = parse_text(STAGES.format(first="全面摸清底数，建立问题台账。"))
    assert [t.line for t in notice.tasks] == [3, 6]


@pytest.mark.parametrize(
    ("last", "cut"),
    [
        ("5.加强项目库管理，实现全生命周期管理——预算股、信息中心", False),
        ("5.加强项目库管理，实现全生命周期管理——预算股、信息中心。", False),
        ("5.加强项目库管理，实现预算项目全生命周期", True),
    ],
)
def test_units_after_a_dash_close_the_text(last: str, cut: bool) -> None:
    notice = parse_text(
        "塔湾县财政局2025年工作要点\n一、加强预算管理\n4.严控一般性支出。（预算股负责）\n" + last + "\n"
    )
    assert any(w.code == "text-cut-off" for w in notice.warnings) is cut


@pytest.mark.parametrize(
    ("annotation", "due", "due_date"),
    [
        ("（镇农业服务中心负责，上半年完成100户，年底前完成200户）", "年底前", "2025-12-31"),
        ("（镇农业服务中心负责，上半年完成改造50户）", "上半年", "2025-06-30"),
        (
            "（市住建局牵头，市文旅局配合，分阶段推进：2025年6月底前完成普查，2026年6月底前完成建档）",
            "2026年6月底前",
            "2026-06-30",
        ),
    ],
)
def test_staged_targets_in_an_annotation_end_at_the_last(annotation: str, due: str, due_date: str) -> None:
    notice = parse_text("某某镇2025年人居环境整治方案\n一、整治任务\n1.推进农村改厕。" + annotation + "\n")
    task = notice.tasks[0]
    assert (task.due, task.due_date) == (due, due_date)
    assert not [w for w in notice.warnings if w.code == "roles-partly-read"]


def test_one_warning_for_a_run_of_rows_under_a_merged_cell() -> None:
    rows = "".join(f"{n}\t优化第{n}项审批流程\t\t县行政审批局\t2025年6月底前\n" for n in range(2, 6))
    notice = parse_text(
        "附件\n某县2025年营商环境任务清单\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t推行企业开办全程网办\t县市场监管局\t县税务局\t2025年3月底前\n"
        + rows
        + "6\t开展信用修复\t县发改局\t\t2025年9月底前\n"
        "7\t推进政务公开\t\t县政务服务中心\t2025年9月底前\n"
    )
    filled = [(w.line, w.message) for w in notice.warnings if w.code == "cell-filled-from-above"]
    assert filled == [
        (5, "tasks 2–5: empty cells taken to be merged with the one above: 县市场监管局"),
        (10, "task 7: an empty cell taken to be merged with the one above: 县发改局"),
    ]
    assert [t.lead for t in notice.tasks] == [("县市场监管局",)] * 5 + [("县发改局",)] * 2


@pytest.mark.parametrize(
    ("spans", "year"),
    [
        ("2025—2026年", 2025),  # a span names the year it starts in
        ("2026年6月底前", None),  # two years: none is taken
    ],
)
def test_a_notice_with_no_year_of_its_own_and_a_span(spans: str, year: int | None) -> None:
    notice = parse_text(
        "附件\n东湖镇人居环境整治任务清单\n序号\t工作任务\t责任单位\t完成时间\n"
        "1\t清理村内沟塘\t镇农业服务中心\t2025年5月底前\n2\t推进户厕改造\t镇卫生院\t上半年\n"
        f"3\t建立保洁员队伍\t各村\t{spans}\n"
    )
    assert notice.tasks[1].due_year == year


def test_a_town_office_named_with_and_without_its_town_is_one_unit() -> None:
    notice = parse_text(
        "桃李镇2025年人居环境整治工作方案\n一、整治任务\n1.开展村庄清洁行动。（村建办牵头，各村配合）\n"
        "2.新建污水处理站2座。（镇村建办、镇财政所负责，10月底前）\n3.整治乱搭乱建。（综合执法队负责）\n"
    )
    assert [t.departments for t in notice.tasks] == [
        ("镇村建办", "各村"),
        ("镇村建办", "镇财政所"),
        ("综合执法队",),
    ]
