"""Build the returned copies of qa12 F18 (its books in /tmp/qa12/collect2 are gone with /tmp).

qa12 merged a 宜春 master with 樟树市/丰城市/高新科/计划科 copies; the same slips are rebuilt on the
2012 master ``kjreport init --from`` makes from the sample (鲁泽市): one county's second return
with 元 typed in a 万元 column (a value error, and a disagreement with its first return), a county
copy under a short name (a name error), and two copies whose figures differ from the master's
(plain conflicts). Every file is a real workbook typed with openpyxl as a clerk would.

  python -m tests.collect.qa12_returns 文件夹      # writes the master and the copies there
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import openpyxl

from kjreport.plan.init import create_workbook

ROOT = Path(__file__).resolve().parents[2]
MASTER = "2012年汇总.xlsx"


def column(ws, header: str) -> str:
    """Return the letter of the column whose header starts with ``header``."""
    return next(c.column_letter for c in ws[1] if c.value and str(c.value).startswith(header))


def row_of(ws, value: object, letter: str = "A") -> int:
    return next(c.row for c in ws[letter] if c.value == value)


def type_in(path: Path, sheet: str, key: object, values: dict[str, object], key_column: str = "A") -> None:
    """Type ``values`` (header → value) into the row of ``key`` and save."""
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    r = row_of(ws, key, key_column)
    for header, v in values.items():
        ws[f"{column(ws, header)}{r}"] = v
    wb.save(path)


def cell_of(path: Path, sheet: str, key: object, header: str, key_column: str = "A") -> str:
    ws = openpyxl.load_workbook(path)[sheet]
    return f"{column(ws, header)}{row_of(ws, key, key_column)}"


def master(folder: Path, sample: Path = ROOT / "samples" / "sample2011.xlsx") -> Path:
    """Return the 2012 master made from the sample (县区上年数据 and 科室数据 上年数 filled)."""
    path = folder / MASTER
    create_workbook(path, 2012, previous=sample)
    return path


def returns(base: Path, folder: Path) -> dict[str, Path]:
    """Return name → copy of ``base`` in ``folder``, each with the slip qa12 F18 describes."""
    def copy(name: str) -> Path:
        return Path(shutil.copy(base, folder / name))

    out = {}
    out["西山县"] = first = copy("西山县.xlsx")
    type_in(first, "县区数据", "西山县", {"全社会R&D经费支出": 1680, "地区生产总值": 108.6})
    out["西山县二次"] = second = copy("西山县（二次报送）.xlsx")  # 元 in the 万元 column (上年 1522)
    type_in(second, "县区数据", "西山县", {"全社会R&D经费支出": 16800000, "地区生产总值": 108.6})
    out["西山县简称"] = short = copy("西山县_简称.xlsx")  # a new row 「西山」 instead of 西山县's
    wb = openpyxl.load_workbook(short)
    ws = wb["县区数据"]
    line = ws.max_row + 1
    ws[f"A{line}"] = "西山"
    ws[f"{column(ws, '地区生产总值')}{line}"] = 108.6
    wb.save(short)
    out["柳桥县"] = county = copy("柳桥县.xlsx")  # last year's R&D differs from the master's 6254
    type_in(county, "县区上年数据", "柳桥县", {"全社会R&D经费支出": 6300})
    type_in(county, "县区数据", "柳桥县", {"地区生产总值": 121.5})
    out["高新科"] = dept = copy("高新科.xlsx")  # 上年数 differs from the master's 430
    type_in(dept, "科室数据", "一区五园高新技术产业产值", {"本年数": 468, "上年数": 400}, key_column="B")
    return out


def main(folder: str) -> None:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    base = master(out)
    for path in returns(base, out).values():
        print(path)
    print(base)


if __name__ == "__main__":
    main(sys.argv[1])
