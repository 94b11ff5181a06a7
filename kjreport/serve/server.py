"""The HTTP layer: a threaded server on 127.0.0.1 that runs one button per request.

Every request must carry the install's token (``X-Kjreport-Token``, or ``Authorization:
Bearer …`` as xlwings' clients send it); bodies are size-limited; only the ribbon's actions
run. Two clicks on the same workbook never run at once: the second is answered with a message
box saying the first is still running (its payload was read before the first click's results
were written, so running it afterwards would work on stale data); clicks on other workbooks wait
their turn (``actions.run_action`` runs the engine for one book at a time). Every answer is JSON; every
refusal carries an ``alert`` action in Chinese, so a client that only applies actions still
tells the user what happened — never a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kjreport import __version__
from kjreport.errors import KjreportError
from kjreport.serve.actions import Action, available_actions, run_action
from kjreport.serve.payload import PayloadError, parse_payload
from kjreport.serve.settings import ServiceSettings

HOST = "127.0.0.1"
TOKEN_HEADER = "X-Kjreport-Token"
DEFAULT_MAX_BYTES = 64 * 1024 * 1024  # a 50,000-row 台账 in JSON is well below this
SOCKET_TIMEOUT = 60  # seconds a client may take to send its request
LINGER_BYTES = 8 * 1024 * 1024  # what is read and dropped after refusing an oversized body
TITLE = "科技报告"
LICENSE_ENV = "XLWINGS_LICENSE_KEY"


class ServiceError(KjreportError):
    """The service cannot start (port taken, no permission)."""


def ensure_engine_license() -> None:
    """Set ``XLWINGS_LICENSE_KEY=noncommercial`` when unset: xlwings' remote engine is a PRO
    feature, free under the PolyForm Noncommercial licence, which covers government use."""
    os.environ.setdefault(LICENSE_ENV, "noncommercial")


def alert_action(text: str, critical: bool = True) -> dict:
    """Return an xlwings ``alert`` action showing ``text`` in a message box titled 科技报告."""
    return {
        "func": "alert",
        "args": [text, TITLE, "ok", "critical" if critical else "info", ""],
        "values": None,
        "sheet_position": None,
        "start_row": None,
        "start_column": None,
        "row_count": None,
        "column_count": None,
    }


class OpenFailed(KjreportError):
    """A document was written but the desktop could not open it (no opener, no program for it)."""


OPENER_WAIT = 3.0  # seconds: xdg-open hands the file on and exits at once; a failure shows by then
# xdg-open's documented exit codes (xdg-utils): what each means for the user
XDG_OPEN_CODES = {
    2: "xdg-open 报告找不到该文件",
    3: "系统中没有与 {suffix} 文件关联的程序",
    4: "关联的程序没能打开它",
}


def open_document(path: Path) -> None:
    """Open ``path`` with the program the desktop associates with it (WPS 文字, Word).

    Raises ``OpenFailed`` (a Chinese sentence saying the file is there) when the desktop has no
    opener (a minimal 信创 image without xdg-open) or the opener says it failed (qa10b F1)."""
    if sys.platform.startswith("win"):
        try:
            os.startfile(path)  # type: ignore[attr-defined]
        except OSError as exc:  # the system's own words may be English: only its code is shown
            raise OpenFailed(_not_opened(path, f"系统中没有与 {path.suffix} 文件关联的程序"
                                         f"{_code_of(exc)}")) from exc
        return
    program = "open" if sys.platform == "darwin" else "xdg-open"
    try:
        opener = subprocess.Popen(
            [program, str(path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except FileNotFoundError as exc:
        raise OpenFailed(_not_opened(path, f"系统中没有找到打开 {path.suffix} 文件的程序（{program}）")) from exc
    except PermissionError as exc:
        raise OpenFailed(_not_opened(path, f"打开文件的程序 {program} 没有运行权限")) from exc
    except OSError as exc:
        raise OpenFailed(_not_opened(path, f"无法运行打开文件的程序 {program}{_code_of(exc)}")) from exc
    try:
        code = opener.wait(OPENER_WAIT)
    except subprocess.TimeoutExpired:
        return  # still running: it runs the program itself, and no failure was reported
    if code != 0:
        why = XDG_OPEN_CODES.get(code, "{program} 没能打开它（返回码 {code}）")
        raise OpenFailed(_not_opened(path, why.format(suffix=path.suffix, program=program, code=code)))


def _code_of(exc: OSError) -> str:
    """Return "（错误代码 N）" for an OS error, "" without one (never its English text, qa11b F10)."""
    code = getattr(exc, "winerror", None) or exc.errno
    return f"（错误代码 {code}）" if code else ""


def _not_opened(path: Path, why: str) -> str:
    return f"无法自动打开文档：{why}。文件已生成：{path}，请在文件夹中双击打开。"


def systemd_socket() -> socket.socket | None:
    """Return the listening socket systemd passed to this process (``LISTEN_FDS``), if any.

    With the ``kjreport-serve.socket`` unit, systemd listens on the port from login and starts
    ``kjreport serve`` at the first click, handing it the socket as file descriptor 3.
    """
    if os.environ.get("LISTEN_PID") != str(os.getpid()):
        return None
    try:
        count = int(os.environ.get("LISTEN_FDS", "0"))
    except ValueError:
        return None
    for key in ("LISTEN_PID", "LISTEN_FDS", "LISTEN_FDNAMES"):
        os.environ.pop(key, None)  # not for child processes
    return socket.socket(fileno=3) if count >= 1 else None


class KjreportServer(ThreadingHTTPServer):
    """The service: settings, the runnable actions and one lock per workbook."""

    daemon_threads = True
    # restart at once after a stop (TIME_WAIT); on Windows SO_REUSEADDR would let a second
    # program take over the port, so it stays off there
    allow_reuse_address = not sys.platform.startswith("win")

    def __init__(
        self,
        settings: ServiceSettings,
        port: int | None = None,
        actions: dict[str, Action] | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        opener: Callable[[Path], None] = open_document,
        log: Callable[[str], None] | None = None,
        listen_socket: socket.socket | None = None,
    ):
        ensure_engine_license()
        self.settings = settings
        self.actions = available_actions() if actions is None else actions
        self.max_bytes = max_bytes
        self.opener = opener
        self.log = log or (lambda line: print(line, file=sys.stderr, flush=True))
        self.documents: set[str] = set()  # documents the service wrote and may open
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        if listen_socket is not None:  # handed over by systemd (socket activation)
            super().__init__(listen_socket.getsockname()[:2], Handler, bind_and_activate=False)
            self.socket.close()
            self.socket = listen_socket
            if self.server_address[0] != HOST:
                raise ServiceError(
                    f"systemd 交给 kjreport 服务的端口监听在 {self.server_address[0]} 上，"
                    f"而服务只允许监听 {HOST}：请检查 kjreport-serve.socket 中的 ListenStream"
                )
            return
        wanted = settings.port if port is None else port
        try:
            super().__init__((HOST, wanted), Handler)
        except OSError as exc:
            raise ServiceError(
                f"无法在 {HOST}:{wanted} 上启动 kjreport 服务（{exc.strerror}）：若服务已在运行，"
                "无需再启动（kjreport wps status 可检查）；否则请用 --port 换一个端口，"
                "并重新运行 kjreport wps install --port 同一端口"
            ) from exc

    def warm_up(self) -> None:
        """Import every action's entry module now, so the first click is as fast as the rest."""
        for action in self.actions.values():
            action.entry()

    @property
    def port(self) -> int:
        """Return the port actually listened on."""
        return self.server_address[1]

    def book_lock(self, book: str) -> threading.Lock:
        """Return the lock that serialises the buttons run on workbook ``book``."""
        with self._guard:
            return self._locks.setdefault(book, threading.Lock())


class Handler(BaseHTTPRequestHandler):
    """One request: check host, token, route and size, then run the action."""

    server: KjreportServer
    server_version = f"kjreport/{__version__}"
    protocol_version = "HTTP/1.1"
    timeout = SOCKET_TIMEOUT

    # ---- plumbing ---------------------------------------------------------------------
    def log_message(self, format: str, *args) -> None:  # noqa: A002 — http.server's name
        pass  # one line per request is written by _log instead (never the token)

    def _log(self, status: int, what: str, started: float) -> None:
        ms = (time.perf_counter() - started) * 1000
        self.server.log(f"{dt.datetime.now():%Y-%m-%d %H:%M:%S} {status} {what} {ms:.0f}ms")

    def _cors(self) -> None:
        origin = self.headers.get("Origin")
        # the add-in page is a local file (Origin "null"); the token, not the origin, is the key
        self.send_header("Access-Control-Allow-Origin", origin or "*")
        self.send_header("Vary", "Origin")

    def _reply(self, status: int, body: dict) -> None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self._cors()
        self.end_headers()
        self.wfile.write(data)

    def _refuse(self, status: int, text: str, started: float, what: str = "") -> None:
        self._reply(status, {"ok": False, "error": text, "actions": [alert_action(text)]})
        self._log(status, what or self.path, started)

    def _host_ok(self) -> bool:
        """Return True when the Host header names this machine (no DNS-rebinding tricks)."""
        host = (self.headers.get("Host") or "").strip().lower()
        port = self.server.port
        return host in {f"127.0.0.1:{port}", f"localhost:{port}", "127.0.0.1", "localhost"}

    def _token_ok(self) -> bool:
        presented = self.headers.get(TOKEN_HEADER)
        if not presented:
            auth = self.headers.get("Authorization") or ""
            presented = auth[7:] if auth.lower().startswith("bearer ") else auth
        return self.server.settings.accepts(presented.strip() if presented else None)

    def _guarded(self, started: float) -> bool:
        """Refuse a request from elsewhere or without the token; return True when it may go on."""
        if not self._host_ok():
            self._refuse(403, "拒绝访问：kjreport 服务只接受本机（127.0.0.1）的请求。", started)
            self._linger()
            return False
        if not self._token_ok():
            self._refuse(
                401,
                "kjreport 服务拒绝了请求：口令不符。请在本机重新运行 kjreport wps install"
                "（它会把服务的口令写入 WPS 加载项），然后重新启动 WPS。",
                started,
            )
            self._linger()
            return False
        return True

    def _body(self, started: float) -> bytes | None:
        """Return the request body, or None after refusing a missing or oversized one."""
        if self.headers.get("Transfer-Encoding"):
            self._refuse(411, "请求必须注明数据长度（Content-Length）。", started)
            self._linger()
            return None
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self._refuse(411, "请求必须注明数据长度（Content-Length）。", started)
            self._linger()
            return None
        if length < 0 or length > self.server.max_bytes:
            mb = self.server.max_bytes / 1024 / 1024
            self._refuse(
                413,
                f"工作簿数据太大（{length / 1024 / 1024:.1f} MB，上限 {mb:.0f} MB）："
                "请删除不需要的大工作表（或把台账另存为单独的工作簿）后再试。",
                started,
            )
            self._linger()  # the unread body must not be taken for a request
            return None
        return self.rfile.read(length)

    def _linger(self) -> None:
        """End the response, then read and drop what the client is still sending for a moment
        before closing: closing on unread data resets the connection, and the client could
        lose the answer."""
        self.close_connection = True
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_WR)
            self.connection.settimeout(1.0)
            dropped = 0
            while dropped < LINGER_BYTES:
                chunk = self.connection.recv(65536)
                if not chunk:
                    break
                dropped += len(chunk)
        except OSError:
            pass

    # ---- methods ----------------------------------------------------------------------
    def do_OPTIONS(self) -> None:  # noqa: N802 — http.server's naming
        """Answer a browser's CORS preflight (it cannot carry the token); nothing runs."""
        self.send_response(204)
        self._cors()
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header(
            "Access-Control-Allow-Headers", f"Content-Type, {TOKEN_HEADER}, Authorization"
        )
        if self.headers.get("Access-Control-Request-Private-Network"):
            self.send_header("Access-Control-Allow-Private-Network", "true")
        self.send_header("Access-Control-Max-Age", "600")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802
        started = time.perf_counter()
        if not self._guarded(started):
            return
        if self.path.split("?")[0] != "/health":
            self._refuse(404, f"kjreport 服务没有「{self.path}」这个地址。", started)
            return
        actions = [{"name": a.name, "label": a.label} for a in self.server.actions.values()]
        self._reply(200, {"ok": True, "service": "kjreport", "version": __version__,
                          "actions": actions})
        self._log(200, "health", started)

    def do_POST(self) -> None:  # noqa: N802
        started = time.perf_counter()
        if not self._guarded(started):
            return
        path = self.path.split("?")[0]
        if path == "/open":
            self._open(started)
            return
        prefix = "/run/"
        name = path[len(prefix):] if path.startswith(prefix) else None
        action = self.server.actions.get(name) if name else None
        if action is None:
            known = "、".join(f"{a.name}（{a.label}）" for a in self.server.actions.values())
            self._refuse(
                404,
                f"kjreport 服务不提供「{name or path}」操作；可用的操作：{known}。"
                "若加载项比服务新，请升级 kjreport 后重新运行 kjreport wps install。",
                started,
            )
            self._linger()  # its body was not read
            return
        body = self._body(started)
        if body is None:
            return
        try:
            payload = parse_payload(body)
        except PayloadError as exc:
            self._refuse(400, f"{action.label}未完成：{exc}", started, action.name)
            return
        self._run(action, payload, started)

    def _run(self, action: Action, payload: dict, started: float) -> None:
        book = payload["book"]["name"]
        lock = self.server.book_lock(book)
        if not lock.acquire(blocking=False):
            self._refuse(
                409,
                f"「{Path(book).name}」上一次点击的操作还在运行，请等它完成（弹出提示）后再点击"
                f"「{action.label}」。",
                started,
                f"{action.name} busy",
            )
            return
        from xlwings import LicenseError  # imported after ensure_engine_license() has run

        try:
            result = run_action(action, payload)
        except LicenseError:
            self._refuse(
                500,
                f"{action.label}未完成：xlwings 远程引擎未启用。请在启动 kjreport serve 之前设置环境变量 "
                f"{LICENSE_ENV}=noncommercial（用 kjreport serve 命令启动时会自动设置）。",
                started,
                action.name,
            )
            return
        except Exception as exc:  # noqa: BLE001 — last line of defence: a sentence, no traceback
            from kjreport.cli.app import report_unexpected

            self._refuse(500, f"{action.label}失败：{report_unexpected(exc)}", started, action.name)
            return
        finally:
            lock.release()
        document = None
        if result.document is not None:
            document = str(result.document)
            self.server.documents.add(document)
        self._reply(200, {"ok": result.ok, "actions": result.actions, "document": document,
                          "asked": result.asked})
        self._log(200, f"{action.name} 「{Path(book).name}」", started)

    def _open(self, started: float) -> None:
        """Open a document the service itself wrote (the add-in asks after its message box)."""
        body = self._body(started)
        if body is None:
            return
        try:
            path = json.loads(body.decode("utf-8")).get("path")
        except (ValueError, AttributeError, UnicodeDecodeError):
            path = None
        if not isinstance(path, str) or path not in self.server.documents:
            self._refuse(403, "只能打开 kjreport 服务刚生成的文档。", started, "open")
            return
        try:
            self.server.opener(Path(path))
        except (OpenFailed, OSError) as exc:
            # the document is there: a warning that says why it did not open, never "No such
            # file or directory" (the opener's, which reads as if the report were missing)
            text = str(exc) if isinstance(exc, OpenFailed) else _not_opened(
                Path(path), f"打开文件的程序出错（{exc.strerror or exc}）")
            self._reply(500, {"ok": False, "error": text, "actions": [alert_action(text, critical=False)]})
            self._log(500, "open", started)
            return
        self._reply(200, {"ok": True, "actions": []})
        self._log(200, "open", started)

