"""Commands: ``kjreport excel install [--dir DIR]`` and ``kjreport excel uninstall``."""

from __future__ import annotations

from pathlib import Path

import click

from kjreport.cli.app import main

DIR = click.option(
    "--dir",
    "folder",
    type=click.Path(path_type=Path, file_okay=False),
    metavar="文件夹",
    help="只把加载项生成到该文件夹（任何系统均可，包括 Linux）。",
)


@main.group()
def excel() -> None:
    """Excel 功能区：安装或卸载「科技报告」选项卡（校验数据、计算指标、生成总结、发送报告）。"""


@excel.command()
@DIR
@click.option(
    "--python-win",
    metavar="路径",
    default=None,
    help="Windows 上的 Python 解释器（python.exe）；默认为当前环境的解释器。",
)
@click.option(
    "--python-mac",
    metavar="路径",
    default=None,
    help="macOS 上的 Python 解释器；默认为当前环境的解释器。",
)
def install(folder: Path | None, python_win: str | None, python_mac: str | None) -> None:
    """生成功能区加载项并放入 Excel 启动文件夹（XLSTART），下次启动 Excel 时自动加载。

    加载项由已安装的 xlwings 模板生成，其中记录当前环境的 Python 解释器路径；
    换了 Python 环境或升级 xlwings 后请重新运行本命令。
    """
    from kjreport.excel.install import ExcelUnavailable, has_excel_platform
    from kjreport.excel.install import install as do_install

    if folder is None and not has_excel_platform():
        raise ExcelUnavailable("安装")
    outcome = do_install(folder, python_win, python_mac)
    click.echo(f"已生成 {len(outcome.addins)} 个加载项，位于 {outcome.folder}：")
    for path in outcome.addins:
        click.echo(f"  {path.name}")
    for note in outcome.notes:
        click.echo(note)


@excel.command()
@DIR
def uninstall(folder: Path | None) -> None:
    """从 Excel 启动文件夹（XLSTART）中删除 kjreport 的功能区加载项。"""
    from kjreport.excel.install import ExcelUnavailable, has_excel_platform
    from kjreport.excel.install import uninstall as do_uninstall

    if folder is None and not has_excel_platform():
        raise ExcelUnavailable("卸载")
    removed = do_uninstall(folder)
    if not removed:
        click.echo("没有找到 kjreport 的加载项，无需卸载。")
        return
    for path in removed:
        click.echo(f"已删除 {path}")
    click.echo("请重新启动 Excel，「科技报告」选项卡即会消失。")
