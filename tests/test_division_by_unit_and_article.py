"""A division paragraph after a notice written in articles (第一条 … 第五条), one clause a unit naming the
articles it leads or assists (职责分工：A牵头落实第一、二条；B牵头落实第三条；C配合落实第一、三条): each article takes
every clause's roles; until the division paragraph is told from the last article's text, it is warned, not read.
A rank before a word (国家级、省级科技企业孵化器) names no unit of the article's own."""

from __future__ import annotations

from policy_cli.parse import parse_text

HEAD = (
    "某区人民政府关于印发某区支持数字经济发展若干措施的通知\n某政发〔2024〕3号\n\n各街道办事处，区政府各部门：\n"
    "　　现将措施印发给你们，请认真组织实施。\n\n某区人民政府\n2024年4月1日\n\n某区支持数字经济发展若干措施\n\n"
)
ARTICLES = (
    "　　第一条　培育数字企业。对首次入库的数字经济企业给予10万元奖励。\n"
    "　　第二条　建设算力设施。支持企业建设数据中心，2024年底前建成一期。\n"
    "　　第三条　建设产业园区。对新认定的国家级、省级数字经济产业园分别给予100万元、50万元奖励。\n"
    "　　第四条　引育数字人才。对引进的高端数字人才给予安家补贴。\n\n"
)
DIVISION = (
    "　　职责分工：区工业和信息化局牵头落实第一、二条；区投资促进局、区科技局共同牵头落实第三条；"
    "区委人才办牵头落实第四条。区财政局配合落实第一、二、四条；区人力资源社会保障局配合落实第四条。\n"
)


def test_a_division_by_unit_naming_articles_is_warned_and_no_article_s_text() -> None:
    notice = parse_text(HEAD + ARTICLES + DIVISION)
    assert any(w.code == "units-by-number" for w in notice.warnings)
    assert not any("职责分工" in t.text for t in notice.tasks)


def test_an_article_naming_its_own_unit_keeps_it() -> None:
    own = ARTICLES.replace("2024年底前建成一期。", "2024年底前建成一期。（责任单位：区发展改革局）")
    notice = parse_text(HEAD + own + DIVISION)
    second = next(t for t in notice.tasks if t.text.startswith("建设算力设施"))
    assert second.departments == ("区发展改革局",)
    assert any(w.code == "units-by-number" for w in notice.warnings)


STANDING = (
    "某市人民政府关于推进城市更新的实施意见\n\n　　一、重点任务\n"
    "　　（一）改造老旧小区。完成老旧小区改造120个，2025年底前完成年度任务。\n"
    "　　（二）完善社区配套。推进社区养老、托育设施建设。\n\n"
    "　　二、责任分工\n　　第（一）项由市住房城乡建设局牵头，市财政局配合；第（二）项由市民政局负责。{closing}\n"
)


def test_a_division_s_standing_deadline_dates_only_the_undated_tasks() -> None:
    notice = parse_text(STANDING.format(closing="上述任务未明确完成时限的，均须持续推进。"))
    assert [t.due for t in notice.tasks] == ["2025年底前", "持续推进"]


def test_a_closing_that_states_no_standing_deadline_dates_nothing() -> None:
    notice = parse_text(STANDING.format(closing="上述任务未明确完成时限的，由牵头单位确定。"))
    assert notice.tasks[1].due is None
