"""Commands: ``kjreport serve`` and ``kjreport wps install|uninstall|status``."""

from __future__ import annotations

from pathlib import Path

import click

from kjreport.cli.app import main

PORT = click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=None,
    metavar="端口",
    help="服务端口（默认 21707，或 kjreport wps install --port 指定的端口）。",
)


@main.command()
@PORT
@click.option(
    "--max-mb",
    type=click.IntRange(1, 1024),
    default=64,
    show_default=True,
    metavar="MB",
    help="单次请求（整个工作簿的数据）的大小上限。",
)
def serve(port: int | None, max_mb: int) -> None:
    """启动本机服务，供 WPS 表格「科技报告」选项卡的按钮调用（只监听 127.0.0.1）。

    \b
    按钮与 Excel 功能区完全相同：校验数据、计算指标、生成总结、发送报告。
    每个请求都须带本机安装时生成的口令；按 Ctrl+C 停止服务。
    """
    from kjreport.serve.server import KjreportServer, systemd_socket
    from kjreport.serve.settings import load_settings, settings_path

    settings = load_settings()  # --port is for this run only; install writes the add-in's port
    server = KjreportServer(
        settings, port=port, max_bytes=max_mb * 1024 * 1024, listen_socket=systemd_socket()
    )
    server.warm_up()
    labels = "、".join(a.label for a in server.actions.values())
    click.echo(f"kjreport 服务已启动：http://127.0.0.1:{server.port}（按钮：{labels}）")
    click.echo(f"口令保存在 {settings_path()}；按 Ctrl+C 停止。")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("kjreport 服务已停止。")
    finally:
        server.server_close()


@main.group()
def wps() -> None:
    """WPS 表格加载项：安装或卸载「科技报告」选项卡，检查本机服务。"""


@wps.command()
@click.option(
    "--dir",
    "folder",
    type=click.Path(path_type=Path, file_okay=False),
    metavar="文件夹",
    help="安装到该文件夹（代替 WPS 的 jsaddons 文件夹，供信息化人员打包分发）。",
)
@PORT
@click.option(
    "--autostart",
    is_flag=True,
    help="登录时自动启动服务（Linux：systemd --user；Windows：“启动”文件夹）。",
)
def install(folder: Path | None, port: int | None, autostart: bool) -> None:
    """把「科技报告」加载项安装到 WPS 的 jsaddons 文件夹，写入服务的端口和口令。"""
    from kjreport.wps.install import install as do_install

    outcome = do_install(folder, port=port, autostart=autostart)
    click.echo(f"已安装 WPS 加载项：{outcome.folder}")
    for path in outcome.registries:
        click.echo(f"已登记：{path}")
    for note in outcome.notes:
        click.echo(note)


@wps.command()
@click.option(
    "--dir",
    "folder",
    type=click.Path(path_type=Path, file_okay=False),
    metavar="文件夹",
    help="从该文件夹卸载（代替 WPS 的 jsaddons 文件夹）。",
)
def uninstall(folder: Path | None) -> None:
    """删除「科技报告」加载项、它在加载项列表中的登记和登录自启动项。"""
    from kjreport.wps.install import uninstall as do_uninstall

    removed = do_uninstall(folder, autostart=folder is None)
    if not removed:
        click.echo("没有找到 kjreport 的 WPS 加载项，无需卸载。")
        return
    for path in removed:
        click.echo(f"已删除或修改：{path}")
    click.echo("请重新启动 WPS，「科技报告」选项卡即会消失。")


@wps.command()
def status() -> None:
    """检查本机的 kjreport 服务是否在运行、口令是否一致。"""
    import http.client
    import json

    from kjreport.errors import KjreportError
    from kjreport.serve.server import TOKEN_HEADER
    from kjreport.serve.settings import load_settings

    settings = load_settings(create=False)
    conn = http.client.HTTPConnection("127.0.0.1", settings.port, timeout=5)
    try:
        conn.request("GET", "/health", headers={TOKEN_HEADER: settings.token})
        response = conn.getresponse()
        body = json.loads(response.read().decode("utf-8"))
    except (OSError, ValueError) as exc:
        raise KjreportError(
            f"kjreport 服务没有在 127.0.0.1:{settings.port} 上运行（{exc}）：请运行 kjreport serve"
        ) from exc
    finally:
        conn.close()
    if response.status != 200:
        raise KjreportError(body.get("error") or f"服务答复异常（HTTP {response.status}）")
    labels = "、".join(a["label"] for a in body["actions"])
    click.echo(f"kjreport 服务运行正常：版本 {body['version']}，端口 {settings.port}，按钮：{labels}。")
