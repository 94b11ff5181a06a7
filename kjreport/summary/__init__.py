"""The year-end summary (工作总结) and county bulletins (县区通报), worded by templates."""

from kjreport.summary.builder import build_summary, write_summary
from kjreport.summary.bulletin import build_county_bulletin, write_county_bulletins

__all__ = ["build_county_bulletin", "build_summary", "write_county_bulletins", "write_summary"]
