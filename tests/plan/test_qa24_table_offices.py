"""qa24: a 县 plan (仙居县科学技术局2025年工作要点, tests/qa24_book.py) states its targets in the 主要目标 paragraph
and again in a Word table ``序号 | 指标 | 单位 | 2025年目标 | 责任科室``: the targets keep the 科室 the table names."""

from __future__ import annotations

from kjreport.plan import import_plan
from tests.qa24_book import TABLE, write_plan_docx


def test_the_table_names_the_office_of_a_target_the_paragraph_stated_first(tmp_path):
    # F3: the paragraph's sentence was kept (read first) and the row merged into it, so the row's 责任科室 was
    # dropped: 计划科/高新科/成果科/农村科 (the seed's names, which 仙居县科技局 does not have) in 目标任务 and 科室数据
    found = {t.indicator: t.department for t in import_plan(write_plan_docx(tmp_path / "plan.docx"), year=2025).targets}
    assert found["全社会R&D经费投入占GDP比重"] == "发展规划科"
    assert found["高新技术产业投资"] == found["高新技术产业增加值"] == found["高新技术企业"] == "高新技术科"
    assert found["高新技术产业增加值占规上工业增加值比重"] == found["省科技型中小企业"] == "高新技术科"
    assert found["技术合同成交额"] == "成果转化科"
    assert found["科技特派员"] == "农村科技科"
    assert {row[4] for row in TABLE} == {"发展规划科", "高新技术科", "成果转化科", "农村科技科"}
    # a target only in a paragraph keeps no office of the table (nor a seed name)
    assert found["农业科技项目"] == ""
