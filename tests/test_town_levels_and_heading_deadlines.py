"""A town's notice naming a few county units: its bare units take no county level, the youth league's committee
keeps its own place; a heading's deadline in a labelled bracket or on its own label line covers the items under
it; a pipe row whose cells the page wrapped onto a row with no number. Invented places."""

from __future__ import annotations

from policy_cli.departments import restore_level
from policy_cli.parse import parse_text


def test_a_towns_notice_keeps_its_bare_units_bare_beside_county_units() -> None:
    notice = parse_text(
        "芷岭镇2024年民生实事工作要点\n一、养老服务\n"
        "1.建成镇区域养老服务中心1个。（牵头单位：镇社会事务办；配合单位：镇财政所、规划建设办）\n"
        "2.组织群众文化活动30场。（镇文化站牵头，团镇委、镇妇联配合）\n"
        "3.推动县级医院专家定期下沉坐诊。（县人民医院牵头，镇卫生院、县残联配合）\n"
        "4.开展防诈骗宣传。（镇综治办、县公安局芷岭派出所负责）\n"
        "5.整治集镇占道经营。（综合执法队负责）\n"
        "芷岭镇人民政府\n2024年3月5日\n"
    )
    assert [t.departments for t in notice.tasks] == [
        ("镇社会事务办", "镇财政所", "镇规划建设办"),  # (the list's level, restored)
        ("镇文化站", "团镇委", "镇妇联"),
        ("县人民医院", "镇卫生院", "县残联"),
        ("镇综治办", "县公安局芷岭派出所"),
        ("综合执法队",),
    ]


def test_the_youth_leagues_committee_takes_no_level() -> None:
    assert restore_level(["团镇委", "团县委", "财政局"], "县") == ("团镇委", "团县委", "县财政局")


def test_a_headings_labelled_deadline_covers_the_items_under_it() -> None:
    notice = parse_text(
        "芷岭镇2024年民生实事工作要点\n一、养老服务提质工程（完成时限：2024年10月底前）\n"
        "1.建成镇区域养老服务中心1个。（镇社会事务办牵头，镇财政所配合）\n"
        "2.开展老年人健康体检，9月底前完成。（镇卫生院负责）\n"
        "二、文体惠民工程\n3.组织群众文化活动30场。（镇文化站牵头，镇妇联配合）\n"
    )
    assert [t.due for t in notice.tasks] == ["2024年10月底前", "9月底前", None]


def test_a_headings_own_deadline_label_covers_the_items_under_it() -> None:
    notice = parse_text(
        "岚江省2024年数字政府建设工作要点\n一、夯实数据基础\n（一）推进数据资源共享\n时间节点：2024年12月底前\n"
        "1.编制全省公共数据资源目录。\n牵头责任单位：省大数据局\n"
        "2.推进公共数据有序开放，9月底前开放数据集100个。\n责任单位：省大数据局、省气象局\n"
        "（二）加强安全保障\n3.开展攻防演练。\n牵头单位：省委网信办\n"
    )
    assert [(t.departments, t.due) for t in notice.tasks] == [
        (("省大数据局",), "2024年12月底前"),
        (("省大数据局", "省气象局"), "9月底前"),
        (("省委网信办",), None),
    ]


def test_a_pipe_rows_cells_wrapped_onto_a_row_with_no_number() -> None:
    notice = parse_text(
        "沄江市优化营商环境任务清单\n| 序号 | 主要任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n"
        "| 1 | 完善惠企政策清单，6月底前首批上线30项， | 市营商环境建设局、 | 2025年6月底前首批 |\n"
        "|  | 年底前扩展至100项以上 | 财政局、人社局 | 上线，年底前全面完成 |\n"
        "| 2 | 建立营商环境监督员制度 | 市营商环境建设局 | 2025年4月底前 |\n"
    )
    first = notice.tasks[0]
    assert first.text == "完善惠企政策清单，6月底前首批上线30项，年底前扩展至100项以上"
    assert first.departments == ("市营商环境建设局", "市财政局", "市人社局")
    assert len(notice.tasks) == 2


def test_a_dated_duty_of_named_offices_in_the_support_measures_is_a_task() -> None:
    notice = parse_text(
        "桐溪州人民政府关于加强基础教育的实施方案\n桐政发〔2024〕3号\n一、重点任务\n"
        "（一）扩大学位供给。新建普通高中2所。（州教育局牵头，州发展改革委配合）\n"
        "二、保障措施\n（一）加强组织领导。成立工作专班，统筹推进各项任务落实。\n"
        "（二）强化经费保障。州财政局会同州教育局建立生均经费动态调整机制，2025年底前出台实施办法。\n"
        "（三）加强宣传引导。州委宣传部要加强政策解读，营造良好氛围。\n"
    )
    assert [(t.text[:6], t.lead, t.partners, t.due) for t in notice.tasks] == [
        ("扩大学位供给", ("州教育局",), ("州发展改革委",), None),
        ("强化经费保障", ("州财政局",), ("州教育局",), "2025年底前"),
    ]


def test_each_village_gives_its_each_only_to_a_villages_kinds() -> None:
    from policy_cli.departments import split_units

    assert split_units("各村（社区）、财政所") == ("各村（社区）", "财政所")
    assert split_units("各村、卫生室") == ("各村", "各卫生室")
    assert split_units("各乡镇人民政府、派出所") == ("各乡镇人民政府", "各派出所")


def test_a_headings_roles_alone_on_the_line_under_it_cover_its_items() -> None:
    notice = parse_text(
        "苍溪州养老服务体系建设实施方案\n一、主要任务\n（一）完善居家社区养老服务网络\n"
        "（州民政局牵头，州住房城乡建设局、州自然资源局配合）\n"
        "1.新建城镇居住区按标准配建养老服务设施。\n（2025年底前）\n"
        "2.发展老年助餐服务，建设老年食堂和助餐点。\n（州民政局、州市场监管局按职责分工负责，2024年10月底前）\n"
    )
    assert [(t.lead, t.partners, t.due) for t in notice.tasks] == [
        (("州民政局",), ("州住房城乡建设局", "州自然资源局"), "2025年底前"),
        ((), (), "2024年10月底前"),
    ]


def test_a_labelled_list_the_page_broke_inside_a_known_name() -> None:
    notice = parse_text(
        "峦溪州卫生健康工作要点\n一、深化医改\n（一）深化基层卫生人才队伍建设。招聘特岗全科医生50名。\n"
        "责任单位：州卫生健康委、州委编办、州人力资源社会\n保障局、州教育局\n"
    )
    assert notice.tasks[0].departments == ("州卫生健康委", "州委编办", "州人力资源社会保障局", "州教育局")
