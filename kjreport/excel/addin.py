"""Build the ribbon add-ins from the installed xlwings template (one small .xlam per button).

xlwings' ``quickstart_addin_ribbon.xlam`` carries VBA whose ribbon callback runs
``import <file name>; <file name>.main()``. Every button gets its own copy of the template,
named after its entry module (``kjreport.excel.check.xlam``), with a ribbon that adds the button
to a tab and groups shared through qualified ids (``idQ``): however many of the add-ins Excel
loads, the user sees one "科技报告" tab.

Following xlwings' custom add-in instructions ("Renaming your add-in"), each add-in has its own
VBA project name, callback module and callback procedure, and xlwings' ``PROJECT_NAME`` (which
names the config sheet) — done on the VBA project's binary form by ``vba.rename_project``,
since Excel is not there to do it (all add-ins sharing ``myaddin`` / ``RibbonMyAddin.RunMain``
lets Excel call another add-in's callback, xlwings#973).

Building from the installed template keeps the add-in's VBA and DLL names in step with the
installed xlwings package.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape, quoteattr

from kjreport.errors import KjreportError

TEMPLATE_NAME = "quickstart_addin_ribbon.xlam"
RIBBON_PART = "customUI/customUI.xml"
RIBBON_NS = "http://schemas.microsoft.com/office/2006/01/customui"
SHARED_NS = "urn:kjreport:excel-ribbon"  # the namespace the qualified (shared) ids live in
TAB_ID = "kjreportTab"
TAB_LABEL = "科技报告"
PROJECT_NAME = "myaddin"  # the VBA constant PROJECT_NAME in xlwings' template
CONF_SHEET = f"{PROJECT_NAME}.conf"  # the template's config sheet (renamed per add-in)
VBA_PART = "xl/vbaProject.bin"

_NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


class AddinError(KjreportError):
    """The add-ins cannot be built (template missing or unexpected, folder not writable)."""


@dataclass(frozen=True)
class Button:
    """One ribbon button: the entry module it runs and how it looks."""

    module: str  # entry module, also the add-in's file name without ".xlam"
    control_id: str
    label: str
    group_id: str  # qualified id (in SHARED_NS) of the group it sits in
    group_label: str
    image: str  # an Office built-in icon (imageMso)
    supertip: str
    requires: tuple[str, ...]  # "module:function" (or "module") the button needs

    @property
    def vba_names(self):
        """Return this add-in's own VBA project, callback module and procedure names."""
        from kjreport.excel.vba import ProjectNames

        return ProjectNames(self.control_id, f"{self.control_id}Ribbon", f"{self.control_id}Click")

    @property
    def no_book_message(self) -> str:
        """Return what a click with no workbook open says (shown by the add-in's VBA)."""
        return (
            f"{self.label}未运行：请先打开（或新建并保存）要处理的工作簿，再点击「{self.label}」。"
        )

    @property
    def file_name(self) -> str:
        """Return the add-in's file name, e.g. ``kjreport.excel.check.xlam``."""
        return f"{self.module}.xlam"

    def available(self) -> bool:
        """Return True when the entry module and the library function it calls both exist."""
        try:
            if importlib.util.find_spec(self.module) is None:
                return False
            for need in self.requires:
                module, _, function = need.partition(":")
                if importlib.util.find_spec(module) is None:
                    return False
                if function and not hasattr(importlib.import_module(module), function):
                    return False
        except ImportError:
            return False
        return True


BUTTONS: tuple[Button, ...] = (
    Button(
        "kjreport.excel.check",
        "kjreportCheck",
        "校验数据",
        "kjreportData",
        "数据",
        "DataValidation",
        "检查当前工作簿的全部工作表，列出每个问题所在的工作表和单元格。",
        ("kjreport.report:check_source",),
    ),
    Button(
        "kjreport.excel.fill",
        "kjreportFill",
        "计算指标",
        "kjreportData",
        "数据",
        "CalculateNow",
        "计算全部指标，写入当前工作簿的「指标结果」工作表。",
        ("kjreport.fill:fill_source",),
    ),
    Button(
        "kjreport.excel.docx",
        "kjreportDocx",
        "生成总结",
        "kjreportSummary",
        "总结",
        "FileSaveAsWordDocx",
        "按工作意见生成年度工作总结（Word），保存在工作簿旁边并打开。旁边已有内容不同（例如有人修改过）"
        "的总结时不覆盖它，新总结另存为“标题（第2版）.docx”。",
        ("kjreport.report:load_report", "kjreport.summary:write_summary", "kjreport.docx"),
    ),
    Button(
        "kjreport.excel.progress",
        "kjreportProgress",
        "进度通报",
        "kjreportSummary",
        "总结",
        "ChartTrendline",
        "按「设置」中的报送月份生成目标任务进度通报（Word）：各项目标与序时进度或时间节点比较，列出滞后工作、"
        "责任科室和下步措施，保存在工作簿旁边并打开。旁边已有内容不同的通报时不覆盖它，另存为新版本。",
        ("kjreport.progress:build_progress", "kjreport.progress.document:build_bulletin"),
    ),
    Button(
        "kjreport.excel.send",
        "kjreportSend",
        "发送报告",
        "kjreportSend",
        "报送",
        "FileSendAsAttachment",
        "把最新生成的工作总结用电子邮件发给「收件人」工作表中的收件人（邮件服务器见「设置」）；"
        "发送前列出收件人和附件请您确认，含【待补充】的总结不发送，已收到同一内容的人不重复发送。",
        ("kjreport.mail:send_report",),
    ),
)


def available_buttons() -> list[Button]:
    """Return the buttons whose library function exists in this installation, in ribbon order."""
    return [b for b in BUTTONS if b.available()]


def template_path() -> Path:
    """Return the ribbon add-in template inside the installed xlwings package."""
    import xlwings

    path = Path(xlwings.__file__).parent / TEMPLATE_NAME
    if not path.is_file():
        raise AddinError(
            f"已安装的 xlwings（{xlwings.__version__}）中找不到加载项模板 {TEMPLATE_NAME}，"
            "请重新安装 xlwings（pip install --force-reinstall xlwings）后再运行"
        )
    return path


def template_callback(template: Path) -> str:
    """Return the VBA procedure the template's ribbon button calls (its ``onAction``)."""
    with zipfile.ZipFile(template) as zf:
        root = ElementTree.fromstring(zf.read(RIBBON_PART))
    button = root.find(f".//{{{RIBBON_NS}}}button")
    if button is None or not button.get("onAction"):
        raise AddinError(f"xlwings 加载项模板 {template} 的功能区中没有按钮回调，无法生成加载项")
    return button.get("onAction")


def ribbon_xml(button: Button, callback: str) -> str:
    """Return the customUI XML that puts ``button`` on the shared 科技报告 tab."""
    attrs = {
        "id": button.control_id,
        "label": button.label,
        "size": "large",
        "imageMso": button.image,
        "screentip": button.label,
        "supertip": button.supertip,
        "onAction": callback,
    }
    button_xml = " ".join(f"{k}={quoteattr(v)}" for k, v in attrs.items())
    return (
        f'<customUI xmlns="{RIBBON_NS}" xmlns:kj="{SHARED_NS}">\n'
        "  <ribbon>\n"
        "    <tabs>\n"
        f'      <tab idQ="kj:{TAB_ID}" label={quoteattr(TAB_LABEL)}>\n'
        f'        <group idQ="kj:{button.group_id}" label={quoteattr(button.group_label)}>\n'
        f"          <button {button_xml}/>\n"
        "        </group>\n"
        "      </tab>\n"
        "    </tabs>\n"
        "  </ribbon>\n"
        "</customUI>\n"
    )


def conf_settings(python_win: str = "", python_mac: str = "") -> list[tuple[str, str | bool]]:
    """Return the rows of the add-in's config sheet (key, value), as the template's VBA reads it.

    An empty interpreter falls back to ``python`` on the PATH (xlwings' default).
    """
    return [
        ("Interpreter_Win", python_win),
        ("Interpreter_Mac", python_mac),
        ("PYTHONPATH", ""),
        # the workbook's own folder must not shadow the kjreport package
        ("ADD_WORKBOOK_TO_PYTHONPATH", "false"),
        ("Conda Path", ""),
        ("Conda Env", ""),
        ("Use UDF Server", False),
        ("Show Console", False),
    ]


def default_interpreters() -> tuple[str, str]:
    """Return (Windows, macOS) interpreter paths: this environment's Python for this platform."""
    if sys.platform.startswith("win"):
        return sys.executable, ""
    if sys.platform == "darwin":
        return "", sys.executable
    return "", ""


def build_addin(
    button: Button,
    out_dir: Path,
    python_win: str = "",
    python_mac: str = "",
    template: Path | None = None,
) -> Path:
    """Build the add-in of ``button`` into ``out_dir`` and return its path."""
    from kjreport.excel.vba import VbaTemplateError, rename_project

    template = template or template_path()
    template_callback(template)  # the template still has the ribbon callback we rename
    names = button.vba_names
    target = Path(out_dir) / button.file_name
    replaced = {RIBBON_PART: ribbon_xml(button, names.on_action).encode("utf-8")}
    try:
        with zipfile.ZipFile(template) as src:
            try:
                replaced[VBA_PART] = rename_project(
                    src.read(VBA_PART), names, button.no_book_message
                )
            except (VbaTemplateError, KeyError, ValueError, OSError) as exc:
                raise AddinError(
                    f"无法改写 xlwings 加载项模板 {template} 中的 VBA 工程（{exc}），"
                    "请换用与本版 kjreport 配套的 xlwings 版本"
                ) from exc
            replaced.update(
                _conf_parts(src, conf_settings(python_win, python_mac), f"{names.project}.conf")
            )
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".kjreport-", suffix=".xlam", dir=target.parent)
            os.close(fd)
            try:
                with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
                    for info in src.infolist():
                        data = replaced.get(info.filename)
                        dst.writestr(info, src.read(info) if data is None else data)
                os.chmod(tmp, 0o644)  # mkstemp makes 0600: others (and backups) must read it
                os.replace(tmp, target)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
    except PermissionError as exc:
        raise AddinError(
            f"无法写入 {target}（{exc.strerror}）：若 Excel 正在运行，请先关闭 Excel 再安装"
        ) from exc
    except OSError as exc:
        raise AddinError(f"无法写入 {target}（{exc.strerror}），请检查文件夹权限") from exc
    return target


def build_addins(
    out_dir: Path,
    python_win: str | None = None,
    python_mac: str | None = None,
    buttons: list[Button] | None = None,
) -> list[Path]:
    """Build one add-in per available button into ``out_dir``; return their paths in order.

    ``python_win``/``python_mac`` default to this environment's interpreter on its platform.
    """
    default_win, default_mac = default_interpreters()
    python_win = default_win if python_win is None else python_win
    python_mac = default_mac if python_mac is None else python_mac
    template = template_path()
    chosen = available_buttons() if buttons is None else buttons
    return [build_addin(b, out_dir, python_win, python_mac, template) for b in chosen]


def _conf_parts(
    src: zipfile.ZipFile, rows: list[tuple[str, str | bool]], sheet_name: str
) -> dict[str, bytes]:
    """Return the replaced parts that rename the template's config sheet (``_myaddin.conf``)
    to ``sheet_name`` (the add-in's own PROJECT_NAME + ``.conf``) and fill it."""
    workbook = src.read("xl/workbook.xml").decode("utf-8")
    match = re.search(
        r'<sheet name="_?' + re.escape(CONF_SHEET) + r'" [^>]*r:id="(rId\d+)"', workbook
    )
    if not match:
        raise AddinError(
            f"xlwings 加载项模板中没有 {CONF_SHEET} 工作表，无法写入 Python 解释器设置"
        )
    named = re.sub(
        r'name="_?' + re.escape(CONF_SHEET) + '"', f"name={quoteattr(sheet_name)}", match.group(0)
    )
    workbook = workbook.replace(match.group(0), named)
    rels = ElementTree.fromstring(src.read("xl/_rels/workbook.xml.rels"))
    target = next(
        r.get("Target")
        for r in rels.iter(f"{{{_NS_PKG_REL}}}Relationship")
        if r.get("Id") == match.group(1)
    )
    sheet_part = target.lstrip("/") if target.startswith("/") else "xl/" + target
    strings = [k for k, _ in rows] + [v for _, v in rows if isinstance(v, str) and v]
    index = {s: i for i, s in enumerate(dict.fromkeys(strings))}
    sst = "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in index)
    cells = []
    for r, (key, value) in enumerate(rows, start=1):
        row = f'<c r="A{r}" s="1" t="s"><v>{index[key]}</v></c>'
        if isinstance(value, bool):
            row += f'<c r="B{r}" s="1" t="b"><v>{int(value)}</v></c>'
        elif value:
            row += f'<c r="B{r}" s="1" t="s"><v>{index[value]}</v></c>'
        cells.append(f'<row r="{r}">{row}</row>')
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<worksheet xmlns="{_NS_MAIN}" xmlns:r="{_NS_REL}">'
        f'<dimension ref="A1:B{len(rows)}"/>'
        '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>'
        '<sheetFormatPr defaultRowHeight="15.75"/>'
        '<cols><col min="1" max="1" width="30" customWidth="1"/>'
        '<col min="2" max="2" width="60" customWidth="1"/></cols>'
        f"<sheetData>{''.join(cells)}</sheetData>"
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        "</worksheet>"
    )
    shared = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<sst xmlns="{_NS_MAIN}" count="{len(index)}" uniqueCount="{len(index)}">{sst}</sst>'
    )
    return {
        "xl/workbook.xml": workbook.encode("utf-8"),
        sheet_part: sheet.encode("utf-8"),
        "xl/sharedStrings.xml": shared.encode("utf-8"),
    }
