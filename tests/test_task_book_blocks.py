"""A task book's blocks headed by their number and name a space apart, no colon (任务一　建设…), each with its
content, role and time labels under it: every block is a task, its deadline read from its 时间 line. A sentence
that opens with 任务一 (任务一是…) heads no block."""

from __future__ import annotations

from policy_cli.parse import parse_text

HEAD = "某县2026年农贸市场提升任务书\n\n"
BLOCK = "任务{n}\u3000{name}\n具体内容：{text}\n牵头：{lead}\n协同：{partners}\n时间：{due}\n\n"
BLOCKS = [
    ("一", "改造城区农贸市场", "完成3个农贸市场改造。", "县商务局", "县市场监管局", "2026年8月"),
    ("二", "规范早夜市经营", "划定经营区域，落实保洁。", "县城市管理局", "县商务局、县公安局", "2026年10月"),
    ("三", "开展食品安全抽检", "每月抽检市场食品不少于50批次。", "县市场监管局", "—", "常态化"),
]


def _book() -> str:
    return HEAD + "".join(
        BLOCK.format(n=n, name=name, text=text, lead=lead, partners=partners, due=due)
        for n, name, text, lead, partners, due in BLOCKS
    )


def test_each_block_of_a_task_book_is_a_task_with_its_time_line() -> None:
    notice = parse_text(_book())
    assert len(notice.tasks) == 3
    assert notice.tasks[0].text.startswith("改造城区农贸市场")
    assert [t.lead for t in notice.tasks] == [("县商务局",), ("县城市管理局",), ("县市场监管局",)]
    assert notice.tasks[1].partners == ("县商务局", "县公安局")
    assert [t.due for t in notice.tasks] == ["2026年8月", "2026年10月", "常态化"]


def test_a_sentence_opening_with_task_one_heads_no_block() -> None:
    text = _book().replace("任务一\u3000改造城区农贸市场", "任务一是改造城区农贸市场")
    notice = parse_text(text)
    assert not any(t.text.startswith("改造城区农贸市场") for t in notice.tasks)


def test_a_sentence_after_the_book_opening_with_task_one_and_a_clause_opens_no_task() -> None:
    text = _book() + "任务一 验收合格后，县财政局拨付奖补资金。\n"
    notice = parse_text(text)
    assert len(notice.tasks) == 3
    assert not any(t.text.startswith("验收合格后") for t in notice.tasks)
