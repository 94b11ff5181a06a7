"""The ribbon add-ins built from the installed xlwings template: valid ribbon XML, callbacks that
exist in the add-in's VBA, file names that are importable entry modules, interpreter settings."""

from __future__ import annotations

import dataclasses
import importlib
import re
import zipfile
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from kjreport.excel import addin
from kjreport.excel.addin import BUTTONS, available_buttons, build_addins, template_path

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT.parent / "shared" / "schemas"
NS = {"ui": addin.RIBBON_NS}
WIN_PYTHON = r"C:\Users\办公室\kjreport-env\Scripts\python.exe"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> list[Path]:
    """Build every available button's add-in once for this module."""
    out = tmp_path_factory.mktemp("addins")
    return build_addins(out, python_win=WIN_PYTHON, python_mac="/usr/local/bin/python3")


def ribbon(path: Path) -> str:
    with zipfile.ZipFile(path) as zf:
        return zf.read(addin.RIBBON_PART).decode("utf-8")


def vba_modules(path: Path) -> dict[str, str]:
    """Return VBA module name → code, as olevba extracts it from the add-in."""
    from oletools.olevba import VBA_Parser

    parser = VBA_Parser(str(path))
    try:
        return {Path(name).stem: code for _, _, name, code in parser.extract_macros()}
    finally:
        parser.close()


def test_one_addin_per_available_button_in_ribbon_order(built):
    names = [p.name for p in built]
    assert names == [b.file_name for b in available_buttons()]
    assert "kjreport.excel.check.xlam" in names and "kjreport.excel.fill.xlam" in names


@pytest.mark.parametrize("schema_file", ["customUI.xsd"])
def test_ribbon_xml_validates_against_microsoft_schema(built, schema_file):
    xsd = SCHEMAS / schema_file
    if not xsd.exists():
        pytest.skip(f"Microsoft's customUI schema not found at {xsd} (../shared/schemas/)")
    import xmlschema

    schema = xmlschema.XMLSchema(str(xsd))
    for path in built:
        errors = list(schema.iter_errors(ribbon(path)))
        assert not errors, f"{path.name}: {errors[0]}"


def test_schema_rejects_a_broken_ribbon():
    """The validation above can fail: a button size Office does not know is refused."""
    xsd = SCHEMAS / "customUI.xsd"
    if not xsd.exists():
        pytest.skip(f"Microsoft's customUI schema not found at {xsd} (../shared/schemas/)")
    import xmlschema

    broken = addin.ribbon_xml(BUTTONS[0], "RibbonMyAddin.RunMain").replace(
        'size="large"', 'size="huge"'
    )
    assert not xmlschema.XMLSchema(str(xsd)).is_valid(broken)


def test_all_addins_share_one_tab_and_keep_control_ids_unique(built):
    from xml.etree import ElementTree

    tabs, controls = set(), []
    for path in built:
        root = ElementTree.fromstring(ribbon(path))
        tab = root.find(".//ui:tab", NS)
        tabs.add((tab.get("idQ"), tab.get("label")))
        assert root.find(".//ui:group", NS).get("idQ").startswith("kj:")
        controls += [b.get("id") for b in root.iterfind(".//ui:button", NS)]
        assert 'xmlns:kj="' + addin.SHARED_NS + '"' in ribbon(path)
    assert tabs == {("kj:kjreportTab", "科技报告")}
    assert len(controls) == len(set(controls)) == len(built)


def test_every_onaction_is_a_vba_procedure_of_its_addin(built):
    from xml.etree import ElementTree

    for path in built:
        modules = vba_modules(path)
        for button in ElementTree.fromstring(ribbon(path)).iterfind(".//ui:button", NS):
            module, _, proc = button.get("onAction").rpartition(".")
            assert module in modules, f"{path.name}: no VBA module {module}"
            assert re.search(
                rf"^\s*(Public\s+)?Sub\s+{proc}\s*\(control As IRibbonControl\)",
                modules[module],
                re.M | re.I,
            ), f"{path.name}: no Sub {proc}"
        # RunMain runs "import <file name>; <file name>.main()"
        assert "ThisWorkbook.Name" in modules["RibbonMyAddin"]
        assert ".main()" in modules["RibbonMyAddin"]


def test_file_name_is_an_importable_entry_module_with_main(built):
    for path in built:
        module = importlib.import_module(path.name.removesuffix(".xlam"))
        assert callable(module.main), f"{module.__name__} has no main()"


def test_conf_sheet_holds_the_interpreter_under_the_name_the_vba_reads(built):
    vba = vba_modules(built[0])["xlwings"]
    project = re.search(r'PROJECT_NAME As String = "([^"]+)"', vba).group(1)
    for path in built:
        with path.open("rb") as fh:
            wb = CalamineWorkbook.from_filelike(fh)
            assert wb.sheet_names == [f"{project}.conf"]
            conf = {k: v for k, v in wb.get_sheet_by_name(f"{project}.conf").to_python()}
        assert conf["Interpreter_Win"] == WIN_PYTHON
        assert conf["Interpreter_Mac"] == "/usr/local/bin/python3"
        assert conf["ADD_WORKBOOK_TO_PYTHONPATH"] == "false"
        assert conf["Use UDF Server"] is False


def test_vba_project_is_the_installed_templates(built):
    with zipfile.ZipFile(template_path()) as zf:
        vba = zf.read("xl/vbaProject.bin")
        members = zf.namelist()
    for path in built:
        with zipfile.ZipFile(path) as zf:
            assert zf.read("xl/vbaProject.bin") == vba
            assert zf.namelist() == members


def test_a_button_whose_library_function_is_missing_is_left_out(tmp_path):
    missing = dataclasses.replace(BUTTONS[0], requires=("kjreport.report:no_such_function",))
    no_module = dataclasses.replace(BUTTONS[1], module="kjreport.excel.no_such_entry")
    assert not missing.available() and not no_module.available()
    assert BUTTONS[0].available()
