"""Commands: ``kjreport excel install [--dir DIR]``, ``kjreport excel uninstall`` and
``kjreport excel bundle FOLDER`` (the offline install folder)."""

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
    """Excel 功能区：安装或卸载「科技报告」选项卡（校验数据、计算指标、生成总结、发送报告），制作离线安装包。"""


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


@excel.command()
@click.argument("folder", metavar="文件夹", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--python",
    "pythons",
    multiple=True,
    metavar="版本",
    help="目标电脑的 Python 版本，可多次给出；默认 3.10、3.11、3.12、3.13 全部。",
)
@click.option(
    "--wheel",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    metavar="文件",
    help="kjreport 的 .whl 安装包；默认由本机的 kjreport 源码目录现场打包。",
)
def bundle(folder: Path, pythons: tuple[str, ...], wheel: Path | None) -> None:
    """在能上网的电脑上制作离线安装包：Windows 64 位所需的全部安装包（wheel）和「安装.bat」。

    把整个文件夹拷到不能访问 PyPI 的电脑（如政务外网电脑）上，关闭 Excel 后双击「安装.bat」即可，
    安装过程不访问网络。任何系统（包括 Linux）都可以制作。
    """
    from kjreport.excel.bundle import INSTALLER, PYTHONS, BundleError, build_bundle

    for version in pythons:
        if version not in PYTHONS:
            raise BundleError(f"不支持的 Python 版本「{version}」；可选：{'、'.join(PYTHONS)}。")
    made = build_bundle(folder, tuple(pythons) or PYTHONS, wheel=wheel, say=click.echo)
    size = sum(p.stat().st_size for p in made.wheels) / 1024 / 1024
    click.echo(
        f"离线安装包已完成：{made.folder}（{len(made.wheels)} 个安装包，{size:.0f} MB，"
        f"适用于 Windows 64 位上的 Python {'、'.join(made.pythons)}）。"
    )
    click.echo(f"把整个文件夹拷到目标电脑，关闭 Excel 后双击「{INSTALLER}」。")
