"""A heading naming the genre keeps a text whose body is not read (warned body-unread) only where the genre word
ends it, a year or a bracket after it at most; a meeting's headline with such a word in it is news, refused."""

from __future__ import annotations

import pytest

from policy_cli.errors import InputError
from policy_cli.parse import parse_text

BODY = "各单位按月报送进度。\n"

NEWS_BODY = "4月2日，市政府召开推进会。副市长王某出席并讲话。\n会议通报了一季度工作推进情况。\n"


@pytest.mark.parametrize(
    "heading",
    ["某县2025年重点工作任务清单", "某区营商环境提升行动方案（2025—2027年）", "某市重点工作责任分解2025"],
)
def test_a_heading_closed_by_its_genre_word_keeps_the_text(heading: str) -> None:
    notice = parse_text(heading + "\n" + BODY)
    assert [(w.code, w.line) for w in notice.warnings] == [("body-unread", 1)]


@pytest.mark.parametrize(
    "heading",
    [
        "全市重点工作任务清单推进会召开",
        "我县2025年重点工作任务责任分解推进会召开",
        "市重点工作任务清单座谈会",
        "县政府召开工作方案部署会议",
        "任务清单管理经验受到好评",
    ],
)
def test_a_news_headline_naming_the_genre_is_refused(heading: str) -> None:
    with pytest.raises(InputError, match="not an implementation notice"):
        parse_text(heading + "\n" + NEWS_BODY)
