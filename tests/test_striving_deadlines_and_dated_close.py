"""力争 or 争取 before an annotation's deadline is no part of it, as in prose; and a unit's role opening the
item's second sentence, followed by one clause that is its deadline and the work due then, is the item's."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "青禾市人民政府关于印发青禾市2026年营商环境优化工作方案的通知\n青政发〔2026〕4号\n一、主要任务\n"
TAIL = "\n青禾市人民政府\n2026年2月1日\n"


@pytest.mark.parametrize(
    ("item", "due", "unread"),
    [
        ("（一）开展评价。完成评价（市发展改革委牵头，市统计局配合，力争2026年底前完成）。", "2026年底前", False),
        (
            "（一）开展评价。完成评价（市发展改革委牵头，市统计局配合，争取于2026年9月底前完成）。",
            "2026年9月底前",
            False,
        ),
        ("（一）开展评价。完成评价（市发展改革委牵头，市统计局配合，力争在9月底前完成）。", "9月底前", False),
        (
            "（一）开展评价。完成评价（市发展改革委牵头，市统计局配合，确保2026年10月底前完成）。",
            "2026年10月底前",
            False,
        ),
        ("（一）开展评价。完成评价（市发展改革委牵头，市统计局配合，务必于10月底前完成）。", "10月底前", False),
        # near misses: 力争 or 确保 before no time is no deadline, and stays unread
        ("（一）开展评价。完成评价（市发展改革委牵头，市统计局配合，确保数据准确）。", None, True),
        ("（一）开展评价。完成评价（市发展改革委牵头，市统计局配合，力争取得实效）。", None, True),
    ],
)
def test_striving_for_a_deadline_in_an_annotation(item: str, due: str | None, unread: bool) -> None:
    notice = parse_text(HEAD + item + TAIL)
    assert [(t.lead, t.partners, t.due) for t in notice.tasks] == [(("市发展改革委",), ("市统计局",), due)]
    assert bool([w for w in notice.warnings if w.code == "roles-partly-read"]) is unread


@pytest.mark.parametrize(
    ("item", "lead", "departments", "due"),
    [
        ("（一）春耕备耕。市农业农村局负责，2026年3月底前完成农资储备。", (), ("市农业农村局",), "2026年3月底前"),
        ("（一）春耕备耕。市农业农村局牵头，3月底前完成农资储备。", ("市农业农村局",), ("市农业农村局",), "3月底前"),
        (
            "（一）春耕备耕。保障春耕生产。市农业农村局负责，3月底前完成农资储备。",
            (),
            ("市农业农村局",),
            "3月底前",
        ),
    ],
)
def test_a_role_then_its_dated_work_closing_the_item(
    item: str, lead: tuple[str, ...], departments: tuple[str, ...], due: str
) -> None:
    notice = parse_text(HEAD + item + TAIL)
    assert [(t.lead, t.departments, t.due) for t in notice.tasks] == [(lead, departments, due)]
    assert not [w for w in notice.warnings if w.code == "role-not-read"]


@pytest.mark.parametrize(
    ("item", "warned"),
    [
        # right after the short title, more prose or work after the role: the item's role all the same
        ("（一）春耕备耕。市农业农村局负责，2026年3月底前完成农资储备，做好调度。", False),
        ("（一）春耕备耕。市农业农村局负责，做好农资储备。", False),
        # after a sentence of the work: no run of roles, warned as before
        ("（一）春耕备耕。做好农资储备，保障春耕生产，稳定粮食面积。市农业农村局负责，做好调度。", True),
    ],
)
def test_a_role_alone_inside_prose(item: str, warned: bool) -> None:
    notice = parse_text(HEAD + item + TAIL)
    assert [(t.departments, t.lead) for t in notice.tasks] == [(("市农业农村局",), ())]
    # (no role run: the only task is the prose reader's, its subject responsible, warned)
    read_from_prose = [w.line for w in notice.warnings if w.code == "read-from-prose"]
    assert read_from_prose == ([t.line for t in notice.tasks] if warned else [])
    assert bool([w for w in notice.warnings if w.code == "role-not-read"]) is warned
