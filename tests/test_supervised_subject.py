"""A sentence whose units open it before 要 and whose closing clause names units that supervise the work
(督导, 监督, 指导) gives the task both: the subject first, then the supervisor, as a bracket
（区内各企业负责，开发区安监局督导） does. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "青禾县2025年农村人居环境整治工作要点\n一、强化日常管护\n1.{item}\n2.修订村庄保洁考核办法（县农业农村局，2025年5月底前）。\n"


@pytest.mark.parametrize(
    ("item", "departments"),
    [
        ("各乡镇要落实村庄保洁日常巡查，每周不少于1次，县农业农村局负责督导。", ("各乡镇", "县农业农村局")),
        ("县环卫所要做好垃圾清运，县城管局负责监督。", ("县环卫所", "县城管局")),
        # the closing clause does the work: its units alone, as before
        ("各乡镇要落实村庄保洁日常巡查，县农业农村局负责。", ("县农业农村局",)),
        # a subject that is no unit
        ("广大群众要积极参与村庄保洁，县农业农村局负责督导。", ("县农业农村局",)),
    ],
)
def test_the_subject_of_supervised_work_is_a_unit_of_the_task(item: str, departments: tuple[str, ...]) -> None:
    task = parse_text(HEAD.format(item=item)).tasks[0]
    assert task.departments == departments
