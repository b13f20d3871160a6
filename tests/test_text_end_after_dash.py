"""A notice whose last item is a whole sentence followed by units' names after a dash (`…宣传周活动。——办公室`,
`…依法按时答复。—— 区司法局 区政府办公室`) is complete: no text-cut-off. A text that stops inside a name after
the dash, or inside a sentence, is still warned. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = (
    "石门县市场监督管理局2025年食品安全工作要点\n"
    "一、守护校园食品安全\n"
    "1.开展校园食品安全守护行动，学校食堂检查全覆盖。（食品经营股负责）\n"
    "2.推进明厨亮灶建设，8月底前覆盖率达到90%。（食品经营股、信息中心负责）\n"
)


@pytest.mark.parametrize(
    ("last", "warned"),
    [
        # a whole sentence, then the units after a dash (one, or several by spaces or 、): complete
        ("3.开展食品安全宣传周活动。——办公室", False),
        ("3.做好投诉举报答复工作，依法按时答复。—— 县司法局 县政府办公室", False),
        ("3.组织食品安全抽检1200批次。--抽检股、信息中心", False),
        # near forms: cut inside a name after the dash, inside a sentence after it, or inside the sentence
        ("3.开展食品安全宣传周活动。——县财", True),
        ("3.开展食品安全宣传周活动。——办公室牵头，各股室", True),
        ("3.开展食品安全宣传周活动，组织进校园、进社区宣传，发放", True),
    ],
)
def test_a_text_ending_in_units_after_a_dash_is_complete(last: str, warned: bool) -> None:
    notice = parse_text(HEAD + last + "\n")
    assert bool([w for w in notice.warnings if w.code == "text-cut-off" and w.line == 5]) == warned
