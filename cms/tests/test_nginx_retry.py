"""nginx retries a GET whose gunicorn worker died under it, once, and never a POST.

The upstream here is a raw socket server standing in for gunicorn: it reads each request, and
for the first one of every path it resets the connection without answering, as a worker killed
with kill -9 (or by the OOM killer) does. `make chaos` shows the same on the real stack.
"""

import os
import shutil
import socket
import struct
import tempfile
import threading
import urllib.error
import urllib.request
from collections import Counter

import pytest

from cms.nginx import NGINX, PURGE_MODULE, LocalNginx

from .test_cache_nginx import free_port

pytestmark = pytest.mark.nginx


class DyingWorker:
    """Resets the first connection for each request line, answers 200 to later ones."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.seen = Counter()
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self.handle, args=(conn,), daemon=True).start()

    def handle(self, conn):
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
            line = data.split(b"\r\n", 1)[0].decode()
            self.seen[line] += 1
            if self.seen[line] == 1:
                # SO_LINGER 0: close() sends a RST, as the kernel does for a killed process.
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return
            body = b"answered"
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nCache-Control: private\r\n"
                         b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(body), body))

    def close(self):
        self.sock.close()


@pytest.fixture
def nginx_before_a_dying_worker(tmp_path):
    if not (os.path.exists(NGINX) and os.path.exists(PURGE_MODULE)):
        pytest.fail("nginx or its cache-purge module is missing: run scripts/system-deps.sh test")
    worker = DyingWorker()
    directory = tempfile.mkdtemp(prefix="dinsos-nginx-")
    os.chmod(directory, 0o755)  # nginx's workers (www-data when run as root) keep the cache there
    port = free_port()
    server = LocalNginx(directory, listen=f"127.0.0.1:{port}", upstream=f"127.0.0.1:{worker.port}",
                        purge_listen=f"127.0.0.1:{free_port()}", static_root=str(tmp_path),
                        media_root=str(tmp_path), limits=False).start()
    yield f"http://127.0.0.1:{port}", worker
    server.stop()
    worker.close()
    shutil.rmtree(directory, ignore_errors=True)


def status_of(request):
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_a_get_lost_with_its_worker_is_answered_by_a_second_try(nginx_before_a_dying_worker):
    url, worker = nginx_before_a_dying_worker
    assert status_of(f"{url}/berita/sebuah-berita/") == (200, b"answered")
    assert worker.seen["GET /berita/sebuah-berita/ HTTP/1.1"] == 2


def test_a_post_is_never_sent_twice(nginx_before_a_dying_worker):
    url, worker = nginx_before_a_dying_worker
    request = urllib.request.Request(f"{url}/hubungi-kami/", data=b"pesan=halo", method="POST")
    status, _ = status_of(request)
    assert status == 502
    assert worker.seen["POST /hubungi-kami/ HTTP/1.1"] == 1
