"""A lead's mark in brackets closing a run of units joined by 、 in a list whose runs ，parts (县水利局、县农业农村局（牵头），
县财政局): every unit of the run leads, as a partners' mark closing a run makes its units partners; the other runs
keep the list's role. A list of one run (县水利局、县农业农村局（牵头）) or a mark inside a run names its own unit alone.
The same in a labelled line and in a bare bracket after the task's text (（县水利局、县农业农村局（牵头），县财政局，…）).
The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "青枫区2025年稳就业工作要点\n青枫区人民政府办公室\n2025年3月5日\n一、重点任务\n"


@pytest.mark.parametrize(
    ("units", "lead", "partners", "departments"),
    [
        # the run the mark closes leads; the run after ，stays responsible
        (
            "区水利局、区农业农村局（牵头），区财政局",
            ("区水利局", "区农业农村局"),
            (),
            ("区水利局", "区农业农村局", "区财政局"),
        ),
        (
            "各镇人民政府、各街道办事处（牵头），区人社局、区民政局",
            ("各镇人民政府", "各街道办事处"),
            (),
            ("各镇人民政府", "各街道办事处", "区人社局", "区民政局"),
        ),
        # a partners' mark closing the next run: those are partners
        ("区水利局、区农业农村局（牵头），区财政局（配合）", ("区水利局", "区农业农村局"), ("区财政局",), None),
        # near cases: one run only, or the mark on the run's first unit: that unit alone leads
        ("区水利局、区农业农村局（牵头）", ("区农业农村局",), (), ("区水利局", "区农业农村局")),
        ("区农业农村局（牵头）、区水利局，区财政局", ("区农业农村局",), (), ("区农业农村局", "区水利局", "区财政局")),
    ],
)
@pytest.mark.parametrize(
    "form",
    [
        "（一）发展特色产业。培育特色种养基地5个。\n责任单位：{units}\n完成时间：2025年12月底前\n",
        "（一）发展特色产业。培育特色种养基地5个。（{units}，2025年12月底前完成）\n",
        "（一）发展特色产业。培育特色种养基地5个。（{units}）\n",
    ],
)
def test_a_lead_mark_closing_a_run(
    form: str, units: str, lead: tuple[str, ...], partners: tuple[str, ...], departments: tuple[str, ...] | None
) -> None:
    text = HEAD + form.format(units=units)
    tasks = parse_text(text).tasks
    assert len(tasks) == 1
    task = tasks[0]
    assert (task.lead, task.partners) == (lead, partners)
    if departments is not None:
        assert task.departments == departments
