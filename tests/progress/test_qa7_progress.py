"""QA round 7 F15, through the real CLI on a copy of the sample: a target already past its annual
figure is not reported as "完成率提高…进度明显加快", and a stock whose planned increase is tiny
(科技特派员 1110 against 1105 at last year's end) shows "已超过年度目标", not 900 %."""

from __future__ import annotations

import docx
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.progress import build_progress
from kjreport.progress.sheet import progress_rows
from kjreport.report import load_report
from tests.indicators.test_reported_workbook import edit
from tests.progress.test_qa4_progress import set_target
from tests.summary.docx_readback import body_text


def test_a_target_already_passed_is_no_quickening_and_no_absurd_rate(sample_path, tmp_path):
    # 科技特派员: 1105 at last year's end, target 1110 (a planned increase of 5), 1080 in March,
    # 1150 in June; 重要科技成果: target 20, 21 in March (105 %), 52 in June
    path = edit(sample_path, tmp_path / "上半年2011.xlsx", set_target("科技特派员", 1110),
                set_target("重要科技成果", 20))
    out = tmp_path / "通报.docx"
    result = CliRunner().invoke(main, ["progress", str(path), "--month", "6", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = body_text(out).replace("\n", "")
    assert "科技特派员达到1150人，比上年末增加45人，已超过年度目标（1110人）" in text, text
    assert "900.0%" not in text and "850个百分点" not in text
    assert "科技特派员完成率提高" not in text and "重要科技成果完成率提高" not in text, text
    rows = {r.cells[1].text: [c.text for c in r.cells] for r in docx.Document(str(out)).tables[0].rows}
    assert rows["科技特派员"][5:9] == ["已超过年度目标", "50.0", "—", "已完成"], rows["科技特派员"]
    assert rows["重要科技成果"][5] == "260.0"  # a flow's 完成率 is real: 52 of 20
    assert "完成率栏写“已超过年度目标”" in text  # the table note says why
    # the 进度 sheet keeps the figures and says it too
    sheet = {r[0]: r for r in progress_rows(build_progress(load_report(path), 6))[0] if r}
    assert sheet["科技特派员"][8].endswith("已超过年度目标"), sheet["科技特派员"]


def test_a_stock_short_of_its_target_keeps_its_rate(sample_path, tmp_path):
    # 1150 of a target 1200 (1105 last year's end): 45 of 95 planned, 47.4 % — as before
    items = {i.name: i for i in build_progress(load_report(sample_path), 6).items}
    assert not items["科技特派员"].beyond_target and round(items["科技特派员"].completion, 1) == 47.4
