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
        # the callback runs "import <file name>; <file name>.main()"
        assert "ThisWorkbook.Name" in modules[module]
        assert ".main()" in modules[module]


def test_file_name_is_an_importable_entry_module_with_main(built):
    for path in built:
        module = importlib.import_module(path.name.removesuffix(".xlam"))
        assert callable(module.main), f"{module.__name__} has no main()"


def test_conf_sheet_holds_the_interpreter_under_the_name_the_vba_reads(built):
    for path in built:
        vba = vba_modules(path)["xlwings"]
        project = re.search(r'PROJECT_NAME As String = "([^"]+)"', vba).group(1)
        with path.open("rb") as fh:
            wb = CalamineWorkbook.from_filelike(fh)
            assert wb.sheet_names == [f"{project}.conf"]
            conf = {k: v for k, v in wb.get_sheet_by_name(f"{project}.conf").to_python()}
        assert conf["Interpreter_Win"] == WIN_PYTHON
        assert conf["Interpreter_Mac"] == "/usr/local/bin/python3"
        assert conf["ADD_WORKBOOK_TO_PYTHONPATH"] == "false"
        assert conf["Use UDF Server"] is False


def test_vba_project_keeps_the_installed_templates_other_modules(built):
    import olefile

    with zipfile.ZipFile(template_path()) as zf:
        template = olefile.OleFileIO(zf.read("xl/vbaProject.bin"))
        members = zf.namelist()
    for path in built:
        with zipfile.ZipFile(path) as zf:
            assert zf.namelist() == members
            ole = olefile.OleFileIO(
                zf.read("xl/vbaProject.bin"), raise_defects=olefile.DEFECT_INCORRECT
            )
        for stream in ("VBA/Dictionary", "VBA/Sheet2", "VBA/ThisWorkbook"):
            assert ole.openstream(stream).read() == template.openstream(stream).read()
        # the same xlwings code but for its PROJECT_NAME
        ours, theirs = vba_modules(path)["xlwings"], vba_modules(template_path())["xlwings"]
        assert re.sub(r'PROJECT_NAME As String = "[^"]+"', "", ours) == re.sub(
            r'PROJECT_NAME As String = "[^"]+"', "", theirs
        )


def _project_name(path: Path) -> str:
    import olefile

    from kjreport.excel.vba import decompress, parse_dir

    with zipfile.ZipFile(path) as zf:
        ole = olefile.OleFileIO(zf.read("xl/vbaProject.bin"))
    records = parse_dir(decompress(ole.openstream("VBA/dir").read()))
    [name] = [d.decode("cp1252") for r, d in records if r == 0x0004]
    project = ole.openstream("PROJECT").read().decode("cp1252")
    assert f'Name="{name}"' in project
    return name


def test_each_addin_has_its_own_project_module_and_callback(built):
    """xlwings' custom add-in instructions; xlwings#973 (a same-named callback of another add-in)."""
    from xml.etree import ElementTree

    seen = []
    for path in built:
        modules = vba_modules(path)
        action = ElementTree.fromstring(ribbon(path)).find(".//ui:button", NS).get("onAction")
        module, _, proc = action.partition(".")
        project = _project_name(path)
        assert "RibbonMyAddin" not in modules and module in modules
        assert f'Attribute VB_Name = "{module}"' in modules[module]
        assert f'PROJECT_NAME As String = "{project}"' in modules["xlwings"]
        seen.append((project, module, proc))
    for i in range(3):
        values = [s[i] for s in seen]
        assert len(set(values)) == len(values) == len(built), values
    assert all(p != "MyAddin" and p.lower() != "myaddin" for p, _, _ in seen)


def test_no_workbook_open_is_caught_in_vba_with_a_chinese_message(built):
    """VBA's RunPython reads ActiveWorkbook: without a workbook that is run-time error 91."""
    for path, button in zip(built, available_buttons(), strict=True):
        code = vba_modules(path)[button.vba_names.module]
        guard = code.index("If ActiveWorkbook Is Nothing Then")
        assert guard < code.index("RunPython") and "Exit Sub" in code[guard:]
        words = re.findall(r"ChrW\(&H([0-9A-F]{4})\)", code[guard:])
        assert "请先打开" in "".join(chr(int(w, 16)) for w in words)


def test_addin_files_are_readable_by_everyone(built):
    for path in built:
        assert path.stat().st_mode & 0o777 == 0o644


def test_libreoffice_reads_the_renamed_project(built, tmp_path):
    """A second, independent reader of the compound file and the dir stream: LibreOffice."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (.ci/system-deps.sh installs it)")
    path, button = built[0], available_buttons()[0]
    copy = tmp_path / "addin.xlsm"  # LibreOffice opens add-ins only as macro workbooks
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"addin.macroEnabled.main", b"sheet.macroEnabled.main")
            dst.writestr(info, data)
    subprocess.run(
        [soffice, "--headless", "--convert-to", "ods", "--outdir", str(tmp_path), str(copy)],
        capture_output=True,
        timeout=180,
        check=True,
        env={**__import__("os").environ, "HOME": str(tmp_path)},
    )
    names = button.vba_names
    with zipfile.ZipFile(tmp_path / "addin.ods") as ods:
        members = ods.namelist()
        module = ods.read(f"Basic/{names.project}/{names.module}.xml").decode("utf-8")
    assert f"Basic/{names.project}/xlwings.xml" in members
    assert f"Sub {names.callback}(control As IRibbonControl)" in module


def test_a_button_whose_library_function_is_missing_is_left_out(tmp_path):
    missing = dataclasses.replace(BUTTONS[0], requires=("kjreport.report:no_such_function",))
    no_module = dataclasses.replace(BUTTONS[1], module="kjreport.excel.no_such_entry")
    assert not missing.available() and not no_module.available()
    assert BUTTONS[0].available()


def test_tooltips_and_docs_say_what_the_code_does():
    """发送报告's recipients come from 「收件人」; 生成总结 never overwrites: tooltips and docs agree."""
    docs = (ROOT / "docs" / "excel-ribbon.md").read_text(encoding="utf-8")
    by_label = {b.label: b for b in BUTTONS}
    send, docx = by_label["发送报告"], by_label["生成总结"]
    assert (
        "「收件人」" in send.supertip and "确认" in send.supertip and "【待补充】" in send.supertip
    )
    assert "「设置」工作表中的收件人" not in send.supertip + docs
    assert "第2版" in docx.supertip and "不覆盖" in docx.supertip
    from kjreport.excel import docx as docx_button
    from kjreport.excel import send as send_button

    assert send_button.SEND_INCOMPLETE in docs and f"{send_button.DEADLINE:.0f} 秒" in (
        ROOT / "README.md"
    ).read_text(encoding="utf-8")
    assert "（第2版）" in docs and docx_button.BUTTON in docs
    for button in BUTTONS:
        assert f"| {button.label} |" in docs
        assert button.vba_names.project in docs
