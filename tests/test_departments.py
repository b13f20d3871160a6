"""Splitting a list of units: (as written -> the units), one row per rule."""

from __future__ import annotations

import pytest

from policy_cli.departments import has_ending, notice_level, restore_level, split_units
from policy_cli.parse import parse_text
from policy_cli.query import TaskFilter, filter_tasks, resolve_departments
from policy_cli.registry import default_registry


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        # separators: 、 , ; and 及 / 以及 right after a unit
        ("县水务局、县财政局，县林业局；县气象局", ("县水务局", "县财政局", "县林业局", "县气象局")),
        ("县水务局及有关行业主管部门", ("县水务局", "有关行业主管部门")),
        # 等 and the collective it sums up name no unit
        ("区科技局、区财政局等区政府有关部门", ("区科技局", "区财政局")),
        ("县教育局、县卫健局等县直相关单位", ("县教育局", "县卫健局")),
        # a committee's members are one collective
        ("县安委会各成员单位、县应急局", ("县安委会各成员单位", "县应急局")),
        ("县发展改革局以及县财政局", ("县发展改革局", "县财政局")),
        # places named bare before a government's ending share it (and take no level)
        (
            "省发展改革委，自贡、泸州、内江、宜宾市人民政府",
            ("省发展改革委", "自贡市人民政府", "泸州市人民政府", "内江市人民政府", "宜宾市人民政府"),
        ),
        ("柳州、梧州、贺州市人民政府", ("柳州市人民政府", "梧州市人民政府", "贺州市人民政府")),
        ("阿坝、甘孜州人民政府", ("阿坝州人民政府", "甘孜州人民政府")),
        ("绵江市、宜州市人民政府", ("绵江市人民政府", "宜州市人民政府")),
        # districts or counties named with their level before a government of that level share it
        (
            "县商务局，青山区、白河区、东港区人民政府",
            ("县商务局", "青山区人民政府", "白河区人民政府", "东港区人民政府"),
        ),
        ("安平县、河西县人民政府", ("安平县人民政府", "河西县人民政府")),
        # (another level, or a zone, takes nothing)
        ("青山县、东港区人民政府", ("青山县", "东港区人民政府")),
        ("经济开发区、东港区人民政府", ("经济开发区", "东港区人民政府")),
        # (nor an area of a place, a kind of county or a collective: no government of that level)
        ("古镇景区、东港区人民政府", ("古镇景区", "东港区人民政府")),
        ("北山林区、西部山区、东港区人民政府", ("北山林区", "西部山区", "东港区人民政府")),
        ("试点县、河西县人民政府", ("试点县", "河西县人民政府")),
        ("中山区、东港区人民政府", ("中山区人民政府", "东港区人民政府")),
        # a unit with its own ending, or a place before no government's ending, takes nothing
        ("省发展改革委、宜宾市人民政府", ("省发展改革委", "宜宾市人民政府")),
        ("自贡、泸州市", ("自贡", "泸州市")),
        ("县财政局、各乡镇人民政府", ("县财政局", "各乡镇人民政府")),
        # a district, a new area or a short name no place has (交警, 城投, 电信) is no bare place
        ("省科技厅，高新区、天府新区、成都市人民政府", ("省科技厅", "高新区", "天府新区", "成都市人民政府")),
        ("电信、移动、联通、绵阳市人民政府", ("电信", "移动", "联通", "绵阳市人民政府")),
        ("城投、成都市政府", ("城投", "成都市政府")),
        ("交警、某某县人民政府", ("交警", "某某县人民政府")),
        # zones named bare before a zone's governing bodies share them; a unit between, a collective or a
        # zone's word alone takes nothing
        (
            "县农业局，生态示范区、经济开发区党工委和管委会",
            ("县农业局", "生态示范区党工委和管委会", "经济开发区党工委和管委会"),
        ),
        ("临港开发区、高新区管委会", ("临港开发区管委会", "高新区管委会")),
        ("高新区、县财政局、经开区管委会", ("高新区", "县财政局", "经开区管委会")),
        ("各开发区、高新区管委会", ("各开发区", "高新区管委会")),
        ("园区、高新区管委会", ("园区", "高新区管委会")),
        ("新区、县城管委会", ("新区", "县城管委会")),
        # a bar a repost put between units, only where the name before it ends as a unit's does
        ("镇财政所｜镇派出所｜各村（社区）", ("镇财政所", "镇派出所", "各村（社区）")),
        ("县财政局|", ("县财政局",)),
        # 联合 / 会同 opening a piece joins the unit to the list: no part of its name
        ("县交通运输局，联合公安交管部门", ("县交通运输局", "公安交管部门")),
        ("县水务局、会同县财政局", ("县水务局", "县财政局")),
        ("联合会", ("联合会",)),
        # the post after the units of a 责任单位及责任人 line is no part of their names
        ("某县政府、县发改委主要领导", ("某县政府", "县发改委")),
        ("各乡镇人民政府主要负责同志", ("各乡镇人民政府",)),
        # 市政 of municipal works is no level: the level of the list is given to it, never taken from it
        ("县住建局、市政园林局", ("县住建局", "县市政园林局")),
        ("市政局、环卫处", ("市政局", "环卫处")),
        ("各乡（镇）人民政府及县直有关单位", ("各乡（镇）人民政府", "县直有关单位")),
        # 及 inside a word never splits
        ("涉及单位", ("涉及单位",)),
        ("县普及办", ("县普及办",)),
        # a list ends at a sentence end; what follows is a remark
        (
            "县商务局、县财政局按职责分工负责。具体事项涉及各乡（镇）人民政府，不再做分工，下同。",
            ("县商务局", "县财政局"),
        ),
        # remarks are not units
        ("县商务局按职责分工负责", ("县商务局",)),
        ("县商务局、县统计局分别负责", ("县商务局", "县统计局")),
        ("县商务局等", ("县商务局",)),
        ("县商务局等等等", ("县商务局",)),
        ("县商务局、县财政局等部门", ("县商务局", "县财政局")),
        ("县商务局等有关单位", ("县商务局",)),
        # the level may follow 有关/相关 as well as precede it
        ("区商务局、区财政局等相关区直部门", ("区商务局", "区财政局")),
        ("县商务局等有关县直单位", ("县商务局",)),
        ("区商务局等相关区直部门、各镇（办）、经开区", ("区商务局", "各镇（办）", "经开区")),
        ("县商务局（下同）", ("县商务局",)),
        ("县商务局，下同", ("县商务局",)),
        ("县商务局，不再做分工", ("县商务局",)),
        # a note in brackets after the last unit
        ("区发改局、区生态环境分局（排第一位的为牵头单位，下同）", ("区发改局", "区生态环境分局")),
        # a shared ending goes back only to earlier parts that lack one
        ("教育、卫生健康部门", ("教育部门", "卫生健康部门")),
        ("县教育、卫生健康部门", ("县教育部门", "县卫生健康部门")),
        ("县财政局、教育、卫生健康部门", ("县财政局", "县教育部门", "县卫生健康部门")),
        ("各街道、区直各部门", ("各街道", "区直各部门")),
        ("州妇联、有关部门", ("州妇联", "有关部门")),
        ("有关行业主管、监管部门", ("有关行业主管部门", "有关监管部门")),
        ("各乡（镇）、各部门", ("各乡（镇）", "各部门")),
        # a qualifier carries forward
        ("各级党委、政府", ("各级党委", "各级政府")),
        # a dropped level prefix is restored from the list, at every level
        ("省农业农村厅、林业草原局", ("省农业农村厅", "省林业草原局")),
        ("市水务局、城管局", ("市水务局", "市城管局")),
        ("州林草局、应急管理局", ("州林草局", "州应急管理局")),
        ("县交通运输局、公路局", ("县交通运输局", "县公路局")),
        ("区商务局、市场监管局", ("区商务局", "区市场监管局")),
        ("团州委、州妇联", ("团州委", "州妇联")),
        # names ending in 室, 办, 中心, 支队, 院 are units and take the level
        (
            "县财政局、档案室、河长办、政务服务中心、消防救援支队、人民医院",
            ("县财政局", "县档案室", "县河长办", "县政务服务中心", "县消防救援支队", "县人民医院"),
        ),
        (
            "县财政局、人民医院、司法所、气象站、城投集团、供水公司",
            # a company keeps its name; 司法所, a county bureau's office in a town, takes no level
            ("县财政局", "县人民医院", "司法所", "县气象站", "城投集团", "供水公司"),
        ),
        # a parenthesised qualifier or second name inside a unit stays
        ("各县（市）人民政府", ("各县（市）人民政府",)),
        ("各县（市、区）人民政府、州财政局", ("各县（市、区）人民政府", "州财政局")),
        ("县发改局（粮食局）、县财政局", ("县发改局（粮食局）", "县财政局")),
        # a quoted phrase inside a name keeps its 、; a quotation mark left open splits as before
        ("县“放管服、优营商”改革领导小组成员单位", ("县“放管服、优营商”改革领导小组成员单位",)),
        ("县商务局、县“放管服、优营商”改革专班", ("县商务局", "县“放管服、优营商”改革专班")),
        ("县商务局、“县财政局", ("县商务局", "“县财政局")),
        # a mark left open before a later quoted name, or closing past a name's quoted phrase, quotes nothing
        (
            "县发改局、县“营商环境办、县工信局、县“双创”服务中心、县财政局",
            ("县发改局", "县“营商环境办", "县工信局", "县“双创”服务中心", "县财政局"),
        ),
        (
            "县“互联网+政务服务办公室、县大数据中心、县数据资源管理局、县“一网通办”专班",
            ("县“互联网+政务服务办公室", "县大数据中心", "县数据资源管理局", "县“一网通办”专班"),
        ),
        ("县“营商环境办、县工信局、县财政局、县商务局”", ("县“营商环境办", "县工信局", "县财政局", "县商务局”")),
        ("县“互联网+政务服务”工作专班、县财政局", ("县“互联网+政务服务”工作专班", "县财政局")),
        # a collective glued to a unit
        ("县林业局有关行业主管部门", ("县林业局", "有关行业主管部门")),
        # units apart by spaces: a space after a unit and before a name opening with a level or qualifier
        ("县水务局 县财政局\u3000县林业局", ("县水务局", "县财政局", "县林业局")),
        ("县发改局  各乡镇人民政府", ("县发改局", "各乡镇人民政府")),
        ("人民银行 某某支行", ("人民银行某某支行",)),  # one name written apart: one unit, the space dropped
        # a vertical service's tax office takes the level the list writes on an earlier name (alone, with no
        # level in its list, it keeps its name: restore_level below); customs go by their own place
        ("区财政局、统计局、税务局", ("区财政局", "区统计局", "区税务局")),
        ("区财政局、统计局、海关", ("区财政局", "区统计局", "海关")),
        # a name with its own 各 takes no qualifier from the name before it
        ("各股室、局属各单位", ("各股室", "局属各单位")),
        ("各级党委、政府", ("各级党委", "各级政府")),
        # each place of a level is a unit: 各区, 各县市
        ("市税务局、各区", ("市税务局", "各区")),
        ("各县市、州直各部门", ("各县市", "州直各部门")),
        # a space a PDF copy left inside one name is no part of it; a space between two names splits them
        ("区 卫生计生委", ("区卫生计生委",)),
        ("县水务局、县 农业农村局", ("县水务局", "县农业农村局")),
        ("市卫生　健康委 市医保局", ("市卫生健康委", "市医保局")),
        # a name opening with a province's short name has a place of its own and takes no level
        ("省交通厅、省市场监管局、浙江海事局", ("省交通厅", "省市场监管局", "浙江海事局")),
        ("省公安厅、统计局、四川出入境边防检查总站", ("省公安厅", "省统计局", "四川出入境边防检查总站")),
        # the collective that closes a list sums it up, after its own separator too
        ("区发改委、区经信局、等区政府有关部门,区农投公司", ("区发改委", "区经信局", "区农投公司")),
        ("县财政局、等其他相关单位", ("县财政局",)),
        # nothing to split
        ("—", ()),
        ("", ()),
    ],
)
def test_split_units(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        # fields named bare before 等部门 share the departments' ending, as without 等
        ("县财政、住建、自然资源等部门", ("县财政部门", "县住建部门", "县自然资源部门")),
        ("教育、卫生健康等部门", ("教育部门", "卫生健康部门")),
        ("财政等部门", ("财政部门",)),
        ("县教育局、财政、住建等部门", ("县教育局", "县财政部门", "县住建部门")),
        # near misses: a unit's own name before 等 loses the collective; 单位 follows bodies, not fields
        ("县财政局、县住建局等部门", ("县财政局", "县住建局")),
        ("县财政局等有关部门", ("县财政局",)),
        ("县直有关部门等单位", ("县直有关部门",)),
        ("各乡镇等单位", ("各乡镇",)),
    ],
)
def test_a_field_before_etc_departments_keeps_the_shared_ending(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units


@pytest.mark.parametrize(
    ("units", "level", "expected"),
    [
        (("财政局", "县水务局"), "县", ("县财政局", "县水务局")),
        (("财政局", "市场监管局"), "市", ("市财政局", "市市场监管局")),
        (("各乡（镇）人民政府", "有关部门"), "县", ("各乡（镇）人民政府", "有关部门")),
        (("团县委",), "县", ("团县委",)),
        (
            ("临川市水务局", "国家税务总局某地税务局", "中国人民银行某支行"),
            "县",
            ("临川市水务局", "国家税务总局某地税务局", "中国人民银行某支行"),
        ),
        (("财政局",), None, ("财政局",)),
        (("人行某江支行", "工业和信息化局"), "区", ("人行某江支行", "区工业和信息化局")),
        (
            ("统计局", "青石工业园区管委会", "东关镇人民政府"),
            "县",
            ("县统计局", "青石工业园区管委会", "东关镇人民政府"),
        ),
        (("财政局", "税务局", "海关"), "区", ("区财政局", "税务局", "海关")),
        # a national company's depot keeps its own place, and gets no level
        (("财政局", "中储粮青岭直属库"), "市", ("市财政局", "中储粮青岭直属库")),
        # a unit of each street, town or community belongs to no level the notice gives
        (("城管局", "街道城管中队", "乡镇财政所"), "区", ("区城管局", "街道城管中队", "乡镇财政所")),
        # a vertical service's office named after its own place keeps that place
        (("交通局", "青田邮政管理局", "邮政管理局"), "区", ("区交通局", "青田邮政管理局", "邮政管理局")),
        # a zone's committee shortened to 管委 is named after its zone; a city's 城管委 is the city's own
        (("开发区管委", "高新区管委", "城管委"), "市", ("开发区管委", "高新区管委", "市城管委")),
        # a company keeps its own name; so do each place's governments
        (
            ("燃气管理处", "柏山燃气公司", "文旅集团", "各区"),
            "市",
            ("市燃气管理处", "柏山燃气公司", "文旅集团", "各区"),
        ),
        # a city bureau's own sections are 科 or 处 (基础教育处 on a 市教育局's notice) and take no level; a 管理处
        # is the city's own institution, and a county's 处 takes the county's level
        (
            ("基础教育处", "发展规划处", "人事科", "公路管理处"),
            "市",
            ("基础教育处", "发展规划处", "人事科", "市公路管理处"),
        ),
        (("房产管理处", "征收处"), "县", ("县房产管理处", "县征收处")),
        # a residents' or villagers' committee governs itself: no level of government is given to it
        (
            ("民政局", "社区居委会", "东湾村民委员会", "村委会"),
            "县",
            ("县民政局", "社区居委会", "东湾村民委员会", "村委会"),
        ),
        # a unit with its second name in brackets takes the level as the name before them does
        (
            ("应急局（地震局）", "卫健局(中医药局)", "各街道（园区）", "青田邮政管理局（邮政局）"),
            "县",
            ("县应急局（地震局）", "县卫健局(中医药局)", "各街道（园区）", "青田邮政管理局（邮政局）"),
        ),
        # units of no local government take no level: the armed police, the army and bodies stationed in the
        # place, the railway and the airports; the government's own bureaus beside them do
        (
            ("武警青岭支队", "驻青岭部队", "青岭驻军", "交通运输局"),
            "市",
            ("武警青岭支队", "驻青岭部队", "青岭驻军", "市交通运输局"),
        ),
        (
            ("青岭火车站", "铁路青岭站", "青岭高铁站", "青岭机场", "民航青岭站", "应急局"),
            "县",
            ("青岭火车站", "铁路青岭站", "青岭高铁站", "青岭机场", "民航青岭站", "县应急局"),
        ),
        # near forms: a government's own office named after where it sits, and a bureau whose name holds such
        # a word elsewhere, take it
        (("驻京办", "铁路护路联防办", "机场建设指挥部"), "市", ("市驻京办", "市铁路护路联防办", "市机场建设指挥部")),
        (("驻沪办事处", "驻京联络处", "驻市武警中队"), "县", ("县驻沪办事处", "县驻京联络处", "驻市武警中队")),
        # an autonomous region's unit has its level: never 省自治区交通运输厅
        (("自治区交通运输厅", "生态环境厅"), "省", ("自治区交通运输厅", "省生态环境厅")),
        (("自治区交通运输厅", "生态环境厅"), "自治区", ("自治区交通运输厅", "自治区生态环境厅")),
    ],
)
def test_restore_level(units: tuple[str, ...], level: str | None, expected: tuple[str, ...]) -> None:
    assert restore_level(units, level) == expected


@pytest.mark.parametrize(
    ("units", "level"),
    [
        (("县水务局", "县财政局", "各乡（镇）人民政府"), "县"),
        (("区商务局", "区财政局", "区税务局", "市公安局区分局"), "区"),
        (("县水务局", "州财政局"), None),  # no clear majority: no level
        (("有关部门",), None),
        # 自治区 counts as a level: a few 省 units among many 自治区 ones do not make the notice 省 (and a
        # 自治区 notice gives no level: its units written bare stay so)
        (("自治区交通运输厅", "自治区发展改革委", "自治区商务厅", "自治区林业局", "省交通运输厅"), None),
        (("自治区交通运输厅", "省交通运输厅", "省财政厅", "省商务厅"), "省"),
        (("自治区交通运输厅", "自治区商务厅", "省交通运输厅", "省财政厅"), None),
    ],
)
def test_notice_level(units: tuple[str, ...], level: str | None) -> None:
    assert notice_level(units) == level


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # governments written as bare levels before their shared ending: one collective, as written
        ("各市、县人民政府", ("各市、县人民政府",)),
        ("各乡、镇人民政府", ("各乡、镇人民政府",)),
        # the collective's bracketed alternative after 政府 stays with it
        ("市水利局、各县、区人民政府（管委会）", ("市水利局", "各县、区人民政府（管委会）")),
        (
            "市教育局、各县、特区、区人民政府、各工业园区管委会",
            ("市教育局", "各县、特区、区人民政府", "各工业园区管委会"),
        ),
        ("省农业农村厅、各市、县(区)政府", ("省农业农村厅", "各市、县(区)政府")),
        # zones written as bare places before their shared committee: one unit, as written
        (
            "各县(市、区)人民政府、东城、西城经济技术开发区管委会",
            ("各县(市、区)人民政府", "东城、西城经济技术开发区管委会"),
        ),
        ("东江市、西城经济技术开发区管委会", ("东江市", "西城经济技术开发区管委会")),
        # a bare level before a unit of another kind stays apart
        ("各市、省直有关部门", ("各市", "省直有关部门")),
        ("各县（市、区）人民政府", ("各县（市、区）人民政府",)),
    ],
)
def test_levels_sharing_government(raw: str, expected: tuple[str, ...]) -> None:
    assert split_units(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a qualifier carries over 、 to the names after it, not over a comma that closes the list
        ("县民政局、各有关部门，乡镇人民政府按职责分工负责", ("县民政局", "各有关部门", "乡镇人民政府")),
        ("各有关部门、单位", ("各有关部门", "各有关单位")),
        ("各乡镇、街道，县直各部门", ("各乡镇", "各街道", "县直各部门")),
    ],
)
def test_qualifier_stops_at_a_comma(raw: str, expected: tuple[str, ...]) -> None:
    assert split_units(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a government's whole name takes no qualifier from the unit before it; a bare 政府 does
        ("各街道办事处、镇人民政府", ("各街道办事处", "镇人民政府")),
        ("各级党委、政府", ("各级党委", "各级政府")),
    ],
)
def test_whole_government_name_as_written(raw: str, expected: tuple[str, ...]) -> None:
    assert split_units(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a kind of unit named by its kind alone takes the 各 of the unit before it: each of them is meant
        ("各乡镇人民政府、街道办事处", ("各乡镇人民政府", "各街道办事处")),
        ("各小学、幼儿园", ("各小学", "各幼儿园")),
        ("各乡镇卫生院、村卫生室", ("各乡镇卫生院", "各村卫生室")),
        ("各乡镇人民政府、街道办事处（配合）", ("各乡镇人民政府", "各街道办事处（配合）")),
        # a unit with a name of its own takes none, nor one after a unit without 各
        ("各小学、白沙县实验幼儿园", ("各小学", "白沙县实验幼儿园")),
        ("各乡镇、县卫生健康局", ("各乡镇", "县卫生健康局")),
        ("各小学，幼儿园", ("各小学", "幼儿园")),  # (a comma closes the list the 各 heads)
        # a town's government written whole stays as written
        ("各街道办事处、乡人民政府", ("各街道办事处", "乡人民政府")),
    ],
)
def test_each_carries_to_kinds_of_unit(raw: str, expected: tuple[str, ...]) -> None:
    assert split_units(raw) == expected


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        # schools are units of a town's or county's task list
        ("镇中心小学", True),
        ("县第二中学", True),
        ("街道中心幼儿园", True),
        ("县实验学校", True),
        # task words are not
        ("改造运动场", False),
        ("暑假期间", False),
        # customs is a unit by its name alone; a pass or a gate is not
        ("海关", True),
        ("青港海关", True),
        ("口岸通关", False),
        ("严把关口", False),
        # a grain reserve's depot is a unit; a store-room or a database is not
        ("中储粮青岭直属库", True),
        ("建设直属库房", False),
        ("完善数据库", False),
    ],
)
def test_a_school_is_a_unit(name: str, unit: bool) -> None:
    assert has_ending(name) is unit


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        # a space after a whole unit's name parts two names, each taking the list's level
        ("县公安局 交通运输局", ("县公安局", "县交通运输局")),
        ("县教育局、卫生 健康局、公安局 交通运输局", ("县教育局", "县卫生健康局", "县公安局", "县交通运输局")),
        ("县消防救援大队、县 住房城乡建设局 县交通运输局", ("县消防救援大队", "县住房城乡建设局", "县交通运输局")),
        # near misses: a space inside one name is dropped; a branch and a person's name keep to the name before
        ("区 卫生计生委", ("区卫生计生委",)),
        ("市卫生 健康委", ("市卫生健康委",)),
        ("人民银行 某某支行", ("人民银行某某支行",)),
        ("县委组织部\u3000李明", ("县委组织部\u3000李明",)),
        ("县水务局 县财政局", ("县水务局", "县财政局")),
    ],
)
def test_a_space_joins_a_name_only_where_the_part_before_it_is_no_unit(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        # a bureau of the government whose name opens with 乡镇 or 社区 takes the list's level
        ("县应急局、乡镇企业局、社区矫正管理局", ("县应急局", "县乡镇企业局", "县社区矫正管理局")),
        # a street's, town's or community's own unit takes none
        ("县应急局、街道城管中队、社区居委会、乡镇财政所", ("县应急局", "街道城管中队", "社区居委会", "乡镇财政所")),
        ("县应急局、街道办事处", ("县应急局", "街道办事处")),
        # a unit of no local government takes none either
        ("县公安局、武警青岭中队、县消防救援大队", ("县公安局", "武警青岭中队", "县消防救援大队")),
        ("区应急局、驻区部队、青岭火车站、财政局", ("区应急局", "驻区部队", "青岭火车站", "区财政局")),
    ],
)
def test_a_unit_opening_with_a_place_below_the_level_takes_it_only_as_a_bureau(
    raw: str, units: tuple[str, ...]
) -> None:
    assert split_units(raw) == units


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        # after 和, a bare collective noun or a word that ends like no unit names none: the list is its first unit
        ("县教育局等部门和学校", ("县教育局",)),
        ("县教育局等有关部门和单位", ("县教育局",)),
        ("县教育局等有关部门和有关单位", ("县教育局",)),
        ("县教育局等有关部门和社会各界", ("县教育局",)),
        # near misses: a named unit after 和 is one of the list's
        ("市水利局等有关部门和各区人民政府", ("市水利局", "各区人民政府")),
        ("县水利局等有关单位及各乡镇", ("县水利局", "各乡镇")),
        ("区水利局等相关区直部门和各街道", ("区水利局", "各街道")),
        ("县教育局等部门和县第一中学", ("县教育局", "县第一中学")),
    ],
)
def test_the_part_after_a_collective_and_he_is_a_unit_only_when_it_ends_like_one(
    raw: str, units: tuple[str, ...]
) -> None:
    assert split_units(raw) == units


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        ("综合科 | |", ("综合科",)),
        ("县林业局、县财政局 |", ("县林业局", "县财政局")),
        ("规划处｜", ("规划处",)),
        ("县林业局", ("县林业局",)),
        ("县林业局、县财政局", ("县林业局", "县财政局")),
    ],
)
def test_cell_bars_after_the_last_unit_are_no_part_of_it(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units


# units of no local government in a city's notice: named as written, found by the name as written
NOT_LOCAL = """\
青岭市2025年春运保障工作方案
一、重点任务
（一）加强站区治安巡防。（责任单位：市公安局、武警青岭支队、驻青岭部队）
（二）做好旅客疏运。（牵头单位：青岭火车站；配合单位：交通运输局、青岭机场）
（三）保障道路通行。（责任单位：市交通运输局、市公安局）
"""


@pytest.mark.parametrize(
    ("name", "ids"),
    [
        ("武警青岭支队", [1]),
        ("驻青岭部队", [1]),
        ("青岭火车站", [2]),
        ("青岭机场", [2]),
        ("交通运输局", [2, 3]),
        ("市交通运输局", [2, 3]),
    ],
)
def test_a_unit_of_no_local_government_keeps_its_name_and_is_found_by_it(name: str, ids: list[int]) -> None:
    notice = parse_text(NOT_LOCAL)
    assert notice.tasks[0].departments == ("市公安局", "武警青岭支队", "驻青岭部队")
    assert notice.tasks[1].partners == ("市交通运输局", "青岭机场")
    registry = default_registry()
    found = filter_tasks(notice, TaskFilter(departments=resolve_departments([name], notice, registry)), registry)
    assert [t.id for t in found] == ids


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # an office of the party committee named without 委 after the committee's unit takes the committee's prefix
        ("县委组织部、县委宣传部、网信办", ("县委组织部", "县委宣传部", "县委网信办")),
        ("市委办公室、政法委、编办", ("市委办公室", "市委政法委", "市委编办")),
        # near cases: a government bureau after the committee's unit takes the level alone; a party office after a
        # government unit takes the level alone
        ("县委组织部、财政局", ("县委组织部", "县财政局")),
        ("县发展改革委、网信办", ("县发展改革委", "县网信办")),
    ],
)
def test_a_committee_office_takes_the_committee_prefix(raw: str, expected: tuple[str, ...]) -> None:
    assert split_units(raw) == expected


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        # how the units act by their functions (职能) or duties is a remark, as 按职责分工负责 is
        ("市城管局、市公安局交警支队按职能分工负责", ("市城管局", "市公安局交警支队")),
        ("市城管局、市住房城乡建设局按照职能职责负责", ("市城管局", "市住房城乡建设局")),
        ("市城管局、市住房城乡建设局依职责负责", ("市城管局", "市住房城乡建设局")),
        ("县财政局根据职责分工落实", ("县财政局",)),
        # near misses: a name holding 职能 is kept whole
        ("县职能转变协调办", ("县职能转变协调办",)),
        ("县财政局、县人社局按职责分工负责", ("县财政局", "县人社局")),
    ],
)
def test_acting_by_functions_is_a_remark_not_part_of_a_name(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        # the body of each place carries its place, with the place's bracket, to the body named after it
        ("各县（市、区）党委、政府", ("各县（市、区）党委", "各县（市、区）政府")),
        ("各乡镇党委、政府", ("各乡镇党委", "各乡镇政府")),
        ("各县党委、政府、县直各部门", ("各县党委", "各县政府", "县直各部门")),
        ("各街道党工委、办事处", ("各街道党工委", "各街道办事处")),
        # near misses: a qualifier that is no place carries as before; a name with its own 各 takes none
        ("各级党委、政府", ("各级党委", "各级政府")),
        ("各有关部门、单位", ("各有关部门", "各有关单位")),
        ("各乡镇党委、县直各部门", ("各乡镇党委", "县直各部门")),
    ],
)
def test_the_body_of_each_place_carries_its_place(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units
