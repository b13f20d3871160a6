"""Every pattern of patterns.py on the examples its comment gives, and on the cases its comment rules out.

Patterns run on folded text (decode.fold), so each example is folded first, as the
parser does. A new pattern needs a row here: the last test lists any without one.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
import regex

from policy_cli import patterns as P
from policy_cli.decode import fold
from policy_cli.regex_engine import RePattern

# name -> (examples it finds, examples it must not find), taken from the comment above each pattern
EXAMPLES: dict[str, tuple[list[str], list[str]]] = {
    # body numbering
    "COLUMN_QUALIFIER": (["(单位)", "（部门）"], ["责任单位", "(县水务局、县财政局、县发展改革局)"]),
    "PERIOD_BEFORE_NAME": (
        ["四季度进展情况", "上半年完成情况", "10月份落实情况", "1-11月推进情况", "分月序时进度", "第二季度完成情况"],
        ["进展情况", "年度目标", "分管领导"],
    ),
    "NOTICE_PLACE": (
        ["2023年青田区政府工作报告重点工作", "青田县人民政府办公室", "丽水市青田县人民政府"],
        ["青田县财政局", "关于印发重点工作分工的通知"],
    ),
    "PART": (["一、总体要求", "二. 强化组织保障"], ["（一）指导思想"]),
    "CLAUSE": (["(一)指导思想。全面贯彻", "（三）加强农村公路养护。"], ["一、总体要求"]),
    "ITEM": (
        [
            "1.完善制度",
            "1、加强",
            "1．深化",
            "1、2025年6月底前完成",
            "2、10月底前完成",
            "1.4月底前完成",
            "2.2025年底前建成",
            "3.12月底前完成",
            "1.2009年底前,完成",
        ],
        ["1.5万", "2021年", "3、4月份", "1、2、3", "1.5倍", "3.2万亩", "2.5年内", "1.2009"],
    ),
    "SUBITEM": (["(1)开展", "（2）建立"], ["（一）指导思想"]),
    "CHAPTER": (["第二章　重点任务"], []),
    "ARTICLE": (["第四条　推进工作（责任部门：县财政局）"], []),
    "TASK_LABEL": (
        ["任务一:稳定粮食播种面积", "任务3:推进", "〔任务二〕落实补助", "〔 任务12 〕开展培训", "问题2:资金闲置未用"],
        ["任务一是稳定面积", "问题是资金闲置", "问题较多:一是"],
    ),
    "LEADER_LABEL": (["牵头州领导:副州长某某", "联系县领导:某某"], ["牵头单位:县财政局"]),
    "UNITS_DO": (["由县应急局负责统筹协调", "由县水务局牵头组织"], ["由县政府负责同志带队", "县应急局负责统筹协调"]),
    "LEADER_PIECE": (
        [
            "由李明副市长负责",
            "王强副县长牵头负责",
            "由分管副镇长统筹",
            "县委副书记、县长王某某负责",
            "县长负总责",
            "常务副县长牵头",
        ],
        ["县财政局负责"],
    ),
    "POST_AND_NAME": (
        ["副镇长吴丽", "县长陈刚", "县委副书记张华", "局长王强"],
        ["镇规划建设办", "县长江管理局", "县农业农村局"],
    ),
    "HEADED_BY": (["县发改局牵头工作", "由县财政局牵头的工作", "县教育局负责的重点任务(5项)"], ["加强组织领导"]),
    "JOINED_PARTNERS_WORK": (
        ["会同县农业农村局制定资金管理办法", "由县财政局牵头会同县审计局开展绩效评价"],
        ["会同", "县财政局负责"],
    ),
    "JOINED_PARTNERS": (
        [
            "会同县交通运输局、县供销社推进",
            "县公安局牵头会同县交通运输局共同实施",
            "县文旅局会同县体育中心组织推进",
            "由县自然资源局会同县农业农村局等部门研究提出落实意见",
        ],
        ["县财政局负责"],
    ),
    "LABEL_SEPARATOR": (["责任单位:县人社局　完成时间:全年", "牵头单位:X;完成时限:Y", "主责单位:X | 时限:Y"], []),
    "RELATED_LINKS": (["相关链接:", "相关文件:"], []),
    "POINT": (["①开展", "1）建立", "a）整治", "⑵完善"], ["(1)开展", "1.5万"]),
    "DECIMAL_POINT": (["1.1 建立", "2.3推进", "2.4 公开"], ["3.5级以上", "1.5小时", "2.5亿元"]),
    "CLAUSE_CHAR": (["㈢加强"], ["（三）加强"]),
    "MEASURE_WORD": (
        ["辆环卫车辆", "处公厕", "栋楼", "场活动", "支队伍", "类问题", "套设备", "轮检查", "个", "年", "公里"],
        ["处理好重大问题", "支持企业", "组织开展", "加强", "建立", "开展", "推进"],
    ),
    "CHUNK_MARK": (["1、某市方案为深入", "2、人行某分行配合）6、"], ["一、总则", "2021年", "1.5万"]),
    "CHUNKED_TABLE_HEADER": (["3、序号 工作任务 责任单位", "序号"], ["1、某市方案为深入", "编号"]),
    "ITEM_CHAR": (["⒊深化"], ["3.深化"]),
    "BARE_ITEM": (["1科学评价", "2开展体检"], ["2023年", "1.建立", "5G基站"]),
    "RUN_ON_MARK": (
        [
            *[
                "现提出以下意见: 一、深入实施",
                "意见 1.坚持",
                "。 2.发挥",
                "配合)2、建立",
                "体系1、2025年",
                "体系1、建立",
                "攻坚战1 .做好",
                "攻坚战1.做好",
            ],
            *["任务 (一)加强", "环节。 1科学", "短板。 2开展", "服务体系(一)扩大"],
        ],
        ["第1.5万", "2021年", "共3、4项", "一、总则", "第1、2项", "增长1.5倍"],
    ),
    "CHUNK_CUT_END": (["市财政局负责，", "全面推进"], ["开展培训。", "(市人社局负责)", "牵头单位:"]),
    "CHUNK_CUT_START": (
        ["人行某分行配合）6、开展", "市总工会配合）二、强化"],
        ["加强监管。（县局负责）", "（县局负责）"],
    ),
    # head
    "DOC_NUMBER": (["某委发[2019]8号", "某府发〔2021〕5号", "某办发 【2018】 21 号", "某政发〔2006〕第15号"], []),
    "DOC_PREFIX_NOISE": (["按照川委发〔2017〕21号"], []),
    "FILE_EXTENSION": (
        ["某县2021年重点任务责任分解表.docx", "某县实施方案.pdf", "方案.DOC"],
        ["第1.5项", "方案.docx附件"],
    ),
    "DOC_NUMBER_LINE": (
        [
            "某府发〔2021〕5号",
            "（某政发〔2019〕5号）",
            "某政发〔2019〕5号    签发人：张某",
            "某府办发〔2023〕12号 2023年5月6日",
        ],
        ["某府办发〔2023〕12号 2023年5月6日前完成", "某府办发〔2023〕12号 2023年"],
    ),
    "DOC_NUMBER_THEN_TEXT": (["某政发〔2023〕2号某县人民政府关于印发方案的通知"], []),
    "SUMMARY_TITLE_FIELD": (
        ["- 内容概述: 某厅办公室关于印发2024年工作任务分工方案的通知", "摘 要：某县人民政府关于做好春耕工作的意见"],
        ["内容概述: 本方案明确了2024年的主要任务。", "摘要: 关于印发的说明;见附件"],
    ),
    "CITED_WITH_NUMBER": (
        ["印发《某市消费行动方案》（某政办发〔2025〕17号）", "《某县工作要点》(某政发〔2024〕2号)"],
        ["印发《某市消费行动方案》", "按照某政办发〔2025〕17号"],
    ),
    "DOC_NUMBER_BRACKETED_THEN_TEXT": (
        ["(某政发〔2016〕21号)区人民政府关于印发计划的通知", "[某办发〔2020〕3号]县政府办公室关于…"],
        ["(某政发〔2016〕21号)", "某政发〔2016〕21号区人民政府关于…"],
    ),
    "TITLE": (
        [
            *["关于加强农村公路养护管理的实施意见", "某县防汛抗旱工作实施方案", "某县2025年重点任务分工"],
            *["某县农村供水保障三年行动方案(2024—2026年)", "某县社区治理实施细则(试行)"],
            *["重点任务分工及进度安排表", "某县2024年重点项目推进表", "某县民生实事责任表"],
            *["某市2025年重点项目建设表", "某县重点项目表"],
        ],
        ["某县人民政府网 > 政务公开 > 通知", "某县2024年度统计表", "附表"],
    ),
    "TITLE_LABEL": (
        ["附件1 某县方案", "附件2-某县清单", "文件名称 某县方案", "标题:某县意见", "【政策解读】某市方案"],
        ["附件", "【1】某县方案"],
    ),
    "RUN_ON_TITLE": (
        [
            "某区乡村振兴行动计划202X年是关键之年",
            "某县防汛工作方案为做好汛期准备",
            "某县防汛工作方案根据上级要求",
            "某乡2023年工作要点 2023年是关键之年",
        ],
        ["某县防汛工作方案", "某县防汛工作进展顺利", "某乡2023年工作要点  2023年是关键之年"],
    ),
    "RUN_ON_FIRST_PART": (
        [
            "第1页共5页某县养老服务实施方案一、完善网络",
            "某县防汛工作方案一、总体要求",
            "某县就业行动计划(试行)一、目标",
        ],
        ["要求统一、规范管理", "某县防汛工作方案 一、总体要求", "为做好工作,制定本方案一、总体要求"],
    ),
    "REPORT_TITLE": (
        [
            "某区2023年重点民生实事项目推进情况(1-11月)",
            "某镇2024年度重点工作计划二季度执行情况",
            "【落实情况】某局2025年《政府工作报告》主要任务上半年落实情况",
        ],
        ["二季度完成情况", "1-10月推进情况", "各单位要报送工作落实情况。"],
    ),
    "TITLE_FIELD": (
        [
            "标　　题：某县关于加强管理的意见",
            "| 标题 | 某县关于加强管理的意见 |",
            "• 文件名称: 某县方案",
            "发文标题: 某局关于做好减税工作的通知",
            "标题某区人民政府办公室关于印发某区运动会工作方案的通知",
            "名 称: | 某县方案 |",
        ],
        ["标题党现象突出的整治方案", "某县关于加强管理的意见"],
    ),
    "TITLE_WITH_NUMBER": (
        ["某县关于印发方案的通知(某办发〔2017〕2号)", "某市关于印发方案的通知 某政发〔2023〕1号 |"],
        [],
    ),
    "TITLE_CHANNEL": (["政务服务丨某市人民政府关于加强管理的意见", "政策文件|某县人民政府"], []),
    "TITLE_PIECE": (["某县人民政府关于加强"], ["全面贯彻。"]),
    "TITLE_ISSUER": (["某市人民政府关于加强管理的意见", "某县人民政府印发《方案》的通知"], []),
    "ISSUER_LEVEL": (["某区人民政府办公室", "县人民政府", "某市政府办公厅"], ["某县财政局", "某自治区人民政府"]),
    "TOWN_ISSUER": (
        ["青石镇人民政府", "某乡政府", "某街道办事处", "青石镇党委"],
        ["某县人民政府", "某区人民政府办公室"],
    ),
    "ORG_NAME": (["中共某州委", "某州人民政府"], []),
    "ADDRESSEE": (["各县(市)人民政府,州级各部门:", "各乡（镇）人民政府，县级各部门："], []),
    "SINGLE_UNIT_LEADS": (
        [
            "只列一个单位的，该单位为牵头单位",
            "只列一个单位的为牵头单位",
            "仅有一个责任单位的即为牵头单位",
            "只有一个部门的，由该部门牵头",
        ],
        ["只列一个单位", "列第一位的为牵头单位"],
    ),
    "SINGLE_UNIT_RESPONSIBLE": (
        ["只列一个部门的，由该部门负责", "仅列一个单位的，由其负责", "只有一个单位的为责任单位"],
        ["只列一个单位的，该单位为牵头单位", "只列一个单位的，由该单位牵头负责", "由该部门负责"],
    ),
    "GENRE_DOCUMENT": (
        [
            "关于印发某县重点任务分工方案的通知",
            "附件:政府工作报告任务分解表",
            "某县实施方案",
            "某县2025年重点项目建设表",
        ],
        ["某县工作总结", "某县防汛工作情况的报告", "某县重点项目表彰名单的公示"],
    ),
    "GENRE_PLAN": (
        ["关于印发某市全民健身实施计划(2021-2025年)的通知", "《某县妇女发展规划(2021—2025年)》", "某区三年行动计划"],
        ["某市城乡规划局", "计划生育协会", "某县工作总结"],
    ),
    "ADDRESSEES_THEN_COVER": (
        ["各镇人民政府,县直各单位: 现将《方案》印发给你们", "各科室,各站所: 经研究,制定本方案", "各乡镇: 为深入贯彻"],
        ["各乡镇、各部门要做到: 一是落实责任", "根据上级要求: 现将方案印发", "各乡镇人民政府,县直各部门:"],
    ),
    "GLUED_JOINT_ISSUERS": (
        ["中共白沙县委白沙县人民政府", "中共青岚市委办公室青岚市人民政府办公室", "中共红山州委红山州人民政府"],
        ["中共白沙县委组织部", "中共白沙县委办公室红山县人民政府办公室", "白沙县人民政府办公室"],
    ),
    "SITE_WATERMARK": (
        ["公文之家—海量范文免费下载www.example-docs.com", "某某文库-免费下载www.example.cn"],
        ["在县政府网www.example.gov.cn公布", "登录中国政府网www.gov.cn查询", "公文之家—海量范文免费下载"],
    ),
    "INVITED_TO_TAKE_PART": (
        ["鼓励高等院校、科研院所等第三方机构", "引导社会组织", "吸引社会资本"],
        ["县水务局", "鼓励企业创新,县科技局"],
    ),
    "SIGNED_DATE": (
        ["2019年4月2日", "二〇一九年四月二日", "二○○七年四月十三日", "二零二四年十二月三十一日"],
        ["2019年4月2日印发", "二〇一九年四月底前", "二〇一九年"],
    ),
    "ANY_DATE": (["2019-04-02", "2019年4月2日", "2019/4/2"], []),
    # web page header fields
    "PAGE_FIELD_LABEL": (
        [
            "索 引 号:000000000/2019-00001",
            "主题分类:文件",
            "来源:某县人民政府",
            "文件编号:某政办发〔2024〕12号",
            "【发文字号】某政办〔2024〕12号",
            "【索引号】0000-2024-00012",
            "[文号]某政办〔2024〕12号",
        ],
        ["【牵头单位】县财政局"],
    ),
    "PAGE_FIELD_BARE": (
        [
            "发布机构 某县应急局",
            "文    号 某政办〔2023〕1号",
            "发文字号某办〔2020〕1号",
            "发布文号某政发[2006]15号",
            "文件有效性 有效",
            "效力状态 有效",
        ],
        [],
    ),
    "SENTENCE_OPENER": (
        ["请各部门按时报送进展。", "以上任务均需按期完成。", "说明:本表…"],
        ["精准招商,签约项目十个。"],
    ),
    "BODY_MARK": (["正文", "文章正文", "【正文】", "正文:"], ["正文如下", "附件正文印发"]),
    "PAGE_FIELD_WEAK": (["分   类 政务公开"], []),
    "PAGE_FIELD_GLUED": (
        ["机构市政府办公厅发文字号某政办〔2018〕3号", "发布日期2018年09月05日", "文号某政发〔2020〕1号"],
        ["发布机构 某县应急局", "根据文件要求"],
    ),
    "PAGE_FIELD_GLUED_START": (
        ["发文机构市政府办公厅发文字号某政办〔2018〕3号", "发布日期2018年09月05日有效性有效"],
        ["发布机构 某县应急局", "发布会议精神", "来源某县"],
    ),
    "PAGE_STAMP": (
        ["2023-01-05 10:00 某区人民政府办公室", "TXDR202101003", "||||", "2021年09月14日 10:20"],
        ["2021年9月14日"],
    ),
    "PAGE_FIELD_BULLET": (["• 文号:", "- 发布日期:"], []),
    # boilerplate
    "BANNER": (["某省政府门户网", "繁体版", "简体版"], []),
    "BREADCRUMB": (["当前位置:首页/政策文件"], []),
    "ANNEX_LINK": (["附件:某县重点任务分工方案"], ["附件1"]),
    "ANNEX_START": (["附件", "附件1"], ["附件:某县重点任务分工方案"]),
    "FOOTER": (
        [
            "Copyright 2019 All Rights Reserved",
            "版权所有:某县",
            "ICP备00000000号",
            "公网安备 00000000000000号",
            "技术支持:某网络公司",
        ],
        ["主办单位:县交通运输局", "1\t完成排查\t县应急局\t需县住建局技术支持"],  # a role label; a table's remark
    ),
    "TRAILER": (["抄送:县委各部门", "某县人民政府办公室  2019年4月2日印发", "(此件公开发布)"], []),
    "TRAILER_GLUED": (
        [
            "县财政局\t2025年11月　某县人民政府办公室　2025年2月26日印发",
            "2025年11月\t某县人民政府办公室 2025年2月26日印发",
            "2025年11月某县人民政府办公室2025年2月26日印发",
        ],
        ["2025年6月底前印发", "年底前县政府办公室2025年2月26日印发", "由县政府办公室2025年3月1日印发"],
    ),
    # page noise
    "PINYIN_GLOSS": (["关(guān)于", "发(fā)", "局(ju)(ju)", "会(huì )", "M(jìn)", "?(fā)"], []),
    "NOT_ADDRESSEES": (
        ["为深入贯彻《某意见》精神,提出如下意见:", "??根据上级要求,现通知如下:"],
        ["各乡镇人民政府,县直各部门:", "经济技术开发区、化工园区管委会:"],
    ),
    "PINYIN_SYLLABLE": (["fā", "ju", "zhuang"], []),
    "FURNITURE": (
        [
            "【打印本页】【关闭窗口】",
            "扫一扫在手机打开当前页",
            "分享到:",
            "分享：",
            "主办:某县人民政府办公室 承办:某县",
            "【字体:大 中 小】",
            "【打印】【关闭】",
            "上一篇：某县关于秋粮收购的通知",
            "下一篇: 某县防汛预案",
            "[打印] [关闭]",
            "上一篇 某县关于秋粮收购的通知",
            "下一篇",
            "打印　　关闭",
            "扫一扫在手机打",
            "阅读 2356　分享　点赞　在看",
            "编辑：小某　审核：老某",
            "（来源：某县人民政府办公室）",
            "文章来源: 办公室",
            "信息来源：某县体育局",
            "快速打印",
            "附件下载：督查清单.xlsx",
            "附件下载",
            "字号: 分享:",
            "监督方式:0000-0000000",
            "联系人：县应急局　张某　　电话：0000000",
            "社保处文章来源: 办公室",
            "社保处 来源：办公室",
            "社保处发布时间：2024-03-01 10:00",
            "分享　收藏　在看　点赞",
            "收藏 转发 点赞",
        ],
        [
            "主办单位:县交通运输局",
            "分享 点赞",
            "在看 点赞 转发",
            "做好分享收藏在看点赞统计",
            "做好上一篇:",
            "打印本县名册",
            "上一篇文章",
            "来源:某县人民政府 发布时间:2024-04-02",
            "落实配套资金来源:县财政局",
            "资金来源 2024-03-01",
            "附件：1.某县重点任务分工表",
            "做好附件下载服务",
        ],
    ),
    "STRAY_PIPE": (
        ["清理河塘垃圾 |", "县农业农村局|", "1 |", "| 清理河塘垃圾"],
        ["| 序号 | 工作任务 |", "序号 | 工作任务 |", "|"],
    ),
    "HOST_LINE": (["主办单位:县交通运输局", "主办:某县人民政府办公室"], ["协办单位:县公安局"]),
    "SITE_FOOTER_NEXT": (["承办:某县大数据中心", "技术支持:某公司", "联系电话:0000-0000000"], ["协办单位:县公安局"]),
    "BANNER_WITH_NUMBER": (["某县人民政府文件  某政发〔2019〕5号"], []),
    "RED_HEADER": (["某县人民政府文件", "中共某州委文件", "某市人民政府办公室文件"], []),
    "PAGE_BREAK_HEADER": (["养护某县人民政府文件某政〔2020〕21号管理"], []),
    "LISTED_UNDER_LEAD": (
        ["各项任务列于其牵头部门名下", "任务列在牵头单位之下", "按牵头单位分列各项任务", "标题所列单位为牵头单位"],
        ["列出牵头单位和配合单位", "牵头部门名下的资金"],
    ),
    "PAGE_NUMBER": (
        ["— 3 —", "-12-", "第 2 页", "第2页/共5页", "共5页 第2页", "— — — 3 —"],
        ["第2页的表格", "共5页", "第二部分"],
    ),
    "PAGE_COUNTER_IN_LINE": (
        ["改造薄弱学校。（牵头单位：县教育局） 第1页 共2页", "学校。第2页/共5页 3.新建", "共5页 第2页"],
        ["详见第3页", "印制宣传册共20页", "第二部分"],
    ),
    # annex
    "NOTES_START": (["注:1.各责任单位", "注：完成时间为"], []),
    "CELL_GAP": (["县财政局  2019年"], []),
    "NUMBER_CELL": (["12", "12.", "12、"], []),
    "EMPTY_CELL": (["—", "/", "无", "|"], ["县财政局 |"]),
    "DUE_CELL_VERB": (
        [
            *["2024年9月投用", "2025年底前建成", "2024年6月底前全面完成", "2025年第三季度完成", "2024年12月并投运"],
            *["9月投入使用", "5月底前动工", "2025年6月底前建成投运", "年底前取得实效", "10月底前整改到位"],
            "2026年5月份前完成",
        ],
        ["2024年3月起", "每半年一次", "持续推进", "2024年6月底前", "2024年完成任务的80%"],
    ),
    "SAME_AS_ABOVE": (["同上", "同上栏", "同上。", "〃"], []),
    "SUBNUMBER_CELL": (["2.1", "12.3"], ["2", "2.", "2025.3.1", "1.完成"]),
    "TARGET_CELL_DUE": (
        ["2021年2月底前,群众知晓率达90%以上。", "2025年6月底前，建成回收体系", "2024年底前,完成"],
        ["2025年,全市覆盖率达到90%", "到2025年,建成", "2021年2月底前完成"],
    ),
    "CELL_LINE_BREAK": (["<br>", " <br/> ", "<BR />"], ["<b>", "br"]),
    "SITE_LABEL_TITLE": (
        ["某区企业奖励政策:关于加快某区经济发展的若干政策意见"],
        ["关于加快发展的意见", "主要任务:关于加快发展。某局负责"],
    ),
    "NOT_ISSUERS": (
        ["某市某局贯彻落实某省政府办公厅某市政府办公室"],
        ["中共某县委 某县人民政府", "某市人民政府办公室"],
    ),
    "CONTACT_NOTE": (
        ["(联系人:某局规划处 电话:0000-00000000)", "( 联系人:办公室张某 电话:12345678)"],
        ["联系人:办公室 电话:12345678", "(联系人:办公室)", "(牵头单位:县水务局)"],
    ),
    "NEWS_HEADLINE_WORDS": (
        [
            "某省《政府工作报告》部门分工确定",
            "四项工作由哪些部门牵头?",
            "某县六项行动任务清单来了",
            "某局2024年4月份重点工作",
            "某局重点工作目标",
        ],
        ["某市召开防汛工作会议", "某局召开重点工作推进会"],
    ),
    "PIPE_ROW": (
        ["| 类别 | 具体措施 | 责任单位 |", "序号 | 具体措施 | 责任单位 | 配合单位 |", "具 体 要 求 | 责任科室 | ||"],
        ["县教育局|县财政局", "A | B", "一、总体要求 |"],
    ),
    "PIPE_RULE": (["|---|:---:|---|"], []),
    "PROJECT_CONTENT_COLUMN": (
        ["建设内容", "主要建设内容", "建设内容及规模", "建设规模和内容"],
        ["项目内容", "建设单位", "建设规模"],
    ),
    "INDICATOR_COLUMN": (["指标", "指标名称", "主要指标", "考核指标名称"], ["指标值", "指标完成情况"]),
    "TARGET_COLUMN": (["目标值", "指标值", "2025年目标", "年度目标值", "目标值(%)"], ["目标任务", "完成时限"]),
    "TASK_COLUMN_OF_PLAN": (
        ["工作举措及实施计划", "推进措施和时间安排", "具体措施及进度", "措施与步骤"],
        ["工作举措", "实施计划", "责任单位及完成时限", "推进措施和工作要求"],
    ),
    "YEAR_COLUMN": (["2018年度", "2020年目标", "2019年"], ["2018年度目标任务完成情况", "年度目标", "2018"]),
    "TASK_COLUMN_LIKE": (
        ["工作目标", "整治目标", "主要内容", "推进措施", "民生实事项目", "民生实事", "项目名称", "2024年预期目标"],
        ["县农业农村局", "完成时限", "加强目标管理考核工作任务"],
    ),
    # assignments: labels and verbs from the vocabulary
    "ROLE_LABEL": (
        [
            *["牵头单位:县交通运输局", "完成时限:2019年12月底前", "牵头单位 县交通运输局"],
            *["【牵头单位】县交通运输局", "责任单位(部门):县交通运输局"],
        ],
        [],
    ),
    "LABEL_ALONE": (["牵头单位", "配合单位:", "【配合单位】"], []),
    "LABEL_ANYWHERE": (["牵头单位:A;配合单位:B", "【牵头单位】A【配合单位】B"], []),
    "LABEL_AFTER_SPACE": (["责任单位:县人社局　完成时间:全年"], []),
    "ITEM_MARKER": (
        [
            "★1.疏通管网",
            "▲（二）增设泊位",
            "● 3、改造管线",
            "◆一、重点任务",
            "✅ 任务一:发放",
            "👉 牵头:县商务局",
            "⏰时限:6月底前",
            "??一、优化服务",
            "??为推进改革",
        ],
        ["★县财政局", "●文号:", "©2025 某县人民政府", "👍", "?", "??"],
    ),
    "CONTACT_DETAILS": (["县财政局:王某,联系电话:0000-1234567", "县水务局:李某 13900000000"], ["负责统筹项目资金"]),
    "DUTY_LINE": (
        ["区财政局:负责统筹项目资金;", "县水务局、县农业农村局:负责河道整治。", "各乡镇(街道):负责组织实施。"],
        ["各乡镇人民政府,县直各部门:", "(牵头单位:县水务局)"],
    ),
    # the shape of work no reader took (the last net)
    "WORK_ITEM": (
        ["1.落实河长巡河制度。", "2、推进河湖健康评价", "3．开展排查整治", "（4）完成划界复核", "⑤建立审批台账"],
        ["1.5万亩", "一、加强河湖日常巡查", "（一）推进岸线管理", "河湖股"],
    ),
    "WORK_HEADING": (["一、加强河湖日常巡查", "（二）推进岸线管理", "十二、其他"], ["1.落实制度", "（3）开展排查"]),
    "DUTY_END": (
        ["水资源股按职责分工落实", "县财政局牵头", "县教育局负责", "县住建局配合", "各乡镇共同实施"],
        ["河湖股", "县教育局"],
    ),
    "UNITS_THEN_DUTY": (
        ["区水务局：负责排水管网排查", "区财政局：统筹安排改造资金", "县民政局、县财政局牵头，做好救助"],
        ["联系人：王某", "1．区民政局牵头", "各乡镇人民政府,县直各部门:"],
    ),
    "DEADLINE_CELL": (["2024年9月底前", "12月底前", "年底前", "长期坚持", "每季度"], ["县教育局", "水政监察大队"]),
    "UNITS_SENTENCE": (
        ["3项任务的责任单位均为市水利局。", "该指标责任单位为市统计局。", "以上两项工作由县财政局牵头。"],
        ["由县财政局牵头做好资金保障。", "责任单位"],
    ),
    "SIGNATURE_DATE": (["2025年3月18日", "二〇二五年三月十八日"], ["2025年3月底前", "3月18日"]),
    "UNITS_ARE_ROLE": (["县水务局为牵头单位", "县财政局、县林业局为配合单位"], []),
    "FIRST_UNIT_LEADS": (
        [
            *["责任单位排在第一位的为牵头单位", "列第一位的为牵头部门", "排在首位的是牵头单位"],
            *["列第一位者为牵头单位", "排名第一的为牵头单位", "第一个单位为牵头单位", "由所列第一个单位牵头。"],
            "列第一位为牵头或汇总单位",
            "排在第一位的为牵头处室",
            "列第一位者为工作牵头单位或汇总单位",
            "排在首位的为整改牵头单位",
            "第一责任单位为牵头单位",
        ],
        ["全省第一个牵头成立联盟", "主要负责同志是第一责任人"],
    ),
    "UNITS_LEAD_WITHOUT_LEAD": (
        ["无牵头单位的，责任单位即为牵头单位", "未明确牵头单位的，所列单位均为牵头单位"],
        ["牵头单位负责汇总"],
    ),
    "BRACKET_IS_PERSON": (
        ["责任单位后括号内为项目责任人", "括号中为责任领导", "括号内是具体负责人", "()内为联系人"],
        ["括号内为牵头单位", "括号内为备注"],
    ),
    "UNIT_POST_NAME": (
        ["县住房城乡建设局局长赵明", "县发改局党组书记、局长钱亮", "县财政局副局长"],
        ["赵明", "县发改局"],
    ),
    "LABEL_IS_UNITS_AT_END": (
        ["开展教师全员培训,责任单位为市教育局,2025年12月底前完成。", "推进河湖清淤,牵头单位为县水务局。"],
        ["责任单位为市教育局。", "开展培训,责任单位要加强指导。"],
    ),
    "PERSON_AFTER_UNIT": (
        ["县发展改革局（责任人：刘洋）", "镇综治中心 负责人：李明", "县住建局 联系电话 0000-1234567"],
        ["县发展改革局"],
    ),
    "PERSON_LABELLED": (["责任人：刘洋", "负责人:李明", "分管领导：副县长王强"], ["县发展改革局", "联系电话：0000"]),
    "UNIT_THEN_DUTY": (["区财政局负责资金保障", "各街道按职责做好配合"], ["负责资金保障", "区财政局", "区财政局负责"]),
    "PERSON_IN_BRACKETS": (["县住房城乡建设局(周明)", "县民政局（郑丽、孙立）"], ["县发改局", "各县(市)"]),
    "STAR_MARKS_LEAD": (["标*的为牵头单位", "带★号的单位为牵头单位", "注有“※”的为牵头部门"], []),
    "STAR_MARK": (["县水务局*", "★县财政局"], ["县水务局"]),
    "PROSE_IN_NAME": (["相关费用由县财政局", "各部门要", "企业对本单位"], []),
    "FRAME_HEADING": (
        ["发展基础", "发展现状", "现状与形势", "面临的形势", "指导思想", "总体要求", "基本原则", "发展目标"],
        ["主要任务", "目标任务", "保障措施", "推进基础设施建设", "完善发展环境"],
    ),
    "EVENT_NAME": (
        [
            "举办全镇第三届农民运动会",
            "迎春文艺晚会",
            "特色农产品展销会",
            "全县迎春书画展览会",
            "新春团拜会",
            "元宵灯会",
            "全县文艺骨干培训会",
            "防汛工作部署会",
            "重点项目调度会",
            "老干部迎春茶话会",
        ],
        [
            "县妇联会",
            "县体育总会",
            "县红十字会",
            "县安委会",
            "县总工会",
            "县个体劳动者协会",
            "县工商联合会",
            "县老年学会",
            "县诗词研究会",
            "县旅游促进会",
            "县慈善基金会",
            "经开区管委会",
            "县人民代表大会",
        ],
    ),
    "UNITS_ORGANISE": (
        ["由县文体局统一组织各村选送节目", "由县委宣传部组织力量编印手册", "由县文体局组织一台晚会"],
        ["由县委组织部负责", "由一个村组织展演", "由县委组织人员检查"],
    ),
    "ADVERB_BEFORE_BY": (
        ["具体由县文体局负责", "统一由县财政局拨付", "全部由县财政局承担"],
        ["由县文体局负责", "具体负责"],
    ),
    "SUBJECT_BEFORE_BY": (
        [
            "所需经费均由县财政局负责",
            "日常管理具体由县文体局负责",
            "上述工作由县商务局牵头",
            "以上3项任务均由县水利局负责",
        ],
        ["由县文体局负责", "考核工作由第三方机构组织实施", "具体由县文体局负责", "上述企业由县商务局牵头"],
    ),
    # deadlines
    "UNITS_JOINED": (
        [
            "县应急局要会同县住建局、县交通运输局开展专项检查",
            "县水务局会同县财政局等部门制定办法",
            "县民政局会同县退役军人事务局于春节前完成走访慰问",
        ],
        ["要会同有关部门推进", "会同县财政局开展检查", "县民政局会同县退役军人事务局于法有据"],
    ),
    "UNITS_TOGETHER": (
        ["县委宣传部、县司法局要联合开展普法宣传", "县文化局、县教育局共同建设法治图书角", "县公安局联合开展整治"],
        ["县工商联合会开展培训", "县文体局、县教育局要联合起来", "共同推进改革"],
    ),
    "DUTY_JOINED": (
        [
            "会同市住房城乡建设局开展隐患排查",
            "会同县财政局、县审计局等部门制定办法",
            "会同街道派出所、各社区（村）清理楼道杂物",
            "会同区市场监管局排查燃气隐患",
        ],
        ["会同推进改革", "负责会同各方开展工作", "会同(各方)清理杂物", "会同各方整治环境"],
    ),
    "DEADLINE": (
        [
            *["2021—2023年", "2022年—2023年", "到2022年", "2021年6月底前", "2022年底", "2022年6月底"],
            *["6月底前", "3月15日前", "三季度末", "上半年完成前", "年底前"],  # without a year
            *["2024年至2025年每年3月底前", "每年", "每年3月底前", "每年年底前", "每季度末", "每学期开学前"],
            *["每年汛前", "每月10日前", "汛期前", "春节前", "开学前", "即日起", "立行立改", "于2024年9月底前"],
            *["旅游旺季前", "用电高峰期前", "2024年3月1日至2024年6月30日", "2020年年底前", "X年8月31日前"],
            *["第三季度实现全覆盖", "二季度完成验收", "9月中旬", "2025年6月下旬", "年内建成"],
            "全年完成首轮评价",
            *["年中完成", "年中前建成", "“五一”前", "五一前", "端午节前", "清明前"],
        ],
        [
            *["不高于2017年", "低于2020年水平", "第三季度经济运行分析", "三年内认定60家", "力争5年内"],
            *["全年完成投资50亿元", "全年不少于4场", "年中考核", "全年中期评估", "五一假期"],
        ],
    ),
    "DUE_SPACE": (
        ["2016 年底前", "2016—2017 年底前", "2019年 6 月底前", "出台后 2 个月", "2016年6 底前"],
        ["2019年底前 2020年6月底前"],
    ),
    "DUE_SEPARATORS": (["2024年6月底前完成立项，12月底前完成验收", "2019年底前 2020年6月底前"], ["2024年6月底前"]),
    "COLLECTIVE_THEN_AND": (
        ["能源局等省有关部门和各地级以上市人民政府", "县水利局等有关单位及各乡镇"],
        ["县人力资源和社会保障局", "县财政局等有关部门", "等部门和各乡镇"],
    ),
    "YEAR_IN_TEXT": (["策划2019年观花活动", "2020 年"], ["投资2318万元", "1500年古寺", "12019年"]),
    "YEAR_PLACEHOLDER": (["X年11月底前"], ["2019年", "MAX年"]),
    "LATER_TASKS_REMARK": (
        [
            "以下各项均需各乡镇落实,不再列出",
            "此后各项同",
            "各项任务均需各街道配合,不再单独列出",
            "具体任务均涉及各县(区)人民政府,不再做分工,下同",
        ],
        [
            "各县区政府负责落实",
            "县财政局配合",
            "按职责分工负责",
            "县水务局负责,县财政局配合",
            "列第一位者为牵头单位,下同",
        ],
    ),
    "SPACE_IN_NAME": (["区 卫生计生委", "市卫生　健康委"], ["区卫生计生委", "Bank of China"]),
    "BARE_RECURRENCE": (["每年", "每年度"], ["每季度", "每年3月底前"]),
    "TITLE_AFTER_NO_ISSUER": (
        ["某某体育官方网站入 关于转发某方案的通知"],
        ["关于转发某方案的通知", "某某网 转发某方案"],
    ),
    "TITLE_YEARS_BELOW": (
        ["(2023—2025年)", "(2021-2023年)", "(2024年—2026年)"],
        ["(2023年)", "(征求意见稿)", "2023—2025年"],
    ),
    "FILE_IN_BOOK_MARKS": (
        ["《某市2022年工作方案.docx》由会员分享", "《某县清单.PDF》"],
        ["《某市工作方案》", "方案.docx"],
    ),
    "TASK_TEXT_LABEL": (
        ["任务:建设就业服务平台", "工作任务: 开展专项整治"],
        ["任务一:稳定播种面积", "任务完成情况", "任务:"],
    ),
    "DUE_AFTER_UNITS": (["时间:2025年9月", "时间: 清明节前"], ["发布时间:2025-02-26", "时间:", "时间安排:3月"]),
    "MONTH_ALONE": (["3月", "12月", "十一月", "5月份"], ["3个月", "13月", "月", "3月底前"]),
    "COLUMN_LEVEL": (["市级牵头单位", "区级责任单位", "县级配合部门"], ["级别", "市牵头单位"]),
    "COLUMN_INSERTED_QUALIFIER": (["牵头(责任)单位", "责任(牵头)部门"], ["责任单位(部门)", "牵头单位"]),
    "TITLE_YEAR_SPAN": (
        ["2025—2027年城乡环境整治", "2024-2026年", "2025年至2027年"],
        ["2025年城乡环境整治", "2025年7月"],
    ),
    "RECURRING_COUNT": (
        ["每季度1场", "每月至少2次", "每年两期", "每半年1次以上"],
        ["每季度", "1场", "每季度开展1场培训"],
    ),
    "UNIT_ALIAS_BRACKET": (["发改局（粮食和物资储备局）", "应急局(地震局)"], ["各街道（园区）", "县水务局（牵头）"]),
    "DEADLINE_PIECE": (
        [
            *["2024年第三季度完成", "2026年6月30日前建成投运", "2024年3月起实施", "全年", "12月底前完工"],
            *["2025年6月", "2024年年底前", "2024年度", "“十四五”期间", "逐年推进", "立即启动", "汛期前完成"],
            *["汛期", "暑假期间", "每年参保征缴期内完成", "项目建设期间", "年内持续推进", "2020年全年持续推进"],
        ],
        ["县水务局", "汛期每日会商"],
    ),
    "YEAR_LONG_WORK": (["年内持续推进", "2020年全年持续推进", "年度内常态化推进"], ["持续推进", "三年内持续推进"]),
    "DUE_CELL": (
        [
            *["2019年6月底前", "长期坚持", "每季度", "6月底前", "三季度末", "全年", "每学期", "每学年", "汛期前"],
            *["主汛前", "立行立改，2025年12月底前建立长效机制", "年中"],
        ],
        ["开展学生近视防控", "汛期前完成河道清淤"],
    ),
    "DUE_RANGE": (["2020—2021年", "2021年3月—6月", "2019年至2020年12月", "2024年3月1日至6月30日"], []),
    "DUE_EVENT": (["2021年汛前", "春节前", "汛期", "暑假期间", "用电高峰期前", "“五一”前", "清明节前"], ["年中"]),
    "DUE_LABELLED_AFTER": (
        ["完成时限:一季度", "。时限要求:2025年5月底前。", "〔完成时间〕年底前"],
        ["完成时限:一季度。另开展督查", "时间:2025年", "牵头单位:区应急局"],
    ),
    "CN_YEAR": (["二〇二四年十二月底前", "二○○七年"], ["2024年", "二○年"]),
    "CN_MONTH": (["二〇二四年十二月底前", "六月三十日"], ["三季度"]),
    "CN_DAY": (["六月三十日"], ["2024年6月30日"]),
    "CN_SIGNED_DATE": (["二〇二五年二月十日", "二〇二四年十二月三十一日"], ["二〇二四年十二月底前", "2025年2月10日"]),
    "UNITS_FOR_ALL": (
        [
            "以上各项任务，除明确责任单位外，均由县爱卫办牵头，各成员单位配合。",
            "本方案所列任务均由镇农业服务中心牵头",
            "未明确责任单位的，均由市住建局负责",
            "本计划所列各项任务由县文旅局牵头，各有关部门按职责分工配合，不再逐项列出。",
        ],
        ["加强组织领导，由县委办牵头"],
    ),
    "ANNEX_LIST_ITEM": (["附件:1.主要指标分解表", "　　2.重点项目清单"], ["2.新建游客中心,年底前完成。"]),
    "PEOPLE_LIST_TITLE": (["领导小组成员名单", "工作专班组成人员名单", "联络员名单", "通讯录"], ["重点任务清单"]),
    "EVENT_IN_A_MONTH": (["9月开学前", "6月汛期前", "9月份秋季开学前"], ["秋季开学前", "9月底前"]),
    "UNITS_BY_NUMBER": (
        [
            "第1-3项由市数据局牵头,市财政局配合",
            "第4项由市政务服务中心牵头",
            "第2、5项任务由市财政局负责",
            "第(二)项由区水务局牵头",
            "第(三)项、第(四)项由区水务局负责",
        ],
        ["第一项工作要扎实", "由市数据局牵头", "第(二)部分由区水务局牵头"],
    ),
    "SCHEDULE_HEADING": (["保障措施", "工作要求", "实施步骤", "时间安排"], ["重点任务", "主要任务"]),
    "STAGE_TITLE": (["总结验收阶段（2027年1月—6月）", "动员部署阶段"], ["第一阶段谋划项目50个", "阶段性成果"]),
    "STAGE_WORK_VERB": (["组织开展验收评估", "负责制定方案", "要抓好整改"], ["报备案", "和县财政局配合"]),
    "DUE_OF_A_RECORD_BEFORE": (["对照", "根据上级要求，按照"], ["对照清单，", "完成时限"]),
    "DUE_OF_A_RECORD_AFTER": (["排查的问题清单", "摸排的情况"], ["完成排查", "，逐项整改"]),
    "DUE_OF_WORK_DONE": (["已完成试点的基础上", "以来,", "出台的办法", "完成摸底的基础上,"], ["完成试点,", "印发细则"]),
    "DUE_OF_RESULTS_KEPT_BEFORE": (["巩固"], ["巩固成果,"]),
    "DUE_OF_RESULTS_KEPT_AFTER": (["创建成果,"], ["完成复核,成果"]),
    "RELATIVE_YEAR": (["今年底前", "明年6月底前"], ["年度"]),
    "FIVE_YEAR_PLAN": (["“十四五”期间", "十三五末"], []),
    "DUE_START": (["2024年起", "2024年9月1日起"], ["即日起至2024年12月31日"]),
    "DUE_POINT": (["2019年6月底前", "2019年6月30日", "2019年三季度", "6月中旬", "三季度末", "年底"], []),
    "YEAR": (["2019年"], ["12019"]),
    # departments: unit words from the vocabulary
    "QUALIFIER": (["各级党委"], []),
    "PLACE_PREFIX": (
        ["州林草局", "市水务局", "市政府办公室", "市政务服务中心"],
        ["市场监管局", "市政局", "市政园林局"],
    ),
    "OWN_PLACE": (["临川市水务局", "青禾县供电公司"], ["城市管理局", "景区管理局"]),
    "SPECIFIC_UNIT": (["财政局", "政务服务中心"], []),
    "VERB_BAN": (
        ["高效督办", "认真承办", "按时交办", "依法查办"],
        ["区金融办", "区督查办", "县综合办", "县双创办", "县委编办"],
    ),
    "ETC_COLLECTIVE": (
        ["县财政局等区政府有关部门", "等县直相关单位", "等市级有关部门", "等其他有关单位", "等部门"],
        ["县财政局", "等待审批的部门事项办理", "各有关部门"],
    ),
    "GLUED_COLLECTIVE": (
        ["县林业局有关行业主管", "县财政局各乡镇"],
        [
            "县安委会各成员单位",
            "县食安委各成员单位",
            "县食安委有关委员单位",
            "县安委会相关成员单位",
            "国务院各部门",
            "县政府各工作部门",
            "局各股室",
            "县医保局各股室",
        ],
    ),
    "UNIT_ROLE_MARK": (["州水务局(牵头)", "县财政局(配合单位)"], []),
    "UNIT_THEN_VERB": (["县水务局牵头,"], []),
    "CELL_ROLE_VERB_END": (["县水务局牵头", "县财政局配合", "县住建局、县自然资源局分别牵头落实"], ["县财政局"]),
    "NAMED_UNIT_IN_LINE": (
        ["县住建局、县应急局年底前完成鉴定", "由市财政局6月底前拨付"],
        ["报县住建局汇总", "加强组织领导", "争取将兰州列为国家发改委联系点"],
    ),
    "DUE_THEN_WORK": (
        ["汛期前完成首轮排查", "2025年6月底前完成全部改造", "10月底前基本建成示范点"],
        ["2025年底前建成", "汛期前完成", "完成首轮排查", "2025年6月底前完成一半,年底前全部完成"],
    ),
    "ZONES_SHARING_COMMITTEE": (
        ["赣州、龙南经济技术开发区管委会", "东城、西城高新技术产业开发区管理委员会", "白沙洲、青山湖管理区"],
        [
            "市财政局、龙南经济技术开发区管委会",
            "龙南经济技术开发区管委会",
            "南昌市、龙南经济技术开发区管委会",
            "各乡镇、青山湖管理区",
        ],
    ),
    "LEVELS_SHARING_GOVERNMENT": (
        [
            "各市、县人民政府",
            "各乡、镇人民政府",
            "各市、县(区)政府",
            "各县、特区、区人民政府",
            "各县、区人民政府(管委会)",
        ],
        ["各市", "各县(市、区)人民政府", "各市、省直有关部门", "各县、特区管委会"],
    ),
    "LEVELLESS_UNIT_DUTY": (
        ["发展改革委牵头", "由财务科负责", "市场监管局于2025年6月底前完成"],
        ["加强财务科学管理", "财政局负责人介绍", "报财务科汇总"],
    ),
    "UNIT_ROLE_IN_PROSE": (["县教育局牵头负责新建幼儿园", "各街道全力配合"], ["县财政局负责人介绍"]),
    "UNIT_THEN_ANY_VERB": (["(县水务局主办,县财政局协办,汛期过后完成)"], []),
    "UNIT_ROLE_NEAR": (
        ["县卫生健康局要牵头抓好", "由县商务局牵头抓好", "8月底前投入使用——县教育局牵头"],
        ["县财政局保障资金", "负责人"],
    ),
    "UNIT_THEN_LEAD": (["县水务局牵头抓好", "县发改委牵头"], ["牵头单位", "各牵头部门"]),
    # the end of a notice, standing deadlines, citations
    "CLOSING": (["各地、各部门要对本意见提出的各项任务抓好落实", "本表自印发之日起执行"], []),
    "VALIDITY_SENTENCE": (
        [
            *["本方案有效期至2027年12月31日。", "实施期限至2026年底", "原缓缴政策实施至2024年4月30日"],
            "2023年1月1日至2024年12月31日执行阶段性减免租金政策",
        ],
        ["2024年6月底前完成", "2024年3月1日至2024年6月30日开展专项整治行动"],
    ),
    "STANDING_DEADLINE": (["长期坚持", "持续推进", "每季度"], ["2019年底前"]),
    "CITED_TITLE": (["《安全生产法》", "《中共中央、国务院关于推进安全生产领域改革发展的意见》"], []),
    "GLUED_PART": (
        ["…（责任单位：县发展改革局）二、加强监管", "提出如下意见。一、完善基础设施"],
        ["要求。一、二级河道", "完成第一、二项工程", "验收。二、三个月内完成，验收合格。"],
    ),
    "GLUED_FIRST_SUB": (
        ["一、提升政务服务效能（一）推行", "一、持续提升政务服务效能　　1.提升"],
        ["一、按照《办法》（一）项执行", "一、投入资金11.5万元建设"],
    ),
    "NUMBERED_LINE": (["二、加强监管", "（一）推行", "1.提升"], ["第一、二项", "2024年"]),
}

CASES = [(name, text, True) for name, (found, _) in EXAMPLES.items() for text in found]
CASES += [(name, text, False) for name, (_, ruled_out) in EXAMPLES.items() for text in ruled_out]


@pytest.mark.parametrize(("name", "text", "finds"), CASES, ids=[f"{n}-{t}" for n, t, _ in CASES])
def test_pattern_on_its_example(name: str, text: str, finds: bool) -> None:
    pattern = getattr(P, name)
    assert (pattern.search(fold(text)) is not None) == finds, f"{name} on {text!r}"


def test_every_pattern_has_examples() -> None:
    compiled = (type(regex.compile("")), RePattern)  # (see regex_engine: most patterns are compiled with re)
    P.ROLE_LABEL  # noqa: B018  (the vocabulary's patterns are built on first use)
    names = {name for name, value in vars(P).items() if isinstance(value, compiled) and not name.startswith("_")}
    assert sorted(names - EXAMPLES.keys()) == []
    assert sorted(EXAMPLES.keys() - names) == []


def test_importing_patterns_reads_no_file() -> None:
    script = """
import sys
opened = []
sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == "open" else None)
import policy_cli.patterns as P
before = [path for path in opened if not path.endswith((".py", ".pyc")) and "__pycache__" not in path]
P.ROLE_LABEL
after = [path for path in opened if path.endswith("vocabulary.yaml")]
print(before, len(after))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out == "[] 1\n"


def test_prose_verbs_are_role_verbs() -> None:
    """inline._unread_roles looks for UNIT_THEN_VERB only in texts holding one of VERBS."""
    from policy_cli.bundled_data import read_bundled

    assert set(read_bundled("vocabulary.yaml")["prose_verbs"]) <= set(P.VERBS)


def test_a_title_holds_none_of_the_characters_annex_tests_first() -> None:
    """parse/annex.py looks for 。;:!?,>›» before trying TITLE on a row: TITLE's text before its last
    word excludes them, and nothing after it (last words, qualifier) may be one of them."""
    from policy_cli.parse.annex import _may_be_title

    lead = "^[^。;:!?,>›»]{4,120}"
    assert P.TITLE.pattern.startswith(lead)
    rest = P.TITLE.pattern[len(lead) :].replace("(?:", "(")  # (a bare ? is a quantifier)
    assert "\\?" not in rest and not set("。;:!,>›»") & set(rest)
    for title in EXAMPLES["TITLE"][0]:
        assert _may_be_title(fold(title))


def test_furniture_is_the_pattern_whose_words_noise_looks_for_first() -> None:
    """parse/noise.py searches FURNITURE only in lines holding one of _FURNITURE_WORD's words. If this
    fails, FURNITURE changed: check that each of its forms still holds one of those words (add the new
    form's word to _FURNITURE_WORD), then update the digest below."""
    import hashlib

    from policy_cli.parse.noise import _FURNITURE_WORD

    assert hashlib.sha256(P.FURNITURE.pattern.encode()).hexdigest()[:16] == "362732d0e24b680a"
    for example in EXAMPLES["FURNITURE"][0]:
        assert _FURNITURE_WORD.search(fold(example)), example


def test_a_zone_sharing_a_committee_holds_a_word_departments_looks_for_first() -> None:
    """departments tries ZONES_SHARING_COMMITTEE only on pieces holding one of ZONE_COMMITTEE_WORDS."""
    for example in EXAMPLES["ZONES_SHARING_COMMITTEE"][0]:
        assert any(word in example for word in P.ZONE_COMMITTEE_WORDS), example


def test_the_pattern_of_column_names_matches_exactly_the_names() -> None:
    """parse/annex.py writes the column names as one pattern with their common beginnings shared."""
    import itertools
    import re

    from policy_cli.parse.annex import _any_word

    names = re.compile(f"(?:{_any_word(P.COLUMN_ROLES)})")
    assert all(names.fullmatch(name) for name in P.COLUMN_ROLES)
    assert not any(names.fullmatch(name[:-1]) for name in P.COLUMN_ROLES if name[:-1] not in P.COLUMN_ROLES)
    words = ["任务", "任务类别", "主要任务", "序号", "序"]
    small = re.compile(f"(?:{_any_word(words)})")
    for n in range(1, 5):
        for chars in itertools.product(sorted(set("".join(words))), repeat=n):
            text = "".join(chars)
            assert bool(small.fullmatch(text)) == (text in words), text


def test_a_label_anywhere_needs_a_bracket_or_a_colon() -> None:
    """parse/inline.py and roles.py look for LABEL_ANYWHERE only in text holding 〔 or a colon: its two
    forms are 〔label〕 and label (note) :."""
    from policy_cli.parse.inline import _may_hold_label

    pattern = P.LABEL_ANYWHERE.pattern
    assert pattern.startswith("〔\\s*(?P<label>") and pattern.endswith("\\s*:")
    assert pattern.count("\\s*〕|(?P<label>") == 1
    for text in ("〔牵头单位〕县水务局", "牵头单位：县水务局", "责任单位（部门）：县财政局"):
        assert _may_hold_label(fold(text)) and P.LABEL_ANYWHERE.search(fold(text))


def test_a_pipe_row_holds_a_bar() -> None:
    """parse/annex.py looks for a bar before trying PIPE_ROW on a row: each of the pattern's forms ends
    in one (\\|$)."""
    from policy_cli.parse.annex import _pipe_row

    forms = P.PIPE_ROW.pattern.split("$|^")
    assert len(forms) == 2 and forms[0].endswith("\\|") and forms[1].endswith("\\|$")
    for row in EXAMPLES["PIPE_ROW"][0]:
        assert _pipe_row(fold(row)), row
    for row in EXAMPLES["PIPE_ROW"][1]:
        assert not _pipe_row(fold(row)), row


def test_same_as_above_is_tried_on_short_cells_only() -> None:
    """parse/annex.py tries SAME_AS_ABOVE only on cells of at most _SAME_AS_ABOVE_LONGEST characters. If
    this fails, SAME_AS_ABOVE changed: set the constant to its longest form's length (here 同上栏。)."""
    from policy_cli.parse.annex import _SAME_AS_ABOVE_LONGEST, _same_as_above

    assert P.SAME_AS_ABOVE.pattern == '同上(?:栏|格|行)?[。.]?|[〃\\"]'
    assert len("同上栏。") == _SAME_AS_ABOVE_LONGEST
    for cell in [*EXAMPLES["SAME_AS_ABOVE"][0], "同上行.", "〃"]:
        assert _same_as_above(cell), cell
    assert not _same_as_above("同上栏。。") and not _same_as_above("县财政局")


def test_a_label_after_a_space_ends_in_a_colon() -> None:
    """roles.Assignment.add looks for LABEL_AFTER_SPACE only in values holding a colon (folded)."""
    assert P.LABEL_AFTER_SPACE.pattern.endswith("\\s*:")
    assert ":" not in P.LABEL_AFTER_SPACE.pattern[:-1]


def test_a_doc_number_line_holds_hao() -> None:
    """parse/noise.py tries DOC_NUMBER_LINE only on lines holding 号: the 文号 it holds ends in it."""
    assert P.DOC_NUMBER.pattern.endswith("号")
    assert P.DOC_NUMBER.pattern in P.DOC_NUMBER_LINE.pattern
    for line in EXAMPLES["DOC_NUMBER_LINE"][0]:
        assert "号" in fold(line), line


def test_a_role_mark_closes_the_text() -> None:
    """parse/annex.py looks for UNIT_ROLE_MARK only in texts ending in ) (or ) and a line end, where $ also
    matches); _SECTION_LABEL_WORDS, looked for after 室 in roles.py, each end in it."""
    from policy_cli.parse.annex import _without_role_mark
    from policy_cli.parse.roles import _SECTION_LABEL_WORDS

    assert P.UNIT_ROLE_MARK.pattern.endswith("\\s*\\)$") and P.UNIT_ROLE_MARK.flags & regex.MULTILINE == 0
    for unit, name in (("县水务局(牵头)", "县水务局"), ("县财政局( 配合 )\n", "县财政局\n"), ("县财政局", "县财政局")):
        assert _without_role_mark(fold(unit)) == name
    assert all(word.endswith("室") for word in _SECTION_LABEL_WORDS)


def test_a_pinyin_gloss_opens_as_noise_looks_for_first() -> None:
    """parse/noise.py scans a text with PINYIN_GLOSS only if it holds a bracket and a pinyin letter."""
    from policy_cli.parse.noise import _GLOSS_OPENING, may_hold_pinyin

    before, gloss, _ = P.PINYIN_GLOSS.pattern.partition("(?:" + _GLOSS_OPENING.pattern + "{1,6}")
    assert gloss and before.startswith(("(?<=", "(?:(?<=")) and before.endswith(")")  # lookbehinds, then the gloss
    assert P.PINYIN_GLOSS.flags & regex.IGNORECASE == 0
    for text in EXAMPLES["PINYIN_GLOSS"][0]:
        assert may_hold_pinyin(text), text


def test_the_patterns_tried_on_every_row_open_with_a_character_of_their_own() -> None:
    """parse/annex.py tries these patterns only on a row opening with the character each opens with."""
    from policy_cli.parse import annex

    assert P.ANNEX_START.pattern.startswith("^附")
    assert P.NOTES_START.pattern.startswith("^注")
    assert P.RELATED_LINKS.pattern.startswith("^(?:相关") and P.RELATED_LINKS.pattern.count("|相关") == 5
    assert annex._annex_start("附件2") and annex._notes_start("注:1.各单位")
    assert not annex._annex_start("1.附件2") and not annex._notes_start("1.注:")


def test_the_page_fields_and_contact_notes_hold_what_a_table_row_is_tested_for_first() -> None:
    """parse/annex.py tries PAGE_FIELD_LABEL on a row only if it holds a colon or opens with a bracket (the
    label's colon after it, or its bracket before it), and CONTACT_NOTE only on a row closing with a bracket."""
    from policy_cli.parse.annex import _page_furniture
    from policy_cli.parse.lines import SourceLine

    labels = P._labels(list(P.PAGE_FIELDS))
    assert P.PAGE_FIELD_LABEL.pattern == rf"(?P<label>{labels})\s*:|[〔\[]\s*(?P<label>{labels})\s*[〕\]]\s*:?"
    assert P.CONTACT_NOTE.pattern.endswith(r"\)$") and "|" not in P.CONTACT_NOTE.pattern
    rows = [*EXAMPLES["PAGE_FIELD_LABEL"][0], *EXAMPLES["CONTACT_NOTE"][0]]
    for row in rows:
        assert _page_furniture(SourceLine(1, row, fold(row))), row


def _openings(pattern: str) -> set[object]:
    """What a match of pattern may open with, read from its parse by the standard library's re (which lacks
    \\p{Han}: written as a range): each character, a range as (first, last), a category (\\d) by its name,
    anything at all as "ANY"."""
    import re._constants as c
    import re._parser as parser

    def of_sequence(items: Any) -> tuple[set[object], bool]:
        out: set[object] = set()
        for op, av in items:
            found, may_be_empty = of_item(op, av)
            out |= found
            if not may_be_empty:
                return out, False
        return out, True

    def of_item(op: Any, av: Any) -> tuple[set[object], bool]:
        if op is c.LITERAL:
            return {chr(av)}, False
        if op is c.IN:
            if any(o is c.NEGATE for o, _ in av):
                return {"ANY"}, False
            return {chr(a) if o is c.LITERAL else a if o is c.RANGE else str(a) for o, a in av}, False
        if op is c.SUBPATTERN:
            return of_sequence(av[3])
        if op is c.BRANCH:
            branches = [of_sequence(b) for b in av[1]]
            return set().union(*(found for found, _ in branches)), any(empty for _, empty in branches)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            found, may_be_empty = of_sequence(av[2])
            return found, may_be_empty or av[0] == 0
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            return set(), True  # a lookaround or an anchor takes no character
        if op is c.CATEGORY:
            return {str(av)}, False
        return {"ANY"}, False

    return of_sequence(parser.parse(pattern.replace(r"\p{Han}", "[\u3400-\u9fff]")))[0]


def test_a_deadline_piece_opens_as_deadlines_looks_for_first() -> None:
    """parse/deadlines.py tries DEADLINE_PIECE only on a piece opening with a digit or a character of
    DEADLINE_PIECE_OPENERS, or holding 期: every form opens so but a period of the work's own, which holds 期.
    If this fails, DEADLINE_PIECE (or DEADLINE, which it holds) changed: add the new form's first characters."""
    from policy_cli.parse.deadlines import DEADLINE_PIECE_OPENERS, deadline_piece

    period = r"(?:每年)?\p{Han}{2,8}?期(?:内|间)"
    assert P.DEADLINE_PIECE.pattern.count(period) == 1
    openings = _openings(P.DEADLINE_PIECE.pattern.replace(period, "期"))
    assert "CATEGORY_DIGIT" in openings and "期" in openings
    assert openings - {"CATEGORY_DIGIT", "期"} <= DEADLINE_PIECE_OPENERS
    assert _openings("[a-c]|x(?:y|z)?d*|(?<=q)\\d") == {(97, 99), "x", "CATEGORY_DIGIT"}
    pieces = [
        *EXAMPLES["DEADLINE_PIECE"][0],
        *EXAMPLES["DEADLINE_PIECE"][1],
        "征缴期内",
        "并于2024年底前",
        "州公安局",
        "",
    ]
    for piece in pieces:
        assert bool(deadline_piece(fold(piece))) == bool(P.DEADLINE_PIECE.match(fold(piece))), piece


def test_the_verbs_of_a_unit_then_verb_pattern_are_words() -> None:
    """parse/inline.py looks for UNIT_THEN_VERB's verbs alone (_verb_words) before its verb tail: its group
    verb must hold only words and bars, so that any match of the tail holds one of the words."""
    from policy_cli.parse.inline import _verb_tail, _verb_words

    words = _verb_words(P.UNIT_THEN_VERB).pattern
    assert words and regex.fullmatch(r"\p{Han}+(?:\|\p{Han}+)*", words), words
    assert _verb_tail(P.UNIT_THEN_VERB).pattern.startswith(f"(?P<verb>{words})")
    for text in ("县水务局牵头,", "由县财政局负责。", "县工信局配合"):
        assert _verb_words(P.UNIT_THEN_VERB).search(fold(text)) and P.UNIT_THEN_VERB.search(fold(text)), text
