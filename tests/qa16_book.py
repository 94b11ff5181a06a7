"""The 鄂尔多斯市 2025 workbook of the qa16 tester (an 内蒙古 city bureau whose units are 7 旗, 2 区
and a 高新区, that had never used kjreport): ``kjreport init`` on
tests/plan/corpus/2025_eerduosi_fangan.txt (its 科技“突围”工程 2025 方案), filled as the office fills
it, for tests that run the CLI.

The office read the targets against the plan and renamed three (the 1.6亿元 研发投入 is the 突围
projects', not the city's 全社会R&D), gave every target its 科室 (the bureau's own: 重大专项科, 人才科
…), and typed a few things as offices do: 「56项」,
a full-width 「３４」, 「2,760」 in a 万元 column, 县区上年数据 in another row order."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import init_from_plan

PLAN = Path(__file__).parent / "plan" / "corpus" / "2025_eerduosi_fangan.txt"
RENAMED = {"全社会R&D经费投入": "科技突围项目研发投入", "知识产权": "申请专利等知识产权",
           "重大项目": "自治区科技“突围”等重大项目"}
OFFICES = {"科技突围项目研发投入": "重大专项科", "申请专利等知识产权": "成果转化科", "发表高水平论文": "成果转化科",
           "高层次科技人才": "人才科", "落地人才团队": "人才科", "制定标准": "成果转化科",
           "自治区科技“突围”等重大项目": "重大专项科", "市级科技“突围”项目": "重大专项科",
           "国家、自治区级创新平台": "平台建设科"}
DEPARTMENT = {  # 指标: (本年数, 上年数), as typed
    "科技突围项目研发投入": (1.72, 1.35), "申请专利等知识产权": ("56项", 48), "发表高水平论文": (27, 25),
    "高层次科技人才": ("３４", 28), "落地人才团队": (4, 5), "制定标准": (8, None),
    "自治区科技“突围”等重大项目": (6, 4), "市级科技“突围”项目": (16, 12), "国家、自治区级创新平台": (3, 2),
}
HEADERS = ("全社会R&D经费支出（亿元）", "类型", "地区生产总值（亿元）", "科技突围项目研发投入（万元）", "高层次科技人才（人）")
UNITS = [  # 旗区, 类型, (R&D亿, GDP亿, 突围万元, 人才) 本年, the same 上年
    ("东胜区", "区", (9.8, 1012.5, 3150, 8), (8.9, 958.3, 2480, 7)),
    ("康巴什区", "区", (2.1, 168.4, 1820, 6), (1.8, 155.2, 1460, 5)),
    ("达拉特旗", "旗", (6.2, 705.8, 1650, 3), (5.6, 668.1, 1320, 3)),
    ("准格尔旗", "旗", (14.6, 1630.2, 3480, 5), (13.2, 1571.4, 2760, 4)),
    ("伊金霍洛旗", "旗", (11.3, 1325.6, "2,760", 4), (10.5, 1250.9, 2150, 3)),
    ("乌审旗", "旗", (5.4, 612.3, 1230, 2), (4.9, 580.6, 980, 2)),
    ("杭锦旗", "旗", (1.6, 260.4, 520, 1), (1.5, 248.7, 430, 1)),
    ("鄂托克旗", "旗", (5.9, 785.1, 1380, 2), (5.5, 742.6, 1050, 1)),
    ("鄂托克前旗", "旗", (1.2, 198.6, 460, 1), (1.3, 187.2, 350, 1)),
    ("鄂尔多斯高新技术产业开发区", "高新区", (1.9, 95.3, 1050, 3), (1.6, 88.7, 720, 1)),
]
NEXT_YEAR = [  # 工作打算, 指标, 目标值, 单位
    ("深入实施科技“突围”工程，力争完成项目研发投入2亿元。", "科技突围项目研发投入", 2, "亿元"),
    ("加快培育科技型企业，新增高新技术企业60家。", "新增高新技术企业", 60, "家"),
    ("持续引进高层次科技人才。", "高层次科技人才", 35, "人"),
]
RECIPIENTS = [("王局长", "wangjz@ordos-kj.example.cn", "局领导", None),
              ("局办公室", "bgs@ordos-kj.example.cn", "办公室", "是"),
              ("准格尔旗科技局", "zgeq@ordos-kj.example.cn", "准格尔旗", None)]


def ordos_book(tmp_path: Path, name: str = "鄂尔多斯市2025年科技工作.xlsx") -> Path:
    """Return the filled 鄂尔多斯市 2025 workbook in ``tmp_path``: every target and 科室数据 row
    renamed and assigned as the office did, every 旗区 reported, a 2026 plan with targets."""
    book, wb = init_from_plan(tmp_path, PLAN, "鄂尔多斯市科技突围工程2025年工作方案.txt", 2025, name,
                              成文日期="2025年12月26日", 发文字号="鄂科字")
    targets = wb["目标任务"]
    for r in range(2, targets.max_row + 1):
        indicator = RENAMED.get(targets.cell(r, 1).value, targets.cell(r, 1).value)
        targets.cell(r, 1).value, targets.cell(r, 6).value = indicator, OFFICES[indicator]
    ks = wb["科室数据"]
    ks.append([None, "科技突围项目研发投入", "亿元"])
    for r in range(2, ks.max_row + 1):
        indicator = RENAMED.get(ks.cell(r, 2).value, ks.cell(r, 2).value)
        ks.cell(r, 1).value, ks.cell(r, 2).value = OFFICES[indicator], indicator
        ks.cell(r, 4).value, ks.cell(r, 5).value = DEPARTMENT[indicator]
    for sheet, at in (("县区数据", 2), ("县区上年数据", 3)):
        ws = wb[sheet]
        for j, header in enumerate(HEADERS, start=2):
            ws.cell(1, j).value = header
        units = UNITS if at == 2 else sorted(UNITS, key=lambda u: -u[3][0])  # 上年 copied sorted by R&D
        for i, unit in enumerate(units, start=2):
            r_d, gdp, projects, talents = unit[at]
            for j, value in enumerate((unit[0], r_d, unit[1], gdp, projects, talents), start=1):
                ws.cell(i, j).value = value
    wb["工作进展"].append(["一", "重大专项科", "全年持续推进已部署点位项目，新谋划布局突围点位4个。"])
    for row in NEXT_YEAR:
        wb["下年工作打算"].append(list(row))
    for person in RECIPIENTS:
        wb["收件人"].append(list(person))
    wb.save(book)
    return book
