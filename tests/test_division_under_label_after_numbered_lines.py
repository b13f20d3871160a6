"""A list of measures numbered 1. 2. 3. with no 一、 over them, then a paragraph under the label 责任分工： (or
任务分工：) giving each measure its roles by number (第1项由…牵头…；第2、3项由…): the measures are the tasks and take
those roles; the paragraph is no text and no label of the last measure. Near forms: a 责任分工 label naming units,
and numbers past the measures, give nothing by number. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = (
    "青禾县人民政府办公室关于印发青禾县助企纾困六条措施的通知\n青政办发〔2024〕8号\n\n"
    "各镇人民政府，县政府各部门：\n　　《青禾县助企纾困六条措施》已经县政府同意，现印发给你们，请认真贯彻执行。\n\n"
    "青禾县人民政府办公室\n2024年3月5日\n\n青禾县助企纾困六条措施\n\n"
)
MEASURES = "　　1.为小微企业减免房租三个月。\n　　2.设立中小企业应急转贷资金。\n　　3.开通涉企审批绿色通道。\n"


@pytest.mark.parametrize(
    ("division", "roles"),
    [
        (
            "　　责任分工：第1项由县国资局牵头，县财政局配合，2024年6月底前；第2、3项由县金融服务中心牵头，"
            "县政务服务中心配合。\n",
            [
                (("县国资局",), ("县财政局",), "2024年6月底前"),
                (("县金融服务中心",), ("县政务服务中心",), None),
                (("县金融服务中心",), ("县政务服务中心",), None),
            ],
        ),
        (
            "　　任务分工：第1项由县国资局牵头；第2项由县金融服务中心牵头；第3项由县政务服务中心牵头。\n",
            [(("县国资局",), (), None), (("县金融服务中心",), (), None), (("县政务服务中心",), (), None)],
        ),
    ],
)
def test_a_labelled_division_gives_the_numbered_measures_their_roles(
    division: str, roles: list[tuple[tuple[str, ...], tuple[str, ...], str | None]]
) -> None:
    notice = parse_text(HEAD + MEASURES + "\n" + division)
    assert [t.text[:6] for t in notice.tasks] == ["为小微企业减", "设立中小企业", "开通涉企审批"]
    assert [(t.lead, t.partners, t.due) for t in notice.tasks] == roles
    assert "第" not in notice.tasks[-1].text  # the division is no text of the last measure
    assert not [w for w in notice.warnings if w.code == "block-without-units"]


@pytest.mark.parametrize(
    "division",
    [
        # a label naming units, no number: the last measure's label, no division
        "　　责任分工：县国资局、县财政局\n",
        # numbers past the measures: nothing given by number
        "　　责任分工：第4项由县国资局牵头；第5项由县财政局牵头。\n",
    ],
)
def test_near_forms_give_nothing_by_number(division: str) -> None:
    notice = parse_text(HEAD + MEASURES + "\n" + division)
    assert not any(t.lead for t in notice.tasks)
    assert "units-by-number-given" not in {w.code for w in notice.warnings}


@pytest.mark.parametrize(
    ("measure", "due"),
    [
        # the months of a campaign, with how often it acts then: the division's deadline
        ("　　2.组织线上招聘月活动，6月至8月每周举办一场。\n", "8月底前"),
        # months the work is done in, no cadence: the measure's own
        ("　　2.建设零工驿站3个，6月至7月完成。\n", "6月至7月"),
    ],
)
def test_a_campaigns_window_yields_to_the_divisions_deadline(measure: str, due: str) -> None:
    measures = "　　1.为小微企业减免房租三个月。\n" + measure
    division = "　　责任分工：第1项由县国资局牵头；第2项由县人社局负责，8月底前。\n"
    notice = parse_text(HEAD + measures + "\n" + division)
    assert notice.tasks[1].due == due
