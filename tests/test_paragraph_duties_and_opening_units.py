"""Units that open an item in a bracket with its partners closing it (【县政务服务中心】…（县人社局配合）), paragraphs of
duties under a clause's title (（一）隐患排查 ⏎ 各村（社区）要… ⏎ 镇自然资源所负责…), a level carried past a 和, and a
bureau's branch a PDF copy broke from its bureau's name. The notices are written for the test (invented places)."""

from __future__ import annotations

from policy_cli.parse import parse_text
from policy_cli.parse.roles import parse_annotation

OPENING_UNITS = """\
岚溪县2025年优化营商环境工作要点
各项任务前【】内为牵头单位。
一、提升政务服务效能
1.【县政务服务中心】深化集成办理改革，6月底前实现线上线下同步办理。（县市场监管局、县人社局、医保局配合）
2.【县政务服务中心、县司法局】全面推行证明事项告知承诺制。（县直有关部门配合）
3.【县司法局】规范涉企行政检查，推行综合查一次。（县直有关行政执法部门按职责分工负责）
4.【县数据局】建设公共数据平台，年底前上线。
"""


def test_units_opening_the_item_lead_the_partners_closing_it() -> None:
    tasks = parse_text(OPENING_UNITS).tasks
    assert [(t.lead, t.partners, t.departments) for t in tasks] == [
        (
            ("县政务服务中心",),
            ("县市场监管局", "县人社局", "县医保局"),
            ("县政务服务中心", "县市场监管局", "县人社局", "县医保局"),
        ),
        (("县政务服务中心", "县司法局"), ("县直有关部门",), ("县政务服务中心", "县司法局", "县直有关部门")),
        (("县司法局",), (), ("县司法局", "县直有关行政执法部门")),
        ((), (), ("县数据局",)),
    ]
    # one task an item, its text without the bracket of units opening it
    assert [t.text[:6] for t in tasks] == ["深化集成办理", "全面推行证明", "规范涉企行政", "建设公共数据"]
    assert [t.due for t in tasks] == ["6月底前", None, None, "年底前"]


TOWN_DUTIES = """\
翠溪镇2025年防汛防台工作方案
一、职责分工
（一）隐患排查与转移避险
各村（社区）要在汛前开展一次全面排查，建立隐患台账，5月20日前完成。
镇自然资源所负责全镇地质灾害隐患点的巡查监测，发现险情立即报告。
镇应急办牵头，镇党政办、镇农业农村办配合，修订镇级防汛应急预案，5月底前组织一次演练。
（二）山塘水库安全
镇水利站要落实山塘巡查责任人，常态化开展巡查。
镇农业农村办、水利站负责河道清淤疏浚，6月15日前完成重点河段清障。
（三）治安保障
镇派出所负责汛期社会治安维护，长期坚持。
二、工作要求
各单位要加强协同，确保信息畅通。
"""


def test_each_paragraph_of_duties_under_a_clause_title_is_a_task() -> None:
    tasks = parse_text(TOWN_DUTIES).tasks
    assert [(t.departments, t.lead, t.partners, t.due) for t in tasks] == [
        (("各村（社区）",), (), (), "5月20日前"),
        (("镇自然资源所",), (), (), None),
        (("镇应急办", "镇党政办", "镇农业农村办"), ("镇应急办",), ("镇党政办", "镇农业农村办"), "5月底前"),
        (("镇水利站",), (), (), "常态化"),
        (("镇农业农村办", "镇水利站"), (), (), "6月15日前"),
        (("镇派出所",), (), (), "长期坚持"),  # one paragraph under its title, beside clauses read so
    ]
    assert [t.text[:6] for t in tasks][:3] == ["各村（社区）", "镇自然资源所", "镇应急办牵头"]


def test_a_level_goes_on_past_a_name_and_parts_from_the_next() -> None:
    assignment = parse_annotation("由镇水利站牵头，镇应急办、农业综合服务中心和各村（社区）配合")
    assert assignment is not None
    assert assignment.partners == ["镇应急办", "镇农业综合服务中心", "各村（社区）"]
    county = parse_annotation("由县水利局牵头，县应急局、农业农村局和各乡镇配合")
    assert county is not None and county.partners == ["县应急局", "县农业农村局", "各乡镇"]


def test_a_branch_in_a_place_goes_on_from_its_bureau_over_a_line_break() -> None:
    assignment = parse_annotation("牵头单位：县农业农村局；配合单位：县财政局、市生态环境局\n溪口分局、各镇人民政府")
    assert assignment is not None
    assert assignment.partners == ["县财政局", "市生态环境局溪口分局", "各镇人民政府"]
    # a unit a line, each with its level: two units
    two = parse_annotation("配合单位：市水务集团\n市燃气公司")
    assert two is not None and two.partners == ["市水务集团", "市燃气公司"]


ROLES_AFTER_TITLES = """\
栎浦县县域商业体系建设任务分工方案
一、完善县域商业网络
1.改造县城商业设施。由县商务局牵头，会同县住建局制定县城商业网点布局规划，9月底前印发实施。
2.建设乡镇商贸中心。县商务局、供销社负责，按照“一镇一中心”要求改造提升乡镇商贸中心。
3.加强电力配套保障。国网栎浦县供电公司负责做好商贸中心用电接入服务，年内完成配套电网改造。
4.做好场地保障。县体育中心负责，确保年底前完成；县教育局负责场地协调。
"""


def test_a_unit_and_its_role_right_after_the_item_s_short_title() -> None:
    notice = parse_text(ROLES_AFTER_TITLES)
    assert [(t.departments, t.lead) for t in notice.tasks] == [
        (("县商务局", "县住建局"), ("县商务局",)),
        (("县商务局", "县供销社"), ()),  # 要求 after the role is no other unit's duty
        (("国网栎浦县供电公司",), ()),  # a national body's office in a place opens the item as an office does
    ]
    # a second unit's share after the role: nothing read in part, warned
    assert any(w.line == 6 for w in notice.warnings)


UNITS_OVER_WORK = """\
汀州市2025年城市交通治理工作要点
一、完善城市交通基础设施
1.市交通运输局、市住建局：
加快推进快速路二期工程建设，年底前实现主线通车。
2.市住建局（牵头）、市交通运输局、自然资源和规划局：
实施城市道路微循环畅通工程，9月30日前完成主体工程。
3.市公安局、市城管局，各区人民政府：
规范路内停车管理，2025年起实施全天候电子抓拍。
4.市交通运输局、市财政局：
落实公共交通运营补贴和绩效考核办法，每季度考核一次。
5.市公安局（牵头）、市城管局：规范共享单车停放秩序，实行总量控制。
二、强化保障
6.县公安局：
负责汛期社会治安维护。
"""


def test_units_alone_over_their_work() -> None:
    tasks = parse_text(UNITS_OVER_WORK).tasks
    assert [(t.lead, t.departments, t.due) for t in tasks[:5]] == [
        ((), ("市交通运输局", "市住建局"), "年底前"),
        (("市住建局",), ("市住建局", "市交通运输局", "市自然资源和规划局"), "9月30日前"),
        ((), ("市公安局", "市城管局", "各区人民政府"), "2025年起"),
        ((), ("市交通运输局", "市财政局"), "每季度"),  # 落实 opening the work is no duty's role verb
        (("市公安局",), ("市公安局", "市城管局"), None),  # on one line, a lead marked among the names
    ]
    # a unit's duty under its name (负责…) is no work under a heading of units: not read by this form (a lone
    # duty beside no other is warned)
    assert len(tasks) == 5
    assert any(w.code == "block-without-units" for w in parse_text(UNITS_OVER_WORK).warnings)


TOWN_OWN_UNITS = """\
菰川镇2025年平安建设工作方案
一、职责分工
（一）镇综治中心负责统筹协调全镇平安建设工作，每季度组织召开1次形势分析会。
（二）菰川派出所负责社会治安防控工作，加强街面巡逻防控，长期坚持。
（三）菰川市场监管所负责食品安全监管工作，年底前完成经营户全覆盖检查。
（四）推进视频监控提档升级，2025年6月底前实现主要路口全覆盖。由镇综治中心牵头，菰川派出所配合。
（五）各村（社区）要落实网格化服务管理，年底前完成网格划分调整。
（六）镇直各单位要落实本单位内部安全防范措施，持续推进。
二、工作要求
各村（社区）要把平安建设摆上重要议事日程。
"""


def test_a_town_s_own_units_open_items_beside_items_read_by_their_roles() -> None:
    tasks = parse_text(TOWN_OWN_UNITS).tasks
    assert [t.departments for t in tasks] == [
        ("镇综治中心",),
        ("菰川派出所",),
        ("菰川市场监管所",),
        ("镇综治中心", "菰川派出所"),
        ("各村（社区）",),
        ("镇直各单位",),
    ]
