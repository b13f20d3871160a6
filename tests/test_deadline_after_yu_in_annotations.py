"""A deadline after 于 or 在 in an annotation is read as the same deadline written without it."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "西岭县人民政府关于做好农村供水工作的实施方案\n一、主要任务\n"


@pytest.mark.parametrize(
    ("item", "due", "unread"),
    [
        ("（一）更新管网。完成12个村的管网改造（县水利局负责，于2024年6月底前完成）。", "2024年6月底前", False),
        ("（一）更新管网。完成12个村的管网改造（县水利局负责，2024年6月底前完成）。", "2024年6月底前", False),
        ("（一）更新管网。完成12个村的管网改造（县水利局负责，在2024年6月底前完成）。", "2024年6月底前", False),
        ("（一）更新管网。完成12个村的管网改造（县水利局负责，并于2024年9月底前建成）。", "2024年9月底前", False),
        ("（一）更新管网。完成12个村的管网改造（县水利局负责，须于2024年底前）。", "2024年底前", False),
        # near misses: 于 or 在 before no time is no deadline, and stays unread as before
        ("（一）更新管网。完成12个村的管网改造（县水利局负责，在县委领导下推进）。", None, True),
        ("（一）更新管网。完成12个村的管网改造（县水利局负责，于汛后由省水利厅统一验收）。", None, True),
    ],
)
def test_a_deadline_after_yu_or_zai_in_a_bracket(item: str, due: str | None, unread: bool) -> None:
    notice = parse_text(HEAD + item + "\n")
    assert [(t.text, t.departments, t.due) for t in notice.tasks] == [
        ("更新管网。完成12个村的管网改造。", ("县水利局",), due)
    ]
    assert bool([w for w in notice.warnings if w.code == "roles-partly-read"]) is unread


@pytest.mark.parametrize(
    "item",
    [
        "（一）电梯隐患排查，由县市场监管局负责，于2024年8月底前完成排查。",
        "（一）电梯隐患排查，由县市场监管局负责，2024年8月底前完成排查。",
        "（一）电梯隐患排查，由县市场监管局负责，在2024年8月底前完成排查。",
    ],
)
def test_roles_in_a_sentence_then_a_deadline_with_or_without_yu(item: str) -> None:
    notice = parse_text(HEAD + item + "\n")
    assert [(t.text, t.departments, t.due, t.due_date) for t in notice.tasks] == [
        ("电梯隐患排查", ("县市场监管局",), "2024年8月底前", "2024-08-31")
    ]
