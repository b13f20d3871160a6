"""A scrape that could not write a 、 or a ； wrote ? in its place (县文旅局?县市场监管局, 牵头单位：县交通运输局?配合
单位：…), and one that could not write a 文号's brackets wrote ? for them (某政办?2023?7号). Between two units'
names, before a label, and around a 文号's year, ? is read as the mark it replaced; a ? anywhere else is kept.
The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.departments import split_units
from policy_cli.parse import parse_text
from policy_cli.parse.head import normalize_doc_number


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        ("县文旅局?县市场监管局?各乡镇", ("县文旅局", "县市场监管局", "各乡镇")),
        ("县卫健局??各乡镇卫生院", ("县卫健局", "各乡镇卫生院")),
        ("县住建局？县自然资源局", ("县住建局", "县自然资源局")),
        # a ? that follows no unit's name, or opens no unit's, is no separator
        ("县文旅?局", ("县文旅?局",)),
        ("县文旅局?文化馆", ("县文旅局?文化馆",)),
    ],
)
def test_a_question_mark_between_units_separates_them(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units


HEAD = "临溪县人民政府办公室关于印发2023年民生实事分工方案的通知\n各乡镇人民政府，县直各单位：\n现将方案印发给你们，请认真贯彻落实。\n2023年3月1日\n一、民生实事\n"


@pytest.mark.parametrize(
    ("annotation", "lead", "partners"),
    [
        ("（牵头单位：县交通运输局?配合单位：县财政局、各乡镇）", ("县交通运输局",), ("县财政局", "各乡镇")),
        ("（牵头单位：县交通运输局；配合单位：县财政局?各乡镇）", ("县交通运输局",), ("县财政局", "各乡镇")),
        ("（牵头单位：县交通运输局；配合单位：县财政局、各乡镇）", ("县交通运输局",), ("县财政局", "各乡镇")),
    ],
)
def test_a_question_mark_before_a_label_closes_the_value(
    annotation: str, lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    (task,) = parse_text(HEAD + "1.改造农村公路50公里，年底前完工。" + annotation + "\n").tasks
    assert task.lead == lead
    assert task.partners == partners


@pytest.mark.parametrize(
    ("written", "normalized"),
    [
        ("临溪政办?2023?7号", "临溪政办〔2023〕7号"),
        ("临溪政办〔2023〕7号", "临溪政办〔2023〕7号"),
        ("临溪政办2023年7号", None),
    ],
)
def test_a_doc_number_with_question_marks_for_brackets(written: str, normalized: str | None) -> None:
    assert normalize_doc_number(written) == normalized
