"""Render the nginx configuration kept in deploy/nginx/, for a server or for a local stack.

    # on the server (docs/deploy.md):
    python -m cms.nginx site --server-name dinsos.jogjaprov.go.id --app-dir /srv/dinsos \\
        > /etc/nginx/sites-available/dinsos
    # make serve / make bench / the page-cache tests:
    python -m cms.nginx local --dir var/serve/nginx --listen 127.0.0.1:8080 --upstream 127.0.0.1:8001 ...

Both use the same pieces (page cache, rate limits, locations, purge server), so what is benchmarked
and tested locally is what runs in production, minus TLS.
"""

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent.parent / "deploy" / "nginx"
PLACEHOLDER = re.compile(r"\$\{([A-Z_]+)\}")
NGINX = "/usr/sbin/nginx"
PURGE_MODULE = "/usr/lib/nginx/modules/ngx_http_cache_purge_module.so"


def render(name, **values):
    """deploy/nginx/<name> with its ${NAME} placeholders filled; nginx's own $variables stay."""
    def fill(match):
        if match.group(1) not in values:
            raise KeyError(f"{name}: no value for ${{{match.group(1)}}}")
        return str(values[match.group(1)])

    return PLACEHOLDER.sub(fill, (TEMPLATES / name).read_text())


def _indent(text, spaces):
    pad = " " * spaces
    return "\n".join(pad + line if line.strip() else "" for line in text.splitlines())


def _quoted(text):
    """`text` as one single-quoted nginx string. nginx expands $variables inside strings and has
    no escape for `$`, so a page that contains one is refused rather than silently altered."""
    if "$" in text:
        raise ValueError("a page put inline in the nginx config cannot contain '$'")
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def locations(static_root, media_root, cached=True):
    return render("locations.conf.in", STATIC_ROOT=static_root, MEDIA_ROOT=media_root,
                  CACHE_ZONE="dinsos_pages" if cached else "off",
                  TOO_MANY_REQUESTS_PAGE=_quoted((TEMPLATES / "errors" / "429.html").read_text()))


def rate_limits(enabled=True):
    """The limit zones; disabled, every key is empty: same directives, nothing counted."""
    return render("ratelimit.conf.in", CLIENT="$binary_remote_addr" if enabled else '""')


def site_config(server_name, app_dir, upstream="127.0.0.1:8000", purge_listen="127.0.0.1:8081",
                cache_dir="/var/cache/nginx/dinsos", tls_cert=None, tls_key=None, limits=True):
    cert_dir = f"/etc/letsencrypt/live/{server_name.split()[0]}"
    return render(
        "dinsos.conf.in",
        PAGECACHE=render("pagecache.conf.in", CACHE_DIR=cache_dir, UPSTREAM=upstream),
        RATELIMITS=rate_limits(limits),
        SERVER_NAME=server_name,
        TLS_CERT=tls_cert or f"{cert_dir}/fullchain.pem",
        TLS_KEY=tls_key or f"{cert_dir}/privkey.pem",
        LOCATIONS=_indent(locations(f"{app_dir}/var/static", f"{app_dir}/var/media"), 4),
        PURGE=render("purge.conf.in", PURGE_LISTEN=purge_listen),
    )


def _prepare_dirs(directory):
    """State directories; as root, nginx's workers run as www-data and must write to them."""
    subs = ("cache", "tmp", "tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi")
    for sub in subs:
        (directory / sub).mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(directory / sub, "www-data", "www-data")


def local_config(directory, listen, upstream, purge_listen, static_root, media_root, uncached_listen=None,
                 limits=True):
    directory = Path(directory).resolve()
    _prepare_dirs(directory)
    extra = ""
    if uncached_listen:
        extra = _indent("# The same site without the page cache, for make bench's comparison.\nserver {\n"
                        f"    listen {uncached_listen};\n" + _indent(locations(static_root, media_root, False), 4)
                        + "\n}", 4)
    return render(
        "local.conf.in",
        USER="user www-data www-data;" if os.geteuid() == 0 else "# (not root: workers run as the current user)",
        DIR=directory,
        PAGECACHE=_indent(render("pagecache.conf.in", CACHE_DIR=directory / "cache", UPSTREAM=upstream), 4),
        RATELIMITS=_indent(rate_limits(limits), 4),
        LISTEN=listen,
        LOCATIONS=_indent(locations(static_root, media_root), 8),
        EXTRA=extra,
        PURGE=_indent(render("purge.conf.in", PURGE_LISTEN=purge_listen), 4),
    )


class LocalNginx:
    """nginx in the foreground with a rendered local config; `stop()` ends it (used by the tests)."""

    def __init__(self, directory, **options):
        self.directory = Path(directory).resolve()
        self.directory.mkdir(parents=True, exist_ok=True)
        self.conf = self.directory / "nginx.conf"
        self.conf.write_text(local_config(self.directory, **options))
        self.listen = options["listen"]
        self.process = None

    def start(self, timeout=15):
        subprocess.run([NGINX, "-t", "-q", "-c", str(self.conf)], check=True, capture_output=True)
        self.process = subprocess.Popen([NGINX, "-c", str(self.conf), "-g", "daemon off;"])
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://{self.listen}/static/", timeout=1)
            except urllib.error.HTTPError:
                return self  # nginx answered (a 404 for the bare directory is fine)
            except OSError:
                time.sleep(0.1)
            else:
                return self
        self.stop()
        raise RuntimeError(f"nginx did not start; see {self.directory / 'error.log'}")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="kind", required=True)
    site = sub.add_parser("site", help="the production site file")
    site.add_argument("--server-name", required=True)
    site.add_argument("--app-dir", default="/srv/dinsos")
    site.add_argument("--upstream", default="127.0.0.1:8000")
    site.add_argument("--purge-listen", default="127.0.0.1:8081")
    site.add_argument("--cache-dir", default="/var/cache/nginx/dinsos")
    site.add_argument("--tls-cert")
    site.add_argument("--tls-key")
    local = sub.add_parser("local", help="a self-contained config for the local stack")
    for name in ("--dir", "--listen", "--upstream", "--purge-listen", "--static-root", "--media-root"):
        local.add_argument(name, required=True)
    local.add_argument("--uncached-listen")
    for command in (site, local):
        command.add_argument("--no-rate-limits", dest="limits", action="store_false",
                             help="count nobody (make bench: wrk sends everything from one address)")
    args = parser.parse_args(argv)
    if args.kind == "site":
        sys.stdout.write(site_config(args.server_name, args.app_dir, args.upstream, args.purge_listen,
                                     args.cache_dir, args.tls_cert, args.tls_key, args.limits))
    else:
        sys.stdout.write(local_config(args.dir, args.listen, args.upstream, args.purge_listen,
                                      args.static_root, args.media_root, args.uncached_listen, args.limits))


if __name__ == "__main__":
    main()
