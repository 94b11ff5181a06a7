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
BAR = "#3b6ea5"
BAR_SHORT = "#c0504d"
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


def _height(n: int) -> float:
    """Return a figure height in inches for ``n`` horizontal bars."""
    return min(MAX_HEIGHT_IN, max(1.8, 0.26 * n + 0.8))


def completion_chart(items: list[tuple[str, float]]) -> bytes:
    """Return a PNG of horizontal bars of 完成率 (%) per indicator with a 100 % line; bars short
    of 100 % are red. ``items`` are (指标名称, 完成率 in %)."""
    plt = _pyplot()
    items = list(items)[::-1]  # first item at the top
    names = [n for n, _ in items]
    values = [float(v) for _, v in items]
    fig, ax = plt.subplots(figsize=(WIDTH_IN, _height(len(items))))
    colors = [BAR if v >= 100 else BAR_SHORT for v in values]
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
