"""QA8 F18: a 政府工作报告 task table becomes one 工作意见 row per task, and the letter that issues
a plan (印发通知) is not the plan's 主要任务目标.

汶上's progress table (序号 | 具体任务与要求 | 进展情况 | 牵头单位 | 牵头领导, copied from a web page
one cell a line) became a single row "总 主要任务目标" with no 正文, so 工作进展 could only be hung
on 总. Each task row is now a part labelled with its 序号, its 正文 the task as written and its
牵头单位; its targets belong to it, and a row led by another department asks in 核对提示 whether
its targets are the bureau's. 闵行's 工作要点 came inside its 印发通知: the letter's tail
("请紧密联系…特此通知。附件：…署名、日期") was written as 总's 正文.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main

CORPUS = Path(__file__).parent / "corpus"


def _init(tmp_path: Path, plan: Path) -> tuple[list[tuple], list[dict]]:
    out = tmp_path / "book.xlsx"
    result = CliRunner().invoke(main, ["init", "--year", "2025", "--plan", str(plan), str(out)])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    plan_rows = list(book["工作意见"].iter_rows(min_row=2, values_only=True))
    header, *rows = list(book["目标任务"].iter_rows(values_only=True))
    return plan_rows, [dict(zip(header, r, strict=True)) for r in rows if r[0]]


def test_each_task_of_a_progress_table_is_an_item_with_its_text_and_lead(tmp_path):
    plan, targets = _init(tmp_path, CORPUS / "2025_wenshang_jinzhan.txt")
    assert [(r[0], r[1], r[2]) for r in plan] == [
        ("总", "总", None), ("一", "部分", "1."), ("二", "部分", "30."), ("三", "部分", "37.")
    ]
    titles = {r[0]: r[3] for r in plan}
    assert titles["一"] == "坚持产业立县、制造强县战略不动摇"
    assert titles["二"] == "放大人才集聚力"
    assert titles["三"] == "健全平台建设技术攻关成果转化全链条"
    text = {r[0]: r[4] or "" for r in plan}
    assert text["一"].startswith("坚持产业立县、制造强县战略不动摇，大力实施五个倍增计划")
    assert text["一"].endswith("牵头单位：县发改局、县科技局、县工信局、县商务局")
    assert text["二"].startswith("放大人才集聚力。实施科技人才引育计划")
    assert "牵头单位：县科技局、县人社局" in text["二"]
    assert "126家" not in text["一"]  # the progress column is a result, not the task
    # the targets are unchanged and each hangs on its task
    # (the tasks of a 政府工作报告 list are the headline ones: 主要任务目标 as before, and their task)
    items = {t["指标"]: t["所属条目"] for t in targets}
    assert items == {"规上工业企业": "总、一", "制造业增加值占GDP比重": "总、一", "高层次人才": "总、二",
                     "高技能人才": "总、二", "青年人才": "总、二", "省市级科研平台": "总、三"}
    led = {t["指标"]: t.get("核对提示") or "" for t in targets}
    assert "牵头单位为「县发改局、县科技局、县工信局、县商务局」" in led["规上工业企业"]
    assert "牵头单位为「县发改局、县科技局、县工信局、县商务局」" in led["制造业增加值占GDP比重"]
    assert "牵头单位" not in led["高层次人才"]  # led by 县科技局 itself
    assert "牵头单位" not in led["省市级科研平台"]


def test_the_letter_issuing_a_plan_is_not_its_main_targets_text(tmp_path):
    plan, targets = _init(tmp_path, CORPUS / "2025_minhang_yaodian.txt")
    total = next(r for r in plan if r[0] == "总")
    for word in ("请紧密联系", "特此通知", "附件", "2025年2月6日"):
        assert word not in (total[4] or ""), total[4]
    assert plan[1][3] == "主要目标"
    assert {t["指标"] for t in targets} >= {"技术合同成交额", "高新技术企业"}


def test_main_targets_after_the_letter_stay_the_text_of_the_total(tmp_path):
    text = (
        "关于印发《鲁泽市科学技术局2025年工作要点》的通知\n"
        "各县区科技局，局机关各科室：\n"
        "现将《鲁泽市科学技术局2025年工作要点》印发给你们，请结合实际，认真抓好落实，确保完成全年工作目标。\n"
        "特此通知。\n"
        "附件：鲁泽市科学技术局2025年工作要点\n"
        "鲁泽市科学技术局\n"
        "2025年1月6日\n"
        "鲁泽市科学技术局2025年工作要点\n"
        "全年主要目标：高新技术企业达到300家，技术合同成交额达到50亿元。\n"
        "一、强化企业创新主体地位\n"
        "（一）培育高新技术企业。实施高企培育计划。\n"
    )
    path = tmp_path / "要点.txt"
    path.write_text(text, encoding="utf-8")
    plan, targets = _init(tmp_path, path)
    total = next(r for r in plan if r[0] == "总")[4] or ""
    assert "高新技术企业达到300家" in total
    assert "特此通知" not in total and "印发给你们" not in total and "2025年1月6日" not in total
    assert {t["指标"] for t in targets} >= {"高新技术企业", "技术合同成交额"}
