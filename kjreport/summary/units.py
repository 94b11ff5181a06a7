"""What the reporting units are called: 县区 for a city's counties, 乡镇 for a county's townships.

A county bureau reports by 乡镇 (镇、乡、街道): its documents then say 各乡镇, 乡镇主要指标对比表,
根据各乡镇报送的统计数据 — never 县区 (QA5 F8). The word follows the units' 类型 (the 县区数据
类型 column, the 设置 option 县区类型, else the name's ending: ××镇, ××乡, ××街道).
"""

from __future__ import annotations

from kjreport.model import YearReport

TOWN_TYPES = ("乡镇", "街道", "镇", "乡")  # 类型 values (and name endings) of a township
COUNTIES = "县区"
TOWNS = "乡镇"


def unit_word(report: YearReport) -> str:
    """Return 乡镇 when at least half the reporting units are townships, else 县区."""
    from kjreport.summary.facts import county_type

    names = list(report.counties) or sorted({c.county for r in report.results for c in r.counties})
    if not names:
        return COUNTIES
    towns = sum(county_type(report, name) in TOWN_TYPES for name in names)
    return TOWNS if towns * 2 >= len(names) else COUNTIES


def has_streets(report: YearReport) -> bool:
    """Return whether a reporting unit is a 街道 (addressed as 街道办事处, not 人民政府)."""
    from kjreport.summary.facts import county_type

    return any(county_type(report, name) == "街道" for name in report.counties)
