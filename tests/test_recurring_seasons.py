"""A recurring deadline keeps the season or holiday of each year it names (每年春耕前, 每年春节前), not cut to 每年."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "西岭县人民政府关于印发西岭县2026年农业生产工作要点的通知\n西政发〔2026〕2号\n一、主要任务\n"
TAIL = "\n西岭县人民政府\n2026年1月10日\n"


@pytest.mark.parametrize(
    ("item", "due", "kind"),
    [
        ("（一）春耕备耕。保障农资（县农业农村局负责，每年春耕前）。", "每年春耕前", "standing"),
        ("（一）春耕备耕。保障农资（县农业农村局负责，每年春节前完成）。", "每年春节前", "standing"),
        ("（一）春耕备耕。每年秋收前完成农机检修（县农业农村局负责）。", "每年秋收前", "standing"),
        # near misses: the cycle alone, its end, a season of the notice's year
        ("（一）春耕备耕。保障农资（县农业农村局负责，每年）。", "每年", "standing"),
        ("（一）春耕备耕。保障农资（县农业农村局负责，每年汛期前）。", "每年汛期前", "standing"),
        ("（一）春耕备耕。保障农资（县农业农村局负责，春耕前）。", "春耕前", "unknown"),
    ],
)
def test_a_recurring_season_keeps_its_season(item: str, due: str, kind: str) -> None:
    notice = parse_text(HEAD + item + TAIL)
    assert [(t.due, t.due_kind) for t in notice.tasks] == [(due, kind)]
