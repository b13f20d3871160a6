"""A plan whose first part names a month or months (一、1月) is read in parts, each task due in its part's period;
a division paragraph's deadline for all the tasks it numbers may be written without 于 or 在. Each case is a short
notice written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text


@pytest.mark.parametrize(
    ("first", "second", "dues"),
    [
        ("一、1月", "二、2月", ["1月", "1月", "2月"]),
        ("一、3月份", "二、4月份", ["3月份", "3月份", "4月份"]),
        ("一、1—3月", "二、4—6月", ["1—3月", "1—3月", "4—6月"]),
    ],
)
def test_a_first_part_naming_a_period_is_a_part(first: str, second: str, dues: list[str]) -> None:
    notice = parse_text(
        "\n".join(
            [
                "桂溪镇2026年重点工作计划",
                "",
                first,
                "1.开展节前安全检查——安监办",
                "2.走访慰问困难群众——民政办、各村",
                "",
                second,
                "3.启动集镇污水管网改造——城建办",
                "",
            ]
        )
    )
    assert [t.due for t in notice.tasks] == dues
    assert "part-numbering-gap" not in {w.code for w in notice.warnings}


def test_a_first_part_opening_with_another_figure_is_no_part() -> None:
    """kept: 一、2个… is a sentence of the preamble, not a part's heading."""
    notice = parse_text(
        "桂溪镇2026年重点工作计划\n一、2个示范村建设任务已完成。\n二、重点任务\n1.开展节前安全检查——安监办\n"
    )
    assert [t.path for t in notice.tasks] == ["二/1"]


def _division(closing: str) -> str:
    return "\n".join(
        [
            "梅岭市2026年数字乡村工作方案",
            "一、主要任务",
            "（一）建设益农信息社。",
            "（二）培育农村电商主体。",
            "二、责任分工",
            f"第（一）项由市农业农村局牵头；第（二）项由市商务局牵头。{closing}",
            "",
        ]
    )


@pytest.mark.parametrize(
    ("closing", "due"),
    [
        ("以上任务2026年11月底前完成。", "2026年11月底前"),
        ("以上工作2026年底前完成。", "2026年底前"),
        ("各项任务均需在2026年10月底前完成。", "2026年10月底前"),
        ("上述任务均于2026年9月底前完成。", "2026年9月底前"),
        # kept: no deadline named, none given
        ("以上任务全部完成。", None),
    ],
)
def test_a_division_deadline_without_a_preposition(closing: str, due: str | None) -> None:
    assert [t.due for t in parse_text(_division(closing)).tasks] == [due, due]


MONTHLY = (
    "沙河县水利局2026年重点工作月度安排\n\n"
    "1月：1.召开全县水利工作会议（办公室）；2.开展冬修水利督导（农水股）。\n"
    "2月：3.落实春灌用水调度（水资源股）。\n"
    "3月：4.启动水库除险加固招标（工程股）；5.开展河道清障（河湖股）。\n"
)


def test_a_monthly_plan_with_items_numbered_inline() -> None:
    """a title ending 月度安排 dates the months; each item numbered inline after the month is a task of its
    own, without its number, with its own units."""
    notice = parse_text(MONTHLY)
    assert notice.metadata.title == "沙河县水利局2026年重点工作月度安排"
    assert [(t.text, t.departments, str(t.due_date)) for t in notice.tasks] == [
        ("召开全县水利工作会议", ("办公室",), "2026-01-31"),
        ("开展冬修水利督导。", ("农水股",), "2026-01-31"),
        ("落实春灌用水调度。", ("水资源股",), "2026-02-28"),
        ("启动水库除险加固招标", ("工程股",), "2026-03-31"),
        ("开展河道清障。", ("河湖股",), "2026-03-31"),
    ]


def test_a_month_line_whose_text_opens_with_a_figure_keeps_it() -> None:
    """kept: 3月：2个水库… is no item number: the text keeps its figure."""
    notice = parse_text(
        MONTHLY.replace("2月：3.落实春灌用水调度（水资源股）。", "2月：2个灌区完成节水改造（水资源股）。")
    )
    assert notice.tasks[2].text == "2个灌区完成节水改造。"
