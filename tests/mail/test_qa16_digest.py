"""A notice's mail says a shared place as the notice does (qa16 F7): 乌审旗's notice says
“高层次科技人才2人……并列全市第7位” (鄂托克旗 also has 2); its mail said “在10个旗区中居第7位”."""

from __future__ import annotations

from kjreport.mail import county_digest_of
from kjreport.report import load_report
from tests.qa16_book import ordos_book


def test_the_digest_of_a_tied_unit_says_binglie(tmp_path):
    report = load_report(ordos_book(tmp_path))
    tied = county_digest_of(report, "乌审旗")
    assert "高层次科技人才2人，与上年持平，在10个旗区中并列第7位。" in tied, tied
    alone = county_digest_of(report, "准格尔旗")
    assert "科技突围项目研发投入0.348亿元，同比增长26.1%，在10个旗区中居第1位" in alone, alone
    last = county_digest_of(report, "鄂托克前旗")
    assert "在10个旗区中居末位" in last and "并列末位" in last, last  # 460万元 alone last; 1人 with 杭锦旗
