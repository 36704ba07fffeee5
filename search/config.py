"""Search backend selection from the environment, for cms/settings/base.py.

Imported while settings load, so nothing here may import Django models or apps.

    SEARCH_URL unset or "database"   -> the embedded database backend only
    SEARCH_URL=http(s)://[user:pass@]host:port[/prefix][,host2:port...]
                                      -> the engine as "default", the database backend kept
                                         in step as "database" (the fallback)
    SEARCH_BACKEND=opensearch2 (default) | elasticsearch8 | elasticsearch9
    SEARCH_INDEX_PREFIX   index name prefix, one per site (default "dinsos")
    SEARCH_USERNAME / SEARCH_PASSWORD   credentials when not in the URL
    SEARCH_CA_CERTS       CA bundle for https; SEARCH_VERIFY_CERTS=0 disables verification
    SEARCH_TIMEOUT        seconds a request to the engine may take (default 2)
    SEARCH_REPLICAS       replicas of each index (default 0: one node; 1 for a two-node cluster)
    SEARCH_UPDATE_TIMEOUT seconds a page save may wait for the engine (OpenSearch; default 0.5)

With one host a failed request is not retried: the search falls back to the database at once
(search.fallback). With several hosts (a cluster) a connection error or timeout on one node is
retried on the next, so losing a node costs a visitor one retry, not a fallback; the client
keeps a failed node out of rotation for DEAD_TIMEOUT seconds before trying it again.
"""

from __future__ import annotations

import re
from copy import deepcopy
from urllib.parse import unquote, urlsplit

DATABASE_BACKEND = "search.database_backend"
ENGINE_BACKENDS = {
    "opensearch2": "search.backends",
    "elasticsearch8": "wagtail.search.backends.elasticsearch8",
    "elasticsearch9": "wagtail.search.backends.elasticsearch9",
}
DEFAULT_TIMEOUT = 2.0
# Publishing must not wait on a hung engine: one page's update is quick when the engine is
# well, and a missed one is caught up later (search.catchup).
DEFAULT_UPDATE_TIMEOUT = 0.5
MAX_REPLICAS = 5
DEAD_TIMEOUT = 30
_PREFIX_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,40}$")

# Analysis shared by every engine flavour. Stemming is done in Python (search.analysis) so
# the engine must not stem again: text is only tokenised, lower-cased and accent-folded.
INDEX_SETTINGS = {
    "settings": {
        "index": {"number_of_shards": 1, "number_of_replicas": 0},
        "analysis": {
            "analyzer": {
                "default": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]},
            },
        },
    }
}


def index_settings(replicas: int) -> dict:
    settings = deepcopy(INDEX_SETTINGS)
    settings["settings"]["index"]["number_of_replicas"] = replicas
    return settings


def replicas_from_env(environ) -> int:
    raw = (environ.get("SEARCH_REPLICAS") or "0").strip()
    if not raw.isdigit() or int(raw) > MAX_REPLICAS:
        raise SearchConfigError(f"SEARCH_REPLICAS must be a whole number from 0 to {MAX_REPLICAS}")
    return int(raw)


def retry_options(host_count: int) -> dict:
    """Client retry policy. One node: fail fast, the database answers instead (search.fallback).
    Several: try every other node once on a connection error or timeout (a search is idempotent;
    sniffing stays off, so the client only ever talks to the nodes SEARCH_URL names)."""
    if host_count < 2:
        return {"max_retries": 0, "retry_on_timeout": False}
    return {"max_retries": host_count - 1, "retry_on_timeout": True}


class SearchConfigError(ValueError):
    """SEARCH_URL or a related variable cannot be understood."""


def _env_flag(value, default):
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def parse_search_urls(raw: str) -> list[dict]:
    """Split 'https://u:p@a:9200,b:9201/x' into host dicts (scheme and credentials carry over)."""
    hosts = []
    scheme = username = password = None
    for item in (part.strip() for part in raw.split(",")):
        if not item:
            continue
        if "://" not in item:
            if scheme is None:
                raise SearchConfigError(f"SEARCH_URL host {item!r} needs a scheme (http:// or https://)")
            item = f"{scheme}://{item}"
        parts = urlsplit(item)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise SearchConfigError(f"SEARCH_URL entry {item!r} is not an http(s) address")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 9200)
        except ValueError as exc:
            raise SearchConfigError(f"SEARCH_URL entry {item!r} has an invalid port") from exc
        scheme = parts.scheme
        if parts.username is not None:
            username, password = unquote(parts.username), unquote(parts.password or "")
        hosts.append({"scheme": scheme, "host": parts.hostname, "port": port,
                      "path": parts.path.rstrip("/"), "username": username, "password": password})
    if not hosts:
        raise SearchConfigError("SEARCH_URL contains no host")
    return hosts


def _opensearch_params(hosts, auth, tls):
    """HOSTS for opensearch-py: per-host dicts override client options, so TLS lives here."""
    out = []
    for h in hosts:
        entry = {"host": h["host"], "port": h["port"], "url_prefix": h["path"],
                 "use_ssl": h["scheme"] == "https", "verify_certs": h["scheme"] == "https" and tls["verify"],
                 "http_auth": auth}
        if h["scheme"] == "https" and tls["ca_certs"]:
            entry["ca_certs"] = tls["ca_certs"]
        out.append(entry)
    options = retry_options(len(hosts))
    if len(hosts) > 1:
        options |= {"sniff_on_start": False, "sniff_on_connection_fail": False, "dead_timeout": DEAD_TIMEOUT}
    return {"HOSTS": out, "OPTIONS": options}


def _elasticsearch_params(hosts, auth, tls):
    """elasticsearch 8/9 clients: hosts carry scheme/port only; auth and TLS are client options."""
    options = retry_options(len(hosts))
    if auth:
        options["basic_auth"] = auth
    if any(h["scheme"] == "https" for h in hosts):
        options["verify_certs"] = tls["verify"]
        if tls["ca_certs"]:
            options["ca_certs"] = tls["ca_certs"]
    return {"HOSTS": [{"scheme": h["scheme"], "host": h["host"], "port": h["port"], "path_prefix": h["path"]}
                      for h in hosts],
            "OPTIONS": options}


def index_prefix(environ) -> str:
    prefix = (environ.get("SEARCH_INDEX_PREFIX") or "dinsos").strip().lower()
    if not _PREFIX_RE.match(prefix):
        raise SearchConfigError("SEARCH_INDEX_PREFIX may only hold a-z, 0-9, '_' and '-' (max 41 characters)")
    return prefix + "_"


def database_backend() -> dict:
    # "simple": PostgreSQL must not stem the already-stemmed text again (its 'indonesian'
    # and 'english' configurations would mangle Sastrawi roots); SQLite ignores it.
    return {"BACKEND": DATABASE_BACKEND, "SEARCH_CONFIG": "simple"}


def engine_backend(environ) -> dict:
    flavour = (environ.get("SEARCH_BACKEND") or "opensearch2").strip().lower()
    if flavour not in ENGINE_BACKENDS:
        raise SearchConfigError(f"SEARCH_BACKEND must be one of {', '.join(sorted(ENGINE_BACKENDS))}")
    hosts = parse_search_urls(environ["SEARCH_URL"])
    username = environ.get("SEARCH_USERNAME") or hosts[0]["username"]
    password = environ.get("SEARCH_PASSWORD") or hosts[0]["password"] or ""
    auth = (username, password) if username else None
    tls = {"verify": _env_flag(environ.get("SEARCH_VERIFY_CERTS"), True),
           "ca_certs": environ.get("SEARCH_CA_CERTS") or None}
    timeout = _seconds(environ, "SEARCH_TIMEOUT", DEFAULT_TIMEOUT)
    extra = {"UPDATE_TIMEOUT": _seconds(environ, "SEARCH_UPDATE_TIMEOUT", DEFAULT_UPDATE_TIMEOUT)} \
        if flavour == "opensearch2" else {}
    builder = _opensearch_params if flavour == "opensearch2" else _elasticsearch_params
    return {
        "BACKEND": ENGINE_BACKENDS[flavour],
        "INDEX_PREFIX": index_prefix(environ),
        "TIMEOUT": timeout,
        "ATOMIC_REBUILD": True,
        "INDEX_SETTINGS": index_settings(replicas_from_env(environ)),
        **extra,
        **builder(hosts, auth, tls),
    }


def _seconds(environ, name, default) -> float:
    try:
        value = float(environ.get(name) or default)
    except ValueError as exc:
        raise SearchConfigError(f"{name} must be a number of seconds") from exc
    if not 0 < value <= 600:
        raise SearchConfigError(f"{name} must be more than 0 and at most 600 seconds")
    return value


def search_backends_from_env(environ=None) -> dict:
    """WAGTAILSEARCH_BACKENDS for this environment.

    With an engine, "database" stays configured: Wagtail updates every configured backend on
    save, which keeps the fallback index current while the engine is the one queried.
    """
    import os

    environ = os.environ if environ is None else environ
    url = (environ.get("SEARCH_URL") or "").strip()
    if not url or url.lower() == "database":
        return {"default": database_backend()}
    return {"default": engine_backend({**environ, "SEARCH_URL": url}), "database": database_backend()}
