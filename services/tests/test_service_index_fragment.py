"""The service index is a fragment kept per content version: no query when warm, a new service at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.tests import factories as f

pytestmark = pytest.mark.django_db


def test_a_warm_service_index_reads_nothing_and_shows_a_new_service_at_once(client, home_page):
    index = f.ServiceIndexPageFactory(parent=home_page)
    f.ServicePageFactory(parent=index, title="Rehabilitasi Sosial Lanjut Usia")
    for _ in range(2):  # the settings row is made on the first request and moves the version
        client.get(index.url)
    with CaptureQueriesContext(connection) as warm:
        assert "Rehabilitasi Sosial Lanjut Usia" in client.get(index.url).content.decode()
    assert len(warm) == 0, [q["sql"] for q in warm.captured_queries]
    f.ServicePageFactory(parent=index, title="Pendampingan Penyandang Disabilitas")
    assert "Pendampingan Penyandang Disabilitas" in client.get(index.url).content.decode()
