import pytest

from kjreport.workbook.numbers import is_excel_error, parse_number


@pytest.mark.parametrize(("raw", "unit", "value"), [
    (1200, "", 1200), (26.5, "%", 26.5), ("1,200", "人", 1200), ("８００", "亿元", 800),
    ("26.5%", "%", 26.5), ("800亿元", "亿元", 800), ("8000万元", "亿元", 0.8),
    ("94,000", "万元", 94000), (" 12 ", "人", 12), ("-3.5", "", -3.5),
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


def test_wrong_unit_and_booleans():
    assert "不一致" in parse_number("3家", "人").error
    assert "百分数" in parse_number("5%", "亿元").error
    assert parse_number(True).error
    assert parse_number(None).value is None and parse_number(None).error == ""
