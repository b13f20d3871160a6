"""Labels a notice words its own way (牵头推进单位：, 主抓部门：, 责任牵头部门：, 协调单位：, 督办领导：,
牵头督查单位：) are read as labels, their role from their words: never glued into a unit's name. Words that
are no label (a unit named 市协调办, prose with 协调) keep their meaning. The notices are written for the test
(invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "青屿市人民政府办公室关于印发2025年重点改革任务清单的通知\n各县（区）人民政府，市直各部门：\n现将任务清单印发给你们，请认真抓好落实。\n2025年3月5日\n一、重点改革任务\n"


def _task(item: str):  # type: ignore[no-untyped-def]
    notice = parse_text(HEAD + "1.深化国资国企改革，完成市属企业整合重组。" + item + "\n")
    assert len(notice.tasks) == 1
    return notice.tasks[0]


@pytest.mark.parametrize(
    ("annotation", "lead", "partners", "leaders", "departments"),
    [
        (
            "（牵头推进单位：市国资委；配合推进单位：市财政局）",
            ["市国资委"],
            ["市财政局"],
            [],
            ["市国资委", "市财政局"],
        ),
        (
            "（主抓部门：市发改委；协调单位：市自然资源局）",
            ["市发改委"],
            ["市自然资源局"],
            [],
            ["市发改委", "市自然资源局"],
        ),
        (
            "（责任牵头部门：市卫健委；协同推进部门：市医保局）",
            ["市卫健委"],
            ["市医保局"],
            [],
            ["市卫健委", "市医保局"],
        ),
        ("（督办领导：张副市长；牵头单位：市农业农村局）", ["市农业农村局"], [], ["张副市长"], ["市农业农村局"]),
        # who oversees the task is no unit of it
        ("（牵头督查单位：市政府督查室；责任单位：市发改委）", [], [], [], ["市发改委"]),
        # the vocabulary's own labels read as before
        ("（牵头单位：市国资委；配合单位：市财政局）", ["市国资委"], ["市财政局"], [], ["市国资委", "市财政局"]),
    ],
)
def test_a_label_worded_its_own_way_is_read_by_its_words(
    annotation: str, lead: list[str], partners: list[str], leaders: list[str], departments: list[str]
) -> None:
    task = _task(annotation)
    assert list(task.lead) == lead
    assert list(task.partners) == partners
    assert list(task.leaders) == leaders
    assert list(task.departments) == departments
    assert "：" not in task.text and "：" not in "".join(task.departments)


@pytest.mark.parametrize(
    ("annotation", "departments"),
    [
        ("（市协调服务中心、市国资委负责）", ["市协调服务中心", "市国资委"]),  # a unit whose name holds a role word
        ("（责任单位：市国资委）", ["市国资委"]),
    ],
)
def test_words_that_are_no_label_keep_their_meaning(annotation: str, departments: list[str]) -> None:
    task = _task(annotation)
    assert list(task.departments) == departments
    assert list(task.lead) == []


def test_label_words_answer_for_their_role() -> None:
    from policy_cli import patterns as P

    assert P.LABEL_ROLES["牵头推进单位"] == "lead"
    assert P.LABEL_ROLES["协调单位"] == "partners"
    assert P.LABEL_ROLES["督办领导"] == "leaders"
    assert P.LABEL_ROLES["牵头督查单位"] == "supervisors"
    assert P.LABEL_ROLES["督办股室"] == "supervisors"
    assert P.LABEL_ROLES["指导科室"] == "supervisors"
    assert P.LABEL_ROLES["协同处室"] == "partners"
    assert "推进单位" not in P.LABEL_ROLES and P.LABEL_ROLES.get("推进单位") is None
    with pytest.raises(KeyError):
        P.LABEL_ROLES["推进单位"]


@pytest.mark.parametrize(
    ("annotation", "departments", "partners", "warned"),
    [
        ("（推进单位：市国资委；配合单位：市财政局）", ["市国资委", "市财政局"], ["市财政局"], True),
        ("（配合单位：市财政局；推进单位：市国资委）", ["市财政局", "市国资委"], ["市财政局"], True),
        ("（责任单位：市国资委；配合单位：市财政局）", ["市国资委", "市财政局"], ["市财政局"], False),
    ],
)
def test_a_label_of_no_known_words_is_warned_never_glued(
    annotation: str, departments: list[str], partners: list[str], warned: bool
) -> None:
    notice = parse_text(HEAD + "1.深化国资国企改革，完成市属企业整合重组。" + annotation + "\n")
    (task,) = notice.tasks
    assert list(task.departments) == departments
    assert list(task.partners) == partners
    assert any(w.code == "label-unknown" and "推进单位" in w.message for w in notice.warnings) is warned


@pytest.mark.parametrize(
    "annotation",
    [
        "（自治区交通运输厅牵头，自治区发展改革委、生态环境厅配合）",
        "（责任单位：自治区交通运输厅牵头，自治区发展改革委、生态环境厅配合）",
        "〔责任单位：自治区交通运输厅牵头，自治区发展改革委、生态环境厅配合〕",
    ],
)
def test_a_name_before_its_role_verb_takes_the_list_s_level_under_a_label(annotation: str) -> None:
    task = _task(annotation)
    assert list(task.lead) == ["自治区交通运输厅"]
    assert list(task.partners) == ["自治区发展改革委", "自治区生态环境厅"]
