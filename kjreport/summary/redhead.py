"""What the 版头 and 版记 of a 通报 say (GB/T 9704-2012 7.2, 7.4), from the 设置 sheet.

The 县区 bulletins and the 进度通报 are 下行文 (sent to 县区、管委会、科室): they carry a 版头 (the
red 发文机关标志, the 发文字号, the red line) and a 版记 (抄送机关, 印发机关 and 印发日期). The year-end
工作总结 goes to the bureau's leaders as a report: it has neither, as before.

设置 items (all optional; a workbook without them gets the defaults):

- 版头: 印制 (default) — set in full; 套印 — printed on pre-printed 红头 paper: the 标志 and the red
  line are left out and their space kept, the 发文字号 set in its place; 无 — no 版头 and no 版记
  (the office pastes the text into its own 红头 template).
- 发文机关标志: default 单位名称 + 文件 (鲁泽市科学技术局文件).
- 发文字号: the full number (鲁科字〔2011〕15号) or only its 代字 (鲁科字); default the city's
  first character + 科字 (政办发 / 政发 for a 人民政府's office or itself; a gap for any other unit
  that is no science unit). A number left out is a gap the office fills in after registering the
  document: 〔2011〕　　号 — GB/T 9704 7.2.5 writes the year in full in 〔〕, the serial number
  without 第 and without leading zeros (虚位), then 号; so the gap holds no 0 or 第.
- 通报编号: the serial numbers of the units' bulletins, in the order of the 县区 sheet (21—32, or
  21、22、25); a unit without one gets the gap.
- 抄送机关: 抄送 line of the 版记 (none by default).
- 印发机关: default 单位名称 + 办公室; the 印发日期 is the document's 成文日期.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kjreport.model import Settings

HEAD_SETTING = "版头"
MARK_SETTING = "发文机关标志"
NUMBER_SETTING = "发文字号"
SERIALS_SETTING = "通报编号"
COPIES_SETTING = "抄送机关"
PRINTER_SETTING = "印发机关"

PRINTED, PREPRINTED, NONE = "印制", "套印", "无"
_HEAD_WORDS = {
    PRINTED: PRINTED, "是": PRINTED, "印": PRINTED, "打印": PRINTED, "红头": PRINTED,
    PREPRINTED: PREPRINTED, "红头纸": PREPRINTED, "预印": PREPRINTED, "不印制": PREPRINTED, "否": PREPRINTED,
    NONE: NONE, "不要": NONE, "不用": NONE, "没有": NONE,
}
GAP = "\u3000\u3000"  # two full-width spaces: room for the serial number the office writes in

_NUMBER = re.compile(r"^(?P<code>[^〔\[［(（]*)(?:[〔\[［(（](?P<year>\d{4})[〕\]］)）](?P<serial>\d*)号?)?$")


@dataclass(frozen=True)
class Redhead:
    """The 版头 and 版记 of one 通报: ``mode`` 印制/套印/无, the 发文机关标志, the 发文字号, the
    抄送机关 and the 印发机关."""

    mode: str
    mark: str
    number: str
    copies: str
    printer: str

    @property
    def wanted(self) -> bool:
        return self.mode != NONE


def unknown_head(value: object) -> str | None:
    """Return 设置 版头 as typed when it is none of the words for 印制/套印/无 (it is then read as
    印制), else None (blank is fine)."""
    text = str(value or "").strip()
    return text if text and text not in _HEAD_WORDS else None


def head_mode(settings: Settings) -> str:
    """Return 印制, 套印 or 无 from 设置 版头 (印制 when blank or not understood)."""
    value = (settings.extra or {}).get(HEAD_SETTING, "").strip()
    return _HEAD_WORDS.get(value, PRINTED)


def number_code(settings: Settings) -> tuple[str, str]:
    """Return the 发文字号's 代字 and its serial number as 设置 gives it ("" when none)."""
    raw = re.sub(r"\s+", "", (settings.extra or {}).get(NUMBER_SETTING, ""))
    m = _NUMBER.match(raw)
    code = m.group("code") if m else ""
    serial = (m.group("serial") or "") if m else ""
    if not code:
        code = default_code(settings)
    return code, serial.lstrip("0")


def default_code(settings: Settings) -> str:
    """Return the 代字 a notice gets when 设置 gives none: the place's first character and 科字 for
    a science unit (鲁科字), 政办发 for a 人民政府办公室 and 政发 for a 人民政府 (潜政办发); for any
    other unit the gap: its 代字 is its own and is not guessed."""
    first = settings.city[:1] or settings.organization[:1]
    org = re.sub(r"\s+", "", settings.organization or "")
    if settings.domain:
        return first + "科字"
    if "人民政府办公" in org or "政府办公" in org:
        return first + "政办发"
    if "人民政府" in org:
        return first + "政发"
    return GAP


def document_number(settings: Settings, year: int, serial: str = "") -> str:
    """Return the 发文字号: 代字〔year〕serial号, with the gap when there is no serial."""
    code, _ = number_code(settings)
    return f"{code}〔{year}〕{serial or GAP}号"


def unit_serials(settings: Settings, units: list[str]) -> dict[str, str]:
    """Return each unit's bulletin serial from 设置 通报编号 (21—32, or 21、22、25), by position."""
    raw = re.sub(r"\s+", "", (settings.extra or {}).get(SERIALS_SETTING, ""))
    serials: list[str] = []
    for part in re.split(r"[、，,；;]", raw):
        span = re.fullmatch(r"(\d+)[—–\-－~～至到](\d+)", part)
        if span and int(span.group(1)) <= int(span.group(2)) <= int(span.group(1)) + 10000:
            serials += [str(n) for n in range(int(span.group(1)), int(span.group(2)) + 1)]
        elif re.fullmatch(r"\d+", part):
            serials.append(str(int(part)))
    return dict(zip(units, serials, strict=False))  # fewer serials than units: the rest get the gap


def redhead(settings: Settings, year: int, serial: str | None = None) -> Redhead:
    """Return the 版头 and 版记 of a 通报 issued in ``year``; ``serial`` (a unit's bulletin):
    its own serial, "" for the gap; None (the city's 进度通报): 设置 发文字号's serial."""
    extra = settings.extra or {}
    org = settings.organization
    if serial is None:
        serial = number_code(settings)[1]
    return Redhead(
        mode=head_mode(settings),
        mark=extra.get(MARK_SETTING, "").strip() or f"{org}文件",
        number=document_number(settings, year, serial),
        copies=extra.get(COPIES_SETTING, "").strip(),
        printer=extra.get(PRINTER_SETTING, "").strip() or f"{org}办公室",
    )


def add_masthead(doc, head: Redhead) -> None:
    """Set ``head``'s 版头 at the top of ``doc`` (nothing when 版头 is 无)."""
    if head.wanted:
        doc.masthead(head.mark, head.number, printed=head.mode == PRINTED)


def add_imprint(doc, head: Redhead, date_text: str) -> None:
    """Set ``head``'s 版记 at the foot of ``doc``'s last page (nothing when 版头 is 无)."""
    if head.wanted:
        doc.imprint(head.copies, head.printer, date_text)
