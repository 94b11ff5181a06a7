import textwrap

import pytest

from kjreport.errors import RegistryError
from kjreport.indicators import Registry, build_registry, indicator
from kjreport.indicators.registry import IndicatorSpec


def test_builtins_cover_every_plan_target():
    names = set(build_registry().names)
    for name in ["高新技术产业产值", "高新技术产业产值占规模以上工业总产值比重", "全社会R&D经费投入",
                 "全社会R&D经费投入占GDP比重", "省级以上科技计划项目", "技术创新提升工程重大专项", "重要科技成果",
                 "省科技成果重点推广计划项目", "高新技术企业", "市级创新型试点企业", "创新型企业",
                 "市级工程技术研究中心", "科技特派员", "利益共同体", "培训农民", "科技进步贡献率", "重点企业产值",
                 "重点企业产值占高新技术产业产值比重", "一区五园高新技术产业产值", "列入国家和省科技重大专项",
                 "产学研合作企业", "来市指导院士", "来市指导专家", "省级工程技术研究中心", "产业技术创新战略联盟",
                 "院士工作站", "农业科技示范园区", "重大节能降耗减排科技项目", "节能新技术新装备推广",
                 "民生科技关键技术研发及成果转化", "省级创新型试点企业", "企业R&D经费投入",
                 "创新型企业R&D经费占销售收入比重", "高新技术企业和试点企业R&D经费占销售收入比重"]:
        assert name in names


def test_decorator_only_tags_and_kind_follows_unit():
    @indicator("某比重", unit="%", inputs={"a": "县区.A"})
    def f(a):
        return a.sum()

    spec = f.__kjreport_indicator__
    assert isinstance(spec, IndicatorSpec) and spec.kind == "ratio" and spec.by_county
    assert f(__import__("pandas").Series([1, 2])) == 3


def test_duplicate_name_fails_when_built(tmp_path):
    plugin = tmp_path / "mine.py"
    plugin.write_text(textwrap.dedent("""
        from kjreport.indicators import indicator

        @indicator("高新技术产业产值", unit="亿元", inputs={"v": "县区.高新技术产业产值"})
        def again(v):
            return v.sum()
    """), encoding="utf-8")
    with pytest.raises(RegistryError, match="重复") as err:
        build_registry([plugin])
    assert "mine.py" in str(err.value)


def test_undeclared_parameter_fails():
    @indicator("x", unit="项", inputs={"a": "项目台账"})
    def f(a, b):
        return 1

    with pytest.raises(RegistryError, match="参数 b"):
        Registry().add(f.__kjreport_indicator__)


def test_unknown_input_fails_against_the_workbook_fields():
    reg = Registry()

    @indicator("自定义", unit="项", inputs={"a": "县区.不存在的列"})
    def f(a):
        return 1

    reg.add(f.__kjreport_indicator__)
    with pytest.raises(RegistryError, match="县区.不存在的列"):
        reg.check_inputs({"县区.高新技术产业产值"})


def test_user_file_errors_name_file_and_line(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("x = 1\ndef broken(:\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"bad.py 第2行"):
        build_registry([bad])
    empty = tmp_path / "empty.py"
    empty.write_text("x = 1\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="没有用 @indicator"):
        build_registry([empty])
    with pytest.raises(RegistryError, match="找不到自定义指标文件"):
        build_registry([tmp_path / "missing.py"])
