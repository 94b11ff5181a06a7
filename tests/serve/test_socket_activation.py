"""On-demand start on UOS/Kylin: systemd listens on the port and hands the socket to
``kjreport serve`` (LISTEN_FDS, file descriptor 3) — here the test plays systemd's part."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kjreport.serve.server import TOKEN_HEADER
from kjreport.serve.settings import load_settings

ROOT = Path(__file__).resolve().parents[2]
# what systemd does between fork and exec: the socket becomes fd 3, LISTEN_PID is the child
AS_SYSTEMD = (
    "import os, sys\n"
    "os.dup2(int(os.environ.pop('HANDED_FD')), 3)\n"
    "os.environ['LISTEN_PID'] = str(os.getpid())\n"
    "os.environ['LISTEN_FDS'] = '1'\n"
    "os.execv(sys.executable, [sys.executable, '-m', 'kjreport', 'serve'])\n"
)


@pytest.mark.skipif(sys.platform.startswith("win"), reason="systemd socket activation is Linux-only")
def test_kjreport_serve_takes_the_socket_systemd_listens_on(tmp_path, monkeypatch):
    monkeypatch.setenv("KJREPORT_CONFIG_DIR", str(tmp_path / "conf"))
    settings = load_settings(port=1)  # the saved port is not where systemd listens
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    port = listener.getsockname()[1]
    env = dict(os.environ, HANDED_FD=str(listener.fileno()), PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", AS_SYSTEMD], env=env, cwd=ROOT,
                            pass_fds=[listener.fileno()], stderr=subprocess.PIPE)
    listener.close()  # only the service holds it now
    try:
        status = None
        deadline = time.monotonic() + 30
        while status is None and time.monotonic() < deadline:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            try:  # connections made before the service is up wait in the socket's backlog
                conn.request("GET", "/health", headers={TOKEN_HEADER: settings.token})
                status = conn.getresponse().status
            except OSError:
                time.sleep(0.2)
            finally:
                conn.close()
        assert status == 200, proc.stderr.read1().decode() if proc.poll() is not None else ""
    finally:
        proc.terminate()
        proc.wait(10)
