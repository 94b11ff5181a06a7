"""qa12 F17/F37: 「设置」单位名称 or 城市名称 naming another place than the book's is 须核对, at
the cell that is wrong (the counties say which)."""

from __future__ import annotations

from kjreport.report import check_source
from tests.helpers import fill_settings
from tests.indicators.test_reported_workbook import edit
from tests.summary.renamed_units import rename_in_cells

YICHUN = dict(zip(("清河区", "丰源区", "高新区", "金堤县", "凤城县", "柳桥县", "南湖县", "双河县", "临泽县", "西山县"),
                  ("袁州区", "樟树市", "丰城市", "高安市", "奉新县", "万载县", "上高县", "宜丰县", "靖安县", "铜鼓县"),
                  strict=True))


def _settings(**values):
    def change(wb):
        fill_settings(wb, **values)
    return change


def _yichun(wb):
    rename_in_cells(wb, YICHUN)


def _places(path):
    return [p for p in check_source(path) if p.sheet == "设置" and p.severity == "须核对"]


def test_a_unit_name_copied_from_the_sample_is_to_be_verified(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "u.xlsx", _yichun, _settings(城市名称="宜春市"))
    [p] = _places(path)
    assert p.cell == "B3"
    assert p.found == "单位名称「鲁泽市科学技术局」与城市名称「宜春市」不一致（单位名称是鲁泽市的）"
    assert "如「宜春市科学技术局」" in p.expected


def test_a_neighbouring_city_name_is_said_at_the_city_without_rename_hints(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "c.xlsx", _yichun, _settings(城市名称="萍乡市", 单位名称="宜春市科学技术局"))
    problems = check_source(path)
    [p] = [p for p in problems if p.sheet == "设置" and p.severity == "须核对"]
    assert p.cell == "B2" and p.found.startswith("城市名称为「萍乡市」，而「县区数据」的 10 个县区中有 10 个属于宜春市")
    assert "「单位名称」也是「宜春市科学技术局」" in p.found and p.expected.startswith("城市名称是否应为「宜春市」")
    assert not [p for p in problems if "名录" in p.found]  # no 「上高县 → 上栗县」 advice


def test_a_fictional_city_unknown_to_the_list_is_said_at_the_city(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", _yichun, _settings(单位名称="宜春市科学技术局"))
    [p] = _places(path)
    assert p.cell == "B2" and "属于宜春市" in p.found


def test_matching_names_are_quiet(sample_path, tmp_path):
    assert not _places(sample_path)
    path = edit(sample_path, tmp_path / "q.xlsx", _yichun, _settings(城市名称="宜春市", 单位名称="宜春市科学技术局"))
    assert not _places(path)


def test_a_zones_own_unit_in_its_district_is_quiet(sample_path, tmp_path):
    """九龙园区 2019 (final125) tried as a user: the park's 管委会 in 重庆市九龙坡区 is named by its
    park, not by the district; a zone's name there is no sign of a copied book."""
    path = edit(sample_path, tmp_path / "z.xlsx", _settings(城市名称="重庆市九龙坡区", 单位名称="九龙园区管委会"))
    assert not [p for p in _places(path) if p.cell == "B3"]
    path = edit(sample_path, tmp_path / "n.xlsx", _settings(城市名称="银川市", 单位名称="宁东能源化工基地管委会科技局"))
    assert not [p for p in _places(path) if p.cell == "B3"]
