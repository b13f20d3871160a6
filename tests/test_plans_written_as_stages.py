"""A plan written as stages with no numbered parts (第一阶段（2025年3月—4月）。各乡镇要… ⏎ 第二阶段…, or 第一阶段：… ⏎
开展时限：4月1日至4月30日 ⏎ 具体要求：…) is a notice of the genre: kept, never refused, warned body-unread at its first
stage and line-not-read at each stage, no task read from it. A single stage, stages with no time, or a sentence
about a stage (进入第二阶段) are no such sign: such a text is refused as before.
(text -> lines warned line-not-read, or None where it is refused)."""

from __future__ import annotations

import pytest

from policy_cli.errors import InputError
from policy_cli.parse import parse_text

_COLON_STAGES = (
    "青禾市城区违法建设专项治理方案\n\n"
    "专项治理自2025年4月1日起至2025年12月31日止，分两个阶段进行：\n"
    "第一阶段：宣传发动\n"
    "开展时限：4月1日至4月30日\n"
    "具体要求：由各区人民政府负总责，摸清违法建设底数。\n"
    "第二阶段：集中拆除\n"
    "开展时限：5月1日至10月31日\n"
    "具体要求：依法拆除违法建设。\n"
)
_BRACKET_STAGES = (
    "苍梧区违法建设治理安排\n\n"
    "第一阶段（2025年3月—4月）。各镇摸清违法建设底数。\n"
    "第二阶段（2025年5月—10月）。各镇依法拆除违法建设。\n"
)
# near misses: stages with no time; one stage alone; news of a stage
_UNDATED = (
    "苍梧区违法建设治理安排\n\n第一阶段：宣传发动\n各镇摸清违法建设底数。\n第二阶段：集中拆除\n依法拆除违法建设。\n"
)
_ONE_STAGE = "苍梧区违法建设治理安排\n\n第一阶段（2025年3月—4月）。各镇摸清违法建设底数。\n此后依法拆除违法建设。\n"
_NEWS = "苍梧区违法建设治理进入第二阶段\n\n记者从区里获悉，治理工作于2025年5月进入第二阶段。\n目前进展顺利。\n"


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (_COLON_STAGES, [4, 7]),
        (_BRACKET_STAGES, [3, 4]),
        (_UNDATED, None),
        (_ONE_STAGE, None),
        (_NEWS, None),
    ],
)
def test_a_plan_of_stages_is_kept_and_warned(text: str, lines: list[int] | None) -> None:
    if lines is None:
        with pytest.raises(InputError, match="not an implementation notice"):
            parse_text(text)
        return
    notice = parse_text(text)
    assert notice.tasks == ()
    assert [w.line for w in notice.warnings if w.code == "line-not-read"] == lines
    assert [w.line for w in notice.warnings if w.code == "body-unread"] == lines[:1]
