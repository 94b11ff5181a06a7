"""The workbook format (工作簿格式): the one place that says which sheets and columns exist.

The reader, the sample generator, ``kjreport init`` and the README all follow this module.
Headers are matched leniently (see ``normalize_header``): spaces, full-width brackets and a
unit in brackets are tolerated, and a unit in the header converts the column's numbers.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from kjreport.workbook import unitsheets

# unit → (canonical unit, factor to multiply by)
UNIT_CONVERSIONS: dict[str, tuple[str, float]] = {
    "亿元": ("亿元", 1.0),
    "万元": ("亿元", 1e-4),
    "元": ("亿元", 1e-8),
    "万人次": ("万人次", 1.0),
    "人次": ("万人次", 1e-4),
    "万人": ("万人", 1.0),
}
# a unit cell holding only a scale word: 「万」 typed for 万元 (or 万人、万人次) — no unit to convert from
BARE_SCALES = frozenset({"万", "亿", "千", "百万"})
# measure words of one count: a plan's 院士工作站3家 and the indicator's 个 count the same stations
COUNT_WORDS = frozenset({"家", "个", "户"})


def same_count(a: str, b: str) -> bool:
    """Return True when units ``a`` and ``b`` are two measure words of one count (家 and 个)."""
    return a != b and {a, b} <= COUNT_WORDS


@dataclass(frozen=True)
class Column:
    """One column of a sheet: its canonical header, what it holds, and whether it is needed."""

    name: str
    kind: str = "number"  # text | number | int | year | choice | yesno
    unit: str = ""  # the unit values are stored in once read
    required: bool = True  # the column must exist
    nonempty: bool = True  # every data row needs a value
    when_used: bool = False  # nonempty only where the data needs it, decided by the dataset (县区数据
    # columns a target uses; 科室数据 本年数 of a row with figures): blank cells are recorded
    choices: tuple[str, ...] = ()
    open_choices: bool = False  # choices are suggestions: other text is accepted (科室 names)
    hint: str = ""  # input hint shown in the README and in data validation

    @property
    def header(self) -> str:
        """Return the header as the sample writes it, e.g. 高新技术产业产值（亿元）."""
        return f"{self.name}（{self.unit}）" if self.unit and self.kind in ("number", "int") else self.name


@dataclass(frozen=True)
class SheetSpec:
    """One sheet of the workbook format."""

    name: str
    columns: tuple[Column, ...]
    required: bool = True
    key: str | None = None  # column whose values must be unique (e.g. 县区)
    extra_numbers: bool = False  # other columns are user fields, read as numbers
    extra_blank: bool = False  # those user fields may be left empty (月度数据's months)
    extra_when_used: bool = False  # those user fields are checked only when a target uses them
    purpose: str = ""

    def column(self, name: str) -> Column:
        """Return the column called ``name``."""
        return next(c for c in self.columns if c.name == name)


# ---------------------------------------------------------------------------------------------
# settings (设置): key/value rows

SETTINGS_SHEET = "设置"
SETTING_KEYS: dict[str, str] = {
    # key: hint
    "城市名称": "如：鲁泽市",
    "单位名称": "如：鲁泽市科学技术局",
    "年度": "4位年份，如 2011",
    "报送月份": "1–12；小于12时计算序时进度",
    "成文日期": "如 2011年12月20日（可空）",
    "超额完成线": "完成率高于此值为超额完成，默认 100",
    "基本完成线": "完成率不低于此值为基本完成，默认 90",
    "百分比目标基本完成差距": "比重类目标差距在此个百分点以内为基本完成，默认 1；且不超过目标值的（100−基本完成线）%，如目标 2.2% 时为 0.22 个百分点",
    "资本产出弹性α": "科技进步贡献率测算用，如 0.35",
    "劳动产出弹性β": "α+β=1，如 0.65",
    "测算起始年份": "科技进步贡献率测算期起点，默认 年度−5",
    "资本口径": "资本存量 或 固定资产投资（永续盘存）",
    "折旧率": "永续盘存法折旧率，默认 9.6%",
    "上年数按新口径调整的指标": "指标名称，多个用顿号分隔",
    "自定义指标文件": "Python 文件路径，多个用顿号分隔（可空）",
    "指标来源优先": "内置计算 或 科室报送：同一指标既能由台账计算又有科室报送数时用哪个，默认 内置计算",
    "左右目标幅度": "“左右”目标上下浮动在目标值的此百分比以内为完成，默认 5",
}
REQUIRED_SETTINGS = ("城市名称", "单位名称", "年度")
# optional 设置 rows that ``init`` writes (empty, with a 说明) so the clerk sees where they go;
# each is read where it is used (mail settings, the summary's opening, the 进度通报)
OPTIONAL_SETTINGS: dict[str, str] = {
    "领导机关": "总结开头“在××的正确领导下”的提法，可空：默认按单位名称，市→市委、市政府，"
                "县→县委、县政府，区→区委、区政府，省厅→省委、省政府",
"版头": "县区通报、进度通报的版头（红色发文机关标志、发文字号、红色分隔线）和版记：印制（默认）；"
            "套印（用印好红头的公文纸打印：不印标志和红线，留出其位置，只印发文字号）；无（不要版头和版记）",
    "发文机关标志": "版头的红色标志，默认为 单位名称+文件，如：鲁泽市科学技术局文件",
    "发文字号": "如 鲁科字〔2011〕15号；只写代字（鲁科字）时编号留空，印发前填写；默认为 城市名称首字+科字（人民政府为 ×政发，人民政府办公室为 ×政办发，其他非科技单位留空）",
    "通报编号": "各县区通报的发文顺序号，按县区表的顺序，如 21—32 或 21、22、25（可空：编号留空）",
    "抄送机关": "版记的抄送，如：市人民政府办公室，各县区人民政府（可空）",
    "印发机关": "版记的印发机关，默认为 单位名称+办公室；印发日期同成文日期",
    "进度滞后线": "进度通报中慢于应完成进度超过此个百分点为滞后（红），默认 10",
    "文字模板目录": "本局改过措辞的模板文件夹（复制 kjreport 的 templates 文件夹后修改），写相对工作簿所在文件夹的路径"
                  "或完整路径；功能区按钮和命令行都按它生成总结、通报和邮件的文字（可空：用默认模板）",
    "邮件服务器": "发送报告用（kjreport send），如 smtp.exmail.qq.com（腾讯企业邮箱）、smtp.163.com；"
                  "只演练（--dry-run）时可空",
    "邮件端口": "一般为 465（SSL）或 587（STARTTLS）",
    "邮件加密": "SSL、STARTTLS 或 无",
    "邮件账号": "登录邮箱，如 kjj@example.com；密码（授权码）不写在工作簿中，"
                "用环境变量 KJREPORT_SMTP_PASSWORD 或系统密钥环（keyring set kjreport 账号）",
    "发件人名称": "如：鲁泽市科学技术局办公室（可空）",
    "发件邮箱": "邮件的发件地址，如 kjj@example.com；可空：默认与邮件账号相同；"
                "邮件加密为“无”（单位内部中继、不登录）时须填写",
}

LEVELS = ("总", "部分", "节", "条")
DEPARTMENTS = ("办公室", "高新科", "计划科", "成果科", "农村科", "社发科", "合作科", "政策法规科")
PROJECT_CATEGORIES = (
    "科技计划项目",
    "技术创新提升工程重大专项",
    "科技成果",
    "成果推广计划",
    "产学研合作",
    "节能减排项目",
    "节能新技术推广",
    "民生科技项目",
)
PROJECT_LEVELS = ("国家级", "省级", "市级", "县级")
ENTERPRISE_TYPES = ("高新技术企业", "创新型企业", "市级创新型试点企业", "省级创新型试点企业")
PLATFORM_TYPES = ("工程技术研究中心", "产业技术创新战略联盟", "院士工作站", "农业科技示范园区")
COMPARABILITY = ("可比", "上年按新口径调整", "不可比")
COMPARISONS = ("≥", "≤", "≈", "区间")
TARGET_KINDS = ("总量", "新增", "净增", "累计", "增速", "提高", "年均增速")
SOURCE_PRIORITIES = ("内置计算", "科室报送")

PLAN = SheetSpec(
    "工作意见",
    (
        Column("编号", "text", hint="如 一、一.1、二.1.2；总 表示主要任务目标"),
        Column("层级", "choice", choices=LEVELS),
        Column("标号", "text", nonempty=False, hint="原文标号，如 一、（一）一是"),
        Column("标题", "text"),
        Column("正文", "text", required=False, nonempty=False),
    ),
    key="编号",
    purpose="工作意见的结构：部分、节、条，按原文顺序",
)
TARGETS = SheetSpec(
    "目标任务",
    (
        Column("指标", "text", hint="指标名称，须与指标库一致"),
        Column("目标值", "number"),
        Column("单位", "text", nonempty=False, hint="指数等无单位的指标可空"),
        Column("比较", "choice", choices=COMPARISONS, nonempty=False,
               hint="≥ 达到/不低于；≤ 控制在以内；≈ 左右；区间 如3-5家（目标值为下限）"),
        Column("所属条目", "text", hint="工作意见的编号，多个用顿号分隔"),
        Column("责任科室", "text", nonempty=False),
        Column("原文", "text", required=False, nonempty=False),
        Column("目标类型", "choice", choices=TARGET_KINDS, required=False, nonempty=False,
               hint="总量（默认）、新增、净增、累计、增速（增长N%）、提高（N个百分点）、"
                    "年均增速（规划期年均增长N%，按本年增速考核）"),
        Column("争取值", "number", required=False, nonempty=False, hint="如 达到3.3%、争取3.4% 中的 3.4"),
        Column("区间上限", "number", required=False, nonempty=False, hint="比较为“区间”时的上限"),
    ),
    purpose="年度目标任务，每个指标一行（同一指标的总量和新增目标可各占一行）",
)
# 功能区: 新区、管理区、风景名胜区 … beside the 县(市)区, addressed as their 管委会 (QA9 F7)
COUNTY_TYPES = ("县", "区", "开发区", "高新区", "功能区", "新区", "管理区", "风景名胜区", "乡镇", "镇", "乡", "街道", "市", "州",
                "盟", "旗")


def _county_measure(name: str, kind: str = "number", unit: str = "") -> Column:
    """Return a 县区数据 figure column: a bureau without a target on it may delete it or leave
    it blank (blank is not 0); a target using it makes it required and nonempty again."""
    return Column(name, kind, unit=unit, required=False, nonempty=False, when_used=True)


COUNTY_COLUMNS = (
    Column("县区", "text"),
    _county_measure("高新技术产业产值", unit="亿元"),
    _county_measure("规模以上工业总产值", unit="亿元"),
    _county_measure("全社会R&D经费支出", unit="亿元"),
    _county_measure("企业R&D经费支出", unit="亿元"),
    _county_measure("地区生产总值", unit="亿元"),
    _county_measure("科技特派员", "int", unit="人"),
    _county_measure("利益共同体", "int", unit="个"),
    _county_measure("培训农民", unit="万人次"),
    Column("类型", "choice", choices=COUNTY_TYPES, required=False, nonempty=False,
           hint="县、区、开发区、高新区（新区、管理区、风景名胜区等功能区填功能区或其名称），县级科技局以乡镇为报送单位时填乡镇、镇、乡或街道，省级科技厅的市州填市、州或盟（可空：按名称判断）；通报只按适用于该类型的指标评价"),
)
COUNTY = SheetSpec(unitsheets.COUNTY, COUNTY_COLUMNS, key="县区", extra_numbers=True, extra_when_used=True,
                   purpose="各县区本年（累计）数")
COUNTY_PREVIOUS = SheetSpec(unitsheets.COUNTY_PREVIOUS, COUNTY_COLUMNS, key="县区", extra_numbers=True,
                            extra_when_used=True, purpose="各县区上年同期数")
DEPARTMENT = SheetSpec(
    "科室数据",
    (
        Column("科室", "choice", choices=DEPARTMENTS, open_choices=True, nonempty=False,
               hint="可填写本单位的科室名称（可空）"),
        Column("指标", "text"),
        Column("单位", "text", nonempty=False, hint="指数等无单位的指标可空"),
        Column("本年数", "number", nonempty=False, when_used=True,
               hint="可先留空：指标和单位已列出、尚未报送的行不参与计算"),
        Column("上年数", "number", nonempty=False),
        Column("口径", "choice", choices=COMPARABILITY, required=False, nonempty=False),
        Column("备注", "text", required=False, nonempty=False),
        Column("数据年度", "year", required=False, nonempty=False,
               hint="统计数据滞后一年（如全社会R&D经费）时填数据所属年份，如上一年；空着表示本年度"),
    ),
    key="指标",
    purpose="各科室报送的指标数",
)
PROGRESS = SheetSpec(
    "工作进展",
    (
        Column("条目编号", "text"),
        Column("科室", "choice", choices=DEPARTMENTS, open_choices=True, nonempty=False,
               hint="可填写本单位的科室名称（可空：该条的责任科室见「目标任务」）"),
        Column("进展情况", "text"),
    ),
    purpose="各科室对工作意见各条的进展文字，总结中引用",
)
PROJECTS = SheetSpec(
    "项目台账",
    (
        Column("年度", "year"),
        Column("项目名称", "text"),
        Column("承担单位", "text"),
        Column("县区", "text"),
        # a bureau of another plan has its own categories: the seed's are suggestions (only they are
        # counted by the built-in ledger indicators; a near miss of one gets a 提示)
        Column("项目类别", "choice", choices=PROJECT_CATEGORIES, open_choices=True),
        Column("级别", "choice", choices=PROJECT_LEVELS),
        Column("经费", unit="亿元", required=False, nonempty=False),
        Column("责任科室", "choice", choices=DEPARTMENTS, required=False, nonempty=False, open_choices=True),
    ),
    purpose="项目台账：项目数由台账统计，不手工填写",
)
ENTERPRISES = SheetSpec(
    "企业台账",
    (
        Column("企业名称", "text"),
        Column("县区", "text"),
        Column("企业类型", "text", hint="高新技术企业、创新型企业等，多个用顿号分隔"),
        Column("认定年份", "year"),
        Column("重点企业", "yesno", nonempty=False, hint="纳入高新技术产业统计的重点企业填 是"),
        Column("工业总产值", unit="亿元", nonempty=False),
        Column("主营业务收入", unit="亿元"),
        Column("R&D经费支出", unit="亿元"),
    ),
    key="企业名称",
    purpose="企业台账：企业数、重点企业产值、研发投入占比由台账统计",
)
PLATFORMS = SheetSpec(
    "平台台账",
    (
        Column("平台名称", "text"),
        Column("平台类型", "choice", choices=PLATFORM_TYPES),
        Column("级别", "choice", choices=PROJECT_LEVELS),
        Column("县区", "text"),
        Column("依托单位", "text", nonempty=False),
        Column("认定年份", "year"),
    ),
    key="平台名称",
    purpose="创新平台台账：工程中心、联盟、院士工作站、示范园区",
)
GROWTH = SheetSpec(
    "增长核算",
    (
        Column("年份", "year"),
        Column("地区生产总值（可比价）", unit="亿元"),
        Column("资本存量", unit="亿元", nonempty=False),
        Column("固定资产投资", unit="亿元", required=False, nonempty=False),
        Column("投资价格指数", required=False, nonempty=False, hint="上年=1 或 基期=100 的定基指数"),
        Column("从业人员", unit="万人"),
    ),
    key="年份",
    purpose="科技进步贡献率测算序列（索洛余值法）",
)
NEXT_YEAR = SheetSpec(
    "下年工作打算",
    (
        Column("工作打算", "text"),
        Column("指标", "text", nonempty=False),
        Column("目标值", "number", nonempty=False),
        Column("单位", "text", nonempty=False),
    ),
    required=False,
    purpose="下一年度工作打算（可选），总结第三部分引用",
)
RECIPIENTS = SheetSpec(
    "收件人",
    (
        Column("姓名", "text"),
        # an empty address is a 提示 naming the person (checks.recipients), and send skips that
        # person: a mailing list's gap must not stop check, docx or the others' mail (qa11 F10/F17)
        Column("邮箱", "text", nonempty=False),
        Column("科室", "text", nonempty=False, hint="科室名称；县区（市州）的联系人填县区（市州）名称，如“清河区”，县区通报按此发给本县区"),
        Column("抄送", "yesno", nonempty=False),
    ),
    required=False,
    purpose="报告发送对象（可选）",
)

# in-year progress (进度通报): optional sheets
SCHEDULES = SheetSpec(
    "时间节点",
    (
        Column("指标", "text", hint="与目标任务中的指标名称一致"),
        Column("月份", "int", hint="节点所在月份，1–12"),
        Column("应完成比例", unit="%", nonempty=False, hint="到该月底应完成年度目标的百分比，填 30 表示 30%"),
        Column("节点要求", "text", nonempty=False, hint="如：4月签订合同、12月验收"),
        Column("进度方式", "choice", choices=("均衡", "集中"), required=False, nonempty=False,
               hint="集中：分批下达、集中完成的工作（如项目立项），节点之间不按月均摊"),
    ),
    required=False,
    purpose="时间节点（可选）：各项目标任务的月度节点，进度通报据此判断快慢；未列的按序时进度",
)
MONTHLY = SheetSpec(
    "月度数据",
    (
        Column("指标", "text", hint="与目标任务中的指标名称一致"),
        Column("单位", "text", required=False, nonempty=False),
    ),
    key="指标",
    extra_numbers=True,
    extra_blank=True,
    required=False,
    purpose="月度数据（可选）：各指标逐月累计数，列名为 1月…12月，进度通报据此显示走势",
)
MEASURES = SheetSpec(
    "下步措施",
    (
        Column("指标", "text", hint="与目标任务中的指标名称一致"),
        Column("下步措施", "text"),
        Column("责任科室", "text", required=False, nonempty=False),
        Column("月份", "int", required=False, nonempty=False, hint="针对哪次通报；可空"),
    ),
    required=False,
    purpose="下步措施（可选）：进展滞后的工作由责任科室填写的下步措施，进度通报引用",
)
RESULTS_SHEET = "指标结果"
PROGRESS_SHEET = "进度"

DATA_SHEETS: tuple[SheetSpec, ...] = (
    PLAN, TARGETS, COUNTY, COUNTY_PREVIOUS, DEPARTMENT, PROGRESS,
    PROJECTS, ENTERPRISES, PLATFORMS, GROWTH, NEXT_YEAR, RECIPIENTS,
    SCHEDULES, MONTHLY, MEASURES,
)


def sheet_spec(name: str) -> SheetSpec:
    """Return the spec of the sheet called ``name``."""
    return next(s for s in DATA_SHEETS if s.name == name)


_UNIT_IN_HEADER = re.compile(r"^(?P<name>.*?)[(\[](?P<unit>[^()\[\]]*)[)\]]\s*$")


_SPACES = re.compile(r"\s+")
_R_AND_D = re.compile(r"(?i)r&d")
_UNIT_PARTS = re.compile(r"[,，]")


def normalize_header(text: object) -> tuple[str, str]:
    """Return (name, unit) of a header cell as people type it.

    ``" 高新技术产业产值 （万元）"`` → ``("高新技术产业产值", "万元")``; full-width forms are folded
    (NFKC), all whitespace is removed, and an R&D spelled ``R＆D`` or ``r&d`` is unified.
    """
    try:
        return _normalized(text)
    except TypeError:  # not hashable: not remembered
        return _normalized.__wrapped__(text)


@functools.lru_cache(maxsize=4096, typed=True)  # pure; the same headers and keys recur
def _normalized(text: object) -> tuple[str, str]:
    s = unicodedata.normalize("NFKC", str(text or ""))
    s = _SPACES.sub("", s)
    s = _R_AND_D.sub("R&D", s)
    unit = ""
    m = _UNIT_IN_HEADER.match(s)
    if m and m.group("unit") and m.group("name"):
        inner = m.group("unit")
        # "地区生产总值(可比价,亿元)": the unit is the last comma-separated part
        parts = _UNIT_PARTS.split(inner)
        if parts[-1] in UNIT_CONVERSIONS or parts[-1] in _PLAIN_UNITS:
            unit = parts[-1]
            rest = ",".join(parts[:-1])
            s = m.group("name") + (f"({rest})" if rest else "")
    return s, unit


_PLAIN_UNITS = {"人", "个", "项", "家", "名", "处", "%", "万人", "万人次", "亿元", "万元", "元", "件", "人年",
                "个百分点", "位", "座", "所"}


def canonical(name: str) -> str:
    """Return a column or key name folded the way ``normalize_header`` folds headers."""
    return normalize_header(name)[0]
