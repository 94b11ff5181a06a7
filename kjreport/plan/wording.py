"""How plans word a target: quantities, comparators, kinds, stretch values and indicator names.

Pure text rules, no plan structure: ``targets`` applies them clause by clause. A *quantity* is a
number with its unit (``125亿元``, ``3.4%``, ``209人年``), a range (``2-3个``) or a bare number
with a qualifier (``160以上``); the words around it say what kind of target it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kjreport.numerals import cn_int, cn_number
from kjreport.plan.yearwords import IS_YEAR, WITHIN_YEAR, YEAR_NUM, years_named

UNITS = (
    "亿人次",  # "接待总人数5.5亿人次" (江西 2017)
    "万人次",
    "人次",
    "万美元",  # "人均生产总值迈过3万美元"
    "亿美元",
    "美元",
    "万欧元",  # "投资2亿欧元的圣戈班北方工业园"
    "亿欧元",
    "欧元",
    "万平方米",
    "平方米",
    "亿元",
    # a value per head or per area: "全员劳动生产率达到28万元/人" (not 28万元)
    "万元/人",
    "万元/亩",
    "万元",
    "个百分点",
    "百分点",
    # R&D staff in full-time equivalents: "1.2万人年", "2.5万人·年" (not 1.2万人)
    "万人年",
    "万人·年",
    "万人",
    "千人次",  # "培养技能型人才(千人)": a table's unit in thousands, kept as written
    "千人",
    # R&D staff per 10 000 employed: "48人年/万人", "80人·年/万人" (the /万人 is the unit's)
    "人年/万人",
    "人·年/万人",
    "人年",
    "人·年",
    "万吨标准煤",  # "万元GDP能耗控制在0.5吨标准煤以内"
    "吨标准煤/万元",  # "单位地区生产总值能耗控制在0.34吨标准煤/万元以内" (per 万元 of GDP)
    "吨标准煤",
    "万吨",
    # livestock in sheep units (a standard measure of herds): "育肥出栏200万羊单位"
    "万羊单位",
    "羊单位",
    "万t",  # tonnes written with the symbol: "粮食产量稳定在120万t以上" (眉山 2020)
    "亿公斤",  # "粮食总产量达到5亿公斤以上"
    "万公斤",
    "公斤/亩",  # a yield per mu: "亩产187公斤/亩" (not 187 公斤 of a crop)
    "公斤",
    # air quality: "PM2.5、PM10年均浓度分别低于47μg/m3、61μg/m3" (芙蓉 2019; not 47 and a 米)
    "微克/立方米",
    "μg/m3",
    "μg/m³",
    "万立方米",  # "窖池2500座、10万立方米": a volume
    "立方米",
    "万棒",  # "生产食用菌50万棒": mushroom logs counted in sticks
    "万锭",  # spinning capacity in spindles: "纺织规模超过60万锭" (not 60万元)
    "亿斤",  # "粮食产量616亿斤"
    "万斤",
    "万担",  # tobacco bought in 担 (50 kg): "实现265万担烟叶生产收购计划" (凉山 2009)
    "担",
    "万亩",
    "千公顷",  # "农作物播种面积稳定在260千公顷"
    "万株",
    "千米",  # "新建农村公路120千米"
    "公顷",  # "新增造林面积2万公顷" (2万 read as 20000)
    "尾",  # fish fry: "投放鱼苗300万尾"
    "册",  # books: "新增图书5万册"
    "张",  # beds: "新增养老床位800张"
    "万袋",  # "新发展珍稀菌20万袋": mushroom logs counted in bags
    "万只",
    "万羽",  # poultry: "新增蛋鸡养殖10万羽"
    "平方公里",  # "高新区扩区至50平方公里" (not 50 and a 公里)
    "万公里",  # "实施通组公路硬化5万公里" (贵州 2018; not 5万元)
    "公里",
    "km",  # "开工里程达500km以上" (广西 2009): kilometres in Latin letters
    "万千瓦时",  # electricity: "用电量达到12万千瓦时" (not 12万千瓦 and a 时)
    "千瓦时",  # electricity: "全社会用电量达到120亿千瓦时"
    "万千瓦",  # power: "农机总动力年均增加6万千瓦", "光伏装机容量50万千瓦"
    "千瓦",
    "兆瓦时",
    "兆瓦",  # "新建光伏电站20兆瓦"
    "吉瓦",
    "平方千米",  # "建成区面积达到32平方千米" (not 32 and a 千米)
    "延米",  # "改造排水管网3000延米"
    "千克",
    "万辆",  # "整车产量达到70万辆"
    "辆",
    "万标箱",  # container throughput: "集装箱吞吐量达到3360万标箱"
    "标箱",
    "列",  # trains run: "中欧班列开行2200列" (not 列入/列为)
    "元/人",
    "元/亩",
    "元",
    "亩",
    "吨",
    "%",
    "‰",  # "人口自然增长率控制在13‰以内"
    # counts of times (service visits, events): "推广新技术6000项次", "举办活动20场次" (not 6000项)
    "项次",
    "场次",
    "批次",
    "项",
    "家次",  # "服务科技企业200家次" (not 200家 and a 次)
    "家",
    "个工作日",  # "工程建设项目审批总时限压缩至50个工作日以内" (唐山 2020; not 50个)
    # labour put into works, in workdays: "投劳突破1亿个工日" (辽宁 2012; not 1亿个 and a 工日)
    "个批次",  # "果品质量检测2000个批次" (not 2000个 and a 批次)
    "亿个工日",
    "万个工日",
    "个工日",
    "个",
    "人",
    "名",
    "位",
    "处",
    "件",
    "所",
    "座",
    "栋",  # "新改建现代设施大棚100栋"
    "台套",  # "推广农机具300台套" (not 300台 and a 套)
    "台次",  # times a device is used: "开放科研设施与仪器1.5万台次" (not 1.5万台 and a 次)
    "台",
    "套",
    "篇",
    "户次",  # "服务农户1万户次" (not 1万户 and a 次)
    "户",
    "只",
    "羽",
    "头",
    "株",
    "场",
    "期",
    "批",
    "条",
    "部",
    "支",
    "种",
    "倍",
    "岁",  # "人口平均预期寿命达80岁" (an age that qualifies people is no target: catalog.NOT_TARGETS)
    "次",
    "本",  # "取得军工资质8本以上": certificates; not "本市""本级""本年"
    "份",  # "发放技术资料1万份" (not 份额)
    "眼",  # wells: "压减农田机电井150眼"
    "口",  # pits, wells, pigs: "新建沼气400口", "生猪38万口" (not 口径, 口岸)
    # measure words of works, goods and services that plans count in (farm, water, energy, credit)
    "米",  # "新建防渗渠道5000米"
    "间",  # "新建温室大棚120间"
    "盏",  # "安装太阳能路灯500盏"
    "棵",  # "植树50万棵"
    "箱",  # "发展蜜蜂2万箱"
    "笔",  # "发放贷款500笔"
    "架",  # "新增植保无人机30架"
    "艘",
    "匹",
    "颗",
    "枚",
    "幢",
    "堂",  # "开展科普讲座40堂"
    "门",  # "开发课程10门"
    "例",  # "完成手术3000例"
    "宗",  # "供应土地100宗"
    "起",  # "安全事故控制在2起以内" (not 起步、起点)
    "片",  # "新增养殖小区12片" (not 片区)
    "方",  # "完成土方10万方" (not 方面、方案)
    ":1",  # a ratio: "农产品加工业产值与农业总产值之比达到2.2:1" (not a time, not "按1:1配套")
)
# a unit that is also a word: 本 after a number is a count only when no place or period follows
_UNIT_GUARD = {
    "km": r"(?![a-zA-Z²2])",
    "担": r"(?![任心当保负起])",  # (not 担任, 担心, 担当, 担保, 担负)
    "个": r"(?!多?月)",  # "洱海水质连续7个月达Ⅱ类", "生长期约4个多月": months, a duration
    "份": r"(?!额)",
    "本": r"(?![市县区省级年月地届部单次科文报网站刊])",
    "列": r"(?![入为出支举席车])",
    "眼": r"(?![睛光界镜])",
    "口": r"(?![径岸号罩腔碑头语味子吻气述])",
    ":1": r"(?![\d.:：]|的?比例|配套|匹配)",
    "米": r"(?![粮面饭])",
    "幢": r"(?!\d)",  # an address: "碧桂园247幢2005室"
    "间": r"(?![隔距断歇])",
    "架": r"(?![构设子])",
    "门": r"(?![户类槛诊店市口径])",
    "例": r"(?![如外会])",
    "宗": r"(?![旨教族])",
    "笔": r"(?![记者试])",
    "起": r"(?![步草点始来航飞诉])",
    "片": r"(?![区面])",
    "方": r"(?![面案式向位阵舱言针略法])",
}
NUM = r"\d+(?:\.\d+)?"
# a measure word no list above names, known by its place: one character right after the number that
# ends the clause ("新建蓄水池80窖，", "发展蜂群2万群。") — never a date, an order, a level, a part of a
# number or a word that goes on ("3年，", "5级。", "10强，", "5成，")
OTHER_MEASURE = (
    r"(?![年月日时分秒号届周岁代级星类型化区县市省镇乡村路线强成折度倍元角钱万亿千百十两点版页章节款段层轮等档"
    r"余多前后内外中上下左右以之者的了和与及或是为在共到至比占同增减提降达超新一二三四五六七八九零〇])"
    r"[\u4e00-\u9fff](?=(?:以上|以内|以下|左右)?(?:[，；。、：！？,;）)]|$))"
)
# 万/亿 before a unit that is not itself a 万-unit: "1.4万家" = 14000家, "1万亿元" = 10000亿元
# (and never before a unit written with it, UNITS' "万锭", "万标箱")
_WITH_MAGNITUDE = {m: "|".join(re.escape(u[1:]) for u in UNITS if u[0] == m) for m in "万亿"}
MULTIPLIER = (
    rf"(?P<mult>万(?![元人亩吨平千株斤辆袋只羽棒]|美元|欧元|羊单位|标箱|公斤|立方米|{_WITH_MAGNITUDE['万']})"
    rf"|亿(?![元人斤]|美元|欧元|公斤|{_WITH_MAGNITUDE['亿']}))?"
)
QUANTITY_RE = re.compile(
    rf"(?<![\d.])(?P<value>{NUM})"
    rf"(?:\s*(?:-|—|–|－|―|~|～|至|到)\s*(?P<upper>{NUM}))?"
    r"(?:余|多)?" + MULTIPLIER + r"(?:余|多)?"
    r"(?P<unit>" + "|".join(re.escape(u) + _UNIT_GUARD.get(u, "") for u in UNITS) + "|" + OTHER_MEASURE + r")?"
    r"(?P<qual>以上|以内|以下|左右)?"
)
CLAUSE_MARKS = "，；。：、！？"

# numbers that are never targets
ORDINAL_BEFORE = re.compile(r"(?:第|前后|〔|\[|【|No\.?)$")
NOT_UNIT_AFTER = re.compile(r"^(?:周年|届|年|月|日|时|号|字|版|次会议|次常务会议|号文)")
# the parts of a document: "《实施方案》共5章22条", "……保障措施3个部分，共20条"
DOCUMENT_PARTS_BEFORE = re.compile(
    # "印发《…》（市政发〔2024〕3号），共20条": a comma may come before 共
    r"(?:》|方案|意见|办法|规划|细则|政策)[^，；。]{0,30}?，?(?:共|共计|分为|包括)(?:\d+(?:章|节|个?部分|大部分))?$"
    r"|(?:章|节|部分)[，、]?(?:共|共计|合计)$"
    # "（文件）共分四大板块、12个部分、41条": the parts listed after 共分
    r"|(?:共分|分为)[^，；。]{0,20}?(?:章|节|部分|板块)[，、]$"
    # "印发省委一号文件，分9个部分35条" (湖北 2023)
    r"|(?:文件|意见|方案|规划|办法)[，,]?分\d+个?(?:部分|章|节|板块)[，、]?$"
)
# (not "新增高新技术企业50家的目标任务": the goal the number is)
# ("提出27条具体要求和实施细则" (漳州 2020): the document's demands)
STRUCTURE_AFTER = re.compile(r"^(?!的?(?:年度|全年)?(?:目标任务|目标|工作任务))[^，。；、\d]{0,6}?(?:措施|举措|方面|任务|条意见|条(?:具体)?要求|具体要求|大行动|大工程|篇目|篇章)"
    # "从……等六个方面共十七项重点工作进行部署": the document's items of work
    r"|^(?:项)?重点工作(?:进行|作出|作了)?部署"
    # "突出抓好21项重点工作落实" (云南 2022): the document's items of work, carried out
    r"|^(?:项)?重点工作(?:落实|任务)?(?![\u4e00-\u9fff])"
    # a document's parts: "《规划》共分3大部分6个篇目25章" (not "23个项目部分完工")
    r"|^(?:大|个)?部分(?![\u4e00-\u9fff])"
)
# the task itself, not a count of tasks: "全年有望完成新增500家的目标任务"
TASK_DONE_BEFORE = re.compile(r"完成(?:新增|净增|新认定|新培育)?$")
TASK_OF_AFTER = re.compile(r"^的(?:年度|全年)?(?:目标任务|目标|任务)")
# "推进10项科技创新指标晋位升级的措施及进展", "重点做好10项工作", "实施六项行动（…）": the noun the
# count is of ends in a measure or a piece of work
STRUCTURE_HEAD = re.compile(
    # ("严把小麦5个关键关口" (河南 2022): the checkpoints of the work)
    r"^[^，。；：！？（(\d]{0,24}?(?:措施|举措|工作|行动|任务|方面|指标|工作目标|目标任务|关键关口|关键环节)(?:及(?:进展|成效|情况))?"
    # "推进……“八大”重点工程和26项重点指标取得新成效": the count is the subject of a predicate
    # with no number, which says how the plan's parts fare
    r"(?=$|[，。；：！？（(、]|(?:全面|均|都)?取得(?:新|明显|显著|积极|重要|阶段性)?的?(?:成效|进展|突破|成果|成绩))"
)
# units a task is done for, named before it: "3-5个省级开发区的扩区调位工作", or built by it:
# "完成300个科普惠农兴村“站、栏、员”建设工作任务" (乐山 2014)
UNITS_WORKED_ON = re.compile(
    r"^[^，。；：！？（(\d的]{1,12}?(?:开发区|高新区|园区|企业|机构|项目|基地|中心|平台|站|乡镇|村)的"
    r"|^[^，。；：！？（(\d]{2,20}?建设(?:工作)?任务|^[^，。；：！？（(\d]{2,20}?建设工作"
    # "完成…358个贫困村脱贫摘帽任务" (商洛 2018): the villages the task is done for
    # ("年内完成37个老旧小区改造任务" (钟楼 2022): the estates renovated)
    r"|^[^，。；：！？（(\d]{0,6}?(?:村|户|镇|乡|小区|社区)[^，。；：！？（(\d]{1,12}?任务"
    # "启动实施10个以上乡村振兴示范村创建工作" (西安 2020): the villages the work is for
    r"|^[^，。；：！？（(\d]{0,10}?(?:村|镇|乡|园区|基地|企业|学校|社区)(?:创建|建设|认定|培育|评定)(?:工作|任务)"
)
# "实施4项重点工程，…": the programmes a plan is built of ("六大科技工程"), counted in 项 or 大
# ("…等六项工程和四项优化服务": another count of programmes joined to it)
PROGRAMME_HEAD = re.compile(
    r"^[^，。；：！？（(\d]{0,12}?工程(?=$|[，。；：！？（(]|[和及与、][一二三四五六七八九十两\d]{1,3}(?:项|大))"
)


def _works_counted(q: re.Match) -> bool:
    """Return True for a count of 工程 too large to be a plan's programmes: works to build."""
    return q["value"].isdigit() and int(q["value"]) > 12


# "大力实施五个倍增计划，": the programmes carried out, named by a plan, action or strategy
PROGRAMME_VERB_BEFORE = re.compile(r"(?:实施|推进|推动|落实|启动)$")
PROGRAMME_PLAN_HEAD = re.compile(r"^[^，。；：！？（(\d]{0,8}?(?:计划|工程|行动|战略)(?=$|[，。；：！？（(])")
# "投资1000万元以上的项目10个": a threshold that describes what is counted, not a target
# the class an amount sorts, right after it: "1亿元的乡镇(街道)", "5000万元—1亿元的乡镇", "10万元以上的村"
PLACES_BY_AMOUNT_AFTER = re.compile(
    r"^(?:\s*[—\-–~～至到]\s*\d+(?:\.\d+)?(?:亿元|万元))?(?:以上|以下)?的[^，；。、\d]{0,10}?"
    r"(?:乡镇|镇|村|街道|社区|县|县区|企业|项目|园区|合作社)(?:\s*[（(][^）)\d]{0,6}[)）])?"
)
# ("新增30亩以上耕地种粮大户15户" (双牌 2022): the farmers counted by the land they farm)
THRESHOLD_AFTER = re.compile(r"^的?[^，；。、\d]{0,8}?(?:项目|企业|工程|单位|大户|家庭农场|合作社)[^，；。\d]{0,4}\d")
# "3亿元以上新入库工业项目中高新产业占比达到90%": the amount bounds the projects a share is taken
# among, it is part of the share's name
THRESHOLD_SHARE_AFTER = re.compile(
    r"^的?[^，；。、\d]{0,10}?(?:项目|企业|工程|单位)中[^，；。\d]{0,16}?(?:占比|比重|比例)"
    r"[^，；。\d]{0,6}\d+(?:\.\d+)?%"
)
QUOTED = re.compile(r"[“\"「『‘'《]$")
# 倍差, 收入比: a ratio of two incomes, written without unit ("城乡居民收入倍差缩小到1.9以内")
INDEX_WORDS = re.compile(r"(?:指数|得分|评分|分值|综合评价|排名|位次|系数|倍差|收入比)")  # 系数: 灌溉水利用系数0.5

# words around a quantity
LESS_BEFORE = re.compile(
    r"(?:控制在|不高于|不超过|不多于|压缩到|压减到|降至|降到|降低到|下降到|缩小到|缩小至|缩小为|缩减到|缩减至|≤|＜|<"
    r"|(?<!不)(?:低于|少于|小于))"
    r"(?![^，；]{0,4}?(?:不低于|不少于))"  # "控制在不低于3件": the floor said last is the bound
    r"[^，；]{0,4}$"
)
# a comparator word ending the text before a quantity ("比重高于15%", "失业率低于4%"): not the name's
COMPARATOR_TAIL = re.compile(r"(?<![不高低多少大小])(?:高于|低于|多于|少于|大于|小于)$")
RANK_BEFORE = re.compile(r"前$")
GROWTH_BEFORE = re.compile(
    # ("亩平均增产9%以上", "农民人均增收8%": a rise of the yield, the income)
    r"(?:(?<!自然)增长(?!的?贡献|个数|极|到|至|面)|增速|增幅|涨幅|递增|增加(?!值|到|至)|提高(?!到|至)|提升(?!到|至)|上升(?!到|至)"
    r"|增产(?!量|值)|增收(?!额)|(?<=比)增|(?<=同比)增|(?<=收入|总值|产值|加值)增(?=$))"
    r"(?:率)?(?:达到|达|保持在|为|在上年基础上增加|在上年基础上)?[^，；%的]{0,10}$"
)  # "对经济增长的贡献率达到48%" is a level, not growth: no 的 between the word and the number
RAISE_WORDS = re.compile(r"(?:提高|提升|上升|前移|前进|进位)")
NEW_WORDS = re.compile(  # (not the 新 of 创新: "科技研发创新发展工程重点人才")
    # ("改造新建500个农村候车亭" (江西 2012): what is renovated or built, no increment)
    r"(?<![创更革])(?:新增|(?<!改造)(?<!改扩)新建(?!县)|新认定|新认证|新培育|新引进|新引入|新招引|增配|新配|新创(?!业|新)|新办|新组建|新进|新发展|新设立|新获批|新登记|新创建|新入库|新备案"
    r"|新编制|新通过|新形成|新启动|新修|新栽|新植|新育(?=苗)|新注册|首次认定|新打(?!造)|新造(?!型|就)|新扩(?!建|大)|新设(?!计|备|施)|新铺设|新铺|新挖|新架设|新开发(?!区))"  # "新形成产学研合作项目10项"; "首次认定50家" (not 复审 or 重新认定)
)
# a share of the whole place: "…占全市1/8", "净增高企和科创项目占全市比重", "占全省总量的1/3"
SHARE_OF_WHOLE = r"占(?:全[市省区县国]|[^，；。、\d]{1,8}?总[量数额])"
# a verb that takes its object after the number: "考察认定5个市级农业科技专家大院"
VERB_BEFORE_OBJECT = re.compile(
    r"(?:开展|建设|建成|建立|认定|培育|引进|实施|推广|推广应用|完成|组建|打造|设立|孵化|推进|支持|续建|"
    r"扶持|组织|申报|新建|新增|构建|形成|举办|召开|新培育|新认定|新认证|新引进|新组建|拥有|建有|具有|"
    r"共建|联建|创建|争创|布局|招引|签约|签订|转化|登记|攻克|突破|开发|研究开发|研发|抓好|抓|做好|搞好|办好|再建|做强做大|做大做强|"
    r"部署|承担|启动|征集|选派|派驻|培训|服务|帮助|带动|吸纳|提供|搭建|遴选|选拔|选认|选聘|选育|示范|筛选|储备|组成|备案入库|"
    # "深化20个…工作站的合作", "在服务“三农”中培养锻炼100名青年科技人员"
    # ("重点建设完善19家自治区级工程技术研究中心": 完善 the platforms counted after it)
    r"深化|培养|锻炼|提升|完善|优化|壮大|促进|推动|新开工|开工|再添|新添|增添|新建改造|新改建|梳理出的|筛选出的|谋划出的|梳理出|筛选出|谋划出|"
    # "新评选10家市级品牌农业金奖企业" (泉州 2011), "谋深抓实……31个重点项目" (尚田 2025)
    r"新评选|评选|评定|抓实|谋深抓实|再安排)$"
)
# a verb of spending right before an amount ("投入3亿元科技专项资金"), and the funds it names
FUNDS_SPENT_BEFORE = re.compile(r"(?:投入|投|安排|拿出|筹集|统筹|花费|花)$")
FUNDS_NAME = re.compile(r"(?:资金|经费|基金)$")
# headings of parts that report what was done, not what is planned
_PAST_HEADING = re.compile(
    # (not "在上年基础上增加5%": an item written as one sentence under 主要目标 is a target)
    # (nor "加强农业基础设施建设", "加强基础研究": the infrastructure, the research)
    # (nor "抓产业强基础", "夯实发展基础": a foundation to be laid is work to do)
    r"(?<!强)(?<!夯实)(?<!筑牢)(?<!打牢)(?<!打好)(?<!奠定)(?<!巩固)(?<!厚植)基础(?!上|设施|研究|教育|性|数据|平台)|回顾|成效|成绩|工作总结|过去(?:的)?一年|现状|基本情况|完成情况|(?:开展|落实|推进|执行|实施)情况|主要进展|取得(?:了)?(?:积极|明显|显著|重大|重要|较大|新的)进展|存在的问题|问题与不足|不足之处|差距"
    # "赶超发展的五年" (湖州 2017): the years just ended
    r"|(?<!今后)(?<!未来)(?:发展|奋斗|奋进|跨越|赶超|辉煌|砥砺前行|不平凡)的[三五十]年$"
)
# a foundation to be laid, with what it is of between: "夯实稳产保供基础" (海盐 2023)
FOUNDATION_LAID = re.compile(r"(?:夯实|筑牢|打牢|打好|奠定|巩固|厚植|筑实|强化)[^，。；：]{1,8}?基础")


class _PastHeading:
    """A heading that reports results (发展基础, 工作回顾 …) — not one that lays a foundation."""

    def search(self, text: str) -> re.Match | None:
        return _PAST_HEADING.search(FOUNDATION_LAID.sub("", text))


PAST_HEADING = _PastHeading()
# a heading of the coming years' goals: "今后五年的重点目标" (湖州 2017)
COMING_YEARS_HEADING = re.compile(r"^(?:今后|未来)(?:[二两三四五六七八九十]|\d+)年")
PLAN_HEADING = re.compile(r"目标|任务|计划|打算|思路|要点|安排|重点")
NET_WORDS = re.compile(r"净增")
CUMULATIVE_WORDS = re.compile(r"累计")
STRETCH_WORD = re.compile(r"力争|争取|期成")
STRETCH_ONLY = re.compile(
    # ("地区生产总值可比价增长12%；期成可比价增长14%": 期成, a 计划目标's stretch in 江苏's plans)
    rf"^(?:并|或|乃至|甚至)?(?:力争|争取|努力|确保|期成)+(?:可比价)?(?:尽快|早日|{WITHIN_YEAR}|全年)?"
    r"(?:实现|达到|达|突破|超过|新增|净增|完成|增长|提高到|提升到|提高至|提升至|增长到|增长至)*$"
)
# the first half-year as a period reported on, not one planned ("上半年拟向优质项目供地600亩")
HALF_YEAR_SO_FAR = r"上半年(?!拟|将|要|力争|确保|计划|争取|内)"
PAST_WORDS = re.compile(
    # ("由去年的12家增加到15家": last year's figure is where the change starts)
    r"(?<!比)(?<!较)(?<!在)(?<!由)去年(?!基础|的基础|同期)|截至|截止|已经|已达|已有|过去|近年来|目前已"
    # "…的1200名科技特派员已于3月中旬赴基层", "…示范基地，分获奖补资金10万元": done, received
    r"|已于|分获|进行了(?:表彰|奖励|命名|授牌|通报表扬)|"
    # "……中，有10个项目列入全市2015年重大重点项目投资计划" (新建县 2015): how many were chosen
    r"(?:^|(?<=[，,]))\s*有(?=\d+(?:个|家|项)[^，。；\d]{0,8}?(?:列入|入选|获批|被))|"
    # "从当前情况看，农民发展1亩棚膜蔬菜的纯收入在3万元左右"; "常年蔬菜产量在1200万吨左右" (吉林 2011): how
    # things stand, the usual level
    r"从(?:当前|目前|现在)的?情况(?:来)?看|(?<![确保持正定设])常年(?!景)(?=[^，。；\d]{0,10}?(?:产量|面积|需求|供应))|"
    # "当天，黄国富交售的烟叶重量达300公斤", "开称当日，共收购香料烟2.49万公斤" (大田坝 2019): the day
    # a news report tells of
    r"(?:^|(?<=[，。；\s]))(?:开[称秤])?当[天日](?=[，,])|"
    # "今年，……上半年共申报各类项目170项，获批91项": what the year has done so far
    r"(?:上半年|前三季度|一季度|今年以来)(?:共|累计|已|共计)|"
    # "2016年计划投资60.35亿元，元-4月累计完成投资10.14亿元" (封丘 2016): the months so far, what they did
    r"(?:\d{1,2}|(?<![万亿千百\d])元)\s*(?:-|—|至|到)\s*\d{1,2}\s*月份?(?:共|累计|已|共计)|"
    # "此次共选派1200名省级科技特派员": what the event (a ceremony, a meeting) did is done
    r"(?:此次|本次)(?:共|共计|集中|一次性)?(?:选派|评选|认定|签约|签订|表彰|发布|授牌|命名|确定|推出|遴选|揭牌|颁发)|"
    # "今年有589家企业申报高企": how many there are this year is a count made, not a goal
    r"(?:今年|本年度?|全年|当年)(?:共|已)?有(?=\s*\d)|"
    # "省科技厅公布2024年第三批4371家入库科技型中小企业名单": a list published is done
    r"(?<![将拟要需])公布(?!了?[^，。；]{0,4}(?:目标|计划|指标))|"
    # (not "……迈上5万亿元台阶已被苏州市设为2026年……的主要预期目标之一": made a goal)
    r"至目前|到目前|累计已|已被(?![^，。；]{0,12}(?:设为|确定为|定为|列为|作为)[^，。；]{0,24}目标)|已争取|已建成|已建的?(?=\d)|已完成|(?<![截到至项题])目前(?!正在|即将|将|要|期)|现有(?=[^，；。]{0,16}\d)|现已"
    r"|(?<!指标)(?<!目标)(?<!指标一)(?<!目标一)共有|已确定|已(?:近|超|达|有|形成|实现|突破|累计|认定|获批|遴选|拨付)"
    # "王洛镇已落实烟叶种植面积1.7万多亩", "1200亩纯作烟方预留地已准备就绪" (王洛 2022)
    r"|已落实(?!好)|已(?:准备就绪|就绪|到位)"
    # "2024年，安庆市先后推荐6个团体和13人参评……", "5家单位和6项活动被中国科协表扬为……优秀组织单位"
    # (安庆 2024): one thing after another done, an honour received
    r"|先后(?=推荐|举办|组织|开展|获|荣获|引进|建成|召开|承办|实施|出台)|被[^，。；]{0,12}?(?:表扬|表彰|评为|命名|授予)"
    # "党的十八大以来，……城乡居民收入比从2.65下降到2.16" (湖北 2023): the years since a congress
    r"|(?:党的)?(?:十[五六七八九]|二十)大以来"
    # "108个续建项目有12个项目推进不理想，有2个项目未恢复建设" (黔西南 2014): how the work stands
    r"|(?:推进|进展|进度)(?:不理想|缓慢|迟缓|滞后)|未恢复(?:建设|生产)|完成(?:均|都)在"
    # "其中，已试点实施16项": 已 before the verb of a count that is done
    r"|已(?:试点|先后|陆续|全部|分批)?(?:实施|推出|开展|建立|组建|引进|签约|落户|入驻|设立|发放|兑现"
    # (not "落实好已出台的各项政策，再出台10项新政策" (山西 2016): what is issued describes a noun)
    r"|举办|出台|启动|帮助|吸引|办理|在办|登记|授权|培训|孵化|转化)(?!的)"
    r"|(?:推荐|实施|完成|争取|认定|建成|组织|开展|举办|引进|培育|申报|立项|实现|组建|建立|建设|设立|获批"
    r"|获得|取得|形成|出台|制定|发布|召开|签订|签约|落地|突破|推动|带动|达到|超过|新增|增长|提高"
    # (not "又制定了八项主要预期指标：……" (徐州 2015): the goals announced, then listed)
    r"|收看|收听|参加|出席|观看|覆盖)了(?![^，。；]{0,12}?(?:目标|指标)(?:[：:]|是|为))"
    # "已与公司开展合作的养殖场达到71个" (三穗 2020): partners already taken on
    r"|已(?:与|同|跟)(?=[^，；。]{0,12}?(?:合作|签约|签订|对接|结对))"
    r"|被[^，；。]{0,8}(?:立项|认定|评为|批准|授予)"
    # "在全市征选了27项重大技术需求": any verb with 了 straight before its count is done
    # (not "部署了2024年工作": a year is no count; nor 为了/除了)
    rf"|(?<![为除])了(?=\s*\d)(?!\s*{YEAR_NUM}\s*年)"
    # "有了这140亩种烟流转合同" (郏县 2018): what is in hand
    r"|(?<![为除])了这(?=\s*\d)"
)

# a sentence that reports results reached ("比去年同期增长49%", "位列全省第三位", "1-9月…")
# a task exceeded: "落实粮食播种面积288.9万亩，超出国家下达任务8.1万亩" (西藏 2022)
TASK_EXCEEDED = r"超出(?:国家|省|市|县|上级)?下达(?:的)?[^，。；\d]{0,4}?任务"
# an estimate made first, of a period as good as over: "初步预计，全市生产总值将达到103.22亿元左右"
FIRST_ESTIMATE = r"(?:据)?初步(?:预计|测算|核算)"
RESULT_WORDS = re.compile(
    # (not "完成年度科技特派员选派任务，……": a task to complete, the clause ends with it)
    r"超额完成|已完成|完成省定|(?:超过|超出)预期(?:目标)?"
    r"|(?:圆满|全面|提前)完成了"  # "圆满完成了州人民政府下达的计划任务" (云龙 2012)
    # "签订烟叶交售合同24000担，实际交售烟叶24122担" (金江 2014): what was actually delivered
    r"|实际(?:交售|收购|完成|到位)(?=[^，。；\d]{0,8}\d)"
    # (nor "完成年度投资100亿元以上": a floor set for the year)
    r"|完成年度(?![^，。；\d]{0,14}任务[，。；])(?![^，。；\d]{0,8}[\d.]+\s*(?:万|亿)?[^，。；\d]{0,2}以上)|"
    # (not "着力提升投资完成率、新项目开工率" (常州 2015): a rate to raise)
    r"(?<!提升投资)(?<!提高投资)(?<!提升)(?<!提高)完成率|位列|居全[省市国区县]第|"
    r"排名第|排全[省市]第|(?:\d{1,2}|(?<![万亿千百\d])元)-\d{1,2}月|" + HALF_YEAR_SO_FAR + r"|前三季度|截至目前|截止目前|近几年来|近年来|取得了"
    # (not "据了解，甘肃今年共筹措……建设标准化养殖小区800个": what this year is to do, reported)
    rf"|(?:据悉|据了解)(?![，,]?[^，。；\d]{{0,8}}今年)|据统计|数据显示|统计显示|统计数据|是{YEAR_NUM}年(?:末|底)?的[\d.]+倍|是[^，。；\d]{{0,12}}?末的[\d.]+倍"
    r"|显示|增至|由(?:去年|上年)?的?[\d.]+[^，。；\d]{0,4}(?:增|提|升|降)|完成[^，。；]{0,8}任务的?[\d.]+%|今年以?来"
    # ("……等10个5000万元以上大项目陆续复工": what is under way now, reported)
    r"|陆续(?:开工|复工|开复工|投产|竣工)"
    # ("2008年重庆市农业农村发展势头良好，全面贯彻落实了……；……解决了300万城乡居民饮水安全问题" (重庆 2008))
    r"|势头良好|贯彻落实了|解决了|发挥了(?:重要|积极|明显)?作用"
    # ("经济社会保持了较好的发展势头。……项目个数和投资额是历史最多的一年" (洛南 2009))
    # (not "推动……取得重大进展", "科技成果转化成效显著": what a plan aims at)
    r"|取得了(?:重大|明显|显著|积极|重要)进展|历史(?:最多|最好|最高|最快)的|企稳回升|(?:保持|呈现)了[^，。；]{0,10}势头"
    # ("今年，我市首次启动大学生科技特派员选聘工作，共选聘91名……" (芜湖 2023): people taken on, counted)
    r"|(?<![全年计划将要拟])共(?:选聘|遴选|招聘|聘请|聘任)"
    r"|(?:年初|开年)以来|前[一二三四五六七八九十\d]{1,2}个月|\d{1,2}(?:至|到|—|~|～|－|–)\d{1,2}月"
    r"|(?:居|列|位居|位列|排名|排)[^，。；\d]{0,8}?第[一二三四五六七八九十\d]|(?:居|位居)[^，。；]{0,8}前列"
    r"|(?:五|三|两|十|(?<!\d)[2-9]|(?<!\d)10)年(?:来|累计)|过去(?:五|三|一|[2-9]|10)年|居[^，。；]{0,6}首位|(?:翻|增长|提高|增加)了"
    # "6家企业成功申报认定为高新技术企业": what succeeded is done
    # ("成功创建…试点城市" in a plan's targets is still to be done)
    r"|成功(?:申报|通过)?(?:认定|评为|获批|入选)"
    # ("今年全区新注册家庭农场8家……，成功申报市级示范合作社1家……，成功引进……落户" (随州高新区 2020))
    r"|(?<!力争)(?<!争取)(?<!确保)(?<!要)(?<!将)成功(?:申报|引进)"
    # "经过近五年的大发展，合肥的工业化率达到40%" (合肥 2010): the years of effort behind a result
    r"|经过近?[一二三四五六七八九十两\d]+年(?:多)?(?:来)?的(?:大)?(?:发展|努力|奋斗|建设|拼搏)"
    # "通过近一个月的努力，培训各项工作已顺利完成" (禄劝 2011): an effort that is over
    r"|通过近?[一二三四五六七八九十两半\d]+个?(?:月|周|天|年|多月)(?:来)?的(?:努力|奋战|攻坚|工作)|已(?:顺利|圆满|全面)完成"
    # "专利申请与授权量分别达26074件、15414件，同比分别增长59.40%、40.84%": a change measured to
    # the hundredth against last year is a statistic reported, never a goal set
    r"|同比(?:分别)?(?:增长|上涨|提高|增加|下降|减少)\d+\.\d\d%"
    # "…分别达6703件、2535件,在全国大中城市的排名有较大幅度的提升": a rise judged, so it happened
    r"|(?:排名|排位|位次)有了?(?:较大|大幅|明显|显著)(?:幅度)?的?(?:提升|提高|上升|前移)"
    # a yearbook's entry (金坛 2014: "【概述】 2014年，……各项工作取得新的进展"; "……受到表彰")
    r"|【概述】|【概况】|取得(?:了)?新的?进展|(?:受到|获得)(?:了)?(?:[^，。；\d]{0,6})?表彰"
    # "1月份共完成财政收入2.84亿元", "实现了首月开门红" (唐山高新区 2011): a month's figures so far
    r"|\d{1,2}月份(?:共|已|累计)?(?:完成|实现)|首月开门红"
    # "粮食产量107.3万吨，……创历史新高", "落实粮食播种面积288.9万亩，超出国家下达任务8.1万亩" (西藏
    # 2022): a record set and a task exceeded (not "力争再创历史新高": a record aimed at)
    r"|(?<!力争)(?<!争取)(?<!确保)(?<!再)(?<!要)创历史新高|" + TASK_EXCEEDED +
    # "2014年度乐至专利申请首次突破100件，达到117件，占目标考核任务146.3%" (乐至 2014): a first
    # reached and the share of the task done (not "力争首次突破": a first aimed at)
    r"|(?<!力争)(?<!争取)(?<!确保)(?<!将)(?<!要)(?<!有望)首次突破(?=\d)"
    # "海伦市今年加大……投入力度，……。全年共建设市(县)级农业科技园区11个、……，园区总面积达7.4万多亩"
    # (海伦 2008, dated November): the year's total built, reported
    r"|(?<![将要划拟争])全年共(?:建设|建成|完成|实施|新建|培育|引进|组织|举办|培训)"
    # "……居民消费价格变动情况通报，降幅最大的为猪肉，价格同比下降16.9%" (江西 2021): a statistic told
    r"|(?:降幅|增幅|涨幅|跌幅)最大的?(?:为|是)"
    # "高端引智成果丰硕，新建、续建省级协同创新基地6个，……" (张掖 2025): the work judged, so done
    r"|(?<![要将争保])(?:成果丰硕|硕果累累|亮点纷呈)"
    r"|占(?:年度|全年)?(?:目标|考核|计划)[^，。；\d]{0,6}?任务的?\s*\d+(?:\.\d+)?%"
)
# comparisons with last year: a result in a report of results, a target in a plan
# ("发明专利授权量较上年增长25%")
RESULT_COMPARISON = re.compile(r"同期|同比|较去年|较上年|比去年|比上年")
# "今年…入库目标2万家": 目标 right before a number states the target (not "完成年度目标120%")
# (a count with its unit: "完成省定目标135%" is a completion rate)
TARGET_NUMBER = (
    r"(?<!完成)(?<!完成年度)(?<!完成全年)(?<!下达)目标(?:值|数)?(?:为|是)?\s*\d+(?:\.\d+)?\s*[万亿]?"
    r"[\u4e00-\u9fff]"
)
TARGET_CUES = re.compile(
    # ("实现以下目标:实现接待游客超386万人次、……,增幅位列全市前三": the goals it announces)
    rf"力争|争取|确保|预期|主要目标|目标是|目标为|(?:以下|如下)(?:几项|主要)?目标|(?:到|至){YEAR_NUM}年|计划(?![内外])|将|(?<![首重需必纲])要|{TARGET_NUMBER}"
    # (not the 要 of 首要、重要: "作为经济发展首要任务来抓" (金江 2014))
    # "2017年该区……可望分别达到361亿元" (东西湖 2017): what the year is expected to reach
    r"|(?:可望|有望)(?:分别)?(?:达到|突破|超过|实现)"
    # "确定建设5个农业科技试验示范基地" (香格里拉 2013): what the county decided to build
    r"|确定(?:建设|实施|培育|新建|打造|选拔|遴选)"
)

# 和 as a conjunction, not the 和 of a name ("和美乡村": harmonious and beautiful villages)
CONJUNCTION_HE = "和(?!美乡村|美村庄|美家园)"

# names: what is stripped from the text before a quantity to leave the indicator's name
LEAD_WORDS = re.compile(
    rf"^(?:\d{{1,2}}[.．、](?!\d)|\d{{1,2}}[.．](?={YEAR_NUM}年)|[①-⑳]|（\d{{1,2}}）|[一二三四五六七八九十]{{1,3}}是|（[一二三四五六七八九十]{{1,3}}）|(?:到|至|在|于)?{YEAR_NUM}年(?:末|底|前|内(?!蒙)|度)?|全年|今年|{WITHIN_YEAR}|(?:到)?年底|明年|今秋明春|今冬明春|当年|每年(?=新|净|(?:计划)?完成)|再(?=新|净)|第?[一二三四]季度(?:末|内)?|[上下]半年(?:末|内)?|拟(?!上市|挂牌|建(?!设|成)|开工)|"
    r"(?:市|县|区|省)?科技(?:局|厅|委)|我局|本局|展望|有望|可望|预计|各区县|各县区|各县市区|"
    r"共同培育|申报认定|组织认定|推荐申报|认定|申报|推荐|开发(?!区|园区)|"
    # (not the 重点 of a name: "、重点实验室3家", "重点新产品", "重点研发项目")
    r"其中|包括|分别是|分别为|比如|例如|譬如|陆续|(?:计划)?(?:用)?[一二三四五两]年(?:内|时间)?(?=开发|培育|新建|建设|引进|转化|实施|推广)|并(?!网|购|联)|"
    + CONJUNCTION_HE
    + r"|及|或|且|同时|以期|坚决|奋力|除了|至少(?=争取|引进|新增|培育|建成|完成)|按时保质|保质保量|如期|稳定(?=[\u4e00-\u9fff]{2,8}?(?:面积|产量|存栏|总产))|力争|力求|力促|力推|争取|努力|确保|保证(?![金期])|要|将|计划(?:目标)?|预计|重点(?!实验室|新产品|项目|工程|建设项目|建设工程|研发|专项|学科|课题|园区)|大力|积极|加快|进一步|"
    r"精心|认真|切实|着力|全力|扎实|深入|高标准(?!农田)|高质量|继续|不断|圆满|顺利|"
    r"全市|全县|全区|全省|全州|全盟|全旗|全镇|我市|我县|我区|我省|本市|本县|本区|该市|该县|该区(?!域)|该省|该地区|该区域|还|也|"
    r"实现|完成|组织完成|组织实施|组织|启动实施|启动|实施|选派|选认|建成投用|建成(?!区)|建设(?!用地)|打造|构建|推进|推动|创建|争创|创成|取得|获得|达成|"
    # ("其中初步安排240项重点建设项目" (新疆 2011))
    r"开行|安排|瞄准|锚定|初步(?=安排|建成|建立|形成)|"
    r"扩大|建立|引进(?!培养)|开展|新增|新建|新认定|新认证|新培育|新引进|新组建|新进|新发展|新设立|新获批|"
    r"新登记|新创建|新入库|新备案|新通过认定|新通过|新形成|新创(?!业|新)|新办|新修|净增|累计|使|让|的|，|、|：|:|\s)+"
)
# what a thing centres on, describing it: "以大数据为核心的", "以大型喷灌为主的"
# ("打造以邓庄村委、匡城村委、韩金洼村委为中心1500亩花卉……基地" (匡城 2013): 为中心, with or without 的)
CENTRED_ON = r"以[^，；。：\d]{1,24}?为(?:(?:主|核心|主体|重点|引领|龙头|支撑|主导|特色|依托)的|中心的?)"
PREDICATE = re.compile(
    r"(?:总数|总量|数量|规模)?(?:要|将|力争|争取|确保|有望|至少|计划|预计(?=达|突破|超过))?(?:首次|再|进一步|全面|年均|基本)?"
    # ("糖蔗种植面积巩固在23万亩" (横县 2008); "生猪存栏要恢复到4300万头" (河南 2021))
    r"(?:达到|(?<![下传表送抵])达(?!标)|突破(?![类型性口])|超过|超|不低于|不少于|保持在|稳定在|巩固在|控制在|不高于|不超过|不多于|恢复到|恢复至|"
    r"提高到|提升到|提高至|提升至|增长到|增长至|增加到|增加至|增到|增至|发展到|扩大到|降至|降到|下降到|压缩到|缩小到|缩小至|缩小为|缩减到|缩减至|"
    r"(?<=总产|产量|总量|面积|比例|比重|存栏|出栏)在(?=$)|迈过|迈上|站上|站稳|跨过|跨越|年递增|递增|年增长|(?<!自然)增长(?![点极面]|的?贡献)|(?<=收入|总值|产值|加值)增(?=$)|增加(?!值)|提高|提升|上升|增速|增幅|涨幅|为|新增|净增|累计|实现|完成(?!率)|跃居|进入|稳居|(?<!水土)保持|跻身|(?<![民安宜乡])居(?![民家住])|"
    rf"(?:比|较){YEAR_NUM}年(?:底|末)?|比上年|较上年|比去年|同比|在上年基础上|新建|新修|新开发(?!区)|新认定|新培育|新引进|新组建|新设立|新获批|"
    r"翻一番|翻两番|翻番|倍增|增加一倍)"
)
# a kind word between the name and its measure: "技术市场交易累计总额达300亿元" names
# 技术市场交易额 (a 累计 target); "高新技术企业累计总数达" names 高新技术企业 (a count is the firms)
KIND_WORDS = re.compile(r"累计|新增|净增")
MEASURE_AFTER_KIND = re.compile(
    # ("低收入农户累计脱贫率在90%以上" (泰兴 2018): a rate, its 累计 part of the name)
    r"^(?:(?P<noun>(?:成交|交易|销售|出口)?[总金]?额|总?产值|(?:营业|销售)?收入)|总量|总数|数量|规模|[\u4e00-\u9fff]{1,4}率)(?=[^\u4e00-\u9fff]|$|要|将|力争|争取|确保|有望|达|突破|超|不低于|不少于|为|实现|在)"
)
# a measure of what a subject achieves ("X实现营业收入5600亿元", "实现工业增加值125亿元"): with no
# subject of its own it is the measure of the subject before it, never a whole-economy figure
MEASURE_ACHIEVED = re.compile(
    r"(?:工业)?(?:总产值|增加值|产值)|(?:主营业务|营业|销售|技术|经营)?收入|营收|利税|利润(?:总额)?|税收|出口额|销售额"
    # ("六盘水市招商引资计划完成到位资金1400亿元以上" (六盘水 2018): the funds that came in)
    r"|(?:实际)?到位资金|到位外资|到位内资"
)
GENERIC_NAMES = re.compile(
    r"^(?:全国|全省|全市|全县|全区|总数|总量|总额|总规模|数量|规模|年|其中|目标(?:定)?"
    r"|[一二三四五六七八九十两\d]+年(?:内|来|间)?|全年|年均|每年|当年)?$"
)


MULTIPLIERS = {"万": 1e4, "亿": 1e8}


def values_of(q: re.Match) -> tuple[float, float | None]:
    """Return (value, upper) of a quantity, 万/亿 applied ("2.4万家" → 24000)."""
    factor = MULTIPLIERS.get(q["mult"] or "", 1.0)
    value = round(float(q["value"]) * factor, 6)
    upper = round(float(q["upper"]) * factor, 6) if q["upper"] else None
    return value, upper


def unit_of(match: re.Match) -> str:
    """Return the unit of a quantity match, or "" for a bare number."""
    return match["unit"] or ""


# a rate's words just before a bare number: "实际增长12", "城镇登记失业率控制在4.2以内"
RATE_BEFORE = re.compile(r"(?:增长|增幅|增速|递增|(?<![效频])率(?:控制在|保持在|稳定在|达到|为))$")


def lost_percent(before: str, q: re.Match, after: str) -> bool:
    """Return True for a bare number that can only be a percentage whose sign the page lost
    (内蒙古 2008's "生产总值增长15,财政总收入增长25,…城镇登记失业率控制在⒋2以内")."""
    return (
        RATE_BEFORE.search(before) is not None
        and float(q["value"]) < 100
        # ("农业增加值增长5.5、农村居民人均可支配收入增长13.5以上" (遵义 2016): one of a list)
        and re.match(r"\s*(?:[，,；;。、]|$)", after) is not None
    )


def is_never_target(sentence: str, q: re.Match) -> bool:
    """Return True for ordinals, dates, document numbers, anniversaries, quoted project names."""
    before = sentence[: q.start()]
    after = sentence[q.end() :]
    if ORDINAL_BEFORE.search(before) or QUOTED.search(before) or in_name(before, after):
        return True
    if q["unit"] == "项" and re.search(r"(?:这|上述|以上|前述)$", before):
        return True  # "这2项分别达到…": the targets referred to
    if (
        not before.strip()
        and re.fullmatch(r"\d{1,2}\.\d{1,2}", q["value"] or "")
        and q["unit"] in ("项", "个", "家", "件", "名", "次", "人", "所", "条")
        and not re.match(r"[^，；。]{0,4}[，；。]", after)
    ):
        return True  # "2.1项目引资目标": a heading's decimal number (no count is 2.1), its title after
    if q["unit"] == "位" and re.search(r"[前后]$", before) and re.match(r"(?:的)?平均(?:水平|值|数)", after):
        return True  # "超过全国百强县后5位平均水平": the group whose average is the yardstick
    if IS_YEAR.fullmatch(q["value"]) and re.match(
        r"[-/.]\d{1,2}\b|\d{0,2}[-/.]\d", after
    ):
        return True  # a date: 2019-07-11
    if IS_YEAR.fullmatch(q["value"]) and q["upper"] and re.match(r"[-/.]\d", after):
        return True
    if not q["unit"] and NOT_UNIT_AFTER.match(after):
        return True
    # the issue of a journal: "安徽科技 2019年5期", "2019年第5期"
    if q["unit"] == "期" and not q["upper"] and ISSUE_BEFORE.search(before):
        return True
    if not q["unit"] and q["upper"] and IS_YEAR.fullmatch(q["value"]) and IS_YEAR.fullmatch(q["upper"]):
        return True  # a plan period: 实施方案（2023—2025）, 2024-2026年
    # a frequency: "每年组织考核1次", "每季度召开1次"
    if q["unit"] == "次" and re.search(r"每(?:年|季度?|月|周|半年)[^，；。]{0,10}$", before):
        return True
    # a word count of a report: "政府工作报告中，“发展”出现67次" (吉林 2026 news)
    if q["unit"] == "次" and re.search(r"[”\"’]\s*(?:一词)?(?:共|累计)?(?:出现|提及|被提到|提到)了?$", before):
        return True
    # a bare number with nothing to say it is a target (a year, "315", a code) — unless a
    # predicate stands right before it ("科技型中小企业达到2000"): then it is listed if not read
    if not q["unit"] and not q["qual"] and not q["upper"]:
        if COUNTED_NAME.search(before) and re.match(r"[，；。]", after):
            return False  # "科技型中小企业入库520，": a count right after what it counts
        if re.search(r"[\u4e00-\u9fff]{2}指数(?:约为|约|为)?$", before) and re.match(r"\s*(?:[，；。]|$)", after):
            # "…比重0.18%，科技创新水平指数48，…", "居民消费价格指数约为103；": an index after its name
            return False
        if re.search(r"(?:总投资|投资额|计划投资)$", before) and len(q["value"]) >= 3 and re.match(r"\s*[，；。]", after):
            return False  # "新开工项目24个,总投资530645;": an amount whose unit was left out
        if lost_percent(before, q, after):
            return False  # "生产总值增长15,财政总收入增长25": a percentage whose sign was lost
        if TASK_BEFORE.search(before) and TASK_AFTER.match(after):
            # "城镇新增就业完成年度计划（100万）的98%" (山东 2011), "牧业产值……32.33亿元，占计划数32.26的
            # 100.22%" (沾益 2014): the year's task, its unit left out
            return False
        return not BARE_AFTER_PREDICATE.search(before) or bool(re.match(r"\s*[-—－/.]\d", after))
    return False


ISSUE_BEFORE = re.compile(r"(?:19|20)\d\d\s*年\s*(?:第)?$")
BARE_AFTER_PREDICATE = re.compile(
    r"(?:达到|达|突破|超过|不低于|不少于|增加到|增加至|增长到|增长至|提高到|提升到|发展到|控制在|保持在|新增|净增"
    # a ceiling: "城乡居民收入比缩小至2.05"
    r"|不高于|不超过|降至|降到|下降到|压缩到|压减到|缩小到|缩小至|缩小为|缩减到|缩减至)$"
)
# "技术合同成交额突破100亿": 亿/万 without 元 after an amount of money
MONEY_WORDS = re.compile(r"额|投入|收入|产值|增加值|资金|经费|规模|总值|投资|支出|利润|税收|营收|引资")
MONEY_ALLOTTED = re.compile(r"安排|拨付|筹措|筹集|拿出|设立")
MONEY_SPENT_ON = re.compile(r"支持|用于|扶持|奖补|奖励|补助")


# a sentence that announces the goals set out next: "《决定》着重擘画了到2020年的目标，提出实现
# “三个提升、两个突破”的奋斗目标。"
ANNOUNCED_GOALS = re.compile(rf"(?:到|至)\s*({YEAR_NUM})\s*年(?:底|末)?的[^。；\d]{{0,6}}目标[^。；\d]*。?$")


# a paragraph that ends announcing the goals listed below it: "明年全镇经济社会发展的主要预期目标是："
GOALS_FOLLOW = re.compile(r"(?:目标|指标)(?:任务)?(?:是|为|如下)?\s*[：:]\s*$")


# the marks an infographic or a digest sets before its headings and items
BULLET_MARKS = r"[■□●○◆◇▲△★☆▶►•·]"


# a horizon ahead set off by a comma, not an as-of date: "到2020年，……" (not "截至2019年底，")
# ("计划到2012年年底，……": 年年底 spelt in full)
HORIZON_AHEAD = rf"(?<![截止])(?:到|至)\s*(?P<ahead>{YEAR_NUM})\s*年(?:年?底|末)?[，,]"


# a line that only labels the goals below it: "“十四五”目标：", "2021年目标：", "2025年主要目标"
GOALS_LABEL = re.compile(
    # ("2013预期目标" (大理 2013): the year run into the label without 年; "■ 2025年经济社会发展的主要
    # 预期目标" (湖北 2025): a bullet before it, what the goals are of between)
    rf"^\s*(?:{BULLET_MARKS}\s*)?(?:[“\"]?十(?P<period>[一二三四五六])五[”\"]?(?:时期|期间)?|(?P<year>{YEAR_NUM})\s*(?:年度?|(?=主要|发展|预期|新目标)))"
    # ("2023新目标" (铁岭 2023): the year's new goals after last year's 成绩单)
    r"(?:[\u4e00-\u9fff]{2,12}?的)?(?:主要|发展|预期|新)*(?:目标|指标)(?:任务)?\s*[:：；;]?\s*$"
)


# a line that only heads the block of one year below it, with a word or a place name after the
# year: "2020年湖南 / 交答卷!" … "2021年湖南 / 立flag!" (a report's results, then its goals)
YEAR_BLOCK_HEADING = re.compile(
    rf"^\s*(?:{BULLET_MARKS}\s*)?(?P<year>{YEAR_NUM})\s*年(?!以来|以前|底|末|前|初|上半年|下半年|度)[\u4e00-\u9fff]{{2,6}}\s*[!！]?\s*$"
)


def goals_label_year(line: str) -> int | None:
    """Return the year of a line that only labels the goals below it (a five-year period's last
    year for "“十四五”目标："), or heads one year's block ("2021年湖南"), else None."""
    m = GOALS_LABEL.match(line) or YEAR_BLOCK_HEADING.match(line)
    if m is None:
        return None
    return _PERIOD_END[m["period"]] if m.re is GOALS_LABEL and m["period"] else int(m["year"])


def announced_goals_year(sentence: str) -> int | None:
    """Return the year of the goals a sentence announces for the next paragraph (else None)."""
    m = ANNOUNCED_GOALS.search(sentence.strip())
    return int(m.group(1)) if m else None


def rank_words(sentence: str) -> str:
    """Return ``sentence`` with "全省30强" written "全省前30位" (a rank of at most 30)."""
    # ("跻身全省省级开发区前10强": the pool named between)
    return re.sub(r"(全[省市国区县])([^，；。\d前]{0,10}?)前?(\d+)强(?![度化])", r"\1\2前\3位", sentence)


# a bare 亿/万 after a bound, ending its clause: "向上争取各类科技拨款超亿元。", "科技型企业超万家，"
BARE_MAGNITUDE = re.compile(
    r"(?:(?<=超过)|(?<=突破)|(?<=超)|(?<=过)|(?<=破))"
    r"(?=(?:亿元|万元|万(?:家|户|人|件|项|个|名))(?:以上)?(?:[，。；、！？]|$))"
)


# a range with its unit written on both ends: "要达到5家-8家", "资助额度为50万元―100万元"
UNIT_RANGE = re.compile(
    r"(?<![\d.])(?P<low>\d+(?:\.\d+)?)(?P<unit>[万亿]?元|家|个|项|件|人|名|所|户|%)"
    r"\s*(?P<dash>[-—–－―~～至])\s*(?P<high>\d+(?:\.\d+)?)(?P=unit)"
)

MONEY_RANGE = re.compile(
    r"(?<![\d.])(?P<low>\d+(?:\.\d+)?)(?P<mult>[万亿])元?"
    r"\s*(?P<dash>[-—–－―~～至])\s*(?P<high>\d+(?:\.\d+)?)(?P=mult)元"
)


# a bound word with a stray fragment of itself or the unit before it: "5000亿元左元左右" (the
# page's slip) reads "5000亿元左右", so that the stray letters are neither a name nor lose the bound
GARBLED_BOUND = re.compile(r"(?:(?<=\d[万亿]元)|(?<=\d[个家项]))(?:左|以)[元万亿个家项]?(?=左右|以上|以内|以下)")
# a name made of bound words and units only ("左元左右") names nothing
BOUND_LETTERS = re.compile(r"[左右以上内下元万亿个家项及]+")


def garbled_bounds(sentence: str) -> str:
    """Return ``sentence`` with a bound word's stray fragment before it removed (GARBLED_BOUND)."""
    return GARBLED_BOUND.sub("", sentence)


def unit_ranges(sentence: str) -> str:
    """Return ``sentence`` with a range whose unit is written twice written once ("5家-8家" →
    "5-8家"), so that it is read as one range, not as two targets."""
    sentence = MONEY_RANGE.sub(lambda m: f"{m['low']}{m['dash']}{m['high']}{m['mult']}元", sentence)
    # "分别提高6个和8个百分点", "提高6和8个百分点": the points said once for both figures
    sentence = SHARED_POINTS.sub(lambda m: f"{m['a']}个百分点{m['joint']}{m['b']}个百分点", sentence)
    return UNIT_RANGE.sub(lambda m: f"{m['low']}{m['dash']}{m['high']}{m['unit']}", sentence)


SHARED_POINTS = re.compile(r"(?<![\d.])(?P<a>\d+(?:\.\d+)?)个?(?P<joint>和|、|及)(?P<b>\d+(?:\.\d+)?)个百分点")


def _hundreds(m: re.Match) -> str:
    value = float(m.group(1)) * (100 if m.group(2) == "百" else 1000)
    return f"{value:g}" if value != int(value) else str(int(value))


# money allotted, named by what it is spent on: "省财政每年安排不少于100亿元支持创新型省份建设" names
# 创新型省份建设资金 (not "省财政每年安排")
ALLOTTED_NAME = re.compile(rf"(?:{MONEY_ALLOTTED.pattern})$")
# money for a list of things, summed up after 等: "用于化肥补贴、良种补贴…等各类强农惠农补贴"
SPENT_ON_LIST_AFTER = re.compile(
    r"^(?:资金|经费)?用于[^，；。！？\d]{2,60}?等(?:各类|各项|多项)?(?P<what>[\u4e00-\u9fff]{2,12})(?=$|[，；。！？])"
)
SPENT_ON_AFTER = re.compile(
    rf"^(?:以上|左右)?(?:的)?(?:专项)?(?:资金|经费)?(?:{MONEY_SPENT_ON.pattern}|用于)(?P<what>[^，。；、！？\d]{{2,16}}?)(?:资金|经费)?(?=$|[，。；、！？])"
)


def allotted_for(name: str, after: str) -> str:
    """Return the name of money allotted ("…安排N亿元支持X" → "X资金"), or ""."""
    if not ALLOTTED_NAME.search(name):
        return ""
    if summed := SPENT_ON_LIST_AFTER.match(after):
        return summed["what"]  # "…用于化肥补贴、良种补贴等各类强农惠农补贴": what sums the list up
    if not (m := SPENT_ON_AFTER.match(after)):
        return ""
    return m["what"] + "资金"


# units written with a magnitude ("万锭", "万标箱"): such a 万/亿 is never short for 万元/亿元
MAGNITUDE_UNITS = tuple(u for u in UNITS if u[0] in "万亿" and not u.endswith("元"))
# amounts large enough to size a project or a firm: "引进1亿美元项目一个", "3亿元项目2个"
LARGE_MONEY = ("万元", "亿元", "万美元", "亿美元")


# "总投资超10亿元或1亿美元产业项目5个" (钟楼 2024): the same bound in another currency
_CURRENCY_ALTERNATIVE = re.compile(r"(?<=[万亿]元)(?:或|（|\()\d+(?:\.\d+)?[万亿]?美元[）)]?")


# "增加设施农业(以蔬菜、食用菌、水果为主)面积5万亩以上" (山西 2021): what the thing mostly is, said in
# brackets inside its name
_MOSTLY_ASIDE = re.compile(r"(?<=[\u4e00-\u9fff])[（(](?:以|主要指|主要是|主要为|不含|不包括|不计)[^（）()\d]{1,24}?[)）](?=[\u4e00-\u9fff，；。、])")


def without_mostly_aside(sentence: str) -> str:
    """Return ``sentence`` without a bracketed "以……为主" / "主要指……" inside a name."""
    return _MOSTLY_ASIDE.sub("", sentence)


def currency_alternatives(sentence: str) -> str:
    """Return ``sentence`` without an amount's equivalent in another currency ("超30亿元或3亿美元",
    "10亿元（1.5亿美元）"): one bound, written twice."""
    return _CURRENCY_ALTERNATIVE.sub("", sentence)


def money_units(sentence: str) -> str:
    """Return ``sentence`` with 亿/万 written 亿元/万元 after an amount of money ("216亿元人民币" and
    "216亿人民币" too), and a bare magnitude after a bound counted as one ("超亿元" → "超1亿元",
    "超万家" → "超1万家")."""
    sentence = BARE_MAGNITUDE.sub("1", sentence)

    def unit(m: re.Match) -> str:
        if sentence.startswith(MAGNITUDE_UNITS, m.start()):
            return m.group()  # "纺织规模超过60万锭": a unit of its own, not money
        clause = re.split(r"[，；。：、]", sentence[: m.start()])[-1]
        # "山东每年安排不少于100亿支持创新型省份建设": an amount allotted, or spent on something
        spent = MONEY_ALLOTTED.search(clause) and MONEY_SPENT_ON.match(sentence, m.end())
        # ("市本级财政安排20亿资金用于扶持…" (广州 2011): the amount names its money)
        funds = re.compile(r"资金|经费").match(sentence, m.end())
        return m.group() + ("元" if MONEY_WORDS.search(clause) or spent or funds else "")

    # "技术交易额达2个亿": 2亿元 (not "组织实施50个亿元以上的重大项目": 50 projects of 亿元 or more)
    # ("实施……等10个亿元以上人参产业项目": 10 projects)
    sentence = re.sub(r"(?<=\d)个亿元?(?!元?以上(?:的|[^，；。！？\d]{0,10}?(?:项目|企业|工程)))", "亿元", sentence)
    # "争取上级资金3千万元", "技术交易额2百亿元": 3000万元, 200亿元
    sentence = re.sub(r"(?<![\d.])(\d+(?:\.\d+)?)([百千])(?=[万亿]元)", _hundreds, sentence)
    # "技术合同额突破216亿元人民币": the currency is the unit's, never a name
    sentence = re.sub(r"(?<=\d)([亿万]?)元?(?:人民币|RMB)", r"\1元", sentence)
    return re.sub(rf"(?<=\d)[亿万](?![{_UNIT_AFTER_MAGNITUDE}])", unit, sentence)


# what may follow 万/亿 as (the start of) a unit: a 万 before none of these is bare
_UNIT_AFTER_MAGNITUDE = "元人亩吨平千个家项件户所处座名位亿万美欧港日英"


# a bare 万 that counts people, known by 人口 right after it ("力争实现130万以上农村建档立卡贫困人口
# 脱贫" (湖南 2018), "确保完成10.08万建档立卡贫困人口脱贫任务") or as the subject just before it
# ("常住人口达到100万" (韩城 2020), "农村贫困人口减少130万" (云南 2019))
_PEOPLE_AFTER = re.compile(
    rf"(?<=\d)万(?![{_UNIT_AFTER_MAGNITUDE}])(?=(?:以上|左右)?[^，；。、：！？,;\d万亿]{{0,12}}?人口)"
)
_PEOPLE_BEFORE = re.compile(
    r"(?<=人口)(?P<verb>[^，；。、：！？,;\d]{0,4}?(?:达到|达|减少|增加|突破|超过|控制在|为))"
    r"(?P<n>\d+(?:\.\d+)?)万(?=(?:以上|左右|以内)?(?:[，；。、！？,;]|$))"
)


def people_units(sentence: str) -> str:
    """Return ``sentence`` with a bare 万 that counts people written 万人 (_PEOPLE_AFTER,
    _PEOPLE_BEFORE), so that the number keeps its unit and the name after it stays its own."""
    sentence = _PEOPLE_BEFORE.sub(lambda m: f"{m['verb']}{m['n']}万人", sentence)
    return _PEOPLE_AFTER.sub("万人", sentence)


# the year's projects of both stages named together: "计划实施续建、新建项目126个" (海原 2023)
_BOTH_STAGES = re.compile(r"(?:续建(?:、|和|及)新建|新建(?:、|和|及)续建)(?=[^，；。、\d]{0,12}?项目)")


def stages_together(sentence: str) -> str:
    """Return ``sentence`` with "续建、新建项目" written "新建续建项目": one count of the projects of
    both stages, named so (not 新建项目, which the next clause may count on its own)."""
    return _BOTH_STAGES.sub("新建续建", sentence)


QUOTES = (("“", "”"), ("《", "》"), ("「", "」"), ("『", "』"))


def in_name(before: str, after: str) -> bool:
    """Return True for a number inside a quoted or titled name ("科技改革30条", 《中国制造2025》):
    a quote is open before it and closes after it within the same clause."""
    for open_mark, close_mark in QUOTES:
        if before.count(open_mark) > before.count(close_mark):
            close = after.find(close_mark)
            if close >= 0 and not re.search(r"[，；。！？]", after[:close]):
                return not quoted_target(before.rsplit(open_mark, 1)[1], after[close + 1 :])
    return False


# a target quoted from a plan or report: "“五大先进制造业产业产值突破1800亿元”", "锚定“到2027年地区
# 生产总值突破800亿元、形成6个百亿级产业……”的目标" — a bound verb right before the number inside
# the quotes, or quotes that close on 的目标
QUOTED_BOUND = re.compile(r"[\u4e00-\u9fff]{4,}?(?:力争|确保|要|将)?(?:突破|达到|达|超过|增长到|提高到|保持在|控制在|迈过|跨过)$")
# ("努力实现“地区生产总值增长15%、……、精准脱贫1215人”五项主要指标" (茶店 2018): quotes that close on
# the count of the goals they hold)
QUOTED_GOAL_AFTER = re.compile(r"^的?(?:[一二三四五六七八九十\d]{1,2}[项个大])?(?:奋斗|发展|主要|总体)?(?:目标|指标)")


def quoted_target(inside: str, after_close: str) -> bool:
    """Return True when quotes hold a target statement rather than a name ("科技改革30条")."""
    return bool(QUOTED_BOUND.search(inside) or QUOTED_GOAL_AFTER.match(after_close))


# an office's own make-up, in a 部门整体支出绩效 report: "内设机构3个", "核定行政编制6名，其中领导职数3名",
# "全局实有在职在编干部职工9人，退休老干部7人", "公车1辆"
STAFFING_BEFORE = re.compile(
    r"(?:内设机构|(?:行政|事业|后勤服务|工勤)编制|领导职数|在职在编[^，；。\d]{0,6}|实有[^，；。\d]{0,10}"
    r"|退休[^，；。\d]{0,6}|政府雇员|遗属补助|公车|公务用车)(?:共|为)?$"
)
# favourable conditions to make use of: "充分利用好2011年烟农收入有较大增长、2012年烟叶价格提高20%及……
# 等有利因素"
FAVOURABLE_BEFORE = re.compile(r"(?:利用好?|抓住|借助|用好)[^。；！？]*$")
FAVOURABLE_AFTER = re.compile(r"^[^。；！？]*?等(?:有利)?(?:因素|条件|机遇|时机)")
# money raised for the work: "甘肃省级财政今年将筹集8500万元", "共筹措草食畜牧业发展专项资金1.5亿元"
FUNDS_RAISED_BEFORE = re.compile(r"(?:筹集|筹措)(?:拨付)?[^，；。\d]{0,14}$")
# a set named with what was decided for it, then described: "今年确定启动规划建设的1107个村庄覆盖了全市
# 所有区县" — where the set lies, not a target
SET_DESCRIBED_AFTER = re.compile(r"^[^，；。\d]{1,8}?(?:覆盖了?|分布在|分布于|遍及|涉及)")
# a sentence that profiles a place: "兰州新区位于兰州市北部秦王川盆地，……，总面积1744平方公里，
# 距兰州市直线距离38.5公里" — unless it turns to what is planned
PLACE_PROFILE = re.compile(r"^[^，。；！？\d]{2,16}?(?:位于|地处|坐落于)")
PROFILE_TURNS_AHEAD = re.compile(r"力争|确保|争取|计划|目标|预期|规划|(?:将|要)(?![^，；。]{0,2}(?:位于|地处))")


# a field of an encyclopedia entry's box: "下辖地区: 10个行政村", "耕地面积: 2.6万亩"
INFOBOX_FIELD = re.compile(r"^\s*(?:下辖地区|下辖|面\s*积|总面积|人\s*口|户籍人口|常住人口|耕地面积|海\s*拔|年均气温|年降水量)\s*[：:]\s*\d")
_INCLUSIVE = r"[（(]含[)）]"
# a share a party pays: "烟草补贴50%", "烟农出资20%", "县财政承担30%"
_COST_SHARE = re.compile(r"(?:补贴|补助|出资|承担|负担|分担|自筹|配套)\s*(\d+(?:\.\d+)?)%(?!以上|以下|左右|以内)")


def shares_of_a_cost(sentence: str) -> set[int]:
    """Return where the percentages of a cost shared out start ("烟草补贴50%，政府补贴30%，烟农出资20%":
    parties' shares that add up to 100%), or an empty set."""
    found = list(_COST_SHARE.finditer(sentence))
    if len(found) >= 2 and abs(sum(float(m[1]) for m in found) - 100) < 1e-9:
        return {m.start(1) for m in found}
    return set()


def describes(
    sentence: str, q: re.Match, own_quarter: str = "", goals_listed: bool = False, lead_in: str = ""
) -> str:
    """Return why a quantity describes what is counted rather than sets a target, or "".

    ``own_quarter`` is the quarter a plan is written for ("一季度" of "全力冲刺一季度科技创新“开门红”"):
    there that quarter is the plan's own period, not a milestone of the year. ``goals_listed``: an
    earlier ；-clause of the sentence announced its goals ("主要预期目标是：…；预计新增…不少于3家"), so
    an estimate among them is one of the goals. ``lead_in``: the ；-clauses before ``sentence`` in
    the same 。-sentence."""
    after = sentence[q.end() :]
    part = re.split(r"[；。！？]", sentence[: q.start()])[-1]
    if re.search(
        r"\d+(?:个|家)(?:预增|新增|年)?(?:产值|营收|营业收入|销售收入|主营业务收入|税收|收入|利润)[^，；。、\d]{0,4}?(?:过|超过|超)$", part
    ) and not re.match(r"[\u4e00-\u9fff]", after):
        # "靠前服务40个预增产值过2000万元，12个……" (洪湖 2024): the bar the 40 firms clear, not a figure
        return "是所数企业的门槛（“N个……过多少”），不是目标"
    if re.search(
        r"(?:产值|营收|营业收入|销售收入|主营业务收入|税收)(?:超过|超|过|达到|达)(?:\d+(?:\.\d+)?\s*[万亿]?元、)*$", sentence[: q.start()]
    ) and re.match(r"(?:、\d+(?:\.\d+)?\s*[万亿]?元)*(?:以上)?的[^，；。]{0,16}?企业", after):
        # "加快培育产值超100亿元、50亿元、10亿元的领军型和骨干型链主企业" (甘肃 2022): the tiers of firms
        return "是企业档次的门槛（产值超过多少的企业），不是目标"
    if re.search(r"(?:^|[，,])(?:预计|力争)?\d{1,2}月份(?:当月)?(?:全[市县区省])?[^，；。\d]{2,20}$", part) and q["unit"] == "%":
        # "预计9月份全市规上工业增加值增长11%" (吴忠 2017): one month's figure, not the year's
        return "是某一个月的数（如“9月份……增长11%”），不是全年目标"
    if re.search(r"为(?:了)?(?:实现|完成|确保)$", part) and re.match(r"的[^，；。\d]{0,8}目标", after):
        # "为实现13%的增长目标，……还确定了……" (信阳 2010): the goal set before, named again
        return "是重述前面的目标（“为实现……的目标”），不是另一条目标"
    if re.match(r"[^，；。\d]{2,20}?中的\d", after):
        # "11个新城滨河森林公园中的5处将在年内建成开放" (北京 2011): the pool the target is drawn from
        return "是目标所在的总数（“N个……中的M处”），不是目标"
    if not part.strip(" ，,") and re.match(r"[^，；。\d]{2,20}?(?:涉及|分布在|分布于|覆盖)\d", after):
        # "16所中小学幼儿园建设项目涉及8个县市区" (衡水 2022): the sentence's subject, counted, then where
        # it lies — the count was the target of the sentence before
        return "是句首作主语的个数（“N所……项目涉及……”），不是目标"
    if re.search(r"(?:盯住|紧盯|盯紧|盯牢)$", part):
        # "重点盯住50户骨干企业" (吴忠 2017): the firms the work keeps an eye on
        return "是工作盯住的对象（范围），不是目标"
    if q["unit"] in ("天", "日") and re.search(r"(?:奋战|大干|苦干|会战|攻坚|决战|冲刺)$", part):
        # "奋战100天，实施……" (湘乡 2012), "大干50天" (法库 2007): how long the drive lasts
        return "是集中行动的天数（如“奋战100天”），不是目标"
    if re.search(r"(?:赴|到|走进)[^，；。\d]{2,30}等$", part) and re.match(r"(?:个)?(?:省市|省份|城市|国家|地区|省市地区)", after):
        # "赴北京、上海、广州等8个省市地区开展……招商引资活动" (江西 2019): where the missions go
        return "是出访、招商所到的地方数，不是目标"
    if re.match(r"[^，；。\d]{0,4}[，,]\s*(?:严重)?(?:制约|影响|阻碍|困扰|拖累)了", after):
        # "全省“断头路”约1800公里，制约了全省区域协调发展" (江苏 2018): a problem as it stands
        return "是存在问题的现状（“……，制约了……”），不是目标"
    if re.search(r"原[则則]上", part):
        # "原则上D级危房改造补助不低于3.5万元，C级……不低于0.8万元" (海南 2018): a rule of the policy
        return "是政策的原则性规定（“原则上……不低于……”），不是目标"
    if q["unit"] in ("个", "家", "项", "所", "户") and re.search(r"(?:^|[，,、])(?:我[市县区省])?(?:还)?从$", part) and re.match(
        r"^[^，；。\d]{1,20}?中(?:筛选|遴选|挑选|选出|择优|选取|确定)", after
    ):
        # "我市还从328个重大重点项目中筛选出105个……的项目" (南昌 2017): the pool chosen from, not a target
        return "是从中挑选的范围（“从N个……中筛选出”），不是目标"
    if q["unit"] in ("个", "家", "项", "大") and re.match(r"^[\u4e00-\u9fff]{2,12}?是(?!否)[^，；。\d]{2,30}?的", after) and not re.search(
        r"力争|确保|争取|目标|任务|计划", part
    ):
        # "在14个工业重点产业中，6个高成长性产业是我省事关全局的重大项目" (河南 2011): what they are
        return "是对所说对象的说明（“N个……是……的”），不是目标"
    if re.fullmatch(r"(?:[百千万]|10{2,4})(?:万|亿)元?", q.group()) and re.match(
        r"^级?的?(?:产业集群|产业链|集群|产业|企业|园区|基地|板块|强县|强镇)", after
    ):
        # "培育一批千亿元产业集群" (河南 2011), "打造百亿级企业": a tier of what is built, not a figure
        return "是对象的档次（如“千亿元产业集群”），不是目标"
    if re.search(r"(?:计划|规划|年初|上级)(?:确定|提出|下达)的$", part) and re.match(r"^的?(?:控制)?目标之?内", after):
        # "城镇登记失业率为4.3%，控制在“十五”计划确定的5%的目标之内" (云南 2006): the goal kept to, reported
        return "是已守住的原定目标（“控制在……确定的……目标之内”），不是本年度目标"
    clause = re.split(r"[，,]", part)[-1]
    if re.match(r"^、\s*完成率\s*\d", after) or (
        q["unit"] == "%"
        and re.search(r"(?:(?:\d|[万亿]元|[个座项公里])[、，,]\s*完成率|(?:平均|总体|形象)进度)$", part)
        and not re.search(r"力争|确保|要|达到|目标", clause)
    ):
        # "2021年度中央水利投资计划完成37.6亿元、完成率60.2%"; "干堤加固：全年计划完成80公里，项目平均进度
        # 71.1%" (浙江 2021): how far the work has come, beside its figure
        return "是到目前的完成数和进度（“完成……、完成率……”“平均进度……”），不是目标"
    if (q["unit"] or "").endswith("元") and re.match(
        r"^(?:以上|及以上)?的?(?:园区|企业|项目|产业|集群|县|乡镇|村)(?:达到|达|有|为|突破|超过)\s*\d+\s*(?:个|家|户|项)", after
    ) and ("以上" in q.group() or after.startswith(("以上", "及以上"))):
        # "主营业务收入100亿元以上园区达到6个，其中200亿元以上园区达到2个" (泸州 2012): the bar of what is counted
        return "是所数对象的门槛（如“100亿元以上园区达到6个”），不是目标"
    if re.search(r"在(?:全[省市区县州盟旗])?$", part) and re.match(
        r"^[^，；。\d]{0,8}?(?:县|区|乡镇|镇|村|地州|盟市)[^，；。\d]{0,10}?(?:逐步|陆续|分批|全面)(?:开展|实施|推开|铺开|推进)", after
    ):
        # "这四项绿化工程建设将在全区87个县市区逐步开展" (新疆 2010): where the work is carried out
        return "是工作开展的地方（如“在全区87个县市区逐步开展”），不是目标"
    # (not "全市拥有……": a whole place's counts, left to the results-part model and the review)
    if re.search(r"(?:^|[，,：:])\s*(?![全我][市县区省])[\u4e00-\u9fff]{2,3}(?:市|县|区|州|省)?拥有[^，；。]{0,20}$", part) and not re.search(
        r"力争|确保|争取|要|将|目标|计划|达到|突破|到\d{4}|新增|万人|千人|百人|人均|每|比重|占|中拥有|自主", part
    ) and not after.startswith(("以上", "左右")):
        # "昆明拥有世界500强企业17家" (昆明 2013): what the place has, said in passing
        return "是现有的数量（“拥有……”），不是目标"
    if q["unit"] in ("亩", "万亩", "平方米", "万平方米") and re.search(r"(?:酒庄|公司|集团|合作社|农场)$", part) and re.match(
        r"^[^，；。\d]{0,12}?(?:园区|基地|示范园|产业园)", after
    ):
        # "大力抓好戎子酒庄5000亩现代农业园区、昱德新公司5000亩苹果示范加工园区建设" (乡宁 2016): a firm's park's size
        return "是企业园区的规模（如“某公司5000亩示范园区”），不是目标"
    if re.search(r"(?:还有|还将有|共有)$", part) and re.match(r"^[^，；。\d]{0,12}?(?:等待|等着|正在|待)", after):
        # "再说今年有二三十个工业项目等着投入量产，还有25家工业企业等待培育升规" (万州 2023): what is in the queue
        return "是现有的（“还有N家……等待……”），不是目标"
    if re.search(r"(?:全球|世界)经济|国际货币基金组织|IMF|世界银行", part):
        # "国际货币基金组织(IMF)调高全球经济2018年增速至3.7%" (珠海 2018): the world's, as others forecast it
        return "是全球经济或国际机构的数字（发展环境的描述），不是本地目标"
    if q["unit"] and q["unit"].endswith("元") and re.search(
        r"(?:价格|售价|单价)(?:每斤|每公斤|每千克|每吨)?$|租金(?:每年|每亩)?$|每亩投资$"
        # ("亩均财政投入提高到2500元以上" (安徽 2023): the money spent on each mu)
        r"|亩均(?:财政)?(?:投入|投资|补助)(?:提高到|提高至|达到|为)?$", part
    ):
        # "每亩投资约2000元……上市价格每斤2元左右" "示范点土地租金每年800元" (平果 2013): a price, a rent, a
        # cost per mu: the economics of the work, not a target
        return "是价格、租金或每亩投入（对经济账的说明），不是目标"
    if q["unit"] == "%" and re.search(
        r"(?:任务|目标|计划)(?:数)?[（(]?\d[^，；。]{0,12}?的\s*\d+(?:\.\d+)?\s*%\s*[，,]\s*(?:同比|比上年|较上年)?(?:增长|下降)$", part
    ):
        # "……为州下达全年目标26亿元的115.96%，同比增长338.38%" (贞丰 2011): the growth of the result
        return "是到目前的完成数的增速（完成进度之后的“同比增长”），不是目标"
    if q["unit"] in ("株", "棵", "穴", "丛", "万株") and re.search(r"每亩(?:栽植|栽种|种植|栽|植)[^，；。\d]{0,12}$", part):
        # "按照作业设计，每亩栽植落叶松、油松、沙棘167株" (张家川 2016): how densely, a standard of the work
        return "是每亩的栽植密度（作业设计的标准），不是目标"
    if re.search(r"(?:这|此|这也|这就)意味[着著]", sentence[: q.start()]):
        # "实现全省88个县(市、区)通高速公路，这意味著全省88个县(市、区)的群众……" (贵州 2015): what the
        # goal means, said again
        return "是对前文目标的解释（“这意味着……”），不是目标"
    if re.search(r"(?:^|[，,])\s*(?:据[^，；。\d]{0,6}?(?:计算|测算|估算|推算)|照此(?:计算|推算|测算))", sentence[: q.start()]):
        # "据专家计算，每投入1亿元……还能创造近6000个就业机会，照此计算，……就业机会就有180万个" (河南 2007)
        return "是测算、推算出的数（“据专家计算……”“照此计算……”），不是目标"
    if re.search(r"(?<!目标)(?<!指标)(?<!任务)(?:主要有|主要包括)[^，；。：:\d]{2,12}$", part):
        # "……年内计划完成投资10.1亿元，主要有中信昆仑2万吨碳酸锂、……等" (格尔木 2023): the projects named
        return "是所列项目名称里的规模（“主要有……2万吨碳酸锂”），不是目标"
    if q["unit"] in ("个", "项") and re.match(r"(?:重点|重大)?项目集中(?:开复工|开工|签约|竣工|投产)", after) and not re.search(
        r"计划|年度|全年|力争|将", part
    ):
        # "海西州格尔木市100个项目集中开复工" (格尔木 2023, the headline): the size of the event reported
        return "是此次集中开工、签约活动的规模，不是目标"
    if re.search(r"(?:此次|本次)(?:集中)?(?:开复工|开工|签约|竣工|投产|开工建设)", sentence[: q.start()]) and not re.search(
        r"计划|年度|当年|全年", part
    ):
        # "此次集中开复工重点项目50个，总投资461.5亿元，当年计划投资111.9亿元" (富县 2017): the size of the
        # event reported; the year's planned investment is the target
        return "是此次集中开工、签约活动的规模，不是目标"
    if (
        q["unit"] in ("千瓦", "万千瓦", "兆瓦", "万kW")
        and re.match(r"(?:风电|光伏|火电|水电|光热|电站)", after)
        and not re.search(r"(?:装机|新增|建成|达到|达|突破|容量|规模|新建|建设)$", part)
    ):
        # "加快推进珠日河200万千瓦风电……立项申报" (科左中旗 2015): a project named by its capacity
        return "是项目名称里的装机规模（如“某地200万千瓦风电”），不是目标"
    if re.search(r"(?:倾斜)?支持$", part) and q["unit"] == "个" and re.match(r"[^，；。\d]{0,10}?(?:县|乡镇|村|区)(?:[，；。、]|$)", after):
        # "倾斜支持39个乡村振兴重点帮扶县" (甘肃 2022): the places supported, a scope
        return "是支持对象的范围（如“倾斜支持39个重点帮扶县”），不是目标"
    if re.search(r"确定(?:了)?[^，；。\d]{0,12}?的$", part) and re.match(r"(?:产业|领域|行业|方向)(?:和|、|[，；。]|$)", after):
        # "《计划》确定了今后重点发展的13个产业和各地的产业集群" (河南 2017): the fields a document picks
        return "是文件确定的产业、领域个数，不是目标"
    if q["unit"] in ("天", "日", "个工作日") and re.search(r"公示(?:期|时间)(?:为)?$", part):
        return "是公示期（如“公示期3天”），不是目标"  # (互助 2020)
    if q["unit"] in ("项", "条") and re.search(r"[（(](?:共)?$", part) and re.search(r"(?:任务|指标|工作)[（(](?:共)?$", part):
        return "是所列任务的项数（如“量化类任务（共14项）”），不是目标"  # (宣城 2022)
    if q["unit"] == "米" and re.search(r"海拔$", part) and (re.match(r"(?:以下|以上)的", after) or q["qual"] and after.startswith("的")):
        # "原则是海拔1000米以下的宜茶区域种植石阡苔茶" (石阡 2012): where, by its height
        return "是对地块的描述（海拔多少米以下/以上的区域），不是目标"
    if re.search(r"每(?:亩|户|人|株|头|只|座|个)(?:补助|补贴|奖补|奖励)(?:资金|价值|标准)?$", part):
        # "每亩补助价值150元得茶叶专用肥" (石阡 2012): the rate of a subsidy, a policy's terms
        return "是补助标准（每亩、每户补助多少），不是目标"
    if re.fullmatch(r"0+(?:\.0+)?", q["value"] or "") and q["unit"] and re.search(r"(?:达到?|突破|超过|提高到|提升到)$", part):
        # "全社会研发投入占地区生产总值比重达0%左右": a figure lost in copying (no one sets 0 as a level to reach)
        return "是数值 0（多半是转载时丢了数字，如“比重达0%左右”），请按原文核对后填写"
    if (
        (m := QUARTER_BEFORE.search(part))
        and not WHOLE_YEAR.search(part[m.end() :])
        # ("第四季度，……围绕第一产业增加值增长4%……的目标，全力奋战": the year's goal, worked for)
        and not re.match(r"[^。；，]*?的(?:年度|全年)?目标", after)
        and not (own_quarter and m.group() in (own_quarter, "第" + own_quarter))
    ):
        return "是季度进度（如“一、二、三、四季度分别完成9%、12%……”“每季度完成30件”），不是年度目标"
    if q["unit"] == "个" and (scope := re.search(r"在[^，；。\d]{0,16}?(?P<of>的)?$", part)) and re.match(
        rf"(?:县|乡镇|镇|乡|村|市|区|街道)[^，；。\d]{{0,8}}?{'' if scope['of'] else '(?:同时|同步)'}(?:同时|同步)?"
        r"(?:启动|实施|开展|推进|试点|推广|铺开)", after
    ):
        # (not "在38个县开展绿色高质高效创建" (四川 2023): how many counties the work reaches)
        # "这一工程将在国家规划范围的36个县同时启动" (江西 2009): where the work is done
        return "是实施的范围（如“在规划范围的36个县同时启动”），不是目标"
    if q["unit"] in ("亩", "万亩", "公顷", "万公顷") and re.match(
        r"[^，；。\d]{2,12}?(?:区|园|基地|农田|耕地)(?:都|均)?(?:要|将|应|须|必须)", after
    ) and not re.search(r"(?:建成|建设|新建|打造|达到|完成|实现|发展|种植|推广|稳定在|保持在)$", part):
        # "2050万亩粮食生产功能区要积极引导种植目标作物" (甘肃 2021): the areas the rule is for
        return "说明对象的范围（如“2050万亩粮食生产功能区要……”），不是目标"
    if q["unit"] == "个" and part.rstrip().endswith("等") and re.match(r"部门(?!联合|共同)", after) and re.search(r"、", part):
        # "整合省发改委、财政等6个部门涉农资金34.24亿元" (江西 2012): whose funds are pooled
        return "是参与的部门数（如“整合发改委、财政等6个部门涉农资金”），不是目标"
    if q["unit"] == "个" and re.search(r"在(?:全[省市县区])?$", part) and re.match(
        r"(?:县|乡镇|镇|乡|村|市|区)[^，；。\d]{0,16}?(?:建设|新建|实施|推广|发展|种植|完成)[^，；。\d]{1,16}\d", after
    ):
        # "将在全省89个县（市、区、场）建设高标准农田160万亩" (江西 2012): where the figure after is reached
        return "是实施的范围（如“在全省89个县建设高标准农田160万亩”），不是目标"
    if re.search(r"在[^，；。\d]{0,16}$", part) and re.match(r"[^，；。\d]{0,20}?上(?:下功夫|做文章|求突破|见实效|出实招)", after):
        # "在联华超市等5家大型服务业企业规范运作上下功夫、求突破" (新驿 2015): where the effort goes
        return "是着力的方向（如“在……等5家企业规范运作上下功夫”），不是目标"
    if q["unit"] in ("平方公里", "平方米", "万平方米", "亩", "万亩", "公里") and re.match(
        r"[^，；。\d]{1,8}?等(?:重点|重大)?(?:项目|工程)", after
    ):
        # "提速建设乌杨新区3平方公里核心区等项目" (忠县 2025): the size of a project named in a list
        return "是所列项目的规模（如“建设……3平方公里核心区等项目”），不是目标"
    if re.search(r"发挥[^，；。\d]{0,6}$|发挥[^，；。]{0,40}、$", part) and re.match(r"[^，；。]{0,40}?(?:作用|效应|优势)(?:[，；。、]|$)", after):
        # "充分发挥14个国家级、42个省级、111个市级生猪产能调控基地带动作用" (济宁 2023): those that are
        # to play a part, already in place
        return "是要发挥作用的现有对象（如“充分发挥14个国家级……基地带动作用”），不是目标"
    if q["unit"] in ("个", "家", "所", "座") and re.fullmatch(r"\s*(?:[\u4e00-\u9fff]{2,6}?[省市县区州旗])?(?:的)?", part) and re.match(
        r"[^，；。\d]{2,16}?[，,]\s*(?:将|要|还将|都要|均要|都将|均将)", after
    ):
        # "山西省72个经济林示范县，将积极培养……技术人员" (山西 2015): the places that are to do the work
        return "是开展工作的单位（如“72个经济林示范县，将积极培养……”），不是目标"
    if q["unit"] == "个" and (
        re.search(r"涉及(?:全[省市县区])?$", part)
        # "项目涉及宜良、石林、……和倘甸产业园区7个县(区)" (昆明 2016): the places named, then counted
        or re.search(r"涉及[\u4e00-\u9fff（）()]{2,12}(?:[、和及与][\u4e00-\u9fff（）()]{1,12}){2,}(?:等)?$", part)
        # "涉及该市8个乡镇(场)32个行政村15个重点治理片区" (灵武 2018): the counts run on after 涉及
        or re.search(r"涉及[^，；。\d]{0,6}(?:\d+个[^，；。\d]{1,10}){1,4}$", part)
    ) and re.match(r"(?:市|县|区|乡镇|镇|乡|村|省|行政村|自然村|社区|重点|片区)", after):
        # "玉米优势区域丰产增粮项目涉及全省11个市的43个县" (山西 2008): where the project reaches
        return "是项目涉及的范围（如“项目涉及全省11个市的43个县”），不是目标"
    if INFOBOX_FIELD.match(sentence) and not re.search(r"[，；。]", sentence[q.end() :].strip("。 ")):
        # "下辖地区: 10个行政村", "面 积: 58.13平方千米" (铁日木 2007, an encyclopedia entry's box): facts
        return "是百科条目信息栏里的概况（如“面积: 58.13平方千米”），不是目标"
    if q["unit"] == "米" and re.match(r"(?:宽|长|高|深)(?![度])", after):
        # "新修4米宽水泥路共3公里" (匡城 2013): how wide the road is, not how much is built
        return "是所建工程的尺寸（如“新修4米宽水泥路共3公里”），不是目标"
    if q["unit"] == "批次" and re.match(r"\d+个", after):
        # "计划完成总投资107.39亿元的3批次22个重点项目开工建设" (苍溪 2021): the batches of the projects counted
        return "是所列项目的批次数（如“3批次22个重点项目”），不是目标"
    if q["unit"] == "%" and re.search(r"其中$", part) and re.match(r"(?:以上|左右)?(?:涉及|用于|投向|投入|安排)", after):
        # "筹集的各类支农资金达5亿多元，其中40%以上涉及生态畜牧业建设" (青海 2011): how the funds are spent
        return "是资金的构成（如“其中40%以上用于……”），不是目标"
    if re.match(r"(?:以上|左右)?[，,]\s*(?:是|已成为|已是)[^，；。]{0,24}?(?:根基|基础|支柱|主体|主力军|引擎|重要组成部分)", (q["qual"] or "") + after):
        # "实体经济占江苏经济总量的80%以上，是江苏经济社会发展的重要根基" (江苏 2017): how things are
        return "是对现状的说明（如“……占……的80%以上，是……的重要根基”），不是目标"
    if re.match(
        # ("完成烟叶种植计划任务99%（含）以上的，100%兑现；完成计划任务93%（含）-99%的，按实际完成比例兑现"
        # (长汀 2025): the bands of a reward, and what each band is paid)
        rf"(?:{_INCLUSIVE})?(?:\s*[-—~～至到]\s*\d+(?:\.\d+)?%?(?:{_INCLUSIVE})?)?(?:以上|及以上|以下|及以下)?(?:{_INCLUSIVE})?"
        r"的[，,]\s*(?:原则上|一次性|按)?[^，；。]{0,12}?(?:给予|补贴|补助|奖励|奖补|资助|兑现)",
        (q["qual"] or "") + after,
    ):
        # "连片室内面积规模不低于30亩的，原则上给予不超过……三分之一的补贴" (山西 2021): who qualifies
        return "是享受补助、奖励的条件（如“连片面积不低于30亩的，给予补贴”），不是目标"
    if q["qual"] in ("以上", "以下") and re.match(
        r"的[^，；。\d]{0,6}?(?:县市区|县（市、区）|县区|县|区|乡镇|镇|村|地方|地区|单位)[，,]\s*(?:将|要|一律|均)?"
        r"(?:取消|约谈|通报|扣|问责|追责|不得|一票否决)",
        after,
    ):
        # "出现集中连片抛荒3亩以上的县市区，将取消评先评优资格" (湖南 2021): who a sanction falls on
        return "是追责、处罚的条件（如“抛荒3亩以上的县市区，将取消评先评优资格”），不是目标"
    if q["unit"] == "%" and re.search(r"的[，,]\s*$", part) and re.match(r"(?:给予|兑现|补贴|补助|奖励|奖补)", after):
        return "是按条件兑现、补助的比例（如“……以上的，100%兑现”），不是目标"
    if q["unit"] == "%" and not q["qual"] and (split := shares_of_a_cost(sentence)) and q.start() in split:
        # "烟草补贴50%，政府补贴30%，烟农出资20%" (长汀 2025): who pays what share of one cost
        return "是费用的分担比例（如“烟草补贴50%，政府补贴30%，烟农出资20%”），不是目标"
    if re.search(r"(?:分配|分解|下达|下发|分派|细化|落实)(?:到|至)(?:全[县市区省]|各)?$", part) and re.match(
        r"(?:个)?(?:乡镇|乡|镇|村|县|区|市|街道|社区|部门|单位)", (q["unit"] or "") + after
    ):
        # "认真把茶叶种植任务分配到全县14个乡镇" (凤冈 2015): whom the task is shared out to
        return "是任务分配到的单位（如“把种植任务分配到全县14个乡镇”），不是目标"
    if BREAKDOWN_OPENER.match(part):
        # "全年计划实施5000万元以上项目20个。按产业类别划分:基础设施项目6个,重大产业项目13个" (乾安 2019)
        return "是按类别分列的构成（如“按产业类别划分：基础设施项目6个……”），不是目标"
    estimate = re.split(r"[。！？]", sentence[: q.start()])[-1].strip()  # through its ；
    if (
        q["unit"] in ("亩", "万亩", "平方公里", "平方米", "万平方米", "公顷")
        and re.search(r"(?:总面积|占地面积?|规划面积|用地面积)$", part)
        and re.match(r"^的[^，；。\d]{2,20}?(?:园|园区|区|基地|中心|城)(?:的)?(?:建设)?(?:[，；。]|$)", after)
    ):
        # "突出抓好总面积7.5平方公里的长东北生物产业园建设": the size of the park to be built
        return "是所建园区的面积（如“总面积7.5平方公里的……产业园建设”），不是目标"
    if q["unit"] in ("项", "条", "件") and re.search(r"(?:工作|任务|事项|实事)[（(]$", part):
        # "一、县示范区管委会牵头工作(8项)": the count of the items listed under a heading
        return "是其下所列工作的条数（如“牵头工作（8项）”），不是目标"
    if q["unit"] in ("个", "名", "人", "辆") and STAFFING_BEFORE.search(part):
        return "是单位的机构、编制与人员情况（如“内设机构3个”“核定行政编制6名”），不是目标"
    if FAVOURABLE_BEFORE.search(estimate) and FAVOURABLE_AFTER.match(after):
        return "是可以利用的有利条件（如“充分利用好……烟叶价格提高20%……等有利因素”），不是目标"
    if q["unit"] in ("元", "万元", "亿元") and FUNDS_RAISED_BEFORE.search(part):
        return "是筹集、筹措的资金（工作的投入，如“省级财政今年将筹集8500万元”），不是目标"
    if part.endswith("的") and SET_DESCRIBED_AFTER.match(after):
        return "是对所说对象的说明（如“今年确定启动规划建设的1107个村庄覆盖了全市所有区县”），不是目标"
    if PLACE_PROFILE.match(estimate) and not PROFILE_TURNS_AHEAD.search(estimate):
        return "是地方概况（如“……位于……，总面积1744平方公里”），不是目标"
    # (an estimate that names its year is left to the year's own reading: "预计2019年底…")
    # ("预计全年完成地区生产总值73.9亿元，增长12.5%；行政辖固定资产投资125亿元，……" (民和 2015): the
    # ；-clauses after an estimate's opening go on estimating)
    if (
        lead_in.strip()
        and ESTIMATE_OPENS.match(lead_in.strip())
        and re.search(r"预计全年|全年预计|今年预计|预计今年", lead_in)  # the year's outcome estimated
        and not re.search(r"[。！？]", lead_in)
    ):
        estimate = lead_in.strip() + estimate
    if (
        ESTIMATE_OPENS.match(estimate)
        and not FORWARD_IN_ESTIMATE.search(estimate)
        and not (ESTIMATE_AHEAD.search(estimate + q.group()) and not RESULT_WORDS.search(sentence))
        and not years_named(estimate)
        and not goals_listed
    ):
        return "是预计数（对结果的估计，如“预计高新技术产业收入500亿元以上”），不是目标"
    if q["unit"] == "%" and RATIO_DONE_BEFORE.search(part) and not GOALS_COLON.search(sentence[: q.start()]):
        # "实现税收收入25.86亿元，完成镇人代会目标的54.4%": how much of the target is done
        return "是完成进度（如“完成年度目标的54.4%”），不是目标"
    if SCORE_STEP_BEFORE.search(part) or SCORE_STEP_AFTER.match(after):
        return "是考核计分规则（如“每增（减）1个百分点加（减）0.2分”），不是目标"
    if q["unit"] in LARGE_MONEY and (
        THRESHOLD_COUNT_BEFORE.search(part)
        or (THRESHOLD_BOUND_BEFORE.search(part) and THRESHOLD_NOUN_AFTER.match(after))
    ):
        return "是名称里的门槛（如“培育5个产值过10亿元的高新技术企业”），不是目标"
    if q["unit"] in ("平方米", "平米", "万平方米", "亩", "万亩") and re.search(r"\d(?:个|家|处|所|座)$", part) and re.match(
            r"(?:(?:及)?以上)?的[\u4e00-\u9fff]{2}", after):
        # "打造100个1000平方米以上的城市示范社区和100个500平方米以上的农村示范社区" (黑龙江 2012)
        return "是所建每一处的规模（如“100个1000平方米以上的城市示范社区”），不是目标"
    if q["unit"] in ("头", "只", "羽", "亩") and THRESHOLD_BOUND_BEFORE.search(part) and HERD_CLASS_AFTER.match(after):
        # "新培育……超10头养殖户200户" (库伦 2014): the herd size sorts out the farms counted after it
        return "是名称里的门槛（如“超10头养殖户200户”），不是目标"
    if (
        q["unit"] in ("万元", "亿元")
        # ("促使…100个新增销售3000万元以上的工业新增长点项目尽快竣工投产": the measure between)
        and re.search(r"\d(?:个|家|户|项|只)(?:新增)?(?:销售|营业|主营业务|产值|税收|投资)?(?:收入|额)?$", part)
        and "以上" in q.group() + after[:3]
        and AMOUNT_CLASS_AFTER_COUNT.match(after)
    ):
        return "是名称里的门槛（如“谋划储备500个5000万元以上重大项目”），不是目标"
    if (
        q["unit"] in ("万元", "亿元")
        and re.search(r"(?:^|等|的|、|跟踪|引进|招引|签约|谋划|储备|洽谈|对接)(?:总|计划)?投资(?:额|规模)?(?:在)?$", part)
        and re.match(r"(?:及)?以上的?[\u4e00-\u9fff]{0,8}?(?:项目|企业)", (q["qual"] or "") + after)
    ):
        # "跟踪……等投资5亿元以上的重大项目" (沿河 2023): the size that sorts out the projects
        return "是名称里的门槛（如“跟踪投资5亿元以上的重大项目”），不是目标"
    if q["unit"] in ("万元", "亿元", "亿", "万亿元") and re.match(r"级(?!以上)", after) and not re.search(r"(?:达到|达|突破|超过|实现)$", part):
        return "是规模等级的名称（如“培育800亿元级消费品产业”），不是目标"
    if q["unit"] in ("元", "万元", "亿元") and re.search(r"(?:拿出|安排|兑现|发放)$", part) and re.match(
        r"[^，；。]{0,30}?(?:进行)?(?:表彰|奖励|重奖|奖补)", after
    ):
        return "是表彰、奖励拿出的金额（如“拿出3000万元对特别贡献企业进行表彰奖励”），不是目标"
    if q["unit"] in ("万元", "亿元") and re.match(
        r"(?:及)?以下的?[\u4e00-\u9fff]{0,6}?(?:企业|项目|单位)", (q["qual"] or "") + after
    ):
        return "是名称里的门槛（如“完成亩均税收5万元以下企业的改造提升”），不是目标"
    if (
        q["unit"] in ("万元", "亿元")
        and re.match(r"(?:及)?以上\d+(?:只|个|家|项)", (q["qual"] or "") + after)
        and re.search(r"其中$|[，、]$", part)
    ):
        return "是其后个数的门槛（如“其中5亿元以上3只，10亿元以上1只”），不是目标"
    if q["unit"] in LARGE_MONEY and AMOUNT_CLASS_BEFORE.search(part) and AMOUNT_CLASS_NOUN.match(after):
        return "是名称里的门槛（如“新增20亿元企业、10亿元企业分别不少于1家”），不是目标"
    if q["unit"] in ("万元", "亿元") and SIZE_BAND_BEFORE.search(part) and SIZE_BAND_AFTER.match(after):
        return "是按企业规模分档的门槛（如“年销售收入在5000万元至2亿元的高新技术企业”），不是目标"
    if (
        q["unit"] == "%"
        and (m := SIZE_CLASS_REQUIREMENT.search(part))
        and not TARGET_CUES_IN_BAND.search(m.group())
        and REQUIRED_FLOOR.search(part)
    ):
        return "是对每家企业的要求（如“年销售收入小于5000万元的高新技术企业，研发投入占销售收入的比例不低于6%”），不是目标"
    if q["unit"] and (PLANNED_AREA_BEFORE.search(part) or (q["unit"] == "平方公里" and PARK_EXTENT_BEFORE.search(part))):
        # "中江经济开发区设在…，规划控制面积14.3平方公里" (四川 2012): what a zone is laid out on
        return "是园区的规划面积（规模说明），不是目标"
    if (
        (q["unit"] or "").endswith("人")
        # ("打造……100万人口区域性中心城市" (韩城 2020): the size of the city it is to become)
        and re.match(r"口(?:规模)?(?:的|[^，；。、\d]{0,8}?(?:城市|城镇|县城)(?:[，；。、]|$))", after)
        # (not "解决150万人口的安全饮水" (甘肃 2011): the people served)
        and not re.search(r"(?:解决|保障|覆盖|惠及|受益|满足)$", part)
    ):
        # "努力形成一批30万至50万人口的中等城市" (辽宁 2011): the size of the towns meant
        return "是城镇的人口规模（说明所指的城镇），不是目标"
    if (
        q["unit"] not in ("%", "个", "项", "家")
        # ("……、23亿元的中兴玄武岩纤维科技产业园等重点在谈项目尽快签约落地" (朝阳县 2024))
        and (listed := re.match(r"^[^，；。]*?等(?:投资)?[^，；。\d]{0,12}?项目(?:建设)?(?=[，；。]|$|尽快|加快|早日)", after))
        and "、" in listed.group() + re.split(r"[，；。]", part)[-1]
    ):
        # "重点抓好洮南雏鹰400万头生猪、通榆吉运15万头牛…等投资亿元以上项目建设" (吉林 2019): the
        # sizes of the projects listed
        return "是所列项目的规模（如“洮南雏鹰400万头生猪、……等项目建设”），不是目标"
    if CAPACITY_BEFORE.search(part) and CAPACITY_AFTER.match(after):
        return "是项目的规模（如“年产1000吨……生产线建设”），不是目标"
    if q["unit"] and (attr := SIZE_ATTRIBUTE_BEFORE.search(part)) and SIZE_OF_THING_AFTER.match(after) and (
        attr["joint"] or re.match(r"[^，；。]{0,4}?加快", re.split(r"[，；。：]", part)[-1])
    ):
        # "加快库容960万立方米的官盛湖建设", "建成总长22公里、覆盖20平方公里的骨干道路网络" (the second)
        return "是所建工程的规模（如“加快库容960万立方米的官盛湖建设”），不是目标"
    if q["unit"] and re.search(r"一(?:个|座|片|处|家|所|条)[^，；。\d一]{0,10}(?<!不少于)(?<!不低于)(?<!超过)$", part) and re.match(
        r"^(?:左右|以上)?的[^，；。\d]{1,16}?(?:区|园|基地|中心|平台|项目|工程|企业|示范区|产业园)", after
    ):
        return "是所建设施的规模（如“建一个国土面积为64平方公里的农业高新区”），不是目标"
    if q["unit"] in ("个百分点", "百分点") and ABOVE_HIGHER_LEVEL_BEFORE.search(part):
        return "是比上级平均高出的幅度（如“增长8.5%、力争高于全省2个百分点”），不是本地的指标值"
    if re.search(r"(?:^|[。；，,])\s*(?:项目|工程|试点)?(?:全部)?(?:建成|投产|投用|达产)后[，,][^；。]*$", part):
        # "建成后，试点区亩均粮食产能提升10%以上" (四川 2023): what the works yield once built
        return "是建成后的效益（如“建成后，……产能提升10%”），不是本年度目标"
    if q["unit"] in ("个", "项", "条", "类") and (
        re.search(r"(?:目标|指标)\s*[（(]$", part)
        or re.match(r"^(?:经济社会发展|经济|社会|发展|主要|预期|约束性|考核|核心|量化|重点|民生|年度)*(?:目标|指标)(?:任务)?"
                    r"(?:情况|均|进展|完成|$|[，；。）)]|逆势而上|争先进位|进位|全部|稳中有升|向好|达到|超过|好于|高于|低于)", after)
        # (not the 目标 that closes a list of figures: "力争实现旅游总收入增长15%以上，……，国家级、省级旅游
        # 品牌新增20项以上目标" (镇江 2016))
        and not re.search(r"实现[^。；]*?\d[^。；]*(?:新增|增加)$", part)
    ):
        # "关于经济发展类目标（13个）", "今年10项指标均符合预期目标" (丽水 2020, 沙坪坝 2021): the goals counted
        return "是目标（指标）的个数，不是目标"
    if re.search(r"早日(?:实现|建成|达到|突破|迈上|迈入|跨越)[^，；。\d]{0,16}$", part):
        # "争取早日实现粮食产能300亿斤目标" (山西 2023): an aim with no year, not this year's
        return "是没有期限的远景目标（如“争取早日实现粮食产能300亿斤目标”），不是本年度目标"
    if q["unit"] in ("个百分点", "百分点") and RATE_CHANGE_BEFORE.search(part):
        return "是所定增速比上年提高的幅度（如“增长7.5%以上，较去年增加1个百分点”），不是另一个目标"
    if q["unit"] in ("个百分点", "百分点") and ABOVE_STANDARD_BEFORE.search(part):
        return "是超出认定标准的幅度（如“比重达7.5%，超出认定标准0.3个百分点”），不是另一个目标"
    if q["unit"] == "%" and re.search(r"按(?:照)?(?:每年|年均)?$", part) and YEARLY_RISE_AFTER.match(after):
        return "是以后逐年递增的幅度（如“并按每年30%的增速逐年递增”），不是本年度目标"
    if q["unit"] in CAPACITY_UNITS and CAPACITY_NAMED_AFTER.match(after) and not (
        # "23只市级转型升级项目基本建成投产": 只 counting the projects themselves (浙江's measure word)
        q["unit"] == "只" and not q["mult"] and re.match(r"[^，；。\d]{0,12}?项目", after)
        and not re.search(r"(?:年产|养殖|饲养|出栏|存栏)[^，；。]{0,4}$", part)
    ):
        return "是项目的规模（如“推进晶科20吉瓦光伏一体化等项目签约”），不是目标"
    below = "以下" in q.group() or re.match(r"(?:及)?以下", after)
    rest = re.sub(r"^(?:及)?以下", "", after)
    if q["unit"] and below and (re.match(r"的(?:小|落后|老旧)", rest) or (
            re.search(r"(?:产能|规模)$", part) and rest.startswith("的"))):
        # "对……年产能1万吨以下的小造纸，将坚决淘汰" (湖南 2010): the class to be shut down
        return "是划分淘汰对象的门槛（如“年产能1万吨以下的小造纸”），不是目标"
    if q["unit"] in ("个", "所") and re.search(r"(?:^|[，；：。])\s*在$", part) and re.match(
            r"[^，；。\d]{0,8}?(?:社区|村|乡镇|镇|街道|学校|企业|园区)(?:内)?(?:安装|建设|建立|开展|实施|推广|布设|设置)", after):
        # "依托网格化管理，在3个社区安装监控器60个" (哈西 2016): where the work is done
        return "是实施的范围（如“在3个社区安装监控器60个”），不是目标"
    if q["unit"] in ("个", "家", "所") and after.startswith("现有") and re.search(r"巩固|稳定|保持", part):
        # "巩固提升滇东北、滇西南及滇中50个现有粮食主产县" (云南 2008): the counties there are now
        return "是现有的数（如“50个现有粮食主产县”），不是目标"
    if q["unit"] in ("件", "项", "个", "条") and re.match(r"[^，；。\d]{1,12}[:：]\s*$", after):
        # "今年市政府还要办好10件民生实事：" (晋城 2020), a numbered list after it: the count of the items
        return "是其后所列各项的个数（如“办好10件民生实事：1.……”），不是目标"
    if re.match(r"[^，；。\d]{0,10}?正在", after):
        # "生宝设施农业园区的5名工人正在……收割" (天津 2021): a scene of the day
        return "是眼前的情形（如“……的5名工人正在……”），不是目标"
    if re.search(r"每[\u4e00-\u9fff]{1,3}(?:约|可|能)+(?:增收|增加|节约|节省|减少)$", part):
        # "每年每棚约可增收1万元" (天津 2021): what one unit can gain, an estimate
        return "是单位效益的估算（如“每棚约可增收1万元”），不是目标"
    if re.search(r"(?:^|[。；！？“])\s*未来[，,][^。；！？]*$", sentence[: q.start()]):
        # "未来，我们还将对500个普通日光温室进行改造" (天津 2021): no year, some day
        return "是没有年份的远期打算（如“未来，我们还将……”），不是本年度目标"
    if re.search(r"投资商为|正在洽谈|洽谈中", sentence):
        # "大东沟村铅矿开发项目，投资商为崔成方，年产矿石5000吨，……正在洽谈中" (上谷乡 2008)
        return "是单个在谈项目的规模（如“……项目，投资商为……，正在洽谈中”），不是目标"
    if re.search(r"发挥[^。；]*$", sentence[: q.start()]) and re.match(r"[^。；]*?的(?:优势|作用)", after):
        # "充分发挥二公司年产仔猪80万头，……年出栏商品猪30万头的优势" (上谷乡 2008): what they can do now
        return "是现有的能力、优势（如“发挥……年产仔猪80万头……的优势”），不是目标"
    if q["unit"] == "个" and re.search(r"(?:[\u4e00-\u9fff]{2,6}、){2,}[\u4e00-\u9fff]{2,6}等$", part) and re.match(
            r"(?:村|乡镇|乡|镇|社区|街道|县)", after):
        # "重点辐射带动上谷、佟家院、……、赵家沟等10个村" (上谷乡 2008): the villages just named, counted
        return "是所列名称的个数（如“上谷、佟家院……等10个村”），不是目标"
    if q["unit"] == "%" and re.search(r"(?:^|[，：])(?:这几个|这些|上述)[^，；。\d]{0,16}?占[^，；。\d]{2,12}的?$", part) and not re.search(
            r"达到|力争|确保|提高到|以上|不低于", part):
        # "这几个县区建设任务占全市总任务的69%" (通辽 2018): the share of the work the places just named take
        return "是前面所说的几处所占的份额（如“这几个县区建设任务占全市总任务的69%”），不是目标"
    if re.search(r"(?:今后|以后|此后)[^，。；]{0,6}以每年$", part) and re.match(r"[^，。；]{0,6}的速度", after):
        # "今后将以每年20万亩以上的速度推进造林绿化进程" (围场 2018): the pace of the years after this one
        return "是今后每年的推进速度，不是本年度目标"
    if q["unit"] in ("个", "家", "户") and re.search(r"范围(?:为|是|包括)$", part):
        # "（按照国家安排，我省“三区”范围为89个集中连片特殊困难县）" (云南 2016)
        return "是范围（如“三区”范围为89个……县），不是目标"
    if q["unit"] in ("个", "家", "户") and re.search(r"(?<![成作认])为$", part) and re.match(
            r"[^，；。\d]{0,8}?(?:县|乡|镇|村|企业|户|学校)[^，；。\d]{0,2}?(?:培养|培训|提供|选派|开展|解决)", after):
        # "每年为89个贫困县培养178名本土科技服务人员" (云南 2016): whom the work serves
        return "是服务的对象（如“每年为89个贫困县培养178名……”），不是目标"
    if q["unit"] in CAPACITY_UNITS and re.match(r"级[\u4e00-\u9fff]", after) and not re.search(
            r"(?:打造|建成|建设|形成|达到)$", part):
        # "加快北方稀土（集团）公司10万吨级轻稀土冶炼分离生产线建设" (包头 2024): the line's class
        # (not "打造10万吨级白酒基地" (交城 2021): the scale of the base to be built)
        return "是项目的规模（如“10万吨级轻稀土冶炼分离生产线建设”），不是目标"
    if q["unit"] == "%" and TAX_RATE_BEFORE.search(part):
        return "是税率（如“企业所得税减按15%征收”），不是目标"
    if BOILERPLATE_BEFORE.search(part) or (q["unit"] == "篇" and COMPILATION_BEFORE.search(part)):
        return "是范文网站的导语（如“下面是小编收集整理的……4篇”“工作计划汇编（5篇）”），不是目标"
    # "科技厅组织召开座谈会，9市科技局、……10家工作站等单位共28人参加会议": who called the
    # meeting is in an earlier clause; only a word of the count's own clause sends them
    own_clause = re.split(r"[，；。：！？]", part)[-1]
    if ATTENDANCE_AFTER.match(after) and not ATTENDANCE_BREAK.search(own_clause):
        return "是参加会议的单位、人数（如“全县23个乡镇管理区……参加会议”），不是目标"
    if (
        q["unit"] in ("名", "人", "位")
        and ACTORS_OPEN.fullmatch(own_clause.strip())
        and not VERB_BEFORE_OBJECT.search(own_clause)  # "选派2000名科技特派员深入…" counts whom it sends
        and ACTORS_AFTER.match(after)
    ):
        return "是开展工作的人员（如新闻标题“1200名科技特派员开展服务”），不是目标"
    if (
        # "近百所高校院所科协、200多个市级学会以及1000余家企业、园区科协将开展…科普主题活动" (北京 2025):
        # bodies counted roughly, who will carry the work out
        q["unit"] in ("个", "家", "所")
        and (re.search(r"[余多]", q.group()) or own_clause.endswith("近"))
        and not VERB_BEFORE_OBJECT.search(own_clause)
        and ORGS_AS_ACTORS_AFTER.match(after)
    ):
        return "是开展工作的单位（如“200多个市级学会……将开展科普活动”），不是目标"
    if (
        # "北京16个区分别举办区域主场活动": each of the places does it, the count is their number
        q["unit"] == "个" and re.match(r"^(?:区|县|市|县区|区县|县（市、区）|乡镇|街道)(?:分别|各自|均|都)", after)
    ):
        return "是分别开展工作的地区数（如“16个区分别举办……”），不是目标"
    if SPEAKERS_AFTER.match(after) and not ATTENDANCE_BREAK.search(own_clause):
        return "是发言的人数（如“14个县市区委书记表示，……”），不是目标"
    if q["unit"] in ("名", "人", "位") and ELECTED_BEFORE.search(part):
        return "是会议选举、任免的人数（如“补选镇政府副镇长1名”），不是目标"
    if sessions_held(here_clause(part, q, after)):
        return "是举办培训、会议的场次（措施的工作量，如“分县市区举办5场专场培训”），不是目标"
    if q["unit"] in ("位", "名") and BOTTOM_RANK_BEFORE.search(part) and BOTTOM_RANK_AFTER.match(after):
        return "是按排名处置的对象（如“排名后两位的高新区将被约谈”），不是目标"
    if not re.split(r"[，；。：！？]", part)[-1].strip() and WHOLE_OF_PARTS_AFTER.match(after):
        return "是其后分项所属的总数（如“5.5亿元全县科技经费中，研究与发展经费2.5亿元”），不另记目标"
    if q["unit"] in ("个", "项", "条") and INDICATORS_COUNTED.search(re.split(r"[，；。：！？]", part)[-1]):
        return "是文件所列指标的个数（如“定量指标一共有8个，包括……”），不是目标"
    if (q["unit"] == "部" and after.startswith("门")) or (
        q["unit"] == "个" and ISSUERS_AFTER.match(after)
    ):
        return "是发文、参与的部门数（如“科技部等14部门联合印发”），不是目标"
    if listed_count(part, after, q) or named_after_count(after, q):
        return "是所列各项的个数（如“抓好甲、乙、丙3家”“聚焦研发投入、高企培育2项核心指标”），不是目标"
    if q["unit"] in ("万元", "亿元") and (cls := PLACES_BY_AMOUNT_AFTER.match(after)) and (
        re.match(r"(?:要|将|力争)?(?:达到|达|为|超过|突破|增加到|发展到)?\d+(?:个|家|户|所)", after[cls.end() :])
        or re.search(r"(?:少于|低于|不足|不到)$", part)
        # ("全面消除集体经济收益5万元以下的“薄弱村”" (商洛 2023): the class to be done away with)
        or re.search(r"(?:消除|取消|清零|消灭)[^，；。\d]{0,10}$", part)
    ):
        # "公共财政预算收入过1亿元的乡镇(街道)要达到20个", "取消……少于1000万元的乡镇" (聊城 2015): the
        # amount that sorts the towns or villages counted, not a target of its own
        return "是按金额划分的一类乡镇、村或企业的门槛（如“收入过1亿元的乡镇要达到20个”），不是目标"
    # "100家以上高新技术企业": a count of the noun itself, never the noun's size threshold
    counted_itself = q["unit"] in ("家", "个", "所", "座", "户") and not after.startswith("的")
    if q["unit"] and q["qual"] in ("以上", "以下") and not counted_itself and (
        THRESHOLD_AFTER.match(after) or THRESHOLD_SHARE_AFTER.match(after)
    ) or (
        # "新增亿元企业1家、5000万元企业1家": a class of firms named by their size, then counted
        q["unit"] in ("万元", "亿元") and re.match(r"^(?:级)?(?:企业|项目)\d", after)
    ) or (
        # "引进5亿元、10亿元以上项目责任制" (石家庄 2016): thresholds listed, 以上 said once
        q["unit"] in ("万元", "亿元")
        and re.match(r"^、[\d.]+(?:亿元|万元)(?:及)?以上的?[^，；。\d]{0,8}?(?:项目|企业)", after)
    ) or (
        # "培育一批产值百亿元以上的农产品加工园区": the size of what is counted by 一批
        q["unit"] in ("万元", "亿元")
        and q["qual"] == "以上"
        and re.search(r"一批[^，；。\d]{0,8}$", part)
        and re.match(r"^的[^，；。\d]{0,12}?(?:园区|企业|项目|基地|集群|产业|工程|单位)", after)
    ):
        return "是统计范围的门槛（如“1000万元以上的项目”），不是目标"
    if re.search(r"在[^，；。]{0,40}等$", part) and re.match(r"[^，；。\d]{0,10}?(?:领域|方面|行业)", after):
        return "是说明范围的领域数（如“在盐湖化工、生态保护等10个重要科技创新领域集成科技资源”），不是目标"
    if (
        q["unit"] == "%"
        and RESTATED_GOAL_AFTER.match(after)
        and re.fullmatch(r"\s*(?:而|但|且|这|该|那么)?", re.split(r"[，；。：！？“”]", part)[-1])
    ):
        # "8.5%的增速与郑州市的潜在增长率基本吻合" (郑州 2018): the goal stated before, now the subject
        return "是对已定目标的评说（如“8.5%的目标有助于……”），不是另一个目标"
    if (
        q["unit"] not in COUNT_UNITS
        and TECH_TACKLED_BEFORE.search(re.split(r"[，；。：！？]", part)[-1])
        and TECH_LIST_AFTER.match(after)
        and re.search(r"等[^，；。]{0,8}?(?:技术|产品|装备|成果|难题)", after)
    ):
        # "重点攻克超千万亿次高性能计算机、5兆瓦以上大功率风力发电、…等一批核心技术" (天津 2010)
        return "是所攻关技术的参数（如“5兆瓦以上大功率风力发电”），不是目标"
    if q["unit"] in LARGE_MONEY and re.match(r"^的[^，；。\d]{2,16}?项目", after) and (
        re.search(r"(?:利用|依托|借助|整合)(?:[^，；。]{0,30}?(?:和|及|与|、))?$", part)
    ):
        # "充分利用6000万元的土地综合整治项目和170万美元的世行贷款项目做好…" (大羊 2011): the money
        # of projects the work draws on
        return "是所依托项目的资金规模（如“利用6000万元的土地综合整治项目”），不是目标"
    if q["unit"] in ("万元", "亿元") and re.match(r"^(?:以上|级)?(?:的)?(?:大|重大|产业|工业)?项目上", after):
        # "力争在10亿元项目上再求突破" (张庄 2022): a class of projects by size, not an amount
        return "是项目规模的门槛（如“在10亿元项目上再求突破”），不是目标"
    if re.search(r"(?:户均|人均|每户|亩均)[^，；。\d]{0,4}$", part) and re.match(r"(?:以上|以下)?的[^，；。\d]{2,12}?\d", after):
        # "培育户均种烟20-50亩的职业烟农2000户以上" (卢氏 2016): what makes one of those counted
        return "是对所计对象的界定（如“户均种烟20-50亩的职业烟农”），不是目标"
    if re.search(r"(?<![可所加予足难得用])以(?:提升|建设|打造|推进|发展)?[^，；。以]{0,12}$", part) and re.match(
        # ("以50万亩高标准粮田防护林建设工程、生态廊道网络建设工程、……为重点" (商水 2016): a long list)
        r"[^，；。]{0,60}?为(?:重点|核心|抓手|载体|支撑|契机|龙头|引领|突破口|节点|依托|主体|骨干)", after
    ):
        # "以提升10万亩粮食高产稳产高效综合示范基地建设为重点，建成高标准农田10万亩" (崇州 2015): what
        # the work centres on, said before the work's own figures ("要完善以200个省级中心镇为节点的小城镇、
        # 中心村布局" (浙江 2015): what a layout is built on)
        return "是“以……为重点”里的说明，不是目标"
    if (q["unit"] or "").endswith("亩") and re.search(r"\d+个$", part) and re.match(r"[\u4e00-\u9fff“]{2,}", after):
        # "建设4个10万亩产村相融新村建设基地" (崇州 2015): the size of each of the things counted
        return "是每个所计对象的规模（如“4个10万亩……基地”），不是目标"
    if re.search(r"包括[^。；：]*$", part) and re.match(r"[^。；]*?等(?:指标|方面)", after):
        # "生态文明，包括占全球种群数量1%以上的水鸟物种数、森林覆盖率等指标" (崇明 2020): the names of
        # the indicators an index is made of
        return "是所列指标名称里的数（如“包括……1%以上的水鸟物种数……等指标”），不是目标"
    if q["unit"] == "个" and re.match(r"(?:设区市|地级市|省辖市|地市|市州|市（州）)", after):
        # "江西11个设区市今年如何落子布局" (南昌 2026), "河南17个地级市人代会集中开幕" (郑州 2023)
        return "是所涉及地方的个数（如“江西11个设区市”），不是目标"
    if re.search(r"(?:较|比)(?:上年|去年|上一年)$", part) and re.match(r"的(?:目标|预期目标|目标增速|增长目标)", after):
        # "……增速目标明确为6.5%，较上年7.5%的目标增速有所下调" (安阳, in 郑州 2023): last year's goal
        return "是上年的目标（用来比较），不是本年度目标"
    if q["unit"] == "岁" and re.match(
        r"(?:及)?(?:以上|以下)?的?[^，；。\d]{0,10}?(?:儿童|老人|老年人|女孩|女性|妇女|青少年|人群|人口|学生|婴幼儿|患者|托班|幼儿)", after
    ):
        # "0-6岁孤独症谱系障碍儿童数字疗法干预项目" (琼海 2026): the ages of those a service is for
        return "是所服务人群的年龄（如“0-6岁儿童”），不是目标"
    if (
        (q["unit"] or "").endswith(("人", "户", "名"))
        and re.search(r"(?<!力争)(?<!确保)(?<!争取)(?<!目标)惠及(?:全[省市县区])?[^，；。\d]{0,8}$", part)
    ):
        # "项目涉及……18个乡镇，惠及农民10余万人" (兰州 2014), "惠及4.9萬農牧民" (科左中旗 2011):
        # whom a work reaches, its scope
        return "是受益范围（如“惠及农民10余万人”），不是目标"
    if re.search(r"(?:涉及|涵盖)(?:全[省市县区])?(?:\d+(?:\.\d+)?[^，；。\d]{1,6}、)+$", part):
        # "中部干旱带涉及全区8个县、142万人口" (宁夏 2012): the rest of what a zone takes in
        return "是所涉及的范围（如“涉及全区8个县、142万人口”），不是目标"
    # (not a count of plans: "编制完成3996个发展类村庄规划" (甘肃 2022))
    if re.match(r"^[^，；。\d]{2,12}?(?:规划|纲要)(?:[，；。]|$)", after) and not re.search(r"(?:规划|纲要)[^，；。]{0,6}$", part) and not (
        q["unit"] in ("个", "部", "项", "份") and re.search(r"(?:编制|编制完成|完成|制定|修编)$", part)
    ):
        # "围绕实现旱作农业区新增50亿斤粮食生产能力规划" (甘肃 2011): a figure in a plan's name
        return "是规划名称里的数（如“新增50亿斤粮食生产能力规划”），不是目标"
    if (
        # ("牢牢抓住300万辆整车扩能工程": a capacity names it too)
        q["unit"] in ("亩", "万亩", "公顷", "万公顷", "万辆", *CAPACITY_UNITS)
        and re.search(r"(?:实施|推进|启动|抓住|抓好)(?:[^，；。]{2,30}?(?:和|、))?$", part)
        and re.match(r"^[^，；。\d]{2,20}?(?:和\d[^，；。]{0,30}?)?工程(?:建设)?(?:[，；。]|$)", after)
    ):
        # "继续实施1000万亩全膜双垄沟播玉米和1000万亩马铃薯脱毒种薯种植工程" (甘肃 2011): a
        # programme named by its size
        return "是工程名称里的规模（如“实施1000万亩……种植工程”），不是目标"
    if re.search(r"、\s*$", part) and PROGRAMME_LISTED_AFTER.match(after):
        # "实施粮油高产创建工程、…、1000万亩节水农业工程、…“五大工程”" (辽宁 2012): a programme's name
        return "是所列工程名称里的规模（如“……、1000万亩节水农业工程、……“五大工程””），不是目标"
    clauses = re.split(r"[，；。：！？]", part)
    if re.search(r"(?:(?<![人英奇天帅专])才|仅|仅有|只有)$", clauses[-1]) or (
        len(clauses) >= 2
        and AFTER_EVENT.search(clauses[-2])
        and not re.search(r"力争|确保|争取|要|将|计划|目标", clauses[-1])
    ):
        # "电站建成后，我镇耕地面积缩减到6700亩，人均才0.25亩" (拓口 2018): how things stand, and
        # what a finished work leaves, not targets
        return "是现状的描述（如“电站建成后，耕地面积缩减到6700亩，人均才0.25亩”），不是目标"
    if re.search(r"(?:为|为了)(?:确保|保证|实现|完成)$", part) and re.match(r"^(?:的)?(?:这一|这个|该)(?:目标|任务)", after):
        # "为确保3.99万亩这一目标完成" (承德县 2017): the target named just before, taken up again
        return "是对已定目标的复述（如“为确保3.99万亩这一目标完成”），不是另一个目标"
    if (
        (scope := re.search(r"在[^，；。\d]{0,12}$", re.split(r"[，；。：]", part)[-1]))
        and re.match(r"^[^，；。\d]{0,8}?中[，,]", after)
        # (not "在今年内我省新增10000家科技型中小企业中，国家级的将达到2000家": the new ones, then 其中)
        and not NEW_WORDS.search(scope.group())
    ):
        # "在全力推进的300个项目中，新开工项目140个" (牡丹江经开区 2014): the set the next figures are of
        return "是说明范围（如“在……的300个项目中”），不是目标"
    if re.search(r"(?:^|[，；。：“])\s*随着[^，；。：]*$", part):
        # "随着上海汽车60万辆乘用车基地…等项目建成投产" (郑州 2018): the circumstance, not a goal
        return "是背景说明（“随着……”），不是目标"
    if (
        q["unit"] in ("项", "条", "个")
        and re.match(r"(?:目标任务|重点任务|工作任务|项目标任务)", after)
        and re.search(r"(?:将|把|对|要求)$", part)
    ):
        # "将156项目标任务抓早抓实抓细" (梁平 2021): the tasks a document hands out, counted
        return "是文件的措施、方面条数，不是目标"
    if re.match(r"^[^，；。！？]{0,60}?(?:参加|出席|参会|与会|列席)(?:了)?(?:会议|大会|培训|活动)?[。，；！]", after):
        # "…大门等5个乡镇的分管领导、农业服务中心人员共计110余人参加。" (秦州 2014): who attended
        return "是会议的参加人员、单位，不是目标"
    if (
        re.search(r"[多余]", q.group())
        and re.search(r"(?:加强|强化|规范|做好)(?:对)?$", part)
        and re.match(r"^[^，；。\d]{1,12}?(?:管理|监管|服务|培训|考核)(?=$|[，；。])", after)
    ):
        # "加强60多名安全网格员管理" (益都 2018): the people there are, roughly counted, to be managed
        return "是现有人员、单位的约数（工作的对象），不是目标"
    if q["unit"] in ("人", "名") and ATTENDANCE_BEFORE.search(part):
        # "大会应到代表331人,实到代表308人,符合法定人数" (商洛 2018): a congress's quorum
        return "是会议的应到、实到人数，不是目标"
    if q["unit"] == "条" and re.match(r"(?:意见|措施|举措|政策|规定|办法|细则)", after):
        return "是文件的条数（如“落实促进民营经济发展的55条意见”），不是目标"
    if (
        STRUCTURE_AFTER.match(after)
        # ("完成1.5万户定居任务" (新疆 2011): households settled are no count of tasks)
        and q["unit"] not in ("元", "万元", "亿元", "%", "户", "万户", "人", "万人", "人次", "万人次", "亩", "万亩")
        # ("完成…300公里河道清淤任务" (宁波 2014): a length, an area or a weight of work done)
        and q["unit"] not in ("公里", "千米", "米", "万米", "吨", "万吨", "平方米", "万平方米", "公顷", "万公顷")
        and not UNITS_WORKED_ON.match(after)  # "完成406个重点村建设任务" (石家庄 2016)
        # ("完成…培育4家、…入库12家的任务": firms are no count of tasks)
        and not (
            (TASK_DONE_BEFORE.search(part) or q["unit"] in ("家", "名", "人", "件"))
            and TASK_OF_AFTER.match(after)
        )
    ) or (
        q["unit"] in ("项", "个", "条", "大") and STRUCTURE_HEAD.match(after)
        # (not "完成3-5个省级开发区的扩区调位工作" (四川 2012): the count is of the units worked on)
        and not UNITS_WORKED_ON.match(after)
    ) or (
        # (not "实施总投资35亿元的80项城建重点工程" (五莲 2013): scores of works are built, a plan's
        # programmes are a handful)
        q["unit"] in ("项", "大") and PROGRAMME_HEAD.match(after) and not _works_counted(q)
    ) or (
        q["unit"] in ("项", "个", "大", "条")
        and PROGRAMME_VERB_BEFORE.search(part)
        and PROGRAMME_PLAN_HEAD.match(after)
        # ("实施30项以上县市创新引导计划" (河南 2018): projects funded, too many for a plan's programmes)
        and not (q["unit"] == "项" and _works_counted(q))
    ) or (
        # "市科协实施的三项惠农行动是，A、B、C": the count of what is listed after it
        q["unit"] in ("项", "个", "大", "条", "件")
        and re.match(
            # ("必须准确把握好5个方向性问题:一是…" (云南 2015): the items listed after the colon)
            r"^[^，；。：\d]{1,10}?(?:是|为|包括)[，：:]|^[^，；。：\d]{1,10}?[：:]\s*(?:一是|第一|（一）|1[.．、])", after
        )
    ):
        return "是文件的措施、方面条数，不是目标"
    if q["unit"] == "期" and (
        # ("加速推进……金域蓝城三期商住小区两个市级重点建设项目" (哈西 2016): a housing estate's phase)
        re.match(r"^(?:工程|项目|建设|扩建|改造|商住|住宅|小区|厂房|标准厂房)", after)
        or re.search(r"(?:项目|工程|园区|产业园|基地)$", part)  # "小麦产业项目二期1.2万亩" (新驿 2013)
    ):
        return "是工程、项目的名称（如“综合港区二期工程”），不是目标"
    if re.match(r"(?:及)?(?:以上|以下)的(?:县|市|区|县区|县市区|乡镇|镇|乡|村|企业|合作社|园区)[，,]", (q["qual"] or "") + after):
        # "生产面积10万亩以上的县，至少建立一个5000亩以上的……产业园区" (凉山 2017): which places the rule is for
        return "是名称里的门槛（如“生产面积10万亩以上的县，至少建立……”），不是目标"
    if re.search(r"(?:低于|高于|超过|超出|好于)(?:控制|预期|年度|全年|计划)?(?:目标|指标)(?:值)?$", part):
        # "居民消费价格涨幅低于控制目标2.1个百分点" (淮南 2025): how far a result is from its goal
        return "是与目标相比的差距（如“低于控制目标2.1个百分点”），不是目标"
    if q["unit"] == "%" and re.search(r"的(?:指标|目标)(?:数)?占(?:比)?(?:为|达)?$", part):
        # "规划纲要提出了……36项主要指标，其中涉及民生福祉和生态文明的指标占70%" (江西 2020): how the plan's
        # indicators are made up
        return "是指标构成的比例（如“涉及民生福祉的指标占70%”），不是目标"
    if re.search(r"(?:^|[，。；：])\s*(?:全[乡镇县区市]|该[乡镇县区市])?(?:下辖|共辖|辖)(?:区)?(?=\s*\d|[^，。；\d]{0,6}\d)", sentence[: q.start()]) and not (
        re.search(r"力争|确保|目标|计划", sentence[: q.start()])
    ):
        # "上坪寨乡位于……，辖13个行政村，1个居委会，98个自然寨，……7106户" (上坪寨 2018): the place's make-up
        return "是地方概况（如“辖13个行政村，1个居委会”），不是目标"
    if re.search(r"(?:特别|尤其)是$", part) and not re.match(r"[^，；。]{0,16}?(?:要|将|力争|确保)", after):
        # "……返贫致贫风险高，特别是11个脱贫县发展基础薄弱" (凉山 2027): which ones are meant, described
        return "是所说对象的范围（如“特别是11个脱贫县……”），不是目标"
    if re.search(r"(?:缺口|差距|短缺)(?:在|为|达|约)?$", part):
        # "冬春季明显不足，缺口在200万吨左右" (吉林 2011): what is short, not a goal
        return "是缺口（需求与供给之差），不是目标"
    if re.search(r"(?:比|较)(?:上年|去年)[^，。；\d]{0,6}?目标(?:高|多|增加|提高)$", part):
        # "粮食产量目标为……500亿斤左右，比上年生产目标高10.4亿斤" (辽宁 2024): how two years' goals differ
        return "是与上年目标的差（如“比上年生产目标高10.4亿斤”），不是目标"
    if q["unit"] in ("个", "大") and re.match(r"^(?:个)?(?:方面|方向|领域|环节)(?:的|上)", after):
        # "明确了5个方向的着力重点" (山东 2020): how many aspects the work covers
        return "是工作的方面数（如“5个方向的着力重点”），不是目标"
    if re.search(r"(?:这|其|约|大体|大约|基本)*相当于$", part) and q["unit"] != "%":
        # "计划新增造林28.4万亩，这大体相当于27.8个奥森公园" (北京 2019): a comparison, not a second target
        return "是换算或比方（如“相当于27.8个奥森公园”），不是目标"
    if q["unit"] in ("人", "户") and re.match(r"^制", after):
        return "是名称的一部分（如“3人制篮球场”），不是目标"  # (黔东南 2024)
    if q["unit"] == "户" and re.match(
        r"^(?:及)?以上的?[^，；。\d]{0,8}?(?:村寨|村庄|自然村|行政村|(?<![农乡])村(?![级民])|小区|社区)", (q["qual"] or "") + after
    ):
        # "完成超230个50户以上木质房屋连片村寨常高压给水管网建设" (黔东南 2024): which villages are meant
        return "是名称里的门槛（如“50户以上木质房屋连片村寨”），不是目标"
    if q["unit"] in ("米", "公里", "千米") and re.match(r"^(?:服务)?半径", after):
        return "是名称里的距离（如“公园绿地500米半径覆盖率”），不是目标"
    if q["unit"] in ("条", "个", "章", "节") and DOCUMENT_PARTS_BEFORE.search(part) and re.match(r"^(?:[，；。]|$)", after):
        return "是文件的章节、条款数（如“《实施方案》共5章22条”），不是目标"
    if (not q["unit"] or q["unit"] in AREA_UNITS) and THRESHOLD_IN_NAME.match(
        q.group()[len(q["value"]) :] + after if q["unit"] else after
    ):
        return "是名称里的门槛（如“3000平米众创空间20家”），不是目标"
    if (
        q["unit"] not in ("家", "个", "户", "所", "项", "名", "人", "处")  # counts of what it serves
        and FACILITY_SIZE_AFTER.match(after)
        and re.search(r"包括|包含|建设|建有", part)
    ):
        return "是所建设施的规模（如“包括4500平方米的蔬菜塑料大棚区”），不是目标"
    # (not "在保持蔬菜占地稳定在100万亩的基础上" (邯郸 2011): a level to be kept is a target)
    if (re.search(r"(?<!稳定)(?<!保持)在(?![^，；。\d]*(?:稳定|保持)在)[^，；。\d]{0,12}$", part) and re.match(r"^的?(?:现有)?基础上", after)) or (
        # "在去年实现工业开票销售收入69.6亿元、完成工业增值税2.34亿元的基础上，力争……": each of a past
        # base's figures (not "在完成177万亩高标准农田建设任务的基础上": this year's task, then more)
        (base_open := re.search(r"(?<![现存所正实内自])在(?![建线岗校])[^，；。：！？]{0,60}$", part))
        and (base_close := re.match(r"^[^，；。：！？]{0,60}?的(?:现有)?基础上", after))
        and re.search(r"去年|上年|前年|上一年|过去|已经?|(?:19|20)\d\d年", base_open.group() + base_close.group())
    ) or (
        # "将在扩大发展……千亩海椒、2000余亩青菜、……等五大种植业的基础上，重点……": a list within the base
        re.search(r"在[^，；。：]{0,60}$", part) and re.match(r"^[^，；。：]{0,60}?等[^，；。：]{0,12}的(?:现有)?基础上", after)
    ):
        return "是比较的基数（如“在1.7万亩的基础上，新发展……2000亩”），不是目标"
    if (
        re.search(r"年(?:产|组装|加工|处理|生产|屠宰|出栏)$", part)
        # ("推动江达60万只铝合金旋压轮圈等4个新建项目年内建成投产" (九龙园区 2019): a firm's output
        # named before what it makes)
        or (q["unit"] in CAPACITY_UNITS + ("万只", "万件", "万台", "万套") and re.match(r"^[\u4e00-\u9fff]{2,12}等\d", after))
        # ("实施宇通2万辆客车扩产和5000台客车专用车新建项目、日产第二工厂一期工程等30个重点项目" (河南 2011))
        or (
            q["unit"] in CAPACITY_UNITS + ("万只", "万件", "万台", "台", "万套", "套", "万辆", "辆")
            and re.match(r"^[\u4e00-\u9fff]{2,12}?(?:扩产|扩能|新建|技改|扩建|改扩建)?(?:项目|工程)?(?:和|、)", after)
        )
    ) and NAMED_PROJECTS_AFTER.match(after):
        return "是所列项目名称里的产能（如“年产1.5万吨预制菜等12个重点项目”），不是目标"
    if re.search(r"总投资$", part) and re.match(r"^的", after) or (
        # "确保投资20亿元的土耳其佐鲁高档家纺和冰箱项目、投资2亿欧元的圣戈班北方工业园……签约落地"
        # ("搞好泰龙食品投资5000万元的土豆淀粉生产项目扩规建设" (大羊 2011): a firm's project)
        re.search(r"(?:^|[，、：；]|确保|推动|促进|加快|力促|争取|新发展|发展|引进|新上|搞好|抓好|做好)(?:[\u4e00-\u9fff]{2,6}?)?投资(?:额)?$", part)
        and re.match(r"^(?:欧元|美元|港元|日元)?(?:以上)?的[^，；。\d]{2,30}?(?:项目|工业园|产业园|园区|基地|工厂|生产线)", after)
    ) or (
        # "总投资约163亿元的…项目、30亿元的蛋氨酸项目、15亿元的离子膜烧碱项目等" (安庆 2013): the list
        # goes on with the next projects' sizes, 总投资 said once
        q["unit"] in ("万元", "亿元")
        and re.search(r"总投资[^，；。]{0,4}?\d[^，；。]{0,40}?项目、(?:[^，；。、]{0,40}?项目、)*$", part)
        and re.match(r"^的[^，；。\d]{2,30}?项目", after)
    ):
        return "是所列项目的投资规模（如“总投资10.1亿元的……项目”），不是目标"
    if (
        q["unit"] in ("个", "项")
        and re.search(r"[、][^，；。]{2,30}?等$", part)
        and (
            re.search(r"\d", part.split("，")[-1])
            # "2016年我市将有40个重点旅游项目计划列入市级调控，主要包括……等7个传统文化类项目；……等12个生态
            # 休闲类项目；……" (镇江 2016): the kinds the total is made of
            or re.search(r"\d+\s*个[^，；。\d]{0,20}?项目[^。]*?(?:主要)?包括", lead_in + sentence[: q.start()])
        )
        and re.match(r"^[^，；。\d]{0,6}项目", after)
        # (not "抓好28条新建市政道路、15个供水工程等331个年度城建项目建设" (西咸 2025): the items are
        # counts of their own, the total after 等 is the whole)
        and not re.search(r"\d+(?:条|个|座|家|所|处)[^，；。、\d]{2,12}等$", part)
    ):
        return "是所列项目的个数（如“……年产1.5万吨预制菜等12个重点项目”），不是目标"
    # (not a rate of grading: "烟叶收购等级合格率80%以上、综合等级纯度90%以上")
    if re.search(r"(?:等次|等级|档次|名额)(?![^，；。\d]*(?:率|纯度))[^，；。\d]{0,6}$", re.split(r"[，；。：！？]", part)[-1]):
        return "是考核等次的名额（如“优秀等次不超过3个”），不是目标"
    if PARTS_LISTED_BEFORE.search(part) and PROGRAMMES_COUNTED.search(sentence[: q.start()]):
        return "是所列专项、工程的构成（如“实施18个重大科技专项……包括107个重点技术方向”），不是目标"
    if re.search(r"在(?:全国|全省|全市|全区|同类)?(?:的)?$", part) and RANKED_AMONG_AFTER.match(after):
        return "是参加排名、评价的总数（如“在全国169家国家高新区综合评价中排名进入前50位”），不是目标"
    if q["unit"] == "个" and COVERED_PLACES_AFTER.match(after):
        return "是要全覆盖的地方的个数（如“实现150个行政村科技服务全覆盖”），不是目标"
    if q["unit"] == "个" and PLACES_SCOPE_BEFORE.search(part) and PLACES_AFTER.match(after):
        return "是所涉及地方的个数（如“向58个县派遣”“其余48个县”），不是目标"
    if q["unit"] == "个" and PLACES_OF_A_RATE_AFTER.match(after):
        # "14个预脱贫县产业覆盖贫困户率达80%以上": the places the rate is measured over
        return "是比率所涉及地方的个数（如“14个预脱贫县产业覆盖贫困户率达80%”），不是目标"
    if q["unit"] in ("个", "家") and re.search(r"(?:涉及|分解到|分解给)$", part) and re.match(r"^[^，；。\d]{0,6}?(?:单位|部门)", after):
        # "……任务分解明确133项具体任务，涉及34个牵头单位": the offices the tasks are given to
        return "是任务所涉及单位的个数（如“涉及34个牵头单位”），不是目标"
    # ("以90个粮食主产县和48个产油大县为重点": each of the listed ones)
    if re.search(r"以(?:\d+(?:\.\d+)?[^，；。\d]{1,14}?[和、及与])*$", part) and FOCUS_AFTER.match(after):
        return "是工作所依托、聚焦的对象（如“以146家龙头骨干企业为重点”），不是目标"
    if q["unit"] in ("个", "家", "座", "所", "处") and SITE_BEFORE.search(part):
        return "是列举的某一处地方所建的个数（如“即在某乡建设1个示范基地、在某镇建设1个……”），不是目标"
    if q["unit"] in ("个", "家", "座", "所", "处") and GATHER_BEFORE.search(part) and GATHER_AFTER.match(after):
        return "是所要集中到的地方的个数（如“引导龙头企业向2个加工园区聚集”），不是目标"
    if ISSUED_NOW_BEFORE.search(part) and ISSUED_DOCUMENTS_AFTER.match(after):
        return "是这次出台的文件的个数（如“此次出台的10个专项方案”），不是目标"
    if POLICY_TERMS_AFTER.match(after):
        return "是政策的条款（如“科技支出比例分别不低于3%、2%的投入政策”），不是目标"
    if q["unit"] in ("元", "万元", "亿元") and SOME_SIZED_BEFORE.search(part):
        return "是“若干家”的规模门槛（如“打造若干家产值超过百亿元的企业集团”），不是目标"
    if q["unit"] in ("个", "家", "座", "所", "条") and ONE_OF_AFTER.match(after):
        return "是所要加入的一组的个数（如“成为全省6个试点县之一”），不是目标"
    if SUB_AREA_HEAD.match(part.strip()):
        return "是市内园区的目标（如“自创区内园区技工贸总收入达到2700亿元”），不是本地的总目标"
    clause = re.split(r"[，；。：！？]", sentence[: q.start()])[-1]
    here = re.split(r"[，；。：！？]", part)[-1] + q.group() + re.split(r"[，；。：！？]", after)[0]
    if WORK_METHOD_GLOSS.search(part) or STAFFING.search(here) or (
        # "成立……领导小组，成员6人": the members of a group set up for the work
        re.search(r"(?:成员|组成人员|工作人员)(?:共|为)?$", clause) and GROUP_SET_UP.search(sentence[: q.start()])
    ):
        return "是工作方式的人员配置（如“1名局领导带1名中层干部……对口服务指导2个县市”），不是目标"
    each = PER_UNIT_BEFORE.search(clause)
    if FLOOR_FOR_EACH.search(clause) and q["unit"] not in ("元", "万元", "亿元") and (
        FLOOR_BEFORE.search(clause) or FLOOR_AFTER.match(q.group()[len(q["value"]) :] + after)
        or q["upper"]  # ("在每个县(市)试点建设2个~3个": a band for every unit, 海南 2017)
    ):
        each = None  # a floor set for every unit of a class is a target, checked unit by unit
    elif each and re.search(r"(?:按照|按|围绕|对照)$", clause) and re.match(r"的?[^，；。\d]{0,4}目标", after):
        # "要求各乡镇按照8万亩的规划目标，结合实际搞好规划" (郏县 2018): the whole's goal they plan by
        each = None
    elif each and each.group().startswith(("每人", "每名", "每位")):
        return "是对每人的要求（如“每人联系2家企业”），不是本地的总目标"
    # "每名科技特派员每年服务不少于30天，帮扶1—2个农业经营主体": the clauses after a sentence
    # that opens with 每名 are the same person's (unless one turns to the whole: 全县、共、总)
    opening = re.split(r"[；。！？]", sentence[: q.start()])[-1]
    if re.match(r"\s*(?:每人|每名|每位)", opening) and not re.search(r"全[省市县区]|共|总|合计", clause):
        return "是对每人的要求（如“每人联系2家企业”），不是本地的总目标"
    if each or (
        # "财政科技投入强度市本级达到2%，县本级达到1%": the city's own figure, then the counties'
        LOWER_OWN_LEVEL.match(clause.strip()) and "市本级" in sentence[: q.start()]
    ):
        return "是对每个县（市、区）、乡镇的要求，不是本地的总目标"
    if q["unit"] not in ("元", "万元", "亿元") and PER_EACH_BEFORE.search(clause) and each is not None:
        return "是对每个产业、园区、单位各自的要求（如“在每个优势产业至少建立1家”），不是本地的总目标"
    if q["unit"] in ("元", "万元", "亿元") and (
        SUBSIDY_BEFORE.search(clause)
        or (SUBSIDY_TOPIC.search(part) and (SUBSIDY_TOPIC.search(clause) or COPULA_BEFORE.search(clause)))
        or granted(clause, after)
    ):
        return "是资助、补助标准（如“每件资助2000元”“一次性资助6-10万元”），不是目标"
    if q["unit"] == "%" and GRANT_RATE_BEFORE.search(clause) and GRANT_RATE_AFTER.match(after):
        return "是资助、补助的比例（如“按研发投入增量的10%给予奖补”），不是目标"
    if (
        q["unit"] in ("亩", "万亩", "公顷", "平方米", "万平方米", "平米", "平方公里")
        and LAND_BEFORE.search(clause)
        and not LAND_MANAGED.search(clause)
        # ("保持蔬菜占地稳定在100万亩" (邯郸 2011): the crop's area, a level to be kept)
        and not re.search(r"(?:稳定|保持)(?:在)?$", clause)
    ) or (
        q["unit"] in ("元", "万元", "亿元")
        and BUDGET_BEFORE.search(clause)
        and not PROJECTS_COUNTED.search(part[: len(part) - len(clause)])
        and not (PROJECTS_COUNTED_ITEMS.search(part[: len(part) - len(clause)]) and re.match(r"计划投资", clause))
        # ("计划实施农业重点项目20个、计划投资6.9亿元" (武平 2019): the projects' investment, listed with them)
        and not re.search(r"项目\d+(?:\.\d+)?(?:个|项)、[^，；。\d]{0,6}$", clause)
        # ("目前园区各项建设工作正稳定推进,今年计划投资9500万元" (阜阳 2015): the year's investment)
        and not re.search(r"(?:今年|全年|年内|年度|今秋明春|今冬明春|今秋|今冬|明春)计划投资$", clause)
        # ("今年，锦屏县计划投资385万元，在……新建山核桃基地18750亩" (锦屏 2012): the place's, this year)
        and not re.search(r"(?:今年|全年|年内)[，,]\s*[\u4e00-\u9fff]{1,6}?[县市区镇乡旗]计划投资$", part)
        # ("确保今年完成预算投资24900万元的目标" (上甘岭 2017): the investment to be done this year)
        and not re.search(r"完成(?:年度)?(?:预算|计划)投资$", clause)
    ):
        return "是用地面积或经费预算（如“用地1200亩”“经费预算50亿元”），不是目标"
    return ""


# "引导龙头企业向2个农产品加工园区聚集": where things are to gather, not a count to reach
# ("引导创新要素向新一代信息技术、生物、…等六大产业16个高端细分领域聚集" (湖北 2017): a list between)
GATHER_BEFORE = re.compile(r"向\s*$|向[^，。；！？\d]{2,60}?等[^，。；！？\d]{0,10}$")
GATHER_AFTER = re.compile(r"^[^，。；！？\d]{0,14}?(?:聚集|集聚|集中|靠拢|汇聚|转移|延伸)")
# "此次出台的新一轮10个专项方案": the documents a report says were just issued
ISSUED_NOW_BEFORE = re.compile(r"(?:此次|这次|本次|日前|近日)(?:出台|印发|公布|发布)的?[^，。；！？\d]{0,6}$")
ISSUED_DOCUMENTS_AFTER = re.compile(r"^[^，。；！？\d]{0,8}?(?:方案|意见|办法|政策|文件|规划|计划|措施)")
# "落实…科技支出的比例分别不低于3%、2%的投入政策": the terms of a policy carried out
POLICY_TERMS_AFTER = re.compile(
    r"^(?:以上|以下)?(?:[、和][\d.]+%?(?:以上|以下)?)*的[^，。；！？\d]{0,6}?(?:政策|规定|制度)(?=$|[，。；！？])"
)
# "着力打造若干家产值超过百亿元的大企业集团": an unnumbered count's size threshold
SOME_SIZED_BEFORE = re.compile(
    r"若干(?:家|个|户|批)[^，。；！？\d]{0,8}?(?:超过|超|过|达到|达|突破)\s*(?:[\d.]+\s*[万亿]?元、)*\s*$"
)


# a plan for one quarter, by its title: "湖北省荆门市全力冲刺一季度科技创新“开门红”", "2023年一季度工作要点"
QUARTER_PLAN_TITLE = re.compile(r"(?:冲刺|决战|奋战|抓好|打赢)(?P<q>[一二三四]季度)|(?P<q2>[一二三四]季度)(?:工作)?(?:要点|计划|安排|任务)")


def own_quarter(title: str) -> str:
    """Return the quarter a plan's title says it is written for ("一季度"), or ""."""
    m = QUARTER_PLAN_TITLE.search(title or "")
    return (m["q"] or m["q2"]) if m else ""


# a quarterly milestone: "一、二、三、四季度分别完成9%、12%、15%、18%", "每季度完成发明专利30件"
# (unless the whole year is named after it: "按季度调度，全年新增50家")
QUARTER_BEFORE = re.compile(r"(?:(?:[一二三四1-4]、)*[一二三四1-4]季度|每个?季度|第[一二三四1-4]季度)(?!末|初)")
# a work method and its staffing: "采取“11112”方式（即1名局领导带1名中层干部、1名工作人员…对口
# 服务指导2个县市）" — the gloss of a quoted method spells out who goes where, not a target; so
# does a count of people that leads ("带") others
# (not "“五个一百”计划(即:培育100户…、新建100个研发机构…)": a programme's gloss lists its targets)
WORK_METHOD_GLOSS = re.compile(r"[”」』](?:[^，。；（(]{0,4}?(?:方式|模式|工作法|机制|办法|做法|制度))?[（(]即[^）)]*$")
STAFFING = re.compile(r"\d+名[^，。；、\d]{0,10}?带(?:领|队)?\d+名")
GROUP_SET_UP = re.compile(r"(?:成立|组建|组成|设立)[^。；]{0,30}?(?:领导小组|工作专班|专班|工作组|小组|指挥部)")
WHOLE_YEAR = re.compile(rf"全年|{WITHIN_YEAR}|年末|年底|今年")
# a scoring rule of an assessment: "每增（减）1个百分点加（减）0.2分"
# ("每增减5%相应加减0.5分"); the weight of an item ("权重各占50%")
SCORE_STEP_BEFORE = re.compile(
    r"每(?:增减|增|减|提高|降低|增加|减少|多|少)(?:（[增减加]）)?$"
    r"|权重(?:各|均|分别)?(?:占|为|是|达到|达|不低于|不少于|提高到|提高至|提升到|提升至)?$"
    # "研发投入指标在考核中的分值占比为30%", "在县区综合考核中占20%的权重"
    r"|考核[^，；。\d]{0,6}?(?:中|里)?的?(?:分值|权重|得分)(?:占比|比重)?(?:各|均|分别)?(?:占|为|是|达到|不低于|提高到)?$"
)
SCORE_STEP_AFTER = re.compile(
    r"^(?:相应)?(?:加减|加|减|扣|得)(?:（[加减]）)?\d+(?:\.\d+)?分|^的?(?:考核)?(?:权重|分值)"
)
# a firm's measure and the bound on it: "产值过", "年营业收入超过"
# ("国税开票销售超过5000万元": the sales a tax office invoices, 横垛 2008)
_SIZE_BOUND = r"(?:年)?(?:国税|地税)?(?:开票)?(?:产值|营业收入|销售收入|销售额?|主营业务收入|营收|税收|纳税|(?<=年)收入|集体收入|集体经济收入)(?:过|超过|超|达|突破)"
# a threshold after a count, in the name of what is counted: "培育1个产值过50亿元、5个产值过10亿元的…"
THRESHOLD_COUNT_BEFORE = re.compile(rf"\d+(?:个|家|户){_SIZE_BOUND}$")
# a band of firm size that names a class of firms: "年销售收入小于5000万元的高新技术企业",
# "年销售收入在5000万元至2亿元的…", "年销售5000万元以上企业将建立研发中心"
_SALES = r"(?:销售|营业|主营业务|营收)(?:收入|额)?"
_AMOUNT = r"\d+(?:\.\d+)?[万亿]?元"
# (or by R&D spending: "研发投入在1000万元至5000万元之间的企业，按5%给予补助")
_BAND_MEASURE = rf"(?:{_SALES}|(?:研发|R&D)(?:经费)?(?:投入|支出|费用)|研发经费)"
SIZE_BAND_BEFORE = re.compile(
    rf"{_BAND_MEASURE}(?:小于|低于|不足|不到|在|超过|高于|大于|达到|超|达|过)?(?:{_AMOUNT}(?:至|到|-|—|～))?$"
)
SIZE_BAND_AFTER = re.compile(
    rf"^(?:(?:至|到|-|—|～){_AMOUNT})?(?:以上|以下|以内|之间)?的?[\u4e00-\u9fff]{{0,10}}?(?:企业|单位)"
)
SIZE_BAND_IN_NAME = re.compile(
    # "销售收入超亿元企业": the magnitude alone is an amount too
    rf"{_SALES}(?:小于|低于|不足|不到|在|超过|高于|大于|达到|超|达|过)?(?:{_AMOUNT}|[万亿]元)(?:以上|以下|以内)?的?"
    r"[\u4e00-\u9fff]{0,10}?(?:企业|单位)(?=(?:数量|数)?(?:达到|达|突破|超过|增加到|增至)?$)"
)
# what each firm of such a class must reach: "…的高新技术企业，研发投入占销售收入的比例不低于6%"
SIZE_CLASS_REQUIREMENT = re.compile(
    rf"{_SALES}[^，；。\d]{{0,4}}{_AMOUNT}(?:(?:至|到|-|—|～){_AMOUNT})?(?:以上|以下|以内)?的?"
    rf"[\u4e00-\u9fff]{{0,10}}?(?:企业|单位)[，,]?"
    # the firm's own R&D share of its sales, not a rate over the class ("研发机构建有率达到60%")
    r"(?=[^，；。\d]{0,24}$)[^，；。\d率]{0,12}?(?:研发|R&D)[^，；。\d率]{0,12}?(?:占|比例|比重|强度)[^，；。\d率]*$"
)
REQUIRED_FLOOR = re.compile(r"(?:不低于|不少于|不得低于|不应低于|应达到|须达到|要达到)$")
TARGET_CUES_IN_BAND = re.compile(r"力争|确保|争取|目标|新增|净增")
# the size of a project: "搞好年产1000吨大竹河红豆腐常年化加工生产线建设"
CAPACITY_BEFORE = re.compile(r"(?:年产|年产能|年加工|日产|日供水|日处理|年处理|设计产能|年出栏|年存栏|年饲养)(?:达|为)?$")
CAPACITY_AFTER = re.compile(r"^[^，；。\d]{0,20}?(?:生产线|项目|工厂|车间|装置|基地|厂|工程)")
# the size of a work named before what it describes: "建成总长22公里、覆盖20平方公里的骨干道路网络"
PLANNED_AREA_BEFORE = re.compile(r"规划(?:控制|用地)?(?:总)?面积(?:为|约|达)?$")
# ("通惠食品工业园：园区规划面积10平方公里，……，控制面积20平方公里。山地现代农业园：园区总面积300平方公里，
# 其中核心区100平方公里" (綦江 2016): a park's extent in 平方公里, not a year's work)
PARK_EXTENT_BEFORE = re.compile(r"(?:^|[，；：])(?:控制面积|园区总面积|(?:其中)?核心区(?:面积)?)(?:为|约|达)?$")
SIZE_ATTRIBUTE_BEFORE = re.compile(
    r"(?P<joint>、)?(?:库容|总库容|总长|全长|长度|覆盖|覆盖面积|总面积|占地面积|占地|建筑面积|总投资|容量|装机容量)(?:达|为|约)?$"
)
SIZE_OF_THING_AFTER = re.compile(r"^(?:、[^，；。]{1,16}?)?的[^，；。\d]{2,24}")
# a margin over the province's or nation's rate: "规模工业增加值增长8.5%、力争高于全省2个百分点"
ABOVE_HIGHER_LEVEL_BEFORE = re.compile(
    r"(?:高于|高出|快于|领先|超过|超出)(?:全省|全国|全市|全区|省|省里|全州)(?:平均|平均水平|平均增速|增速)?$"
    # ("保持比全国高2个百分点左右的增幅" (福建 2016))
    r"|比(?:全省|全国|全市|全区|全州)(?:平均|平均水平)?(?:高|快|高出)$"
)
# the change of a growth rate just stated: "地区生产总值预期增长7.5%以上，较去年增加1个百分点" (剑阁 2024)
RATE_CHANGE_BEFORE = re.compile(
    r"(?:增长|增速|增幅)[^，；。\d]{0,4}?\d+(?:\.\d+)?%(?:以上|左右)?[，,、]?\s*"
    r"(?:较|比)(?:去年|上年|上年度)(?:同期)?(?:增加|提高|加快|提升|高出|高)$"
)
# "……比重达7.5%,超出认定标准0.3个百分点" (庆元 2018): the margin over a standard
ABOVE_STANDARD_BEFORE = re.compile(r"(?:高于|高出|超过|超出)(?:认定|创建|验收|考核)?标准(?:值|线)?$")
# a rule for the years after: "每年安排专项资金2000万元，并按每年30%的增速逐年递增"
YEARLY_RISE_AFTER = re.compile(r"^的?(?:增速|增幅|幅度|比例|速度)?(?:逐年|每年|年年)(?:递增|增长|增加|提高)")
# a capacity written into a project's name: "推进晶科20吉瓦光伏一体化等下游项目", "3吉瓦光伏智造、
# 国惠集团锂电池等重点项目尽快投产" (the name goes on after the unit, the clause names projects)
CAPACITY_UNITS = ("吉瓦", "兆瓦", "万千瓦", "千瓦", "万吨", "吨", "头", "只", "羽")  # (头: "推动儋州雨润200万头畜产品加工项目建成投产")
# ("抓好100万吨不锈钢、10万吨金属镍、20万吨金属镁项目的开工建设" (营口 2011): capacities listed)
CAPACITY_NAMED_AFTER = re.compile(
    r"^[\u4e00-\u9fff](?<!以)(?:[^，；。\d]|[\d.]+(?=吉瓦|兆瓦|万千瓦|千瓦|万吨|吨|万头|头|万只|只|万羽|羽)){0,40}?项目"
)
# "研发投入过5000万元的企业": a bound on an amount, then the kind of unit it sorts out
# a count broken down by class: "按产业类别划分:", "按行业分类，", "其中按领域分："
BREAKDOWN_OPENER = re.compile(r"^\s*(?:其中[，,]?)?按(?:照)?[^，。；：:\d]{1,10}?(?:(?:划分|分类)[:：，,]|分[:：])")
THRESHOLD_BOUND_BEFORE = re.compile(r"(?:过|超过|超|达)$")
HERD_CLASS_AFTER = re.compile(r"^(?:以上)?的?[\u4e00-\u9fff]{0,4}?(?:户|场|村|嘎查村|合作社)\d")
THRESHOLD_NOUN_AFTER = re.compile(
    # ("积极引进超10亿元、50亿元重大项目": the size of the projects sought, no count)
    r"^(?:以上)?的?(?:重大|重点|大|优质)?(?:企业|项目|单位|园区|工程|产业集群|高新区|开发区|产业园|基地)"
    # ("新增年收入超50万元的经济强村5个" (琼中 2024): villages by their income)
    r"|^(?:以上)?的?(?:经济强村|强村|村集体|行政村|村|嘎查村|合作社|家庭农场)"
    # ("培育一批年产值过50亿元、过百亿元的龙头企业" (湖南 2010): the second bound in words)
    r"|^(?:以上)?、(?:过|超过|超)?(?:[\d.]+|[一二三四五六七八九十百千]+)(?:万|亿)?元(?:以上)?的?(?:重大|重点|大|优质|龙头)?(?:企业|项目)(?![\d.]*\d)"
    # "超过10亿元的科技小巨人企业50家", "超过5亿元的80家": a modifier before the noun, or the count
    r"|^(?:以上)?的(?:[^，；。、\d]{1,8}?(?:企业|项目|单位|园区|工程|产业集群|高新区|开发区|产业园|基地)|\d)"
    # "其中，投资过50亿元产业项目1个，过10亿元产业项目2个": the noun, then its count
    r"|^(?:以上)?[\u4e00-\u9fff]{0,4}?(?:企业|项目|园区|基地)\d"
)
# the name of what a count counts, a threshold first: "1个产值过50亿元、5个产值过10亿元的高新技术企业"
_SALES_MEASURE = r"(?:销售|营业|主营业务|产值|税收|投资)(?:收入|额)?"  # "100个新增销售3000万元以上的…项目"
_THRESHOLD = rf"{_SIZE_BOUND}\d+(?:\.\d+)?(?:亿元|万元|亿|万)(?:以上)?"
_BARE_THRESHOLD = r"(?:过|超过|超)\d+(?:\.\d+)?(?:亿元|万元|亿|万)(?:以上)?"  # "6个超500亿元" (the measure said before)
THRESHOLD_NAME = re.compile(
    rf"^(?P<thr>{_THRESHOLD}|(?:新增)?(?:年)?(?:{_SALES_MEASURE})?\d+(?:\.\d+)?(?:亿元|万元)(?:及)?以上|{_BARE_THRESHOLD})"
    # ("形成1个主营业务收入超1000亿元、6个超500亿元、100个超100亿元的集聚区": the measure said once)
    rf"(?:、\d+(?:个|家|户)(?:{_THRESHOLD}|{_BARE_THRESHOLD}))*"
    r"(?:的(?P<noun>[\u4e00-\u9fff]{2,20})"
    # ("建成1个产值超200亿产业园区": no 的 before a noun of units; "谋划储备500个5000万元以上重大项目")
    r"|(?P<bare>[\u4e00-\u9fff]{0,8}?(?:产业园区|园区|产业园|企业|集群|基地|项目)))"
)
# a class of firms named by their size, the noun right after the amount: "新增20亿元企业、10亿元
# 企业、亿元企业分别不少于1家、1家和7家" (the word before sets no figure: 新增 counts the firms)
AMOUNT_CLASS_BEFORE = re.compile(r"(?:^|[，、：]|新增|净增|培育|新培育|引进|招引|新招引|新落户|落户|签约)$")
AMOUNT_CLASS_NOUN = re.compile(r"^(?:级|以上|及以上)?(?:企业|项目|工业项目|产业项目|重大项目)(?!建设|投资|总投资)")
# an amount right after a count, with 以上 and the noun it sorts: "储备500个5000万元以上重大项目"
AMOUNT_CLASS_AFTER_COUNT = re.compile(r"^(?:(?:及)?以上)?的?[\u4e00-\u9fff]{0,8}?(?:项目|企业|工程|基地|园区|产业园)")


# a count of units each over a threshold, the measure after the units: "不少于8个工业园区产值突破
# 100亿元", "5家企业营业收入超过50亿元" (not "81家示范企业新增投资100亿元", a sum, nor "达到": a sum too)
_COUNT_OVER_THRESHOLD = re.compile(
    r"(?P<count>\d+(?:个|家|户))(?P<units>[\u4e00-\u9fff]{0,8}?(?:园区|开发区|集群|企业|基地|乡镇|县区|县（市、区）))"
    # ("3家企业国税开票销售超过5000万元" (横垛 2008): the sales a tax office invoices)
    r"(?P<size>(?:年)?(?:国税|地税)?(?:开票)?(?:产值|营业收入|销售收入|销售额?|主营业务收入|营收|税收|纳税)"
    r"(?:突破|超过|超|过)\d+(?:\.\d+)?(?:亿元|万元))"
    r"(?=$|[，。；、])"
)


def count_over_threshold(sentence: str) -> str:
    """Return ``sentence`` with "8个工业园区产值突破100亿元" written "8个产值突破100亿元的工业园区": the
    count is the target, the threshold part of its name."""
    return _COUNT_OVER_THRESHOLD.sub(r"\g<count>\g<size>的\g<units>", sentence)


def threshold_subject(after: str) -> bool:
    """Return True when the units a count counts, named by a threshold, go on to achieve a measure
    of their own ("30只投资2000万元以上项目当年完成投资19亿元": the 30 projects are the subject of
    the 19亿元, not a target)."""
    m = THRESHOLD_NAME.match(after)
    return m is not None and bool(
        re.match(rf"(?:当年|全年|{WITHIN_YEAR}|今年)?(?:要|将)?(?:完成|实现|新增)(?:投资|产值|销售|税收|营业收入)", after[m.end() :])
    )


def threshold_name(after: str) -> str:
    """Return the name of what a count counts when a threshold follows the count and the noun
    comes after the last threshold of the list ("产值过50亿元的高新技术企业"), or ""."""
    m = THRESHOLD_NAME.match(after)
    if not m:
        return ""
    noun = re.sub(r"尽快|加快|早日|按期|如期", "", m["noun"] or m["bare"])  # "…项目尽快竣工投产"
    return f"{m['thr']}的{noun}"


# a tax rate: "高新技术企业的企业所得税减按15%征收", "税率为15%"
TAX_RATE_BEFORE = re.compile(r"(?:减按|税率(?:为|是)?|按[^，；。\d]{0,6}税率)$")
# the lead-in of a model-essay site: "下面是小编收集整理的科技年度工作计划4篇，欢迎阅读"
BOILERPLATE_BEFORE = re.compile(r"小编|范文网|仅供参考|欢迎(?:阅读|借鉴|参考)")
# the number of pieces a compilation holds: "科技局2024年工作计划汇编(5篇)"
COMPILATION_BEFORE = re.compile(r"(?:汇编|合集|大全|精选|集锦|范文)\s*[（(]?$")
# those at a meeting: "全县23个乡镇管理区、……、50多家科技企业……代表参加会议"
ATTENDANCE_AFTER = re.compile(
    r"^[^。；！？]*?(?:参加|出席|列席|参与)(?:了)?(?:本次)?(?:会议|大会|座谈会|仪式|启动仪式)|^[^。；！？]*?参会"
    # "20多位……人大代表、政协委员，以及部分企业家代表出席。": who attended, the verb ends the sentence
    r"|^[^。；！？]*?(?:出席|列席)(?:了)?(?:会议|大会|活动)?[。！]"
    # "……农业服务中心人员共计110余人参加。": who took part, the verb ends the sentence
    r"|^(?:余|多)?(?:人|名|位)?(?:参加|参与)(?:了)?[。！]"
    # "大会还特邀8个国家和地区的驻蓉领事和办事处官员旁听会议" (四川 2009)
    r"|^[^。；！？]*?旁听(?:了)?(?:本次)?(?:会议|大会)"
    # "……工作专班，26家省级单位共同参与，强化部门多跨协同" (浙江 2022): the units the task force draws in
    r"|^[^，。；！？\d]{2,10}?(?:单位|部门)共同参与"
)
# people who do the work, the subject of their sentence: "贵州1200名科技特派员开展服务" (a headline:
# nothing but a place before the count, an action of theirs after the name)
ACTORS_OPEN = re.compile(rf"(?:(?!全年|今年|{WITHIN_YEAR}|力争|确保|争取|计划|要|将)[\u4e00-\u9fff]{{2,3}}[省市县区州]?|全[省市县区]|我[省市县区])?")
ACTORS_AFTER = re.compile(
    r"^[^，；。\d]{2,10}?(?:开展|奔赴|深入|走进|下沉|活跃在|投身|扎根|助力|服务(?:于|在)|进村入户)"
)
ORGS_AS_ACTORS_AFTER = re.compile(r"^[^，；。]{2,40}?将(?:开展|举办|组织开展|参与|参加)")
ATTENDANCE_BREAK = re.compile(r"力争|争取|确保|组织|邀请|动员|目标")
# who speaks: "14个县市区委书记（含宜昌高新区）表示，要……" counts the speakers of the report
SPEAKERS_AFTER = re.compile(
    r"^[^，。；！？：\d]{1,30}?(?:纷纷|一致|均|都)?(?:表示|指出|认为|介绍|强调|表态|坦言|说)[，：]"
    # a meeting's agenda: "3家中小科技型企业就科技创新工作进行交流发言"
    r"|^[^，。；！？：\d]{1,30}?(?:进行|作|做)了?(?:典型|交流|表态|经验)?发言"
)
# a total opening its clause before its parts: "5.5亿元全县科技经费中，研究与发展经费2.5亿元，…"
WHOLE_OF_PARTS_AFTER = re.compile(r"^[\u4e00-\u9fff]{2,12}中[，,]")
# how many indicators a text lists: "定量指标一共有8个，包括…", "主要指标共12项"
INDICATORS_COUNTED = re.compile(
    r"(?:指标|目标)(?:任务)?(?:一|总)?共(?:有|计|设置|设)?$"
    # "主要经济指标任务10项，列入本次督查通报的为4项" (宣城 2020): the tasks a report counts
    r"|(?:指标|目标)任务$|列入[^，；。\d]{0,10}?的(?:为|有)$"
)
# who is dealt with by rank: "企业培育排名后两位的高新区将被约谈", "排名末3位的"
BOTTOM_RANK_BEFORE = re.compile(r"(?:排名|排位|位次|排序)?(?:后|末|倒数)(?:第)?$")
BOTTOM_RANK_AFTER = re.compile(r"^的")


# sessions of training or meetings a measure holds: "分县市区举办5场专场培训", "完成智汇基层活动培训2场"
SESSIONS = re.compile(r"场次?|次")  # (not 期: "举办各类科技培训班50期" is a county plan's target)
SESSION_WORDS = re.compile(r"培训|会议|会|宣讲|讲座|路演|座谈|对接|推介|沙龙")
SESSION_TARGET = re.compile(r"力争|确保|争取|目标|全年|计划|不少于|以上|≥|>=")  # "全年举办科技培训50场以上" stays a target


def here_clause(part: str, q: re.Match, after: str) -> str:
    """Return the clause of a quantity with ⟨unit⟩ marking where it stands."""
    head = re.split(r"[，；。：！？]", part)[-1]
    return f"{head}⟨{q['unit'] or ''}⟩{q['qual'] or ''}{re.split(r'[，；。：！？]', after)[0]}"


def sessions_held(clause: str) -> bool:
    """Return True for a count of sessions (场) of training or meetings held."""
    head, _, rest = clause.partition("⟨")
    unit, _, tail = rest.partition("⟩")
    return bool(
        SESSIONS.fullmatch(unit)
        and SESSION_WORDS.search(head + tail)
        and not SESSION_TARGET.search(head)
        # "组织……重大产学研对接活动10次以上": a floor set on the count makes it a target
        and not tail.startswith("以上")
    )


# a programme named by a number in quotes, each digit a count spelled out after it: "启动“5785战略工程”，
# 构建5条万亿产业带、7个增加值超千亿产业、打造8个……园区和50个……企业"
PROGRAMME_CODE = re.compile(r"[“\"「『](\d{3,6})[^”\"」』，。；\d]{0,8}[”\"」』]")
CODE_COUNT = re.compile(r"(?<![\d.])(\d+)(?:条|个|家|项|大|座|批|类|种|张|片)")


def spelled_code(text: str) -> frozenset[str]:
    """Return the counts (as written) that spell out the digits of a numbered programme in quotes."""
    out: set[str] = set()
    for m in PROGRAMME_CODE.finditer(text):
        code = m.group(1)
        counts = list(CODE_COUNT.finditer(text, m.end()))
        for i in range(len(counts) - len(code) + 1):
            run = counts[i : i + len(code)]
            if "".join(c.group(1)[0] for c in run) == code:
                out.update(c.group() for c in run)
    return frozenset(out)


# a count of the items just listed: "抓好中冶银河、三和纺织、海亮奥博特3家", "分别在传统产业、新兴产业、
# 未来产业选择3个", "推进CCUS、零碳、石油装备等3个领域" — the number says how many names precede it
LIST_COUNT_TAIL = re.compile(r"(?P<etc>等)?(?:(?:中|里)?(?:选择|选取|确定|遴选|挑选))?$")
LIST_COUNT_UNITS = ("个", "家", "项", "类", "所", "条", "种", "大", "篇", "名", "位", "支")
# after "A、B等N个", only a noun of scope makes the count a listing ("等3个领域"); what is built
# stays a target ("推进甲、乙等5个科技资源共享平台")
# the places a count of listed names brings out of poverty: "A、B、C3个贫困县脱贫摘帽" — a goal, not a list's length
PLACES_LIFTED_AFTER = re.compile(
    r"^(?:贫困)?(?:县|区|乡镇|乡|镇|村)(?:[（(][^）)]{0,6}[)）])?(?:要|将)?(?:脱贫摘帽|摘帽|脱贫出列|出列|整体脱贫|脱贫退出|退出)"
)
LIST_TARGET_WORDS = re.compile(r"力争|争取|确保|新增|新建|净增|达到|突破|新认定|新培育")
SCOPE_NOUN_AFTER = re.compile(r"^[^，；。\d]{0,8}?(?:领域|产业|行业|方向|指标|方面|板块|环节|片区|区域|主题)")


def listed_count(part: str, after: str, q: re.Match) -> bool:
    """Return True when ``q`` counts the names listed right before it ("A、B、C3家")."""
    if q["unit"] not in LIST_COUNT_UNITS or q["upper"] or q["qual"]:
        return False
    clause = re.split(r"[，；。：！？,;:]", part)[-1]
    counted = [m for m in QUANTITY_RE.finditer(clause) if m["unit"]]
    if counted:  # "……等11个优势产业集群和优质油料、优质肉牛、……等4个特色产业": the list after the last count
        rest = clause[counted[-1].end() :]
        joint = re.search(r"(?:和|及|以及|与)(?=[^、]*、)", rest)
        clause = rest[joint.end() :] if joint and "、" not in rest[: joint.start()] else clause
    tail = LIST_COUNT_TAIL.search(clause)
    if (tail["etc"] and not SCOPE_NOUN_AFTER.match(after)) or LIST_TARGET_WORDS.search(clause):
        return False
    if PLACES_LIFTED_AFTER.match(after):
        return False  # "盐池、彭阳、隆德、泾源4个贫困县脱贫摘帽" (宁夏 2017): how many places the goal lifts
    items = clause[: tail.start()].split("、")
    if len(items) < 2 or any(not 1 <= len(x) <= 16 or "等" in x for x in items):
        return False
    if any(QUANTITY_RE.search(x) and QUANTITY_RE.search(x)["unit"] for x in items):
        return False  # "新开工A2个、B3个、C3个": counts of their own, a list of targets
    first = re.sub(rf"^(?:力争|争取|确保|全年|{WITHIN_YEAR})+", "", items[0])
    if re.fullmatch(f"(?:{_VERBS})", first) and all(len(x) == 2 for x in items[1:-1]) and len(items[-1]) > 4:
        return False  # "培育、评审、鉴定科技成果3项": verbs sharing their object, not names listed
    try:
        return float(q["value"]) == len(items)
    except ValueError:
        return False
# the departments that issue a document together: "科技部等14部门共同发布的通知", "12个部门联合印发"
ISSUERS_AFTER = re.compile(r"^(?:省直|市直|中央)?部门(?:共同|联合)?(?:发布|印发|出台|制定|下发|发文)")
# the count of the names listed after a colon: "再打造两个科技创新载体：国家级农业高新技术产业
# 示范区和省级科技成果转移转化示范区" (the sentence ends with the list)
NAMED_AFTER_COLON = re.compile(r"^[^，；。：:\d]{1,16}[：:](?P<list>[^，；。：:\d]+)[。；]?\s*$")
# "建设三个基地（甲基地、乙基地、丙基地）": the names in brackets right after what is counted
NAMED_IN_BRACKETS = re.compile(r"^[^，；。：:\d（(]{1,16}[（(](?P<list>[^，；。：:\d（）()]+)[)）]")


def named_after_count(after: str, q: re.Match) -> bool:
    """Return True when ``q`` counts the names listed right after it, behind a colon."""
    if q["unit"] not in LIST_COUNT_UNITS or q["upper"] or q["qual"]:
        return False
    m = NAMED_AFTER_COLON.match(after) or NAMED_IN_BRACKETS.match(after)
    if m is None:
        return False
    items = [x for x in re.split(r"[、和及与]", m["list"]) if x.strip()]
    try:
        return len(items) >= 2 and float(q["value"]) == len(items) and all(2 <= len(x) <= 24 for x in items)
    except ValueError:
        return False


# the size of a group to be one of: "力争成为全省6个创新型县（市）试点之一"
ONE_OF_AFTER = re.compile(r"^[^，；。\d]{1,24}?之一")
# a requirement for each subordinate unit: "指导各县（市、区）建设两家以上众创空间"
PER_UNIT_BEFORE = re.compile(
    r"(?:各县（市、区）|各县（区）|各县区|各县市区|各区县|各乡镇|各乡（镇）|每个县|每个乡镇|每个园区"
    r"|各(?:行政)?村|每个(?:行政)?村|各社区|各街道"  # "各村发展科技种植大户5户以上"
    r"|每人|每名[\u4e00-\u9fff]{1,6}|每位[\u4e00-\u9fff]{1,6}"  # "每人联系2家企业": each person's share
    # "每县1个特派团", "每个特派团将配置17名特派员": what each unit has
    r"|每(?:县|乡|镇|村|区)|每(?:个|家|所)[\u4e00-\u9fff]{1,6}?(?:将|要|都|均)?(?:配置|配备|设立|设|组建|建立|建设|联系|服务|培育|有))"
    r"[^，；。\d]{0,8}$"
)
LOWER_OWN_LEVEL = re.compile(r"(?:各)?(?:县|区县|县区|县（市、区）|县市区|乡镇)(?:本级|级)")
# the parks inside a zone as the subject of a whole clause (up to the semicolon): "自创区内园区技工贸
# 总收入达到2700亿元，全社会研发投入占GDP比重超过5%" — the parks' own figures, not the city's
SUB_AREA_HEAD = re.compile(r"^[\u4e00-\u9fff]{0,8}?区内(?:的)?各?园区")
# a programme in a list closed by its count: "…、1000万亩节水农业工程、现代农业示范工程…“五大工程”"
PROGRAMME_LISTED_AFTER = re.compile(
    r"^[^，；。、\d]{1,12}?(?:工程|行动|计划)、[^；。]*?“?[一二三四五六七八九十两\d]{1,2}大(?:工程|行动|计划)”?"
)
# what follows a work finished: "电站建成后，…"
AFTER_EVENT = re.compile(r"(?:电站|水库|大坝|工程|项目)(?:建成|竣工|蓄水|完工|投运|下闸蓄水)(?:以)?后$")
# a technology to be mastered, listed with its parameters: "重点攻克…、5兆瓦以上大功率风力发电、…等一批核心技术"
TECH_TACKLED_BEFORE = re.compile(r"(?:攻克|攻关|突破|研发|研制|掌握)[^，；。\d]{0,30}、\s*$|(?:攻克|攻关|研制)\s*$")
TECH_LIST_AFTER = re.compile(r"^(?:以上|及以上|级)?[\u4e00-\u9fff]{2,14}、")
COUNT_UNITS = ("项", "个", "家", "件", "台", "套", "种", "类", "批", "条", "项次", "人", "名")
# a floor every unit of a class must reach: "形成每个板块2家以上众创空间", "每个农科服务小院配备不少于2名
#的科研人员", "平均每个行政村有8户以上" — a target the office checks unit by unit (named with its 每个),
# unlike a per-person share ("每人联系2家企业") or what each unit is given ("每个特派团将配置17名特派员")
FLOOR_FOR_EACH = re.compile(r"(?:^|[^\u4e00-\u9fff]|平均|在|形成|确保|实现)每一?(?:个|家|所)[\u4e00-\u9fff“”]{1,12}?[^，；。\d]{0,10}$")
EACH_FLOOR_NAME = re.compile(
    r"(?P<each>每一?(?:个|家|所)[\u4e00-\u9fff“”（）()]{1,12}?)"
    # ("在每个县（市）试点建设2个~3个“共享农庄”")
    r"(?:要|都|均|至少)?(?:试点)?(?P<verb>配备|配置|有|建立|建成|建设|培育|组织|兴建|打造|创建)?(?:不少于|不低于|至少)?$"
)
FLOOR_BEFORE = re.compile(r"(?:不少于|不低于|至少)[^，；。\d]{0,2}$")
FLOOR_AFTER = re.compile(r"^[^，；。\d]{0,4}?(?:以上|及以上)")
# a requirement for each member of a group: "在每个优势产业至少建立1家市级以上协同创新中心"
PER_EACH_BEFORE = re.compile(r"每一?个[\u4e00-\u9fff]{1,10}?[^，；。\d]{0,10}$")
AREA_UNITS = ("平方米", "万平方米", "平米", "亩")
# an area written into a name before the count: "新增3000平米众创空间100家"
THRESHOLD_IN_NAME = re.compile(
    r"^(?:平米|平方米|平方|平|㎡)(?:以上|及以上)?的?[\u4e00-\u9fff（）()]{2,16}\d"
)
# a subsidy rate or ceiling: "每件资助2000元", "一次性资助6-10万元", "单个项目最高支持资金500万元"
SUBSIDY_BEFORE = re.compile(
    r"(?:每(?:件|个|项|家|人|户|次)|一次性|最高|单个|单项|单家)[^，；。]{0,16}$"
)
# the amount of a grant named as such: "创新项目资助额度为50万―100万元，重点创新项目为100万―200万元"
# (the clauses after it that only say "为" give the other grades of the same grant)
SUBSIDY_TOPIC = re.compile(r"(?:资助|补助|补贴|奖励|奖补|扶持)(?:资金)?(?:额度|标准|金额|上限)")
COPULA_BEFORE = re.compile(r"(?:为|是)$")
# a grant and its tiers: "对新获认定的国家高新技术企业给予10万元资金支持", "按研发投入在100万元—500万元、
# …5000万元及以上的，分别给予最高10万元、…50万元的资金支持" — what a policy pays, and the band of
# spending that earns it, not a target
GRANT_BEFORE = re.compile(
    r"给予[^，；。\d]{0,8}$|(?:奖励|补助|资助|补贴)(?:额度|标准|金额)?(?:为|是)?$"
    # "入选试点县，每年将获得500万元科技项目资金": the support a place receives each year
    r"|每年(?:将|可|可以|均)?(?:获得|获|得到|享受|安排)$"
)
GRANT_AFTER = re.compile(r"^(?:[（(][^）)]*[）)])?(?:—|-|～|~|至)?[^，；。]{0,8}?的?[，,]?(?:分别|一次性|按比例)?给予")


# the rate a grant is paid at: "按研发投入增量的10%给予奖补", "按实际投入的30%比例予以补助"
GRANT_RATE_BEFORE = re.compile(r"按(?:照)?[^，；。]{0,20}?(?:的)?(?:不超过|不高于|最高)?$")
GRANT_RATE_AFTER = re.compile(
    r"^(?:的)?(?:比例)?(?:给予|予以|进行)?(?:奖补|补助|资助|奖励|补贴|后补助|支持|扶持)|^(?:的)?(?:比例)?(?:给予|予以)"
)


def granted(clause: str, after: str) -> bool:
    """Return True for an amount a policy grants, or the band of spending that earns a grant."""
    return bool(GRANT_BEFORE.search(clause) or GRANT_AFTER.match(after))


LAND_BEFORE = re.compile(r"(?:用地|占地|规划面积|首期|一期|二期)[^，；。\d]{0,6}$")
# land the place is to reserve, supply or revive: a target ("全年动态储备产业用地2000亩以上")
# ("盘活腾退提升低效工业用地100亩以上" (宗汉 2023): land revived)
LAND_MANAGED = re.compile(
    r"(?:储备|收储|供应|盘活|腾退|出让|征收|报批|保障|复垦|处置)[^，；。\d]{0,10}用地[^，；。\d]{0,6}$"
)
# a count of projects just before: "谋划实施重点项目97个，总投资1334.2亿元，计划投资89.5亿元" —
# the investment of the year's projects is the plan's target, not one project's budget
PROJECTS_COUNTED = re.compile(
    r"(?:项目(?:共|总计|合计)?\d+(?:\.\d+)?(?:个|只)|\d+(?:个|只)[^，；。]{0,12}项目"
    # ("新开工和续建防洪类项目共10个，总投资28.23亿元" (歙县 2025); "新改扩建中小学、幼儿园16所，总建筑面积
    # 8.4万平方米，预计总投资2.46亿元" (衡水 2022): the year's works counted, then what they cost)
    r"|(?:学校|幼儿园|中小学|小学|初中|中学|高中|医院|卫生院)[^，；。\d]{0,6}\d+所|\d+所[^，；。]{0,8}(?:学校|幼儿园))"
    r"[^，；。]{0,4}，(?:[^，；。]*，)?$"
)
# ("初步安排240项重点建设项目，计划投资1500亿元" (新疆 2011): the planned investment of projects counted
# in 项 — not their 总投资, which the corpus mostly leaves out: "实施重点项目82项,总投资121.9亿元" (靖远 2019))
PROJECTS_COUNTED_ITEMS = re.compile(r"(?:项目\d+(?:\.\d+)?项|\d+项[^，；。]{0,12}项目)[^，；。]{0,4}，$")
# (not 一般公共预算收入 / 一般预算财政收入: the revenue, a target of its own)
# (nor 协议总投资 / 签约总投资: what investment promotion is to sign, a target: "签约项目不低于80个，协议
# 总投资500亿元以上")
BUDGET_BEFORE = re.compile(
    r"(?:(?<!公共)(?<!一般)预算(?!收入|支出|财政)|概算|(?<!协议)(?<!签约)(?<!合同)总投资|计划投资)[^，；。\d]{0,6}$"
)


# "等近20万平方米科创载体", "约20亿元": a size given roughly, like 左右 after it
# (not the 约 of a verb: "新签约60个", "节约…"; nor 最近; 接近3% is about 3%, 福州 2026)
ABOUT_BEFORE = re.compile(r"(?:大约|(?<![签节制预公合契条规邀相])约(?:为|是)?|(?<!最)近)$")  # ("居民消费价格指数约为103")


# the size of a facility described in a list of what a park includes: "包括年培育500万株蔬菜花卉种苗的
# 工厂化育苗区、……、4500平方米的蔬菜塑料大棚区"
FACILITY_SIZE_AFTER = re.compile(r"^[^，；。、\d]{0,10}的[^，；。、\d的]{1,18}?(?:区|园|基地|大棚|车间|厂房|温室)(?=[、，；。等（(]|$)")


# a count of places that only says where (to, in, by, for, the rest of): "向58个"三区"县派遣889名…",
# "按全省58个县的数量分配", "其余48个县则…"
# ("涉及65个乡镇928个行政村" (宁夏 2012): the places a zone takes in, and the next count run on)
PLACES_SCOPE_BEFORE = re.compile(
    r"(?:(?:向|按|按照|对|针对|其余|覆盖|深入|进驻|奔赴|赴|下沉到?|涉及|辖|包括)(?:全[省市县区]|[省市县区]内)?"
    # ("涉及6个贫困县467个村", "此项目涉及通辽市8个旗县区" (大同、通辽 2018): the place named, then counted)
    r"(?:(?<=涉及)[\u4e00-\u9fff]{2,4}?[省市县区])?"
    # ("项目涉及永登、榆中、皋兰三县的18个乡镇" (兰州 2014): the places named, then those in them counted)
    r"(?:(?<=涉及)[^，；。\d]{2,16}?[省市县区]的)?"
    # ("引导各类资源向11个深度贫困县、549个深度贫困村精准发力" (湖南 2018): the list goes on)
    r"(?:\d+个[\u4e00-\u9fff]{0,4}?(?:乡镇|乡|镇|县|村)、?)?"
    # "在敦化等4个国家试点县实施玉米大豆轮作面积100万亩": where, named then counted
    r"|在[^，；。\d]{1,10}?(?:等|地区|区域))$"  # ("在中东部地区41个县实施旱作农业项目")
)
PLACES_AFTER = re.compile(r'^[“"]?[^，；。\d“”"]{0,6}[”"]?(?:县|乡镇|乡|镇|村|行政村|县（市、区）|县区|县市区|旗县区|旗县|旗)')
PLACES_OF_A_RATE_AFTER = re.compile(
    r"^[^，；。\d]{0,8}?(?:县|乡镇|村|县区|县市区)[^，；。\d]{2,16}?(?:率|比重|占比|比例)(?:要|将)?(?:达到|达|为|超过|保持在)?\d+(?:\.\d+)?%"
    # "44个县（市）地区生产总值增长22%以上" (辽宁 2010): the places whose measure grows, together
    r"|^[^，；。\d]{0,8}?(?:县|县（市）|县区|县市区|乡镇)[^，；。\d]{2,16}?(?:要|将)?(?:同比)?增长\d+(?:\.\d+)?%"
)
# the parts of programmes counted before: "实施18个重大科技专项，……，包括107个重点技术方向、近500项关键技术"
PARTS_LISTED_BEFORE = re.compile(r"(?:包括|包含|涵盖)(?:\d+(?:\.\d+)?[^，；。\d]{1,12}?[、和及])*(?:近|约)?$")
PROGRAMMES_COUNTED = re.compile(r"\d+(?:个|项|大)[^，；。\d]{0,10}?(?:专项|工程|计划|行动)(?:[，,]|$)")
# a project named by its capacity in a list of projects: "年组装20万件机械配件、澳盟年产1.5万吨预制菜等12个重点项目"
NAMED_PROJECTS_AFTER = re.compile(r"^[^，；。]{0,40}?等\d+个[^，；。]{0,8}项目")
# the pool of a ranking: "在全国169家国家高新区综合评价中排名进入前50位"
RANKED_AMONG_AFTER = re.compile(r"^[^，；。\d]{0,20}?中[^，；。\d]{0,4}?(?:排名|排位|位列|位居|居|进入|跻身|争创)")
# the places a service is to cover in full: "实现全县12个乡镇、150个行政村科技服务全覆盖" (the goal is
# the full coverage, the counts are its scope; not "151个团(组)实现……全覆盖", teams counted)
COVERED_PLACES_AFTER = re.compile(
    r"^(?:乡镇|街道|行政村|村|社区|县|县区|县市区|园区)(?:、\d+个(?:乡镇|街道|行政村|村|社区|县|县区|县市区|园区))*"
    r"[^，；。\d]{0,12}?全覆盖"
)


# what the work centres on: "以146家龙头骨干企业为重点", "以20个园区为载体"
FOCUS_AFTER = re.compile(r"^[^，；。\d]{0,14}?(?:[和、及与]\d+[^，；。\d]{0,14}?)*为(?:重点|主体|载体|依托|抓手|核心|龙头|引领|主攻方向)")


# one place of a list of sites: "建设5个示范基地：即在洛吉乡尼汝村建设1个…、在格咱乡建设1个…" (not
# 全县, 各乡镇, 每个村: the whole place or each of them)
SITE_BEFORE = re.compile(
    r"(?:^|[，、：；])即?在(?![全各每本我该])[\u4e00-\u9fff]{1,10}?(?:乡|镇|村|街道|社区)"
    r"[\u4e00-\u9fff]{0,4}?(?:建设|建立|建成|设立|打造|布局|新建)$"
)


# a list of figures that ends in one 左右 and is named a goal ("瞄准地区生产总值增长10%、城乡居民人均
# 收入增长12%左右的目标"): the bound holds for every figure of it
SHARED_ABOUT_GOAL = re.compile(
    r"(?P<list>(?:\d+(?:\.\d+)?%?(?![\d.%])、[^，；。、：\d]{1,24}?)+\d+(?:\.\d+)?%?)左右的(?:发展|奋斗|预期|主要)?目标"
)


def shared_about(sentence: str) -> str:
    """Return ``sentence`` with the 左右 that ends a list named a goal written after each figure."""

    def each(m: re.Match) -> str:
        figures = re.sub(r"(\d+(?:\.\d+)?%?)(?=、)", r"\1左右", m["list"])
        return f"{figures}左右{m.group()[len(m['list']) + 2 :]}"

    return SHARED_ABOUT_GOAL.sub(each, sentence)


def comparator(before: str, q: re.Match) -> str:
    """Return ≥, ≤, ≈ or 区间 for a quantity and the text just before it."""
    if q["upper"]:
        return "区间"
    if q["qual"] == "左右" or ABOUT_BEFORE.search(before):
        return "≈"
    if q["qual"] in ("以内", "以下") or LESS_BEFORE.search(before):
        return "≤"
    if RANK_BEFORE.search(before) and q["unit"] in ("位", "名"):
        return "≤"
    if q["unit"] == "位" and RANK_HELD_BEFORE.search(before):
        return "≤"  # "综合科技进步水平保持在全国12位": a rank held, 12th or better
    if q["unit"] in ("位", "名") and RANK_REACHED_BEFORE.search(before):
        return "≤"  # "排名提升至第5位": a rank to reach, 5th or better
    if q["unit"] and "标准煤" in q["unit"] and re.search(r"能耗(?:为|是)?$", before.strip()):
        return "≤"  # "每万元单位GDP综合能耗0.5吨标准煤" (崇明 2020): energy used per output, a ceiling
    return "≥"


RANK_HELD_BEFORE = re.compile(r"(?:保持在|稳定在|稳居|位居|位列|保持|进入)(?:全国|全省|全市|全区)?(?:第)?$")
# a rank moved up to ("由99位提升至87位", "排名前移到第5位"): the place reached, not a move by so many
RANK_REACHED_BEFORE = re.compile(r"(?:提高|提升|上升|前移|前进|跃升)(?:到|至)(?:全国|全省|全市|全区)?(?:第)?$")


# "新入库工业项目中高新产业占比达到": the share among new items is a level, 新 names the items
SHARE_AMONG_NEW = re.compile(
    rf"(?:{NEW_WORDS.pattern})[^，；。]{{0,16}}?中[^，；。]{{0,16}}?(?:占比|比重|比例)[^，；。]{{0,6}}$"
    # "绿色建筑占新建建筑比例达到75%": the new ones are the denominator of the share
    rf"|占(?:{NEW_WORDS.pattern})[^，；。]{{0,16}}?(?:比重|比例)[^，；。]{{0,6}}$"
    # "净增高企和科创项目占全市比重超1/4", "新增新开规模工业企业数占全市1/5": the new ones' share
    rf"|(?:{NEW_WORDS.pattern}|净增)[^，；。、占\d]{{1,16}}?{SHARE_OF_WHOLE}[^，；。\d]{{0,6}}$"
)


# "依托企业重组（新建）的…平台": a 新 word in brackets is an alternative of the verb of a clause
# that describes what is counted; it neither ends the name nor makes the count an increment
NEW_ASIDE = re.compile(rf"[（(](?:{NEW_WORDS.pattern})[)）]的")


# "4个结构性指标均实现10%以上增长": the growth named after the rate
GROWTH_AFTER = re.compile(r"^的?(?:高速|快速|较快|平稳|稳定|中高速)?(?:增长|增幅|增速)(?!率|点|极|贡献)")


def kind(before: str, unit: str, after: str = "") -> str:
    """Return 总量 / 新增 / 净增 / 累计 / 增速 / 提高 from the text before the quantity (and
    right after it: "实现10%以上增长")."""
    if unit in ("个百分点", "百分点"):
        # "招商带动全市经济增长1个百分点左右" (重庆 2021): a share of the growth, not a rise of a level
        return "增速" if re.search(r"(?:拉动|带动)[^，；。\d]{0,12}?增长$", before) else "提高"
    before = NEW_ASIDE.sub("的", before)
    # "培训新组建农机合作社驾驶员3000人" (黑龙江 2012): the new ones are whom the verb serves, not the count
    before = re.sub(r"(?<=培训|帮扶|指导|走访|服务)新(?:组建|建|成立|招录|入职|录用|认定)的?", "", before)
    # "全国新增千亿斤粮食产能新驿项目区" (新驿 2013): a national programme's name, no count of new ones
    before = re.sub(r"全国新增(?=[千百万亿\d])", "全国", before)
    if unit == "%" and GROWTH_AFTER.match(after) and re.search(r"(?:实现|保持|有)(?:年均|每年)?$", before):
        return "增速"  # ("农民人均工资性收入保持年均7%左右增长" (吉林 2020))
    if unit in ("位", "名") and RAISE_WORDS.search(before[-6:]) and not RANK_REACHED_BEFORE.search(before):
        return "提高"
    if unit == "%" and re.search(r"(?:率|比例|比重)(?:比上年|较上年)?(?:要|将)?(?:提高|提升)$", before):
        # "生猪等主要畜禽规模养殖出栏比例提高5%以上，良种率比上年提高3%以上" (广安 2011): a rate
        # raised by N% is raised by N points (a rate's own growth is never set that way)
        return "提高"
    if (
        unit == "%"
        and GROWTH_BEFORE.search(before)
        and not re.search(r"(?:提高|提升)(?:到|至)", before)
    ):
        return "增速"
    if unit == "%" and PRICE_INDEX.search(before):
        return "增速"  # "居民价格消费指数控制在3%以内": the index's rise over last year
    if unit == "%" and AMOUNT_THEN_PERCENT.search(before) and not re.search(r"占|比重|比例|率|强度", before):
        return "增速"  # "规模工业增加值力争9%以上" (a subheading): an amount in percent is its growth
    if unit == "%" and SHARE_AMONG_NEW.search(before):
        return "总量"
    if (re.search(r"新建[^，；。\d]{0,6}项目$", before) and re.search(r"续建", before[-40:] + after[:60])) or re.search(
            r"新建(?:、|和|及)?续建[^，；。]{0,20}项目$", before):
        # ("计划新建续建2000万元以上各类项目71个" (大庆高新区 2010): the year's projects of both stages)
        # "其中，新建项目30个，续建项目16个": the projects of the year by their stage, a count
        return "总量"
    if unit == "%" and re.search(r"(?:率|比例|比重|占比)(?:要|将)?(?:达到|达|超过|保持在?|为|在)?$", before):
        return "总量"  # "力争新建项目开工率达到100%" (浙江 2023): the new ones' rate, a level
    if NET_WORDS.search(before):
        return "净增"
    if unit != "%" and OVER_LAST_YEAR_BY.search(before):
        return "净增"  # "力争比上年增长50亿元": this year less last year's
    if NEW_WORDS.search(before) and not UPGRADE_ALONG.search(before) and not NEW_PROJECTS_MEASURE.search(before):
        return "新增"
    if unit.endswith(("户", "套", "间")) and NEW_BUILT_AFTER.match(after):
        return "新增"  # "完成23.4万户农牧民新建安居房任务" (新疆 2011): homes newly built, counted
    if unit != "%" and INCREASE_BY.search(before):
        return "新增"
    if unit in ("家", "个", "户", "所", "项", "件", "名", "人", "亩", "万亩", "公顷") and INCREASE_OF.search(before):
        # "增加市场主体不少于20家" (四十四团 2025): as "增加20家"; "增加种植面积2000亩以上" (泉州 2011)
        return "新增"
    if unit in ("亿元", "万元") and INCREASE_OF.search(before) and re.search(r"收入(?:不少于|不低于|达到|超过)?$", before):
        return "新增"  # "增加农民纯收入1.5亿元" (博白 2008): what the farmers' income grows by
    if unit in ("万吨", "吨", "亿公斤", "万公斤", "公斤", "亿斤", "万斤") and YIELD_RISE_OF.search(before):
        return "新增"  # "推广全膜双垄沟播技术500万亩，实现增产粮食5亿公斤": the extra yield
    if CUMULATIVE_WORDS.search(before):
        # "‘瞪羚企业’认定累计达40家": the firms it has, a stock (not "三年累计突破1000个")
        if unit in ("家", "户", "所") and STOCK_REACHED.search(before):
            return "总量"
        return "累计"
    return "总量"


# the homes counted are new ones, said after the count: "23.4万户农牧民新建安居房"
NEW_BUILT_AFTER = re.compile(r"^[^，；。、\d]{0,6}?新建")


# a goal's figure as the subject of a comment on it: "8.5%的目标有助于…", "8.5%的预期增速与…相匹配"
RESTATED_GOAL_AFTER = re.compile(r"^的(?:预期|经济)?(?:目标|增速|增长目标|增长速度|经济增速)(?!是|为|任务)")


# a congress's attendance: "大会应到代表331人,实到代表308人"
# ("大会应到代表877名,出席839名,符合法定人数" (四川 2026): 出席 after 应到)
ATTENDANCE_BEFORE = re.compile(
    r"(?:应到|实到|应出席|实出席|实际出席|到会|应到[^。；]{1,16}[，,]\s*出席)(?:会议)?(?:代表|委员|人员)?(?:共|为)?$"
)


# a congress's elections and appointments: "补选镇政府副镇长1名", "选举产生市人大常委会委员3名"
ELECTED_BEFORE = re.compile(r"(?:补选|增补|选举|选出|任命|免去|罢免|接受[^，；。]{0,6}辞去)[^，；。\d]{0,14}$")


# an amount's name, then only words of will, before a percentage
AMOUNT_THEN_PERCENT = re.compile(
    r"(?:增加值|总产值|产值|营业收入|主营业务收入|销售收入|销售额|总收入|利税|利润|固定资产投资"
    r"|零售总额|公共预算收入|财政收入|税收收入)(?:[（(][^（）()]{1,6}[)）])?"
    # ("增加值 | 6%以上" (嘉定 2021, a table's 年度目标 column, read "增加值达到6%以上"): an amount in percent)
    r"(?:(?:力争|争取|确保|要|将|努力)+(?:达到|达|实现)?|达到)$"
)
# a price index stated in percent is its rise: "居民消费价格指数控制在3%", "CPI控制在3%左右"
PRICE_INDEX = re.compile(r"(?:消费价格|价格消费|物价)(?:总水平|总指数|指数)|CPI")


# "全年粮食增产5亿斤", "再增加100万人口": an amount added to last year's, an increment (not
# "增加到", nor a rate "增长10%")
# ("工业投资再增2亿" (闻喜 2025): more again)
INCREASE_BY = re.compile(r"(?:增加|增产|多增|亩增|(?<=[\u4e00-\u9fff]{2})再增)$")  # ("较种植常规棉亩增50公斤" (邯郸 2011): more per mu)
YIELD_RISE_OF = re.compile(r"(?:^|[，、；：]|实现|力争|确保|争取|要|将)增产[\u4e00-\u9fff]{1,8}?(?:不少于|达到|超过)?$")
INCREASE_OF = re.compile(r"(?:^|[，、；：]|力争|确保|争取|要|将|(?<=\d)年)(?:增加|调增)(?!值|到|至)[\u4e00-\u9fff]{2,10}?(?:不少于|不低于|达到|超过)?$")
# ("比上年增加180万亩以上" after the total (湖南 2021) is what the year adds: 新增, as "增加N" after a total)
# ("比2010年末增长6.6万吨" (青海 2015, a 十二五 plan): what the period adds to its base year)
OVER_LAST_YEAR_BY = re.compile(rf"(?:比|较)(?:上年|去年|上一年|{YEAR_NUM}\s*年(?:底|末)?)(?:同期)?(?:增长|多增|增)$")


# "上半年完成新建工业项目投资16亿元": an amount of the new projects, not an increment
NEW_PROJECTS_MEASURE = re.compile(
    rf"(?:{NEW_WORDS.pattern})[\u4e00-\u9fff]{{0,8}}?项目(?:完成)?(?:投资|产值|销售收入|销售)(?:额)?[^，；。\d]{{0,4}}$"
)
# "新建及优化技术创新中心、重点实验室20家": platforms built and existing ones improved, together —
# not only new ones
# ("新建、改扩建公办幼儿园、小学、初中20所", "新建改造城镇供排水管网180公里" (黔东南 2024): the same)
UPGRADE_ALONG = re.compile(rf"(?:{NEW_WORDS.pattern})(?:及|和|与|或|、|并)?(?P<verb>优化|提升|改造|升级|整合|提档|改扩建|改建|扩建)")
# the stages of building one thing: "科创载体开工100万平方米、建成100万平方米"
STAGE_VERBS = r"开工建设|开工|建成|竣工|投产|投用|交付|签约|落地|在建|启动"
WORKS_VERBS = r"新改扩建|新改建|改扩建|新建|改建|扩建"  # works built, of which a stage is reached


def next_stage_name(before: str, last_name: str) -> str:
    """Return the name of a quantity whose clause is only a stage verb after the previous target
    named by the same thing at another stage ("…开工100万平方米、建成100万平方米" → 科创载体建成),
    or ""."""
    # ("聚焦突破类新签约60个，新开工35个" → 聚焦突破类新开工)
    verb = re.fullmatch(rf"[、，]?(?:再|并)?(新?(?:{STAGE_VERBS}))", before.strip())
    stage = re.search(rf"新?(?:{STAGE_VERBS})$", last_name)
    if verb is None or stage is None or stage.start() < 2:
        return ""
    return last_name[: stage.start()] + verb.group(1)


def stage_with_object(name: str, last_name: str) -> str:
    """Return a name that is only a stage verb with the object of the previous target of its list
    when that one opens with another stage ("签约亿元以上项目400个、落地250个" → 落地亿元以上项目),
    else ``name``."""
    if re.fullmatch(rf"(?:再|并)?(?:{STAGE_VERBS})", name) is None:
        return name
    # ("新改建农村公路1.9万公里，建成1.79万公里" (贵州 2017): works of which a part is finished)
    m = re.match(rf"(?:{STAGE_VERBS}|{WORKS_VERBS}|续建)(?P<object>[\u4e00-\u9fff]{{2,}})$", last_name)
    if m is None or re.match(rf"(?:{STAGE_VERBS})", m["object"]):
        return name
    return name + m["object"]


STOCK_REACHED = re.compile(r"(?<![年期])累计(?:达到|达)$")


# what ends a clause's subject but is no part of a name: "高新技术企业可", "工业用电量反而",
# "技术合同交易额从2017年的", "在云端有"
NAME_TAIL = re.compile(
    # ("…占GDP比重2025年目标值达20%左右": the year's target value is no part of the name)
    rf"(?:[从由自](?:{YEAR_NUM}年|上年|去年|上一年)(?:底|末)?的?|(?:{YEAR_NUM}\s*年的?)?(?:目标值|预期值)|可|可以|可望|反而|(?<![签节制预公合契条规邀相])约|共|共计|总计|合计|有|达|过|将|要|也|还|(?<![人户年日月])均|都|又|再|继续|持续"
    # a performance table's sign written into the line: "服务乡镇数≥12个"
    r"|[≥≤＞＜><]=?)+$"
)
# a "name" that is only a verb, an adverb or a time: "抓好", "开发", "参与", "对今年立项", "尽快"
VERB_ONLY = re.compile(
    rf"(?:对|在|于|向)?(?:今年|{WITHIN_YEAR}|全年|当年|去年|三年|五年|[一二三四五六七八九十两\d]+年)?"
    r"(?:抓好|抓|开发|参与|立项|获批|完成|实现|开展|组织|推进|推动|实施|建设|建成|培育|认定|引进|"
    r"申报|推荐|支持|扶持|尽快|早日|首次|新增|新建|达到|突破|超过|拥有|有)+了?"
)
# who acts, before what is to be done: "广西将启动实施产业链创新科技重大专项"
ACTOR_LEAD = re.compile(
    # (not an industry: "钢铁产业将实现主营业务收入750亿元" (江西 2008) is the industry's income)
    r"^(?![\u4e00-\u9fff]{0,10}?(?:产业|行业|企业|集群|板块)(?:将|要|拟|计划))"
    r"[\u4e00-\u9fff]{1,12}?(?:将|要|拟|计划)(?=(?:启动|实施|开展|建设|新建|培育|引进|组织|推进|打造|认定|"
    # ("广西将实现突破重大技术30项以上")
    # ("临沧将新建“万元山”30万亩" (临沧 2015): a quoted name counts its quotes)
    r"支持|组建|布局|突破|攻克|实现)+[\u4e00-\u9fff“”]{4,})"
    # ("2024年山西将完成营造林300万亩" (山西 2024): the place that completes it)
    rf"|^(?:{YEAR_NUM}年)?[\u4e00-\u9fff]{{2,6}}?(?:省|市|县|区)?(?:将|要)(?=完成[\u4e00-\u9fff]{{3,}}$)"
    # "海南计划将粮食播种面积稳定在": who plans to bring what to a level — the name is after 将
    # ("新疆计划今年将新型农村社会养老保障制度覆盖面扩大到")
    rf"|^[\u4e00-\u9fff]{{0,6}}?(?:计划|拟|要|力争|争取)(?:今年|全年|{WITHIN_YEAR}|明年)?将(?=[\u4e00-\u9fff]{{4,}})"
)
# a place that is the subject of the clause ("奈曼旗今年将完成新型农牧民培训5000人次"): what
# follows its verb is the name
PROVINCE = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州"
    "|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆"
)


# a name that is only a place: "山东省", "湖南", "奈曼旗"
PLACE_ONLY = re.compile(rf"(?:{PROVINCE})(?:省|自治区)?|[\u4e00-\u9fff]{{1,5}}(?:省|市|县|旗|州|盟)")


PLACE_SUBJECT = re.compile(
    # "今年城厢镇将力争实现…": a town's own plan names the town too ("西藏将2017年的经济增长目标…",
    # "黑龙江省2022年将新建高标准农田1100万亩")
    # ("2019年北京计划新增造林28.4万亩" (北京 2019): the year before the place)
    rf"^(?:今年|全年|{WITHIN_YEAR}|明年|{YEAR_NUM}\s*年)?(?:[\u4e00-\u9fff]{{1,6}}?(?:旗|县|市|区|州|盟|镇|乡)|(?:{PROVINCE})(?:省|自治区)?)(?:今年|全年|{WITHIN_YEAR}|明年|{YEAR_NUM}\s*年)?(?:还|也|再)?(?=将|要|拟|计划|力争|确保|锚定|重点实施|重点推进|预计完成)"
    # a province before its year and the verb: "浙江今年完成水利投资800亿元" (浙江 2026)
    # ("今春完成干渠生态保育带补植补造1.9万亩" (河南 2022): a season, likewise)
    rf"|^(?:(?:{PROVINCE})(?:省|自治区)?)?(?:目标)?(?:今年|全年|{WITHIN_YEAR}|明年|{YEAR_NUM}\s*年|今春|今秋|今冬|明春)(?=完成|实现)"
    # a headline's bare place before its year's goal: "常平力争今年GDP增长8%至8.5%"
    rf"|^[\u4e00-\u9fff]{{2,4}}(?=(?:力争|确保|争取)(?:今年|全年|{WITHIN_YEAR}))"
    # a place before its 全市: "眉山全市创建乡村振兴先进县2个"
    r"|^[\u4e00-\u9fff]{2,4}(?=全(?:市|县|区|省|镇)(?:创建|新增|新建|培育|建成|实现|完成|引进))"
)
SETTER_LEAD = re.compile(
    rf"^[^、，\d]{{0,8}}?(?:确定|提出|明确|要求|锚定)了?(?:全年|今年|{WITHIN_YEAR})?(?:要|将)?"
    # a headline: "宁波农业农村工作目标确定 农民人均纯收入增11%"
    r"|^[^、，\d]{0,16}?(?:目标|任务|指标)(?:确定|敲定|出炉|公布)(?![为是在])\s*"
)
# verbs in a row before their shared object: "引进、培育和推广应用农业优良品种" names 农业优良品种
_VERBS = "|".join(sorted(VERB_BEFORE_OBJECT.pattern[3:-2].split("|"), key=len, reverse=True))
VERB_CHAIN = re.compile(rf"^(?:{_VERBS})(?:[、和及与](?:{_VERBS}))+(?=[\u4e00-\u9fff]{{4,}}$)")


# a document cited as the source of the goal: "4月份新出台的《安吉工业经济规模与质量“双提升”行动计划》中
# 明确提出" — its title is no part of the name (and its 提升 no predicate)
CITED_SOURCE = re.compile(r"^[^，；。]*?《[^》]*》[^，；。《]{0,6}?(?:中|里)?(?:明确|提出|要求|规定|指出)+了?")
# spending "on" something: "企业将在技术开发上投入" names 企业技术开发投入
SPENT_ON = re.compile(r"^([\u4e00-\u9fff]{2,8}?)(?:将|要|拟)?在([\u4e00-\u9fff]{2,10}?)上(投入|支出|投资)$")
# what introduces the goals before the first one's name: "今年湖南经济社会发展主要预期目标为", "四川主要
# 预期目标是实现"
GOAL_OF_NAMED = re.compile(
    r"(?P<name>[^，；。\d]{2,20}?)的?(?:预期|年度|全年|发展|增长|增速)?(?:目标|指标)(?:值)?(?:是|为|定为|确定为)"
    r"(?:增长|达到|实现)?"
)
GOALS_ARE = re.compile(
    r"^[^，；。\d]*?(?:预期|主要|总体|奋斗|发展|工作|年度)(?:目标|指标)(?:是|为)[：:]?(?:实现|完成|确保|力争)?"
    r"(?=[\u4e00-\u9fff]{2})"
    # ("“十二五”末的目标是实现工业总产值突破千亿元": a goal named by its date, the name after it;
    # not "……固定资产投资的目标是达到": the name before it)
    r"|^[^，；。\d]*?(?:(?<=的)|^)(?:目标|指标)(?:是|为)[：:]?(?:实现|完成|确保|力争)?(?=[\u4e00-\u9fff]{4})"
)


def inside_open_quote(before: str) -> str:
    """Return the text inside a quote left open before a quantity ("锚定“到2027年地区生产总值突破" →
    "到2027年地区生产总值突破"): a target quoted from a plan is named inside its quotes."""
    for open_mark, close_mark in QUOTES[:1] + QUOTES[2:]:
        if before.count(open_mark) > before.count(close_mark):
            return before.rsplit(open_mark, 1)[1]
    return before


def before_close_quote(clause: str) -> str:
    """Return a clause up to a closing quote that opened before it (the quoted target ends there)."""
    for open_mark, close_mark in QUOTES[:1] + QUOTES[2:]:
        close = clause.find(close_mark)
        if close >= 0 and open_mark not in clause[:close]:
            return clause[:close]
    return clause


# what a count counts, named by a threshold on a measure: "营业收入超万亿元高新区1个、超千亿元高新区15个"
_THRESHOLD_MEASURE = r"(?:营业收入|销售收入|主营业务收入|总收入|收入|营收|产值|总产值|规模|总投资|投资|税收|纳税|利税)"
COUNTED_OVER_THRESHOLD = re.compile(
    rf"(?:(?P<measure>[\u4e00-\u9fff]{{0,6}}?{_THRESHOLD_MEASURE})?(?:超过|超|过)"
    r"\d*(?:\.\d+)?[一二三四五六七八九两十百千万亿]*(?:亿元|万元)(?:以上)?"
    # "公共财政预算收入5000万元—1亿元的乡镇(街道)", "……2000—5000万元的乡镇(街道)" (聊城 2015): a band
    rf"|[\u4e00-\u9fff]{{0,6}}?{_THRESHOLD_MEASURE}\d+(?:\.\d+)?(?:亿元|万元)?\s*[—\-–~～至到]\s*\d+(?:\.\d+)?(?:亿元|万元))"
    r"的?(?:高新区|开发区|园区|产业园|基地|产业集群|集群|企业|产业|项目|经济强村|强村|村|嘎查村|合作社|家庭农场"
    r"|乡镇(?:\s*[（(]街道[)）])?|街道|楼宇)"  # "形成税收超千万元楼宇15家" (天宁 2013)
)


def with_threshold_measure(name: str, previous: str) -> str:
    """Return a threshold name that leaves out its measure with the previous name's measure:
    "超千亿元高新区" after "营业收入超万亿元高新区" → "营业收入超千亿元高新区"."""
    m, prev = COUNTED_OVER_THRESHOLD.fullmatch(name), COUNTED_OVER_THRESHOLD.fullmatch(previous)
    if m is None or m["measure"] or prev is None or not prev["measure"]:
        return name
    return prev["measure"] + name


def after_worded_goal(before: str) -> str:
    """Return ``before`` without a goal stated in words and closed by 、 before the name: in
    "力争研发投入强度达到全省中游水平、规上工业企业中有研发活动的企业占比达到" the first goal has its own
    predicate and a level in words (no number), so the quantity names what follows the 、."""
    head, sep, tail = before.rpartition("、")
    head = head.rsplit("，", 1)[-1]
    if not sep or re.search(r"\d", head):
        return before
    own, verb = PREDICATE.search(head), PREDICATE.search(tail)
    if own is None or verb is None or own.start() < 2 or verb.start() < 2:
        return before
    return tail if WORDED_LEVEL.search(head[own.end() :]) else before


# a level stated in words: "全省中游水平", "全国先进水平", "全省前列", "第一方阵"
WORDED_LEVEL = re.compile(r"(?:水平|行列|前列|方阵|梯队|中游|上游|一流)$")


# a target without a number closed by 、 or ，: "高新技术产业产值翻一番、"
# ("空气质量优良率指数达到一级、每万元单位GDP综合能耗0.5吨标准煤" (崇明 2020): a grade reached)
NUMBERLESS_DONE = re.compile(r"(?:翻一番|翻两番|翻番|倍增|零的突破|达到[一二三四五]级|全覆盖)[”\"]?[、，]")
# a zone inside the place, named by its kind alone (the part of the plan is about it): "示范区"
ZONE_SUBJECT = re.compile(
    r"(?:国家)?(?:自主创新)?示范区|自创区|高新区|开发区|经开区|园区|片区|核心区|试验区|先行区"
)


# a place or zone (the plan's own), then the words of will, before 实现/完成: "基地将努力实现"
_ACTOR_WILL = re.compile(
    r"[\u4e00-\u9fff]{0,12}?(?:基地|园区|开发区|高新区|经开区|新区|示范区|[市县区镇乡])"
    r"(?:还|也)?(?:将|要)(?:努力|全力|奋力|力争|争取|确保)?"
    # ("北京还计划完成生态修复12万亩" (北京 2023): a province named bare, its plan (计划 is the
    # predicate's own))
    rf"|(?:{PROVINCE})(?:回族|维吾尔|壮族)?(?:自治区|省|市)?(?:还|也)?(?:将|要|拟)?(?:努力|全力|奋力|力争|争取|确保)?"
    # "中关村力争2009年实现园区高新技术产业增加值…增长18%": who strives, and for when, name nothing
    rf"|[\u4e00-\u9fff]{{2,12}}?(?:将|要)?(?:力争|争取|确保|努力)(?:在|到)?(?:{YEAR_NUM}年)?"
)


# the share of new ones in the whole place: "净增高企和科创项目占全市比重", "新增X占全省总量"
SHARE_OF_NEW = re.compile(
    rf"(?:^|(?<=[，、；：]))(?P<kind>新增|净增)(?=[^，；。、\d]{{2,16}}?{SHARE_OF_WHOLE})"
)


# units that are to bring a measure's growth about: the measure of those units is the name
_TO_COMPLETE_GROWTH = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:还|也|均|都)?(?:要|将|需|须|必须)完成"
    r"(?=[\u4e00-\u9fff、]{4,}?(?:同比|较上年|比上年)?(?:增长|增速)[^，；。]*$)"
)


# a news report's dateline before its first words: "东南网4月2日讯（海峡导报记者沈华铃）", "中新社沈阳3月15日电（记者王景巍）"
NEWS_DATELINE = re.compile(r"^[^，。；：（）()]{0,20}?\d{1,2}月\d{1,2}日(?:电|讯)\s*(?:[（(][^（）()]{0,30}[）)])?")


def name_before(before: str) -> str:
    """Return the indicator's name in the text before a quantity ("" when there is none).

    ``全市高新技术产业工业总产值要突破`` → ``高新技术产业工业总产值``;
    ``新增高新技术企业`` → ``高新技术企业``; ``总量突破`` → "".
    """
    before = after_worded_goal(inside_open_quote(before))  # "锚定“到2027年地区生产总值突破"
    # "确保按时保质完成我县2019年新增高标准农田55000亩" (仙游 2019): whose and which year's, after the verb
    before = re.sub(rf"(?<=完成|实现|达到)(?:我|本|全)[县市区镇乡省](?:{YEAR_NUM}\s*年度?)?(?=[\u4e00-\u9fff]{{2}})", "", before)
    # "以合作社为主大力发展啤特果、软儿梨、油桃等特色林果业2.8万亩" (临夏县 2017): how, not what
    before = re.sub(r"(?:^|(?<=[，；：]))\s*以[^，；。\d]{1,10}?为(?:主|主体|重点|依托)(?=[\u4e00-\u9fff]{2})", "", before)
    # "东南网4月2日讯（海峡导报记者沈华铃）确保完成粮食播种面积" (厦门 2021): a news report's dateline
    before = NEWS_DATELINE.sub("", before)
    # "江西省地区生产总值（GDP）设定为年均增长8.5%左右" (江西 2020): the setting is no part of the name
    before = re.sub(r"(?<=[\u4e00-\u9fff）)])(?:设定|确定)为(?=(?:年均)?(?:增长|递增|达到|$))", "", before)
    before = re.sub(r"(?:^|(?<=[，；：]))设定(?=[\u4e00-\u9fff]{4})", "", before)
    # "今年厦门要确保完成粮食播种面积" (厦门 2021): the place whose plan it is, named bare after 今年
    before = re.sub(
        r"(?:^|(?<=[，；：]))\s*(?:今年|全年|明年)[，,]?[\u4e00-\u9fff]{2,3}(?=(?:将|要)(?:确保|力争|争取|努力)?(?:完成|实现|达到))",
        "",
        before,
    )
    before = re.sub(r"(?<=人均)(?:将|要)(?=[\u4e00-\u9fff])", "", before)  # "人均将增收" (兰州 2014): 人均增收
    # "政府保持科技投入的刚性增长20%以上", "我区目标推动技术合同成交额突破" (内蒙古 2025): the growth kept
    # is the measure's; the aim before the verb names nothing
    before = re.sub(r"保持([^，；。\d]{2,10}?)的(?:刚性|稳定|持续|较快|快速|合理)?增长$", r"\1增长", before)
    before = re.sub(r"(?<=[市县区省州])目标(?:推动|实现)?(?=[\u4e00-\u9fff]{4})", "", before)
    # ("2023年，江苏目标经济增长5%左右" (江苏 2023): a province named without 省)
    before = re.sub(rf"(^|[，；：])({PROVINCE})目标(?=[\u4e00-\u9fff]{{4}})", r"\1\2", before)
    # "崇明岛有望建设成为森林覆盖率达28%" (崇明 2020): what the place is to become is measured after 成为
    before = re.sub(r"^[^，；。]*?(?:建设成为|打造成为|建成为|发展成为)(?=[\u4e00-\u9fff]{3})", "", before)
    # "省林业厅今年为贫困县安排造林任务" (山西 2017): the task allotted, named by whom it is for
    before = re.sub(r"(?:^|(?<=[，；：]))[^，；。]*?为([\u4e00-\u9fff]{2,8}?)(?:安排|下达|分配)(?=[\u4e00-\u9fff]{2,}$)", r"\1", before)
    before = re.sub(r"(?:^|(?<=[，；：]))如(?=今年|明年|全年)", "", before)  # "如今年计划新增装机并网" (乌兰察布 2026): for instance
    before = re.sub(r"(?<=目标)确定为$|(?<=目标)确定为(?=增长$|达到$)", "为", before)  # "地区生产总值目标确定为增长" (安庆 2021)
    # "这些工作必将为全地区实现今年肉类总产量" (日喀则 2009): what the work is for, not what it becomes
    before = re.sub(r"(?:^|(?<=[，；：]))[^，；。]{0,16}?(?:必将|将)为(?=[^，；。\d]{0,6}?(?:实现|完成))", "", before)
    # "建成集采摘、加工、……为一体的5000亩以上核心区茶园": what it brings together describes what
    # follows the number, which names it
    before = re.sub(r"集[^，。；]{2,40}?(?:为|于)一体的?$", "", before)
    # "作为自治区马铃薯主产区的乌兰察布市马铃薯播种面积将继续保持": what the subject is, said in passing
    before = re.sub(r"(?:^|(?<=[，；：]))\s*作为[^，。；]{2,24}?的(?=[\u4e00-\u9fff]{4})", "", before)
    # "在保持蔬菜占地稳定在100万亩的基础上" (邯郸 2011): the level kept, named after 保持
    before = re.sub(r"(?:^|(?<=[，；：]))\s*在(?=保持[\u4e00-\u9fff]{2,12}?(?:稳定)?在$)", "", before)
    # "带动全市粮食总增产10万吨以上" (邯郸 2011): what the works bring about, not a doer
    before = re.sub(r"(?:^|(?<=[，；：]))\s*带动(?:全[市县区省])?(?=[\u4e00-\u9fff]{4})", "", before)
    # "在东部棉花主产区推广杂交抗虫棉100万亩": where it is done is no part of what is counted
    # ("在公共建筑和12层以下住宅推广太阳能热水系统660万平方米" (海南 2011): where it is promoted)
    before = re.sub(r"(?:^|(?<=[，；：]))\s*在[\u4e00-\u9fff\d]{2,16}?(?:主产区|产区|山丘区|山区|地区|住宅|建筑|领域|行业)"
                    r"(?=(?:推广|建设|发展|种植|新建|实施)[\u4e00-\u9fff]{2})", "", before)
    # "地区生产总值实现1200亿元，可比增长18%以上": growth at comparable prices, the same measure's
    before = re.sub(r"(?:按)?可比(?:价格?|口径)?(?:计算)?(?=(?:增长|增速|下降)\s*$)", "", before)
    # "净增高企和科创项目占全市比重超1/4": the share of the new ones keeps its 净增
    if (share := SHARE_OF_NEW.search(before.strip())) and (name := name_before(before.strip()[share.end() :])):
        return name if name.startswith(share["kind"]) else share["kind"] + name
    if (subject := PLACE_SUBJECT.match(before.strip())) and (
        name := name_before(before.strip()[subject.end() :])
    ):
        return name  # (a place with nothing named after its verb is a county's share: names_places)
    # "……以下几项工作：一、新增茶叶基地": an item's number run into the line names nothing
    s = re.sub(r"(?:^|(?<=[：:]))\s*[一二三四五六七八九十]{1,3}、(?=[\u4e00-\u9fff]{2})", "", before.strip())
    s = LEAD_WORDS.sub("", ACTOR_LEAD.sub("", s))
    s = LEAD_WORDS.sub("", SETTER_LEAD.sub("", s))  # "哈市确定全年实现高新技术产值增长"
    # "通过土地经营权流转方式实现适度规模经营面积达到" (双鸭山 2024): the means is no part of the name
    s = re.sub(r"^通过[^，；。\d]{2,16}?(?:方式|途径|渠道|手段)(?=[\u4e00-\u9fff]{4})", "", s)
    # "新建、改造提升高标准农田": the verbs, built and upgraded, before what is counted
    s = re.sub(r"^(?:改造提升|提档升级|改扩建|扩建|改建)(?=[\u4e00-\u9fff]{2})", "", s)
    # "工业累计投资在2600亿元以上" (黔西南 2025): the sector's investment (累计 says its kind)
    s = re.sub(r"(?<=[\u4e00-\u9fff]{2})累计投资(?:额)?(?:在)?(?=(?:要|将)?(?:达到|达|突破|超过)?$)", "投资", s)
    # "全县计划落实种植面积" (凤冈 2015): the area made sure of, named without the verb
    s = re.sub(r"^落实(?=[\u4e00-\u9fff]{0,8}面积$)", "", s)
    # "…增加值在去年突破1万亿元的基础上增长": the base it grows from is no part of the name
    s = re.sub(r"(?<=[\u4e00-\u9fff]{2})在[^，；。在]{0,30}?的(?:现有)?基础上(?=[\u4e00-\u9fff]{0,4}$)", "", s)
    # "高新技术产业产值翻一番、战略性新兴产业产值突破": a goal without a number before 、 is a
    # whole target of its own; the name is after it
    if (done := list(NUMBERLESS_DONE.finditer(s))) and len(re.findall(r"[\u4e00-\u9fff]", s[done[-1].end() :])) >= 2:
        s = LEAD_WORDS.sub("", s[done[-1].end() :])
    # "围绕全年67个工业增长点新增产值80亿元目标": 围绕 frames the goal, and the count of what
    # yields it (a subject, not a target: is_subject) does not name it
    if m := re.match(r"围绕(?![^，；。]*(?:为|的))", s):
        s = LEAD_WORDS.sub("", s[m.end() :])
        s = re.sub(r"^\d+(?:个|家|项|户|所|条)(?=[\u4e00-\u9fff]{2})", "", s)
    s = VERB_CHAIN.sub("", s)
    if m := GOAL_OF_NAMED.fullmatch(s):  # "地区生产总值预期目标为增长": the name before its goal
        s = LEAD_WORDS.sub("", m["name"])
    # "2021年广西粮食生产目标为播种面积" (广西 2021): the crop's measure named after 为
    s = re.sub(r"^(?:.*[，；：])?[^，；。]*?(?P<crop>[\u4e00-\u9fff]{2})生产(?:目标|任务)(?:是|为)[：:]?(?=[\u4e00-\u9fff]{2})", r"\g<crop>", s)
    s = GOALS_ARE.sub("", s)  # "主要预期目标为地区生产总值增长": the goal's name follows 为
    if m := COUNTED_OVER_THRESHOLD.fullmatch(s):  # "营业收入超万亿元高新区": the threshold names them
        return m.group()
    s = LEAD_WORDS.sub("", CITED_SOURCE.sub("", s))  # "新出台的《…“双提升”行动计划》中明确提出"
    s = SPENT_ON.sub(r"\1\2\3", s)  # "企业将在技术开发上投入" → 企业技术开发投入
    # "以“大智移云”为核心的新一代信息技术产业规模": what it centres on only describes it
    s = re.sub("^" + CENTRED_ON, "", s)
    # "金融机构为科技企业提供融资需求": what one party provides another is named by the whole
    # clause (the subject alone, "金融机构", is no indicator)
    s = _TO_COMPLETE_GROWTH.sub("", s)  # "产业转移工业园还要完成规模以上企业工业增加值同比增长": the units' measure
    m = None if BENEFACTIVE.fullmatch(s) else PREDICATE.search(s)
    while m is not None and m.start() == 0:
        s = LEAD_WORDS.sub("", s[m.end() :])
        m = PREDICATE.search(s)
    while m is not None and NEW_WORDS.fullmatch(m.group()) and s[: m.start()].endswith("占"):
        m = PREDICATE.search(s, m.end())  # "绿色建筑占新建建筑比例": 新建 names the denominator
    if m is not None and (aside := NEW_ASIDE.match(s, m.start() - 1)) is not None:
        # "依托企业重组（新建）的各类市级以上科技创新平台": the name is what the clause describes
        s = s[aside.end() :]
        m = PREDICATE.search(s)
    if m is not None:
        rest = s[m.end() :]
        if re.match(r"占[^占，；。]{2,}", rest):
            # "高新技术企业产值继续保持占工业总产值的42%": the share keeps its numerator
            s = re.sub(r"(?:继续|仍然|仍|始终|稳定)+$", "", s[: m.start()]) + rest
            m = None
    if m is not None and m.group() == "累计" and (rate := re.match(r"[\u4e00-\u9fff]{1,4}?率", s[m.end() :])):
        s = s[: m.end()] + rate.group()  # "低收入农户累计脱贫率在90%以上" (泰兴 2018): a rate, 累计 in its name
        m = None
    if m is not None:
        rest = s[m.end() :]
        if (
            NEW_WORDS.fullmatch(m.group())
            and len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 2
            # "工业增长点新增产值": a measure after 新增 belongs to the name before it
            and not (KIND_WORDS.fullmatch(m.group()) and MEASURE_AFTER_KIND.fullmatch(rest))
        ):
            # "支持企业新建省级实验室等": the object of 新建 is the name; "城镇新增就业" stays whole
            # "示范区新增科技型中小企业": a zone inside the place (not the place itself: 全区, 江津区)
            # keeps its figures apart from the whole place's same indicator
            zone = ZONE_SUBJECT.fullmatch(s[: m.start()])
            s = (zone.group() + rest if zone else rest) if m.start() > 2 else s
        elif (
            re.search(r"实现|完成$", m.group())
            and _ACTOR_WILL.fullmatch(s[: m.start()])
            and len(re.findall(r"[\u4e00-\u9fff]", re.sub(r"(?:同比)?(?:增长|增速|增幅)$", "", rest))) >= 2
        ):
            # "浏阳制造产业基地将努力实现技工贸收入": the place or zone that will achieve it is the
            # plan's own; what it achieves is the name
            s = re.sub(r"(?:同比)?(?:增长|增速|增幅)$", "", rest)
        elif (
            re.search(r"实现|完成$", m.group())
            and (when := re.match(rf"(?:今年|全年|当年|{WITHIN_YEAR})", rest))
            and len(re.findall(r"[\u4e00-\u9fff]", rest[when.end() :])) >= 2
        ):
            s = rest[when.end() :]  # "为全地区实现今年肉类总产量3.6万吨……的目标任务" (日喀则 2009): the year's measure
        elif (
            achieved := MEASURE_ACHIEVED.fullmatch(rest) or re.fullmatch(r"投资(?:额)?", rest)
        ) and re.search(r"实现|完成$", m.group()):
            # ("全省工业完成投资1万2000亿元": the investment the subject makes)
            # "科技信息服务业实现营业收入": what the subject achieves is the measure of the name
            # ("30只投资2000万元以上项目当年完成投资": the count and the year say how many and when)
            # ("河南180个产业集聚区力争全年完成投资" (河南 2013): the place, the count and the
            # striving say whose investment, how many and how it is set, not what is measured)
            subject = re.sub(
                rf"(?:力争|确保|争取|努力)?(?:当年|全年|今年|{WITHIN_YEAR})?(?:还|也)?(?:要|将)?(?:力争|确保|争取|努力)?$", "",
                re.sub(
                    r"^(?:[\u4e00-\u9fff]{2,3}?[省市县]?)?\d+(?:只|个|家|项|户)(?=[\u4e00-\u9fff]{2})"
                    # ("六盘水市招商引资计划完成到位资金": the city whose 招商引资 it is)
                    r"|^[\u4e00-\u9fff]{2,4}[省市县](?=招商引资)",
                    "", s[: m.start()],
                ),
            )  # ("全部工业要力争完成产值300亿元": what the subject will do is no part of it)
            s = subject + achieved.group()
        elif (
            re.search(r"(?:实现|完成)$", m.group())
            # ("确保秋冬季农业生产实现粮食作物24万亩" (余庆 2013): the farming season likewise)
            and re.search(r"(?:工作|农业生产)(?:还|也)?(?:要|将)?(?:力争|确保|争取|努力)?$", s[: m.start()])
            and len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 2
        ):
            s = rest  # "2017年，全市农林工作力争完成粮食总产160万吨" (西安 2017): the work field is no measure
        elif (
            m.group() in ("提升", "提高")
            and WORK_VERBS.fullmatch(s[: m.start()])
            and len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 4
        ):
            pass  # "整治提升制造业高耗低效企业", "盘活腾退提升低效工业用地" (宗汉 2023): verbs in a row
        else:
            # "技术市场交易累计总额达": the measure after 累计/新增 belongs to the name
            measure = MEASURE_AFTER_KIND.match(rest) if KIND_WORDS.fullmatch(m.group()) else None
            s = s[: m.start()]  # "5G基站新建": the name comes first
            noun = re.sub(r"[总金]额$", "额", measure["noun"] or "") if measure else ""
            if noun and not s.endswith(noun):
                s += noun
    share = re.search(r"占[^占，；。]{2,}的$", s)  # "A占B的42%": the share of A in B
    s = re.sub(r"(?:的|为|是|，|、|：|已|现已|目前|已经|等|目标)+$", "", s).strip()
    s = COMPARATOR_TAIL.sub("", s)  # "…营业收入比重高于15%": 高于 compares, it names nothing
    # "创新龙头企业和瞪羚企业数在25家以上": 在 places the count at its bound, it names nothing
    # ("R&D经费占GDP的比重在2012年1.09%的基础上": the base year's figure follows 在)
    s = re.sub(r"(?<=[数量额率值重积])在(?:(?:19|20)\d\d年|上年|去年|上一年)?(?:底|末)?$", "", s)
    s = NAME_TAIL.sub("", s)
    # "区域科技创新综合评价位次前移2位": the rank is the indicator, moving up is the target (提高)
    s = re.sub(r"(?<=位次|排名|名次|排位)(?:前移|进位|晋位|上升|提升|提高|前进)$", "", s)
    if share and not re.search(r"比重|比例|占比|份额$", s):
        s += "比重"
    s = re.sub(r"^年(?![均度末底内初轻龄份报会鉴])", "", s)  # "年技术市场成交合同金额": annual
    if BOUND_LETTERS.fullmatch(s):
        return ""  # "以上左右": bound words and units, no name
    # ("切实抓好西安市5个全国乡村治理示范村建设" (西安 2020): a verb and a place name nothing; the
    # name is after the count)
    verb_place = re.fullmatch(rf"(?:{VERB_ONLY.pattern})(?!.*(?:级|高新|开发|园|工业|经济))[\u4e00-\u9fff]{{2,4}}?[省市县区]", s)
    if s.startswith("续建") and re.search(r"新建(?:、|和|及)?续建", before):
        s = "新建" + s  # "计划新建续建2000万元以上各类项目" (大庆高新区 2010): projects of both stages
    if s == "任务" and (work := re.search(r"([\u4e00-\u9fff]{2})任务$", before.strip())):
        return work[1] + s  # "今年全区建设任务2.4万亩" (武清 2009): the work is the task's name
    return "" if GENERIC_NAMES.match(s) or len(s) < 2 or VERB_ONLY.fullmatch(s) or verb_place else s


# verbs of work on what exists, run together before 提升: "整治提升", "盘活腾退提升"
WORK_VERBS = re.compile(r"(?:整治|盘活|腾退|改造|整合|优化|规范|清理|治理|整顿|淘汰|关停)+")


# a party providing something for another: "金融机构为科技企业提供融资", "银行为小微企业发放贷款"
BENEFACTIVE = re.compile(
    r"[\u4e00-\u9fff]{2,10}为[\u4e00-\u9fff]{2,12}?(?:提供|发放|投放|新增|落实)[\u4e00-\u9fff]{2,10}?(?:的|需求)?"
)


# what opens a clause before the action it names: ordinals, dates, actors, adverbs
ACTION_LEAD = re.compile(
    r"^(?:\d{1,2}[.．、](?!\d)|[①-⑳]|（\d{1,2}）|[一二三四五六七八九十]{1,3}是|（[一二三四五六七八九十]{1,3}）"
    rf"|(?:到|至|在|于)?{YEAR_NUM}年(?:末|底|前|内(?!蒙)|度)?|全年|今年|{WITHIN_YEAR}|力争|争取|努力|确保|要|将|计划"
    r"|重点|大力|积极|加快|进一步|继续|全力|着力|全市|全县|全区|全省|我市|我县|我区|我省|本市|本县|本区"
    r"|其中|并|，|、|\s)+"
)


def action_name(before: str) -> str:
    """Return the action and its object as written before a quantity ("申报认定和复审高新技术企业"),
    without the adverbs and actors that open the clause, or "" when it is not a name."""
    s = ACTION_LEAD.sub("", before.strip())
    s = re.sub(r"(?:达到|达|突破|超过|不少于|不低于|以上|的|为|，|、)+$", "", s)
    s = tidy_name(s)
    if len(re.findall(r"[\u4e00-\u9fff]", s)) < 4 or re.search(r"[，；。：]", s):
        return ""
    return s


# words that head an indicator's name; a "name" with none of them is a place or a unit
INDICATOR_HEAD = re.compile(
    r"额|值|率|数|量|比重|比例|占比|强度|能力|水平|规模|企业|机构|院所|高校|平台|中心|基地|园|站|人才|团队|专利"
    r"|项目|成果|技术|产品|资金|经费|投入|收入|产值|税|指数|位次|排名|合同|孵化|众创|实验室|联盟|奖|论文|标准"
    r"|品种|农民|培训|人次|特派员|服务|活动|工程|课题|专项|计划|空间|天地|人员|设备|面积"
    r"|外资|内资|投资|融资"  # "实际利用外资、内资…，内资突破200亿元": money drawn in, not a place
)
PLACE_SUFFIX = re.compile(r"(?:区|县|市|旗|镇|乡|州|盟)$")


# "入库目标2万家。其中郑州市拟入库6780家，占比33.90%": the share of a named city or county
PLACE_SHARE_OPEN = re.compile(
    r"其中[，,]?\s*(?P<place>[\u4e00-\u9fff]{2,3}[市县州盟旗]"
    # a district named with its share right after it ("其中，桃城区3所、冀州区1所" (衡水 2022)); a zone
    # or an area (经开区, 园区, 城区, 片区) is no district
    r"|(?![主老新]?城区|市区)[\u4e00-\u9fff]{1,2}(?<![开园业技新发贸港保市景社库片辖山矿牧校街厂小灾林湖范护能验聚建造改种治修扩心点岸台])区(?=\d|新建|改扩建|新改扩建|改建))"
)
# a ；-clause that opens with a place's name, after an earlier clause of the sentence opened a breakdown by
# place ("其中，桃城区新改扩建中小学3所，……；冀州区新建中学1所，……；景县……" (衡水 2022))
PLACE_CLAUSE = re.compile(r"^\s*(?![全本我各该两城市县区])[\u4e00-\u9fff]{1,3}[区县市旗](?![级域内外直])")


_PLACE = r"[\u4e00-\u9fff]{2,3}[市县州盟旗]"
# "南阳市、洛阳市分别拟入库2770家、2670家": named places given one share each
PLACES_EACH = re.compile(rf"(?:^|[，；：])\s*(?:其中[，,]?)?(?P<places>{_PLACE}(?:[、和及与]{_PLACE})+)(?:分别|各)")
_NOT_A_PLACE = re.compile(r"[城级全本我各该两]")


def places_each(sentence: str) -> set[str]:
    """Return the named cities/counties a sentence gives one share each ("南阳市、洛阳市分别…")."""
    return {
        place
        for m in PLACES_EACH.finditer(sentence)
        for place in re.split(r"[、和及与]", m["places"])
        if not _NOT_A_PLACE.search(place)
    }


PLACES_GROUPED = re.compile(r"其中[，,]\s*(?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}等地")
PLACE_PLANS = re.compile(r"^[\u4e00-\u9fff]{2,3}(?:计划|拟|要|力争)(?:增长|达到|实现)")


def allotted_to_place(sentence: str, start: int, each: set[str] = frozenset(), lead_in: str = "") -> bool:
    """Return True when a quantity follows "其中<named city/county>…" in its sentence, or a place of
    ``each`` (places_each of the sentence as written): the target given to a lower level (a
    breakdown), not the document's own."""
    m = next(iter(reversed(list(PLACE_SHARE_OPEN.finditer(sentence, 0, start + 1)))), None)
    if m is not None and (not _NOT_A_PLACE.search(m["place"]) or m["place"].endswith("区")):
        return True
    # "其中，洛江、泉港、石狮……等地计划增长12%，安溪计划增长13%，德化计划增长11%" (泉州 2011): places
    # named without 市/县, grouped by 等地, then one more each
    if (shares := PLACES_GROUPED.search(sentence, 0, start)) is not None:
        clause = re.split(r"[，；。：]", sentence[:start])[-1]
        if shares.end() > len(sentence[:start]) - len(clause) - 1 or PLACE_PLANS.match(clause):
            return True
    if "其中" in sentence[:start] and (
        town := re.search(r"(?:^|[、，,：:；])\s*(?P<place>[\u4e00-\u9fff]{1,4}(?:[镇乡县旗]|农场|林场|牧场))$", sentence[:start])
    ) and not re.search(r"[城级全本我各该两小强范点心特重集色建制试]", town["place"]):
        # "其中，新建片区7万亩、崇兴镇1万亩、郝家桥镇3万亩" (灵武 2018): a town's share in the list
        return True
    if PLACE_CLAUSE.match(sentence) and any(
        not _NOT_A_PLACE.search(m["place"]) or m["place"].endswith("区") for m in PLACE_SHARE_OPEN.finditer(lead_in)
    ):
        return True
    # "…分别拟入库2770家、2670家，占比13.85%、13.35%": the rest of the breakdown's sentence too
    return any(place in sentence[:start] for place in each)


# a "name" of numbers only: the cells of a table row pasted as one line ("25 25 25 10")
NUMBERS_ONLY = re.compile(r"[\d.\s%,，、:：/-]*\d[\d.\s%,，、:：/-]*")


# a heading over the year's list of targets in a 绩效 report: "（一）职责任务", "年度绩效目标"
TARGET_LIST_HEADING = re.compile(
    r"^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]?)?\s*(?:年度|本年度|主要|绩效)?"
    r"(?:职责任务|目标任务|绩效目标|年度目标|工作目标|任务目标)[：:]?$"
)
_LIST_LEAD = re.compile(r"^\s*(?:\d{1,2}(?:[.．、)）](?!\d))?|[（(]\d{1,2}[)）]|[①-⑳])\s*(?=[\u4e00-\u9fff])")
_LIST_ITEM = re.compile(r"[^，,；;。\d]{2,40}?\d+(?:\.\d+)?\s*[%％]?[\u4e00-\u9fff]{0,3}")
_LIST_VERB = re.compile(r"完成|预计|实现|已|达到|达|增长|提高|下降|同比|比上年|较上年|共|累计")


def bare_target_list(text: str) -> bool:
    """Return True for a line that only lists names and figures ("1研究与试验发展经费支出占地区生产
    总值比重0.18%,高新技术产业主营业务收入290亿元,科技创新水平指数48"): at least two items, no
    verb of a result or a change — under a 职责任务 heading, the year's targets."""
    items = [i.strip() for i in re.split(r"[，,；;。]", _LIST_LEAD.sub("", text.strip())) if i.strip()]
    return (
        len(items) >= 2
        and all(_LIST_ITEM.fullmatch(i) for i in items)
        and not any(_LIST_VERB.search(i) for i in items)
    )


def names_places(name: str, sentence: str) -> bool:
    """Return True when a "name" only lists places ("娄星区", "涟源、双峰、新化"): a breakdown of the
    target by county ("在…比重方面，娄星区将达到32%以上、冷水江达到22%以上"), not an indicator."""
    if re.match(r"^[\u4e00-\u9fff]{0,3}?\d+个(?:设区市|地级市|省辖市|地市|市州|县区|县市区|县（市、区）)", name):
        return True  # "9个设区市目标增速锚定5.5%左右" (南昌 2026): a group of places' own goals
    share = re.fullmatch(r"(?P<place>[\u4e00-\u9fff]{2,4}?)(?:的)?(?P<task>目标任务|任务)", name)
    if share and (cut := sentence.find(f"其中{name}")) > 0:
        # "……农村危房改造目标任务是2.5万户，其中海口目标任务1180户" (海南 2018): one place's share of
        # the task, a word the whole task's name does not hold
        whole = sentence[:cut]
        if share["task"] in whole and share["place"] not in whole and not re.search(r"[造建改种养培治修]", share["place"]):
            return True
    tokens = name.split("、")
    if not all(2 <= len(t) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", t) for t in tokens):
        return False
    if any(INDICATOR_HEAD.search(t) for t in tokens):
        return False
    if any(re.search(r"养殖|种植|栽培|生产|加工|出栏|存栏", t) for t in tokens):
        return False  # "在养殖业方面，……新增生猪养殖2000头": what is raised, not a place
    if any(re.search(r"(?:百强|十强|强|示范|先进|达标|创新型|试点|重点|中心)(?:乡镇|[县区市镇乡])$", t) for t in tokens):
        return False  # "力争再新增2个百强县" (辽宁 2011): a class of places, counted
    if any(re.search(r"(?:小区|社区|景区|街区|厂区|矿区|校区|库区)$|^(?:新建|改造|提升|巩固)|^[片园城社景辖山矿库校]区$", t) for t in tokens):
        return False  # "扎实推进56个老旧小区、35个城中村改造" (新乡 2026): estates, not a county
    # (a single word without a place's ending names no place: "在加强农村基础设施建设方面，……1500套旧住房
    # 将得到改造" (上海 2011))
    # ("娄星区将达到32%以上、冷水江达到22%以上" (娄底 2020): one more county, named beside one with its ending)
    return any(PLACE_SUFFIX.search(t) for t in tokens) or (
        bool(re.search(r"在[^，。；]{2,30}方面", sentence))
        and (len(tokens) >= 2 or bool(re.search(r"[\u4e00-\u9fff]{1,3}[区县市旗](?:将|要)?达到", sentence)))
    )


# the statistics' scope of investment by project size: "500万元以上固定资产投资增长20%", "50万元以上固定资产
# 投资在2011年的基础上新增100亿元" (临沧 2012) — the size is part of the name, no figure of its own
INVESTMENT_SCOPE = re.compile(
    r"(?<![\d.])(?P<n>[1-9]\d{0,3})(?P<u>万元)以上(?=的?(?:城镇|农村|全社会|工业)?(?:固定资产投资|项目投资|工业投资))"
)
SHIELDED_SCOPE = re.compile(r"(?P<n>[一二三四五六七八九十百千零]+)万元以上(?=的?(?:城镇|农村|全社会|工业)?(?:固定资产投资|项目投资|工业投资))")


def shield_investment_scope(sentence: str) -> str:
    """Return ``sentence`` with the project size of an investment's scope written in Chinese numerals,
    so that it is read as part of the name ("500万元以上固定资产投资"), not as a figure."""
    from kjreport.plan.text import cn_number

    return INVESTMENT_SCOPE.sub(lambda m: cn_number(int(m["n"])) + m["u"] + "以上", sentence)


def _unshield_scope(name: str) -> str:
    return SHIELDED_SCOPE.sub(lambda m: f"{cn_int(m['n'])}万元以上", name)


def tidy_name(name: str) -> str:
    """Return a name without what only describes it: "星火、火炬等各级科技计划项目" → "各级科技计划项目",
    "（研究与试验发展经费/国民生产总值）" explanations, "对省级项目进行验收" → "省级项目验收"."""
    s = re.sub(r"（[^（）]*[/÷][^（）]*）", "", _unshield_scope(name))
    s = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:按)?同口径(?:计算)?$", "", s)  # "一般公共预算收入同口径增长6%"
    s = re.sub(r"^即(?=[\u4e00-\u9fff]{3})", "", s)  # "提出了新目标，即粮食总产量达到…"
    # "市委经济工作会议还确定了地方财政一般预算收入增长10%" (信阳 2010): who set the goal is no part of it
    s = re.sub(r"^[\u4e00-\u9fff]{2,16}?(?:还|又|也)?(?:确定了|提出了|明确了)(?=[\u4e00-\u9fff]{4})", "", s)
    s = re.sub(r"^[#＃*]+(?=[\u4e00-\u9fff])", "", s)  # "#规模以上工业总产值(区属)": a table's 其中 mark
    # "今年，塘厦镇经济增长的预期目标为10%" (塘厦 2022): the place's economy is its 经济增长
    s = re.sub(r"^[\u4e00-\u9fff]{2,4}[镇县市区省](?=经济$)", "", s)
    # "今年全省计划再投资180亿元以上" (黑龙江 2012): 再 adds to last year's, no part of the name
    s = re.sub(r"^再(?=投资|投入)", "", s)
    # "……等四大类工程共631项" (黑龙江 2012): how many kinds the works fall in is no part of the name
    s = re.sub(r"^[一二三四五六七八九十两\d]+大类(?=[\u4e00-\u9fff]{2})", "", s)
    # "11个新城滨河森林公园中的5处将在年内建成开放" (北京 2011): the pool names the part drawn from it
    s = re.sub(r"^\d+(?:个|家|处|所|座)([\u4e00-\u9fff]{2,20}?)中的?$", r"\1", s)
    # "其中200亿元用于农村公路建设" (贵州 2017): the money's purpose names it
    s = re.sub(r"^用于([\u4e00-\u9fff]{2,12}?)(?:建设)?$", r"\1建设资金", s)
    # "30所学校幼儿园建设列入为民办实事工程" (秦皇岛 2017): where the works are listed is no part of the name
    s = re.sub(r"(?<=[\u4e00-\u9fff]{2})列入(?:为)?[\u4e00-\u9fff]{2,10}$", "", s)
    # "中心商务区明年固定资产投资将完成200亿元" (天津 2011): the year is the plan's, no part of the name
    s = re.sub(r"(?<=[\u4e00-\u9fff][区市县省镇])(?:明年|今年)(?=[\u4e00-\u9fff]{2})", "", s)
    # "新建、扩建高标准太阳能节能温室" (山西 2021): the second verb of the pair, after the first went
    s = re.sub(r"^、(?:扩建|改建|改扩建|改造提升|提升改造)?(?=[\u4e00-\u9fff]{2})", "", s)
    s = re.sub(r"(?<=[\u4e00-\u9fff])总产$", "总产量", s)  # "（粮食）总产要稳定在700万吨": the 总产量
    # "产原料蔗120万吨", "总产鲜花6.2万吨", "年产甜玉米鲜苞27万吨" (横县 2008): a crop's output, named
    # by the crop (not 产业, 产值, 产能, 产品…: nouns of their own)
    s = re.sub(
        r"^年?(总)?产(?![业值能品出学权城销量地区后前粮大])(?!.*(?:比例|率|面积|量|值|到|达))([\u4e00-\u9fff]{2,6})$",
        lambda m: f"{m[2]}{m[1] or ''}产量",
        s,
    )
    # "重点工作计划（1）2018年科技创新重点项目（10个）": the count in brackets after its name; the
    # item's number run into the line, and the heading before it, name nothing
    s = re.sub(r"(?<=[\u4e00-\u9fff]{2})[（(]$", "", s)
    s = re.sub(r"^[^（(]{0,12}[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）](?=[\u4e00-\u9fff\d]{3})", "", s)
    s = re.sub(rf"^{YEAR_NUM}\s*年(?=[\u4e00-\u9fff]{{4}})", "", s)
    # "二0一0年上海目标万元生产总值综合能耗进一步下降" (上海 2010): a year in numerals, and the word 目标
    s = re.sub(r"^(?:一九|二[〇零0○])[0-9〇零○一二三四五六七八九]{2}年(?=[\u4e00-\u9fff]{4})", "", s)
    # a 绩效目标表 pasted with spaces between its cells: "产出指标 数量指标 科技项目立项数 ≥50项" —
    # the first- and second-level headings are no part of the indicator's name
    s = re.sub(
        r"^(?:(?:产出|效益|满意度|成本)指标)?(?:(?:数量|质量|时效|成本|经济成本|社会成本|经济效益|社会效益|生态效益|"
        r"可持续影响|服务对象满意度)指标)(?=[\u4e00-\u9fff]{2})|^(?:产出|效益|满意度|成本)指标(?=[\u4e00-\u9fff]{2})",
        "",
        s,
    )
    s = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:确保|力争|争取|预期|预计|必须)$", "", s)
    s = re.sub(r"^求(?=[\u4e00-\u9fff]{4})", "", s)
    s = re.sub(r"(?<=[\u4e00-\u9fff]{2})再增$", "", s)  # "工业投资再增2亿" (闻喜 2025)
    s = re.sub(r"(?<=出口|总额|投资|收入|产值)上$", "", s)
    s = re.sub(r"(?<=[\u4e00-\u9fff]{4}农田)保护目标$", "", s)  # "58.24万亩永久基本农田保护目标" (常宁 2025)
    # "“绿化宝岛”工程建设明确植树造林计划30万亩" (海南 2015): the work the plan set
    s = re.sub(r"^[^，；。]{0,20}?(?:明确|确定|下达)(?P<n>[\u4e00-\u9fff]{2,8})计划$", r"\g<n>", s)
    s = re.sub(r"(?<=[\u4e00-\u9fff]{2})的?目标(?:定|确定|设定|设|锁定)(?:为|在)?$", "", s)  # "……的目标定为同比增长15%"
    s = re.sub(r"(?<=[\u4e00-\u9fff]{2}建设)上(?=投资$)", "", s)  # "在水利工程建设上……完成投资" (安徽 2017)
    # "其中11个市级重点项目当年计划投资97.6亿元" (富县 2017): the projects' count is no part of the name
    s = re.sub(r"^\d+个(?=[^，；。\d]{2,12}?项目(?:当年|年度)?(?:计划)?投资$)", "", s)  # "外贸出口上可望……达到" (东西湖 2017)
    # "城乡收入倍差从1.96缩小到1.9以内" (浙江 2025): the start, a ratio with no unit, is no part of the name
    s = re.sub(r"(?<=[\u4e00-\u9fff]{2})[从由]\d+(?:\.\d+)?$", "", s)
    s = re.sub(r"(?<=[\u4e00-\u9fff]{3})的前提下$", "", s)  # "确保30万吨粮食总产量的前提下" (彭水 2022)
    # "完成88座重点小型水库除险加固并投入使用" (辽宁 2012): the works, not their putting to use
    s = re.sub(r"(?<=[\u4e00-\u9fff]{4})并(?:投入使用|投入运行|投入运营|交付使用|投产)$", "", s)
    # "计划在10县(区)解决农村饮水安全", "计划在宜宾县、……5县实施中小河流治理项目" (宜宾 2014): where the work
    # is done, and its verb, are no part of the name
    s = re.sub(
        r"^在[^，；。]{1,40}?(?:\d+|[一二三四五六七八九十两]{1,3})个?(?:县|区|县（区）|县\(区\)|县区|县市区|乡镇|镇|村)"
        r"(?:解决|实施|建设|完成|开展)?(?=[\u4e00-\u9fff]{4})",
        "",
        s,
    )
    # "全县生态产业建设任务为新植茶园10000亩" (石阡 2012): what the task is
    s = re.sub(r"^[^，；。]{0,16}?任务(?:为|是)(?=[\u4e00-\u9fff]{2})", "", s)  # "江西省要求早稻面积……": the 求 of 要求 left alone
    # "半径覆盖率年内将达89%" (北京 2023), "产量预计达到708亿斤" (四川 2021): when, and the estimate, name nothing
    s = re.sub(r"(?<=[\u4e00-\u9fff]{3})(?:年内|今年|全年)$", "", s)
    s = re.sub(r"(?<=存栏|出栏|面积|产量|总量|规模)(?:稳定|继续|持续)$", "", s)
    s = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:将|要)?接$", "", s)
    s = re.sub(r"(?<=[\u4e00-\u9fff]{3})(?:将|要)?达到$", "", s)
    s = re.sub(r"\[\d{1,3}\]", "", s)  # "新开发“双协员”[21]": a footnote's mark
    s = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:压缩|缩短|压减)(?:到|至)$", "", s)  # "审批总时限压缩至" (唐山 2020)
    s = re.sub(r"(?<=[产量率额积重栏值])(?:要|将)?(?:保持|稳定|控制)?在$", "", s)  # "总产在650万吨以上" (福建 2013)
    s = re.sub(r"(?<=[\u4e00-\u9fff])总产$", "总产量", s)  # "城镇新增就业达到2.7万人以上" (淮南 2025)  # "农民收入将接近1.8万元" (江西 2020): 接近 is about  # "生猪存栏稳定保持在20万头以上" (厦门 2021)  # "技术合同成交额确保3亿元、力争3.5亿元"; "地区生产总值预期增长7.5%"
    s = re.sub(r"(?<=[\u4e00-\u9fff]{3})(?:和|及|与|以及)$", "", s)  # "建设20个畜禽良种场和40个和牛示范点"
    s = re.sub(r"(?<=[\u4e00-\u9fff]{3})(?:每年|年均)$", "", s)  # "……的比重每年提高1个百分点"
    s = re.sub(r"(?<=[\u4e00-\u9fff]{3})实际$", "", s)  # "城镇居民人均可支配收入实际增长12%"
    s = re.sub(r"(?<=[\u4e00-\u9fff]{3})的(?:推进落实|推进|落实)$", "", s)  # "抓好……8个产业项目的推进落实" (上甘岭 2017)
    # "……的比重比“十四五”初提高3个百分点": the base of the change is no part of the name
    s = re.sub(r"(?<=[\u4e00-\u9fff]{3})(?:比|较)[^，；。比较]{1,12}?(?:初|末|年|年底|年初|基期|期末)$", "", s)
    # "农村居民人均纯收入在去年11302元基础上增长12%": the base is no part of the name
    s = re.sub(r"(?<=[\u4e00-\u9fff]{2})在[^，；。]{0,16}?的?基础上$", "", s)
    # "七台河市2016年工程造林面积3890亩": the place and the year say where and when, not what
    s = re.sub(rf"^[\u4e00-\u9fff]{{1,4}}[市县区旗]\s*{YEAR_NUM}\s*年度?(?=[\u4e00-\u9fff]{{3}})", "", s)
    # "浙江要争取全社会科技投入", "株洲将锚定全市规模工业增加值", "广东未来三年将安排省财政": the place and its
    # 将/要 say who plans, not what
    s = re.sub(
        r"^[\u4e00-\u9fff]{2,3}(?:全年|(?:未来|今后)[一二三四五两\d]年)?(?:将|要求|要)(?:争取|锚定|安排|力促)?"
        r"(?=[\u4e00-\u9fffA-Z]{3})",
        "",
        s,
    )
    # "宁东基地管委会每年安排专项资金": who sets the money aside, and when, is no part of the fund's name
    s = re.sub(
        rf"^(?:[\u4e00-\u9fff]{{1,12}}?(?:管委会|政府|财政|局|厅))?(?:每年|今年|全年|{WITHIN_YEAR})?共?(?:计划)?(?:安排|拿出|设立)"
        r"(?=[\u4e00-\u9fff]{0,6}(?:资金|经费)$)(?=[\u4e00-\u9fff]{4})",
        "",
        s,
    )
    # "州农业农村局及时将粮食播种面积" (昌吉 2023): the office that hands the task on, and 将, name nothing
    s = re.sub(r"^[\u4e00-\u9fff]{1,10}?(?:局|厅|委员会|委|办公室|政府)(?:及时|已经|已|要|还)?将(?=[\u4e00-\u9fff]{4})", "", s)
    # "市下达至高新区“小升规”指标任务": who set the task for whom is no part of its name
    # ("崇左市下达该县2016年“双高”任务": and the year it is for)
    s = re.sub(rf"^[\u4e00-\u9fff]{{1,6}}下达(?:至|给|到)?[\u4e00-\u9fff]{{0,8}}?(?:{YEAR_NUM}年度?)?(?=“[^“”]{{2,}}”)", "", s)
    # "完成市下达的科技型中小企业评价入库任务": who set the task, and the word task, name nothing
    if issued := re.match(rf"^(?:完成)?{_TASK_ISSUER}(?=[\u4e00-\u9fff]{{4}})", s):
        s = re.sub(r"(?<=[\u4e00-\u9fff]{4})(?:目标任务|指标任务|任务数|任务)$", "", s[issued.end() :])
    # "湖南GDP", "四川全年粮食产量": a province named before the name (not its 高新区 or 实验室)
    # ("湖南省级财政将统筹安排资金3.6亿元" (湖南 2026): the province's own level, 省级财政)
    s = re.sub(rf"^(?:{PROVINCE})(?:全年|今年)?(?!省(?!级)|市|自治区|高新区|经开区|开发区|实验室|自贸)(?=[\u4e00-\u9fffA-Z]{{3}})", "", s)
    s = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:将|要)?统筹(?=安排)", "", s)  # "省级财政将统筹安排资金"
    # "招商局要引进千万元以上铸造企业10户，外经局要引进5户" (凤城 2014): who is to do it, then the verb
    s = re.sub(r"(?<=[局委办部厅])(?:要|将)(?=引进|新增|培育|完成)", "", s)
    s = re.sub(rf"^(?:{PROVINCE})(?=经济$)", "", s)  # "江苏目标经济增长5%左右" (江苏 2023): the economy's growth
    s = re.sub(r"^目标(?=万元|单位|全[市省县区])(?=[\u4e00-\u9fff]{4})", "", s)
    # (not the 等 of a grade: "上等烟比例", "中等职业学校", "一等奖")
    if etc := list(re.finditer(r"(?<![上中下一二三四优高同平对初特次劣均超])等", s)):
        tail = s[etc[-1].end() :]
        if m := re.match(r"(?:方面|领域|行业)", tail):
            # "节能环保等方面组织实施和推进重点培育项目" → 重点培育项目
            tail = re.sub(r"^(?:组织|实施|推进|开展|建设|支持|和|及|并|、)+", "", tail[m.end() :])
        if len(tail) >= 2:
            s = tail
    s = re.sub(r"进行(?=\S{2,})", "", s)
    # "在全省89个县（市、区、场）建设高标准农田" (江西 2012) → 高标准农田: where it is built, counted
    s = re.sub(r"^在(?:全[省市县区])?\d+个(?:县|乡镇|镇|乡|村|市|区)(?:（[^）]{0,12}）)?(?:实施|开展|推广|建设|发展|新建)(?=[\u4e00-\u9fff]{3})", "", s)
    # "在大文、铁匠、荔枝头、梁宅、郎闾5个自然村造林" (木棠 2012) → 造林: the villages where it is planted
    s = re.sub(r"^在[^，；。\d]{0,30}?\d+个(?:自然村|行政村|村|乡镇|镇|乡)(?=(?:造林|种植|植树|绿化|栽植)[\u4e00-\u9fff]{0,8}$)", "", s)
    # "在全国169家国家高新区综合评价中排名" → 国家高新区综合评价排名: the pool is no part of the name
    # ("力争市级在全省综合考评中保持全省前10位" (咸宁 2024): the place itself before 在)
    s = re.sub(r"^(?:(?:市|县|区)级|[我全][市县区])?在(?!建|研|营|库|岗|校|职)(?:全国|全省|全市|同类)?(?:\d+(?:家|个|所))?(?=[\u4e00-\u9fff]{4})", "", s)
    s = re.sub(r"中(排名|排位|位次)$", r"\1", s)
    # "加快155项在建重点项目建设进度": the projects are counted, not their pace
    s = re.sub(r"(?<=项目)(?:建设)?(?:进度|步伐)$", "", s)
    # "确保……等22个项目年内竣工达产" (天宁 2013): the projects of that stage, 竣工达产项目
    s = re.sub(r"^([\u4e00-\u9fff]{0,8}?项目)(?:年内|今年|全年)?(开工建设|竣工投产|竣工达产|建成投产|开工|竣工|投产|达产)$", r"\2\1", s)
    # "14个预脱贫县产业覆盖贫困户率": the count of the places a rate is measured over
    s = re.sub(r"^\d+个(?=[^，；。\d]{0,8}?(?:县|乡镇|村)[\u4e00-\u9fff]{2,16}?(?:率|比重|占比|比例)$)", "", s)
    # "(在敦化等)4个国家试点县实施玉米大豆轮作面积": the places where, counted, are no part of the name
    s = re.sub(r"^\d+个[^，；。\d]{0,8}?(?:县|乡镇|镇|乡|村)(?:实施|开展|推广|建设|发展)(?=[\u4e00-\u9fff]{4})", "", s)
    # "每年登记科技成果5个": 每年 says when, not what (qa14a F5); 每年平均 is a 年均 rate, kept
    s = re.sub(r"^每年(?!平均)(?=[\u4e00-\u9fff]{2})", "", s)
    s = re.sub(r"^调增(?=[\u4e00-\u9fff]{4})", "", s)  # "调增高档优质稻种植面积2.5万亩" (南湖洲 2019): 新增
    # "培育省级“无假冒专利示范企业”": the noun phrase, not the verb, and no quotes around its end
    # ("培育认定县级科技领军企业"; not "培育、评审、鉴定科技成果": verbs listed, the first stays)
    s = re.sub(r"^(?:培育|打造)(?:认定)?(?=[^、\s]\S{3,})", "", s)
    s = re.sub(r"^([^“”]{0,6})“([^“”]{4,})”$", r"\1\2", s)
    return s


def name_after(after: str) -> str:
    """Return a name written after the quantity (``孵化20个科技型小微企业``), or "".

    ``国内领先、国际先进的技术和产品`` keeps its 、 (two modifiers of one noun);
    ``省级重点实验室等工作加强…`` stops at 等."""
    # (an ellipsis ends it too: "重点建设10个左右科技示范村……河南省科技厅厅长马刚……表示" (河南 2018))
    clause = re.split(r"[，；。：！？]|…", after, maxsplit=1)[0]
    clause = before_close_quote(clause)  # "6个百亿级产业、…基本成型”的目标": the quote ends the name
    clause = re.sub(r"^等+", "", clause)  # "力争尽快达10000家等等": the list ends, no name
    if re.fullmatch(r"(?:以上)?的?(?:新|大|历史性)?(?:台阶|关口|大关)", clause):
        return ""  # "奋力站上3000亿元大台阶" (湘潭 2025): the step reached names nothing
    # "1500套旧住房将得到改造" (上海 2011): the things counted, named by the work done on them
    if m := re.fullmatch(r"(?P<x>[\u4e00-\u9fff]{2,8}?)(?:将|要)?(?:得到|获得)(?P<y>改造|改建|整治|修缮|提升|治理|加固)", clause):
        return m["x"] + m["y"]
    if m := SPENT_ON_LIST_AFTER.match(clause):
        return m["what"]  # "安排近3亿元用于化肥补贴、良种补贴…等各类强农惠农补贴" (西藏 2010)
    # "选派1800名科技人员赴省内89个“三区”县开展科技服务" (云南 2024): who is sent, not where to
    clause = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:赴|奔赴|前往)[^，；。]*$", "", clause)
    # ("选派1400名科技人员到边远贫困地区、……" (云南 2016): likewise)
    clause = re.sub(r"(?<=人员|人才|专家|干部)到(?=[^，；。]{0,10}?(?:地区|县|乡|镇|村|基层|一线|农村)).*$", "", clause)
    # "技术合同成交额完成8000万元（分值10分）": a bracket right after the number is a note on it
    clause = re.sub(r"^[（(][^（）()]*[)）]", "", clause)
    if re.match(r"^[（(]", clause):
        return ""  # "房地产开发200万平方米以上(其中商业房地产……": a note opens, not the name
    # "10个左右具广泛影响力和示范效应的科普、创新创业大赛品牌活动": a coordinated description
    # before 的 only describes the noun after it
    described, _, head = clause.rpartition("的")
    if re.fullmatch(r"(?:村庄|行政村|自然村|村|社区|农户|户)", described) and re.search(
        r"(?:整治|改造|创建|治理|提升|改厕|建设)$", head
    ):
        # "1107个村庄的人居环境整治": the villages counted, named by the work done in them
        return head + described
    if described and len(head) >= 3 and re.match(r"(?:事关|关系|关乎|有利于|支撑|服务于?|带动)", described):
        # "100项事关全省发展大局的重大项目" (河北 2013): what they serve describes the projects counted
        return head
    if described and re.fullmatch(r"(?:年度|全年|主要|工作)?(?:目标任务|目标|任务)", head):
        # "高质量完成425万亩新建和改造提升的年度任务" (四川 2023): the task is named by what it does
        clause = described
    elif described and re.match(r"(?:产学研|科技|技术|战略|全面|深度)?(?:合作|交流|对接|协作)+(?:[、和及与]|$)", head):
        # "深化20个创新中心和科研工作站的合作": what is counted is before 的, the rest is the activity
        clause = described
    elif described and len(head) >= 4 and (
        re.search(r"和|与|及", described)
        # "近3000场形式多样、内容丰富的科普活动" (not "国内领先、国际先进的技术和产品": both nouns described)
        or ("、" in described and not re.search(r"和|与|及", head))
    ):
        clause = head
    clause = re.sub(r"(?<=建设)(?:工作任务|工作|任务)$", "", clause)  # "…建设工作任务": the building is the name
    first, _, rest = clause.partition("、")
    # ("300个科普惠农兴村“站、栏、员”建设": the quoted list is one name)
    if first.count("“") > first.count("”") and "”" in rest:
        first = clause
    if re.search(r"、[^、]*的", clause) or (2 <= len(first) <= 3 and len(rest) >= 4 and not re.search(r"\d", rest)):
        s = clause  # "科普、创新创业大赛品牌活动": a short modifier sharing the noun
    else:
        s = first
    s = re.split(r"等(?=工作|方面|措施|活动|形式|方式|手段|载体)", s, maxsplit=1)[0]
    if clause.endswith("等"):
        # "5个A和B、C、D等3个E": B、C、D are examples of the next quantity's object
        s = re.split(r"和|及", s, maxsplit=1)[0]
    s = re.split(r"(?:和|及|与|以及)(?:一批|一些|若干|部分)", s, maxsplit=1)[0]  # 5个A和一批B
    s = re.split(r"(?<=[\u4e00-\u9fff]{2})以及", s, maxsplit=1)[0]  # "20万平方米科创载体以及丙、丁…"
    # "投2亿元科技创新创业扶持资金支持“双创”": what the funds are for ends their name
    s = re.split(r"(?<=资金|经费|基金)(?=支持|用于|扶持|助力|奖励|补助)", s, maxsplit=1)[0]
    s = re.sub(r"(?<=\S{3})的?建设(?:工程)?$", "", s)  # "3个科技中介服务平台建设" → 科技中介服务平台
    s = re.sub(r"(?<=\S{2})中$", "", s)  # "新增10000家科技型中小企业中，国家级的…"
    # "在完成177万亩高标准农田建设任务的基础上": the task done, named by what it builds
    s = re.sub(r"(?<=\S{2})(?:任务|目标)?的?基础上$", "", s)
    # "18个贫困县摘帽的年度目标" (湖南 2018): the goal the list ends in is no part of the last name
    s = re.sub(r"(?<=[\u4e00-\u9fff]{4})的(?:年度|全年|主要|工作)?(?:目标任务|目标|任务)$", "", s)
    s = re.sub(r"(?<=\S{2})等$", "", s)
    s = re.split(r"(?:和|及|与|并)(?=" + VERB_BEFORE_OBJECT.pattern[3:-2] + ")", s, maxsplit=1)[0]
    s = re.sub(r"^(?:的|左右)", "", s).strip()
    # "吸引200名博士来我市创新创业", "聘请10名院士担任顾问": what they come to do is not the name
    s = re.split(r"(?<=[\u4e00-\u9fff]{2})(?:来|到|在)(?:我|本|全)[市县区省镇]|(?<=[\u4e00-\u9fff]{2})(?:担任|入驻|落户|提供|从事)", s, maxsplit=1)[0]
    # "5000万头生猪产能“双五千”稳产保供目标" (山东 2021): the goals' quoted label after the name
    s = re.sub(r"(?<=[\u4e00-\u9fff]{2})“[^“”]{1,10}”[^，；。“”\d]{0,8}?(?:目标任务|目标)$", "", s)
    if re.fullmatch(
        r"(?:奋斗|发展|工作|年度|全年|主要|总体|既定|考核|指引性|指导性|预期性?|约束性)?"
        r"(?:目标任务|目标|任务)",
        s,
    ):
        return ""  # "突破1000亿元和300亿元的目标任务": the goal itself, not what is counted
    if BOUND_LETTERS.fullmatch(s):
        return ""  # "左元左右": bound words and units, no name
    return s if len(re.findall(r"[\u4e00-\u9fff]", s)) >= 2 else ""


# "力争将这两项目标提升至300家和30家": the targets named before, raised to stretch values
REFERRED = re.compile(
    r"(?:力争|争取|努力)(?:将|把|使)?(?:这|上述|以上|前述)(?P<n>两|二|三|四|2|3|4)项(?:目标|指标)?(?:分别)?"
    # ("力争上述两项指标分别达到100家和500家")
    r"(?:提升|提高|调高|上调|增加|增至|提至|达到|达|突破|超过)(?:至|到)?$"
)
_REFERRED_COUNT = {"两": 2, "二": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4}


def targets_referred(before: str) -> int:
    """Return how many targets named before a stretch "力争将这两项目标提升至…" refers back to, or 0."""
    m = REFERRED.search(re.sub(r"\s", "", before))
    return _REFERRED_COUNT[m["n"]] if m else 0


def is_stretch(before: str) -> bool:
    """Return True when the text before a quantity only says 争取/力争 (a stretch value)."""
    s = re.sub(r"\s", "", before).strip("，、（(")  # "50亿元（力争60亿元）": the stretch in brackets
    return bool(STRETCH_ONLY.match(s))


def is_past(clause_text: str) -> bool:
    """Return True for a clause that reports a result already reached (去年…, 截至…)."""
    return bool(PAST_WORDS.search(clause_text))


def reports_results(sentence: str, results_doc: bool = True) -> bool:
    """Return True for a sentence that reports results (位列全省第三位, 比去年同期增长…) and sets
    no target (no 力争/确保/目标是/到2025年 …). A comparison with last year alone (较上年增长25%)
    is a result only in a document that reports results (``results_doc``). A completion ratio's
    目标 is a result's ("……，完成签约目标50亿元的115.56%" (海北 2013)), no target word."""
    if TARGET_CUES.search(TASKS_DONE_NAMED.sub("", TASK_IN_RATIO.sub("", sentence))):
        return False
    if results_doc:
        return bool(RESULT_WORDS.search(sentence) or RESULT_COMPARISON.search(sentence))
    # in a plan, "万人发明专利拥有量由3.5件提高到4.2件" sets the end of a change as its target
    # (not "高新技术企业已增至126家": what has risen)
    return any(
        not CHANGE_TOLD.fullmatch(m.group()) or sentence[max(m.start() - 1, 0)] == "已"
        for m in RESULT_WORDS.finditer(sentence)
    )


# a task named as done: "2012年全县共收购烟叶10.22万担，圆满完成了州人民政府下达的计划任务" (云龙 2012) — its
# 计划 sets nothing
TASKS_DONE_NAMED = re.compile(r"(?:圆满|超额|全面|提前)?完成了[^，。；\d]{0,16}?(?:计划|目标)(?:任务)?")


# a change told by its two ends: a result in a report, a target in a plan
CHANGE_TOLD = re.compile(r"增至|由(?:去年|上年)?的?[\d.]+[^，。；\d]{0,4}(?:增|提|升|降)")


# words that set a target even in a report of results ("力争2021年，全社会研发投入超过…")
STRONG_TARGET = re.compile(
    # ("……，确保了果蔬生产统一标准" (一四一团 2015): what was ensured, a result)
    # (not "产量、产值远远超过预期目标" (腾冲 2022): a goal exceeded, a result)
    rf"力争|争取(?!了|到)|确保(?!了)|目标是|目标为|主要目标|(?<!超过)(?<!超出)(?<!完成)(?<!实现)(?<!实现全年)(?<!完成全年)预期目标|工作目标|(?:到|至)\s*{YEAR_NUM}\s*年|{TARGET_NUMBER}"
    # "黄山市已敲定今年新的旅游发展目标：全年接待游客1500万人次" (黄山 2007): the goals set, after the colon
    r"|(?:敲定|确定|明确|制定)(?:了)?(?:今年|全年|年度|明年)[^，。；：]{0,10}?目标[：:]"
    # "2025年，我区目标推动技术合同成交额突破100亿元" (内蒙古 2025): 目标 as the verb's aim
    r"|(?<=[市县区省州])目标(?=推动|实现|达到|突破|完成|新增|培育|建成)"
    # "保证GDP增长8%、工业增加值增长8%" (三角 2023)
    # (not "农田灌溉保证率达到80%" (山南 2017): a rate named 保证率)
    r"|保证(?![率金期])(?=[^，。；]{0,12}?(?:增长|达到|实现|完成|突破|不低于)\d)"
    # "部署2014年主要预期发展指标是：营业总收入实现4900亿元"
    r"|(?:预期|主要)[^，。；：]{0,4}指标(?:是|为|：)"
    # "确定了三年滚动计划：即2018年实现70万以上贫困人口脱贫、……" (安徽 2018): the plan's list
    r"|(?<!完成)(?<!执行)计划[：:]\s*即?"
    # "省级下达昆明市2016年退耕还林的计划任务有：新一轮退耕还林5万亩……" (昆明 2016, a progress report)
    r"|下达[^，。；：]{0,24}?(?:计划|目标)?任务(?:有|是|为|如下)[：:]"
    # "今年，马鞍山该民生工程的主要任务包括：……" (马鞍山 2018, a report of work under way)
    r"|(?:今年|全年|年度)[，,]?[^。；：]{0,24}?(?:主要|重点)?(?:目标)?任务(?:包括|有|是|为|如下)[：:]"
    # (not "在2年内提前落实了……" (西藏 2022): a span of years)
    rf"|今年(?:该[市县区省州镇])?(?:要|将|力争|计划|全市|全县|全区|我市|我县|我区|，)|(?<![\d一二三四五六七八九十两几多]){WITHIN_YEAR}|(?<!占)全年(?:要|力争|计划(?!的|任务的|数的))"
    # the year's plan restated in its report (宜宾 2014): "全市计划在10县(区)解决农村饮水安全32.5万人",
    # "2014年计划在宜宾县、……5县实施中小河流治理项目6个"
    rf"|(?:^|(?<=[，。；：]))(?:全[市县区省州]|{YEAR_NUM}\s*年)计划在"
    # "今年……重点用于困难家庭住房建设，全力解决1.87万户困难家庭住房问题" (兵团 2014): what is to be done
    r"|全力(?:解决|完成|实现)(?=[^，。；了]{0,6}\d)"
    # "2017年，我市30所学校幼儿园建设列入为民办实事工程，包括……" (秦皇岛 2017): the year's works listed
    r"|列入(?:为)?(?:全[市县区省])?(?:为民办实事|民生实事|民心工程|惠民实事)"
    # "据了解，2021年横山区计划安排重点建设项目92个" (横山 2021, in a report of projects begun)
    rf"|(?:^|(?<=[，。；：]))(?:据了解|据悉)?[，,]?{YEAR_NUM}\s*年[\u4e00-\u9fff]{{0,6}}?计划(?:安排|实施)"
    # "贵港将固定资产投资的目标定为同比增长15%" (贵港 2019): the goal as it was set
    r"|目标(?:定为|确定为|设定为|设为|锁定为|锁定在)"
    # a season's plan in a report of work under way (和政 2018): "该县今秋明春计划投资2000万元，完成造林4.76万亩"
    r"|(?:今秋明春|今冬明春|今秋|今冬|明春)(?:计划|将|要|力争)"
    # "从今年起，……每年安排专项资金2000万元": what starts this year and goes on
    r"|(?:从|自)(?:今年|明年)(?:起|开始)"
    # (not "…的发明专利申请计划申报中": what is under way)
    # ("2013年全县计划新改建现代设施大棚100栋", "计划推广良种2万亩")
    r"|计划(?:新增|完成|实施|培育|引进|组织|对|建设|申报|全年|新建|新改建|改建|改造|推广|种植)(?!中(?:[，。；]|$))"
    # "……。计划规模以上工业产值增长12%，地区生产总值增长10%": a clause opened by 计划 and its name
    r"|(?<![^，。；：\n])计划(?=[^，。；：\d]{2,16}?(?:增长|达到|突破|提高|实现)\d)"
    r"|(?<![主重需首纲])要(?:实现|达到|突破|完成|新增|确保|力争|在|从|由|增长|提高|提升|保持|控制在)|任务分解|分解到"
    r"|将(?:[\u4e00-\u9fff]{0,2}?)(?:实现|达到|突破|新增|力争|培育|建成|新建|认定|完成|引进|组建|启动|实施|建设|"
    r"打造|推进|开展|举办|支持|扶持|布局|争创|创建|设立|新培育|新认定|新引进)"
    r"|到(?:今年|本年)(?:年)?底|到年底"
    r"|(?:设定|确定|确立|提出|明确|下达)了?[^。；]{0,40}?(?:目标|指标)"
    # "承担的省考指标任务共四项，分别是专利申请量280件、……": the tasks themselves, listed
    r"|(?:指标|目标)任务[^，。；]{0,8}?[，,]?分别(?:是|为)|目标任务(?:为|是)\s*\d"
    # "根据预安排计划，七台河市2016年工程造林面积3890亩": the figures of the plan it names
    r"|(?:根据|按照|依据)[^，。；]{0,16}?计划[，,：:]"
)
# in a report of results, "到2020年" is no target word when it dates an estimate or the end of a
# change: "预计到2020年底全县高新技术企业可达18家", "从2017年的0.28亿元，上升到2020年的1.77亿元"
REPORTED_DATE = re.compile(
    rf"预计(?:到|至)\s*{YEAR_NUM}\s*年(?:底|末)?"
    rf"|(?:上升|增长|提高|增加|提升|发展|跃升|扩大)(?:到|至)\s*{YEAR_NUM}\s*年(?:底|末)?的"
)


WILL_REACH = re.compile(r"将(?:发展|提高|增加|扩大|提升)到\d|将(?:达到|突破)\d")
# "2008年，重庆市确立了五年农村改革发展目标和举措，全市……" (重庆 2008): goals set, in a clause of their
# own before the figures, are a thing done that year (not "确立了2014年工业发展目标：……", which lists them)
GOALS_SET_BEFORE = re.compile(r"(?:确立|确定|明确|制定|提出)了[^，。；：:\d]{0,20}?目标(?:和举措|和任务|任务)?(?=[，,])")


NEXT_YEAR_WORK = re.compile(r"(?:^|[，,；：])\s*明年(?:全[市县区省])?(?:将|要|计划|力争|完成|新增|实现|新建|建设|发展)")


def report_target_cue(sentence: str, results_doc: bool) -> bool:
    """Return True when a sentence has a word that sets a target (STRONG_TARGET); in a report of
    results a year-end estimate or the end year of a change does not count."""
    sentence = COMPLETION_RATE.sub("", sentence)  # "完成省下达目标任务的120%": no target set
    sentence = REPORTED_TARGETS.sub("", sentence)  # "一主要目标完成情况": a heading of results
    if results_doc:
        # "预计2022年…研发投入强度将首次突破3%", "预计到2017年底，…总数将达到190家": an
        # estimate of the year reported on
        sentence = without_estimates(sentence)
        # "72个项目争取省科技资金9826万元": in a report, funds 争取 are funds obtained
        sentence = FUNDS_OBTAINED.sub("", sentence)
        # "年内，举办各类实用技术培训11场次" (a yearbook's entry, 临淄 2015): in a report, 年内 set
        # off by a comma is the year reported on
        sentence = re.sub(rf"(?:^|(?<=[，,。；：】\s])){WITHIN_YEAR}(?=[，,])", "", sentence)
        sentence = GOALS_SET_BEFORE.sub("", sentence)
    return bool(
        STRONG_TARGET.search(sentence)
        # "到2015年，……将达到3万家……。规模以上科技型中小企业将发展到4500家" (天津 2015): a level it will reach
        or WILL_REACH.search(sentence)
        or TASK_EXPECTED.search(sentence)
        or SPAN_AHEAD.search(sentence)
        # "……明年完成退耕133.9万亩，发展经济林24.2万亩" (通辽 2013): a report's turn to next year's work
        or NEXT_YEAR_WORK.search(sentence)
        or (TASK_ISSUED.match(sentence) and not TASK_DONE.search(sentence))
        or any(TASK_ISSUED_TO.search(c) and not TASK_DONE.search(c) for c in re.split(r"[，,]", sentence))
    )


# a year's task as issued from above, stated before any result: "2012年市政府下达凤庆县指令性种植面积8.8万亩"
TASK_ISSUED = re.compile(rf"^{YEAR_NUM}年[^，。；\d]{{0,12}}?(?:下达|分解下达|下发)")
TASK_DONE = re.compile(r"完成|实际|实现|超额|达到|已")
# the year's task issued to the place, in a clause of its own: "崇左市下达该县2016年“双高”任务6.8万亩，截至目前，……"
ISSUED_TASK = rf"(?:下达|下发)[^，。；\d]{{0,10}}?(?:{YEAR_NUM}年度?)?[^，。；\d]{{0,10}}?(?:任务|指标)"
# ("2022年省下达粮食作物面积27.3万亩目标任务，截至目前，……已完成……" (定安 2022): the figure inside the task)
TASK_ISSUED_TO = re.compile(
    ISSUED_TASK + r"\s*\d"
    + r"|(?:下达|下发)[^，。；\d]{0,12}?\d+(?:\.\d+)?\s*[万亿]?[\u4e00-\u9fff]{1,2}的?(?:目标任务|任务)"
)


# what a place will do over the coming years: "未来五年，该区将投2亿元…" (in a news report)
SPAN_AHEAD = re.compile(
    r"(?:未来|今后)[一二三四五六七八九十两\d]{1,2}年[^。；]*?将"
    # "下一步，我们将……拟创建……18个…综合体，将从中推荐申报9家…": a report's next steps
    r"|下一步[，,]?[^。；]{0,12}?(?:将|要)[^。]*?(?:拟|将)(?:创建|新建|建设|培育|认定|推荐|申报|实施|引进|组建)"
)
# counts planned over a span of years: "计划五年开发转化新品种100个、新技术200项，培育……100个" (their sum)
SPAN_PLANNED = re.compile(r"计划(?:用)?[一二三四五两\d]年(?:内|时间)?(?=[\u4e00-\u9fff])")
# works done over the coming years, their sum: "未来三年，全市将实施水利项目1800个以上" (重庆 2025)
SPAN_WORKS = re.compile(
    r"(?:未来|今后)[一二三四五两\d]年(?:内|间)?[，,][^。；]*?(?:实施|建设|开工|完成|改造|治理)[^，；。\d]{0,12}$"
)
# money spent over the coming years, their sum: "未来五年，该区将投2亿元", "今后三年安排5000万元"
SPAN_SPENDING = re.compile(
    r"(?:未来|今后)[一二三四五六七八九十两\d]{1,2}年[^。；]*?(?:投入?|安排|拿出|设立)[^，。；\d]{0,6}$"
)


def annual_ahead(sentence: str, start: int) -> bool:
    """Return True for a quantity a report's next steps will reach every year ("下一步，我市将……，
    每年精准筛选储备1000家以上……"): it holds for this year too."""
    return bool(ANNUAL_AHEAD.search(sentence[:start]))


# what a report's next steps will do every year holds for this year too: "下一步，我市将完善……，
# 每年精准筛选储备1000家以上高企培育种子企业"
ANNUAL_AHEAD = re.compile(r"(?:下一步|下步|今后|接下来)[^。；]*?[，：]每年[^，。；\d]{0,10}$")
# the clause of a number states its intent itself, whatever the paragraph or the text around it
# reports: "…比重将达到1.8%", "计划规模以上工业产值增长12%", "要评出…科技人才10名", "确立了2014年工业
# 发展目标：…突破2万亿元", "根据预安排计划，…造林面积3890亩", "主要预期发展指标是：…". Such a number is no
# result even in a text judged a report as a whole — the safety net against whole texts misjudged (the
# 2026-12-04 blind first runs lost 23 of their 62 missed targets to a text or paragraph read as a report
# around a sentence that said 将/计划/要).
INTENT_VERB = (
    r"(?:达到|达|突破|超过|实现|增长|提高|提升|新增|净增|完成|保持|建成|培育|新建|引进|认定|评出"
    # ("今年计划新开工23个项目" (海口 2016, a half-year report): the year's plan)
    r"|实施|安排|争创|创建|打造|力争|确保|新认定|全面|新开工|开工)"
)
OWN_INTENT = re.compile(
    r"力争|确保|(?:将|(?<![主重需只必纲提摘])要|(?<!级)计划)[^，。；：]{0,20}?" + INTENT_VERB
    # ("计划收购烟叶11.5万担" (彝良 2020): a purchase season's plan)
    + r"|(?<!级)计划(?:收购|种植|造林|推广)"
    + r"|(?:目标|指标|任务)(?:是|为|：|:|——)|(?:确立|锚定|瞄准|明确)[^，。；]{0,12}目标|根据[^，。；]{0,24}计划[，,]"
    # a plan's text quoted by a news report: "《规划》提出，“十四五”期间，……年均增幅7.5%以上" (河南 2025)
    + r"|》(?:提出|明确|要求)[，,：:]"
    # ("今年省政府工作报告提出，要……完成固定资产投资2.2万亿元，增长20%左右" (陕西 2015): the report quoted)
    + r"|(?:今年|本年度?)(?:的)?[^，。；\d]{0,8}?(?:政府工作报告|工作报告|规划纲要|规划)(?:中)?(?:提出|明确|要求)[，,：:]"
    # a floor the sentence sets: "水稻种植面积不低于155万亩，粮食年生产能力10亿公斤" (上海 2015)
    + r"|(?:不低于|不少于)(?=\s*\d|\s*$)"
)
# …unless the sentence also reports: a perfective, a comparison with last year, a total so far
INTENT_DENIED = re.compile(
    r"了|已|同比|比上年|较上年|比去年|累计|共[计有组评完实申获认引]|截至|截止|去年|上年|以来|首次|荣获|获批|获评"
    r"|分别增长|完成年度"
)
# a share of a task ("完成全年任务目标（1300家）的54.2%") or a year-end estimate ("预计到2017年底")
INTENT_SHARE = re.compile(r"(?:目标|任务|计划)[^，。；]{0,12}的\s*$")
INTENT_ESTIMATE = re.compile(r"预计到[^，。；]{0,8}年(?:底|末)")


def states_intent(sentence: str, start: int, written: str = "") -> bool:
    """Return True when the sentence of the number at ``start`` (``written`` as the text gives it)
    states an intent before it (``OWN_INTENT``) and reports nothing up to the end of the number's
    clause (``INTENT_DENIED``): a plan's sentence, even inside a text or paragraph that reports
    results. A rough count ("30多个") is never one."""
    if start <= 0 or re.search(r"\d(?:多|余)", written):
        return False
    begin = max(sentence.rfind(ch, 0, start) for ch in "。！？；") + 1
    # (up to the end of the number's clause: "…指标任务为35家，截至11月底有18家…" reports after it)
    ends = [j for j in (sentence.find(ch, start) for ch in "。！？；，,") if j >= 0]
    own = sentence[begin : min(ends) if ends else len(sentence)]
    before = GOALS_SET_BEFORE.sub("", sentence[begin:start])
    if INTENT_SHARE.search(before) or INTENT_ESTIMATE.search(own):
        return False
    if re.match(rf"\s*{FIRST_ESTIMATE}", sentence[begin:]):
        return False  # "初步预计，全市生产总值将达到103.22亿元左右" (广元 2012): an estimate, not an intent
    # (a goal set is no result: "确立了2014年工业发展目标：…")
    return bool(OWN_INTENT.search(before)) and not INTENT_DENIED.search(own.replace("确立了", "确立"))


# a progress report names the year's task it expects to meet: "全年有望完成新增500家的目标任务"
TASK_EXPECTED = re.compile(
    r"(?:有望|可望)(?:完成|实现)[^，。；\d]{0,8}?\d+(?:\.\d+)?[^，。；\d]{0,4}?的(?:年度|全年)?(?:目标任务|目标)"
    # in a report of the first quarter, the year's own figures (日喀则 2009): "今年……播种计划为127.76万亩",
    # "为全地区实现今年肉类总产量3.6万吨、奶产品8.2万吨……的目标任务打下坚实基础"
    r"|(?:今年|全年)[^，。；\d]{0,16}?计划(?:为|是)\d"
    # in a report of projects' progress, the year's planned investment (封丘 2016): "续建项目27个，总投资
    # 97.9亿元，年度计划投资12.09亿元，元-4月累计完成投资3.44亿元"
    r"|(?:年度|全年|今年)计划(?:完成)?投资(?:为|是)?\d|(?:年度|全年)投资计划(?:为|是)\d"
    r"|(?:实现|完成)(?:今年|全年)[^。；]{0,60}?\d[^。；]{0,20}?的(?:年度|全年)?目标任务"
    # "今年全省“绿化宝岛”工程建设明确植树造林计划30万亩，其中，指令性计划15万亩" (海南 2015, a progress report)
    r"|(?:今年|全年|年度)[^，。；]{0,24}?(?:明确|确定|下达)[^，。；\d]{0,12}?计划\d"
)


ESTIMATED = re.compile(r"预计[^。！？]{0,60}?将")
# a sentence that opens with an estimate ("预计全年高新技术产业收入500亿元以上"): what is expected,
# not what is set — most 预计 figures of the corpus are no target (62 of 67 in December 2026)
ESTIMATE_OPENS = re.compile(
    rf"^(?:[^，。；]{{0,10}}?[，、])?(?:全年|今年|{WITHIN_YEAR}|当年)?(?:据)?(?:初步)?(?:预计|預計)"
    # "凤鸣街道2021年预计实现规上工业总产值106亿元" (凤鸣 2021, in December): the year's estimate
    rf"|^[^，。；\d]{{0,20}}?{YEAR_NUM}\s*年(?:全年)?(?:预计|預計)"
)
FORWARD_IN_ESTIMATE = re.compile(r"力争|确保|争取|目标|任务")
# "预计今年全省开发区生产总值将达到6000亿元以上" (四川 2012, in June): a floor the year will reach,
# a goal — unless the sentence reports, or no floor is set ("…总量将超过4450家" in November, "…将达到
# 490家左右，超额完成年度目标任务": year-end estimates)
ESTIMATE_AHEAD = re.compile(r"将(?:达到|突破|超过)[^，。；\d]{0,6}[\d.]+[^，。；\d]{0,4}以上")


def without_estimates(text: str) -> str:
    """Return ``text`` without its estimates ("预计…将", "预计到2017年底") and the end dates of
    changes: the estimate first, so that its own date does not leave its 将 behind as a plan."""
    return REPORTED_DATE.sub("", ESTIMATED.sub("", text))
# in a report, what was 争取 (funds, projects) was obtained: "争取各类科技项目59项,无偿经费1357万元",
# "72个项目争取省科技资金9826万元" — not "争取达到…" (a stretch value)
FUNDS_OBTAINED = re.compile(
    r"争取(?!达|实现|突破|超过|新增|净增|完成|在|到(?:今年|本年|年底))"
    # "争取到2018年湖北重大科技专项立项项目3个": the year names the programme, not a deadline
    rf"(?:到\s*{YEAR_NUM}\s*年度?(?![^，。；]{{0,12}}?(?:实现|达到|建成|新增|净增|完成|培育|突破|建设|引进|超过|增长|提高)))?"
    r"(?=[^，。；]{0,14}(?:资金|经费|补助|奖补|项目|立项|专项))"
)
# a completion rate reports a result: "完成省科技厅下达任务的124%", "超额完成17%",
# "完成年度目标的110%" — its 下达任务/目标 sets no target
# the head of a completion ratio, the percentage after it ("完成镇人代会目标的54.4%")
# a list of goals after a colon: "2009年…的主要预期目标：全省生产总值增长9%，完成灾后重建主要目标任务的72%"
GOALS_COLON = re.compile(r"(?:主要|预期|发展|年度|总体)(?:目标|指标)(?:是|为)?[：:]")
RATIO_DONE_BEFORE = re.compile(
    r"(?:超额)?完成[^，。；\d]{0,16}?(?:目标|任务|计划)(?:数)?的\s*$"
    # "建设规模为19.2万亩，占全年新增造林任务的68%" (北京 2019): the share of the year's task it is
    # ("占年度计划投资的16.8%" (封丘 2016): the share of the year's planned investment done)
    r"|占(?:全年|年度|当年)[^，。；\d]{0,16}?(?:目标|任务|计划)(?:数|投资)?的\s*$"
)
COMPLETION_RATE = re.compile(
    r"(?:超额)?完成[^，。；]{0,20}?(?:任务|目标|计划)(?:数)?的\s*\d+(?:\.\d+)?\s*%"
    # "完成计划种植面积的87.4%" (凌云 2014): the share of the planned measure done
    r"|(?:超额)?完成(?:全年|年度)?计划[^，。；\d]{0,10}?的\s*\d+(?:\.\d+)?\s*%"
    r"|超额完成[^，。；\d]{0,10}\d+(?:\.\d+)?\s*%|完成率[^，。；\d]{0,4}\d+(?:\.\d+)?\s*%"
    # "完成引进省外到位资金全年工作目标2150亿元的58.7%" (云南 2012): the target's figure inside the ratio
    r"|(?:超额)?完成[^，。；\d]{0,24}?(?:任务|目标|计划)\d+(?:\.\d+)?[^，。；\d的]{0,4}的\s*\d+(?:\.\d+)?\s*%"
)


# a mid-year report states the year's target inside a completion ratio: "新增在孵企业122家，完成全年
# 170家任务的71.8%" — the 170家 is the year's target, the 122家 before it the result so far
# (also "完成年度目标任务60家的75%", "完成全年任务（60家）的75%")
# (and the task set by a higher level: "完成市上下达任务16家的93.7%", "完成省下达的目标任务…")
_TASK_PERIOD = r"(?:全年|年度|本年度?|今年|当年)"
_TASK_WORD = r"(?:总)?(?:目标任务|任务目标|目标|任务)"  # ("完成全年任务目标（1300家）的54.2%", "全年总目标任务")
# ("完成省局下达我市全年专利申请任务301件的117%": the issuer, the receiver and what the task counts)
_TASK_ISSUER = r"(?:(?:[省市县区州](?:上|里|级|局|厅|委)?|上级)下达(?:给?我[省市县区])?的?)"
_TASK_HEAD = (
    # ("签订项目投资协议31个，占全年目标任务(30个)的103.3%" (威宁经开区 2016): the share of the task)
    # ("已完成投资3.41亿元，为州下达全年目标2.8亿元的121.91%" (贞丰 2011): 为 the share of the task)
    rf"(?:完成|占|为)(?:{_TASK_ISSUER}{_TASK_PERIOD}?{_TASK_WORD}?|{_TASK_PERIOD}{_TASK_WORD}?|{_TASK_WORD}"
    rf"|{_TASK_ISSUER}?{_TASK_PERIOD}[^，。；\d（）()]{{2,8}}?{_TASK_WORD}"
    # "签约金额达57.78亿元，完成签约目标50亿元的115.56%" (海北 2013): the task named by what it counts
    rf"|[\u4e00-\u9fff]{{2}}{_TASK_WORD}"
    # "生猪出栏127.24万头，占计划数127.23万头的100.01%" (沾益 2014): the plan's figure
    rf"|{_TASK_PERIOD}?计划"
    # "完成镇人代会年初预算计划38亿元的61.92%", "完成年初镇人代会计划14.70亿元的101.29%" (颛桥 2021):
    # the plan the town's congress passed at the start of the year
    r"|[^，。；\d（）()]{0,10}?(?:人代会|人大|年初)[^，。；\d（）()]{0,6}?(?:预算计划|计划|预算))"
    r"(?:数)?[（(]?"
)
_TASK_TAIL = r"[）)]?(?:的)?(?:目标任务|目标|任务)?(?:数)?的\s*\d+(?:\.\d+)?\s*%"
TASK_BEFORE = re.compile(rf"{_TASK_HEAD}$")
TASK_AFTER = re.compile(rf"^{_TASK_TAIL}")
# a results report gives the task in brackets and the excess after it: "超目标任务（25%）10.7个
# 百分点" (the ratio form "超额完成目标任务（3000人次）的8%" is the one above)
# (also the task set by a higher level, above the result: "高于区下达指标任务(2.5%)3.3个百分点")
_OVER_HEAD = rf"(?:超(?:过|出)?|高于){_TASK_ISSUER}?{_TASK_PERIOD}?(?:指标)?{_TASK_WORD}[（(]"
_OVER_TAIL = r"[）)]\s*\d+(?:\.\d+)?\s*(?:个百分点|%)"
OVER_BEFORE = re.compile(rf"{_OVER_HEAD}$")
OVER_AFTER = re.compile(rf"^{_OVER_TAIL}")
# a report names the task it exceeded: "省科技型中小企业认定125家，超额完成90家的考核目标" (90家 is
# the year's task, 125家 the result); not "超额完成目标任务的120%" (a ratio, above)
_DONE_HEAD = rf"超额完成{_TASK_PERIOD}?"
_DONE_TAIL = rf"的?{_TASK_PERIOD}?(?:考核)?{_TASK_WORD}(?!数?的\s*\d)"
DONE_BEFORE = re.compile(rf"{_DONE_HEAD}$")
DONE_AFTER = re.compile(rf"^{_DONE_TAIL}")
# a task stated inside a completion ratio, as a whole ("完成全年170家任务的71.8%"), as the task
# a progress report expects to meet ("全年有望完成新增500家的目标任务") or as the one exceeded
TASK_IN_RATIO = re.compile(
    rf"{_TASK_HEAD}\d+(?:\.\d+)?[^，。；\d（）()]{{0,4}}?{_TASK_TAIL}|{TASK_EXPECTED.pattern}"
    rf"|{_DONE_HEAD}\d+(?:\.\d+)?[^，。；\d（）()的]{{0,4}}?{_DONE_TAIL}"
)
RESULT_BEFORE_TASK = re.compile(
    r"^(?:以上|左右)?(?:[（(]次[)）])?[，,]\s*"
    rf"(?:(?:超额)?{_TASK_HEAD}\d+(?:\.\d+)?[^，。；\d（）()]{{0,4}}?{_TASK_TAIL}"
    rf"|{_OVER_HEAD}\d+(?:\.\d+)?[^，。；\d（）()]{{0,4}}?{_OVER_TAIL}"
    rf"|{_DONE_HEAD}\d+(?:\.\d+)?[^，。；\d（）()的]{{0,4}}?{_DONE_TAIL}"
    # "城镇登记失业率3.34%，低于年初确定的4%的控制目标" (山东 2011): below the ceiling set
    r"|(?:高于|低于|超过)(?:年初|全年|年度)?(?:确定|下达|制定|设定)?的\d+(?:\.\d+)?\s*%?的(?:控制|预期)?(?:目标|任务)"
    # "实现税收收入25.86亿元，完成镇人代会目标的54.4%" (颛桥 2024): a ratio with no task figure
    r"|(?:超额)?完成[^，。；\d]{0,16}?(?:目标|任务|计划)(?:数)?的\s*\d+(?:\.\d+)?\s*%)"
)


# a report names the plan a higher level assigned it, item by item: "完成市政府下达我县的粮食播种面积
# 16万亩、产量5.53万吨生产指导性计划" (闽侯 2017)
ASSIGNED_PLAN_HEAD = re.compile(
    r"完成(?:[省市县区州]|上级)(?:政府|委|局|厅)?下达(?:给?我[省市县区])?的(?P<items>[^，。；：\d]{2,16}(?:\d[^，。；：]{0,40})?)$"
)
ASSIGNED_PLAN_TAIL = re.compile(r"^[^，。；：]{0,40}?(?:生产)?(?:指导性)?(?:计划|任务)(?:[，。；]|$)")
_FARM_MEASURE_ONLY = re.compile(r"(?:总产量|产量|单产|面积|播种面积)")


def _assigned_plan_item(before: str, after: str) -> str | None:
    """Return the name of an item of a plan a higher level assigned (``ASSIGNED_PLAN_HEAD``), or
    None: the words before the number in its item ("产量" takes the first item's subject, 粮食)."""
    m = ASSIGNED_PLAN_HEAD.search(before)
    if m is None or not ASSIGNED_PLAN_TAIL.match(after):
        return None
    items = re.split(r"[、和及]", m["items"])
    name = re.sub(r"[\d.]+[^\d、]*$", "", items[-1]) if re.search(r"\d", items[-1][:1]) else items[-1]
    name = re.sub(r"^[\d.]+[\u4e00-\u9fff]{0,2}?(?=[\u4e00-\u9fff]{2})", "", name)
    first = re.match(r"(?P<subject>[\u4e00-\u9fff]{2,4}?)(?:播种面积|种植面积|面积|总产量|产量)", items[0])
    if _FARM_MEASURE_ONLY.fullmatch(name) and first is not None and len(items) > 1:
        name = first["subject"] + name
    return name if len(name) >= 2 else None


# a report names the year's goal it works to: "今年以来，我市锚定全年543亿元招商引资目标，全力以赴……" (辽阳 2025)
ANCHORED_BEFORE = re.compile(r"(?:锚定|紧盯|盯紧|瞄准|对标|聚焦)(?:全年|年度|今年|本年度?)$")
ANCHORED_AFTER = re.compile(r"^(?:以上|左右)?的?(?P<name>[^，；。\d的]{2,12}?)(?:工作)?(?:目标|任务)(?:任务)?(?=[，；。]|$)")


def task_in_ratio(sentence: str, q: re.Match) -> str | None:
    """Return the name of the year's task a quantity states inside a completion ratio ("…新增在孵
    企业122家，完成全年170家任务的71.8%" → "…新增在孵企业"), or None for another quantity: the
    name is the one of the result before it, without the words of the period so far."""
    before, after = sentence[: q.start()], sentence[q.end() :]
    if (assigned := _assigned_plan_item(before, after)) is not None:
        return assigned
    if ANCHORED_BEFORE.search(before) and (aim := ANCHORED_AFTER.match(after)):
        return aim["name"]  # "今年以来，我市锚定全年543亿元招商引资目标" (辽阳 2025)
    m = TASK_BEFORE.search(before)
    if m is None or not TASK_AFTER.match(after):
        m = OVER_BEFORE.search(before)
        if m is None or not OVER_AFTER.match(after):
            m = DONE_BEFORE.search(before)
            if m is None or not DONE_AFTER.match(after):
                m = BEATEN_BEFORE.search(before)
                if m is None or not BEATEN_AFTER.match(after):
                    return None
    own = TASK_NAMED.search(m.group())
    if own and not re.search(r"任务|目标|计划", own.group("name")):
        # "完成省局下达我市全年专利申请任务301件的117%": the task says what it counts
        return own.group("name")
    head = before[: m.start()].removesuffix("超额")
    # "…专利申请量达1896件，也提前超额完成当年1600件的目标任务"
    head = re.sub(r"(?:也|均|都|已经|已|提前)+$", "", head).rstrip("，, ")
    head = re.sub(r"[（(]次[)）]$", "", head)  # "培训农牧民3239人(次)": 人次 written apart
    head = re.sub(r"[（(]含[^（）()]{1,30}[)）]$", "", head)  # "完成30.15亿元（含……完成投资）" (贞丰 2011)
    result = next(iter(reversed(list(QUANTITY_RE.finditer(head)))), None)
    if (result is None or result.end() != len(head)) and (plain := re.search(r"(?:^|[，；：])[^，；：\d]*?(?:全[省市县区])?(?P<name>[\u4e00-\u9fff]{2,12})$", head)):
        # "截至9月底，山东全省城镇新增就业完成年度计划（100万）的98%" (山东 2011): the ratio's subject,
        # no figure of its own
        name = re.sub(rf"^.*?(?:{SO_FAR}|上半年|前三季度|一季度|截[至止]目前|全[省市县区])", "", plain["name"])
        return name if len(name) >= 2 else None
    if result is None or result.end() != len(head):
        return None
    marks = CLAUSE_MARKS.replace("、", "")
    start = max(head.rfind(ch, 0, result.start()) for ch in marks) + 1
    name = head[start : result.start()]
    if (TOTAL_SO_FAR.fullmatch(name) or GROWTH_SO_FAR.fullmatch(name)) and start > 1:
        # "申报认定省级创新型企业6家，累计达到15家，完成…任务16家的93.7%": the firms of the clause
        # before, counted as a total (the corpus reads 累计达到N家 as the stock)
        prev = next(iter(reversed(list(QUANTITY_RE.finditer(head, 0, start - 1)))), None)
        if prev is None or prev.end() != start - 1:
            return None
        begin = max(head.rfind(ch, 0, prev.start()) for ch in marks) + 1
        growth = GROWTH_SO_FAR.fullmatch(name) and result.group().rstrip().endswith("%") and q.group().rstrip().endswith("%")
        # "工业增加值89.75亿元，同比增长5.8%，高于…任务(2.5%)": the task is the growth's
        name = head[begin : prev.start()]
        # "我市九个经济技术开发区完成工业总产值2134.24亿元，比去年同期增长47.6%": what was done
        name = re.sub(r"^[^，；。]*?(?:完成|实现)(?=[\u4e00-\u9fff]{2})", "", name) + ("增长" if growth else "")
    name = re.sub(rf"{SO_FAR}|上半年|前三季度|一季度|截[至止]目前", "", name)
    # "高新区预计实现工业增加值89.75亿元": the estimate's subject and verb name nothing
    name = re.sub(r"^[\u4e00-\u9fff]{0,6}?预计(?:实现|完成|达到)?(?=[\u4e00-\u9fff]{2})", "", name)
    # "造甲乡共实现招商引资到位资金32900万元，占年度目标任务4亿元的82.25%" (造甲 2012): the place and its
    # verb name nothing
    name = re.sub(r"^[\u4e00-\u9fff]{1,6}?(?:共|累计|已)?(?:实现|完成)(?=[\u4e00-\u9fff]{2})", "", name)
    name = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:已)?(?:完成|实现)$", "", name)  # "社会固定资产投资完成30.15亿元"
    if re.fullmatch(r"(?:预计)?(?:可|将)?(?:达到|达|实现|完成|增至|增加到)?", name) and start > 1:
        # "牧业产值又创新高，预计可达到32.33亿元，占计划数32.26的100.22%" (沾益 2014): the subject is
        # the clause before's
        clause = re.split(r"[，；。：]", head[: start - 1])[-1]
        name = re.sub(r"^(?:\d{4}年)?(?:全[省市县区])?", "", re.sub(r"(?:又|再|均)?(?:创新高|创历史新高|稳步增长|持续增长)$", "", clause))
    return name if re.search(r"[\u4e00-\u9fff]{2}", name) else None


# a report measures a growth against the year's target, given as a figure: "增长34.2%，高于28%的年度目标",
# "增长47.6%，增速为年度目标(23%)的两倍多" (贵阳 2014)
# ("城镇登记失业率3.34%，低于年初确定的4%的控制目标" (山东 2011): the ceiling set at the year's start)
BEATEN_BEFORE = re.compile(
    rf"(?:高于|超过|超出|低于)(?:年初|{_TASK_PERIOD})?(?:确定|下达|制定|设定)?的?$|(?:增速|增幅)?(?:为|是){_TASK_PERIOD}{_TASK_WORD}[（(]$"
)
BEATEN_AFTER = re.compile(rf"^(?:的(?:{_TASK_PERIOD}|控制|预期)?{_TASK_WORD}|[）)]的)")


# the words of a running total, which name nothing: "累计达到", "总数达"
TOTAL_SO_FAR = re.compile(r"(?:累计|总数|总量|共)(?:达到|达|为)?")
# the growth of the result, between it and its task: "专利申请量351件，同比增长81%，完成…"
GROWTH_SO_FAR = re.compile(r"(?:同比|比上年同期|比去年同期|比上年)?(?:增长|增加|提高)")
TASK_NAMED = re.compile(rf"{_TASK_PERIOD}(?P<name>[^，。；\d（）()]{{2,8}}?){_TASK_WORD}[（(]?$")


EXCESS_OVER_TASK = re.compile(rf"{_OVER_HEAD}\d+(?:\.\d+)?[^，。；\d（）()]{{0,4}}?[）)]\s*$")


def excess_over_task(sentence: str, q: re.Match) -> bool:
    """Return True for the excess stated after a task in brackets ("超目标任务（25%）10.7个百分点":
    10.7个百分点), a result."""
    return bool(EXCESS_OVER_TASK.search(sentence[: q.start()]))


def result_before_task(sentence: str, q: re.Match) -> bool:
    """Return True for the result so far stated before a completion ratio of the year's task
    ("新增在孵企业122家，完成全年170家任务的71.8%": 122家)."""
    # ("社会固定资产投资完成30.15亿元（含重大工程和重点项目完成投资），为州下达全年目标26亿元的115.96%"
    # (贞丰 2011): what the result takes in, in brackets)
    return bool(RESULT_BEFORE_TASK.match(re.sub(r"^[（(][^（）()]{1,30}[)）]", "", sentence[q.end() :])))


# "未来五年的目标是：……；……打造10个百亿级产业大县" (甘肃 2023): the goals of the coming years,
# up to the end of the sentence
GOALS_AHEAD = re.compile(r"(?:未来|今后)(?:[二两三四五六七八九十]|\d+)年(?:的|内)?(?:主要|发展|奋斗)?目标(?:任务)?(?:是|为)")
# a horizon of several years: "经过3至5年的努力", "用三年时间", "5年内", or GOALS_AHEAD
HORIZON = re.compile(
    r"(?:经过|用|通过|花)\s*(?:\d+|[二两三四五六七八九十])(?:\s*[至到\-—~～]\s*(?:\d+|[三四五六七八九十]))?"
    r"\s*年(?:左右)?的?(?:时间|努力|奋斗|培养|培育|建设)|" + GOALS_AHEAD.pattern
    # "按照工程规划，未来3至5年时间，完成造林面积1671万亩" (新疆 2010): a span of years ahead
    + r"|(?:未来|今后)\s*(?:\d+|[二两三四五六七八九十])\s*[至到\-—~～]\s*(?:\d+|[三四五六七八九十])\s*年(?:左右)?的?(?:时间|内)?"
)
# "8年内分两个阶段完成…16.93万户" (新疆 2011): a span of years from now, not a year's name
SPAN_WITHIN = re.compile(rf"(?<![\d〇零一二三四五六七八九十两今本明当])(?:[2-9]|[1-9]\d|[二两三四五六七八九十])\s*{WITHIN_YEAR}")
# what is done each year of the span is the year's too: "今后五年内…，年均建设3.5公里污水管网"
EACH_YEAR = re.compile(r"年均|每年|平均每年|年平均")
# a year named after the horizon brings the clause back to one year: "8年内…，其中2011年将完成1.5万户"
YEAR_AFTER_HORIZON = re.compile(rf"{YEAR_NUM}\s*年|今年|当年|本年|{WITHIN_YEAR}")
# a year that opens a clause and frames what follows ("记者获悉，2020年预计该省…；…")
LEADING_YEAR = re.compile(
    rf"(?:^|[，：；])\s*(?:(?:在|到|至)\s*)?({YEAR_NUM})\s*年(?:底|末|前|内|度|及以前)?"
    r"(?=[，：]|预计|全年|全[省市县区]|我[省市县区]|共|累计)"
    # "2.2019年千家…不少于5.67家；…": a year that opens an item frames the item's ；-clauses
    rf"|^\s*(?:\d{{1,2}}[.．、]\s*)?({YEAR_NUM})\s*年(?!以来|的|以前)"
    # "本次会议确定2008年全市实现地区生产总值970亿元,增长15%;固定资产投资366亿元…" (乌鲁木齐 2008):
    # the year a meeting set the goals of, for the ；-clauses after it too
    rf"|(?:确定|提出|明确)了?\s*({YEAR_NUM})\s*年(?=全[省市县区]|我[省市县区]|[^，；。\d]{{0,12}}?(?:主要|预期|发展)?目标)"
    # "据了解，江西2011年全省城镇新增就业52万人，……；选拔1791名……" (江西 2012): the place, then its year
    rf"|(?:^|[，：；])\s*[\u4e00-\u9fff]{{2,4}}?({YEAR_NUM})\s*年(?=全[省市县区]|我[省市县区])"
)


def leading_year(sentence: str) -> int | None:
    """Return the last year that opens a clause of ``sentence`` (not "对2014年实施的…")."""
    years = [next(g for g in groups if g) for groups in LEADING_YEAR.findall(sentence)]
    return int(years[-1]) if years else None


# a year whose goals the sentence goes on to list: "会议提出，2013年高新区经济社会发展的主要目标是：
# 完成营业总收入3380亿元；地区生产总值820亿元以上；…" (each ；-clause is that year's)
GOALS_LISTED = re.compile(
    rf"({YEAR_NUM})\s*年度?[^。；：\d]{{0,24}}?(?:主要|预期|发展|奋斗)?(?:目标|指标)(?:任务)?(?:是|为)?[：:]"
)


def listed_goals_year(sentence: str) -> int | None:
    """Return the year of the goals ``sentence`` lists after a colon (else None)."""
    found = GOALS_LISTED.findall(sentence)
    return int(found[-1]) if found else None


THIS_YEAR = re.compile(rf"今年|{WITHIN_YEAR}|本年度|当年")
# a sentence opened by a past period ("具体来看，去年我市……", "五年来，……", "2022年以来，……"):
# the past framing holds for the rest of the paragraph, across ；and 、 lists, until a target word
PAST_OPENER = re.compile(
    # "……厅长李岩介绍，2023年吉林省……": the speaker's attribution before the period
    # ("日前从……召开的2019年工委工作会议上了解到，2018年……" (怀化高新区 2019): the meeting's year is no period)
    r"^\s*(?:[^，。；：\d]{0,8}[，：]|[^，。；：]{0,40}?(?:介绍|表示|指出|透露|说|了解到|获悉)[，：])?\s*(?:去年|上年|上一年|过去一年|过去(?:的)?(?:五|四|三|两|一|[2-9]|10)年"
    # ("过去5年，重庆市…", "近5年来": the span in digits too)
    # ("四年来，全市上下……" (六安 2022): any count of years)
    r"|近(?:五|四|三|两|几|[2-9]|10)年|(?:一|五|四|三|两|六|七|八|九|十|(?<!\d)[2-9]|(?<!\d)[1-9]0)年来|“?十[一二三四]五”?(?:期间|以来|时期)"
    # "据第九次全国森林资源清查福建省清查结果，我省森林面积1.21亿亩" (福建 2021): a census's findings
    r"|据[^，。；：]{0,30}?(?:清查|普查|调查|监测)(?:结果|数据)(?:显示)?[，,]"
    # "初步统计，全区地区生产总值突破20亿元大关" (玉东 2012): the figures as counted
    r"|(?:据)?初步统计[，,]"
    # "一季度……有望全面实现经济工作“开门红”。初步预计，全市生产总值将达到103.22亿元左右" (广元 2012):
    # an estimate of a period as good as over
    rf"|{FIRST_ESTIMATE}[，,]"
    # "一年来，净月高新区……交出了一份……答卷": the year just past
    r"|(?:一年来|一年以来|这一年|过去的一年)"
    # "此前在全省范围内，建制镇仅有……拥有超过1000家规上工业企业": before the news, a fact
    r"|此前|以往"
    rf"|({YEAR_NUM})\s*年(?!度?(?:目标|工作目标|计划|工作计划|要点|工作要点|工作思路|安排|任务)))"
)


# words that turn from results to plans ("下一步，…", "会议强调，…")
# a target set for 明年: "力争明年净增1000家高新技术企业"; a 今年 with a target word of its own
# ("今年力争…", not "预计今年…将") keeps 今年 the imported year
NEXT_YEAR_TARGET = re.compile(
    # ("力爭全省明年糧食總產量達到400億斤", "明年將啟動實施……工程" (江西 2009))
    r"(?:力争|确保|争取|目标是?)(?:全[省市县区])?明年|明年(?:要|将)?(?:力争|确保|争取|的目标)"
    r"|明年(?:要|将)(?:启动|实施|新增|新建|建设|推进|完成|实现)"
    # "明年绿化将添28个“奥森公园”" (北京 2019): what next year's work will bring
    r"|明年[\u4e00-\u9fff]{1,8}?(?:将|要)(?:添|新增|新建|建成|实现|达到|突破|重点|完成)"
    # "中心商务区明年固定资产投资将完成200亿元", "到明年年底，……将完成" (天津中心商务区 2011)
    r"|到明年(?:年底|年末|底)[，,]"
    # a headline: "德州制定明年蔬菜发展目标", "明年工作计划"
    r"|(?:制定|确定|明确|提出|部署)明年[^，。；\n]{0,8}?(?:目标|计划|任务)"
)
THIS_YEAR_TARGET = re.compile(
    rf"(?:力争|确保|争取|目标是?)(?:今年|{WITHIN_YEAR}|本年)"
    rf"|(?<!预计)(?:今年|{WITHIN_YEAR}|本年)[^，。；]{{0,4}}(?:力争|确保|争取|要|将|计划|的目标|目标)"
)


def plans_next_year(text: str, date: tuple[int, int] | None, year: int) -> bool:
    """True when ``text`` sets targets for 明年 and ``year`` is that 明年: the publication date is
    the year before, or unknown and no 今年 target is set."""
    if not NEXT_YEAR_TARGET.search(text):
        return False
    if date is not None and date[0] <= year:
        return date[0] == year - 1
    # no date, or a page reposted years later ("日期：2015-12-25" on 德州's plan for 2012)
    return not THIS_YEAR_TARGET.search(text)


PLAN_TURN = re.compile(r"下一步|下步|下阶段|下一阶段|今后|接下来|(?:会议|会上|大会)(?:要求|强调|部署|明确)")


# a news dateline and an opening quote: "科技日报长沙3月1日电 (记者…)“过去一年，…"
# what opens a new unit of text even where the plan has no headings: a list item ("3.", "(3)",
# "三是"), the body of a news report after its dateline ("南昌新闻网讯 …", "…3月24日电") or a
# label of targets (a table row "整体绩效目标 | 1、…" read as "整体绩效目标。1、…")
UNIT_OPENING = re.compile(
    r"^\s*(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}是|（[一二三四五六七八九十]{1,3}）"
    r"|[①-⑳]|[^，。；]{0,20}?(?:网讯|本报讯|\d{1,2}月\d{1,2}日电)"
    r"|[^，。；：\d]{0,10}(?:目标|任务)(?:[。：:]|$))"  # a label: "整体绩效目标。", "主要任务："
)


DATELINE = re.compile(r"^[^，。；“]{0,30}?\d{1,2}月\d{1,2}日电\s*(?:（[^）]{0,40}）)?|^\s*[“\"]")


# a sentence that opens with the part of the year already past: "1~9月，全省入库……", "今年以来，…"
TO_DATE_OPENER = re.compile(
    r"^\s*(?:[^，。；：\d]{0,30}?(?:获悉|介绍|表示|指出|了解到)[，：])?\s*(?:(?:19|20)\d\d年)?"
    r"(?:\d{1,2}\s*[-~～－–—至到]\s*\d{1,2}\s*月(?:份)?|今年以来|年初以来|前三季度|截至目前|截止目前"
    # ("今年上半年，……项目加快推进，……" (齐齐哈尔 2012): the half-year reported on)
    r"|今年上半年|今年一季度|上半年|一季度)[，,]"
)


# the year's tasks announced as under way: "今年以来，库伦旗着重推进三项重点工作，推动农村经济发展。"
TASKS_UNDER_WAY = re.compile(
    r"^\s*(?:今年|年初)以来[，,][^。；\d了]{0,12}?(?:着重|重点|全力|着力|集中)(?:推进|抓好|实施)"
    r"[一二三四五六七八九十两]+(?:项|个|大)[^。；\d了]{0,8}?(?:工作|任务|工程|行动)(?:[，,](?![^。]*(?:取得|成效|成绩|了))[^。；\d]{0,20})?。"
)

TASKS_UNDER_WAY_LINES = re.compile(TASKS_UNDER_WAY.pattern, re.M)  # the same, at the start of any line

def past_opener(sentence: str, year: int | None) -> bool:
    """Return True when ``sentence`` opens with a past period (an earlier year than ``year``)."""
    text = DATELINE.sub("", sentence).lstrip("“\"")
    if TO_DATE_OPENER.match(text):
        # (not "今年以来，库伦旗着重推进三项重点工作，推动农村经济发展。": the year's tasks under way,
        # each listed after it with its figure, announced with nothing done yet)
        return not TASKS_UNDER_WAY.match(text)  # "记者从会上获悉，1~9月，全省……": the progress so far, done
    m = PAST_OPENER.match(text)
    if m is None:
        return False
    # ("“十三五”期间，海南要使经济保持平稳较快增长…" in a plan for 2020: the period still running)
    period = re.search(r"十([一二三四])五”?(?:期间|时期)$", m.group())
    if period and year is not None and _PERIOD_END[period.group(1)] >= year:
        return False
    # ("2009年至2011年，我市将组织实施……工程" in a plan for 2011: a span running up to the plan's year)
    span = re.match(rf"\s*(?:至|到|[-—–~～])\s*({YEAR_NUM})\s*年", text[m.end():])
    if m.group(1) is not None and span and year is not None and int(span.group(1)) >= year:
        return False
    # ("2023年，莆田市……经济大盘总体稳定，2024年将如何发展？" (莆田 2024): last year named to turn to this one)
    if year is not None and re.search(rf"{year}\s*年(?:将|要|如何|怎么|怎样)", text):
        return False
    return m.group(1) is None or (year is not None and int(m.group(1)) < year)


def reports_earlier_year_plainly(sentence: str, year: int | None) -> bool:
    """Return True for a sentence that states figures of an earlier year than ``year`` and sets
    nothing: every year it names is earlier, it has a figure and no target word
    ("海原县把项目建设作为……，2022年实施项目117个，总投资288亿元。")."""
    named = years_named(sentence)
    return bool(
        year is not None
        and named
        and max(named) < year
        and re.search(r"\d(?:个|项|家|亿元|万元|%)", sentence)
        and not STRONG_TARGET.search(sentence)
        and not FUTURE.search(sentence)
    )


PAST_AWARD = re.compile(r"荣获|获得|获批|获评|被评为|表彰")


# a past paragraph that announces its results in the items after it: "主要成效有：", "取得的成绩如下："
# the year's tasks said to be done: "我省年初确定的计划目标任务均已完成"
TASKS_DONE = re.compile(r"(?:目标任务|目标|任务|指标)[^。；，]{0,6}?(?:均已|已全部|全部|全面|圆满|超额)完成")
# a verdict on how the figures came out, before them: "经济各项指标完成情况好于预期"
RESULTS_VERDICT = re.compile(r"(?:指标|任务|目标)?完成情况(?:好于|优于|超出|超过|符合|达到)预期")
RESULTS_ANNOUNCED = re.compile(
    r"(?:主要|取得的?|工作)?(?:成效|成绩|成果|做法|亮点)(?:主要)?(?:有|如下|体现在以下几个方面|表现在)?[：:]\s*$"
    # "一年来，全市经济社会发展总体平稳、……，呈现……的高质量发展态势。" (上海 2019): the verdict on
    # the year past that the report's 一是、二是 then bear out
    r"|呈现[^。；：]{0,60}?(?:态势|势头|局面)[。！]?\s*$"
)


def reports_earlier_year(sentence: str, year: int | None) -> bool:
    """Return True for a sentence that reports what happened in an earlier year ("…荣获2018年省
    科技进步一等奖；…"): every year it names is before ``year``, it has a past or award word and
    no target word. Like a past opener, it frames the rest of its paragraph as results."""
    if year is None:
        return False
    # ("在2008年已经形成的科技支撑计划……的基础上，形成完整的科技计划链": a base to build on)
    sentence = re.sub(r"在[^，；。]{0,80}?的(?:现有)?基础上", "", sentence)
    years = years_named(sentence)
    if not years or max(years) >= year:
        return False
    if STRONG_TARGET.search(sentence) or FUTURE.search(sentence):
        return False
    # ("…介绍道，2023年湖南全年地区生产总值…，同比增长4.6%": 同比 compares what was reached)
    return bool(PAST_AWARD.search(sentence) or PAST_WORDS.search(sentence) or "同比" in sentence)


# the words that make a sentence opened by the plan's year a plan ("争取" may be a result's verb)
# ("2020年，我市……顺利完成省定目标" reports that the targets were met)
PLAN_YEAR_WORD = re.compile(r"力争|确保|计划(?=[新完实培引建申组])|目标(?:是|为)|预期|将(?!近)")


def opens_this_year(sentence: str, year: int | None) -> bool:
    """Return True when ``sentence`` opens with ``year`` or a later one ("刘小明称，2024年，…")."""
    m = PAST_OPENER.match(sentence)
    if not (m and m.group(1) and year is not None and int(m.group(1)) >= year):
        return False
    return bool(re.search(r"将|要|力争|争取|计划|目标|确保", sentence))  # not a photo caption


def opens_plan_year(sentence: str, year: int | None) -> bool:
    """Return True when ``sentence`` opens with ``year`` or a later one and goes on as a plan does
    (将, 要, 继续, a task's verb: "2023年，鄂州市继续激发创新主体活力，…增长12%以上"), reporting
    nothing ("已", "了", "同比", "居全省第一" …)."""
    m = PAST_OPENER.match(sentence)
    if not (m and m.group(1) and year is not None and int(m.group(1)) >= year):
        return False
    if is_past(sentence) or reports_results(sentence):
        return False
    return bool(re.search(rf"将|要|力争|争取|计划|目标|确保|继续|{_TASK_VERBS}", sentence))


# a sentence that names a year's goals ("政府工作报告亮出2018年的新目标：", "2024年目标任务"):
# not their results ("2018年目标任务完成情况")
_GOALS_OF_YEAR = re.compile(
    # ("2019年西藏的主要经济目标": the place, then what kind of goals)
    rf"({YEAR_NUM})\s*年度?(?:[\u4e00-\u9fff]{{1,6}}?的)?的?(?:发展|主要|预期|新)?(?:经济社会发展|经济社会|经济)?"
    rf"(?:目标|指标)(?:任务)?(?![^。；，]{{0,6}}?(?:完成|落实|进展|实现情况))"
)


# a paragraph opened by a task's slogan and going on with what to do ("聚力厚植科技创新优势。加快
# 建设……"): a plan's paragraph, whatever the paragraph before it reported (not "强化企业主体地位。
# 全年新增……8家", which may report the year)
_TASK_VERBS = (
    r"聚力|着力|加快|大力|全力|持续|深入|深化|强化|推进|推动|实施|构建|打造|培育|坚持|突出|聚焦|"
    r"加大|提升|优化|健全|完善|做强|做大|壮大|夯实|激发|营造|抓好|狠抓"
)
TASK_SLOGAN = re.compile(
    rf"^\s*(?:{_TASK_VERBS})[^。；，,\d]{{3,18}}。\s*(?:{_TASK_VERBS}|采取|支持|鼓励|引导|组织|开展|建立)"
)


def names_goals_of(sentence: str, year: int | None) -> bool:
    """Return True when ``sentence`` names the goals of ``year`` or a later year."""
    return year is not None and any(int(m.group(1)) >= year for m in _GOALS_OF_YEAR.finditer(sentence))


# target words after which earlier past words no longer apply ("去年完成52亿元，今年力争60亿元");
# not 争取, which also reports what was obtained ("已被立项，争取项目经费70万元")
PAST_RESET = re.compile(
    # ("截至2018年4月10日，…" is an as-of date, not "至2018年": the past word stays)
    # (not "基本实现全年预期目标" (湖南 2015): the goals met, a result)
    rf"力争|确保|目标是|目标为|目标到|(?<!实现)(?<!完成)(?<!实现全年)(?<!完成全年)(?<!实现年度)(?<!完成年度)(?<!超过)(?<!超出)"
    rf"(?:主要|预期)(?:经济社会发展|经济社会|经济|发展)?目标"
    # "主要预期目标已经确定：粮食产量380亿斤" (辽宁 2012): the goals set, listed after the colon
    rf"(?:已经|已)?(?:确定|明确|敲定)?[：:]?|(?<!截)(?<!截止)(?:到|至)\s*{YEAR_NUM}\s*年"
    rf"|(?<!截至)(?<!截止)今年(?!以来|(?:共|已)?有(?![望序效力所关条]))|{WITHIN_YEAR}|明年|有望|可望|将(?:实现|达到|突破|新增|力争|培育|建成|新建)"
    r"|(?:未来|今后)[一二三四五六七八九十两\d]{1,2}年[^。；]*?将"  # "未来三年，该区将投…"
    # "目前已争取到……投资1.5亿元，计划改造中低产田29万亩" (哈尔滨 2010): the plan after what is in hand
    r"|(?<!完成)(?<!执行)(?<!年度)计划(?=改造|新建|建设|实施|完成|新增|种植|推广|造林|开工|引进|培育)"
    # "提升现有220个省级现代农业园区的功能，新建80个省级园区" (陕西 2014): what exists, then what is to be built
    r"|现有[^。；]{0,30}?[，,](?=新建|新修|新培育|新认定)"
)
# a line announcing this year's work in a report of results ("今年，我省在科技领域将推进10个方面的
# 重点任务。", "2024年工作打算", "下一步工作计划")
PLANS_FOLLOW = re.compile(
    rf"^[^。]{{0,40}}?(?:今年(?!以?来)|明年|下一步|下步|{YEAR_NUM}年(?!以来))[^。]{{0,30}}?"
    # (not "贯彻落实《全民科学素质行动计划纲要》": a 计划 in a title is a document's name)
    r"(?:将|(?<![主重需首纲])要|计划(?![^《》。]{0,30}》)|打算|安排|思路)[^。]{0,30}?(?:重点任务|重点工作|工作|任务|如下|方面)"
)
# a heading line over the year's goals or tasks in a report of results ("今年主要预期目标", "重点做好九个
# 方面工作", 安庆 2021's 计划报告解读): what follows plans
PLANS_HEADING = re.compile(
    rf"^\s*(?:(?:今年|明年|{YEAR_NUM}\s*年)的?(?:主要)?(?:预期|发展|工作)?目标(?:任务)?"
    r"|重点(?:做好|抓好|推进|实施)[一二三四五六七八九十两\d]+(?:个)?(?:方面|项|大)的?(?:重点)?(?:工作|任务))\s*[：:]?\s*$"
)
# a sentence that sets targets ("设定了2019年高新区…发展指标。主要包括：…")
TARGET_SETTING = re.compile(
    r"(?:设定|确定|提出|明确|下达|分解|描绘|绘就)了?[^。；]{0,40}?(?:目标|指标|任务|蓝图)|主要指标"
    r"|(?<!超过)(?<!超出)(?<!完成)(?<!实现)预期目标|目标任务如下"
    # "今后五年贵阳市经济社会发展的主要目标是：…": the paragraph goes on with them
    r"|(?:主要|发展|奋斗|工作)目标(?:是|为)[：:]?"
    # measures drawn up for a goal: "为确保建成300亿斤商品粮产能，黑龙江垦区制定了扩面积、调结构、上科技的3条主要措施"
    r"|为确保[^。；]{2,40}?[，,][^。；]{0,20}?制定了?[^。；]{0,30}?(?:措施|举措|方案|计划)"
    # what a plan document lays down: "《工业经济攻坚战实施方案》明确，2017年全部工业增加值完成4200亿元以上"
    r"|《[^《》]{2,40}(?:方案|计划|规划|意见|要点|纲要|决定)》(?:中|里)?(?:明确|提出|要求|确定|规定)[，,：:]"
)
# a sentence about the future ("我省将围绕…组织实施…")
FUTURE = re.compile(
    r"(?:我[省市县区]|全[省市县区]|今年|明年)?将(?:围绕|推进|实施|组织|加快|开展|重点|着力|全面|继续|进一步)"
    r"|(?:会议|会上|大会)(?:要求|部署|明确)"
    # "任务清单明确，年底前，我市将……" (邢台 2023): what the document just announced sets out
    r"|(?:任务清单|清单|方案|意见|要点|通知)(?:明确|提出|要求)[，,：:]"
)
# "今年，…" (not 今年以来 / 今年上半年): what follows in the paragraph is this year's plan
# ("在今年的疫情期间" only dates what happened; "截至今年，…完成2.66亿元" reports how far it got)
THIS_YEAR_PLAN = re.compile(
    # ("年内，举办各类实用技术培训11场次" (a yearbook's entry, 临淄 2015): 年内 set off by a comma
    # with no word that sets a target after it is the year reported on)
    # ("3年内转移10万人" (新疆 2018): a span of years, not 年内)
    rf"(?:(?<!截至)(?<!截止)今年|今年(?=底|末)|明年|(?<![\d一二三四五六七八九十两几多数]){WITHIN_YEAR}(?![，,](?![^。；]{{0,16}}?(?:要|将|力争|确保|计划|争取|目标))))"
    r"(?!以?来|上半年|前[一二三四五六七八九十\d]|\d{1,2}\s*(?:-|—|至|到)|一季度|截至|的[^，。；]{0,8}期间"
    # ("今年西藏共落实…补贴27亿元", "今年又有57800户…" (西藏 2008): what the year has brought)
    r"|[^，。；]{0,8}?(?:共(?!同)|又有|已经?|累计)"
    # ("今年该团还退出棉花低产田2000多亩", "今年团场种植的12万亩棉花，目前已进入收获期" (一四一团 2015):
    # what else the year brought, and the year's crop as the subject of what follows)
    r"|[^，。；]{0,8}?还(?!将|要|计划|力争|拟|需|应)|[^，。；\d]{0,8}?的\d)"
)
# the year so far, however a report writes it: "年初以来", "今年前10个月", "1至9月", "截至10月底"
# ("元-4月累计完成投资10.14亿元" (封丘 2016): 元月, January)
SO_FAR = (
    # ("2018年，自全省脱贫攻坚“春风行动”开展以来，……" (上坪寨 2018): since the work began)
    r"自[^，。；]{2,30}?(?:开展|实施|启动|开始|部署)以来|"
    # ("2021年来，凤鸣街道新进规上企业14家" (凤鸣 2021); "今年首季与此同时，全区完成通道绿化212.6公里" (广西 2012))
    rf"{YEAR_NUM}\s*年以?来(?=[，,])|(?:今年)?首季度?|"
    # ("去冬今春，全州产羔141.85万只" (昌吉 2023): the season just past)
    r"去冬今春|"
    r"(?:年初|开年|今年)以?来|前[一二三四五六七八九十\d]{1,2}个月|(?:\d{1,2}|(?<![万亿千百\d])元)\s*(?:-|—|至|到)\s*\d{1,2}\s*月"
    # ("今年1月至10月，全州预计接待游客3932.88万人次" (文山 2023))
    r"|(?<![\d.])1\s*月(?:份)?\s*(?:-|—|至|到)\s*\d{1,2}\s*月"
    r"|截[至止](?:今年)?\d{1,2}月(?:底|末|份)?"
    # "1月份共完成财政收入2.84亿元", "实现了首月开门红" (唐山高新区 2011): a month's figures so far
    r"|\d{1,2}月份(?:共|已|累计)?(?:完成|实现)|首月开门红"
)
# the months of a timetable: "1—5月做好……，6—10月开展……，12月完成……" (a plan's 进度计划, not
# progress so far): a month or a span of months before what is to be done in it, with no figure
MONTH_SPAN = re.compile(
    r"(?<![\d截至止到])(?:\d{1,2}\s*(?:-|—|–|至|到)\s*)?\d{1,2}\s*月(?:份|底前|底|中旬|上旬|下旬|前)?"
    r"(?=[^，；。：！？\d]{2,}(?:[，；。：！？]|$))(?![份底中上下前])"
)


def without_timetable(text: str) -> str:
    """Return ``text`` with the months of a timetable blanked out (a paragraph with two months or
    more, each before a deed with no figure in it), so that they are not taken for progress so far."""
    out = []
    for paragraph in text.split("\n"):
        if len(MONTH_SPAN.findall(paragraph)) >= 2:
            paragraph = MONTH_SPAN.sub("某时", paragraph)
        out.append(paragraph)
    return "\n".join(out)


# a report of this year's progress: there 今年 is the year reported on, not a plan
PROGRESS_REPORT = re.compile(
    rf"{SO_FAR}|上半年|前三季度|截至目前|截止目前|一季度|截[至止]今年(?!底|末)"
)
PLAIN_TARGET = re.compile(
    r"(?:达到|突破|超过|新增|新建|新认定|新培育|增长|提高到|培育|建成|引进|净增|控制在)[^，。；：！？\d]{0,12}\d"
    # "实现营业收入200亿元以上，", "完成年度投资100亿元以上": a floor that closes its clause
    # (not "亿元以上的重大项目", a class)
    r"|(?:实现|完成)[^，。；：！？\d]{0,12}[\d.]+\s*(?:万|亿)?[^，。；：！？\d]{0,2}以上(?=[，。；,;]|$)"
)
# progress up to a point of the year: "截至5月底", "1-9月", "上半年", "前三季度", "今年以来" ("今年来")
PROGRESS_SO_FAR = re.compile(
    rf"{SO_FAR}|{HALF_YEAR_SO_FAR}|前三季度|截[至止]目前"
    # "全年计划实施的100个重点工业项目中，已开（复）工98个，开工率98%，……" (吴忠 2017): what of the
    # year's projects is under way
    r"|(?<=中[，,])已(?=开|复工|竣工|建成|投产|完成|实施|启动)"
)
# (a 政府工作报告 reviews the last year and plans this one: its title decides nothing)
# ("2024年颛桥镇人民政府半年工作情况报告": half a year reported on)
RESULT_TITLE = re.compile(
    r"述职|总结|统计公报|落实情况|完成情况|成绩单|回顾|(?<!发展)综述|发展综述|进展情况|(?<!政府)工作报告|年报|半年工作情况|工作情况报告"
    # "云南腾冲市雪茄烟种植开发工作目标任务圆满完成" (腾冲 2022): the headline tells the work done (not
    # "确保……圆满完成")
    r"|^(?!.*(?:确保|力争|争取|要|将|努力|全力)).*?(?:圆满|顺利|超额)完成\s*$"
)
PLAN_TITLE = re.compile(r"计划|要点|打算|思路|安排|目标|意见|方案|规划")
IMPLEMENTS_PLAN = re.compile(r"(?:贯彻落实|贯彻|落实|执行)[^，。；]{0,24}?(?:计划|方案|规划|意见|要点)")
DOC_DATE = re.compile(rf"({YEAR_NUM})\s*[-年/.]\s*(\d{{1,2}})\s*[-月/.]\s*\d{{1,2}}")
DATE_LINE = re.compile(rf"日期|时间|发布|刊发|来源|编印|供稿|^\s*{YEAR_NUM}[-年/.]")


def document_date(lines: list[str]) -> tuple[int, int] | None:
    """Return (year, month) of a document's date line ("发布时间：2023-12-28", "刊发日期…"); of
    several, the earliest: a re-posting site's date comes before the source's own ("日期:2014-12-31 …
    来源: 内蒙古新闻网 … 日期: 2012-11-6" (通辽 2013))."""
    dates = [
        (int(m.group(1)), int(m.group(2)))
        for line in lines
        if len(line) <= 80 and DATE_LINE.search(line)
        for m in DOC_DATE.finditer(line)
    ]
    return min(dates) if dates else None


def _reports(sentence: str, year: int | None) -> bool:
    """Return True for a sentence with a result or estimate word, or opened by a past period."""
    return bool(
        "预计" in sentence
        or RESULT_WORDS.search(sentence)
        or PAST_WORDS.search(sentence)
        or RESULT_COMPARISON.search(sentence)
        or past_opener(sentence, year)
        # "从2020年的267家跃升至2025年的超1000家": a change told by its two years' figures
        or bool(CHANGE_OF_YEARS.search(sentence))
    )


CHANGE_OF_YEARS = re.compile(
    rf"从\s*{YEAR_NUM}\s*年(?:底|末)?的[^，。；]{{0,20}}?(?:上升|增长|提高|增加|提升|跃升|扩大)(?:到|至)\s*{YEAR_NUM}\s*年(?:底|末)?的"
)


# words only a report uses: an estimate of the year's result, a period up to now
REPORT_ONLY = re.compile(rf"预计|{YEAR_NUM}年以来|逐年")


# a headline that reports a figure of a period so far or a rank won: "全省第二！十堰一季度高新技术
# 产业增加值99.81亿", "上半年我市技术合同成交额增长35%"
RESULT_HEADLINE = re.compile(
    r"(?:[一二三四1-4]季度|上半年|前三季度|\d{1,2}[-~～－–—]\d{1,2}月)[^，。；！？!?]{0,20}?\d"
    r"|(?:全[省市国]|全区|全州)第[一二三四五六七八九十\d]"
    # "兵团棉花今年再次喜获丰收 预计棉花总产148万吨" (兵团 2013): a harvest brought in
    r"|(?:喜获|再获|夺得|获得)(?:大)?丰收"
)


HEADLINE_AIMS = re.compile(r"保持|稳居|冲刺|争创|将|要|目标")


def title_says(title: str) -> str:
    """Return "results" or "plan" by the title's last keyword (its head: "主要目标任务落实情况" reports,
    "2023年工作总结和2024年工作计划" plans), or ""."""
    # ("张家口市认真贯彻落实省科技创新三年行动计划": what is done to carry a plan out, not the plan)
    carried_out = IMPLEMENTS_PLAN.sub("", title or "")
    last = {
        kind: max((m.end() for m in rx.finditer(text)), default=-1)
        for kind, rx, text in (("results", RESULT_TITLE, title or ""), ("plan", PLAN_TITLE, carried_out))
    }
    if last["results"] < 0 and last["plan"] < 0:
        # ("…排名力争全省第一", "…继续保持全省第一" aim at a rank)
        reports = RESULT_HEADLINE.search(title or "") and not (
            STRONG_TARGET.search(title or "") or HEADLINE_AIMS.search(title or "")
        )
        return "results" if reports else ""
    return "results" if last["results"] > last["plan"] else "plan"


def _opens_past(sentence: str, year: int | None) -> bool:
    """Return True for a paragraph's first sentence that frames it as past (去年、过去五年来、截至…)."""
    if TASKS_UNDER_WAY.match(sentence):
        return False  # "今年以来，库伦旗着重推进三项重点工作，……": the year's tasks follow
    return bool(PAST_WORDS.search(sentence) or past_opener(sentence, year))


def reports_results_mostly(
    text: str, title: str = "", date: tuple[int, int] | None = None, year: int | None = None
) -> bool:
    """Return True for a document that reports results rather than plans, weighing its evidence:

    - a title that reports (述职、总结、落实情况…) decides for results, one that plans (计划、要点、
      目标…) for a plan;
    - progress so far in the year (截至5月底、1-9月、上半年…) weighs double among the report words;
    - otherwise report words (位列、同比、由X增至Y、去年、已…) are weighed against target words
      (力争、确保、目标是、将…) and plain target statements (新增…80家, 达到…) in sentences without
      a report word, which count half: one paragraph of last year's results does not turn a plan
      into a report. A page dated after the year (or in its last quarter) tips the balance to
      results, but does not decide alone: plans are re-posted years later.
    """
    said = title_says(title)
    if said == "results":
        return True
    if said == "plan":
        return False  # "南昌市明确2023年科技工作重点和目标": the title says it plans
    if YEARBOOK_ENTRY.search(f"{title}\n{text[:1000]}" if title else text[:1000]):
        return True  # "内容出处: 《吉安市年鉴 2015》", "摘要: 本文记述2014年…": a yearbook records a year
    if EXPERIENCE_SHARED.search(text[:3000]):
        return True  # "……县域经济朝着又好又快的方向迈进。全县实现……。我们的主要做法是：" (藤县 2007): what was done, and how
    if year is not None and any(int(m["year"]) >= year for m in ACHIEVEMENTS_PRESENTED.finditer(text[:1000])):
        # "……举行“精彩答卷·济宁2022”主题系列新闻发布会，介绍2022年济宁经开区工作成就" (济宁经开区
        # 2022): a press conference on the imported year's achievements
        return True
    text = without_timetable(text)
    # (the opener that announces the year's tasks under way reports nothing: "今年以来，……着重推进三项重点工作。")
    text = TASKS_UNDER_WAY_LINES.sub("", text)
    if title:  # a headline that decides nothing still speaks: "广西将实施科技强桂行动"
        text = f"{title}\n{text}"
    dated_after = (
        date is not None
        and year is not None
        and (date[0] > year or (date[0] == year and date[1] >= 10))
    )
    spans = {m.start() for rx in (RESULT_WORDS, PAST_WORDS, REPORT_ONLY) for m in rx.finditer(text)}
    if year is not None:  # "“十三五”期间…" in a plan for 2021: a review of the past period
        # ("“十四五”以来…" in 2025: since the period began, years before the plan's)
        spans |= {
            m.start()
            for m in FIVE_YEAR_PERIOD.finditer(text)
            if (m["when"] in ("期间", "时期", "以来") and _PERIOD_END[m.group(1)] < year)
            or (m["when"] == "以来" and _PERIOD_END[m.group(1)] - 4 < year)
        }
    # "截至5月底…", "1-9月…", "前三季度…": progress so far in the year weighs double
    results = len(spans) + len(PROGRESS_SO_FAR.findall(text))
    if results < (1 if dated_after else 2):
        return dated_after and not PLAIN_TARGET.search(text) and not STRONG_TARGET.search(text)
    plain = sum(
        len(PLAIN_TARGET.findall(sentence))
        for paragraph in text.split("\n")
        if not _opens_past(re.match(r"[^。！？]*", paragraph).group(), year)  # "…过去五年来，…"
        for sentence in re.findall(r"[^。；！？]+", paragraph)
        if not _reports(sentence, year)
    )
    targets = len(
        STRONG_TARGET.findall(
            without_estimates(COMPLETION_RATE.sub("", text))
        )
    )
    if dated_after:
        return results + 1 > targets + plain / 2
    if _results_in_one_paragraph(text, spans | {m.start() for m in PROGRESS_SO_FAR.finditer(text)}):
        return False  # "全市发明专利申请量1350件，超额完成17%；…" leading a plan of short paragraphs
    return results > targets + plain / 2


# an experience report's turn to how the results were won: "我们的主要做法是：" (an 经验材料)
EXPERIENCE_SHARED = re.compile(r"(?:我们|我[县市区镇省])的?主要(?:做法|经验)(?:和体会)?(?:是|有|如下)")
# the achievements of a year presented: "介绍2022年济宁经开区工作成就", "晒出2023年成绩单"
ACHIEVEMENTS_PRESENTED = re.compile(
    rf"(?:介绍|回顾|展示|发布|晒出|盘点)[^。；，]{{0,12}}?(?P<year>{YEAR_NUM})\s*年[^。；，]{{0,20}}?(?:工作)?(?:成就|成绩单|答卷|亮点)"
)
# a yearbook's entry as a library's database gives it: its source, or its abstract's "本文记述2014年"
# (or its site's breadcrumb, "首页 出版 双流年鉴2020", and an entry's first heading, "【概况】" (协和街道 2019))
YEARBOOK_ENTRY = re.compile(
    rf"(?:出处|来源|出自)\s*[:：]?\s*《[^》]{{0,20}}年鉴[^》]{{0,10}}》|本文(?:记述|记载|介绍)了?\s*{YEAR_NUM}\s*年"
    rf"|^[^\n。]{{0,20}}年鉴\s*{YEAR_NUM}\s*$|^\s*【\s*(?:概\s*况|简\s*况|概\s*述)\s*】"  # 【简况】 港口镇位于……
    # a yearbook's section heading as the page's first line: "重要政事和决策" (黑龙江 2007)
    r"|\A\s*(?:重要政事(?:和|与)?决策|大事记)\s*$",
    re.M,
)
# a progress report's heading over the tasks a document set: "报告中确定的其他指标任务完成情况" (咸宁 2021)
TASKS_SET_HEADING = re.compile(r"(?:确定|部署|下达|提出|明确)的[^，。；]{0,12}?(?:指标|任务|目标)[^，。；]{0,6}?完成情况")
# a statistics bulletin's wording: the year's figures as first accounted ("初步核算，全年地区生产总值……")
# ("分地区看，对香港出口38.57亿元" (海南 2018): a bulletin's breakdown, with no word that looks ahead)
STATISTICS_BULLETIN = re.compile(r"初步核算|统一核算|统计公报|(?:据|经)统计局(?:初步)?(?:核算|统计)|分(?:地区|行业|产业|门类)看[，,]")
# what a results page says of a finished period that a plan does not: awards and approvals won,
# "同口径增长", "分别增长26.3%、44.4%", "连续四年获…"
ACHIEVED = re.compile(
    r"获批|获评|荣获|入选|被评为|被认定为|被授予|获得[^，。；]{0,10}(?:称号|奖)|同口径"
    r"|分别(?:增长|提高|增加)[\d.]+%、|连续[一二三四五六七八九十两\d]+年"
    # "13项成果获省科学技术奖", "被…列入新一批国家创新型城市建设名单", "较好地完成全年各项目标任务"
    r"|(?<!力争)(?<!争取)获[^，。；得批评]{1,10}奖|列入[^，。；]{0,20}名单"
    r"|(?:较好|圆满|超额|全面)地?完成(?:了)?(?:全年|年度)[^，。；]{0,6}(?:目标|任务)"
    # the document names itself a report of a year: "《…2023年工作总结》", "2022年度述职报告"
    rf"|{YEAR_NUM}年度?[^，。；《》]{{0,12}}?(?:总结|述职|完成情况|落实情况)"
    # sums obtained and needs met: "共争取省级科技计划项目101项、资金1.03亿元", "榜单金额总计460万元",
    # "为82家科技企业解决融资需求19.58亿元", "确定了两项…项目" (张家口 2022)
    r"|共争取(?:到了?)?[^，。；]{0,16}?\d|总计\s*\d|解决[^，。；]{0,8}需求\s*\d|(?<![会议])确定了[两二三四五六七八九十\d]"
)
# a heading that reports on targets: "一主要目标完成情况", "主要目标任务落实情况"
# (or a table's header run together: "主要工作目标内容责任科室全年落实情况")
REPORTED_TARGETS = re.compile(
    r"(?:主要)?目标[^，。；：\d]{0,12}?(?:完成|落实|进展|执行)情况"
    # "……288.9万亩，超出国家下达任务8.1万亩" (西藏 2022): a task exceeded sets nothing
    rf"|{TASK_EXCEEDED}"
)
# what looks ahead, anywhere in a document: a plan, or a report that turns to the plans
LOOKS_AHEAD = re.compile(r"有望|可望|下一步|下步|今后|接下来|明年|(?:今年|本年|全年)(?:将|要|计划|力争|目标)")


def reports_finished_period(text: str, year: int | None = None, *, paragraph: bool = False) -> bool:
    """Return True for a text that only reports a finished period: not one word that looks ahead
    (力争、确保、将…、目标是、到2025年、有望、下一步… — estimates, completion rates and the end
    year of a change do not count) and at least three signs of results (report words, 同比,
    awards and approvals won: 获批、获评、入选, 同口径, 分别增长N%、M%), no fewer than the plain
    statements (达到…、新增…N) in sentences without such a sign. A 述职 or 总结 body
    pasted without its title reads so; a plan, or a report that turns to next year's plans, never
    does — every plan sets a target somewhere in words that look ahead, or lists tasks without
    reporting anything won."""
    if not paragraph and YEARBOOK_ENTRY.search(text[:1000]):
        return True  # a yearbook's entry: the year it records is over
    text = without_timetable(text)
    cleaned = without_estimates(COMPLETION_RATE.sub("", text))
    cleaned = REPORTED_TARGETS.sub("", FUNDS_OBTAINED.sub("", cleaned))
    if (
        STRONG_TARGET.search(cleaned)
        or FUTURE.search(cleaned)
        or LOOKS_AHEAD.search(cleaned)
        or TARGET_SETTING.search(cleaned)
        or PLANS_FOLLOW.search(cleaned)
    ):
        return False
    if not paragraph and STATISTICS_BULLETIN.search(text):
        return True  # "初步核算，全年地区生产总值……" (南昌县 2019): a statistics bulletin's year is over
    kinds = (RESULT_WORDS, PAST_WORDS, REPORT_ONLY, RESULT_COMPARISON, ACHIEVED)
    # one paragraph of a plan may set growth "较上年增长20%" with no other word: for a paragraph
    # alone, only what a plan does not say (已、预计、获批…) counts
    counted = [rx for rx in kinds if not (paragraph and rx is RESULT_COMPARISON)]
    signs = len({m.start() for rx in counted for m in rx.finditer(text)}) + len(PROGRESS_SO_FAR.findall(text))
    # a list of tasks with no word that looks ahead ("重点培育1个产值过50亿元的……") under one
    # paragraph of completion rates: its plain statements outnumber the signs of results
    plain = sum(
        len(PLAIN_TARGET.findall(sentence))
        for sentence in re.findall(r"[^。；！？\n]+", text)
        if not any(rx.search(sentence) for rx in kinds)
    )
    if not paragraph and _signs_in_one_paragraph(text, counted):
        return False  # "过去一年，全市已建成…" closing a list of key targets with no target word
    return signs >= 3 and plain <= signs


def _signs_in_one_paragraph(text: str, kinds) -> bool:
    """Return True when every sign of results sits in one paragraph that opens or closes the text
    (after its title) and at least two other paragraphs state figures with no such sign: that
    paragraph reports last year's results, the text around it does not."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    with_signs = [p for p in paragraphs if any(rx.search(p) for rx in kinds)]
    if len(with_signs) != 1 or with_signs[0] not in (*paragraphs[:2], paragraphs[-1]):
        return False
    figures = sum(
        1 for p in paragraphs if p is not with_signs[0] and any(q["unit"] for q in QUANTITY_RE.finditer(p))
    )
    return figures >= 2


# a task in plain words, with its count: "建设农业科技示范基地30个", "选派科技特派员500名"
PLAIN_TASK = re.compile(r"(?:建设|推广|选派|组建|实施|建立|培训|开展|组织|打造)[^，。；：！？\d]{0,12}\d")


def _results_in_one_paragraph(text: str, spans: set[int]) -> bool:
    """Return True when all report words but one sit in one paragraph and at least two other
    paragraphs have target words (力争、确保、将…): one paragraph of results (a review, completion rates) heading a
    plan does not make the plan a report, however few target words the plan uses."""
    paragraphs = text.split("\n")
    if len(paragraphs) < 3:
        return False
    at = sorted(spans)
    counts, start = [], 0
    for paragraph in paragraphs:
        end = start + len(paragraph)
        counts.append(bisect_left(at, end) - bisect_left(at, start))  # spans in [start, end)
        start = end + 1
    top = max(range(len(counts)), key=counts.__getitem__)
    if sum(counts) - counts[top] > 1:
        return False
    planned = sum(
        1
        for i, paragraph in enumerate(paragraphs)
        if i != top and STRONG_TARGET.search(paragraph)
    )
    # ("一是…培育推广新品种100个…" / "二是…建设示范基地300个…": plain statements, no report word, in
    # three paragraphs or more plan as surely)
    stated = sum(
        1
        for i, paragraph in enumerate(paragraphs)
        if i != top and not counts[i] and (PLAIN_TARGET.search(paragraph) or PLAIN_TASK.search(paragraph))
    )
    return planned >= 2 or stated >= 3


# "对已确定的10家重点提升园区…", "围绕装备制造等10个产业、35条产业链": the group a measure is for
SCOPE_LEAD = re.compile(r"^(?:\d{4}年及以前)?[^，；。：]{0,6}?(?:对(?!接|标|口|外|象|比|应)|针对|围绕|面向|依托|聚焦|瞄准|盯准|紧盯|盯紧)")
SCOPE_BREAK = re.compile(
    r"达到|突破|超过|新增|新建|培育|认定|建成|建设|引进|实施|完成|增长|提高|实现|确保|力争|争取|计划|稳定在|保持在|控制在"
    r"|开展|举办|组织"  # "开展对台交流活动10批次": 对 inside what is done
    # "围绕激光雷达、测绘和遥感等产业导入科技型企业3家" (咸宁 2024): what 围绕 frames is brought in
    r"|导入|引入|招引|落户|签约"
)


# growth stated as a plan period's yearly average: "年均增长18%", "年平均增长", "平均每年增长"
AVERAGE_GROWTH = re.compile(r"(?:年均|年平均|平均每年|每年平均)(?:增长|增速|增幅|递增|提高|提升)(?:率)?(?:达到|达|为|保持在|在)?[^，；。]{0,4}$")


# a name that is only a growth word ("继续保持10%以上的增长速度"): whose growth it is, the
# sentence says before it (qa12b F36)
BARE_GROWTH = re.compile(r"(?:增长|发展)?(?:速度|增速|增幅|幅度)|增长率|(?:高速|快速|较快|平稳|稳定|中高速)增长")
GROWTH_OF_LAST = re.compile(
    r"(?:同比|比上年|较上年|比去年|较去年|年均)?(?:增长|提高|提升|增幅|增速|增加|递增)(?:达到|达|为)?"
    r"|比增|同比增"  # "财政总收入11亿元，比增7%" (福建: 比上年增长)
)


def is_subject(between: str) -> bool:
    """Return True when a count is the subject of the next quantity in the same clause
    ("81家中小型示范企业新增固定资产投资100亿元"): the text between them names what the group
    does (a predicate or measure) and no clause mark separates them."""
    if not between or re.search(r"[，；。：、！？（）]", between):
        return False
    return bool(
        re.search(r"新增|实现|完成|达到|突破|投资|产值|收入|销售|利税|营业|研发|R&D", between)
        # "13个重点旅游景区接待游客增长16%以上" (镇江 2016): the places whose figure grows
        or re.search(r"接待[^，；。]{0,6}增长$", between)
        # "4个郊区力争提升1位" (沈阳 2010): places that each move up the ranking
        or re.fullmatch(r"[\u4e00-\u9fff]{0,4}(?:郊区|县|区|市|旗|乡镇|街道)(?:力争|确保|争取|要|将)?(?:提升|提高|前移|进位|上升)", between)
    )


# a projection from the figures so far: "根据今年一季度运行情况，技术合同成交额有望突破2800亿元"
FORECAST_BASIS = re.compile(r"根据[^，。；]{0,20}(?:运行情况|运行态势|趋势|测算|预测|进度)")


def is_base(before: str, after: str) -> bool:
    """Return True for the starting value of a change ("从750家增长到970家"): 从/由 before it,
    增长到/提高到/到 after it."""
    # "由上年的7.95亿元增加至12.51亿元", "从2018年底的750家增长到…": the start may be dated
    # ("由现在的2100元提高到3500元" (宁夏 2012): the start is now)
    return bool(re.search(rf"[从由](?:上年|去年|上一年|现在|目前|现有|{YEAR_NUM}\s*年(?:底|末)?)?的?$", before)) and bool(
        # ("覆盖率由57%增到100%" (浙江 2025): 增 alone; a text cut off after "由29.5%": the start)
        re.match(r"^(?:增长|增加|提高|提升|上升|发展|扩大|跃升|增)?(?:到|至)", after) or not after.strip()
    )


# the object of follow-up work on what is already approved: "要对今年立项的6个市级项目……进行督查"
APPROVED_OBJECT = re.compile(
    r"对(?:已|今年|去年|当年|上年)?[^，；。：]{0,4}?(?:立项|获批|批准|认定|验收|在研)的\s*$"
)


# "做大做强8个国家级特色产业基地": the count of existing ones to strengthen, not a target
STRENGTHEN_EXISTING = re.compile(
    r"做[大优精实强]做[大优精强](?:包括[^，；。：]{0,20}在内的)?\s*$"
)


def is_scope(clause_before: str, clause_after: str = "", rest: str = "") -> bool:
    """Return True when the clause before a quantity only introduces the group it is about
    ("对30家重点企业加大扶持"), not when the quantity is the object of a planned action
    ("对410万元到位科技资金进行综合监管"), nor one of the goals aimed at (``rest``, the sentence
    after the quantity: "围绕全省减少农村贫困人口120万人以上，实现16个贫困县摘帽、……退出目标")."""
    if re.match(r"^[^，；。：]{0,6}?(?:围绕|瞄准|盯准|紧盯|盯紧)", clause_before) and re.match(
        r"^[^。；]*?(?:的)?(?:发展|奋斗|年度|全年)?目标(?:任务)?(?:[，,。；]|$)", rest
    ):
        return False
    if APPROVED_OBJECT.search(clause_before) or STRENGTHEN_EXISTING.search(clause_before):
        return True
    if re.search(r"贡献(?:度|率)[^，；。]{0,3}$", clause_before):
        return False  # "对全市项目招引贡献度达25%": what 对 introduces is the measure's whole
    return (
        bool(SCOPE_LEAD.match(clause_before))
        and not SCOPE_BREAK.search(clause_before)
        and "进行" not in clause_after
        # "瞄准规模工业产值200亿元目标": what is aimed at is the goal
        and not re.match(r"^的?(?:发展|奋斗|年度|全年)?目标", clause_after)
    )


# a clause with a verb or predicate of its own does not share the previous one's
OWN_VERB = re.compile(
    r"达|突破|超过|为|增|提高|提升|实现|完成|建|培育|认定|引进|引入|总数|总量|累计|力争|争取|确保|要|将"
    r"|保持|稳定|控制|不低于|不少于|(?<!级)以上|以内"  # (not 省级以上: a level)
    r"|入库|备案|登记|评价|申报|组织|推荐"
    r"|超(?=\s*\d|$)"  # "新增……等10家，国家高新技术企业超2600家" (奉贤 2027)  # "…30家以上，入库备案国家科技型中小企业400家以上"
    # "全年新增国家级创新平台5家以上，实施国家重大科技计划项目30个以上": a verb of its own
    r"|实施|开展|支持|扶持|承担|推广|攻克|打造|创建|争创|组建|布局|招引|创制|设立"
    # "将新增高新技术企业450家以上，转化重大科技成果500项以上": 转化 its own verb
    r"|转化|开发|研制"
    # "新建高标准农田5000亩，发展特色种植2000亩"
    r"|发展|改造"  # ("高效蔬菜发展到15万亩" (来安 2019): a total reached)
    # "力争新增上市、挂牌企业15家，形成10个左右……品牌企业": what forms is no increment
    # ("力争新创国家级名牌产品2-3个，参与制(修)定国家、行业标准3-5个": standards are drafted)
    r"|形成|参与|制定|制订|修订"
    # "新增无公害…养殖基地8个，巩固…养殖基地25个" (泉州 2011): what is kept up is no increment
    r"|巩固|保留|维持"
    # "新增保收面积0.4万亩，恢复灌溉面积0.8万亩" (湘乡 2012): what is restored or improved is no increment
    r"|恢复|改善|修复|补植|补造|补种"
    # "新增谋划项目400个以上，招商(签约)项目150个以上，新开工项目70个以上" (泉州 2017): stages of their own
    r"|开工|签约|招商"
    r"|推进"  # "力争新引进过亿元重点项目20个，重点推进……137个重点产业项目" (黄岛 2016)
    r"|验收|复审"  # "新建国家湿地公园(试点)2个，验收国家湿地公园(试点)3个" (河北 2017)  # ("新修4米宽水泥路共3公里，修复道路10多公里" (匡城 2013))
    # "新建森林公园261个、湿地公园36个，绿化美化村庄2641个" (广东 2016): villages greened, not new
    r"|绿化美化"
    # "新增城镇就业3500人，失业人员再就业700人，农牧民转移就业3500人" (阿拉善 2025): employed is a verb
    r"|就业$"
    # "今年新培育红松坚果林6000亩，栽植林果6000亩" (齐齐哈尔 2011): planted, no increment
    r"|栽植|栽种"
    r"|大修|维修|修缮"  # "计划新建道路8条、大修道路2条" (农安 2014): roads repaired, no increment
)


# ---------------------------------------------------------------------------------------------
# one predicate shared by several names: "A、B分别增长15%", "A、B、C分别达X、Y、Z", "A、B均突破3万家",
# "新建A、B、C各20家"

# "新建A、B、C各20家": 各 straight before the count gives it to each name too
SHARED_WORD = re.compile(r"分别|(?<![年人平亩户])均(?![衡等匀值摊])|各(?=\d)")
# words a shared measure starts with: "企业、科研院所、高校研发经费支出" share "研发经费支出"
# the rate of reach a list of names shares: "行政村科普活动站、科普宣传栏、村科普宣传员的覆盖率"
REACH_RATE = r"覆盖率|普及率|建有率|配备率|达标率|知晓率|参与率|入驻率|到位率|完好率|建成率"
MEASURE_HEAD = re.compile(
    r"研发|R&D|经费|投入|支出|产值|增加值|营业收入|收入|总数|数量|企业数|授权量|申请量|拥有量"
    rf"|交易额|成交额|登记额|占比|比重|{REACH_RATE}"
    # the economy's usual measures: "生产总值、……、固定资产投资、社会消费品零售总额增长12%以上"
    r"|生产总值|总值|固定资产投资|投资|零售总额|总额|税收|利润|利用外资"
    r"|贡献度"  # "对全市项目招引、重大项目开工、重大项目竣工贡献度分别达25%、40%、20%"
)


# "高新技术产业增加值、企业吸纳技术合同成交额增长10%以上": a growth rate shared by a list
SHARED_GROWTH = re.compile(
    # (a name holds no rate: "生产总值增长的预期目标为9%、地方财政收入增长的预期目标为6%" (上海 2009) lists two)
    r"(?P<names>[^，；。：！？、%]{2,30}(?:、[^，；。：！？、%]{2,30})+?)"
    r"(?P<verb>(?:比上年|较上年|同比)?(?:均|分别)?(?:增长|提高|提升|增幅|增速))"
    # "专利申请量、授权量增长在上年基础上增加5%以上": the base named between verb and rate
    r"(?=(?:[^，；。：！？\d]{0,6}|在上年(?:的)?基础上(?:增加|增长|提高)?)\d+(?:\.\d+)?(?:%|个百分点))"
)


# a part of the count before, in brackets: "新增国家级孵化器2家（含众创空间1家）" — the same as
# "，其中众创空间1家" (which takes the count's kind)
PART_IN_BRACKETS = re.compile(r"(?<=[\u4e00-\u9fff%])[（(](?:其中|含)(?P<part>[^（）()，。；]{1,20}?\d[^（）()，。；]{0,8})[)）]")


# the same figure said again in brackets, by another name: "经济林1万亩（退耕还林1万亩）" (和政 2018) — the
# programme the whole of it comes under, no part of its own
SAME_IN_BRACKETS = re.compile(
    r"(?P<q>(?<![\d.])\d+(?:\.\d+)?(?P<u>[^\d（）()，,。；、\s]{1,4}))[（(][^（）()，,。；、\d]{2,12}?(?P=q)[)）]"
)


def same_in_brackets(sentence: str) -> str:
    """Return ``sentence`` without a bracket that restates the figure before it under another name."""
    return SAME_IN_BRACKETS.sub(r"\g<q>", sentence)


def part_in_brackets(sentence: str) -> str:
    """Return ``sentence`` with a bracketed part of a count written as a 其中 clause."""
    return PART_IN_BRACKETS.sub(lambda m: f"，其中{m['part']}", sentence)


# "从做好……试点工作到……5万人安全饮水工程，从标准化幼儿园到4万平方米安居工程，从开通城区3条公交
# 线路到……" (泌阳 2011): "from A to B", said again and again, runs through a list of items — not a
# change from one level to another ("从750家增长到970家": a verb of change before the 到)
_FROM_TO = re.compile(
    r"(?:^|(?<=[，；：]))从(?![\d一二三四五六七八九十]|今年|去年|上年|目前|现在|现有)"
    r"(?P<a>[^，；。从到]{2,40}?)(?<!增加|增长|提高|提升|上升|下降|减少|扩大|发展|增至)(?<![达增降升扩])到"
    r"(?=[^，；。]{2})"
)


def from_to_list(sentence: str) -> str:
    """Return ``sentence`` with a run of "从A到B，从C到D" written as the list of items it is
    ("A，B，C，D"), when it says "从…到…" twice or more."""
    if len(_FROM_TO.findall(sentence)) < 2:
        return sentence
    return _FROM_TO.sub(lambda m: m["a"] + "，", sentence)


_ZONE = r"[\u4e00-\u9fff]{0,6}?(?:高新区|经开区|开发区|工业园区|产业园区|工业园|园区|新区)"
# "高新区规模以上工业总产值突破800亿元、经开区突破500亿元、A区和B园区突破200亿元": the zones after
# the first share its measure
_ZONE_MEASURE = re.compile(
    rf"(?P<zone>{_ZONE})(?P<measure>(?:规模以上|规上)?[^，；。、\d]{{0,8}}?(?:产值|增加值|收入|营收|税收|投资))"
    r"(?P<verb>突破|达到|超过|实现)"
)
_ZONES_NEXT = re.compile(rf"、(?P<zones>{_ZONE}(?:[和及与]{_ZONE})*)(?P<verb>突破|达到|超过|实现)(?P<q>\d+(?:\.\d+)?[万亿]?元(?:以上)?)")


def zones_share_measure(sentence: str) -> str:
    """Return ``sentence`` with the zones listed after a zone's measure given that measure:
    ``高新区规模以上工业总产值突破800亿元、经开区突破500亿元、A区和B园区突破200亿元`` →
    ``…、经开区规模以上工业总产值突破500亿元、A区规模以上工业总产值突破200亿元、B园区…``."""
    head = _ZONE_MEASURE.search(sentence)
    if head is None:
        return sentence
    out, pos = [sentence[: head.end()]], head.end()
    while (m := _ZONES_NEXT.search(sentence, pos)) is not None and not re.search(r"[，；。]", sentence[pos : m.start()]):
        zones = re.split(r"[和及与](?=[\u4e00-\u9fff]{0,6}?(?:高新区|经开区|开发区|园区|工业园|新区))", m["zones"])
        out.append(sentence[pos : m.start()])
        out.append("".join(f"、{z}{head['measure']}{m['verb']}{m['q']}" for z in zones))
        pos = m.end()
    return "".join(out) + sentence[pos:]


# a list of names counted by the group they form: "先进装备制造、新材料、电子信息三大产业分别实现产值…",
# "输变电、农业机械、新型材料三大特色产业基地分别…" (each name is one of the group's kind)
COUNTED_GROUP = re.compile(
    r"(?P<names>[^，；。：！？、\d]{1,14}(?:、[^，；。：！？、\d]{1,14})*(?:、|和|及)[^，；。：！？、\d]{1,14}?)"
    r"(?P<count>[两二三四五六七八九]|\d)(?:大|个|类)(?P<kind>[^，；。：！？、\d]{1,10}?)(?=分别)"
)
_COUNT_WORDS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


# a counted group given as many values as it counts, with no 分别 ("铜、钢铁、光伏三大产业将实现主营业务收入1150亿元、
# 750亿元和200亿元", 江西 2008): one value each, in order
COUNTED_VALUES = re.compile(
    COUNTED_GROUP.pattern.removesuffix(r"(?=分别)")
    + r"(?P<verb>(?:将|要)?(?:实现|达到|完成)?[^，；。：！？、\d]{0,10}?)"
    r"(?P<values>\d+(?:\.\d+)?[^\d，；。、和及]{1,4}(?:(?:、|和|及)\d+(?:\.\d+)?[^\d，；。、和及]{1,4})+)(?=[，；。]|$)"
)


def _counted_values_each(m: re.Match) -> str:
    count = _COUNT_WORDS.get(m["count"]) or int(m["count"])
    values = re.split(r"、|和|及", m["values"])
    if len(values) != count or len(re.split(r"、|和|及", m["names"])) != count or re.search(r"分别|各", m["verb"]):
        return m.group()
    return m.group()[: m.end("kind") - m.start()] + "分别" + m["verb"] + m["values"]


def _group_named_each(m: re.Match) -> str:
    names = re.split(r"、|和|及", m["names"])
    count = _COUNT_WORDS.get(m["count"]) or int(m["count"])
    if len(names) != count or not all(names):
        return m.group()
    return "、".join(f"{name}{m['kind']}" for name in names)


# two measures per unit of output falling together, and one more after them (北京 2011):
# "单位地区生产总值能耗和二氧化碳排放量均下降3.5%、水耗下降4%"
PER_GDP_PAIR = re.compile(
    r"(?P<head>单位(?:地区)?(?:生产总值|GDP))(?P<a>[\u4e00-\u9fff]{2,8}?)(?:和|及|与)(?P<b>[\u4e00-\u9fff]{2,10}?)"
    r"(?:均|都)(?P<verb>下降|降低)(?P<value>\d+(?:\.\d+)?%)(?:、(?P<c>[\u4e00-\u9fff]{2,6}?)(?=下降|降低))?"
)


def _per_gdp_each(m: re.Match) -> str:
    head, verb, value = m["head"], m["verb"], m["value"]
    text = f"{head}{m['a']}{verb}{value}，{head}{m['b']}{verb}{value}"
    return f"{text}，{head}{m['c']}" if m["c"] else text


# the levels of bodies a plan counts ("省级重点实验室"); ``targets`` checks names against them too
LEVELS = r"国家级|省级|自治区级|市级|县级|区级"
LEVELS_SHARED = re.compile(
    rf"(?P<a>\d+)个(?P<la>{LEVELS})、(?P<b>\d+)个(?P<lb>{LEVELS})(?P<noun>[^，；。、\d]{{2,16}})"
)
FIRMS_THEN_PRODUCTS = re.compile(
    r"(?P<a>\d+)家(?P<b>\d+)(?P<u>个|项|件|种|类)(?P<noun>[^，；。、\d]{0,12}?(?P<head>农产品|产品|品牌))"
)
# one count for each of two heads of a noun: "再新招引、新开工亿元项目各2个", "创成国家及省“双创”项目各1项"
EACH_SHARED = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<first>[\u4e00-\u9fff]{1,12})(?:、|及|和|与)(?P<last>[\u4e00-\u9fff“”]{3,16}?)各"
    r"(?P<q>\d+(?:\.\d+)?\s*[个家项件名人所条座处])"
)
LEVEL_HEAD = re.compile(r"(?:国家|省|市|县|区)级?")


def _each_shared(m: re.Match) -> str:
    """"再新招引、新开工亿元项目各2个" → "再新招引亿元项目2个、新开工亿元项目2个": the noun after the
    last head is the first's too; a level (国家、省) heads by itself, another head is as long as the
    first (without its lead words: 年内、再、力争…)."""
    first, last = m["first"], m["last"]
    if (level := re.search(r"(?:国家|省|市|县|区)级?$", first)) and (head := LEVEL_HEAD.match(last)):
        lead, first = first[: level.start()], level.group()
    else:
        lead = re.match(r"(?:年内|今年|全年|当年)?(?:再|还|也|并|将|要|力争|确保|争取)*", first).group()
        first = first[len(lead) :]
        head = re.match(rf"[\u4e00-\u9fff]{{{len(first)}}}", last) if 1 < len(first) <= 4 else None
    if head is None or len(last) - head.end() < 2:
        return m.group()
    noun = last[head.end() :]
    return f"{lead}{first}{noun}{m['q']}、{head.group()}{noun}{m['q']}"


CROP_TASK = re.compile(
    r"(?P<area>\d+(?:\.\d+)?\s*万?亩(?:以上|左右)?)、(?P<yield>\d+(?:\.\d+)?\s*(?:万|亿)?(?:吨|斤|公斤)(?:以上|左右)?)"
    r"的?(?P<crop>[\u4e00-\u9fff]{1,4}?)(?:生产)?(?:目标任务|任务|目标)"
)
MEASURE_TAKEN_UP = re.compile(
    r"(?<![\u4e00-\u9fff])(?:加大|扩大|稳定|发展)?(?P<names>[\u4e00-\u9fff]{1,6}?(?:、[\u4e00-\u9fff]{1,6}?)+)"
    r"(?P<m>种植面积|播种面积|面积|产量|产值|规模)[，,](?P<mid>[^，；。\d]{0,8}?)(?P=m)分别"
)


WORKLOAD_SHARED = re.compile(
    r"(?P<names>[\u4e00-\u9fff“”]{2,16}(?:、[\u4e00-\u9fff“”]{2,16})+)(?P<v>\d+(?:\.\d+)?%)的?(?P<m>工程量|工作量|形象进度|进度)"
)


def _workload_each(m: re.Match) -> str:
    """"艺宿西川景区、濛淤历史文化村落100%工程量" → "艺宿西川景区工程量100%、濛淤历史文化村落工程量100%"."""
    names = m["names"].split("、")
    lead = re.match(r"(?:年内|今年|全年)?(?:完成|实现|达到)?", names[0]).group()
    names[0] = names[0][len(lead) :]
    return lead + "、".join(f"{n}{m['m']}{m['v']}" for n in names)


_WORKS = "新增|新建|新培育|创建|创成|提升|改造提升|改造|培育|认定"
WORKS_SHARED = re.compile(
    rf"(?P<v1>{_WORKS})(?P<a>\d+)(?P<u>个|家|处|座|所|条)、(?P<v2>{_WORKS})(?P<b>\d+)(?P=u)"
    r"(?P<noun>[^，；。、\d]{2,16}?)(?=[，；。]|$)"
)


# kinds of organisations listed after one verb of cultivation, one count with its bound after the last:
# each kind is to reach it ("培育省级龙头企业、示范家庭农场和示范农民专业合作社2家以上", 会同 2018; the
# corpus's rule for names sharing one number); a level before the first is the others' too
KINDS_SHARE_COUNT = re.compile(
    r"(?P<verb>培育|新培育|创建|争创|认定|新认定)(?P<level>国家级|省级|市级|县级)?"
    r"(?P<names>[\u4e00-\u9fff]{2,12}?(?:企业|农场|合作社|基地|园区|中心)(?:、[\u4e00-\u9fff]{2,12}?(?:企业|农场|合作社|基地|园区|中心))*"
    r"(?:和|及)[\u4e00-\u9fff]{2,12}?(?:企业|农场|合作社|基地|园区|中心))"
    r"(?P<count>\d+(?:\.\d+)?(?:家|个)(?:以上|左右)?)(?=[，；。]|$)"
)


def _kinds_each(m: re.Match) -> str:
    names = re.split(r"、|和|及", m["names"])
    level = m["level"] or ""
    return "，".join(f"{m['verb']}{level}{name}{m['count']}" for name in names)


HOUSEHOLDS_PEOPLE = re.compile(
    r"(?P<h>\d+(?:\.\d+)?)户(?P<p>\d+(?:\.\d+)?)人的?(?P<work>[\u4e00-\u9fff]{2,8}?)(?:的?(?:目标任务|任务|目标))?(?=[，；。、]|$)"
)


def distribute(sentence: str) -> str:
    """Return ``sentence`` with a predicate shared by a list of names written out for each name.

    ``发明专利授权量、技术合同交易额分别增长15%以上`` →
    ``发明专利授权量增长15%以上，技术合同交易额增长15%以上``;
    ``企业、科研院所、高校研发经费支出分别达1200亿元、640亿元、160亿元`` →
    ``企业研发经费支出达1200亿元，科研院所研发经费支出达640亿元，高校研发经费支出达160亿元``.
    A list whose length does not match its values is left as written.
    """
    # "规模以上工业企业实现总产值、增加值增长8.5%": the firms' measures, 实现 between them no name's
    sentence = re.sub(rf"(?<=[\u4e00-\u9fff]{{2}})实现(?=(?:总产值|{_MEASURES})(?:、(?:总产值|{_MEASURES}))+(?:均|都)?增长)", "", sentence)
    # "发明专利申请量和授权量年均增长15%": two measures of one subject joined by 和
    sentence = re.sub(r"(申请量|申请数|总产值|产值|营业收入)和(授权量|授权数|增加值|利润|利税)(?=[^，；。]{0,6}增长)", r"\1、\2", sentence)
    # "生产总值、……、社会消费品零售总额6项指标要增长12%以上": the count of the names listed before it
    sentence = re.sub(
        r"(、[^，；。、\d等]{2,16}?)等?(?:\d{1,2}项)?(?:主要经济社会|主要经济|经济社会|主要|经济)?指标(?=(?:同比)?(?:均|都)?(?:要|将)?(?:增长|提高|提升))",
        r"\1", sentence)
    sentence = re.sub(r"(、[^，；。、\d]{2,16}?)(?:要|将)(?=增长\d)", r"\1", sentence)  # "……、授权量要增长5%"
    # "坚决完成974户2461人的脱贫任务" (蕲春 2019), "实现12户30人易地扶贫搬迁" (孟津 2017): households and
    # people of one work, each counted
    # "城乡居民收入分别年均增长9%左右和9.5%左右" (江西 2020): the towns' and the villages' incomes, in order
    sentence = re.sub(
        r"城乡居民(?P<m>(?:人均)?(?:可支配|纯)?收入)(?=分别[^，；。\d]{0,8}\d+(?:\.\d+)?%[^，；。\d]{0,4}(?:和|、)\d)",
        lambda m: f"城镇居民{m['m']}、农村居民{m['m']}",
        sentence,
    )
    sentence = HOUSEHOLDS_PEOPLE.sub(
        lambda m: f"{m['work']}户数{m['h']}户、{m['work']}人口{m['p']}人", sentence
    )
    sentence = COUNTED_VALUES.sub(_counted_values_each, sentence)  # "A、B、C三大产业将实现收入N1、N2和N3": 分别
    sentence = COUNTED_GROUP.sub(_group_named_each, sentence)  # "A、B、C三大产业分别…" → "A产业、B产业、C产业分别…"
    sentence = EACH_SHARED.sub(_each_shared, sentence)  # "新招引、新开工亿元项目各2个"
    # "生活垃圾收集率和垃圾无害化处理率达到100%" (洞头 2014): two rates joined by 和, one level for each
    sentence = re.sub(
        r"(?P<a>[\u4e00-\u9fff]{2,16}率)和(?P<b>[\u4e00-\u9fff]{2,16}率)(?:均|都)?(?P<v>达到|达|保持在|稳定在|不低于)(?=\d)",
        r"\g<a>、\g<b>均\g<v>",
        sentence,
    )
    # "其中日光温室小区和塑料大棚各6500亩" (科左中旗 2011): two names joined by 和, one count each
    sentence = re.sub(r"(?<=[\u4e00-\u9fff]{2})和(?=[\u4e00-\u9fff]{2,10}各\d)", "、", sentence)
    # "新认证20家50个“三品一标”农产品" (西宁 2018): the firms, then their products
    sentence = FIRMS_THEN_PRODUCTS.sub(
        lambda m: f"{m['a']}家{m['noun'][: -len(m['head'])]}企业、{m['b']}{m['u']}{m['noun']}", sentence
    )
    # "完成190万亩、75万吨的粮食生产任务" (宁波 2014): the crop's area, then its yield
    # "完成60个自治区级、200个县级示范区的认定": levels listed before the noun they share
    sentence = LEVELS_SHARED.sub(r"\g<a>个\g<la>\g<noun>、\g<b>个\g<lb>\g<noun>", sentence)
    # "完成艺宿西川景区、濛淤历史文化村落100%工程量" (庆元 2018): the share of the works for each
    sentence = WORKLOAD_SHARED.sub(_workload_each, sentence)
    # "新增24个、提升10个A级景区村庄" (庆元 2018): two works on one noun, each with its count
    sentence = WORKS_SHARED.sub(r"\g<v1>\g<a>\g<u>\g<noun>、\g<v2>\g<b>\g<u>\g<noun>", sentence)
    sentence = CROP_TASK.sub(r"\g<crop>播种面积\g<area>、\g<crop>产量\g<yield>", sentence)
    # "加大生姜、杨梅种植面积，累计实现种植面积分别为5000亩、20000亩": the measure taken up again
    # with 分别 is the listed names' (生姜、杨梅种植面积分别为…)
    sentence = MEASURE_TAKEN_UP.sub(r"\g<mid>\g<names>\g<m>分别", sentence)
    sentence = PER_GDP_PAIR.sub(_per_gdp_each, sentence)  # "单位地区生产总值能耗和二氧化碳排放量均下降3.5%"
    sentence = KINDS_SHARE_COUNT.sub(_kinds_each, sentence)  # "培育省级龙头企业、示范家庭农场和示范农民专业合作社2家以上"
    out, pos = [], 0
    for m in SHARED_WORD.finditer(sentence):
        if m.start() < pos:
            continue
        rewritten = _distribute_at(sentence, m)
        if rewritten is None:
            continue
        start, end, text = rewritten
        if start < pos:
            continue
        out.append(sentence[pos:start])
        out.append(text)
        pos = end
    out.append(sentence[pos:])
    return _distribute_rates(
        _distribute_measures(
            _distribute_subject_growth(_distribute_joined_growth(_distribute_growth(_second_list("".join(out)))))
        )
    )


# a second 分别 clause with no names after a list written out: "A达到23%，B达到17%，分别比“十二五”
# 末提高6个百分点和8个百分点" (the list's names, in order)
SECOND_LIST = re.compile(
    r"(?P<pre>(?:[^，；。：]+?(?:达到|达|为)\d+(?:\.\d+)?%[^，；。]{0,3}，){2,})分别(?P<base>比[^，；。]{0,12}?)?"
    r"(?P<verb>提高|提升|增长|下降|降低)(?P<vals>\d+(?:\.\d+)?个百分点(?:(?:和|、|及)\d+(?:\.\d+)?个百分点)+)"
)


# the same after clauses that each state a value, with or without 分别, any measure: "A年均增长要保持在11.5%以上，
# B年均增长要保持在25%以上，分别达到128亿元和22.8亿元"; "A力争达到2000元，B力争达到9550元，年均递增8.1%和8.6%"
# (陇南 2010): as many values as the clauses before, in order
_PIECE_VERB = r"(?:力争|争取|确保|要|将)?(?:年均增长|年均递增|增长|递增|达到|达|为|保持在|突破|超过)"
_LISTED_VALUE = r"\d+(?:\.\d+)?[^\d，；。、和及]{1,4}"
SECOND_VALUES = re.compile(
    rf"(?P<pre>(?:[^，；。：\d]{{2,20}}?(?:(?:比|较){YEAR_NUM}年(?:底|末)?)?{_PIECE_VERB}[^，；。\d]{{0,6}}\d+(?:\.\d+)?[^，；。\d]{{0,6}}，){{2,}})"
    # ("肉、蛋、奶总产量分别达到45万吨、15万吨和3.7万吨，同比分别增长7.3%、4.2%和5%" (吉林市 2012))
    r"(?:同比|比上年|较上年|比去年)?(?P<each>分别)?(?P<verb>(?:年均)?(?:递增|增长)|达到|达|突破|超过)"
    rf"(?P<vals>{_LISTED_VALUE}(?:(?:和|、|及){_LISTED_VALUE})+)(?=[，；。]|$)"
)


def _second_list(sentence: str) -> str:
    def each(m: re.Match) -> str:
        names = [re.split(r"达到|达|为", piece)[0] for piece in m["pre"].rstrip("，").split("，")]
        values = re.split(r"和|、|及", m["vals"])
        if len(values) > len(names):
            return m.group()
        names = names[-len(values):]
        said = "，".join(f"{n}{m['base'] or ''}{m['verb']}{v}" for n, v in zip(names, values, strict=True))
        return f"{m['pre']}{said}"

    def each_value(m: re.Match) -> str:
        pieces = m["pre"].rstrip("，").split("，")
        values = re.split(r"和|、|及", m["vals"])
        if len(values) > len(pieces) or (not m["each"] and len(values) != len(pieces)):
            return m.group()
        names = [
            re.sub(rf"(?:比|较){YEAR_NUM}年(?:底|末)?$", "", re.split(_PIECE_VERB, piece)[0])  # "油料总产量比2010年末增长…"
            for piece in pieces[-len(values):]
        ]
        said = "，".join(f"{n}{m['verb']}{v}" for n, v in zip(names, values, strict=True))
        return f"{m['pre']}{said}"

    return SECOND_VALUES.sub(each_value, SECOND_LIST.sub(each, sentence))


# "高新技术产业产值、增加值要力争突破1000亿元和300亿元": measures of one subject, values in order
_MEASURES = r"产值|增加值|营业收入|主营业务收入|销售收入|总收入|收入|利润|税收"
SHARED_SUBJECT = re.compile(
    rf"(?P<subject>[^，；。：！？、\d]{{2,20}}?)(?P<first>{_MEASURES})"
    rf"(?P<more>(?:、(?:{_MEASURES}))+)(?P<verb>[^，；。：！？、\d]{{0,10}}?)(?=\d)"
)


# "科学研究和技术服务业营收和劳动工资增速6.5%": one rate shared by measures of one subject
_GROWN_MEASURES = rf"{_MEASURES}|营收|劳动工资|工资总额|工资|出口额|交易额|成交额"
SHARED_SUBJECT_GROWTH = re.compile(
    rf"(?P<subject>[^，；。：！？、\d]{{2,20}}?)(?P<first>{_GROWN_MEASURES})(?:和|及|与|、)"
    rf"(?P<second>{_GROWN_MEASURES})(?P<verb>(?:均|分别)?(?:增速|增长|增幅)(?:为|达到|达)?)"
    r"(?=\d+(?:\.\d+)?%)"
)


def _distribute_subject_growth(sentence: str) -> str:
    """Return ``sentence`` with one growth rate of two measures of a subject written for each:
    ``科学研究和技术服务业营收和劳动工资增速6.5%`` → ``科学研究和技术服务业营收增速6.5%，
    科学研究和技术服务业劳动工资增速6.5%``."""
    m = SHARED_SUBJECT_GROWTH.search(sentence)
    if m is None:
        return sentence
    q = QUANTITY_RE.match(sentence, m.end())
    if q is None:
        return sentence
    text = "，".join(f"{m['subject']}{measure}{m['verb']}{q.group()}" for measure in (m["first"], m["second"]))
    return sentence[: m.start()] + text + _distribute_subject_growth(sentence[q.end() :])


def _distribute_measures(sentence: str) -> str:
    """Return ``sentence`` with measures of one subject given their values in order:
    ``高新技术产业产值、增加值要力争突破1000亿元和300亿元`` →
    ``高新技术产业产值要力争突破1000亿元，高新技术产业增加值要力争突破300亿元``."""
    for m in SHARED_SUBJECT.finditer(sentence):
        measures = [m["first"], *m["more"].strip("、").split("、")]
        quantities, at = [], m.end()
        while True:
            q = QUANTITY_RE.match(sentence, at)
            if q is None or not q["unit"]:
                break
            quantities.append(q.group())
            at = q.end()
            joint = re.match(r"(?:、|和|及|与)(?=\d)", sentence[at:])
            if joint is None:
                break
            at += joint.end()
        if len(quantities) != len(measures):
            continue
        text = "，".join(
            f"{m['subject']}{measure}{m['verb']}{q}"
            for measure, q in zip(measures, quantities, strict=True)
        )
        return sentence[: m.start()] + text + _distribute_measures(sentence[at:])
    return sentence


# "17个省级、86个市级科技特派团": modifiers that share the noun of the last item
# (or crops: "抓好50个小麦、48个玉米万亩高产示范片建设" (石家庄 2016))
_SHARED_MODIFIER = (
    r"(?:国家|省|市|县|区)级|(?:大|中|小|中小|小微|微)型"
    r"|小麦|玉米|水稻|大豆|棉花|蔬菜|马铃薯|油菜|花生|果树|茶叶|食用菌"
)
MODIFIER_LIST = re.compile(
    rf"(?P<q1>\d+(?:\.\d+)?[个家项所名人处座片])(?P<m1>{_SHARED_MODIFIER})"
    rf"、(?P<q2>\d+(?:\.\d+)?[个家项所名人处座片])(?P<m2>{_SHARED_MODIFIER})"
    r"(?P<noun>[^，；。：、！？\d]{2,16})"
)


MODIFIER_ONLY = re.compile(r"(?:国家|省|市|县|区)级(?:以上)?|(?:大|中|小|中小|小微|微)型")


def share_nouns(sentence: str) -> str:
    """Return ``sentence`` with "17个省级、86个市级科技特派团" written
    "17个省级科技特派团、86个市级科技特派团"."""
    return MODIFIER_LIST.sub(
        lambda m: f"{m['q1']}{m['m1']}{m['noun']}、{m['q2']}{m['m2']}{m['noun']}", sentence
    )


# "全市行政村科普活动站、科普宣传栏、村科普宣传员的覆盖率达到100%": one rate of reach, one value,
# several names — each name has its own rate
SHARED_RATE = re.compile(
    r"(?P<names>[^，；。：！？、\d]{2,24}(?:、[^，；。：！？、\d]{2,24})+?)的?"
    rf"(?P<rate>{REACH_RATE})(?P<verb>[^，；。：！？、\d]{{0,8}}?)(?=\d)"
)


def _distribute_rates(sentence: str) -> str:
    """Return ``sentence`` with a rate of reach shared by a list of names written for each name:
    ``行政村科普活动站、科普宣传栏的覆盖率达到100%`` →
    ``行政村科普活动站覆盖率达到100%，科普宣传栏覆盖率达到100%``."""
    m = SHARED_RATE.search(sentence)
    if m is None:
        return sentence
    q = QUANTITY_RE.match(sentence, m.end())
    if q is None or not q["unit"]:
        return sentence
    lead = LEAD_WORDS.match(m["names"])
    prefix = lead.group() if lead else ""
    names = [n.removesuffix("的") for n in m["names"][len(prefix) :].split("、")]
    # "科技活动周、科普宣传周各项主题科普活动乡镇覆盖率": the list only describes one name
    if any(len(n) < 2 or re.search(REACH_RATE, n) for n in names) or re.search(
        r"各项|各类|各种|等|期间", names[-1]
    ):
        return sentence[: q.end()] + _distribute_rates(sentence[q.end() :])
    text = "，".join(f"{n}{m['rate']}{m['verb']}{q.group()}" for n in names)
    return sentence[: m.start()] + prefix + text + _distribute_rates(sentence[q.end() :])


# "城镇居民人均可支配收入和农民人均纯收入增长14%": two measures joined by 和 share one rate
JOINED_GROWTH = re.compile(
    r"(?P<a>[^，；。：！？、和与及]{3,20})(?:和|与|及)(?P<b>[^，；。：！？、和与及]{3,20}?)"
    r"(?P<verb>(?:比上年|较上年|同比)?(?:增长|提高|提升))(?=\d+(?:\.\d+)?%)"
)


# a measure one of two joined names may be: MEASURE_HEAD's, or a count of visits, people, output
_JOINED_MEASURE = re.compile(rf"{MEASURE_HEAD.pattern}|人次|人数|产量")


def _distribute_joined_growth(sentence: str) -> str:
    """Return ``sentence`` with "A和B增长N%" (A and B both measures) written for each name."""
    m = JOINED_GROWTH.search(sentence)
    if m is None:
        return sentence
    q = QUANTITY_RE.match(sentence, m.end())
    lead = LEAD_WORDS.match(m["a"])
    prefix = lead.group() if lead else ""
    a = m["a"][len(prefix) :]
    b = m["b"]
    if q is not None and (each := re.search(r"(?:分别|(?<![人亩户])均)$", b)):
        # "旅游接待总人次和旅游总收入分别增长12%以上" (重庆 2015): one rate for both; not "分别增长10%和8%"
        b = "" if re.match(r"(?:以上|左右|以内)?(?:和|、|及)\d", sentence[q.end() :]) else b[: each.start()]
    if q is None or not (_JOINED_MEASURE.search(a) and _JOINED_MEASURE.search(b)):
        return sentence[: m.end()] + _distribute_joined_growth(sentence[m.end() :])
    text = f"{prefix}{a}{m['verb']}{q.group()}，{b}{m['verb']}{q.group()}"
    return sentence[: m.start()] + text + _distribute_joined_growth(sentence[q.end() :])


def _distribute_growth(sentence: str) -> str:
    """Return ``sentence`` with a growth rate shared by "A、B增长10%" written for each name."""
    m = SHARED_GROWTH.search(sentence)
    if m is None:
        return sentence
    lead = LEAD_WORDS.match(m["names"])
    prefix = lead.group() if lead else ""
    names = m["names"][len(prefix) :].split("、")
    if len(names) < 2 or not all(MEASURE_HEAD.search(n) for n in names):
        return sentence
    names = _share_subject(names)
    q = QUANTITY_RE.search(sentence, m.end())
    if q is None:
        return sentence
    rates = _rate_run(sentence, q)
    last = re.split(r"以及|和|及", names[-1])
    if (len(rates) == 1 or len(rates) == len(names) + 1) and len(last) == 2 and all(
        len(p) >= 3 and MEASURE_HEAD.search(p) for p in last
    ):
        names = [*names[:-1], *last]  # "亩均税收、人均税收和亩均技工贸总收入增长20%以上"
    if len(rates) > 1:
        # "A、B较上年增长30%、12%左右": one rate for each name, in order
        if len(rates) != len(names):
            return sentence[: rates[-1].end()] + _distribute_growth(sentence[rates[-1].end() :])
        base = sentence[m.end() : q.start()]
        verb = m["verb"]
        since = re.search(r"(?:比上年|较上年|同比)$", names[-1])
        if since is not None:  # the base year read into the last name
            names[-1] = names[-1][: since.start()]
            verb = since.group() + verb
        qual = rates[-1]["qual"] if rates[-1]["qual"] in ("左右", "以上") else ""
        shared = all(sentence[a.end() : b.start()] == "、" for a, b in zip(rates[:-1], rates[1:], strict=True))
        values = [r.group() + (qual if shared and not r["qual"] else "") for r in rates]
        text = "，".join(f"{n}{verb}{base}{v}" for n, v in zip(names, values, strict=True))
        return sentence[: m.start()] + prefix + text + _distribute_growth(sentence[rates[-1].end() :])
    tail = sentence[m.end() : q.end()]
    text = "，".join(f"{n}{m['verb']}{tail}" for n in names)
    return sentence[: m.start()] + prefix + text + _distribute_growth(sentence[q.end() :])


def _rate_run(sentence: str, first: re.Match) -> list[re.Match]:
    """Return the rates written one after another from ``first`` ("30%、12%左右": both)."""
    rates = [first]
    while (joint := re.match(r"(?:、|和)(?=\d)", sentence[rates[-1].end() :])) is not None:
        nxt = QUANTITY_RE.match(sentence, rates[-1].end() + joint.end())
        if nxt is None or nxt["unit"] not in ("%", "个百分点"):
            break
        rates.append(nxt)
    return rates


_LEVEL_FIRST = re.compile(r"(?:国家|省|市|县|区)级(?:以上)?")


def _share_level(names: list[str]) -> list[str]:
    """Return the names with the first one's level given to organisations after it that name none
    ("省级以上重点实验室和工程技术研究中心各1家" → 省级以上工程技术研究中心, not the 市级 built-in)."""
    level = _LEVEL_FIRST.match(names[0])
    if level is None or not ORG_HEAD.search(names[0]):
        return names
    if not all(ORG_HEAD.search(n) and not re.search(r"级|国家|省|国际|全国", n) for n in names[1:]):
        return names
    return [names[0], *(level.group() + n for n in names[1:])]


# a measure written without its subject after the first name of a list: "专利申请量、授权量"
BARE_MEASURE = re.compile(r"申请量|授权量|申请数|授权数|拥有量|增加值|产值|总产值|营业收入|主营业务收入|销售收入|收入|税收|利润|利税|出口额")


PER_GDP_MEASURE = r"能耗|水耗|电耗|地耗|用水量|(?:二氧化碳|碳)排放量?"


def _share_subject(names: list[str]) -> list[str]:
    """Return the names with the subject of the first one given to bare measures after it
    ("专利申请量、授权量" → 专利申请量, 专利授权量)."""
    # "万元地区生产总值能耗、水耗和二氧化碳排放分别下降…": each a measure per unit of GDP
    per_gdp = re.fullmatch(rf"((?:单位|万元)(?:地区)?(?:生产总值|GDP))(?:{PER_GDP_MEASURE})", names[0])
    if per_gdp is not None:
        return [names[0], *(per_gdp.group(1) + n if re.fullmatch(PER_GDP_MEASURE, n) else n for n in names[1:])]
    first = re.fullmatch(rf"(.{{2,}}?)(?:{BARE_MEASURE.pattern})", names[0])
    if first is None:
        return names
    return [names[0], *(first.group(1) + n if BARE_MEASURE.fullmatch(n) else n for n in names[1:])]


# "力争实现高新技术企业零的突破": the first one of firms counted in 家 (at least one 新增)
FIRST_FIRM = re.compile(
    r"(?:实现|取得)(?P<name>[^，；。：！？、\d]{0,16}?(?:企业|机构))(?:数量)?(?:实现)?零的突破"
)
# a target with no number: "高新技术企业数量实现翻一番", "实现全国重点实验室零的突破"
NUMBERLESS_TARGET = re.compile(
    # ("科技型中小企业入库数量较上年翻一番": the base year alone says it is a change to come)
    r"(?:力争|争取|确保|实现|取得|要|将|(?:较|比)(?:上年|去年|上一年))[^，；。：！？\d]{0,24}?(?P<how>翻一番|翻两番|翻番|倍增|零的突破)"
    r"(?![^，；。]*(?:行动|计划|工程|专项|方案))"
)


def first_ever(sentence: str) -> str:
    """Return ``sentence`` with "实现X企业零的突破" written as the target it sets, "新增X企业1家"."""
    return FIRST_FIRM.sub(lambda m: f"新增{m['name']}1家", sentence)


# a share given as a fraction: "高新技术产业产值占规上工业产值比重超过1/3", "占比达到三分之一"
# ("规模工业应税销售占全市1/8", "净增高企占全市比重超1/4": a share of the whole named after 占)
SHARE_FRACTION = re.compile(
    rf"(?P<head>(?:比重|占比|比例|份额)[^，；。\d]{{0,6}}?|{SHARE_OF_WHOLE}[^，；。、\d]{{0,4}}?)"
    r"(?:(?P<a>\d)\s*/\s*(?P<b>\d{1,2})(?![\d/])|(?P<cb>[二三四五六七八九十])分之(?P<ca>[一二三四五六七八九]))"
)


# an alternative word in brackets inside a name: "开发区实现经营（销售）收入10000亿元" (read as 经营收入)
NAME_ALTERNATIVE = re.compile(
    r"(?<=[\u4e00-\u9fff])[（(][\u4e00-\u9fff]{1,3}[)）](?=(?:收入|产值|总产值|增加值|销售额|营业额|利润|税收)[^，；。、]{0,8}?\d)"
)


def without_name_alternatives(sentence: str) -> str:
    """Return ``sentence`` without a bracketed alternative word inside a name before its figure."""
    return NAME_ALTERNATIVE.sub("", sentence)


def share_fraction(sentence: str) -> str:
    """Return ``sentence`` with a share written as a fraction written as a percentage (1/3 → 33.3%)."""

    def percent(m: re.Match) -> str:
        a = int(m["a"]) if m["a"] else cn_int(m["ca"])
        b = int(m["b"]) if m["b"] else cn_int(m["cb"])
        if not b or a >= b:
            return m.group()
        return f"{m['head']}{round(100 * a / b, 1):g}%"

    return SHARE_FRACTION.sub(percent, sentence)


SETS_TARGETS = re.compile(
    rf"^[^、，]{{0,12}}?(?:确定|提出|明确|要求|计划|力争|争取|确保)(?:全年|今年|{WITHIN_YEAR})?(?:要|将)?(?:实现|完成)?"
)


# a value a page's text recognition spelt with letters, among values in a list: "分别达750家、IOOO家、2000家"
# — it keeps its place (each name its own value) but is no number, so it is not read
OCR_VALUE = re.compile(r"(?P<value>[IOl][0-9IOlo]*)(?P<unit>家|个|项|件|名)(?P<qual>)")


YEARS_LISTED = re.compile(rf"^(?P<years>(?:{YEAR_NUM}年(?:底|末)?[、和及与])+{YEAR_NUM}年(?:底|末)?)(?P<name>[\u4e00-\u9fff]\S{{1,30}})$")


# a reference back to the indicators just named: "这两项指标", "上述三项指标", "以上2个指标"
THESE_INDICATORS = re.compile(r"(?:这|上述|以上|前述|此)?(?P<n>[两二三四234])(?:项|个)(?:指标|数据)")  # (这两项目标: stretches, ``targets``)
_NAMED_COUNT = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,24}?)\d+(?:\.\d+)?(?:家|个|项|件|亿元|万元|元|%|人|名|所|座|台|套)")


# a sentence that opens with such a reference and shares values out: "……科技型中小企业30家。这两项指标分别
# 比上年增长10%和15%。"
_OPENS_WITH_THESE = re.compile(rf"^\s*{THESE_INDICATORS.pattern}[^，；。\d]{{0,4}}?分别")


def with_references_joined(sentences: list[str]) -> list[str]:
    """Return ``sentences`` with a sentence that opens with a reference back to the indicators just
    named ("这两项指标分别比上年增长10%和15%。") joined to the sentence before it (its 。 becomes ，),
    so the reference is read with the names it refers to."""
    out: list[str] = []
    for sentence in sentences:
        if out and out[-1].endswith("。") and _OPENS_WITH_THESE.match(sentence):
            out[-1] = out[-1][:-1] + "，" + sentence.lstrip()
        else:
            out.append(sentence)
    return out


# the goal a gap is measured to, of the measure the sentence before reported: "…比例达到了14.8%…。
# 但距全省平均水平及2025年16%的目标还有不小距离" (中山 2025)
GAP_TO_GOAL = re.compile(
    rf"^(?P<lead>\s*(?:但|而|然而|不过)?[，,]?\s*)(?:距|距离|离)(?:[^，。；\d]{{0,12}}?及)?\s*"
    rf"(?P<year>{YEAR_NUM})\s*年(?:底|末)?的?(?P<q>\d+(?:\.\d+)?%)的(?:预期)?目标"
)
REPORTED_SHARE = re.compile(rf"(?:{YEAR_NUM}\s*年)?(?P<name>[\u4e00-\u9fff]{{2,30}}?)(?:达到了?|达|为)\s*\d+(?:\.\d+)?%")


def with_gap_goals_named(sentences: list[str]) -> list[str]:
    """Return ``sentences`` with one that measures a gap to a dated goal ("但距2025年16%的目标还有不小
    距离") written as that goal of the share the sentence before reported ("2025年…比例目标为16%")."""
    out: list[str] = []
    for sentence in sentences:
        m = GAP_TO_GOAL.match(sentence)
        reported = list(REPORTED_SHARE.finditer(out[-1])) if m and out else []
        if m and reported:
            # the goal stated on its own, the rest of the sentence ("还有不小距离，这表明…") after it
            gap_end = re.match(r"[^，；。]*[，；]?", sentence[m.end():]).end() + m.end()
            out.append(f"{m['year']}年{reported[-1]['name']}目标为{m['q']}。")
            sentence = sentence[gap_end:]
            if not sentence.strip():
                continue
        out.append(sentence)
    return out


def _named_before(text: str, count: int) -> list[str]:
    """Return the names of the last ``count`` figures of ``text`` (the clauses before a reference
    back to them), without the verb before the first one; [] when there are fewer."""
    names = []
    for m in _NAMED_COUNT.finditer(text):
        name = m["name"]
        verbs = list(re.finditer(rf"(?:{_VERBS})", name))
        if verbs:
            name = name[verbs[-1].end() :]
        if len(name) >= 2:
            names.append(name)
    return names[-count:] if len(names) >= count else []


# what joins the values of a list ("、", "和"), or nothing where a mark was lost between two counts
# ("分别达到5个、4个、3个2个和1个" (顺化乡 2015))
# ("分别完成60亿元,95亿元、100亿元" (洪湖 2024): a comma typed for 、 inside the list of values)
_VALUE_JOINT = re.compile(
    r"(?:、|和|及|与|(?<=[个家项件名所座处])(?=\d)|[，,](?=\d+(?:\.\d+)?[^，。；、\d]{1,4}、\d))"
    r"(?=\d|[IOl]+[0-9IOlo]*(?:家|个|项|件|名))"
)


def _distribute_at(sentence: str, m: re.Match) -> tuple[int, int, str] | None:
    # the values: a verb of at most 10 characters, then quantities joined by 、
    # ("分别比2010年末增长6.6万吨、60.6万吨" (青海 2015): the base year is part of the verb)
    verb_m = re.match(rf"(?:(?:比|较){YEAR_NUM}\s*年(?:底|末)?)?[^，；。：！？\d]{{0,10}}?(?=\d)", sentence[m.end() :])
    if verb_m is None:
        return None
    verb = verb_m.group()
    quantities, at = [], m.end() + verb_m.end()
    joints = []
    while True:
        q = QUANTITY_RE.match(sentence, at) or (OCR_VALUE.match(sentence, at) if quantities else None)
        if q is None or not q["unit"] and not q["qual"]:
            break
        quantities.append(q.group())
        at = q.end()
        joint = _VALUE_JOINT.match(sentence, at)
        if joint is None:
            break
        joints.append(joint.group())
        at = joint.end()
    if not quantities:
        return None
    # "分别增长7%、8%左右": a 左右 or 以上 after the last of values listed with 、 bounds them all
    # ("分别达到3万家和3.6万家左右" keeps it on the last: the corpus labels it so)
    qual = QUANTITY_RE.fullmatch(quantities[-1])
    if qual is not None and qual["qual"] in ("左右", "以上") and set(joints) == {"、"}:
        quantities = [
            x if not QUANTITY_RE.fullmatch(x) or QUANTITY_RE.fullmatch(x)["qual"] else x + qual["qual"]
            for x in quantities
        ]
    # the names: the clause before the word (or the one before that, for "…，均突破3万家")
    end = m.start()
    head_end = end
    if sentence[end - 1 : end] == "，":
        head_end = end - 1
    begin = max(sentence.rfind(ch, 0, head_end) for ch in "，；。：！？") + 1
    names_text = sentence[begin:head_end]
    # "2024年、2025年、2026年全市高新技术企业分别达到800家、900家、1000家": one name, a value a year
    years = YEARS_LISTED.match(names_text)
    if years is not None and len(years_in := re.findall(r"\d{4}(?=年)", years["years"])) == len(quantities):
        text = "，".join(f"{y}年{years['name']}{verb}{q}" for y, q in zip(years_in, quantities, strict=True))
        return begin, at, text
    lead = LEAD_WORDS.match(names_text)
    prefix = lead.group() if lead else ""
    names_text = names_text[len(prefix) :]
    # "新培育高新技术企业300家、科技型中小企业30家，这两项指标分别比上年增长10%和15%": the
    # indicators named before
    # (not "力争上述两项指标分别达到50亿元、800亿元": their stretch values, read by ``targets``)
    these = THESE_INDICATORS.fullmatch(names_text)
    if these is not None and not STRETCH_WORD.search(prefix + names_text):
        named = _named_before(sentence[:begin], cn_int(these["n"]) if not these["n"].isdigit() else int(these["n"]))
        if not named:
            return None
        names_text = "、".join(named)
    referred = these is not None
    if head_end != end:  # "…数量实现倍增，均…": the predicate of the names' own clause goes
        p = PREDICATE.search(names_text)
        if p is not None and p.start() > 0:
            names_text = names_text[: p.start()]
    # "哈市确定全年实现A、B和C分别增长…": the words that set the targets are not a name
    setter = SETS_TARGETS.match(names_text)
    if setter is not None and setter.end() < len(names_text):
        prefix += setter.group()
        names_text = names_text[setter.end() :]
    names_text = re.sub(r"^城[、和与及]乡(?=居民)", "城乡", names_text)  # "城、乡居民人均可支配收入分别…"
    # "A、B、C等主体指标增长幅度均超10%": the list's own name goes, its measure (增长幅度) is each one's
    grouped = re.search(r"等[^、，；。\d]{0,6}?指标(?P<measure>增长幅度|增幅|增速|增长)?$", names_text)
    measure = ""
    if grouped is not None and "、" in names_text[: grouped.start()]:
        measure = grouped["measure"] or ""
        names_text = names_text[: grouped.start()]
    names = [n + measure for n in names_text.split("、")]
    if len(names) >= 2:
        # "电子信息、新型材料、新能源、绿色食品等重点特色产业产值分别增长35%、15%、20%、16%以上" (宁夏 2022):
        # the class after 等 is the list's, the measure each one's
        names[-1] = re.sub(
            r"(?<=[\u4e00-\u9fff]{2})等[\u4e00-\u9fff]{1,8}?(?=(?:产业|行业)?(?:产值|增加值|营业收入|主营业务收入|收入|投资|产量|规模)$)",
            "", names[-1])
    # "马铃薯、中药材、旱地谷子、花卉、高原夏菜种植示范点分别达到5个、4个……" (顺化乡 2015): short items
    # sharing the last one's noun
    shared_tail = re.search(r"(?:种植|养殖|示范|基地|园区|产业|企业)[\u4e00-\u9fff]{0,6}$", names[-1])
    if (
        m.group() == "分别"
        and len(names) >= 2
        and shared_tail
        and shared_tail.start() >= 2
        and not re.search(r"[两二三四五六七八九十\d](?:大|个|类)", names[-1])  # "A、B三大产业": left as written
        and all(2 <= len(n) <= 4 and not MEASURE_HEAD.search(n) for n in names[:-1])
        and not any(re.search(r"(?:种植|养殖|示范|基地|园区|产业|企业|数|量|额|率)$", n) for n in names[:-1])
    ):
        names = [n + shared_tail.group() for n in names[:-1]] + names[-1:]
    if len(names) == 1 and len(quantities) <= 2 and re.match(r"城乡(?:常住|全体)?居民", names_text):
        # "城乡居民人均可支配收入分别增长7%、8%": 城镇 and 农村, in that order (one value: both)
        names = ["城镇" + names_text[2:], "农村" + names_text[2:]]
    elif len(names) == 1 and len(quantities) >= 2 and (earlier := _earlier_subjects(sentence, begin, len(quantities), names_text)):
        # "肉牛、肉羊出栏分别达到124万头、1133万只，产量分别达到15.4万吨、15.3万吨": the second list
        # names only its measure; its subjects are the list's before it
        names = [subject + names_text for subject in earlier]
    elif len(names) == 1 and len(quantities) >= 2:
        names = re.split(r"和|及|与", names_text)  # "高新技术企业和科技型中小企业将分别…"
    elif len(names) == 1:
        # "财政总收入和地方财政收入均增长6.5%以上": two measures joined by 和 share one value
        parts = re.split(r"和|及|与", names_text)
        if len(parts) == 2 and (
            all(MEASURE_HEAD.search(p) for p in parts)
            or all(ORG_HEAD.search(p) for p in parts)
            # "新开工大项目和投产大项目均不少于15个": two stages of one noun
            or (_shared_tail(*parts) >= 2 and all(len(p) >= 4 for p in parts))
        ):
            names = parts  # "高新技术企业和科技型中小企业均突破1000家" too
    elif len(quantities) == len(names) + 1:
        # "A、B和C分别增长20%、20%和10%": the last two names joined by 和
        names = [*names[:-1], *re.split(r"和|及|与", names[-1], maxsplit=1)]
    if any(len(n) < 2 for n in names) and (crop := re.search(r"(?:总产量|产量|存栏|出栏)$", names[-1])):
        # "蔬菜、肉、蛋、奶、水产品产量分别达到…" (秦皇岛 2015): one-character products, each its 产量
        names = [n if n.endswith(crop.group()) else n + crop.group() for n in names]
    if len(names) < 2 or any(len(n) < 2 for n in names):
        return None
    # "确保有效投资增长高于经济增长、4个结构性指标均实现10%以上增长": a name that states its own
    # target against another measure (高于…) is a clause of its own, not one of the shared names
    own = [n for n in names[:-1] if OWN_COMPARISON.search(n)]
    if own:
        kept = names[names.index(own[-1]) + 1 :]
        if len(kept) == 1 and len(quantities) == 1:
            head = prefix + "、".join(names[: len(names) - 1])
            return begin, at, f"{head}，{kept[0]}{sentence[m.start() : at]}"
        return None
    if len(quantities) != 1 and len(quantities) != len(names):
        return None
    if not referred:  # (names written out in full before: each is whole)
        names = _share_subject(_share_field_subject(_share_measure(_share_level(_share_noun(names)))))  # 专利申请量、授权量
        # "新增20亿元企业、10亿元企业、亿元企业分别不少于1家、1家和7家": the increment word before
        # the list counts each name
        kind = INCREMENT_LEAD.search(prefix)
        if kind is not None and not any(re.match(r"新|净增|累计", n) for n in names):
            # ("新建改造城区雨水管网、污水管网……各1000公里以上" (福建 2016): built and upgraded, each)
            upgrade = UPGRADE_ALONG.match(kind.group() + names[0])
            lead = upgrade.group() if upgrade else kind.group()
            names = [names[0], *(lead + n for n in names[1:])]
    if len(quantities) == 1:
        quantities = quantities * len(names)
    # "新增A 30家、B 200家，分别增长20%和15%": names that hold their own counts stay a list, so
    # that B keeps the verb A's count was given (新增)
    joint = "、" if all(re.search(r"\d", n) for n in names) else "，"
    # "A、B、C分别保持20%以上的增长速度": the rate said after the value is each one's
    rate = re.match(r"的(?:增长速度|增长幅度|增速|增幅|增长)(?=$|[，；。])", sentence[at:])
    tail = rate.group() if rate else ""
    text = joint.join(f"{n}{verb}{q}{tail}" for n, q in zip(names, quantities, strict=True))
    return begin, at + len(tail), prefix + text


# the increment word a 分别 list starts with
INCREMENT_LEAD = re.compile(r"(?:新增|净增|新培育|新认定|新引进|新建|累计)(?:实现|达到)?$")


# a measure alone before 分别, as a second list of values gives it ("产量分别达到…")
_MEASURE_ALONE = re.compile(r"(?:总)?(?:产量|产值|出栏|存栏|面积|增加值|营业收入|收入|利润|税收|出口额|投资)")


def _earlier_subjects(sentence: str, begin: int, count: int, measure: str) -> list[str]:
    """Return the subjects of the 分别 list in the clause before ``begin`` when the clause at
    ``begin`` names only a measure and as many values follow it ("肉牛、肉羊、生猪出栏分别达到……，
    产量分别达到……" → 肉牛, 肉羊, 生猪), else []."""
    if not _MEASURE_ALONE.fullmatch(measure):
        return []
    clause_end = max(sentence.rfind(ch, 0, begin) for ch in "，；")
    if clause_end < 0:
        return []
    start = max(sentence.rfind(ch, 0, clause_end) for ch in "，；。：！？") + 1
    m = re.match(r"(?:力争|确保|全年|今年)*(?P<names>[^，；。：！？\d]+?)分别", sentence[start:clause_end])
    if m is None or "、" not in m["names"]:
        return []
    names = m["names"].split("、")
    if len(names) != count or any(len(n) != len(names[0]) for n in names[:-1]):
        return []
    last = names[-1][: len(names[0])]  # "家禽出栏" → 家禽: the first list's measure after the last
    return [*names[:-1], last] if len(last) >= 2 else []


def _shared_tail(a: str, b: str) -> int:
    """Return how many characters ``a`` and ``b`` end with in common."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


# a clause that compares with another measure and needs no number: "有效投资增长高于经济增长"
OWN_COMPARISON = re.compile(r"(?:高于|低于|快于|慢于|不低于|不高于|持平于|同步于)[^，；。、\d]{2,}$")


# what organisations a name counts end in: "高新技术企业和科技型中小企业均…"
ORG_HEAD = re.compile(r"(?:企业|机构|中心|平台|基地|园区|孵化器|众创空间|实验室|院所|高校)$")


def _share_noun(names: list[str]) -> list[str]:
    """Return the names with the noun of the last one given to levels listed before it
    ("培育省级、市级科技企业孵化器各2家" → 培育省级科技企业孵化器, 市级科技企业孵化器)."""
    level = re.match(rf"(?:{MODIFIER_ONLY.pattern})", names[-1])
    if level is None or len(names[-1]) - level.end() < 2:
        return names
    noun = names[-1][level.end() :]
    shared = []
    for n in names[:-1]:
        m = re.match(rf"(?:{_VERBS})?(?:{MODIFIER_ONLY.pattern})$", n)
        if m is None:
            return names
        shared.append(n + noun)
    return [*shared, names[-1]]


# a measure written bare after the first name's subject, the first named by its field: "粮食播种面积和
# 产量" (粮食产量; ``_share_subject`` gives 专利 to 授权量)
# ("研发投入总量和强度分别达到60亿元和2.5%": 研发投入强度)
_BARE_MEASURE = re.compile(r"产量|总产量|产值|总产值|增加值|面积|播种面积|强度|投入强度")
_SUBJECT_END = re.compile(r"播种|种植|面积|产量|产值|总产值|增加值|总量|总额")


def _share_field_subject(names: list[str]) -> list[str]:
    """Return the names with the first one's subject given to a bare measure after it
    ("粮食播种面积、产量" → 粮食播种面积, 粮食产量: qa13 F19)."""
    cut = _SUBJECT_END.search(names[0])
    if cut is None or cut.start() < 2:
        return names
    subject = names[0][: cut.start()]
    return [names[0], *(subject + n if _BARE_MEASURE.fullmatch(n) else n for n in names[1:])]


# the town and country halves of a population ("城镇、农村居民…")
_TOWN_OR_COUNTRY = r"城镇|农村|城市|乡村|城区|农牧区|牧区"


def _share_measure(names: list[str]) -> list[str]:
    """Return the names with the measure of the last one given to the others when they lack
    one ("企业、高校研发经费支出" → "企业研发经费支出", "高校研发经费支出")."""
    names = [re.sub(rf"的(?=(?:{REACH_RATE})$)", "", n) for n in names]  # "社区科普大学的覆盖率"
    last = names[-1]
    rate = re.search(rf"(?:{REACH_RATE})$", last)
    if rate is not None and not any(re.search(REACH_RATE, n) for n in names[:-1]):
        # "A研发机构、B研发机构覆盖率分别达到50%、80%": the rate of reach is each name's
        return [*(n + rate.group() for n in names[:-1]), last]
    share = re.search(r"占[^占、]{2,}(?:比重|比例)$", last)
    if share is not None and share.start() >= 2 and not any("占" in n for n in names[:-1]):
        # "装配式建筑、绿色建筑占新建建筑比例": each name's share of the same whole
        return [*(n + share.group() for n in names[:-1]), last]
    crop = re.search(r"(?:单产|亩产|总产量|产量|出栏|存栏|种植面积|播种面积)$", last)  # and a herd's: "肉牛、生猪出栏"
    if crop is not None and crop.start() >= 1 and all(
        re.fullmatch(r"[\u4e00-\u9fff]{1,4}", n) and not re.search(r"(?:单产|亩产|产量|出栏|存栏|面积)$", n) for n in names[:-1]
    ):
        # "粮食、油菜单产分别提高2%、3%以上": the yield of each crop ("牛奶产量、禽蛋产量": had it)
        return [*(n + crop.group() for n in names[:-1]), last]
    # "化学需氧量、二氧化硫、氨氮、氮氧化物排放量分别下降2%、2%、2%、4%" (浙江 2015): each pollutant's emissions
    emitted = re.search(r"(?:排放量|排放总量|排放)$", last)
    if emitted is not None and emitted.start() >= 2 and all(
        re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9.₂₅]{2,8}", n) and not re.search(r"排放", n) for n in names[:-1]
    ):
        return [*(n + emitted.group() for n in names[:-1]), last]
    # "PM2.5、PM10年均浓度分别低于47μg/m3、61μg/m3" (芙蓉 2019): each pollutant's concentration
    pollutant = re.match(r"(?:PM2\.5|PM10|PM₂\.₅|细颗粒物|可吸入颗粒物|臭氧|二氧化硫|二氧化氮)(?=(?:年均|年平均|平均)?浓度$)", last)
    if pollutant is not None and all(re.fullmatch(r"PM2\.5|PM10|PM₂\.₅|细颗粒物|可吸入颗粒物|臭氧|二氧化硫|二氧化氮", n) for n in names[:-1]):
        return [*(n + last[pollutant.end() :] for n in names[:-1]), last]
    towns = re.match(_TOWN_OR_COUNTRY, last)
    if towns is not None and len(last) - towns.end() >= 2 and all(
        re.fullmatch(_TOWN_OR_COUNTRY, n) for n in names[:-1]
    ):
        # "城镇、农村常住居民人均可支配收入分别增长5.2%、8%": all that follows 农村 is shared
        return [*(n + last[towns.end() :] for n in names[:-1]), last]
    if any(MEASURE_HEAD.search(n) for n in names[:-1]):
        return names
    head = MEASURE_HEAD.search(last)
    if head is None or head.start() == 0:
        return names
    measure = last[head.start() :]
    shared = []
    for n in names[:-1]:
        overlap = next((k for k in range(len(measure), 0, -1) if n.endswith(measure[:k])), 0)
        shared.append(n + measure[overlap:])
    return [*shared, last]


# ---------------------------------------------------------------------------------------------
# five-year-plan periods: "“十四五”末" is the end of 2025, "“十三五”期间" ended in 2020

FIVE_YEAR_PERIOD = re.compile(
    r"[“\"‘']?十([一二三四五六])五[”\"’']?(?:规划|规画)?(?P<when>期末|末|期间|时期|以来"
    # "“十三五”发展目标是：…达到2.5%": the period's goals, reached at its end
    r"|(?=的?(?:发展|主要|总体|奋斗|规划)?(?:目标|指标)(?:是|为|：|:))"
    # "为“十三五”发展目标打造“千亿园区”布局：…实现技工贸收入1000亿元"
    r"|(?=的?(?:发展|奋斗)目标(?!任务)[^，；。：]{0,16}[：:])"
    # "北京市十五五规划指出，……设置29项指标，包括……" (北京 2026): the plan's own goals, for its end
    r"|(?<=规划|规画)(?=[^，；。\d]{0,4}?(?:指出|提出|明确|设置|确定|要求)))"
)
_PERIOD_END = {"一": 2010, "二": 2015, "三": 2020, "四": 2025, "五": 2030, "六": 2035}


def period_years(sentence: str) -> str:
    """Return ``sentence`` with five-year-plan periods written as their last year:
    "力争到“十四五”末" → "力争到2025年末", "“十三五”期间" → "2020年及以前"; "“十四五”以来" (since
    the period began: what was done up to now) → "2021年以来"."""

    def year_of(m: re.Match) -> str:
        end = _PERIOD_END[m.group(1)]
        if m["when"] == "以来":
            return f"{end - 4}年以来"
        if not m["when"]:
            return f"到{end}年"
        return f"{end}年末" if m["when"] in ("末", "期末") else f"{end}年及以前"

    return FIVE_YEAR_PERIOD.sub(year_of, sentence)


# ---------------------------------------------------------------------------------------------
# the level a document speaks for: a city's news quoting the province's task

OWN_LEVEL = {
    "省": re.compile(r"我省|本省"),
    "市": re.compile(r"我市|本市"),
    "县": re.compile(r"我县|本县|我区|本区|我旗"),
}
HIGHER = {"省": r"全国", "市": r"全国|全省", "县": r"全国|全省"}
SUBJECT_LEAD = re.compile(
    rf"^(?:(?:到|至|在|于)?{YEAR_NUM}年(?:末|底|前|内(?!蒙)|度)?|力争|争取|确保|今年|{WITHIN_YEAR}|全年|\s)*"
)


def own_level(text: str) -> str:
    """Return 省 / 市 / 县 when a document speaks as one (我市…), else ""."""
    counts = {level: len(rx.findall(text)) for level, rx in OWN_LEVEL.items()}
    level, n = max(counts.items(), key=lambda kv: kv[1])
    return level if n and sorted(counts.values())[-2] == 0 else ""


def of_higher_level(clause_before: str, level: str) -> bool:
    """Return True when a clause's subject is a higher level than the document's own
    ("全省高企总数要从…" in a city's news that says 我市)."""
    if not level:
        return False
    subject = SUBJECT_LEAD.sub("", clause_before)
    return bool(re.match(rf"(?:{HIGHER[level]})(?!第|前|平均|占比)", subject))


# ---------------------------------------------------------------------------------------------
# counts in Chinese numerals: "新增高新技术企业二十家", "建成三个省级工程技术研究中心"

CN_COUNT = re.compile(
    r"(?P<verb>新增|新建|新认定|新培育|新引进|净增|建成|建设|培育|认定|引进|达到|突破|超过|完成|实施|"
    r"组建|打造|争取|创建|争创|获批|支持|扶持|举办|开展|推广|申报|建立|设立|孵化|签订|签约|达|"
    r"增加|增至|发展到|累计|共|稳定在|保持在)(?P<mid>[^，；。：、！？\d“”《》]{0,12}?)"
    r"(?P<n>(?!一[个家项件所座名人位处户篇台套支场期])[零〇一二两三四五六七八九十百千万]{1,8}?)"
    # ("园区主营业务收入达到两千亿。": an amount in 亿 with no 元 ending the clause)
    r"(?=(?:余|多)?(?:个|家|项|件|所|座|名|人|位|处|户|篇|台套|台|套|支|场|期|亿元|万元|亿(?=[，；。！？]|$))"
    r"(?!方面|措施|举措|任务))"
)


# what 第N names when it is no place in a ranking: a sector, a batch, a session, a stage
NOT_A_PLACE = r"产业|产|批|次|届|期|季|阶段|课堂|书记|责任人|要务|动力|资源|生产力"
# a rank to keep or reach: "保持全省第3位", "稳居全省第一" (a target, unlike "居全省第3位")
RANK_INTO_TOP = re.compile(
    r"(?P<head>(?:竞赛|考核|评比|排名|排位|位次|测评|评价))(?:要|力争|争取|确保)?进(?:入)?前"
    r"(?P<n>\d{1,2}|[一二三四五六七八九十])(?![\d一二三四五六七八九十位名强甲])"
)
RANK_TARGET = re.compile(
    # (not a quoted slogan: "争创新时代‘第一等工作’" (鹰潭 2025))
    r"(?P<verb>保持|稳居|稳定在|进入|争创|争取|力争|确保|跃居|跻身)(?P<scope>[^，。；：\d‘“「]{0,8}?)第"
    r"(?P<n>\d+|[一二三四五六七八九十]{1,3})(?P<unit>位|名)?(?!等)"
    # "稳居全省第一方阵", "进入第一梯队": a tier, no place in a ranking; "力争第一产业增加值增长3%",
    # "确保第一批…": a sector, a batch
    rf"(?![\d一二三四五六七八九十]|方阵|梯队|阵营|方队|集团|梯次|档次|等次|档|{NOT_A_PLACE})"
)


# what a count of organisations is named by: "科技型中小企业入库520", "国家高新技术企业突破300"
COUNTED_NAME = re.compile(
    r"(?:企业|机构|院所|高校|中心|平台|基地|实验室|孵化器|众创空间|工作站|联盟|园区|项目)(?:数|数量|总数)?$"
    r"|入库$"
)
# a target run on into the next with no mark between: "…企业入库520有效期内…", "…企业3实现…",
# "稳居全省第一方阵科技型…" (a number, or a tier, straight before the next name)
RUN_ON = re.compile(
    # "……的比重达到全国平均水平吸纳技术合同成交额突破400亿元": a level written in words, then the next target
    r"(?<=平均水平|先进水平|领先水平)(?=吸纳|实现|力争|新增|培育|引进|建设|新建|高新技术|技术合同|全社会)"
    r"|(?<=[\u4e00-\u9fff])(\d+)(?=[\u4e00-\u9fff])"
    r"|(?<=第[一二三]方阵|第[一二三]梯队|第[一二三]阵营)(?=[\u4e00-\u9fff])"
)
NOT_RUN_ON_AFTER = re.compile(
    "(?:" + "|".join(re.escape(u) for u in UNITS) + r"|以上|以内|以下|左右|余|多|万|亿|千|百|年|月|日|号"
    r"|至|到|届|期|强|倍|大|类|化|型|级|维|周|批|轮|代|线|网|星|区|县|市|省|版|成|折)"
)


# a year whose digits a copying site dropped: "衡水市年将完成……16所" (衡水 2022, "衡水市2022年将完成")
_YEAR_DIGITS_LOST = re.compile(r"(?<=[\u4e00-\u9fff][市县区省镇])年(?=将|要|计划|力争)")


def year_digits_lost(sentence: str) -> str:
    """Return ``sentence`` with a bare 年 after a place and before a word of intent read as 今年
    (the year's digits lost in copying: the place is not the name of the target)."""
    return _YEAR_DIGITS_LOST.sub("今年", sentence)


def run_on(sentence: str) -> str:
    """Return ``sentence`` with a clause mark where one target runs into the next with none
    between (text that lost its punctuation): a bare number right after a count's name
    ("科技型中小企业入库520有效期内国家高新技术企业突破300") and a tier ("稳居全省第一方阵科技型…")."""

    def mark(m: re.Match) -> str:
        if m.group(1) is None:
            return "，"
        head = sentence[: m.start()]
        tail = sentence[m.end() :]
        if not COUNTED_NAME.search(head) or NOT_RUN_ON_AFTER.match(tail):
            return m.group(0)
        return m.group(1) + "，"

    return RUN_ON.sub(mark, sentence)


# "力争…区域创新能力居全省第5": 居 with no 位/名 after the number, in a sentence with a forward word
# before it (a report's "居全省第3位" is a result, and always writes its 位)
RANK_BARE = re.compile(
    r"(?<![位跃稳])(?P<verb>居)(?!民|住|家|所|室)(?P<scope>[^，。；：\d]{0,8}?)第"
    r"(?P<n>\d+|[一二三四五六七八九十]{1,3})(?P<unit>)"
    rf"(?![\d一二三四五六七八九十位名]|方阵|梯队|阵营|方队|集团|梯次|档次|等次|档|{NOT_A_PLACE})"
)
FORWARD_BEFORE = re.compile(r"力争|确保|争取|努力|目标|计划|要|将")


# places gained, counted in 个位次: "前进不少于1个位次", "排名提升2个位次"
RANK_ADVANCE = re.compile(
    r"(?P<head>排名|位次|名次)?(?:前进|提升|上升|前移|进位|晋位)(?P<bound>不少于|至少|不低于)?(?P<n>\d+)个位次"
)


def rank_targets(sentence: str) -> str:
    """Return ``sentence`` with a rank target written as a count of places:
    "保持全省第3位" → "保持全省前3位" (≤ 3), "稳居全省第一" → "稳居全省前1位", "居全省第5" (no 位 written:
    the unit is guessed, and the plan review says so) → "居全省前5位"."""

    def places(m: re.Match) -> str:
        n = m["n"] if m["n"].isdigit() else cn_int(m["n"])
        return f"{m['verb']}{m['scope']}前{n}{m['unit'] or '位'}"

    sentence = RANK_TARGET.sub(places, sentence)
    # "全市服务业强镇（街道）竞赛进前三" (罗星 2023) → "……竞赛排名进入前3位"
    sentence = RANK_INTO_TOP.sub(
        lambda m: f"{m['head']}{'' if m['head'].endswith(('排名', '排位', '位次')) else '排名'}进入前"
        f"{m['n'] if m['n'].isdigit() else cn_int(m['n'])}位", sentence)
    # "在市综合考核……中前进不少于1个位次" (庆元 2018) → "……中位次前移1位以上": places gained
    sentence = RANK_ADVANCE.sub(
        lambda m: f"{m['head'] or '位次'}前移{m['n']}位{'以上' if m['bound'] else ''}", sentence
    )
    if "居" not in sentence:
        return sentence
    return RANK_BARE.sub(lambda m: places(m) if FORWARD_BEFORE.search(sentence, 0, m.start()) else m.group(),
                         sentence)


# a clause naming an amount and a percent with no verb, after a clause that grows by a percent:
# "生产总值增长10%，城镇居民人均可支配收入和农民人均纯收入12%" (江西 2012) — the growth is elided
_ELIDED_GROWTH = re.compile(
    r"(?P<grown>增长\s*\d+(?:\.\d+)?%(?:左右|以上)?[，、；])(?P<name>[\u4e00-\u9fff]{2,30}?"
    r"(?:收入|总值|产值|增加值|总额|投资|税收|销售额|营业额|营收))(?=\s*\d+(?:\.\d+)?%)"
)


def elided_growth(sentence: str) -> str:
    """Return ``sentence`` with the 增长 a clause leaves out written in ("…收入12%" → "…收入增长12%")."""
    return _ELIDED_GROWTH.sub(lambda m: f"{m['grown']}{m['name']}增长", sentence)


def cn_counts(sentence: str) -> str:
    """Return ``sentence`` with counts after a verb written in digits ("新增二十家" → "新增20家");
    "一个"/"一批" (an article, not a count) and "三项措施" (a list of measures) are left."""

    if is_slogan_list(sentence):
        return sentence

    def digits(m: re.Match) -> str:
        if re.search(r"(?:这|上述|以上|前述|此)$", m["mid"]):
            return m.group()  # "争取将这两项分别提高到…": the targets referred to, not a count
        if re.match(r"[^，；。！？\d]{0,12}\d", m.string[m.end() :]) and m["n"] in ("百", "千", "万"):
            return m.group()  # "扶持百名科技人才创业50项": a programme's name, counted by the digits after it
        if m["n"] == "万" and not m.string.startswith("亿", m.end()):  # (万亿元 is one trillion)
            return m.group()  # "购票游客稳定在万人次以上" (南川 2022): the digits before 万 lost, no count
        n = cn_int(m["n"])
        return m["verb"] + m["mid"] + (str(n) if n else m["n"])

    sentence = POSTPOSED_CN_COUNT.sub(lambda m: str(cn_int(m["n"]) or m["n"]), CN_COUNT.sub(digits, sentence))
    # "每年提高一个百分点以上", "提高半个百分点": percentage points in words
    return CN_POINTS.sub(lambda m: f"{m['verb']}{'0.5' if m['n'] == '半' else cn_int(m['n'])}个百分点", sentence)


# an amount written in Chinese numerals before its unit: "国内生产总值二千零一十五亿元人民币",
# "外贸进出口总额四十九点五亿美元", "增加一百元" (新疆 2004) — never a bare 百/千 of a class's name
# ("百亿元企业", "千亿级产业")
CN_AMOUNT = re.compile(
    r"(?<![第零〇一二两三四五六七八九十百千点])"
    r"(?P<n>[一二两三四五六七八九][零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?|[一二两三四五六七八九]点[零〇一二三四五六七八九]+)"
    r"(?=(?:多|余)?(?:万|亿)?(?:元|美元|人|吨|亩|公斤|千瓦))"
)


def cn_amounts(sentence: str) -> str:
    """Return ``sentence`` with amounts written in Chinese numerals before a unit in digits
    (CN_AMOUNT): "二千零一十五亿元" → "2015亿元", "四十九点五亿美元" → "49.5亿美元"."""

    def digits(m: re.Match) -> str:
        n = cn_number(m["n"])
        return m.group() if n is None else f"{n:g}"

    return CN_AMOUNT.sub(digits, sentence)


CN_POINTS = re.compile(
    r"(?P<verb>提高|提升|增加|下降|降低|减少|上升|高于|低于)(?P<n>半|[一二两三四五六七八九十]{1,3})个百分点"
)


# a count written after what it counts, at the end of its clause: "博士后科研工作站一个" (一个 before
# a noun is an article; after one, closing the clause, it is the count)
POSTPOSED_CN_COUNT = re.compile(
    r"(?<=站|心|地|台|业|园|室|院|器|间|目|队|盟|程|村|户)"
    r"(?P<n>[一二两三四五六七八九十]{1,3})(?=[个家项所座名处]\s*(?:[，、；。]|$))"
)


SLOGAN_NUMBER = re.compile(
    r"([一二两三四五六七八九])(?=个|项|类|大|条|种|张|批|化|是|篇|区|心|园|体|网|链|库)"
)


# a campaign named by a code of its counts, spelled out after 即: "科技“12351”行动，即……"
CODE_SPELLED_OUT = re.compile(r"[“\"]\d{3,8}[”\"](?:行动|工程|计划|战略|体系|举措)[，,]?(?:即|就是|包括)")


def is_slogan_list(sentence: str) -> bool:
    """Return True for a sentence that counts its own points ("优化一个提升，培育壮大两个龙头，
    强化三个队伍建设…"): its small numerals run 1, 2, 3 in order; or one that spells out a code
    made of its counts ("开展科技“12351”行动，即……，组建三十家产业技术创新联盟，实施五十项…")."""
    if CODE_SPELLED_OUT.search(sentence):
        return True
    values = [cn_int(n) for n in SLOGAN_NUMBER.findall(sentence)]
    want = 1
    for v in values:
        if v == want:
            want += 1
    if want > 3:
        return True
    # "力争四项先进、争创五个优秀、树立六个标兵、抓好七个打造": four in a row from any number
    run = 1
    for a, b in zip(values, values[1:], strict=False):
        run = run + 1 if a and b == a + 1 else 1
        if run >= 4:
            return True
    return False


# a direction, not a level: "规模以上工业企业数量向3000家奋进", "向1000亿元迈进" — the figure is
# where things head for, not what the plan is to reach (the lead's rule for 2026 Taiyuan)
DIRECTION_BEFORE = re.compile(r"向$")
DIRECTION_AFTER = re.compile(r"^(?:的?(?:目标|大关|规模))?(?:阔步|大步|加快|加速|全力|奋力|稳步)?(?:迈进|奋进|进军|挺进)")
# a size band that splits a count: "集群规模达到100亿元的超过20个、1000亿元的超过6个" — the money
# says which clusters are counted; the count after it is the target
BAND_OF_COUNT_AFTER = re.compile(r"^(?:以上|及以上)?(?:级)?的(?:超过|超|达到|达|有|共|不少于)?\d+(?:\.\d+)?(?:个|家|户|项)")


# a count of things by a size band after their name: "创新型产业集群发展规模达到100亿元的超过20个",
# then "、1000亿元的超过6个" (the next band of the same things)
_BAND_MEASURE = r"年?(?:规模|产值|营业收入|营收|主营业务收入|销售收入)"
_BAND_TAIL = r"(?:以上|及以上)?(?:级)?的(?:超过|超|达到|达|有|共|不少于)?$"
BAND_AFTER_NAME = re.compile(
    rf"(?P<subject>[\u4e00-\u9fff]{{2,16}}?)(?:发展)?(?P<measure>{_BAND_MEASURE})(?:达到|超过|突破|达|过|超)?"
    rf"(?P<amount>\d+(?:\.\d+)?[万亿]元){_BAND_TAIL}"
)
NEXT_BAND = re.compile(rf"^[、，]?(?:超过|突破|达到|达|超|过)?(?P<amount>\d+(?:\.\d+)?[万亿]元){_BAND_TAIL}")  # "、超过10亿元的达到350家"
BANDED_NAME = re.compile(rf"^(?P<measure>{_BAND_MEASURE})\d+(?:\.\d+)?[万亿]元的(?P<subject>.+)$")


def banded_count_name(before: str, last_name: str = "") -> str:
    """Return the name of a count of things in a size band ("规模100亿元的创新型产业集群"), from the
    clause before it or, for the next band of a list, from the previous count's name; else ""."""
    clause = re.split(r"[，；。：！？]", before)[-1]
    if m := BAND_AFTER_NAME.search(clause):
        subject = name_before(m["subject"]) or m["subject"]
        return f"{m['measure']}{m['amount']}的{subject}"
    if (m := NEXT_BAND.match(before.strip())) and (b := BANDED_NAME.match(last_name)):
        return f"{b['measure']}{m['amount']}的{b['subject']}"
    return ""


def heading_or_band(sentence: str, q: re.Match) -> str:
    """Return why a figure is a direction ("向3000家奋进") or a size band of a count, or ""."""
    before, after = sentence[: q.start()], sentence[q.end() :]
    if DIRECTION_BEFORE.search(before) and DIRECTION_AFTER.match(after):
        return "是努力的方向（如“向3000家奋进”“向万亿元迈进”），不是要达到的水平"
    if q["unit"] in ("万元", "亿元") and BAND_OF_COUNT_AFTER.match(after):
        return "是所数对象的规模分档（如“规模100亿元的超过20个”），目标是其后的个数"
    return ""
