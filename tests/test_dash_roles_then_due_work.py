"""Roles after a dash closing an item, whose last clause is a deadline and the work due then
(…。——X牵头，Y配合，6月底前完成首轮更新): the roles and the deadline, the work due then kept in the text. Without the dash such a
clause may be the item's own sentence and is not read so. The texts are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse.inline import find_annotations


@pytest.mark.parametrize(
    ("text", "lead", "partners", "due"),
    [
        (
            "更新全区重点项目清单。——区发展改革局牵头，区财政局、区住建局配合，9月底前完成第一轮更新",
            ["区发展改革局"],
            ["区财政局", "区住建局"],
            "9月底前",
        ),
        ("建设社区书屋。——区文旅局牵头，2025年10月底前全部建成投用", ["区文旅局"], [], "2025年10月底前"),
        (
            "推进政务服务。——区政务服务中心牵头，各街道配合，年底前实现一网通办",
            ["区政务服务中心"],
            ["各街道"],
            "年底前",
        ),
    ],
)
def test_dash_roles_closed_by_a_deadline_and_its_work(
    text: str, lead: list[str], partners: list[str], due: str
) -> None:
    [found] = find_annotations(text)
    assert (found.assignment.lead, found.assignment.partners, found.assignment.due) == (lead, partners, due)
    assert found.in_text  # the work due then (完成第一轮更新) stays in the task's text: no words vanish


@pytest.mark.parametrize(
    "text",
    [
        # no dash: the clause may be the item's own sentence
        "更新全区重点项目清单，区发展改革局牵头，区财政局配合，9月底前完成第一轮更新",
        # after the dash, a piece that is neither roles nor a deadline with its work
        "更新全区重点项目清单。——区发展改革局牵头，区财政局配合，做好台账管理",
    ],
)
def test_near_forms_keep_no_deadline_with_work(text: str) -> None:
    assert all(f.assignment.due != "9月底前" for f in find_annotations(text))
