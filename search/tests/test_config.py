"""SEARCH_URL → WAGTAILSEARCH_BACKENDS, and what each engine flavour would be sent.

No Elasticsearch server can be obtained on this machine: for elasticsearch8/9 these tests
check the client settings and the index mapping/settings the backend would send, nothing
more. OpenSearch is exercised for real in test_search.py.
"""

import pytest
from wagtail.search.backends import get_search_backend

from news.models import NewsPage
from search.config import INDEX_SETTINGS, SearchConfigError, search_backends_from_env
from search.indexing import LEAD_BOOST


def test_no_url_or_database_means_database_only():
    for env in ({}, {"SEARCH_URL": ""}, {"SEARCH_URL": "database"}, {"SEARCH_URL": " Database "}):
        backends = search_backends_from_env(env)
        assert list(backends) == ["default"]
        assert backends["default"]["BACKEND"] == "search.database_backend"
        assert backends["default"]["SEARCH_CONFIG"] == "simple"


def test_opensearch_url_with_credentials_tls_and_several_hosts():
    backends = search_backends_from_env({
        "SEARCH_URL": "https://search%40user:p%3Ass@node1.example:9243/es, node2.example:9244",
        "SEARCH_INDEX_PREFIX": "Dinsos-Staging", "SEARCH_CA_CERTS": "/etc/ssl/ca.pem"})
    engine = backends["default"]
    assert engine["BACKEND"] == "search.backends"
    assert backends["database"]["BACKEND"] == "search.database_backend"
    assert engine["INDEX_PREFIX"] == "dinsos-staging_"
    assert engine["TIMEOUT"] == 2.0
    # Two nodes: a failed or timed-out request is retried on the other; the node list is fixed.
    assert engine["OPTIONS"] == {"max_retries": 1, "retry_on_timeout": True, "sniff_on_start": False,
                                 "sniff_on_connection_fail": False, "dead_timeout": 30}
    first, second = engine["HOSTS"]
    assert first == {"host": "node1.example", "port": 9243, "url_prefix": "/es", "use_ssl": True,
                     "verify_certs": True, "http_auth": ("search@user", "p:ss"), "ca_certs": "/etc/ssl/ca.pem"}
    assert second["host"] == "node2.example" and second["port"] == 9244 and second["use_ssl"] is True
    assert second["http_auth"] == ("search@user", "p:ss")
    assert engine["INDEX_SETTINGS"]["settings"]["index"]["number_of_replicas"] == 0


def test_credentials_and_verification_from_environment():
    engine = search_backends_from_env({"SEARCH_URL": "https://search.local", "SEARCH_USERNAME": "u",
                                       "SEARCH_PASSWORD": "secret", "SEARCH_VERIFY_CERTS": "0",
                                       "SEARCH_TIMEOUT": "1.5"})["default"]
    host = engine["HOSTS"][0]
    assert host["port"] == 443 and host["http_auth"] == ("u", "secret") and host["verify_certs"] is False
    assert engine["TIMEOUT"] == 1.5


def test_one_host_fails_fast_for_the_database_fallback():
    engine = search_backends_from_env({"SEARCH_URL": "http://127.0.0.1:9200"})["default"]
    assert engine["OPTIONS"] == {"max_retries": 0, "retry_on_timeout": False}


def test_update_timeout_from_environment():
    def update_timeout(env, flavour="opensearch2"):
        config = search_backends_from_env({"SEARCH_URL": "http://a:9200", "SEARCH_BACKEND": flavour, **env})
        return config["default"].get("UPDATE_TIMEOUT")

    assert update_timeout({}) == 0.5
    assert update_timeout({"SEARCH_UPDATE_TIMEOUT": "1.5"}) == 1.5
    assert update_timeout({}, flavour="elasticsearch8") is None  # Wagtail's own backend: not ours to tune


def test_replicas_from_environment():
    def replicas(env):
        engine = search_backends_from_env({"SEARCH_URL": "http://a:9200,b:9200", **env})["default"]
        return engine["INDEX_SETTINGS"]["settings"]["index"]["number_of_replicas"]

    assert replicas({}) == 0
    assert replicas({"SEARCH_REPLICAS": " 1 "}) == 1
    assert INDEX_SETTINGS["settings"]["index"]["number_of_replicas"] == 0  # the shared default is untouched


@pytest.mark.parametrize("flavour", ["elasticsearch8", "elasticsearch9"])
def test_elasticsearch_clients_retry_across_hosts_only(flavour):
    def options(url):
        options = search_backends_from_env({"SEARCH_URL": url, "SEARCH_BACKEND": flavour})["default"]["OPTIONS"]
        return {key: options[key] for key in ("max_retries", "retry_on_timeout")}

    assert options("https://es.example:9200") == {"max_retries": 0, "retry_on_timeout": False}
    assert options("https://es1.example:9200,es2.example:9200") == {"max_retries": 1, "retry_on_timeout": True}


@pytest.mark.parametrize("env", [
    {"SEARCH_URL": "http://h", "SEARCH_REPLICAS": "-1"}, {"SEARCH_URL": "http://h", "SEARCH_REPLICAS": "two"},
    {"SEARCH_URL": "http://h", "SEARCH_REPLICAS": "6"}, {"SEARCH_URL": "http://h", "SEARCH_UPDATE_TIMEOUT": "0"},
    {"SEARCH_URL": "http://h", "SEARCH_UPDATE_TIMEOUT": "nan"}, {"SEARCH_URL": "http://h", "SEARCH_TIMEOUT": "-2"},
    {"SEARCH_URL": "ftp://x"}, {"SEARCH_URL": "http://:9200"}, {"SEARCH_URL": "http://h:notaport"},
    {"SEARCH_URL": "host-without-scheme:9200"}, {"SEARCH_URL": "http://h", "SEARCH_BACKEND": "solr"},
    {"SEARCH_URL": "http://h", "SEARCH_INDEX_PREFIX": "bad prefix!"}, {"SEARCH_URL": ","},
    {"SEARCH_URL": "http://h", "SEARCH_TIMEOUT": "soon"},
])
def test_bad_settings_are_reported_clearly(env):
    with pytest.raises(SearchConfigError):
        search_backends_from_env(env)


def test_opensearch_client_is_built_with_short_timeout_and_no_retries(settings):
    settings.WAGTAILSEARCH_BACKENDS = search_backends_from_env({"SEARCH_URL": "http://127.0.0.1:9"})
    backend = get_search_backend("default")
    transport = backend.es.transport
    assert transport.max_retries == 0 and transport.retry_on_timeout is False
    assert transport.kwargs["timeout"] == 2.0
    assert backend.get_index_for_model(NewsPage).name == "dinsos_wagtailcore_page"
    analysis = backend.settings["settings"]["analysis"]
    assert analysis["analyzer"]["default"]["filter"] == ["lowercase", "asciifolding"]
    assert "edgengram_analyzer" in analysis["analyzer"]  # Wagtail's own analysers are kept


@pytest.mark.parametrize("flavour", ["elasticsearch8", "elasticsearch9"])
def test_elasticsearch_settings_and_mapping(settings, flavour):
    settings.WAGTAILSEARCH_BACKENDS = search_backends_from_env({
        "SEARCH_URL": "https://elastic:pw@es.example:9200", "SEARCH_BACKEND": flavour})
    config = settings.WAGTAILSEARCH_BACKENDS["default"]
    assert config["BACKEND"] == f"wagtail.search.backends.{flavour}"
    assert config["HOSTS"] == [{"scheme": "https", "host": "es.example", "port": 9200, "path_prefix": ""}]
    assert config["OPTIONS"]["basic_auth"] == ("elastic", "pw")
    backend = get_search_backend("default")  # builds the client; nothing is sent
    assert backend.get_index_for_model(NewsPage).name == "dinsos_wagtailcore_page"
    assert backend.settings["settings"]["index"]["number_of_replicas"] == 0
    mapping = backend.mapping_class(NewsPage).get_mapping()["properties"]
    lead = mapping["search_stemmedsearchmixin__search_lead_stems"]
    body = mapping["search_stemmedsearchmixin__search_body_stems"]
    boost_field = f"_all_text_boost_{str(float(LEAD_BOOST)).replace('.', '_')}"
    assert lead == {"type": "text", "copy_to": ["_all_text", boost_field]}
    assert body == {"type": "text", "copy_to": "_all_text"}
    assert boost_field in mapping
    assert INDEX_SETTINGS["settings"]["analysis"]["analyzer"]["default"]["tokenizer"] == "standard"


def test_document_carries_stems(db, site_tree, settings):
    settings.WAGTAILSEARCH_BACKENDS = search_backends_from_env({"SEARCH_URL": "http://127.0.0.1:9"})
    backend = get_search_backend("default")
    post = site_tree["post"]
    post.title, post.summary = "Pelayanan kesejahteraan keluarga", "Membantu penerima bantuan"
    document = backend.mapping_class(NewsPage).get_document(post)
    assert document["search_stemmedsearchmixin__search_lead_stems"] == \
        "layan sejahtera keluarga bantu terima bantu"


def test_opensearch_client_for_a_cluster_retries_on_the_other_node(settings):
    settings.WAGTAILSEARCH_BACKENDS = search_backends_from_env(
        {"SEARCH_URL": "http://127.0.0.1:9,127.0.0.1:10", "SEARCH_REPLICAS": "1"})
    backend = get_search_backend("default")
    transport = backend.es.transport
    assert transport.max_retries == 1 and transport.retry_on_timeout is True
    assert transport.sniff_on_start is False and transport.sniff_on_connection_fail is False
    assert len(transport.connection_pool.connections) == 2
    assert transport.connection_pool.dead_timeout == 30
    assert backend.settings["settings"]["index"]["number_of_replicas"] == 1
