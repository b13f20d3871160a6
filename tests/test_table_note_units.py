"""A note under a task table naming units with their role and 不再逐项列出, with no words for the tasks it covers
(备注：各镇人民政府负责落实，不再逐项列出。), gives those units to every row of the table, told as info; a note
that names units without 不再列出 gives none. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

NOTICE = (
    "溪口县河塘整治工作方案\n溪口县人民政府办公室\n2025年3月2日\n　　为改善河塘环境，制定本方案。\n附件\n"
    "河塘整治任务分工表\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
    "1\t清理河塘淤泥\t县水务局\t县财政局\t2025年5月底前\n"
    "2\t修复塘坝护坡\t县农业农村局\t县水务局\t2025年9月底前\n"
    "{note}\n"
)


@pytest.mark.parametrize(
    ("note", "departments", "partners"),
    [
        (
            "备注：各镇人民政府负责落实，不再逐项列出。",
            [("县水务局", "县财政局", "各镇人民政府"), ("县农业农村局", "县水务局", "各镇人民政府")],
            [("县财政局",), ("县水务局",)],
        ),
        (
            "说明：各村民委员会均须协助落实，不再一一列出。",
            [("县水务局", "县财政局", "各村民委员会"), ("县农业农村局", "县水务局", "各村民委员会")],
            [("县财政局", "各村民委员会"), ("县水务局", "各村民委员会")],
        ),
        # no 不再列出: a duty, no units for every row
        (
            "备注：各镇人民政府要加强督促检查。",
            [("县水务局", "县财政局"), ("县农业农村局", "县水务局")],
            [("县财政局",), ("县水务局",)],
        ),
    ],
)
def test_a_table_note_gives_its_units_to_every_row_only_with_its_role_and_no_listing(
    note: str, departments: list[tuple[str, ...]], partners: list[tuple[str, ...]]
) -> None:
    notice = parse_text(NOTICE.format(note=note))
    assert [t.departments for t in notice.tasks] == departments
    assert [t.partners for t in notice.tasks] == partners
    given = [w for w in notice.warnings if w.code == "units-for-every-task-given"]
    assert bool(given) == (departments[0][-1] not in ("县财政局",))


TWO_TABLES = (
    "溪口县河塘整治工作方案\n溪口县人民政府办公室\n2025年3月2日\n　　为改善河塘环境，制定本方案。\n附件1\n"
    "河塘清淤任务表\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
    "1\t清理河塘淤泥\t县水务局\t县财政局\t2025年5月底前\n"
    "{first}\n附件2\n护坡修复任务表\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
    "1\t修复塘坝护坡\t县农业农村局\t县水务局\t2025年9月底前\n"
    "{second}\n"
)


@pytest.mark.parametrize(
    ("first", "second", "reached"),
    [
        ("备注：各镇人民政府配合落实，不再逐项列出。", "", [True, False]),
        ("", "备注：各镇人民政府负责落实，不再逐项列出。", [False, True]),
    ],
)
def test_a_table_note_reaches_its_own_tables_rows_only(first: str, second: str, reached: list[bool]) -> None:
    notice = parse_text(TWO_TABLES.format(first=first, second=second))
    assert ["各镇人民政府" in t.departments for t in notice.tasks] == reached


def test_a_reference_to_the_tables_units_is_no_unit() -> None:
    notice = parse_text(NOTICE.format(note="备注：表中所列单位负责落实，不再逐项列出。"))
    assert [t.departments for t in notice.tasks] == [("县水务局", "县财政局"), ("县农业农村局", "县水务局")]


@pytest.mark.parametrize(
    ("note", "warned"),
    [
        # a note naming a unit with a role that no row holds, read by no rule: told at its line
        ("备注：第1项由县城管局负责落实，不再逐项列出。", True),
        ("备注：县直各部门负责督促检查。", True),
        # a note whose units the rows name already, a note on leads, a note for every row: no warning
        ("备注：县财政局负责资金保障。", False),
        ("备注：牵头单位栏列第一位的为牵头单位。", False),
        ("备注：各镇人民政府负责落实，不再逐项列出。", False),
    ],
)
def test_a_note_naming_units_no_task_takes_is_warned(note: str, warned: bool) -> None:
    notice = parse_text(NOTICE.format(note=note))
    assert any(w.code == "note-not-read" for w in notice.warnings) == warned
