"""A page that ran a notice's whole body into one line (…现提出以下意见: 一、… 1.… 2.…): read split at its
parts and items, never refused; a number inside a sentence does not split it. 参加 after units names
partners, as 参与 does."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.lines import split_lines
from policy_cli.parse.noise import split_run_on

RUN_ON = (
    "澜川市人民政府关于促进青年就业的意见\n"
    "各县人民政府，市政府各部门：为稳住就业大局，现提出以下意见： 一、拓宽就业渠道 1.扶持社区小店。落实减免"
    "政策，新增岗位3、4千个。（市商务局牵头，市财政局、市税务局参加） 2.开发见习岗位。每年开发1.5万个见习"
    "岗位。（市人社局负责） 二、强化服务保障 1.办好招聘活动。全年举办招聘会20场以上。（市人社局、市总工会牵头，"
    "团市委参与）\n"
)


def test_run_on_body_is_split_and_read() -> None:
    notice = parse_text(RUN_ON)
    assert notice.metadata.title == "澜川市人民政府关于促进青年就业的意见"
    rows = [(t.text[:6], t.lead, t.partners, t.departments) for t in notice.tasks]
    assert rows == [
        ("扶持社区小店", ("市商务局",), ("市财政局", "市税务局"), ("市商务局", "市财政局", "市税务局")),
        ("开发见习岗位", (), (), ("市人社局",)),
        ("办好招聘活动", ("市人社局", "市总工会"), ("团市委",), ("市人社局", "市总工会", "团市委")),
    ]
    assert [p.title for p in notice.parts] == ["拓宽就业渠道", "强化服务保障"]


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        # parts and items continue their numbering: each opens a piece
        (
            "现提出以下意见: 一、总则 1.甲。 2.乙。 二、保障 1.丙。",
            ["现提出以下意见:", "一、总则", "1.甲。", "2.乙。", "二、保障", "1.丙。"],
        ),
        # a number in a sentence (3、4项, 1.5万, a 2. out of sequence) stays in it
        (
            "意见如下: 一、任务 1.完成3、4项工作 共计 1.5万人 3.不是 2.乙。",
            ["意见如下:", "一、任务", "1.完成3、4项工作 共计 1.5万人 3.不是", "2.乙。"],
        ),
        # no part 一、 in the line: left as written
        ("为做好工作 1.甲 2.乙", ["为做好工作 1.甲 2.乙"]),
        # items after an annotation's bracket, the first glued to a heading with no punctuation, numbered on
        # across parts (3 then 二、 then 4)
        (
            "制定本方案。一、完善服务网络1、2026年底前建成站点。（市民政局负责）2、建立台账。（市民政局负责）"
            "二、做好就业帮扶3、开展培训。（市人社局负责）",
            [
                "制定本方案。",
                "一、完善服务网络",
                "1、2026年底前建成站点。（市民政局负责）",
                "2、建立台账。（市民政局负责）",
                "二、做好就业帮扶",
                "3、开展培训。（市人社局负责）",
            ],
        ),
        (
            "如下。一、完善服务网络1、建成站点。（市民政局负责）二、做好就业帮扶3、开展培训。（市人社局负责）",
            # 3 after 1 skips a number: it stays in the heading's line
            [
                "如下。",
                "一、完善服务网络",
                "1、建成站点。（市民政局负责）",
                "二、做好就业帮扶3、开展培训。（市人社局负责）",
            ],
        ),
        # clauses (一) after a part, and under a clause items whose number has no mark after it (1科学…);
        # a number of things (3个, 2年) is no item
        (
            "如下。 一、主要任务 (一)加强指导。 1评估城市韧性,建设3个站点。(省住建厅负责) 2开展体检 用 2年完成。"
            "(省卫健委负责) (二)强化保障。 1落实资金。",
            [
                "如下。",
                "一、主要任务",
                "(一)加强指导。",
                "1评估城市韧性,建设3个站点。(省住建厅负责)",
                "2开展体检 用 2年完成。(省卫健委负责)",
                "(二)强化保障。",
                "1落实资金。",
            ],
        ),
        # a bare number before a measure word counts things (2辆, 3处, 4栋, 5场): no item; 1处理… is one
        (
            "如下。 一、城市管理 (一)完善设施。 1.新建广场,年内新增 2辆洒水车和 3处驿站,改造 4栋旧楼,办好 5场展会。"
            "(市城管局牵头) 2.疏通管网。 二、保障 (一)统筹协调。 1处理好跨部门事项。",
            [
                "如下。",
                "一、城市管理",
                "(一)完善设施。",
                "1.新建广场,年内新增 2辆洒水车和 3处驿站,改造 4栋旧楼,办好 5场展会。(市城管局牵头)",
                "2.疏通管网。",
                "二、保障",
                "(一)统筹协调。",
                "1处理好跨部门事项。",
            ],
        ),
        # a document site's preview: its page counter, then the title glued to the first part, a clause glued to
        # the part's heading, items numbered on across clauses (3 under (一), then 4 under (二))
        (
            "第1页共6页棠溪县养老服务实施方案一、健全服务网络(一)扩大覆盖面。1、新建站点。(县民政局负责,县财政局配合)"
            "2、改造旧房。(县住建局负责)(二)提升水平。3、培训护理员。(县人社局负责)",
            [
                "第1页共6页",
                "棠溪县养老服务实施方案",
                "一、健全服务网络",
                "(一)扩大覆盖面。",
                "1、新建站点。(县民政局负责,县财政局配合)",
                "2、改造旧房。(县住建局负责)",
                "(二)提升水平。",
                "3、培训护理员。(县人社局负责)",
            ],
        ),
        # the head run in too: the title (a wrap left as a space inside it), its 文号, then the cover's text
        (
            "澜川市人民政府 关于明确重点工作 责任单位的通知 澜政〔2024〕6号 现将任务分解如下。"
            " 一、稳定就业 1.扶持小店。(市商务局负责)",
            [
                "澜川市人民政府 关于明确重点工作 责任单位的通知",
                "澜政〔2024〕6号",
                "现将任务分解如下。",
                "一、稳定就业",
                "1.扶持小店。(市商务局负责)",
            ],
        ),
        # no 文号: a title saying 关于… is cut from the cover's text all the same
        (
            "澜川市人民政府 关于明确重点工作 责任单位的通知 现将任务分解如下。 一、稳定就业 1.扶持小店。(市商务局负责)",
            [
                "澜川市人民政府 关于明确重点工作 责任单位的通知",
                "现将任务分解如下。",
                "一、稳定就业",
                "1.扶持小店。(市商务局负责)",
            ],
        ),
        # no 文号 and no 关于: a plan's name then a space may be a sentence's start, left as written
        (
            "澜川市稳就业工作方案 现将任务分解如下。 一、稳定就业 1.扶持小店。(市商务局负责)",
            ["澜川市稳就业工作方案 现将任务分解如下。", "一、稳定就业", "1.扶持小店。(市商务局负责)"],
        ),
        # a 文号 cited in the cover's sentence is no head's: the head stays one piece
        (
            "根据澜政〔2024〕6号 要求,现将任务分解如下。 一、稳定就业 1.扶持小店。(市商务局负责)",
            ["根据澜政〔2024〕6号 要求,现将任务分解如下。", "一、稳定就业", "1.扶持小店。(市商务局负责)"],
        ),
        # 统一、 in a sentence is no part: the line is left as written
        ("为做好工作,要求统一、规范管理", ["为做好工作,要求统一、规范管理"]),
        # a heading that is a sentence, or numbers listed in it, opens no item there
        (
            "如下。一、完成第1、2项工作。二、其他",
            ["如下。", "一、完成第1、2项工作。", "二、其他"],
        ),
    ],
)
def test_split_run_on(line: str, pieces: list[str]) -> None:
    out = split_run_on(split_lines(line))
    assert [ln.text for ln in out] == pieces
    assert {ln.number for ln in out} == {1}  # every piece keeps its line's number


def test_run_on_preview_with_title_glued_to_its_first_part_is_read() -> None:
    notice = parse_text(
        "第1页共6页棠溪县养老服务实施方案一、健全服务网络(一)扩大覆盖面。1、新建站点。(县民政局负责,县财政局配合)"
        "2、改造旧房。(县住建局负责)(二)提升水平。3、培训护理员。(县人社局负责)"
    )
    assert notice.metadata.title == "棠溪县养老服务实施方案"
    rows = [(t.text[:4], t.departments, t.partners) for t in notice.tasks]
    assert rows == [
        ("新建站点", ("县民政局", "县财政局"), ("县财政局",)),
        ("改造旧房", ("县住建局",), ()),
        ("培训护理", ("县人社局",), ()),
    ]


def test_items_numbered_with_no_mark_on_a_run_on_page_are_items() -> None:
    notice = parse_text(
        "澜川省城市安全整治方案\n澜川省城市安全整治方案 为做好整治,制定本方案。 一、主要任务 (一)加强规划指导。"
        " 1评估城市韧性,建设3个站点。(省住建厅负责) 2开展设施体检,用 2年完成。(省卫健委、省应急厅等按职责分工负责)\n"
    )
    rows = [(t.text[:6], t.departments) for t in notice.tasks]
    assert rows == [("评估城市韧性", ("省住建厅",)), ("开展设施体检", ("省卫健委", "省应急厅"))]
    assert notice.tasks[0].path.endswith("/1")


def test_a_number_opening_a_line_of_its_own_is_no_item() -> None:
    notice = parse_text("某县防汛工作方案\n一、主要任务\n（一）修订预案。\n5处险段要加固。（县水务局负责）\n")
    assert [t.path for t in notice.tasks] == ["一/（一）"]


def test_lines_already_split_are_untouched() -> None:
    lines = split_lines("一、总则\n1.甲。\n2.乙。")
    assert split_run_on(lines) == lines


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        # a title whose last words the layout spaced out, character by character
        ("澜川市人民政府关于稳定青年就业工作 的 实 施 意 见", "澜川市人民政府关于稳定青年就业工作的实施意见"),
        ("澜川市 2026年 青年就业 工作方案", "澜川市2026年青年就业工作方案"),
        ("澜川市人民政府关于稳定青年就业工作的实施意见", "澜川市人民政府关于稳定青年就业工作的实施意见"),
    ],
)
def test_spaced_title_is_read(first_line: str, title: str) -> None:
    text = f"{first_line}\n各县人民政府：\n一、拓宽渠道\n（一）扶持小店。落实政策。（市商务局负责）\n"
    notice = parse_text(text)
    assert notice.metadata.title == title
    assert [t.departments for t in notice.tasks] == [("市商务局",)]


def test_file_name_title_and_unknown_glued_header() -> None:
    """A document site's preview: the file name over the page is the title without its extension; a
    table glued into one run whose columns are not all known (项目名称, 区政府分管领导) is warned at its
    header's line, and the notice is read, not refused."""
    text = (
        "2026年澜川区为民办实事项目责任分解表.docx\n"
        "《2026年澜川区为民办实事项目责任分解表.docx》由会员分享，可在线阅读。\n"
        "1、2026年澜川区为民办实事项目责任分解表序号项目名称建设内容区政府分管领导牵头单位配合单位"
        "1改造老旧小区完成改造12个小区。周某某住建局各街道2新建口袋公园建成8个公园。\n"
    )
    notice = parse_text(text)
    assert notice.metadata.title == "2026年澜川区为民办实事项目责任分解表"
    assert notice.tasks == ()
    assert ("table-not-read", 3) in [(w.code, w.line) for w in notice.warnings]


def test_glued_table_title_fuller_than_the_file_name() -> None:
    """The table's own title glued before its header holds the file name's title and its place: taken."""
    text = (
        "2026年为民办实事项目责任分解表.docx\n"
        "1、附件澜川区2026年为民办实事项目责任分解表序号项目名称建设内容区政府分管领导牵头单位配合单位"
        "1改造老旧小区完成改造12个小区。周某某住建局各街道\n"
    )
    notice = parse_text(text)
    assert notice.metadata.title == "澜川区2026年为民办实事项目责任分解表"
    assert ("table-not-read", 2) in [(w.code, w.line) for w in notice.warnings]


# A document site's preview: the file name on top, then the text cut into long chunks the site numbers
# 1、 2、 at their starts, the second starting inside an annotation.
_SENTENCE = "全年培训不少于五百人次，考核合格率达到百分之九十以上，培训档案按人建立并长期保存。"
DOC_SITE = (
    "澜川市关于做好技能培训工作的实施方案.docx\n"
    "下载文档　上传人：abc　5页　21KB\n"
    "1、澜川市关于做好技能培训工作的实施方案为做好技能培训工作，制定本方案。一、健全培训体系1、开展技能培训。"
    + _SENTENCE * 3
    + "（市人社局负责，市教育局配合）2、建立培训档案。"
    + _SENTENCE
    + "（市人社局、市财政局负责，\n"
    "2、市总工会配合）二、强化保障3、落实培训补贴。" + _SENTENCE * 6 + "（市财政局负责）\n"
)


def test_a_document_sites_chunk_numbers_are_page_breaks_and_its_items_are_read() -> None:
    notice = parse_text(DOC_SITE)
    rows = [(t.text[:6], t.departments, t.partners) for t in notice.tasks]
    assert rows == [
        ("开展技能培训", ("市人社局", "市教育局"), ("市教育局",)),
        ("建立培训档案", ("市人社局", "市财政局", "市总工会"), ("市总工会",)),
        ("落实培训补贴", ("市财政局",), ()),
    ]
    assert [b.text for b in notice.boilerplate if b.kind == "page-break"] == ["1、", "2、"]


# The same preview under the site's own line naming the file in book-title marks (that line long too, no
# chunk), items glued to a clause's heading with a space before their dot (…攻坚战1 .做好…), and the
# preview's last chunk cut short.
DOC_SITE_IN_MARKS = (
    "《澜川市技能培训工作方案.docx》由会员分享，可在线阅读，更多相关《澜川市技能培训工作方案.docx(9页)》请在某文库网"
    + "上搜索。"
    + "本站提供各类工程图纸、设计方案和办公文档的在线阅读与下载服务，" * 5
    + "\n1、澜川市技能培训工作方案为做好技能培训工作，制定本方案。一、工作目标全年培训五千人次。"
    + "二、主要任务(一)全力抓好技能培训1 .开展技能培训。"
    + _SENTENCE * 4
    + "培训"
    + "\n2、档案按人建立。（责任单位：市人社局）2 .建立培训档案。"
    + _SENTENCE * 4
    + "（责任单位：市人社局、市档案局）\n3、。推"
)


def test_a_document_sites_file_name_in_book_title_marks_and_items_glued_to_a_clause_heading() -> None:
    notice = parse_text(DOC_SITE_IN_MARKS)
    assert [(t.text[:6], t.departments) for t in notice.tasks] == [
        ("开展技能培训", ("市人社局",)),
        ("建立培训档案", ("市人社局", "市档案局")),
    ]
    assert [b.text for b in notice.boilerplate if b.kind == "page-break"] == ["1、", "2、", "3、"]
    # the title is the file's name in its marks, without the extension
    assert notice.metadata.title == "澜川市技能培训工作方案"
    # the preview's last chunk, cut short, is warned as a text cut off
    assert ("text-cut-off", 4) in [(w.code, w.line) for w in notice.warnings]


def test_a_name_in_book_title_marks_without_a_files_extension_is_no_title() -> None:
    text = DOC_SITE_IN_MARKS.replace("《澜川市技能培训工作方案.docx》", "《澜川市技能培训工作方案》", 1)
    assert parse_text(text).metadata.title != "澜川市技能培训工作方案"


def test_a_number_glued_to_a_long_or_punctuated_clause_heading_is_no_item() -> None:
    text = (
        "澜川市人民政府关于技能培训的实施意见\n一、主要任务\n"
        "(一)抓好培训，全年培训2 .5万人次以上，考核合格率达到90%。（市人社局负责）\n"
    )
    notice = parse_text(text)
    assert [t.text[:4] for t in notice.tasks] == ["抓好培训"]


# A notice with its attachment's file name near the top and numbered items each longer than a site's chunk:
# its numbers are its own, the items whole (each with its labelled lines after it, or its annotation closed).
_WORK = "每月组织一次隐患排查，发现问题当场登记、限期整改，整改结果向社会公开，群众反映的问题三日内答复。"
_ATTACHED = (
    "澜川市人民政府办公室关于印发澜川市2026年消防工作要点的通知\n附件：澜川市2026年消防工作要点.docx\n一、重点工作\n"
)
ITEMS_WITH_LABELS = (
    _ATTACHED
    + "1、整治高层住宅消防通道。"
    + _WORK * 4
    + "\n牵头单位：市消防救援支队\n配合单位：市住建局\n完成时限：2026年6月底前\n"
    + "2、整治电动自行车充电场所。"
    + _WORK * 4
    + "\n牵头单位：市应急局\n完成时限：2026年10月底前\n"
)
ITEMS_WITH_ANNOTATIONS = (
    _ATTACHED
    + "1、整治高层住宅消防通道。"
    + _WORK * 4
    + "（市消防救援支队牵头，市住建局配合；2026年6月底前）\n"
    + "2、整治电动自行车充电场所。"
    + _WORK * 4
    + "（市应急局负责；2026年10月底前）\n"
)


@pytest.mark.parametrize(
    ("text", "rows", "page_breaks"),
    [
        # an ordinary notice: every numbered item is a task of its own, its number kept
        (
            ITEMS_WITH_LABELS,
            [
                ("一/1", "整治高层住宅", ("市消防救援支队", "市住建局"), ("市住建局",), "2026-06-30"),
                ("一/2", "整治电动自行", ("市应急局",), (), "2026-10-31"),
            ],
            [],
        ),
        (
            ITEMS_WITH_ANNOTATIONS,
            [
                ("一/1", "整治高层住宅", ("市消防救援支队", "市住建局"), ("市住建局",), "2026-06-30"),
                ("一/2", "整治电动自行", ("市应急局",), (), "2026-10-31"),
            ],
            [],
        ),
        # a document site's page: chunks one after another, the second cut inside an annotation
        (
            DOC_SITE,
            [
                ("一/1", "开展技能培训", ("市人社局", "市教育局"), ("市教育局",), None),
                ("一/2", "建立培训档案", ("市人社局", "市财政局", "市总工会"), ("市总工会",), None),
                ("二/3", "落实培训补贴", ("市财政局",), (), None),
            ],
            ["1、", "2、"],
        ),
    ],
    ids=["labels-after-items", "annotations-after-items", "document-site"],
)
def test_long_numbered_lines_under_a_file_name(
    text: str, rows: list[tuple[str, str, tuple[str, ...], tuple[str, ...], str | None]], page_breaks: list[str]
) -> None:
    notice = parse_text(text)
    got = [(t.path, t.text[:6], t.departments, t.partners, t.due_date) for t in notice.tasks]
    assert got == rows
    assert [b.text for b in notice.boilerplate if b.kind == "page-break"] == page_breaks


def test_numbered_long_items_without_a_document_sites_file_name_keep_their_numbers() -> None:
    text = (
        "澜川市技能培训实施方案\n一、任务\n1、开展培训。"
        + _SENTENCE * 5
        + "（市人社局负责）\n2、建立档案。"
        + _SENTENCE * 5
        + "（市人社局负责）\n"
    )
    notice = parse_text(text)
    assert [t.text[:6] for t in notice.tasks] == ["开展培训。全", "建立档案。全"]
    assert not [b for b in notice.boilerplate if b.kind == "page-break"]


@pytest.mark.parametrize(
    ("preview", "title"),
    [
        # a file name citing another document in marks, the document's own title glued before its first sentence
        # in the preview: the title as the document writes it
        (
            "1、澜川市贯彻落实江岭省技能提升若干措施实施方案为做好技能培训工作，制定本方案。",
            "澜川市贯彻落实江岭省技能提升若干措施实施方案",
        ),
        # near form: the preview opens with other words: the file name's title, its inner marks whole
        (
            "1、为做好技能培训工作，制定本方案。",
            "澜川市贯彻落实《江岭省技能提升若干措施》实施方案",
        ),
    ],
)
def test_a_file_name_citing_a_document_in_marks(preview: str, title: str) -> None:
    notice = parse_text(
        "《澜川市贯彻落实《江岭省技能提升若干措施》实施方案.docx》由会员分享，可在线阅读。\n"
        + preview
        + "一、主要任务(一)开展技能培训。全年培训五千人次。（市人社局负责）\n"
    )
    assert notice.metadata.title == title


def test_run_on_head_gives_title_and_doc_number() -> None:
    notice = parse_text(
        "澜川市人民政府 关于明确重点工作 责任单位的通知 澜政〔2024〕6号 现将任务分解如下。"
        " 一、稳定就业 1.扶持小店。(市商务局负责) 2.开发岗位。(市人社局牵头,市财政局配合)"
    )
    assert notice.metadata.title == "澜川市人民政府关于明确重点工作责任单位的通知"
    assert notice.metadata.doc_number_normalized == "澜政〔2024〕6号"
    assert [(t.text[:4], t.lead, t.departments) for t in notice.tasks] == [
        ("扶持小店", (), ("市商务局",)),
        ("开发岗位", ("市人社局",), ("市人社局", "市财政局")),
    ]


def test_a_list_of_units_duties_run_on_is_a_task_each() -> None:
    # a page run into one line, a part listing units' duties (县应急管理局:… 县水利局:…), its heading glued to
    # the first unit: each unit's paragraph is a task of that unit
    notice = parse_text(
        "丰水县森林防火工作方案为做好森林防火，结合我县实际，特制定本方案。一、健全指挥体系调整县森林防火指挥部，"
        "其办公室设在县林业局。二、职责分工县林业局：承担指挥部日常工作，组织火情监测。"
        "县气象局：发布高火险天气预报。县消防救援大队：负责火场扑救。\n"
    )
    assert [(t.departments, t.text[:6]) for t in notice.tasks] == [
        (("县林业局",), "承担指挥部日"),
        (("县气象局",), "发布高火险天"),
        (("县消防救援大队",), "负责火场扑救"),
    ]


def test_one_unit_and_colon_in_a_run_on_part_is_no_list() -> None:
    pieces = [
        ln.text
        for ln in split_run_on(
            split_lines("甲方案 一、组织领导 成立指挥部。县防指办公室：设在县应急局。二、保障 加强保障。")
        )
    ]
    assert pieces == ["甲方案", "一、组织领导 成立指挥部。县防指办公室：设在县应急局。", "二、保障 加强保障。"]
