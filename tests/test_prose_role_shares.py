"""Roles in a block's prose: a role clause whose subject is the work named as a thing's work (…设施的修复由X牵头实施，
Y配合) is read; a unit's share that no assignment holds after the roles that were read (Y予以配合 before a
deadline and more work, Z参与某项工作) is warned with its line, never dropped silently."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.roles import parse_annotation

HEAD = "某镇防汛工作方案\n一、工作任务\n（一）巡查值守。镇水利站负责小型水库巡查。\n"


@pytest.mark.parametrize(
    ("block", "roles"),
    [
        # the work named as a thing's work before 由: the roles are read, the text kept whole
        (
            "（二）设施修复。受损桥梁、涵洞等设施的修复由镇建设办牵头实施，镇水利站配合，9月底前完成。",
            (("镇建设办",), ("镇水利站",)),
        ),
        (
            "（二）设施修复。桥梁的日常维护由镇建设办牵头，镇财政所配合。",
            (("镇建设办",), ("镇财政所",)),
        ),
    ],
)
def test_the_work_as_subject_before_by(block: str, roles: tuple[tuple[str, ...], ...]) -> None:
    notice = parse_text(HEAD + block + "\n")
    task = notice.tasks[-1]
    assert (task.lead, task.partners) == roles
    assert task.text.startswith("设施修复。")
    assert not [w for w in notice.warnings if w.code == "role-not-read"]


@pytest.mark.parametrize(
    ("block", "verb"),
    [
        # a partner clause with an adverb before its verb, left unread by the work after the deadline
        ("（二）隐患排查。镇应急办负责组织排查，镇建设办、镇农业办予以配合，5月底前完成排查并建立清单。", "配合"),
        # a second unit's share of the work after the block's own roles
        ("（二）灾后救助。镇民政办负责受灾群众救助，镇卫生院参与卫生防疫工作。", "参与"),
        # the places' share, after a role clause that was read
        ("（二）值班值守。由镇党政办负责排班和督查，各村（社区）同步落实值班。", "落实"),
    ],
)
def test_a_units_share_not_read_is_warned(block: str, verb: str) -> None:
    notice = parse_text(HEAD + block + "\n")
    warned = [w for w in notice.warnings if w.code == "role-not-read" and w.line == 4]
    assert warned and f"({verb})" in warned[0].message


@pytest.mark.parametrize(
    ("block", "verb"),
    [
        # 负责人 is a noun: no places' share, nothing warned
        ("（二）值班值守。实行24小时值班，各村（社区）负责人要坚守岗位。（县应急局负责，6月底前完成）", None),
        # the places the read roles hold, written without their governments' word: the unread partner is named
        ("（二）路域整治。各乡镇负责组织清理路障，县公安局配合。（各乡镇人民政府负责，6月底前完成）", "配合"),
        ("（二）路域整治。各乡镇人民政府负责组织清理路障。（各乡镇负责，6月底前完成）", None),
        # places the read roles do not hold are still warned
        ("（二）转移安置。县应急局负责统筹，各乡镇负责组织群众转移。（县应急局负责，6月底前完成）", "负责"),
    ],
)
def test_the_places_share_is_told_from_a_noun_and_from_the_places_held(block: str, verb: str | None) -> None:
    notice = parse_text(HEAD + block + "\n")
    warned = [w.message for w in notice.warnings if w.code == "role-not-read" and w.line == 4]
    assert (f"({verb})" in warned[0]) if verb else not warned, warned


def test_an_invited_party_or_a_block_with_no_roles_read_is_not_warned() -> None:
    # those a sentence invites to take part are given no role, and warned for none
    notice = parse_text(HEAD + "（二）社会参与。鼓励企业、社会组织参与防汛物资储备。\n")
    assert not [w for w in notice.warnings if w.code == "role-not-read" and w.line == 4]


_CLOSING = "某县商贸工作方案\n一、工作任务\n1.发展夜间经济。培育夜间消费集聚区3个（县商务局负责）。\n{closing}\n"


@pytest.mark.parametrize(
    ("closing", "warned"),
    [
        # the places' governments given a duty for every task, in words no sentence for all tasks is read by
        ("各县（市、区）人民政府具体负责落实以上任务。", True),
        ("以上各项任务，各乡镇人民政府负责组织实施。", True),
        # read as units for every task (units-for-every-task-given), so not warned
        ("以上各项任务，各乡镇人民政府负责在本辖区组织实施。", False),
        # a request with no role names no duty
        ("各乡镇人民政府要高度重视，加强组织领导。", False),
    ],
)
def test_a_closing_giving_the_places_governments_a_duty_is_warned(closing: str, warned: bool) -> None:
    notice = parse_text(_CLOSING.format(closing=closing))
    assert bool([w for w in notice.warnings if w.code == "line-not-read" and w.line == 4]) is warned


def test_a_sentence_for_all_tasks_that_is_read_is_not_warned() -> None:
    closing = "以上各项任务由县商务局牵头组织实施，各乡镇人民政府具体负责落实。"
    text = "某县商贸工作方案\n一、工作任务\n1.发展夜间经济。培育夜间消费集聚区3个。\n二、保障措施\n" + closing + "\n"
    notice = parse_text(text)
    assert notice.tasks[0].departments == ("县商务局", "各乡镇人民政府")
    assert not [w for w in notice.warnings if w.code == "line-not-read"]


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        # a deadline in a sentence of its own after the units' list
        ("牵头：县林业局；配合：县财政局。5月底前完成。", (["县林业局"], ["县财政局"], "5月底前")),
        ("牵头：县林业局。2024年9月底前完成。", (["县林业局"], [], "2024年9月底前")),
        ("牵头：县林业局；配合：县财政局。长期坚持。", (["县林业局"], ["县财政局"], "长期坚持")),
        # a sentence after the list that is no deadline gives none
        ("牵头：县林业局。县财政局负责审核。", (["县林业局"], [], None)),
    ],
)
def test_a_deadline_sentence_after_the_units(annotation: str, expected: tuple[object, ...]) -> None:
    found = parse_annotation(annotation)
    assert found is not None
    assert (found.lead, found.partners, found.due) == expected


_LAST = (
    "某县人居环境整治方案\n一、重点任务\n（一）整治垃圾。开展清运。（县城管局牵头，县财政局配合，2025年6月底前完成）\n"
    "（二）改造厕所。完成改厕500户。（县农业农村局负责）\n{after}\n"
)


@pytest.mark.parametrize(
    ("after", "closing"),
    [
        # a call on everyone after the last block, a word on how they act before the verb: the closing, its
        # report date no deadline of the last task
        ("县直各部门积极配合。请各单位于2025年12月20日前将工作总结报县农业农村局。", True),
        ("县财政局予以配合。请各单位于2025年12月20日前将工作总结报县农业农村局。", True),
        ("各乡镇政府全力配合。请各单位于2025年12月20日前将工作总结报县农业农村局。", True),
        ("县直各部门要按职责配合。请各单位于2025年12月20日前将工作总结报县农业农村局。", True),
        ("县直各部门按属地负责。请各单位于2025年12月20日前将工作总结报县农业农村局。", True),
        # a unit's role verb right after its name still gives work: the paragraph stays the task's text
        ("县财政局配合。2025年12月20日前完成验收。", False),
    ],
)
def test_a_call_on_everyone_after_the_last_block_is_the_closing(after: str, closing: bool) -> None:
    notice = parse_text(_LAST.format(after=after))
    last = notice.tasks[-1]
    assert (after in (notice.closing or "")) is closing
    assert (last.due is None) is closing
    assert (after in last.text) is not closing


@pytest.mark.parametrize(
    ("block", "roles", "text"),
    [
        # the kind of work named with 工作 before 由, inside a sentence: read, the words kept in the text
        (
            "（二）河道巡查。主汛期加密巡河频次，巡河工作由镇水利站统一安排，长期坚持。",
            (("镇水利站",), (), ()),
            "河道巡查。主汛期加密巡河频次，巡河工作由镇水利站统一安排",
        ),
        # 统一安排 is a verb of the units responsible (no 负责 clause: no lead beside the partners)
        (
            "（二）应急联络。由镇党政办统一安排，各村配合，汛期保持通讯畅通。",
            (("镇党政办", "各村"), (), ("各村",)),
            "应急联络。",
        ),
    ],
)
def test_roles_of_a_kind_of_work_and_of_the_one_in_charge(
    block: str, roles: tuple[tuple[str, ...], ...], text: str
) -> None:
    notice = parse_text(HEAD + block + "\n")
    task = notice.tasks[-1]
    assert (task.departments, task.lead, task.partners) == roles
    assert task.text.startswith(text)
    assert not [w for w in notice.warnings if w.code in ("role-not-read", "block-without-units")]
