"""Copy a province benchmark workbook with what calamine hides spread through its 项目台账:
Excel error values (#DIV/0! with its formula, #REF! without one, #N/A in a text column) and
formulas without a cached value, one of each kind every STEP rows.

Run: ``python benchmarks/make_marked.py province-150-50000.xlsx marked.xlsx [--step 997]``,
then e.g. ``python benchmarks/bench_beyond.py marked.xlsx --trees . BEFORE_CHECKOUT`` — the
cost of the reader's XML scan when the ledger holds marks (the usual province workbook has none,
so its scan stops at the fast searches).
"""

from __future__ import annotations

import argparse
import re
import zipfile
from pathlib import Path

LEDGER = "项目台账"
_CELL = re.compile(rb'<c r="([A-Z]+)([0-9]+)"[^>]*?(?:/>|>.*?</c>)')


def ledger_part(zf: zipfile.ZipFile) -> str:
    """Return the zip member of the 项目台账 sheet."""
    workbook = zf.read("xl/workbook.xml").decode()
    rels = zf.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(rf'<sheet[^>]*name="{LEDGER}"[^>]*r:id="([^"]+)"', workbook).group(1)
    target = re.search(rf'<Relationship[^>]*Id="{rid}"[^>]*Target="([^"]+)"', rels)
    if target is None:  # attributes in the other order
        target = re.search(rf'<Relationship[^>]*Target="([^"]+)"[^>]*Id="{rid}"', rels)
    name = target.group(1)
    return name.lstrip("/") if name.startswith("/") else "xl/" + name


def marked(xml: bytes, step: int) -> tuple[bytes, dict[str, int]]:
    """Return the ledger XML with marks every ``step`` rows, and how many of each were put."""
    count = {"#DIV/0!": 0, "uncached": 0, "#REF!": 0, "#N/A": 0}

    def replace(m: re.Match) -> bytes:
        col, n = m.group(1), int(m.group(2))
        if col == b"G" and n % step == 0:
            count["#DIV/0!"] += 1
            return b'<c r="G%d" s="5" t="e"><f>1/0</f><v>#DIV/0!</v></c>' % n
        if col == b"G" and n % step == step // 2:
            count["uncached"] += 1
            return b'<c r="G%d" s="5"><f>A%d*2</f></c>' % (n, n)
        if col == b"G" and n % step == step // 3:
            count["#REF!"] += 1
            return b'<c r="G%d" t="e"><v>#REF!</v></c>' % n
        if col == b"C" and n % step == step // 5:
            count["#N/A"] += 1
            return b'<c r="C%d" t="e"><f>VLOOKUP(A1,B:B,2,0)</f><v>#N/A</v></c>' % n
        return m.group(0)

    return _CELL.sub(replace, xml), count


def main() -> int:
    parser = argparse.ArgumentParser(description="给省级性能测试工作簿的项目台账加入错误值和未计算的公式。")
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--step", type=int, default=997, help="每隔多少行放一个（默认 997）")
    args = parser.parse_args()
    with zipfile.ZipFile(args.source) as zin, zipfile.ZipFile(args.out, "w", zipfile.ZIP_DEFLATED) as zout:
        part = ledger_part(zin)
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == part:
                data, count = marked(data, args.step)
            zout.writestr(info, data)
    print(f"已生成：{args.out}（{LEDGER}：" + "，".join(f"{k} {v} 个" for k, v in count.items()) + "）")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
