"""A paragraph after an item's roles that gives work to a unit the item does not name (同时，县公安局要…) stays
in the item's text, as written, and is warned line-not-read at its line: the unit's work is not read."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "白沙县2025年道路交通安全工作要点\n一、重点任务\n（一）整治农村道路隐患。排查整治隐患点40处。（县交通运输局负责，9月底前）\n"
TAIL = "（二）加强驾驶人培训。开展驾驶人安全教育。（县公安局负责）\n"

# (the paragraph under the item, the unit warned, or None)
PARAGRAPHS: list[tuple[str, str | None]] = [
    ("　　同时，县公安局要加强重点车辆源头管理，开展酒驾醉驾专项整治。", "县公安局"),
    ("　　此外，县应急管理局负责开展道路运输企业安全检查。", "县应急管理局"),
    ("　　县农业农村局要做好农用车辆登记工作。", "县农业农村局"),
    # the item's own unit, prose with no unit opening it, a unit that is no subject: no warning
    ("　　同时，县交通运输局要建立隐患整治台账。", None),
    ("　　同时，要加强农村道路日常巡查。", None),
    ("　　整治情况及时报县交通运输局。", None),
]


@pytest.mark.parametrize(("paragraph", "unit"), PARAGRAPHS)
def test_a_paragraph_giving_work_to_another_unit_is_warned(paragraph: str, unit: str | None) -> None:
    notice = parse_text(HEAD + paragraph + "\n" + TAIL)
    first = notice.tasks[0]
    assert first.departments == ("县交通运输局",)
    assert paragraph.strip("　") in first.text
    warned = [w for w in notice.warnings if w.code == "line-not-read"]
    if unit is None:
        assert warned == []
    else:
        assert [w.line for w in warned] == [4]
        assert f"({unit})" in warned[0].message
