"""Body layouts without 一、 parts (chapters and articles, 任务一: items, clauses alone), leader label
lines and link lines after the text. Each notice here is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.errors import InputError
from policy_cli.models import Notice
from policy_cli.parse import parse_text


def facts(notice: Notice) -> list[str]:
    """Per task on one line: id|text|lead|partners|departments|leaders|deadline|group|sub-group."""
    return [
        "|".join(
            "、".join(x) if isinstance(x, tuple) else str(x if x is not None else "")
            for x in (t.id, t.text, t.lead, t.partners, t.departments, t.leaders, t.due, t.group, t.subgroup)
        )
        for t in notice.tasks
    ]


HEAD = "青岚县人民政府办公室关于印发青岚县河道管理实施细则的通知\n\n岚政办发〔2025〕3号\n\n"

LAYOUTS = [
    (
        "chapters-and-articles",
        HEAD + "青岚县河道管理实施细则\n\n第一章　总　则\n　　第一条　为加强河道管理，制定本细则。\n"
        "第二章　重点任务\n"
        "　　第二条　开展河道清障行动。（责任部门：县水务局、县自然资源局；完成时间：2025年6月底前）\n"
        "　　第三条　建立河道巡查台账。（责任部门：县水务局；完成时间：长期坚持）\n"
        "第三章　附　则\n　　第四条　本细则自印发之日起施行。\n",
        [
            "1|开展河道清障行动。|||县水务局、县自然资源局||2025年6月底前|2|2",
            "2|建立河道巡查台账。|||县水务局||长期坚持|2|3",
        ],
    ),
    (
        "articles-without-chapters",
        HEAD + "第一条　整治入河排污口。（责任部门：县生态环境局；完成时间：2025年底前）\n"
        "第二条　疏浚城区内河。（责任部门：县住房城乡建设局）\n",
        [
            "1|整治入河排污口。|||县生态环境局||2025年底前|1|",
            "2|疏浚城区内河。|||县住房城乡建设局|||2|",
        ],
    ),
    (
        "task-items-with-label-lines",
        "青岚县2025年河湖重点工作任务清单\n\n"
        "任务一：完成县城防洪堤加固。\n牵头县领导：副县长某甲\n责任单位：县水务局\n完成时限：2025年5月底前\n\n"
        "任务二：开展河湖“清四乱”专项行动。\n牵头县领导：副县长某乙\n责任单位：县水务局、各乡镇人民政府\n"
        "完成时限：长期坚持\n",
        [
            "1|完成县城防洪堤加固。|||县水务局|副县长某甲|2025年5月底前|1|",
            "2|开展河湖“清四乱”专项行动。|||县水务局、各乡镇人民政府|副县长某乙|长期坚持|2|",
        ],
    ),
    (
        "clauses-without-parts",
        HEAD + "　　（一）修订防汛应急预案。（责任单位：县应急管理局；完成时限：2025年4月底前）\n"
        "　　（二）开展防汛演练。（责任单位：县水务局）\n",
        [
            "1|修订防汛应急预案。|||县应急管理局||2025年4月底前|1|",
            "2|开展防汛演练。|||县水务局|||2|",
        ],
    ),
    (
        "leader-label-under-an-item",
        HEAD + "一、民生实事\n　　1.新建城乡公共厕所20座。\n　　牵头单位：县城管局\n"
        "　　联系县领导：某丙副县长\n　　完成时间：2025年9月底前\n",
        ["1|新建城乡公共厕所20座。|县城管局||县城管局|某丙副县长|2025年9月底前|1|"],
    ),
    (
        "a note that the first unit of each list leads",
        HEAD + "一、重点任务\n　　以下任务中，责任单位排在第一位的为牵头单位，其余为配合单位。\n"
        "　　1.修订防汛预案。（责任单位：县水务局、县应急管理局）\n"
        "　　2.开展防汛演练。（责任单位：县应急管理局）\n"
        "　　3.储备防汛物资。（牵头单位：县发展改革局；配合单位：县水务局）\n",
        [
            "1|修订防汛预案。|县水务局|县应急管理局|县水务局、县应急管理局|||1|",
            "2|开展防汛演练。|县应急管理局||县应急管理局|||1|",
            "3|储备防汛物资。|县发展改革局|县水务局|县发展改革局、县水务局|||1|",
        ],
    ),
    (
        "two labels on one line, after a wide space or a semicolon",
        HEAD + "一、民生实事\n　　1.新建城乡公共厕所20座。\n　　责任单位：县城管局　完成时间：2025年9月底前\n"
        "　　2.改造农贸市场3个。\n　　牵头单位：县商务局；配合单位：县市场监管局；完成时间：2025年11月底前\n",
        [
            "1|新建城乡公共厕所20座。|||县城管局||2025年9月底前|1|",
            "2|改造农贸市场3个。|县商务局|县市场监管局|县商务局、县市场监管局||2025年11月底前|1|",
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in LAYOUTS], ids=[n for n, _, _ in LAYOUTS])
def test_layouts_without_parts_give_their_tasks(text: str, expected: list[str]) -> None:
    notice = parse_text(text)
    assert facts(notice) == expected
    assert not [w for w in notice.warnings if w.code == "no-tasks"]


def test_article_label_is_kept_as_the_clause_number_not_in_its_text() -> None:
    notice = parse_text(LAYOUTS[0][1])
    assert [(p.number, p.title) for p in notice.parts] == [(1, "总　则"), (2, "重点任务"), (3, "附　则")]
    assert [(c.number, c.text[:4]) for c in notice.parts[1].clauses] == [(2, "开展河道"), (3, "建立河道")]


@pytest.mark.parametrize(
    "line",
    ["相关链接：青岚县水务局网站", "相关文件：青岚县防汛预案"],
)
def test_link_lines_after_the_text_are_boilerplate(line: str) -> None:
    text = HEAD + "一、重点任务\n　　1.修订防汛预案。（责任单位：县水务局）\n" + line + "\n"
    notice = parse_text(text)
    assert facts(notice) == ["1|修订防汛预案。|||县水务局|||1|"]
    assert [(b.kind, b.text) for b in notice.boilerplate if b.line == 7] == [("link", line)]


@pytest.mark.parametrize(
    "text",
    [
        "某县防汛工作情况的报告\n今年以来，全县防汛工作平稳有序。\n",
        "第一条意见\n这是一段话。\n",  # one article-like line is no body of articles
    ],
)
def test_prose_without_blocks_is_still_refused(text: str) -> None:
    with pytest.raises(InputError, match="not an implementation notice"):
        parse_text(text)


ITEMS_WITH_DATES = [
    (  # an item number followed by a month: an item, the date its deadline
        "1.4月底前完成堤防巡查。（牵头单位：县水务局）\n2.10月底前完成水毁修复。（牵头单位：县水务局）\n",
        ["一/1|堤防巡查|4月底前", "一/2|水毁修复|10月底前"],
    ),
    (  # an item number followed by a year
        "1.2025年底前建成污水管网。（牵头单位：县住建局）\n2.2026年6月底前建成泵站。（牵头单位：县住建局）\n",
        ["一/1|污水管网|2025年底前", "一/2|泵站|2026年6月底前"],
    ),
]


@pytest.mark.parametrize(("items", "expected"), ITEMS_WITH_DATES)
def test_an_item_number_before_a_date_is_an_item(items: str, expected: list[str]) -> None:
    notice = parse_text("青岚县2025年水利工作要点\n一、重点工作\n" + items)
    got = [f"{t.path}|{t.text}|{t.due}" for t in notice.tasks]
    assert [g.split("|")[0] for g in got] == [e.split("|")[0] for e in expected]
    assert all(e.split("|")[1] in g and g.endswith("|" + e.split("|")[2]) for g, e in zip(got, expected, strict=True))
    assert not [w for w in notice.warnings if "numbering" in w.code]


@pytest.mark.parametrize("decimal", ["1.5倍。（牵头单位：县发改局）", "3.2万亩。（牵头单位：县农业农村局）"])
def test_a_decimal_opening_a_line_is_no_item(decimal: str) -> None:
    notice = parse_text("青岚县2025年水利工作要点\n一、重点工作\n力争投资增长达到\n" + decimal + "\n")
    assert [t.path for t in notice.tasks] == ["一"]


def test_an_event_heading_over_dated_items_names_no_unit() -> None:
    text = "青岚县春节活动安排\n一、新春团拜会\n1.1月25日前确定名单。\n2.由县委办组织会务。\n"
    text += "二、元宵灯会\n1.2月10日前完成灯组布设。\n2.由县城管局组织安保。\n"
    notice = parse_text(text)
    assert [(t.path, t.departments) for t in notice.tasks] == [("一/2", ("县委办",)), ("二/2", ("县城管局",))]
