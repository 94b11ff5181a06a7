"""ribbon.xml of the WPS add-in: valid CustomUI, the ribbon's buttons, callbacks that exist."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from kjreport.excel.addin import RIBBON_NS, available_buttons
from kjreport.serve.actions import available_actions
from kjreport.wps.ribbon import CALLBACKS, ribbon_xml

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT.parent / "shared" / "schemas"
ASSETS = ROOT / "kjreport" / "wps" / "assets"
CALLBACK_ATTRS = ("onLoad", "onAction", "getImage", "getEnabled", "getLabel", "getVisible")


@pytest.fixture(scope="module")
def ribbon() -> ElementTree.Element:
    return ElementTree.fromstring(ribbon_xml().encode("utf-8"))


def test_ribbon_xml_validates_against_microsofts_schema():
    xsd = SCHEMAS / "customUI.xsd"
    if not xsd.exists():
        pytest.skip(f"Microsoft's customUI schema not found at {xsd} (../shared/schemas/)")
    import xmlschema

    xmlschema.XMLSchema(str(xsd)).validate(ribbon_xml())


def test_the_tab_has_the_excel_ribbons_buttons_and_a_status_button(ribbon):
    ns = {"c": RIBBON_NS}
    [tab] = ribbon.findall(".//c:tab", ns)
    assert tab.get("label") == "科技报告"
    buttons = tab.findall(".//c:button", ns)
    assert [b.get("label") for b in buttons] == [b.label for b in available_buttons()] + ["服务状态"]
    actions = available_actions()
    for button in buttons[:-1]:
        assert button.get("tag") in actions  # every button runs a service action
        assert actions[button.get("tag")].label == button.get("label")
    assert buttons[-1].get("tag") == "status"
    ids = [e.get("id") for e in ribbon.iter() if e.get("id")]
    assert len(ids) == len(set(ids))


def test_every_callback_it_names_exists_in_the_addins_javascript(ribbon):
    named = {e.get(a) for e in ribbon.iter() for a in CALLBACK_ATTRS if e.get(a)}
    assert named == set(CALLBACKS)
    scripts = "\n".join(p.read_text(encoding="utf-8") for p in (ASSETS / "js").glob("*.js"))
    defined = set(re.findall(r"^function (\w+)\(", scripts, re.M))
    assert named <= defined, named - defined


def test_the_page_loads_the_config_and_the_scripts():
    page = (ASSETS / "index.html").read_text(encoding="utf-8")
    sources = re.findall(r'<script src="([^"]+)"', page)
    assert sources == ["config.js", "js/kjreport.js", "js/ribbon.js"]
    for src in sources[1:]:
        assert (ASSETS / src).is_file()


def test_each_button_has_a_picture():
    for tag in [*available_actions(), "status"]:
        svg = ASSETS / "images" / f"{tag}.svg"
        assert ElementTree.parse(svg).getroot().tag.endswith("svg"), tag
