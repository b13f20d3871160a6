"""block-without-units is kept for blocks that look like work left without units, not for the blocks of a plan
that ask no work of their own: those under a part on the plan's frame or requirements (基本原则, 保障措施,
实施步骤), support measures (加强组织领导, 营造良好氛围) and blocks saying their tasks are in the annex. The
notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

TASKS = [
    "青溪县2025年生活垃圾分类实施方案",
    "一、重点任务",
    "（一）建设分类投放点200个，10月底前完成。（县城管局牵头，各乡镇人民政府配合）",
    "（二）配齐分类运输车辆。（县城管局负责）",
]


def _warned(lines: list[str]) -> list[int]:
    notice = parse_text("\n".join([*TASKS, *lines]))
    return [w.line for w in notice.warnings if w.code == "block-without-units"]


@pytest.mark.parametrize(
    ("lines", "warned"),
    [
        (  # support measures under 保障措施: quiet, beside one that names its unit
            [
                "二、保障措施",
                "（一）加强组织领导。成立县级工作专班。",
                "（二）落实经费保障。（县财政局负责）",
                "（三）强化督促考核。纳入年度综合考核。",
            ],
            [],
        ),
        (  # stages under 实施步骤: quiet
            [
                "二、实施步骤",
                "（一）宣传发动阶段（2025年3月）。开展入户宣传。（各乡镇人民政府负责）",
                "（二）全面推行阶段。",
            ],
            [],
        ),
        (  # a support measure's title under another part: quiet
            ["二、推进措施", "（一）营造良好氛围。开展进社区宣传活动。", "（二）建设分拣中心。（县城管局负责）"],
            [],
        ),
        (  # a block whose tasks are in the annex: quiet
            ["二、配套工程", "（一）建设终端处理设施，具体任务详见附件。", "（二）完善收运网络。（县城管局负责）"],
            [],
        ),
        (  # work with no unit, beside blocks that name theirs: warned
            ["二、配套工程", "（一）建设厨余垃圾处理站3座。", "（二）完善收运网络。（县城管局负责）"],
            [6],
        ),
        (  # a part of targets may give targets to units: one left without units is warned
            ["二、主要目标", "（一）垃圾分类覆盖率达到90%。（县城管局负责）", "（二）回收利用率达到35%。"],
            [7],
        ),
        (  # the same under 重点任务: warned
            ["（三）推进垃圾分类进校园。"],
            [5],
        ),
    ],
)
def test_blocks_asking_no_work_are_quiet(lines: list[str], warned: list[int]) -> None:
    assert _warned(lines) == warned


_POINTS = [
    "白沙县2025年乡村旅游提升方案",
    "一、主要任务",
    "（一）提升景区品质",
    "1.完成白沙湖景区游客中心改造。",
    "2.完善景区标识标牌，6月底前完成。",
    "（二）培育旅游业态",
    "1.打造乡村民宿集聚区2个。（县文旅局牵头，县农业农村局配合）",
    "2.举办油菜花旅游节。（县文旅局负责）",
]


_OWN_UNITS = ["1.完成白沙湖景区游客中心改造。（县文旅局负责）", "2.完善景区标识标牌，6月底前完成。（县住建局负责）"]


@pytest.mark.parametrize(
    ("points", "lines", "warned"),
    [
        # a clause whose points all name no unit, beside a clause whose points do: warned at its own line
        (_POINTS[3:5], [], [3]),
        # and a clause of prose alone beside them
        (_POINTS[3:5], ["（三）加强宣传推广。制作乡村旅游短视频10部。"], [3, 9]),
        # its points given units: quiet
        (_OWN_UNITS, [], []),
        # a schedule of stages, or a frame chapter, with points: quiet
        (_OWN_UNITS, ["二、实施步骤", "（一）动员部署阶段（2025年3月）", "（二）集中推进阶段（2025年4月—10月）"], []),
        (_OWN_UNITS, ["二、基本原则", "（一）坚持规划引领", "（二）坚持农民主体"], []),
        (_OWN_UNITS, ["二、推进时间", "（一）动员部署阶段（2025年3月）", "（二）集中推进阶段（2025年4月—10月）"], []),
        (_OWN_UNITS, ["第二章 附则", "第五条 本方案自印发之日起施行。"], []),
    ],
)
def test_a_block_whose_points_name_no_unit_is_warned(points: list[str], lines: list[str], warned: list[int]) -> None:
    notice = parse_text("\n".join([*_POINTS[:3], *points, *_POINTS[5:], *lines]))
    assert [w.line for w in notice.warnings if w.code == "block-without-units"] == warned
    first = next((w for w in notice.warnings if w.line == 3), None)
    assert (first is not None and "lines 4、5" in first.message) == (3 in warned)


_PARTS = [
    "白沙县2025年乡村旅游提升方案",
    "一、提升景区品质",
    "1.完成白沙湖景区游客中心改造。",
    "2.完善景区标识标牌。",
    "二、培育旅游业态",
    "1.打造乡村民宿集聚区2个。（县文旅局牵头，县农业农村局配合）",
    "三、加强组织保障",
    "各乡镇要明确专人负责，按季度报送进展。",
]


def test_a_part_whose_points_name_no_unit_is_warned_a_part_of_prose_is_not() -> None:
    notice = parse_text("\n".join(_PARTS))
    assert [w.line for w in notice.warnings if w.code == "block-without-units"] == [2]
