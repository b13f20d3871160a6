"""Numbered points under a block that carries the roles: a heading item closed by its roles and its deadline
over points (1) (2) gives them both, each point keeping a deadline of its own; an annotation alone on the line
after a block's last point, where neither the block nor an earlier point names a unit, closes the block, so
every point takes it. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

Roles = tuple[tuple[str, ...], tuple[str, ...], str | None]  # lead, partners, due

HEAD = ["松溪县2025年农村供水保障工作要点", "一、重点工作"]


def _roles(lines: list[str]) -> list[Roles]:
    notice = parse_text("\n".join([*HEAD, *lines]))
    return [(t.lead, t.partners, t.due) for t in notice.tasks]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # the heading item's deadline and roles reach both points
            [
                "1.新建规模化水厂3座，2026年6月底前完成。（县水利局牵头，县财政局配合）",
                "（1）完成水厂选址论证。",
                "（2）开工建设配套管网。",
            ],
            [(("县水利局",), ("县财政局",), "2026年6月底前")] * 2,
        ),
        (  # a point stating its own deadline keeps it; the other takes the heading's
            [
                "1.新建规模化水厂3座，2026年6月底前完成。（县水利局牵头，县财政局配合）",
                "（1）完成水厂选址论证，2025年9月底前完成。",
                "（2）开工建设配套管网。",
            ],
            [(("县水利局",), ("县财政局",), "2025年9月底前"), (("县水利局",), ("县财政局",), "2026年6月底前")],
        ),
        (  # a point with roles of its own and no deadline takes the heading's deadline
            [
                "2.改造老旧供水管网，年底前完成。（县住建局牵头）",
                "（1）摸排老旧管网底数。（县住建局牵头，各乡镇人民政府配合）",
                "（2）实施管网更新改造。",
            ],
            [(("县住建局",), ("各乡镇人民政府",), "年底前"), (("县住建局",), (), "年底前")],
        ),
        (  # a heading item stating no deadline gives none: the points' dues stay their own
            [
                "3.提升农村水质检测能力。（县卫健局牵头，县疾控中心配合）",
                "（1）配备水质检测设备。",
                "（2）每季度开展一次水质抽检。",
            ],
            [(("县卫健局",), ("县疾控中心",), None), (("县卫健局",), ("县疾控中心",), "每季度")],
        ),
    ],
)
def test_heading_deadline_reaches_points(lines: list[str], expected: list[Roles]) -> None:
    assert _roles(lines) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # roles alone on the line after the last item close the clause: both items take them, own dues kept
            [
                "（一）建设乡村数字服务站。",
                "1.2025年8月底前出台服务站建设标准。",
                "2.年底前建成服务站20个。",
                "（牵头单位：县数据局；配合单位：县农业农村局）",
            ],
            [
                (("县数据局",), ("县农业农村局",), "2025年8月底前"),
                (("县数据局",), ("县农业农村局",), "年底前"),
            ],
        ),
        (  # labelled lines under the last item, the same way
            [
                "（一）建设乡村数字服务站。",
                "1.2025年8月底前出台服务站建设标准。",
                "2.年底前建成服务站20个。",
                "牵头单位：县数据局",
                "配合单位：县农业农村局",
            ],
            [
                (("县数据局",), ("县农业农村局",), "2025年8月底前"),
                (("县数据局",), ("县农业农村局",), "年底前"),
            ],
        ),
        (  # labelled lines under each item: each item's own
            [
                "（一）建设乡村数字服务站。",
                "1.出台服务站建设标准。",
                "牵头单位：县数据局",
                "2.建成服务站20个。",
                "牵头单位：县农业农村局",
            ],
            [(("县数据局",), (), None), (("县农业农村局",), (), None)],
        ),
        (  # a deadline in the closing bracket reaches an item stating none; the dated item keeps its own
            [
                "（二）推进政务服务下沉。",
                "1.梳理可下放事项清单。",
                "2.10月底前完成首批事项下放。",
                "（县政务服务中心牵头，县司法局配合，2025年底前）",
            ],
            [
                (("县政务服务中心",), ("县司法局",), "2025年底前"),
                (("县政务服务中心",), ("县司法局",), "10月底前"),
            ],
        ),
        (  # an earlier item naming units of its own: the bracket closes the last item only
            [
                "（三）加强冷链物流建设。",
                "1.建设县级冷链集配中心。（县商务局牵头）",
                "2.完善乡镇冷链网点。",
                "（牵头单位：县供销社）",
            ],
            [(("县商务局",), (), None), (("县供销社",), (), None)],
        ),
        (  # the last item wrapped over a line break before the bracket: the bracket still closes the clause
            [
                "（五）强化食品生产监管。",
                "1.推进企业风险分级管理。",
                "2.开展企业监督检查全覆盖，",
                "  年底前完成。",
                "（牵头单位：县市场监管局）",
            ],
            [(("县市场监管局",), (), None), (("县市场监管局",), (), "年底前")],
        ),
        (  # the line before the bracket a sentence of its own, no wrap: the bracket closes the last item only
            [
                "（五）强化食品生产监管。",
                "1.推进企业风险分级管理。",
                "2.开展企业监督检查全覆盖。",
                "  年底前完成复查。",
                "（牵头单位：县市场监管局）",
            ],
            [(("县市场监管局",), (), "年底前")],
        ),
        (  # a bracket closing the last item's own line is that item's alone
            [
                "（四）开展农村道路安全整治。",
                "1.排查临水临崖路段。",
                "2.增设安全防护设施。（牵头单位：县交通运输局）",
            ],
            [(("县交通运输局",), (), None)],
        ),
    ],
)
def test_roles_after_last_point_close_the_block(lines: list[str], expected: list[Roles]) -> None:
    assert _roles(lines) == expected
