"""Pages of a notice that a law-mirror or document site split over numbered pages (…方案（第2页）, …方案_3):
each page a slice of the text with the site's furniture around it (its title repeated with the page's
mark, a pager 上一页 1 2 3 下一页, breadcrumbs, 字号 大 中 小), starting in the middle (a sentence's end, an
annotation, label lines, an item 3. or a clause （五） whose heading is on the page before, a table row) and
ending mid-item. Every task whole on the page is read with its units and deadline; a leading piece whose
task is on the page before is no task, and gives its units to nothing. The fixtures in
tests/fixtures/page_fragments/ are written for the test (invented places and tasks)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from policy_cli.decode import fold
from policy_cli.errors import InputError
from policy_cli.parse import parse_text
from policy_cli.parse.noise import furniture
from policy_cli.source import parse_file

from .growth import assert_linear

FIXTURES = Path(__file__).parent / "fixtures" / "page_fragments"

# each page: its title, then each task read (the text's first eight characters, lead, units, deadline)
EXPECTED: dict[str, tuple[str | None, list[tuple[str, str, str, str]]]] = {
    "p01_sentence_end_then_clauses": (
        "青禾县人民政府办公室关于印发青禾县农村供水保障三年行动方案的通知",
        [
            ("强化水源保护。划", "县生态环境局", "县生态环境局、县水利局", "2025年9月底前"),
            ("健全管护机制。推", "县水利局", "县水利局、县财政局", "2025年12月底前"),
            ("提升应急能力。制", "县应急管理局", "县应急管理局、县水利局", "长期坚持"),
        ],
    ),
    "p02_labels_then_items_under_later_clause": (
        "柳岸市2024年营商环境优化提升行动方案",
        [
            (
                "推行“一件事一次",
                "市政务服务数据管理局",
                "市政务服务数据管理局、市市场监管局、市自然资源局",
                "2024年9月底前",
            ),
            ("压缩工程建设项目", "市住房城乡建设局", "市住房城乡建设局、市自然资源局、市发展改革委", "2024年12月底前"),
            ("规范涉企行政执法", "市司法局", "市司法局、市市场监管局", "2024年8月底前"),
        ],
    ),
    "p03_item_past_one_then_clause": (
        "南屏县关于推进城乡环境综合整治的实施方案",
        [
            ("开展河道清淤疏浚", "", "县水利局", "2025年10月底前"),
            ("整治沿河排污口，", "县生态环境局", "县生态环境局、县水利局", "2025年11月底前"),
            ("推进农村厕所改造", "县农业农村局", "县农业农村局、各乡镇", "2025年12月底前"),
            ("建立农村生活垃圾", "县住建局", "县住建局、各乡镇", "2025年12月底前"),
            ("开展村庄清洁行动", "", "各乡镇", "长期坚持"),
        ],
    ),
    "p04_clauses_past_one_then_part": (
        "石门市关于加快发展养老服务业的若干措施",
        [
            ("发展社区嵌入式养", "市民政局", "市民政局、市自然资源局、市住房城乡建设局", "2025年底前"),
            ("扩大普惠养老供给", "", "市发展改革委、市民政局", "2026年6月底前"),
            ("加大资金投入。市", "", "市财政局", "持续推进"),
            ("保障用地需求。新", "市自然资源局", "市自然资源局、市住房城乡建设局", "持续推进"),
        ],
    ),
    "p05_label_then_labelled_items": (
        "云溪区2025年重点工作任务分解方案",
        [
            ("实施中小企业梯度", "区工信局", "区工信局、区科技局", "2025年12月底前"),
            ("举办招商引资推介", "区投资促进局", "区投资促进局、各街道", "2025年11月底前"),
        ],
    ),
    "p06_table_rows_past_one": (
        "河东县2024年政府工作报告重点任务分工方案",
        [
            ("建成县城污水处理", "县住建局", "县住建局、县生态环境局", "2024年10月底前"),
            ("新建改建农村公路", "县交通运输局", "县交通运输局、各乡镇", "2024年12月底前"),
            ("完成高标准农田建", "县农业农村局", "县农业农村局、县财政局、县自然资源局", "2024年11月底前"),
            ("新增城镇就业20", "县人社局", "县人社局、县工信局", "2024年12月底前"),
        ],
    ),
    "p07_label_then_items_cut_off": (
        "河东县2024年政府工作报告重点任务分工方案",
        [
            ("推进国土绿化行动", "县林业局", "县林业局、各乡镇", "2024年4月底前"),
            ("加强耕地保护，坚", "县自然资源局", "县自然资源局、县农业农村局", "持续推进"),
        ],
    ),
    "p08_task_text_then_annotation_line": (
        "金川市推进数字政府建设实施方案",
        [
            ("推行政务服务“掌", "市政务服务中心", "市政务服务中心、市直各部门", "2025年12月底前"),
            ("推进电子证照互认", "市大数据局", "市大数据局、市公安局、市市场监管局", "2025年9月底前"),
        ],
    ),
    "p09_part_then_labelled_items_cut_label": (
        "安平县创建国家卫生县城工作方案",
        [
            ("主次干道及街巷路", "县城管局", "县城管局、各街道办事处", "2025年5月底前"),
            ("建成区公厕数量达", "", "县住建局", "2025年8月底前"),
            ("农贸市场规范设置", "县市场监管局", "县市场监管局、县商务局", ""),
        ],
    ),
    "p10_table_row_continued": (
        "临江区优化营商环境重点任务清单",
        [
            ("推行企业开办全程", "", "区市场监管局", "2024年6月底前"),
            ("推进水电气报装一", "", "区住建局、区供电公司", "2024年9月底前"),
            ("建立惠企政策兑现", "", "区发展改革局", "2024年12月底前"),
        ],
    ),
    "p11_sentence_end_then_items": (
        "北塘镇2025年人居环境整治提升工作方案",
        [
            ("开展“美丽庭院”", "镇妇联", "镇妇联、各村", "2025年10月底前"),
            ("推进农村生活污水", "", "镇规划建设办", "2025年11月底前"),
            ("开展村庄绿化美化", "镇农业服务中心", "镇农业服务中心、各村", "2025年12月底前"),
        ],
    ),
    "p12_annotation_end_then_clauses": (
        "东岭区关于进一步加强安全生产工作的实施意见",
        [
            ("强化危化品安全监", "区应急管理局", "区应急管理局、区公安分局、区交通运输局", "2025年6月底前"),
            ("加强道路交通安全", "区公安分局", "区公安分局、区交通运输局", "长期坚持"),
            ("深化建筑施工安全", "", "区住建局", "2025年9月底前"),
        ],
    ),
    "p13_items_past_one_then_part": (
        "西平市全民健身实施计划（2024—2026年）",
        [
            ("每年举办市级以上", "市体育局", "市体育局、市总工会、团市委", "每年"),
            ("推进体育公园建设", "", "市体育局、市住房城乡建设局", ""),
        ],
    ),
    "p14_no_whole_task": (
        "西平市全民健身实施计划（2024—2026年）",
        [],
    ),
    "p15_sentence_end_then_items_no_parts": (
        "平湖市2024年食品安全重点工作安排",
        [
            ("开展校园食品安全", "", "市市场监管局、市教育局", ""),
            ("开展农村假冒伪劣", "市市场监管局", "市市场监管局、市公安局、市农业农村局", ""),
            ("加强进口冷链食品", "", "市市场监管局、市商务局、市卫生健康委", ""),
        ],
    ),
    "p16_annotation_alone_then_clauses": (
        "宁远县2025年森林防灭火工作方案",
        [
            ("开展火源管控。清", "各乡镇", "各乡镇、县林业局", "2025年4月底前"),
            ("推进防火基础设施", "", "县林业局", "2025年10月底前"),
        ],
    ),
    "p17_clause_headings_with_labels": (
        "新和县教育高质量发展三年行动方案",
        [
            ("学前教育普惠扩容", "县教育局", "县教育局、县发展改革局、县财政局", "2026年8月底前"),
            ("义务教育优质均衡", "县教育局", "县教育局、县住建局、各乡镇人民政府", "2027年12月底前"),
        ],
    ),
    "p18_points_end_then_clause_items": (
        "金沙区推进城市更新行动实施方案",
        [
            ("新增停车泊位30", "区城管局", "区城管局、区公安分局交警大队", "2025年12月底前"),
            ("建设口袋公园10", "", "区园林局", "2025年10月底前"),
        ],
    ),
    "p19_units_line_then_labelled_items": (
        "金沙区推进城市更新行动实施方案",
        [
            ("实施老旧小区改造", "区住建局", "区住建局、各街道", "2025年11月底前"),
            ("推进海绵城市建设", "区住建局", "区住建局、区水务局", "2025年12月底前"),
        ],
    ),
    "p20_headless_table_rows_under_part": (
        "高阳县乡村振兴重点工作任务清单",
        [
            ("实施农村道路提质", "县交通运输局", "县交通运输局、各乡镇", "2024年11月底前"),
            ("推进农村电网巩固", "县供电公司", "县供电公司、各乡镇", "2024年12月底前"),
            ("建设数字乡村示范", "县工信局", "县工信局、县农业农村局", "2024年10月底前"),
        ],
    ),
    "p21_title_page_word_item_cut_at_end": (
        "汇川市文化旅游融合发展实施方案",
        [
            ("打造精品旅游线路", "市文化旅游局", "市文化旅游局、市教育局、市卫生健康委", "2025年6月底前"),
            ("建设智慧旅游平台", "", "市文化旅游局", "2025年9月底前"),
        ],
    ),
    "p22_annotation_alone_then_items": (
        "汇川市文化旅游融合发展实施方案",
        [
            ("开展文旅招商，引", "市投资促进局", "市投资促进局、市文化旅游局", "2025年12月底前"),
            ("举办文化旅游节庆", "", "市文化旅游局", "每年10月"),
        ],
    ),
    "p23_title_repeated_at_page_end": (
        "青山镇2025年安全生产专项整治方案",
        [
            ("开展燃气安全排查", "", "镇安监站", "2025年5月底前"),
            ("开展消防安全整治", "", "镇派出所、镇安监站", "2025年6月底前"),
            ("开展校园周边安全", "镇中心学校", "镇中心学校、镇派出所", "2025年9月底前"),
        ],
    ),
    "p24_annotation_alone_then_clause_items": (
        "长宁县2024年优化营商环境工作要点",
        [
            ("深化“一窗通办”", "", "县行政审批局", "2024年6月底前"),
            ("推行“免证办”，", "县行政审批局", "县行政审批局、县大数据中心", "2024年10月底前"),
            ("完善融资担保体系", "县财政局", "县财政局、县金融服务中心", "2024年12月底前"),
        ],
    ),
    "p25_deadline_label_empty_at_end": (
        "石桥市2025年政府工作报告重点任务分工",
        [
            ("实施城市更新项目", "市住房城乡建设局", "市住房城乡建设局、各县（市、区）政府", "2025年12月底前"),
            ("新开工保障性租赁", "市住房城乡建设局", "市住房城乡建设局、市自然资源局", ""),
        ],
    ),
    "p26_table_row_continued_units_at_end": (
        "平阳县2025年为民办实事项目实施方案",
        [
            ("农村供水提升 完", "", "县水利局", "2025年12月底前"),
            ("老年食堂建设 建", "", "县民政局", "2025年9月底前"),
            ("学校校舍改造 改", "", "县教育局", ""),
        ],
    ),
    "p27_table_header_again_under_page_heading": (
        "兴安县2025年民生实事工作方案",
        [
            ("新建城区公共厕所", "县城管局", "县城管局、县住建局", "2025年10月底前"),
            ("改造农村危房12", "县住建局", "县住建局、各乡镇", "2025年11月底前"),
            ("新增普惠性托位2", "县卫健局", "县卫健局、县教育局", "2025年12月底前"),
        ],
    ),
    "p28_labels_then_clause_items_indented": (
        "云川县2024年河湖长制工作要点",
        [
            ("开展河湖“清四乱", "县水利局", "县水利局、县自然资源局、各乡镇", "2024年12月底前"),
            ("推进河道采砂规范", "县水利局", "县水利局、县公安局、县交通运输局", "2024年12月底前"),
        ],
    ),
    "p29_cover_title_page_three": (
        "关于印发松林市2024年重点任务分工方案的通知",
        [
            ("扩大有效投资。实", "市发展改革委", "市发展改革委、市直有关部门", "2024年12月底前"),
            ("促进消费提质扩容", "", "市商务局", "2024年12月底前"),
            ("稳定和扩大就业。", "市人力资源社会保障局", "市人力资源社会保障局", "2024年12月底前"),
        ],
    ),
    "p30_no_title_pager_first": (
        None,  # no title, no level: units as written
        [
            ("推进老旧管网改造", "水务局", "水务局、财政局", "2025年10月底前"),
            ("开展二次供水设施", "", "卫健局", "每半年"),
        ],
    ),
}


def test_every_fixture_has_its_expectations() -> None:
    assert sorted(p.stem for p in FIXTURES.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_page_of_a_notice_gives_the_tasks_whole_on_it(name: str) -> None:
    notice = parse_file(FIXTURES / f"{name}.txt").notice
    title, tasks = EXPECTED[name]
    assert notice.metadata.title == title
    got = [(t.text[:8], "、".join(t.lead), "、".join(t.departments), t.due or "") for t in notice.tasks]
    assert got == tasks


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_site_s_pager_and_page_heading_are_in_no_task(name: str) -> None:
    notice = parse_file(FIXTURES / f"{name}.txt").notice
    for task in notice.tasks:
        for value in (task.text, *task.departments, task.due or ""):
            assert "上一页" not in value and "下一页" not in value and "第2页" not in value, value
    assert any("上一页" in b.text or "下一页" in b.text for b in notice.boilerplate)


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("p01_sentence_end_then_clauses", 4),  # 加大管网改造力度…。（县水利局牵头，…）
        ("p02_labels_then_items_under_later_clause", 4),  # 责任单位：… of item 2, on the page before
        ("p05_label_then_labelled_items", 3),  # 配合单位：…
        ("p08_task_text_then_annotation_line", 5),  # （市大数据局牵头，…）
        ("p12_annotation_end_then_clauses", 4),  # 、区应急管理局，2025年3月底前）
        ("p19_units_line_then_labelled_items", 3),  # 区住建局、区财政局
        ("p28_labels_then_clause_items_indented", 4),  # 牵头单位：县水利局
        ("p29_cover_title_page_three", 3),  # 部门联动机制。（…按职责分工负责）
        ("p16_annotation_alone_then_clauses", 3),
        ("p22_annotation_alone_then_items", 3),
    ],
)
def test_a_leading_piece_is_warned_and_gives_its_units_to_no_task(name: str, line: int) -> None:
    notice = parse_file(FIXTURES / f"{name}.txt").notice
    assert any(w.line == line and w.code == "line-not-read" for w in notice.warnings)
    assert all(t.line > line for t in notice.tasks)


PAGED = "某县农村公路养护工作方案（第2页）\n"
LOST_PART = "（五）完善养护机制。建立县乡村三级路长制。（县交通运输局牵头，各乡镇配合，2025年6月底前）\n"
LATER_PART = "三、保障措施\n（一）加强资金保障。县财政局要落实养护资金。（县财政局负责）\n"


def test_clauses_past_one_on_a_page_of_a_notice_are_tasks_of_the_part_before() -> None:
    notice = parse_text(PAGED + LOST_PART + LATER_PART)
    assert [t.text[:6] for t in notice.tasks] == ["完善养护机制", "加强资金保障"]
    assert notice.metadata.title == "某县农村公路养护工作方案"
    assert any(w.code == "part-numbering-gap" and "starts inside" in w.message for w in notice.warnings)


def test_clauses_before_the_first_part_of_a_whole_notice_stay_outside_the_parts() -> None:
    # the same lines under a title with no page's mark: the notice's own text before 一、, no lost part
    notice = parse_text("某县农村公路养护工作方案\n" + LOST_PART + LATER_PART)
    assert [t.text[:6] for t in notice.tasks] == ["加强资金保障"]


def test_a_page_of_a_notice_with_no_task_whole_on_it_is_kept() -> None:
    notice = parse_text(PAGED + "（二）完善养护设施\n3.新建改建农村公路养护站5个，\n")
    assert notice.tasks == ()
    assert [w.code for w in notice.warnings][:1] == ["body-unread"]


def test_a_title_cited_in_a_sentence_stays_in_it() -> None:
    text = PAGED + "2.按照某县农村公路养护工作方案要求开展巡查。（县交通运输局负责）\n三、保障措施\n"
    notice = parse_text(text)
    assert "某县农村公路养护工作方案" in notice.tasks[0].text


def test_a_page_with_no_title_keeps_its_units_as_written() -> None:
    text = (
        "首页 > 法规 > 正文\n上一页 1 2 3 下一页\n"
        "3.推进老旧管网改造。（水务局牵头，财政局配合，2025年10月底前）\n"
        "4.开展二次供水设施清洗消毒。（卫健局负责，每半年一次）\n三、保障措施\n"
    )
    notice = parse_text(text)
    assert [(t.lead, t.departments) for t in notice.tasks] == [(("水务局",), ("水务局", "财政局")), ((), ("卫健局",))]
    assert notice.tasks[0].path[0] == "二"


@pytest.mark.parametrize(
    ("last", "cut"),
    [
        ("完成时限：", True),  # the label's value on the page after
        ("配合单位：", True),
        ("完成时限：2025年12月底前", False),
        ("配合单位：市自然资源局", False),
    ],
)
def test_a_page_ending_after_a_label_s_colon_is_cut_off(last: str, cut: bool) -> None:
    text = PAGED + "6.新开工保障性租赁住房3000套。\n牵头单位：市住房城乡建设局\n" + last + "\n"
    notice = parse_text(text)
    assert len(notice.tasks) == 1
    assert any(w.code == "text-cut-off" for w in notice.warnings) is cut


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "上一页 " + "1 " * n + "x",  # page numbers, and no pager after all
        lambda n: "下一页" + "[1]" * n + "x",
        lambda n: "上一页" + " " * n + "x",
    ],
)
def test_a_pager_is_told_in_time_linear_in_the_line(make: Callable[[int], str]) -> None:
    assert_linear(lambda n: fold(make(n)), furniture, 30_000)


LEADING = "the end of a block on the page before"

# (the line a page of a notice starts with before its first block, whether it is warned as a block's tail)
LEADING_LINES: list[tuple[str, bool]] = [
    ("县财政局、县自然资源局\n", True),  # units only
    ("、县公安局，2025年3月底前）\n", True),  # a closing bracket
    ("发布时间：2025-04-01  来源：县交通运输局\n", False),  # the site's publishing line, boilerplate
    ("会议指出，由县交通运输局牵头抓好养护工作。\n", False),  # prose naming a unit
]


@pytest.mark.parametrize(("line", "warned"), LEADING_LINES)
def test_only_a_line_shaped_like_a_block_s_tail_is_warned_as_one(line: str, warned: bool) -> None:
    notice = parse_text(PAGED + line + LOST_PART + LATER_PART)
    assert any(w.line == 2 and LEADING in w.message for w in notice.warnings) is warned


NEWS = "发布时间：2025-04-01\n会议强调，县农业农村局牵头，县财政局配合，扎实做好人居环境整治工作。\n会议要求各乡镇压实责任。\n"
PIECE = "（二）完善长效机制\n3.建立村庄保洁制度，\n"


def test_a_page_mark_over_a_news_report_is_no_page_of_a_notice() -> None:
    with pytest.raises(InputError):
        parse_text("某县农村人居环境整治实施方案_2\n" + NEWS)
    # its heading naming the genre, as a text with no title line: no title, and no page of a notice
    notice = parse_text("某县农村人居环境整治实施方案（第2页）\n" + NEWS)
    assert notice.metadata.title is None
    assert not any("numbered pages" in w.message for w in notice.warnings)


@pytest.mark.parametrize("mark", ["（第2页）", "_2"])
def test_a_page_mark_over_a_piece_of_a_notice_keeps_its_title(mark: str) -> None:
    notice = parse_text(f"某县农村人居环境整治实施方案{mark}\n" + PIECE)
    assert notice.metadata.title == "某县农村人居环境整治实施方案"
    unread = [w for w in notice.warnings if w.code == "body-unread"]
    assert [w.message for w in unread] == [
        "a page of a notice split over numbered pages, with no task of it whole on the page"
    ]


def test_a_news_headline_with_a_page_mark_is_no_title() -> None:
    notice = parse_text(
        "我县出台农村人居环境整治实施方案（第2页）\n据悉，《方案》明确由县农业农村局牵头，县财政局配合。\n"
    )
    assert notice.metadata.title is None
