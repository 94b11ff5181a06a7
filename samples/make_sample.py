"""Write the bundled sample workbook ``samples/sample2011.xlsx`` (鲁泽市, a fictional city).

Run ``python samples/make_sample.py [OUT.xlsx]``. The output is deterministic (fixed random seed):
every value is typed, nothing is a formula, and the layout follows ``kjreport.workbook.schema``.
``benchmarks/make_province.py`` loads this module (see ``load``-style import there) and reuses the
plan tree, the targets, the progress notes and ``write_workbook``.
"""

from __future__ import annotations

import datetime
import math
import random
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

from kjreport.workbook import schema

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "sample2011.xlsx"
SEED = 2011
CITY = "鲁泽市"
ORGANIZATION = "鲁泽市科学技术局"
YEAR = 2011

COUNTIES = (
    "清河区",
    "丰源区",
    "高新区",
    "金堤县",
    "凤城县",
    "柳桥县",
    "南湖县",
    "双河县",
    "临泽县",
    "西山县",
)

# ---------------------------------------------------------------------------------------------
# the plan (工作意见): code, level, label, title, body

MAIN_TARGETS_TEXT = (
    "全年高新技术产业产值力争实现800亿元，占规模以上工业总产值的比重达到26.5%；全社会R&D投入达到10亿元，"
    "占全市GDP的比重达到0.8%。争取省级以上计划35项，实施技术创新提升工程重大专项10项，取得重要科技成果100项，"
    "25项成果列入省科技成果重点推广计划，高新技术企业发展到150家，市级创新型试点企业100家，创新型企业30家，"
    "工程技术研究中心发展到30家。科技特派员1200人，组建利益共同体550个，培训农民30万人次，"
    "科技进步对经济增长的贡献率达到48%。"
)

PLAN: tuple[tuple[str, str, str, str, str], ...] = (
    ("总", "总", "", "主要任务目标", MAIN_TARGETS_TEXT),
    (
        "一",
        "部分",
        "一、",
        "发挥高新技术带动作用，促进经济发展转方式调结构",
        "要加快高新技术产业发展，培育战略性新兴产业，提高经济增长中的科技含量，促进全市产业结构优化调整。",
    ),
    (
        "一.1",
        "条",
        "一是",
        "加快骨干企业膨胀",
        "对纳入高新技术产业统计范围的30家重点企业，进一步加大扶持力度，加速企业膨胀，充分发挥骨干企业的支撑带动作用。"
        "力争30家重点企业年实现产值400亿元，占全市高新技术产业产值的50%以上。",
    ),
    (
        "一.2",
        "条",
        "二是",
        "抓好高新技术重点项目",
        "梳理筛选一批发展前景好、技术水平高的高新技术项目，组织实施重要科技计划，紧密跟踪全市大项目建设，"
        "推动高新技术产业迅速扩张。",
    ),
    (
        "一.3",
        "条",
        "三是",
        "加快高新技术改造提升传统产业",
        "论证、策划一批具有前瞻性的技术改造，将高新技术逐渐渗透于传统产业，推动企业由传统产品向高新技术产品转变。",
    ),
    (
        "一.4",
        "条",
        "四是",
        "加快建设“一区五园”",
        "大力推进高新区建设，确保年内通过省政府验收；积极培育医药、新型化工、新能源、先进制造、农业循环经济五个特色产业园。"
        "争取“一区五园”高新技术产业产值达到500亿元，全市高新技术产业实现产值800亿元，占规模以上工业总产值的比重达到26.5%。",
    ),
    ("二", "部分", "二、", "突出两个重点，加快提升科研水平", ""),
    (
        "二.1",
        "节",
        "（一）",
        "深入开展技术创新提升工程",
        "加强工作调度，加大实施力度，加大科技投入，促进技术创新提升工程深入有序开展。",
    ),
    (
        "二.1.1",
        "条",
        "一是",
        "整合资源，突破重点",
        "集中支持实施一批重大科技专项，突破一批产业化发展的关键、共性技术。"
        "年内实施技术创新提升工程重大专项10项，争取列入国家和省科技重大专项4项。",
    ),
    (
        "二.1.2",
        "条",
        "二是",
        "统筹推进，形成合力",
        "发挥技术创新提升工程领导小组作用，定期召开联席会议，形成市县携手、上下联动、齐抓共管的工作机制。",
    ),
    (
        "二.1.3",
        "条",
        "三是",
        "落实责任，强化激励",
        "完善技术创新提升工程实施调度和考评制度，对重要创新成果、新认定创新平台等五类项目给予创新奖励补贴。",
    ),
    ("二.2", "节", "（二）", "深入推进产学研合作创新", ""),
    (
        "二.2.1",
        "条",
        "一是",
        "着力策划科技合作项目",
        "围绕新能源、新材料、创新药物、精细化工和农副产品深加工领域策划一批科技合作项目。"
        "年内重点推动50家企业与高校院所建立稳定的合作关系。",
    ),
    (
        "二.2.2",
        "条",
        "二是",
        "着力引进使用高端人才",
        "加强与中国科学院、中国工程院等国内大院大所的合作。争取年内有10名院士100名专家来我市指导企业和相关产业发展。",
    ),
    (
        "二.2.3",
        "条",
        "三是",
        "着力建设科技合作平台",
        "鼓励企业与高校院所共建工程技术研究中心、产业创新合作联盟、院士工作站等合作创新平台。"
        "争取年内市级工程技术研究中心达到30家，省级工程技术中心达到6家，形成产业技术创新战略联盟3家，院士工作站2个。",
    ),
    ("三", "部分", "三、", "抓好三个关键，提高科技工作显示度", ""),
    ("三.1", "节", "（一）", "抓好科技计划与成果", ""),
    (
        "三.1.1",
        "条",
        "一是",
        "狠抓科技项目争取",
        "加大组织申报国家、省级项目的工作力度，争取有更多项目列入省级以上科技计划。年内要争取列入省以上科技计划35项。",
    ),
    (
        "三.1.2",
        "条",
        "二是",
        "抓好科技项目实施",
        "规范科技项目筛选，及时安排下达各类科技计划；加强项目实施监管，做好中期检查，严格项目验收。",
    ),
    (
        "三.1.3",
        "条",
        "三是",
        "促进科技成果产出",
        "完善科技成果鉴定办法，修订“市科学技术奖励办法”。年内要取得重要科技成果100项以上。",
    ),
    (
        "三.1.4",
        "条",
        "四是",
        "加强科技成果推广",
        "对技术先进成熟适用、市场前景广阔的成果项目重点支持，争取更多的项目列入省推广计划，编制市科技成果推广计划。",
    ),
    ("三.2", "节", "（二）", "促进农业科技产业化", ""),
    (
        "三.2.1",
        "条",
        "一是",
        "深入实施农业良种工程",
        "大力引进开发优质高效、抗逆性强的农林品种，建立优良种苗规模化、标准化繁育及推广示范基地。",
    ),
    (
        "三.2.2",
        "条",
        "二是",
        "切实抓好农业科技成果转化和农业科技示范园区建设",
        "转化一批集成配套并具有良好市场前景的科技成果，重点抓好省级农业科技示范园等10处示范园区建设。",
    ),
    (
        "三.3",
        "节",
        "（三）",
        "依靠科技支撑社会发展",
        "进一步加强医疗卫生、医药制造、资源开发利用、污染治理等社会发展事业与科技的结合。",
    ),
    (
        "三.3.1",
        "条",
        "一是",
        "加强节能降耗减排技术集成创新",
        "重点围绕电力、石化、化工、建材等重点耗能行业，组织实施重大节能降耗减排科技项目5项，推广应用节能新技术和新装备10项。",
    ),
    (
        "三.3.2",
        "条",
        "二是",
        "推动生物医药产业发展",
        "协同推进生物医药领域的科技研发、成果转化、产业化及集群发展，建设国家创新药物孵化基地。",
    ),
    (
        "三.3.3",
        "条",
        "三是",
        "重视公共卫生和安全",
        "坚持“发展民生科技，科技服务民生”的原则，支持关键核心技术研发或科技成果转化5项。",
    ),
    ("四", "部分", "四、", "强化四项措施，确保科技事业顺利发展", ""),
    (
        "四.1",
        "节",
        "（一）",
        "大力培育创新型企业",
        "引导企业制定创新规划，建立研发机构，加大研发投入。力争我市创新型试点企业达到100家，"
        "验收认定创新型企业达到30家，省级创新型试点企业发展到18家。",
    ),
    (
        "四.2",
        "节",
        "（二）",
        "深入开展科技特派员工作",
        "扎实推进科技特派员农村科技创业行动。年底，全市科技特派员达到1200人，组建利益共同体550个，培训农民30万人次。",
    ),
    ("四.3", "节", "（三）", "进一步加大科技投入", ""),
    (
        "四.3.1",
        "条",
        "一是",
        "增加财政科技投入",
        "确保财政科技经费实现法定增长并足额到位，加强县区财政科技投入的专项督查。",
    ),
    (
        "四.3.2",
        "条",
        "二是",
        "引导企业加大研发投入",
        "市级创新型企业R&D投入占销售收入的比重必须达到5%以上，其它试点企业和高新技术企业，比重达到3%以上。"
        "年内力争全市企业R&D投入达到9亿元。",
    ),
    (
        "四.3.3",
        "条",
        "三是",
        "拓宽融投资渠道",
        "调动金融资本和社会资本投于科技创新，形成多元化的科技投入格局。"
        "力争全社会R&D投入达到10亿元，占全市GDP的比重达到0.8%。",
    ),
    ("四.4", "节", "（四）", "加强自身建设", ""),
    (
        "四.4.1",
        "条",
        "一是",
        "加强干部队伍建设",
        "积极创建学习型领导班子和学习型党组织，加大干部培训力度。",
    ),
    (
        "四.4.2",
        "条",
        "二是",
        "加强廉政建设",
        "完善反腐倡廉制度体系，从体制和机制上保证科技计划和奖励的客观公正。",
    ),
    (
        "四.4.3",
        "条",
        "三是",
        "加强服务型机关建设",
        "深入基层，深入一线，加强调查研究，密切与科技工作者的联系。",
    ),
    (
        "四.4.4",
        "条",
        "四是",
        "深入开展创先争优活动",
        "积极探索创先争优活动与推动科学发展、加快科技创新有机结合。",
    ),
)

_S_MAIN = "全年高新技术产业产值力争实现800亿元，占规模以上工业总产值的比重达到26.5%"
_S_RD = "全社会R&D投入达到10亿元，占全市GDP的比重达到0.8%"
_S_ENT = (
    "高新技术企业发展到150家，市级创新型试点企业100家，创新型企业30家，工程技术研究中心发展到30家"
)
_S_FARM = "科技特派员1200人，组建利益共同体550个，培训农民30万人次"
_S_KEY = "力争30家重点企业年实现产值400亿元，占全市高新技术产业产值的50%以上"
_S_EXPERT = "争取年内有10名院士100名专家来我市指导企业和相关产业发展"
_S_PLATFORM = "争取年内市级工程技术研究中心达到30家，省级工程技术中心达到6家，形成产业技术创新战略联盟3家，院士工作站2个"
_S_ENERGY = "组织实施重大节能降耗减排科技项目5项，推广应用节能新技术和新装备10项"
_S_PILOT = (
    "力争年，我市创新型试点企业达到100家，验收认定创新型企业达到30家，省级创新型试点企业发展到18家"
)
_S_RATIO = "市级创新型企业R&D投入占销售收入的比重必须达到5%以上，其它试点企业和高新技术企业，比重达到3%以上"

# 指标, 目标值, 单位, 所属条目, 责任科室, 原文 (all "≥")
TARGETS: tuple[tuple[str, float, str, str, str, str], ...] = (
    ("高新技术产业产值", 800, "亿元", "总、一.4", "高新科", _S_MAIN),
    ("高新技术产业产值占规模以上工业总产值比重", 26.5, "%", "总、一.4", "高新科", _S_MAIN),
    ("全社会R&D经费投入", 10, "亿元", "总、四.3.3", "计划科", _S_RD),
    ("全社会R&D经费投入占GDP比重", 0.8, "%", "总、四.3.3", "计划科", _S_RD),
    ("省级以上科技计划项目", 35, "项", "总、三.1.1", "计划科", "争取省级以上计划35项"),
    (
        "技术创新提升工程重大专项",
        10,
        "项",
        "总、二.1.1",
        "计划科",
        "实施技术创新提升工程重大专项10项",
    ),
    ("重要科技成果", 100, "项", "总、三.1.3", "成果科", "取得重要科技成果100项"),
    (
        "省科技成果重点推广计划项目",
        25,
        "项",
        "总、三.1.4",
        "成果科",
        "25项成果列入省科技成果重点推广计划",
    ),
    ("高新技术企业", 150, "家", "总", "高新科", _S_ENT),
    ("市级创新型试点企业", 100, "家", "总、四.1", "政策法规科", _S_ENT),
    ("创新型企业", 30, "家", "总、四.1", "政策法规科", _S_ENT),
    ("市级工程技术研究中心", 30, "家", "总、二.2.3", "合作科", _S_ENT),
    ("科技特派员", 1200, "人", "总、四.2", "农村科", _S_FARM),
    ("利益共同体", 550, "个", "总、四.2", "农村科", _S_FARM),
    ("培训农民", 30, "万人次", "总、四.2", "农村科", _S_FARM),
    ("科技进步贡献率", 48, "%", "总", "计划科", "科技进步对经济增长的贡献率达到48%"),
    ("重点企业产值", 400, "亿元", "一.1", "高新科", _S_KEY),
    ("重点企业产值占高新技术产业产值比重", 50, "%", "一.1", "高新科", _S_KEY),
    (
        "一区五园高新技术产业产值",
        500,
        "亿元",
        "一.4",
        "高新科",
        "争取“一区五园”高新技术产业产值达到500亿元",
    ),
    ("列入国家和省科技重大专项", 4, "项", "二.1.1", "计划科", "争取列入国家和省科技重大专项4项"),
    (
        "产学研合作企业",
        50,
        "家",
        "二.2.1",
        "合作科",
        "年内重点推动50家企业与高校院所建立稳定的合作关系",
    ),
    ("来市指导院士", 10, "名", "二.2.2", "合作科", _S_EXPERT),
    ("来市指导专家", 100, "名", "二.2.2", "合作科", _S_EXPERT),
    ("省级工程技术研究中心", 6, "家", "二.2.3", "合作科", _S_PLATFORM),
    ("产业技术创新战略联盟", 3, "家", "二.2.3", "合作科", _S_PLATFORM),
    ("院士工作站", 2, "个", "二.2.3", "合作科", _S_PLATFORM),
    (
        "农业科技示范园区",
        10,
        "处",
        "三.2.2",
        "农村科",
        "重点抓好省级农业科技示范园等10处示范园区建设",
    ),
    ("重大节能降耗减排科技项目", 5, "项", "三.3.1", "社发科", _S_ENERGY),
    ("节能新技术新装备推广", 10, "项", "三.3.1", "社发科", _S_ENERGY),
    (
        "民生科技关键技术研发及成果转化",
        5,
        "项",
        "三.3.3",
        "社发科",
        "支持关键核心技术研发或科技成果转化5项",
    ),
    ("省级创新型试点企业", 18, "家", "四.1", "政策法规科", _S_PILOT),
    ("企业R&D经费投入", 9, "亿元", "四.3.2", "计划科", "年内力争全市企业R&D投入达到9亿元"),
    ("创新型企业R&D经费占销售收入比重", 5, "%", "四.3.2", "政策法规科", _S_RATIO),
    ("高新技术企业和试点企业R&D经费占销售收入比重", 3, "%", "四.3.2", "政策法规科", _S_RATIO),
)

# 条目编号, 科室, 进展情况 (一.3 and 四.4.4 deliberately have none)
PROGRESS: tuple[tuple[str, str, str], ...] = (
    (
        "一.1",
        "高新科",
        "建立30家重点企业联系制度，局领导分包企业，全年帮助企业解决融资、用地、技术等问题46个。"
        "鲁泽华康药业、晶阳光伏等5家企业产值突破20亿元。",
    ),
    (
        "一.2",
        "高新科",
        "筛选储备高新技术项目62个，其中年产5000吨聚乳酸、2GW单晶硅电池片等18个项目开工建设，"
        "全年新增高新技术产业产值约70亿元。",
    ),
    (
        "一.4",
        "高新科",
        "鲁泽高新区于9月通过省政府验收，管委会机构设置和人员编制落实到位；医药、新型化工、新能源、先进制造、"
        "农业循环经济五个特色产业园新入驻项目37个。",
    ),
    ("一.4", "计划科", "争取省级高新区建设专项资金800万元，支持园区公共研发平台和孵化器建设。"),
    (
        "二.1.1",
        "计划科",
        "围绕生物医药、新能源、新材料三大领域组织实施技术创新提升工程重大专项10项，市财政安排专项资金3000万元；"
        "“新型抗肿瘤药物研发”等4个项目列入国家和省科技重大专项。",
    ),
    (
        "二.1.2",
        "计划科",
        "召开技术创新提升工程领导小组联席会议4次，建立市县两级月调度制度，协调解决项目推进问题23个。",
    ),
    (
        "二.1.3",
        "计划科",
        "将技术创新提升工程纳入县区科学发展综合考核，制定《鲁泽市技术创新提升工程考评办法》。",
    ),
    ("二.1.3", "政策法规科", "兑现五类项目创新奖励补贴1260万元，惠及企业87家。"),
    (
        "二.2.1",
        "合作科",
        "组织企业赴上海、西安等地开展产学研对接活动6次，签订合作协议71项，53家企业与高校院所建立稳定合作关系。",
    ),
    (
        "二.2.2",
        "合作科",
        "邀请中国工程院院士等7名院士来市指导，柔性引进各类专家112名，其中按原口径统计的专家为86名。",
    ),
    (
        "二.2.3",
        "合作科",
        "新认定市级工程技术研究中心5家、省级1家，组建生物医药、光伏、农产品加工3个产业技术创新战略联盟，"
        "新建华康药业院士工作站。",
    ),
    (
        "三.1.1",
        "计划科",
        "组织申报国家、省级科技项目146项，列入省级以上科技计划38项，争取上级资金5200万元。",
    ),
    (
        "三.1.2",
        "计划科",
        "下达市级科技计划项目121项，完成中期检查项目96项，验收结题项目78项，终止项目3项。",
    ),
    (
        "三.1.3",
        "成果科",
        "组织科技成果鉴定112项，其中达到国际先进水平9项；修订出台《鲁泽市科学技术奖励办法》。",
    ),
    (
        "三.1.4",
        "成果科",
        "20项成果列入省科技成果重点推广计划，较上年减少3项；编制市科技成果推广计划，推广项目45项。",
    ),
    (
        "三.2.1",
        "农村科",
        "引进推广小麦、大蒜、芦笋等优良品种42个，建成良种繁育基地8处、面积3.6万亩。",
    ),
    (
        "三.2.2",
        "农村科",
        "新认定省级农业科技示范园区1处、市级1处，示范园区总数达到10处，转化农业科技成果31项。",
    ),
    (
        "三.3.1",
        "社发科",
        "组织实施火电机组余热利用等重大节能降耗减排科技项目6项，推广变频调速、余热发电等节能新技术新装备11项。",
    ),
    ("三.3.2", "社发科", "支持生物医药领域科技项目24项，鲁泽生物医药产业园入驻企业达到46家。"),
    ("三.3.2", "高新科", "国家创新药物孵化基地鲁泽分中心挂牌运行，在孵企业12家。"),
    ("三.3.3", "社发科", "实施食品安全快速检测、重大传染病防控等民生科技项目5项。"),
    (
        "四.1",
        "政策法规科",
        "新确定市级创新型试点企业15家、总数达到103家，验收认定创新型企业6家、总数达到30家；"
        "新增省级创新型试点企业4家、总数16家，距18家的目标尚差2家。",
    ),
    (
        "四.2",
        "农村科",
        "新选派科技特派员155名，总数达到1260人；组建利益共同体578个，因合作社整合较上年减少12个；培训农民32.6万人次。",
    ),
    ("四.3.1", "计划科", "市本级财政科技拨款2.35亿元，同比增长18.7%，10个县区全部实现法定增长。"),
    (
        "四.3.2",
        "政策法规科",
        "落实企业研发费用加计扣除政策，为企业减免税款1.2亿元；对研发投入未达标的企业进行约谈督导。",
    ),
    (
        "四.3.3",
        "计划科",
        "与鲁泽农商银行合作设立科技支行，发放科技贷款3.6亿元；设立创业投资引导基金5000万元。",
    ),
    ("四.4.1", "办公室", "举办科技管理干部培训班3期，培训120人次；开展“学习型机关”创建活动。"),
    (
        "四.4.2",
        "办公室",
        "修订科技计划项目管理和专项资金管理制度7项，科技项目评审全程接受纪检监督。",
    ),
    ("四.4.3", "办公室", "局领导带队深入县区和企业调研82次，形成调研报告12篇，为企业办实事41件。"),
)

NEXT_YEAR: tuple[tuple[str, str, float | None, str], ...] = (
    ("着力壮大高新技术产业，加快“一区五园”建设", "高新技术产业产值", 950, "亿元"),
    ("持续加大全社会研发投入，落实法定增长要求", "全社会R&D经费投入", 12, "亿元"),
    ("大力培育高新技术企业，实施高企倍增计划", "高新技术企业", 180, "家"),
    ("深化技术创新提升工程，实施重大专项", "技术创新提升工程重大专项", 12, "项"),
    ("推进产学研合作，扩大柔性引进人才规模", "产学研合作企业", 60, "家"),
    ("扩大科技特派员队伍，提高农民培训质量", "科技特派员", 1350, "人"),
    ("统一专家统计口径，建立院士专家来市指导台账", "", None, ""),
    ("加强机关作风建设，深入开展创先争优活动", "", None, ""),
)

RECIPIENTS: tuple[tuple[str, str, str, str], ...] = (
    ("王建国", "wangjianguo@example.com", "办公室", "否"),
    ("李秀英", "lixiuying@example.com", "计划科", "否"),
    ("张卫东", "zhangweidong@example.com", "高新科", "否"),
    ("刘海燕", "liuhaiyan@example.com", "农村科", "否"),
    ("陈志强", "chenzhiqiang@example.com", "合作科", "否"),
    ("赵丽华", "zhaolihua@example.com", "高新区", "否"),
    ("孙明", "sunming@example.com", "西山县", "否"),
    ("周晓峰", "zhouxiaofeng@example.com", "办公室", "是"),
)

MAIL_SETTINGS: tuple[tuple[str, object], ...] = (
    ("邮件服务器", "smtp.exmail.qq.com"),
    ("邮件端口", 465),
    ("邮件加密", "SSL"),
    ("邮件账号", "kjj@example.com"),
    ("发件人名称", "鲁泽市科学技术局办公室"),
)

# ---------------------------------------------------------------------------------------------
# writing: one path for the sample and the province benchmark (openpyxl write-only mode)

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="4F81BD")
HEADER_BORDER = Border(bottom=Side(style="thin", color="305496"))
WRAP = Alignment(wrap_text=True, vertical="top")
NUMBER_FORMATS = {"亿元": "0.00", "万元": "0", "万人次": "0.00", "万人": "0.00"}


@dataclass
class SheetContent:
    """One sheet to write: headers, rows of plain values and how to present them."""

    name: str
    headers: list[str]
    rows: Iterable[Sequence[object]]
    formats: dict[int, str] = field(default_factory=dict)  # 0-based column → number format
    widths: dict[int, float] = field(default_factory=dict)
    lists: dict[int, str] = field(default_factory=dict)  # column → validation formula1
    wrap: set[int] = field(default_factory=set)
    header_row: bool = True


_FIXED_TIME = datetime.datetime(2011, 12, 20, 9, 0, 0)


def column_letter(index: int) -> str:
    """Return the letters of 0-based column ``index``."""
    n, s = index + 1, ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def write_workbook(path: Path, sheets: Sequence[SheetContent]) -> Path:
    """Write ``sheets`` in order into a new .xlsx at ``path`` and return the path."""
    wb = Workbook(write_only=True)
    wb.properties.creator = wb.properties.lastModifiedBy = "kjreport"
    wb.properties.created = wb.properties.modified = _FIXED_TIME
    for content in sheets:
        ws = wb.create_sheet(content.name)
        for j, width in content.widths.items():
            ws.column_dimensions[column_letter(j)].width = width
        if content.header_row:
            ws.freeze_panes = "A2"
        last = 1
        if not content.header_row:  # a text sheet: its first line is a title
            rows = iter(content.rows)
            first = next(rows, None)
            if first is not None:
                title = WriteOnlyCell(ws, value=first[0])
                title.font = Font(bold=True, size=14)
                ws.append([title, *first[1:]])
            content = SheetContent(
                content.name, content.headers, rows, widths=content.widths, header_row=False
            )
        if content.header_row:
            header = []
            for text in content.headers:
                cell = WriteOnlyCell(ws, value=text)
                cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, HEADER_BORDER
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                header.append(cell)
            ws.append(header)
        styled = {
            **{j: ("format", f) for j, f in content.formats.items()},
            **{j: ("wrap", None) for j in content.wrap},
        }
        for row in content.rows:
            if styled:
                row = list(row)
                for j, (kind, fmt) in styled.items():
                    if j < len(row) and row[j] is not None:
                        cell = WriteOnlyCell(ws, value=row[j])
                        if kind == "format":
                            cell.number_format = fmt
                        else:
                            cell.alignment = WRAP
                        row[j] = cell
            ws.append(row)
            last += 1
        for j, formula in content.lists.items():
            dv = DataValidation(
                type="list",
                formula1=formula,
                allow_blank=True,
                showErrorMessage=True,
                errorTitle="输入有误",
                error="请从下拉列表中选择",
            )
            dv.add(f"{column_letter(j)}2:{column_letter(j)}{max(last, 2) + 500}")
            ws.data_validations.append(dv)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def choice_list(values: Sequence[str]) -> str:
    """Return a data-validation list formula for a few literal choices."""
    return '"' + ",".join(values) + '"'


def county_list(count: int) -> str:
    """Return a validation formula pointing at the 县区 column of 县区数据."""
    return f"'{schema.COUNTY.name}'!$A$2:$A${count + 1}"


# optional columns the sample leaves out: 数据年度 (statistics that lag) is empty in a year whose
# figures are all its own, and the sample's documents stay as they were before it existed
LEFT_OUT = frozenset({"数据年度"})


def sample_columns(spec: schema.SheetSpec) -> list[schema.Column]:
    """Return the columns of ``spec`` the sample writes (all but the optional ``LEFT_OUT``)."""
    return [c for c in spec.columns if c.required or c.name not in LEFT_OUT]


def headers_of(spec: schema.SheetSpec, units: dict[str, str] | None = None) -> list[str]:
    """Return the headers of ``spec`` as ``Column.header``; ``units`` overrides a column's unit."""
    units = units or {}
    return [f"{c.name}（{units[c.name]}）" if c.name in units else c.header for c in sample_columns(spec)]


def presentation(
    spec: schema.SheetSpec, units: dict[str, str] | None = None, counties: int = len(COUNTIES)
) -> dict:
    """Return formats, widths and validation lists for a table sheet following ``spec``."""
    units = units or {}
    formats, widths, lists = {}, {}, {}
    for j, col in enumerate(sample_columns(spec)):
        unit = units.get(col.name, col.unit)
        if col.kind == "int":
            formats[j] = "0"
        elif col.kind == "number" and unit in NUMBER_FORMATS:
            formats[j] = NUMBER_FORMATS[unit]
        if col.kind == "choice":
            lists[j] = choice_list(col.choices)
        elif col.kind == "yesno":
            lists[j] = choice_list(("是", "否"))
        elif col.name == "县区" and spec.name not in (
            schema.COUNTY.name,
            schema.COUNTY_PREVIOUS.name,
        ):
            lists[j] = county_list(counties)
        if col.name == "科室" and spec.name == schema.RECIPIENTS.name:
            lists.pop(j, None)
        widths[j] = max(10.0, min(40.0, 2.2 * len(col.header) + 2))
    return {"formats": formats, "widths": widths, "lists": lists}


# ---------------------------------------------------------------------------------------------
# shared sheet builders (used by the province generator too)


def readme_sheet(city: str, note: str = "", place: str = "城市") -> SheetContent:
    """Return the 说明 sheet: what the workbook is and what each sheet is for."""
    lines = [
        [f"{city}科技工作年度数据工作簿（示例）"],
        [f"本工作簿为示例数据：{city}为虚构{place}，所有数字仅供演示，不代表任何真实统计。"],
    ]
    if note:
        lines.append([note])
    lines += [
        [""],
        ["各工作表用途："],
        [f"{schema.SETTINGS_SHEET}：城市、年度、判定标准、测算参数和邮件设置（项目 | 值）"],
    ]
    lines += [[f"{s.name}：{s.purpose.removeprefix(s.name + '：')}"] for s in schema.DATA_SHEETS]
    lines += [
        [""],
        [
            "填写须知：每个数据表第一行为表头，单位写在表头括号中；数值直接填写，不要使用公式和合并单元格。"
        ],
        ["项目数、企业数、平台数由台账逐条统计，请勿另行填写合计数。"],
    ]
    return SheetContent("说明", [], lines, widths={0: 110}, header_row=False)


def settings_sheet(rows: Sequence[tuple[str, object]]) -> SheetContent:
    """Return the 设置 sheet (项目 | 值)."""
    return SheetContent(
        schema.SETTINGS_SHEET, ["项目", "值"], [list(r) for r in rows], widths={0: 30, 1: 60}
    )


def settings_rows(
    city: str, organization: str, year: int, start_year: int
) -> list[tuple[str, object]]:
    """Return the key/value rows of the 设置 sheet, in ``SETTING_KEYS`` order, then the mail rows."""
    values: dict[str, object] = {
        "城市名称": city,
        "单位名称": organization,
        "年度": year,
        "报送月份": 12,
        "成文日期": f"{year}年12月20日",
        "超额完成线": 100,
        "基本完成线": 90,
        "百分比目标基本完成差距": 1,
        "资本产出弹性α": 0.35,
        "劳动产出弹性β": 0.65,
        "测算起始年份": start_year,
        "资本口径": "资本存量",
        "折旧率": 0.096,
        "上年数按新口径调整的指标": "高新技术产业产值、高新技术产业产值占规模以上工业总产值比重",
        "自定义指标文件": None,
        "指标来源优先": "内置计算",
        "左右目标幅度": 5,
    }
    assert list(values) == list(schema.SETTING_KEYS)
    return [*values.items(), *MAIL_SETTINGS]


def plan_sheet(plan: Sequence[tuple[str, str, str, str, str]] = PLAN) -> SheetContent:
    """Return the 工作意见 sheet."""
    p = presentation(schema.PLAN)
    p["widths"].update({3: 40, 4: 90})
    return SheetContent(
        schema.PLAN.name, headers_of(schema.PLAN), [list(r) for r in plan], wrap={4}, **p
    )


def targets_sheet(targets: Sequence[tuple[str, float, str, str, str, str]]) -> SheetContent:
    """Return the 目标任务 sheet (every comparison ≥)."""
    rows = [
        [name, value, unit, "≥", items, dept, text]
        for name, value, unit, items, dept, text in targets
    ]
    p = presentation(schema.TARGETS)
    p["widths"].update({0: 44, 6: 80})
    return SheetContent(schema.TARGETS.name, headers_of(schema.TARGETS), rows, wrap={6}, **p)


def progress_sheet(notes: Sequence[tuple[str, str, str]]) -> SheetContent:
    """Return the 工作进展 sheet."""
    p = presentation(schema.PROGRESS)
    p["widths"].update({2: 100})
    return SheetContent(
        schema.PROGRESS.name, headers_of(schema.PROGRESS), [list(n) for n in notes], wrap={2}, **p
    )


def next_year_sheet(
    items: Sequence[tuple[str, str, float | None, str]] = NEXT_YEAR,
) -> SheetContent:
    """Return the 下年工作打算 sheet."""
    p = presentation(schema.NEXT_YEAR)
    p["widths"].update({0: 50, 1: 30})
    return SheetContent(
        schema.NEXT_YEAR.name,
        headers_of(schema.NEXT_YEAR),
        [[a, b or None, c, d or None] for a, b, c, d in items],
        **p,
    )


def recipients_sheet(rows: Sequence[tuple[str, str, str, str]] = RECIPIENTS) -> SheetContent:
    """Return the 收件人 sheet."""
    p = presentation(schema.RECIPIENTS)
    p["widths"].update({1: 32})
    return SheetContent(
        schema.RECIPIENTS.name, headers_of(schema.RECIPIENTS), [list(r) for r in rows], **p
    )


# In-year progress (进度通报): cumulative figures at the end of March, June and September. The
# December figure is the year-end value the workbook computes, so the sheet leaves it out.
MONTHLY: tuple[tuple[str, str, float | None, float | None, float | None], ...] = (
    ("高新技术产业产值", "亿元", 186, 395, 603),
    ("高新技术产业产值占规模以上工业总产值比重", "%", 25.8, 26.3, 26.7),
    ("全社会R&D经费投入", "亿元", 1.6, 3.9, 6.2),
    ("全社会R&D经费投入占GDP比重", "%", None, 0.71, 0.74),
    ("省级以上科技计划项目", "项", 0, 12, 29),
    ("技术创新提升工程重大专项", "项", 0, 4, 8),
    ("重要科技成果", "项", 21, 52, 80),
    ("省科技成果重点推广计划项目", "项", 2, 6, 12),
    ("高新技术企业", "家", 142, 147, 151),
    ("市级创新型试点企业", "家", 0, 40, 103),
    ("创新型企业", "家", 0, 0, 30),
    ("市级工程技术研究中心", "家", 0, 12, 24),
    ("科技特派员", "人", 1080, 1150, 1210),
    ("利益共同体", "个", 410, 470, 530),
    ("培训农民", "万人次", 9.8, 14.2, 24.6),
    ("重点企业产值", "亿元", 96, 203, 310),
    ("重点企业产值占高新技术产业产值比重", "%", 51.6, 51.4, 51.4),
    ("一区五园高新技术产业产值", "亿元", 92, 196, 308),
    ("列入国家和省科技重大专项", "项", 0, 1, 3),
    ("产学研合作企业", "家", 11, 24, 41),
    ("来市指导院士", "名", 1, 3, 5),
    ("省级工程技术研究中心", "家", 0, 0, 6),
    ("产业技术创新战略联盟", "家", 0, 1, 2),
    ("院士工作站", "个", 0, 0, 1),
    ("农业科技示范园区", "处", 2, 5, 8),
    ("重大节能降耗减排科技项目", "项", 1, 2, 4),
    ("节能新技术新装备推广", "项", 2, 5, 8),
    ("民生科技关键技术研发及成果转化", "项", 0, 2, 3),
    ("省级创新型试点企业", "家", 0, 0, 9),
    ("企业R&D经费投入", "亿元", 1.5, 3.6, 5.7),
)
SCHEDULES: tuple[tuple[str, int, float | None, str, str], ...] = (
    ("省级以上科技计划项目", 3, 0, "组织申报省级以上科技计划", "集中"),
    ("省级以上科技计划项目", 6, 30, "省级计划第一批立项", "集中"),
    ("省级以上科技计划项目", 10, 80, "国家、省第二批计划下达", "集中"),
    ("技术创新提升工程重大专项", 3, None, "一季度筛选重大专项", "均衡"),
    ("技术创新提升工程重大专项", 4, 20, "4月签订合同", "均衡"),
    ("技术创新提升工程重大专项", 12, 100, "12月验收", "均衡"),
    ("市级创新型试点企业", 9, 100, "9月完成认定", "集中"),
    ("创新型企业", 9, 100, "9月完成认定", "集中"),
    ("省级工程技术研究中心", 9, 100, "三季度省科技厅集中认定", "集中"),
    ("省级创新型试点企业", 9, 60, "三季度省级认定", "集中"),
    ("院士工作站", 11, 100, "11月前完成建站", "集中"),
)
MEASURES: tuple[tuple[str, str, str, int], ...] = (
    (
        "省科技成果重点推广计划项目",
        "对已登记成果逐项梳理，9月底前再组织一批成果申报省重点推广计划，成果科负责对接省厅。",
        "成果科",
        6,
    ),
    (
        "一区五园高新技术产业产值",
        "对园区在建项目实行周调度，推动已竣工项目尽快投产入统，高新科牵头。",
        "高新科",
        6,
    ),
    (
        "全社会R&D经费投入",
        "开展研发费用加计扣除政策宣讲，指导重点企业规范研发费用归集。",
        "计划科",
        6,
    ),
)


def monthly_sheet(rows: Sequence[tuple[str, str, float | None, float | None, float | None]] = MONTHLY) -> SheetContent:
    """Return the 月度数据 sheet: cumulative figures by month (12月 comes from the workbook)."""
    p = presentation(schema.MONTHLY)
    p["widths"].update({0: 44})
    headers = headers_of(schema.MONTHLY) + [f"{m}月" for m in range(1, 13)]
    body = [[name, unit, None, None, a, None, None, b, None, None, c, None, None, None]
            for name, unit, a, b, c in rows]
    return SheetContent(schema.MONTHLY.name, headers, body, **p)


def schedules_sheet(rows: Sequence[tuple[str, int, float | None, str, str]] = SCHEDULES) -> SheetContent:
    """Return the 时间节点 sheet."""
    p = presentation(schema.SCHEDULES)
    p["widths"].update({0: 36, 3: 36})
    return SheetContent(schema.SCHEDULES.name, headers_of(schema.SCHEDULES), [list(r) for r in rows], **p)


def measures_sheet(rows: Sequence[tuple[str, str, str, int]] = MEASURES) -> SheetContent:
    """Return the 下步措施 sheet."""
    p = presentation(schema.MEASURES)
    p["widths"].update({0: 36, 1: 80})
    return SheetContent(
        schema.MEASURES.name, headers_of(schema.MEASURES), [list(r) for r in rows], wrap={1}, **p
    )


COUNTY_UNITS = {"全社会R&D经费支出": "万元", "企业R&D经费支出": "万元"}
PROJECT_UNITS = {"经费": "万元"}
ENTERPRISE_UNITS = {"主营业务收入": "万元", "R&D经费支出": "万元"}


def table_sheet(
    spec: schema.SheetSpec,
    rows: Iterable[Sequence[object]],
    units: dict[str, str] | None = None,
    counties: int = len(COUNTIES),
    widths: dict[int, float] | None = None,
) -> SheetContent:
    """Return a data sheet following ``spec`` (headers, formats, drop-downs)."""
    p = presentation(spec, units, counties)
    p["widths"].update(widths or {})
    return SheetContent(spec.name, headers_of(spec, units), rows, **p)


def allocate(total: float, weights: Sequence[float], decimals: int) -> list[float]:
    """Return ``weights`` scaled to sum exactly to ``total`` at ``decimals`` (largest remainder)."""
    unit = 10**decimals
    whole = round(total * unit)
    raw = [w / sum(weights) * whole for w in weights]
    parts = [math.floor(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: (parts[i] - raw[i], i))
    for i in order[: whole - sum(parts)]:
        parts[i] += 1
    return [p / unit if decimals else int(p) for p in parts]


def growth_series(first: float, rates: Sequence[float], decimals: int = 2) -> list[float]:
    """Return ``first`` compounded by each rate in turn, rounded to ``decimals``."""
    out = [first]
    for r in rates:
        out.append(out[-1] * (1 + r))
    return [round(v, decimals) for v in out]


def solve_last_rate(rates: Sequence[float], overall: float, years: int) -> float:
    """Return the last rate so that the last ``years`` rates average ``overall`` (level method)."""
    product = math.prod(1 + r for r in rates[-(years - 1) :])
    return (1 + overall) ** years / product - 1


def growth_rows(
    first_year: int,
    gdp0: float,
    capital0: float,
    labour0: float,
    gdp_rates: list[float],
    capital_rates: list[float],
    labour_rates: list[float],
    prices: list[float],
    depreciation: float = 0.096,
) -> list[list[object]]:
    """Return 增长核算 rows; investment is backed out of the stock so the two agree (永续盘存)."""
    gdp = growth_series(gdp0, gdp_rates)
    capital = growth_series(capital0, capital_rates)
    labour = growth_series(labour0, labour_rates)
    previous = capital0 / (1 + capital_rates[0])
    rows = []
    for i, year in enumerate(range(first_year, first_year + len(gdp))):
        investment = (capital[i] - previous * (1 - depreciation)) * prices[i] / 100
        previous = capital[i]
        rows.append([year, gdp[i], capital[i], round(investment, 2), prices[i], labour[i]])
    return rows


# ---------------------------------------------------------------------------------------------
# 鲁泽市 data

# county → weights: 高新 (本年, 上年), 工业 (本年, 上年), 全社会R&D, 企业R&D share of it, GDP,
# 特派员, 共同体, 培训 (see county_tables)
COUNTY_WEIGHTS: dict[str, tuple[float, ...]] = {
    "清河区": (17.0, 16.8, 15.0, 15.2, 19.0, 18.5, 0.78, 0.77, 16.5, 16.2, 6, 5, 5, 4.5),
    "丰源区": (11.0, 10.9, 11.5, 11.6, 12.0, 11.8, 0.88, 0.86, 12.0, 12.2, 7, 6, 6, 5.5),
    "高新区": (22.5, 21.0, 14.0, 13.0, 25.0, 24.0, 0.96, 0.95, 10.5, 10.0, 3, 3, 2, 2.0),
    "金堤县": (9.0, 9.0, 9.5, 9.6, 8.5, 8.6, 0.93, 0.92, 10.0, 10.1, 13, 13, 13, 13.0),
    "凤城县": (9.0, 9.1, 9.5, 9.5, 7.5, 7.7, 0.94, 0.93, 9.5, 9.6, 12, 12, 12, 12.5),
    "柳桥县": (8.0, 8.1, 8.5, 8.6, 6.5, 6.7, 0.95, 0.94, 9.0, 9.1, 12, 12, 12, 12.0),
    "南湖县": (7.0, 7.0, 8.5, 8.5, 6.5, 6.6, 0.96, 0.95, 8.5, 8.6, 11, 11, 12, 12.5),
    "双河县": (6.5, 6.6, 8.0, 8.1, 4.5, 4.6, 0.95, 0.94, 8.0, 8.1, 12, 12, 12, 12.5),
    "临泽县": (5.5, 5.6, 8.5, 8.6, 3.5, 3.6, 0.92, 0.9, 8.0, 8.1, 12, 13, 13, 13.0),
    "西山县": (4.0, 5.0, 7.0, 7.3, 1.5, 1.6, 0.75, 0.7, 8.0, 8.0, 12, 13, 13, 12.5),
}
# (本年 total, 上年 total, decimals) for each county column, in COUNTY_COLUMNS order after 县区
COUNTY_TOTALS = (
    (812.0, 706.0, 1),  # 高新技术产业产值 亿元
    (2996.0, 2750.0, 1),  # 规模以上工业总产值 亿元
    (94000, 79000, 0),  # 全社会R&D经费支出 万元
    (86000, 72000, 0),  # 企业R&D经费支出 万元
    (1230.0, 1100.0, 1),  # 地区生产总值 亿元
    (1260, 1105, 0),  # 科技特派员 人
    (578, 590, 0),  # 利益共同体 个
    (32.6, 28.4, 1),  # 培训农民 万人次
)


def county_kind(name: str) -> str:
    """Return the sample county's 类型 from its name: 高新区, 区 or 县."""
    return "高新区" if name.endswith("高新区") else ("区" if name.endswith("区") else "县")


def county_tables(
    rng: random.Random,
    counties: Sequence[str],
    weights: dict[str, tuple[float, ...]],
    totals: Sequence[tuple[float, float, int]],
    jitter: float = 0.06,
) -> tuple[list[list[object]], list[list[object]]]:
    """Return (本年 rows, 上年 rows) of the county sheets.

    ``weights[county]`` holds 14 weights: (本年, 上年) pairs for 高新, 工业, 全社会R&D, 企业R&D (as
    the enterprise part of the county's 全社会R&D) and GDP, one weight each for 特派员 and 共同体 (both years), and a pair for 培训; each weight is
    shaken by up to ±``jitter`` so no two counties look alike.
    """
    now: dict[str, list[object]] = {c: [c] for c in counties}
    before: dict[str, list[object]] = {c: [c] for c in counties}
    w = {
        c: [
            x * rng.uniform(1 - jitter, 1 + jitter) if i not in (6, 7) else x
            for i, x in enumerate(weights[c])
        ]
        for c in counties
    }
    # pairs of weight indexes (本年, 上年) per column
    index = ((0, 1), (2, 3), (4, 5), (6, 7), (8, 9), (10, 10), (11, 11), (12, 13))
    for (total_now, total_before, decimals), (i_now, i_before) in zip(totals, index, strict=True):
        for target, total, i in ((now, total_now, i_now), (before, total_before, i_before)):
            if i in (6, 7):  # 企业R&D: the enterprise part of the county's 全社会R&D
                weights_i = [w[c][i] * target[c][3] for c in counties]
            else:
                weights_i = [w[c][i] for c in counties]
            values = allocate(total, weights_i, decimals)
            for c, v in zip(counties, values, strict=True):
                target[c].append(v)
    return [now[c] for c in counties], [before[c] for c in counties]


DEPARTMENT_ROWS = (
    ("高新科", "一区五园高新技术产业产值", "亿元", 430, 380, "可比", None),
    ("合作科", "来市指导院士", "名", 7, 6, "可比", None),
    (
        "合作科",
        "来市指导专家",
        "名",
        112,
        95,
        "不可比",
        "2011年起按省人才办新口径统计（含柔性引进专家），与年初目标口径不一致",
    ),
    ("计划科", "财政科技拨款", "亿元", 2.35, 1.98, "可比", "市本级"),
)

# --- names ------------------------------------------------------------------------------------

BRANDS = (
    "华康",
    "瑞丰",
    "晶阳",
    "恒力",
    "金穗",
    "鲁宝",
    "泽源",
    "天元",
    "宏达",
    "博远",
    "新宇",
    "丰华",
    "瑞泰",
    "海纳",
    "中科",
    "明德",
    "鑫源",
    "长青",
    "正大",
    "汇通",
    "润禾",
    "凯盛",
    "光明",
    "九鼎",
    "盛隆",
    "安泰",
    "同济",
    "万福",
    "银河",
    "嘉禾",
    "德润",
    "永辉",
    "天成",
    "华信",
    "绿源",
    "康宁",
    "富民",
    "东岳",
    "圣泉",
    "利达",
)
INDUSTRIES = (
    ("药业", "医药"),
    ("生物科技", "生物"),
    ("化工", "化工"),
    ("光伏科技", "新能源"),
    ("机械", "制造"),
    ("电子", "电子"),
    ("新材料", "材料"),
    ("食品", "农产品"),
    ("纺织", "纺织"),
    ("农业科技", "农业"),
    ("能源", "能源"),
    ("建材", "建材"),
)
PRODUCTS = {
    "医药": (
        "头孢类原料药",
        "中药配方颗粒",
        "抗肿瘤靶向药物",
        "牡丹皮提取物",
        "缓释制剂",
        "中药注射剂",
    ),
    "生物": ("聚乳酸", "L-乳酸", "木糖醇", "生物有机肥", "微生物农药", "复合酶制剂"),
    "化工": (
        "高性能环氧树脂",
        "纳米碳酸钙",
        "精细化工中间体",
        "水性涂料",
        "高纯氯化钾",
        "新型阻燃剂",
    ),
    "新能源": ("单晶硅太阳能电池片", "光伏组件", "锂离子电池正极材料", "生物质燃气", "风电塔筒"),
    "制造": ("数控机床主轴", "高强度螺栓", "液压支架", "农用柴油机", "智能输送装备"),
    "电子": ("LED照明驱动电源", "智能电表", "RFID电子标签", "工业控制模块"),
    "材料": ("秸秆纤维板", "高性能复合管材", "耐磨铸造材料", "碳纤维预浸料"),
    "农产品": ("大蒜深加工产品", "芦笋罐头", "玉米淀粉", "牡丹籽油", "山药全粉"),
    "纺织": ("竹纤维面料", "功能性棉纱", "无纺布"),
    "农业": ("杂交棉良种", "山药组培脱毒种苗", "小麦良种", "肉羊胚胎移植", "设施蔬菜"),
    "能源": ("火电机组余热", "工业锅炉烟气", "煤矸石综合利用"),
    "建材": ("新型墙体材料", "粉煤灰加气砌块", "节能玻璃"),
}
NAME_FORMS = (
    "年产{n}吨{p}关键技术研究与产业化",
    "{p}制备新工艺研究",
    "{p}产业化示范",
    "{p}高效生产技术集成与示范",
    "{p}质量提升关键技术研究",
    "新型{p}研发",
)
PARTNERS = (
    "山东大学",
    "中国海洋大学",
    "中国农业大学",
    "江南大学",
    "中国科学院化学研究所",
    "山东省农业科学院",
    "天津大学",
    "西安交通大学",
    "济南大学",
    "青岛科技大学",
)


def company_pool(
    rng: random.Random, counties: Sequence[str], size: int
) -> list[tuple[str, str, str]]:
    """Return ``size`` unique (company name, county, domain) triples."""
    seen: set[str] = set()
    out = []
    while len(out) < size:
        county = rng.choice(counties)
        brand = rng.choice(BRANDS)
        word, domain = rng.choice(INDUSTRIES)
        prefix = "鲁泽" if rng.random() < 0.55 else county[:2]
        name = f"{prefix}{brand}{word}有限公司"
        if size > 1000:  # province scale: add a number to stay unique
            name = f"{prefix}{brand}{word}{rng.randint(1, 999)}有限公司"
        if name in seen:
            continue
        seen.add(name)
        out.append((name, county, domain))
    return out


def project_name(rng: random.Random, domain: str, kind: str) -> str:
    """Return a plausible project name for a project of ``kind`` in ``domain``."""
    product = rng.choice(PRODUCTS[domain])
    if kind == "产学研合作":
        return f"与{rng.choice(PARTNERS)}合作开展{product}技术攻关"
    if kind == "节能减排项目":
        return f"{product}节能降耗减排技术集成与示范"
    if kind == "节能新技术推广":
        return f"{rng.choice(('变频调速', '余热发电', '高效电机', 'LED照明', '蓄热式燃烧'))}技术在{product}生产中的推广应用"
    if kind == "民生科技项目":
        return rng.choice(
            (
                "食品安全快速检测技术研究",
                "重大传染病防控关键技术研究",
                "农村饮水安全净化技术示范",
                "中医药治疗慢性病临床研究",
                "城市燃气管网安全监测系统研发",
                "农药残留快速检测技术示范",
                "手足口病早期诊断技术研究",
                "新型农村社区污水处理技术示范",
            )
        )
    form = rng.choice(NAME_FORMS)
    return form.format(n=rng.choice((500, 1000, 2000, 3000, 5000, 10000)), p=product)


# 2011 and 2010 counts of (项目类别, 级别) — 级别 None means spread over 国家级/省级 or 市级
PROJECT_COUNTS: dict[int, tuple[tuple[str, tuple[str, ...], int], ...]] = {
    2011: (
        ("科技计划项目", ("国家级", "省级", "省级", "省级"), 38),
        ("科技计划项目", ("市级",), 121),
        ("科技计划项目", ("县级",), 8),
        ("技术创新提升工程重大专项", ("市级",), 10),
        ("技术创新提升工程重大专项", ("国家级", "省级", "省级"), 4),
        ("科技成果", ("市级",), 112),
        ("成果推广计划", ("省级",), 20),
        ("成果推广计划", ("市级",), 45),
        ("节能减排项目", ("市级",), 6),
        ("节能新技术推广", ("市级",), 11),
        ("民生科技项目", ("市级",), 5),
    ),
    2010: (
        ("科技计划项目", ("国家级", "省级", "省级", "省级"), 33),
        ("科技计划项目", ("市级",), 112),
        ("科技计划项目", ("县级",), 6),
        ("技术创新提升工程重大专项", ("市级",), 8),
        ("技术创新提升工程重大专项", ("国家级", "省级", "省级"), 3),
        ("科技成果", ("市级",), 96),
        ("成果推广计划", ("省级",), 23),
        ("成果推广计划", ("市级",), 40),
        ("节能减排项目", ("市级",), 4),
        ("节能新技术推广", ("市级",), 9),
        ("民生科技项目", ("市级",), 5),
    ),
}
COOPERATION = {2011: (71, 53), 2010: (55, 41)}  # rows, distinct enterprises
DEPARTMENT_OF = {
    "科技计划项目": "计划科",
    "技术创新提升工程重大专项": "计划科",
    "科技成果": "成果科",
    "成果推广计划": "成果科",
    "产学研合作": "合作科",
    "节能减排项目": "社发科",
    "节能新技术推广": "社发科",
    "民生科技项目": "社发科",
}
FUNDING = {"国家级": (120, 800), "省级": (30, 300), "市级": (5, 60), "县级": (2, 15)}
INSTITUTES = (
    "鲁泽市农业科学院",
    "鲁泽市人民医院",
    "鲁泽学院",
    "鲁泽市疾病预防控制中心",
    "鲁泽市中医医院",
)


def project_row(
    rng: random.Random,
    year: int,
    kind: str,
    level: str,
    company: tuple[str, str, str],
    home: str = COUNTIES[0],
) -> list[object]:
    """Return one 项目台账 row; hospitals and institutes (in county ``home``) take some of them."""
    name, county, domain = company
    if kind == "民生科技项目" or (kind == "科技成果" and rng.random() < 0.15):
        name, county = rng.choice(INSTITUTES), home
    funding = None
    if kind != "科技成果":
        lo, hi = FUNDING[level]
        funding = rng.randint(lo, hi)
    department = DEPARTMENT_OF[kind]
    if kind == "科技计划项目" and domain == "农业":
        department = "农村科"
    return [year, project_name(rng, domain, kind), name, county, kind, level, funding, department]


def project_rows(rng: random.Random, companies: list[tuple[str, str, str]]) -> list[list[object]]:
    """Return the 项目台账 rows of 2010 and 2011 with the counts of ``PROJECT_COUNTS``."""
    rows: list[list[object]] = []
    for year in (2010, 2011):
        for kind, levels, count in PROJECT_COUNTS[year]:
            for i in range(count):
                rows.append(
                    project_row(rng, year, kind, levels[i % len(levels)], rng.choice(companies))
                )
        total, distinct = COOPERATION[year]
        partners = rng.sample(companies, distinct)
        chosen = partners + [rng.choice(partners) for _ in range(total - distinct)]
        for company in chosen:
            rows.append(project_row(rng, year, "产学研合作", "市级", company))
    rng.shuffle(rows)
    rows.sort(key=lambda r: r[0])
    return rows


# 企业台账 groups: (企业类型, recognised ≤2010, new in 2011)
ENTERPRISE_GROUPS = (
    ("高新技术企业、市级创新型试点企业、创新型企业", 16, 4),
    ("市级创新型试点企业、创新型企业", 8, 2),
    ("高新技术企业、市级创新型试点企业、省级创新型试点企业", 12, 4),
    ("高新技术企业、市级创新型试点企业", 26, 4),
    ("市级创新型试点企业", 26, 1),
    ("高新技术企业", 82, 10),
)
KEY_COUNT, KEY_OUTPUT = 30, 418.0
KEY_SHARE_CAP = 0.85  # a county's key enterprises make at most this share of its 高新技术产业产值


def within_caps(counties: Sequence[str], weights: Sequence[float], total: float,
                caps: dict[str, float]) -> list[float]:
    """Return ``weights`` (one per item, ``counties[i]`` its county) rescaled so that, shared out
    as ``total``, no county's items add up to more than its cap: a county over its cap is cut
    to it and the rest goes to the others in proportion (no random draw: the sample's other
    sheets stay as they were)."""
    shares = [w / sum(weights) * total for w in weights]
    fixed: set[str] = set()
    for _ in range(len(caps) + 1):
        sums: dict[str, float] = {}
        for c, x in zip(counties, shares, strict=True):
            sums[c] = sums.get(c, 0.0) + x
        over = {c: caps[c] / s for c, s in sums.items() if c in caps and s > caps[c] and c not in fixed}
        if not over:
            break
        fixed |= over.keys()
        shares = [x * over.get(c, 1.0) for c, x in zip(counties, shares, strict=True)]
        held = sum(x for c, x in zip(counties, shares, strict=True) if c in fixed)
        free = sum(x for c, x in zip(counties, shares, strict=True) if c not in fixed)
        if free <= 0:
            break
        scale = (total - held) / free
        shares = [x if c in fixed else x * scale for c, x in zip(counties, shares, strict=True)]
    return shares
INNOVATIVE_RATIO, INNOVATIVE_BELOW = 5.3, 3
OTHER_RATIO, OTHER_BELOW = 3.4, 9


def enterprise_rows(
    rng: random.Random,
    companies: list[tuple[str, str, str]],
    year: int = YEAR,
    groups=ENTERPRISE_GROUPS,
    key_count: int = KEY_COUNT,
    key_output: float = KEY_OUTPUT,
    below: tuple[int, int] = (INNOVATIVE_BELOW, OTHER_BELOW),
    hitech_output: dict[str, float] | None = None,
) -> list[list[object]]:
    """Return 企业台账 rows: group counts, 30 key enterprises and R&D intensities as specified.

    ``hitech_output`` (county → 高新技术产业产值, 亿元): each county's key enterprises then make at
    most ``KEY_SHARE_CAP`` of it, as real figures do (a share of it above 100 % is a slip)."""
    records = []
    pool = iter(companies)
    for types, old, new in groups:
        for i in range(old + new):
            name, county, _ = next(pool)
            recognised = rng.randint(year - 9, year - 1) if i < old else year
            records.append({"name": name, "county": county, "types": types, "year": recognised})
    hitech = [r for r in records if "高新技术企业" in r["types"].split("、") and r["year"] < year]
    keys = rng.sample(hitech, key_count)
    key_weights = [rng.lognormvariate(0, 0.6) for _ in keys]
    if hitech_output:
        key_weights = within_caps([r["county"] for r in keys], key_weights, key_output,
                                  {c: KEY_SHARE_CAP * v for c, v in hitech_output.items()})
    for r, output in zip(keys, allocate(key_output, key_weights, 1), strict=True):
        r["key"], r["output"] = True, output
    for r in records:
        if "output" not in r:
            r["key"], r["output"] = False, round(rng.uniform(0.15, 2.5), 2)
        r["revenue"] = round(r["output"] * 10000 * rng.uniform(0.86, 0.98))
    innovative = [r for r in records if "创新型企业" in r["types"].split("、")]
    others = [
        r
        for r in records
        if "创新型企业" not in r["types"].split("、")
        and {"高新技术企业", "市级创新型试点企业"} & set(r["types"].split("、"))
    ]
    grouped = {id(r) for r in innovative + others}
    rest = [r for r in records if id(r) not in grouped]
    _set_rd(rng, innovative, INNOVATIVE_RATIO, 5.0, below[0])
    _set_rd(rng, others, OTHER_RATIO, 3.0, below[1])
    for r in rest:
        r["rd"] = round(r["revenue"] * rng.uniform(0.01, 0.04))
    records.sort(key=lambda r: (r["year"], r["name"]))
    return [
        [
            r["name"],
            r["county"],
            r["types"],
            r["year"],
            "是" if r["key"] else "否",
            r["output"],
            r["revenue"],
            r["rd"],
        ]
        for r in records
    ]


def _set_rd(
    rng: random.Random, group: list[dict], aggregate: float, floor: float, n_below: int
) -> None:
    """Give ``group`` R&D (万元) with Σ R&D / Σ revenue ≈ ``aggregate`` % and ``n_below`` under ``floor``."""
    small = sorted(group, key=lambda r: (r["revenue"], r["name"]))
    low = set(id(r) for r in rng.sample(small[: max(n_below * 3, n_below)], n_below))
    fixed = 0.0
    for r in group:
        if id(r) in low:
            r["rd"] = math.floor(r["revenue"] * rng.uniform(floor - 1.2, floor - 0.3) / 100)
            fixed += r["rd"]
    rest = [r for r in group if id(r) not in low]
    extra = {id(r): rng.uniform(0.2, 1.0) for r in rest}
    need = aggregate / 100 * sum(r["revenue"] for r in group) - fixed
    base = sum(r["revenue"] * floor / 100 for r in rest)
    scale = (need - base) / sum(r["revenue"] * extra[id(r)] / 100 for r in rest)
    for r in rest:
        r["rd"] = math.ceil(r["revenue"] * (floor + max(scale, 0.05) * extra[id(r)]) / 100)


# 平台台账: (平台类型, 级别, recognised ≤2010, new in 2011)
PLATFORM_GROUPS = (
    ("工程技术研究中心", "市级", 27, 5),
    ("工程技术研究中心", "省级", 5, 1),
    ("产业技术创新战略联盟", "市级", 0, 3),
    ("院士工作站", "省级", 1, 1),
    ("农业科技示范园区", "省级", 3, 1),
    ("农业科技示范园区", "市级", 5, 1),
)
ALLIANCES = ("生物医药", "光伏新能源", "农产品精深加工", "新型化工", "先进装备制造", "新材料")


def platform_rows(
    rng: random.Random,
    companies: list[tuple[str, str, str]],
    counties: Sequence[str],
    year: int = YEAR,
    groups=PLATFORM_GROUPS,
) -> list[list[object]]:
    """Return 平台台账 rows with the counts of ``groups``."""
    rows = []
    used: set[str] = set()
    for kind, level, old, new in groups:
        for i in range(old + new):
            recognised = rng.randint(year - 8, year - 1) if i < old else year
            host, county, domain = rng.choice(companies)
            short = host.replace("有限公司", "")
            if kind == "工程技术研究中心":
                name = f"{CITY_OF.get(level, '')}{rng.choice(PRODUCTS[domain])}工程技术研究中心（{short}）"
            elif kind == "产业技术创新战略联盟":
                name = f"{CITY}{ALLIANCES[i % len(ALLIANCES)]}产业技术创新战略联盟"
                if i >= len(ALLIANCES):
                    name = name.replace("联盟", f"联盟（{i // len(ALLIANCES) + 1}）")
            elif kind == "院士工作站":
                name = f"{short}院士工作站"
            else:
                county = rng.choice(counties)
                host = f"{county}农业局"
                name = f"{county}{rng.choice(PRODUCTS['农业'])}农业科技示范园"
            base, n = name, 2
            while name in used:
                name, n = f"{base}（{n}）", n + 1
            used.add(name)
            rows.append([name, kind, level, county, host, recognised])
    rows.sort(key=lambda r: (r[5], r[1], r[0]))
    return rows


CITY_OF = {"市级": "鲁泽市", "省级": "山东省"}

# 增长核算: 2005–2011, y≈12%, k≈15%, l≈1% over 2006→2011 (E_A ≈ 50.8%), 2005→2010 ≈ 1.5 points lower
GDP_RATES = [0.126, 0.132, 0.120, 0.110, 0.118]
CAPITAL_RATES = [0.175, 0.155, 0.150, 0.155, 0.145]
LABOUR_RATES = [0.012, 0.011, 0.010, 0.009, 0.010]
PRICES = [100.0, 101.8, 104.9, 112.0, 109.6, 113.5, 120.6]


def sample_growth_rows() -> list[list[object]]:
    """Return the 增长核算 rows of 鲁泽市, 2005–2011."""
    rates = []
    for series, overall in ((GDP_RATES, 0.12), (CAPITAL_RATES, 0.15), (LABOUR_RATES, 0.01)):
        rates.append([*series, solve_last_rate(series, overall, 5)])
    return growth_rows(2005, 521.60, 1486.50, 478.20, *rates, PRICES)


def check_counties(now: list[list[object]], before: list[list[object]]) -> None:
    """Raise AssertionError unless the county data tell the intended story.

    Every county but the last (西山县) grows its high-tech output, 西山县 declines and has the
    lowest R&D intensity, and enterprise R&D never exceeds the whole society's R&D.
    """
    for row_now, row_before in zip(now, before, strict=True):
        assert row_now[4] < row_now[3] and row_before[4] < row_before[3], row_now[0]
        assert (row_now[1] < row_before[1]) == (row_now[0] == "西山县"), row_now[0]
    intensity = sorted((r[3] / r[5], r[0]) for r in now)
    assert intensity[0][1] == "西山县", intensity


def sample_sheets() -> list[SheetContent]:
    """Return every sheet of the 鲁泽市 sample, in order."""
    rng = random.Random(SEED)
    companies = company_pool(rng, COUNTIES, 260)
    now, before = county_tables(rng, COUNTIES, COUNTY_WEIGHTS, COUNTY_TOTALS)
    check_counties(now, before)
    # the optional 类型 column (县/区/开发区/高新区): bulletins judge a county on what applies to it
    now = [row + [county_kind(row[0])] for row in now]
    before = [row + [county_kind(row[0])] for row in before]
    return [
        readme_sheet(CITY),
        settings_sheet(settings_rows(CITY, ORGANIZATION, YEAR, 2006)),
        plan_sheet(),
        targets_sheet(TARGETS),
        table_sheet(schema.COUNTY, now, COUNTY_UNITS, widths={0: 12}),
        table_sheet(schema.COUNTY_PREVIOUS, before, COUNTY_UNITS, widths={0: 12}),
        table_sheet(schema.DEPARTMENT, [list(r) for r in DEPARTMENT_ROWS], widths={1: 30, 6: 70}),
        progress_sheet(PROGRESS),
        table_sheet(
            schema.PROJECTS, project_rows(rng, companies), PROJECT_UNITS, widths={1: 52, 2: 30}
        ),
        table_sheet(
            schema.ENTERPRISES,
            enterprise_rows(rng, companies, hitech_output={r[0]: r[1] for r in now}),
            ENTERPRISE_UNITS,
            widths={0: 30, 2: 50},
        ),
        table_sheet(
            schema.PLATFORMS, platform_rows(rng, companies, COUNTIES), widths={0: 56, 4: 30}
        ),
        table_sheet(schema.GROWTH, sample_growth_rows()),
        next_year_sheet(),
        recipients_sheet(),
        schedules_sheet(),
        monthly_sheet(),
        measures_sheet(),
    ]


def main(argv: list[str] | None = None) -> int:
    """Write the sample workbook (to argv[0] or ``samples/sample2011.xlsx``); return 0."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else DEFAULT_OUT
    write_workbook(out, sample_sheets())
    print(f"已生成示例工作簿：{out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
