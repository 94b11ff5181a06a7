"""init on qa11's two new bureaus (湖州 2026 → 2027, 滕州 2025 → 2026), through ``python -m kjreport``:
the plan's own 责任单位 and columns (F1), the clerk's 责任科室 and cleared 核对提示 carried (F19), the
targets added by hand last year named when the new plan drops them (F27)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "plan" / "corpus"


def kjreport(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "kjreport", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def plan_of(tmp_path: Path, source: str, name: str, year: int, changes: dict[str, str] | None = None) -> Path:
    text = (CORPUS / source).read_text(encoding="utf-8").replace("2024", str(year))
    for old, new in (changes or {}).items():
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def rows(path: Path, sheet: str) -> list[tuple]:
    return list(openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True))


def huzhou_2026(tmp_path: Path, changes: dict[str, str] | None = None) -> Path:
    plan = plan_of(tmp_path, "2024_huzhou_yaodian.txt", "湖州市科技局2026年科技工作要点.txt", 2026, changes)
    run = kjreport("init", "--year", "2026", "--plan", plan.name, "湖州市2026年科技工作.xlsx", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    return tmp_path / "湖州市2026年科技工作.xlsx"


def test_a_new_city_gets_the_plans_offices_and_only_the_columns_its_targets_use(tmp_path):
    book = huzhou_2026(tmp_path)
    assert [c for c in rows(book, "县区数据")[0]] == ["县区", "全社会R&D经费支出（亿元）", "地区生产总值（亿元）", "类型"]
    targets = {r[0]: r[5] for r in rows(book, "目标任务")[1:]}
    # "全省工程技术研究中心10家。（责任单位：合作处、办公室，各区县科技局）"
    assert targets["省级工程技术研究中心"] == "合作处" and targets["省级重点实验室"] == "合作处"
    # the plan names its offices as 处: no seed 科 beside them, for the clerk to fill
    assert not any(str(v or "").endswith("科") for v in targets.values())
    assert not any(str(r[0] or "").endswith("科") for r in rows(book, "科室数据")[1:])
    assert [r[1] for r in rows(book, "下拉选项")[1:] if r[1]] == ["合作处", "办公室"]
    # qa11 F3: 一.3 and 一.8 under "一、重点指标" are both bare targets: neither gets a 核对提示
    assert "核对提示" not in rows(book, "目标任务")[0]


# under "一、重点指标" the bare "8.科技创新强基项目投资额23.8亿元" is a target like its siblings (qa11 F3):
# under another heading it is the one row flagged, whose cleared 核对提示 the roll-over keeps cleared
NOT_A_TARGETS_HEADING = {"一、重点指标": "一、重点工作"}


def test_rollover_keeps_the_clerks_offices_and_cleared_hints_and_the_books_own_dropdown(tmp_path):
    book = huzhou_2026(tmp_path, NOT_A_TARGETS_HEADING)
    wb = openpyxl.load_workbook(book)
    ws = wb["目标任务"]
    header = [c.value for c in ws[1]]
    office, review = header.index("责任科室") + 1, header.index("核对提示") + 1
    flagged = [r for r in range(2, ws.max_row + 1) if ws.cell(r, review).value]
    assert [ws.cell(r, 1).value for r in flagged] == ["科技创新强基项目投资额"]
    for r in range(2, ws.max_row + 1):
        name = ws.cell(r, 1).value
        if name.startswith(("高新产业", "3亿元")):
            ws.cell(r, office, "高新处")
        elif name == "科技创新强基项目投资额":
            ws.cell(r, office, "计划处")
        ws.cell(r, review).value = None  # checked against the plan
    wb["设置"]["B4"].value = 2026
    wb.save(book)
    plan = plan_of(tmp_path, "2024_huzhou_yaodian.txt", "湖州市科技局2027年科技工作要点.txt", 2027,
                   {"达3.5%左右": "达3.6%左右", "家数300家": "家数320家", **NOT_A_TARGETS_HEADING})
    run = kjreport("init", "--year", "2027", "--from", book.name, "--plan", plan.name, "2027.xlsx", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "责任科室按上年「目标任务」沿用" in run.stdout and "科技创新强基项目投资额→计划处" in run.stdout
    assert "1 项目标的原文与上年相同，上年已核对" in run.stdout
    new = tmp_path / "2027.xlsx"
    got = rows(new, "目标任务")
    assert "核对提示" not in got[0]  # the one hint was cleared last year for the same 原文
    offices = {r[0]: r[5] for r in got[1:]}
    assert offices["高新产业增加值占规上工业比重"] == "高新处" and offices["科技创新强基项目投资额"] == "计划处"
    assert offices["省级工程技术研究中心"] == "合作处"  # the plan's own 责任单位
    dropdown = [r[1] for r in rows(new, "下拉选项")[1:] if r[1]]
    assert "高新处" in dropdown and "计划处" in dropdown and "社发科" not in dropdown


def test_rollover_names_the_targets_added_by_hand_that_the_new_plan_drops(tmp_path):
    plan = plan_of(tmp_path, "2024_tengzhou_jihua.txt", "滕州市科学技术局2025年度工作计划.txt", 2025)
    run = kjreport("init", "--year", "2025", "--plan", plan.name, "2025.xlsx", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    wb = openpyxl.load_workbook(tmp_path / "2025.xlsx")
    ws = wb["目标任务"]
    ws.append(["新增高新技术企业", 45, "家", "≥", "一.1", "高新科", "力争在高企认定上实现较大突破（局党组会议确定：新增45家）", "新增"])
    ws.append(["规上工业企业研发费用", 15, "%", "≥", "一.1", "计划科", "研发投入增长15%（局党组会议确定）", "增速"])
    wb.save(tmp_path / "2025.xlsx")
    plan = plan_of(tmp_path, "2024_tengzhou_jihua.txt", "滕州市科学技术局2026年度工作计划.txt", 2026)
    run = kjreport("init", "--year", "2026", "--from", "2025.xlsx", "--plan", plan.name, "2026.xlsx", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert ("上年「目标任务」中手工添加的 2 项（新增高新技术企业 ≥45家、规上工业企业研发费用 增长≥15%）"
            "不在今年的工作意见中，未沿用；如 2026 年仍考核，请在「目标任务」中补上") in run.stdout
    assert [r[0] for r in rows(tmp_path / "2026.xlsx", "目标任务")[1:]] == ["科技创新项目", "省级以上科技平台"]


def test_number_columns_accept_the_readmes_not_applicable_marks(tmp_path):
    # qa11 F20: a "decimal ≥ 0" stop rule made Excel/WPS refuse the "—" and "/" the README asks for
    book = openpyxl.load_workbook(huzhou_2026(tmp_path))
    for sheet, column in (("县区数据", "B"), ("科室数据", "D"), ("科室数据", "E")):
        rule = next(d for d in book[sheet].data_validations.dataValidation if str(d.sqref).startswith(column))
        assert rule.type == "custom" and rule.errorStyle in (None, "stop"), (sheet, column)
        first = f"{column}2"
        assert rule.formula1.startswith(f"OR(AND(ISNUMBER({first}),{first}>=0)")
        for mark in ("/", "—", "——", "不适用"):
            assert f'{first}="{mark}"' in rule.formula1
        assert "不适用的填 / 或 —" in rule.error


def test_a_compilation_page_names_its_first_plan(tmp_path):
    # qa11 F21: "市科学技术局2025年度工作计划汇编(3篇)" twice, then 目录 and "1." on a line of its own
    plan = plan_of(tmp_path, "2024_tengzhou_jihua.txt", "滕州市科学技术局2025年度工作计划.txt", 2025)
    run = kjreport("init", "--year", "2025", "--plan", plan.name, "2025.xlsx", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    settings = {r[0]: r[1] for r in rows(tmp_path / "2025.xlsx", "设置")}
    assert settings["工作意见名称"] == "市科学技术局2025年度工作计划"
    assert "汇编" not in run.stdout.splitlines()[0]


def test_zhejiangs_short_names_are_catalogue_synonyms(tmp_path):
    # qa11 F2: 浙江 writes 高新产业 for 高新技术产业 and 营收 for 营业收入
    from kjreport.indicators.catalogue import load_catalogue

    catalogue = load_catalogue()
    assert catalogue.find("高新产业增加值占规上工业比重").name == "高新技术产业增加值占规上工业增加值比重"
    assert catalogue.find("规上企业研发费用占营收比重").name == "规上工业企业研发费用占营业收入比重"
    listed = kjreport("fill", "--list", cwd=tmp_path).stdout
    assert "高新产业增加值占规上工业比重" in listed and "规上企业研发费用占营收比重" in listed


def test_check_on_a_fresh_book_asks_for_the_county_names(tmp_path):
    # qa11 F31 / qa10 F46: nobody said the county names are typed by hand
    book = huzhou_2026(tmp_path)
    run = kjreport("check", book.name, cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert ("[提示] 湖州市2026年科技工作.xlsx 工作表「县区数据」 单元格 A2：「县区数据」还没有填写县区名称，"
            "而「全社会R&D经费投入占GDP比重」要按各县区的数据计算；请先在A列逐行填写各县区") in run.stdout
    wb = openpyxl.load_workbook(book)
    wb["县区数据"].append(["吴兴区"])
    wb.save(book)
    assert "还没有填写县区名称" not in kjreport("check", book.name, cwd=tmp_path).stdout


def test_rollover_keeps_a_hint_confirmed_in_the_record_cleared_too(tmp_path):
    """reviewgate13: a flagged row is a 须核对 item; the office may settle it by clearing the hint or by
    已核对 in 「核对记录」. Either way the same 原文 is not flagged again next year."""
    from kjreport.checks import confirm
    from tests.conftest import confirm_items

    book = huzhou_2026(tmp_path, NOT_A_TARGETS_HEADING)
    wb = openpyxl.load_workbook(book)
    wb["设置"]["B4"].value = 2026
    wb.save(book)
    items = [p for p in confirm_items(book) if p.sheet == "目标任务"]
    assert [p.found.split("「")[1].split(" ")[0] for p in items] == ["科技创新强基项目投资额"]
    assert "核对提示" in rows(book, "目标任务")[0]  # not cleared: marked in 「核对记录」
    assert any(r[0] == "目标任务" and r[3] == "已核对" for r in rows(book, confirm.SHEET)[1:])
    plan = plan_of(tmp_path, "2024_huzhou_yaodian.txt", "湖州市科技局2027年科技工作要点.txt", 2027,
                   {"达3.5%左右": "达3.6%左右", "家数300家": "家数320家", **NOT_A_TARGETS_HEADING})
    run = kjreport("init", "--year", "2027", "--from", book.name, "--plan", plan.name, "2027.xlsx", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "1 项目标的原文与上年相同，上年已核对" in run.stdout
    assert "核对提示" not in rows(tmp_path / "2027.xlsx", "目标任务")[0]
