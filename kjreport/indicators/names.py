"""Tolerant indicator names: the key two spellings of one indicator share (名称容错).

``name_key`` folds what people vary when they type an indicator's name — spaces, full-width
characters, R&D spelt ``R＆D``/``r&d``/``研发``, a unit in brackets, a leading 全市/全县, a
trailing 数/数量/总数, the particle 的 — so ``全市 高新技术企业数（家）`` and ``高新技术企业``
meet. Synonyms that differ in words (``R&D经费投入强度`` = ``全社会R&D经费支出占GDP比重``) are
the catalogue's job, not this module's.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_BRACKETS = re.compile(r"[(\[【〔（][^()\[\]【】〔〕（）]*[)\]】〕）]")
_PLACE = re.compile(r"^(全市|全县|全区|全省|本市|我市|全州|全盟|全旗)(?!社会)")
_COUNT_SUFFIX = re.compile(r"(总数|数量|个数|家数|总量|数)$")
_KEEP_SUFFIX = ("指数", "系数", "次数", "人数", "件数", "户数")
# a money figure per head (人均可支配收入, 人均生产总值): stated in 元 or 万元, never in 亿元
_RD_INTENSITY = re.compile(
    r"^(?:全社会)?R&D(?:经费)?(?:投入|支出)?(?:占|/|与)?GDP(?:之)?(?:比重|比例|之比)$"
    r"|^(?:全社会)?R&D(?:经费)?(?:投入|支出)?(?:强度|比例)$"
)
PER_HEAD_MONEY = re.compile(r"(?:人均|每人)[^，；。]*(?:收入|生产总值|GDP|产值|工资|支出|消费|存款|财政)")


def clean(name: object) -> str:
    """Return ``name`` with full-width forms folded, spaces removed and R&D spelt one way."""
    s = unicodedata.normalize("NFKC", str(name or ""))
    s = re.sub(r"\s+", "", s)
    return re.sub(r"(?i)r&d", "R&D", s)


def name_key(name: object) -> str:
    """Return the matching key of an indicator name (see the module docstring)."""
    # a plan's every row is matched against the catalogue's ~200 names: each is keyed once
    return _text_key(name) if type(name) is str else _key(name)


@functools.lru_cache(maxsize=4096)
def _text_key(name: str) -> str:
    return _key(name)


def _key(name: object) -> str:
    s = clean(name)
    s = _BRACKETS.sub("", s) or s
    s = s.replace("研究与试验发展", "R&D").replace("研发", "R&D").replace("的", "")
    s = s.replace("规模以上", "规上").replace("地区生产总值", "GDP").replace("生产总值", "GDP")
    # 有研发活动的规上企业占比 = …规上工业企业占比; 有效发明专利拥有量 = 发明专利拥有量 (what is
    # 拥有 is in force): one indicator however a plan words its scope (qa13 F12)
    s = s.replace("规上工业企业", "规上企业").replace("有效发明专利拥有", "发明专利拥有")
    s = s.replace("费用支出", "费用")  # 研发费用支出 is the 研发费用 (商丘 2025)
    s = _PLACE.sub("", s)
    # R&D intensity is written a dozen ways (R&D占GDP比重, R&D/GDP, 研发投入占GDP比重, 全社会R&D
    # 投入强度…): one key, so a plan's own spelling meets the catalogue's indicator
    s = _RD_INTENSITY.sub("R&D强度", s)
    s = re.sub(r"(比上年|较上年|同比)$", "", s) or s
    if not s.endswith(_KEEP_SUFFIX):
        s = _COUNT_SUFFIX.sub("", s) or s
    return s.upper()


# words a short name leaves out without changing what is meant: 研发强度 is R&D经费投入强度
_FILLER = re.compile(r"全社会|经费|投入|支出")


def closest(name: str, candidates: list[str], n: int = 3) -> list[str]:
    """Return up to ``n`` of ``candidates`` whose names are closest to ``name``: first those
    equal to it without filler words (研发强度 → 全社会R&D经费投入强度), then by spelling."""
    keys = {name_key(c): c for c in candidates}
    import difflib  # only when a name is not found

    core = _FILLER.sub("", name_key(name))
    same = [k for k in keys if core and _FILLER.sub("", k) == core]
    found = same + [k for k in difflib.get_close_matches(name_key(name), list(keys), n=n, cutoff=0.45)
                    if k not in same]
    return [keys[k] for k in found[:n]]
