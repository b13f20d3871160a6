"""Sentences of one item each stating roles; a tab row short by its empty leader cell or broken inside its task
cell; a heading's sentence giving the items below their roles (以下任务由…); a count of items above given roles
with the towns carrying them out; an office's role stated alone among items naming none; a level's departments
named by field with a shared 部门. Invented places."""

from __future__ import annotations

from policy_cli.parse import parse_text

_HEAD = "岚桥县人民政府办公室关于做好课后服务工作的通知\n岚政办发〔2024〕6号\n"


def _rows(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None]]:
    notice = parse_text(text)
    return [(t.text[:8], t.departments, t.lead, t.partners, t.due) for t in notice.tasks]


def test_each_sentence_stating_roles_closes_a_task_of_its_own() -> None:
    rows = _rows(
        _HEAD + "一、提升服务水平\n"
        "（一）充实服务师资。县教育局负责建立教师弹性上下班制度，县人社局协助，2024年9月底前推行。"
        "将教师参与服务情况纳入绩效考核，由县人社局牵头，县财政局、教育局配合，2024年12月底前完成制度修订。\n"
        "（二）扩大服务覆盖面。由县教育局牵头，各乡镇人民政府配合，2024年3月底前实现全覆盖。\n"
    )
    assert rows == [
        ("充实服务师资。县", ("县教育局", "县人社局"), ("县教育局",), ("县人社局",), "2024年9月底前"),
        (
            "将教师参与服务情",
            ("县人社局", "县财政局", "县教育局"),
            ("县人社局",),
            ("县财政局", "县教育局"),
            "2024年12月底前",
        ),
        ("扩大服务覆盖面。", ("县教育局", "各乡镇人民政府"), ("县教育局",), ("各乡镇人民政府",), "2024年3月底前"),
    ]


def test_one_sentence_holding_two_role_words_stays_one_task() -> None:
    rows = _rows(
        _HEAD + "一、提升服务水平\n"
        "（一）扩大服务覆盖面。建立县乡联动机制。由县教育局牵头，各乡镇人民政府配合，2024年3月底前实现全覆盖。\n"
        "（二）加强安全管理。落实校园安全责任。（县公安局负责）\n"
    )
    assert [r[:3] for r in rows] == [
        ("扩大服务覆盖面。", ("县教育局", "各乡镇人民政府"), ("县教育局",)),
        ("加强安全管理。落", ("县公安局",), ()),
    ]


def test_a_tab_row_short_by_its_empty_leader_cell_and_a_row_broken_inside_its_task_cell() -> None:
    rows = _rows(
        "溪岚区2024年养老服务任务分解表\n注：责任单位中列第一位的为牵头单位。\n"
        "序号\t类别\t细化措施\t责任单位\t完成时间\t责任领导\n"
        "1\t居家养老\t新建街道养老服务中心2个\t区民政局、区财政局\t2024年10月底前\t王某\n"
        "2\t\t推进社区养老服务站点建设\t区民政局、各街道办事处\t2024年12月底前\t\n"
        "3\t\t发展老年助餐服务，建成助餐点20个，\n"
        "鼓励餐饮企业参与助餐服务\t区民政局、区市场监管局\t2024年9月底前\t\n"
        "4\t医养结合\t推动医疗机构与养老机构签约合作\t区卫生健康局、区民政局\t2024年6月底前\t李某\n"
    )
    assert rows == [
        ("新建街道养老服务", ("区民政局", "区财政局"), ("区民政局",), (), "2024年10月底前"),
        ("推进社区养老服务", ("区民政局", "各街道办事处"), ("区民政局",), (), "2024年12月底前"),
        ("发展老年助餐服务", ("区民政局", "区市场监管局"), ("区民政局",), (), "2024年9月底前"),
        ("推动医疗机构与养", ("区卫生健康局", "区民政局"), ("区卫生健康局",), (), "2024年6月底前"),
    ]
    notice = parse_text(
        "溪岚区2024年养老服务任务分解表\n序号\t类别\t细化措施\t责任单位\t完成时间\n"
        "1\t居家养老\t发展老年助餐服务，建成助餐点20个，\n"
        "鼓励餐饮企业参与助餐服务\t区民政局\t2024年9月底前\n"
    )
    assert notice.tasks[0].text == "发展老年助餐服务，建成助餐点20个，鼓励餐饮企业参与助餐服务"


def test_a_headings_sentence_gives_the_items_below_their_roles_and_an_item_keeps_its_own() -> None:
    rows = _rows(
        "溪岚区人民政府办公室关于印发养老服务提升方案的通知\n溪政办发〔2024〕8号\n一、主要任务\n"
        "（一）完善社区养老网络。以下任务由区民政局牵头，区住建局、自然资源局配合，各街道办事处负责落实。\n"
        "1.推进街道养老服务中心建设，2025年底前实现全覆盖。\n"
        "2.按标准配建社区养老服务设施。\n"
        "3.区市场监管局负责助餐点食品安全监管，每年6月底前完成一次专项检查。\n"
        "（二）提升医养服务能力。区卫生健康局会同区民政局推进签约合作，2024年底前签约率达到100%。\n"
    )
    partners = ("区住建局", "区自然资源局")
    everyone = ("区民政局", *partners, "各街道办事处")
    assert rows == [
        ("推进街道养老服务", everyone, ("区民政局",), partners, "2025年底前"),
        ("按标准配建社区养", everyone, ("区民政局",), partners, None),
        ("区市场监管局负责", ("区市场监管局",), (), (), "每年6月底前"),
        ("提升医养服务能力", ("区卫生健康局", "区民政局"), ("区卫生健康局",), ("区民政局",), "2024年底前"),
    ]


def test_a_count_of_items_above_given_roles_with_the_towns_carrying_them_out() -> None:
    rows = _rows(
        _HEAD + "一、提升学生体质\n"
        "（一）保障学生每天校内外各1小时体育活动时间。\n"
        "（二）建立学生体质健康监测制度，每年10月底前完成一次监测。\n"
        "以上两项工作由县教育局牵头，县卫生健康局配合，各乡镇人民政府负责落实。\n"
        "二、加强安全管理\n（一）落实校园安全责任。（县公安局负责）\n"
    )
    given = ("县教育局", "县卫生健康局", "各乡镇人民政府")
    assert rows[:2] == [
        ("保障学生每天校内", given, ("县教育局",), ("县卫生健康局",), None),
        ("建立学生体质健康", given, ("县教育局",), ("县卫生健康局",), "每年10月底前"),
    ]


def test_a_levels_departments_named_by_field_with_a_shared_ending() -> None:
    rows = _rows(
        _HEAD + "一、维护周边秩序\n"
        "（一）整治校园周边。县公安、市场监管、交通运输部门按职责分工负责校园周边治安巡逻和交通秩序维护，持续推进。\n"
        "（二）加强安全管理。落实校园安全责任。（县公安局负责）\n"
    )
    assert rows[0] == ("整治校园周边。县", ("县公安部门", "县市场监管部门", "县交通运输部门"), (), (), "持续推进")


def test_units_carrying_out_the_work_after_a_semicolon_in_a_labelled_line() -> None:
    rows = _rows(
        "霁岚州河湖长制2025年工作要点\n一、加强河湖管护\n（一）开展河湖清四乱行动。\n"
        "牵头单位：州水利局\n"
        "配合单位：州自然资源局、州公安局；各县（市）人民政府负责落实\n"
        "完成时限：2025年11月底前\n"
    )
    assert rows == [
        (
            "开展河湖清四乱行",
            ("州水利局", "州自然资源局", "州公安局", "各县（市）人民政府"),
            ("州水利局",),
            ("州自然资源局", "州公安局"),
            "2025年11月底前",
        )
    ]


def test_the_unit_the_work_rests_on_leads_and_sentences_read_apart_where_the_whole_reads_none() -> None:
    rows = _rows(
        "桑岭镇2025年和美乡村建设工作方案\n一、人居环境整治\n"
        "1.农村生活垃圾治理。以环卫站为主，各村（社区）参与，完善垃圾收运体系，6月底前实现全覆盖。\n"
        "2.生活污水治理。规划建设办公室负责集镇污水管网延伸工程，水利站协助，9月底前完工。"
        "农村生活污水治理由农业服务中心会同环卫站实施，年底前完成3个村治理任务。\n"
        "桑岭镇人民政府\n2025年2月10日\n"
    )
    assert rows == [
        ("农村生活垃圾治理", ("环卫站", "各村（社区）"), ("环卫站",), ("各村（社区）",), "6月底前"),
        ("生活污水治理。规", ("规划建设办公室", "水利站"), ("规划建设办公室",), ("水利站",), "9月底前"),
        ("农村生活污水治理", ("农业服务中心", "环卫站"), ("农业服务中心",), ("环卫站",), "年底前"),
    ]


def test_a_numbered_pipe_row_of_its_text_alone_takes_the_cells_above() -> None:
    rows = _rows(
        "澜州河湖治理任务清单\n| 序号 | 具体措施 | 责任单位 | 时间节点 |\n| --- | --- | --- | --- |\n"
        "| 1 | 开展入河排污口排查溯源。 | 州生态环境局、州水利局 | 2024年9月底前 |\n"
        "| 2 | 推进入河排污口分类整治。 |  |  |\n"
    )
    assert [r[1] for r in rows] == [("州生态环境局", "州水利局")] * 2
    assert [r[4] for r in rows] == ["2024年9月底前"] * 2


def test_a_note_on_leads_under_the_annex_table_covers_its_rows_only() -> None:
    notice = parse_text(
        "柘川区人民政府办公室关于印发养老服务行动方案的通知\n柘政办发〔2024〕5号\n一、主要任务\n"
        "1.发展社区养老服务。支持机构设置养老服务网点（责任单位：区民政局、各街道办事处；完成时限：2025年底前）。\n"
        "2.开展适老化改造。完成改造300户（牵头单位：区民政局；配合单位：区残联）。\n"
        "附件：重点项目清单\n附件\n重点项目清单\n序号\t项目名称\t责任单位\t完成时限\n"
        "1\t街道养老服务中心\t柘湾街道办事处、区民政局\t2024年12月底前\n"
        "注：责任单位中列第一位的为牵头单位，其他为配合单位。\n"
    )
    by_text = {t.text[:6]: (t.lead, t.partners) for t in notice.tasks}
    assert by_text["发展社区养老"] == ((), ())
    assert by_text["街道养老服务"] == (("柘湾街道办事处",), ("区民政局",))


def test_partners_joined_by_hui_tong_whose_names_hold_an_ending_inside_them() -> None:
    rows = _rows(
        "岚江省2025年数字政府建设工作要点\n一、夯实基础\n"
        "（一）提升政务外网支撑能力。省数据局会同省通信管理局、中国联通岚江分公司推进政务外网升级改造，年底前完成。\n"
        "（二）加强数字素养培训。省委组织部会同省人社厅、省委党校（岚江行政学院）将数字素养纳入干部培训内容。\n"
    )
    assert [r[3] for r in rows] == [
        ("省通信管理局", "中国联通岚江分公司"),
        ("省人社厅", "省委党校（岚江行政学院）"),
    ]


def test_banks_helping_with_a_share_of_the_work_are_partners() -> None:
    rows = _rows(
        "鹤漳县农村供水保障实施方案\n一、主要任务\n"
        "（一）加大资金投入。县财政局负责统筹整合涉农资金，中国农业发展银行鹤漳县支行、鹤漳农村商业银行协助做好金融支持，"
        "引导社会资本投入。\n"
        "（二）加强水质监测。县卫生健康局牵头，县水利局配合，每季度开展一次水质检测。\n"
    )
    assert rows[0][2:4] == (("县财政局",), ("中国农业发展银行鹤漳县支行", "鹤漳农村商业银行"))


def test_a_company_doing_the_work_leads_its_partners_and_towns_help_with_a_share() -> None:
    rows = _rows(
        "汀岚区水生态保护实施方案\n一、主要任务\n"
        "1．推进污水管网建设，2025年底前消除管网空白区。由区住建局会同区水务局负责实施，各街道办事处配合做好征收协调工作。\n"
        "2．推进城乡供水一体化，区城投集团负责实施管网延伸工程，2026年底前实现城乡同网，区水务局、区财政局予以配合。\n"
        "3．加强河道保洁。（区水务局牵头，各街道办事处配合）\n"
    )
    assert [r[2:4] for r in rows[:2]] == [
        (("区住建局",), ("区水务局", "各街道办事处")),
        (("区城投集团",), ("区水务局", "区财政局")),
    ]


def test_a_university_in_a_list_keeps_its_own_name() -> None:
    from policy_cli.departments import split_units

    assert split_units("区科技局、澄湾大学泊桐研究院") == ("区科技局", "澄湾大学泊桐研究院")
    assert split_units("区科技局、大数据中心") == ("区科技局", "区大数据中心")
