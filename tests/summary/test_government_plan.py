"""A people's government imports its own plan (潜江 2017, final130: 市人民政府办公室关于分解落实
《政府工作报告》的通知) and writes its year-end summary with no code: the documents speak of the
report it implements and of its own work, not of a 科技局's, and a ceiling held (居民消费价格指数
102.1 under 103.5) is not a problem."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from kjreport.model import Settings
from tests.helpers import cli_ok, cli_output, fill_areas, fill_department, init_from_plan
from tests.summary.docx_readback import body_text

PLAN = Path(__file__).parents[1] / "plan" / "corpus" / "2017_qianjiang_fenjie.txt"
FIGURES = {
    "规模以上工业增加值": (452.3, 410.1), "地方一般公共财政预算收入": (39.8, 36.5),
    "全社会固定资产投资": (693.0, 601.2), "社会消费品零售总额": (286.4, 258.0),
    "居民消费价格指数": (102.1, 101.8), "城镇登记失业率": (3.2, 3.4), "投资": (215, None),
}
TOWNS = {"园林办事处": (210.5, 195.2), "杨市办事处": (88.3, 81.0), "竹根滩镇": (56.8, 52.7)}


def _book(tmp_path: Path) -> Path:
    book, wb = init_from_plan(tmp_path, PLAN, "潜江.txt", 2017, "2017年工作簿.xlsx",
                              城市名称="潜江市", 单位名称="潜江市人民政府")
    fill_department(wb, FIGURES)
    ks = wb["科室数据"]
    for r in range(2, ks.max_row + 1):
        ks.cell(r, 1).value = "办公室"  # the office types its 科室 here, not in 目标任务
    fill_areas(wb["县区数据"], [{"县区": t, "地区生产总值": v[0]} for t, v in TOWNS.items()])
    fill_areas(wb["县区上年数据"], [{"县区": t, "地区生产总值": v[1]} for t, v in TOWNS.items()])
    wb.save(book)
    return book


def test_a_governments_summary_speaks_of_its_own_report(tmp_path: Path) -> None:
    book = _book(tmp_path)
    out = cli_output("check", book)
    assert "责任科室为空" not in out, out  # 科室数据's same-named rows name the 科室
    cli_ok("fill", book)
    summary = tmp_path / "总结.docx"
    cli_ok("docx", book, "-o", summary, "--no-charts")
    text = body_text(summary).replace("\n", "")
    assert "潜江市人民政府在市委的正确领导下，紧紧围绕《政府工作报告》的部署" in text, text[:300]
    assert "科技工作" not in text and "科技工作意见" not in text
    assert "潜江市2017年主要指标完成情况表" in text
    # CPI rose 0.3 % but stayed under its 103.5 ceiling: no "比上年有所下降" naming it
    assert "有所下降" not in text and "不降反升" not in text
    assert "全社会固定资产投资同比增长15.3%，低于16%的年度目标" in text


def test_the_fill_table_is_titled_without_science_for_a_government(tmp_path: Path) -> None:
    book = _book(tmp_path)
    out = cli_output("fill", book).replace("\n", "")
    assert "潜江市2017年工作主要指标（截至12月）" in out and "科技工作主要指标" not in out


def test_domain_by_unit() -> None:
    def domain(organization: str) -> str:
        return Settings(city="", organization=organization, year=2017).domain

    assert domain("潜江市人民政府") == "" and domain("潜江市发展和改革委员会") == ""
    for unit in ("", "鲁泽市科学技术局", "汉寿县科技和工业信息化局", "东莞市常平镇科技办",
                 "株洲经济技术开发区科技创新局", "西安高新区创新发展局", "泰州市科学技术协会", "泰州市科协"):
        assert domain(unit) == "科技", unit


def test_a_science_bureau_keeps_its_words(sample_copy: Path, tmp_path: Path) -> None:
    summary = tmp_path / "总结.docx"
    cli_ok("docx", sample_copy, "-o", summary, "--no-charts")
    text = body_text(summary).replace("\n", "")
    assert "年初确定的全市科技工作意见" in text and "科技工作主要指标完成情况表" in text
    wb = openpyxl.load_workbook(sample_copy)
    assert "科学技术" in str(wb["设置"]["B3"].value)


def test_a_governments_notices_address_governments_and_its_departments(tmp_path: Path) -> None:
    book = _book(tmp_path)
    cli_ok("fill", book)
    progress = tmp_path / "进度.docx"
    cli_ok("progress", book, "-o", progress, "--no-charts")
    text = body_text(progress).replace("\n", "")
    assert "科技主管部门" not in text and "各科室" not in text, text[:400]
    # 园林办事处 and 杨市办事处 are 街道 named by their offices, 竹根滩镇 a 镇: the units are 街镇
    assert text.startswith("潜江市人民政府关于2017年全年工作目标任务进展情况的通报各有关部门，各镇人民政府、街道办事处：")
    assert "根据各有关部门、各街镇报送的数据" in text and "县区" not in text
    assert _number(progress).startswith("潜政发〔")  # 潜江市人民政府: no guessed 科字 (issued today)
    towns = tmp_path / "镇办"
    cli_ok("docx", book, "--by", "县区", "-o", towns, "--no-charts")
    bulletins = sorted(towns.glob("*.docx"))
    assert bulletins
    for bulletin in bulletins:
        words = body_text(bulletin).replace("\n", "")
        assert "科技主管部门" not in words and "科技指标" not in words, words[:400]
        assert _number(bulletin).startswith("潜政发〔")
    garden = body_text(next(b for b in bulletins if "园林办事处" in b.name)).replace("\n", "")
    assert "园林办事处：" in garden and "园林办事处办事处" not in garden and "园林办事处人民政府" not in garden


def _number(path: Path) -> str:
    """Return the 发文字号 under the 版头's 发文机关标志."""
    import docx

    return next(p.text for p in docx.Document(str(path)).paragraphs if "〔" in p.text)


def test_the_default_document_code_follows_the_unit() -> None:
    from kjreport.summary.redhead import GAP, default_code

    def code(organization: str) -> str:
        return default_code(Settings(city="潜江市", organization=organization, year=2017))

    assert code("潜江市科学技术局") == "潜科字"
    assert code("潜江市人民政府办公室") == "潜政办发" and code("潜江市人民政府") == "潜政发"
    assert code("九龙园区管理委员会") == GAP  # its own 代字 is not guessed
