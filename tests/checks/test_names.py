"""Names (issue 10 item 3): folded, matched, and an orphan named with its likely match."""

from __future__ import annotations

from kjreport.checks.names import fold, likely_match, orphan_problem

KNOWN = ["清河区", "丰源区", "高新区", "金堤县", "西山县"]


def test_fold_spaces_and_full_width():
    assert fold(" 清 河\u3000区 ") == "清河区"
    assert fold("ＡＢ县") == "AB县"


def test_likely_match():
    assert likely_match("清河", KNOWN) == "清河区"
    assert likely_match("金堤区", KNOWN) == "金堤县"
    assert likely_match("市直", KNOWN) is None


def test_orphan_message_names_the_match():
    p = orphan_problem("f.xlsx", "县区上年数据", "A2", "清河", "县区数据", KNOWN, "同比不可比")
    assert p.severity == "错误" and "可能是「清河区」" in p.found and p.cell == "A2"
    p = orphan_problem("f.xlsx", "企业台账", "B3", "市直", "县区数据", KNOWN, "不计入县区", rows=3)
    assert p.severity == "提示" and "共 3 行" in p.found


# --- QA round 3 (邯郸2018), through ``check`` on copies of the sample ---------------------------

def _check(sample_path, tmp_path, change):
    import openpyxl

    from kjreport.report import check_source

    path = tmp_path / "book.xlsx"
    wb = openpyxl.load_workbook(sample_path)
    change(wb)
    wb.save(path)
    return check_source(path)


def test_a_typo_in_this_year_s_sheet_is_pointed_at_there(sample_path, tmp_path):
    # S6: 县区数据!A2 typed 「清河」, 县区上年数据 keeps the official 「清河区」: fix 县区数据, not the other
    def typo(wb):
        assert wb["县区数据"]["A2"].value == "清河区"
        wb["县区数据"]["A2"] = "清河"
    problems = [p for p in _check(sample_path, tmp_path, typo) if "清河" in p.found and p.cell]
    assert problems[0].sheet == "县区数据" and problems[0].cell == "A2" and problems[0].severity == "错误"
    assert "可能是「清河区」" in problems[0].found and "请把「清河」改为「清河区」" in problems[0].expected
    # the ledgers' rows say 清河区 too: they name 县区数据's spelling as the one to correct
    for p in problems[1:]:
        assert p.sheet.endswith("台账") and "请把「县区数据」中的「清河」改为「清河区」" in p.expected
    assert not [p for p in problems if "请把「清河区」改为" in p.expected]


def test_a_typo_in_last_year_s_sheet_is_still_pointed_at_there(sample_path, tmp_path):
    def typo(wb):
        wb["县区上年数据"]["A2"] = "清河"
    problems = [p for p in _check(sample_path, tmp_path, typo) if "清河" in p.found and p.cell]
    assert [(p.sheet, p.cell) for p in problems] == [("县区上年数据", "A2")]
    assert "请把「清河」改为「清河区」" in problems[0].expected


def test_a_stray_indicator_row_under_the_counties_is_an_error(sample_path, tmp_path):
    # S3: a 科室 line typed at the bottom of 县区数据, in a column no county fills
    def stray(wb):
        ws = wb["县区数据"]
        assert ws.max_row == 11 and ws.max_column == 10
        ws.cell(1, 11).value = "孵化器面积（万平方米）"  # a column no county fills
        ws.cell(12, 1).value = "市级农业科技园区"
        ws.cell(12, 11).value = 21
    problems = _check(sample_path, tmp_path, stray)
    errors = [p for p in problems if p.severity == "错误" and "市级农业科技园区" in p.found]
    assert len(errors) == 1 and errors[0].sheet == "县区数据" and errors[0].cell == "A12"
    assert "不像是县区" in errors[0].found and "科室数据" in errors[0].expected


def test_a_new_county_with_figures_is_only_a_hint(sample_path, tmp_path):
    def new_county(wb):
        ws = wb["县区数据"]
        ws.append(["新设区", *[c.value for c in ws[11][1:]]])
    problems = _check(sample_path, tmp_path, new_county)
    assert not [p for p in problems if p.severity == "错误" and "新设区" in p.found]


# --- QA round 4 (福州2025), F4: a misspelt full name is pointed at by evidence ------------------

def _rename(wb, old: str, new: str, sheets=("县区数据", "县区上年数据")):
    for name in sheets:
        for row in wb[name].iter_rows():
            for c in row:
                if c.value == old:
                    c.value = new


def test_a_misspelt_county_this_year_is_corrected_to_the_official_name(sample_path, tmp_path):
    # 县区数据 typed 「晋按区」, 县区上年数据 holds 「晋安区」: only the county list tells them apart
    def typo(wb):
        _rename(wb, "清河区", "晋安区")
        wb["县区数据"]["A2"] = "晋按区"
    problems = [p for p in _check(sample_path, tmp_path, typo) if "晋" in p.found and p.cell]
    assert [(p.sheet, p.cell, p.severity) for p in problems] == [("县区数据", "A2", "错误")]
    assert "可能是「晋安区」的笔误" in problems[0].found and "县区名录" in problems[0].found
    assert "请把「晋按区」改为「晋安区」" in problems[0].expected
    assert not [p for p in _check(sample_path, tmp_path, typo) if "改为「晋按区」" in p.expected]


def test_a_misspelt_county_last_year_is_corrected_there(sample_path, tmp_path):
    def typo(wb):
        _rename(wb, "清河区", "晋安区")
        wb["县区上年数据"]["A2"] = "晋按区"
    problems = [p for p in _check(sample_path, tmp_path, typo) if "晋" in p.found and p.cell]
    assert [(p.sheet, p.cell) for p in problems] == [("县区上年数据", "A2")]
    assert "请把「晋按区」改为「晋安区」" in problems[0].expected


def test_the_ledgers_tell_which_spelling_is_right(sample_path, tmp_path):
    # 「丰园区」/「丰源区」 are on no list; the three ledgers write 丰源区
    def this_year(wb):
        wb["县区数据"]["A3"] = "丰园区"
    problems = [p for p in _check(sample_path, tmp_path, this_year) if "丰" in p.found and p.cell]
    assert (problems[0].sheet, problems[0].cell) == ("县区数据", "A3")
    assert "请把「丰园区」改为「丰源区」" in problems[0].expected and "项目台账" in problems[0].found
    assert all("请把「县区数据」中的「丰园区」改为「丰源区」" in p.expected for p in problems[1:])
    assert not [p for p in problems if "改为「丰园区」" in p.expected]

    def last_year(wb):
        wb["县区上年数据"]["A3"] = "丰园区"
    problems = [p for p in _check(sample_path, tmp_path, last_year) if "丰" in p.found and p.cell]
    assert [(p.sheet, p.cell) for p in problems] == [("县区上年数据", "A3")]
    assert "请把「丰园区」改为「丰源区」" in problems[0].expected


def test_without_evidence_this_year_s_sheet_is_suspected_but_both_ways_are_said():
    from kjreport.checks.names import better_spelling, misspelt_problem

    assert better_spelling("丰园区", "丰源区", "鲁泽市", {"收件人": {"清河区"}}) is None
    assert better_spelling("晋按区", "晋安区", "福州市")[0] == "晋安区"
    assert better_spelling("晋安区", "晋按区", "福州市")[0] == "晋安区"
    p = misspelt_problem("f.xlsx", "县区数据", "A3", "丰园区", "丰源区", "县区上年数据", "A3", "不可比")
    assert p.severity == "错误" and "请把「丰园区」改为「丰源区」" in p.expected
    assert "若「丰园区」才是正确名称" in p.expected and "「县区上年数据」A3" in p.expected


def test_an_indicator_typed_as_a_county_row_gets_one_error_only(sample_path, tmp_path):
    # F5 (S3 remainder): 「市级以上众创空间、孵化器｜206」 typed under the counties, its figure in a
    # column every county fills; the target list names that indicator
    def stray(wb):
        targets = wb["目标任务"]
        targets.append(["市级以上众创空间、孵化器", 200, "家", "≥", targets["E2"].value, "高新科"])
        ws = wb["县区数据"]
        assert ws.max_row == 11 and ws["G1"].value.startswith("科技特派员")
        ws["A12"], ws["G12"] = "市级以上众创空间、孵化器", 206
    problems = _check(sample_path, tmp_path, stray)
    about = [p for p in problems if p.sheet == "县区数据" and p.cell and p.cell.endswith("12")]
    assert [(p.cell, p.severity) for p in about] == [("A12", "错误")], [p.found for p in about]
    assert "不像是县区" in about[0].found and "指标名称" in about[0].found and "206" in about[0].found
    assert not [p for p in problems if "缺少" in p.found and "孵化器" in p.found]
    assert not [p for p in problems if "为空" in p.found]


def test_a_slip_typed_the_same_in_every_sheet_is_hinted_from_the_county_list(sample_path, tmp_path):
    # the clerk wrote 「晋按区」 everywhere (as an earlier message wrongly told): 福州市's county list
    # has 晋安区, one character away and used nowhere in the workbook
    def everywhere(wb):
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if c.value == "清河区":
                        c.value = "晋按区"
                    elif c.value == "城市名称":
                        ws.cell(c.row, c.column + 1).value = "福州市"
    problems = [p for p in _check(sample_path, tmp_path, everywhere) if "名录" in p.found]
    assert [(p.sheet, p.cell, p.severity) for p in problems] == [("县区数据", "A2", "提示")]
    assert "「晋按区」不在福州市的县区名录" in problems[0].found and "可能是「晋安区」" in problems[0].found


def test_the_county_list_knows_real_cities_only():
    from kjreport.checks.gazetteer import city_counties, official_county

    assert {"鼓楼区", "晋安区", "永泰县"} <= city_counties("福州市")
    assert city_counties("鲁泽市") is None  # the sample's city is made up: no hint from the list
    assert official_county("晋安区", "福州市") and not official_county("晋按区", "福州市")
    assert not official_county("婺城区", "福州市") and official_county("婺城区")


# --- QA round 5 (东营2025) ----------------------------------------------------------------------

def test_a_short_name_last_year_is_matched_to_the_unmatched_full_name(sample_path, tmp_path):
    # F1: 县区上年数据 typed the usual short form 「清河开发区」 of 「清河经济技术开发区」; 「清河区」 is already
    # a row of that sheet, so suggesting it would make it appear twice
    def short(wb):
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if c.value == "高新区" and ws.cell(1, c.column).value != "类型":
                        c.value = "清河经济技术开发区"
        wb["县区上年数据"]["A4"] = "清河开发区"
    problems = [p for p in _check(sample_path, tmp_path, short) if "开发区" in p.found and p.cell]
    assert [(p.sheet, p.cell, p.severity) for p in problems] == [("县区上年数据", "A4", "错误")]
    assert "可能是「清河经济技术开发区」" in problems[0].found
    assert "请把「清河开发区」改为「清河经济技术开发区」" in problems[0].expected
    assert not [p for p in _check(sample_path, tmp_path, short) if "改为「清河区」" in p.expected]


def test_a_suggestion_is_never_a_name_the_sheet_already_holds():
    p = orphan_problem("f.xlsx", "县区上年数据", "A7", "清河开发区", "县区数据", KNOWN, "同比不可比",
                       taken=["清河区", "丰源区"])
    assert "清河区" not in p.expected
