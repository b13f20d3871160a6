"""Readings kept narrow where a wider one lost tasks or printed wrong units with confidence: a 说明:/备注: line
between a table's rows is a row's remark, not the notes; units named for every task stop at their verb; a party
named by how it was hired is no unit; clauses apart by ；make a task each only where their units differ and no
words give them one deadline; a tier of units doing its own share keeps the warning of a role not read. The
notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "青石镇人居环境整治工作方案\n青石镇人民政府\n2025年2月10日\n"
FIRST = "1.整修村道。年底前完成。（镇建设办牵头，各村配合）\n"


def _units(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(t.text, t.departments) for t in parse_text(text).tasks]


def _codes(text: str) -> list[str]:
    return [w.code for w in parse_text(text).warnings]


TABLE_HEAD = (
    "附件\n整治任务分工表\n序号\t工作任务\t牵头单位\t责任单位\t完成时限\n"
    "1\t拆除危旧棚舍\t镇建设办\t镇综合执法队\t2025年4月底前\n"
)
TABLE_TAIL = "2\t修缮公共厕所\t镇环卫站\t镇建设办\t2025年8月底前\n3\t建立保洁台账\t镇农业办\t各村\t2025年10月底前\n"


@pytest.mark.parametrize("opening", ["说明：", "备注："])
def test_a_remark_between_a_table_s_rows_keeps_the_rows_after_it(opening: str) -> None:
    text = HEAD + "　　为改善人居环境，制定本方案。\n" + TABLE_HEAD + opening + "含临街棚舍\n" + TABLE_TAIL
    notice = parse_text(text)
    assert [t.text for t in notice.tasks] == ["拆除危旧棚舍", "修缮公共厕所", "建立保洁台账"]
    assert "annex-unparsed" in [w.code for w in notice.warnings]


def test_notes_after_the_last_row_open_the_notes() -> None:
    text = HEAD + "　　为改善人居环境，制定本方案。\n" + TABLE_HEAD + TABLE_TAIL + "注：各单位每月报送进展。\n"
    notice = parse_text(text)
    assert [t.text for t in notice.tasks] == ["拆除危旧棚舍", "修缮公共厕所", "建立保洁台账"]
    assert "annex-unparsed" not in [w.code for w in notice.warnings]


BODY = (
    "一、整修村道。修补破损路面，由镇建设办牵头，镇综合执法队配合，5月底前完成。\n"
    "二、清理沟渠。疏通村内排水沟渠，由镇农业办负责，8月底前完成。\n"
)


@pytest.mark.parametrize(
    ("closing", "added"),
    [
        # the towns helping one named office: no sentence for every task (read as before)
        ("　　上述所有工作，各村民委员会均须协助镇建设办推进，不再逐项列出。\n", None),
        ("　　以上各项任务，各村民委员会都要配合镇农业办落实，不再一一列出。\n", None),
        # near form: the verb right after the units, they partner every task
        ("　　以上各项任务，各村民委员会均须协助落实，不再逐项列出。\n", "各村民委员会"),
    ],
)
def test_units_for_every_task_stop_at_their_verb(closing: str, added: str | None) -> None:
    for text, departments in _units(HEAD + BODY + closing):
        assert not any("协助" in d or "配合" in d or "均须" in d or "都要" in d for d in departments), text
        assert (added in departments) if added else all(d.startswith("镇") for d in departments)


@pytest.mark.parametrize(
    ("item", "departments", "warned"),
    [
        ("2.绿化养护。开展绿地养护，养护工作由中标公司负责，10月底前完成。", None, True),
        ("2.沟渠清淤。清淤工作由第三方机构具体实施，由镇建设办负责监督，7月底前完成。", ("镇建设办",), False),
        ("2.沟渠清淤。开展沟渠清淤，由镇建设办负责，清淤工作由承包单位实施，7月底前完成。", ("镇建设办",), False),
        # near form: the kind of work before 由, a named office
        ("2.绿化养护。开展绿地养护，养护工作由镇环卫站负责，10月底前完成。", ("镇环卫站",), False),
    ],
)
def test_a_party_named_by_how_it_was_hired_is_no_unit(
    item: str, departments: tuple[str, ...] | None, warned: bool
) -> None:
    text = HEAD + FIRST + item + "\n"
    tasks = _units(text)
    if departments is None:
        assert len(tasks) == 1
    else:
        assert tasks[1][1] == departments
    assert ("role-not-read" in _codes(text)) == warned


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # one unit opening both clauses: not split (one task, or the role warned as before)
        ("2.整治坑塘。镇农业办负责摸排坑塘，4月底前完成；镇农业办负责登记造册，10月底前完成。", None),
        # one deadline given to both clauses together: not split
        ("2.整治坑塘。镇农业办负责摸排坑塘；镇财政所负责经费保障，均于7月底前完成。", None),
        # near form: units differ, each its own deadline: a task each, each with the item's title
        (
            "2.整治坑塘。镇农业办负责摸排坑塘，4月底前完成；镇财政所负责经费保障，10月底前到位。",
            [("镇农业办",), ("镇财政所",)],
        ),
    ],
)
def test_clauses_apart_by_a_semicolon(item: str, expected: list[tuple[str, ...]] | None) -> None:
    notice = parse_text("青石镇坑塘整治工作方案\n\n一、主要任务\n" + FIRST + item + "\n")
    tasks = notice.tasks[1:]
    if expected is None:
        assert len(tasks) == 1 or (not tasks and "role-not-read" in [w.code for w in notice.warnings])
        assert all(t.text.endswith("完成。") for t in tasks)
        return
    assert [t.departments for t in tasks] == expected
    assert all(t.text.startswith("整治坑塘。") and t.due is not None for t in tasks)


@pytest.mark.parametrize(
    ("item", "warned"),
    [
        ("2.巡查沟渠。镇水利站负责日常巡查，县级水质检测中心每月抽检，9月底前完成。", True),
        ("2.巡查沟渠。镇水利站负责日常巡查，市级财政部门保障经费，9月底前完成。", True),
        # near form: the town's offices helping with the verb alone are partners
        ("2.巡查沟渠。镇水利站负责日常巡查，镇农业办协助，9月底前完成。", False),
    ],
)
def test_a_tier_doing_its_own_share_keeps_the_warning(item: str, warned: bool) -> None:
    text = HEAD + FIRST + item + "\n"
    assert ("role-not-read" in _codes(text)) == warned
    assert (len(_units(text)) == 1) == warned
