"""Text normalisation for plan documents: one canonical spelling of digits and punctuation.

Plans copied from web pages mix ASCII and full-width forms ("(一)", "１２００人", "26．5%",
"发展,促进"). Parsing works on one spelling: ASCII digits, letters and %, Chinese punctuation.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

CN_DIGITS = "一二三四五六七八九"

_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}  # ０-９
_FULLWIDTH.update({code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FULLWIDTH.update({code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FULLWIDTH.update({ord("％"): "%", ord("＆"): "&", ord("\u3000"): " ", ord("\xa0"): " "})
# "⒋" (DIGIT FOUR FULL STOP) left by a transcoding: "失业率控制在⒋2以内" (内蒙古 2008) is 4.2
_FULLWIDTH.update({0x2488 + k: f"{k + 1}." for k in range(20)})  # ⒈-⒛
# the small form variants some pages type ("……45万吨﹔著力提升畜禽产能" (思南 2022)): the marks themselves
_FULLWIDTH.update({ord(k): v for k, v in zip("﹐﹑﹒﹔﹕﹖﹗﹙﹚", "，、.；：？！（）", strict=True)})

_TO_CHINESE = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"}

# Pages that print the pinyin after a character ("會(huì)議", "發（fā）展"): the reading is dropped.
# A tone mark is required, so "(R&D)", "(GDP)" and "(试行)" are kept.
# (a word's reading has a tone mark on each syllable: "组建（zǔjiàn）", "跨区（kuàqū）域" (西咸 2025))
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])[(（](?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])+[a-zü]*[)）]")
# A reposting site may have garbled the gloss's opening bracket and the character into "?"
# ("項目?jī)?chǔ)備"): a "?" run into a tone-marked reading and a closing bracket is dropped too.
_LOST_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff)）])[?？][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]*[)）]"
)
# Characters that only traditional Chinese uses and every traditional plan contains some of.
_TRADITIONAL_HINT = re.compile(
    "[們個來為這發會國對時當說過還進與開關學業經產動區實現體點門問題長頭見電書義務農術"
    "計劃統級萬億項質據創於將網臺灣辦廳縣範標總費條]"
)
_converter = None


# a total run into the next clause with no mark between ("增长20%以上,总量达2100亿元主营业务收入增长25%以上",
# 江西 2008): the total closes its clause when a name and a figure of its own follow
_GLUED_TOTAL = re.compile(
    r"((?:总量|总数|总额|总规模)(?:达到?|突破|超过)\d+(?:\.\d+)?(?:万亿元|亿元|万元|万吨|万人|个|家|项|件|户))"
    r"(?!以上|以下|左右|以内|的|和|及|或|大关|人民币)(?=[^，。；、,;]{1,20}?(?:增长|提高|下降|达到?|实现|突破)[^，。；、,;\d]{0,10}\d)"
)


# a goal raised during the year, in one sentence: "力争全年重点项目投资完成2000亿元以上，日前决定在年初的
# 基础上再增加200亿元，全年力争达到2200亿元" (新疆 2012) — the raised goal stands in the first one's place
# (only when the old goal and the increase add up to the new one)
_RAISED_GOAL = re.compile(
    r"(?P<old>\d+(?:\.\d+)?)(?P<unit>万亿元|亿元|万元|万吨|万人|万亩|个|家|项|件|户|人)(?P<bound>以上|左右)?"
    r"[，,][^，。；]{0,8}?在(?:年初|原定?|原有|既定|年初确定)的?(?:目标|计划|任务)?的?基础上[，,]?再?"
    r"(?:增加|提高|上调|调增|追加|增)(?P<inc>\d+(?:\.\d+)?)(?P=unit)[，,]"
    r"(?:全年)?(?:力争|争取|确保)?(?:达到|调整为|提高到|提高至|增至|调增至|上调至|为)(?P<new>\d+(?:\.\d+)?)(?P=unit)"
)


def _raised_goal(m: re.Match) -> str:
    if abs(float(m["old"]) + float(m["inc"]) - float(m["new"])) > 1e-9:
        return m.group()
    return f"{m['new']}{m['unit']}{m['bound'] or ''}"


# a season across the turn of the year: "2016年冬2017年春" (海南 2017), "2014年冬至2015年春" (凤冈 2015) —
# the crop of that winter and spring is the later year's
_WINTER_SPRING = re.compile(r"((?:19|20)\d\d)年冬季?(?:至|到|—|-)?((?:19|20)\d\d)年春季?")


def _season_year(m: re.Match) -> str:
    return f"{m[2]}年冬春" if int(m[2]) == int(m[1]) + 1 else m.group()


@lru_cache(maxsize=8192)  # plan import reads each line several times (tree, targets, review)
def normalize(text: str) -> str:
    """Return ``text`` with ASCII digits/letters/% and Chinese punctuation, trimmed.

    ``"(一)深入开展,推进１２００人"`` → ``"（一）深入开展，推进1200人"``. A comma or colon between
    digits ("1,200", "11:47") is kept (thousands separators are removed).
    """
    s = join_spaced_digits(_PINYIN.sub("", _LOST_GLOSS.sub("", text.translate(_FULLWIDTH))))
    s = re.sub(r"(?<=\d)[．.](?=\d)", ".", s)
    # a decimal point typed as a full stop: "GDP38。02亿元，增长9。5%" (洛南 2009)
    s = re.sub(r"(?<=\d)。(?=\d+\s*(?:亿|億|万|萬|元|%|‰|个|個|家|人|亩|畝|吨|噸))", ".", s)
    # a full stop typed as "." between sentences: "三是建成1个千亩以上示范园.四是……", "任务1276.已完成"
    # (not a list's "1.高新技术企业": a number opening a line or a clause)
    s = re.sub(r"(?<=[\u4e00-\u9fff])[．.](?=[\u4e00-\u9fff])", "。", s)
    s = re.sub(r"(?<=[\u4e00-\u9fff])(\d+)[．.](?=[\u4e00-\u9fff])", r"\1。", s)
    s = re.sub(r"(?<=\d)[,，](?=\d{3}(?!\d))", "", s)  # 1,200 → 1200
    s = re.sub(r"[,;:()!?]", lambda m: _keep_between_digits(s, m), s)
    # "6 城镇、农村常住居民……" (a table's row number, a space, the text): the number is an ordinal
    s = _ROW_NUMBER.sub(r"\1、", s)
    s = _HERD_UNIT_ALTERNATIVE.sub("", s)  # "2500万头（只）左右": one unit, and its 左右 next to it
    s = re.sub(r"(?<=[\d万])人[（(]次[)）]", "人次", s)  # "培训农民450万人(次)": 人次 written apart
    # "5年平均递增22%" (辽中 2010): the plan period's yearly average, a 年均 rate
    s = re.sub(r"(?<![\d.年])(?:[2-9]|十)年(?:平均|年均)(?=递增|增长)", "年均", s)
    # "……建设，部署力争实现旅游总收入8.4亿元" (海南州 2014): the verb that announces the goal is no name
    s = re.sub(r"(?<=[\u4e00-\u9fff，,])(部署|要求|提出|强调|明确)(?=力争|确保|争取)", r"\1，", s)
    # "农业总产值104亿元以上、年均增10%以上" (师宗 2025): 增 for 增长 before a rate
    s = re.sub(r"(年均|同比|比上年|较上年)增(?=\s*\d+(?:\.\d+)?\s*%)", r"\1增长", s)
    # "2017是该县实施“5550”工程的第一年" (长兴 2018): a year written without its 年
    s = re.sub(r"(?<![\d.])((?:19|20)\d\d)(?=是[^，。；]{0,30}?(?:第一年|之年|一年)[，,])", r"\1年", s)
    s = _GLUED_TOTAL.sub(r"\1；", s)  # "总量达2100亿元主营业务收入增长25%以上": the total ends its clause
    s = _RAISED_GOAL.sub(_raised_goal, s)  # "2000亿元以上，…再增加200亿元，全年力争达到2200亿元"
    s = _PER_HUNDRED.sub(_percent, s)  # "百分之二点五" → "2.5%"
    s = _CN_YEAR.sub(lambda m: m.group().translate(_CN_YEAR_DIGITS), s)  # "到二0一二年" → 2012年
    s = _WINTER_SPRING.sub(_season_year, s)  # "2016年冬2017年春" → "2017年冬春"
    # a heading's year run into its word, no 年: "2022成绩单" (铁岭 2023), "2013展望" (湖北 2013)
    s = re.sub(r"^(\s*(?:19|20)\d\d)(?=(?:展望|答卷|成绩单|回顾|盘点|看点)\s*[：:！!]?\s*$)", r"\1年", s)
    # "单位工业增加用水量下降2%" (宁夏 2022): the 值 of 增加值 dropped in typing
    s = re.sub(r"(?<=工业)增加(?=用水量|能耗|水耗|电耗|二氧化碳)", "增加值", s)
    # "主营业务收入3万8000亿元": a number spoken in 万 and what is left over, one number
    s = _TEN_THOUSANDS.sub(lambda m: str(int(m[1]) * 10000 + int(m[2])), s)
    s = re.sub(r"[ \t]+(?=[\u3000-\u9fff\uff00-\uffef])", "", s)
    s = re.sub(r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t]+", "", s)
    # marks doubled in copying: "会议确定，，今年…", "新增重点实验室，、研究中心" (兰州高新区 2024)
    s = re.sub(r"，(?:，)+", "，", s)
    s = re.sub(r"，、|、，", "、", s)
    return s.strip()


# Forum pages (Discuz's 防采集) strew random runs of short ASCII tokens through a post ("增长15%以上4 t%
# ~; K3 G, O", 大理 2013): four tokens or more of one to three characters, two of them with a mark.
_JAMMER = re.compile(r"(?:(?<=[^\x00-\x7f])|^)[ \t]*(?:[!-~]{1,3}[ \t]+){3,}[!-~]{1,3}[ \t]*(?=[^\x00-\x7f]|$)", re.M)
_MARK = re.compile(r"[!-/:-@\[-`{-~]")


def without_jammer(text: str) -> str:
    """Return a line of a forum's post without its anti-copy strings (before any table or
    punctuation reading: the strings hold "|" and ASCII marks), and a spam site's words spliced into
    the text ("單位GDP能光算谷歌seotrong>光算谷歌外链耗降低2.5%" (湖北 2024))."""
    return _JAMMER.sub(_jammed, _SEO_SPAM.sub("", text))


# words a link-farm site splices into copied pages
_SEO_SPAM = re.compile(r"光算(?:谷歌|百度|google)?(?:seo|SEO|外链|蜘蛛池|爬虫池|蜘蛛|爬虫)|(?:</?s)?trong>|</?strong>")


# a 政府工作报告's review heading run into its paragraph: "…提出意见。 一、2017年工作回顾2017年是…"
# (郧阳 2018): the heading opens a part of its own, and the text after it is that part's
_REVIEW_HEADING_RUN_IN = re.compile(
    r"(?<=[。！；])\s*(?P<heading>[一二三四五六七八九十]{1,2}、(?:(?:19|20)\d\d年)?(?:工作)?回顾)\s*(?=\S)"
)


def review_headings_apart(text: str) -> list[str]:
    """Return ``text`` cut before and after a review heading run into it (one piece if none)."""
    if _REVIEW_HEADING_RUN_IN.search(text) is None:
        return [text]  # (a blank line stays: it parts paragraphs)
    return [piece for piece in _REVIEW_HEADING_RUN_IN.split(text) if piece.strip()]  # the heading is the group


# a page copied onto one line: its title, the publication date, then the body ("乌兰察布市马铃薯播种面积
# 将继续保持400万亩 发布时间:2013-5-24 今年,作为……"); the date parts the title from the body
_DATELINE_RUN_IN = re.compile(
    r"^(?P<title>[^。；！？]{4,60}?)\s+(?P<date>(?:发布|發布|更新)(?:时间|時間|日期)\s*[:：]\s*\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s+(?P<body>\S.*)$"
)


# a headline with the portal's address, date and source run onto it: "……明年力争种糖蔗15万亩http://www.sina.com.cn
# 2007年12月13日 09:44 金牛财顺" (博白 2008)
_CREDIT_RUN_IN = re.compile(r"^(?P<title>[^。；！？]{4,60}?)\s*(?P<credit>https?://\S+\s+\d{4}年\d{1,2}月\d{1,2}日[^。；！？]{0,30})$")


def dateline_apart(text: str) -> list[str]:
    """Return ``text`` cut into title, date line and body when a page was copied onto one line
    (one piece when it was not)."""
    plain = _PINYIN.sub("", _LOST_GLOSS.sub("", text))  # "發(fā)布時(shí)間" glossed
    if m := _DATELINE_RUN_IN.match(plain):
        return [m["title"], m["date"], m["body"]]
    if m := _CREDIT_RUN_IN.match(plain):
        return [m["title"], m["credit"]]
    return [text]


# a list of items run into one line with middle dots: "…旧改项目·完成河东…3个小区“美丽家园”建设 ·新增人才公寓
# 房源242间 ·启动…" (江川路 2023); three or more dots, or a line that opens with one, make it a
# list, not a name ("中国·泉州")
_RUN_IN_BULLET = re.compile(r"\s*[·•]\s*(?=\S)")


def bullets_apart(text: str) -> str:
    """Return ``text`` with the middle dots of a run-in list written as clause breaks (；)."""
    if len(re.findall(r"[·•]", text)) < 3 and not re.match(r"\s*[·•].*[·•]", text):
        return text  # (a line that opens with one is a bullet line: "·争取……项目·完成……")
    return _RUN_IN_BULLET.sub("；", text.strip()).lstrip("；")


def _jammed(m: re.Match) -> str:
    """Return "" for a run of anti-copy tokens, else the run as it was ("R&D 投入", "1 2 3 4")."""
    tokens = m.group().split()
    marked = sum(1 for t in tokens if _MARK.search(t))
    return "" if marked >= 2 and any(c.isalpha() for c in m.group()) else m.group()


# the other animals a herd's count takes in: "牲畜饲养量稳定在2500万头（只）左右", "（只、口）"
_HERD_UNIT_ALTERNATIVE = re.compile(r"(?:(?<=\d[头只口匹羽])|(?<=\d[万亿][头只口匹羽]))（[头只口匹羽、]{1,5}）")
_TEN_THOUSANDS = re.compile(r"(?<![\d.])(\d{1,4})万(\d{4})(?![\d.])")


# a deadline year written in Chinese numerals, the zero often typed as a digit: "到二0一二年" (南京 2010)
# (only after 到/至: "…和二〇三五年远景目标纲要》" names a document, and a 范文's "二0一二年" body under a
# 2023 title is left as written)
_CN_YEAR = re.compile(r"(?<=[到至])(?:一九|二[〇零0○])[0-9〇零○一二三四五六七八九]{2}(?=年)")
_CN_YEAR_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


# a percentage written in words: "研发投入强度达到百分之二点五", "百分之十五" (a formal text's style),
# and per mille: "人口自然增长率控制在千分之四点五以内" (四川 2009)
_PER_HUNDRED = re.compile(r"(百|千)分之([一二三四五六七八九十]{1,3})(?:点([零〇一二三四五六七八九]{1,3}))?")


def _percent(m: re.Match) -> str:
    whole = cn_value(m.group(2))
    if whole is None:
        return m.group()
    sign = "%" if m.group(1) == "百" else "‰"
    decimals = "".join(str("零一二三四五六七八九".index(ch.replace("〇", "零"))) for ch in m.group(3) or "")
    return f"{whole}.{decimals}{sign}" if decimals else f"{whole}{sign}"


_ROW_NUMBER = re.compile(r"^[ \t\u3000]*(\d{1,2})[ \t\u3000]+(?=[\u4e00-\u9fff])(?!" + "[年月日号时点个家项人名位次万亿千百元倍件所处座台套篇户场期批条部支种]" + ")")


# Text copied from a PDF may put a space between every digit ("达到3 5 0件以上", "比重达到5 2%",
# "1 2 0亿"). A run of single digits with single spaces between them is one number when a unit
# or % follows it at once. A run after a number and a list mark ("2、3 5家") or after another
# number ("20 3 5家") is left alone: those are separate numbers.
_UNIT_AFTER = r"(?:%|‰|万|亿|千|百|公里|[元亩吨项家个人名位处件所座台套篇户只头株场期批条部支种倍次])"
_SPACED_DIGITS = re.compile(
    r"(?<![\d.])(?<!\d )(?<!\d[、，,])(?<!\d[、，,] )(?P<run>\d(?: \d)+)(?=" + _UNIT_AFTER + ")"
)


_NOT_AFTER_NUMBER = r"(?<![\d.])(?<!\d )(?<!\d[、，,])(?<!\d[、，,] )"
# Other spacings a PDF copy leaves inside one number: a space on one side of the decimal point
# ("突破 3 .1 %", "达6. 8 件以上"; "1 . 5%", spaced on both sides, stays apart), a space before %
# ("突破 3 %"), thousands set off by a space ("超过 1 000 家"), a year in pieces ("到202 4 年",
# "20 22 —202 4 年"). A point at the start of a line is an item number ("6. 8家企业…").
_SPACED_FORMS = (
    re.compile(
        r"(?<![\d.])(?P<run>\d+(?: [.．]|[.．] )\d+(?: ?[%‰]|(?= ?" + _UNIT_AFTER + r")))"
    ),
    re.compile(r"(?<![\d.])(?P<run>\d+(?:\.\d+)? +[%‰])"),
    re.compile(_NOT_AFTER_NUMBER + r"(?P<run>\d{1,3}(?: \d{3})+)(?= ?" + _UNIT_AFTER + ")"),
    re.compile(r"(?<![\d.])(?P<run>(?:1 ?9|2 ?0)(?: ?\d){2})(?= ?(?:年|[—–\-~～至到] ?\d))"),
)


def _joined(m: re.Match) -> str:
    """Return the match with its spaces removed, unless it opens the line (an item number)."""
    if m.re is _SPACED_FORMS[0] and not m.string[: m.start()].strip():
        return m.group()
    return m.group().replace(" ", "")


def join_spaced_digits(text: str) -> str:
    """Return ``text`` with PDF-spaced numbers joined: ``"达到3 5 0件"`` → ``"达到350件"``,
    ``"突破 3 .1 %"`` → ``"突破 3.1%"``, ``"超过 1 000 家"`` → ``"超过 1000 家"``;
    ``"2、3 5家"`` and ``"2019 12 31"`` stay as they are."""
    text = _SPACED_DIGITS.sub(lambda m: m["run"].replace(" ", ""), text)
    for form in _SPACED_FORMS:
        text = form.sub(_joined, text)
    return text


def spaced_numbers(text: str) -> list[str]:
    """Return the PDF-spaced numbers ``join_spaced_digits`` joins in ``text`` (``["3 5 0件"]``)."""
    s = text.translate(_FULLWIDTH)
    found = [m["run"] + s[m.end()] for m in _SPACED_DIGITS.finditer(s)]
    s = _SPACED_DIGITS.sub(lambda m: m["run"].replace(" ", ""), s)
    for form in _SPACED_FORMS:
        found += [m["run"] for m in form.finditer(s) if _joined(m) != m.group()]
        s = form.sub(_joined, s)
    return found


def _keep_between_digits(s: str, m: re.Match) -> str:
    ch = m.group()
    if ch == ":":
        i = m.start()
        if 0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit():
            return ch
    return _TO_CHINESE[ch]


def cn_number(n: int) -> str:
    """Return the Chinese numeral for 1 ≤ n ≤ 99: 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一; beyond,
    as written in full: 100 → 一百, 101 → 一百零一, 110 → 一百一十, 1005 → 一千零五."""
    if n >= 100:
        return _cn_large(n)
    if n < 10:
        return CN_DIGITS[n - 1]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN_DIGITS[tens - 1]
    return head + "十" + (CN_DIGITS[ones - 1] if ones else "")


def _cn_large(n: int) -> str:
    out, zero = "", False
    for value, name in ((10**12, "万亿"), (10**8, "亿"), (10**4, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if not digit:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += (_cn_large(digit) if digit >= 10 else CN_DIGITS[digit - 1]) + name
    return out


def cn_value(numeral: str) -> int | None:
    """Return the integer a Chinese numeral (一 … 九十九) stands for, or None."""
    if not numeral or any(ch not in CN_DIGITS + "十" for ch in numeral):
        return None
    if "十" not in numeral:
        return CN_DIGITS.index(numeral) + 1 if len(numeral) == 1 else None
    head, _, tail = numeral.partition("十")
    tens = 1 if not head else (CN_DIGITS.index(head) + 1 if len(head) == 1 else None)
    ones = 0 if not tail else (CN_DIGITS.index(tail) + 1 if len(tail) == 1 else None)
    if tens is None or ones is None:
        return None
    return tens * 10 + ones


def has_pinyin(text: str) -> bool:
    """Return True when ``text`` prints the pinyin after its characters ("會(huì)議")."""
    return bool(_PINYIN.search(text) or _LOST_GLOSS.search(text))


def is_traditional(text: str) -> bool:
    """Return True when ``text`` is written in traditional characters (繁體)."""
    return len(_TRADITIONAL_HINT.findall(text)) >= 2


def to_simplified(lines: list[str]) -> list[str] | None:
    """Return ``lines`` converted from traditional to simplified characters, or None when the
    converter (opencc-python-reimplemented, offline dictionaries) is not installed.

    Character by character with OpenCC's TSCharacters table (first candidate): plans are prose
    about numbers and indicator names, where phrase-level choices do not change a reading, and a
    40,000-character plan converts in milliseconds instead of half a second.
    """
    table = _t2s_table()
    if table is None:
        return None
    return [line.translate(table) for line in lines]


# variant forms OpenCC's table does not list: "天堿地區" (天津 2011) is 天碱地区
_VARIANTS = {"堿": "碱"}


def _t2s_table() -> dict[int, str] | None:
    global _converter
    if _converter is None:
        try:
            import opencc
        except ImportError:
            return None
        path = Path(opencc.__file__).with_name("dictionary") / "TSCharacters.txt"
        table: dict[int, str] = {}
        if path.exists():
            for row in path.read_text("utf-8").splitlines():
                key, _, values = row.partition("\t")
                if len(key) == 1 and values.strip():
                    table[ord(key)] = values.split()[0]
        else:  # another OpenCC binding: its converter, one character at a time
            try:
                convert = opencc.OpenCC("t2s").convert
            except Exception:  # noqa: BLE001 — the C++ binding wants "t2s.json"
                convert = opencc.OpenCC("t2s.json").convert
            table = _TableFromConverter(convert)
        for variant, simple in _VARIANTS.items():
            table.setdefault(ord(variant), simple)
        _converter = table
    return _converter


class _TableFromConverter(dict):
    """A str.translate table that asks a converter for each character it has not seen."""

    def __init__(self, convert) -> None:
        super().__init__()
        self.convert = convert

    def __missing__(self, code: int) -> str:
        self[code] = out = self.convert(chr(code))
        return out


