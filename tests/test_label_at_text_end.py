"""A notice whose last item closes with a labelled line of its units or deadline on the item's own line
(`…挂钩。责任单位：镇综治中心、镇财政所`), the page's text ending there, is complete: no text-cut-off. A text
that stops inside the label's list (after 、) or inside a sentence is still warned. The notices are written
for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "\n".join(
    [
        "青屿镇2025年人居环境整治工作要点",
        "一、村庄清洁",
        "1、开展村庄清洁行动。每月组织一次集中清理，重点清理房前屋后杂物。牵头单位：镇农业服务中心　配合单位：各村",
        "2、推进农村改厕。完成户厕问题摸排整改，年底前整改率达到100%。责任单位：镇农业服务中心、镇卫生院",
    ]
)


@pytest.mark.parametrize(
    "last",
    [
        "3、完善长效管护。建立保洁员考评制度，考评结果与报酬挂钩。责任单位：镇财政所、镇农业服务中心",
        "3、完善长效管护。建立保洁员考评制度，考评结果与报酬挂钩。牵头单位：镇农业服务中心　完成时限：6月底前",
    ],
)
def test_a_text_ending_in_an_item_s_label_is_complete(last: str) -> None:
    notice = parse_text(HEAD + "\n" + last + "\n")
    assert len(notice.tasks) == 3
    assert not [w for w in notice.warnings if w.code.endswith("cut-off")]


@pytest.mark.parametrize(
    "last",
    [
        "3、完善长效管护。建立保洁员考评制度，考评结果与报酬挂钩，由镇财政所",
        "3、完善长效管护。建立保洁员考评制度，考评结果与报酬挂钩。责任单位：镇财政所、",
    ],
)
def test_a_text_cut_inside_the_last_item_is_warned(last: str) -> None:
    notice = parse_text(HEAD + "\n" + last + "\n")
    assert [w for w in notice.warnings if w.code.endswith("cut-off")]
