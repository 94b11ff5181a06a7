import pytest

from kjreport.workbook.numbers import is_excel_error, parse_number


@pytest.mark.parametrize(("raw", "unit", "value"), [
    (1200, "", 1200), (26.5, "%", 26.5), ("1,200", "人", 1200), ("８００", "亿元", 800),
    ("26.5%", "%", 26.5), ("800亿元", "亿元", 800), ("8000万元", "亿元", 0.8),
    ("94,000", "万元", 94000), (" 12 ", "人", 12), ("-3.5", "", -3.5),
    ("第25位", "位", 25), ("第 3 名", "位", 3), ("第２５位", "", 25),
])
def test_accepted_forms_say_what_they_converted(raw, unit, value):
    parsed = parse_number(raw, unit)
    assert parsed.error == ""
    assert parsed.value == pytest.approx(value)
    assert bool(parsed.note) == isinstance(raw, str)


@pytest.mark.parametrize("raw", ["八百左右", "约800", "800-900", "待报", "1.2.3", "12 34"])
def test_words_are_rejected(raw):
    parsed = parse_number(raw, "亿元")
    assert parsed.value is None
    assert raw.strip() in parsed.error


@pytest.mark.parametrize("raw", ["#DIV/0!", "#N/A", "#REF!", "#VALUE!"])
def test_excel_errors(raw):
    assert is_excel_error(raw)
    assert "Excel 错误值" in parse_number(raw).error


@pytest.mark.parametrize("raw", ["第3批", "第-2位", "第二十五位"])
def test_an_ordinal_is_a_number_only_for_a_rank(raw):
    assert parse_number(raw, "位").value is None


def test_a_rank_in_a_row_of_another_unit_is_an_error():
    assert parse_number("第25位", "家").error == "「第25位」是位次，而本列单位是家"


def test_wrong_unit_and_booleans():
    assert "不一致" in parse_number("3家", "人").error
    assert "百分数" in parse_number("5%", "亿元").error
    assert parse_number(True).error
    assert parse_number(None).value is None and parse_number(None).error == ""


def test_a_count_typed_with_its_own_unit_is_read_like_an_amount(sample_path, tmp_path):
    # QA round 3 S9: 「374件」 in 县区数据's 专利申请量（件） is read as 374 with a hint, as 「26.8亿元」
    # is; a count in the wrong unit is an error whose example is a whole number
    import openpyxl

    from kjreport.report import check_source

    wb = openpyxl.load_workbook(sample_path)
    for sheet in ("县区数据", "县区上年数据"):
        ws = wb[sheet]
        ws.cell(1, 11).value = "专利申请量（件）"
        ws.cell(1, 12).value = "众创空间（家）"
        for row in range(2, 12):
            ws.cell(row, 11).value = 100 + row
            ws.cell(row, 12).value = row
    wb["县区数据"]["K3"] = "374件"
    wb["县区数据"]["L4"] = "3件"
    ws = wb["科室数据"]
    blank_row = ws.max_row + 1
    ws.append(["农村科", "市级农业科技园区", "家", None, 18])
    path = tmp_path / "units.xlsx"
    wb.save(path)
    problems = {(p.sheet, p.cell): p for p in check_source(path)}
    hint = problems[("县区数据", "K3")]
    assert hint.severity == "提示" and "374" in hint.found
    error = problems[("县区数据", "L4")]
    assert error.severity == "错误" and "「件」与本列单位「家」不一致" in error.found
    assert "如 1200" in error.expected and "26.5" not in error.expected
    assert parse_number("12期", "期").value == 12 and parse_number("5场").value == 5
    blank = problems[("科室数据", f"D{blank_row}")]
    assert "（单位：家），如 1200" in blank.expected and "26.5" not in blank.expected


@pytest.mark.parametrize(("raw", "guess"), [
    ("约一百", 100), ("一百二十", 120), ("三点五", 3.5), ("两千", 2000), ("约3", 3), ("八百左右", 800),
    ("百分之四点六", 4.6), ("一千零五", 1005), ("七个", 7), ("一百家", 100),
])
def test_chinese_numerals_are_still_errors_but_say_the_number(raw, guess):
    parsed = parse_number(raw, "亿元")
    assert parsed.value is None and parsed.error == f"「{raw}」不是数字"
    assert parsed.guess == pytest.approx(guess)


@pytest.mark.parametrize("raw", ["待统计", "一二三", "点五", "三点"])
def test_words_that_are_no_numeral_suggest_nothing(raw):
    assert parse_number(raw, "亿元").guess is None
