"""A running ``KjreportServer`` on a free loopback port, and a small HTTP client for it."""

from __future__ import annotations

import http.client
import json
import threading
from contextlib import contextmanager

from kjreport.serve.server import TOKEN_HEADER, KjreportServer


@contextmanager
def running(settings, **kwargs):
    """Yield a service listening on 127.0.0.1 (a free port) in a background thread."""
    lines: list[str] = []
    server = KjreportServer(settings, port=0, log=lines.append, **kwargs)
    server.request_log = lines
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def call(server, method: str, path: str, body=None, token: str | None = "", headers=None):
    """Return (status, JSON body, response headers) of one request; ``token=""`` means the
    right one, None means none at all."""
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    sent = dict(headers or {})
    if token is not None:
        sent[TOKEN_HEADER] = token or server.settings.token
    data = None
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
        sent.setdefault("Content-Type", "application/json")
    try:
        conn.request(method, path, body=data, headers=sent)
        response = conn.getresponse()
        raw = response.read()
        return response.status, (json.loads(raw) if raw else None), dict(response.getheaders())
    finally:
        conn.close()


def alert_texts(reply: dict) -> list[str]:
    """Return the texts of the message boxes in a reply's actions."""
    return [a["args"][0] for a in reply["actions"] if a["func"] == "alert"]


@contextmanager
def serve_process(env: dict, settings, port: int | None = None, timeout: float = 30.0):
    """Run ``python -m kjreport serve`` as a user would (its own process); yield its port."""
    import os
    import socket
    import subprocess
    import sys
    import time
    from pathlib import Path

    if port is None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
    root = Path(__file__).resolve().parents[2]
    env = dict(env, PYTHONPATH=str(root), KJREPORT_CONFIG_DIR=os.environ["KJREPORT_CONFIG_DIR"])
    proc = subprocess.Popen(
        [sys.executable, "-m", "kjreport", "serve", "--port", str(port)],
        cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                conn.request("GET", "/health", headers={TOKEN_HEADER: settings.token})
                if conn.getresponse().status == 200:
                    conn.close()
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                out, err = proc.communicate(timeout=5)
                raise AssertionError(f"kjreport serve did not start: {err.decode()}")
            time.sleep(0.1)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
