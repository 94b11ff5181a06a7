"""Charts for the summary's attachments, as PNG bytes (matplotlib, Agg backend).

matplotlib is imported only when a chart is drawn, so the CLI starts fast. Labels are Chinese:
a CJK face that exists on this machine is picked (Noto Sans CJK SC, 黑体/SimHei, Microsoft YaHei,
…) so no label renders as empty boxes.
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Any

from kjreport.docx.layout import TEXT_WIDTH_MM
from kjreport.text.brackets import cjk_brackets

DPI = 200
WIDTH_IN = TEXT_WIDTH_MM / 25.4  # drawn at the 版心 width, inserted at 156 mm: no rescaling
CJK_FACES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "SimHei",
    "黑体",
    "Microsoft YaHei",
    "PingFang SC",
    "Heiti SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Sans CJK JP",
    "FandolHei",
    "AR PL UKai CN",
)
# 完成 dark blue, 基本完成 amber, 未完成 red: three hues that stay three grey levels in print
# (luma about 86, 180 and 123)
BAR = "#2f5f8f"
BAR_NEAR = "#e8b040"
BAR_SHORT = "#d9534f"
STATUS_COLOURS = {"超额完成": BAR, "完成": BAR, "基本完成": BAR_NEAR, "未完成": BAR_SHORT}
COMPLETION_AXIS = "完成率（%），虚线为目标 100%；深蓝为完成，黄色为基本完成，红色为未完成"


def _status_colours(items: list[tuple]) -> list[str]:
    """Return each bar's colour: by its status (超额完成/完成, 基本完成, 未完成) when the item
    carries one (name, 完成率, status), else by 完成率 against 100 %."""
    out = []
    for item in items:
        value, status = float(item[1]), item[2] if len(item) > 2 else ""
        out.append(STATUS_COLOURS.get(status) or (BAR if value >= 100 else BAR_SHORT))
    return out
FONT_PT = 9
MAX_HEIGHT_IN = 7.5  # 190 mm: the picture and its caption fit on one page of the 225 mm 版心
_LABEL_BOX = {"facecolor": "white", "edgecolor": "none", "pad": 0.6}


def _number(v: float) -> str:
    """Return ``v`` with thousands separators and at most two decimals, no trailing zeros."""
    text = f"{v:,.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """Return the family name of an installed font with Chinese glyphs, or None."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    for face in CJK_FACES:
        if face in installed:
            return face
    for f in font_manager.fontManager.ttflist:  # any face that covers 中文
        if "CJK" in f.name or "Hei" in f.name or "Song" in f.name or "Kai" in f.name:
            return f.name
    return None


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    face = cjk_font()
    families = [face] if face else []
    plt.rcParams.update(
        {
            "font.family": "sans-serif",
            "font.sans-serif": [*families, "DejaVu Sans"],
            "axes.unicode_minus": False,
            "font.size": FONT_PT,
            "svg.fonttype": "none",
        }
    )
    return plt


def _png(fig: Any) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, bbox_inches="tight", pad_inches=0.05)
    import matplotlib.pyplot as plt

    plt.close(fig)
    return buf.getvalue()


def _height(n: int, lines: list[int] | None = None) -> float:
    """Return a figure height in inches for ``n`` horizontal bars; ``lines``: how many lines
    each bar's name takes (a slot holds its name's lines, QA7 F13)."""
    slot = max([BAR_SLOT_IN] + [LINE_IN * k + SLOT_GAP_IN for k in lines or []])  # slots are even
    return min(MAX_HEIGHT_IN, max(1.8, slot * n + 0.8))


BAR_SLOT_IN = 0.26  # inches of one bar with a one-line name
LINE_IN = 0.17  # inches of one line of a 9 pt name
SLOT_GAP_IN = 0.08  # inches kept between two bars' names
# full-width characters of a category name on one line of the chart's axis: LibreOffice breaks a
# longer one itself, and then drops every other name as overlapping (QA7 F13) …
LABEL_CHARS = 14
SHORT_LABEL_CHARS = 16  # … or, when the bars are too many for two-line names, cut to this with "…"
# two-character words of indicator names a line break should not cut (每万名就业人员 / 中研发人员,
# not 每万名就业人 / 员中研发人员)
WORDS = frozenset(
    "人员 企业 技术 科技 成果 经费 投入 比重 专利 发明 合同 登记 交易 平台 创新 水平 全国 排名 转化 服务 "
    "综合 高新 产值 工业 研发 就业 人口 价值 拥有 成交 挂牌 认定 中小 特派 示范 园区 规模 以上 贡献 进步 "
    "孵化 载体 众创 空间 重点 实验 研究 中心 工程 项目 计划 资金 财政 支出 收入 营业 销售 主营 业务 人才 "
    "团队 院士 新型 机构 产业 集群 基地 农业 农民 培训 数量 总额 金额 增速 增长 有效 授权 申请 评价 入库 "
    "吸纳 输出 社会 全社 地区 生产 总值 强度 型企 万名 万人 高价 每万 成交 省级 国家 市级".split()
)


NO_LINE_START = frozenset("、，。；：？！）》」』”’…%")
NO_LINE_END = frozenset("（《「『“‘")


def shorten_label(name: str, chars: float = SHORT_LABEL_CHARS) -> str:
    """Return ``name`` cut to ``chars`` full-width characters with "…" when it is longer (the
    table above the chart names it in full)."""
    if _width(name) <= chars:
        return name
    out = ""
    for ch in name:
        if _width(out + ch) > chars - 1:
            break
        out += ch
    return out + "…"


def category_labels(names: list[str]) -> tuple[list[str], list[int]]:
    """Return the bar names as the chart's axis shows them and the lines each takes: long names
    on two lines when the chart can give every bar a two-line slot, else on one line, cut with
    "…" (a name that does not fit is never silently left out — QA7 F13)."""
    names = [cjk_brackets(n) for n in names]  # as the table above prints them
    wrapped = [wrap_label(n) for n in names]
    lines = [w.count("\n") + 1 for w in wrapped]
    slot = max([BAR_SLOT_IN] + [LINE_IN * k + SLOT_GAP_IN for k in lines])
    if slot * len(names) + 0.8 <= MAX_HEIGHT_IN:
        return wrapped, lines
    return [shorten_label(n) for n in names], [1] * len(names)


def _width(text: str) -> float:
    """Return the width of ``text`` in full-width characters (R, &, D and digits are half)."""
    return sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in text)


def wrap_label(name: str, chars: float = LABEL_CHARS) -> str:
    """Return ``name`` broken into lines of about ``chars`` full-width characters at most, the
    lines of even length, never inside a run of Latin letters or digits ("R&D", "GDP") and,
    where a break nearby will do, not inside a word ("每万名就业人员\n中研发人员"): a chart names
    every bar in full instead of the viewer dropping the names it cannot fit (QA7 F13)."""
    if _width(name) <= chars:
        return name
    import math
    import re

    pieces = re.findall(r"[A-Za-z0-9&.%+\-]+|.", name)  # a Latin or digit run is one piece
    count = math.ceil(_width(name) / chars)
    lines: list[str] = []
    rest = pieces
    for left in range(count, 1, -1):
        goal = sum(_width(p) for p in rest) / left
        best, best_score, width = 1, math.inf, 0.0
        for i in range(1, len(rest)):
            width += _width(rest[i - 1])
            if width > chars + 1:
                break
            cut = rest[i - 1][-1:] + rest[i][:1]
            score = abs(width - goal) + (2.5 if cut in WORDS else 0)
            # 避头尾: no line starts with 、，。）” or ends with （“ (qa12 F24: a second line
            # beginning with 、)
            if cut[1:] in NO_LINE_START or cut[:1] in NO_LINE_END:
                score += 100
            if score < best_score:
                best, best_score = i, score
        lines.append("".join(rest[:best]))
        rest = rest[best:]
    lines.append("".join(rest))
    return "\n".join(line for line in lines if line)


def completion_chart(items: list[tuple[str, float]]) -> bytes:
    """Return a PNG of horizontal bars of 完成率 (%) per indicator with a 100 % line; bars short
    of 100 % are red. ``items`` are (指标名称, 完成率 in %)."""
    plt = _pyplot()
    items = list(items)[::-1]  # first item at the top
    names = [item[0] for item in items]
    values = [float(item[1]) for item in items]
    fig, ax = plt.subplots(figsize=(WIDTH_IN, _height(len(items))))
    colors = _status_colours(items)
    bars = ax.barh(range(len(values)), values, color=colors, height=0.6)
    ax.set_yticks(range(len(values)), labels=names)
    ax.axvline(100, color="#333333", linewidth=0.8, linestyle="--")
    top = max([100.0, *values]) * 1.15
    ax.set_xlim(0, top)
    for bar, v in zip(bars, values, strict=True):
        ax.text(
            bar.get_width() + top * 0.01,
            bar.get_y() + bar.get_height() / 2,
            f"{v:.1f}%",
            va="center",
            fontsize=FONT_PT - 1,
            bbox=_LABEL_BOX,
        )
    ax.text(100, len(values) - 0.4, " 目标100%", fontsize=FONT_PT - 1, va="bottom")
    ax.set_xlabel("完成率（%）")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return _png(fig)


def county_chart(counties: list[tuple[str, float]], title: str, unit: str) -> bytes:
    """Return a PNG of ``title`` per county as horizontal bars, largest on top, values labelled
    in ``unit``. ``counties`` are (县区, value)."""
    plt = _pyplot()
    ranked = sorted(counties, key=lambda c: float(c[1]))  # barh draws bottom-up: largest on top
    names = [n for n, _ in ranked]
    values = [float(v) for _, v in ranked]
    fig, ax = plt.subplots(figsize=(WIDTH_IN, _height(len(ranked))))
    bars = ax.barh(range(len(values)), values, color=BAR, height=0.6)
    ax.set_yticks(range(len(values)), labels=names)
    hi = max([0.0, *values])
    lo = min([0.0, *values])
    span = (hi - lo) or 1.0
    ax.set_xlim(lo - (span * 0.05 if lo < 0 else 0), hi + span * 0.15)
    for bar, v in zip(bars, values, strict=True):
        ax.text(
            max(v, 0) + span * 0.01,
            bar.get_y() + bar.get_height() / 2,
            _number(v),
            va="center",
            fontsize=FONT_PT - 1,
        )
    ax.set_title(f"{title}（{unit}）" if unit else title, fontsize=FONT_PT + 1)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return _png(fig)


def progress_chart(series: list[tuple[str, list[tuple[int, float]]]], month: int) -> bytes:
    """Return a PNG of cumulative 完成率 (%) by month for each indicator against the 序时进度
    line (month ÷ 12). ``series`` are (指标名称, [(month, 完成率), …]); ``month`` is the report's."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 3.4))
    ax.plot([0, 12], [0, 100], color="#333333", linewidth=0.9, linestyle="--", label="序时进度")
    markers = "osD^v<>ph"
    top = 100.0
    for i, (name, points) in enumerate(series):
        xs = [0] + [m for m, _ in points]
        ys = [0.0] + [float(v) for _, v in points]
        top = max(top, *ys)
        ax.plot(xs, ys, marker=markers[i % len(markers)], markersize=4, linewidth=1.2, label=name)
    ax.axvline(month, color="#999999", linewidth=0.6)
    ax.set_xlim(0, 12)
    ax.set_ylim(0, top * 1.08)
    ax.set_xticks(range(0, 13), labels=[""] + [f"{m}月" for m in range(1, 13)])
    ax.set_ylabel("累计完成年度目标（%）")
    ax.legend(fontsize=FONT_PT - 1, frameon=False, loc="upper left")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return _png(fig)


# --- native Word charts (DrawingML c:chart parts) -------------------------------------------------
# The summary's charts are written as chart parts Word, WPS and LibreOffice draw themselves:
# vector at any zoom and in print, editable in Word (right-click › 编辑数据 is unavailable — no
# embedded workbook — but every format option is), a few kB each, and no matplotlib import
# (which with drawing two 200 dpi PNGs had been three quarters of a cold ``kjreport docx``).

_NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CHART_FONT = "黑体"  # the official sans face (free stand-in mapped by name on Linux)
CHART_FONT_ALT = "SimHei"
_AXIS_CAT, _AXIS_VAL = 50010, 50020


class NativeChart:
    """A chart as the XML of a Word chart part, with the height it is drawn at."""

    def __init__(self, xml: str, height_mm: float):
        self.xml = xml
        self.height_mm = height_mm

    @property
    def blob(self) -> bytes:
        return self.xml.encode("utf-8")


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(str(text), {'"': "&quot;"})


def _run_props(size_pt: float, bold: bool = False, tag: str = "a:defRPr") -> str:
    return (
        f'<{tag} lang="zh-CN" sz="{round(size_pt * 100)}" b="{1 if bold else 0}">'
        '<a:solidFill><a:srgbClr val="262626"/></a:solidFill>'
        f'<a:latin typeface="{CHART_FONT}"/><a:ea typeface="{CHART_FONT}"/></{tag}>'
    )


def _text_props(size_pt: float, upright: bool = False) -> str:
    """Return the c:txPr of ``size_pt`` text; ``upright``: rot="0" said outright, which is what
    lets LibreOffice draw every category name instead of dropping those it thinks overlap."""
    body = '<a:bodyPr rot="0" vert="horz"/>' if upright else "<a:bodyPr/>"
    return (
        f"<c:txPr>{body}<a:lstStyle/>"
        f"<a:p><a:pPr>{_run_props(size_pt)}</a:pPr><a:endParaRPr lang=\"zh-CN\"/></a:p></c:txPr>"
    )


def _rich(text: str, size_pt: float) -> str:
    return (
        "<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p>"
        f"<a:pPr>{_run_props(size_pt)}</a:pPr>"
        f"<a:r>{_run_props(size_pt, tag='a:rPr')}<a:t>{_esc(text)}</a:t></a:r>"
        "</a:p></c:rich></c:tx>"
    )


def _line(color: str, width_emu: int = 6350, dash: str = "") -> str:
    dash_xml = f'<a:prstDash val="{dash}"/>' if dash else ""
    return (
        f'<c:spPr><a:ln w="{width_emu}"><a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'
        f"{dash_xml}</a:ln></c:spPr>"
    )


def _fill(color: str) -> str:
    return f'<c:spPr><a:solidFill><a:srgbClr val="{color.lstrip("#").upper()}"/></a:solidFill></c:spPr>'


def _bar_chart_xml(
    names: list[str],
    values: list[float],
    *,
    series: str,
    label_format: str,
    axis_max: float,
    axis_min: float = 0.0,
    major_unit: float | None = None,
    colors: list[str] | None = None,
    title: str = "",
    axis_title: str = "",
    target_gridline: bool = False,
) -> str:
    """Return the chart part of horizontal bars, first name on top, each bar labelled."""
    n = len(values)
    points = "".join(
        f'<c:dPt><c:idx val="{i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>'
        f"{_fill(color)}</c:dPt>"
        for i, color in enumerate(colors or [])
        if color != BAR
    )
    cats = "".join(f'<c:pt idx="{i}"><c:v>{_esc(name)}</c:v></c:pt>' for i, name in enumerate(names))
    vals = "".join(f'<c:pt idx="{i}"><c:v>{v!r}</c:v></c:pt>' for i, v in enumerate(values))
    title_xml = (
        f'<c:title>{_rich(title, FONT_PT + 1)}<c:overlay val="0"/></c:title>'
        '<c:autoTitleDeleted val="0"/>'
        if title
        else '<c:autoTitleDeleted val="1"/>'
    )
    gridlines = (
        f"<c:majorGridlines>{_line('404040', 9525, 'dash')}</c:majorGridlines>"
        if target_gridline
        else ""
    )
    axis_title_xml = (
        f'<c:title>{_rich(axis_title, FONT_PT)}<c:overlay val="0"/></c:title>' if axis_title else ""
    )
    unit_xml = f'<c:majorUnit val="{major_unit!r}"/>' if major_unit else ""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<c:chartSpace xmlns:c="{_NS_C}" xmlns:a="{_NS_A}" xmlns:r="{_NS_R}">'
        '<c:lang val="zh-CN"/><c:roundedCorners val="0"/>'
        f"<c:chart>{title_xml}<c:plotArea><c:layout/>"
        '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
        f'<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>{_esc(series)}</c:v></c:tx>'
        f'{_fill(BAR)}<c:invertIfNegative val="0"/>{points}'
        f'<c:dLbls><c:numFmt formatCode="{_esc(label_format)}" sourceLinked="0"/>'
        "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
        f"{_text_props(FONT_PT - 1)}"
        '<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/>'
        '<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/>'
        '<c:showBubbleSize val="0"/></c:dLbls>'
        f'<c:cat><c:strLit><c:ptCount val="{n}"/>{cats}</c:strLit></c:cat>'
        f'<c:val><c:numLit><c:formatCode>General</c:formatCode><c:ptCount val="{n}"/>{vals}'
        "</c:numLit></c:val></c:ser>"
        f'<c:gapWidth val="65"/><c:axId val="{_AXIS_CAT}"/><c:axId val="{_AXIS_VAL}"/></c:barChart>'
        # categories top to bottom in the given order; the value axis stays at the bottom
        f'<c:catAx><c:axId val="{_AXIS_CAT}"/><c:scaling><c:orientation val="maxMin"/></c:scaling>'
        '<c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/>'
        '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>'
        f"{_line('595959')}{_text_props(FONT_PT, upright=True)}"
        f'<c:crossAx val="{_AXIS_VAL}"/><c:crosses val="autoZero"/><c:auto val="1"/>'
        '<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/>'
        '<c:noMultiLvlLbl val="0"/></c:catAx>'
        f'<c:valAx><c:axId val="{_AXIS_VAL}"/><c:scaling><c:orientation val="minMax"/>'
        f'<c:max val="{axis_max!r}"/><c:min val="{axis_min!r}"/></c:scaling>'
        f'<c:delete val="0"/><c:axPos val="b"/>{gridlines}{axis_title_xml}'
        '<c:numFmt formatCode="General" sourceLinked="0"/>'
        '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
        f"{_line('595959')}{_text_props(FONT_PT - 1)}"
        f'<c:crossAx val="{_AXIS_CAT}"/><c:crosses val="max"/><c:crossBetween val="between"/>'
        f"{unit_xml}</c:valAx>"
        "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>"
        '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
        "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
        f"{_text_props(FONT_PT)}</c:chartSpace>"
    )


def completion_native(items: list[tuple]) -> NativeChart:
    """Return the 完成率 chart as a native Word chart: a bar per indicator, first on top, coloured
    by status — (name, 完成率, status) items: 完成 blue, 基本完成 amber, 未完成 red; (name, 完成率)
    items: red when short of 100 % — the 100 % target drawn as the dashed gridline."""
    names, lines = category_labels([item[0] for item in items])
    values = [round(float(item[1]), 4) for item in items]
    top = max([100.0, *values]) * 1.15
    return NativeChart(
        _bar_chart_xml(
            names,
            values,
            series="完成率",
            label_format='0.0"%"',
            axis_max=round(top, 1),
            major_unit=100.0,  # the only gridline inside the range is the 100 % target
            colors=_status_colours(items),
            axis_title=COMPLETION_AXIS,
            target_gridline=True,
        ),
        _height(len(items), lines) * 25.4,
    )


def county_native(counties: list[tuple[str, float]], title: str, unit: str,
                  decimals: int | None = None) -> NativeChart:
    """Return ``title`` per county as a native Word chart: largest on top, values labelled —
    with ``decimals`` decimals when given (those of the table above it: 0.031, 0.161 — QA7 F12),
    else at most two."""
    ranked = sorted(counties, key=lambda c: -float(c[1]))
    names, lines = category_labels([n for n, _ in ranked])
    values = [round(float(v), 6) for _, v in ranked]
    hi, lo = max([0.0, *values]), min([0.0, *values])
    span = (hi - lo) or 1.0
    return NativeChart(
        _bar_chart_xml(
            names,
            values,
            series=title,
            label_format="#,##0.##" if decimals is None else "#,##0" + ("." + "0" * decimals if decimals else ""),
            axis_max=_nice(hi + span * 0.15),
            axis_min=-_nice(-lo + span * 0.05) if lo < 0 else 0.0,
            title=f"{title}（{unit}）" if unit else title,
        ),
        _height(len(ranked), lines) * 25.4,
    )


def _nice(x: float) -> float:
    """Return ``x`` rounded up to two significant digits (an axis end Word shows tidily)."""
    if x <= 0:
        return 0.0
    import math

    step = 10 ** (math.floor(math.log10(x)) - 1)
    return math.ceil(x / step) * step
