"""Notices of the genre in layouts without 一、 parts, tables with cells left to the row above, lead rules
stated in notes and headings: each fixture with the tasks it must give."""

from __future__ import annotations

import pytest

from policy_cli.errors import InputError
from policy_cli.models import Notice
from policy_cli.parse import parse_text
from policy_cli.source import parse_file

from .conftest import FIXTURES

GENRE = FIXTURES / "genre"

Row = tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None]


def _rows(notice: Notice) -> list[Row]:
    return [(t.text[:8], t.departments, t.lead, t.partners, t.due) for t in notice.tasks]


CASES: list[tuple[str, str | None, list[Row]]] = [
    (
        "town_list_prose_roles.txt",
        "石门镇2025年安全生产和消防工作要点",
        [
            (
                "全面开展安全隐患",
                ("镇应急管理办公室", "镇派出所", "镇市场监管所"),
                ("镇应急管理办公室",),
                ("镇派出所", "镇市场监管所"),
                None,
            ),
            (
                "加强农村道路交通",
                ("镇派出所", "镇交通管理站", "各村民委员会"),
                ("镇派出所",),
                ("镇交通管理站", "各村民委员会"),
                "2025年9月底前",
            ),
            ("推进森林防火网格", ("镇林业站", "镇农业综合服务中心"), ("镇林业站",), ("镇农业综合服务中心",), None),
            ("组织消防安全进校", ("镇综治办",), (), (), None),
        ],
    ),
    (
        "county_list_label_lines.txt",
        "青石县落实县委经济工作会议精神重点任务分工",
        [
            (
                "扩大有效投资，全",
                ("县发展改革局", "县财政局", "县自然资源局"),
                ("县发展改革局",),
                ("县财政局", "县自然资源局"),
                "2025年12月底前",
            ),
            (
                "优化营商环境，推",
                ("县市场监管局", "县政务服务中心", "县住房城乡建设局"),
                ("县市场监管局",),
                ("县政务服务中心", "县住房城乡建设局"),
                "2025年6月底前",
            ),
            ("推动消费回暖，举", ("县商务局", "县文化广电旅游局"), ("县商务局",), ("县文化广电旅游局",), "长期坚持"),
        ],
    ),
]


CASES += [
    (
        "county_first_listed_leads.txt",
        "柳河县人民政府关于加快发展乡村旅游的实施意见",
        [
            (
                "建设游客服务体系",
                ("县文化旅游局", "县交通运输局", "县住房城乡建设局"),
                ("县文化旅游局",),
                (),  # the note makes the first unit the lead; the others stay responsible
                None,
            ),
            (
                "改善景区道路条件",
                ("县交通运输局", "县自然资源局"),
                ("县交通运输局",),
                (),
                "2026年6月底前",
            ),
            ("培育乡村旅游品牌", ("县文化旅游局", "县农业农村局"), ("县文化旅游局",), (), None),
            (
                "办好节庆活动。在",
                ("县委宣传部", "县文化旅游局", "县融媒体中心"),
                ("县委宣传部",),
                ("县文化旅游局", "县融媒体中心"),
                None,
            ),
            (
                "拓展旅游消费。发",
                ("县商务局", "县教育局", "县市场监管局"),
                ("县商务局", "县教育局"),
                ("县市场监管局",),
                None,
            ),
            ("加强要素保障。优", ("县自然资源局", "县财政局"), ("县自然资源局",), (), None),
        ],
    ),
    (
        "county_no_lead_means_all.txt",
        "柳河县2025年优化营商环境重点任务",
        [
            ("推行企业开办一日", ("县市场监管局", "县政务服务中心"), ("县市场监管局", "县政务服务中心"), (), None),
            ("推进不动产登记和", ("县自然资源局", "县水务局", "县供电公司"), ("县自然资源局",), (), None),
            ("开展涉企收费专项", ("县发展改革局", "县财政局"), ("县发展改革局",), ("县财政局",), None),
        ],
    ),
    (
        "bureau_sections.txt",
        "柳河县交通运输局2025年重点工作任务分解",
        [
            ("开展道路运输市场", ("执法监督股",), (), (), "2025年6月底前"),
            ("推进农村公路审批", ("行政审批股", "法规股"), (), (), "2025年9月底前"),
            ("完善局机关财务内", ("财务处", "办公室"), ("财务处",), ("办公室",), "2025年12月底前"),
        ],
    ),
    (
        "county_heading_leads.txt",
        "柳河县城乡环境卫生整治提升行动方案",
        [
            ("完善村收集、镇转", ("县住房城乡建设局",), ("县住房城乡建设局",), (), "2025年10月底前"),
            ("开展非正规垃圾堆", ("县住房城乡建设局", "县生态环境局"), ("县住房城乡建设局",), ("县生态环境局",), None),
            ("推行垃圾分类积分", ("县商务局",), (), (), None),  # its own 负责 replaces the heading's roles
            ("编制县域农村生活", ("县生态环境局", "县水务局"), ("县生态环境局",), ("县水务局",), None),
            (
                "建设乡镇污水处理",
                ("县生态环境局", "县发展改革局", "县财政局"),
                ("县生态环境局",),
                ("县发展改革局", "县财政局"),
                None,
            ),
        ],
    ),
    (
        # square brackets closed by a round one then their own; a closing remark about the later tasks;
        # deadlines tied to a trade's season
        "city_square_brackets_later_remark.txt",
        "柳溪市大气污染防治攻坚工作方案",
        [
            (
                "淘汰落后燃煤设施",
                ("市生态环境局", "市工信局", "市市场监管局", "各县（区）政府"),
                ("市生态环境局",),
                ("市工信局", "市市场监管局"),
                None,
            ),
            ("推进清洁能源替代", ("市发改委", "市住建局"), ("市发改委",), ("市住建局",), "用电高峰期前"),
            (
                "加强施工工地监管",
                ("市住建局", "市城管局", "市交通运输局"),
                ("市住建局",),
                ("市城管局", "市交通运输局"),
                "旅游旺季前",
            ),
        ],
    ),
]


@pytest.mark.parametrize(("name", "title", "expected"), CASES, ids=[c[0] for c in CASES])
def test_layout_gives_its_tasks(name: str, title: str | None, expected: list[Row]) -> None:
    notice = parse_file(GENRE / name).notice
    assert notice.metadata.title == title
    assert _rows(notice) == expected


def test_a_bracket_closed_twice_leaves_nothing_in_the_text() -> None:
    notice = parse_file(GENRE / "city_square_brackets_later_remark.txt").notice
    assert notice.tasks[0].text == "淘汰落后燃煤设施。全面排查工业燃煤锅炉，建立淘汰清单，逐台销号管理。"
    assert not [w for w in notice.warnings if w.code == "role-not-read"]


def test_roles_on_the_line_after_an_item() -> None:
    notice = parse_file(GENRE / "town_list_roles_next_line.txt").notice
    assert notice.metadata.title == "石门镇2025年重点工作安排"
    assert _rows(notice) == [
        (
            "全面开展安全隐患",
            ("镇应急管理办公室", "镇派出所", "镇市场监管所"),
            ("镇应急管理办公室",),
            ("镇派出所", "镇市场监管所"),
            None,
        ),
        ("加强农村道路交通", ("镇派出所", "镇交通管理站"), ("镇派出所",), ("镇交通管理站",), "2025年9月底前"),
        ("推进森林防火网格", ("镇林业站",), ("镇林业站",), (), None),
    ]
    assert [t.leaders for t in notice.tasks] == [("刘建国副镇长",), ("陈志远副镇长",), ("张华",)]


def test_leaders_named_in_prose_are_people_not_units() -> None:
    notice = parse_file(GENRE / "town_list_prose_roles.txt").notice
    assert [t.leaders for t in notice.tasks] == [("刘建国副镇长",), ("陈志远副镇长",), ("分管副镇长",), ()]
    assert not [w for w in notice.warnings if w.code == "role-not-read"]


def test_label_line_with_several_labels_gives_leaders() -> None:
    notice = parse_file(GENRE / "county_list_label_lines.txt").notice
    assert [t.leaders for t in notice.tasks] == [("县政府常务副县长",), ("县政府分管副县长",), ("县政府分管副县长",)]


@pytest.mark.parametrize(
    ("note", "rule"),
    [
        ("列第一位者为牵头单位，下同", "first"),
        ("排名第一的为牵头单位", "first"),
        ("排在首位的单位为牵头单位", "first"),
        ("责任单位中第一个单位为牵头单位", "first"),
        ("未标明牵头单位的，由所列第一个单位牵头", "first"),
        ("列第一位的为牵头单位，其他为配合单位", "first-partners"),
        ("排在首位的为牵头部门，其余为配合部门", "first-partners"),
        ("无牵头单位的，责任单位即为牵头单位", "all"),
        ("未明确牵头单位的，所列单位均为牵头单位", "all"),
        ("各单位要加强协作，形成工作合力", None),
    ],
)
def test_lead_rule_wordings(note: str, rule: str | None) -> None:
    text = f"某县工作方案\n一、重点任务\n（一）开展排查。（责任单位：县应急局、县公安局）\n二、说明\n{note}。\n"
    task = parse_text(text).tasks[0]
    expected = {
        "first": (("县应急局",), ()),  # the others stay responsible unless the note names them partners
        "first-partners": (("县应急局",), ("县公安局",)),
        "all": (("县应急局", "县公安局"), ()),
        None: ((), ()),
    }[rule]
    assert (task.lead, task.partners) == expected


@pytest.mark.parametrize(
    ("annotation", "lead", "partners", "departments"),
    [
        ("（县文旅局、县农业局分别负责落实）", (), (), ("县文旅局", "县农业局")),
        ("（县文旅局、县农业局分别牵头，县财政局配合）", ("县文旅局", "县农业局"), ("县财政局",), None),
        ("（责任单位：县文旅局牵头，县人社局、县教育局参与）", ("县文旅局",), ("县人社局", "县教育局"), None),
        ("（责任单位：县文旅局牵头，县人社局、县教育局协助）", ("县文旅局",), ("县人社局", "县教育局"), None),
        ("（责任单位：县文旅局、县农业局分别牵头，县财政局配合）", ("县文旅局", "县农业局"), ("县财政局",), None),
        (
            "（责任单位：县文旅局、县财政局，县教育局配合）",
            ("县文旅局", "县财政局"),
            ("县教育局",),
            ("县文旅局", "县财政局", "县教育局"),
        ),
    ],
)
def test_unit_lists_with_role_words(
    annotation: str, lead: tuple[str, ...], partners: tuple[str, ...], departments: tuple[str, ...] | None
) -> None:
    task = parse_text(f"某县工作方案\n一、重点任务\n（一）开展培训。{annotation}\n（二）开展宣传。\n").tasks[0]
    assert (task.lead, task.partners) == (lead, partners)
    assert task.departments == (departments or (*lead, *partners))


TABLES: list[tuple[str, list[str], list[Row], list[tuple[str, int]]]] = [
    (
        "county_vertical_groups_no_number.txt",
        ["村容村貌", "垃圾治理", "污水治理"],
        [
            (
                "开展村庄清洁行动",
                ("县农业农村局", "各乡镇人民政府"),
                ("县农业农村局",),
                ("各乡镇人民政府",),
                "2025年6月底前",
            ),
            (
                "推进农村公厕改造",
                ("县农业农村局", "县卫生健康局"),
                ("县农业农村局",),
                ("县卫生健康局",),
                "2025年10月底前",
            ),
            (
                "完善农村生活垃圾",
                ("县住房城乡建设局", "县财政局"),
                ("县住房城乡建设局",),
                ("县财政局",),
                "2025年12月底前",
            ),
            (
                "开展非正规垃圾堆",
                ("县生态环境局", "县住房城乡建设局"),
                ("县生态环境局",),
                ("县住房城乡建设局",),
                "2025年12月底前",
            ),
            ("编制农村生活污水", ("县生态环境局", "县水务局"), ("县生态环境局",), ("县水务局",), "长期坚持"),
        ],
        [("cell-same-as-above", 21)],
    ),
    (
        "county_tab_same_as_above.txt",
        ["项目谋划", "要素保障"],
        [
            ("建立重大项目储备", ("县发展改革局",), (), (), "2025年6月底前"),
            ("完成年度项目投资", ("县发展改革局",), (), (), "2025年6月底前"),
            ("开展重点项目督查", ("县政府督查室",), (), (), "2025年12月底前"),
            ("推行项目建设领导", ("县政府督查室",), (), (), "长期坚持"),
            ("优先保障重点项目", ("县自然资源局",), (), (), None),
        ],
        [("cell-same-as-above", 4), ("cell-filled-from-above", 6), ("task-without-date", 7)],
    ),
    (
        "county_tab_merged_goal_column.txt",
        ["健全居家养老服务网络", "推进医养结合"],
        [
            ("建设镇级综合养老", ("县民政局", "县发展改革局"), ("县民政局",), (), "2026年底前"),
            ("开展困难老年人家", ("县民政局", "县残联"), (), (), "2025年底前"),
            ("支持乡镇卫生院开", ("县卫生健康局",), (), (), "2026年6月底前"),
            ("推动养老机构与医", ("县卫生健康局", "县民政局"), ("县卫生健康局",), (), "长期坚持"),
        ],
        [],
    ),
    (
        "county_vertical_goal_column.txt",
        ["完善城区健身设施", "补齐农村健身短板"],
        [
            ("新建社区多功能运", ("县体育局",), (), (), "2025年9月底前"),
            ("利用公园绿地建设", ("县城市管理局",), (), (), "2025年12月底前"),
            ("为行政村更新健身", ("县体育局",), (), (), "2026年6月底前"),
        ],
        [],
    ),
]


TABLES.append(
    (
        "county_vertical_units_last.txt",
        ["市容环境", "交通秩序"],
        [
            ("清理占道经营和乱", ("县城市管理局", "各社区"), (), (), None),
            ("整治背街小巷环境", ("县住房城乡建设局",), (), (), None),
            ("规范非机动车停放", ("县公安局交警大队",), (), (), None),
        ],
        [],
    )
)


@pytest.mark.parametrize(("name", "groups", "expected", "warnings"), TABLES, ids=[c[0] for c in TABLES])
def test_table_cells_left_to_the_row_above(
    name: str, groups: list[str], expected: list[Row], warnings: list[tuple[str, int]]
) -> None:
    notice = parse_file(GENRE / name).notice
    assert notice.annex is not None
    assert [g.title for g in notice.annex.groups] == groups
    assert _rows(notice) == expected
    assert [(w.code, w.line) for w in notice.warnings] == warnings


@pytest.mark.parametrize(
    ("cell", "due", "codes"),
    [
        ("同上", "2025年6月底前", ["cell-same-as-above"]),
        ("同上栏", "2025年6月底前", ["cell-same-as-above"]),
        # an empty last cell under a dated row, rows after it: a merged cell written once, the row above's (warned)
        ("", "2025年6月底前", ["cell-filled-from-above"]),
        ("2025年9月底前", "2025年9月底前", []),
    ],
)
def test_deadline_cell_same_as_above(cell: str, due: str | None, codes: list[str]) -> None:
    text = (
        "某县任务分工表\n序号\t工作任务\t责任单位\t完成时限\n"
        "1\t开展排查。\t县应急局\t2025年6月底前\n"
        f"2\t建立台账。\t县公安局\t{cell}\n3\t组织演练。\t县消防救援大队\t长期坚持\n"
    )
    notice = parse_text(text)
    assert notice.tasks[1].due == due
    assert notice.tasks[1].departments == ("县公安局",)
    assert [w.code for w in notice.warnings] == codes


TABLE = "某县任务分工表\n序号\t工作任务\t责任单位\t完成时限\n1\t开展排查。\t县应急局\t2025年6月底前\n2\t建立台账。\t县公安局\t长期坚持\n"


@pytest.mark.parametrize(
    ("after", "kind"),
    [
        ("本表自印发之日起执行，有效期至2027年12月31日。", "note"),
        ("发布时间：2025-03-05 来源：县政府办公室", "footer"),
        ("2025-03-05 10:30", "footer"),
        ("各单位于每季度末报送进展。", "annex-unparsed"),
    ],
)
def test_text_after_a_tables_last_row_is_not_its_deadline(after: str, kind: str) -> None:
    notice = parse_text(TABLE + after + "\n")
    assert [t.due for t in notice.tasks] == ["2025年6月底前", "长期坚持"]
    where = {
        "note": [n.line for n in notice.notes],
        "footer": [b.line for b in notice.boilerplate if b.kind == "footer"],
        "annex-unparsed": [w.line for w in notice.warnings if w.code == "annex-unparsed"],
    }
    assert where[kind] == [5]


@pytest.mark.parametrize(
    "closing",
    ["本方案自印发之日起实施，有效期至2027年12月31日。", "本方案自印发之日起实施，实施期限至2027年底。"],
)
def test_closing_after_the_last_items_labels_is_not_its_deadline(closing: str) -> None:
    text = (
        "某县工作方案\n一、重点任务\n1.建设游客集散中心。\n责任单位：县文旅局\n"
        f"2.开发乡村旅游线路。\n责任单位：县农业农村局\n{closing}\n"
    )
    notice = parse_text(text)
    assert [(t.text, t.due) for t in notice.tasks] == [("建设游客集散中心。", None), ("开发乡村旅游线路。", None)]
    assert notice.closing == closing


def test_a_validity_period_in_a_tasks_text_is_not_its_deadline() -> None:
    text = "某镇工作要点\n1、推进森林防火网格化管理，实施期限至2026年底。镇林业站牵头，各村配合。\n2、开展排查。镇应急办负责。\n"
    assert [t.due for t in parse_text(text).tasks] == [None, None]


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("桐溪县农村供水保障三年行动方案（2024—2026年）", "桐溪县农村供水保障三年行动方案（2024—2026年）"),
        ("桐溪县社区治理工作实施细则（试行）", "桐溪县社区治理工作实施细则（试行）"),
        ("桐溪县 2025年 农村供水保障  行动方案", "桐溪县2025年农村供水保障行动方案"),
        ("桐溪县人民政府网 > 政务公开 > 通知\n桐溪县农村供水保障实施意见", "桐溪县农村供水保障实施意见"),
        ("附件1 桐溪县农村供水保障行动方案", "桐溪县农村供水保障行动方案"),
        ("附件2-桐溪县农村供水重点任务清单", "桐溪县农村供水重点任务清单"),
        ("文件名称 桐溪县农村供水保障行动方案", "桐溪县农村供水保障行动方案"),
        ("桐溪县农村供水保障行动方案.doc\n桐溪县农村供水保障实施意见", "桐溪县农村供水保障实施意见"),
        ("桐溪县农村供水重点任务分工", "桐溪县农村供水重点任务分工"),
        ("石门镇2025年重点工作安排", "石门镇2025年重点工作安排"),
    ],
)
def test_title_without_a_cover_notice(head: str, title: str) -> None:
    notice = parse_text(f"{head}\n一、重点任务\n（一）建设水厂。（责任单位：县水利局）\n")
    assert notice.metadata.title == title


def test_a_list_of_items_that_assigns_nothing_is_still_refused() -> None:
    with pytest.raises(InputError, match="not an implementation notice"):
        parse_text("关于做好节日值班的通知\n1、各单位要安排好值班。\n2、遇到紧急情况及时报告。\n")


def test_a_lead_labelled_主办单位_is_not_the_sites_footer() -> None:
    text = (
        "某县农村道路交通安全专项整治方案\n一、整治内容\n1.整治临水临崖路段。\n"
        "主办单位：县交通运输局\n协办单位：县公安局交警大队、各乡（镇）人民政府\n"
        "2.严查客货车辆违法行为。\n主办单位：县公安局交警大队\n"
        "主办单位：某县人民政府办公室　网站标识码：0000000000\n"
    )
    notice = parse_text(text)
    assert [(t.lead, t.partners) for t in notice.tasks] == [
        (("县交通运输局",), ("县公安局交警大队", "各乡（镇）人民政府")),
        (("县公安局交警大队",), ()),
    ]
    assert [b.line for b in notice.boilerplate if b.kind == "footer"] == [8]


def test_an_empty_lead_cell_is_the_merged_one_above_and_an_empty_partners_cell_stays_empty() -> None:
    text = (
        "某市任务分工表\n序号\t工作任务\t牵头单位\t配合单位\t完成时间\n"
        "1\t完善规划。\t市水利局\t市发展改革委\t2024年6月底前\n"
        "2\t推进改造。\t\t市住房城乡建设局\t2024年6月底前\n"
        "3\t落实经费。\t市财政局\t\t2024年12月底前\n"
    )
    notice = parse_text(text)
    assert [(t.lead, t.partners) for t in notice.tasks] == [
        (("市水利局",), ("市发展改革委",)),
        (("市水利局",), ("市住房城乡建设局",)),
        (("市财政局",), ()),
    ]
    assert [(w.code, w.line) for w in notice.warnings] == [("cell-filled-from-above", 4)]


def test_a_short_task_named_like_a_unit_does_not_end_a_row() -> None:
    text = "某县任务清单\n类别\n工作任务\n责任单位\n组织保障\n成立工作专班\n县委办\n宣传引导\n开展宣传。\n县委宣传部\n"
    notice = parse_text(text)
    assert [(t.text, t.departments, t.group) for t in notice.tasks] == [
        ("成立工作专班", ("县委办",), 1),
        ("开展宣传。", ("县委宣传部",), 2),
    ]


def test_first_in_prose_is_no_lead_rule() -> None:
    text = "某县工作方案\n一、重点任务\n（一）开展排查。（责任单位：县应急局、县公安局）\n二、说明\n全省第一个牵头成立联盟。\n"
    task = parse_text(text).tasks[0]
    assert (task.lead, task.partners) == ((), ())


@pytest.mark.parametrize("note", ["标*的为牵头单位。", "带★号的单位为牵头单位。"])
def test_units_marked_with_a_star_lead_under_a_note_saying_so(note: str) -> None:
    star = "★" if "★" in note else "＊"
    text = (
        "某县工作方案\n一、重点任务\n"
        f"（一）开展排查。（责任单位：县应急局{star}、县公安局）\n"
        f"（二）建立台账。（责任单位：县公安局、县司法局{star}）\n"
        "（三）组织演练。（县消防救援大队牵头，县应急局配合）\n"
        f"二、有关说明\n{note}\n"
    )
    assert [(t.departments, t.lead, t.partners) for t in parse_text(text).tasks] == [
        (("县应急局", "县公安局"), ("县应急局",), ()),  # the unstarred unit stays responsible
        (("县公安局", "县司法局"), ("县司法局",), ()),
        (("县消防救援大队", "县应急局"), ("县消防救援大队",), ("县应急局",)),
    ]


@pytest.mark.parametrize(
    "last",
    ["2、推进森林防火网格化管理。（镇林业站牵头，各村配合）", "2、推进森林防火网格化管理。镇林业站牵头，各村配合。"],
)
def test_the_closing_paragraph_after_the_last_task_is_not_its_text_or_deadline(last: str) -> None:
    closing = "各村、各单位要于2024年12月20日前将工作完成情况报镇应急办。"
    text = f"白沙镇2024年安全生产工作要点\n1、开展安全隐患大排查。（镇应急办牵头，镇派出所配合）\n{last}\n{closing}\n"
    notice = parse_text(text)
    assert [(t.text, t.lead, t.partners, t.due) for t in notice.tasks] == [
        ("开展安全隐患大排查。", ("镇应急办",), ("镇派出所",), None),
        ("推进森林防火网格化管理。", ("镇林业站",), ("各村",), None),
    ]
    assert notice.closing == closing
    assert notice.warnings == ()


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        # the dated run of a phased policy is no deadline of the task that carries it on
        ("2023年1月1日至2024年12月31日执行阶段性减免租金政策。", None),
        ("自2024年7月1日至2025年6月30日，实施失业保险稳岗返还扩围政策。", None),
        # a campaign run over the same kind of range is the task's own time
        ("2024年3月1日至2024年6月30日开展专项整治行动。", "2024年3月1日至2024年6月30日"),
    ],
)
def test_a_policys_dated_run_is_not_the_tasks_deadline(sentence: str, due: str | None) -> None:
    text = f"某县稳就业实施方案\n一、重点任务\n（一）减轻企业负担。{sentence}（县人社局、县财政局负责）\n"
    assert [t.due for t in parse_text(text).tasks] == [due]


# (the notice's parts, each a heading with its roles and the paragraphs under it; the last part's text;
# the closing): a paragraph under the last heading shaped like those under the others is that part's task
# text, and only what goes on past them is the closing
HEADED_PARTS: list[tuple[str, str, str | None]] = [
    (
        "一、改造老旧供水管网（县水务局牵头，县住建局配合）\n更新管网12公里，降低漏损率。\n"
        "二、建设应急水源工程（县水务局负责）\n完成备用水源地建设，2025年10月底前通水。\n"
        "三、提升农村供水水平（县水务局、县卫健局按职责分工负责）\n新建标准化水厂2座。\n",
        "提升农村供水水平\n新建标准化水厂2座。",
        None,
    ),
    (
        "一、改造老旧供水管网（县水务局牵头，县住建局配合）\n更新管网12公里，降低漏损率。\n"
        "二、提升农村供水水平（县水务局负责）\n新建标准化水厂2座。\n"
        "各有关单位要于每季度末将进展情况报县水务局。\n",
        "提升农村供水水平\n新建标准化水厂2座。",
        "各有关单位要于每季度末将进展情况报县水务局。",
    ),
    (
        "一、改造老旧供水管网（县水务局牵头，县住建局配合）\n"
        "二、提升农村供水水平（县水务局负责）\n"
        "各有关单位要于每季度末将进展情况报县水务局。\n",
        "提升农村供水水平",
        "各有关单位要于每季度末将进展情况报县水务局。",
    ),
]


@pytest.mark.parametrize(("parts", "last_text", "closing"), HEADED_PARTS)
def test_a_paragraph_under_the_last_heading_shaped_like_the_others_is_its_text(
    parts: str, last_text: str, closing: str | None
) -> None:
    notice = parse_text("某县2025年供水保障工作要点\n" + parts)
    assert notice.tasks[-1].text == last_text
    assert notice.closing == closing
