"""gunicorn settings for the portal (`gunicorn -c deploy/gunicorn.conf.py cms.wsgi`).

nginx in front serves static files and cached pages, so gunicorn only renders pages that
are not cached (editors, first views after a publish, search). Everything can be
overridden from the environment (systemd's EnvironmentFile, make serve).
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Sync workers, one request each, behind nginx (which buffers slow clients, uploads and
# responses, as gunicorn's sync worker expects). Waiting requests queue in the one listen
# socket that every worker accepts from, so they are served in arrival order. Threaded workers
# each keep their own queue of nginx's keep-alive connections; one worker's queue then runs
# longer than another's. Measured with wrk (16 connections, 2 cores, uncached pages): the same
# throughput, p99 52-87 ms with sync against 121-137 ms with 3 gthread workers of 2 threads.
# Twice the cores plus one: rendering is CPU-bound, and the extra workers cover the time
# others spend waiting on PostgreSQL or the search engine (~70 MB each, mostly shared).
workers = int(os.environ.get("GUNICORN_WORKERS", 2 * multiprocessing.cpu_count() + 1))
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "sync")
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
# Load Django once in the master; workers fork with it already imported.
preload_app = True
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then so that a slow leak never takes the site down. Not too often:
# a new worker starts with empty memos and fragment memory (core/frame.py, both bounded) and
# compiles its templates again, and its first requests are the slowest the site serves. At
# 5,000 requests, `make bench` recycled every worker once a minute, visible in the p99.
max_requests = 20000
max_requests_jitter = 2000
# nginx on the same host is the only client; it sets X-Forwarded-Proto and X-Real-IP.
forwarded_allow_ips = "127.0.0.1,::1"
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
proc_name = "dinsos"
# systemd (or the terminal) manages the process; no control socket in the home directory.
control_socket_disable = True


def pre_fork(server, worker):
    """Move everything the preloaded app created into the permanent generation before each fork:
    the collector then never walks Django's and Wagtail's module-level objects in the workers,
    and does not write to (so copy) the memory pages they share with the master."""
    import gc

    gc.freeze()
