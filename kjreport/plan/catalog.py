"""The catalog (指标目录): how a plan's wording maps to the names of known indicators.

Each entry says which units a target of that indicator is stated in, which responsible
department (责任科室) it defaults to, and the patterns that recognise it. Patterns are regular
expressions searched in the text around one quantity, where ``Q`` marks the quantity itself:
``before Q after``, ``before`` running back to the previous quantity or clause mark (，；。：、)
and ``after`` running on to the next one. ``wide`` patterns also see the previous clause
("其它试点企业和高新技术企业，比重达到3%以上"). The first entry that matches wins, so specific
entries come before general ones. ``topic`` is searched in item titles: a headline target the
body never restates is attached to the item whose title names its subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kjreport.plan.yearwords import YEAR_NUM

Q = "⟨Q⟩"  # marks the quantity's position in a context string
_ = "[^⟨]*"  # any text that does not cross another quantity
# a 市级 entry's name written with no level, or 市级: "国家级工程技术研究中心", "自治区级…" and
# "县级…" are other indicators (their own names), never the city's
NO_OTHER_LEVEL = r"(?<!国家级)(?<!省级)(?<!区级)(?<!县级)(?<!国家)(?<!省)(?<!以上)"


@dataclass(frozen=True)
class CatalogEntry:
    """One known indicator: its name, canonical unit, accepted units and recognising patterns."""

    name: str
    unit: str  # canonical unit targets are stored in
    units: tuple[str, ...]  # units a plan may state it in (converted to ``unit``)
    department: str
    patterns: tuple[str, ...]
    wide: tuple[str, ...] = ()
    topic: str = ""
    # words of one plan's own name ("技术创新提升工程"): another plan's specific name that only shares
    # the generic part ("产业链创新科技重大专项") is its own indicator, not this one
    requires: str = ""
    # a share ("A占B比重") measures its numerator A: when the text names what is shared before 占
    # ("规模以上科技型企业产值继续保持占规模以上工业总产值的47%"), it must be this entry's A
    numerator: str = ""
    compiled: tuple[re.Pattern, ...] = field(init=False, repr=False, compare=False)
    compiled_wide: tuple[re.Pattern, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", tuple(re.compile(p) for p in self.patterns))
        object.__setattr__(self, "compiled_wide", tuple(re.compile(p) for p in self.wide))

    def matches(self, local: str, wide: str) -> bool:
        """Return True when a quantity in ``local`` (its clause) or ``wide`` names this indicator."""
        if self.numerator and not (
            self._numerator_fits(local) and self._numerator_fits(wide.rsplit("，", 1)[-1])
        ):
            return False
        if self._modifies_another(local):
            return False
        return any(p.search(local) for p in self.compiled) or any(
            p.search(wide) for p in self.compiled_wide
        )

    def _modifies_another(self, local: str) -> bool:
        """True when the clause names this indicator only as the modifier of another body's name:
        "新建省级高新技术企业研究开发中心3家" counts research centres, not 高新技术企业 (qa24 F7)."""
        head = local.split(Q, 1)[0]
        said = [m.end() for m in re.finditer(self.topic, head)] if self.topic else []
        return bool(said) and all(BODY_AFTER_MODIFIER.match(head, end) for end in said)

    def _numerator_fits(self, text: str) -> bool:
        """Return True unless the text before 占 names a numerator that is not this share's."""
        head = text.split(Q, 1)[0]
        if "占" not in head:
            return True
        named = re.split(r"[，；。：、]", head.rsplit("占", 1)[0])[-1]
        named = NUMERATOR_FILLER.sub("", named)
        if len(re.findall(r"[\u4e00-\u9fff]", named)) < 2:
            return True  # "…500亿元，占规模以上工业总产值比重40%": the previous target's share
        return bool(re.search(self.numerator, named))

    def fits(self, name: str, sentence: str) -> bool:
        """Return True unless the entry needs its own words (``requires``) and the sentence does
        not have them: "实施技术创新提升工程重大专项10项" fits 技术创新提升工程重大专项,
        "产业链创新科技重大专项10项" does not, nor does a shorter name ("培育100个科技示范园" is not
        农业科技示范园区)."""
        return not self.requires or bool(re.search(self.requires, sentence))


# the head noun of another body named after an indicator's term ("高新技术企业研究开发中心",
# "科技型中小企业孵化器"): the term then only says whose centre it is
BODY_AFTER_MODIFIER = re.compile(
    r"(?:研究开发中心|研发中心|技术中心|工程技术研究中心|工程研究中心|重点实验室|实验室|孵化器|加速器|众创空间"
    r"|工作站|服务站|服务中心|协会|联盟|研究院|产业园|示范基地)"
)


# source unit → (canonical unit, factor)
UNIT_FACTORS: dict[str, tuple[str, float]] = {
    "亿元": ("亿元", 1.0),
    "万元": ("亿元", 1e-4),
    "万人次": ("万人次", 1.0),
    "人次": ("万人次", 1e-4),
}

# words around a share's numerator that name nothing ("全市…继续保持占…")
NUMERATOR_FILLER = re.compile(
    r"(?:全[省市县区]|我[省市县区]|本[省市县区]|力争|确保|努力|要|将|继续|仍|保持|稳定|达到|使|其|的"
    rf"|{YEAR_NUM}年(?:底|末)?|今年|全年|\s)+"
)

MONEY = ("亿元", "万元")
COUNT_ITEMS = ("项", "个")
ORGS = ("家", "个", "户")
PEOPLE = ("人", "名", "位")
RD = r"(?:R&D|研发|研究与试验发展)"
# the clause names no other spender before R&D ("科研院所研发经费支出" is not 全社会's, nor is
# "政府财政科技研发投入": the government's budget for it)
NO_SUBJECT = r"(?:(?!企业|院所|高校|高等学校|机构|单位|园区|高新区|规上|规模以上|财政|政府)[^⟨])*?"
# …nor a share of R&D ("基础研究经费支出占社会R&D投入强度" is not the R&D intensity)
NO_SHARE = r"(?:(?!占|企业|院所|高校|高等学校|机构|单位|园区|高新区|规上|规模以上)[^⟨])*?"

CATALOG: tuple[CatalogEntry, ...] = (
    # --- amounts of money (亿元) — specific before general
    CatalogEntry(
        "一区五园高新技术产业产值",
        "亿元",
        MONEY,
        "高新科",
        (rf"一区五园{_}产值{_}{Q}",),
        topic=r"一区五园",
    ),
    CatalogEntry("重点企业产值", "亿元", MONEY, "高新科", (rf"重点企业{_}产值{_}{Q}",)),
    CatalogEntry(
        "高新技术产业产值",
        "亿元",
        MONEY,
        "高新科",
        (rf"高新技术产业.{{0,6}}产值{_}{Q}", rf"高新技术产品产值{_}{Q}"),
        topic=r"高新技术产业",
    ),
    CatalogEntry(
        "企业R&D经费投入", "亿元", MONEY, "计划科", (rf"企业{RD}{_}(?:投入|经费|支出){_}{Q}",)
    ),
    CatalogEntry(
        "全社会R&D经费投入",
        "亿元",
        MONEY,
        "计划科",
        (rf"^{NO_SUBJECT}{RD}(?:经费)?(?:投入|支出)(?![^⟨]*(?:奖|补|资金))[^⟨]*{Q}",),
        topic=r"全社会(?:R&D|研发)投入|融投资",
    ),
    # --- percentages
    CatalogEntry(
        "重点企业产值占高新技术产业产值比重",
        "%",
        ("%",),
        "高新科",
        (rf"占{_}高新技术产业(?:总)?产值{_}{Q}",),
        numerator=r"重点企业",
    ),
    CatalogEntry(
        "高新技术产业产值占规模以上工业总产值比重",
        "%",
        ("%",),
        "高新科",
        (
            rf"占{_}规模以上工业(?:总)?产值[^⟨]*{Q}",
            rf"高新技术产业(?:总)?产值(?![^⟨]*(?:增加值|GDP|生产总值)){_}(?:占比|比重){_}{Q}",
        ),
        # what is shared: 高新技术产业 (or 产品) 产值 — not 科技型企业产值 nor 高新技术企业产值
        numerator=r"高新技术(?:产业|产品)|高新产业|高技术产业",
    ),
    CatalogEntry(
        "全社会R&D经费投入占GDP比重",
        "%",
        ("%",),
        "计划科",
        (
            rf"^{NO_SUBJECT}{RD}{_}占{_}(?:GDP|生产总值){_}{Q}",
            rf"^{NO_SHARE}{RD}{_}(?:投入)?强度{_}{Q}",
        ),
    ),
    CatalogEntry(
        "创新型企业R&D经费占销售收入比重",
        "%",
        ("%",),
        "政策法规科",
        (rf"(?<!试点)创新型企业{RD}{_}占{_}(?:销售|主营业务)收入{_}{Q}",),
    ),
    CatalogEntry(
        "高新技术企业和试点企业R&D经费占销售收入比重",
        "%",
        ("%",),
        "政策法规科",
        (rf"(?:试点企业|高新技术企业){RD}{_}占{_}收入{_}{Q}",),
        wide=(rf"(?:试点企业|高新技术企业)，比重{_}{Q}",),
    ),
    # (not "农业科技进步贡献率", "消费对经济增长的贡献率", "四大主导产业对经济增长贡献率" (宁夏
    # 2020): another sector's, another driver's)
    CatalogEntry(
        "科技进步贡献率",
        "%",
        ("%",),
        "计划科",
        # (nor "工资性收入对农民增收的贡献率" (泉州 2011): an income's share of the rise in income)
        (rf"^(?:(?!农业|林业|消费|投资|出口|人才|产业|工业|服务业|企业|收入|增收|就业|税收)[^{Q[0]}])*贡献率{_}{Q}",),
        topic=r"贡献率",
    ),
    # --- projects (项)
    CatalogEntry(
        "列入国家和省科技重大专项",
        "项",
        COUNT_ITEMS,
        "计划科",
        (rf"(?:国家|省){_}重大(?:科技)?专项{_}{Q}",),
    ),
    CatalogEntry(
        "技术创新提升工程重大专项",
        "项",
        COUNT_ITEMS,
        "计划科",
        (rf"重大(?:科技)?专项{_}{Q}", rf"{Q}{_}重大(?:科技)?专项"),
        requires=r"技术创新提升",
    ),
    CatalogEntry(
        "省级以上科技计划项目",
        "项",
        COUNT_ITEMS,
        "计划科",
        (rf"省(?:级)?以上{_}计划{_}{Q}", rf"国家(?:级)?和省(?:级)?{_}计划{_}{Q}"),
        topic=r"科技项目争取|项目争取",
    ),
    CatalogEntry(
        "省科技成果重点推广计划项目",
        "项",
        COUNT_ITEMS,
        "成果科",
        (rf"推广计划{_}{Q}", rf"{Q}{_}推广计划"),
        topic=r"成果推广",
    ),
    CatalogEntry(
        "民生科技关键技术研发及成果转化",
        "项",
        COUNT_ITEMS,
        "社发科",
        # (not "有利于调结构、补短板、惠民生的190个盟级重点项目": a purpose of other projects)
        (rf"(?<![惠保善])民生(?!的|实事){_}{Q}", rf"(?:关键|核心)技术[^⟨]*(?:研发|转化){_}{Q}"),
        topic=r"民生|公共卫生",
        requires=r"民生",
    ),
    CatalogEntry(
        "节能新技术新装备推广",
        "项",
        COUNT_ITEMS,
        "社发科",
        (rf"节能{_}(?:新技术|新装备|新产品){_}{Q}",),
    ),
    CatalogEntry(
        "重大节能降耗减排科技项目",
        "项",
        COUNT_ITEMS,
        "社发科",
        (rf"(?:节能|减排){_}项目{_}{Q}",),
        topic=r"节能",
    ),
    CatalogEntry(
        "重要科技成果",
        "项",
        COUNT_ITEMS,
        "成果科",
        (rf"(?:重要|取得|获得){_}科技成果(?!转化|推广|重点推广){_}{Q}",),
        topic=r"成果产出",
    ),
    # --- enterprises and platforms (家/个/处)
    CatalogEntry(
        "省级创新型试点企业",
        "家",
        ORGS,
        "政策法规科",
        (rf"省级创新型试点企业{_}{Q}", rf"{Q}省级创新型试点企业"),
    ),
    CatalogEntry(
        "市级创新型试点企业",
        "家",
        ORGS,
        "政策法规科",
        (
            rf"{NO_OTHER_LEVEL}创新型试点企业{_}{Q}",
            rf"{Q}(?:市级)?{NO_OTHER_LEVEL}创新型试点企业",
        ),
    ),
    CatalogEntry(
        "创新型企业",
        "家",
        ORGS,
        "政策法规科",
        # (not "省级创新型企业1家": a count at another level, its own indicator — 承德 2016)
        (rf"{NO_OTHER_LEVEL}创新型企业{_}{Q}", rf"{Q}创新型企业"),
        topic=r"创新型企业",
    ),
    CatalogEntry(
        "高新技术企业",
        "家",
        ORGS,
        "高新科",
        # (not "1000家高企培育种子企业": the firms groomed to become ones)
        (rf"(?:高新技术企业|高企){_}{Q}", rf"{Q}(?:高新技术企业|高企)(?!培育|后备|种子)"),
        topic=r"高新技术企业",
    ),
    CatalogEntry(
        "省级工程技术研究中心",
        "家",
        ORGS,
        "合作科",
        (rf"省级(?:以上)?工程技术(?:研究)?中心{_}{Q}", rf"{Q}省级工程技术(?:研究)?中心"),
    ),
    CatalogEntry(
        "市级工程技术研究中心",
        "家",
        ORGS,
        "合作科",
        (
            rf"{NO_OTHER_LEVEL}工程技术(?:研究)?中心{_}{Q}",
            rf"{Q}(?:市级)?{NO_OTHER_LEVEL}工程技术(?:研究)?中心",
        ),
    ),
    # (not "建设产业知识产权联盟10个以上" (浙江 2020): an alliance of another kind)
    CatalogEntry(
        "产业技术创新战略联盟", "家", ORGS, "合作科", (rf"联盟{_}{Q}", rf"{Q}{_}联盟"),
        requires=r"(?:技术|创新|战略|产学研)[^，；。]{0,8}联盟",
    ),
    CatalogEntry("院士工作站", "个", ORGS, "合作科", (rf"院士工作站{_}{Q}", rf"{Q}{_}院士工作站")),
    CatalogEntry(
        "农业科技示范园区",
        "处",
        ("处", "个", "家"),
        "农村科",
        # (not "做好4个核桃示范园和6个蔬菜示范园的建设" (大羊 2011): a crop's plots)
        # (nor "创建省级设施蔬菜(含食用菌)标准化示范园区15个" (山西 2021): a crop's standard parks; nor
        # "建设200个现代农业产业融合示范园区" (四川 2018): parks of another programme)
        (rf"(?:农业|科技|农科)[^⟨和及与、，；（(]{{0,8}}?示范园[^⟨和及与]{{0,12}}{Q}", rf"{Q}(?:[^⟨和及与、]{{0,8}}?(?:农业|科技)(?!产业融合)[^⟨和及与、]{{0,6}}?)?示范园"),
        requires=r"农业",  # "培育100个科技示范园" (village plots) is its own indicator
    ),
    CatalogEntry(
        "产学研合作企业",
        "家",
        ORGS,
        "合作科",
        (rf"{Q}企业{_}(?:高校|院所|科研院所)", rf"产学研{_}企业{_}{Q}"),
    ),
    # --- people
    CatalogEntry(
        "来市指导院士",
        "名",
        PEOPLE,
        "合作科",
        (rf"{Q}(?:两院)?院士(?!工作站)",),
        requires=r"来[^，。；]{0,8}指导",
    ),
    CatalogEntry(
        "来市指导专家", "名", PEOPLE, "合作科", (rf"{Q}{_}专家",), requires=r"来[^，。；]{0,8}指导"
    ),
    CatalogEntry(
        "科技特派员",
        "人",
        PEOPLE,
        "农村科",
        (rf"科技特派员{_}{Q}", rf"{Q}科技特派员"),
        topic=r"科技特派员",
    ),
    CatalogEntry("利益共同体", "个", ORGS, "农村科", (rf"利益共同体{_}{Q}", rf"{Q}利益共同体")),
    CatalogEntry(
        "培训农民",
        "万人次",
        ("万人次", "人次"),
        "农村科",
        (rf"培训{_}{Q}", rf"{Q}{_}培训"),
        # (农民工职业技能培训 trains migrant workers for jobs, not farmers in farming: 寿县 2023)
        requires=r"农民(?!工)|农村|农业|农技",
    ),
)

# Quantities that describe a group rather than set a target ("对30家重点企业加大扶持").
NOT_TARGETS: tuple[re.Pattern, ...] = (
    re.compile(rf"{Q}重点企业"),
    re.compile(rf"(?:成立|建党|周年|第){Q}"),
    # who qualifies: "特派员年龄不超过58岁", "年满60周岁的老人"
    re.compile(rf"(?:年龄|年满)[^⟨，。；]{{0,6}}{Q}"),
)


def find_entry(local: str, wide: str, unit: str) -> CatalogEntry | None:
    """Return the first catalog entry that accepts ``unit`` and whose patterns match, or None."""
    for entry in CATALOG:
        if unit in entry.units and entry.matches(local, wide):
            return entry
    return None


def is_not_target(local: str) -> bool:
    """Return True when the quantity merely describes a group (not a target)."""
    return any(p.search(local) for p in NOT_TARGETS)


def entry(name: str) -> CatalogEntry:
    """Return the catalog entry called ``name``."""
    return next(e for e in CATALOG if e.name == name)


def convert(value: float, unit: str, to: str) -> float:
    """Return ``value`` stated in ``unit`` expressed in the canonical unit ``to``."""
    if unit == to:
        return value
    canonical, factor = UNIT_FACTORS.get(unit, (unit, 1.0))
    if canonical != to:
        return value  # counts: 名 ↔ 人, 个 ↔ 家 are the same number
    return round(value * factor, 10)
