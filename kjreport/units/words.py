"""What bureaus call their reporting units: one table of words.

kjreport's format names the units 县区 (the sheets 县区数据, 县区上年数据; ``--by 县区``); the documents
call them by the bureau's level (``kjreport.summary.units`` picks one of ``DOCUMENT_WORDS``), and
clerks use the usual local spellings. Every word here means the same units wherever the clerk
types it:

- a sheet renamed for the units (街镇数据, 市州数据, 县（市）区上年数据: ``kjreport.workbook.renamed``);
- the ``--by`` option of docx and progress (``--by 乡镇`` after "已生成 14 份乡镇通报":
  ``kjreport.cli.units_option``).

Pure data; no imports.
"""

from __future__ import annotations

COUNTIES = "县区"  # the format's word: a city's counties (and the word of the sheets and of --by)
TOWNS = "乡镇"  # a county bureau's townships (镇、乡、街道)
STREET_TOWNS = "街镇"  # a 区's 街道 and 镇, no 乡
CITIES = "市州"  # a province's units
LEAGUE_CITIES = "盟市"  # a province's units when a 盟 is among them (内蒙古)
COUNTY_CITIES = "县市"  # an autonomous prefecture's units without a 区
BANNER_COUNTY_CITIES = "旗县市"  # a 盟's (or a 州's) units with a 旗
# a city's units with a 旗 among them, named by the kinds present as 内蒙古's cities write them
# (qa16 F2): 鄂尔多斯 各旗区, 包头、赤峰 各旗县区, 呼伦贝尔 各旗市区, 通辽、乌兰察布 各旗县市区
BANNER_WORDS = ("旗区", "旗县区", "旗市区", "旗县市区")

# the words the documents use ("各乡镇", "街镇主要指标对比表", "市州通报" …)
DOCUMENT_WORDS = (COUNTIES, TOWNS, STREET_TOWNS, CITIES, LEAGUE_CITIES, COUNTY_CITIES, BANNER_COUNTY_CITIES,
                  *BANNER_WORDS)
# other usual spellings of the same levels
OTHER_SPELLINGS = ("区县", "县市区", "县（市）区", "县区市", "市县",  # counties
                   "镇街", "镇街道", "乡镇街道", "街道")  # townships
UNIT_WORDS = DOCUMENT_WORDS + OTHER_SPELLINGS


def is_unit_word(text: str) -> bool:
    """Return True when ``text`` (stripped, either width of brackets) names the reporting units."""
    return str(text).strip().replace("(", "（").replace(")", "）") in UNIT_WORDS
