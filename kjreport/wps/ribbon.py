"""ribbon.xml of the WPS add-in: the Excel ribbon's buttons, on a 「科技报告」 tab.

WPS reads the same CustomUI XML as Office. Every button calls ``OnAction`` with its ``tag``
set to the service action it runs; its picture comes from ``GetImage``. The buttons are those
of ``kjreport.excel.addin.BUTTONS`` that exist in this installation, so a new ribbon button is
a new WPS button too.
"""

from __future__ import annotations

from collections import OrderedDict
from xml.sax.saxutils import quoteattr

from kjreport.excel.addin import RIBBON_NS, TAB_LABEL, Button, available_buttons
from kjreport.serve.actions import action_name

CALLBACKS = ("OnAddinLoad", "OnAction", "GetImage")  # every callback ribbon.xml names
STATUS_TAG = "status"


def ribbon_xml(buttons: list[Button] | None = None) -> str:
    """Return the add-in's ribbon.xml for ``buttons`` (default: the available ones)."""
    buttons = available_buttons() if buttons is None else buttons
    groups: OrderedDict[str, tuple[str, list[str]]] = OrderedDict()
    for b in buttons:
        attrs = {
            "id": b.control_id,
            "label": b.label,
            "size": "large",
            "tag": action_name(b),
            "screentip": b.label,
            "supertip": b.supertip,
            "onAction": "OnAction",
            "getImage": "GetImage",
        }
        groups.setdefault(b.group_id, (b.group_label, []))[1].append(_button(attrs))
    groups["kjreportService"] = (
        "服务",
        [
            _button(
                {
                    "id": "kjreportStatus",
                    "label": "服务状态",
                    "size": "large",
                    "tag": STATUS_TAG,
                    "screentip": "服务状态",
                    "supertip": "检查本机的 kjreport 服务是否在运行，以及可用的按钮。",
                    "onAction": "OnAction",
                    "getImage": "GetImage",
                }
            )
        ],
    )
    body = "".join(
        f'        <group id="{gid}Group" label={quoteattr(label)}>\n{"".join(items)}        </group>\n'
        for gid, (label, items) in groups.items()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<customUI xmlns="{RIBBON_NS}" onLoad="OnAddinLoad">\n'
        '  <ribbon startFromScratch="false">\n'
        "    <tabs>\n"
        f'      <tab id="kjreportTab" label={quoteattr(TAB_LABEL)}>\n'
        f"{body}"
        "      </tab>\n"
        "    </tabs>\n"
        "  </ribbon>\n"
        "</customUI>\n"
    )


def _button(attrs: dict[str, str]) -> str:
    return "          <button " + " ".join(f"{k}={quoteattr(v)}" for k, v in attrs.items()) + "/>\n"
